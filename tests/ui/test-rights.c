/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-caseload-view.h"
#include "tandem-person-editor.h"
#include "tandem-person-page.h"
#include "tandem-retention-dialog.h"
#include "tandem-rights-actions.h"
#include "tandem-session.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* Records Past Retention: an administrator sees whose care ended too long ago, erases one
 * after the confirmation naming them, and the list follows; a worker sees the list but
 * cannot erase. */

#define PASSPHRASE TANDEM_UI_PASSPHRASE

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemSession *session;
  gint64         admin;
  gint64         worker;
  gint64         past;
  gint64         kept;
} Fixture;

static gint64
add_person (TandemStore          *store,
            const char           *given,
            const char           *family,
            TandemReferralStatus  status,
            const char           *ended_on)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, given, family, NULL);
  g_autoptr(TandemReferral) referral = tandem_test_add_referral (store, person, "2010-01-04",
                                                                 TANDEM_PRIORITY_ROUTINE,
                                                                 status);
  g_autoptr(GError) error = NULL;

  tandem_referral_set_ended_on (referral, ended_on);
  g_assert_true (tandem_store_save_referral (store, referral, &error));
  g_assert_no_error (error);

  return tandem_record_get_id (person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  fixture->admin = tandem_ui_add_staff (fixture->store, "Cat Lead", TANDEM_ROLE_LINK_WORKER);
  fixture->worker = tandem_ui_add_staff (fixture->store, "Zoe Coach", TANDEM_ROLE_LINK_WORKER);
  g_assert_true (tandem_store_set_staff_passphrase (fixture->store, fixture->admin, PASSPHRASE,
                                                    &error));
  /* Only an administrator sets a colleague's passphrase, once the team has one. */
  tandem_store_set_viewer (fixture->store, fixture->admin);
  g_assert_true (tandem_store_set_staff_passphrase (fixture->store, fixture->worker,
                                                    PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_is_administrator (fixture->store, fixture->admin));

  fixture->past = add_person (fixture->store, "Orla", "Venn", TANDEM_REFERRAL_CLOSED,
                              "2011-06-30");
  fixture->kept = add_person (fixture->store, "Idris", "Moss", TANDEM_REFERRAL_ACTIVE, "");
  fixture->session = tandem_session_new (fixture->store, fixture->settings);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "current-staff");
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static GtkWidget *
open_dialog (Fixture *fixture,
             gint64   staff_id)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  g_assert_true (tandem_session_sign_in (fixture->session, staff_id, PASSPHRASE, &error));
  g_assert_no_error (error);
  dialog = tandem_retention_dialog_new (NULL, fixture->session);
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_ui_wait_frames (dialog, 2);

  return dialog;
}

static void
test_erase_from_list (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TandemPerson) gone = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = open_dialog (fixture, fixture->admin);
  GtkWidget *erase;
  GtkWidget *confirm;
  g_autofree char *body = NULL;

  g_assert_cmpuint (tandem_retention_dialog_get_n_people (TANDEM_RETENTION_DIALOG (dialog)), ==,
                    1);
  g_assert_nonnull (tandem_ui_find_row (dialog, "Orla Venn"));
  g_assert_null (tandem_ui_find_row (dialog, "Idris Moss"));

  erase = tandem_ui_find_button (dialog, "Erase…");
  g_assert_nonnull (erase);
  g_assert_true (gtk_widget_is_sensitive (erase));
  gtk_widget_activate (erase);

  confirm = tandem_ui_wait_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (confirm)), ==,
                   "Erase the Record of Orla Venn?");
  body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (confirm)));
  g_assert_nonnull (strstr (body, "Backups are not changed"));
  /* Nothing happens until the choice is made; Cancel is the default. */
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (confirm)), ==,
                   "cancel");
  /* As the button does; the response alone leaves the dialog to its caller. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "erase");
  gtk_window_destroy (GTK_WINDOW (confirm));

  gone = tandem_store_load_person (fixture->store, fixture->past, &error);
  g_assert_null (gone);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);

  /* The list follows: nobody is left past retention, and it says so. */
  g_assert_cmpuint (tandem_retention_dialog_get_n_people (TANDEM_RETENTION_DIALOG (dialog)), ==,
                    0);
  g_assert_nonnull (tandem_ui_find_visible_status_page (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_worker_cannot_erase (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (fixture, fixture->worker);
  GtkWidget *erase = tandem_ui_find_button (dialog, "Erase…");

  g_assert_nonnull (erase);
  g_assert_false (gtk_widget_is_sensitive (erase));
  g_assert_nonnull (tandem_ui_find_button (dialog, "Open"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
person_page_closed (gpointer data)
{
  return tandem_caseload_view_get_shown_person (data) == 0;
}

/* From the person's own page: the menu's Erase Record… asks, erases, and the page closes. */
static void
test_erase_from_person_page (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TandemPerson) gone = NULL;
  g_autoptr(GError) error = NULL;
  TandemWindow *window = tandem_ui_open_window (fixture->store);
  GtkWidget *view = tandem_window_get_caseload_view (window);
  GtkWidget *page;
  GtkWidget *confirm;
  GtkWidget *chooser;

  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 5000);
  g_assert_true (tandem_store_is_administrator (fixture->store,
                                                tandem_store_get_viewer (fixture->store)));
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), fixture->kept);
  tandem_ui_iterate (100);
  g_assert_cmpint (tandem_caseload_view_get_shown_person (TANDEM_CASELOAD_VIEW (view)), ==,
                   fixture->kept);
  page = tandem_ui_find_by_type (view, TANDEM_TYPE_PERSON_PAGE);
  g_assert_nonnull (page);

  /* The export asks for a folder first; cancelling writes nothing. */
  gtk_widget_activate_action (page, "person.export-subject-access", NULL);
  chooser = tandem_ui_wait_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_true (tandem_ui_wait_window_gone (GTK_TYPE_FILE_CHOOSER_DIALOG));

  g_assert_true (gtk_widget_activate_action (page, "person.erase", NULL));
  confirm = tandem_ui_wait_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (confirm)), ==,
                   "Erase the Record of Idris Moss?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "erase");
  gtk_window_destroy (GTK_WINDOW (confirm));
  g_assert_true (tandem_ui_wait_until (person_page_closed, view, 5000));

  gone = tandem_store_load_person (fixture->store, fixture->kept, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Open takes the administrator to the record in the main window, out of the way of the
 * list. */
static void
test_open_for_review (Fixture       *fixture,
                      gconstpointer  data)
{
  TandemWindow *window = tandem_ui_open_window (fixture->store);
  GtkWidget *view = tandem_window_get_caseload_view (window);
  GtkWidget *dialog;
  GtkWidget *open;

  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 5000);
  dialog = tandem_retention_dialog_new (GTK_WINDOW (window), tandem_window_get_session (window));
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_ui_wait_frames (dialog, 2);

  open = tandem_ui_find_button (dialog, "Open");
  g_assert_nonnull (open);
  gtk_widget_activate (open);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_RETENTION_DIALOG));
  g_assert_cmpint (tandem_caseload_view_get_shown_person (TANDEM_CASELOAD_VIEW (view)), ==,
                   fixture->past);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gboolean  done;
  gboolean  exported;
  guint     n_records;
  char     *folder_uri;
} Exported;

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  Exported *exported = data;
  g_autoptr(GError) error = NULL;

  exported->exported = tandem_subject_access_export_finish (result, &exported->folder_uri,
                                                            &exported->n_records, &error);
  g_assert_no_error (error);
  exported->done = TRUE;
}

static gboolean
export_done (gpointer data)
{
  return ((Exported *) data)->done;
}

/* The export runs on a worker thread with its own connection and says where it wrote. */
static void
test_export_in_background (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_uri = g_filename_to_uri (fixture->dir->path, NULL, NULL);
  g_autoptr(GDir) files = NULL;
  Exported exported = { FALSE, FALSE, 0, NULL };
  guint n_pdf = 0, n_json = 0;
  const char *name;

  g_assert_true (tandem_session_sign_in (fixture->session, fixture->admin, PASSPHRASE, &error));
  g_assert_no_error (error);
  tandem_subject_access_export_async (fixture->session, fixture->kept, folder, NULL,
                                      export_done_cb, &exported);
  g_assert_true (tandem_ui_wait_until (export_done, &exported, 20000));
  g_assert_true (exported.exported);
  g_assert_cmpuint (exported.n_records, >=, 2);
  g_assert_cmpstr (exported.folder_uri, ==, expected_uri);

  files = g_dir_open (fixture->dir->path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (files)) != NULL)
    {
      n_pdf += g_str_has_suffix (name, ".pdf");
      n_json += g_str_has_suffix (name, ".json");
    }
  g_assert_cmpuint (n_pdf, ==, 1);
  g_assert_cmpuint (n_json, ==, 1);
  g_free (exported.folder_uri);
}

/* A worker is offered neither: the person page's actions are off. */
static void
test_worker_person_page (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TandemWindow *window = tandem_ui_open_window (fixture->store);
  GtkWidget *view = tandem_window_get_caseload_view (window);
  TandemSession *session = tandem_window_get_session (window);
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));
  tandem_session_lock (session);
  g_assert_true (tandem_session_sign_in (session, fixture->worker, PASSPHRASE, &error));
  g_assert_no_error (error);
  tandem_ui_iterate (200);
  view = tandem_window_get_caseload_view (window);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), fixture->kept);
  tandem_ui_iterate (100);
  page = tandem_ui_find_by_type (view, TANDEM_TYPE_PERSON_PAGE);
  g_assert_nonnull (page);

  /* A disabled action does nothing when activated: no confirmation, no folder chooser. */
  gtk_widget_activate_action (page, "person.erase", NULL);
  gtk_widget_activate_action (page, "person.export-subject-access", NULL);
  tandem_ui_iterate (200);
  g_assert_null (tandem_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (tandem_ui_find_window (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_true (gtk_widget_activate_action (page, "person.edit", NULL));
  gtk_window_destroy (GTK_WINDOW (tandem_ui_wait_window (TANDEM_TYPE_PERSON_EDITOR)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/rights/retention/erase", Fixture, NULL, fixture_set_up, test_erase_from_list,
              fixture_tear_down);
  g_test_add ("/rights/person-page/erase", Fixture, NULL, fixture_set_up,
              test_erase_from_person_page, fixture_tear_down);
  g_test_add ("/rights/retention/open", Fixture, NULL, fixture_set_up, test_open_for_review,
              fixture_tear_down);
  g_test_add ("/rights/subject-access/background", Fixture, NULL, fixture_set_up,
              test_export_in_background, fixture_tear_down);
  g_test_add ("/rights/person-page/worker", Fixture, NULL, fixture_set_up,
              test_worker_person_page, fixture_tear_down);
  g_test_add ("/rights/retention/worker", Fixture, NULL, fixture_set_up,
              test_worker_cannot_erase, fixture_tear_down);

  return g_test_run ();
}
