/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddle-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-gui-util.h"
#include "tandem-huddle-dialog.h"

/* "New Huddle…": the date (today unless changed), the chair (whoever is using Tandem), the
 * minutes allowed a case, and who is invited: the team's staff ticked, and visitors such as
 * a GP named with their role. Creating it assembles the agenda. A name typed for a visitor
 * and not yet added is added on creating, so nothing typed is lost. */
struct _TandemHuddleDialog
{
  AdwWindow      parent_instance;

  TandemSession *session;
  GArray        *staff_ids;       /* the chair row's ids, in its order */
  GPtrArray     *staff_checks;    /* GtkCheckButton, with "staff" data */
  GtkWidget     *toast_overlay;
  GtkWidget     *date_row;
  GtkWidget     *chair_row;
  GtkWidget     *minutes_spin;
  GtkWidget     *visitors_group;
  GtkWidget     *visitor_name_row;
  GtkWidget     *visitor_role_row;
  GPtrArray     *visitor_rows;    /* AdwActionRow: title name, subtitle role */
};

enum {
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TandemHuddleDialog, tandem_huddle_dialog, ADW_TYPE_WINDOW)

static void
show_message (TandemHuddleDialog *self,
              const char         *message)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), tandem_toast_new (message));
}

static void
remove_visitor_cb (GtkWidget          *button,
                   TandemHuddleDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW);

  g_ptr_array_remove (self->visitor_rows, row);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->visitors_group), row);
}

/**
 * tandem_huddle_dialog_add_visitor:
 *
 * Invites someone from outside the team, such as a GP, with the role they bring.
 */
void
tandem_huddle_dialog_add_visitor (TandemHuddleDialog *self,
                                  const char         *name,
                                  const char         *role)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  g_return_if_fail (TANDEM_IS_HUDDLE_DIALOG (self));

  /* What people typed is shown as typed, never read as markup. */

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Visitor"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Visitor"), -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_visitor_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->visitors_group), row);
  g_ptr_array_add (self->visitor_rows, row);
}

/* Adds the visitor typed in the two rows; FALSE, with a message, when only a role is typed. */
static gboolean
take_typed_visitor (TandemHuddleDialog *self)
{
  const char *typed_name = gtk_editable_get_text (GTK_EDITABLE (self->visitor_name_row));
  const char *typed_role = gtk_editable_get_text (GTK_EDITABLE (self->visitor_role_row));
  g_autofree char *name = g_strstrip (g_strdup (typed_name));
  g_autofree char *role = g_strstrip (g_strdup (typed_role));

  if (*name == '\0' && *role == '\0')
    return TRUE;

  if (*name == '\0')
    {
      show_message (self, _("Give the visitor's name, as the minutes will show it."));
      gtk_widget_grab_focus (self->visitor_name_row);
      return FALSE;
    }

  tandem_huddle_dialog_add_visitor (self, name, role);
  gtk_editable_set_text (GTK_EDITABLE (self->visitor_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->visitor_role_row), "");
  return TRUE;
}

static void
add_visitor_cb (TandemHuddleDialog *self)
{
  if (take_typed_visitor (self))
    gtk_widget_grab_focus (self->visitor_name_row);
}

static GPtrArray *
collect_attendees (TandemHuddleDialog *self)
{
  GPtrArray *attendees = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->staff_checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->staff_checks, i);
      TandemStaff *staff = g_object_get_data (G_OBJECT (check), "staff");
      TandemHuddleAttendee *attendee;

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;

      attendee = tandem_huddle_attendee_new ();
      tandem_huddle_attendee_set_staff_id (attendee, tandem_record_get_id (staff));
      tandem_huddle_attendee_set_name (attendee, tandem_staff_get_name (staff));
      tandem_huddle_attendee_set_role (attendee, tandem_role_get_label (tandem_staff_get_role (staff)));
      g_ptr_array_add (attendees, attendee);
    }

  for (guint i = 0; i < self->visitor_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->visitor_rows, i);
      TandemHuddleAttendee *attendee = tandem_huddle_attendee_new ();

      tandem_huddle_attendee_set_name (attendee,
                                       adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      tandem_huddle_attendee_set_role (attendee, adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
      g_ptr_array_add (attendees, attendee);
    }

  return attendees;
}

/**
 * tandem_huddle_dialog_create:
 *
 * Creates the huddle as filled in and closes; or says what is wrong and stays open.
 *
 * Returns: whether the huddle was created
 */
gboolean
tandem_huddle_dialog_create (TandemHuddleDialog *self)
{
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;
  guint chair;
  GDate date;

  g_return_val_if_fail (TANDEM_IS_HUDDLE_DIALOG (self), FALSE);

  if (!tandem_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date, &error))
    {
      show_message (self, error->message);
      gtk_widget_grab_focus (self->date_row);
      return FALSE;
    }

  if (!take_typed_visitor (self))
    return FALSE;

  held_on = tandem_date_to_iso (&date);
  chair = adw_combo_row_get_selected (ADW_COMBO_ROW (self->chair_row));
  tandem_huddle_set_held_on (huddle, held_on);
  if (chair < self->staff_ids->len)
    tandem_huddle_set_chair_id (huddle, g_array_index (self->staff_ids, gint64, chair));
  tandem_huddle_set_minutes_per_case (huddle,
                                      gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->minutes_spin)));

  attendees = collect_attendees (self);
  if (!tandem_store_create_huddle (tandem_session_get_store (self->session), huddle, attendees,
                                   &error))
    {
      show_message (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_CREATED], 0, tandem_record_get_id (huddle));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
create_cb (TandemHuddleDialog *self)
{
  tandem_huddle_dialog_create (self);
}

static GtkWidget *
add_group (GtkWidget  *page,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return group;
}

static void
build_huddle_group (TandemHuddleDialog *self,
                    GtkWidget          *page)
{
  GtkWidget *group = add_group (page, _("Huddle"), NULL);
  GtkWidget *minutes_row = adw_action_row_new ();
  g_autofree char *today = tandem_date_today_iso ();
  g_autofree char *today_input = tandem_date_to_input (today);

  self->date_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today_input);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->date_row);

  self->chair_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chair_row), _("Chair"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->chair_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (minutes_row), _("Minutes per case"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (minutes_row),
                               _("The timer in huddle mode turns red after this"));
  self->minutes_spin = gtk_spin_button_new_with_range (1, 60, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->minutes_spin), 5);
  gtk_widget_set_valign (self->minutes_spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (minutes_row), self->minutes_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (minutes_row), self->minutes_spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), minutes_row);
}

static void
build_staff_group (TandemHuddleDialog *self,
                   GtkWidget          *page)
{
  GtkWidget *group = add_group (page, _("Staff Invited"), NULL);
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (self->session));
  TandemStaff *current = tandem_session_get_current_staff (self->session);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint chair = 0;

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 id = tandem_record_get_id (member);

      if (tandem_staff_get_retired (member))
        continue;

      if (current != NULL && id == tandem_record_get_id (current))
        chair = self->staff_ids->len;
      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (names, tandem_staff_get_name (member));

      /* What people typed is shown as typed, never read as markup. */

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_staff_get_name (member));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   tandem_role_get_label (tandem_staff_get_role (member)));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), "staff", g_object_ref (member), g_object_unref);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->staff_checks, check);
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (self->chair_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->chair_row), chair);
}

static void
build_visitors_group (TandemHuddleDialog *self,
                      GtkWidget          *page)
{
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Visitor"));

  self->visitors_group = add_group (page, _("Visitors"),
                                    _("Clinicians from outside the team, such as a GP or a "
                                      "mental health practitioner"));

  self->visitor_name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->visitor_name_row), _("Visitor's name"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->visitors_group), self->visitor_name_row);

  self->visitor_role_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->visitor_role_row),
                                 _("Role, such as GP"));
  g_signal_connect_swapped (self->visitor_role_row, "entry-activated", G_CALLBACK (add_visitor_cb),
                            self);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->visitor_role_row), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->visitors_group), self->visitor_role_row);

  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add, 6);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_visitor_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->visitors_group), add);
}

static GtkWidget *
build_header (TandemHuddleDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *create = gtk_button_new_with_mnemonic (_("C_reate"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  gtk_widget_add_css_class (create, "suggested-action");
  g_signal_connect_swapped (create, "clicked", G_CALLBACK (create_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), create);
  gtk_window_set_default_widget (GTK_WINDOW (self), create);
  return header;
}

static void
tandem_huddle_dialog_dispose (GObject *object)
{
  TandemHuddleDialog *self = (TandemHuddleDialog *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->staff_checks, g_ptr_array_unref);
  g_clear_pointer (&self->visitor_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_huddle_dialog_parent_class)->dispose (object);
}

static void
tandem_huddle_dialog_class_init (TandemHuddleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_huddle_dialog_dispose;

  /**
   * TandemHuddleDialog::created:
   * @id: the new huddle's id
   */
  signals[SIGNAL_CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_huddle_dialog_init (TandemHuddleDialog *self)
{
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_checks = g_ptr_array_new ();
  self->visitor_rows = g_ptr_array_new ();
}

/**
 * tandem_huddle_dialog_new:
 *
 * Returns: (transfer none): the dialog, presented
 */
TandemHuddleDialog *
tandem_huddle_dialog_new (GtkWindow     *parent,
                          TandemSession *session)
{
  TandemHuddleDialog *self = g_object_new (TANDEM_TYPE_HUDDLE_DIALOG,
                                           "transient-for", parent,
                                           "modal", TRUE,
                                           "title", _("New Huddle"),
                                           "default-width", 520,
                                           "default-height", 640,
                                           NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();

  self->session = g_object_ref (session);
  self->toast_overlay = adw_toast_overlay_new ();
  gtk_box_append (GTK_BOX (box), build_header (self));
  build_huddle_group (self, page);
  build_staff_group (self, page);
  build_visitors_group (self, page);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), box);
  adw_window_set_content (ADW_WINDOW (self), self->toast_overlay);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
