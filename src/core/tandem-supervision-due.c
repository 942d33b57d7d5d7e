/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-supervision-due"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-supervision-due.h"

/* When supervision is next due, as a pure function of a worker's role, the expected
 * frequencies and the dates of their last sessions, so the rule is tested without a store.
 * The next session of a kind is due its interval after the last one; a worker never
 * supervised in a kind they are expected to have is due from today. */

/* The defaults, as migration 5 seeds them (domain.md section 6): monthly line management for
 * everyone, clinical supervision every 2-3 months for all but supervisors, and coaching
 * supervision monthly for health coaches. Group and peer sessions are welcome but not
 * expected. Monthly is 31 days and "every 2-3 months" 91, so nobody is flagged overdue while
 * still inside what is allowed. */
static const TandemSupervisionFrequency default_frequencies[] = {
  { TANDEM_ROLE_LINK_WORKER, TANDEM_SUPERVISION_LINE_MANAGEMENT, 31 },
  { TANDEM_ROLE_LINK_WORKER, TANDEM_SUPERVISION_CLINICAL, 91 },
  { TANDEM_ROLE_HEALTH_COACH, TANDEM_SUPERVISION_LINE_MANAGEMENT, 31 },
  { TANDEM_ROLE_HEALTH_COACH, TANDEM_SUPERVISION_CLINICAL, 91 },
  { TANDEM_ROLE_HEALTH_COACH, TANDEM_SUPERVISION_COACHING, 31 },
  { TANDEM_ROLE_CARE_COORDINATOR, TANDEM_SUPERVISION_LINE_MANAGEMENT, 31 },
  { TANDEM_ROLE_CARE_COORDINATOR, TANDEM_SUPERVISION_CLINICAL, 91 },
  { TANDEM_ROLE_CHWW, TANDEM_SUPERVISION_LINE_MANAGEMENT, 31 },
  { TANDEM_ROLE_CHWW, TANDEM_SUPERVISION_CLINICAL, 91 },
  { TANDEM_ROLE_SUPERVISOR, TANDEM_SUPERVISION_LINE_MANAGEMENT, 31 },
};

/**
 * tandem_supervision_default_frequencies:
 *
 * Returns: (array length=n_frequencies): the expected frequencies a new database starts with
 */
const TandemSupervisionFrequency *
tandem_supervision_default_frequencies (guint *n_frequencies)
{
  *n_frequencies = G_N_ELEMENTS (default_frequencies);
  return default_frequencies;
}

/**
 * tandem_supervision_frequency_lookup:
 *
 * Returns: the days between sessions of @kind expected for @role, or 0 if none is expected
 */
guint
tandem_supervision_frequency_lookup (const TandemSupervisionFrequency *frequencies,
                                     guint                             n_frequencies,
                                     TandemRole                        role,
                                     TandemSupervisionKind             kind)
{
  for (guint i = 0; i < n_frequencies; i++)
    if (frequencies[i].role == role && frequencies[i].kind == kind)
      return frequencies[i].interval_days;

  return 0;
}

static void
compute_one (TandemSupervisionDue *due,
             const char           *last_on,
             const GDate          *today)
{
  GDate last;
  GDate when;
  g_autofree char *due_on = NULL;

  due->never = last_on == NULL || !tandem_date_from_iso (last_on, &last);
  if (due->never)
    when = *today;
  else
    {
      g_strlcpy (due->last_on, last_on, sizeof due->last_on);
      when = last;
      g_date_add_days (&when, due->interval_days);
    }

  due_on = tandem_date_to_iso (&when);
  g_strlcpy (due->due_on, due_on, sizeof due->due_on);
  due->days_left = g_date_days_between (today, &when);

  if (due->days_left < 0)
    due->state = TANDEM_DUE_OVERDUE;
  else if (due->days_left <= TANDEM_SUPERVISION_DUE_SOON_DAYS)
    due->state = TANDEM_DUE_SOON;
  else
    due->state = TANDEM_DUE_UP_TO_DATE;
}

/**
 * tandem_supervision_due_compute:
 * @role: the worker's role
 * @frequencies: (array length=n_frequencies): the expected frequencies
 * @last_on: (array fixed-size=5) (nullable): per kind, the date of the worker's last
 *   session of that kind, or %NULL or "" for none
 * @today: the day to judge on
 *
 * Returns: (transfer full) (element-type TandemSupervisionDue): for each kind expected of
 *   @role, in kind order, when it is next due and whether that is overdue on @today
 */
GArray *
tandem_supervision_due_compute (TandemRole                        role,
                                const TandemSupervisionFrequency *frequencies,
                                guint                             n_frequencies,
                                const char * const               *last_on,
                                const GDate                      *today)
{
  GArray *dues = g_array_new (FALSE, TRUE, sizeof (TandemSupervisionDue));

  g_return_val_if_fail (today != NULL && g_date_valid (today), dues);

  for (guint kind = 0; kind < TANDEM_N_SUPERVISION_KINDS; kind++)
    {
      TandemSupervisionDue due = { 0 };

      due.kind = kind;
      due.interval_days = tandem_supervision_frequency_lookup (frequencies, n_frequencies, role,
                                                               kind);
      if (due.interval_days == 0)
        continue;

      compute_one (&due, last_on != NULL ? last_on[kind] : NULL, today);
      g_array_append_val (dues, due);
    }

  return dues;
}

/**
 * tandem_supervision_due_worst:
 * @dues: (element-type TandemSupervisionDue): a worker's due dates
 *
 * Returns: the most pressing state among them; up to date when nothing is expected
 */
TandemDueState
tandem_supervision_due_worst (GArray *dues)
{
  TandemDueState worst = TANDEM_DUE_UP_TO_DATE;

  for (guint i = 0; dues != NULL && i < dues->len; i++)
    worst = MAX (worst, g_array_index (dues, TandemSupervisionDue, i).state);

  return worst;
}

/**
 * tandem_supervision_due_describe:
 *
 * Returns: (transfer full): when it is due, in words, such as "Overdue by 3 days"
 */
char *
tandem_supervision_due_describe (const TandemSupervisionDue *due)
{
  g_autofree char *date = tandem_date_format (due->due_on);

  if (due->never)
    return g_strdup (_("Never had: due now"));

  if (due->days_left < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day, since %s",
                                         "Overdue by %d days, since %s", -due->days_left),
                            -due->days_left, date);

  if (due->days_left == 0)
    return g_strdup (_("Due today"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day, on %s",
                                       "Due in %d days, on %s", due->days_left),
                          due->days_left, date);
}

void
tandem_worker_due_free (TandemWorkerDue *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_clear_pointer (&self->dues, g_array_unref);
  g_free (self);
}

TandemDueState
tandem_worker_due_get_state (TandemWorkerDue *self)
{
  return tandem_supervision_due_worst (self->dues);
}
