/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-nhs-number.h"
#include "tandem-test-util.h"

#define TODAY "2024-06-15"
#define SEED 20240615
#define N_PEOPLE 40

typedef struct
{
  guint calls;
  guint last_done;
  guint last_total;
} Progress;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, >, progress->last_done);
  g_assert_cmpuint (done, <=, total);
  progress->calls++;
  progress->last_done = done;
  progress->last_total = total;
}

static void
generate (TandemStore *store,
          guint32      seed,
          Progress    *progress)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_test_set_date (&today, TODAY);
  g_assert_true (tandem_example_data_generate (store, N_PEOPLE, seed, &today,
                                               progress ? progress_cb : NULL, progress,
                                               NULL, &error));
  g_assert_no_error (error);
}

/* Everyone in the store as the caseload sees them, in id order. */
static GArray *
load_entries (TandemStore   *store,
              GStringChunk  *strings)
{
  g_autoptr(GError) error = NULL;
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));

  g_assert_true (tandem_store_load_caseload (store, 0, FALSE, entries, strings, &error));
  g_assert_no_error (error);

  return entries;
}

static void
test_generate (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *pcn = NULL;
  g_autoptr(GError) error = NULL;
  GStringChunk *strings = g_string_chunk_new (4096);
  Progress progress = { 0 };
  guint with_referral = 0;
  guint with_plan = 0;
  guint agreed = 0;
  guint today = tandem_date_iso_to_julian (TODAY);

  generate (store, SEED, &progress);

  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, N_PEOPLE);
  g_assert_cmpuint (progress.calls, >=, 1);
  g_assert_cmpuint (progress.last_done, ==, N_PEOPLE);
  g_assert_cmpuint (progress.last_total, ==, N_PEOPLE);

  pcn = tandem_store_dup_pcn_name (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pcn);
  g_assert_cmpstr (pcn, !=, "");

  practices = tandem_store_list_practices (store, &error);
  staff = tandem_store_list_staff (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (practices), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (staff), >=, 2);

  entries = load_entries (store, strings);
  g_assert_cmpuint (entries->len, ==, N_PEOPLE);
  for (guint i = 0; i < entries->len; i++)
    {
      TandemCaseloadEntry *entry = &g_array_index (entries, TandemCaseloadEntry, i);
      gboolean practice_found = FALSE;

      g_test_message ("%s %s %s", entry->given_name, entry->family_name, entry->nhs_number);

      /* Fictional people only: numbers from the range reserved for testing. */
      g_assert_true (tandem_nhs_number_is_valid (entry->nhs_number));
      g_assert_true (tandem_nhs_number_is_test (entry->nhs_number));
      g_assert_cmpstr (entry->given_name, !=, "");
      g_assert_cmpstr (entry->family_name, !=, "");

      for (guint j = 0; j < g_list_model_get_n_items (practices); j++)
        {
          g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, j);

          practice_found |= tandem_record_get_id (practice) == entry->practice_id;
        }
      g_assert_true (practice_found);

      if (entry->status != TANDEM_CASELOAD_NO_REFERRAL)
        {
          with_referral++;
          /* Everything happened before the day it was made for. */
          g_assert_cmpuint (entry->received_on, >, 0);
          g_assert_cmpuint (entry->received_on, <=, today);
          g_assert_cmpuint (entry->last_contact_on, <=, today);
        }

      /* Everyone with a plan has outcome measures from the start. */
      if (entry->plan_state != TANDEM_CASELOAD_NO_PLAN)
        {
          g_autoptr(GPtrArray) results = tandem_store_list_measure_results (store, entry->person_id,
                                                                            &error);

          g_assert_no_error (error);
          g_assert_cmpuint (results->len, >=, 1);
          with_plan++;
          agreed += entry->plan_state == TANDEM_PLAN_AGREED;
        }
    }
  g_assert_cmpuint (with_referral, ==, N_PEOPLE);
  g_assert_cmpuint (with_plan, >, 0);
  g_assert_cmpuint (agreed, >, 0);
  g_assert_cmpuint (agreed, <, with_plan);

  /* What it made keeps every rule the store has. */
  g_assert_true (tandem_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  g_string_chunk_free (strings);
}

static void
test_same_seed (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *other_path = tandem_test_dir_file (dir, "other.db");
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemStore) other = NULL;
  g_autoptr(TandemStore) third = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) second = NULL;
  g_autoptr(GArray) different = NULL;
  g_autoptr(GError) error = NULL;
  GStringChunk *strings = g_string_chunk_new (4096);
  guint n_same = 0;

  other = tandem_store_open (other_path, NULL, &error);
  g_assert_no_error (error);

  generate (store, SEED, NULL);
  generate (other, SEED, NULL);

  first = load_entries (store, strings);
  second = load_entries (other, strings);
  g_assert_cmpuint (first->len, ==, N_PEOPLE);
  g_assert_cmpuint (second->len, ==, N_PEOPLE);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      TandemCaseloadEntry *a = &g_array_index (first, TandemCaseloadEntry, i);
      TandemCaseloadEntry *b = &g_array_index (second, TandemCaseloadEntry, i);

      g_assert_cmpstr (a->given_name, ==, b->given_name);
      g_assert_cmpstr (a->family_name, ==, b->family_name);
      g_assert_cmpstr (a->nhs_number, ==, b->nhs_number);
      g_assert_cmpstr (a->postcode, ==, b->postcode);
      g_assert_cmpuint (a->status, ==, b->status);
      g_assert_cmpuint (a->received_on, ==, b->received_on);
      g_assert_cmpuint (a->last_contact_on, ==, b->last_contact_on);
    }

  /* Another seed gives other people. */
  {
    g_autofree char *third_path = tandem_test_dir_file (dir, "third.db");

    third = tandem_store_open (third_path, NULL, &error);
    g_assert_no_error (error);
  }
  generate (third, SEED + 1, NULL);
  different = load_entries (third, strings);
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      TandemCaseloadEntry *a = &g_array_index (first, TandemCaseloadEntry, i);
      TandemCaseloadEntry *c = &g_array_index (different, TandemCaseloadEntry, i);

      n_same += g_str_equal (a->given_name, c->given_name) &&
                g_str_equal (a->family_name, c->family_name);
    }
  g_assert_cmpuint (n_same, <, N_PEOPLE / 2);

  g_string_chunk_free (strings);
}

static void
test_twice (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) error = NULL;
  GStringChunk *strings = g_string_chunk_new (4096);
  guint n_practices;
  guint n_staff;

  generate (store, SEED, NULL);
  practices = tandem_store_list_practices (store, &error);
  staff = tandem_store_list_staff (store, &error);
  n_practices = g_list_model_get_n_items (practices);
  n_staff = g_list_model_get_n_items (staff);
  g_clear_object (&practices);
  g_clear_object (&staff);

  /* The same seed again: 40 more people, each with a number of their own. */
  generate (store, SEED, NULL);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 2 * N_PEOPLE);

  entries = load_entries (store, strings);
  for (guint i = 0; i < entries->len; i++)
    {
      TandemCaseloadEntry *entry = &g_array_index (entries, TandemCaseloadEntry, i);

      g_assert_true (tandem_nhs_number_is_test (entry->nhs_number));
      g_assert_true (g_hash_table_add (numbers, entry->nhs_number));
    }
  g_assert_cmpuint (g_hash_table_size (numbers), ==, 2 * N_PEOPLE);

  /* The team is set up once. */
  practices = tandem_store_list_practices (store, &error);
  staff = tandem_store_list_staff (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, n_practices);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, n_staff);

  g_string_chunk_free (strings);
}

static void
count_changes_cb (TandemStore *store,
                  gint64       person_id,
                  gpointer     user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
count_team_changes_cb (TandemStore *store,
                       gpointer     user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_cancelled (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autofree char *pcn = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };
  guint changes = 0;
  GDate today;

  g_signal_connect (store, "changed", G_CALLBACK (count_changes_cb), &changes);
  g_signal_connect (store, "team-changed", G_CALLBACK (count_team_changes_cb), &changes);

  tandem_test_set_date (&today, TODAY);
  g_cancellable_cancel (cancellable);
  g_assert_false (tandem_example_data_generate (store, N_PEOPLE, SEED, &today, progress_cb,
                                                &progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* All or nothing: not even the team it set up first is kept. */
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 0);
  pcn = tandem_store_dup_pcn_name (store, &error);
  g_assert_no_error (error);
  g_assert_null (pcn);
  practices = tandem_store_list_practices (store, &error);
  staff = tandem_store_list_staff (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 0);
  {
    g_autoptr(GPtrArray) assets = tandem_store_list_assets (store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (assets->len, ==, 0);
  }
  g_assert_cmpuint (progress.calls, ==, 0);
  g_assert_cmpuint (changes, ==, 0);

  /* The store is usable afterwards. */
  generate (store, SEED, NULL);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, N_PEOPLE);
}


/* Kilometres between two points, on a sphere: near enough over a town. */
static double
distance_km (double latitude1,
             double longitude1,
             double latitude2,
             double longitude2)
{
  double to_radians = G_PI / 180.0;
  double dlat = (latitude2 - latitude1) * to_radians;
  double dlon = (longitude2 - longitude1) * to_radians;
  double a = sin (dlat / 2) * sin (dlat / 2) +
             cos (latitude1 * to_radians) * cos (latitude2 * to_radians) *
             sin (dlon / 2) * sin (dlon / 2);

  return 6371.0 * 2 * atan2 (sqrt (a), sqrt (1 - a));
}

static double
distance_to_practice (TandemAsset    *asset,
                      TandemPractice *practice)
{
  return distance_km (tandem_asset_get_latitude (asset), tandem_asset_get_longitude (asset),
                      tandem_practice_get_latitude (practice),
                      tandem_practice_get_longitude (practice));
}

/* The directory: local assets around the practices, checked and verified the way a real
 * one is, with one practice's area lacking anything for carers. */
static void
test_directory (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(TandemPractice) parkside = NULL;
  g_autoptr(GError) error = NULL;
  guint by_suitability[TANDEM_SUITABILITY_RED + 1] = { 0 };
  guint stale = 0;
  guint carers = 0;
  guint n_assets;
  GDate today;

  tandem_test_set_date (&today, TODAY);
  generate (store, SEED, NULL);

  practices = tandem_store_list_practices (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);

      g_assert_true (tandem_practice_get_has_coordinates (practice));
      /* In England. */
      g_assert_cmpfloat (tandem_practice_get_latitude (practice), >, 50.0);
      g_assert_cmpfloat (tandem_practice_get_latitude (practice), <, 55.8);
      g_assert_cmpfloat (tandem_practice_get_longitude (practice), >, -5.7);
      g_assert_cmpfloat (tandem_practice_get_longitude (practice), <, 1.8);
      if (g_str_equal (tandem_practice_get_ods_code (practice), "Y90004"))
        parkside = g_object_ref (practice);
    }
  g_assert_nonnull (parkside);

  assets = tandem_store_list_assets (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assets->len, >=, 35);
  g_assert_cmpuint (assets->len, <=, 45);

  for (guint i = 0; i < assets->len; i++)
    {
      TandemAsset *asset = g_ptr_array_index (assets, i);
      double nearest = G_MAXDOUBLE;

      g_assert_true (tandem_asset_check (asset, NULL));
      g_assert_true (tandem_asset_get_has_coordinates (asset));
      g_assert_cmpstr (tandem_asset_get_categories (asset), !=, "");
      g_assert_cmpstr (tandem_asset_get_schedule (asset), !=, "");
      g_assert_true (g_str_has_prefix (tandem_asset_get_postcode (asset), "RV"));

      for (guint j = 0; j < g_list_model_get_n_items (practices); j++)
        {
          g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, j);

          nearest = MIN (nearest, distance_to_practice (asset, practice));
        }
      g_assert_cmpfloat (nearest, <, 3.0);

      by_suitability[tandem_asset_get_suitability (asset)]++;
      stale += tandem_asset_is_stale (asset, &today, 6);

      if (tandem_asset_has_category (asset, "carers"))
        {
          carers++;
          g_assert_cmpfloat (distance_to_practice (asset, parkside), >, 3.0);
        }
    }

  g_assert_cmpuint (by_suitability[TANDEM_SUITABILITY_GREEN], >, assets->len / 2);
  g_assert_cmpuint (by_suitability[TANDEM_SUITABILITY_AMBER], >=, 2);
  g_assert_cmpuint (by_suitability[TANDEM_SUITABILITY_RED], ==, 1);
  g_assert_cmpuint (by_suitability[TANDEM_SUITABILITY_UNCHECKED], >=, 2);
  g_assert_cmpuint (stale, >=, 3);
  g_assert_cmpuint (carers, >=, 2);

  /* Searches a link worker would make find something. */
  {
    g_autoptr(GArray) found = tandem_store_search_assets (store, "walking", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (found->len, >=, 1);
  }

  /* A second run uses the directory it made rather than adding it again. */
  n_assets = assets->len;
  generate (store, SEED + 1, NULL);
  g_clear_pointer (&assets, g_ptr_array_unref);
  assets = tandem_store_list_assets (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assets->len, ==, n_assets);
}

/* Signposts with every kind of outcome, some still to follow up and some overdue. */
static void
test_signposts (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GStringChunk *strings = g_string_chunk_new (4096);
  guint by_outcome[TANDEM_SIGNPOST_OUTCOME_DECLINED + 1] = { 0 };
  guint overdue = 0;
  guint overdue_entries = 0;
  guint total = 0;
  GDate today;

  tandem_test_set_date (&today, TODAY);
  g_assert_true (tandem_example_data_generate (store, 200, SEED, &today, NULL, NULL, NULL,
                                               &error));
  g_assert_no_error (error);

  entries = load_entries (store, strings);
  for (guint i = 0; i < entries->len; i++)
    {
      TandemCaseloadEntry *entry = &g_array_index (entries, TandemCaseloadEntry, i);
      g_autoptr(GPtrArray) signposts = tandem_store_list_signposts (store, entry->person_id,
                                                                   &error);
      gboolean due = FALSE;

      g_assert_no_error (error);
      for (guint j = 0; j < signposts->len; j++)
        {
          TandemSignpost *signpost = g_ptr_array_index (signposts, j);

          g_assert_true (tandem_signpost_check (signpost, NULL));
          g_assert_cmpuint (tandem_signpost_get_asset_id (signpost), >, 0);
          g_assert_cmpuint (tandem_date_iso_to_julian (tandem_signpost_get_made_on (signpost)),
                            <=, g_date_get_julian (&today));
          if (tandem_signpost_get_outcome (signpost) != TANDEM_SIGNPOST_OUTCOME_PENDING)
            g_assert_cmpuint (tandem_date_iso_to_julian (tandem_signpost_get_outcome_on (signpost)),
                              <=, g_date_get_julian (&today));
          by_outcome[tandem_signpost_get_outcome (signpost)]++;
          due |= tandem_signpost_is_follow_up_due (signpost, &today);
          overdue += tandem_signpost_is_follow_up_due (signpost, &today);
          total++;
        }

      /* The caseload sees the same. */
      g_assert_cmpint (due, ==, entry->follow_up_on != 0 &&
                                entry->follow_up_on <= g_date_get_julian (&today));
      overdue_entries += due;
    }

  g_assert_cmpuint (total, >=, 40);
  for (guint i = 0; i < G_N_ELEMENTS (by_outcome); i++)
    g_assert_cmpuint (by_outcome[i], >=, 2);
  g_assert_cmpuint (overdue, >=, 1);
  g_assert_cmpuint (overdue_entries, >=, 1);

  g_string_chunk_free (strings);
}

/* Many assets for benchmarks, in one go. */
static void
test_add_assets (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_example_data_add_assets (store, 500, SEED, &error));
  g_assert_no_error (error);

  assets = tandem_store_list_assets (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assets->len, ==, 500);
  for (guint i = 0; i < assets->len; i++)
    {
      TandemAsset *asset = g_ptr_array_index (assets, i);

      g_assert_true (tandem_asset_check (asset, NULL));
      g_assert_true (tandem_asset_get_has_coordinates (asset));
    }

  found = tandem_store_search_assets (store, "walking", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >, 0);
  g_assert_cmpuint (found->len, <, 500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/example-data/generate", test_generate);
  g_test_add_func ("/example-data/same-seed", test_same_seed);
  g_test_add_func ("/example-data/twice", test_twice);
  g_test_add_func ("/example-data/cancelled", test_cancelled);
  g_test_add_func ("/example-data/directory", test_directory);
  g_test_add_func ("/example-data/signposts", test_signposts);
  g_test_add_func ("/example-data/add-assets", test_add_assets);

  return g_test_run ();
}
