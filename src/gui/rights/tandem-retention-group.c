/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-retention-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-gui-util.h"
#include "tandem-retention-dialog.h"
#include "tandem-retention-group.h"

/* Preferences: how long the PCN keeps a person's record after their last episode ends, and
 * the way to the records past it. The period is the PCN's, so administrators set it; anyone
 * here may see it. */
struct _TandemRetentionGroup
{
  AdwPreferencesGroup  parent_instance;

  TandemSession       *session;
  GtkWidget           *years_row;
  GtkWidget           *years;
  GtkWidget           *list_row;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (TandemRetentionGroup, tandem_retention_group, ADW_TYPE_PREFERENCES_GROUP)

static void
toast (TandemRetentionGroup *self,
       const char           *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), tandem_toast_new (message));
}

static void
fill (TandemRetentionGroup *self)
{
  TandemStore *store = tandem_session_get_store (self->session);
  gboolean allowed = tandem_store_may_manage_staff (store);

  self->filling = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->years),
                             tandem_store_get_retention_years (store, NULL));
  self->filling = FALSE;

  gtk_widget_set_sensitive (self->years, allowed);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->years_row),
                               allowed ? _("After a person’s last episode of care ended")
                                       : _("Only an administrator can change this"));
}

static void
years_changed_cb (GtkSpinButton        *spin,
                  TandemRetentionGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || self->session == NULL)
    return;

  if (!tandem_store_set_retention_years (tandem_session_get_store (self->session),
                                         (guint) gtk_spin_button_get_value_as_int (spin),
                                         &error))
    {
      toast (self, error->message);
      fill (self);
    }
}

static void
list_activated_cb (AdwActionRow         *row,
                   TandemRetentionGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->session == NULL)
    return;

  dialog = tandem_retention_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        self->session);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
team_changed_cb (TandemStore          *store,
                 TandemRetentionGroup *self)
{
  fill (self);
}

static void
tandem_retention_group_dispose (GObject *object)
{
  TandemRetentionGroup *self = (TandemRetentionGroup *) object;

  g_clear_object (&self->session);

  G_OBJECT_CLASS (tandem_retention_group_parent_class)->dispose (object);
}

static void
tandem_retention_group_class_init (TandemRetentionGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tandem_retention_group_dispose;
}

static void
tandem_retention_group_init (TandemRetentionGroup *self)
{
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Keeping Records"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Records are kept for a set time after care ends, "
                                           "then reviewed and erased."));

  self->years = gtk_spin_button_new_with_range (1, 100, 1);
  gtk_widget_set_valign (self->years, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->years), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->years), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Years to keep records"), -1);
  g_signal_connect_object (self->years, "value-changed", G_CALLBACK (years_changed_cb), self, 0);

  self->years_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->years_row),
                                 _("_Years to Keep Records"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->years_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->years_row), self->years);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->years_row), self->years);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->years_row);

  self->list_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->list_row),
                                 _("_Records Past Retention"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->list_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->list_row),
                               _("Review and erase the records kept longer than this"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->list_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->list_row), arrow);
  g_signal_connect_object (self->list_row, "activated", G_CALLBACK (list_activated_cb), self, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list_row);
}

void
tandem_retention_group_set_session (TandemRetentionGroup *self,
                                    TandemSession        *session)
{
  g_return_if_fail (TANDEM_IS_RETENTION_GROUP (self));
  g_return_if_fail (TANDEM_IS_SESSION (session));

  g_set_object (&self->session, session);
  g_signal_connect_object (tandem_session_get_store (session), "team-changed",
                           G_CALLBACK (team_changed_cb), self, 0);
  fill (self);
}
