/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "tandem-example-data.h"
#include "tandem-store.h"
#include "tandem-subject-access-document.h"

/* rights-bench [N_PEOPLE]: the time to answer a subject access request (read everything,
 * lay out the PDF, write it and the JSON) for the person with the longest record, and to
 * erase people, on an encrypted store of N_PEOPLE example people (10,000 by default). The
 * record is made longer first: 200 contacts and 100 audit entries more than the example's.
 * Prints figures; asserts nothing about time. */

static gint64
person_with_most_contacts (TandemStore *store,
                           guint        n_people)
{
  gint64 best = 1;
  guint most = 0;

  for (gint64 id = 1; id <= n_people && id <= 400; id++)
    {
      g_autoptr(GPtrArray) contacts = tandem_store_list_contacts (store, id, NULL);

      if (contacts != NULL && contacts->len > most)
        most = contacts->len, best = id;
    }

  return best;
}

static void
lengthen_record (TandemStore *store,
                 gint64       person_id)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(TandemContact) contact = tandem_contact_new ();
      g_autofree char *note = g_strdup_printf ("Follow-up call %u: talked through the walking "
                                               "group and how the first sessions went.", i);

      tandem_contact_set_person_id (contact, person_id);
      tandem_contact_set_contact_date (contact, "2026-06-01");
      tandem_contact_set_mode (contact, TANDEM_CONTACT_PHONE);
      tandem_contact_set_note (contact, note);
      if (!tandem_store_save_contact (store, contact, &error))
        g_error ("%s", error->message);
    }

  for (guint i = 0; i < 100; i++)
    if (!tandem_store_record_audit (store, TANDEM_AUDIT_VIEW, "person", person_id, person_id,
                                    &error))
      g_error ("%s", error->message);
}

int
main (int    argc,
      char **argv)
{
  guint n_people = argc > 1 ? MAX (500, (guint) g_ascii_strtoull (argv[1], NULL, 10)) : 10000;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_auto(TandemSubjectAccessFiles) files = { NULL, NULL, 0 };
  g_autofree char *dir = g_dir_make_tmp ("tandem-rights-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  GStatBuf pdf_stat, json_stat;
  double export_ms[5];
  double erase_ms = 0;
  gint64 person_id;
  GDate today;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "bench.db", NULL);
  store = tandem_store_open (path, key, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 21, G_DATE_NOVEMBER, 2026);
  g_timer_start (timer);
  if (!tandem_example_data_generate (store, n_people, 7, &today, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  g_print ("Example data: %u people in %.1f s\n", n_people, g_timer_elapsed (timer, NULL));

  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);
  person_id = person_with_most_contacts (store, n_people);
  lengthen_record (store, person_id);

  for (guint i = 0; i < G_N_ELEMENTS (export_ms); i++)
    {
      tandem_subject_access_files_clear (&files);
      g_timer_start (timer);
      if (!tandem_subject_access_export (store, person_id, dir, NULL, &files, &error))
        g_error ("%s", error->message);
      export_ms[i] = g_timer_elapsed (timer, NULL) * 1000;
    }
  g_stat (files.pdf_path, &pdf_stat);
  g_stat (files.json_path, &json_stat);
  g_print ("Subject access for one person (%u records): %.0f ms first, %.0f %.0f %.0f %.0f ms "
           "after; PDF %lld KiB, JSON %lld KiB\n",
           files.n_records, export_ms[0], export_ms[1], export_ms[2], export_ms[3],
           export_ms[4], (long long) pdf_stat.st_size / 1024,
           (long long) json_stat.st_size / 1024);

  /* The last twenty people, none of them the one exported (who is among the first 400). */
  for (gint64 id = (gint64) n_people - 19; id <= (gint64) n_people; id++)
    {
      g_timer_start (timer);
      if (!tandem_store_erase_person (store, id, &error))
        g_error ("%s", error->message);
      erase_ms += g_timer_elapsed (timer, NULL) * 1000;
    }
  g_print ("Erasure: %.1f ms a person (mean of 20, with secure delete and a log checkpoint)\n",
           erase_ms / 20);

  g_clear_object (&store);
  tandem_subject_access_files_clear (&files);
  {
    g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
    const char *name;

    while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
  }
  g_rmdir (dir);

  return 0;
}
