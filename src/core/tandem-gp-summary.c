/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-gp-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-gp-summary.h"
#include "tandem-snomed.h"

/* "Copy for GP record": a few plain lines a coach pastes into EMIS Web or SystmOne. The GP
 * record needs the codes whatever the person decided about sharing; the story around them
 * (who referred, why, what happened) goes in only when the person consented to share with
 * their GP. Plain text, no tabs or bullets, since clinical systems paste it as it is. */

static void
append_line (GString    *text,
             const char *label,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_printf (text, "%s: %s\n", label, value);
}

static void
append_codes (GString        *text,
              TandemReferral *referral)
{
  g_autoptr(GArray) codes = tandem_snomed_codes_for_referral (referral);

  if (codes->len == 0)
    {
      g_string_append (text, tandem_snomed_why_not_coded (referral));
      g_string_append_c (text, '\n');
      return;
    }

  for (guint i = 0; i < codes->len; i++)
    {
      TandemCodedEntry *entry = &g_array_index (codes, TandemCodedEntry, i);
      g_autofree char *date = tandem_date_format (entry->date);

      g_string_append_printf (text, "SNOMED CT %s %s (%s)\n", entry->code, entry->term, date);
    }
}

static char *
describe_referrer (TandemReferral *referral)
{
  const char *parts[] = {
    tandem_referral_get_referrer_name (referral),
    tandem_referral_get_referrer_role (referral),
    tandem_referral_get_referrer_organisation (referral),
  };
  g_autoptr(GString) who = g_string_new (tandem_referral_source_get_label (tandem_referral_get_source (referral)));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] != NULL && parts[i][0] != '\0')
        g_string_append_printf (who, ", %s", parts[i]);
    }

  return g_string_free (g_steal_pointer (&who), FALSE);
}

static char *
describe_status (TandemReferral *referral)
{
  TandemReferralStatus status = tandem_referral_get_status (referral);
  const char *label = tandem_referral_status_get_label (status);
  const char *date = NULL;
  g_autofree char *formatted = NULL;

  switch (status)
    {
    case TANDEM_REFERRAL_CONTACTED:
      date = tandem_referral_get_contacted_on (referral);
      break;
    case TANDEM_REFERRAL_ACTIVE:
      date = tandem_referral_get_accepted_on (referral);
      break;
    case TANDEM_REFERRAL_CLOSED:
    case TANDEM_REFERRAL_DECLINED:
    case TANDEM_REFERRAL_NO_RESPONSE:
      date = tandem_referral_get_ended_on (referral);
      break;
    case TANDEM_REFERRAL_RECEIVED:
    default:
      break;
    }

  formatted = tandem_date_format (date);
  if (formatted[0] == '\0')
    return g_strdup (label);

  /* Translators: a referral's status and since when, as in "Active since 3 Mar 2026" */
  return g_strdup_printf (_("%s since %s"), label, formatted);
}

static void
append_contacts (GString   *text,
                 GPtrArray *contacts)
{
  TandemContact *latest = NULL;
  g_autofree char *latest_date = NULL;
  g_autofree char *summary = NULL;

  if (contacts == NULL || contacts->len == 0)
    {
      append_line (text, _("Contacts"), _("none yet"));
      return;
    }

  for (guint i = 0; i < contacts->len; i++)
    {
      TandemContact *contact = g_ptr_array_index (contacts, i);

      if (latest == NULL ||
          g_strcmp0 (tandem_contact_get_contact_date (contact),
                     tandem_contact_get_contact_date (latest)) > 0)
        latest = contact;
    }

  latest_date = tandem_date_format (tandem_contact_get_contact_date (latest));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u, the latest on %s (%s)",
                                          "%u, the latest on %s (%s)",
                                          contacts->len),
                             contacts->len, latest_date,
                             tandem_contact_mode_get_label (tandem_contact_get_mode (latest)));
  append_line (text, _("Contacts"), summary);
  append_line (text, _("Next step"), tandem_contact_get_next_step (latest));
}

/**
 * tandem_gp_summary_for_referral:
 *
 * Returns: (transfer full): the summary, ending with a newline
 */
char *
tandem_gp_summary_for_referral (const TandemGpSummarySource *source)
{
  TandemReferral *referral = source->referral;
  GString *text = g_string_new (NULL);
  g_autofree char *received = NULL;
  g_autofree char *referrer = NULL;
  g_autofree char *status = NULL;
  g_autofree char *worker = NULL;

  g_return_val_if_fail (TANDEM_IS_PERSON (source->person), NULL);
  g_return_val_if_fail (TANDEM_IS_REFERRAL (referral), NULL);

  if (!tandem_person_get_consent_to_share (source->person))
    {
      append_codes (text, referral);
      return g_string_free (text, FALSE);
    }

  if (source->pcn_name != NULL && source->pcn_name[0] != '\0')
    /* Translators: the first line of a summary for the GP record, such as
     * "Health and wellbeing coach referral, Riverside PCN" */
    g_string_append_printf (text, _("%s referral, %s"),
                            tandem_role_get_label (tandem_referral_get_for_role (referral)),
                            source->pcn_name);
  else
    /* Translators: the first line of a summary for the GP record, such as
     * "Health and wellbeing coach referral" */
    g_string_append_printf (text, _("%s referral"),
                            tandem_role_get_label (tandem_referral_get_for_role (referral)));
  g_string_append_c (text, '\n');

  received = tandem_date_format (tandem_referral_get_received_on (referral));
  referrer = describe_referrer (referral);
  status = describe_status (referral);

  append_line (text, _("Received"), received);
  append_line (text, _("Referred by"), referrer);
  append_line (text, _("Reason"), tandem_referral_get_reasons (referral));
  append_line (text, _("Status"), status);
  append_line (text, _("Outcome"), tandem_referral_get_outcome_note (referral));

  if (source->worker_name != NULL && source->worker_name[0] != '\0')
    {
      /* Translators: a member of staff and their role, as in "Sam Patel, Care coordinator" */
      worker = g_strdup_printf (_("%s, %s"), source->worker_name,
                                tandem_role_get_label (source->worker_role));
      append_line (text, _("Worker"), worker);
    }

  append_contacts (text, source->contacts);
  append_codes (text, referral);

  return g_string_free (text, FALSE);
}

/* Goals by how far they have got, as in "3: achieved 1, in progress 2". */
static char *
describe_goals (TandemPlan *plan)
{
  guint counts[TANDEM_GOAL_NOT_ACHIEVED + 1] = { 0 };
  GListModel *needs = tandem_plan_get_needs (plan);
  GString *text;
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (plan, need);

      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);

          counts[MIN (tandem_plan_goal_get_status (goal), TANDEM_GOAL_NOT_ACHIEVED)]++;
          total++;
        }
    }

  if (total == 0)
    return NULL;

  text = g_string_new (NULL);
  g_string_append_printf (text, "%u", total);
  for (guint status = 0, shown = 0; status < G_N_ELEMENTS (counts); status++)
    {
      if (counts[status] == 0)
        continue;

      g_string_append (text, shown++ == 0 ? ": " : ", ");
      /* Translators: a goal status and how many goals have it, as in "In progress 2" */
      g_string_append_printf (text, _("%s %u"), tandem_goal_status_get_label (status),
                              counts[status]);
    }

  return g_string_free (text, FALSE);
}

static char *
describe_agreement (TandemPlanVersion *version)
{
  g_autofree char *date = tandem_date_format (tandem_plan_version_get_agreed_on (version));
  const char *how = tandem_plan_version_get_agreed_how (version);
  g_autofree char *who = NULL;

  if (tandem_plan_version_get_agreed_with (version) == TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE)
    /* Translators: who agreed a plan for the person, as in "Sara Ahmed (daughter)" */
    who = g_strdup_printf (_("%s (%s)"), tandem_plan_version_get_representative_name (version),
                           tandem_plan_version_get_representative_role (version));
  else
    who = g_strdup (_("the person"));

  if (how != NULL && how[0] != '\0')
    /* Translators: as in "3 Mar 2026 with the person, face to face" */
    return g_strdup_printf (_("%s with %s, %s"), date, who, how);

  /* Translators: as in "3 Mar 2026 with the person" */
  return g_strdup_printf (_("%s with %s"), date, who);
}

/**
 * tandem_gp_summary_for_plan:
 *
 * The GP record's note of an agreed plan. A review is coded as such, on the day it was
 * agreed; a first plan has no code of its own. As for referrals, what the plan says goes in
 * only with the person's consent to share.
 *
 * Returns: (transfer full): the summary, ending with a newline
 */
char *
tandem_gp_summary_for_plan (const TandemGpPlanSource *source)
{
  TandemPlanVersion *version;
  GString *text = g_string_new (NULL);
  g_autofree char *agreement = NULL;
  g_autofree char *goals = NULL;
  g_autofree char *review = NULL;
  g_autofree char *worker = NULL;
  g_autofree char *number = NULL;

  g_return_val_if_fail (TANDEM_IS_PERSON (source->person), NULL);
  g_return_val_if_fail (TANDEM_IS_PLAN (source->plan), NULL);

  version = tandem_plan_get_version (source->plan);

  if (tandem_person_get_consent_to_share (source->person))
    {
      if (source->pcn_name != NULL && source->pcn_name[0] != '\0')
        /* Translators: the first line of a plan summary for the GP record */
        g_string_append_printf (text, _("Personalised care and support plan, %s"),
                                source->pcn_name);
      else
        g_string_append (text, _("Personalised care and support plan"));
      g_string_append_c (text, '\n');

      number = g_strdup_printf ("%d", tandem_plan_version_get_number (version));
      agreement = describe_agreement (version);
      goals = describe_goals (source->plan);
      review = tandem_date_format (tandem_plan_version_get_review_on (version));

      append_line (text, _("Version"), number);
      append_line (text, _("Agreed"), agreement);
      append_line (text, _("Goals"), goals);
      append_line (text, _("Next review"), review);

      if (source->worker_name != NULL && source->worker_name[0] != '\0')
        {
          worker = g_strdup_printf (_("%s, %s"), source->worker_name,
                                    tandem_role_get_label (source->worker_role));
          append_line (text, _("Prepared by"), worker);
        }
    }

  if (tandem_plan_version_get_is_review (version))
    {
      g_autofree char *date = tandem_date_format (tandem_plan_version_get_agreed_on (version));

      g_string_append_printf (text, "SNOMED CT %s %s (%s)\n", TANDEM_SNOMED_CARE_PLAN_REVIEW,
                              tandem_snomed_get_term (TANDEM_SNOMED_CARE_PLAN_REVIEW), date);
    }
  else
    {
      g_string_append (text, _("No code to record: this is the first plan, not a review of one."));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}
