/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "tandem-application.h"
#include "tandem-preferences-window.h"
#include "tandem-store-backup.h"
#include "tandem-store-encryption.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"
#include "tandem-unlock-window.h"

/* Tandem itself, started on a database, on a desktop without a keyring: it asks for a
 * passphrase (to choose one, or the database's), and never makes a new database where one
 * is. The test drives the running application from inside its main loop. */

typedef void (*Scenario) (const char *path);

typedef struct
{
  Scenario    scenario;
  const char *path;
} Run;

static gboolean
run_scenario_cb (gpointer data)
{
  Run *run = data;

  GtkApplication *app = GTK_APPLICATION (g_application_get_default ());
  GList *windows;

  run->scenario (run->path);

  /* Each run starts with no window of Tandem's left. */
  while ((windows = gtk_application_get_windows (app)) != NULL)
    gtk_window_destroy (windows->data);
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
run_tandem (const char *path,
            Scenario    scenario)
{
  g_autoptr(TandemApplication) app = tandem_application_new ();
  const char *argv[] = { "tandem", "--database", path, NULL };
  Run run = { scenario, path };

  g_idle_add (run_scenario_cb, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, (char **) argv), ==, 0);
}

static GtkWidget *
passphrase_row (GtkWidget *window,
                guint      n)
{
  GtkWidget *row = tandem_ui_find_password_row (window, n);

  g_assert_nonnull (row);
  return row;
}

static gboolean
label_shows (gpointer data)
{
  GtkWidget *label = data;

  return gtk_widget_get_visible (label) &&
         strstr (gtk_label_get_text (GTK_LABEL (label)), "does not open") != NULL;
}

static GtkWidget *
find_error_label (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error"))
        return child;
      if ((found = find_error_label (child)) != NULL)
        return found;
    }

  return NULL;
}

#define CHOSEN "plum vortex ledger quietly"

static void
choose_passphrase (const char *path)
{
  GtkWidget *window = tandem_ui_wait_window (TANDEM_TYPE_UNLOCK_WINDOW);
  GtkWidget *open;

  g_assert_nonnull (window);
  /* Nothing is made or changed until a passphrase is chosen. */
  g_assert_cmpint (tandem_store_inspect_file (path), !=, TANDEM_STORE_FILE_ENCRYPTED);

  open = tandem_ui_find_button (window, "Encrypt and Open");
  g_assert_nonnull (open);
  gtk_editable_set_text (GTK_EDITABLE (passphrase_row (window, 0)), CHOSEN);
  g_assert_false (gtk_widget_get_sensitive (open));
  gtk_editable_set_text (GTK_EDITABLE (passphrase_row (window, 1)), CHOSEN "!");
  g_assert_false (gtk_widget_get_sensitive (open));
  gtk_editable_set_text (GTK_EDITABLE (passphrase_row (window, 1)), CHOSEN);
  g_assert_true (gtk_widget_get_sensitive (open));
  gtk_widget_activate (open);

  g_assert_nonnull (tandem_ui_wait_window (TANDEM_TYPE_WINDOW));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_UNLOCK_WINDOW));
  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_ENCRYPTED);
}

static void
enter_passphrase (const char *path)
{
  GtkWidget *window = tandem_ui_wait_window (TANDEM_TYPE_UNLOCK_WINDOW);
  GtkWidget *row = passphrase_row (window, 0);
  GtkWidget *open = tandem_ui_find_button (window, "Open");

  g_assert_nonnull (open);
  g_assert_null (tandem_ui_find_password_row (window, 1));

  /* A wrong one is refused, and what was typed stays to be corrected. */
  gtk_editable_set_text (GTK_EDITABLE (row), "plum vortex ledger");
  gtk_widget_activate (open);
  g_assert_true (tandem_ui_wait_until (label_shows, find_error_label (window), 5000));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "plum vortex ledger");
  g_assert_null (tandem_ui_find_window (TANDEM_TYPE_WINDOW));

  gtk_editable_set_text (GTK_EDITABLE (row), CHOSEN);
  gtk_widget_activate (open);
  g_assert_nonnull (tandem_ui_wait_window (TANDEM_TYPE_WINDOW));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_UNLOCK_WINDOW));
}

static void
test_new_database_without_keyring (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_passphrase (CHOSEN);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  g_autoptr(GError) error = NULL;

  run_tandem (path, choose_passphrase);
  g_object_unref (tandem_store_open (path, key, &error));
  g_assert_no_error (error);

  /* Next time it asks for that passphrase, and a wrong one changes nothing. */
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  run_tandem (path, enter_passphrase);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpuint (after_length, >, 0);
  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_ENCRYPTED);
}

static void
test_plain_database_without_keyring (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_passphrase (CHOSEN);
  g_autoptr(GError) error = NULL;
  TandemStore *store;

  store = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (tandem_test_add_person (store, "Ottoline", "Featherstonehaugh", NULL));
  g_object_unref (store);

  /* Choosing a passphrase encrypts what was there; the people are kept. */
  run_tandem (path, choose_passphrase);
  store = tandem_store_open (path, key, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
  g_object_unref (store);
}

static gboolean
dialog_shown (gpointer data)
{
  return tandem_ui_find_window (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
reopens_with (gpointer data)
{
  const char *path = g_object_get_data (G_OBJECT (data), "path");
  TandemStoreKey *key = g_object_get_data (G_OBJECT (data), "key");
  g_autoptr(TandemStore) store = tandem_store_open (path, key, NULL);

  return store != NULL;
}

/* An administrator changes the database's passphrase in Preferences. */
static void
test_change_passphrase_in_preferences (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) old_key = tandem_store_key_new_passphrase (CHOSEN);
  g_autoptr(TandemStoreKey) new_key = tandem_store_key_new_passphrase ("amber kettle windowsill");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = tandem_store_open (path, old_key, &error);
  g_autoptr(TandemSession) session = NULL;
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  GtkWidget *preferences;
  GtkWidget *dialog;
  GtkWidget *row;

  g_assert_no_error (error);
  session = tandem_session_new (store, settings);
  tandem_ui_sign_in (session, tandem_ui_add_staff (store, "Helen Okonjo",
                                                   TANDEM_ROLE_SUPERVISOR));

  preferences = GTK_WIDGET (tandem_preferences_window_new (NULL, session));
  gtk_window_present (GTK_WINDOW (preferences));
  row = tandem_ui_find_row (preferences, "Change the Passphrase…");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (row));
  gtk_widget_activate (row);
  g_assert_true (tandem_ui_wait_until (dialog_shown, NULL, 5000));
  dialog = tandem_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);

  gtk_editable_set_text (GTK_EDITABLE (passphrase_row (dialog, 0)), "amber kettle windowsill");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "change"));
  gtk_editable_set_text (GTK_EDITABLE (passphrase_row (dialog, 1)), "amber kettle windowsill");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "change"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "change");

  g_object_set_data_full (probe, "path", g_strdup (path), g_free);
  g_object_set_data (probe, "key", new_key);
  g_assert_true (tandem_ui_wait_until (reopens_with, probe, 10000));
  g_assert_null (tandem_store_open (path, old_key, NULL));
  g_assert_true (tandem_store_uses_passphrase (store));

  /* The store keeps working with its new key. */
  g_object_unref (tandem_test_add_person (store, "Ottoline", "Featherstonehaugh", NULL));
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* A database that no longer opens is restored from a backup from the unlock window. */

static char *damaged_backup;

static gboolean
restore_offered (gpointer data)
{
  GtkWidget *button = tandem_ui_find_button (data, "Restore From Backup…");

  return button != NULL && gtk_widget_is_visible (button);
}

static gboolean
restore_flow_started (gpointer data)
{
  return tandem_application_get_restore_flow (data) != NULL;
}

/* Without a desktop portal, GTK's own file chooser dialog stands in for the native one. */
static void
close_file_chooser (void)
{
  GtkWidget *chooser = tandem_ui_wait_window (GTK_TYPE_FILE_CHOOSER_DIALOG);

  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_true (tandem_ui_wait_window_gone (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

static void
restore_from_unlock_window (const char *path)
{
  GtkWidget *window = tandem_ui_wait_window (TANDEM_TYPE_UNLOCK_WINDOW);
  TandemApplication *app = TANDEM_APPLICATION (g_application_get_default ());
  TandemRestoreFlow *flow;
  GtkWidget *dialog;

  /* The right passphrase, but the file is damaged: it does not open. */
  gtk_editable_set_text (GTK_EDITABLE (passphrase_row (window, 0)), CHOSEN);
  gtk_widget_activate (tandem_ui_find_button (window, "Open"));
  g_assert_true (tandem_ui_wait_until (label_shows, find_error_label (window), 5000));
  g_assert_true (tandem_ui_wait_until (restore_offered, window, 5000));

  gtk_widget_activate (tandem_ui_find_button (window, "Restore From Backup…"));
  g_assert_true (tandem_ui_wait_until (restore_flow_started, app, 5000));
  flow = tandem_application_get_restore_flow (app);
  /* The file chooser cannot be driven here: it is closed, and the backup given as if
   * chosen in it. */
  close_file_chooser ();
  tandem_restore_flow_inspect (flow, damaged_backup, NULL);
  g_assert_true (tandem_ui_wait_until (dialog_shown, NULL, 10000));
  dialog = tandem_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "It holds 1 people"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");

  /* The restored records open, with the passphrase that opened the backup. */
  g_assert_nonnull (tandem_ui_wait_window (TANDEM_TYPE_WINDOW));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_UNLOCK_WINDOW));
}

static void
test_restore_damaged_database (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *aside = g_strconcat (path, ".before-restore", NULL);
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_passphrase (CHOSEN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  TandemStore *store;
  char garbage[512];

  store = tandem_store_open (path, key, &error);
  g_assert_no_error (error);
  g_object_unref (tandem_test_add_person (store, "Ottoline", "Featherstonehaugh", NULL));
  damaged_backup = tandem_store_backup (store, dir->path, TANDEM_BACKUP_MANUAL, NULL, NULL, NULL,
                                        &error);
  g_assert_no_error (error);
  g_object_unref (tandem_test_add_person (store, "Made", "After the backup", NULL));
  g_object_unref (store);

  /* The start of the file is overwritten, as a failing disk might. */
  memset (garbage, 0x5a, sizeof garbage);
  file = g_file_new_for_path (path);
  stream = g_file_open_readwrite (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (stream)),
                                            garbage, sizeof garbage, NULL, NULL, &error));
  g_assert_true (g_io_stream_close (G_IO_STREAM (stream), NULL, &error));
  g_assert_null (tandem_store_open (path, key, NULL));

  run_tandem (path, restore_from_unlock_window);

  store = tandem_store_open (path, key, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
  g_object_unref (store);
  /* The damaged file is kept, not removed. */
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_clear_pointer (&damaged_backup, g_free);
}

int
main (int   argc,
      char *argv[])
{
  /* No keyring on this desktop: no session bus at all. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tandem-test-bus", TRUE);

  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add_func ("/unlock/new-database-without-keyring", test_new_database_without_keyring);
  g_test_add_func ("/unlock/plain-database-without-keyring",
                   test_plain_database_without_keyring);
  g_test_add_func ("/unlock/change-passphrase-in-preferences",
                   test_change_passphrase_in_preferences);
  g_test_add_func ("/unlock/restore-damaged-database", test_restore_damaged_database);

  return g_test_run ();
}
