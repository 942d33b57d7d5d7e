/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-passphrase-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-passphrase-dialog.h"
#include "tandem-passphrase-group.h"

/* Sets a member of staff's sign-in passphrase, chosen in a TandemPassphraseGroup. A
 * member of staff changing their own gives the current one first, checked as a sign-in (so
 * wrong tries count towards the slowdown). The store decides who may set whose passphrase;
 * its refusal is shown here, and what was typed stays. Hashing takes about 0.1 s, short
 * enough to do on the main thread for one passphrase. */
struct _TandemPassphraseDialog
{
  AdwWindow    parent_instance;

  TandemStore *store;
  TandemStaff *member;

  GtkWidget   *current_group;
  GtkWidget   *current_row;
  GtkWidget   *new_group;
  GtkWidget   *error_label;
  GtkWidget   *set_button;
};

G_DEFINE_FINAL_TYPE (TandemPassphraseDialog, tandem_passphrase_dialog, ADW_TYPE_WINDOW)

static const char *
row_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
asks_current (TandemPassphraseDialog *self)
{
  return gtk_widget_get_visible (self->current_group);
}

static void
text_changed_cb (TandemPassphraseDialog *self)
{
  gboolean ready = tandem_passphrase_group_get_ready (TANDEM_PASSPHRASE_GROUP (self->new_group)) &&
                   (!asks_current (self) || row_text (self->current_row)[0] != '\0');

  gtk_widget_set_sensitive (self->set_button, ready);
}

static void
show_error (TandemPassphraseDialog *self,
            const char             *message,
            GtkWidget              *focus)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
  gtk_widget_grab_focus (focus);
}

static void
set_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TandemPassphraseDialog *self = TANDEM_PASSPHRASE_DIALOG (widget);
  gint64 staff_id = tandem_record_get_id (self->member);
  g_autoptr(GError) error = NULL;
  g_autofree char *passphrase = NULL;

  if (!gtk_widget_get_sensitive (self->set_button))
    return;

  gtk_widget_set_visible (self->error_label, FALSE);

  passphrase = tandem_passphrase_group_dup_passphrase (TANDEM_PASSPHRASE_GROUP (self->new_group),
                                                       &error);
  if (passphrase == NULL)
    {
      show_error (self, error->message, self->new_group);
      return;
    }

  if (asks_current (self) &&
      !tandem_store_sign_in (self->store, staff_id, row_text (self->current_row), &error))
    {
      show_error (self, error->message, self->current_row);
      return;
    }

  if (!tandem_store_set_staff_passphrase (self->store, staff_id, passphrase, &error))
    {
      show_error (self, error->message, self->new_group);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
entry_activated_cb (TandemPassphraseDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "passphrase.set", NULL);
}

static void
tandem_passphrase_dialog_dispose (GObject *object)
{
  TandemPassphraseDialog *self = (TandemPassphraseDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PASSPHRASE_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->member);

  G_OBJECT_CLASS (tandem_passphrase_dialog_parent_class)->dispose (object);
}

static void
tandem_passphrase_dialog_class_init (TandemPassphraseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_passphrase_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tandemcare/Tandem/tandem-passphrase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseDialog, current_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseDialog, new_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseDialog, set_button);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "passphrase.set", NULL, set_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_passphrase_dialog_init (TandemPassphraseDialog *self)
{
  g_type_ensure (TANDEM_TYPE_PASSPHRASE_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tandem_passphrase_dialog_new:
 * @member: whose passphrase to set
 *
 * Returns: (transfer none): the dialog, owned by GTK until it closes
 */
TandemPassphraseDialog *
tandem_passphrase_dialog_new (GtkWindow   *parent,
                              TandemStore *store,
                              TandemStaff *member)
{
  TandemPassphraseDialog *self;
  gint64 staff_id = tandem_record_get_id (member);
  gboolean own = staff_id == tandem_store_get_viewer (store);
  g_autofree char *title = NULL;

  self = g_object_new (TANDEM_TYPE_PASSPHRASE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->member = g_object_ref (member);

  title = own ? g_strdup (_("Change Your Passphrase"))
              : g_strdup_printf (_("Set Passphrase for %s"), tandem_staff_get_name (member));
  gtk_window_set_title (GTK_WINDOW (self), title);
  g_object_set (self->new_group,
                "description", own ? _("You sign in to Tandem with it.")
                                   : _("Tell them in person, never by email; they can change "
                                       "it once signed in."),
                NULL);

  /* Changing one's own passphrase asks for the current one, so an unattended desk cannot be
   * used to take over the account. */
  gtk_widget_set_visible (self->current_group, own && tandem_staff_get_has_passphrase (member));
  text_changed_cb (self);
  gtk_widget_grab_focus (asks_current (self) ? self->current_row : self->new_group);

  return self;
}
