/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-worker-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-competence-group.h"
#include "tandem-cpd-group.h"
#include "tandem-date.h"
#include "tandem-due-badge.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-gui-util.h"
#include "tandem-portfolio-export.h"
#include "tandem-supervision-editor.h"
#include "tandem-worker-page.h"

/* One worker's supervision record: when each kind of supervision is next due, who supervises
 * them, and the sessions they were supervised in that the user may read, newest first.
, then their
 * competence reviews and CPD log, each in its own group; the portfolio exports all of it. */
struct _TandemWorkerPage
{
  AdwBin         parent_instance;

  TandemSession *session;
  gint64         worker_id;

  GtkWidget     *name_label;
  GtkWidget     *role_label;
  GtkWidget     *header;
  GtkWidget     *header_buttons;
  GtkWidget     *record_button;
  GtkWidget     *groups_box;
  GtkWidget     *due_group;
  GPtrArray     *due_rows;
  GtkWidget     *supervisors_row;
  GPtrArray     *supervisor_rows;
  GtkWidget     *sessions_list;
  GtkWidget     *competence_group;
  GtkWidget     *cpd_group;
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (TandemWorkerPage, tandem_worker_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static TandemStore *
get_store (TandemWorkerPage *self)
{
  return tandem_session_get_store (self->session);
}

static const char *
staff_name (TandemWorkerPage *self,
            gint64            id)
{
  TandemStaff *staff = tandem_team_find_staff (tandem_session_get_team (self->session), id);

  return staff != NULL ? tandem_staff_get_name (staff) : _("Unknown member of staff");
}

static gboolean
may_assign_supervisors (TandemWorkerPage *self)
{
  TandemStaff *me = tandem_session_get_current_staff (self->session);

  return me != NULL && tandem_staff_get_role (me) == TANDEM_ROLE_SUPERVISOR;
}

/* When due */

static void
clear_rows (GtkWidget *group,
            GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
fill_due (TandemWorkerPage *self,
          TandemWorkerDue  *worker)
{
  clear_rows (self->due_group, self->due_rows);

  for (guint i = 0; worker != NULL && i < worker->dues->len; i++)
    {
      const TandemSupervisionDue *due = &g_array_index (worker->dues, TandemSupervisionDue, i);
      g_autofree char *when = tandem_supervision_due_describe (due);
      g_autofree char *last = due->never ? NULL : tandem_date_format (due->last_on);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: when supervision is due, then when the last session was, as in
       * "Due in 3 days, on 1 Dec 2026 · last on 1 Nov 2026" */
      subtitle = last != NULL ? g_strdup_printf (_("%s · last on %s"), when, last)
                              : g_strdup (when);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND,
                                                            due->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tandem_due_badge_new (due->state));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->due_group), row);
      g_ptr_array_add (self->due_rows, row);
    }

  if (self->due_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No supervision is expected for this role"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Expected frequencies are set in Preferences."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->due_group), row);
      g_ptr_array_add (self->due_rows, row);
    }
}

static TandemWorkerDue *
find_worker_due (GPtrArray *workers,
                 gint64     worker_id)
{
  for (guint i = 0; workers != NULL && i < workers->len; i++)
    if (((TandemWorkerDue *) g_ptr_array_index (workers, i))->staff_id == worker_id)
      return g_ptr_array_index (workers, i);

  return NULL;
}

/* Who supervises them */

static void
supervisor_toggled_cb (TandemWorkerPage *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;

  for (guint i = 0; i < self->supervisor_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->supervisor_rows, i);
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");
      gint64 id = tandem_record_get_id (g_object_get_data (G_OBJECT (row), "staff"));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_array_append_val (ids, id);
    }

  if (!tandem_store_set_supervisors (get_store (self), self->worker_id, ids, &error))
    tandem_toast_show_message (GTK_WIDGET (self), error->message);
}

static void
fill_supervisors (TandemWorkerPage *self)
{
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (self->session));
  g_autoptr(GArray) assigned = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean editable = may_assign_supervisors (self);

  for (guint i = 0; i < self->supervisor_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self->supervisors_row),
                             g_ptr_array_index (self->supervisor_rows, i));
  g_ptr_array_set_size (self->supervisor_rows, 0);

  assigned = tandem_store_list_supervisors (get_store (self), self->worker_id, &error);
  if (assigned == NULL)
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->supervisors_row), error->message);
      return;
    }

  self->filling = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      gint64 id = tandem_record_get_id (member);
      gboolean is_assigned = FALSE;
      GtkWidget *row, *check;

      for (guint j = 0; j < assigned->len; j++)
        is_assigned |= g_array_index (assigned, gint64, j) == id;

      if (is_assigned)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                                tandem_staff_get_name (member));

      if (id == self->worker_id || (tandem_staff_get_retired (member) && !is_assigned))
        continue;

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_staff_get_name (member));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   tandem_enum_get_label (TANDEM_TYPE_ROLE,
                                                          tandem_staff_get_role (member)));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_assigned);
      gtk_widget_set_sensitive (check, editable);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "check", check);
      g_object_set_data_full (G_OBJECT (row), "staff", g_object_ref (member), g_object_unref);
      g_signal_connect_object (check, "toggled", G_CALLBACK (supervisor_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->supervisors_row), row);
      g_ptr_array_add (self->supervisor_rows, row);
    }
  self->filling = FALSE;

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->supervisors_row),
                                 names->len > 0 ? names->str : _("Nobody assigned yet"));
}

/* Sessions */

static gboolean
restore_session (TandemStore  *store,
                 gpointer      record,
                 GError      **error)
{
  g_autoptr(TandemSupervisionSession) copy = tandem_supervision_session_dup (record);
  GPtrArray *actions = tandem_supervision_session_get_actions (copy);

  /* Saved again as new: its old rows went with the deletion. */
  tandem_record_set_id (copy, 0);
  for (guint i = 0; i < actions->len; i++)
    tandem_record_set_id (g_ptr_array_index (actions, i), 0);

  return tandem_store_save_supervision_session (store, copy, error);
}

static void
delete_clicked_cb (GtkButton        *button,
                   TandemWorkerPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "session-id"));
  g_autoptr(TandemSupervisionSession) session = NULL;
  g_autoptr(GError) error = NULL;
  TandemStore *store = get_store (self);

  /* Loaded whole first, so Undo puts back its members, cases and actions too. */
  session = tandem_store_load_supervision_session (store, id, &error);
  if (session == NULL || !tandem_store_delete_supervision_session (store, id, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  tandem_toast_show_undo (GTK_WIDGET (self), _("Session deleted"), store, session,
                          restore_session);
}

static GtkWidget *
new_session_row (TandemWorkerPage         *self,
                 TandemSupervisionSession *session)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *date = tandem_date_format (tandem_supervision_session_get_held_on (session));
  gint64 supervisor = tandem_supervision_session_get_supervisor_id (session);
  int minutes = tandem_supervision_session_get_duration_minutes (session);
  g_autofree char *length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute",
                                                          "%d minutes", minutes), minutes);
  g_autofree char *subtitle = NULL;

  if (supervisor != 0)
    /* Translators: a supervision session's date, supervisor and length, as in
     * "2 Nov 2026 · with Cat Lead · 50 minutes" */
    subtitle = g_strdup_printf (_("%s · with %s · %s"), date, staff_name (self, supervisor),
                                length);
  else
    subtitle = g_strdup_printf ("%s · %s", date, length);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND,
                                                        tandem_supervision_session_get_kind (session)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "session-id",
                     GSIZE_TO_POINTER ((gsize) tandem_record_get_id (session)));

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete Session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete Session"), -1);
  g_object_set_data (G_OBJECT (delete), "session-id",
                     GSIZE_TO_POINTER ((gsize) tandem_record_get_id (session)));
  g_signal_connect_object (delete, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
fill_sessions (TandemWorkerPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sessions_list), 0)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->sessions_list), GTK_WIDGET (row));

  sessions = tandem_store_list_worker_sessions (get_store (self), self->worker_id, &error);
  if (sessions == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  for (guint i = 0; i < sessions->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->sessions_list),
                         new_session_row (self, g_ptr_array_index (sessions, i)));
}

static void
session_activated_cb (TandemWorkerPage *self,
                      GtkListBoxRow    *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "session-id"));

  if (id != 0)
    tandem_worker_page_open_session (self, id);
}

static void
export_portfolio_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TandemWorkerPage *self = TANDEM_WORKER_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->session != NULL && self->worker_id != 0)
    tandem_portfolio_export (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->session,
                             self->worker_id);
}

/* The competence and CPD groups show one worker each: a new worker gets new ones. */
static void
replace_worker_groups (TandemWorkerPage *self)
{
  if (self->competence_group != NULL)
    gtk_box_remove (GTK_BOX (self->groups_box), self->competence_group);
  if (self->cpd_group != NULL)
    gtk_box_remove (GTK_BOX (self->groups_box), self->cpd_group);

  self->competence_group = tandem_competence_group_new (self->session, self->worker_id);
  self->cpd_group = tandem_cpd_group_new (self->session, self->worker_id);
  gtk_box_append (GTK_BOX (self->groups_box), self->competence_group);
  gtk_box_append (GTK_BOX (self->groups_box), self->cpd_group);
}

static void
record_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  tandem_worker_page_record_session (TANDEM_WORKER_PAGE (widget));
}

/* Building */

static GtkWidget *
new_group (TandemWorkerPage *self,
           const char       *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self->groups_box), group);
  return group;
}

static void
build_header (TandemWorkerPage *self)
{
  GtkWidget *header = self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *record = gtk_button_new_with_mnemonic (_("_Record Session…"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export Portfolio…"));

  self->name_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->name_label), TRUE);
  gtk_widget_add_css_class (self->name_label, "title-2");
  self->role_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->role_label), 0);
  gtk_widget_add_css_class (self->role_label, "dim-label");
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (titles), self->name_label);
  gtk_box_append (GTK_BOX (titles), self->role_label);

  self->header_buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->header_buttons, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (record), "worker.record-session");
  gtk_widget_set_tooltip_text (record, _("Record a supervision session (Ctrl+N)"));
  gtk_widget_add_css_class (record, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "worker.export-portfolio");
  gtk_widget_set_tooltip_text (export, _("Save the worker’s supervision record, competence and "
                                         "CPD as a PDF for appraisal"));
  gtk_box_append (GTK_BOX (self->header_buttons), export);
  gtk_box_append (GTK_BOX (self->header_buttons), record);
  self->record_button = record;

  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), self->header_buttons);
  gtk_box_append (GTK_BOX (self->groups_box), header);
}

static void
build_groups (TandemWorkerPage *self)
{
  GtkWidget *supervisors_group;
  GtkWidget *sessions_group;
  GtkWidget *placeholder;

  self->due_group = new_group (self, _("When Supervision Is Due"));

  supervisors_group = new_group (self, _("Supervisors"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (supervisors_group),
                                         _("They can read this worker’s supervision record. "
                                           "A supervisor can change who they are."));
  self->supervisors_row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->supervisors_row), _("Supervised by"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (supervisors_group), self->supervisors_row);

  sessions_group = new_group (self, _("Sessions"));
  self->sessions_list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->sessions_list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->sessions_list), GTK_SELECTION_NONE);
  placeholder = gtk_label_new (_("No sessions yet. Record one with Record Session…"));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  g_object_set (placeholder, "margin-top", 18, "margin-bottom", 18, "margin-start", 12,
                "margin-end", 12, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->sessions_list), placeholder);
  g_signal_connect_object (self->sessions_list, "row-activated",
                           G_CALLBACK (session_activated_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (sessions_group), self->sessions_list);
}

static void
tandem_worker_page_dispose (GObject *object)
{
  TandemWorkerPage *self = (TandemWorkerPage *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->due_rows, g_ptr_array_unref);
  g_clear_pointer (&self->supervisor_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_worker_page_parent_class)->dispose (object);
}

static void
tandem_worker_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TandemWorkerPage *self = TANDEM_WORKER_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKER_ID:
      g_value_set_int64 (value, self->worker_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_worker_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TandemWorkerPage *self = TANDEM_WORKER_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKER_ID:
      tandem_worker_page_set_worker_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_worker_page_class_init (TandemWorkerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_worker_page_dispose;
  object_class->get_property = tandem_worker_page_get_property;
  object_class->set_property = tandem_worker_page_set_property;

  /* The member of staff shown; 0 for nobody. */
  properties[PROP_WORKER_ID] =
    g_param_spec_int64 ("worker-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "worker.record-session", NULL,
                                   record_session_action);
  gtk_widget_class_install_action (widget_class, "worker.export-portfolio", NULL,
                                   export_portfolio_action);
}

static void
tandem_worker_page_init (TandemWorkerPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->due_rows = g_ptr_array_new ();
  self->supervisor_rows = g_ptr_array_new ();
  self->groups_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  g_object_set (self->groups_box, "margin-top", 24, "margin-bottom", 24, "margin-start", 12,
                "margin-end", 12, NULL);

  build_header (self);
  build_groups (self);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->groups_box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  adw_bin_set_child (ADW_BIN (self), scroller);
}

GtkWidget *
tandem_worker_page_new (void)
{
  return g_object_new (TANDEM_TYPE_WORKER_PAGE, NULL);
}

void
tandem_worker_page_set_session (TandemWorkerPage *self,
                                TandemSession    *session)
{
  g_return_if_fail (TANDEM_IS_WORKER_PAGE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
}

/**
 * tandem_worker_page_reload:
 *
 * Reads the worker's record again: when due, supervisors and sessions.
 */
void
tandem_worker_page_reload (TandemWorkerPage *self)
{
  TandemStaff *worker;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_return_if_fail (TANDEM_IS_WORKER_PAGE (self));

  if (self->session == NULL || self->worker_id == 0)
    return;

  worker = tandem_team_find_staff (tandem_session_get_team (self->session), self->worker_id);
  gtk_label_set_text (GTK_LABEL (self->name_label), staff_name (self, self->worker_id));
  gtk_label_set_text (GTK_LABEL (self->role_label),
                      worker != NULL ? tandem_enum_get_label (TANDEM_TYPE_ROLE,
                                                              tandem_staff_get_role (worker))
                                     : "");

  tandem_date_set_today (&today);
  due = tandem_store_list_supervision_due (get_store (self), &today, &error);
  if (due == NULL)
    tandem_toast_show_message (GTK_WIDGET (self), error->message);
  fill_due (self, find_worker_due (due, self->worker_id));
  fill_supervisors (self);
  fill_sessions (self);
}

void
tandem_worker_page_set_worker_id (TandemWorkerPage *self,
                                  gint64            worker_id)
{
  g_return_if_fail (TANDEM_IS_WORKER_PAGE (self));

  if (self->worker_id == worker_id)
    return;

  self->worker_id = worker_id;
  if (self->session != NULL && worker_id != 0)
    replace_worker_groups (self);
  tandem_worker_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKER_ID]);
}

gint64
tandem_worker_page_get_worker_id (TandemWorkerPage *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKER_PAGE (self), 0);

  return self->worker_id;
}

/**
 * tandem_worker_page_set_back_button:
 * @button: the button back to the list when the section is folded, at the header's start
 */
void
tandem_worker_page_set_back_button (TandemWorkerPage *self,
                                    GtkWidget        *button)
{
  g_return_if_fail (TANDEM_IS_WORKER_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (button));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_prepend (GTK_BOX (self->header), button);
}

/**
 * tandem_worker_page_record_session:
 *
 * Opens the editor to record a session for the worker shown.
 *
 * Returns: (transfer none) (nullable): the editor
 */
GtkWidget *
tandem_worker_page_record_session (TandemWorkerPage *self)
{
  TandemSupervisionEditor *editor;

  g_return_val_if_fail (TANDEM_IS_WORKER_PAGE (self), NULL);

  if (self->session == NULL || self->worker_id == 0)
    return NULL;

  editor = tandem_supervision_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                          get_store (self),
                                          tandem_session_get_team (self->session),
                                          self->worker_id, NULL,
                                          tandem_session_get_current_staff (self->session));
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

/**
 * tandem_worker_page_open_session:
 *
 * Opens a session of the worker's to read or correct it; says why in a toast when the user
 * may not read it.
 *
 * Returns: (transfer none) (nullable): the editor
 */
GtkWidget *
tandem_worker_page_open_session (TandemWorkerPage *self,
                                 gint64            session_id)
{
  g_autoptr(TandemSupervisionSession) session = NULL;
  g_autoptr(GError) error = NULL;
  TandemSupervisionEditor *editor;

  g_return_val_if_fail (TANDEM_IS_WORKER_PAGE (self), NULL);

  session = tandem_store_load_supervision_session (get_store (self), session_id, &error);
  if (session == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return NULL;
    }

  editor = tandem_supervision_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                          get_store (self),
                                          tandem_session_get_team (self->session),
                                          self->worker_id, session,
                                          tandem_session_get_current_staff (self->session));
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

/**
 * tandem_worker_page_get_sessions_list:
 *
 * Returns: (transfer none): the list of sessions, for tests
 */
GtkListBox *
tandem_worker_page_get_sessions_list (TandemWorkerPage *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKER_PAGE (self), NULL);

  return GTK_LIST_BOX (self->sessions_list);
}

/**
 * tandem_worker_page_get_due_group:
 *
 * Returns: (transfer none): the group saying when each kind of supervision is due
 */
GtkWidget *
tandem_worker_page_get_due_group (TandemWorkerPage *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKER_PAGE (self), NULL);

  return self->due_group;
}
