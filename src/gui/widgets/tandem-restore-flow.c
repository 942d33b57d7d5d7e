/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-restore-flow"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-keyring.h"
#include "tandem-restore-flow.h"
#include "tandem-store-backup.h"

/* Choosing a backup to restore, from Preferences or when the database is damaged: the file,
 * then what it holds, read in a worker thread (a large backup takes seconds to check), then
 * the user's agreement. A backup made before the database's key changed asks for the
 * passphrase it was made with. The flow only asks: "agreed" hands the backup and its key to
 * whoever restores.
 *
 * Without a key (the database could not be opened to give one) the keyring's key for the
 * database is looked up, in the worker too; without that either, the backup's passphrase is
 * asked for. */
struct _TandemRestoreFlow
{
  GObject         parent_instance;

  GtkWindow      *parent;          /* weak */
  char           *database_path;
  TandemStoreKey *key;             /* the database's, or NULL to ask the keyring */
  char           *consequence;     /* what restoring does, said before it is agreed */
  GCancellable   *cancellable;
  gboolean        busy;
};

G_DEFINE_FINAL_TYPE (TandemRestoreFlow, tandem_restore_flow, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_AGREED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char           *database_path;
  char           *backup_path;
  TandemStoreKey *key;         /* what the backup is tried with; found by the worker if NULL */
  gboolean        own_key;     /* the database's key, not a passphrase typed for the backup */
} Inspection;

static void
inspection_free (Inspection *inspection)
{
  g_free (inspection->database_path);
  g_free (inspection->backup_path);
  g_clear_pointer (&inspection->key, tandem_store_key_unref);
  g_free (inspection);
}

static void
set_busy (TandemRestoreFlow *self,
          gboolean           busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
message (TandemRestoreFlow *self,
         const char        *heading,
         const char        *body)
{
  GtkWidget *dialog = adw_message_dialog_new (self->parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     TandemRestoreFlow *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  TandemStoreKey *key = g_object_get_data (G_OBJECT (dialog), "key");

  if (g_str_equal (response, "restore"))
    g_signal_emit (self, signals[SIGNAL_AGREED], 0, path, key);
}

static void
confirm (TandemRestoreFlow *self,
         TandemBackupInfo  *info,
         TandemStoreKey    *backup_key)
{
  g_autofree char *summary = tandem_backup_info_dup_summary (info);
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", summary, self->consequence);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (self->parent, _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (info->path), g_free);
  if (backup_key != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "key", tandem_store_key_ref (backup_key),
                            (GDestroyNotify) tandem_store_key_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
passphrase_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        TandemRestoreFlow *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autoptr(TandemStoreKey) key = NULL;

  if (!g_str_equal (response, "open") || gtk_editable_get_text (entry)[0] == '\0')
    return;

  key = tandem_store_key_new_passphrase (gtk_editable_get_text (entry));
  gtk_editable_set_text (entry, "");
  tandem_restore_flow_inspect (self, path, key);
}

/* A backup made before the database's key changed opens with the passphrase it had then. */
static void
ask_backup_passphrase (TandemRestoreFlow *self,
                       TandemBackupInfo  *info,
                       gboolean           tried_passphrase)
{
  GtkWidget *entry = gtk_password_entry_new ();
  GtkWidget *dialog;

  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Passphrase of the backup"), -1);
  dialog = adw_message_dialog_new (self->parent,
                                   tried_passphrase ? _("Wrong Passphrase")
                                                    : _("Enter the Backup’s Passphrase"),
                                   tried_passphrase
                                   ? _("That passphrase does not open this backup either. "
                                       "Check Caps Lock and try again.")
                                   : _("This backup does not open with the records’ current "
                                       "key: it was probably made before the key was changed. "
                                       "Enter the passphrase the records had then. A backup "
                                       "made with a keyring key cannot be opened after that "
                                       "key was changed."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open Backup"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  gtk_entry_set_activates_default (GTK_ENTRY (gtk_widget_get_first_child (entry)), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (info->path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (passphrase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
inspect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Inspection *inspection = task_data;
  g_autoptr(GError) error = NULL;

  /* Without the keyring's key, a passphrase typed for the backup may still open it. */
  if (inspection->key == NULL)
    inspection->key = tandem_keyring_lookup_sync (inspection->database_path,
                                                  TANDEM_KEYRING_SLOT_CURRENT, cancellable,
                                                  &error);

  g_task_return_pointer (task, tandem_backup_inspect (inspection->backup_path, inspection->key),
                         (GDestroyNotify) tandem_backup_info_free);
}

/* A backup that no key to hand opens, as opposed to one that is damaged. */
static gboolean
needs_passphrase (const GError   *problem,
                  TandemStoreKey *key)
{
  return g_error_matches (problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY) ||
         g_error_matches (problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_KEY) ||
         (key == NULL &&
          g_error_matches (problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE));
}

static void
inspected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TandemRestoreFlow *self = TANDEM_RESTORE_FLOW (object);
  Inspection *inspection = g_task_get_task_data (G_TASK (result));
  g_autoptr(TandemBackupInfo) info = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Cancelled: whoever asked has gone. */
  if (info == NULL)
    return;

  set_busy (self, FALSE);

  if (needs_passphrase (info->problem, inspection->key))
    ask_backup_passphrase (self, info, !inspection->own_key);
  else if (info->problem != NULL)
    message (self, _("This Backup Cannot Be Restored"), info->problem->message);
  else
    confirm (self, info, inspection->own_key ? NULL : inspection->key);
}

/**
 * tandem_restore_flow_inspect:
 * @backup_key: (nullable): a passphrase typed for the backup, or %NULL to try the
 *   database's key
 *
 * Reads what @backup_path holds, then asks whether to restore it. "Choose" calls this with
 * the file chosen; tests call it directly.
 */
void
tandem_restore_flow_inspect (TandemRestoreFlow *self,
                             const char        *backup_path,
                             TandemStoreKey    *backup_key)
{
  g_autoptr(GTask) task = NULL;
  Inspection *inspection;

  g_return_if_fail (TANDEM_IS_RESTORE_FLOW (self));
  g_return_if_fail (backup_path != NULL);

  inspection = g_new0 (Inspection, 1);
  inspection->database_path = g_strdup (self->database_path);
  inspection->backup_path = g_strdup (backup_path);
  inspection->own_key = backup_key == NULL;
  backup_key = backup_key ? backup_key : self->key;
  inspection->key = backup_key ? tandem_store_key_ref (backup_key) : NULL;

  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, inspected_cb, NULL);
  g_task_set_source_tag (task, tandem_restore_flow_inspect);
  g_task_set_task_data (task, inspection, (GDestroyNotify) inspection_free);
  g_task_run_in_thread (task, inspect_thread);
}

static void
backup_chosen_cb (GtkNativeDialog   *chooser,
                  int                response,
                  TandemRestoreFlow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  g_object_unref (chooser);

  if (path != NULL)
    tandem_restore_flow_inspect (self, path, NULL);
}

/**
 * tandem_restore_flow_choose:
 * @folder: (nullable): where backups are kept, shown first
 *
 * Asks for the backup to restore.
 */
void
tandem_restore_flow_choose (TandemRestoreFlow *self,
                            const char        *folder)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (TANDEM_IS_RESTORE_FLOW (self));

  chooser = gtk_file_chooser_native_new (_("Restore From Backup"), self->parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Tandem backups"));
  gtk_file_filter_add_suffix (filter, "tandem-backup");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) current = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), current, NULL);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (backup_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
tandem_restore_flow_get_busy (TandemRestoreFlow *self)
{
  g_return_val_if_fail (TANDEM_IS_RESTORE_FLOW (self), FALSE);

  return self->busy;
}

static void
tandem_restore_flow_dispose (GObject *object)
{
  TandemRestoreFlow *self = (TandemRestoreFlow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (tandem_restore_flow_parent_class)->dispose (object);
}

static void
tandem_restore_flow_finalize (GObject *object)
{
  TandemRestoreFlow *self = (TandemRestoreFlow *) object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->key, tandem_store_key_unref);
  g_free (self->database_path);
  g_free (self->consequence);

  G_OBJECT_CLASS (tandem_restore_flow_parent_class)->finalize (object);
}

static void
tandem_restore_flow_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TandemRestoreFlow *self = TANDEM_RESTORE_FLOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_restore_flow_class_init (TandemRestoreFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_restore_flow_dispose;
  object_class->finalize = tandem_restore_flow_finalize;
  object_class->get_property = tandem_restore_flow_get_property;

  /* A backup is being read. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user agreed to restore the backup at the path, opened with the key (NULL for the
   * database's own). */
  signals[SIGNAL_AGREED] =
    g_signal_new ("agreed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_POINTER);
}

static void
tandem_restore_flow_init (TandemRestoreFlow *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * tandem_restore_flow_new:
 * @parent: the window its dialogs belong to
 * @database_path: the database to be replaced
 * @key: (nullable): the database's key, or %NULL to look it up in the keyring
 * @consequence: what restoring will do, said with what the backup holds
 */
TandemRestoreFlow *
tandem_restore_flow_new (GtkWindow      *parent,
                         const char     *database_path,
                         TandemStoreKey *key,
                         const char     *consequence)
{
  TandemRestoreFlow *self = g_object_new (TANDEM_TYPE_RESTORE_FLOW, NULL);

  g_set_weak_pointer (&self->parent, parent);
  self->database_path = g_strdup (database_path);
  self->key = key ? tandem_store_key_ref (key) : NULL;
  self->consequence = g_strdup (consequence);

  return self;
}
