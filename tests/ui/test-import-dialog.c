/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "tandem-directory-export.h"
#include "tandem-import-dialog.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* Importing a council's directory from the dialog, and exporting the directory: the report,
 * failures that change nothing, cancelling, and a round trip through both. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GtkWidget     *parent;
  guint          n_resets;
} Fixture;

/* One service to import, one with an empty name to leave out. */
static const char good_feed[] =
  "[{\"id\": \"walk-1\", \"name\": \"Tuesday Health Walk\","
  "  \"organization\": {\"name\": \"Friends of the Park\"},"
  "  \"description\": \"<p>A gentle walk.</p>\"},"
  " {\"id\": \"blank-2\", \"name\": \"  \", \"organization\": {\"name\": \"Nobody\"}}]";

static void
reset_cb (TandemStore *store,
          Fixture     *fixture)
{
  fixture->n_resets++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  g_signal_connect (fixture->store, "directory-changed", G_CALLBACK (reset_cb), fixture);
  fixture->parent = adw_window_new ();
  adw_window_set_content (ADW_WINDOW (fixture->parent), adw_toast_overlay_new ());
  gtk_window_present (GTK_WINDOW (fixture->parent));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->parent));
  tandem_ui_wait_window_gone (TANDEM_TYPE_IMPORT_DIALOG);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  char *path = tandem_test_dir_file (fixture->dir, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static guint
count_assets (TandemStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) assets = tandem_store_list_assets (store, &error);

  g_assert_no_error (error);
  return assets->len;
}

static TandemImportDialog *
open_dialog (Fixture *fixture)
{
  TandemImportDialog *dialog = tandem_import_dialog_new (GTK_WINDOW (fixture->parent),
                                                         fixture->store);

  gtk_window_present (GTK_WINDOW (dialog));
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 1);
  return dialog;
}

static gboolean
import_stopped (gpointer dialog)
{
  return !tandem_import_dialog_get_running (dialog);
}

static void
import_and_wait (TandemImportDialog *dialog,
                 const char         *path)
{
  tandem_import_dialog_import_path (dialog, path);
  g_assert_true (tandem_import_dialog_get_running (dialog));
  g_assert_true (tandem_ui_wait_until (import_stopped, dialog, 20000));
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 2);
}

/* Whether a label showing @text is on screen in @root. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

/* Whether the button labelled @label can be pressed: its action is enabled. */
static gboolean
can_press (gpointer    dialog,
           const char *label)
{
  GtkWidget *button = tandem_ui_find_button (dialog, label);

  g_assert_nonnull (button);
  return gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button);
}

static void
test_import_report (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "services.json", good_feed);
  TandemImportDialog *dialog = open_dialog (fixture);
  const TandemOrukReport *report;
  g_autoptr(GPtrArray) assets = NULL;

  g_assert_null (tandem_import_dialog_get_message (dialog));
  import_and_wait (dialog, path);

  g_assert_cmpstr (tandem_import_dialog_get_message (dialog), ==,
                   "Added 1, updated 0, unchanged 0.");
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Added 1, updated 0, unchanged 0."));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Directory Imported"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "1 service left out"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Left out: Empty name"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Id blank-2"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Unnamed service"));

  report = tandem_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->added, ==, 1);
  g_assert_cmpuint (tandem_oruk_report_count_skipped ((TandemOrukReport *) report), ==, 1);

  /* The views were told to reload what the import's own connection wrote. */
  g_assert_cmpuint (fixture->n_resets, ==, 1);
  assets = tandem_store_list_assets (fixture->store, NULL);
  g_assert_cmpuint (assets->len, ==, 1);
  g_assert_cmpstr (tandem_asset_get_name (g_ptr_array_index (assets, 0)), ==,
                   "Tuesday Health Walk");

  /* The same file again: nothing new, nothing duplicated. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.again", NULL);
  g_assert_true (gtk_widget_get_visible (tandem_ui_find_button (GTK_WIDGET (dialog), "Import")));
  import_and_wait (dialog, path);
  g_assert_cmpstr (tandem_import_dialog_get_message (dialog), ==,
                   "Added 0, updated 0, unchanged 1.");
  g_assert_cmpuint (count_assets (fixture->store), ==, 1);

  /* Close, on the report, closes. */
  g_assert_nonnull (tandem_ui_find_button (GTK_WIDGET (dialog), "Close"));
  tandem_import_dialog_cancel (dialog);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_IMPORT_DIALOG));
}

static void
test_import_malformed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *bad = write_file (fixture, "broken.json", "[{\"id\": \"x\", \"name\": ");
  g_autofree char *good = write_file (fixture, "services.json", good_feed);
  g_autofree char *missing = tandem_test_dir_file (fixture->dir, "missing.json");
  TandemImportDialog *dialog = open_dialog (fixture);
  const char *message;

  import_and_wait (dialog, bad);
  message = tandem_import_dialog_get_message (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "broken.json is not readable JSON"));
  g_assert_nonnull (strstr (message, "Choose another file or folder"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Nothing Imported"));
  g_assert_cmpuint (count_assets (fixture->store), ==, 0);
  g_assert_cmpuint (fixture->n_resets, ==, 0);
  g_assert_null (tandem_import_dialog_get_report (dialog));

  /* The dialog is still there to choose again: a file that is not there, then a good one. */
  g_assert_true (can_press (dialog, "Import"));
  import_and_wait (dialog, missing);
  g_assert_nonnull (strstr (tandem_import_dialog_get_message (dialog), "missing.json"));
  g_assert_cmpuint (count_assets (fixture->store), ==, 0);

  import_and_wait (dialog, good);
  g_assert_cmpstr (tandem_import_dialog_get_message (dialog), ==,
                   "Added 1, updated 0, unchanged 0.");
  g_assert_cmpuint (count_assets (fixture->store), ==, 1);
}

/* A feed large enough that the import is still running when it is stopped. */
static char *
write_big_feed (Fixture *fixture,
                guint    n_services)
{
  g_autoptr(GString) feed = g_string_new ("[");

  for (guint i = 0; i < n_services; i++)
    g_string_append_printf (feed, "%s{\"id\": \"s%u\", \"name\": \"Service %u\","
                            " \"organization\": {\"name\": \"Org %u\"}}",
                            i > 0 ? "," : "", i, i, i);
  g_string_append (feed, "]");
  return write_file (fixture, "big.json", feed->str);
}

static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = write_big_feed (fixture, 3000);
  TandemImportDialog *dialog = open_dialog (fixture);

  /* Cancel stops the import and keeps the dialog, saying nothing changed. */
  tandem_import_dialog_import_path (dialog, path);
  g_assert_true (tandem_import_dialog_get_running (dialog));
  g_assert_true (can_press (dialog, "Cancel"));
  g_assert_false (can_press (dialog, "Import"));
  tandem_import_dialog_cancel (dialog);
  g_assert_true (tandem_ui_wait_until (import_stopped, dialog, 20000));
  g_assert_cmpstr (tandem_import_dialog_get_message (dialog), ==,
                   "Nothing was changed in the directory.");
  g_assert_cmpuint (count_assets (fixture->store), ==, 0);
  g_assert_true (GTK_IS_WINDOW (tandem_ui_find_window (TANDEM_TYPE_IMPORT_DIALOG)));

  /* Closing the window while importing stops the import first, then the window goes. */
  tandem_import_dialog_start (dialog);
  g_assert_true (tandem_import_dialog_get_running (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_IMPORT_DIALOG));
  g_assert_cmpuint (count_assets (fixture->store), ==, 0);
  g_assert_cmpuint (fixture->n_resets, ==, 0);
}

static void
progress_text_cb (GtkProgressBar *bar,
                  GParamSpec     *pspec,
                  gboolean       *counted)
{
  const char *text = gtk_progress_bar_get_text (bar);

  *counted |= text != NULL && g_str_has_suffix (text, "of 3000 services");
}

/* Progress: the bar counts the services as they are stored, then the report follows. */
static void
test_import_progress (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_big_feed (fixture, 3000);
  TandemImportDialog *dialog = open_dialog (fixture);
  GtkWidget *bar = tandem_ui_find_by_type (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);
  gboolean counted = FALSE;

  g_signal_connect (bar, "notify::text", G_CALLBACK (progress_text_cb), &counted);
  tandem_import_dialog_import_path (dialog, path);
  g_assert_cmpstr (gtk_progress_bar_get_text (GTK_PROGRESS_BAR (bar)), ==, "Reading the file…");
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 1);
  g_assert_true (gtk_widget_get_mapped (bar));
  g_assert_true (tandem_ui_wait_until (import_stopped, dialog, 20000));
  g_signal_handlers_disconnect_by_data (bar, &counted);

  g_assert_true (counted);
  g_assert_cmpstr (tandem_import_dialog_get_message (dialog), ==,
                   "Added 3000, updated 0, unchanged 0.");
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 2);
  g_assert_false (shows_text (GTK_WIDGET (dialog), "left out"));
  g_assert_cmpuint (count_assets (fixture->store), ==, 3000);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* What is exported reads back as the same services, in both formats. */
static void
test_export_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *source = write_big_feed (fixture, 25);
  g_autofree char *json_path = tandem_test_dir_file (fixture->dir, "exported.json");
  g_autofree char *csv_path = tandem_test_dir_file (fixture->dir, "exported.csv");
  g_autofree char *unwritable = tandem_test_dir_file (fixture->dir, "no-folder/x.json");
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (unwritable);
  g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) failed = NULL;
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  guint n_exported = 0;

  g_assert_true (tandem_oruk_import_run (fixture->store, source, NULL, NULL, NULL, NULL,
                                         &error));
  g_assert_no_error (error);

  tandem_directory_export_async (fixture->store, json_file, TANDEM_ORUK_EXPORT_JSON, NULL,
                                 export_done_cb, &result);
  g_assert_true (tandem_ui_wait_until (has_result, &result, 20000));
  g_assert_true (tandem_directory_export_finish (result, &n_exported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_exported, ==, 25);

  assets = tandem_oruk_parse_path (json_path, tandem_oruk_builtin_category_keys (), NULL,
                                   report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assets->len, ==, 25);
  g_assert_cmpuint (report->problems->len, ==, 0);

  /* As the save dialog does it: in a window, with a toast at the end. */
  {
    g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);

    tandem_directory_export_to_file (fixture->parent, fixture->store, csv_file,
                                     TANDEM_ORUK_EXPORT_CSV);
    g_assert_true (tandem_ui_wait_until (file_exists, csv_path, 20000));
    g_file_get_contents (csv_path, &csv, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (csv, "Service 24"));
  }

  /* A folder that is not there: an error, no file. */
  tandem_directory_export_async (fixture->store, bad_file, TANDEM_ORUK_EXPORT_JSON, NULL,
                                 export_done_cb, &failed);
  g_assert_true (tandem_ui_wait_until (has_result, &failed, 20000));
  g_assert_false (tandem_directory_export_finish (failed, NULL, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/import-dialog/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("report", test_import_report);
  ADD ("malformed", test_import_malformed);
  ADD ("cancel", test_import_cancel);
  ADD ("progress", test_import_progress);
  ADD ("export-round-trip", test_export_round_trip);

#undef ADD

  return g_test_run ();
}
