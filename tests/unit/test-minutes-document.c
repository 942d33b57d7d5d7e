/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-minutes-document.h"
#include "tandem-poppler-autocleanups.h"
#include "tandem-test-util.h"

/* A huddle's minutes, read back from the PDF with Poppler: who came, each case by initials
 * and NHS number with its minutes, actions and outcome, and never the person's name,
 * address or date of birth. */

static gint64
add_staff (TandemStore *store,
           const char  *name)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, TANDEM_ROLE_SUPERVISOR);
  g_assert_true (tandem_store_save_staff (store, staff, NULL));
  return tandem_record_get_id (staff);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
test_minutes (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(TandemAgreedAction) action = tandem_agreed_action_new ();
  g_autoptr(TandemTeam) team = NULL;
  g_autoptr(TandemMinutesDocument) document = NULL;
  g_autoptr(TandemHuddle) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tandem_test_dir_file (dir, "minutes.pdf");
  g_autofree char *text = NULL;
  TandemHuddleAttendee *chair = tandem_huddle_attendee_new ();
  TandemHuddleAttendee *gp = tandem_huddle_attendee_new ();
  TandemHuddleCase *item;
  gint64 chair_id = add_staff (store, "Cat Lead");

  person = tandem_test_add_person (store, "Zoë", "Thistlewood", "9434765919");
  tandem_person_set_address (person, "14 Marigold Crescent");
  tandem_person_set_date_of_birth (person, "1961-04-17");
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);

  tandem_mdt_flag_set_person_id (flag, tandem_record_get_id (person));
  tandem_mdt_flag_set_reason (flag, "Eviction notice received");
  tandem_mdt_flag_set_flagged_on (flag, "2026-10-01");
  g_assert_true (tandem_store_save_mdt_flag (store, flag, &error));

  tandem_huddle_set_held_on (huddle, "2026-10-08");
  tandem_huddle_set_chair_id (huddle, chair_id);
  tandem_huddle_attendee_set_staff_id (chair, chair_id);
  tandem_huddle_attendee_set_name (chair, "Cat Lead");
  tandem_huddle_attendee_set_role (chair, "Supervisor");
  tandem_huddle_attendee_set_name (gp, "Dr Rhys Evans");
  tandem_huddle_attendee_set_role (gp, "GP");
  tandem_huddle_attendee_set_present (gp, FALSE);
  g_ptr_array_add (attendees, chair);
  g_ptr_array_add (attendees, gp);
  g_assert_true (tandem_store_create_huddle (store, huddle, attendees, &error));
  g_assert_no_error (error);

  loaded = tandem_store_load_huddle (store, tandem_record_get_id (huddle), NULL, &cases, &error);
  item = g_ptr_array_index (cases, 0);
  tandem_huddle_case_set_situation (item, "Council letter gives 28 days.");
  tandem_huddle_case_set_next_steps (item, "Review in a fortnight.");
  tandem_huddle_case_set_status (item, TANDEM_HUDDLE_CASE_CARRIED_FORWARD);
  g_assert_true (tandem_store_save_huddle_case (store, item, &error));
  tandem_agreed_action_set_huddle_case_id (action, tandem_record_get_id (item));
  tandem_agreed_action_set_description (action, "Write to the housing officer");
  tandem_agreed_action_set_owner_id (action, chair_id);
  tandem_agreed_action_set_due_on (action, "2026-10-15");
  g_assert_true (tandem_store_save_agreed_action (store, action, &error));
  g_assert_no_error (error);

  team = tandem_team_new (store);
  g_assert_true (tandem_team_reload (team, &error));
  document = tandem_minutes_document_load (store, tandem_record_get_id (huddle), team, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_minutes_document_get_n_pages (document), >=, 1);
  g_assert_true (tandem_minutes_document_write_pdf_file (document, path, NULL, &error));
  g_assert_no_error (error);

  text = read_text (path);
  g_assert_nonnull (strstr (text, "MDT huddle minutes"));
  g_assert_nonnull (strstr (text, "Dr Rhys Evans"));
  g_assert_nonnull (strstr (text, "Apologies"));
  g_assert_nonnull (strstr (text, "ZT"));
  g_assert_nonnull (strstr (text, "943 476 5919"));
  g_assert_nonnull (strstr (text, "Eviction notice received"));
  g_assert_nonnull (strstr (text, "Council letter gives 28 days."));
  g_assert_nonnull (strstr (text, "Write to the housing officer"));
  g_assert_nonnull (strstr (text, "carried forward"));

  /* No more personal detail than needed. */
  g_assert_null (strstr (text, "Thistlewood"));
  g_assert_null (strstr (text, "Zoë"));
  g_assert_null (strstr (text, "Marigold"));
  g_assert_null (strstr (text, "1961"));
  g_assert_null (strstr (text, "17 Apr"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/minutes-document/minutes", test_minutes);

  return g_test_run ();
}
