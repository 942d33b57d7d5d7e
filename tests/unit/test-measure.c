/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-measure-history.h"
#include "tandem-record-input.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* The published SWEMWBS conversion, raw 7 to 35, typed in from the scale's own table. */
static const double swemwbs_published[] = {
  7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59,
  19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70,
  32.55, 35.00,
};

static gboolean
score (TandemMeasureKind   kind,
       const double       *answers,
       guint               n,
       TandemMeasureScore *result,
       GError            **error)
{
  return tandem_measure_score (kind, answers, n, result, error);
}

static void
test_swemwbs (void)
{
  for (int raw = 7; raw <= 35; raw++)
    {
      double answers[7];
      TandemMeasureScore result;
      g_autoptr(GError) error = NULL;
      int left = raw;

      /* Seven answers of 1 to 5 adding up to @raw. */
      for (guint i = 0; i < 7; i++)
        {
          int value = MIN (5, left - (int) (6 - i));

          answers[i] = value;
          left -= value;
        }
      g_assert_cmpint (left, ==, 0);

      g_assert_true (score (TANDEM_MEASURE_SWEMWBS, answers, 7, &result, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (result.raw, ==, raw);
      g_assert_cmpfloat_with_epsilon (result.score, swemwbs_published[raw - 7], 1e-9);
      g_assert_cmpfloat_with_epsilon (tandem_measure_swemwbs_metric (raw),
                                      swemwbs_published[raw - 7], 1e-9);
    }

  g_assert_true (isnan (tandem_measure_swemwbs_metric (6)));
  g_assert_true (isnan (tandem_measure_swemwbs_metric (36)));
}

static void
test_wemwbs (void)
{
  double answers[14];
  TandemMeasureScore result;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 14; i++)
    answers[i] = 1 + i % 5;   /* 1+2+3+4+5, twice, then 1+2+3+4: 40 */

  g_assert_true (score (TANDEM_MEASURE_WEMWBS, answers, 14, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (result.score, ==, 40);
  g_assert_true (isnan (result.raw));
}

static void
test_ons4_bands (void)
{
  static const struct {
    guint       item;
    double      value;
    const char *band;
  } cases[] = {
    { 0, 0, "Low" }, { 0, 4, "Low" }, { 0, 5, "Medium" }, { 0, 6, "Medium" },
    { 0, 7, "High" }, { 1, 8, "High" }, { 2, 9, "Very high" }, { 2, 10, "Very high" },
    { 3, 0, "Very low" }, { 3, 1, "Very low" }, { 3, 2, "Low" }, { 3, 3, "Low" },
    { 3, 4, "Medium" }, { 3, 5, "Medium" }, { 3, 6, "High" }, { 3, 10, "High" },
  };
  double answers[4] = { 7, 8, 6, 3 };
  TandemMeasureScore result;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (tandem_measure_ons4_band (cases[i].item, cases[i].value), ==, cases[i].band);

  g_assert_null (tandem_measure_ons4_band (0, -1));
  g_assert_null (tandem_measure_ons4_band (0, 11));
  g_assert_null (tandem_measure_ons4_band (4, 5));

  /* The items are never summed. */
  g_assert_true (score (TANDEM_MEASURE_ONS4, answers, 4, &result, &error));
  g_assert_true (isnan (result.score));
}

static void
test_pam_levels (void)
{
  static const struct {
    double score;
    int    level;
  } cases[] = {
    { 0, 1 }, { 47.0, 1 }, { 47.1, 2 }, { 55.1, 2 }, { 55.2, 3 }, { 72.4, 3 }, { 72.5, 4 },
    { 100, 4 }, { -0.1, 0 }, { 100.1, 0 }, { NAN, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (tandem_measure_pam_level (cases[i].score), ==, cases[i].level);

  for (guint i = 0; i < 7; i++)
    {
      TandemMeasureScore result;
      g_autoptr(GError) error = NULL;

      g_assert_true (score (TANDEM_MEASURE_PAM, &cases[i].score, 1, &result, &error));
      g_assert_cmpint (result.level, ==, cases[i].level);
      g_assert_cmpfloat (result.score, ==, cases[i].score);
    }
}

static void
test_recorded_measures (void)
{
  double mycaw_two[3] = { 5, 4, NAN };
  double mycaw_three[3] = { 5, 4, 3 };
  double confidence[1] = { 67 };
  double star[8] = { 1, 2, 3, 4, 5, 6, 7, 10 };
  TandemMeasureScore result;
  g_autoptr(GError) error = NULL;

  /* MYCaW's profile score is the mean of what was given. */
  g_assert_true (score (TANDEM_MEASURE_MYCAW, mycaw_two, 3, &result, &error));
  g_assert_cmpfloat (result.score, ==, 4.5);
  g_assert_true (score (TANDEM_MEASURE_MYCAW, mycaw_three, 3, &result, &error));
  g_assert_cmpfloat (result.score, ==, 4);

  g_assert_true (score (TANDEM_MEASURE_HEALTH_CONFIDENCE, confidence, 1, &result, &error));
  g_assert_cmpfloat (result.score, ==, 67);

  /* The Star has no total. */
  g_assert_true (score (TANDEM_MEASURE_WELLBEING_STAR, star, 8, &result, &error));
  g_assert_true (isnan (result.score));
  g_assert_no_error (error);

  /* Licensed measures never carry their items, only Tandem's own labels. */
  g_assert_false (tandem_measure_get_info (TANDEM_MEASURE_PAM)->administered);
  g_assert_null (tandem_measure_get_info (TANDEM_MEASURE_PAM)->scale);
  g_assert_nonnull (tandem_measure_get_info (TANDEM_MEASURE_SWEMWBS)->copyright);
  g_assert_true (g_str_has_prefix (tandem_measure_get_info (TANDEM_MEASURE_SWEMWBS)->copyright,
                                   "© NHS Health Scotland, University of Warwick and University "
                                   "of Edinburgh, 2008"));
}

static void
test_refused (void)
{
  double missing[7] = { 3, 3, 3, NAN, 3, 3, 3 };
  double too_high[7] = { 3, 3, 3, 6, 3, 3, 3 };
  double fraction[4] = { 7, 7.5, 7, 7 };
  double pam_fine[1] = { 47.15 };
  double mycaw_one[3] = { 5, NAN, NAN };
  TandemMeasureScore result;
  g_autoptr(GError) error = NULL;

  g_assert_false (score (TANDEM_MEASURE_SWEMWBS, missing, 7, &result, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "I’ve been dealing with problems well"));
  g_clear_error (&error);

  g_assert_false (score (TANDEM_MEASURE_SWEMWBS, too_high, 7, &result, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "from 1 to 5"));
  g_clear_error (&error);

  g_assert_false (score (TANDEM_MEASURE_SWEMWBS, too_high, 3, &result, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_MISSING);
  g_clear_error (&error);

  g_assert_false (score (TANDEM_MEASURE_ONS4, fraction, 4, &result, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE);
  g_clear_error (&error);

  g_assert_false (score (TANDEM_MEASURE_PAM, pam_fine, 1, &result, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE);
  /* In range, so the message is about the decimals, not the range. */
  g_assert_nonnull (strstr (error->message, "one decimal place"));
  g_clear_error (&error);

  g_assert_false (score (TANDEM_MEASURE_MYCAW, mycaw_one, 3, &result, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_MISSING);
}

static void
test_answers_text (void)
{
  double answers[4];
  double back[4];
  g_autofree char *text = NULL;

  g_assert_true (tandem_measure_parse_answers ("7,,8.5,0", answers, 4));
  g_assert_cmpfloat (answers[0], ==, 7);
  g_assert_true (isnan (answers[1]));
  g_assert_cmpfloat (answers[2], ==, 8.5);
  g_assert_cmpfloat (answers[3], ==, 0);

  text = tandem_measure_format_answers (answers, 4);
  g_assert_cmpstr (text, ==, "7,,8.5,0");
  g_assert_true (tandem_measure_parse_answers (text, back, 4));
  g_assert_cmpmem (answers + 2, 2 * sizeof (double), back + 2, 2 * sizeof (double));

  g_assert_false (tandem_measure_parse_answers ("7,x", answers, 4));
  g_assert_true (isnan (answers[1]));
  g_assert_true (tandem_measure_parse_answers (NULL, answers, 4));
  g_assert_true (isnan (answers[0]));
}

static void
test_score_text (void)
{
  static const struct {
    TandemMeasureKind kind;
    const char       *answers;
    const char       *text;   /* NULL: cannot be scored */
  } cases[] = {
    { TANDEM_MEASURE_SWEMWBS, "3,3,3,4,3,3,3", "Raw 22, metric score 19.98" },
    { TANDEM_MEASURE_SWEMWBS, "3,3,3,,3,3,3", NULL },
    { TANDEM_MEASURE_WEMWBS, "1,2,3,4,5,1,2,3,4,5,1,2,3,4", "Score 40" },
    { TANDEM_MEASURE_PAM, "52.3", "Score 52.3, level 2" },
    { TANDEM_MEASURE_PAM, "101", NULL },
    { TANDEM_MEASURE_MYCAW, "4,2,", "Profile score 3" },
    { TANDEM_MEASURE_MYCAW, "4,2,3", "Profile score 3" },
    { TANDEM_MEASURE_MYCAW, "5,2,3", "Profile score 3.33" },
    { TANDEM_MEASURE_HEALTH_CONFIDENCE, "75", "Score 75" },
    { TANDEM_MEASURE_ONS4, "7,5,10,3",
      "Life satisfaction 7 (High) · Worthwhile 5 (Medium) · Happiness 10 (Very high) · "
      "Anxiety 3 (Low)" },
    { TANDEM_MEASURE_WELLBEING_STAR, "1,2,3,4,5,6,7,8",
      "Physical health 1 · Your lifestyle 2 · Looking after yourself 3 · Managing symptoms 4 · "
      "Work, volunteering and other activities 5 · Money 6 · Where you live 7 · "
      "Family and friends 8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const TandemMeasureInfo *info = tandem_measure_get_info (cases[i].kind);
      g_autofree double *answers = g_new (double, info->n_items);
      g_autofree char *text = NULL;

      g_assert_true (tandem_measure_parse_answers (cases[i].answers, answers, info->n_items));
      text = tandem_measure_dup_score_text (cases[i].kind, answers, info->n_items);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* A form types the day as day/month/year, and must give it; it cannot be in the future. */
static void
test_result_input (void)
{
  g_autoptr(TandemMeasureResult) result = tandem_measure_result_new ();
  g_autoptr(JsonObject) input = json_object_new ();
  g_autoptr(JsonObject) shown = NULL;
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GDate today;

  tandem_test_set_date (&today, "2026-06-02");

  json_object_set_string_member (input, "taken-on", "2/6/2026");
  json_object_set_string_member (input, "stage", "follow-up");
  g_assert_true (tandem_record_apply_input (result, input, &today, errors));
  g_assert_cmpstr (tandem_measure_result_get_taken_on (result), ==, "2026-06-02");
  g_assert_cmpint (tandem_measure_result_get_stage (result), ==, TANDEM_STAGE_FOLLOW_UP);

  shown = tandem_record_to_input (result);
  g_assert_cmpstr (json_object_get_string_member (shown, "taken-on"), ==, "02/06/2026");

  json_object_set_string_member (input, "taken-on", "3/6/2026");
  g_assert_false (tandem_record_apply_input (result, input, &today, errors));
  g_assert_true (g_hash_table_contains (errors, "taken-on"));
  g_assert_cmpstr (tandem_measure_result_get_taken_on (result), ==, "2026-06-02");

  g_hash_table_remove_all (errors);
  json_object_set_string_member (input, "taken-on", "");
  g_assert_false (tandem_record_apply_input (result, input, &today, errors));
  g_assert_true (g_hash_table_contains (errors, "taken-on"));
}

static TandemMeasureResult *
new_result (gint64              person_id,
            TandemMeasureKind   kind,
            TandemMeasureStage  stage,
            const char         *taken_on,
            const char         *answers)
{
  TandemMeasureResult *result = tandem_measure_result_new ();

  tandem_measure_result_set_person_id (result, person_id);
  tandem_measure_result_set_kind (result, kind);
  tandem_measure_result_set_stage (result, stage);
  tandem_measure_result_set_taken_on (result, taken_on);
  tandem_measure_result_set_answers (result, answers);

  return result;
}

static void
test_result_checks (void)
{
  g_autoptr(TandemMeasureResult) result = NULL;
  g_autofree char *tomorrow = NULL;
  TandemMeasureScore scored;
  g_autoptr(GError) error = NULL;
  GDate day;

  result = new_result (1, TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_BASELINE, "2026-02-30",
                       "3,3,3,3,3,3,3");
  g_assert_false (tandem_measure_result_score (result, &scored, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_DATE);
  g_clear_error (&error);

  tandem_date_set_today (&day);
  g_date_add_days (&day, 1);
  tomorrow = tandem_date_to_iso (&day);
  tandem_measure_result_set_taken_on (result, tomorrow);
  g_assert_false (tandem_measure_result_score (result, &scored, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_DATE);
  g_clear_error (&error);

  tandem_measure_result_set_taken_on (result, "2026-02-28");
  tandem_measure_result_set_answers (result, "3,3,3,three,3,3,3");
  g_assert_false (tandem_measure_result_score (result, &scored, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_RANGE);
  g_clear_error (&error);

  tandem_measure_result_set_answers (result, "3,3,3,4,3,3,3");
  g_assert_true (tandem_measure_result_score (result, &scored, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (scored.raw, ==, 22);
  g_assert_cmpfloat (scored.score, ==, 19.98);
}

static GPtrArray *
sample_results (void)
{
  GPtrArray *results = g_ptr_array_new_with_free_func (g_object_unref);

  /* Out of order on purpose, and with another measure in among them. */
  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_FOLLOW_UP,
                                        "2026-06-01", "4,3,3,4,3,3,4"));   /* 24: 21.54 */
  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_BASELINE,
                                        "2026-03-02", "3,3,2,3,3,3,2"));   /* 19: 17.98 */
  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_ONS4, TANDEM_STAGE_BASELINE,
                                        "2026-03-02", "4,5,3,8"));
  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_ONS4, TANDEM_STAGE_FOLLOW_UP,
                                        "2026-06-01", "6,7,6,5"));
  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_FOLLOW_UP,
                                        "2026-04-15", "3,3,3,3,3,3,3"));   /* 21: 19.25 */

  return results;
}

static void
test_history (void)
{
  g_autoptr(GPtrArray) results = sample_results ();
  g_autoptr(TandemMeasureHistory) swemwbs = tandem_measure_history_new (TANDEM_MEASURE_SWEMWBS, results);
  g_autoptr(TandemMeasureHistory) ons4 = tandem_measure_history_new (TANDEM_MEASURE_ONS4, results);
  g_autoptr(TandemMeasureHistory) pam = tandem_measure_history_new (TANDEM_MEASURE_PAM, results);
  const TandemMeasurePoint *points, *baseline, *latest;
  g_autofree char *change = NULL;
  g_autofree char *anxiety = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *empty = NULL;
  double min, max;
  guint n;

  g_assert_cmpuint (tandem_measure_history_get_n_results (swemwbs), ==, 3);
  g_assert_cmpuint (tandem_measure_history_get_n_series (swemwbs), ==, 1);
  points = tandem_measure_history_get_points (swemwbs, 0, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (points[0].value, ==, 17.98);
  g_assert_cmpfloat (points[1].value, ==, 19.25);
  g_assert_cmpfloat (points[2].value, ==, 21.54);
  g_assert_cmpuint (points[0].day, <, points[1].day);
  tandem_measure_history_get_range (swemwbs, &min, &max);
  g_assert_cmpfloat (min, ==, 7);
  g_assert_cmpfloat (max, ==, 35);

  g_assert_true (tandem_measure_history_get_change (swemwbs, 0, &baseline, &latest));
  g_assert_cmpfloat (baseline->value, ==, 17.98);
  g_assert_cmpfloat (latest->value, ==, 21.54);
  change = tandem_measure_history_dup_change_text (swemwbs, 0);
  g_assert_cmpstr (change, ==, "Up 3.56 since baseline: better");

  /* ONS4 follows each question; less anxiety is better. */
  g_assert_cmpuint (tandem_measure_history_get_n_series (ons4), ==, 4);
  g_assert_cmpstr (tandem_measure_history_get_series_name (ons4, 3), ==, "Anxiety");
  g_assert_false (tandem_measure_history_get_higher_is_better (ons4, 3));
  anxiety = tandem_measure_history_dup_change_text (ons4, 3);
  g_assert_cmpstr (anxiety, ==, "Down 3 since baseline: better");

  summary = tandem_measure_history_dup_summary (swemwbs);
  g_assert_cmpstr (summary, ==,
                   "Metric score: 17.98 on 2 Mar 2026 (baseline), 19.25 on 15 Apr 2026, "
                   "21.54 on 1 Jun 2026. Up 3.56 since baseline: better.");

  g_assert_cmpuint (tandem_measure_history_get_n_results (pam), ==, 0);
  g_assert_false (tandem_measure_history_get_change (pam, 0, NULL, NULL));
  g_assert_null (tandem_measure_history_dup_change_text (pam, 0));
  empty = tandem_measure_history_dup_summary (pam);
  g_assert_cmpstr (empty, ==, "No results yet.");
}

/* A new baseline starts the count again; MYCaW improves as it falls. */
static void
test_history_rebaseline (void)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemMeasureHistory) history = NULL;
  g_autofree char *change = NULL;
  g_autofree char *wellbeing = NULL;

  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_MYCAW, TANDEM_STAGE_BASELINE,
                                        "2025-01-10", "6,6,"));
  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_MYCAW, TANDEM_STAGE_FOLLOW_UP,
                                        "2025-04-10", "2,3,"));
  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_MYCAW, TANDEM_STAGE_BASELINE,
                                        "2026-01-10", "5,4,"));
  history = tandem_measure_history_new (TANDEM_MEASURE_MYCAW, results);

  /* Only the new baseline so far: nothing to compare. */
  g_assert_false (tandem_measure_history_get_change (history, 0, NULL, NULL));

  g_ptr_array_add (results, new_result (1, TANDEM_MEASURE_MYCAW, TANDEM_STAGE_FOLLOW_UP,
                                        "2026-04-10", "3,5,"));
  g_clear_object (&history);
  history = tandem_measure_history_new (TANDEM_MEASURE_MYCAW, results);

  change = tandem_measure_history_dup_change_text (history, 0);
  g_assert_cmpstr (change, ==, "Down 2 since baseline: better");
  wellbeing = tandem_measure_history_dup_change_text (history, 1);
  g_assert_cmpstr (wellbeing, ==, "Up 1 since baseline: worse");

  /* No second concern was named, so that series is empty. */
  {
    guint n = 99;

    tandem_measure_history_get_points (history, 2, &n);
    g_assert_cmpuint (n, ==, 0);
  }
}

static void
test_store (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Lovelace", NULL);
  gint64 person_id = tandem_record_get_id (person);
  g_autoptr(TandemMeasureResult) baseline = NULL;
  g_autoptr(TandemMeasureResult) partial = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  baseline = new_result (person_id, TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_BASELINE,
                         "2026-03-02", "3,3,2,3,3,3,2");
  tandem_measure_result_set_details (baseline, "Taken at the first meeting");
  g_assert_true (tandem_store_save_measure_result (store, baseline, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (baseline), >, 0);

  /* A partial result is refused; nothing is stored. */
  partial = new_result (person_id, TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_FOLLOW_UP,
                        "2026-03-09", "3,3,,3,3,3,2");
  g_assert_false (tandem_store_save_measure_result (store, partial, &error));
  g_assert_error (error, TANDEM_MEASURE_ERROR, TANDEM_MEASURE_ERROR_MISSING);
  g_clear_error (&error);

  results = tandem_store_list_measure_results (store, person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_true (tandem_record_equal (g_ptr_array_index (results, 0), baseline));

  /* The scores are stored too, for reports. */
  g_assert_cmpint (sqlite3_prepare_v2 (tandem_store_get_db (store),
                                       "SELECT raw, score, level FROM measure_result", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpfloat (sqlite3_column_double (stmt, 0), ==, 19);
  g_assert_cmpfloat (sqlite3_column_double (stmt, 1), ==, 17.98);
  sqlite3_finalize (stmt);

  g_assert_true (tandem_store_delete_measure_result (store, baseline, &error));
  g_assert_no_error (error);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = tandem_store_list_measure_results (store, person_id, &error);
  g_assert_cmpuint (results->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/measure/swemwbs", test_swemwbs);
  g_test_add_func ("/measure/wemwbs", test_wemwbs);
  g_test_add_func ("/measure/ons4-bands", test_ons4_bands);
  g_test_add_func ("/measure/pam-levels", test_pam_levels);
  g_test_add_func ("/measure/recorded", test_recorded_measures);
  g_test_add_func ("/measure/refused", test_refused);
  g_test_add_func ("/measure/answers-text", test_answers_text);
  g_test_add_func ("/measure/score-text", test_score_text);
  g_test_add_func ("/measure/result-input", test_result_input);
  g_test_add_func ("/measure/result-checks", test_result_checks);
  g_test_add_func ("/measure/history", test_history);
  g_test_add_func ("/measure/history-rebaseline", test_history_rebaseline);
  g_test_add_func ("/measure/store", test_store);

  return g_test_run ();
}
