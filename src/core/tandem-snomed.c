/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-snomed"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-snomed.h"

/* The preferred terms as SNOMED CT publishes them. They are English on purpose, whatever the
 * interface language: they are pasted into the GP record, where the code is what counts. */
static const struct {
  const char *code;
  const char *term;
} concepts[] = {
  { TANDEM_SNOMED_SOCIAL_PRESCRIBING_REFERRAL, "Referral to social prescribing service" },
  { TANDEM_SNOMED_SOCIAL_PRESCRIBING_DECLINED, "Social prescribing declined" },
  { TANDEM_SNOMED_CARE_PLAN_REVIEW, "Review of care plan" },
};

const char *
tandem_snomed_get_term (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (concepts); i++)
    {
      if (g_strcmp0 (concepts[i].code, code) == 0)
        return concepts[i].term;
    }

  return NULL;
}

/**
 * tandem_snomed_code_for:
 * @role: the role the episode is for
 * @status: where the episode is
 *
 * The code an episode's status implies. Only social prescribing is coded: the codes say
 * "social prescribing", and other work must not be counted as it. Accepting is coded once
 * per episode, and stays coded when the episode later closes; declining has its own code; an
 * episode with no response, or still waiting, is not coded at all.
 *
 * Returns: (nullable): the code, or %NULL
 */
const char *
tandem_snomed_code_for (TandemRole           role,
                        TandemReferralStatus status)
{
  if (role != TANDEM_ROLE_LINK_WORKER)
    return NULL;

  switch (status)
    {
    case TANDEM_REFERRAL_ACTIVE:
    case TANDEM_REFERRAL_CLOSED:
      return TANDEM_SNOMED_SOCIAL_PRESCRIBING_REFERRAL;

    case TANDEM_REFERRAL_DECLINED:
      return TANDEM_SNOMED_SOCIAL_PRESCRIBING_DECLINED;

    case TANDEM_REFERRAL_RECEIVED:
    case TANDEM_REFERRAL_CONTACTED:
    case TANDEM_REFERRAL_NO_RESPONSE:
    default:
      return NULL;
    }
}

static void
coded_entry_clear (gpointer data)
{
  TandemCodedEntry *entry = data;

  g_clear_pointer (&entry->date, g_free);
}

/**
 * tandem_snomed_codes_for_referral:
 *
 * Returns: (transfer full) (element-type TandemCodedEntry): the codes for the GP record of
 *   this episode, each with its date
 */
GArray *
tandem_snomed_codes_for_referral (TandemReferral *referral)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (TandemCodedEntry));
  const char *code;
  TandemCodedEntry entry;

  g_array_set_clear_func (entries, coded_entry_clear);

  code = tandem_snomed_code_for (tandem_referral_get_for_role (referral),
                                 tandem_referral_get_status (referral));
  if (code == NULL)
    return entries;

  entry.code = code;
  entry.term = tandem_snomed_get_term (code);

  if (g_str_equal (code, TANDEM_SNOMED_SOCIAL_PRESCRIBING_REFERRAL))
    {
      const char *accepted_on = tandem_referral_get_accepted_on (referral);

      /* Closed without ever being accepted (straight from the waiting list): nothing was
       * accepted, so there is nothing to code. */
      if (accepted_on == NULL || accepted_on[0] == '\0')
        return entries;

      entry.date = g_strdup (accepted_on);
    }
  else
    entry.date = g_strdup (tandem_referral_get_ended_on (referral));

  g_array_append_val (entries, entry);
  return entries;
}

/**
 * tandem_snomed_why_not_coded:
 *
 * Returns: (nullable): why the episode has no code for the GP record, in a sentence, or
 *   %NULL when it has one
 */
const char *
tandem_snomed_why_not_coded (TandemReferral *referral)
{
  g_autoptr(GArray) codes = tandem_snomed_codes_for_referral (referral);

  if (codes->len > 0)
    return NULL;

  if (tandem_referral_get_for_role (referral) != TANDEM_ROLE_LINK_WORKER)
    return _("No code: Tandem codes social prescribing referrals only. Code this service in "
             "the clinical system the way your practice does.");

  switch (tandem_referral_get_status (referral))
    {
    case TANDEM_REFERRAL_NO_RESPONSE:
      return _("No code: an episode without a response is not coded.");
    case TANDEM_REFERRAL_CLOSED:
      return _("No code: the episode closed without the person accepting.");
    case TANDEM_REFERRAL_RECEIVED:
    case TANDEM_REFERRAL_CONTACTED:
    default:
      return _("No code yet: the person has not accepted or declined.");
    }
}
