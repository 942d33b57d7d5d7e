/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddle-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-huddle-summary.h"
#include "tandem-measure.h"
#include "tandem-measure-history.h"
#include "tandem-measure-result.h"

static void
clear_goal (gpointer data)
{
  TandemHuddleGoal *goal = data;

  g_clear_pointer (&goal->words, g_free);
}

static void
clear_score (gpointer data)
{
  TandemHuddleScore *score = data;

  g_clear_pointer (&score->name, g_free);
  g_clear_pointer (&score->latest, g_free);
  g_clear_pointer (&score->trend, g_free);
}

TandemHuddleSummary *
tandem_huddle_summary_new (void)
{
  TandemHuddleSummary *self = g_new0 (TandemHuddleSummary, 1);

  self->goals = g_array_new (FALSE, TRUE, sizeof (TandemHuddleGoal));
  g_array_set_clear_func (self->goals, clear_goal);
  self->scores = g_array_new (FALSE, TRUE, sizeof (TandemHuddleScore));
  g_array_set_clear_func (self->scores, clear_score);
  self->actions = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

void
tandem_huddle_summary_free (TandemHuddleSummary *self)
{
  if (self == NULL)
    return;

  g_free (self->person_name);
  g_free (self->nhs_number);
  g_free (self->owner_name);
  g_free (self->review_on);
  g_free (self->risk_notes);
  g_array_unref (self->goals);
  g_array_unref (self->scores);
  g_ptr_array_unref (self->actions);
  g_free (self);
}

void
tandem_huddle_summary_add_goal (TandemHuddleSummary *self,
                                const char          *words,
                                TandemGoalStatus     status)
{
  TandemHuddleGoal goal = { g_strdup (words != NULL ? words : ""), status };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->goals, goal);
}

static char *
format_point (const TandemMeasurePoint *point)
{
  g_autofree char *value = tandem_measure_format_value (point->value);
  g_autofree char *iso = NULL;
  g_autofree char *day = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, point->day);
  iso = tandem_date_to_iso (&date);
  day = tandem_date_format (iso);

  /* Translators: a reading and its date, like “23.21 on 2 June 2026” */
  return g_strdup_printf (_("%s on %s"), value, day);
}

static void
add_history (TandemHuddleSummary  *self,
             TandemMeasureHistory *history)
{
  TandemMeasureKind kind = tandem_measure_history_get_kind (history);
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);
  guint n_series = tandem_measure_history_get_n_series (history);

  for (guint i = 0; i < n_series; i++)
    {
      const TandemMeasurePoint *points;
      TandemHuddleScore score = { NULL, };
      guint n = 0;

      points = tandem_measure_history_get_points (history, i, &n);
      if (n == 0)
        continue;

      if (n_series == 1)
        score.name = g_strdup (_(info->name));
      else
        /* Translators: a measure and the item of it followed, like “ONS4: Happy yesterday” */
        score.name = g_strdup_printf (_("%s: %s"), _(info->name),
                                      tandem_measure_history_get_series_name (history, i));
      score.latest = format_point (&points[n - 1]);
      score.trend = tandem_measure_history_dup_change_text (history, i);
      g_array_append_val (self->scores, score);
    }
}

/**
 * tandem_huddle_summary_add_scores:
 * @results: (element-type TandemMeasureResult): the person's results, any order
 *
 * Adds each measure's latest reading and trend, measures in the order Tandem lists them.
 */
void
tandem_huddle_summary_add_scores (TandemHuddleSummary *self,
                                  GPtrArray           *results)
{
  guint seen = 0;

  g_return_if_fail (self != NULL);

  for (guint i = 0; results != NULL && i < results->len; i++)
    seen |= 1u << tandem_measure_result_get_kind (g_ptr_array_index (results, i));

  for (guint kind = 0; kind < 32; kind++)
    {
      g_autoptr(TandemMeasureHistory) history = NULL;

      if ((seen & (1u << kind)) == 0)
        continue;

      history = tandem_measure_history_new (kind, results);
      add_history (self, history);
    }
}
