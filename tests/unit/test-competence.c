/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

static gint64
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (staff);
}

/* Who supervises whom has no API of its own here: the supervision work adds one. */
static void
assign_supervisor (TandemStore *store,
                   gint64       staff_id,
                   gint64       supervisor_id)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO staff_supervisor (staff_id, supervisor_id) "
                                          "VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                          staff_id, supervisor_id);

  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
}

static TandemCompetencyFramework *
load_somerset (TandemStore *store)
{
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GError) error = NULL;

  frameworks = tandem_store_list_competency_frameworks (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < frameworks->len; i++)
    {
      TandemCompetencyFramework *framework = g_ptr_array_index (frameworks, i);

      if (g_strcmp0 (tandem_competency_framework_get_key (framework), "somerset") == 0)
        return g_object_ref (framework);
    }

  g_assert_not_reached ();
}

static TandemCompetencyReview *
new_review (TandemCompetencyFramework *framework,
            gint64                     staff_id,
            gint64                     reviewer_id,
            const char                *reviewed_on,
            int                        base_level)
{
  TandemCompetencyReview *review = tandem_competency_review_new ();

  tandem_competency_review_set_staff_id (review, staff_id);
  tandem_competency_review_set_reviewer_id (review, reviewer_id);
  tandem_competency_review_set_framework_id (review, tandem_record_get_id (framework));
  tandem_competency_review_set_reviewed_on (review, reviewed_on);
  tandem_competency_review_set_note (review, "Settling into the role well.");

  for (guint i = 0; i < tandem_competency_framework_get_n_competencies (framework); i++)
    {
      const TandemCompetency *competency = tandem_competency_framework_get_competency (framework, i);

      tandem_competency_review_set_rating (review, competency->id,
                                           MIN (base_level + (int) (i % 2), 5),
                                           "Observed two sessions", "");
    }

  return review;
}

static TandemCpdEntry *
new_cpd (gint64      staff_id,
         const char *done_on,
         double      hours)
{
  TandemCpdEntry *entry = tandem_cpd_entry_new ();

  tandem_cpd_entry_set_staff_id (entry, staff_id);
  tandem_cpd_entry_set_done_on (entry, done_on);
  tandem_cpd_entry_set_activity (entry, "Motivational interviewing workshop");
  tandem_cpd_entry_set_hours (entry, hours);
  tandem_cpd_entry_set_learning (entry, "Reflective listening");
  return entry;
}

/* The Somerset framework comes with every database: six competencies on the Dreyfus scale. */
static void
test_framework_seeded (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemCompetencyFramework) framework = load_somerset (store);
  const TandemCompetency *first;

  g_assert_true (tandem_competency_framework_is_built_in (framework));
  g_assert_cmpuint (tandem_competency_framework_get_n_competencies (framework), ==, 6);
  g_assert_cmpuint (tandem_competency_framework_get_n_levels (framework), ==, 6);
  g_assert_cmpint (tandem_competency_framework_get_max_level (framework), ==, 5);
  g_assert_cmpstr (tandem_competency_framework_get_level_name (framework, 0), ==, "Absence");
  g_assert_cmpstr (tandem_competency_framework_get_level_name (framework, 2), ==,
                   "Advanced beginner");
  g_assert_null (tandem_competency_framework_get_level_name (framework, 6));
  first = tandem_competency_framework_get_competency (framework, 0);
  g_assert_cmpstr (first->key, ==, "person-centred");
  g_assert_cmpstr (tandem_competency_framework_get_competency_name (framework, first), ==,
                   "Person-centred approach");
  g_assert_cmpstr (tandem_competency_framework_get_display_name (framework), ==,
                   "Somerset health coaching competencies");
}

/* A team adds its own framework; the built-in one cannot be changed. */
static void
test_framework_add (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemCompetencyFramework) framework = tandem_competency_framework_new ();
  g_autoptr(TandemCompetencyFramework) somerset = load_somerset (store);
  g_autoptr(TandemCompetencyFramework) loaded = NULL;
  g_autoptr(TandemCompetencyFramework) duplicate = tandem_competency_framework_new ();
  g_autoptr(GError) error = NULL;

  tandem_competency_framework_set_name (framework, "Personalised care competencies");
  tandem_competency_framework_set_version (framework, "2");
  tandem_competency_framework_add_competency (framework, 0, NULL, "Shared decision making", "");
  tandem_competency_framework_add_competency (framework, 0, NULL, "Social prescribing", "");
  tandem_competency_framework_add_dreyfus_levels (framework);
  g_assert_true (tandem_store_save_competency_framework (store, framework, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (framework), >, 1);

  loaded = tandem_store_load_competency_framework (store, tandem_record_get_id (framework), &error);
  g_assert_no_error (error);
  g_assert_false (tandem_competency_framework_is_built_in (loaded));
  g_assert_cmpstr (tandem_competency_framework_get_name (loaded), ==,
                   "Personalised care competencies");
  g_assert_cmpuint (tandem_competency_framework_get_n_competencies (loaded), ==, 2);
  g_assert_cmpstr (tandem_competency_framework_get_competency (loaded, 1)->name, ==,
                   "Social prescribing");
  g_assert_cmpint (tandem_competency_framework_get_competency (loaded, 1)->id, >, 0);
  g_assert_cmpuint (tandem_competency_framework_get_n_levels (loaded), ==, 6);

  tandem_competency_framework_set_name (somerset, "Renamed");
  g_assert_false (tandem_store_save_competency_framework (store, somerset, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_BUILT_IN);
  g_clear_error (&error);

  /* A competency listed twice is refused, with a message saying which. */
  tandem_competency_framework_set_name (duplicate, "Twice");
  tandem_competency_framework_add_competency (duplicate, 0, NULL, "Listening", "");
  tandem_competency_framework_add_competency (duplicate, 0, NULL, "listening", "");
  tandem_competency_framework_add_dreyfus_levels (duplicate);
  g_assert_false (tandem_store_save_competency_framework (store, duplicate, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "listening"));
  g_assert_cmpint (tandem_record_get_id (duplicate), ==, 0);
}

static void
test_review_round_trip (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemCompetencyFramework) framework = load_somerset (store);
  gint64 worker = add_staff (store, "Amara Okafor", TANDEM_ROLE_HEALTH_COACH);
  gint64 supervisor = add_staff (store, "Gwen Harris", TANDEM_ROLE_SUPERVISOR);
  g_autofree char *day = tandem_test_days_ago (30);
  g_autofree char *tomorrow = NULL;
  g_autoptr(TandemCompetencyReview) review = NULL;
  g_autoptr(TandemCompetencyReview) loaded = NULL;
  g_autoptr(TandemCompetencyReview) copy = NULL;
  const TandemCompetency *second = tandem_competency_framework_get_competency (framework, 1);
  const TandemCompetencyRating *rating;
  g_autoptr(GError) error = NULL;
  GDate date;

  tandem_store_set_viewer (store, worker);
  review = new_review (framework, worker, supervisor, day, 2);
  tandem_competency_review_set_rating (review, second->id, 4, "Used open questions well",
                                       "Keep it up");
  g_assert_true (tandem_store_save_competency_review (store, review, &error));
  g_assert_no_error (error);

  loaded = tandem_store_load_competency_review (store, tandem_record_get_id (review), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_competency_review_get_staff_id (loaded), ==, worker);
  g_assert_cmpint (tandem_competency_review_get_reviewer_id (loaded), ==, supervisor);
  g_assert_cmpstr (tandem_competency_review_get_reviewed_on (loaded), ==, day);
  g_assert_cmpstr (tandem_competency_review_get_note (loaded), ==, "Settling into the role well.");
  g_assert_cmpuint (tandem_competency_review_get_ratings (loaded)->len, ==, 6);
  rating = tandem_competency_review_find_rating (loaded, second->id);
  g_assert_cmpint (rating->level, ==, 4);
  g_assert_cmpstr (rating->evidence, ==, "Used open questions well");
  g_assert_cmpstr (rating->note, ==, "Keep it up");

  /* A copy for undo keeps its own ratings. */
  copy = tandem_record_copy (loaded);
  tandem_competency_review_set_rating (loaded, second->id, 1, "", "");
  g_assert_cmpint (tandem_competency_review_find_rating (copy, second->id)->level, ==, 4);

  /* A review leaving a competency unrated, or rating off the scale, is refused. */
  g_ptr_array_remove_index (tandem_competency_review_get_ratings (copy), 0);
  g_assert_false (tandem_store_save_competency_review (store, copy, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_competency_review_set_rating (copy, tandem_competency_framework_get_competency (framework, 0)->id,
                                       9, "", "");
  g_assert_false (tandem_store_save_competency_review (store, copy, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_INVALID);
  g_clear_error (&error);

  /* Nor is one dated tomorrow. */
  tandem_date_set_today (&date);
  g_date_add_days (&date, 1);
  tomorrow = tandem_date_to_iso (&date);
  tandem_competency_review_set_rating (copy, tandem_competency_framework_get_competency (framework, 0)->id,
                                       3, "", "");
  tandem_competency_review_set_reviewed_on (copy, tomorrow);
  g_assert_false (tandem_store_save_competency_review (store, copy, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (tandem_store_delete_competency_review (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_null (tandem_store_load_competency_review (store, tandem_record_get_id (review), &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

/* Two reviews some months apart: each competency's history has both, the earlier first, and
 * shows the growth. */
static void
test_history (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemCompetencyFramework) framework = load_somerset (store);
  gint64 worker = add_staff (store, "Amara Okafor", TANDEM_ROLE_HEALTH_COACH);
  g_autofree char *earlier = tandem_test_days_ago (200);
  g_autofree char *later = tandem_test_days_ago (20);
  g_autoptr(TandemCompetencyReview) second = new_review (framework, worker, 0, later, 3);
  g_autoptr(TandemCompetencyReview) first = new_review (framework, worker, 0, earlier, 1);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;

  tandem_store_set_viewer (store, worker);
  /* Saved out of order: the history goes by date. */
  g_assert_true (tandem_store_save_competency_review (store, second, &error));
  g_assert_true (tandem_store_save_competency_review (store, first, &error));
  g_assert_no_error (error);

  history = tandem_store_load_competency_history (store, worker, tandem_record_get_id (framework),
                                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 6);
  for (guint i = 0; i < history->len; i++)
    {
      TandemCompetencySeries *series = g_ptr_array_index (history, i);
      TandemCompetencyPoint *points = (TandemCompetencyPoint *) series->points->data;

      g_assert_cmpint (series->competency_id, ==,
                       tandem_competency_framework_get_competency (framework, i)->id);
      g_assert_cmpuint (series->points->len, ==, 2);
      g_assert_cmpstr (points[0].reviewed_on, ==, earlier);
      g_assert_cmpstr (points[1].reviewed_on, ==, later);
      g_assert_cmpuint (points[0].day, <, points[1].day);
      g_assert_cmpint (points[1].level, ==, points[0].level + 2);
    }

  reviews = tandem_store_list_competency_reviews (store, worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 2);
  g_assert_cmpstr (tandem_competency_review_get_reviewed_on (g_ptr_array_index (reviews, 0)), ==,
                   later);
  g_assert_cmpuint (tandem_competency_review_get_ratings (g_ptr_array_index (reviews, 1))->len, ==,
                    6);
}

static void
test_cpd_totals (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  gint64 worker = add_staff (store, "Amara Okafor", TANDEM_ROLE_HEALTH_COACH);
  const struct { const char *day; double hours; } done[] = {
    { "2024-03-02", 3.5 }, { "2024-11-20", 7 }, { "2025-01-15", 1.25 }, { "2025-06-01", 2 },
    { "2025-09-09", 0.75 },
  };
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(TandemCpdEntry) bad = NULL;
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_store_set_viewer (store, worker);
  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    {
      g_autoptr(TandemCpdEntry) entry = new_cpd (worker, done[i].day, done[i].hours);

      g_assert_true (tandem_store_save_cpd_entry (store, entry, &error));
      g_assert_no_error (error);
    }

  years = tandem_store_count_cpd_hours (store, worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, TandemCpdYear, 0).year, ==, 2025);
  g_assert_cmpfloat_with_epsilon (g_array_index (years, TandemCpdYear, 0).hours, 4.0, 1e-9);
  g_assert_cmpuint (g_array_index (years, TandemCpdYear, 0).n_entries, ==, 3);
  g_assert_cmpint (g_array_index (years, TandemCpdYear, 1).year, ==, 2024);
  g_assert_cmpfloat_with_epsilon (g_array_index (years, TandemCpdYear, 1).hours, 10.5, 1e-9);

  entries = tandem_store_list_cpd_entries (store, worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 5);
  g_assert_cmpstr (tandem_cpd_entry_get_done_on (g_ptr_array_index (entries, 0)), ==, "2025-09-09");

  g_assert_true (tandem_store_delete_cpd_entry (store, g_ptr_array_index (entries, 0), &error));
  g_assert_no_error (error);
  g_clear_pointer (&years, g_array_unref);
  years = tandem_store_count_cpd_hours (store, worker, &error);
  g_assert_cmpfloat_with_epsilon (g_array_index (years, TandemCpdYear, 0).hours, 3.25, 1e-9);

  /* Hours beyond what one entry can count, and a blank activity, are refused in words. */
  bad = new_cpd (worker, "2025-02-02", 120);
  tandem_cpd_entry_set_activity (bad, "  ");
  tandem_date_set_today (&today);
  g_assert_false (tandem_cpd_entry_check (bad, &today, errors));
  g_assert_true (g_hash_table_contains (errors, "hours"));
  g_assert_true (g_hash_table_contains (errors, "activity"));
  g_assert_false (tandem_store_save_cpd_entry (store, bad, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_INVALID);
}

static void
add_supervision_session (TandemStore *store,
                         gint64       worker,
                         gint64       supervisor)
{
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO supervision_session (id, kind, supervisor_id, held_on, "
                     "duration_minutes, notes, created_at, updated_at) VALUES (1, 'clinical', "
                     "%" G_GINT64_FORMAT ", '2025-05-01', 90, 'Private notes', '', '');"
                     "INSERT INTO supervision_member (session_id, staff_id) VALUES (1, %"
                     G_GINT64_FORMAT ");",
                     supervisor, worker);

  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
}

static void
assert_sees (TandemStore               *store,
             TandemCompetencyFramework *framework,
             gint64                     worker,
             gint64                     review_id,
             gboolean                   sees)
{
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(TandemCompetencyReview) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint points = 0;

  reviews = tandem_store_list_competency_reviews (store, worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, sees ? 1 : 0);

  history = tandem_store_load_competency_history (store, worker, tandem_record_get_id (framework),
                                                  &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    points += ((TandemCompetencySeries *) g_ptr_array_index (history, i))->points->len;
  g_assert_cmpuint (points, ==, sees ? 6 : 0);

  entries = tandem_store_list_cpd_entries (store, worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, sees ? 1 : 0);

  years = tandem_store_count_cpd_hours (store, worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, sees ? 1 : 0);

  sessions = tandem_store_list_supervision_summary (store, worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, sees ? 1 : 0);

  loaded = tandem_store_load_competency_review (store, review_id, &error);
  if (sees)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (tandem_competency_review_get_ratings (loaded)->len, ==, 6);
    }
  else
    {
      g_assert_null (loaded);
      g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
    }
}

/* A worker's competence and CPD are theirs and their supervisors': another coach sees
 * nothing of them through any query, cannot add to them, change or delete them. */
static void
test_visibility (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemCompetencyFramework) framework = load_somerset (store);
  gint64 worker = add_staff (store, "Amara Okafor", TANDEM_ROLE_HEALTH_COACH);
  gint64 coach = add_staff (store, "Tom Baker", TANDEM_ROLE_HEALTH_COACH);
  gint64 supervisor = add_staff (store, "Gwen Harris", TANDEM_ROLE_SUPERVISOR);
  gint64 clinician = add_staff (store, "Dr Priya Shah", TANDEM_ROLE_SUPERVISOR);
  g_autoptr(TandemCompetencyReview) review = new_review (framework, worker, supervisor,
                                                         "2025-04-01", 2);
  g_autoptr(TandemCompetencyReview) other = new_review (framework, worker, coach,
                                                        "2025-04-02", 2);
  g_autoptr(TandemCpdEntry) entry = new_cpd (worker, "2025-03-03", 2);
  g_autoptr(TandemCpdEntry) intruding = new_cpd (worker, "2025-03-04", 2);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  assign_supervisor (store, worker, supervisor);
  add_supervision_session (store, worker, clinician);

  /* Nobody chosen yet: nothing written, nothing read. */
  g_assert_false (tandem_store_save_cpd_entry (store, entry, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  tandem_store_set_viewer (store, supervisor);
  g_assert_true (tandem_store_save_competency_review (store, review, &error));
  g_assert_true (tandem_store_save_cpd_entry (store, entry, &error));
  g_assert_no_error (error);

  assert_sees (store, framework, worker, tandem_record_get_id (review), TRUE);
  tandem_store_set_viewer (store, worker);
  assert_sees (store, framework, worker, tandem_record_get_id (review), TRUE);

  tandem_store_set_viewer (store, coach);
  assert_sees (store, framework, worker, tandem_record_get_id (review), FALSE);

  g_assert_false (tandem_store_save_competency_review (store, other, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (tandem_store_save_cpd_entry (store, intruding, &error));
  g_assert_error (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (tandem_store_delete_competency_review (store, review, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (tandem_store_delete_cpd_entry (store, entry, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The clinician who led the session sees it in the summary, but is not the worker's
   * assigned supervisor: no reviews or CPD. */
  tandem_store_set_viewer (store, clinician);
  {
    g_autoptr(GPtrArray) sessions = tandem_store_list_supervision_summary (store, worker, &error);
    TandemSupervisionSummary *summary;

    g_assert_no_error (error);
    g_assert_cmpuint (sessions->len, ==, 1);
    summary = g_ptr_array_index (sessions, 0);
    g_assert_cmpstr (summary->held_on, ==, "2025-05-01");
    g_assert_cmpint (summary->kind, ==, TANDEM_SUPERVISION_CLINICAL);
    g_assert_cmpint (summary->duration_minutes, ==, 90);
    g_assert_cmpstr (summary->supervisor_name, ==, "Dr Priya Shah");
    g_assert_cmpuint (summary->n_cases, ==, 0);
  }
  entries = tandem_store_list_cpd_entries (store, worker, &error);
  g_assert_cmpuint (entries->len, ==, 0);

  /* Still all there for the worker. */
  tandem_store_set_viewer (store, worker);
  assert_sees (store, framework, worker, tandem_record_get_id (review), TRUE);
}

/* The example data gives every worker two reviews some months apart in which every
 * competency grew, and CPD over two years; loading it again adds none twice. */
static void
test_example_data (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemCompetencyFramework) framework = load_somerset (store);
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  guint n_workers = 0;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JUNE, 2024);
  g_assert_true (tandem_example_data_generate (store, 5, 3, &today, NULL, NULL, NULL, &error));
  g_assert_true (tandem_example_data_generate (store, 5, 4, &today, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  staff = tandem_store_list_staff (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) worker = g_list_model_get_item (staff, i);
      gint64 id = tandem_record_get_id (worker);
      g_autoptr(GPtrArray) history = NULL;
      g_autoptr(GArray) years = NULL;

      if (tandem_staff_get_role (worker) == TANDEM_ROLE_SUPERVISOR)
        continue;

      n_workers++;
      tandem_store_set_viewer (store, id);
      history = tandem_store_load_competency_history (store, id, tandem_record_get_id (framework),
                                                      &error);
      g_assert_no_error (error);
      for (guint c = 0; c < history->len; c++)
        {
          TandemCompetencySeries *series = g_ptr_array_index (history, c);
          TandemCompetencyPoint *points = (TandemCompetencyPoint *) series->points->data;

          g_assert_cmpuint (series->points->len, ==, 2);
          g_assert_cmpint (points[1].level, >, points[0].level);
          g_assert_cmpint (points[1].day - points[0].day, >=, 120);
        }

      years = tandem_store_count_cpd_hours (store, id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (years->len, >=, 2);
    }

  g_assert_cmpuint (n_workers, >=, 3);
}

/* Writes say so, so views refresh. */
static void
on_changed (TandemStore *store,
            guint       *count)
{
  (*count)++;
}

static void
test_signal (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  gint64 worker = add_staff (store, "Amara Okafor", TANDEM_ROLE_HEALTH_COACH);
  g_autoptr(TandemCpdEntry) entry = new_cpd (worker, "2025-03-03", 2);
  g_autoptr(GError) error = NULL;
  guint count = 0;

  tandem_store_set_viewer (store, worker);
  g_signal_connect (store, "supervision-changed", G_CALLBACK (on_changed), &count);
  g_assert_true (tandem_store_save_cpd_entry (store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/competence/framework-seeded", test_framework_seeded);
  g_test_add_func ("/competence/framework-add", test_framework_add);
  g_test_add_func ("/competence/review-round-trip", test_review_round_trip);
  g_test_add_func ("/competence/history", test_history);
  g_test_add_func ("/competence/cpd-totals", test_cpd_totals);
  g_test_add_func ("/competence/visibility", test_visibility);
  g_test_add_func ("/competence/signal", test_signal);
  g_test_add_func ("/competence/example-data", test_example_data);

  return g_test_run ();
}
