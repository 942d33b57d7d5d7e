/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tandem-application.h"
#include "tandem-preferences-window.h"
#include "tandem-session.h"
#include "tandem-store-backup.h"
#include "tandem-unlock-window.h"
#include "tandem-window.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* The Backups page of Preferences: Back Up Now makes a checked backup in the chosen folder
 * and says when; the restore row is an administrator's only; a backup that fails says why. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemSession *session;
  GtkWidget     *preferences;
  char          *folder;
  gint64         admin;
  gint64         worker;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  fixture->folder = tandem_test_dir_file (fixture->dir, "backups");
  g_settings_set_string (fixture->settings, "backup-folder", fixture->folder);

  fixture->admin = tandem_ui_add_staff (fixture->store, "Cat Lead", TANDEM_ROLE_SUPERVISOR);
  fixture->worker = tandem_ui_add_staff (fixture->store, "Ada Worker", TANDEM_ROLE_LINK_WORKER);
  g_object_unref (tandem_test_add_person (fixture->store, "Backed", "Up", NULL));

  /* The first to have a passphrase is the administrator. */
  fixture->session = tandem_session_new (fixture->store, fixture->settings);
  tandem_ui_sign_in (fixture->session, fixture->admin);
  g_assert_true (tandem_store_is_administrator (fixture->store, fixture->admin));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->preferences != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->preferences));
  tandem_ui_iterate (50);
  g_settings_reset (fixture->settings, "current-staff");
  g_settings_reset (fixture->settings, "backup-folder");
  g_settings_reset (fixture->settings, "backup-last");
  g_settings_reset (fixture->settings, "backup-last-error");
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->folder, g_free);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static void
open_backups (Fixture *fixture,
              gint64   staff_id)
{
  tandem_ui_sign_in (fixture->session, staff_id);
  fixture->preferences = GTK_WIDGET (tandem_preferences_window_new (NULL, fixture->session));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (fixture->preferences),
                                                "backups");
  gtk_window_present (GTK_WINDOW (fixture->preferences));
  tandem_ui_wait_frames (fixture->preferences, 2);
}

static gboolean
settled (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *failure = g_settings_get_string (fixture->settings, "backup-last-error");

  return g_settings_get_int64 (fixture->settings, "backup-last") != 0 || failure[0] != '\0';
}

static guint
count_backups (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".tandem-backup"))
      n++;
  return n;
}

static void
test_back_up_now (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *button;
  GtkWidget *last;
  GtkWidget *restore;

  open_backups (fixture, fixture->admin);
  last = tandem_ui_find_row (fixture->preferences, "Last backup");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)), ==,
                   "No backup has been made yet");
  restore = tandem_ui_find_row (fixture->preferences, "Restore From Backup…");
  g_assert_true (gtk_widget_get_sensitive (restore));

  button = tandem_ui_find_button (fixture->preferences, "Back Up Now");
  gtk_widget_activate (button);
  g_assert_true (tandem_ui_wait_until (settled, fixture, 20000));
  tandem_ui_wait_frames (fixture->preferences, 2);

  g_assert_cmpuint (count_backups (fixture->folder), ==, 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)), !=,
                   "No backup has been made yet");
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)), "failed"));
  g_assert_true (gtk_widget_get_sensitive (button));
}

static void
test_failure_said (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *blocker = tandem_test_dir_file (fixture->dir, "not-a-folder");
  g_autofree char *inside = g_build_filename (blocker, "backups", NULL);
  GtkWidget *last;

  /* A file where the folder should be: the backup cannot be made there. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_settings_set_string (fixture->settings, "backup-folder", inside);

  open_backups (fixture, fixture->admin);
  gtk_widget_activate (tandem_ui_find_button (fixture->preferences, "Back Up Now"));
  g_assert_true (tandem_ui_wait_until (settled, fixture, 20000));
  tandem_ui_wait_frames (fixture->preferences, 2);

  last = tandem_ui_find_row (fixture->preferences, "Last backup");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)),
                            "Choose another folder"));
  g_assert_cmpint (g_settings_get_int64 (fixture->settings, "backup-last"), ==, 0);
}

static void
test_restore_needs_administrator (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWidget *restore;

  open_backups (fixture, fixture->worker);
  restore = tandem_ui_find_row (fixture->preferences, "Restore From Backup…");
  g_assert_false (gtk_widget_get_sensitive (restore));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (restore)), ==,
                   "Only an administrator can restore a backup");
}

/* Restoring in the running application: it closes the database and its windows, restores,
 * and opens the database again as at start, here with the passphrase already typed. */

#define PASSPHRASE "quartz Meadow 58 lantern"

typedef struct
{
  const char *path;
  const char *backup;
} Restore;

static gboolean
restore_scenario_cb (gpointer data)
{
  Restore *restore = data;
  GApplication *app = g_application_get_default ();
  GtkWidget *unlock;
  GtkWidget *row;
  GtkWidget *window;
  GList *windows;

  unlock = tandem_ui_wait_window (TANDEM_TYPE_UNLOCK_WINDOW);
  row = tandem_ui_find_password_row (unlock, 0);
  gtk_editable_set_text (GTK_EDITABLE (row), PASSPHRASE);
  gtk_widget_activate (tandem_ui_find_button (unlock, "Open"));
  window = tandem_ui_wait_window (TANDEM_TYPE_WINDOW);
  g_assert_nonnull (window);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_UNLOCK_WINDOW));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  tandem_application_restore (TANDEM_APPLICATION (app), restore->backup, NULL);
  /* The window that used the database has gone; a new one opens on the restored one. */
  g_assert_null (window);
  g_assert_nonnull (tandem_ui_wait_window (TANDEM_TYPE_WINDOW));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_UNLOCK_WINDOW));

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static guint
count_people_in (const char     *path,
                 TandemStoreKey *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = tandem_store_open (path, key, &error);

  g_assert_no_error (error);
  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);
  return tandem_store_count_people (store, NULL);
}

static void
test_restore_in_application (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *aside = g_strconcat (path, ".before-restore", NULL);
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_passphrase (PASSPHRASE);
  g_autoptr(TandemApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  const char *argv[] = { "tandem", "--database", path, NULL };
  Restore restore = { path, NULL };

  {
    g_autoptr(TandemStore) store = tandem_store_open (path, key, &error);

    g_assert_no_error (error);
    g_object_unref (tandem_test_add_person (store, "In", "Backup", NULL));
    backup = tandem_store_backup (store, folder, TANDEM_BACKUP_MANUAL, NULL, NULL, NULL,
                                  &error);
    g_assert_no_error (error);
    g_object_unref (tandem_test_add_person (store, "Saved", "Later", NULL));
  }
  restore.backup = backup;

  app = tandem_application_new ();
  g_idle_add (restore_scenario_cb, &restore);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, (char **) argv), ==, 0);

  g_assert_cmpuint (count_people_in (path, key), ==, 1);
  g_assert_cmpuint (count_people_in (aside, key), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/backups/back-up-now", Fixture, NULL, fixture_set_up, test_back_up_now,
              fixture_tear_down);
  g_test_add ("/backups/failure-said", Fixture, NULL, fixture_set_up, test_failure_said,
              fixture_tear_down);
  g_test_add ("/backups/restore-needs-administrator", Fixture, NULL, fixture_set_up,
              test_restore_needs_administrator, fixture_tear_down);
  g_test_add_func ("/backups/restore-in-application", test_restore_in_application);

  return g_test_run ();
}
