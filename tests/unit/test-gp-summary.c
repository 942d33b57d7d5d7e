/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "tandem-gp-summary.h"

typedef struct
{
  TandemPerson   *person;
  TandemReferral *referral;
  GPtrArray      *contacts;
} Episode;

static TandemContact *
new_contact (const char        *date,
             TandemContactMode  mode,
             const char        *next_step)
{
  TandemContact *contact = tandem_contact_new ();

  tandem_contact_set_person_id (contact, 1);
  tandem_contact_set_referral_id (contact, 1);
  tandem_contact_set_contact_date (contact, date);
  tandem_contact_set_mode (contact, mode);
  tandem_contact_set_next_step (contact, next_step);

  return contact;
}

/* Zoë, referred by her GP to a health and wellbeing coach, active since 3 March with three
 * contacts, the latest a phone call on 20 March. */
static void
episode_init (Episode  *episode,
              gboolean  consent_to_share)
{
  episode->person = tandem_person_new ();
  tandem_person_set_given_name (episode->person, "Zoë");
  tandem_person_set_family_name (episode->person, "O'Neill");
  tandem_person_set_nhs_number (episode->person, "9434765919");
  tandem_person_set_consent_to_share (episode->person, consent_to_share);

  episode->referral = tandem_referral_new ();
  tandem_record_set_id (episode->referral, 1);
  tandem_referral_set_person_id (episode->referral, 1);
  tandem_referral_set_received_on (episode->referral, "2024-02-20");
  tandem_referral_set_source (episode->referral, TANDEM_SOURCE_GP);
  tandem_referral_set_referrer_name (episode->referral, "Dr Amira Haddad");
  tandem_referral_set_referrer_organisation (episode->referral, "Riverside Surgery");
  tandem_referral_set_reasons (episode->referral, "Lonely since her husband died");
  tandem_referral_set_for_role (episode->referral, TANDEM_ROLE_LINK_WORKER);
  tandem_referral_change_status (episode->referral, TANDEM_REFERRAL_CONTACTED, "2024-02-22");
  tandem_referral_change_status (episode->referral, TANDEM_REFERRAL_ACTIVE, "2024-03-03");

  /* In no particular order. */
  episode->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (episode->contacts,
                   new_contact ("2024-03-03", TANDEM_CONTACT_FACE_TO_FACE,
                                "Try the walking group"));
  g_ptr_array_add (episode->contacts,
                   new_contact ("2024-03-20", TANDEM_CONTACT_PHONE, "Call in two weeks"));
  g_ptr_array_add (episode->contacts,
                   new_contact ("2024-03-10", TANDEM_CONTACT_HOME_VISIT,
                                "Ask about the lunch club"));
}

static void
episode_clear (Episode *episode)
{
  g_clear_object (&episode->person);
  g_clear_object (&episode->referral);
  g_clear_pointer (&episode->contacts, g_ptr_array_unref);
}

static char *
summarise (Episode    *episode,
           const char *worker_name)
{
  TandemGpSummarySource source = {
    .pcn_name = "Riverside PCN",
    .person = episode->person,
    .referral = episode->referral,
    .contacts = episode->contacts,
    .worker_name = worker_name,
    .worker_role = TANDEM_ROLE_LINK_WORKER,
  };
  char *text = tandem_gp_summary_for_referral (&source);

  g_assert_nonnull (text);
  g_assert_true (g_str_has_suffix (text, "\n"));
  /* Clinical systems paste text as it is: no tabs. */
  g_assert_null (strchr (text, '\t'));

  return text;
}

static void
test_with_consent (void)
{
  Episode episode;
  g_autofree char *text = NULL;

  episode_init (&episode, TRUE);
  text = summarise (&episode, "Kofi Mensah");

  g_assert_cmpstr (text, ==,
                   "Social prescribing link worker referral, Riverside PCN\n"
                   "Received: 20 Feb 2024\n"
                   "Referred by: GP, Dr Amira Haddad, Riverside Surgery\n"
                   "Reason: Lonely since her husband died\n"
                   "Status: Active since 3 Mar 2024\n"
                   "Worker: Kofi Mensah, Social prescribing link worker\n"
                   "Contacts: 3, the latest on 20 Mar 2024 (Phone)\n"
                   "Next step: Call in two weeks\n"
                   "SNOMED CT 871731000000106 Referral to social prescribing service "
                   "(3 Mar 2024)\n");

  episode_clear (&episode);
}

static void
test_with_consent_closed (void)
{
  Episode episode;
  g_autofree char *text = NULL;

  episode_init (&episode, TRUE);
  tandem_referral_change_status (episode.referral, TANDEM_REFERRAL_CLOSED, "2024-04-30");
  tandem_referral_set_outcome_note (episode.referral, "Goals met; walks with the group weekly");
  text = summarise (&episode, NULL);

  g_assert_nonnull (strstr (text, "\nStatus: Closed since 30 Apr 2024\n"));
  g_assert_nonnull (strstr (text, "\nOutcome: Goals met; walks with the group weekly\n"));
  /* The code stays dated by the acceptance. */
  g_assert_true (g_str_has_suffix (text, "\nSNOMED CT 871731000000106 Referral to social "
                                         "prescribing service (3 Mar 2024)\n"));
  /* No worker named, no line for one. */
  g_assert_null (strstr (text, "Worker:"));

  episode_clear (&episode);
}

static void
test_without_consent (void)
{
  Episode episode;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  episode_init (&episode, FALSE);
  text = summarise (&episode, "Kofi Mensah");

  g_assert_cmpstr (text, ==,
                   "SNOMED CT 871731000000106 Referral to social prescribing service "
                   "(3 Mar 2024)\n");

  /* Nothing but codes: not the story, not who referred, not the person. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (lines[i][0] == '\0' || g_str_has_prefix (lines[i], "SNOMED CT "));
  g_assert_null (strstr (text, "Lonely"));
  g_assert_null (strstr (text, "Haddad"));
  g_assert_null (strstr (text, "Riverside"));
  g_assert_null (strstr (text, "Zoë"));
  g_assert_null (strstr (text, "O'Neill"));
  g_assert_null (strstr (text, "walking"));
  g_assert_null (strstr (text, "Kofi"));

  episode_clear (&episode);
}

static void
test_without_consent_declined (void)
{
  Episode episode;
  g_autofree char *text = NULL;

  episode_init (&episode, FALSE);
  tandem_referral_change_status (episode.referral, TANDEM_REFERRAL_DECLINED, "2024-03-05");
  text = summarise (&episode, NULL);

  g_assert_cmpstr (text, ==,
                   "SNOMED CT 871711000000103 Social prescribing declined (5 Mar 2024)\n");

  episode_clear (&episode);
}

static void
test_no_code (void)
{
  Episode episode;

  episode_init (&episode, TRUE);
  tandem_referral_change_status (episode.referral, TANDEM_REFERRAL_RECEIVED, "2024-02-20");
  g_ptr_array_set_size (episode.contacts, 0);

  {
    g_autofree char *text = summarise (&episode, NULL);

    g_assert_nonnull (strstr (text, "\nStatus: Received\n"));
    g_assert_nonnull (strstr (text, "\nContacts: none yet\n"));
    g_assert_null (strstr (text, "Next step"));
    g_assert_null (strstr (text, "SNOMED CT 8"));
    g_assert_true (g_str_has_suffix (text, "\nNo code yet: the person has not accepted or "
                                           "declined.\n"));
  }

  /* A person who could not be reached is never coded. */
  tandem_referral_change_status (episode.referral, TANDEM_REFERRAL_NO_RESPONSE, "2024-03-20");
  tandem_person_set_consent_to_share (episode.person, FALSE);

  {
    g_autofree char *text = summarise (&episode, NULL);

    g_assert_cmpstr (text, ==, "No code: an episode without a response is not coded.\n");
  }

  episode_clear (&episode);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gp-summary/with-consent", test_with_consent);
  g_test_add_func ("/gp-summary/with-consent-closed", test_with_consent_closed);
  g_test_add_func ("/gp-summary/without-consent", test_without_consent);
  g_test_add_func ("/gp-summary/without-consent-declined", test_without_consent_declined);
  g_test_add_func ("/gp-summary/no-code", test_no_code);

  return g_test_run ();
}
