/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-backup-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-application.h"
#include "tandem-backup-group.h"
#include "tandem-gui-util.h"
#include "tandem-restore-flow.h"
#include "tandem-store-backup.h"

/* Preferences: where and when backups are made, how many are kept, the last one's result,
 * "Back Up Now", and "Restore From Backup…" for administrators (it replaces everyone's work).
 * Restoring asks through TandemRestoreFlow (the backup, what it holds, agreement); only then
 * does the application close the database and restore. */
struct _TandemBackupGroup
{
  AdwPreferencesGroup    parent_instance;

  TandemSession         *session;
  TandemBackupScheduler *scheduler;
  GSettings             *settings;
  GtkWidget             *folder_row;
  GtkWidget             *last_row;
  GtkWidget             *last_icon;
  GtkWidget             *now_button;
  GtkWidget             *progress;
  GtkWidget             *restore_row;
  GtkWidget             *spinner;
  TandemRestoreFlow     *restore_flow;   /* choosing a backup to restore, once asked */
};

G_DEFINE_FINAL_TYPE (TandemBackupGroup, tandem_backup_group, ADW_TYPE_PREFERENCES_GROUP)

static void
toast (TandemBackupGroup *self,
       const char        *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), tandem_toast_new (message));
}

static GtkWindow *
get_window (TandemBackupGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
update_folder (TandemBackupGroup *self)
{
  g_autofree char *folder = tandem_backup_dup_folder (self->settings);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->folder_row), folder);
}

static void
update_last (TandemBackupGroup *self)
{
  gint64 last = g_settings_get_int64 (self->settings, "backup-last");
  g_autofree char *failure = g_settings_get_string (self->settings, "backup-last-error");
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;

  if (last > 0)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (last);

      /* Translators: when the last backup was made, as in "Saturday 21 November 2026, 12:30";
       * see the GDateTime format codes */
      when = g_date_time_format (time, _("%A %-d %B %Y, %H:%M"));
    }

  if (failure[0] != '\0')
    subtitle = g_strdup_printf (_("The last attempt failed: %s"), failure);
  else
    subtitle = g_strdup (when ? when : _("No backup has been made yet"));

  if (failure[0] != '\0' && when != NULL)
    {
      g_autofree char *with_last = g_strdup_printf (_("%s The last backup made was on %s."),
                                                    subtitle, when);

      g_free (subtitle);
      subtitle = g_steal_pointer (&with_last);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->last_row), subtitle);
  gtk_widget_set_visible (self->last_icon, failure[0] != '\0');
}

static void
update_running (TandemBackupGroup *self)
{
  gboolean running = tandem_backup_scheduler_get_running (self->scheduler);

  gtk_widget_set_visible (self->progress, running);
  gtk_widget_set_sensitive (self->now_button, !running);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                 tandem_backup_scheduler_get_fraction (self->scheduler));
}

static void
update_restore (TandemBackupGroup *self)
{
  gboolean allowed = tandem_store_may_manage_staff (tandem_session_get_store (self->session));
  gboolean busy = self->restore_flow != NULL && tandem_restore_flow_get_busy (self->restore_flow);

  gtk_widget_set_visible (self->spinner, busy);

  gtk_widget_set_sensitive (self->restore_row, allowed && !busy);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->restore_row),
                               allowed ? _("Replace the records with those of a backup, after "
                                           "seeing what it holds")
                                       : _("Only an administrator can restore a backup"));
}

static void
finished_cb (TandemBackupGroup *self,
             const char        *path,
             const char        *message)
{
  if (path != NULL)
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *text = g_strdup_printf (_("Backed up as “%s”"), name);

      toast (self, text);
    }
}

static void
back_up_now_cb (TandemBackupGroup *self)
{
  tandem_backup_scheduler_back_up_now (self->scheduler);
}

/* Choosing the folder */

static void
folder_chosen_cb (GtkNativeDialog   *chooser,
                  int                response,
                  TandemBackupGroup *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL)
    g_settings_set_string (self->settings, "backup-folder", path);
  else if (file != NULL)
    toast (self, _("Choose a folder on this computer or a mounted network drive"));

  g_object_unref (chooser);
}

static void
choose_folder_cb (TandemBackupGroup *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *folder = tandem_backup_dup_folder (self->settings);
  g_autoptr(GFile) current = g_file_new_for_path (folder);

  chooser = gtk_file_chooser_native_new (_("Backup Folder"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (g_file_query_exists (current, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), current, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (folder_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Restoring */

static void
restore_agreed_cb (TandemBackupGroup *self,
                   const char        *path,
                   TandemStoreKey    *key)
{
  GApplication *application = g_application_get_default ();

  if (TANDEM_IS_APPLICATION (application))
    tandem_application_restore (TANDEM_APPLICATION (application), path, key);
}

static void
choose_backup_cb (TandemBackupGroup *self)
{
  TandemStore *store = tandem_session_get_store (self->session);
  g_autofree char *folder = tandem_backup_dup_folder (self->settings);

  if (self->restore_flow == NULL)
    {
      self->restore_flow =
        tandem_restore_flow_new (get_window (self), tandem_store_get_path (store),
                                 tandem_store_get_key (store),
                                 _("Restoring replaces the records everyone sees now with "
                                   "these: anything saved since the backup was made is set "
                                   "aside with the current records, not kept. Tandem closes, "
                                   "restores, and opens again for everyone to sign in."));
      g_signal_connect_object (self->restore_flow, "notify::busy", G_CALLBACK (update_restore),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->restore_flow, "agreed", G_CALLBACK (restore_agreed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  tandem_restore_flow_choose (self->restore_flow, folder);
}

/* Building the rows */

static GtkWidget *
spin_button_new (guint       max,
                 const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return spin;
}

/* Minutes show as two digits: 12:05, not 12:5. */
static gboolean
two_digits_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GtkWidget *
add_time_row (TandemBackupGroup *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *hour = spin_button_new (23, _("Hour"));
  GtkWidget *minute = spin_button_new (59, _("Minute"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Daily backup at"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("While Tandem is open; on opening, if the time has passed"));
  g_signal_connect (minute, "output", G_CALLBACK (two_digits_cb), NULL);
  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (minute), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hour);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (":"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), minute);
  g_settings_bind (self->settings, "backup-hour",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (hour)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "backup-minute",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (minute)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  return row;
}

static void
add_keep_row (TandemBackupGroup *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *keep = spin_button_new (365, _("Daily backups kept"));

  gtk_spin_button_set_range (GTK_SPIN_BUTTON (keep), 1, 365);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Daily backups kept"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Older daily backups are removed; those made with Back Up Now "
                                 "are kept until you remove them"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), keep);
  g_settings_bind (self->settings, "backup-keep",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (keep)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

static void
add_folder_row (TandemBackupGroup *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("folder-open-symbolic");

  self->folder_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->folder_row), _("Backup folder"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose the Backup Folder"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (choose_folder_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->folder_row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->folder_row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->folder_row);
}

static void
add_last_row (TandemBackupGroup *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->last_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->last_row), _("Last backup"));
  self->last_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->last_icon, "warning");
  gtk_widget_set_tooltip_text (self->last_icon, _("The last backup failed"));
  /* A suffix: an empty prefix would indent the title when all is well. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->last_row), self->last_icon);

  self->now_button = gtk_button_new_with_mnemonic (_("_Back Up Now"));
  gtk_widget_set_valign (self->now_button, GTK_ALIGN_CENTER);
  g_signal_connect_object (self->now_button, "clicked", G_CALLBACK (back_up_now_cb), self,
                           G_CONNECT_SWAPPED);
  self->progress = gtk_progress_bar_new ();
  gtk_widget_set_valign (self->progress, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Backing up"), -1);
  gtk_box_append (GTK_BOX (box), self->now_button);
  gtk_box_append (GTK_BOX (box), self->progress);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->last_row), box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->last_row);
}

static void
add_restore_row (TandemBackupGroup *self)
{
  self->restore_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->restore_row),
                                 _("Restore From Backup…"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->restore_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->restore_row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_signal_connect_object (self->restore_row, "activated", G_CALLBACK (choose_backup_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->restore_row);
}

static void
tandem_backup_group_dispose (GObject *object)
{
  TandemBackupGroup *self = (TandemBackupGroup *) object;

  g_clear_object (&self->restore_flow);
  g_clear_object (&self->session);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tandem_backup_group_parent_class)->dispose (object);
}

static void
tandem_backup_group_class_init (TandemBackupGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tandem_backup_group_dispose;
}

static void
tandem_backup_group_init (TandemBackupGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Backups"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Backups are encrypted with the records’ key and "
                                           "checked after they are made. Keep them on another "
                                           "disk, such as a network drive."));

  self->spinner = gtk_spinner_new ();
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), TRUE);
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Checking the backup"), -1);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->spinner);
}

GtkWidget *
tandem_backup_group_new (TandemSession         *session,
                         TandemBackupScheduler *scheduler)
{
  TandemBackupGroup *self = g_object_new (TANDEM_TYPE_BACKUP_GROUP, NULL);

  self->session = g_object_ref (session);
  self->scheduler = g_object_ref (scheduler);
  self->settings = g_object_ref (tandem_session_get_settings (session));

  add_folder_row (self);
  add_time_row (self);
  add_keep_row (self);
  add_last_row (self);
  add_restore_row (self);

  g_signal_connect_object (self->settings, "changed::backup-folder", G_CALLBACK (update_folder),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::backup-last", G_CALLBACK (update_last),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::backup-last-error",
                           G_CALLBACK (update_last), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scheduler, "notify::running", G_CALLBACK (update_running), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheduler, "notify::fraction", G_CALLBACK (update_running), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheduler, "finished", G_CALLBACK (finished_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (update_restore), self,
                           G_CONNECT_SWAPPED);

  update_folder (self);
  update_last (self);
  update_running (self);
  update_restore (self);
  return GTK_WIDGET (self);
}
