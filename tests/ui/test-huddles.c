/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "tandem-huddle-dialog.h"
#include "tandem-huddle-mode.h"
#include "tandem-huddles-view.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* A huddle run from the keyboard: three cases, minutes typed, an action added, one case
 * closed and one carried forward; then the next huddle's agenda. Keys are pressed the way
 * GTK handles them: the shortcut bound to the key is looked up from the focused widget out
 * to the window, and the first found runs. Text is typed where the focus is. */

static gboolean
same_key (GtkShortcutTrigger *trigger,
          guint               keyval,
          GdkModifierType     modifiers)
{
  if (!GTK_IS_KEYVAL_TRIGGER (trigger))
    return FALSE;

  return gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))) ==
           gdk_keyval_to_lower (keyval) &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers;
}

static gboolean
press_on (GtkWidget       *widget,
          guint            keyval,
          GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (same_key (gtk_shortcut_get_trigger (shortcut), keyval, modifiers) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

static void
press (GtkWidget       *window,
       guint            keyval,
       GdkModifierType  modifiers)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  gboolean handled = FALSE;

  /* The shortcut may close the window: stop as soon as one runs. */
  for (GtkWidget *widget = focus != NULL ? focus : window; widget != NULL && !handled; )
    {
      handled = press_on (widget, keyval, modifiers);
      if (!handled)
        widget = gtk_widget_get_parent (widget);
    }

  g_assert_true (handled);
  tandem_ui_iterate (50);
}

static void
type (GtkWidget  *window,
      const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  if (GTK_IS_TEXT_VIEW (focus))
    gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), text, -1);
  else
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (focus));

      g_assert_true (GTK_IS_EDITABLE (focus));
      gtk_editable_insert_text (GTK_EDITABLE (focus), text, -1, &position);
    }
}

static gint64
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, NULL));
  return tandem_record_get_id (staff);
}

static gint64
add_flagged_person (TandemStore *store,
                    const char  *given,
                    const char  *family,
                    const char  *nhs_number,
                    const char  *reason)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, given, family, nhs_number);
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autoptr(GError) error = NULL;

  tandem_mdt_flag_set_person_id (flag, tandem_record_get_id (person));
  tandem_mdt_flag_set_reason (flag, reason);
  tandem_mdt_flag_set_flagged_on (flag, "2026-01-05");
  g_assert_true (tandem_store_save_mdt_flag (store, flag, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (person);
}

static gint64
create_huddle_from_dialog (GtkWidget *view)
{
  GtkWidget *dialog;

  gtk_widget_activate_action (view, "huddles.new", NULL);
  dialog = tandem_ui_wait_window (TANDEM_TYPE_HUDDLE_DIALOG);
  g_assert_true (tandem_huddle_dialog_create (TANDEM_HUDDLE_DIALOG (dialog)));
  tandem_ui_wait_window_gone (TANDEM_TYPE_HUDDLE_DIALOG);

  return tandem_huddles_view_get_selected_id (TANDEM_HUDDLES_VIEW (view));
}

static gboolean
has_person (GPtrArray *cases,
            gint64     person_id)
{
  for (guint i = 0; cases != NULL && i < cases->len; i++)
    if (tandem_huddle_case_get_person_id (g_ptr_array_index (cases, i)) == person_id)
      return TRUE;

  return FALSE;
}

static void
test_run_huddle_by_keyboard (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemHuddle) huddle = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) owned = NULL;
  TandemWindow *window;
  GtkWidget *view;
  GtkWidget *mode;
  gint64 coach, first, second, third, huddle_id, next_id;

  g_assert_true (tandem_store_set_pcn_name (store, "Test PCN", NULL));
  coach = add_staff (store, "Robin Ash", TANDEM_ROLE_SUPERVISOR);
  first = add_flagged_person (store, "Ada", "Lovelace", "9434765919", "Falls at home");
  second = add_flagged_person (store, "Bea", "Lloyd", "9434765870", "Eviction notice");
  third = add_flagged_person (store, "Cy", "Twombly", "9434765889", "Carer strain");

  window = tandem_ui_open_window (store);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 5000);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-huddles", NULL);
  view = tandem_window_get_huddles_view (window);

  huddle_id = create_huddle_from_dialog (view);
  g_assert_cmpint (huddle_id, >, 0);
  g_assert_cmpuint (tandem_huddles_view_get_agenda (TANDEM_HUDDLES_VIEW (view))->len, ==, 3);

  gtk_widget_activate_action (view, "huddles.start", NULL);
  mode = tandem_huddles_view_get_mode (TANDEM_HUDDLES_VIEW (view));
  g_assert_nonnull (mode);
  tandem_ui_wait_frames (mode, 2);
  g_assert_cmpuint (tandem_huddle_mode_get_position (TANDEM_HUDDLE_MODE (mode)), ==, 0);

  /* Case 1: minutes, an action for its owner, closed. */
  type (mode, "Fell twice this month.");
  press (mode, GDK_KEY_n, GDK_CONTROL_MASK);
  type (mode, "Ask the falls team to visit");
  press (mode, GDK_KEY_Return, 0);
  press (mode, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK);

  /* Case 2: minutes, the timer run, carried forward. */
  press (mode, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_cmpuint (tandem_huddle_mode_get_position (TANDEM_HUDDLE_MODE (mode)), ==, 1);
  type (mode, "Notice served last week.");
  press (mode, GDK_KEY_space, GDK_CONTROL_MASK);
  g_assert_true (tandem_huddle_mode_get_timer_running (TANDEM_HUDDLE_MODE (mode)));
  tandem_ui_iterate (1100);
  press (mode, GDK_KEY_space, GDK_CONTROL_MASK);
  g_assert_false (tandem_huddle_mode_get_timer_running (TANDEM_HUDDLE_MODE (mode)));
  press (mode, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK);

  /* Case 3 is looked at and left undecided; back to case 2 and out. */
  press (mode, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_cmpuint (tandem_huddle_mode_get_position (TANDEM_HUDDLE_MODE (mode)), ==, 2);
  press (mode, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_cmpuint (tandem_huddle_mode_get_position (TANDEM_HUDDLE_MODE (mode)), ==, 2);
  press (mode, GDK_KEY_Left, GDK_ALT_MASK);
  g_assert_cmpuint (tandem_huddle_mode_get_position (TANDEM_HUDDLE_MODE (mode)), ==, 1);
  press (mode, GDK_KEY_Escape, 0);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_HUDDLE_MODE));

  /* What the keyboard did is in the store. */
  huddle = tandem_store_load_huddle (store, huddle_id, NULL, &cases, NULL);
  g_assert_cmpint (tandem_huddle_case_get_person_id (g_ptr_array_index (cases, 0)), ==, first);
  g_assert_cmpstr (tandem_huddle_case_get_situation (g_ptr_array_index (cases, 0)), ==,
                   "Fell twice this month.");
  g_assert_cmpint (tandem_huddle_case_get_status (g_ptr_array_index (cases, 0)), ==,
                   TANDEM_HUDDLE_CASE_CLOSED);
  g_assert_cmpstr (tandem_huddle_case_get_situation (g_ptr_array_index (cases, 1)), ==,
                   "Notice served last week.");
  g_assert_cmpint (tandem_huddle_case_get_status (g_ptr_array_index (cases, 1)), ==,
                   TANDEM_HUDDLE_CASE_CARRIED_FORWARD);
  g_assert_cmpint (tandem_huddle_case_get_seconds_discussed (g_ptr_array_index (cases, 1)), >=, 1);
  g_assert_cmpint (tandem_huddle_case_get_status (g_ptr_array_index (cases, 2)), ==,
                   TANDEM_HUDDLE_CASE_OPEN);
  owned = tandem_store_list_open_actions_for_owner (store, coach, NULL);
  g_assert_cmpuint (owned->len, ==, 1);
  g_assert_cmpstr (tandem_agreed_action_get_description (g_ptr_array_index (owned, 0)), ==,
                   "Ask the falls team to visit");

  /* The next huddle: the carried-forward and undecided cases, not the closed one. */
  next_id = create_huddle_from_dialog (view);
  g_assert_cmpint (next_id, !=, huddle_id);
  g_assert_cmpuint (tandem_huddles_view_get_agenda (TANDEM_HUDDLES_VIEW (view))->len, ==, 2);
  g_assert_true (has_person (tandem_huddles_view_get_agenda (TANDEM_HUDDLES_VIEW (view)), second));
  g_assert_true (has_person (tandem_huddles_view_get_agenda (TANDEM_HUDDLES_VIEW (view)), third));
  g_assert_false (has_person (tandem_huddles_view_get_agenda (TANDEM_HUDDLES_VIEW (view)), first));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_states (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  TandemWindow *window;
  GtkWidget *view;
  GtkWidget *mode;

  g_assert_true (tandem_store_set_pcn_name (store, "Test PCN", NULL));
  add_staff (store, "Robin Ash", TANDEM_ROLE_SUPERVISOR);
  window = tandem_ui_open_window (store);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 5000);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-huddles", NULL);
  view = tandem_window_get_huddles_view (window);

  /* No huddles yet: the status page, and nothing to start. */
  g_assert_nonnull (tandem_ui_find_visible_status_page (view));
  g_assert_false (gtk_widget_is_sensitive (tandem_ui_find_button (view, "Start Huddle")));

  /* Nothing put forward: an empty agenda that says where cases come from. */
  create_huddle_from_dialog (view);
  g_assert_cmpuint (tandem_huddles_view_get_agenda (TANDEM_HUDDLES_VIEW (view))->len, ==, 0);
  gtk_widget_activate_action (view, "huddles.start", NULL);
  mode = tandem_huddles_view_get_mode (TANDEM_HUDDLES_VIEW (view));
  g_assert_nonnull (tandem_ui_find_visible_status_page (mode));
  press (mode, GDK_KEY_Escape, 0);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_HUDDLE_MODE));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add_func ("/huddles/run-by-keyboard", test_run_huddle_by_keyboard);
  g_test_add_func ("/huddles/empty-states", test_empty_states);

  return g_test_run ();
}
