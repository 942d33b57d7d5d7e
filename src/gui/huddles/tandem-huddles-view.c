/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddles-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-gui-util.h"
#include "tandem-huddle-dialog.h"
#include "tandem-huddle-mode.h"
#include "tandem-huddles-view.h"
#include "tandem-minutes-document.h"
#include "tandem-person-chooser.h"

/* The Huddles section: the huddles, newest first, and the one chosen: who is invited (with
 * whether they came), its agenda in order, and the ways into huddle mode and the minutes.
 * It reads the store again whenever the store says huddles changed. */
struct _TandemHuddlesView
{
  GtkWidget         parent_instance;

  TandemSession    *session;
  TandemHuddle     *huddle;           /* the one shown, or NULL */
  GPtrArray        *cases;            /* its agenda */
  gint64            selected_id;
  GtkWidget        *mode;             /* weak: huddle mode while open */
  gboolean          filling;

  GtkWidget        *stack;
  GtkWidget        *huddle_list;
  GtkWidget        *title_label;
  GtkWidget        *subtitle_label;
  GtkWidget        *attendance_empty_label;
  GtkWidget        *attendance_list;
  GtkWidget        *agenda_empty_label;
  GtkWidget        *agenda_list;
};

G_DEFINE_FINAL_TYPE (TandemHuddlesView, tandem_huddles_view, GTK_TYPE_WIDGET)

static TandemStore *
get_store (TandemHuddlesView *self)
{
  return tandem_session_get_store (self->session);
}

static GtkWindow *
get_window (TandemHuddlesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static const char *
staff_name (TandemHuddlesView *self,
            gint64             id)
{
  TandemStaff *staff = id != 0 ? tandem_team_find_staff (tandem_session_get_team (self->session), id)
                               : NULL;

  return staff != NULL ? tandem_staff_get_name (staff) : NULL;
}

static char *
dup_counts (TandemHuddle *huddle)
{
  guint n = tandem_huddle_get_case_count (huddle);

  /* Translators: how many cases a huddle's agenda has and how many are still open */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case, %u open", "%u cases, %u open", n),
                          n, (guint) tandem_huddle_get_open_count (huddle));
}

static GtkWidget *
huddle_row_new (TandemHuddlesView *self,
                TandemHuddle      *huddle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *date = tandem_date_format (tandem_huddle_get_held_on (huddle));
  g_autofree char *counts = dup_counts (huddle);
  GtkWidget *title = gtk_label_new (date);
  GtkWidget *subtitle = gtk_label_new (counts);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "huddle-id",
                     GINT_TO_POINTER ((int) tandem_record_get_id (huddle)));
  return row;
}

static void
present_toggled_cb (GtkSwitch            *toggle,
                    GParamSpec           *pspec,
                    TandemHuddleAttendee *attendee)
{
  TandemHuddlesView *self = g_object_get_data (G_OBJECT (toggle), "view");
  g_autoptr(GError) error = NULL;

  if (tandem_huddle_attendee_get_present (attendee) == gtk_switch_get_active (toggle))
    return;

  tandem_huddle_attendee_set_present (attendee, gtk_switch_get_active (toggle));
  if (!tandem_store_save_huddle_attendee (get_store (self), attendee, &error))
    tandem_toast_show_message (GTK_WIDGET (self), error->message);
}

static GtkWidget *
attendee_row_new (TandemHuddlesView    *self,
                  TandemHuddleAttendee *attendee)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  const char *role = tandem_huddle_attendee_get_role (attendee);

  /* What people typed is shown as typed, never read as markup. */

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_huddle_attendee_get_name (attendee));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role != NULL && *role != '\0'
                                                     ? role : _("Visitor"));
  gtk_switch_set_active (GTK_SWITCH (toggle), tandem_huddle_attendee_get_present (attendee));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (toggle, _("Present"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Present"), -1);
  g_object_set_data (G_OBJECT (toggle), "view", self);
  g_signal_connect_data (toggle, "notify::active", G_CALLBACK (present_toggled_cb),
                         g_object_ref (attendee), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  return row;
}

static GtkWidget *
agenda_button_new (const char       *icon_name,
                   const char       *label,
                   const char       *action_name,
                   TandemHuddleCase *item)
{
  GtkWidget *button = tandem_icon_button_new (icon_name, label, action_name,
                                              tandem_record_get_id (item));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
case_row_new (TandemHuddleCase *item,
              guint             index,
              guint             n)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%u. %s", index + 1,
                                            tandem_huddle_case_get_person_name (item));
  TandemHuddleCaseStatus status = tandem_huddle_case_get_status (item);
  GtkWidget *button;

  /* What people typed is shown as typed, never read as markup. */

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tandem_huddle_case_get_reason (item));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, TRUE);
  if (status != TANDEM_HUDDLE_CASE_OPEN)
    {
      GtkWidget *badge = gtk_label_new (tandem_huddle_case_status_get_label (status));

      gtk_widget_add_css_class (badge, "tandem-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  button = agenda_button_new ("go-up-symbolic", _("Move Up (Alt+Up)"), "huddles.move-up", item);
  gtk_widget_set_sensitive (button, index > 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = agenda_button_new ("go-down-symbolic", _("Move Down (Alt+Down)"), "huddles.move-down",
                              item);
  gtk_widget_set_sensitive (button, index + 1 < n);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             agenda_button_new ("list-remove-symbolic", _("Remove from Agenda"),
                                                "huddles.remove-case", item));
  g_object_set_data_full (G_OBJECT (row), "case", g_object_ref (item), g_object_unref);
  return row;
}

static void
show_huddle (TandemHuddlesView *self,
             gint64             id)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *subtitle = NULL;
  const char *chair;

  g_clear_object (&self->huddle);
  g_clear_pointer (&self->cases, g_ptr_array_unref);
  clear_list (self->attendance_list);
  clear_list (self->agenda_list);
  self->selected_id = id;

  self->huddle = tandem_store_load_huddle (get_store (self), id, &attendees, &self->cases, &error);
  if (self->huddle == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  date = tandem_date_format (tandem_huddle_get_held_on (self->huddle));
  /* Translators: a huddle's title, like “Huddle on 8 Oct 2026” */
  title = g_strdup_printf (_("Huddle on %s"), date);
  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  chair = staff_name (self, tandem_huddle_get_chair_id (self->huddle));
  counts = dup_counts (self->huddle);
  /* Translators: under a huddle's title: who chairs it, then its cases */
  subtitle = g_strdup_printf (_("Chair: %s · %s"), chair != NULL ? chair : _("not recorded"),
                              counts);
  gtk_label_set_text (GTK_LABEL (self->subtitle_label), subtitle);

  for (guint i = 0; i < attendees->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->attendance_list),
                         attendee_row_new (self, g_ptr_array_index (attendees, i)));
  gtk_widget_set_visible (self->attendance_list, attendees->len > 0);
  gtk_widget_set_visible (self->attendance_empty_label, attendees->len == 0);

  for (guint i = 0; i < self->cases->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->agenda_list),
                         case_row_new (g_ptr_array_index (self->cases, i), i, self->cases->len));
  gtk_widget_set_visible (self->agenda_list, self->cases->len > 0);
  gtk_widget_set_visible (self->agenda_empty_label, self->cases->len == 0);
}

static void
update_actions (TandemHuddlesView *self)
{
  gboolean shown = self->huddle != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "huddles.start", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "huddles.export", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "huddles.delete", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "huddles.add-person", shown);
}

/* Reads the huddles again, keeping the one shown (or showing @id, or the newest). */
static void
reload (TandemHuddlesView *self,
        gint64             id)
{
  g_autoptr(GPtrArray) huddles = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *select = NULL;

  huddles = tandem_store_list_huddles (get_store (self), &error);
  if (huddles == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  self->filling = TRUE;
  clear_list (self->huddle_list);
  for (guint i = 0; i < huddles->len; i++)
    {
      TandemHuddle *huddle = g_ptr_array_index (huddles, i);
      GtkWidget *row = huddle_row_new (self, huddle);

      gtk_list_box_append (GTK_LIST_BOX (self->huddle_list), row);
      if (i == 0 || tandem_record_get_id (huddle) == id)
        select = GTK_LIST_BOX_ROW (row);
    }
  gtk_list_box_select_row (GTK_LIST_BOX (self->huddle_list), select);
  self->filling = FALSE;

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), huddles->len > 0 ? "huddles" : "empty");
  if (select != NULL)
    show_huddle (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (select), "huddle-id")));
  else
    {
      g_clear_object (&self->huddle);
      self->selected_id = 0;
    }
  update_actions (self);
}

static void
huddle_selected_cb (TandemHuddlesView *self,
                    GtkListBoxRow     *row)
{
  if (self->filling || row == NULL)
    return;

  show_huddle (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "huddle-id")));
  update_actions (self);
}

static void
huddles_changed_cb (TandemHuddlesView *self)
{
  reload (self, self->selected_id);
}

static void
created_cb (TandemHuddlesView *self,
            gint64             id)
{
  reload (self, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TandemHuddlesView *self = TANDEM_HUDDLES_VIEW (widget);
  TandemHuddleDialog *dialog = tandem_huddle_dialog_new (get_window (self), self->session);

  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), self, G_CONNECT_SWAPPED);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemHuddlesView *self = TANDEM_HUDDLES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  TandemHuddleMode *mode;

  if (self->huddle == NULL)
    return;

  if (self->mode != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->mode));
      return;
    }

  mode = tandem_huddle_mode_new (get_window (self), self->session,
                                 tandem_record_get_id (self->huddle), &error);
  if (mode == NULL)
    {
      tandem_toast_show_message (widget, error->message);
      return;
    }

  g_set_weak_pointer (&self->mode, GTK_WIDGET (mode));
}

static void
export_response_cb (GtkNativeDialog   *chooser,
                    int                response,
                    TandemHuddlesView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(TandemMinutesDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "huddle-id"));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  document = tandem_minutes_document_load (get_store (self), id,
                                           tandem_session_get_team (self->session), &error);
  if (document == NULL ||
      !tandem_store_record_audit (get_store (self), TANDEM_AUDIT_EXPORT, "huddle", id, 0,
                                  &error) ||
      !tandem_minutes_document_write_pdf_file (document, path, NULL, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  tandem_toast_show_message (GTK_WIDGET (self), _("Minutes exported"));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemHuddlesView *self = TANDEM_HUDDLES_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->huddle == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Minutes"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file name offered for a huddle's minutes; %s is its date, YYYY-MM-DD */
  name = g_strdup_printf (_("MDT huddle minutes %s.pdf"), tandem_huddle_get_held_on (self->huddle));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "huddle-id",
                     GINT_TO_POINTER ((int) tandem_record_get_id (self->huddle)));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
delete_huddle (TandemHuddlesView *self,
               gint64             id)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_store_delete_huddle (get_store (self), id, &error))
    tandem_toast_show_message (GTK_WIDGET (self), error->message);
  else
    tandem_toast_show_message (GTK_WIDGET (self),
                               _("Huddle deleted; its cases put forward wait for the next"));
}

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    TandemHuddlesView *self)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_huddle (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "huddle-id")));
}

static gboolean
has_minutes (TandemHuddlesView *self)
{
  for (guint i = 0; self->cases != NULL && i < self->cases->len; i++)
    if (tandem_huddle_case_has_minutes (g_ptr_array_index (self->cases, i)))
      return TRUE;

  return FALSE;
}

/* A huddle with no minutes yet goes at once; one with minutes only once confirmed. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemHuddlesView *self = TANDEM_HUDDLES_VIEW (widget);
  GtkWidget *dialog;

  if (self->huddle == NULL)
    return;

  if (!has_minutes (self))
    {
      delete_huddle (self, tandem_record_get_id (self->huddle));
      return;
    }

  dialog = adw_message_dialog_new (get_window (self), _("Delete Huddle With Minutes?"),
                                   _("Its minutes, outcomes and actions are deleted too. Cases it "
                                     "took from workers wait for the next huddle."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "huddle-id",
                     GINT_TO_POINTER ((int) tandem_record_get_id (self->huddle)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemHuddlesView *self = TANDEM_HUDDLES_VIEW (widget);

  if (self->huddle != NULL)
    tandem_person_chooser_new (get_window (self), self->session,
                               tandem_record_get_id (self->huddle));
}

static TandemHuddleCase *
find_case (TandemHuddlesView *self,
           gint64             id,
           guint             *index)
{
  for (guint i = 0; self->cases != NULL && i < self->cases->len; i++)
    {
      TandemHuddleCase *item = g_ptr_array_index (self->cases, i);

      if (tandem_record_get_id (item) == id)
        {
          *index = i;
          return item;
        }
    }

  return NULL;
}

/* Moves a case one place; the moved row keeps the keyboard focus. */
static void
move_case (TandemHuddlesView *self,
           gint64             id,
           int                by)
{
  g_autoptr(GError) error = NULL;
  TandemHuddleCase *item;
  GtkListBoxRow *row;
  guint index = 0;

  item = find_case (self, id, &index);
  if (item == NULL || (by < 0 && index == 0) || (by > 0 && index + 1 >= self->cases->len))
    return;

  if (!tandem_store_move_huddle_case (get_store (self), item, index + by, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->agenda_list), index + by);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_case (TANDEM_HUDDLES_VIEW (widget), g_variant_get_int64 (parameter), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_case (TANDEM_HUDDLES_VIEW (widget), g_variant_get_int64 (parameter), 1);
}

/* Alt+Up and Alt+Down move the agenda row that has the focus. */
static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemHuddlesView *self = TANDEM_HUDDLES_VIEW (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  TandemHuddleCase *item;

  if (row == NULL || gtk_widget_get_parent (row) != self->agenda_list)
    return;

  item = g_object_get_data (G_OBJECT (row), "case");
  move_case (self, tandem_record_get_id (item), g_variant_get_int32 (parameter));
}

static void
remove_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemHuddlesView *self = TANDEM_HUDDLES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  TandemHuddleCase *item;
  guint index;

  item = find_case (self, g_variant_get_int64 (parameter), &index);
  if (item == NULL)
    return;

  if (!tandem_store_remove_huddle_case (get_store (self), item, &error))
    tandem_toast_show_message (widget, error->message);
  else if (tandem_huddle_case_get_flag_id (item) != 0)
    tandem_toast_show_message (widget, _("Removed; put forward again, it waits for the next huddle"));
  else
    tandem_toast_show_message (widget, _("Removed from the agenda"));
}

static void
tandem_huddles_view_dispose (GObject *object)
{
  TandemHuddlesView *self = (TandemHuddlesView *) object;

  g_clear_weak_pointer (&self->mode);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_HUDDLES_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->huddle);
  g_clear_pointer (&self->cases, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_huddles_view_parent_class)->dispose (object);
}

static void
tandem_huddles_view_class_init (TandemHuddlesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_huddles_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-huddles-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, huddle_list);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, attendance_empty_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, attendance_list);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, agenda_empty_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddlesView, agenda_list);
  gtk_widget_class_bind_template_callback (widget_class, huddle_selected_cb);

  gtk_widget_class_install_action (widget_class, "huddles.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "huddles.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "huddles.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "huddles.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "huddles.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "huddles.move-up", "x", move_up_action);
  gtk_widget_class_install_action (widget_class, "huddles.move-down", "x", move_down_action);
  gtk_widget_class_install_action (widget_class, "huddles.move-focused", "i", move_focused_action);
  gtk_widget_class_install_action (widget_class, "huddles.remove-case", "x", remove_case_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "huddles.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "huddles.move-focused", "i", 1);
}

static void
tandem_huddles_view_init (TandemHuddlesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

gboolean
tandem_huddles_view_has_session (TandemHuddlesView *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLES_VIEW (self), FALSE);

  return self->session != NULL;
}

/* Reads the huddles when the section is first shown, and again whenever they change. */
void
tandem_huddles_view_set_session (TandemHuddlesView *self,
                                 TandemSession     *session)
{
  g_return_if_fail (TANDEM_IS_HUDDLES_VIEW (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (get_store (self), "huddles-changed", G_CALLBACK (huddles_changed_cb),
                           self, G_CONNECT_SWAPPED);
  reload (self, 0);
}

/* The id of the huddle shown, or 0. */
gint64
tandem_huddles_view_get_selected_id (TandemHuddlesView *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLES_VIEW (self), 0);

  return self->huddle != NULL ? tandem_record_get_id (self->huddle) : 0;
}

void
tandem_huddles_view_select (TandemHuddlesView *self,
                            gint64             id)
{
  g_return_if_fail (TANDEM_IS_HUDDLES_VIEW (self));

  reload (self, id);
}

/**
 * tandem_huddles_view_get_agenda:
 *
 * Returns: (transfer none) (nullable) (element-type TandemHuddleCase): the agenda shown
 */
GPtrArray *
tandem_huddles_view_get_agenda (TandemHuddlesView *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLES_VIEW (self), NULL);

  return self->cases;
}

/**
 * tandem_huddles_view_get_mode:
 *
 * Returns: (transfer none) (nullable): huddle mode, while it is open
 */
GtkWidget *
tandem_huddles_view_get_mode (TandemHuddlesView *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLES_VIEW (self), NULL);

  return self->mode;
}
