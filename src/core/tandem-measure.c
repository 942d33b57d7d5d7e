/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-measure"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "tandem-date.h"
#include "tandem-measure.h"

/* The outcome measures and how each is scored. Three are free to administer: Tandem shows
 * their items exactly as published (instruments are validated in their own words, so the
 * items are not translated here) and scores them. The others are licensed: Tandem records
 * their results and never shows their items. */

G_DEFINE_QUARK (tandem-measure-error-quark, tandem_measure_error)

static const char * const ons4_items[] = {
  "Overall, how satisfied are you with your life nowadays?",
  "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
  "Overall, how happy did you feel yesterday?",
  "Overall, how anxious did you feel yesterday?",
};

static const char * const ons4_scale[] = {
  "0 – not at all", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10 – completely",
};

static const char * const swemwbs_items[] = {
  "I’ve been feeling optimistic about the future",
  "I’ve been feeling useful",
  "I’ve been feeling relaxed",
  "I’ve been dealing with problems well",
  "I’ve been thinking clearly",
  "I’ve been feeling close to other people",
  "I’ve been able to make up my own mind about things",
};

static const char * const wemwbs_items[] = {
  "I’ve been feeling optimistic about the future",
  "I’ve been feeling useful",
  "I’ve been feeling relaxed",
  "I’ve been feeling interested in other people",
  "I’ve had energy to spare",
  "I’ve been dealing with problems well",
  "I’ve been thinking clearly",
  "I’ve been feeling good about myself",
  "I’ve been feeling close to other people",
  "I’ve been feeling confident",
  "I’ve been able to make up my own mind about things",
  "I’ve been feeling loved",
  "I’ve been interested in new things",
  "I’ve been feeling cheerful",
};

static const char * const warwick_scale[] = {
  "None of the time", "Rarely", "Some of the time", "Often", "All of the time",
};

/* The licensed measures' results, in Tandem's words: never their items. */
static const char * const pam_fields[] = {
  N_("PAM score (0–100)"),
};

static const char * const mycaw_fields[] = {
  N_("First concern (0–6)"),
  N_("Wellbeing (0–6)"),
  N_("Second concern (0–6)"),
};

static const char * const health_confidence_fields[] = {
  N_("Health Confidence Score (0–100)"),
};

static const char * const star_fields[] = {
  N_("Physical health"),
  N_("Your lifestyle"),
  N_("Looking after yourself"),
  N_("Managing symptoms"),
  N_("Work, volunteering and other activities"),
  N_("Money"),
  N_("Where you live"),
  N_("Family and friends"),
};

static const TandemMeasureInfo measures[] = {
  { TANDEM_MEASURE_ONS4, N_("ONS4 personal wellbeing"),
    N_("Four questions from the Office for National Statistics, each answered from 0 to 10 and "
       "read on its own."),
    "Office for National Statistics", NULL,
    TRUE, G_N_ELEMENTS (ons4_items), ons4_items, 0, 10, 1, 4, ons4_scale, TRUE },
  { TANDEM_MEASURE_SWEMWBS, N_("SWEMWBS"),
    N_("The Short Warwick-Edinburgh Mental Wellbeing Scale: seven statements about the last two "
       "weeks, scored 7 to 35 and converted to a metric score."),
    "NHS Health Scotland, University of Warwick and University of Edinburgh",
    "© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights "
    "reserved.",
    TRUE, G_N_ELEMENTS (swemwbs_items), swemwbs_items, 1, 5, 1, 7, warwick_scale, TRUE },
  { TANDEM_MEASURE_WEMWBS, N_("WEMWBS"),
    N_("The Warwick-Edinburgh Mental Wellbeing Scale: fourteen statements about the last two "
       "weeks, scored 14 to 70."),
    "NHS Health Scotland, University of Warwick and University of Edinburgh",
    "© NHS Health Scotland, University of Warwick and University of Edinburgh, 2006, all rights "
    "reserved.",
    TRUE, G_N_ELEMENTS (wemwbs_items), wemwbs_items, 1, 5, 1, 14, warwick_scale, TRUE },
  { TANDEM_MEASURE_PAM, N_("Patient Activation Measure"),
    N_("A licensed questionnaire about knowledge, skills and confidence in managing one’s own "
       "health. Tandem records its score and works out the level."),
    "Insignia Health", NULL,
    FALSE, G_N_ELEMENTS (pam_fields), pam_fields, 0, 100, 0.1, 1, NULL, TRUE },
  { TANDEM_MEASURE_MYCAW, N_("MYCaW"),
    N_("Measure Yourself Concerns and Wellbeing: one or two concerns the person names and their "
       "wellbeing, each from 0 to 6, where higher is worse."),
    "Meaningful Measures Ltd", NULL,
    FALSE, G_N_ELEMENTS (mycaw_fields), mycaw_fields, 0, 6, 1, 2, NULL, FALSE },
  { TANDEM_MEASURE_HEALTH_CONFIDENCE, N_("Health Confidence Score"),
    N_("A licensed four-item measure of confidence about health. Tandem records its summary "
       "score."),
    "R-Outcomes Ltd", NULL,
    FALSE, G_N_ELEMENTS (health_confidence_fields), health_confidence_fields, 0, 100, 1, 1,
    NULL, TRUE },
  { TANDEM_MEASURE_WELLBEING_STAR, N_("Well-being Star"),
    N_("A licensed Outcomes Star: a reading from 1 to 10 in each of eight areas, with no total."),
    "Triangle Consulting Social Enterprise", NULL,
    FALSE, G_N_ELEMENTS (star_fields), star_fields, 1, 10, 1, 8, NULL, TRUE },
};

/* The published conversion from the SWEMWBS raw score, 7 to 35, to its metric score. */
static const double swemwbs_metric[] = {
  7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59,
  19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70,
  32.55, 35.00,
};

const TandemMeasureInfo *
tandem_measure_get_info (TandemMeasureKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    {
      if (measures[i].kind == kind)
        return &measures[i];
    }

  g_return_val_if_reached (NULL);
}

/**
 * tandem_measure_swemwbs_metric:
 * @raw: a raw SWEMWBS score, 7 to 35
 *
 * Returns: the metric score, or NAN when @raw is out of range
 */
double
tandem_measure_swemwbs_metric (int raw)
{
  if (raw < 7 || raw > 35)
    return NAN;

  return swemwbs_metric[raw - 7];
}

/**
 * tandem_measure_pam_level:
 * @score: a PAM score, 0 to 100, to one decimal place
 *
 * The published cut points: level 1 up to 47.0, 2 up to 55.1, 3 up to 72.4, 4 above.
 *
 * Returns: the level, or 0 when @score is out of range
 */
int
tandem_measure_pam_level (double score)
{
  /* Scores come with one decimal place; compare in tenths so 47.0 and 47.1 fall on either
   * side of the cut however the double was rounded. */
  long tenths = lround (score * 10);

  if (isnan (score) || tenths < 0 || tenths > 1000)
    return 0;
  if (tenths <= 470)
    return 1;
  if (tenths <= 551)
    return 2;
  if (tenths <= 724)
    return 3;
  return 4;
}

/**
 * tandem_measure_ons4_band:
 * @item: 0 to 3: life satisfaction, worthwhile, happy yesterday, anxious yesterday
 * @value: the answer, 0 to 10
 *
 * Returns: the ONS band: "Low", "Medium", "High" or "Very high" for the first three items,
 *   "Very low" to "High" for anxiety, where a low score is good; %NULL when out of range
 */
const char *
tandem_measure_ons4_band (guint  item,
                          double value)
{
  if (isnan (value) || value < 0 || value > 10 || item > 3)
    return NULL;

  if (item == 3)
    {
      if (value <= 1)
        return _("Very low");
      if (value <= 3)
        return _("Low");
      if (value <= 5)
        return _("Medium");
      return _("High");
    }

  if (value <= 4)
    return _("Low");
  if (value <= 6)
    return _("Medium");
  if (value <= 8)
    return _("High");
  return _("Very high");
}

static gboolean
check_answers (const TandemMeasureInfo  *info,
               const double             *answers,
               guint                     n_answers,
               GError                  **error)
{
  for (guint i = 0; i < info->n_items; i++)
    {
      double value = i < n_answers ? answers[i] : NAN;
      double steps;

      if (isnan (value))
        {
          if (i < info->n_required)
            {
              g_set_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_MISSING,
                           _("Answer “%s”: every item is needed for a score"),
                           info->administered ? info->items[i] : _(info->items[i]));
              return FALSE;
            }
          continue;
        }

      steps = (value - info->item_min) / info->item_step;
      if (value < info->item_min || value > info->item_max)
        {
          g_set_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE,
                       _("“%s” must be from %g to %g"),
                       info->administered ? info->items[i] : _(info->items[i]),
                       info->item_min, info->item_max);
          return FALSE;
        }

      /* In range but between steps, such as 47.15 for PAM: saying the range would puzzle. */
      if (fabs (steps - round (steps)) > 1e-6)
        {
          if (info->item_step >= 1)
            g_set_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE,
                         /* Translators: %s is an item of a measure, or what an answer is */
                         _("“%s” must be a whole number"),
                         info->administered ? info->items[i] : _(info->items[i]));
          else
            g_set_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE,
                         /* Translators: %s is what an answer is, like “PAM score (0–100)” */
                         _("“%s” takes one decimal place at most"),
                         info->administered ? info->items[i] : _(info->items[i]));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * tandem_measure_score:
 * @answers: (array length=n_answers): the answers in the order of the measure's items, NAN
 *   for one not given
 * @score: (out): the scores
 * @error: what is missing or out of range, worded for the user
 *
 * Checks a result and scores it. ONS4 items are reported one by one, never summed, and the
 * Well-being Star has no total: their @score is NAN.
 *
 * Returns: %TRUE when the result is complete and in range
 */
gboolean
tandem_measure_score (TandemMeasureKind    kind,
                      const double        *answers,
                      guint                n_answers,
                      TandemMeasureScore  *score,
                      GError             **error)
{
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);
  double sum = 0;

  score->score = NAN;
  score->raw = NAN;
  score->level = 0;

  if (!check_answers (info, answers, n_answers, error))
    return FALSE;

  for (guint i = 0; i < info->n_required; i++)
    sum += answers[i];

  switch (kind)
    {
    case TANDEM_MEASURE_SWEMWBS:
      score->raw = sum;
      score->score = tandem_measure_swemwbs_metric ((int) sum);
      break;

    case TANDEM_MEASURE_WEMWBS:
      score->score = sum;
      break;

    case TANDEM_MEASURE_PAM:
      score->score = answers[0];
      score->level = tandem_measure_pam_level (answers[0]);
      break;

    case TANDEM_MEASURE_MYCAW:
      /* The profile score: the mean of the concerns and wellbeing given. */
      {
        guint n = 2;

        if (n_answers > 2 && !isnan (answers[2]))
          {
            sum += answers[2];
            n++;
          }
        score->score = sum / n;
      }
      break;

    case TANDEM_MEASURE_HEALTH_CONFIDENCE:
      score->score = answers[0];
      break;

    case TANDEM_MEASURE_ONS4:
    case TANDEM_MEASURE_WELLBEING_STAR:
    default:
      break;
    }

  return TRUE;
}

/**
 * tandem_measure_parse_answers:
 * @text: answers as stored: numbers separated by commas, empty for one not given
 * @answers: (out caller-allocates) (array length=n_answers): the answers, NAN where missing
 *
 * Returns: %FALSE when @text holds something that is not a number
 */
gboolean
tandem_measure_parse_answers (const char *text,
                              double     *answers,
                              guint       n_answers)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  gboolean ok = TRUE;

  for (guint i = 0; i < n_answers; i++)
    {
      const char *part = i < g_strv_length (parts) ? parts[i] : "";
      char *end = NULL;

      answers[i] = NAN;
      if (part[0] == '\0')
        continue;

      answers[i] = g_ascii_strtod (part, &end);
      if (end == part || *end != '\0')
        {
          answers[i] = NAN;
          ok = FALSE;
        }
    }

  return ok;
}

/**
 * tandem_measure_format_answers:
 *
 * Returns: (transfer full): @answers as stored, the opposite of tandem_measure_parse_answers()
 */
char *
tandem_measure_format_answers (const double *answers,
                               guint         n_answers)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_answers; i++)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      if (i > 0)
        g_string_append_c (text, ',');
      if (!isnan (answers[i]))
        g_string_append (text, g_ascii_formatd (number, sizeof number, "%.10g", answers[i]));
    }

  return g_string_free (text, FALSE);
}

/**
 * tandem_measure_format_value:
 *
 * Returns: (transfer full): a score or answer for reading: whole numbers without decimals,
 *   scores that are means or converted (SWEMWBS metric, PAM, MYCaW profile) with theirs
 */
char *
tandem_measure_format_value (double value)
{
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  if (fabs (value * 10 - round (value * 10)) < 1e-9)
    return g_strdup_printf ("%.1f", value);

  return g_strdup_printf ("%.2f", value);
}

/* Short names for the answers of measures read answer by answer, for charts and lists. */
static const char * const ons4_names[] = {
  N_("Life satisfaction"),
  N_("Worthwhile"),
  N_("Happiness"),
  N_("Anxiety"),
};

/* MYCaW's fields say their range, for entering them; elsewhere only names are needed. */
static const char * const mycaw_names[] = {
  N_("First concern"),
  N_("Wellbeing"),
  N_("Second concern"),
};

/**
 * tandem_measure_get_answer_name:
 * @item: which answer
 *
 * Returns: what the answer is, in a word or two and translated, like “Anxiety” for ONS4 or
 *   “Money” for the Well-being Star; never the wording of a licensed measure's items
 */
const char *
tandem_measure_get_answer_name (TandemMeasureKind kind,
                                guint             item)
{
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);

  g_return_val_if_fail (item < info->n_items, NULL);

  switch (kind)
    {
    case TANDEM_MEASURE_ONS4:
      return _(ons4_names[item]);
    case TANDEM_MEASURE_MYCAW:
      return _(mycaw_names[item]);
    case TANDEM_MEASURE_SWEMWBS:
    case TANDEM_MEASURE_WEMWBS:
    case TANDEM_MEASURE_PAM:
    case TANDEM_MEASURE_HEALTH_CONFIDENCE:
    case TANDEM_MEASURE_WELLBEING_STAR:
    default:
      return info->administered ? info->items[item] : _(info->items[item]);
    }
}

/* Measures without a total are read answer by answer. */
static char *
dup_answers_text (TandemMeasureKind  kind,
                  const double      *answers,
                  guint              n_answers)
{
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_answers && i < info->n_items; i++)
    {
      g_autofree char *value = tandem_measure_format_value (answers[i]);

      if (kind == TANDEM_MEASURE_ONS4)
        /* Translators: an ONS4 question, its answer and the answer's band, like
         * “Life satisfaction 7 (High)” */
        g_ptr_array_add (parts, g_strdup_printf (_("%s %s (%s)"),
                                                 tandem_measure_get_answer_name (kind, i), value,
                                                 tandem_measure_ons4_band (i, answers[i])));
      else
        /* Translators: an area of the Well-being Star and its reading, like
         * “Money 6” */
        g_ptr_array_add (parts, g_strdup_printf (C_("area and reading", "%s %s"),
                                                 tandem_measure_get_answer_name (kind, i), value));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * tandem_measure_dup_score_text:
 * @answers: (array length=n_answers): the answers, NAN for one not given
 *
 * Returns: (transfer full) (nullable): what the answers score, for reading, such as
 *   “Raw 22, metric score 19.98” or “Score 52.3, level 2”; each answer with its band where
 *   there is no total; %NULL when the answers cannot be scored
 */
char *
tandem_measure_dup_score_text (TandemMeasureKind  kind,
                               const double      *answers,
                               guint              n_answers)
{
  TandemMeasureScore score;
  g_autofree char *value = NULL;
  g_autofree char *raw = NULL;

  if (!tandem_measure_score (kind, answers, n_answers, &score, NULL))
    return NULL;

  if (kind == TANDEM_MEASURE_ONS4 || kind == TANDEM_MEASURE_WELLBEING_STAR)
    return dup_answers_text (kind, answers, n_answers);

  value = tandem_measure_format_value (score.score);

  switch (kind)
    {
    case TANDEM_MEASURE_SWEMWBS:
      raw = tandem_measure_format_value (score.raw);
      /* Translators: a SWEMWBS result: the sum of its answers and the score it converts to */
      return g_strdup_printf (_("Raw %s, metric score %s"), raw, value);

    case TANDEM_MEASURE_PAM:
      /* Translators: a PAM result: its score and the level of activation it falls in */
      return g_strdup_printf (_("Score %s, level %d"), value, score.level);

    case TANDEM_MEASURE_MYCAW:
      /* Translators: a MYCaW result: the mean of its concerns and wellbeing */
      return g_strdup_printf (_("Profile score %s"), value);

    case TANDEM_MEASURE_WEMWBS:
    case TANDEM_MEASURE_HEALTH_CONFIDENCE:
    default:
      /* Translators: a measure’s total score */
      return g_strdup_printf (_("Score %s"), value);
    }
}

/**
 * tandem_measure_result_score:
 * @score: (out): the result's scores
 * @error: what is wrong with the result, worded for the user
 *
 * Checks a result as it would be stored, and scores it: it must be taken on a real day, not
 * in the future, and its answers be complete and in range.
 *
 * Returns: %TRUE when the result can be stored
 */
gboolean
tandem_measure_result_score (TandemMeasureResult  *result,
                             TandemMeasureScore   *score,
                             GError              **error)
{
  TandemMeasureKind kind;
  const TandemMeasureInfo *info;
  g_autofree double *answers = NULL;
  GDate taken, today;

  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (result), FALSE);

  kind = tandem_measure_result_get_kind (result);
  info = tandem_measure_get_info (kind);

  if (!tandem_date_from_iso (tandem_measure_result_get_taken_on (result), &taken))
    {
      g_set_error_literal (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_DATE,
                           _("Enter the day the measure was taken"));
      return FALSE;
    }

  tandem_date_set_today (&today);
  if (g_date_compare (&taken, &today) > 0)
    {
      g_set_error_literal (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_DATE,
                           _("A measure cannot be taken in the future"));
      return FALSE;
    }

  answers = g_new (double, info->n_items);
  if (!tandem_measure_parse_answers (tandem_measure_result_get_answers (result), answers,
                                     info->n_items))
    {
      g_set_error_literal (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE,
                           _("Every answer must be a number"));
      return FALSE;
    }

  return tandem_measure_score (kind, answers, info->n_items, score, error);
}
