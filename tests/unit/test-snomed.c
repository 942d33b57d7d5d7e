/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "tandem-snomed.h"

static TandemReferral *
referral_with_status (TandemReferralStatus status)
{
  TandemReferral *referral = tandem_referral_new ();

  tandem_referral_set_person_id (referral, 1);
  tandem_referral_set_received_on (referral, "2024-01-10");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CONTACTED, "2024-01-12");
  if (status == TANDEM_REFERRAL_ACTIVE || status == TANDEM_REFERRAL_CLOSED)
    tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-01-15");
  if (status != TANDEM_REFERRAL_CONTACTED && status != TANDEM_REFERRAL_ACTIVE)
    tandem_referral_change_status (referral, status, "2024-04-30");

  g_assert_cmpint (tandem_referral_get_status (referral), ==, status);
  return referral;
}

static const char *
code_for (TandemReferralStatus status)
{
  return tandem_snomed_code_for (TANDEM_ROLE_LINK_WORKER, status);
}

static void
test_code_for_status (void)
{
  g_assert_cmpstr (code_for (TANDEM_REFERRAL_ACTIVE), ==, "871731000000106");
  g_assert_cmpstr (code_for (TANDEM_REFERRAL_CLOSED), ==, "871731000000106");
  g_assert_cmpstr (code_for (TANDEM_REFERRAL_DECLINED), ==,
                   "871711000000103");
  g_assert_null (code_for (TANDEM_REFERRAL_RECEIVED));
  g_assert_null (code_for (TANDEM_REFERRAL_CONTACTED));
  g_assert_null (code_for (TANDEM_REFERRAL_NO_RESPONSE));

  g_assert_cmpstr (TANDEM_SNOMED_SOCIAL_PRESCRIBING_REFERRAL, ==, "871731000000106");
  g_assert_cmpstr (TANDEM_SNOMED_SOCIAL_PRESCRIBING_DECLINED, ==, "871711000000103");
  g_assert_cmpstr (TANDEM_SNOMED_CARE_PLAN_REVIEW, ==, "425268008");
}

static void
test_terms (void)
{
  g_assert_cmpstr (tandem_snomed_get_term ("871731000000106"), ==,
                   "Referral to social prescribing service");
  g_assert_cmpstr (tandem_snomed_get_term ("871711000000103"), ==, "Social prescribing declined");
  g_assert_cmpstr (tandem_snomed_get_term ("425268008"), ==, "Review of care plan");
  g_assert_null (tandem_snomed_get_term ("123456789"));
  g_assert_null (tandem_snomed_get_term (""));
  g_assert_null (tandem_snomed_get_term (NULL));
}

/* Asserts the episode has exactly one code, on @date. */
static void
assert_one_code (TandemReferral *referral,
                 const char     *code,
                 const char     *term,
                 const char     *date)
{
  g_autoptr(GArray) codes = tandem_snomed_codes_for_referral (referral);
  TandemCodedEntry *entry;

  g_assert_cmpuint (codes->len, ==, 1);
  entry = &g_array_index (codes, TandemCodedEntry, 0);
  g_assert_cmpstr (entry->code, ==, code);
  g_assert_cmpstr (entry->term, ==, term);
  g_assert_cmpstr (entry->date, ==, date);
}

static void
assert_no_code (TandemReferral *referral)
{
  g_autoptr(GArray) codes = tandem_snomed_codes_for_referral (referral);

  g_assert_nonnull (codes);
  g_assert_cmpuint (codes->len, ==, 0);
}

static void
test_codes_for_referral (void)
{
  g_autoptr(TandemReferral) received = referral_with_status (TANDEM_REFERRAL_RECEIVED);
  g_autoptr(TandemReferral) contacted = referral_with_status (TANDEM_REFERRAL_CONTACTED);
  g_autoptr(TandemReferral) active = referral_with_status (TANDEM_REFERRAL_ACTIVE);
  g_autoptr(TandemReferral) closed = referral_with_status (TANDEM_REFERRAL_CLOSED);
  g_autoptr(TandemReferral) declined = referral_with_status (TANDEM_REFERRAL_DECLINED);
  g_autoptr(TandemReferral) no_response = referral_with_status (TANDEM_REFERRAL_NO_RESPONSE);

  assert_no_code (received);
  assert_no_code (contacted);
  assert_no_code (no_response);

  /* Dated by the acceptance, also once the episode has closed. */
  assert_one_code (active, "871731000000106", "Referral to social prescribing service",
                   "2024-01-15");
  assert_one_code (closed, "871731000000106", "Referral to social prescribing service",
                   "2024-01-15");
  /* Dated by the end of the episode. */
  assert_one_code (declined, "871711000000103", "Social prescribing declined", "2024-04-30");
}

static void
test_closed_without_acceptance (void)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();

  /* Closed from the waiting list (a referral sent to the wrong service, say): the person never
   * accepted, so the code that counts towards the PCN's indicator must not be recorded. */
  tandem_referral_set_person_id (referral, 1);
  tandem_referral_set_received_on (referral, "2024-01-10");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CLOSED, "2024-01-11");
  assert_no_code (referral);
}

/* Only social prescribing is coded: a coach's or care coordinator's episode is not a
 * referral to social prescribing, and must not count as one. */
static void
test_other_roles_not_coded (void)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autoptr(GArray) codes = NULL;

  g_assert_null (tandem_snomed_code_for (TANDEM_ROLE_HEALTH_COACH, TANDEM_REFERRAL_ACTIVE));
  g_assert_null (tandem_snomed_code_for (TANDEM_ROLE_CARE_COORDINATOR, TANDEM_REFERRAL_DECLINED));
  g_assert_null (tandem_snomed_code_for (TANDEM_ROLE_CHWW, TANDEM_REFERRAL_CLOSED));

  tandem_referral_set_for_role (referral, TANDEM_ROLE_HEALTH_COACH);
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2026-03-10");
  codes = tandem_snomed_codes_for_referral (referral);
  g_assert_cmpuint (codes->len, ==, 0);
  g_assert_nonnull (strstr (tandem_snomed_why_not_coded (referral), "social prescribing"));
}

static void
test_why_not_coded (void)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();

  g_assert_nonnull (strstr (tandem_snomed_why_not_coded (referral), "not accepted"));

  tandem_referral_change_status (referral, TANDEM_REFERRAL_NO_RESPONSE, "2026-03-10");
  g_assert_nonnull (strstr (tandem_snomed_why_not_coded (referral), "without a response"));

  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2026-03-11");
  g_assert_null (tandem_snomed_why_not_coded (referral));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/snomed/code-for-status", test_code_for_status);
  g_test_add_func ("/snomed/terms", test_terms);
  g_test_add_func ("/snomed/codes-for-referral", test_codes_for_referral);
  g_test_add_func ("/snomed/closed-without-acceptance", test_closed_without_acceptance);

  g_test_add_func ("/snomed/other-roles-not-coded", test_other_roles_not_coded);
  g_test_add_func ("/snomed/why-not-coded", test_why_not_coded);

  return g_test_run ();
}
