/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-framework-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-framework-dialog.h"

/* Adding a competency framework: its name and version, and its competencies one a line. Its
 * scale is the Dreyfus one, which every framework in use in these roles shares. What is
 * wrong is said above the fields and nothing typed is lost; the framework is added only
 * once it is whole, since reviews rate against it as it is. */
struct _TandemFrameworkDialog
{
  AdwWindow    parent_instance;

  TandemStore *store;
  GtkWidget   *name_row;
  GtkWidget   *version_row;
  GtkWidget   *competencies_view;
  GtkWidget   *message_label;
};

G_DEFINE_FINAL_TYPE (TandemFrameworkDialog, tandem_framework_dialog, ADW_TYPE_WINDOW)

static char *
dup_competencies_text (TandemFrameworkDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->competencies_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static TandemCompetencyFramework *
make_framework (TandemFrameworkDialog *self)
{
  TandemCompetencyFramework *framework = tandem_competency_framework_new ();
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *version = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->version_row))));
  g_autofree char *text = dup_competencies_text (self);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  tandem_competency_framework_set_name (framework, name);
  tandem_competency_framework_set_version (framework, version);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        tandem_competency_framework_add_competency (framework, 0, NULL, lines[i], "");
    }
  tandem_competency_framework_add_dreyfus_levels (framework);

  return framework;
}

static void
show_message (TandemFrameworkDialog *self,
              const char            *message)
{
  gtk_label_set_text (GTK_LABEL (self->message_label), message);
  gtk_widget_set_visible (self->message_label, message != NULL);
}

/**
 * tandem_framework_dialog_add:
 *
 * Adds the framework as typed, as the Add button does.
 *
 * Returns: %TRUE if it was added and the dialog closed; otherwise the dialog says why
 */
gboolean
tandem_framework_dialog_add (TandemFrameworkDialog *self)
{
  g_autoptr(TandemCompetencyFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TANDEM_IS_FRAMEWORK_DIALOG (self), FALSE);

  framework = make_framework (self);
  if (!tandem_store_save_competency_framework (self->store, framework, &error))
    {
      show_message (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  tandem_framework_dialog_add (TANDEM_FRAMEWORK_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
tandem_framework_dialog_dispose (GObject *object)
{
  TandemFrameworkDialog *self = (TandemFrameworkDialog *) object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (tandem_framework_dialog_parent_class)->dispose (object);
}

static void
tandem_framework_dialog_class_init (TandemFrameworkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_framework_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "framework.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "framework.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "framework.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "framework.add", NULL);
}

static GtkWidget *
make_header (void)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "framework.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "framework.add");
  gtk_widget_add_css_class (add, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), add);
  return header;
}

static GtkWidget *
make_competencies_group (TandemFrameworkDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Competencies"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("One a line, in the order reviews rate them. Each is "
                                           "rated on the Dreyfus scale, from 0 Absence to 5 "
                                           "Expert."));
  self->competencies_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->competencies_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->competencies_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->competencies_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->competencies_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->competencies_view), 8);
  gtk_widget_set_size_request (self->competencies_view, -1, 180);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->competencies_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Competencies, one a line"),
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), self->competencies_view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  return group;
}

static void
tandem_framework_dialog_init (TandemFrameworkDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Add Competency Framework"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->message_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message_label), 0);
  gtk_widget_add_css_class (self->message_label, "error");
  gtk_widget_set_visible (self->message_label, FALSE);

  self->name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  self->version_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->version_row), _("Version"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->version_row);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (make_competencies_group (self)));

  gtk_widget_set_margin_start (self->message_label, 12);
  gtk_widget_set_margin_end (self->message_label, 12);
  gtk_widget_set_margin_top (self->message_label, 12);
  gtk_box_append (GTK_BOX (box), make_header ());
  gtk_box_append (GTK_BOX (box), self->message_label);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

TandemFrameworkDialog *
tandem_framework_dialog_new (GtkWindow   *parent,
                             TandemStore *store)
{
  TandemFrameworkDialog *self;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  self = g_object_new (TANDEM_TYPE_FRAMEWORK_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

/* For tests: types into the fields. */
void
tandem_framework_dialog_set_text (TandemFrameworkDialog *self,
                                  const char            *name,
                                  const char            *version,
                                  const char            *competencies)
{
  g_return_if_fail (TANDEM_IS_FRAMEWORK_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->version_row), version);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->competencies_view)),
                            competencies, -1);
}

/* Returns: (nullable): what the dialog says is wrong */
const char *
tandem_framework_dialog_get_message (TandemFrameworkDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_FRAMEWORK_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (self->message_label))
    return NULL;

  return gtk_label_get_text (GTK_LABEL (self->message_label));
}
