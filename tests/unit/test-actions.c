/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-date.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* Actions agreed in supervision are as confidential as the session; huddle actions reach
 * their owner and the person's page until done. Cases put forward for a huddle wait until
 * an agenda takes them. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore *store;
  gint64 coach;      /* supervised in the session */
  gint64 other;      /* another coach: may not read it */
  gint64 supervisor; /* assigned to the coach */
  gint64 session;
  gint64 person;
} Fixture;

static gint64
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_no_error (error);

  return tandem_record_get_id (staff);
}

static void
exec_sql (TandemStore *store,
          const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autofree char *sql = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->coach = add_staff (fixture->store, "Ada Coach", TANDEM_ROLE_HEALTH_COACH);
  fixture->other = add_staff (fixture->store, "Ben Coach", TANDEM_ROLE_HEALTH_COACH);
  fixture->supervisor = add_staff (fixture->store, "Cat Lead", TANDEM_ROLE_SUPERVISOR);
  person = tandem_test_add_person (fixture->store, "Zoë", "O'Neill", "9434765919");
  fixture->person = tandem_record_get_id (person);

  /* The session is written as the supervision store will, without depending on it here. */
  sql = g_strdup_printf ("INSERT INTO staff_supervisor VALUES (%" G_GINT64_FORMAT ", %"
                         G_GINT64_FORMAT ");"
                         "INSERT INTO supervision_session (id, kind, supervisor_id, held_on, "
                         "created_at, updated_at) VALUES (1, 'coaching', %" G_GINT64_FORMAT
                         ", '2026-11-02', '', '');"
                         "INSERT INTO supervision_member (session_id, staff_id) "
                         "VALUES (1, %" G_GINT64_FORMAT ");",
                         fixture->coach, fixture->supervisor, fixture->supervisor,
                         fixture->coach);
  exec_sql (fixture->store, sql);
  fixture->session = 1;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static TandemAgreedAction *
new_session_action (Fixture    *fixture,
                    const char *description)
{
  TandemAgreedAction *action = tandem_agreed_action_new ();

  tandem_agreed_action_set_supervision_id (action, fixture->session);
  tandem_agreed_action_set_description (action, description);
  tandem_agreed_action_set_owner_id (action, fixture->coach);
  tandem_agreed_action_set_due_on (action, "2026-12-01");
  return action;
}

static guint
count_and_free (GPtrArray *array)
{
  guint n;

  g_assert_nonnull (array);
  n = array->len;
  g_ptr_array_unref (array);
  return n;
}

static void
test_session_actions_are_confidential (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(TandemAgreedAction) action = new_session_action (fixture, "Book reflective practice");
  g_autoptr(TandemAgreedAction) sneaked = new_session_action (fixture, "Not mine to add");
  g_autoptr(GError) error = NULL;
  GPtrArray *list;

  /* Nobody chosen: nothing confidential gets through. */
  g_assert_false (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  tandem_store_set_viewer (fixture->store, fixture->coach);
  g_assert_true (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_and_free (tandem_store_list_session_actions (fixture->store,
                                                                       fixture->session,
                                                                       NULL)), ==, 1);
  g_assert_cmpuint (count_and_free (tandem_store_list_open_actions_for_owner (fixture->store,
                                                                              fixture->coach,
                                                                              NULL)), ==, 1);

  /* Their supervisor reads it too. */
  tandem_store_set_viewer (fixture->store, fixture->supervisor);
  list = tandem_store_list_session_actions (fixture->store, fixture->session, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (tandem_agreed_action_get_description (g_ptr_array_index (list, 0)), ==,
                   "Book reflective practice");
  g_ptr_array_unref (list);

  /* Another coach sees nothing through any query, and cannot add or change one. */
  tandem_store_set_viewer (fixture->store, fixture->other);
  g_assert_cmpuint (count_and_free (tandem_store_list_session_actions (fixture->store,
                                                                       fixture->session,
                                                                       NULL)), ==, 0);
  g_assert_cmpuint (count_and_free (tandem_store_list_open_actions_for_owner (fixture->store,
                                                                              fixture->coach,
                                                                              NULL)), ==, 0);
  g_assert_false (tandem_store_save_agreed_action (fixture->store, sneaked, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  tandem_agreed_action_set_done_on (action, "2026-11-20");
  g_assert_false (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_clear_error (&error);
  g_assert_false (tandem_store_delete_agreed_action (fixture->store, action, &error));
  g_clear_error (&error);
}

static gint64
add_huddle_case (Fixture *fixture)
{
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO huddle (id, held_on, chair_id, created_at, updated_at) "
                     "VALUES (1, '2026-11-10', %" G_GINT64_FORMAT ", '', '');"
                     "INSERT INTO huddle_case (id, huddle_id, person_id, position) "
                     "VALUES (1, 1, %" G_GINT64_FORMAT ", 0);",
                     fixture->supervisor, fixture->person);

  exec_sql (fixture->store, sql);
  return 1;
}

static void
count_changes (TandemStore *store,
               gint64       person_id,
               gpointer     data)
{
  (*(guint *) data)++;
}

static void
test_huddle_actions_reach_owner (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TandemAgreedAction) action = tandem_agreed_action_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) for_person = NULL;
  guint changes = 0;

  tandem_agreed_action_set_huddle_case_id (action, add_huddle_case (fixture));
  tandem_agreed_action_set_description (action, "Ask the GP about a medication review");
  tandem_agreed_action_set_owner_id (action, fixture->other);
  tandem_agreed_action_set_due_on (action, "2026-11-30");

  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_true (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (tandem_agreed_action_get_person_id (action), ==, fixture->person);

  /* Huddle actions are not confidential: the owner sees them whoever is reading. */
  for_person = tandem_store_list_open_person_actions (fixture->store, fixture->person, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (for_person->len, ==, 1);
  g_assert_cmpint (tandem_agreed_action_get_person_id (g_ptr_array_index (for_person, 0)), ==,
                   fixture->person);
  g_assert_cmpuint (count_and_free (tandem_store_list_open_actions_for_owner (fixture->store,
                                                                              fixture->other,
                                                                              NULL)), ==, 1);
  g_assert_cmpuint (count_and_free (tandem_store_list_open_actions_for_owner (fixture->store,
                                                                              fixture->coach,
                                                                              NULL)), ==, 0);

  /* Done, it leaves both lists but stays with its case. */
  tandem_agreed_action_set_done_on (action, "2026-11-20");
  g_assert_true (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_assert_cmpuint (count_and_free (tandem_store_list_open_person_actions (fixture->store,
                                                                           fixture->person,
                                                                           NULL)), ==, 0);
  g_assert_cmpuint (count_and_free (tandem_store_list_open_actions_for_owner (fixture->store,
                                                                              fixture->other,
                                                                              NULL)), ==, 0);
  g_assert_cmpuint (count_and_free (tandem_store_list_huddle_case_actions (fixture->store, 1,
                                                                           NULL)), ==, 1);
}

static void
test_action_check (void)
{
  g_autoptr(TandemAgreedAction) action = tandem_agreed_action_new ();
  g_autoptr(GError) error = NULL;

  tandem_agreed_action_set_huddle_case_id (action, 1);
  tandem_agreed_action_set_description (action, "  ");
  g_assert_false (tandem_agreed_action_check (action, &error));
  g_assert_error (error, TANDEM_AGREED_ACTION_ERROR, TANDEM_AGREED_ACTION_ERROR_INVALID);
  g_clear_error (&error);

  tandem_agreed_action_set_description (action, "Call back 📞");
  tandem_agreed_action_set_due_on (action, "2026-02-30");
  g_assert_false (tandem_agreed_action_check (action, &error));
  g_clear_error (&error);

  tandem_agreed_action_set_due_on (action, "2026-02-28");
  g_assert_true (tandem_agreed_action_check (action, &error));
  g_assert_true (tandem_agreed_action_is_overdue (action, "2026-03-01"));
  g_assert_false (tandem_agreed_action_is_overdue (action, "2026-02-28"));

  tandem_agreed_action_set_supervision_id (action, 1);
  g_assert_false (tandem_agreed_action_check (action, &error));
}

static void
test_flags_wait_for_a_huddle (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autoptr(TandemMdtFlag) taken = tandem_mdt_flag_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today_iso ();
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) flags = NULL;

  tandem_mdt_flag_set_person_id (flag, fixture->person);
  tandem_mdt_flag_set_flagged_by_id (flag, fixture->coach);
  tandem_mdt_flag_set_flagged_on (flag, today);
  g_assert_false (tandem_store_save_mdt_flag (fixture->store, flag, &error));
  g_assert_error (error, TANDEM_MDT_FLAG_ERROR, TANDEM_MDT_FLAG_ERROR_INVALID);
  g_clear_error (&error);

  tandem_mdt_flag_set_reason (flag, "Housing and low mood");
  g_assert_true (tandem_store_save_mdt_flag (fixture->store, flag, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_and_free (tandem_store_list_waiting_mdt_flags (fixture->store,
                                                                         NULL)), ==, 1);

  /* One waiting flag at a time. */
  tandem_mdt_flag_set_person_id (taken, fixture->person);
  tandem_mdt_flag_set_reason (taken, "Safeguarding worry");
  tandem_mdt_flag_set_flagged_on (taken, today);
  g_assert_false (tandem_store_save_mdt_flag (fixture->store, taken, &error));
  g_assert_error (error, TANDEM_MDT_FLAG_ERROR, TANDEM_MDT_FLAG_ERROR_INVALID);
  g_clear_error (&error);

  /* Withdrawn while waiting. */
  g_assert_true (tandem_store_withdraw_mdt_flag (fixture->store, flag, &error));
  g_assert_cmpuint (count_and_free (tandem_store_list_waiting_mdt_flags (fixture->store,
                                                                         NULL)), ==, 0);

  /* Once an agenda takes a flag it stops waiting and can no longer be withdrawn. */
  g_assert_true (tandem_store_save_mdt_flag (fixture->store, taken, &error));
  add_huddle_case (fixture);
  sql = g_strdup_printf ("UPDATE huddle_case SET flag_id = %" G_GINT64_FORMAT,
                         tandem_record_get_id (taken));
  exec_sql (fixture->store, sql);

  g_assert_cmpuint (count_and_free (tandem_store_list_waiting_mdt_flags (fixture->store,
                                                                         NULL)), ==, 0);
  flags = tandem_store_list_mdt_flags (fixture->store, fixture->person, &error);
  g_assert_cmpuint (flags->len, ==, 1);
  g_assert_cmpint (tandem_mdt_flag_get_huddle_id (g_ptr_array_index (flags, 0)), ==, 1);
  g_assert_false (tandem_store_withdraw_mdt_flag (fixture->store, taken, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/actions/session-actions-are-confidential", Fixture, NULL, fixture_set_up,
              test_session_actions_are_confidential, fixture_tear_down);
  g_test_add ("/actions/huddle-actions-reach-owner", Fixture, NULL, fixture_set_up,
              test_huddle_actions_reach_owner, fixture_tear_down);
  g_test_add_func ("/actions/check", test_action_check);
  g_test_add ("/actions/flags-wait-for-a-huddle", Fixture, NULL, fixture_set_up,
              test_flags_wait_for_a_huddle, fixture_tear_down);

  return g_test_run ();
}
