/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-supervision-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-due-badge.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-gui-util.h"
#include "tandem-supervision-view.h"

/* The Supervision section: the staff whose supervision the user may see (themselves and
 * those they supervise), each with a badge saying whether their supervision is overdue, and
 * the chosen worker's page. Overdue supervision so shows both to the worker and to their
 * supervisors. Who the user is comes from the session; the store applies the same choice to
 * every confidential record. */
struct _TandemSupervisionView
{
  AdwBin            parent_instance;

  TandemSession    *session;
  gint64            shown_id;

  GtkWidget        *leaflet;
  GtkWidget        *sidebar_stack;
  GtkWidget        *worker_list;
  GtkWidget        *nobody_label;
  GtkWidget        *supervisee_button;
  GtkWidget        *candidate_list;
  GtkWidget        *content_stack;
  TandemWorkerPage *worker_page;
  GtkWidget        *back_button;
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (TandemSupervisionView, tandem_supervision_view, ADW_TYPE_BIN)

static TandemStore *
get_store (TandemSupervisionView *self)
{
  return tandem_session_get_store (self->session);
}

static TandemWorkerDue *
find_due (GPtrArray *due,
          gint64     staff_id)
{
  for (guint i = 0; due != NULL && i < due->len; i++)
    if (((TandemWorkerDue *) g_ptr_array_index (due, i))->staff_id == staff_id)
      return g_ptr_array_index (due, i);

  return NULL;
}

static GtkWidget *
new_worker_row (TandemSupervisionView *self,
                TandemWorkerDue       *worker,
                gboolean               is_me)
{
  GtkWidget *row = adw_action_row_new ();
  TandemDueState state = tandem_worker_due_get_state (worker);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), worker->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               is_me ? _("You")
                                     : tandem_enum_get_label (TANDEM_TYPE_ROLE, worker->role));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tandem_due_badge_new (state));
  g_object_set_data (G_OBJECT (row), "staff-id", GSIZE_TO_POINTER ((gsize) worker->staff_id));
  g_object_set_data (G_OBJECT (row), "due-state", GINT_TO_POINTER (state));

  /* Translators: a worker in the supervision list for screen readers, as in
   * "Ada Coach, supervision overdue" */
  accessible = g_strdup_printf (_("%s, supervision %s"), worker->name,
                                tandem_due_state_get_label (state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return row;
}

static void
clear_list (GtkWidget *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), GTK_WIDGET (row));
}

static gboolean
array_has (GArray *ids,
           gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

/* The staff a supervisor could take on: everyone still working they do not supervise yet. */
static void
fill_candidates (TandemSupervisionView *self,
                 TandemStaff           *me,
                 GArray                *supervisees,
                 GPtrArray             *due)
{
  gboolean is_supervisor = tandem_staff_get_role (me) == TANDEM_ROLE_SUPERVISOR;

  clear_list (self->candidate_list);
  gtk_widget_set_visible (self->supervisee_button, is_supervisor);
  if (!is_supervisor)
    return;

  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      TandemWorkerDue *worker = g_ptr_array_index (due, i);
      GtkWidget *row;

      if (worker->staff_id == tandem_record_get_id (me) ||
          array_has (supervisees, worker->staff_id))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), worker->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   tandem_enum_get_label (TANDEM_TYPE_ROLE, worker->role));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "staff-id", GSIZE_TO_POINTER ((gsize) worker->staff_id));
      gtk_list_box_append (GTK_LIST_BOX (self->candidate_list), row);
    }

  gtk_widget_set_sensitive (self->supervisee_button,
                            gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->candidate_list),
                                                           0) != NULL);
}

static void
show_content (TandemSupervisionView *self,
              gint64                 worker_id)
{
  self->shown_id = worker_id;
  if (worker_id == 0)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack), "none");
      return;
    }

  tandem_worker_page_set_worker_id (self->worker_page, worker_id);
  tandem_worker_page_reload (self->worker_page);
  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack), "worker");
}

static void
reload (TandemSupervisionView *self)
{
  TandemStaff *me = tandem_session_get_current_staff (self->session);
  g_autoptr(GArray) supervisees = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *keep = NULL;
  gint64 my_id;
  GDate today;

  if (me == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), "no-staff");
      show_content (self, 0);
      return;
    }

  my_id = tandem_record_get_id (me);
  tandem_date_set_today (&today);
  due = tandem_store_list_supervision_due (get_store (self), &today, &error);
  if (due != NULL)
    supervisees = tandem_store_list_supervisees (get_store (self), my_id, &error);
  if (supervisees == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  self->filling = TRUE;
  clear_list (self->worker_list);
  for (int i = -1; i < (int) supervisees->len; i++)
    {
      gint64 id = i < 0 ? my_id : g_array_index (supervisees, gint64, i);
      TandemWorkerDue *worker = find_due (due, id);
      GtkWidget *row;

      if (worker == NULL)
        continue;

      row = new_worker_row (self, worker, i < 0);
      gtk_list_box_append (GTK_LIST_BOX (self->worker_list), row);
      if (id == self->shown_id)
        keep = GTK_LIST_BOX_ROW (row);
    }

  /* Someone with nobody to supervise has only their own record to see: show it. */
  if (keep == NULL && supervisees->len == 0)
    keep = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->worker_list), 0);

  gtk_list_box_select_row (GTK_LIST_BOX (self->worker_list), keep);
  self->filling = FALSE;

  gtk_widget_set_visible (self->nobody_label, supervisees->len == 0);
  fill_candidates (self, me, supervisees, due);
  gtk_stack_set_visible_child_name (GTK_STACK (self->sidebar_stack), "list");
  show_content (self, keep != NULL ? GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (keep),
                                                                           "staff-id")) : 0);
}

static void
worker_selected_cb (TandemSupervisionView *self,
                    GtkListBoxRow         *row)
{
  if (self->filling || row == NULL)
    return;

  show_content (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "staff-id")));
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
candidate_activated_cb (TandemSupervisionView *self,
                        GtkListBoxRow         *row)
{
  gint64 worker_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "staff-id"));
  gint64 my_id = tandem_record_get_id (tandem_session_get_current_staff (self->session));
  g_autoptr(GArray) supervisors = NULL;
  g_autoptr(GError) error = NULL;

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->supervisee_button));

  /* Added to who supervises them already, not instead. */
  supervisors = tandem_store_list_supervisors (get_store (self), worker_id, &error);
  if (supervisors != NULL)
    g_array_append_val (supervisors, my_id);
  if (supervisors == NULL ||
      !tandem_store_set_supervisors (get_store (self), worker_id, supervisors, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  tandem_supervision_view_show_worker (self, worker_id);
}

static void
folded_changed_cb (TandemSupervisionView *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet)));
}

static void
back_clicked_cb (TandemSupervisionView *self)
{
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
}

static void
tandem_supervision_view_dispose (GObject *object)
{
  TandemSupervisionView *self = (TandemSupervisionView *) object;

  /* As in the other sections: AdwBin disposes the leaflet, whose pages must go with it,
   * not before it as gtk_widget_dispose_template() would have them. */
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tandem_supervision_view_parent_class)->dispose (object);
}

static void
tandem_supervision_view_class_init (TandemSupervisionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_supervision_view_dispose;

  g_type_ensure (TANDEM_TYPE_WORKER_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-supervision-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, worker_list);
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, nobody_label);
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, supervisee_button);
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemSupervisionView, worker_page);
  gtk_widget_class_bind_template_callback (widget_class, worker_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
}

static void
tandem_supervision_view_init (TandemSupervisionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _("Back to the List"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back to the List"), -1);
  g_signal_connect_object (self->back_button, "clicked", G_CALLBACK (back_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  tandem_worker_page_set_back_button (self->worker_page, self->back_button);
  folded_changed_cb (self);
}

void
tandem_supervision_view_set_session (TandemSupervisionView *self,
                                     TandemSession         *session)
{
  g_return_if_fail (TANDEM_IS_SUPERVISION_VIEW (self));
  g_return_if_fail (TANDEM_IS_SESSION (session));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  tandem_worker_page_set_session (self->worker_page, session);

  /* The store announces a change of viewer with the records it lets through. */
  g_signal_connect_object (tandem_session_get_store (session), "supervision-changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_session_get_store (session), "team-changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

gboolean
tandem_supervision_view_has_session (TandemSupervisionView *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_VIEW (self), FALSE);

  return self->session != NULL;
}

/**
 * tandem_supervision_view_show_worker:
 *
 * Shows a worker's page, if they are in the list the user may see.
 */
void
tandem_supervision_view_show_worker (TandemSupervisionView *self,
                                     gint64                 worker_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (TANDEM_IS_SUPERVISION_VIEW (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->worker_list), i)); i++)
    if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "staff-id")) == worker_id)
      {
        gtk_list_box_select_row (GTK_LIST_BOX (self->worker_list), row);
        return;
      }
}

/**
 * tandem_supervision_view_record_session:
 *
 * Records a session for the worker shown, as Ctrl+N does in this section.
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL when no worker is shown
 */
GtkWidget *
tandem_supervision_view_record_session (TandemSupervisionView *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_VIEW (self), NULL);

  if (self->shown_id == 0)
    return NULL;

  return tandem_worker_page_record_session (self->worker_page);
}

TandemWorkerPage *
tandem_supervision_view_get_worker_page (TandemSupervisionView *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_VIEW (self), NULL);

  return self->worker_page;
}

GtkListBox *
tandem_supervision_view_get_worker_list (TandemSupervisionView *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_VIEW (self), NULL);

  return GTK_LIST_BOX (self->worker_list);
}

/**
 * tandem_supervision_view_get_state:
 *
 * Returns: what the section shows: "no-staff", "none" (no worker chosen) or "worker"
 */
const char *
tandem_supervision_view_get_state (TandemSupervisionView *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_VIEW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->sidebar_stack)),
                 "no-staff") == 0)
    return "no-staff";

  return gtk_stack_get_visible_child_name (GTK_STACK (self->content_stack));
}
