/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* Supervision: when it is due per role and kind, who may read a session through every query
 * the store has for them, sessions saved and loaded whole, and the expected frequencies. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore *store;
  gint64 coach;       /* supervised */
  gint64 other;       /* another coach, not in the session */
  gint64 supervisor;  /* leads the session */
  gint64 manager;     /* assigned to supervise the coach, not in the session */
  gint64 peer;        /* the coach's peer in a group session */
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
set_supervisors (TandemStore *store,
                 gint64       staff_id,
                 gint64       supervisor_id)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  gint64 viewer = tandem_store_get_viewer (store);

  /* As the supervisor, who alone may say so. */
  tandem_store_set_viewer (store, supervisor_id);
  g_array_append_val (ids, supervisor_id);
  g_assert_true (tandem_store_set_supervisors (store, staff_id, ids, &error));
  g_assert_no_error (error);
  tandem_store_set_viewer (store, viewer);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) person = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->coach = add_staff (fixture->store, "Ada Coach", TANDEM_ROLE_HEALTH_COACH);
  fixture->other = add_staff (fixture->store, "Ben Coach", TANDEM_ROLE_HEALTH_COACH);
  fixture->supervisor = add_staff (fixture->store, "Cat Lead", TANDEM_ROLE_SUPERVISOR);
  fixture->manager = add_staff (fixture->store, "Dev Manager", TANDEM_ROLE_SUPERVISOR);
  fixture->peer = add_staff (fixture->store, "Eli Worker", TANDEM_ROLE_LINK_WORKER);
  set_supervisors (fixture->store, fixture->coach, fixture->manager);
  person = tandem_test_add_person (fixture->store, "Zoë", "O'Neill", "9434765919");
  fixture->person = tandem_record_get_id (person);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static TandemSupervisionSession *
new_session (Fixture               *fixture,
             TandemSupervisionKind  kind,
             const char            *held_on)
{
  TandemSupervisionSession *session = tandem_supervision_session_new ();
  TandemSupervisionMember *member = tandem_supervision_member_new (fixture->coach);
  TandemSupervisionCase *item = tandem_supervision_case_new (fixture->person);
  TandemAgreedAction *action = tandem_agreed_action_new ();

  tandem_supervision_session_set_kind (session, kind);
  tandem_supervision_session_set_supervisor_id (session, fixture->supervisor);
  tandem_supervision_session_set_held_on (session, held_on);
  tandem_supervision_session_set_duration_minutes (session, 50);
  tandem_supervision_session_set_notes (session, "Talked through a hard week");

  member->coping = 2;
  member->workload = 4;
  member->supported = 3;
  tandem_supervision_member_set_wellbeing_note (member, "Caseload heavy");
  g_ptr_array_add (tandem_supervision_session_get_members (session), member);

  item->escalation = TANDEM_ESCALATION_SAFEGUARDING_LEAD;
  tandem_supervision_case_set_texts (item, NULL, "Self-neglect", "Told the lead on Monday");
  g_ptr_array_add (tandem_supervision_session_get_cases (session), item);

  tandem_agreed_action_set_description (action, "Book reflective practice");
  tandem_agreed_action_set_owner_id (action, fixture->coach);
  tandem_agreed_action_set_due_on (action, "2026-12-01");
  g_ptr_array_add (tandem_supervision_session_get_actions (session), action);

  return session;
}

static gint64
save_new_session (Fixture               *fixture,
                  TandemSupervisionKind  kind,
                  const char            *held_on)
{
  g_autoptr(TandemSupervisionSession) session = new_session (fixture, kind, held_on);
  g_autoptr(GError) error = NULL;

  tandem_store_set_viewer (fixture->store, fixture->supervisor);
  g_assert_true (tandem_store_save_supervision_session (fixture->store, session, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (session);
}

/* Due dates */

static GArray *
compute (TandemRole   role,
         const char  *line_management,
         const char  *clinical,
         const char  *coaching,
         const char  *today_iso)
{
  const char *last[TANDEM_N_SUPERVISION_KINDS] = { line_management, clinical, coaching, NULL,
                                                   NULL };
  const TandemSupervisionFrequency *defaults;
  guint n_defaults;
  GDate today;

  tandem_test_set_date (&today, today_iso);
  defaults = tandem_supervision_default_frequencies (&n_defaults);
  return tandem_supervision_due_compute (role, defaults, n_defaults, last, &today);
}

static gboolean
has_due (GArray                *dues,
         TandemSupervisionKind  kind)
{
  for (guint i = 0; i < dues->len; i++)
    if (g_array_index (dues, TandemSupervisionDue, i).kind == kind)
      return TRUE;

  return FALSE;
}

static const TandemSupervisionDue *
find_due (GArray                *dues,
          TandemSupervisionKind  kind)
{
  for (guint i = 0; i < dues->len; i++)
    if (g_array_index (dues, TandemSupervisionDue, i).kind == kind)
      return &g_array_index (dues, TandemSupervisionDue, i);

  g_error ("No due date for kind %d", kind);
}

static void
test_due_kinds_per_role (void)
{
  struct {
    TandemRole role;
    gboolean clinical;
    gboolean coaching;
  } expected[] = {
    { TANDEM_ROLE_LINK_WORKER, TRUE, FALSE },
    { TANDEM_ROLE_HEALTH_COACH, TRUE, TRUE },
    { TANDEM_ROLE_CARE_COORDINATOR, TRUE, FALSE },
    { TANDEM_ROLE_CHWW, TRUE, FALSE },
    { TANDEM_ROLE_SUPERVISOR, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GArray) dues = compute (expected[i].role, NULL, NULL, NULL, "2026-11-21");

      /* Line management monthly for every role; group and peer never expected. */
      g_assert_true (has_due (dues, TANDEM_SUPERVISION_LINE_MANAGEMENT));
      g_assert_cmpuint (find_due (dues, TANDEM_SUPERVISION_LINE_MANAGEMENT)->interval_days, ==,
                        31);
      g_assert_true (has_due (dues, TANDEM_SUPERVISION_CLINICAL) == expected[i].clinical);
      g_assert_true (has_due (dues, TANDEM_SUPERVISION_COACHING) == expected[i].coaching);
      g_assert_false (has_due (dues, TANDEM_SUPERVISION_GROUP));
      g_assert_false (has_due (dues, TANDEM_SUPERVISION_PEER));
      if (expected[i].clinical)
        g_assert_cmpuint (find_due (dues, TANDEM_SUPERVISION_CLINICAL)->interval_days, ==, 91);
    }
}

static void
test_due_dates (void)
{
  g_autoptr(GArray) dues = compute (TANDEM_ROLE_HEALTH_COACH, "2026-10-01", "2026-09-01", NULL,
                                    "2026-11-21");
  const TandemSupervisionDue *line = find_due (dues, TANDEM_SUPERVISION_LINE_MANAGEMENT);
  const TandemSupervisionDue *clinical = find_due (dues, TANDEM_SUPERVISION_CLINICAL);
  const TandemSupervisionDue *coaching = find_due (dues, TANDEM_SUPERVISION_COACHING);
  g_autoptr(GArray) soon = NULL;
  g_autoptr(GArray) today = NULL;

  /* 1 October + 31 days: overdue by 20 days on 21 November. */
  g_assert_cmpstr (line->due_on, ==, "2026-11-01");
  g_assert_cmpstr (line->last_on, ==, "2026-10-01");
  g_assert_false (line->never);
  g_assert_cmpint (line->days_left, ==, -20);
  g_assert_cmpint (line->state, ==, TANDEM_DUE_OVERDUE);

  /* 1 September + 91 days = 1 December: ten days to go, so due soon. */
  g_assert_cmpstr (clinical->due_on, ==, "2026-12-01");
  g_assert_cmpint (clinical->days_left, ==, 10);
  g_assert_cmpint (clinical->state, ==, TANDEM_DUE_SOON);

  /* Never supervised in coaching: due from today, and said so. */
  g_assert_true (coaching->never);
  g_assert_cmpstr (coaching->last_on, ==, "");
  g_assert_cmpstr (coaching->due_on, ==, "2026-11-21");
  g_assert_cmpint (coaching->state, ==, TANDEM_DUE_SOON);

  g_assert_cmpint (tandem_supervision_due_worst (dues), ==, TANDEM_DUE_OVERDUE);

  /* Recently seen in every kind: up to date; the last day before due is not overdue. */
  soon = compute (TANDEM_ROLE_LINK_WORKER, "2026-11-20", "2026-11-01", NULL, "2026-11-21");
  g_assert_cmpint (tandem_supervision_due_worst (soon), ==, TANDEM_DUE_UP_TO_DATE);
  today = compute (TANDEM_ROLE_SUPERVISOR, "2026-10-21", NULL, NULL, "2026-11-21");
  g_assert_cmpuint (today->len, ==, 1);
  g_assert_cmpint (g_array_index (today, TandemSupervisionDue, 0).days_left, ==, 0);
  g_assert_cmpint (g_array_index (today, TandemSupervisionDue, 0).state, ==, TANDEM_DUE_SOON);
}

static void
test_due_custom_frequency (void)
{
  const TandemSupervisionFrequency frequencies[] = {
    { TANDEM_ROLE_CHWW, TANDEM_SUPERVISION_PEER, 14 },
  };
  const char *last[TANDEM_N_SUPERVISION_KINDS] = { NULL, NULL, NULL, NULL, "2026-11-01" };
  g_autoptr(GArray) dues = NULL;
  GDate today;

  tandem_test_set_date (&today, "2026-11-21");
  dues = tandem_supervision_due_compute (TANDEM_ROLE_CHWW, frequencies, 1, last, &today);
  g_assert_cmpuint (dues->len, ==, 1);
  g_assert_cmpint (g_array_index (dues, TandemSupervisionDue, 0).kind, ==,
                   TANDEM_SUPERVISION_PEER);
  g_assert_cmpstr (g_array_index (dues, TandemSupervisionDue, 0).due_on, ==, "2026-11-15");
  g_assert_cmpint (g_array_index (dues, TandemSupervisionDue, 0).state, ==, TANDEM_DUE_OVERDUE);
}

/* Validation */

static void
assert_invalid (TandemSupervisionSession *session)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_test_set_date (&today, "2026-11-21");
  g_assert_false (tandem_supervision_session_check (session, &today, &error));
  g_assert_error (error, TANDEM_SUPERVISION_SESSION_ERROR,
                  TANDEM_SUPERVISION_SESSION_ERROR_INVALID);
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TandemSupervisionSession) session = new_session (fixture,
                                                             TANDEM_SUPERVISION_CLINICAL,
                                                             "2026-11-20");
  GPtrArray *members = tandem_supervision_session_get_members (session);
  TandemSupervisionCase *item = g_ptr_array_index (tandem_supervision_session_get_cases (session),
                                                   0);
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_test_set_date (&today, "2026-11-21");
  g_assert_true (tandem_supervision_session_check (session, &today, &error));
  g_assert_no_error (error);

  tandem_supervision_session_set_held_on (session, "2026-11-22");
  assert_invalid (session);
  tandem_supervision_session_set_held_on (session, "2026-02-30");
  assert_invalid (session);
  tandem_supervision_session_set_held_on (session, "2026-11-20");

  tandem_supervision_session_set_duration_minutes (session, 601);
  assert_invalid (session);
  tandem_supervision_session_set_duration_minutes (session, 600);

  /* Two members: not one-to-one; fine for a group; the supervisor cannot be one. */
  g_ptr_array_add (members, tandem_supervision_member_new (fixture->peer));
  assert_invalid (session);
  tandem_supervision_session_set_kind (session, TANDEM_SUPERVISION_GROUP);
  g_assert_true (tandem_supervision_session_check (session, &today, NULL));
  g_ptr_array_add (members, tandem_supervision_member_new (fixture->supervisor));
  assert_invalid (session);
  g_ptr_array_remove_index (members, 2);
  g_ptr_array_remove_index (members, 1);
  assert_invalid (session);

  /* Peers need no supervisor, but two peers. */
  tandem_supervision_session_set_kind (session, TANDEM_SUPERVISION_PEER);
  tandem_supervision_session_set_supervisor_id (session, 0);
  assert_invalid (session);
  g_ptr_array_add (members, tandem_supervision_member_new (fixture->peer));
  g_assert_true (tandem_supervision_session_check (session, &today, NULL));
  tandem_supervision_session_set_kind (session, TANDEM_SUPERVISION_COACHING);
  g_ptr_array_remove_index (members, 1);
  assert_invalid (session);
  tandem_supervision_session_set_supervisor_id (session, fixture->supervisor);

  ((TandemSupervisionMember *) g_ptr_array_index (members, 0))->coping = 6;
  assert_invalid (session);
  ((TandemSupervisionMember *) g_ptr_array_index (members, 0))->coping = 0;

  /* An escalation needs its note; a case its person. */
  tandem_supervision_case_set_texts (item, NULL, "Self-neglect", "  ");
  assert_invalid (session);
  item->escalation = TANDEM_ESCALATION_NONE;
  g_assert_true (tandem_supervision_session_check (session, &today, NULL));
  item->person_id = 0;
  assert_invalid (session);
}

/* Visibility */

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
assert_may_read (Fixture *fixture,
                 gint64   viewer,
                 gint64   session_id,
                 gint64   worker)
{
  g_autoptr(TandemSupervisionSession) session = NULL;
  g_autoptr(GError) error = NULL;

  tandem_store_set_viewer (fixture->store, viewer);
  session = tandem_store_load_supervision_session (fixture->store, session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_supervision_session_get_notes (session), ==,
                   "Talked through a hard week");
  g_assert_cmpuint (tandem_supervision_session_get_cases (session)->len, ==, 1);
  g_assert_cmpuint (tandem_supervision_session_get_actions (session)->len, ==, 1);
  g_assert_nonnull (tandem_supervision_session_find_member (session, worker));
  g_assert_cmpint (tandem_supervision_session_find_member (session, fixture->coach)->coping, ==,
                   2);
  g_assert_cmpuint (count_and_free (tandem_store_list_worker_sessions (fixture->store, worker,
                                                                       NULL)), ==, 1);
}

static void
assert_may_not_read (Fixture *fixture,
                     gint64   viewer,
                     gint64   session_id)
{
  g_autoptr(TandemSupervisionSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  GDate today;

  tandem_store_set_viewer (fixture->store, viewer);
  session = tandem_store_load_supervision_session (fixture->store, session_id, &error);
  g_assert_null (session);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpuint (count_and_free (tandem_store_list_worker_sessions (fixture->store,
                                                                       fixture->coach, NULL)),
                    ==, 0);
  g_assert_cmpuint (count_and_free (tandem_store_list_session_actions (fixture->store,
                                                                       session_id, NULL)),
                    ==, 0);
  g_assert_cmpuint (count_and_free (tandem_store_list_open_actions_for_owner (fixture->store,
                                                                              fixture->coach,
                                                                              NULL)), ==, 0);
  g_assert_false (tandem_store_delete_supervision_session (fixture->store, session_id, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The due list carries dates only, and still shows everyone. */
  tandem_date_set_today (&today);
  due = tandem_store_list_supervision_due (fixture->store, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 5);
}

static void
test_visibility (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *held_on = tandem_test_days_ago (3);
  gint64 id = save_new_session (fixture, TANDEM_SUPERVISION_COACHING, held_on);
  g_autoptr(TandemSupervisionSession) session = NULL;
  g_autoptr(GError) error = NULL;

  assert_may_read (fixture, fixture->coach, id, fixture->coach);
  assert_may_read (fixture, fixture->supervisor, id, fixture->coach);
  assert_may_read (fixture, fixture->manager, id, fixture->coach);
  assert_may_not_read (fixture, fixture->other, id);
  assert_may_not_read (fixture, fixture->peer, id);
  assert_may_not_read (fixture, 0, id);

  /* Another coach cannot overwrite it either. */
  tandem_store_set_viewer (fixture->store, fixture->coach);
  session = tandem_store_load_supervision_session (fixture->store, id, &error);
  g_assert_no_error (error);
  tandem_store_set_viewer (fixture->store, fixture->other);
  tandem_supervision_session_set_notes (session, "Overwritten");
  g_assert_false (tandem_store_save_supervision_session (fixture->store, session, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

static void
test_group_members_read (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TandemSupervisionSession) session = new_session (fixture, TANDEM_SUPERVISION_GROUP,
                                                             "2026-11-02");
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (tandem_supervision_session_get_members (session),
                   tandem_supervision_member_new (fixture->peer));
  tandem_store_set_viewer (fixture->store, fixture->supervisor);
  g_assert_true (tandem_store_save_supervision_session (fixture->store, session, &error));
  g_assert_no_error (error);

  /* The peer is a member of the group: they read it, and the coach's check in it. */
  assert_may_read (fixture, fixture->peer, tandem_record_get_id (session), fixture->peer);
  assert_may_not_read (fixture, fixture->other, tandem_record_get_id (session));
}

static void
test_save_refused_when_unreadable (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(TandemSupervisionSession) session = new_session (fixture,
                                                             TANDEM_SUPERVISION_LINE_MANAGEMENT,
                                                             "2026-11-02");
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GError) error = NULL;

  /* Another coach records a session they did not lead, for someone they do not supervise. */
  tandem_store_set_viewer (fixture->store, fixture->other);
  g_assert_false (tandem_store_save_supervision_session (fixture->store, session, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpint (tandem_record_get_id (session), ==, 0);

  tandem_store_set_viewer (fixture->store, fixture->manager);
  left = tandem_store_list_worker_sessions (fixture->store, fixture->coach, NULL);
  g_assert_cmpuint (left->len, ==, 0);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TandemSupervisionSession) session = new_session (fixture, TANDEM_SUPERVISION_CLINICAL,
                                                             "2026-10-02");
  g_autoptr(TandemSupervisionSession) loaded = NULL;
  g_autoptr(TandemSupervisionSession) again = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  TandemSupervisionCase *item;
  TandemAgreedAction *action;
  g_autoptr(GError) error = NULL;
  gint64 newer;

  tandem_store_set_viewer (fixture->store, fixture->supervisor);
  g_assert_true (tandem_store_save_supervision_session (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (session), >, 0);

  loaded = tandem_store_load_supervision_session (fixture->store, tandem_record_get_id (session),
                                                  &error);
  g_assert_no_error (error);
  g_assert_true (tandem_supervision_session_equal (session, loaded));
  item = g_ptr_array_index (tandem_supervision_session_get_cases (loaded), 0);
  g_assert_cmpstr (item->person_name, ==, "Zoë O'Neill");
  g_assert_cmpint (item->escalation, ==, TANDEM_ESCALATION_SAFEGUARDING_LEAD);

  /* Change the check, drop the case, mark the action done and add another. */
  tandem_supervision_session_find_member (loaded, fixture->coach)->coping = 5;
  g_ptr_array_set_size (tandem_supervision_session_get_cases (loaded), 0);
  action = g_ptr_array_index (tandem_supervision_session_get_actions (loaded), 0);
  tandem_agreed_action_set_done_on (action, "2026-10-20");
  action = tandem_agreed_action_new ();
  tandem_agreed_action_set_description (action, "Read the lone working policy");
  g_ptr_array_add (tandem_supervision_session_get_actions (loaded), action);
  g_assert_true (tandem_store_save_supervision_session (fixture->store, loaded, &error));
  g_assert_no_error (error);

  again = tandem_store_load_supervision_session (fixture->store, tandem_record_get_id (session),
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_supervision_session_find_member (again, fixture->coach)->coping, ==, 5);
  g_assert_cmpuint (tandem_supervision_session_get_cases (again)->len, ==, 0);
  g_assert_cmpuint (tandem_supervision_session_get_actions (again)->len, ==, 2);

  /* Dropping an action from the list deletes it. */
  g_ptr_array_remove_index (tandem_supervision_session_get_actions (again), 0);
  g_assert_true (tandem_store_save_supervision_session (fixture->store, again, &error));
  g_assert_cmpuint (count_and_free (tandem_store_list_session_actions (fixture->store,
                                                                       tandem_record_get_id (again),
                                                                       NULL)), ==, 1);

  /* Newest first. */
  newer = save_new_session (fixture, TANDEM_SUPERVISION_LINE_MANAGEMENT, "2026-11-02");
  sessions = tandem_store_list_worker_sessions (fixture->store, fixture->coach, &error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (sessions, 0)), ==, newer);

  /* Deleted with all its parts. */
  g_assert_true (tandem_store_delete_supervision_session (fixture->store, newer, &error));
  g_assert_no_error (error);
  g_assert_null (tandem_store_load_supervision_session (fixture->store, newer, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

static void
test_supervisors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) supervisors = NULL;
  g_autoptr(GArray) supervisees = NULL;
  g_autoptr(GError) error = NULL;

  g_array_append_val (ids, fixture->supervisor);
  g_array_append_val (ids, fixture->manager);

  /* Being a supervisor opens a worker's record, so only a supervisor assigns one. */
  tandem_store_set_viewer (fixture->store, fixture->coach);
  g_assert_false (tandem_store_set_supervisors (fixture->store, fixture->coach, ids, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_store_set_viewer (fixture->store, 0);
  g_assert_false (tandem_store_set_supervisors (fixture->store, fixture->coach, ids, &error));
  g_clear_error (&error);

  tandem_store_set_viewer (fixture->store, fixture->manager);
  g_assert_true (tandem_store_set_supervisors (fixture->store, fixture->coach, ids, &error));
  g_assert_no_error (error);
  supervisors = tandem_store_list_supervisors (fixture->store, fixture->coach, &error);
  g_assert_cmpuint (supervisors->len, ==, 2);
  g_assert_cmpint (g_array_index (supervisors, gint64, 0), ==, fixture->supervisor);

  supervisees = tandem_store_list_supervisees (fixture->store, fixture->manager, &error);
  g_assert_cmpuint (supervisees->len, ==, 1);
  g_assert_cmpint (g_array_index (supervisees, gint64, 0), ==, fixture->coach);

  /* Nobody supervises themselves; the old list stays. */
  g_array_append_val (ids, fixture->coach);
  g_assert_false (tandem_store_set_supervisors (fixture->store, fixture->coach, ids, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_pointer (&supervisors, g_array_unref);
  supervisors = tandem_store_list_supervisors (fixture->store, fixture->coach, NULL);
  g_assert_cmpuint (supervisors->len, ==, 2);
}

static void
assert_frequencies_are_defaults (TandemStore *store)
{
  g_autoptr(GArray) stored = tandem_store_list_supervision_frequencies (store, NULL);
  const TandemSupervisionFrequency *defaults;
  guint n_defaults;

  defaults = tandem_supervision_default_frequencies (&n_defaults);
  g_assert_cmpuint (stored->len, ==, n_defaults);
  for (guint i = 0; i < n_defaults; i++)
    g_assert_cmpuint (tandem_supervision_frequency_lookup ((gpointer) stored->data, stored->len,
                                                           defaults[i].role, defaults[i].kind),
                      ==, defaults[i].interval_days);
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static void
test_frequencies (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  guint signals = 0;

  /* A new database has the defaults of the due rule. */
  assert_frequencies_are_defaults (fixture->store);

  g_signal_connect_swapped (fixture->store, "supervision-changed", G_CALLBACK (count_signal),
                            &signals);

  g_assert_true (tandem_store_set_supervision_frequency (fixture->store, TANDEM_ROLE_CHWW,
                                                         TANDEM_SUPERVISION_PEER, 14, &error));
  g_assert_true (tandem_store_set_supervision_frequency (fixture->store, TANDEM_ROLE_LINK_WORKER,
                                                         TANDEM_SUPERVISION_CLINICAL, 0, &error));
  g_assert_true (tandem_store_set_supervision_frequency (fixture->store,
                                                         TANDEM_ROLE_HEALTH_COACH,
                                                         TANDEM_SUPERVISION_COACHING, 28,
                                                         &error));
  g_assert_no_error (error);
  g_assert_false (tandem_store_set_supervision_frequency (fixture->store, TANDEM_ROLE_CHWW,
                                                          TANDEM_SUPERVISION_GROUP, 5000, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (signals, ==, 3);

  stored = tandem_store_list_supervision_frequencies (fixture->store, NULL);
  g_assert_cmpuint (tandem_supervision_frequency_lookup ((gpointer) stored->data, stored->len,
                                                         TANDEM_ROLE_CHWW,
                                                         TANDEM_SUPERVISION_PEER), ==, 14);
  g_assert_cmpuint (tandem_supervision_frequency_lookup ((gpointer) stored->data, stored->len,
                                                         TANDEM_ROLE_LINK_WORKER,
                                                         TANDEM_SUPERVISION_CLINICAL), ==, 0);
  g_assert_cmpuint (tandem_supervision_frequency_lookup ((gpointer) stored->data, stored->len,
                                                         TANDEM_ROLE_HEALTH_COACH,
                                                         TANDEM_SUPERVISION_COACHING), ==, 28);

  g_assert_true (tandem_store_reset_supervision_frequencies (fixture->store, &error));
  g_assert_no_error (error);
  assert_frequencies_are_defaults (fixture->store);
  g_assert_cmpuint (signals, ==, 4);
  g_signal_handlers_disconnect_by_data (fixture->store, &signals);
}

static void
test_due_list (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  TandemWorkerDue *coach = NULL;
  GDate today;

  save_new_session (fixture, TANDEM_SUPERVISION_LINE_MANAGEMENT, "2026-10-01");
  save_new_session (fixture, TANDEM_SUPERVISION_LINE_MANAGEMENT, "2026-09-01");
  tandem_test_set_date (&today, "2026-11-21");

  /* Nobody chosen: the dates still show. */
  tandem_store_set_viewer (fixture->store, 0);
  due = tandem_store_list_supervision_due (fixture->store, &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < due->len; i++)
    if (((TandemWorkerDue *) g_ptr_array_index (due, i))->staff_id == fixture->coach)
      coach = g_ptr_array_index (due, i);

  if (coach == NULL)
    g_error ("The coach is missing from the due list");
  g_assert_cmpstr (coach->name, ==, "Ada Coach");
  g_assert_cmpuint (coach->dues->len, ==, 3);
  g_assert_cmpstr (find_due (coach->dues, TANDEM_SUPERVISION_LINE_MANAGEMENT)->last_on, ==,
                   "2026-10-01");
  g_assert_cmpint (find_due (coach->dues, TANDEM_SUPERVISION_LINE_MANAGEMENT)->state, ==,
                   TANDEM_DUE_OVERDUE);
  g_assert_true (find_due (coach->dues, TANDEM_SUPERVISION_CLINICAL)->never);
  g_assert_cmpint (tandem_worker_due_get_state (coach), ==, TANDEM_DUE_OVERDUE);
}

/* The example team's supervisor sees a few months of sessions, some supervision overdue. */
static void
test_example_data (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  TandemWorkerDue *supervisor = NULL;
  guint overdue = 0;
  guint n_sessions = 0;
  GDate today;

  tandem_date_set_today (&today);
  g_assert_true (tandem_example_data_generate (store, 20, 5, &today, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Twice adds no second history. */
  g_assert_true (tandem_example_data_generate (store, 1, 6, &today, NULL, NULL, NULL, &error));

  due = tandem_store_list_supervision_due (store, &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < due->len; i++)
    {
      TandemWorkerDue *worker = g_ptr_array_index (due, i);

      overdue += tandem_worker_due_get_state (worker) == TANDEM_DUE_OVERDUE;
      if (worker->role == TANDEM_ROLE_SUPERVISOR)
        supervisor = worker;
    }
  if (supervisor == NULL)
    g_error ("The example team has no supervisor");
  g_assert_cmpuint (overdue, >=, 2);
  g_assert_cmpuint (overdue, <, due->len);

  tandem_store_set_viewer (store, supervisor->staff_id);
  for (guint i = 0; i < due->len; i++)
    {
      g_autoptr(GPtrArray) sessions = tandem_store_list_worker_sessions (store,
                                                                         ((TandemWorkerDue *) g_ptr_array_index (due, i))->staff_id,
                                                                         NULL);
      n_sessions += sessions->len;
    }
  /* 18 one-to-one sessions, a group of three and a pair of peers. */
  g_assert_cmpuint (n_sessions, ==, 18 + 3 + 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/supervision/due/kinds-per-role", test_due_kinds_per_role);
  g_test_add_func ("/supervision/due/dates", test_due_dates);
  g_test_add_func ("/supervision/due/custom-frequency", test_due_custom_frequency);
  g_test_add ("/supervision/check", Fixture, NULL, fixture_set_up, test_check,
              fixture_tear_down);
  g_test_add ("/supervision/visibility", Fixture, NULL, fixture_set_up, test_visibility,
              fixture_tear_down);
  g_test_add ("/supervision/group-members-read", Fixture, NULL, fixture_set_up,
              test_group_members_read, fixture_tear_down);
  g_test_add ("/supervision/save-refused-when-unreadable", Fixture, NULL, fixture_set_up,
              test_save_refused_when_unreadable, fixture_tear_down);
  g_test_add ("/supervision/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/supervision/supervisors", Fixture, NULL, fixture_set_up, test_supervisors,
              fixture_tear_down);
  g_test_add ("/supervision/frequencies", Fixture, NULL, fixture_set_up, test_frequencies,
              fixture_tear_down);
  g_test_add_func ("/supervision/example-data", test_example_data);
  g_test_add ("/supervision/due-list", Fixture, NULL, fixture_set_up, test_due_list,
              fixture_tear_down);

  return g_test_run ();
}
