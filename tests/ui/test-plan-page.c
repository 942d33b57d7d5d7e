/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-date.h"
#include "tandem-language.h"
#include "tandem-plan-agree-dialog.h"
#include "tandem-plan-compare-dialog.h"
#include "tandem-plan-input.h"
#include "tandem-plan-item-row.h"
#include "tandem-plan-page.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* A plan written as a coach writes one with the person: through the real page, its buttons,
 * menus and shortcuts, checking the store after each step, since the store is what is kept. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  TandemStaff   *me;
  GSettings     *settings;
  TandemSession *session;
  TandemPerson  *person;
  GtkWidget     *window;
  GtkWidget     *page;
} Fixture;

static TandemPerson *
add_person (TandemStore *store,
            const char  *given,
            const char  *family)
{
  return tandem_test_add_person (store, given, family, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);

  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);
  fixture->me = tandem_staff_new ();
  tandem_staff_set_name (fixture->me, "Robin Ash");
  tandem_store_save_staff (fixture->store, fixture->me, &error);
  g_assert_no_error (error);
  fixture->person = add_person (fixture->store, "Ada", "Lovelace");
  tandem_person_set_consent_to_share (fixture->person, TRUE);
  tandem_store_save_person (fixture->store, fixture->person, &error);
  g_assert_no_error (error);

  fixture->session = tandem_session_new (fixture->store, fixture->settings);
  tandem_ui_sign_in (fixture->session, tandem_record_get_id (fixture->me));
  fixture->window = tandem_ui_new_plan_window (fixture->session, &fixture->page);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_frames (fixture->window, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  g_settings_reset (fixture->settings, "last-signed-in");
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->me);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static TandemPlanPage *
page (Fixture *fixture)
{
  return TANDEM_PLAN_PAGE (fixture->page);
}

/* A visible button under @root that activates @action_name. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
click_action_button (Fixture    *fixture,
                     const char *action_name)
{
  GtkWidget *button = find_action_button (fixture->page, action_name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  tandem_ui_wait_frames (fixture->window, 1);
}

/* The first widget with @css_class under @root. */
static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Presses a shortcut of the page as the keyboard would: the page's own shortcut for
 * @trigger, activated where the focus is. */
static void
press (Fixture    *fixture,
       const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (fixture->page);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                           focus ? focus : fixture->page,
                                                           NULL));
              tandem_ui_wait_frames (fixture->window, 1);
              return;
            }
        }
    }

  g_error ("The page has no shortcut %s", trigger);
}

static GtkWidget *
input_of (Fixture    *fixture,
          gpointer    record,
          const char *property)
{
  GtkWidget *input = tandem_plan_page_find_input (page (fixture), record, property);

  g_assert_nonnull (input);
  return input;
}

static GtkWidget *
editor_of (Fixture    *fixture,
           gpointer    record,
           const char *property)
{
  GtkWidget *editor = tandem_plan_input_get_editor (TANDEM_PLAN_INPUT (input_of (fixture, record,
                                                                                  property)));

  g_assert_nonnull (editor);
  return editor;
}

/* Types @text at the end of a field, as the keyboard does. */
static void
type_into (Fixture    *fixture,
           gpointer    record,
           const char *property,
           const char *text)
{
  GtkWidget *editor = editor_of (fixture, record, property);

  gtk_widget_grab_focus (editor);
  if (GTK_IS_TEXT_VIEW (editor))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, text, -1);
    }
  else
    {
      int position = -1;

      gtk_editable_insert_text (GTK_EDITABLE (editor), text, -1, &position);
    }
}

static void
clear_field (Fixture    *fixture,
             gpointer    record,
             const char *property)
{
  GtkWidget *editor = editor_of (fixture, record, property);

  if (GTK_IS_TEXT_VIEW (editor))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (editor), "");
}

static char *
field_text (Fixture    *fixture,
            gpointer    record,
            const char *property)
{
  GtkWidget *editor = editor_of (fixture, record, property);
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (editor))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor)));

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), &start,
                                   &end, FALSE);
}

/* Long enough for the page to save what was typed, without flushing it. */
static void
pause_typing (Fixture *fixture)
{
  tandem_ui_iterate (TANDEM_PLAN_EDITOR_SAVE_DELAY_MS + 150);
}

static TandemPlan *
stored_plan (Fixture *fixture)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlan *plan;

  versions = tandem_store_list_plan_versions (fixture->store,
                                              tandem_record_get_id (fixture->person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, >, 0);
  plan = tandem_store_load_plan (fixture->store,
                                 tandem_record_get_id (g_ptr_array_index (versions, 0)), &error);
  g_assert_no_error (error);
  return plan;
}

static gpointer
nth (GListModel *list,
     guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, n);

  g_assert_nonnull (item);
  return item;   /* the plan holds it */
}

/* The words of the actions of the first goal of the first need, in order, joined by "|". */
static char *
stored_actions (Fixture *fixture)
{
  g_autoptr(TandemPlan) plan = stored_plan (fixture);
  TandemPlanNeed *need = nth (tandem_plan_get_needs (plan), 0);
  TandemPlanGoal *goal = nth (tandem_plan_get_goals (plan, need), 0);
  GListModel *actions = tandem_plan_get_actions (plan, goal);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      TandemPlanAction *action = nth (actions, i);

      g_string_append_printf (text, "%s%s", i ? "|" : "", tandem_plan_action_get_what (action));
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
focus_widget (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static gboolean
focus_is_in (Fixture *fixture,
             gpointer item)
{
  GtkWidget *row = tandem_plan_page_find_row (page (fixture), item);

  return row != NULL && focus_widget (fixture) != NULL &&
         gtk_widget_is_ancestor (focus_widget (fixture), row);
}

static void
start_plan (Fixture *fixture)
{
  tandem_plan_page_set_person_id (page (fixture), tandem_record_get_id (fixture->person));
  tandem_ui_wait_frames (fixture->window, 1);

  /* Someone without a plan is offered one. */
  g_assert_null (tandem_plan_page_get_plan (page (fixture)));
  g_assert_nonnull (tandem_ui_find_visible_status_page (fixture->page));
  click_action_button (fixture, "plan.start");

  g_assert_nonnull (tandem_plan_page_get_plan (page (fixture)));
  g_assert_false (tandem_plan_page_get_read_only (page (fixture)));
}

static TandemPlanItemRow *
row_of (Fixture  *fixture,
        gpointer  item)
{
  GtkWidget *row = tandem_plan_page_find_row (page (fixture), item);

  g_assert_nonnull (row);
  return TANDEM_PLAN_ITEM_ROW (row);
}

/* Clicks the row's "Add Goal" or "Add Action" button. */
static void
click_add_child (Fixture  *fixture,
                 gpointer  item)
{
  GtkWidget *row = GTK_WIDGET (row_of (fixture, item));
  GtkWidget *button = NULL;

  /* The row's own button, not one of a row inside it: it comes after the children box. */
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "tandem-plan-add"))
      button = child;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  tandem_ui_wait_frames (fixture->window, 1);
}

static TandemPlanNeed *
shown_need (Fixture *fixture,
            guint    n)
{
  return nth (tandem_plan_get_needs (tandem_plan_page_get_plan (page (fixture))), n);
}

static TandemPlanGoal *
shown_goal (Fixture *fixture,
            guint    n)
{
  TandemPlan *plan = tandem_plan_page_get_plan (page (fixture));

  return nth (tandem_plan_get_goals (plan, shown_need (fixture, 0)), n);
}

static TandemPlanAction *
shown_action (Fixture *fixture,
              guint    n)
{
  TandemPlan *plan = tandem_plan_page_get_plan (page (fixture));

  return nth (tandem_plan_get_actions (plan, shown_goal (fixture, 0)), n);
}

static gboolean
window_has_no_editors (GtkWidget *root)
{
  if (GTK_IS_TEXT_VIEW (root) && gtk_text_view_get_editable (GTK_TEXT_VIEW (root)))
    return FALSE;
  if (GTK_IS_EDITABLE (root) && gtk_editable_get_editable (GTK_EDITABLE (root)) &&
      gtk_widget_get_mapped (root))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!window_has_no_editors (child))
      return FALSE;

  return TRUE;
}

static void
write_need_goal_and_actions (Fixture *fixture)
{
  TandemPlanVersion *version = tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture)));

  type_into (fixture, version, "about-important", "My garden 🌷 and my grandson");
  type_into (fixture, version, "about-worth-knowing", "أحب البستنة");

  click_action_button (fixture, "plan.add-need");
  g_assert_true (focus_is_in (fixture, shown_need (fixture, 0)));
  type_into (fixture, shown_need (fixture, 0), "words", "I feel lonely");

  click_add_child (fixture, shown_need (fixture, 0));
  g_assert_true (focus_is_in (fixture, shown_goal (fixture, 0)));
  type_into (fixture, shown_goal (fixture, 0), "words", "Meet people");
  tandem_plan_input_choose (TANDEM_PLAN_INPUT (input_of (fixture, shown_goal (fixture, 0),
                                                         "importance")), 8);

  click_add_child (fixture, shown_goal (fixture, 0));
  g_assert_true (focus_is_in (fixture, shown_action (fixture, 0)));
  type_into (fixture, shown_action (fixture, 0), "what", "Walk");
  type_into (fixture, shown_action (fixture, 0), "who", "Me and Sara");

  /* Ctrl+Return in an action adds the next one after it. */
  press (fixture, "<Control>Return");
  g_assert_true (focus_is_in (fixture, shown_action (fixture, 1)));
  type_into (fixture, shown_action (fixture, 1), "what", "Lunch club");
  pause_typing (fixture);
}

static void
check_written (Fixture *fixture)
{
  g_autoptr(TandemPlan) plan = stored_plan (fixture);
  TandemPlanVersion *version = tandem_plan_get_version (plan);
  TandemPlanNeed *need = nth (tandem_plan_get_needs (plan), 0);
  TandemPlanGoal *goal = nth (tandem_plan_get_goals (plan, need), 0);
  TandemPlanAction *action = nth (tandem_plan_get_actions (plan, goal), 0);
  g_autofree char *actions = stored_actions (fixture);

  g_assert_cmpstr (tandem_plan_version_get_about_important (version), ==,
                   "My garden 🌷 and my grandson");
  g_assert_cmpstr (tandem_plan_version_get_about_worth_knowing (version), ==, "أحب البستنة");
  g_assert_cmpstr (tandem_plan_need_get_words (need), ==, "I feel lonely");
  g_assert_cmpstr (tandem_plan_goal_get_words (goal), ==, "Meet people");
  g_assert_cmpint (tandem_plan_goal_get_importance (goal), ==, 8);
  g_assert_cmpstr (tandem_plan_action_get_who (action), ==, "Me and Sara");
  g_assert_cmpstr (actions, ==, "Walk|Lunch club");
}

static void
check_dates (Fixture *fixture)
{
  TandemPlanAction *action = shown_action (fixture, 0);
  TandemPlanInput *due = TANDEM_PLAN_INPUT (input_of (fixture, action, "due-on"));
  g_autoptr(TandemPlan) plan = NULL;

  /* A date that does not exist is kept as typed, with a message, and not saved... */
  type_into (fixture, action, "due-on", "31/02/2026");
  tandem_ui_iterate (1000);
  g_assert_nonnull (tandem_plan_input_get_message (due));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tandem_plan_input_get_editor (due))), ==,
                   "31/02/2026");
  plan = stored_plan (fixture);
  g_assert_cmpstr (tandem_plan_action_get_due_on (nth (tandem_plan_get_actions (plan,
                                                                                  nth (tandem_plan_get_goals (plan, nth (tandem_plan_get_needs (plan), 0)), 0)), 0)),
                   ==, "");
  g_clear_object (&plan);

  /* ...until it is put right. */
  clear_field (fixture, action, "due-on");
  type_into (fixture, action, "due-on", "28/02/2026");
  pause_typing (fixture);
  g_assert_null (tandem_plan_input_get_message (due));
  plan = stored_plan (fixture);
  g_assert_cmpstr (tandem_plan_action_get_due_on (nth (tandem_plan_get_actions (plan,
                                                                                  nth (tandem_plan_get_goals (plan, nth (tandem_plan_get_needs (plan), 0)), 0)), 0)),
                   ==, "2026-02-28");
}

static void
check_reorder_and_undo (Fixture *fixture)
{
  TandemPlanAction *lunch = shown_action (fixture, 1);
  TandemPlanVersion *version = tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture)));
  g_autofree char *order = NULL;
  g_autofree char *text = NULL;
  g_autoptr(TandemPlan) plan = NULL;

  /* Alt+Up moves the action the focus is in; the focus stays with it. */
  tandem_plan_item_row_focus (row_of (fixture, lunch), "what");
  press (fixture, "<Alt>Up");
  order = stored_actions (fixture);
  g_assert_cmpstr (order, ==, "Lunch club|Walk");
  g_assert_true (focus_is_in (fixture, lunch));
  g_clear_pointer (&order, g_free);

  /* Ctrl+Z undoes the move in the store, Ctrl+Shift+Z redoes it. */
  press (fixture, "<Control>z");
  order = stored_actions (fixture);
  g_assert_cmpstr (order, ==, "Walk|Lunch club");
  g_clear_pointer (&order, g_free);
  press (fixture, "<Shift><Control>z");
  order = stored_actions (fixture);
  g_assert_cmpstr (order, ==, "Lunch club|Walk");
  g_clear_pointer (&order, g_free);

  /* The item's menu moves it too. */
  gtk_widget_activate_action (GTK_WIDGET (row_of (fixture, lunch)), "item.move-down", NULL);
  order = stored_actions (fixture);
  g_assert_cmpstr (order, ==, "Walk|Lunch club");
  g_clear_pointer (&order, g_free);

  /* Typing is undone as one step, in the field and in the store. */
  type_into (fixture, version, "strengths", "Patient");
  pause_typing (fixture);
  press (fixture, "<Control>z");
  text = field_text (fixture, version, "strengths");
  g_assert_cmpstr (text, ==, "");
  plan = stored_plan (fixture);
  g_assert_cmpstr (tandem_plan_version_get_strengths (tandem_plan_get_version (plan)), ==, "");
  g_clear_object (&plan);

  /* Removing an action, then undoing, brings it back where it was. */
  gtk_widget_activate_action (GTK_WIDGET (row_of (fixture, shown_action (fixture, 0))),
                              "item.remove", NULL);
  order = stored_actions (fixture);
  g_assert_cmpstr (order, ==, "Lunch club");
  g_clear_pointer (&order, g_free);
  press (fixture, "<Control>z");
  order = stored_actions (fixture);
  g_assert_cmpstr (order, ==, "Walk|Lunch club");
  g_assert_true (focus_is_in (fixture, shown_action (fixture, 0)));
}

static AdwEntryRow *
agree_row (TandemPlanAgreeDialog *dialog,
           const char            *property)
{
  return ADW_ENTRY_ROW (tandem_plan_agree_dialog_get_row (dialog, property));
}

static void
agree_through_dialog (Fixture *fixture)
{
  TandemPlanAgreeDialog *dialog;
  g_autoptr(TandemPlan) plan = NULL;
  TandemPlanVersion *version;
  g_autofree char *summary = NULL;

  click_action_button (fixture, "plan.agree");
  dialog = TANDEM_PLAN_AGREE_DIALOG (tandem_ui_wait_window (TANDEM_TYPE_PLAN_AGREE_DIALOG));
  g_assert_nonnull (dialog);

  /* With a representative, whose name and role are needed, and a review date that is not a
   * date: nothing is agreed and each field says what is wrong. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (tandem_plan_agree_dialog_get_row (dialog, "agreed-with")),
                              TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE);
  gtk_editable_set_text (GTK_EDITABLE (agree_row (dialog, "review-on")), "32/13/2026");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "agree.confirm", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 1);
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_PLAN_AGREE_DIALOG));
  g_assert_nonnull (tandem_plan_agree_dialog_get_message (dialog, "representative-name"));
  g_assert_nonnull (tandem_plan_agree_dialog_get_message (dialog, "representative-role"));
  g_assert_nonnull (tandem_plan_agree_dialog_get_message (dialog, "review-on"));
  g_assert_null (tandem_plan_agree_dialog_get_message (dialog, "agreed-on"));
  plan = stored_plan (fixture);
  g_assert_false (tandem_plan_is_frozen (plan));
  g_clear_object (&plan);

  gtk_editable_set_text (GTK_EDITABLE (agree_row (dialog, "representative-name")), "Sara Ahmed");
  gtk_editable_set_text (GTK_EDITABLE (agree_row (dialog, "representative-role")), "Daughter");
  gtk_editable_set_text (GTK_EDITABLE (agree_row (dialog, "review-on")), "1/6/2099");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "agree.confirm", NULL);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PLAN_AGREE_DIALOG));
  tandem_ui_wait_frames (fixture->window, 1);

  /* Agreed, frozen, and nothing on the page can be edited. */
  plan = stored_plan (fixture);
  version = tandem_plan_get_version (plan);
  g_assert_true (tandem_plan_is_frozen (plan));
  g_assert_cmpstr (tandem_plan_version_get_representative_name (version), ==, "Sara Ahmed");
  g_assert_cmpstr (tandem_plan_version_get_review_on (version), ==, "2099-06-01");
  g_assert_cmpint (tandem_plan_version_get_review_staff_id (version), ==,
                   tandem_record_get_id (fixture->me));
  g_assert_cmpstr (tandem_plan_version_get_agreed_how (version), ==, "Face to face");
  g_assert_true (tandem_plan_page_get_read_only (page (fixture)));
  g_assert_true (window_has_no_editors (fixture->page));
  g_assert_null (find_by_class (fixture->page, "tandem-plan-handle"));
  g_assert_null (find_action_button (fixture->page, "plan.add-need"));

  /* Copy for GP Record puts the summary on the clipboard. */
  click_action_button (fixture, "plan.copy-gp-summary");
  summary = tandem_ui_read_clipboard (fixture->page);
  g_assert_true (g_str_has_prefix (summary, "Personalised care and support plan, Test PCN\n"));
}

static void
review_and_discard (Fixture *fixture)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  TandemPlanCompareDialog *compare;
  AdwMessageDialog *confirm;
  TandemPlanNeed *need;

  click_action_button (fixture, "plan.start-review");
  versions = tandem_store_list_plan_versions (fixture->store,
                                              tandem_record_get_id (fixture->person), NULL);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpint (tandem_plan_version_get_number (g_ptr_array_index (versions, 0)), ==, 2);
  g_assert_cmpint (tandem_plan_version_get_state (g_ptr_array_index (versions, 0)), ==,
                   TANDEM_PLAN_DRAFT);
  g_clear_pointer (&versions, g_ptr_array_unref);

  /* Version 2 is shown, editable, with the same goal. */
  g_assert_false (tandem_plan_page_get_read_only (page (fixture)));
  plan = stored_plan (fixture);
  need = nth (tandem_plan_get_needs (plan), 0);
  g_assert_cmpstr (tandem_plan_goal_get_words (nth (tandem_plan_get_goals (plan, need), 0)), ==,
                   "Meet people");
  g_assert_cmpstr (tandem_plan_goal_get_words (shown_goal (fixture, 0)), ==, "Meet people");

  /* Comparing with version 1 finds nothing yet; then the goal's change. */
  gtk_widget_activate_action (fixture->page, "plan.compare", NULL);
  compare = TANDEM_PLAN_COMPARE_DIALOG (tandem_ui_wait_window (TANDEM_TYPE_PLAN_COMPARE_DIALOG));
  g_assert_cmpuint (tandem_plan_compare_dialog_get_n_changes (compare), ==, 0);
  g_assert_nonnull (tandem_ui_find_visible_status_page (GTK_WIDGET (compare)));
  gtk_window_destroy (GTK_WINDOW (compare));

  type_into (fixture, shown_goal (fixture, 0), "words", " at the garden");
  gtk_widget_activate_action (fixture->page, "plan.compare", NULL);
  compare = TANDEM_PLAN_COMPARE_DIALOG (tandem_ui_wait_window (TANDEM_TYPE_PLAN_COMPARE_DIALOG));
  g_assert_cmpuint (tandem_plan_compare_dialog_get_n_changes (compare), ==, 1);
  gtk_window_destroy (GTK_WINDOW (compare));

  /* Discarding the review goes back to the agreed version. */
  gtk_widget_activate_action (fixture->page, "plan.discard-review", NULL);
  confirm = ADW_MESSAGE_DIALOG (tandem_ui_wait_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "discard");
  tandem_ui_wait_frames (fixture->window, 1);
  versions = tandem_store_list_plan_versions (fixture->store,
                                              tandem_record_get_id (fixture->person), NULL);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_true (tandem_plan_page_get_read_only (page (fixture)));
}

static void
test_write_agree_review (Fixture       *fixture,
                         gconstpointer  data)
{
  start_plan (fixture);
  write_need_goal_and_actions (fixture);
  check_written (fixture);
  check_dates (fixture);
  check_reorder_and_undo (fixture);
  agree_through_dialog (fixture);
  review_and_discard (fixture);
}

/* A label under @root showing @text, as the header shows the plan's language. */
static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The plan's language and format start from the person's record and can be changed before
 * it is agreed; the header follows. */
static void
test_language_and_format (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TandemPlan) plan = NULL;
  TandemPlanVersion *version;
  guint n_languages;
  const TandemLanguage *languages = tandem_language_get_all (&n_languages);
  int polish = -1;

  start_plan (fixture);
  version = tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture)));
  tandem_plan_page_flush (page (fixture));

  for (guint i = 0; i < n_languages; i++)
    if (g_str_equal (languages[i].tag, "pl"))
      polish = i;
  g_assert_cmpint (polish, >=, 0);

  tandem_plan_input_choose (TANDEM_PLAN_INPUT (input_of (fixture, version, "language")), polish);
  tandem_plan_input_choose (TANDEM_PLAN_INPUT (input_of (fixture, version, "format")),
                            TANDEM_PLAN_FORMAT_LARGE_PRINT);
  tandem_plan_page_flush (page (fixture));
  tandem_ui_wait_frames (fixture->window, 1);

  plan = stored_plan (fixture);
  g_assert_cmpstr (tandem_plan_version_get_language (tandem_plan_get_version (plan)), ==, "pl");
  g_assert_cmpint (tandem_plan_version_get_format (tandem_plan_get_version (plan)), ==,
                   TANDEM_PLAN_FORMAT_LARGE_PRINT);
  g_assert_nonnull (find_label_containing (fixture->page, "Polish"));
  g_assert_nonnull (find_label_containing (fixture->page, "· Large print"));
}

/* What was typed a moment ago, not yet saved by the pause, is saved when the page moves on
 * to someone else: nothing is lost, with no wait and no Save button. */
static void
test_flush_on_person_change (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TandemPerson) other = add_person (fixture->store, "Grace", "Hopper");
  g_autoptr(TandemPlan) plan = NULL;
  TandemPlanVersion *version;

  start_plan (fixture);
  version = tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture)));
  type_into (fixture, version, "strengths", "Age UK befriending");
  g_assert_true (tandem_plan_editor_has_pending (tandem_plan_page_get_editor (page (fixture))));

  tandem_plan_page_set_person_id (page (fixture), tandem_record_get_id (other));
  plan = stored_plan (fixture);
  g_assert_cmpstr (tandem_plan_version_get_strengths (tandem_plan_get_version (plan)), ==,
                   "Age UK befriending");
  g_clear_object (&plan);

  /* And when the window closes. */
  tandem_plan_page_set_person_id (page (fixture), tandem_record_get_id (fixture->person));
  version = tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture)));
  type_into (fixture, version, "strengths", " and the lunch club");
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  plan = stored_plan (fixture);
  g_assert_cmpstr (tandem_plan_version_get_strengths (tandem_plan_get_version (plan)), ==,
                   "Age UK befriending and the lunch club");
}

/* A version agreed elsewhere (another window) refuses the page's next save: the store's
 * message is shown, and nothing claims to be saved. */
static void
test_store_refusal (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today_iso = tandem_date_today_iso ();
  TandemPlanVersion *version;
  GDate today;
  guint failures = 0;

  start_plan (fixture);
  plan = stored_plan (fixture);
  version = tandem_plan_get_version (plan);
  tandem_date_set_today (&today);
  tandem_plan_version_set_agreed_on (version, today_iso);
  tandem_plan_version_set_review_on (version, "2099-01-01");

  /* Agreed behind the page's back, without the store telling it. */
  g_signal_handlers_block_matched (fixture->store, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                   fixture->page);
  g_assert_true (tandem_store_agree_plan (fixture->store, version, &today, &error));
  g_assert_no_error (error);
  g_signal_handlers_unblock_matched (fixture->store, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                     fixture->page);

  g_signal_connect_swapped (tandem_plan_page_get_editor (page (fixture)), "failed",
                            G_CALLBACK (g_atomic_int_inc), &failures);
  type_into (fixture, tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture))),
             "strengths", "Kind");
  g_assert_false (tandem_plan_page_flush (page (fixture)));
  g_assert_cmpuint (failures, ==, 1);
  g_assert_false (tandem_plan_editor_get_can_redo (tandem_plan_page_get_editor (page (fixture))));
}

/* Support named in words before plans linked the directory shows read-only beside the
 * support connected; a draft can drop the words, and undo brings them back. A new plan has
 * no words to show and nowhere to type them. */
static void
test_support_as_written (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TandemPerson) other = add_person (fixture->store, "Grace", "Hopper");
  g_autoptr(TandemPlanVersion) written = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlanVersion *version;
  GtkWidget *input;
  GtkWidget *remove;

  start_plan (fixture);
  version = tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture)));
  input = input_of (fixture, version, "support");
  g_assert_null (tandem_plan_input_get_editor (TANDEM_PLAN_INPUT (input)));
  g_assert_false (gtk_widget_is_visible (input));
  g_assert_nonnull (find_label_containing (fixture->page,
                                           "Not signposted or referred to community support"));

  /* Someone whose plan an older version of Tandem wrote. */
  written = tandem_store_create_plan (fixture->store, tandem_record_get_id (other), 0, &error);
  g_assert_no_error (error);
  tandem_plan_version_set_support (written, "Age UK befriending on Thursdays");
  g_assert_true (tandem_store_save_plan_version (fixture->store, written, &error));
  g_assert_no_error (error);
  tandem_plan_page_set_person_id (page (fixture), tandem_record_get_id (other));
  tandem_ui_wait_frames (fixture->window, 1);

  version = tandem_plan_get_version (tandem_plan_page_get_plan (page (fixture)));
  input = input_of (fixture, version, "support");
  g_assert_true (gtk_widget_is_visible (input));
  g_assert_nonnull (find_label_containing (input, "Age UK befriending on Thursdays"));

  remove = tandem_ui_find_button (fixture->page, "Remove These Words");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  tandem_plan_page_flush (page (fixture));
  tandem_ui_wait_frames (fixture->window, 1);
  g_assert_false (gtk_widget_is_visible (input));
  plan = tandem_store_load_plan (fixture->store, tandem_record_get_id (written), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_plan_version_get_support (tandem_plan_get_version (plan)), ==, "");
  g_clear_object (&plan);

  press (fixture, "<Control>z");
  tandem_plan_page_flush (page (fixture));
  g_assert_true (gtk_widget_is_visible (input_of (fixture, version, "support")));
  plan = tandem_store_load_plan (fixture->store, tandem_record_get_id (written), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_plan_version_get_support (tandem_plan_get_version (plan)), ==,
                   "Age UK befriending on Thursdays");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/plan-page/write-agree-review", Fixture, NULL,
              fixture_set_up, test_write_agree_review, fixture_tear_down);
  g_test_add ("/plan-page/language-and-format", Fixture, NULL,
              fixture_set_up, test_language_and_format, fixture_tear_down);
  g_test_add ("/plan-page/flush-on-person-change", Fixture, NULL,
              fixture_set_up, test_flush_on_person_change, fixture_tear_down);
  g_test_add ("/plan-page/support-as-written", Fixture, NULL,
              fixture_set_up, test_support_as_written, fixture_tear_down);
  g_test_add ("/plan-page/store-refusal", Fixture, NULL,
              fixture_set_up, test_store_refusal, fixture_tear_down);

  return g_test_run ();
}
