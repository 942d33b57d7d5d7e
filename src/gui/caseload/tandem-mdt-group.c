/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-mdt-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-gui-util.h"
#include "tandem-mdt-group.h"

/* A person's part in MDT huddles, on their record: whether their case is put forward for
 * the next huddle (and why), and the actions huddles agreed for them that are not done yet,
 * each marked done in place. The group rereads both whenever the store says the person
 * changed. */
struct _TandemMdtGroup
{
  AdwPreferencesGroup  parent_instance;

  TandemSession       *session;
  gint64               person_id;
  GPtrArray           *flags;    /* TandemMdtFlag waiting for a huddle */
  GPtrArray           *actions;  /* TandemAgreedAction not done yet */
  GPtrArray           *rows;     /* rows this group added */

  GtkWidget           *put_forward_button;
};

G_DEFINE_FINAL_TYPE (TandemMdtGroup, tandem_mdt_group, ADW_TYPE_PREFERENCES_GROUP)

static TandemStore *
get_store (TandemMdtGroup *self)
{
  return tandem_session_get_store (self->session);
}

static GtkWindow *
get_window (TandemMdtGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gpointer
find_record (GPtrArray *records,
             gint64     id)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (records, i)) == id)
        return g_ptr_array_index (records, i);
    }

  return NULL;
}

static const char *
staff_name (TandemMdtGroup *self,
            gint64          staff_id)
{
  TandemStaff *staff = tandem_team_find_staff (tandem_session_get_team (self->session), staff_id);

  return staff != NULL ? tandem_staff_get_name (staff) : NULL;
}

static GtkWidget *
add_row (TandemMdtGroup *self,
         const char     *title,
         const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
clear_rows (TandemMdtGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));

  g_ptr_array_set_size (self->rows, 0);
}

static void
add_flag_row (TandemMdtGroup *self,
              TandemMdtFlag  *flag)
{
  g_autofree char *date = tandem_date_format (tandem_mdt_flag_get_flagged_on (flag));
  const char *by = staff_name (self, tandem_mdt_flag_get_flagged_by_id (flag));
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (by != NULL)
    /* Translators: who put a case forward for an MDT huddle, and the date */
    when = g_strdup_printf (_("Put forward by %s on %s"), by, date);
  else
    /* Translators: the date a case was put forward for an MDT huddle */
    when = g_strdup_printf (_("Put forward on %s"), date);

  subtitle = g_strdup_printf ("%s\n%s", tandem_mdt_flag_get_reason (flag), when);
  row = add_row (self, _("Waiting for the next huddle"), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("mail-send-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("edit-undo-symbolic", _("Withdraw"),
                                                     "mdt.withdraw",
                                                     tandem_record_get_id (flag)));
}

static char *
dup_action_subtitle (TandemMdtGroup     *self,
                     TandemAgreedAction *action,
                     const char         *today)
{
  const char *owner = staff_name (self, tandem_agreed_action_get_owner_id (action));
  const char *due_on = tandem_agreed_action_get_due_on (action);
  g_autofree char *due = NULL;

  if (owner == NULL)
    owner = _("Nobody named yet");

  if (due_on == NULL || *due_on == '\0')
    return g_strdup (owner);

  due = tandem_date_format (due_on);
  if (tandem_agreed_action_is_overdue (action, today))
    /* Translators: an action's owner and the date it was due, now past */
    return g_strdup_printf (_("%s · overdue since %s"), owner, due);

  /* Translators: an action's owner and the date it is due */
  return g_strdup_printf (_("%s · due %s"), owner, due);
}

static void
add_action_row (TandemMdtGroup     *self,
                TandemAgreedAction *action,
                const char         *today)
{
  g_autofree char *subtitle = dup_action_subtitle (self, action, today);
  GtkWidget *row = add_row (self, tandem_agreed_action_get_description (action), subtitle);
  GtkWidget *done = gtk_check_button_new ();

  gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (done, _("Mark as done"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "mdt.done");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (done), "x",
                                    tandem_record_get_id (action));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), done);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), done);

  if (tandem_agreed_action_is_overdue (action, today))
    gtk_widget_add_css_class (row, "error");
}

static void
reload (TandemMdtGroup *self)
{
  g_autofree char *today = tandem_date_today_iso ();
  g_autoptr(GPtrArray) flags = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  gtk_widget_set_sensitive (self->put_forward_button, self->person_id != 0);

  if (self->session == NULL || self->person_id == 0)
    return;

  flags = tandem_store_list_mdt_flags (get_store (self), self->person_id, &error);
  if (flags != NULL)
    self->actions = tandem_store_list_open_person_actions (get_store (self), self->person_id,
                                                           &error);
  if (self->actions == NULL)
    {
      add_row (self, error->message, NULL);
      return;
    }

  /* Flags a huddle already took are that huddle's business now. */
  self->flags = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < flags->len; i++)
    {
      TandemMdtFlag *flag = g_ptr_array_index (flags, i);

      if (tandem_mdt_flag_get_huddle_id (flag) == 0)
        {
          g_ptr_array_add (self->flags, g_object_ref (flag));
          add_flag_row (self, flag);
        }
    }

  for (guint i = 0; i < self->actions->len; i++)
    add_action_row (self, g_ptr_array_index (self->actions, i), today);

  /* One flag at a time: the huddle that takes it discusses the case once. */
  gtk_widget_set_sensitive (self->put_forward_button, self->flags->len == 0);
  gtk_widget_set_tooltip_text (self->put_forward_button,
                               self->flags->len == 0
                               ? _("Ask the next MDT huddle to discuss this person’s case")
                               : _("Already waiting for the next huddle"));

  if (self->rows->len == 0)
    {
      GtkWidget *row = add_row (self, _("Not waiting for a huddle, and no open actions"), NULL);

      gtk_widget_add_css_class (row, "dim-label");
    }
}

static void
store_changed_cb (TandemMdtGroup *self,
                  gint64          person_id)
{
  if (person_id == 0 || person_id == self->person_id)
    reload (self);
}

static gboolean
save_flag (TandemMdtGroup *self,
           const char     *reason)
{
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autofree char *today = tandem_date_today_iso ();
  TandemStaff *staff = tandem_session_get_current_staff (self->session);
  g_autoptr(GError) error = NULL;

  tandem_mdt_flag_set_person_id (flag, self->person_id);
  tandem_mdt_flag_set_reason (flag, reason);
  tandem_mdt_flag_set_flagged_on (flag, today);
  if (staff != NULL)
    tandem_mdt_flag_set_flagged_by_id (flag, tandem_record_get_id (staff));

  if (!tandem_store_save_mdt_flag (get_store (self), flag, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }

  tandem_toast_show_message (GTK_WIDGET (self), _("Put forward for the next MDT huddle"));
  return TRUE;
}

static void open_put_forward_dialog (TandemMdtGroup *self,
                                     const char     *reason);

static void
put_forward_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         TandemMdtGroup   *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = g_strdup (gtk_editable_get_text (entry));

  /* What was typed is kept: a failed save asks again with it. */
  if (g_strcmp0 (response, "put-forward") == 0 && !save_flag (self, reason))
    open_put_forward_dialog (self, reason);
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "put-forward", *reason != '\0');
}

static void
open_put_forward_dialog (TandemMdtGroup *self,
                         const char     *reason)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self),
                                                       _("Put Forward for MDT?"),
                                                       _("The case goes on the agenda of the next "
                                                         "MDT huddle. Say what you would like the "
                                                         "huddle to help with.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason for discussion"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), reason != NULL ? reason : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason for discussion"),
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "put-forward", _("_Put Forward"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "put-forward", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "put-forward");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  reason_changed_cb (GTK_EDITABLE (entry), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (put_forward_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
put_forward_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemMdtGroup *self = TANDEM_MDT_GROUP (widget);

  if (self->session != NULL && self->person_id != 0)
    open_put_forward_dialog (self, NULL);
}

/* Undo puts a withdrawn flag back, as a new one with the same reason and date. */
static gboolean
save_flag_again (TandemStore  *store,
                 gpointer      flag,
                 GError      **error)
{
  tandem_record_set_id (flag, 0);
  return tandem_store_save_mdt_flag (store, flag, error);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemMdtGroup *self = TANDEM_MDT_GROUP (widget);
  TandemMdtFlag *flag = find_record (self->flags, g_variant_get_int64 (parameter));
  g_autoptr(TandemMdtFlag) withdrawn = NULL;
  g_autoptr(GError) error = NULL;

  if (flag == NULL)
    return;

  withdrawn = tandem_record_copy (flag);
  if (!tandem_store_withdraw_mdt_flag (get_store (self), withdrawn, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  tandem_toast_show_undo (GTK_WIDGET (self), _("No longer put forward for MDT"),
                          get_store (self), withdrawn, save_flag_again);
}

static gboolean
reopen_action (TandemStore  *store,
               gpointer      action,
               GError      **error)
{
  tandem_agreed_action_set_done_on (action, "");
  return tandem_store_save_agreed_action (store, action, error);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemMdtGroup *self = TANDEM_MDT_GROUP (widget);
  TandemAgreedAction *action = find_record (self->actions, g_variant_get_int64 (parameter));
  g_autoptr(TandemAgreedAction) done = NULL;
  g_autofree char *today = tandem_date_today_iso ();
  g_autoptr(GError) error = NULL;

  if (action == NULL)
    return;

  done = tandem_record_copy (action);
  tandem_agreed_action_set_done_on (done, today);
  if (!tandem_store_save_agreed_action (get_store (self), done, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      reload (self);
      return;
    }

  tandem_toast_show_undo (GTK_WIDGET (self), _("Action done"), get_store (self), done,
                          reopen_action);
}

static void
tandem_mdt_group_dispose (GObject *object)
{
  TandemMdtGroup *self = (TandemMdtGroup *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_mdt_group_parent_class)->dispose (object);
}

static void
tandem_mdt_group_class_init (TandemMdtGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_mdt_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-mdt-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemMdtGroup, put_forward_button);

  gtk_widget_class_install_action (widget_class, "mdt.put-forward", NULL, put_forward_action);
  gtk_widget_class_install_action (widget_class, "mdt.withdraw", "x", withdraw_action);
  gtk_widget_class_install_action (widget_class, "mdt.done", "x", done_action);
}

static void
tandem_mdt_group_init (TandemMdtGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

GtkWidget *
tandem_mdt_group_new (void)
{
  return g_object_new (TANDEM_TYPE_MDT_GROUP, NULL);
}

void
tandem_mdt_group_set_session (TandemMdtGroup *self,
                              TandemSession  *session)
{
  g_return_if_fail (TANDEM_IS_MDT_GROUP (self));
  g_return_if_fail (TANDEM_IS_SESSION (session));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (tandem_session_get_store (session), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  /* A huddle that takes a flag onto its agenda changes the huddles, not the person. */
  g_signal_connect_object (tandem_session_get_store (session), "huddles-changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  /* Rows name staff. */
  g_signal_connect_object (tandem_session_get_team (session), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

/**
 * tandem_mdt_group_set_person_id:
 * @person_id: the person whose case to show, or 0
 */
void
tandem_mdt_group_set_person_id (TandemMdtGroup *self,
                                gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_MDT_GROUP (self));

  self->person_id = person_id;
  reload (self);
}
