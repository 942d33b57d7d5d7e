/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-measure-history"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-measure-history.h"

/* A person's results of one measure over time, as the numbers worth following: one series
 * for a measure with a score, one per item where the items are read on their own (ONS4's
 * four questions, MYCaW's concerns and wellbeing, the Star's eight areas). The change is
 * counted from the latest baseline to the latest follow-up after it, so a person who starts
 * again with a new baseline is not compared with an old episode. */
struct _TandemMeasureHistory
{
  GObject            parent_instance;

  TandemMeasureKind  kind;
  guint              n_results;
  GPtrArray         *series;   /* GArray of TandemMeasurePoint, by day, one per series */
};

G_DEFINE_FINAL_TYPE (TandemMeasureHistory, tandem_measure_history, G_TYPE_OBJECT)

static void
tandem_measure_history_finalize (GObject *object)
{
  TandemMeasureHistory *self = (TandemMeasureHistory *) object;

  g_clear_pointer (&self->series, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_measure_history_parent_class)->finalize (object);
}

static void
tandem_measure_history_class_init (TandemMeasureHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_measure_history_finalize;
}

static void
tandem_measure_history_init (TandemMeasureHistory *self)
{
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/* Whether the measure is followed item by item rather than by a score. */
static gboolean
follows_items (TandemMeasureKind kind)
{
  return kind == TANDEM_MEASURE_ONS4 || kind == TANDEM_MEASURE_MYCAW ||
         kind == TANDEM_MEASURE_WELLBEING_STAR;
}

static void
add_result (TandemMeasureHistory *self,
            TandemMeasureResult  *result)
{
  const TandemMeasureInfo *info = tandem_measure_get_info (self->kind);
  g_autofree double *answers = g_new (double, info->n_items);
  TandemMeasureScore score;
  TandemMeasurePoint point;

  /* Stored results are valid; one that is not (edited outside Tandem) is left out rather
   * than drawn wrong. */
  if (!tandem_measure_result_score (result, &score, NULL))
    return;

  tandem_measure_parse_answers (tandem_measure_result_get_answers (result), answers,
                                info->n_items);
  point.day = tandem_date_iso_to_julian (tandem_measure_result_get_taken_on (result));
  point.stage = tandem_measure_result_get_stage (result);

  for (guint i = 0; i < self->series->len; i++)
    {
      point.value = follows_items (self->kind) ? answers[i] : score.score;
      if (!isnan (point.value))
        g_array_append_val (g_ptr_array_index (self->series, i), point);
    }

  self->n_results++;
}

static int
compare_points (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const TandemMeasurePoint *x = a;
  const TandemMeasurePoint *y = b;

  return (x->day > y->day) - (x->day < y->day);
}

/**
 * tandem_measure_history_new:
 * @results: (element-type TandemMeasureResult): a person's results; those of other measures
 *   are ignored
 */
TandemMeasureHistory *
tandem_measure_history_new (TandemMeasureKind  kind,
                            GPtrArray         *results)
{
  TandemMeasureHistory *self = g_object_new (TANDEM_TYPE_MEASURE_HISTORY, NULL);
  guint n_series;

  self->kind = kind;
  n_series = follows_items (kind) ? tandem_measure_get_info (kind)->n_items : 1;
  for (guint i = 0; i < n_series; i++)
    g_ptr_array_add (self->series, g_array_new (FALSE, FALSE, sizeof (TandemMeasurePoint)));

  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      TandemMeasureResult *result = g_ptr_array_index (results, i);

      if (tandem_measure_result_get_kind (result) == kind)
        add_result (self, result);
    }

  /* A stable sort: results taken on the same day stay in the order they were recorded. */
  for (guint i = 0; i < n_series; i++)
    {
      GArray *points = g_ptr_array_index (self->series, i);

      g_qsort_with_data (points->data, points->len, sizeof (TandemMeasurePoint),
                         compare_points, NULL);
    }

  return self;
}

TandemMeasureKind
tandem_measure_history_get_kind (TandemMeasureHistory *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), TANDEM_MEASURE_ONS4);

  return self->kind;
}

guint
tandem_measure_history_get_n_results (TandemMeasureHistory *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), 0);

  return self->n_results;
}

guint
tandem_measure_history_get_n_series (TandemMeasureHistory *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), 0);

  return self->series->len;
}

/**
 * tandem_measure_history_get_series_name:
 *
 * Returns: what the series follows, translated: the item's name, or the score's
 */
const char *
tandem_measure_history_get_series_name (TandemMeasureHistory *self,
                                        guint                 series)
{
  const TandemMeasureInfo *info;

  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  info = tandem_measure_get_info (self->kind);

  switch (self->kind)
    {
    case TANDEM_MEASURE_ONS4:
    case TANDEM_MEASURE_MYCAW:
    case TANDEM_MEASURE_WELLBEING_STAR:
      return tandem_measure_get_answer_name (self->kind, series);
    case TANDEM_MEASURE_SWEMWBS:
      return _("Metric score");
    case TANDEM_MEASURE_WEMWBS:
    case TANDEM_MEASURE_HEALTH_CONFIDENCE:
      return _("Score");
    case TANDEM_MEASURE_PAM:
      return _("PAM score");
    default:
      return _(info->name);
    }
}

/**
 * tandem_measure_history_get_points:
 * @n_points: (out): how many readings there are
 *
 * Returns: (array length=n_points) (transfer none): the series' readings, the earliest first
 */
const TandemMeasurePoint *
tandem_measure_history_get_points (TandemMeasureHistory *self,
                                   guint                 series,
                                   guint                *n_points)
{
  GArray *points;

  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  points = g_ptr_array_index (self->series, series);
  *n_points = points->len;
  return (const TandemMeasurePoint *) points->data;
}

/**
 * tandem_measure_history_get_range:
 *
 * The scale every series is read on, for a chart's axis: the lowest and highest possible
 * values, not those reached.
 */
void
tandem_measure_history_get_range (TandemMeasureHistory *self,
                                  double               *min,
                                  double               *max)
{
  const TandemMeasureInfo *info;

  g_return_if_fail (TANDEM_IS_MEASURE_HISTORY (self));

  info = tandem_measure_get_info (self->kind);

  switch (self->kind)
    {
    case TANDEM_MEASURE_SWEMWBS:
      *min = 7;
      *max = 35;
      break;
    case TANDEM_MEASURE_WEMWBS:
      *min = 14;
      *max = 70;
      break;
    default:
      *min = info->item_min;
      *max = info->item_max;
      break;
    }
}

/**
 * tandem_measure_history_get_higher_is_better:
 *
 * Returns: whether a rise in @series is good news: not so for ONS4's anxiety or MYCaW
 */
gboolean
tandem_measure_history_get_higher_is_better (TandemMeasureHistory *self,
                                             guint                 series)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), TRUE);

  if (self->kind == TANDEM_MEASURE_ONS4 && series == 3)
    return FALSE;

  return tandem_measure_get_info (self->kind)->higher_is_better;
}

/**
 * tandem_measure_history_get_change:
 * @baseline: (out) (optional): the latest baseline reading
 * @latest: (out) (optional): the latest follow-up after it
 *
 * Returns: %TRUE when there is a change to show: a baseline and a follow-up after it
 */
gboolean
tandem_measure_history_get_change (TandemMeasureHistory      *self,
                                   guint                      series,
                                   const TandemMeasurePoint **baseline,
                                   const TandemMeasurePoint **latest)
{
  const TandemMeasurePoint *points;
  const TandemMeasurePoint *first = NULL;
  const TandemMeasurePoint *last = NULL;
  guint n = 0;

  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), FALSE);

  points = tandem_measure_history_get_points (self, series, &n);

  for (guint i = 0; i < n; i++)
    {
      if (points[i].stage == TANDEM_STAGE_BASELINE)
        {
          first = &points[i];
          last = NULL;
        }
      else if (first != NULL)
        last = &points[i];
    }

  if (baseline != NULL)
    *baseline = first;
  if (latest != NULL)
    *latest = last;

  return first != NULL && last != NULL;
}

static char *
format_day (guint32 day)
{
  g_autofree char *iso = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  iso = tandem_date_to_iso (&date);

  return tandem_date_format (iso);
}

/**
 * tandem_measure_history_dup_change_text:
 *
 * Returns: (transfer full) (nullable): the change since baseline in words, like “Up 3.23 since
 *   baseline: better”, or %NULL when there is no change to show
 */
char *
tandem_measure_history_dup_change_text (TandemMeasureHistory *self,
                                        guint                 series)
{
  const TandemMeasurePoint *baseline, *latest;
  g_autofree char *amount = NULL;
  gboolean better;
  double change;

  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), NULL);

  if (!tandem_measure_history_get_change (self, series, &baseline, &latest))
    return NULL;

  change = latest->value - baseline->value;
  if (fabs (change) < 1e-9)
    return g_strdup (_("No change since baseline"));

  amount = tandem_measure_format_value (fabs (change));
  better = (change > 0) == tandem_measure_history_get_higher_is_better (self, series);

  if (change > 0)
    return better ? g_strdup_printf (_("Up %s since baseline: better"), amount)
                  : g_strdup_printf (_("Up %s since baseline: worse"), amount);

  return better ? g_strdup_printf (_("Down %s since baseline: better"), amount)
                : g_strdup_printf (_("Down %s since baseline: worse"), amount);
}

/**
 * tandem_measure_history_dup_summary:
 *
 * The numbers a chart of the history shows, in words, for those who cannot see it: each
 * series' readings with their dates, and its change since baseline.
 *
 * Returns: (transfer full): the summary
 */
char *
tandem_measure_history_dup_summary (TandemMeasureHistory *self)
{
  GString *summary = g_string_new (NULL);

  g_return_val_if_fail (TANDEM_IS_MEASURE_HISTORY (self), NULL);

  for (guint i = 0; i < self->series->len; i++)
    {
      const TandemMeasurePoint *points;
      g_autofree char *change = NULL;
      guint n = 0;

      points = tandem_measure_history_get_points (self, i, &n);
      if (n == 0)
        continue;

      if (summary->len > 0)
        g_string_append_c (summary, '\n');

      /* Translators: a series of readings follows, like “Metric score: 19.98 on 3 March
       * 2026, 23.21 on 2 June 2026.” */
      g_string_append_printf (summary, _("%s:"), tandem_measure_history_get_series_name (self, i));

      for (guint j = 0; j < n; j++)
        {
          g_autofree char *value = tandem_measure_format_value (points[j].value);
          g_autofree char *day = format_day (points[j].day);

          g_string_append_c (summary, ' ');
          if (points[j].stage == TANDEM_STAGE_BASELINE)
            /* Translators: a reading and its date, like “19.98 on 3 March 2026 (baseline)” */
            g_string_append_printf (summary, _("%s on %s (baseline)"), value, day);
          else
            /* Translators: a reading and its date, like “23.21 on 2 June 2026” */
            g_string_append_printf (summary, _("%s on %s"), value, day);
          g_string_append (summary, j + 1 < n ? "," : ".");
        }

      change = tandem_measure_history_dup_change_text (self, i);
      if (change != NULL)
        g_string_append_printf (summary, " %s.", change);
    }

  if (summary->len == 0)
    g_string_append (summary, _("No results yet."));

  return g_string_free (summary, FALSE);
}
