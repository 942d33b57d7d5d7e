/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-application"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-application.h"
#include "tandem-gui-util.h"
#include "tandem-keyring.h"
#include "tandem-lock-monitor.h"
#include "tandem-session.h"
#include "tandem-store-backup.h"
#include "tandem-store-opener.h"
#include "tandem-unlock-window.h"
#include "tandem-window.h"

struct _TandemApplication
{
  AdwApplication      parent_instance;

  char               *database_path;
  TandemSession      *session;        /* NULL until the database is open */
  TandemUnlockWindow *unlock_window;  /* while opening needs the user, or is slow */
  gboolean            opening;
  gboolean            activated;      /* the main window is wanted once the database opens */
  guint               slow_source;
  TandemLockMonitor  *lock_monitor;
  TandemBackupScheduler *backup_scheduler;
  char               *restore_message;  /* shown once the database opens after a restore */
  gboolean            restore_failed;   /* … or at once, if the database then cannot open */
  TandemStoreKey     *failed_passphrase; /* the passphrase of a damaged database, for restoring */
  TandemRestoreFlow  *restore_flow;     /* restoring a damaged database from a backup */
};

G_DEFINE_FINAL_TYPE (TandemApplication, tandem_application, ADW_TYPE_APPLICATION)

static TandemWindow *
get_window (TandemApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return TANDEM_IS_WINDOW (window) ? TANDEM_WINDOW (window) : NULL;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TandemWindow *window = get_window (user_data);

  if (window != NULL)
    tandem_window_show_preferences (window);
}

static void
help_launched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TandemWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The help could not be opened: %s"),
                                                  error->message);

      tandem_window_add_toast (window, tandem_toast_new (message));
    }
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TandemWindow *window = get_window (user_data);
  g_autoptr(GdkAppLaunchContext) context = NULL;

  if (window == NULL)
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (window)));
  g_app_info_launch_default_for_uri_async ("help:tandem", G_APP_LAUNCH_CONTEXT (context), NULL,
                                           help_launched_cb, g_object_ref (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *developers[] = { "The Tandem developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (user_data),
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Tandem"),
                        "developer-name", _("The Tandem developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Caseloads, referrals and contacts for the "
                                      "personalised care teams of Primary Care Networks."),
                        "developers", developers,
                        "copyright", "© 2026 The Tandem developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "help", help_action },
  { "about", about_action },
};

/* Opening the database
 *
 * The database is opened in a worker thread from the moment Tandem starts, in parallel with
 * the toolkit starting up: the keyring may take a moment (or ask to be unlocked), and a
 * database from before encryption is encrypted first. The main window appears once it is
 * open; the unlock window appears only when the user is needed, or opening is slow. */

#define SLOW_OPENING_MS 400

static void open_database      (TandemApplication  *self,
                               TandemStoreKey     *passphrase);
static void passphrase_given_cb (TandemApplication  *self,
                                const char         *text,
                                TandemUnlockWindow *window);
static void retry_cb           (TandemApplication  *self,
                                TandemUnlockWindow *window);

static void restore_damaged_cb (TandemApplication  *self,
                                TandemUnlockWindow *window);

static TandemUnlockWindow *
ensure_unlock_window (TandemApplication *self)
{
  if (self->unlock_window == NULL)
    {
      self->unlock_window = tandem_unlock_window_new (GTK_APPLICATION (self));
      g_signal_connect_object (self->unlock_window, "passphrase",
                               G_CALLBACK (passphrase_given_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->unlock_window, "retry", G_CALLBACK (retry_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->unlock_window, "restore", G_CALLBACK (restore_damaged_cb),
                               self, G_CONNECT_SWAPPED);
      g_object_add_weak_pointer (G_OBJECT (self->unlock_window),
                                 (gpointer *) &self->unlock_window);
    }

  return self->unlock_window;
}

static void
present_unlock_window (TandemApplication *self)
{
  if (self->activated && self->unlock_window != NULL)
    gtk_window_present (GTK_WINDOW (self->unlock_window));
}

static gboolean
opening_slow_cb (gpointer data)
{
  TandemApplication *self = data;

  self->slow_source = 0;
  tandem_unlock_window_show_progress (ensure_unlock_window (self), _("Opening the Records"),
                                      NULL, -1);
  present_unlock_window (self);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  TandemApplication *self;
  double             fraction;
} Progress;

static gboolean
report_progress_cb (gpointer data)
{
  Progress *progress = data;
  TandemApplication *self = progress->self;

  g_clear_handle_id (&self->slow_source, g_source_remove);
  tandem_unlock_window_show_progress (ensure_unlock_window (self),
                                      _("Encrypting the Records"),
                                      _("This happens once. The records stay as they are until "
                                        "the encrypted copy has been checked."),
                                      progress->fraction);
  present_unlock_window (self);

  g_object_unref (self);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Called in the worker thread. */
static void
opening_progress_cb (double   fraction,
                     gpointer user_data)
{
  Progress *progress = g_new (Progress, 1);

  progress->self = g_object_ref (user_data);
  progress->fraction = fraction;
  g_main_context_invoke (NULL, report_progress_cb, progress);
}

static char *
dup_database_path (TandemApplication *self)
{
  return self->database_path ? g_strdup (self->database_path) : tandem_store_dup_default_path ();
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TandemApplication *self = source_object;
  g_autofree char *path = dup_database_path (self);
  TandemStore *store;
  GError *error = NULL;

  store = tandem_store_open_encrypted (path, task_data, opening_progress_cb, self, cancellable,
                                       &error);
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

/* When the keyring cannot give the key, a passphrase can: an existing database's, or a new
 * one for a database being made or encrypted. */
static void
ask_for_passphrase (TandemApplication *self,
                    const GError      *error)
{
  g_autofree char *path = dup_database_path (self);
  TandemUnlockMode mode = tandem_store_inspect_file (path) == TANDEM_STORE_FILE_ENCRYPTED
                          ? TANDEM_UNLOCK_ENTER : TANDEM_UNLOCK_CHOOSE;

  tandem_unlock_window_ask_passphrase (ensure_unlock_window (self), mode, error,
                                       g_error_matches (error, TANDEM_KEYRING_ERROR,
                                                        TANDEM_KEYRING_ERROR_LOCKED));
}

static void
opening_failed (TandemApplication *self,
                const GError      *error)
{
  if (error->domain == TANDEM_KEYRING_ERROR ||
      g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_KEY) ||
      g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY))
    ask_for_passphrase (self, error);
  else
    tandem_unlock_window_show_error (ensure_unlock_window (self), error);

  present_unlock_window (self);

  /* A restore that failed says why over the window that says what is still wrong. */
  if (self->restore_failed && self->restore_message != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self->unlock_window),
                                                  _("The Backup Was Not Restored"),
                                                  self->restore_message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      g_clear_pointer (&self->restore_message, g_free);
    }
}

static void
show_main_window (TandemApplication *self)
{
  TandemWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (TANDEM_IS_WINDOW (l->data))
      window = l->data;

  if (window == NULL)
    window = tandem_window_new (GTK_APPLICATION (self), self->session);

  gtk_window_present (GTK_WINDOW (window));
}

static void
show_restore_message (TandemApplication *self)
{
  TandemWindow *window = get_window (self);

  if (self->restore_message == NULL || window == NULL)
    return;

  tandem_window_add_toast (window, tandem_toast_new (self->restore_message));
  g_clear_pointer (&self->restore_message, g_free);
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  TandemApplication *self = TANDEM_APPLICATION (object);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;

  self->opening = FALSE;
  g_clear_handle_id (&self->slow_source, g_source_remove);

  store = g_task_propagate_pointer (G_TASK (result), &error);
  g_clear_pointer (&self->failed_passphrase, tandem_store_key_unref);
  if (store == NULL)
    {
      TandemStoreKey *passphrase = g_task_get_task_data (G_TASK (result));

      g_debug ("The database could not be opened: %s", error->message);
      if (passphrase != NULL)
        self->failed_passphrase = tandem_store_key_ref (passphrase);
      opening_failed (self, error);
    }
  else
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

      self->session = tandem_session_new (store, settings);
      tandem_lock_monitor_set_session (self->lock_monitor, self->session);
      tandem_backup_scheduler_set_session (self->backup_scheduler, self->session);
      if (self->activated)
        show_main_window (self);
      show_restore_message (self);
      if (self->unlock_window != NULL)
        gtk_window_destroy (GTK_WINDOW (self->unlock_window));
    }

  g_application_release (G_APPLICATION (self));
}

static void
open_database (TandemApplication *self,
               TandemStoreKey    *passphrase)
{
  g_autoptr(GTask) task = NULL;

  if (self->opening)
    return;

  self->opening = TRUE;
  g_application_hold (G_APPLICATION (self));
  self->slow_source = g_timeout_add (SLOW_OPENING_MS, opening_slow_cb, self);

  task = g_task_new (self, NULL, opened_cb, NULL);
  g_task_set_source_tag (task, open_database);
  if (passphrase != NULL)
    g_task_set_task_data (task, tandem_store_key_ref (passphrase),
                          (GDestroyNotify) tandem_store_key_unref);
  g_task_run_in_thread (task, open_thread);
}

static void
passphrase_given_cb (TandemApplication  *self,
                     const char         *text,
                     TandemUnlockWindow *window)
{
  g_autoptr(TandemStoreKey) passphrase = tandem_store_key_new_passphrase (text);

  tandem_unlock_window_show_progress (window, _("Opening the Records"), NULL, -1);
  open_database (self, passphrase);
}

static void
retry_cb (TandemApplication  *self,
          TandemUnlockWindow *window)
{
  tandem_unlock_window_show_progress (window, _("Opening the Records"), NULL, -1);
  open_database (self, NULL);
}

/* The lock: after minutes without use, with the desktop, and app.lock (Ctrl+L). It watches
 * the session from when the database opens. */
static void
start_lock_monitor (TandemApplication *self)
{
  self->lock_monitor = tandem_lock_monitor_new (self->session);
  tandem_lock_monitor_add_actions (self->lock_monitor, GTK_APPLICATION (self));
}

/* A failed backup is said at once, with what to do; Preferences keeps the message. */
static void
backup_finished_cb (TandemApplication *self,
                    const char        *path,
                    const char        *message)
{
  TandemWindow *window = get_window (self);
  g_autofree char *text = NULL;

  if (message == NULL || window == NULL)
    return;

  text = g_strdup_printf (_("Backup failed: %s"), message);
  tandem_window_add_toast (window, tandem_toast_new (text));
}

static void
start_backup_scheduler (TandemApplication *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  self->backup_scheduler = tandem_backup_scheduler_new (settings);
  tandem_backup_scheduler_set_session (self->backup_scheduler, self->session);
  g_signal_connect_object (self->backup_scheduler, "finished", G_CALLBACK (backup_finished_cb),
                           self, G_CONNECT_SWAPPED);
}

TandemBackupScheduler *
tandem_application_get_backup_scheduler (TandemApplication *self)
{
  g_return_val_if_fail (TANDEM_IS_APPLICATION (self), NULL);

  return self->backup_scheduler;
}

/* Restoring a backup
 *
 * The database is replaced under everyone working in it, so everything that uses it closes
 * first: the windows, the session and its store. The restore runs in a worker thread behind
 * the unlock window, and the database then opens the way it does at start, through the
 * keyring or the passphrase, and everyone signs in again. */

typedef struct
{
  char           *path;
  char           *backup_path;
  TandemStoreKey *backup_key;
  TandemStoreKey *key;
  gint64          staff_id;
} Restore;

static void
restore_free (Restore *restore)
{
  g_free (restore->path);
  g_free (restore->backup_path);
  g_clear_pointer (&restore->backup_key, tandem_store_key_unref);
  g_clear_pointer (&restore->key, tandem_store_key_unref);
  g_free (restore);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Restore *restore = task_data;
  g_autoptr(TandemStore) restored = NULL;
  GError *error = NULL;

  /* A damaged database restored before it ever opened: its key is the keyring's. */
  if (restore->key == NULL)
    {
      restore->key = tandem_keyring_lookup_sync (restore->path, TANDEM_KEYRING_SLOT_CURRENT,
                                                 cancellable, &error);
      if (restore->key == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  if (restore->backup_key == NULL)
    restore->backup_key = tandem_store_key_ref (restore->key);

  restored = tandem_store_restore (restore->path, restore->backup_path, restore->backup_key,
                                   restore->key, restore->staff_id, &error);
  if (restored == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  TandemApplication *self = TANDEM_APPLICATION (object);
  Restore *restore = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStoreKey) passphrase = NULL;

  g_free (self->restore_message);
  self->restore_failed = !g_task_propagate_boolean (G_TASK (result), &error);
  if (!self->restore_failed)
    self->restore_message = g_strdup (_("The backup was restored. The records as they were "
                                        "before are kept beside the database."));
  else
    self->restore_message = g_strdup_printf (_("Nothing was restored: %s"), error->message);

  /* A passphrase the user typed opens the database again without asking twice. */
  if (restore->key != NULL && tandem_store_key_is_passphrase (restore->key))
    passphrase = tandem_store_key_ref (restore->key);
  open_database (self, passphrase);
  g_application_release (G_APPLICATION (self));
}

/* Closes whatever uses the database, then restores behind the unlock window. */
static void
run_restore (TandemApplication *self,
             Restore           *restore)
{
  g_autoptr(GTask) task = NULL;
  GList *windows;

  g_application_hold (G_APPLICATION (self));
  tandem_unlock_window_show_progress (ensure_unlock_window (self), _("Restoring the Backup"),
                                      _("The records as they are now are kept until the "
                                        "backup has opened."),
                                      -1);
  present_unlock_window (self);

  tandem_backup_scheduler_set_session (self->backup_scheduler, NULL);
  tandem_lock_monitor_set_session (self->lock_monitor, NULL);
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != (gpointer) self->unlock_window)
      gtk_window_destroy (l->data);
  g_list_free (windows);
  g_clear_object (&self->session);

  task = g_task_new (self, NULL, restored_cb, NULL);
  g_task_set_source_tag (task, run_restore);
  g_task_set_task_data (task, restore, (GDestroyNotify) restore_free);
  g_task_run_in_thread (task, restore_thread);
}

/**
 * tandem_application_restore:
 * @backup_path: a backup, checked with tandem_backup_inspect()
 * @backup_key: (nullable): the key it opens with, if not the database's own
 *
 * Closes the database and every window, replaces the database with the backup and opens it
 * again as at start.
 */
void
tandem_application_restore (TandemApplication *self,
                            const char        *backup_path,
                            TandemStoreKey    *backup_key)
{
  TandemStore *store;
  Restore *restore;

  g_return_if_fail (TANDEM_IS_APPLICATION (self));
  g_return_if_fail (self->session != NULL);

  store = tandem_session_get_store (self->session);
  restore = g_new0 (Restore, 1);
  restore->path = g_strdup (tandem_store_get_path (store));
  restore->backup_path = g_strdup (backup_path);
  restore->key = tandem_store_get_key (store) ? tandem_store_key_ref (tandem_store_get_key (store))
                                               : NULL;
  restore->backup_key = backup_key ? tandem_store_key_ref (backup_key)
                                   : (restore->key ? tandem_store_key_ref (restore->key) : NULL);
  restore->staff_id = tandem_store_get_viewer (store);

  run_restore (self, restore);
}

/* Restoring a database that will not open, damaged or with no key to hand: from the unlock
 * window, which has said what is wrong. Whoever holds the database's key (the keyring's, or the passphrase just typed) holds
 * its records already, so no sign-in is asked for: there is nobody to sign in as. */
static void
damaged_restore_agreed_cb (TandemApplication *self,
                           const char        *backup_path,
                           TandemStoreKey    *backup_key)
{
  Restore *restore = g_new0 (Restore, 1);

  /* The restored records take the key that opened the backup: the passphrase typed for it,
   * the one typed for the database, or else the keyring's (looked up as it restores). A
   * passphrase that opened neither is not trusted with them. */
  if (backup_key == NULL)
    backup_key = self->failed_passphrase;

  restore->path = dup_database_path (self);
  restore->backup_path = g_strdup (backup_path);
  restore->key = backup_key ? tandem_store_key_ref (backup_key) : NULL;
  restore->backup_key = backup_key ? tandem_store_key_ref (backup_key) : NULL;
  run_restore (self, restore);
}

static void
restore_damaged_cb (TandemApplication  *self,
                    TandemUnlockWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *path = dup_database_path (self);
  g_autofree char *folder = tandem_backup_dup_folder (settings);

  g_clear_object (&self->restore_flow);
  self->restore_flow =
    tandem_restore_flow_new (GTK_WINDOW (window), path, self->failed_passphrase,
                             _("The damaged file is kept beside the restored records, named as "
                               "before restoring. Tandem then opens the restored records for "
                               "everyone to sign in."));
  g_signal_connect_object (self->restore_flow, "agreed", G_CALLBACK (damaged_restore_agreed_cb),
                           self, G_CONNECT_SWAPPED);
  tandem_restore_flow_choose (self->restore_flow, folder);
}

/**
 * tandem_application_get_restore_flow:
 *
 * Returns: (transfer none) (nullable): the restoring of a damaged database under way, for
 *   tests, which cannot use the file chooser
 */
TandemRestoreFlow *
tandem_application_get_restore_flow (TandemApplication *self)
{
  g_return_val_if_fail (TANDEM_IS_APPLICATION (self), NULL);

  return self->restore_flow;
}

static void
tandem_application_startup (GApplication *application)
{
  TandemApplication *self = TANDEM_APPLICATION (application);

  /* Started first, so the keyring and the database work while the toolkit starts up. */
  open_database (self, NULL);

  G_APPLICATION_CLASS (tandem_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.help",
                                         (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.find",
                                         (const char *[]) { "<Control>f", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.new-person",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-caseload",
                                         (const char *[]) { "<Alt>1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-plans",
                                         (const char *[]) { "<Alt>2", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-directory",
                                         (const char *[]) { "<Alt>3", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-supervision",
                                         (const char *[]) { "<Alt>4", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-huddles",
                                         (const char *[]) { "<Alt>5", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.print-plan",
                                         (const char *[]) { "<Control>p", NULL });
  start_lock_monitor (self);
  start_backup_scheduler (self);
}

static void
tandem_application_activate (GApplication *application)
{
  TandemApplication *self = TANDEM_APPLICATION (application);

  self->activated = TRUE;

  if (self->session != NULL)
    show_main_window (self);
  else
    present_unlock_window (self);
}

/* --database opens another database: that runs as an instance of its own, so two databases
 * are never mixed up in one process. */
static int
tandem_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  TandemApplication *self = TANDEM_APPLICATION (application);
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &path))
    {
      self->database_path = g_canonicalize_filename (path, NULL);
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
tandem_application_finalize (GObject *object)
{
  TandemApplication *self = (TandemApplication *) object;

  g_clear_handle_id (&self->slow_source, g_source_remove);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->lock_monitor);
  g_clear_object (&self->backup_scheduler);
  g_clear_pointer (&self->restore_message, g_free);
  g_clear_object (&self->session);

  g_clear_object (&self->restore_flow);
  g_clear_pointer (&self->failed_passphrase, tandem_store_key_unref);

  G_OBJECT_CLASS (tandem_application_parent_class)->finalize (object);
}

static void
tandem_application_class_init (TandemApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tandem_application_finalize;
  app_class->startup = tandem_application_startup;
  app_class->activate = tandem_application_activate;
  app_class->handle_local_options = tandem_application_handle_local_options;
}

static void
tandem_application_init (TandemApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH instead of the default one"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

TandemApplication *
tandem_application_new (void)
{
  return g_object_new (TANDEM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
