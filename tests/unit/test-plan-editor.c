/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-date.h"
#include "tandem-plan-editor.h"
#include "tandem-test-util.h"

/* The plan editor without a display: every change reaches the store, and undo and redo put
 * the store back as it was, however the changes are mixed. */

typedef struct
{
  TandemTestDir    *dir;
  TandemStore      *store;
  TandemPerson     *person;
  TandemPlan       *plan;
  TandemPlanEditor *editor;
  guint             failures;
} Fixture;

static void
failed_cb (TandemPlanEditor *editor,
           const GError     *error,
           Fixture          *fixture)
{
  fixture->failures++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->person = tandem_test_add_person (fixture->store, "Ada", "Lovelace", NULL);
  version = tandem_store_create_plan (fixture->store, tandem_record_get_id (fixture->person), 0,
                                      &error);
  g_assert_no_error (error);
  fixture->plan = tandem_store_load_plan (fixture->store, tandem_record_get_id (version), &error);
  g_assert_no_error (error);
  fixture->editor = tandem_plan_editor_new (fixture->store, fixture->plan);
  g_signal_connect (fixture->editor, "failed", G_CALLBACK (failed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->editor);
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

/* The store's plan as text: needs, goals and actions in order, as "need[goal(action,action)]". */
static char *
stored (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  GString *text = g_string_new (NULL);
  GListModel *needs;

  plan = tandem_store_load_plan (fixture->store,
                                 tandem_record_get_id (tandem_plan_get_version (fixture->plan)),
                                 &error);
  g_assert_no_error (error);
  needs = tandem_plan_get_needs (plan);

  g_string_append (text, tandem_plan_version_get_strengths (tandem_plan_get_version (plan)));
  g_string_append_c (text, ':');
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (plan, need);

      g_string_append_printf (text, "%s%s[", i ? " " : "", tandem_plan_need_get_words (need));
      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);
          GListModel *actions = tandem_plan_get_actions (plan, goal);

          g_string_append_printf (text, "%s%s(", j ? " " : "", tandem_plan_goal_get_words (goal));
          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, k);

              g_string_append_printf (text, "%s%s", k ? "," : "", tandem_plan_action_get_what (action));
            }
          g_string_append_c (text, ')');
        }
      g_string_append_c (text, ']');
    }

  return g_string_free (text, FALSE);
}

#define assert_stored(fixture, expected) \
  G_STMT_START { \
    g_autofree char *_text = stored (fixture); \
    g_assert_cmpstr (_text, ==, expected); \
  } G_STMT_END

static gpointer
add (Fixture    *fixture,
     gpointer    parent,
     guint       position,
     const char *words)
{
  gpointer item = tandem_plan_editor_add (fixture->editor, parent, position);

  g_assert_nonnull (item);
  tandem_plan_editor_set_text (fixture->editor, item,
                               TANDEM_IS_PLAN_ACTION (item) ? "what" : "words", words);
  tandem_plan_editor_flush (fixture->editor);
  return item;
}

/* Adding, typing and moving reach the store at once; undo takes them back in order and redo
 * does them again. */
static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  data)
{
  TandemPlanNeed *need = add (fixture, NULL, 0, "Lonely");
  TandemPlanGoal *goal = add (fixture, need, 0, "Meet");
  TandemPlanAction *walk = add (fixture, goal, 0, "Walk");
  TandemPlanAction *lunch = add (fixture, goal, 1, "Lunch");
  TandemPlanAction *first = add (fixture, goal, 0, "First");

  g_assert_nonnull (walk);
  g_assert_nonnull (lunch);
  assert_stored (fixture, ":Lonely[Meet(First,Walk,Lunch)]");

  g_assert_true (tandem_plan_editor_move (fixture->editor, first, 2));
  assert_stored (fixture, ":Lonely[Meet(Walk,Lunch,First)]");
  g_assert_true (tandem_plan_editor_set_int (fixture->editor, goal, "importance", 7));

  g_assert_true (tandem_plan_editor_undo (fixture->editor));   /* importance */
  g_assert_cmpint (tandem_plan_goal_get_importance (goal), ==, 0);
  g_assert_true (tandem_plan_editor_undo (fixture->editor));   /* move */
  assert_stored (fixture, ":Lonely[Meet(First,Walk,Lunch)]");
  g_assert_true (tandem_plan_editor_undo (fixture->editor));   /* typing "First" */
  g_assert_true (tandem_plan_editor_undo (fixture->editor));   /* adding it */
  assert_stored (fixture, ":Lonely[Meet(Walk,Lunch)]");

  g_assert_true (tandem_plan_editor_redo (fixture->editor));
  g_assert_true (tandem_plan_editor_redo (fixture->editor));
  g_assert_true (tandem_plan_editor_redo (fixture->editor));
  assert_stored (fixture, ":Lonely[Meet(Walk,Lunch,First)]");
  g_assert_true (tandem_plan_editor_get_can_redo (fixture->editor));

  /* A new change forgets what could be redone. */
  tandem_plan_editor_set_text (fixture->editor, tandem_plan_get_version (fixture->plan),
                               "strengths", "Kind");
  tandem_plan_editor_flush (fixture->editor);
  g_assert_false (tandem_plan_editor_get_can_redo (fixture->editor));

  /* Back to the start, every step of it. */
  while (tandem_plan_editor_undo (fixture->editor))
    ;
  assert_stored (fixture, ":");
  g_assert_false (tandem_plan_editor_get_can_undo (fixture->editor));
  g_assert_cmpuint (fixture->failures, ==, 0);
}

/* Typing in one field is one step of undo, however many saves it took; typing in another
 * field is another. */
static void
test_typing_is_one_step (Fixture       *fixture,
                         gconstpointer  data)
{
  TandemPlanVersion *version = tandem_plan_get_version (fixture->plan);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  tandem_plan_editor_set_text (fixture->editor, version, "strengths", "Pat");
  g_assert_true (tandem_plan_editor_has_pending (fixture->editor));

  /* Saved by the pause, with no flush. */
  g_timeout_add_once (TANDEM_PLAN_EDITOR_SAVE_DELAY_MS + 100, (GSourceOnceFunc) g_main_loop_quit,
                      loop);
  g_main_loop_run (loop);
  g_assert_false (tandem_plan_editor_has_pending (fixture->editor));
  assert_stored (fixture, "Pat:");

  tandem_plan_editor_set_text (fixture->editor, version, "strengths", "Patient");
  tandem_plan_editor_flush (fixture->editor);
  tandem_plan_editor_set_text (fixture->editor, version, "support", "Age UK");
  tandem_plan_editor_flush (fixture->editor);
  assert_stored (fixture, "Patient:");

  g_assert_true (tandem_plan_editor_undo (fixture->editor));
  g_assert_cmpstr (tandem_plan_version_get_support (version), ==, "");
  g_assert_true (tandem_plan_editor_undo (fixture->editor));
  assert_stored (fixture, ":");
  g_assert_false (tandem_plan_editor_get_can_undo (fixture->editor));
}

/* Removing a need takes its goals and actions; undoing brings them all back in place, and a
 * change made to one of them before the removal can still be undone after. */
static void
test_remove_and_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  TandemPlanNeed *lonely = add (fixture, NULL, 0, "Lonely");
  TandemPlanNeed *money = add (fixture, NULL, 1, "Money");
  TandemPlanGoal *goal = add (fixture, lonely, 0, "Meet");
  TandemPlanAction *walk = add (fixture, goal, 0, "Walk");
  g_autofree char *key = g_strdup (tandem_plan_action_get_key (walk));

  g_assert_nonnull (money);
  g_assert_true (tandem_plan_editor_remove (fixture->editor, lonely));
  assert_stored (fixture, ":Money[]");
  g_assert_cmpuint (tandem_plan_count_actions (fixture->plan), ==, 0);

  g_assert_true (tandem_plan_editor_undo (fixture->editor));
  assert_stored (fixture, ":Lonely[Meet(Walk)] Money[]");
  g_assert_cmpuint (tandem_plan_count_actions (fixture->plan), ==, 1);
  g_assert_cmpstr (tandem_plan_action_get_key (walk), ==, key);
  g_assert_cmpint (tandem_record_get_id (walk), !=, 0);
  g_assert_true (tandem_plan_find_goal (fixture->plan, tandem_record_get_id (goal)) == goal);

  /* The action's words, typed before the removal, are undone on the restored action. */
  g_assert_true (tandem_plan_editor_undo (fixture->editor));
  assert_stored (fixture, ":Lonely[Meet()] Money[]");

  /* Removing again and redoing the undo keeps working on the same objects. */
  g_assert_true (tandem_plan_editor_redo (fixture->editor));
  g_assert_true (tandem_plan_editor_redo (fixture->editor));
  assert_stored (fixture, ":Money[]");
  g_assert_cmpuint (fixture->failures, ==, 0);
}

/* A version agreed elsewhere refuses every change; the editor says so and changes nothing. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  TandemPlanNeed *need = add (fixture, NULL, 0, "Lonely");
  g_autoptr(TandemPlanVersion) copy = tandem_record_copy (tandem_plan_get_version (fixture->plan));
  g_autoptr(GError) error = NULL;
  g_autofree char *today_iso = tandem_date_today_iso ();
  GDate today;

  tandem_date_set_today (&today);
  tandem_plan_version_set_agreed_on (copy, today_iso);
  tandem_plan_version_set_review_on (copy, "2099-01-01");
  g_assert_true (tandem_store_agree_plan (fixture->store, copy, &today, &error));
  g_assert_no_error (error);

  g_assert_null (tandem_plan_editor_add (fixture->editor, need, 0));
  g_assert_false (tandem_plan_editor_remove (fixture->editor, need));
  tandem_plan_editor_set_text (fixture->editor, need, "words", "Changed");
  g_assert_false (tandem_plan_editor_flush (fixture->editor));
  g_assert_cmpstr (tandem_plan_need_get_words (need), ==, "Lonely");
  g_assert_cmpuint (fixture->failures, ==, 3);
  assert_stored (fixture, ":Lonely[]");

  /* Undo fails the same way and keeps the step, to try again. */
  g_assert_false (tandem_plan_editor_undo (fixture->editor));
  g_assert_true (tandem_plan_editor_get_can_undo (fixture->editor));
}

/* Typing the store cannot take yet, because another program holds the database as a full
 * disk or a read-only file would: it waits, and reaches the store at the first flush after
 * the cause has gone. */
static void
test_typing_waits (Fixture       *fixture,
                   gconstpointer  data)
{
  TandemPlanNeed *need = add (fixture, NULL, 0, "Lonely");
  g_autofree char *path = tandem_test_dir_file (fixture->dir, "tandem.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) other = tandem_store_open (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (tandem_store_begin (other, &error));
  g_assert_no_error (error);
  tandem_store_set_busy_timeout (fixture->store, 20);

  tandem_plan_editor_set_text (fixture->editor, need, "words", "Lonely since the move");
  g_assert_false (tandem_plan_editor_flush (fixture->editor));
  g_assert_cmpuint (fixture->failures, ==, 1);
  g_assert_true (tandem_plan_editor_has_pending (fixture->editor));
  g_assert_false (tandem_plan_editor_flush (fixture->editor));
  g_assert_cmpuint (fixture->failures, ==, 2);
  g_assert_true (tandem_plan_editor_has_pending (fixture->editor));

  tandem_store_rollback (other);
  g_assert_true (tandem_plan_editor_flush (fixture->editor));
  g_assert_false (tandem_plan_editor_has_pending (fixture->editor));
  g_assert_cmpuint (fixture->failures, ==, 2);
  assert_stored (fixture, ":Lonely since the move[]");

  /* It joined the typing just before it in the same field, as typing does: one undo takes
   * the field back to before both. */
  g_assert_true (tandem_plan_editor_undo (fixture->editor));
  assert_stored (fixture, ":[]");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/plan-editor/undo-redo", Fixture, NULL,
              fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/plan-editor/typing-is-one-step", Fixture, NULL,
              fixture_set_up, test_typing_is_one_step, fixture_tear_down);
  g_test_add ("/plan-editor/remove-and-restore", Fixture, NULL,
              fixture_set_up, test_remove_and_restore, fixture_tear_down);
  g_test_add ("/plan-editor/refused", Fixture, NULL,
              fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/plan-editor/typing-waits", Fixture, NULL,
              fixture_set_up, test_typing_waits, fixture_tear_down);

  return g_test_run ();
}
