/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <signal.h>

#include "tandem-caseload.h"
#include "tandem-date.h"
#include "tandem-gp-summary.h"
#include "tandem-plan-diff.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

#define TODAY "2026-03-02"

static TandemPlanVersion *
create_plan (TandemStore  *store,
             TandemPerson *person)
{
  g_autoptr(GError) error = NULL;
  TandemPlanVersion *version;

  version = tandem_store_create_plan (store, tandem_record_get_id (person), 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (version);

  return version;
}

static TandemPlanNeed *
add_need (TandemStore       *store,
          TandemPlanVersion *version,
          int                position,
          const char        *words)
{
  g_autoptr(GError) error = NULL;
  TandemPlanNeed *need = tandem_plan_need_new ();

  tandem_plan_need_set_version_id (need, tandem_record_get_id (version));
  tandem_plan_need_set_position (need, position);
  tandem_plan_need_set_words (need, words);
  g_assert_true (tandem_store_save_plan_item (store, need, &error));
  g_assert_no_error (error);

  return need;
}

static TandemPlanGoal *
add_goal (TandemStore    *store,
          TandemPlanNeed *need,
          int             position,
          const char     *words)
{
  g_autoptr(GError) error = NULL;
  TandemPlanGoal *goal = tandem_plan_goal_new ();

  tandem_plan_goal_set_need_id (goal, tandem_record_get_id (need));
  tandem_plan_goal_set_position (goal, position);
  tandem_plan_goal_set_words (goal, words);
  tandem_plan_goal_set_importance (goal, 8);
  g_assert_true (tandem_store_save_plan_item (store, goal, &error));
  g_assert_no_error (error);

  return goal;
}

static TandemPlanAction *
add_action (TandemStore    *store,
            TandemPlanGoal *goal,
            int             position,
            const char     *what)
{
  g_autoptr(GError) error = NULL;
  TandemPlanAction *action = tandem_plan_action_new ();

  tandem_plan_action_set_goal_id (action, tandem_record_get_id (goal));
  tandem_plan_action_set_position (action, position);
  tandem_plan_action_set_what (action, what);
  tandem_plan_action_set_confidence (action, 6);
  g_assert_true (tandem_store_save_plan_item (store, action, &error));
  g_assert_no_error (error);

  return action;
}

static TandemPlan *
load_plan (TandemStore       *store,
           TandemPlanVersion *version)
{
  g_autoptr(GError) error = NULL;
  TandemPlan *plan = tandem_store_load_plan (store, tandem_record_get_id (version), &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

/* The words of the needs, goals or actions in @list, joined with "|". */
static char *
join_words (GListModel *list)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *words = NULL;
      int position = -1;

      g_object_get (item,
                    TANDEM_IS_PLAN_ACTION (item) ? "what" : "words", &words,
                    "position", &position,
                    NULL);
      g_assert_cmpint (position, ==, i);
      g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", words);
    }

  return g_string_free (text, FALSE);
}

static void
fill_agreement (TandemPlanVersion *version,
                const char        *agreed_on,
                const char        *review_on)
{
  tandem_plan_version_set_agreed_on (version, agreed_on);
  tandem_plan_version_set_agreed_how (version, "Face to face");
  tandem_plan_version_set_review_on (version, review_on);
}

static void
agree (TandemStore       *store,
       TandemPlanVersion *version,
       const char        *agreed_on,
       const char        *review_on)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_test_set_date (&today, TODAY);
  fill_agreement (version, agreed_on, review_on);
  g_assert_true (tandem_store_agree_plan (store, version, &today, &error));
  g_assert_no_error (error);
}

static void
test_create (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Zofia", "Nowak", NULL);
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(TandemPlanVersion) again = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  tandem_person_set_language (person, "pl");
  tandem_person_set_communication_needs (person, TANDEM_NEEDS_LARGE_PRINT);
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);

  version = create_plan (store, person);
  g_assert_cmpint (tandem_plan_version_get_number (version), ==, 1);
  g_assert_cmpint (tandem_plan_version_get_state (version), ==, TANDEM_PLAN_DRAFT);
  g_assert_cmpstr (tandem_plan_version_get_language (version), ==, "pl");
  g_assert_cmpint (tandem_plan_version_get_format (version), ==, TANDEM_PLAN_FORMAT_LARGE_PRINT);

  /* One plan per person. */
  again = tandem_store_create_plan (store, tandem_record_get_id (person), 0, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE);
  g_assert_null (again);
  g_clear_error (&error);

  /* Every field comes back as saved, in the person's words whatever the script. */
  tandem_plan_version_set_about_important (version, "Moja rodzina 👪 and my garden");
  tandem_plan_version_set_about_worth_knowing (version, "أحب البستنة");
  tandem_plan_version_set_contingency_contacts (version, "Sara 07700 900123");
  g_assert_true (tandem_store_save_plan_version (store, version, &error));
  g_assert_no_error (error);

  versions = tandem_store_list_plan_versions (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_true (tandem_record_equal (g_ptr_array_index (versions, 0), version));
}

static void
test_items (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  g_autoptr(TandemPlanVersion) version = create_plan (store, person);
  g_autoptr(TandemPlanNeed) lonely = add_need (store, version, 0, "Lonely");
  g_autoptr(TandemPlanNeed) money = add_need (store, version, 1, "Money");
  g_autoptr(TandemPlanNeed) first = add_need (store, version, 0, "First");
  g_autoptr(TandemPlanGoal) goal = add_goal (store, lonely, 0, "Meet people");
  g_autoptr(TandemPlanAction) walk = add_action (store, goal, 0, "Walk");
  g_autoptr(TandemPlanAction) lunch = add_action (store, goal, 1, "Lunch club");
  g_autoptr(TandemPlanAction) library = add_action (store, goal, 2, "Library");
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *actions = NULL;
  TandemPlanGoal *loaded_goal;

  /* Inserting at a position moves the later ones down. */
  plan = load_plan (store, version);
  needs = join_words (tandem_plan_get_needs (plan));
  g_assert_cmpstr (needs, ==, "First|Lonely|Money");
  g_assert_cmpuint (tandem_plan_count_goals (plan), ==, 1);
  g_assert_cmpuint (tandem_plan_count_actions (plan), ==, 3);
  g_assert_nonnull (tandem_plan_goal_get_key (goal));
  g_assert_cmpuint (strlen (tandem_plan_goal_get_key (goal)), ==, 36);

  loaded_goal = tandem_plan_find_goal (plan, tandem_record_get_id (goal));
  g_assert_nonnull (loaded_goal);
  g_assert_true (tandem_record_equal (loaded_goal, goal));

  /* Moving renumbers, in the store as in the plan. */
  g_assert_true (tandem_store_move_plan_item (store, library, 0, &error));
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = load_plan (store, version);
  actions = join_words (tandem_plan_get_actions (plan, tandem_plan_find_goal (plan, tandem_record_get_id (goal))));
  g_assert_cmpstr (actions, ==, "Library|Walk|Lunch club");
  g_clear_pointer (&actions, g_free);

  g_assert_true (tandem_store_move_plan_item (store, library, 99, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_plan_action_get_position (library), ==, 2);

  /* Deleting closes the gap; deleting a need takes its goals and actions with it. */
  g_assert_true (tandem_store_delete_plan_item (store, walk, &error));
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = load_plan (store, version);
  actions = join_words (tandem_plan_get_actions (plan, tandem_plan_find_goal (plan, tandem_record_get_id (goal))));
  g_assert_cmpstr (actions, ==, "Lunch club|Library");

  g_assert_true (tandem_store_delete_plan_item (store, lonely, &error));
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = load_plan (store, version);
  g_clear_pointer (&needs, g_free);
  needs = join_words (tandem_plan_get_needs (plan));
  g_assert_cmpstr (needs, ==, "First|Money");
  g_assert_cmpuint (tandem_plan_count_goals (plan), ==, 0);
  g_assert_cmpuint (tandem_plan_count_actions (plan), ==, 0);

  /* An edit to something deleted meanwhile says so. */
  tandem_plan_action_set_what (walk, "Walk further");
  g_assert_false (tandem_store_save_plan_item (store, walk, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

/* The in-memory plan moves and removes as the store does. */
static void
test_plan_document (void)
{
  g_autoptr(TandemPlanVersion) version = tandem_plan_version_new ();
  g_autoptr(TandemPlan) plan = tandem_plan_new (version);
  g_autofree char *words = NULL;

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(TandemPlanNeed) need = tandem_plan_need_new ();
      g_autofree char *text = g_strdup_printf ("need %d", i);

      tandem_record_set_id (need, i + 1);
      tandem_plan_need_set_position (need, 2 - i);
      tandem_plan_need_set_words (need, text);
      tandem_plan_insert_need (plan, need);
    }

  /* Inserted in position order whatever order they come in. */
  words = join_words (tandem_plan_get_needs (plan));
  g_assert_cmpstr (words, ==, "need 2|need 1|need 0");
  g_clear_pointer (&words, g_free);

  tandem_plan_move_item (plan, tandem_plan_find_need (plan, 1), 0);
  words = join_words (tandem_plan_get_needs (plan));
  g_assert_cmpstr (words, ==, "need 0|need 2|need 1");
  g_clear_pointer (&words, g_free);

  tandem_plan_remove_item (plan, tandem_plan_find_need (plan, 3));
  words = join_words (tandem_plan_get_needs (plan));
  g_assert_cmpstr (words, ==, "need 0|need 1");
  g_assert_false (tandem_plan_is_frozen (plan));
}

/* An editor keeps a loaded plan in step with the store: inserting in the middle moves the
 * later items down in both, and a removed item's goals are not inherited by a new item that
 * the store gives the same id. */
static void
test_plan_mirrors_store (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  g_autoptr(TandemPlanVersion) version = create_plan (store, person);
  g_autoptr(TandemPlanNeed) lonely = add_need (store, version, 0, "Lonely");
  g_autoptr(TandemPlanNeed) money = add_need (store, version, 1, "Money");
  g_autoptr(TandemPlanGoal) goal = add_goal (store, money, 0, "Budget");
  g_autoptr(TandemPlan) plan = load_plan (store, version);
  g_autoptr(TandemPlan) reloaded = NULL;
  g_autoptr(TandemPlanNeed) middle = NULL;
  g_autoptr(TandemPlanNeed) reused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *in_memory = NULL;
  g_autofree char *stored = NULL;
  TandemPlanNeed *loaded_money = tandem_plan_find_need (plan, tandem_record_get_id (money));
  gint64 money_id = tandem_record_get_id (money);

  middle = add_need (store, version, 1, "Middle");
  tandem_plan_insert_need (plan, middle);
  in_memory = join_words (tandem_plan_get_needs (plan));
  reloaded = load_plan (store, version);
  stored = join_words (tandem_plan_get_needs (reloaded));
  g_assert_cmpstr (in_memory, ==, "Lonely|Middle|Money");
  g_assert_cmpstr (stored, ==, in_memory);

  /* The need with the highest id goes; SQLite gives its id to the next one. */
  g_assert_true (tandem_store_delete_plan_item (store, middle, &error));
  g_assert_no_error (error);
  tandem_plan_remove_item (plan, tandem_plan_find_need (plan, tandem_record_get_id (middle)));
  g_assert_true (tandem_store_delete_plan_item (store, loaded_money, &error));
  g_assert_no_error (error);
  tandem_plan_remove_item (plan, loaded_money);
  g_assert_cmpuint (tandem_plan_count_goals (plan), ==, 0);

  reused = add_need (store, version, 1, "Housing");
  g_assert_cmpint (tandem_record_get_id (reused), ==, money_id);
  tandem_plan_insert_need (plan, reused);
  g_assert_cmpuint (g_list_model_get_n_items (tandem_plan_get_goals (plan, reused)), ==, 0);
  g_clear_pointer (&in_memory, g_free);
  in_memory = join_words (tandem_plan_get_needs (plan));
  g_assert_cmpstr (in_memory, ==, "Lonely|Housing");
  g_assert_nonnull (lonely);
  g_assert_nonnull (goal);
}

static void
test_agreement_checks (void)
{
  g_autoptr(TandemPlanVersion) version = tandem_plan_version_new ();
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GDate today;

  tandem_test_set_date (&today, TODAY);

  g_assert_false (tandem_plan_version_check_agreement (version, &today, errors));
  g_assert_true (g_hash_table_contains (errors, "agreed-on"));
  g_assert_true (g_hash_table_contains (errors, "review-on"));
  g_hash_table_remove_all (errors);

  /* Not in the future; the review after the agreement. */
  fill_agreement (version, "2026-03-03", "2026-03-01");
  g_assert_false (tandem_plan_version_check_agreement (version, &today, errors));
  g_assert_cmpstr (g_hash_table_lookup (errors, "agreed-on"), ==,
                   "A plan cannot be agreed in the future");
  g_hash_table_remove_all (errors);

  fill_agreement (version, "2026-03-02", "2026-03-02");
  g_assert_false (tandem_plan_version_check_agreement (version, &today, errors));
  g_assert_true (g_hash_table_contains (errors, "review-on"));
  g_assert_false (g_hash_table_contains (errors, "agreed-on"));
  g_hash_table_remove_all (errors);

  /* A representative needs a name and a role. */
  fill_agreement (version, "2026-03-02", "2026-06-01");
  tandem_plan_version_set_agreed_with (version, TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE);
  g_assert_false (tandem_plan_version_check_agreement (version, &today, errors));
  g_assert_true (g_hash_table_contains (errors, "representative-name"));
  g_assert_true (g_hash_table_contains (errors, "representative-role"));
  g_hash_table_remove_all (errors);

  tandem_plan_version_set_representative_name (version, "Sara Ahmed");
  tandem_plan_version_set_representative_role (version, "Daughter");
  g_assert_true (tandem_plan_version_check_agreement (version, &today, errors));
  g_assert_cmpuint (g_hash_table_size (errors), ==, 0);
}

/* Runs @sql behind the store's back and returns SQLite's result code. */
static int
run_sql (TandemStore *store,
         const char  *sql)
{
  return sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, NULL);
}

static void
test_freezing (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  g_autoptr(TandemPlanVersion) version = create_plan (store, person);
  g_autoptr(TandemPlanNeed) need = add_need (store, version, 0, "Lonely");
  g_autoptr(TandemPlanGoal) goal = add_goal (store, need, 0, "Meet people");
  g_autoptr(TandemPlanAction) action = add_action (store, goal, 0, "Walk");
  g_autoptr(TandemPlanNeed) extra = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_test_set_date (&today, TODAY);

  /* An incomplete agreement is refused and changes nothing. */
  g_assert_false (tandem_store_agree_plan (store, version, &today, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tandem_plan_version_get_state (version), ==, TANDEM_PLAN_DRAFT);

  agree (store, version, "2026-03-01", "2026-06-01");
  g_assert_cmpint (tandem_plan_version_get_state (version), ==, TANDEM_PLAN_AGREED);
  plan = load_plan (store, version);
  g_assert_true (tandem_plan_is_frozen (plan));
  g_assert_cmpstr (tandem_plan_version_get_agreed_on (tandem_plan_get_version (plan)), ==,
                   "2026-03-01");

  /* Through the store, every kind of change is refused with a message saying why... */
  tandem_plan_version_set_strengths (version, "Changed after agreeing");
  g_assert_false (tandem_store_save_plan_version (store, version, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  g_assert_false (tandem_store_agree_plan (store, version, &today, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  tandem_plan_goal_set_words (goal, "Changed");
  g_assert_false (tandem_store_save_plan_item (store, goal, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  g_assert_false (tandem_store_delete_plan_item (store, action, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  g_assert_false (tandem_store_move_plan_item (store, action, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  extra = tandem_plan_need_new ();
  tandem_plan_need_set_version_id (extra, tandem_record_get_id (version));
  g_assert_false (tandem_store_save_plan_item (store, extra, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  g_assert_false (tandem_store_delete_plan_draft (store, version, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN);
  g_clear_error (&error);

  /* ...and so is any SQL at all. */
  g_assert_cmpint (run_sql (store, "UPDATE plan_version SET state = 'draft'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (run_sql (store, "UPDATE plan_need SET words = 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (run_sql (store, "DELETE FROM plan_goal"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (run_sql (store, "UPDATE plan_action SET what = 'x'"), ==, SQLITE_CONSTRAINT);

  g_clear_object (&plan);
  plan = load_plan (store, version);
  g_assert_cmpstr (tandem_plan_version_get_strengths (tandem_plan_get_version (plan)), ==, "");
  g_assert_cmpuint (tandem_plan_count_actions (plan), ==, 1);

  /* Deleting the person still deletes their plans. */
  g_assert_true (tandem_store_delete_person (store, tandem_record_get_id (person), &error));
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = tandem_store_load_plan (store, tandem_record_get_id (version), &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_null (plan);
}

static void
test_review (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  g_autoptr(TandemPlanVersion) version = create_plan (store, person);
  g_autoptr(TandemPlanNeed) need = add_need (store, version, 0, "Lonely");
  g_autoptr(TandemPlanGoal) goal = add_goal (store, need, 0, "Meet people");
  g_autoptr(TandemPlanAction) action = add_action (store, goal, 0, "Walk");
  g_autoptr(TandemPlanVersion) review = NULL;
  g_autoptr(TandemPlanVersion) second = NULL;
  g_autoptr(TandemPlan) old_plan = NULL;
  g_autoptr(TandemPlan) new_plan = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 person_id = tandem_record_get_id (person);
  TandemPlanGoal *copied_goal;

  tandem_plan_version_set_about_important (version, "My garden");
  g_assert_true (tandem_store_save_plan_version (store, version, &error));
  g_assert_no_error (error);

  /* A draft cannot be reviewed. */
  review = tandem_store_start_plan_review (store, person_id, 0, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE);
  g_assert_null (review);
  g_clear_error (&error);

  agree (store, version, "2026-03-01", "2026-06-01");

  review = tandem_store_start_plan_review (store, person_id, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_cmpint (tandem_plan_version_get_number (review), ==, 2);
  g_assert_cmpint (tandem_plan_version_get_state (review), ==, TANDEM_PLAN_DRAFT);
  g_assert_true (tandem_plan_version_get_is_review (review));
  g_assert_cmpstr (tandem_plan_version_get_about_important (review), ==, "My garden");
  g_assert_cmpstr (tandem_plan_version_get_agreed_on (review), ==, "");
  g_assert_cmpstr (tandem_plan_version_get_review_on (review), ==, "");

  /* The copy keeps the words and the keys, in new rows. */
  new_plan = load_plan (store, review);
  g_assert_cmpuint (tandem_plan_count_goals (new_plan), ==, 1);
  g_assert_cmpuint (tandem_plan_count_actions (new_plan), ==, 1);
  copied_goal = tandem_plan_find_goal (new_plan, tandem_record_get_id (goal));
  g_assert_null (copied_goal);

  /* Only one draft at a time. */
  second = tandem_store_start_plan_review (store, person_id, 0, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE);
  g_assert_null (second);
  g_clear_error (&error);

  versions = tandem_store_list_plan_versions (store, person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpint (tandem_plan_version_get_number (g_ptr_array_index (versions, 0)), ==, 2);
  g_assert_cmpint (tandem_plan_version_get_number (g_ptr_array_index (versions, 1)), ==, 1);

  /* An abandoned review can be deleted; the agreed version stays. */
  g_assert_true (tandem_store_delete_plan_draft (store, review, &error));
  g_assert_no_error (error);
  g_clear_pointer (&versions, g_ptr_array_unref);
  versions = tandem_store_list_plan_versions (store, person_id, &error);
  g_assert_cmpuint (versions->len, ==, 1);

  old_plan = load_plan (store, version);
  g_assert_cmpuint (tandem_plan_count_actions (old_plan), ==, 1);
}

/* The plan holds the goal, so it outlives the references taken here. */
static TandemPlanGoal *
first_goal (TandemPlan *plan)
{
  g_autoptr(TandemPlanNeed) need = g_list_model_get_item (tandem_plan_get_needs (plan), 0);
  g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (tandem_plan_get_goals (plan, need), 0);

  return goal;
}

static void
test_compare (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  g_autoptr(TandemPlanVersion) version = create_plan (store, person);
  g_autoptr(TandemPlanNeed) need = add_need (store, version, 0, "Lonely");
  g_autoptr(TandemPlanGoal) goal = add_goal (store, need, 0, "Meet people");
  g_autoptr(TandemPlanAction) walk = add_action (store, goal, 0, "Walk");
  g_autoptr(TandemPlanAction) lunch = add_action (store, goal, 1, "Lunch club");
  g_autoptr(TandemPlanVersion) review = NULL;
  g_autoptr(TandemPlan) older = NULL;
  g_autoptr(TandemPlan) newer = NULL;
  g_autoptr(TandemPlanAction) library = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlanGoal *new_goal;
  TandemPlanChange *change;
  GListModel *actions;

  tandem_plan_version_set_about_important (version, "My garden");
  tandem_plan_version_set_strengths (version, "Humour");
  g_assert_true (tandem_store_save_plan_version (store, version, &error));
  agree (store, version, "2026-03-01", "2026-06-01");

  review = tandem_store_start_plan_review (store, tandem_record_get_id (person), 0, &error);
  g_assert_no_error (error);
  newer = load_plan (store, review);
  older = load_plan (store, version);

  /* Nothing changed yet. */
  changes = tandem_plan_compare (older, newer);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* About me changed, strengths cleared, a goal moved on, an action gone and one added. */
  tandem_plan_version_set_about_important (review, "My garden and my grandson");
  tandem_plan_version_set_strengths (review, "");
  g_assert_true (tandem_store_save_plan_version (store, review, &error));
  new_goal = first_goal (newer);
  tandem_plan_goal_set_status (new_goal, TANDEM_GOAL_ACHIEVED);
  g_assert_true (tandem_store_save_plan_item (store, new_goal, &error));
  actions = tandem_plan_get_actions (newer, new_goal);
  {
    g_autoptr(TandemPlanAction) old_walk = g_list_model_get_item (actions, 0);

    g_assert_true (tandem_store_delete_plan_item (store, old_walk, &error));
  }
  library = add_action (store, new_goal, 1, "Library");
  g_assert_no_error (error);

  g_clear_object (&newer);
  newer = load_plan (store, review);
  changes = tandem_plan_compare (older, newer);
  g_assert_cmpuint (changes->len, ==, 5);

  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, TANDEM_PLAN_CHANGE_CHANGED);
  g_assert_cmpint (change->part, ==, TANDEM_PLAN_PART_ABOUT_ME);
  g_assert_cmpstr (change->heading, ==, "What is most important to me");
  g_assert_cmpstr (change->before, ==, "My garden");
  g_assert_cmpstr (change->after, ==, "My garden and my grandson");

  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->kind, ==, TANDEM_PLAN_CHANGE_REMOVED);
  g_assert_cmpint (change->part, ==, TANDEM_PLAN_PART_STRENGTHS);
  g_assert_null (change->after);

  change = g_ptr_array_index (changes, 2);
  g_assert_cmpint (change->kind, ==, TANDEM_PLAN_CHANGE_CHANGED);
  g_assert_cmpint (change->part, ==, TANDEM_PLAN_PART_GOAL);
  g_assert_true (g_str_has_prefix (change->before, "Meet people — Not started"));
  g_assert_true (g_str_has_prefix (change->after, "Meet people — Achieved"));

  change = g_ptr_array_index (changes, 3);
  g_assert_cmpint (change->kind, ==, TANDEM_PLAN_CHANGE_ADDED);
  g_assert_cmpint (change->part, ==, TANDEM_PLAN_PART_ACTION);
  g_assert_true (g_str_has_prefix (change->after, "Library"));

  change = g_ptr_array_index (changes, 4);
  g_assert_cmpint (change->kind, ==, TANDEM_PLAN_CHANGE_REMOVED);
  g_assert_cmpint (change->part, ==, TANDEM_PLAN_PART_ACTION);
  g_assert_true (g_str_has_prefix (change->before, "Walk"));
}

static void
test_review_state (void)
{
  g_autoptr(TandemPlanVersion) version = tandem_plan_version_new ();
  GDate today;
  struct {
    const char        *review_on;
    TandemReviewState  state;
  } cases[] = {
    { "", TANDEM_REVIEW_NOT_DUE },
    { "2026-06-01", TANDEM_REVIEW_NOT_DUE },
    { "2026-03-10", TANDEM_REVIEW_NOT_DUE },     /* 8 days away */
    { "2026-03-09", TANDEM_REVIEW_DUE_SOON },    /* 7 days away */
    { "2026-03-03", TANDEM_REVIEW_DUE_SOON },
    { "2026-03-02", TANDEM_REVIEW_DUE_SOON },    /* today */
    { "2026-03-01", TANDEM_REVIEW_OVERDUE },     /* yesterday */
    { "2025-01-01", TANDEM_REVIEW_OVERDUE },
  };

  tandem_test_set_date (&today, TODAY);

  g_assert_cmpint (tandem_plan_version_get_review_state (version, &today), ==,
                   TANDEM_REVIEW_NOT_AGREED);

  tandem_plan_version_set_state (version, TANDEM_PLAN_AGREED);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      tandem_plan_version_set_review_on (version, cases[i].review_on);
      g_assert_cmpint (tandem_plan_version_get_review_state (version, &today), ==,
                       cases[i].state);
    }
}

/* The caseload marks reviews due this week and can show only them; the plans list holds only
 * people with a plan, overdue reviews first. */
static void
test_caseload_reviews (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) none = tandem_test_add_person (store, "No", "Plan", NULL);
  g_autoptr(TandemPerson) draft = tandem_test_add_person (store, "Draft", "Only", NULL);
  g_autoptr(TandemPerson) soon = tandem_test_add_person (store, "Due", "Soon", NULL);
  g_autoptr(TandemPerson) late = tandem_test_add_person (store, "Over", "Due", NULL);
  g_autoptr(TandemPerson) later = tandem_test_add_person (store, "Not", "Yet", NULL);
  g_autoptr(TandemPlanVersion) draft_plan = create_plan (store, draft);
  g_autoptr(TandemPlanVersion) soon_plan = create_plan (store, soon);
  g_autoptr(TandemPlanVersion) late_plan = create_plan (store, late);
  g_autoptr(TandemPlanVersion) later_plan = create_plan (store, later);
  g_autoptr(TandemCaseload) caseload = tandem_caseload_new (store);
  g_autoptr(TandemCaseload) plans = tandem_caseload_new_for_plans (store);
  g_autoptr(TandemCaseloadItem) item = NULL;
  g_autoptr(TandemPlanVersion) review = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_test_set_date (&today, TODAY);
  agree (store, soon_plan, "2026-01-02", "2026-03-05");
  agree (store, late_plan, "2026-01-02", "2026-02-20");
  agree (store, later_plan, "2026-01-02", "2026-05-20");

  tandem_caseload_set_today (caseload, &today);
  tandem_caseload_set_show (caseload, TANDEM_CASELOAD_SHOW_REVIEW_DUE);
  g_assert_true (tandem_caseload_load (caseload, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload)), ==, 2);

  item = g_list_model_get_item (G_LIST_MODEL (caseload),
                                tandem_caseload_find_person (caseload, tandem_record_get_id (soon)));
  g_assert_cmpint (tandem_caseload_item_get_review_state (item), ==, TANDEM_REVIEW_DUE_SOON);
  g_assert_cmpint (tandem_caseload_item_get_days_to_review (item), ==, 3);
  g_assert_cmpuint (tandem_caseload_item_get_plan_number (item), ==, 1);
  g_clear_object (&item);

  tandem_caseload_set_today (plans, &today);
  g_assert_true (tandem_caseload_load (plans, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_caseload_get_n_people (plans), ==, 4);
  g_assert_cmpint (tandem_caseload_get_person_id (plans, 0), ==, tandem_record_get_id (late));
  g_assert_cmpint (tandem_caseload_get_person_id (plans, 1), ==, tandem_record_get_id (soon));
  g_assert_cmpint (tandem_caseload_get_person_id (plans, 2), ==, tandem_record_get_id (later));
  g_assert_cmpint (tandem_caseload_get_person_id (plans, 3), ==, tandem_record_get_id (draft));

  tandem_caseload_set_plan_filter (plans, TANDEM_PLAN_FILTER_DRAFTS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 1);
  tandem_caseload_set_plan_filter (plans, TANDEM_PLAN_FILTER_REVIEW_OVERDUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 1);
  tandem_caseload_set_plan_filter (plans, TANDEM_PLAN_FILTER_REVIEW_SOON);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 1);
  tandem_caseload_set_plan_filter (plans, TANDEM_PLAN_FILTER_AGREED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 3);

  /* A review under way is still due until it is agreed. */
  review = tandem_store_start_plan_review (store, tandem_record_get_id (late), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 2);

  agree (store, review, "2026-03-02", "2026-06-02");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload)), ==, 1);

  /* A new plan joins the plans list as it is made. */
  tandem_caseload_set_plan_filter (plans, TANDEM_PLAN_FILTER_ALL);
  g_clear_object (&review);
  review = create_plan (store, none);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 5);
}

static void
test_gp_summary (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  g_autoptr(TandemPlanVersion) version = create_plan (store, person);
  g_autoptr(TandemPlanNeed) need = add_need (store, version, 0, "Lonely");
  g_autoptr(TandemPlanGoal) goal = add_goal (store, need, 0, "Meet people");
  g_autoptr(TandemPlanGoal) other = add_goal (store, need, 1, "Walk");
  g_autoptr(TandemPlanVersion) review = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *private = NULL;
  TandemGpPlanSource source = { "Riverside PCN", person, NULL, "Sam Patel",
                                TANDEM_ROLE_LINK_WORKER };

  agree (store, version, "2026-01-05", "2026-04-05");
  tandem_person_set_consent_to_share (person, TRUE);

  plan = load_plan (store, version);
  source.plan = plan;
  first = tandem_gp_summary_for_plan (&source);
  g_assert_cmpstr (first, ==,
                   "Personalised care and support plan, Riverside PCN\n"
                   "Version: 1\n"
                   "Agreed: 5 Jan 2026 with the person, Face to face\n"
                   "Goals: 2: Not started 2\n"
                   "Next review: 5 Apr 2026\n"
                   "Prepared by: Sam Patel, Social prescribing link worker\n"
                   "No code to record: this is the first plan, not a review of one.\n");

  review = tandem_store_start_plan_review (store, tandem_record_get_id (person), 0, &error);
  g_assert_no_error (error);
  agree (store, review, "2026-03-01", "2026-06-01");
  g_clear_object (&plan);
  plan = load_plan (store, review);
  source.plan = plan;
  reviewed = tandem_gp_summary_for_plan (&source);
  g_assert_true (g_str_has_suffix (reviewed,
                                   "SNOMED CT 425268008 Review of care plan (1 Mar 2026)\n"));

  /* Without consent to share, the code alone. */
  tandem_person_set_consent_to_share (person, FALSE);
  private = tandem_gp_summary_for_plan (&source);
  g_assert_cmpstr (private, ==, "SNOMED CT 425268008 Review of care plan (1 Mar 2026)\n");
}

/* What the editor does as the user types, then an abrupt end: no closing, no cleanup. */
static void
write_and_die (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = tandem_store_open (path, NULL, &error);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  g_autoptr(TandemPlanVersion) version = create_plan (store, person);
  g_autoptr(TandemPlanNeed) need = add_need (store, version, 0, "I feel lonely");
  g_autoptr(TandemPlanGoal) goal = add_goal (store, need, 0, "Meet");

  tandem_plan_goal_set_words (goal, "Meet people");
  g_assert_true (tandem_store_save_plan_item (store, goal, &error));
  tandem_plan_version_set_about_important (version, "My grandchildren");
  g_assert_true (tandem_store_save_plan_version (store, version, &error));

  raise (SIGKILL);
  g_assert_not_reached ();
}

/* Everything the editor saved before the process was killed is there when it is reopened:
 * each edit is its own committed transaction. */
static void
test_autosave_survives_kill (void)
{
  g_autoptr(TandemTestDir) dir = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;

  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("TANDEM_TEST_KILL_DATABASE");

      g_assert_nonnull (path);
      write_and_die (path);
      return;
    }

  dir = tandem_test_dir_new ();
  file = tandem_test_dir_file (dir, "killed.db");
  g_setenv ("TANDEM_TEST_KILL_DATABASE", file, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_unsetenv ("TANDEM_TEST_KILL_DATABASE");

  store = tandem_store_open (file, NULL, &error);
  g_assert_no_error (error);
  versions = tandem_store_list_plan_versions (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  plan = load_plan (store, g_ptr_array_index (versions, 0));
  g_assert_cmpstr (tandem_plan_version_get_about_important (tandem_plan_get_version (plan)), ==,
                   "My grandchildren");
  g_assert_cmpstr (tandem_plan_goal_get_words (first_goal (plan)), ==, "Meet people");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/create", test_create);
  g_test_add_func ("/plan/items", test_items);
  g_test_add_func ("/plan/document", test_plan_document);
  g_test_add_func ("/plan/mirrors-store", test_plan_mirrors_store);
  g_test_add_func ("/plan/agreement-checks", test_agreement_checks);
  g_test_add_func ("/plan/freezing", test_freezing);
  g_test_add_func ("/plan/review", test_review);
  g_test_add_func ("/plan/compare", test_compare);
  g_test_add_func ("/plan/review-state", test_review_state);
  g_test_add_func ("/plan/caseload-reviews", test_caseload_reviews);
  g_test_add_func ("/plan/gp-summary", test_gp_summary);
  g_test_add_func ("/plan/autosave-survives-kill", test_autosave_survives_kill);

  return g_test_run ();
}
