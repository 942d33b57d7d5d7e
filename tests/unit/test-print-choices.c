/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "tandem-caseload-item.h"
#include "tandem-print-choices.h"
#include "tandem-print-setup.h"
#include "tandem-test-util.h"

/* What the print preview and the batch dialog offer and show, without a display. */

static void
test_languages (void)
{
  g_autoptr(GArray) languages = tandem_print_list_languages ();
  gboolean unreviewed = FALSE;

  g_assert_cmpuint (languages->len, >, 0);
  g_assert_cmpstr (g_array_index (languages, TandemDocumentLanguage, 0).tag, ==, "en");

  for (guint i = 0; i < languages->len; i++)
    {
      TandemDocumentLanguage *language = &g_array_index (languages, TandemDocumentLanguage, i);
      g_autofree char *title = tandem_print_dup_language_title (language);

      /* Only languages that can be printed are offered. */
      g_assert_true (language->translated);
      g_assert_cmpstr (title, !=, "");
      if (!language->reviewed)
        {
          unreviewed = TRUE;
          g_assert_cmpstr (tandem_print_get_language_note (language), ==,
                           "Translation not yet reviewed by a native speaker");
        }
      else
        g_assert_null (tandem_print_get_language_note (language));
    }

  if (!unreviewed)
    g_test_message ("Every language is reviewed: the note was not seen");
}

static void
test_default_language (void)
{
  g_autoptr(GArray) languages = tandem_print_list_languages ();

  g_assert_cmpstr (tandem_print_default_language (languages, NULL), ==, "en");
  g_assert_cmpstr (tandem_print_default_language (languages, ""), ==, "en");
  /* Somali has no printed template: English. */
  g_assert_cmpstr (tandem_print_default_language (languages, "so"), ==, "en");
  g_assert_cmpuint (tandem_print_find_language (languages, "so"), ==, G_MAXUINT);
  g_assert_cmpuint (tandem_print_find_language (NULL, "en"), ==, G_MAXUINT);

  if (tandem_document_catalog_is_translated ("pa-Guru"))
    {
      /* The tag as Tandem spells it, whatever the case asked for. */
      g_assert_cmpstr (tandem_print_default_language (languages, "PA-guru"), ==, "pa-Guru");
    }
}

static void
test_page_and_zoom (void)
{
  g_autofree char *label = tandem_print_dup_page_label (1, 3);
  g_autofree char *past = tandem_print_dup_page_label (7, 3);
  g_autofree char *none = tandem_print_dup_page_label (0, 0);
  g_autofree char *zoom = tandem_print_dup_zoom_label (0.675);

  g_assert_cmpstr (label, ==, "Page 2 of 3");
  g_assert_cmpstr (past, ==, "Page 3 of 3");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (zoom, ==, "68%");

  g_assert_cmpfloat (tandem_print_zoom_in (1.0), ==, 1.1);
  g_assert_cmpfloat (tandem_print_zoom_out (1.0), ==, 0.9);
  /* A fitted zoom between steps goes to the next step, not a hair further. */
  g_assert_cmpfloat (tandem_print_zoom_in (0.64), ==, 0.67);
  g_assert_cmpfloat (tandem_print_zoom_out (0.64), ==, 0.5);
  g_assert_cmpfloat (tandem_print_zoom_in (TANDEM_PRINT_ZOOM_MAX), ==, TANDEM_PRINT_ZOOM_MAX);
  g_assert_cmpfloat (tandem_print_zoom_out (TANDEM_PRINT_ZOOM_MIN), ==, TANDEM_PRINT_ZOOM_MIN);

  g_assert_cmpfloat_with_epsilon (tandem_print_fit_width_zoom (794 + 48), 1.0, 0.001);
  g_assert_cmpfloat (tandem_print_fit_width_zoom (0), ==, TANDEM_PRINT_ZOOM_MIN);
  g_assert_cmpfloat (tandem_print_fit_width_zoom (100000), ==, TANDEM_PRINT_ZOOM_MAX);
  g_assert_cmpfloat_with_epsilon (tandem_print_render_scale (1.0, 2), 96.0 / 72.0 * 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (tandem_print_render_scale (1.0, 0), 96.0 / 72.0, 1e-9);

  g_assert_cmpuint (tandem_print_clamp_page (5, 3), ==, 2);
  g_assert_cmpuint (tandem_print_clamp_page (5, 0), ==, 0);
}

static void
test_fit_page (void)
{
  double scale, x, y;

  /* A4: at its size. */
  tandem_print_fit_page (595.276, 841.89, &scale, &x, &y);
  g_assert_cmpfloat (scale, ==, 1.0);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-6);

  /* US Letter is shorter: the page shrinks to its height and is centred across. */
  tandem_print_fit_page (612, 792, &scale, &x, &y);
  g_assert_cmpfloat_with_epsilon (scale, 792 / 841.89, 1e-6);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-6);

  /* A3 is bigger: the page stays its size, in the middle. */
  tandem_print_fit_page (841.89, 1190.55, &scale, &x, &y);
  g_assert_cmpfloat (scale, ==, 1.0);
  g_assert_cmpfloat (x, >, 0);

  /* Nonsense from a driver: A4 as it is. */
  tandem_print_fit_page (0, -1, &scale, &x, &y);
  g_assert_cmpfloat (scale, ==, 1.0);
}

static void
test_file_names (void)
{
  g_autofree char *name = tandem_print_dup_file_name ("Ada Lovelace", "2026-05-01");
  g_autofree char *unsafe = tandem_print_dup_file_name ("A/B: \"C\"?", "2026-05-01");
  g_autofree char *nobody = tandem_print_dup_file_name (NULL, NULL);
  g_autofree char *urdu = tandem_print_dup_file_name ("امینہ بیگم", "2026-05-01");
  g_autofree char *with = tandem_print_dup_with_pdf_suffix ("/tmp/plan.PDF");
  g_autofree char *without = tandem_print_dup_with_pdf_suffix ("/tmp/plan");

  g_assert_cmpstr (name, ==, "Care plan, Ada Lovelace, 2026-05-01.pdf");
  g_assert_null (strpbrk (unsafe, "/:\"?"));
  g_assert_true (g_str_has_suffix (nobody, ".pdf"));
  g_assert_nonnull (strstr (urdu, "امینہ بیگم"));
  g_assert_true (g_utf8_validate (urdu, -1, NULL));
  g_assert_cmpstr (with, ==, "/tmp/plan.PDF");
  g_assert_cmpstr (without, ==, "/tmp/plan.pdf");
}

static TandemCaseloadItem *
item_with_review (gint64        person_id,
                  const GDate  *today,
                  int           days,
                  guint8        plan_state)
{
  TandemCaseloadEntry entry = { 0 };
  TandemCaseloadRules rules = { g_date_get_julian (today), 14, 28 };

  entry.person_id = person_id;
  entry.given_name = "Test";
  entry.family_name = "Person";
  entry.status = TANDEM_CASELOAD_NO_REFERRAL;
  entry.plan_state = plan_state;
  entry.review_on = g_date_get_julian (today) + days;
  return tandem_caseload_item_new (&entry, &rules);
}

static void
test_due_people (void)
{
  g_autoptr(GListStore) items = g_list_store_new (TANDEM_TYPE_CASELOAD_ITEM);
  g_autoptr(GArray) due = NULL;
  g_autofree char *none = tandem_print_dup_batch_summary (0);
  g_autofree char *one = tandem_print_dup_batch_summary (1);
  g_autofree char *many = tandem_print_dup_batch_summary (48);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 5, 2026);
  g_list_store_append (items, item_with_review (1, &today, 3, TANDEM_PLAN_AGREED));
  g_list_store_append (items, item_with_review (2, &today, 60, TANDEM_PLAN_AGREED));
  g_list_store_append (items, item_with_review (3, &today, -4, TANDEM_PLAN_AGREED));
  g_list_store_append (items, item_with_review (4, &today, 0, TANDEM_CASELOAD_NO_PLAN));

  due = tandem_print_list_due_people (G_LIST_MODEL (items));
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpint (g_array_index (due, gint64, 0), ==, 1);
  g_assert_cmpint (g_array_index (due, gint64, 1), ==, 3);

  g_assert_nonnull (strstr (none, "No plan"));
  g_assert_true (g_str_has_prefix (one, "1 plan in the list is"));
  g_assert_true (g_str_has_prefix (many, "48 plans in the list are"));
}

static void
test_progress (void)
{
  g_autofree char *some = tandem_print_dup_progress (12, 48);
  g_autofree char *over = tandem_print_dup_progress (50, 48);

  g_assert_cmpstr (some, ==, "12 of 48");
  g_assert_cmpstr (over, ==, "48 of 48");
}

/* The printer and paper of the last print come back; a damaged file is no error. */
static void
test_print_setup (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GtkPrintSettings) loaded_settings = NULL;
  g_autoptr(GtkPageSetup) loaded_setup = NULL;
  g_autoptr(GtkPrintSettings) default_settings = NULL;
  g_autoptr(GtkPageSetup) default_setup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_setenv ("XDG_CONFIG_HOME", dir->path, TRUE);
  path = tandem_print_setup_dup_path ();
  g_assert_true (g_str_has_prefix (path, dir->path));

  /* Nothing kept yet: A4. */
  tandem_print_setup_load (&default_settings, &default_setup);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (default_setup)), ==,
                   GTK_PAPER_NAME_A4);

  gtk_print_settings_set_printer (settings, "Practice Laser");
  gtk_print_settings_set_n_copies (settings, 2);
  gtk_page_setup_set_paper_size (page_setup, letter);
  g_assert_true (tandem_print_setup_save (settings, page_setup, &error));
  g_assert_no_error (error);

  tandem_print_setup_load (&loaded_settings, &loaded_setup);
  g_assert_cmpstr (gtk_print_settings_get_printer (loaded_settings), ==, "Practice Laser");
  g_assert_cmpint (gtk_print_settings_get_n_copies (loaded_settings), ==, 2);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (loaded_setup)), ==,
                   GTK_PAPER_NAME_LETTER);

  g_assert_true (g_file_set_contents (path, "\x01not a key file", -1, NULL));
  g_clear_object (&loaded_settings);
  g_clear_object (&loaded_setup);
  tandem_print_setup_load (&loaded_settings, &loaded_setup);
  g_assert_nonnull (loaded_settings);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (loaded_setup)), ==,
                   GTK_PAPER_NAME_A4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-choices/languages", test_languages);
  g_test_add_func ("/print-choices/default-language", test_default_language);
  g_test_add_func ("/print-choices/page-and-zoom", test_page_and_zoom);
  g_test_add_func ("/print-choices/fit-page", test_fit_page);
  g_test_add_func ("/print-choices/file-names", test_file_names);
  g_test_add_func ("/print-choices/due-people", test_due_people);
  g_test_add_func ("/print-choices/progress", test_progress);
  g_test_add_func ("/print-choices/print-setup", test_print_setup);

  return g_test_run ();
}
