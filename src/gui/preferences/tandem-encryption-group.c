/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-encryption-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-application.h"
#include "tandem-encryption-group.h"
#include "tandem-gui-util.h"
#include "tandem-passphrase-group.h"
#include "tandem-store-opener.h"

/* Preferences: how the database is encrypted, and changing its key: a new random key kept in
 * the keyring, or a passphrase typed at start. Administrators only, since the key is the
 * whole team's on this computer.
 *
 * Re-keying rewrites every page of the database on the store's own connection, which belongs
 * to the main thread; it takes a few seconds for 100,000 people, so it starts only once the
 * "Changing the key" state has been drawn. */
struct _TandemEncryptionGroup
{
  AdwPreferencesGroup  parent_instance;

  TandemSession       *session;
  GtkWidget           *keyring_row;
  GtkWidget           *passphrase_row;
  GtkWidget           *spinner;
  TandemStoreKey      *pending;      /* the passphrase to change to; NULL for the keyring */
};

G_DEFINE_FINAL_TYPE (TandemEncryptionGroup, tandem_encryption_group, ADW_TYPE_PREFERENCES_GROUP)

static void
update (TandemEncryptionGroup *self)
{
  gboolean passphrase;
  gboolean allowed;

  if (self->session == NULL)
    return;

  passphrase = tandem_store_uses_passphrase (tandem_session_get_store (self->session));
  allowed = tandem_store_may_manage_staff (tandem_session_get_store (self->session)) &&
            !gtk_widget_get_visible (self->spinner);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         passphrase
                                         ? _("The records on this computer are encrypted with a "
                                             "passphrase, typed each time Tandem starts.")
                                         : _("The records on this computer are encrypted with a "
                                             "key kept in your keyring."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->passphrase_row),
                                 passphrase ? _("Change the Passphrase…")
                                            : _("Use a Passphrase Instead…"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keyring_row),
                                 passphrase ? _("Keep the Key in the Keyring")
                                            : _("Change the Key"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->keyring_row),
                               allowed ? _("Encrypt again with a new random key, kept in this "
                                           "computer's keyring")
                                       : _("Only an administrator can change this"));
  gtk_widget_set_sensitive (self->keyring_row, allowed);
  gtk_widget_set_sensitive (self->passphrase_row, allowed);
}

static void
toast (TandemEncryptionGroup *self,
       const char            *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), tandem_toast_new (message));
}

/* Older backups keep the old key, which a keyring no longer holds: a backup with the new
 * one is made at once, so the latest backup always opens. */
static void
back_up_with_new_key (void)
{
  GApplication *application = g_application_get_default ();
  TandemBackupScheduler *scheduler = NULL;

  if (TANDEM_IS_APPLICATION (application))
    scheduler = tandem_application_get_backup_scheduler (TANDEM_APPLICATION (application));
  if (scheduler != NULL)
    tandem_backup_scheduler_back_up_now (scheduler);
}

static gboolean
change_key_cb (gpointer data)
{
  g_autoptr(TandemEncryptionGroup) self = data;
  g_autoptr(TandemStoreKey) passphrase = g_steal_pointer (&self->pending);
  g_autoptr(GError) error = NULL;

  if (self->session != NULL &&
      tandem_store_change_key (tandem_session_get_store (self->session), passphrase, NULL,
                               &error))
    {
      toast (self, passphrase != NULL
                   ? _("The records are now encrypted with the new passphrase")
                   : _("The records are now encrypted with a new key, kept in your keyring"));
      back_up_with_new_key ();
    }
  else if (error != NULL)
    {
      g_debug ("The key could not be changed: %s", error->message);
      toast (self, error->message);
    }

  gtk_widget_set_visible (self->spinner, FALSE);
  update (self);
  return G_SOURCE_REMOVE;
}

/* Shows that the key is changing, then changes it once that has been drawn. */
static void
start_change (TandemEncryptionGroup *self,
              TandemStoreKey        *passphrase)
{
  g_clear_pointer (&self->pending, tandem_store_key_unref);
  self->pending = passphrase ? tandem_store_key_ref (passphrase) : NULL;

  gtk_widget_set_visible (self->spinner, TRUE);
  update (self);
  /* Long enough for a frame or two to show it; not idle priority, which the spinner's
   * animation would starve. */
  g_timeout_add_full (G_PRIORITY_DEFAULT, 100, change_key_cb, g_object_ref (self), NULL);
}

static void
keyring_response_cb (TandemEncryptionGroup *self,
                     const char            *response)
{
  if (g_str_equal (response, "change"))
    start_change (self, NULL);
}

static void
keyring_activated_cb (TandemEncryptionGroup *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Encrypt With a New Key?"),
                                   _("Tandem encrypts the records again with a new random key "
                                     "and keeps it in this computer's keyring, which opens "
                                     "them without a passphrase when you are signed in to "
                                     "the desktop. This takes a few seconds for a large "
                                     "caseload."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "change", _("_Encrypt"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "change");
  g_signal_connect_object (dialog, "response", G_CALLBACK (keyring_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
passphrase_response_cb (AdwMessageDialog      *dialog,
                        const char            *response,
                        TandemEncryptionGroup *self)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
  TandemPassphraseGroup *group = TANDEM_PASSPHRASE_GROUP (extra);
  g_autofree char *text = NULL;
  g_autoptr(TandemStoreKey) passphrase = NULL;

  if (!g_str_equal (response, "change"))
    return;

  /* The dialog lets "change" through only when the group is ready. */
  text = tandem_passphrase_group_dup_passphrase (group, NULL);
  if (text == NULL)
    return;

  passphrase = tandem_store_key_new_passphrase (text);
  tandem_store_key_free_text (g_steal_pointer (&text));
  tandem_passphrase_group_clear (group);
  start_change (self, passphrase);
}

static void
passphrase_ready_cb (TandemPassphraseGroup *group,
                     GParamSpec            *pspec,
                     AdwMessageDialog      *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "change",
                                           tandem_passphrase_group_get_ready (group));
}

static void
passphrase_activated_cb (TandemEncryptionGroup *self)
{
  GtkWidget *dialog;
  GtkWidget *group = g_object_new (TANDEM_TYPE_PASSPHRASE_GROUP, NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Encrypt With a Passphrase?"),
                                   _("Everyone who opens Tandem on this computer will type this "
                                     "passphrase before signing in. Without it nobody can open "
                                     "the records: keep it safe."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), group);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "change", _("_Encrypt"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "change", FALSE);
  g_signal_connect_object (group, "notify::ready", G_CALLBACK (passphrase_ready_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (passphrase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
add_row (TandemEncryptionGroup *self,
         GCallback              activated)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_signal_connect_object (row, "activated", activated, self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  return row;
}

static void
tandem_encryption_group_dispose (GObject *object)
{
  TandemEncryptionGroup *self = (TandemEncryptionGroup *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->pending, tandem_store_key_unref);

  G_OBJECT_CLASS (tandem_encryption_group_parent_class)->dispose (object);
}

static void
tandem_encryption_group_class_init (TandemEncryptionGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tandem_encryption_group_dispose;
}

static void
tandem_encryption_group_init (TandemEncryptionGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Encryption"));

  self->spinner = gtk_spinner_new ();
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), TRUE);
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Changing the key"), -1);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->spinner);

  self->keyring_row = add_row (self, G_CALLBACK (keyring_activated_cb));
  self->passphrase_row = add_row (self, G_CALLBACK (passphrase_activated_cb));
}

void
tandem_encryption_group_set_session (TandemEncryptionGroup *self,
                                     TandemSession         *session)
{
  g_return_if_fail (TANDEM_IS_ENCRYPTION_GROUP (self));

  if (!g_set_object (&self->session, session))
    return;

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (tandem_session_get_team (session), "changed", G_CALLBACK (update),
                               self, G_CONNECT_SWAPPED);
    }
  update (self);
}
