/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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

static void
test_code_for_status (void)
{
  g_assert_cmpstr (tandem_snomed_code_for_status (TANDEM_REFERRAL_ACTIVE), ==, "871731000000106");
  g_assert_cmpstr (tandem_snomed_code_for_status (TANDEM_REFERRAL_CLOSED), ==, "871731000000106");
  g_assert_cmpstr (tandem_snomed_code_for_status (TANDEM_REFERRAL_DECLINED), ==,
                   "871711000000103");
  g_assert_null (tandem_snomed_code_for_status (TANDEM_REFERRAL_RECEIVED));
  g_assert_null (tandem_snomed_code_for_status (TANDEM_REFERRAL_CONTACTED));
  g_assert_null (tandem_snomed_code_for_status (TANDEM_REFERRAL_NO_RESPONSE));

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/snomed/code-for-status", test_code_for_status);
  g_test_add_func ("/snomed/terms", test_terms);
  g_test_add_func ("/snomed/codes-for-referral", test_codes_for_referral);
  g_test_add_func ("/snomed/closed-without-acceptance", test_closed_without_acceptance);

  return g_test_run ();
}
