/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* MDT huddles: the agenda fills itself from cases put forward and cases left open, each
 * person once; the chair reorders it; minutes, outcomes and actions are kept and reach the
 * next huddle and the actions' owners. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore *store;
  gint64 coach;
  gint64 chair;
  gint64 flagged;     /* put forward only */
  gint64 carried;     /* left open at the first huddle */
  gint64 both;        /* left open, and put forward again */
  gint64 closed;      /* closed at the first huddle */
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

static gint64
add_person (TandemStore *store,
            const char  *given,
            const char  *family,
            const char  *nhs_number)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, given, family, nhs_number);

  return tandem_record_get_id (person);
}

static gint64
flag (Fixture    *fixture,
      gint64      person_id,
      const char *reason,
      const char *flagged_on)
{
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autoptr(GError) error = NULL;

  tandem_mdt_flag_set_person_id (flag, person_id);
  tandem_mdt_flag_set_reason (flag, reason);
  tandem_mdt_flag_set_flagged_by_id (flag, fixture->coach);
  tandem_mdt_flag_set_flagged_on (flag, flagged_on);
  g_assert_true (tandem_store_save_mdt_flag (fixture->store, flag, &error));
  g_assert_no_error (error);

  return tandem_record_get_id (flag);
}

static gint64
create_huddle (Fixture    *fixture,
               const char *held_on)
{
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  TandemHuddleAttendee *chair = tandem_huddle_attendee_new ();
  TandemHuddleAttendee *gp = tandem_huddle_attendee_new ();
  g_autoptr(GError) error = NULL;

  tandem_huddle_set_held_on (huddle, held_on);
  tandem_huddle_set_chair_id (huddle, fixture->chair);
  tandem_huddle_attendee_set_staff_id (chair, fixture->chair);
  tandem_huddle_attendee_set_name (chair, "Cat Lead");
  tandem_huddle_attendee_set_role (chair, "Supervisor");
  tandem_huddle_attendee_set_name (gp, "Dr Rhys Evans");
  tandem_huddle_attendee_set_role (gp, "GP");
  g_ptr_array_add (attendees, chair);
  g_ptr_array_add (attendees, gp);

  g_assert_true (tandem_store_create_huddle (fixture->store, huddle, attendees, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (huddle), >, 0);
  g_assert_cmpint (tandem_huddle_attendee_get_huddle_id (gp), ==, tandem_record_get_id (huddle));

  return tandem_record_get_id (huddle);
}

static GPtrArray *
load_cases (Fixture *fixture,
            gint64   huddle_id)
{
  g_autoptr(TandemHuddle) huddle = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *cases = NULL;

  huddle = tandem_store_load_huddle (fixture->store, huddle_id, NULL, &cases, &error);
  g_assert_no_error (error);
  g_assert_nonnull (huddle);

  /* Places run from 0 without gaps, whatever was added, removed or moved. */
  for (guint i = 0; i < cases->len; i++)
    g_assert_cmpint (tandem_huddle_case_get_position (g_ptr_array_index (cases, i)), ==, i);

  return cases;
}

static TandemHuddleCase *
find_case (GPtrArray *cases,
           gint64     person_id)
{
  for (guint i = 0; i < cases->len; i++)
    {
      TandemHuddleCase *item = g_ptr_array_index (cases, i);

      if (tandem_huddle_case_get_person_id (item) == person_id)
        return item;
    }

  return NULL;
}

static void
set_status (Fixture                *fixture,
            TandemHuddleCase       *item,
            TandemHuddleCaseStatus  status)
{
  g_autoptr(GError) error = NULL;

  tandem_huddle_case_set_status (item, status);
  g_assert_true (tandem_store_save_huddle_case (fixture->store, item, &error));
  g_assert_no_error (error);
}

/* The first huddle took three cases put forward; it carried one forward, closed one and
 * never reached the third (still open). */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = NULL;
  gint64 first;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->coach = add_staff (fixture->store, "Ada Coach", TANDEM_ROLE_HEALTH_COACH);
  fixture->chair = add_staff (fixture->store, "Cat Lead", TANDEM_ROLE_SUPERVISOR);
  fixture->flagged = add_person (fixture->store, "Zoë", "O'Neill", "9434765919");
  fixture->carried = add_person (fixture->store, "Amir", "Haddad", "9434765870");
  fixture->both = add_person (fixture->store, "Bea", "Lloyd", "9434765889");
  fixture->closed = add_person (fixture->store, "Tom", "Price", "9434765897");

  flag (fixture, fixture->carried, "Housing letter", "2026-09-01");
  flag (fixture, fixture->both, "Missed appointments", "2026-09-02");
  flag (fixture, fixture->closed, "Carer breakdown", "2026-09-03");
  first = create_huddle (fixture, "2026-09-10");

  cases = load_cases (fixture, first);
  g_assert_cmpuint (cases->len, ==, 3);
  set_status (fixture, find_case (cases, fixture->carried), TANDEM_HUDDLE_CASE_CARRIED_FORWARD);
  set_status (fixture, find_case (cases, fixture->closed), TANDEM_HUDDLE_CASE_CLOSED);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static void
test_agenda_assembly (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) earlier = load_cases (fixture, 1);
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  TandemHuddleCase *item;
  gint64 flag_new, flag_both;

  flag_new = flag (fixture, fixture->flagged, "Low mood since bereavement", "2026-10-01");
  flag_both = flag (fixture, fixture->both, "Now at risk of eviction", "2026-10-02");
  cases = load_cases (fixture, create_huddle (fixture, "2026-10-08"));

  /* Each person once: the open cases first, then the new flags; the closed case is done. */
  g_assert_cmpuint (cases->len, ==, 3);
  g_assert_null (find_case (cases, fixture->closed));
  g_assert_cmpint (tandem_huddle_case_get_person_id (g_ptr_array_index (cases, 0)), ==,
                   fixture->carried);
  g_assert_cmpint (tandem_huddle_case_get_person_id (g_ptr_array_index (cases, 1)), ==,
                   fixture->both);
  g_assert_cmpint (tandem_huddle_case_get_person_id (g_ptr_array_index (cases, 2)), ==,
                   fixture->flagged);

  item = find_case (cases, fixture->carried);
  g_assert_cmpstr (tandem_huddle_case_get_reason (item), ==, "Housing letter");
  g_assert_cmpint (tandem_huddle_case_get_flag_id (item), ==, 0);
  g_assert_cmpint (tandem_huddle_case_get_carried_from_id (item), ==,
                   tandem_record_get_id (find_case (earlier, fixture->carried)));
  g_assert_cmpint (tandem_huddle_case_get_status (item), ==, TANDEM_HUDDLE_CASE_OPEN);

  /* Put forward and left open: the flag's reason, linked to the earlier case. */
  item = find_case (cases, fixture->both);
  g_assert_cmpstr (tandem_huddle_case_get_reason (item), ==, "Now at risk of eviction");
  g_assert_cmpint (tandem_huddle_case_get_flag_id (item), ==, flag_both);
  g_assert_cmpint (tandem_huddle_case_get_carried_from_id (item), ==,
                   tandem_record_get_id (find_case (earlier, fixture->both)));

  item = find_case (cases, fixture->flagged);
  g_assert_cmpstr (tandem_huddle_case_get_reason (item), ==, "Low mood since bereavement");
  g_assert_cmpint (tandem_huddle_case_get_flag_id (item), ==, flag_new);
  g_assert_cmpint (tandem_huddle_case_get_carried_from_id (item), ==, 0);
  g_assert_cmpstr (tandem_huddle_case_get_person_name (item), ==, "Zoë O'Neill");
  g_assert_cmpstr (tandem_huddle_case_get_initials (item), ==, "ZO");
  g_assert_cmpstr (tandem_huddle_case_get_nhs_number (item), ==, "9434765919");

  /* Every flag is taken. */
  waiting = tandem_store_list_waiting_mdt_flags (fixture->store, NULL);
  g_assert_cmpuint (waiting->len, ==, 0);
}

static void
test_list_counts (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) huddles = NULL;
  TandemHuddle *newest;

  flag (fixture, fixture->flagged, "Low mood", "2026-10-01");
  create_huddle (fixture, "2026-10-08");
  huddles = tandem_store_list_huddles (fixture->store, NULL);

  g_assert_cmpuint (huddles->len, ==, 2);
  newest = g_ptr_array_index (huddles, 0);
  g_assert_cmpstr (tandem_huddle_get_held_on (newest), ==, "2026-10-08");
  g_assert_cmpint (tandem_huddle_get_case_count (newest), ==, 3);
  g_assert_cmpint (tandem_huddle_get_open_count (newest), ==, 3);
  g_assert_cmpint (tandem_huddle_get_minutes_per_case (newest), ==, 5);
  /* The first: one carried forward, one closed, one never reached. */
  g_assert_cmpint (tandem_huddle_get_case_count (g_ptr_array_index (huddles, 1)), ==, 3);
  g_assert_cmpint (tandem_huddle_get_open_count (g_ptr_array_index (huddles, 1)), ==, 1);
}

static void
test_remove_case (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;
  gint64 flag_id, huddle;

  flag_id = flag (fixture, fixture->flagged, "Low mood", "2026-10-01");
  huddle = create_huddle (fixture, "2026-10-08");
  cases = load_cases (fixture, huddle);

  /* The middle one goes: the places close up behind it. */
  g_assert_true (tandem_store_remove_huddle_case (fixture->store, g_ptr_array_index (cases, 1),
                                                  &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_remove_huddle_case (fixture->store,
                                                  find_case (cases, fixture->flagged), &error));
  g_assert_no_error (error);
  after = load_cases (fixture, huddle);
  g_assert_cmpuint (after->len, ==, 1);

  /* Its flag waits again, for this agenda or the next; the carried case's flag was the
   * first huddle's and stays taken. */
  waiting = tandem_store_list_waiting_mdt_flags (fixture->store, NULL);
  g_assert_cmpuint (waiting->len, ==, 1);
  g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (waiting, 0)), ==, flag_id);

  /* Removing it again says so. */
  g_assert_false (tandem_store_remove_huddle_case (fixture->store,
                                                   find_case (cases, fixture->flagged), &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

static void
test_add_case (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TandemHuddleCase) added = NULL;
  g_autoptr(TandemHuddleCase) again = NULL;
  g_autoptr(TandemHuddleCase) own_reason = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;
  gint64 huddle, flag_id, extra;

  huddle = create_huddle (fixture, "2026-10-08");
  flag_id = flag (fixture, fixture->flagged, "Low mood", "2026-10-09");

  /* Put forward after the agenda was made: adding the person takes their flag. */
  added = tandem_store_add_huddle_case (fixture->store, huddle, fixture->flagged, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  g_assert_cmpint (tandem_huddle_case_get_flag_id (added), ==, flag_id);
  g_assert_cmpstr (tandem_huddle_case_get_reason (added), ==, "Low mood");
  g_assert_cmpint (tandem_huddle_case_get_position (added), ==, 2);
  waiting = tandem_store_list_waiting_mdt_flags (fixture->store, NULL);
  g_assert_cmpuint (waiting->len, ==, 0);

  again = tandem_store_add_huddle_case (fixture->store, huddle, fixture->flagged, "Again",
                                        &error);
  g_assert_null (again);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Someone nobody put forward, with the chair's reason. */
  extra = add_person (fixture->store, "Ola", "Nowak", "9434765900");
  own_reason = tandem_store_add_huddle_case (fixture->store, huddle, extra, "  GP asked  ",
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_huddle_case_get_reason (own_reason), ==, "GP asked");
  g_assert_cmpint (tandem_huddle_case_get_flag_id (own_reason), ==, 0);
}

static gint64
case_person (GPtrArray *cases,
             guint      index)
{
  return tandem_huddle_case_get_person_id (g_ptr_array_index (cases, index));
}

static void
test_reorder (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  gint64 huddle, a, b, c;

  flag (fixture, fixture->flagged, "Low mood", "2026-10-01");
  huddle = create_huddle (fixture, "2026-10-08");
  cases = load_cases (fixture, huddle);
  a = case_person (cases, 0);
  b = case_person (cases, 1);
  c = case_person (cases, 2);

  /* The last to the top. */
  g_assert_true (tandem_store_move_huddle_case (fixture->store, g_ptr_array_index (cases, 2), 0,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_huddle_case_get_position (g_ptr_array_index (cases, 2)), ==, 0);
  moved = load_cases (fixture, huddle);
  g_assert_cmpint (case_person (moved, 0), ==, c);
  g_assert_cmpint (case_person (moved, 1), ==, a);
  g_assert_cmpint (case_person (moved, 2), ==, b);

  /* Past the end means last: the first goes down to the bottom. */
  g_assert_true (tandem_store_move_huddle_case (fixture->store, g_ptr_array_index (moved, 0), 99,
                                                &error));
  g_assert_no_error (error);
  back = load_cases (fixture, huddle);
  g_assert_cmpint (case_person (back, 0), ==, a);
  g_assert_cmpint (case_person (back, 1), ==, b);
  g_assert_cmpint (case_person (back, 2), ==, c);
}

static void
test_minutes_round_trip (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TandemHuddle) huddle = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) reread = NULL;
  g_autoptr(GError) error = NULL;
  TandemHuddleAttendee *gp;
  TandemHuddleCase *item;
  gint64 id = create_huddle (fixture, "2026-10-08");

  huddle = tandem_store_load_huddle (fixture->store, id, &attendees, &cases, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 2);
  g_assert_cmpstr (tandem_huddle_attendee_get_name (g_ptr_array_index (attendees, 0)), ==,
                   "Cat Lead");
  gp = g_ptr_array_index (attendees, 1);
  g_assert_cmpint (tandem_huddle_attendee_get_staff_id (gp), ==, 0);
  g_assert_cmpstr (tandem_huddle_attendee_get_role (gp), ==, "GP");
  g_assert_true (tandem_huddle_attendee_get_present (gp));

  /* Sent apologies after all. */
  tandem_huddle_attendee_set_present (gp, FALSE);
  g_assert_true (tandem_store_save_huddle_attendee (fixture->store, gp, &error));
  g_assert_no_error (error);

  item = g_ptr_array_index (cases, 0);
  g_assert_false (tandem_huddle_case_has_minutes (item));
  tandem_huddle_case_set_situation (item, "Letter from the council: eviction in 28 days.");
  tandem_huddle_case_set_action_to_date (item, "Citizens Advice appointment booked.");
  tandem_huddle_case_set_update_note (item, "GP will write in support.");
  tandem_huddle_case_set_next_steps (item, "Review at the next huddle.");
  tandem_huddle_case_set_status (item, TANDEM_HUDDLE_CASE_CARRIED_FORWARD);
  tandem_huddle_case_set_seconds_discussed (item, 312);
  g_assert_true (tandem_huddle_case_has_minutes (item));
  g_assert_true (tandem_store_save_huddle_case (fixture->store, item, &error));
  g_assert_no_error (error);

  g_clear_pointer (&attendees, g_ptr_array_unref);
  g_clear_object (&huddle);
  huddle = tandem_store_load_huddle (fixture->store, id, &attendees, &reread, &error);
  g_assert_no_error (error);
  g_assert_false (tandem_huddle_attendee_get_present (g_ptr_array_index (attendees, 1)));
  g_assert_true (tandem_record_equal (g_ptr_array_index (reread, 0), item));
  g_assert_cmpint (tandem_huddle_get_open_count (huddle), ==, 1);
}

static void
test_next_huddle (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) third = NULL;
  gint64 huddle;

  huddle = create_huddle (fixture, "2026-10-08");
  second = load_cases (fixture, huddle);
  g_assert_cmpuint (second->len, ==, 2);

  /* One closed, one carried forward again. */
  set_status (fixture, find_case (second, fixture->carried), TANDEM_HUDDLE_CASE_CLOSED);
  set_status (fixture, find_case (second, fixture->both), TANDEM_HUDDLE_CASE_CARRIED_FORWARD);

  third = load_cases (fixture, create_huddle (fixture, "2026-11-05"));
  g_assert_cmpuint (third->len, ==, 1);
  g_assert_cmpint (case_person (third, 0), ==, fixture->both);
  g_assert_cmpint (tandem_huddle_case_get_carried_from_id (g_ptr_array_index (third, 0)), ==,
                   tandem_record_get_id (find_case (second, fixture->both)));
}

static void
test_delete_huddle (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) huddles = NULL;
  g_autoptr(GError) error = NULL;
  gint64 huddle;

  flag (fixture, fixture->flagged, "Low mood", "2026-10-01");
  huddle = create_huddle (fixture, "2026-10-08");
  g_assert_true (tandem_store_delete_huddle (fixture->store, huddle, &error));
  g_assert_no_error (error);

  waiting = tandem_store_list_waiting_mdt_flags (fixture->store, NULL);
  g_assert_cmpuint (waiting->len, ==, 1);
  huddles = tandem_store_list_huddles (fixture->store, NULL);
  g_assert_cmpuint (huddles->len, ==, 1);

  g_assert_false (tandem_store_delete_huddle (fixture->store, huddle, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

static void
add_goal (TandemStore *store,
          gint64       person_id,
          const char  *words)
{
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(TandemPlanNeed) need = tandem_plan_need_new ();
  g_autoptr(TandemPlanGoal) goal = tandem_plan_goal_new ();
  g_autoptr(GError) error = NULL;

  version = tandem_store_create_plan (store, person_id, 0, &error);
  g_assert_no_error (error);
  tandem_plan_need_set_version_id (need, tandem_record_get_id (version));
  tandem_plan_need_set_words (need, "Money worries");
  g_assert_true (tandem_store_save_plan_item (store, need, &error));
  tandem_plan_goal_set_need_id (goal, tandem_record_get_id (need));
  tandem_plan_goal_set_words (goal, words);
  tandem_plan_goal_set_status (goal, TANDEM_GOAL_IN_PROGRESS);
  g_assert_true (tandem_store_save_plan_item (store, goal, &error));
  g_assert_no_error (error);
}

static void
add_result (TandemStore        *store,
            gint64              person_id,
            TandemMeasureStage  stage,
            const char         *taken_on,
            const char         *answers)
{
  g_autoptr(TandemMeasureResult) result = tandem_measure_result_new ();
  g_autoptr(GError) error = NULL;

  tandem_measure_result_set_person_id (result, person_id);
  tandem_measure_result_set_kind (result, TANDEM_MEASURE_SWEMWBS);
  tandem_measure_result_set_stage (result, stage);
  tandem_measure_result_set_taken_on (result, taken_on);
  tandem_measure_result_set_answers (result, answers);
  g_assert_true (tandem_store_save_measure_result (store, result, &error));
  g_assert_no_error (error);
}

static void
test_actions_and_summary (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) owned = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(TandemAgreedAction) action = tandem_agreed_action_new ();
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemHuddleSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  TandemHuddleCase *item;

  cases = load_cases (fixture, create_huddle (fixture, "2026-10-08"));
  item = find_case (cases, fixture->carried);

  tandem_agreed_action_set_huddle_case_id (action, tandem_record_get_id (item));
  tandem_agreed_action_set_description (action, "Ask the GP for a supporting letter");
  tandem_agreed_action_set_owner_id (action, fixture->coach);
  tandem_agreed_action_set_due_on (action, "2026-10-15");
  g_assert_true (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_assert_no_error (error);

  /* The action reaches its owner and the person's page. */
  owned = tandem_store_list_open_actions_for_owner (fixture->store, fixture->coach, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (owned->len, ==, 1);
  g_assert_cmpint (tandem_agreed_action_get_person_id (g_ptr_array_index (owned, 0)), ==,
                   fixture->carried);
  open = tandem_store_list_open_person_actions (fixture->store, fixture->carried, &error);
  g_assert_cmpuint (open->len, ==, 1);

  /* Everything huddle mode shows, in one call. */
  person = tandem_store_load_person (fixture->store, fixture->carried, &error);
  tandem_person_set_safeguarding_concern (person, TRUE);
  tandem_person_set_risk_flags (person, TANDEM_RISK_SELF_NEGLECT);
  g_assert_true (tandem_store_save_person (fixture->store, person, &error));
  g_assert_no_error (error);
  tandem_referral_set_person_id (referral, fixture->carried);
  tandem_referral_set_received_on (referral, "2026-08-01");
  tandem_referral_set_assigned_staff_id (referral, fixture->coach);
  g_assert_true (tandem_store_save_referral (fixture->store, referral, &error));
  g_assert_no_error (error);
  add_goal (fixture->store, fixture->carried, "Keep my flat");
  add_result (fixture->store, fixture->carried, TANDEM_STAGE_BASELINE, "2026-08-01",
              "2,2,2,2,2,2,2");
  add_result (fixture->store, fixture->carried, TANDEM_STAGE_FOLLOW_UP, "2026-09-20",
              "3,3,3,3,3,3,3");

  summary = tandem_store_load_huddle_summary (fixture->store, fixture->carried, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (summary->person_name, ==, "Amir Haddad");
  g_assert_cmpstr (summary->nhs_number, ==, "9434765870");
  g_assert_cmpint (summary->owner_id, ==, fixture->coach);
  g_assert_cmpstr (summary->owner_name, ==, "Ada Coach");
  g_assert_true (summary->has_plan);
  g_assert_cmpint (summary->plan_state, ==, TANDEM_PLAN_DRAFT);
  g_assert_cmpuint (summary->goals->len, ==, 1);
  g_assert_cmpstr (g_array_index (summary->goals, TandemHuddleGoal, 0).words, ==, "Keep my flat");
  g_assert_cmpint (g_array_index (summary->goals, TandemHuddleGoal, 0).status, ==,
                   TANDEM_GOAL_IN_PROGRESS);
  g_assert_true (summary->safeguarding_concern);
  g_assert_cmpuint (summary->risk_flags, ==, TANDEM_RISK_SELF_NEGLECT);
  g_assert_cmpuint (summary->scores->len, ==, 1);
  g_assert_nonnull (strstr (g_array_index (summary->scores, TandemHuddleScore, 0).trend,
                            "better"));
  g_assert_cmpuint (summary->actions->len, ==, 1);

  /* Done: it leaves both lists. */
  tandem_agreed_action_set_done_on (action, "2026-10-10");
  g_assert_true (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_clear_pointer (&owned, g_ptr_array_unref);
  owned = tandem_store_list_open_actions_for_owner (fixture->store, fixture->coach, &error);
  g_assert_cmpuint (owned->len, ==, 0);
}

static void
test_checks (void)
{
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();
  g_autoptr(TandemHuddleAttendee) visitor = tandem_huddle_attendee_new ();
  g_autoptr(TandemHuddleCase) item = tandem_huddle_case_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (tandem_huddle_check (huddle, &error));
  g_assert_error (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_huddle_set_held_on (huddle, "2026-02-30");
  g_assert_false (tandem_huddle_check (huddle, NULL));
  tandem_huddle_set_held_on (huddle, "2026-02-27");
  g_assert_true (tandem_huddle_check (huddle, NULL));

  tandem_huddle_attendee_set_name (visitor, "   ");
  g_assert_false (tandem_huddle_attendee_check (visitor, &error));
  g_assert_error (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (tandem_huddle_case_check (item, &error));
  g_assert_error (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/huddles/agenda-assembly", test_agenda_assembly);
  ADD ("/huddles/list-counts", test_list_counts);
  ADD ("/huddles/remove-case", test_remove_case);
  ADD ("/huddles/add-case", test_add_case);
  ADD ("/huddles/reorder", test_reorder);
  ADD ("/huddles/minutes-round-trip", test_minutes_round_trip);
  ADD ("/huddles/next-huddle", test_next_huddle);
  ADD ("/huddles/delete", test_delete_huddle);
  ADD ("/huddles/actions-and-summary", test_actions_and_summary);
  g_test_add_func ("/huddles/checks", test_checks);

#undef ADD

  return g_test_run ();
}
