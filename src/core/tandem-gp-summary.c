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
