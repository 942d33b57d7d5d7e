/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tandem-batch-dialog.h"
#include "tandem-caseload.h"
#include "tandem-date.h"
#include "tandem-document-catalog.h"
#include "tandem-plan-page.h"
#include "tandem-plan-preview.h"
#include "tandem-poppler-autocleanups.h"
#include "tandem-print-choices.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* Printing a plan as a coach does: Print Plan on the plan page, the preview of the real PDF,
 * its pages, zoom and language, and Save as PDF read back with Poppler. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemSession *session;
  TandemPerson  *person;
  GtkWidget     *window;
  GtkWidget     *page;
  TandemPlanPreview *preview;
} Fixture;

/* How long a document may take to be made and rendered under Xvfb and AddressSanitizer. */
#define RENDER_TIMEOUT_MS 30000

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  fixture->person = tandem_test_add_person (fixture->store, "Ada", "Lovelace", NULL);

  /* Enough needs, goals and actions for more than one page. */
  version = tandem_ui_add_example_plan (fixture->store, tandem_record_get_id (fixture->person),
                                        3, 2, 3);
  g_assert_nonnull (version);

  fixture->session = tandem_session_new (fixture->store, fixture->settings);
  fixture->window = tandem_ui_new_plan_window (fixture->session, &fixture->page);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (fixture->page),
                                  tandem_record_get_id (fixture->person));
  tandem_ui_wait_frames (fixture->window, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->preview != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->preview));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PLAN_PREVIEW));
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static TandemPreviewModel *
model (Fixture *fixture)
{
  return tandem_plan_preview_get_model (fixture->preview);
}

static gboolean
rendered (gpointer data)
{
  Fixture *fixture = data;

  return !tandem_plan_preview_get_busy (fixture->preview) &&
         (tandem_preview_model_get_error (model (fixture)) != NULL ||
          (tandem_preview_model_get_texture (model (fixture)) != NULL &&
           tandem_preview_model_get_n_pages (model (fixture)) > 0));
}

static void
wait_rendered (Fixture *fixture)
{
  g_assert_true (tandem_ui_wait_until (rendered, fixture, RENDER_TIMEOUT_MS));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->preview), 1);
}

/* Print Plan on the page, as the button does, and the preview it opens, rendered. */
static void
open_preview (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (fixture->page, "plan.print", NULL));
  fixture->preview = TANDEM_PLAN_PREVIEW (tandem_ui_wait_window (TANDEM_TYPE_PLAN_PREVIEW));
  g_assert_nonnull (fixture->preview);
  wait_rendered (fixture);
  g_assert_null (tandem_preview_model_get_error (model (fixture)));
}

static void
assert_page_label (Fixture *fixture,
                   guint    page)
{
  g_autofree char *expected = g_strdup_printf ("Page %u of %u", page,
                                               tandem_preview_model_get_n_pages (model (fixture)));

  g_assert_cmpstr (tandem_plan_preview_get_page_label (fixture->preview), ==, expected);
}

/* Whether the buttons for @action_name can be pressed: it is enabled. */
static gboolean
action_enabled (GtkWidget  *root,
                const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return gtk_widget_get_sensitive (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (action_enabled (child, action_name))
        return TRUE;
    }

  return FALSE;
}

static gboolean
texture_width_is (gpointer data)
{
  Fixture *fixture = data;
  GdkTexture *texture = tandem_preview_model_get_texture (model (fixture));
  double zoom = tandem_plan_preview_get_zoom (fixture->preview);
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (fixture->preview));

  /* An A4 page is 794 pixels wide at 100%; Poppler's page size is rounded its own way. */
  return texture != NULL &&
         ABS (gdk_texture_get_width (texture) -
              (int) ceil (595.276 * 96.0 / 72.0 * zoom * scale_factor)) <= 1;
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->preview), action, NULL));
  wait_rendered (fixture);
}

static void
test_preview_opens (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *picture;

  open_preview (fixture);
  picture = tandem_plan_preview_get_picture (fixture->preview);

  g_assert_cmpuint (tandem_preview_model_get_n_pages (model (fixture)), >, 1);
  assert_page_label (fixture, 1);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (picture)));
  g_assert_true (gtk_widget_get_mapped (picture));
  /* A new draft is in English, which it is printed in. */
  g_assert_cmpstr (tandem_preview_model_get_document_language (model (fixture)), ==, "en");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->preview)) ==
                 GTK_WINDOW (fixture->window));
  g_assert_false (gtk_window_get_modal (GTK_WINDOW (fixture->preview)));
}

static void
test_pages_and_zoom (Fixture       *fixture,
                     gconstpointer  data)
{
  guint n_pages;
  double zoom;

  open_preview (fixture);
  n_pages = tandem_preview_model_get_n_pages (model (fixture));

  g_assert_false (action_enabled (GTK_WIDGET (fixture->preview), "preview.previous-page"));
  g_assert_true (action_enabled (GTK_WIDGET (fixture->preview), "preview.next-page"));
  activate (fixture, "preview.next-page");
  assert_page_label (fixture, 2);
  activate (fixture, "preview.last-page");
  assert_page_label (fixture, n_pages);
  g_assert_false (action_enabled (GTK_WIDGET (fixture->preview), "preview.next-page"));
  activate (fixture, "preview.first-page");
  assert_page_label (fixture, 1);

  zoom = tandem_plan_preview_get_zoom (fixture->preview);
  activate (fixture, "preview.zoom-in");
  g_assert_cmpfloat (tandem_plan_preview_get_zoom (fixture->preview), >, zoom);
  activate (fixture, "preview.zoom-out");
  activate (fixture, "preview.zoom-out");
  g_assert_cmpfloat (tandem_plan_preview_get_zoom (fixture->preview), <, zoom);
  activate (fixture, "preview.zoom-fit");
  g_assert_cmpfloat_with_epsilon (tandem_plan_preview_get_zoom (fixture->preview), zoom, 0.01);

  /* The page is rendered again, sharp, for the zoom. */
  g_assert_true (tandem_ui_wait_until (texture_width_is, fixture, RENDER_TIMEOUT_MS));
}

static char *
pdf_text (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }

  return g_string_free (text, FALSE);
}

/* @text without spaces and direction marks. Poppler reads the Nastaliq of an Urdu PDF back
 * with a space wherever two glyphs do not join, and wraps right-to-left lines in embedding
 * marks: what matters is that the letters are there, in order. */
static char *
letters_only (const char *text)
{
  GString *letters = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        g_string_append_unichar (letters, c);
    }

  return g_string_free (letters, FALSE);
}

static gboolean
saved (gpointer data)
{
  return !tandem_plan_preview_get_busy (data);
}

static char *
save_and_read (Fixture    *fixture,
               const char *name)
{
  g_autofree char *path = tandem_test_dir_file (fixture->dir, name);

  tandem_plan_preview_save_pdf (fixture->preview, path);
  g_assert_true (tandem_plan_preview_get_busy (fixture->preview));
  g_assert_true (tandem_ui_wait_until (saved, fixture->preview, RENDER_TIMEOUT_MS));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return pdf_text (path);
}

static void
test_save_english (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text = NULL;

  open_preview (fixture);
  text = save_and_read (fixture, "plan.pdf");

  g_assert_nonnull (strstr (text, "My personalised care and support plan"));
  g_assert_nonnull (strstr (text, "Ada Lovelace"));
  /* A draft is printed saying so. */
  g_assert_nonnull (strstr (text, "Draft, not yet agreed"));
}

static void
test_urdu_large_print (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TandemDocumentCatalog) urdu = NULL;
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *letters = NULL;
  guint n_pages;

  if (!tandem_document_catalog_is_translated ("ur"))
    {
      g_test_skip ("No Urdu catalog in po/document/LINGUAS yet");
      return;
    }

  open_preview (fixture);
  tandem_plan_preview_select_language (fixture->preview, "ur");
  g_assert_true (tandem_preview_model_get_loading (model (fixture)));
  wait_rendered (fixture);
  g_assert_null (tandem_preview_model_get_error (model (fixture)));
  g_assert_cmpstr (tandem_preview_model_get_document_language (model (fixture)), ==, "ur");
  n_pages = tandem_preview_model_get_n_pages (model (fixture));
  g_assert_cmpuint (n_pages, >, 0);

  tandem_preview_model_set_large_print (model (fixture), TRUE);
  wait_rendered (fixture);
  g_assert_cmpuint (tandem_preview_model_get_n_pages (model (fixture)), >, n_pages);
  g_assert_cmpstr (tandem_preview_model_get_document_language (model (fixture)), ==, "ur");

  urdu = tandem_document_catalog_get ("ur", NULL);
  heading = letters_only (tandem_document_catalog_gettext (urdu, "About me"));
  g_assert_cmpstr (heading, !=, "Aboutme");
  text = save_and_read (fixture, "urdu.pdf");
  letters = letters_only (text);
  g_assert_nonnull (strstr (letters, heading));
}

static void
test_large_print_keeps_page (Fixture       *fixture,
                             gconstpointer  data)
{
  guint n_pages;

  open_preview (fixture);
  n_pages = tandem_preview_model_get_n_pages (model (fixture));
  activate (fixture, "preview.next-page");

  tandem_preview_model_set_large_print (model (fixture), TRUE);
  g_assert_true (tandem_plan_preview_get_busy (fixture->preview));
  /* Nothing can be printed or saved from a document that is being made again. */
  g_assert_false (action_enabled (GTK_WIDGET (fixture->preview), "preview.print"));
  g_assert_false (action_enabled (GTK_WIDGET (fixture->preview), "preview.save-pdf"));
  wait_rendered (fixture);

  g_assert_cmpuint (tandem_preview_model_get_n_pages (model (fixture)), >, n_pages);
  assert_page_label (fixture, 2);
}

/* A language nobody prints in, asked for anyway: a message saying what to do, not a crash. */
static void
test_language_unavailable (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *status;

  open_preview (fixture);
  tandem_preview_model_set_language (model (fixture), "so");
  wait_rendered (fixture);

  g_assert_error (tandem_preview_model_get_error (model (fixture)), TANDEM_DOCUMENT_CATALOG_ERROR,
                  TANDEM_DOCUMENT_CATALOG_ERROR_NOT_TRANSLATED);
  g_assert_null (tandem_preview_model_get_document (model (fixture)));
  status = tandem_ui_find_visible_status_page (GTK_WIDGET (fixture->preview));
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   tandem_preview_model_get_error (model (fixture))->message);
  g_assert_false (action_enabled (GTK_WIDGET (fixture->preview), "preview.save-pdf"));

  /* Choosing a language that prints brings the preview back. */
  tandem_preview_model_set_language (model (fixture), "en");
  wait_rendered (fixture);
  g_assert_null (tandem_preview_model_get_error (model (fixture)));
  g_assert_null (tandem_ui_find_visible_status_page (GTK_WIDGET (fixture->preview)));
}

/* Quick changes in a row make one document, of the last choice. */
static void
test_changes_coalesce (Fixture       *fixture,
                       gconstpointer  data)
{
  open_preview (fixture);

  for (guint i = 0; i < 6; i++)
    {
      tandem_preview_model_set_large_print (model (fixture), i % 2 == 0);
      tandem_preview_model_set_bilingual (model (fixture), i % 3 == 0);
    }
  wait_rendered (fixture);

  g_assert_false (tandem_preview_model_get_large_print (model (fixture)));
  g_assert_false (tandem_preview_model_get_bilingual (model (fixture)));
  g_assert_null (tandem_preview_model_get_error (model (fixture)));
  g_assert_nonnull (tandem_preview_model_get_document (model (fixture)));
}

/* One preview for each plan: printing a second time shows a preview again, not two. */
static void
test_one_preview (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n_previews = 0;
  GListModel *toplevels;

  open_preview (fixture);
  g_assert_true (gtk_widget_activate_action (fixture->page, "plan.print", NULL));
  fixture->preview = TANDEM_PLAN_PREVIEW (tandem_ui_wait_window (TANDEM_TYPE_PLAN_PREVIEW));
  wait_rendered (fixture);

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      n_previews += TANDEM_IS_PLAN_PREVIEW (window) && gtk_widget_get_visible (GTK_WIDGET (window));
    }
  g_assert_cmpuint (n_previews, ==, 1);
  g_assert_true (tandem_plan_preview_find (tandem_plan_preview_get_version_id (fixture->preview)) ==
                 fixture->preview);
}

/* Batch printing */

/* Agrees @person_id's plan with its review @days from today. */
static void
agree_with_review_in (TandemStore *store,
                      gint64       person_id,
                      int          days)
{
  g_autoptr(GPtrArray) versions = tandem_store_list_plan_versions (store, person_id, NULL);
  TandemPlanVersion *version = g_ptr_array_index (versions, 0);
  g_autofree char *agreed = NULL;
  g_autofree char *review = NULL;
  g_autoptr(GError) error = NULL;
  GDate today, when, on;

  tandem_date_set_today (&today);
  when = today;
  if (days >= 0)
    g_date_add_days (&when, days);
  else
    g_date_subtract_days (&when, -days);
  /* Agreed before its review falls due, as it must be. */
  on = when;
  g_date_subtract_days (&on, 100);
  agreed = tandem_date_to_iso (&on);
  review = tandem_date_to_iso (&when);
  tandem_plan_version_set_agreed_on (version, agreed);
  tandem_plan_version_set_agreed_how (version, "Face to face");
  tandem_plan_version_set_review_on (version, review);
  if (!tandem_store_agree_plan (store, version, &today, &error))
    g_error ("%s", error->message);
}

static gint64
add_person_with_plan (TandemStore *store,
                      const char  *given,
                      const char  *family,
                      int          review_in_days)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, given, family, NULL);
  g_autoptr(TandemPlanVersion) version =
    tandem_ui_add_example_plan (store, tandem_record_get_id (person), 1, 1, 1);

  agree_with_review_in (store, tandem_record_get_id (person), review_in_days);
  return tandem_record_get_id (person);
}

static gboolean
caseload_loaded (gpointer caseload)
{
  return !tandem_caseload_get_loading (caseload);
}

/* Three people with reviews due, one overdue, one not due for months, one with no agreed
 * plan yet: the three due are printed. */
static GArray *
add_due_people (Fixture *fixture)
{
  g_autoptr(TandemCaseload) plans = tandem_caseload_new_for_plans (fixture->store);
  g_autoptr(GError) error = NULL;

  add_person_with_plan (fixture->store, "Bilal", "Hussain", 3);
  add_person_with_plan (fixture->store, "Cara", "Evans", -10);
  add_person_with_plan (fixture->store, "Dilys", "Morgan", 6);
  add_person_with_plan (fixture->store, "Evan", "Price", 90);

  g_assert_true (tandem_caseload_load (plans, &error));
  g_assert_no_error (error);
  tandem_ui_wait_until (caseload_loaded, plans, 10000);
  return tandem_print_list_due_people (G_LIST_MODEL (plans));
}

static gboolean
batch_done (gpointer dialog)
{
  return !tandem_batch_dialog_get_running (dialog);
}

static guint
count_pdfs (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".pdf");

  return n;
}

static void
test_batch_per_person (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GArray) people = add_due_people (fixture);
  g_autofree char *folder = tandem_test_dir_file (fixture->dir, "Plans");
  g_autoptr(GFile) destination = g_file_new_for_path (folder);
  g_autoptr(TandemBatchDialog) dialog = NULL;

  g_assert_cmpuint (people->len, ==, 3);
  /* Held, to ask it how it went once it has closed. */
  dialog = g_object_ref (tandem_batch_dialog_new (fixture->page, fixture->store, people));
  gtk_window_present (GTK_WINDOW (dialog));

  tandem_batch_dialog_start (dialog, destination);
  g_assert_true (tandem_batch_dialog_get_running (dialog));
  g_assert_nonnull (strstr (tandem_batch_dialog_get_progress_text (dialog), " of 3"));
  g_assert_true (tandem_ui_wait_until (batch_done, dialog, RENDER_TIMEOUT_MS));
  g_assert_cmpstr (tandem_batch_dialog_get_progress_text (dialog), ==, "3 of 3");

  g_assert_cmpuint (count_pdfs (folder), ==, 3);
  /* With nothing to report, the dialog gives way to a toast with the folder. */
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_BATCH_DIALOG));
  tandem_ui_wait_frames (fixture->window, 3);
}

static void
test_batch_combined (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GArray) people = add_due_people (fixture);
  g_autofree char *path = tandem_test_dir_file (fixture->dir, "due.pdf");
  g_autoptr(GFile) destination = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(TandemBatchDialog) dialog = NULL;

  dialog = g_object_ref (tandem_batch_dialog_new (fixture->page, fixture->store, people));
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_batch_dialog_set_output (dialog, TANDEM_PLAN_BATCH_COMBINED);
  tandem_batch_dialog_start (dialog, destination);
  g_assert_true (tandem_ui_wait_until (batch_done, dialog, RENDER_TIMEOUT_MS));

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Bilal Hussain"));
  g_assert_nonnull (strstr (text, "Cara Evans"));
  g_assert_nonnull (strstr (text, "Dilys Morgan"));
  g_assert_null (strstr (text, "Evan Price"));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_BATCH_DIALOG));
}

/* Cancelled at once: the combined file is not left half written. */
static void
test_batch_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) people = add_due_people (fixture);
  g_autofree char *path = tandem_test_dir_file (fixture->dir, "due.pdf");
  g_autoptr(GFile) destination = g_file_new_for_path (path);
  TandemBatchDialog *dialog;

  dialog = tandem_batch_dialog_new (fixture->page, fixture->store, people);
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_batch_dialog_set_output (dialog, TANDEM_PLAN_BATCH_COMBINED);
  tandem_batch_dialog_start (dialog, destination);
  tandem_batch_dialog_cancel (dialog);

  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_BATCH_DIALOG));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Nobody due: nothing to print, and the dialog says so. */
static void
test_batch_nobody_due (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  TandemBatchDialog *dialog = tandem_batch_dialog_new (fixture->page, fixture->store, people);

  gtk_window_present (GTK_WINDOW (dialog));
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 1);
  g_assert_null (tandem_ui_find_button (GTK_WIDGET (dialog), "Print…") != NULL &&
                 gtk_widget_is_sensitive (tandem_ui_find_button (GTK_WIDGET (dialog), "Print…"))
                 ? (gpointer) dialog : NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/plan-preview/opens", Fixture, NULL,
              fixture_set_up, test_preview_opens, fixture_tear_down);
  g_test_add ("/plan-preview/pages-and-zoom", Fixture, NULL,
              fixture_set_up, test_pages_and_zoom, fixture_tear_down);
  g_test_add ("/plan-preview/save-english", Fixture, NULL,
              fixture_set_up, test_save_english, fixture_tear_down);
  g_test_add ("/plan-preview/urdu-large-print", Fixture, NULL,
              fixture_set_up, test_urdu_large_print, fixture_tear_down);
  g_test_add ("/plan-preview/large-print-keeps-page", Fixture, NULL,
              fixture_set_up, test_large_print_keeps_page, fixture_tear_down);
  g_test_add ("/plan-preview/language-unavailable", Fixture, NULL,
              fixture_set_up, test_language_unavailable, fixture_tear_down);
  g_test_add ("/plan-preview/changes-coalesce", Fixture, NULL,
              fixture_set_up, test_changes_coalesce, fixture_tear_down);
  g_test_add ("/plan-preview/one-preview", Fixture, NULL,
              fixture_set_up, test_one_preview, fixture_tear_down);

  g_test_add ("/plan-batch/per-person", Fixture, NULL,
              fixture_set_up, test_batch_per_person, fixture_tear_down);
  g_test_add ("/plan-batch/combined", Fixture, NULL,
              fixture_set_up, test_batch_combined, fixture_tear_down);
  g_test_add ("/plan-batch/cancel", Fixture, NULL,
              fixture_set_up, test_batch_cancel, fixture_tear_down);
  g_test_add ("/plan-batch/nobody-due", Fixture, NULL,
              fixture_set_up, test_batch_nobody_due, fixture_tear_down);

  return g_test_run ();
}
