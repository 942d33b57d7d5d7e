/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-caseload-view.h"
#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-measure-chart.h"
#include "tandem-measure-editor.h"
#include "tandem-measures-group.h"
#include "tandem-person-page.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* Outcome measures as a coach records them: through the person's page and the real dialog,
 * clicking the answers, and never losing a half-answered questionnaire. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  TandemStaff   *me;
  TandemPerson  *person;
  GSettings     *settings;
  TandemWindow  *window;
  GtkWidget     *group;
} Fixture;

/* Seven SWEMWBS answers adding up to 22, whose metric score is 19.98. */
static const char * const baseline_answers[] = {
  "Some of the time", "Some of the time", "Some of the time", "Often",
  "Some of the time", "Some of the time", "Some of the time",
};

/* 26: 23.21. */
static const char * const follow_up_answers[] = {
  "Often", "Often", "Some of the time", "Often", "Often", "Often", "Some of the time",
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (fixture->settings, "caseload-scope", "everyone");
  g_settings_set_string (fixture->settings, "caseload-show", "all");

  /* With a PCN named, the window opens on the caseload rather than the welcome. */
  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);
  fixture->me = tandem_staff_new ();
  tandem_staff_set_name (fixture->me, "Robin Ash");
  tandem_store_save_staff (fixture->store, fixture->me, &error);
  g_assert_no_error (error);
  fixture->person = tandem_test_add_person (fixture->store, "Maryam", "Okafor", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "caseload-scope");
  g_settings_reset (fixture->settings, "caseload-show");
  g_settings_reset (fixture->settings, "last-signed-in");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->me);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static gint64
person_id (Fixture *fixture)
{
  return tandem_record_get_id (fixture->person);
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

/* Activates @button as the keyboard does, and waits for it to act: it shows itself pressed
 * for a moment first. */
static void
click (GtkWidget *widget)
{
  /* Clicking Add may close the window the button is in. */
  g_autoptr(GtkWidget) button = g_object_ref (widget);
  gboolean clicked = FALSE;
  gulong handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);

  g_assert_true (gtk_widget_get_mapped (button));
  gtk_widget_activate (button);
  g_assert_true (tandem_ui_wait_until (is_true, &clicked, 2000));
  g_signal_handler_disconnect (button, handler);
}

/* The window, showing the person's page. */
static void
open_person (Fixture *fixture)
{
  GtkWidget *view;
  GtkWidget *page;

  fixture->window = tandem_ui_open_window (fixture->store);
  view = tandem_window_get_caseload_view (fixture->window);
  tandem_ui_sign_in (tandem_window_get_session (fixture->window),
                     tandem_record_get_id (fixture->me));
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, fixture->window, 5000);

  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), person_id (fixture));
  page = tandem_ui_find_by_type (view, TANDEM_TYPE_PERSON_PAGE);
  fixture->group = tandem_ui_find_by_type (page, TANDEM_TYPE_MEASURES_GROUP);
  g_assert_nonnull (fixture->group);
  g_assert_cmpint (tandem_measures_group_get_person_id (TANDEM_MEASURES_GROUP (fixture->group)),
                   ==, person_id (fixture));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
}

/* Clicks the group's Add Result button, as the user would. */
static TandemMeasureEditor *
click_add_result (Fixture *fixture)
{
  GtkWidget *button = tandem_ui_find_button (fixture->group, "Add Result");

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  click (button);
  return TANDEM_MEASURE_EDITOR (tandem_ui_wait_window (TANDEM_TYPE_MEASURE_EDITOR));
}

static TandemForm *
editor_form (TandemMeasureEditor *editor)
{
  return tandem_editor_window_get_form (TANDEM_EDITOR_WINDOW (editor), "measure");
}

static void
choose_measure (TandemMeasureEditor *editor,
                TandemMeasureKind    kind)
{
  GtkWidget *row = tandem_form_get_row (editor_form (editor), "kind");
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  const char *name = _(tandem_measure_get_info (kind)->name);

  /* By the name the user sees in the list. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), name))
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
          TandemMeasureAnswers *answers = tandem_measure_editor_get_answers (editor);

          g_assert_cmpint (tandem_measure_answers_get_kind (answers), ==, kind);
          return;
        }
    }

  g_assert_not_reached ();
}

/* Clicks the button labelled @answer in the row of item @item. */
static void
click_answer (TandemMeasureEditor *editor,
              guint                item,
              const char          *answer)
{
  GtkWidget *row = tandem_measure_answers_get_item_row (tandem_measure_editor_get_answers (editor),
                                                        item);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = tandem_ui_find_button (row, answer);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  click (button);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
}

static gboolean
is_chosen (GtkWidget *button)
{
  return GTK_IS_TOGGLE_BUTTON (button) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
}

static gboolean
answer_chosen (TandemMeasureAnswers *answers,
               guint                 item,
               const char           *answer)
{
  return is_chosen (tandem_ui_find_button (tandem_measure_answers_get_item_row (answers, item),
                                           answer));
}

static const char *
score_text (TandemMeasureEditor *editor)
{
  return tandem_measure_answers_get_score_text (tandem_measure_editor_get_answers (editor));
}

static void
click_add (TandemMeasureEditor *editor)
{
  GtkWidget *button = tandem_ui_find_button (GTK_WIDGET (editor), "Add");

  g_assert_nonnull (button);
  click (button);
}

/* The group's row for @kind, or NULL. */
static AdwExpanderRow *
find_measure_row (Fixture           *fixture,
                  TandemMeasureKind  kind)
{
  const char *name = _(tandem_measure_get_info (kind)->name);

  for (GtkWidget *row = tandem_ui_find_by_type (fixture->group, ADW_TYPE_EXPANDER_ROW);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_EXPANDER_ROW (row) &&
          g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name))
        return ADW_EXPANDER_ROW (row);
    }

  return NULL;
}

/* Whether an action row under @root has a subtitle containing @text. */
static gboolean
shows_subtitle (GtkWidget  *root,
                const char *text)
{
  if (ADW_IS_ACTION_ROW (root) &&
      strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (root)) ?: "", text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_subtitle (child, text))
        return TRUE;
    }

  return FALSE;
}

/* Whether a row under @root has the title @title. */
static gboolean
shows_title (GtkWidget  *root,
             const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_title (child, title))
        return TRUE;
    }

  return FALSE;
}

/* The message shown under @root: a visible label styled as an error. */
static const char *
find_message (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "error") &&
      gtk_widget_get_visible (root))
    return gtk_label_get_text (GTK_LABEL (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = find_message (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_results (Fixture *fixture)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = tandem_store_list_measure_results (fixture->store, person_id (fixture), &error);
  g_assert_no_error (error);
  return results->len;
}

static void
add_swemwbs (Fixture            *fixture,
             const char * const *answers,
             const char         *taken_on,
             TandemMeasureStage  expected_stage)
{
  TandemMeasureEditor *editor = click_add_result (fixture);
  g_autoptr(JsonObject) input = NULL;

  choose_measure (editor, TANDEM_MEASURE_SWEMWBS);

  /* A baseline if there is none yet, a follow-up after it; taken today, by the user. */
  input = tandem_form_read (editor_form (editor));
  g_assert_cmpstr (json_object_get_string_member (input, "stage"), ==,
                   tandem_enum_to_nick (TANDEM_TYPE_MEASURE_STAGE, expected_stage));
  g_assert_cmpint (json_object_get_int_member (input, "staff-id"), ==,
                   tandem_record_get_id (fixture->me));
  if (taken_on != NULL)
    tandem_form_set_text (editor_form (editor), "taken-on", taken_on);

  for (guint i = 0; i < 7; i++)
    {
      g_assert_null (strstr (score_text (editor), "metric score"));
      click_answer (editor, i, answers[i]);
    }

  click_add (editor);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_MEASURE_EDITOR));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
}

static void
test_add_baseline_and_follow_up (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *ten_days_ago = tandem_test_days_ago (10);
  g_autofree char *typed = tandem_date_to_input (ten_days_ago);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  AdwExpanderRow *row;
  TandemMeasureEditor *editor;

  open_person (fixture);
  g_assert_true (shows_title (fixture->group, "No measures recorded yet"));
  g_assert_null (find_measure_row (fixture, TANDEM_MEASURE_SWEMWBS));

  /* The live score, once every item is answered. */
  editor = click_add_result (fixture);
  choose_measure (editor, TANDEM_MEASURE_SWEMWBS);
  for (guint i = 0; i < 7; i++)
    click_answer (editor, i, baseline_answers[i]);
  g_assert_cmpstr (score_text (editor), ==, "Raw 22, metric score 19.98");
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_MEASURE_EDITOR));
  tandem_store_delete_draft (fixture->store, "new-measure", person_id (fixture), NULL);

  add_swemwbs (fixture, baseline_answers, typed, TANDEM_STAGE_BASELINE);

  results = tandem_store_list_measure_results (fixture->store, person_id (fixture), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (tandem_measure_result_get_answers (g_ptr_array_index (results, 0)), ==,
                   "3,3,3,4,3,3,3");
  g_assert_cmpstr (tandem_measure_result_get_taken_on (g_ptr_array_index (results, 0)), ==,
                   ten_days_ago);
  g_assert_null (tandem_store_load_draft (fixture->store, "new-measure", person_id (fixture),
                                          NULL));

  /* The page shows it, with its metric score. */
  row = find_measure_row (fixture, TANDEM_MEASURE_SWEMWBS);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (row), "19.98 on "));
  g_assert_true (shows_subtitle (GTK_WIDGET (row), "Raw 22, metric score 19.98"));
  g_assert_nonnull (tandem_ui_find_by_type (GTK_WIDGET (row), TANDEM_TYPE_MEASURE_CHART));
  g_assert_false (shows_title (fixture->group, "No measures recorded yet"));

  /* A follow-up today: the change since baseline is read. */
  add_swemwbs (fixture, follow_up_answers, NULL, TANDEM_STAGE_FOLLOW_UP);
  row = find_measure_row (fixture, TANDEM_MEASURE_SWEMWBS);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (row), "23.21 on "));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (row),
                            "Up 3.23 since baseline: better"));
}

static void
test_partial_entry_is_kept (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *draft = NULL;
  TandemMeasureEditor *editor;
  TandemMeasureAnswers *answers;
  GtkWidget *row;
  GtkWidget *focus;

  open_person (fixture);
  editor = click_add_result (fixture);
  choose_measure (editor, TANDEM_MEASURE_SWEMWBS);
  for (guint i = 0; i < 7; i++)
    {
      /* Items 3 and 6 left unanswered. */
      if (i != 2 && i != 5)
        click_answer (editor, i, baseline_answers[i]);
    }
  g_assert_cmpstr (score_text (editor), ==, "2 more answers are needed for a score");

  click_add (editor);
  tandem_ui_wait_frames (GTK_WIDGET (editor), 1);

  /* Still open, saying which item is missing, with the focus on it; nothing added. */
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_MEASURE_EDITOR));
  answers = tandem_measure_editor_get_answers (editor);
  row = tandem_measure_answers_get_item_row (answers, 2);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (find_message (row), ==,
                   "Answer “I’ve been feeling relaxed”: every item is needed for a score");
  g_assert_cmpstr (find_message (tandem_measure_answers_get_item_row (answers, 5)), ==,
                   "Answer “I’ve been feeling close to other people”: every item is needed "
                   "for a score");
  g_assert_false (gtk_widget_has_css_class (tandem_measure_answers_get_item_row (answers, 0),
                                            "error"));
  g_assert_null (find_message (tandem_measure_answers_get_item_row (answers, 0)));
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, row));
  g_assert_cmpuint (count_results (fixture), ==, 0);

  /* What was answered is kept, in the window and in the store. */
  g_assert_true (answer_chosen (answers, 3, "Often"));
  draft = tandem_store_load_draft (fixture->store, "new-measure", person_id (fixture), NULL);
  g_assert_nonnull (draft);
  g_assert_nonnull (strstr (draft, "swemwbs"));

  /* As if Tandem stopped: the window goes without asking. Opening it again carries on. */
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_MEASURE_EDITOR));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_nonnull (tandem_ui_find_button (fixture->group, "Continue"));

  editor = click_add_result (fixture);
  answers = tandem_measure_editor_get_answers (editor);
  g_assert_cmpint (tandem_measure_answers_get_kind (answers), ==, TANDEM_MEASURE_SWEMWBS);
  g_assert_cmpstr (score_text (editor), ==, "2 more answers are needed for a score");
  g_assert_true (answer_chosen (answers, 3, "Often"));
  g_assert_false (answer_chosen (answers, 2, "Some of the time"));

  /* Answering the rest adds it. */
  click_answer (editor, 2, baseline_answers[2]);
  click_answer (editor, 5, baseline_answers[5]);
  g_assert_cmpstr (score_text (editor), ==, "Raw 22, metric score 19.98");
  click_add (editor);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_MEASURE_EDITOR));
  g_assert_cmpuint (count_results (fixture), ==, 1);
  g_assert_null (tandem_store_load_draft (fixture->store, "new-measure", person_id (fixture),
                                          NULL));
}

/* A licensed measure shows Tandem's own labels and number entries, never items to answer. */
static void
test_licensed_measure_records_numbers (Fixture       *fixture,
                                       gconstpointer  data)
{
  TandemMeasureEditor *editor;
  TandemMeasureAnswers *answers;
  GtkWidget *entry;

  open_person (fixture);
  editor = click_add_result (fixture);
  choose_measure (editor, TANDEM_MEASURE_PAM);
  answers = tandem_measure_editor_get_answers (editor);

  g_assert_null (tandem_ui_find_by_type (GTK_WIDGET (answers), GTK_TYPE_TOGGLE_BUTTON));
  entry = tandem_measure_answers_get_item_row (answers, 0);
  g_assert_true (ADW_IS_ENTRY_ROW (entry));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry)), ==,
                   "PAM score (0–100)");
  g_assert_null (tandem_measure_answers_get_item_row (answers, 1));

  /* Out of range is refused with the measure's own message, and kept as typed. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "101");
  click_add (editor);
  tandem_ui_wait_frames (GTK_WIDGET (editor), 1);
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_MEASURE_EDITOR));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpstr (find_message (GTK_WIDGET (answers)), ==,
                   "“PAM score (0–100)” must be from 0 to 100");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "101");

  gtk_editable_set_text (GTK_EDITABLE (entry), "52,3");
  g_assert_cmpstr (score_text (editor), ==, "Score 52.3, level 2");
  click_add (editor);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_MEASURE_EDITOR));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_nonnull (find_measure_row (fixture, TANDEM_MEASURE_PAM));
  g_assert_true (shows_subtitle (fixture->group, "Score 52.3, level 2"));
}

/* Correcting a result saves as the user goes; deleting takes it off the page. */
static void
test_edit_and_delete (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TandemMeasureResult) result = tandem_measure_result_new ();
  g_autofree char *day = tandem_test_days_ago (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  TandemMeasureEditor *editor;

  tandem_measure_result_set_person_id (result, person_id (fixture));
  tandem_measure_result_set_kind (result, TANDEM_MEASURE_ONS4);
  tandem_measure_result_set_taken_on (result, day);
  tandem_measure_result_set_answers (result, "7,5,9,3");
  g_assert_true (tandem_store_save_measure_result (fixture->store, result, &error));
  g_assert_no_error (error);

  open_person (fixture);
  g_assert_nonnull (find_measure_row (fixture, TANDEM_MEASURE_ONS4));
  g_assert_true (shows_subtitle (fixture->group, "Life satisfaction 7 (High)"));

  gtk_widget_activate_action (fixture->group, "measures.edit", "x", tandem_record_get_id (result));
  editor = TANDEM_MEASURE_EDITOR (tandem_ui_wait_window (TANDEM_TYPE_MEASURE_EDITOR));
  g_assert_null (tandem_form_get_row (editor_form (editor), "kind"));
  click_answer (editor, 0, "8");
  g_assert_true (tandem_editor_window_flush (TANDEM_EDITOR_WINDOW (editor)));
  results = tandem_store_list_measure_results (fixture->store, person_id (fixture), NULL);
  g_assert_cmpstr (tandem_measure_result_get_answers (g_ptr_array_index (results, 0)), ==,
                   "8,5,9,3");
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_MEASURE_EDITOR));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_true (shows_subtitle (fixture->group, "Life satisfaction 8 (High)"));

  gtk_widget_activate_action (fixture->group, "measures.delete", "x",
                              tandem_record_get_id (result));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpuint (count_results (fixture), ==, 0);
  g_assert_null (find_measure_row (fixture, TANDEM_MEASURE_ONS4));
  g_assert_true (shows_title (fixture->group, "No measures recorded yet"));
}

/* GTK 4.8 cannot make key events for a test: this hands the key to the handlers of the
 * focused widget and those around it, as GTK would. */
static void
press_key (TandemMeasureEditor *editor,
           guint                keyval)
{
  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (editor));
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          gboolean handled = FALSE;

          if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
            continue;

          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          if (handled)
            return;
        }
    }
}

static const char *
focused_label (TandemMeasureEditor *editor)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));

  return GTK_IS_BUTTON (focus) ? gtk_button_get_label (GTK_BUTTON (focus)) : NULL;
}

/* With only the keyboard: Tab stops once at each item, on the answer chosen or else the
 * first, as for radio buttons; then at the dialog's buttons. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  TandemMeasureEditor *editor;
  TandemMeasureAnswers *answers;
  GtkWidget *add;
  GtkWidget *focus = NULL;
  guint next_item = 0;

  open_person (fixture);
  editor = click_add_result (fixture);
  choose_measure (editor, TANDEM_MEASURE_SWEMWBS);
  answers = tandem_measure_editor_get_answers (editor);
  add = tandem_ui_find_button (GTK_WIDGET (editor), "Add");
  click_answer (editor, 2, "Often");

  gtk_widget_grab_focus (tandem_form_get_row (editor_form (editor), "kind"));
  for (guint step = 0; step < 40 && focus != add; step++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (editor), GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (editor));
      g_assert_nonnull (focus);

      for (guint i = 0; i < 7; i++)
        {
          if (!gtk_widget_is_ancestor (focus, tandem_measure_answers_get_item_row (answers, i)))
            continue;

          g_assert_cmpuint (i, ==, next_item);
          g_assert_true (GTK_IS_TOGGLE_BUTTON (focus));
          g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==,
                           i == 2 ? "Often" : "None of the time");
          next_item++;
        }
    }

  g_assert_cmpuint (next_item, ==, 7);
  g_assert_true (focus == add);

  /* The arrow keys move the answer along the scale, and the focus with it. */
  gtk_widget_grab_focus (tandem_ui_find_button (tandem_measure_answers_get_item_row (answers, 2),
                                                "Often"));
  press_key (editor, GDK_KEY_Right);
  g_assert_cmpstr (focused_label (editor), ==, "All of the time");
  press_key (editor, GDK_KEY_Right);
  g_assert_cmpstr (focused_label (editor), ==, "All of the time");
  press_key (editor, GDK_KEY_Home);
  g_assert_cmpstr (focused_label (editor), ==, "None of the time");
  press_key (editor, GDK_KEY_Left);
  g_assert_cmpstr (focused_label (editor), ==, "None of the time");
  g_assert_true (is_chosen (gtk_root_get_focus (GTK_ROOT (editor))));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/measures/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add-baseline-and-follow-up", test_add_baseline_and_follow_up);
  ADD ("partial-entry-is-kept", test_partial_entry_is_kept);
  ADD ("licensed-measure-records-numbers", test_licensed_measure_records_numbers);
  ADD ("edit-and-delete", test_edit_and_delete);
  ADD ("keyboard", test_keyboard);

#undef ADD

  return g_test_run ();
}
