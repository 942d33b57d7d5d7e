/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-date.h"
#include "tandem-referral.h"

static void
assert_blank (const char *text)
{
  g_assert_true (text == NULL || text[0] == '\0');
}

static TandemReferral *
new_referral (void)
{
  TandemReferral *referral = tandem_referral_new ();

  tandem_referral_set_person_id (referral, 1);
  tandem_referral_set_received_on (referral, "2024-01-10");

  return referral;
}

static void
test_defaults (void)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();

  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_RECEIVED);
  g_assert_cmpint (tandem_referral_get_priority (referral), ==, TANDEM_PRIORITY_ROUTINE);
  g_assert_cmpint (tandem_referral_get_for_role (referral), ==, TANDEM_ROLE_LINK_WORKER);
  g_assert_cmpint (tandem_record_get_id (referral), ==, 0);
  assert_blank (tandem_referral_get_contacted_on (referral));
  assert_blank (tandem_referral_get_accepted_on (referral));
  assert_blank (tandem_referral_get_ended_on (referral));
}

static void
test_change_status_forward (void)
{
  g_autoptr(TandemReferral) referral = new_referral ();

  tandem_referral_change_status (referral, TANDEM_REFERRAL_CONTACTED, "2024-01-12");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_CONTACTED);
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, "2024-01-12");
  assert_blank (tandem_referral_get_accepted_on (referral));
  assert_blank (tandem_referral_get_ended_on (referral));

  /* A second contact does not move the first. */
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CONTACTED, "2024-01-13");
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, "2024-01-12");

  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-01-15");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_ACTIVE);
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, "2024-01-12");
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, "2024-01-15");
  assert_blank (tandem_referral_get_ended_on (referral));

  /* Closing keeps the date of acceptance: the GP record code is dated by it. */
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CLOSED, "2024-04-30");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_CLOSED);
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, "2024-01-12");
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, "2024-01-15");
  g_assert_cmpstr (tandem_referral_get_ended_on (referral), ==, "2024-04-30");
}

static void
test_change_status_active_directly (void)
{
  g_autoptr(TandemReferral) referral = new_referral ();

  /* Accepted at the first call: contacted and accepted on the same day. */
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-01-11");
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, "2024-01-11");
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, "2024-01-11");
  assert_blank (tandem_referral_get_ended_on (referral));

  /* Already active: the date of acceptance stays. */
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-02-01");
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, "2024-01-11");
}

static void
test_change_status_declined (void)
{
  g_autoptr(TandemReferral) referral = new_referral ();

  tandem_referral_change_status (referral, TANDEM_REFERRAL_CONTACTED, "2024-01-12");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_DECLINED, "2024-01-20");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_DECLINED);
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, "2024-01-12");
  assert_blank (tandem_referral_get_accepted_on (referral));
  g_assert_cmpstr (tandem_referral_get_ended_on (referral), ==, "2024-01-20");

  /* Declining after accepting undoes the acceptance: no referral code for this episode. */
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-01-22");
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, "2024-01-22");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_DECLINED, "2024-01-25");
  assert_blank (tandem_referral_get_accepted_on (referral));
  g_assert_cmpstr (tandem_referral_get_ended_on (referral), ==, "2024-01-25");
}

static void
test_change_status_no_response (void)
{
  g_autoptr(TandemReferral) referral = new_referral ();

  tandem_referral_change_status (referral, TANDEM_REFERRAL_NO_RESPONSE, "2024-02-01");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_NO_RESPONSE);
  assert_blank (tandem_referral_get_contacted_on (referral));
  assert_blank (tandem_referral_get_accepted_on (referral));
  g_assert_cmpstr (tandem_referral_get_ended_on (referral), ==, "2024-02-01");
}

static void
test_change_status_reopen (void)
{
  g_autoptr(TandemReferral) referral = new_referral ();

  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-01-15");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CLOSED, "2024-04-30");

  /* Closed by mistake: back to active clears the end and keeps the acceptance. */
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-05-01");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_ACTIVE);
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, "2024-01-15");
  assert_blank (tandem_referral_get_ended_on (referral));

  tandem_referral_change_status (referral, TANDEM_REFERRAL_NO_RESPONSE, "2024-05-10");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CONTACTED, "2024-05-11");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_CONTACTED);
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, "2024-01-15");
  assert_blank (tandem_referral_get_accepted_on (referral));
  assert_blank (tandem_referral_get_ended_on (referral));

  tandem_referral_change_status (referral, TANDEM_REFERRAL_DECLINED, "2024-05-12");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_RECEIVED, "2024-05-13");
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_RECEIVED);
  assert_blank (tandem_referral_get_contacted_on (referral));
  assert_blank (tandem_referral_get_accepted_on (referral));
  assert_blank (tandem_referral_get_ended_on (referral));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, (gpointer) g_param_spec_get_name (pspec));
}

static void
test_change_status_today (void)
{
  g_autoptr(TandemReferral) referral = new_referral ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *today = tandem_date_today_iso ();

  g_signal_connect (referral, "notify", G_CALLBACK (notify_cb), names);

  /* Without a date the change happens today. */
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, NULL);
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, today);
  g_assert_cmpstr (tandem_referral_get_contacted_on (referral), ==, today);

  /* One notification for each property that changed. */
  g_assert_cmpuint (names->len, ==, 4);
  for (guint i = 0; i < names->len; i++)
    for (guint j = i + 1; j < names->len; j++)
      g_assert_cmpstr (g_ptr_array_index (names, i), !=, g_ptr_array_index (names, j));
}

static int
sign (int value)
{
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}

static int
compare (TandemReferralStatus  status_a,
         TandemPriority        priority_a,
         const char           *received_a,
         TandemReferralStatus  status_b,
         TandemPriority        priority_b,
         const char           *received_b)
{
  int forward = tandem_referral_compare_currency (status_a, priority_a,
                                                  tandem_date_iso_to_julian (received_a),
                                                  status_b, priority_b,
                                                  tandem_date_iso_to_julian (received_b));
  int backward = tandem_referral_compare_currency (status_b, priority_b,
                                                   tandem_date_iso_to_julian (received_b),
                                                   status_a, priority_a,
                                                   tandem_date_iso_to_julian (received_a));

  /* The order is consistent whichever way round it is asked. */
  g_assert_cmpint (sign (forward), ==, -sign (backward));
  return sign (forward);
}

static void
test_compare_currency (void)
{
  /* Open before ended, however old or routine. */
  g_assert_cmpint (compare (TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_ROUTINE, "2020-01-01",
                            TANDEM_REFERRAL_CLOSED, TANDEM_PRIORITY_URGENT, "2024-01-01"),
                   ==, -1);
  g_assert_cmpint (compare (TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_ROUTINE, "2024-01-01",
                            TANDEM_REFERRAL_DECLINED, TANDEM_PRIORITY_ROUTINE, "2024-01-01"),
                   ==, -1);
  g_assert_cmpint (compare (TANDEM_REFERRAL_NO_RESPONSE, TANDEM_PRIORITY_URGENT, "2024-01-01",
                            TANDEM_REFERRAL_CONTACTED, TANDEM_PRIORITY_ROUTINE, "2024-01-01"),
                   ==, 1);

  /* Among open episodes the more urgent first, then the longer waiting. */
  g_assert_cmpint (compare (TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_URGENT, "2024-03-01",
                            TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_ROUTINE, "2024-01-01"),
                   ==, -1);
  g_assert_cmpint (compare (TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_SOON, "2024-03-01",
                            TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_URGENT, "2024-03-01"),
                   ==, 1);
  g_assert_cmpint (compare (TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_SOON, "2024-01-01",
                            TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_SOON, "2024-03-01"),
                   ==, -1);
  g_assert_cmpint (compare (TANDEM_REFERRAL_CONTACTED, TANDEM_PRIORITY_ROUTINE, "2024-03-02",
                            TANDEM_REFERRAL_CONTACTED, TANDEM_PRIORITY_ROUTINE, "2024-03-01"),
                   ==, 1);

  /* Among ended episodes the most recent first. */
  g_assert_cmpint (compare (TANDEM_REFERRAL_CLOSED, TANDEM_PRIORITY_ROUTINE, "2024-03-01",
                            TANDEM_REFERRAL_CLOSED, TANDEM_PRIORITY_URGENT, "2023-03-01"),
                   ==, -1);
  g_assert_cmpint (compare (TANDEM_REFERRAL_DECLINED, TANDEM_PRIORITY_URGENT, "2023-03-01",
                            TANDEM_REFERRAL_NO_RESPONSE, TANDEM_PRIORITY_ROUTINE, "2024-03-01"),
                   ==, 1);

  /* Alike in every way. */
  g_assert_cmpint (compare (TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_SOON, "2024-03-01",
                            TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_SOON, "2024-03-01"), ==, 0);
  g_assert_cmpint (compare (TANDEM_REFERRAL_CLOSED, TANDEM_PRIORITY_SOON, "2024-03-01",
                            TANDEM_REFERRAL_CLOSED, TANDEM_PRIORITY_SOON, "2024-03-01"), ==, 0);
}

static void
test_status_groups (void)
{
  g_assert_true (tandem_referral_status_is_open (TANDEM_REFERRAL_RECEIVED));
  g_assert_true (tandem_referral_status_is_open (TANDEM_REFERRAL_CONTACTED));
  g_assert_true (tandem_referral_status_is_open (TANDEM_REFERRAL_ACTIVE));
  g_assert_false (tandem_referral_status_is_open (TANDEM_REFERRAL_CLOSED));
  g_assert_false (tandem_referral_status_is_open (TANDEM_REFERRAL_DECLINED));
  g_assert_false (tandem_referral_status_is_open (TANDEM_REFERRAL_NO_RESPONSE));

  g_assert_true (tandem_referral_status_is_waiting (TANDEM_REFERRAL_RECEIVED));
  g_assert_true (tandem_referral_status_is_waiting (TANDEM_REFERRAL_CONTACTED));
  g_assert_false (tandem_referral_status_is_waiting (TANDEM_REFERRAL_ACTIVE));
  g_assert_false (tandem_referral_status_is_waiting (TANDEM_REFERRAL_CLOSED));
  g_assert_false (tandem_referral_status_is_waiting (TANDEM_REFERRAL_DECLINED));
  g_assert_false (tandem_referral_status_is_waiting (TANDEM_REFERRAL_NO_RESPONSE));
}

static void
assert_check_fails (TandemReferral *referral)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tandem_referral_check (referral, &error));
  g_assert_error (error, TANDEM_REFERRAL_ERROR, TANDEM_REFERRAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_check (void)
{
  g_autoptr(TandemReferral) referral = new_referral ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today_iso ();
  g_autofree char *tomorrow = NULL;
  GDate date;

  g_assert_true (tandem_referral_check (referral, &error));
  g_assert_no_error (error);

  /* No person. */
  tandem_referral_set_person_id (referral, 0);
  assert_check_fails (referral);
  tandem_referral_set_person_id (referral, 1);

  /* No received date, or not a date. */
  tandem_referral_set_received_on (referral, NULL);
  assert_check_fails (referral);
  tandem_referral_set_received_on (referral, "");
  assert_check_fails (referral);
  tandem_referral_set_received_on (referral, "2024-02-30");
  assert_check_fails (referral);
  tandem_referral_set_received_on (referral, "10/01/2024");
  assert_check_fails (referral);

  /* Received in the future; today is fine. */
  tandem_date_set_today (&date);
  g_date_add_days (&date, 1);
  tomorrow = tandem_date_to_iso (&date);
  tandem_referral_set_received_on (referral, tomorrow);
  assert_check_fails (referral);
  tandem_referral_set_received_on (referral, today);
  g_assert_true (tandem_referral_check (referral, &error));
  g_assert_no_error (error);

  /* The other dates must be dates when given. */
  tandem_referral_set_accepted_on (referral, "2024-13-01");
  assert_check_fails (referral);
  tandem_referral_set_accepted_on (referral, "");
  tandem_referral_set_ended_on (referral, "soon");
  assert_check_fails (referral);
  tandem_referral_set_ended_on (referral, NULL);
  tandem_referral_set_contacted_on (referral, "2024-1-1");
  assert_check_fails (referral);
  tandem_referral_set_contacted_on (referral, "2024-01-01");
  g_assert_true (tandem_referral_check (referral, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/referral/defaults", test_defaults);
  g_test_add_func ("/referral/change-status/forward", test_change_status_forward);
  g_test_add_func ("/referral/change-status/active-directly", test_change_status_active_directly);
  g_test_add_func ("/referral/change-status/declined", test_change_status_declined);
  g_test_add_func ("/referral/change-status/no-response", test_change_status_no_response);
  g_test_add_func ("/referral/change-status/reopen", test_change_status_reopen);
  g_test_add_func ("/referral/change-status/today", test_change_status_today);
  g_test_add_func ("/referral/compare-currency", test_compare_currency);
  g_test_add_func ("/referral/status-groups", test_status_groups);
  g_test_add_func ("/referral/check", test_check);

  return g_test_run ();
}
