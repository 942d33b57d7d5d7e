/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-asset-filter.h"
#include "tandem-geo.h"

/* Distances for "near the practice", and the directory's filters that use them. */

static void
test_geo_known_distances (void)
{
  /* Bristol Temple Meads to Bristol Cathedral, about 1.3 km. */
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (51.4491, -2.5813, 51.4518, -2.6002),
                                  1.34, 0.05);
  /* London (Charing Cross) to Edinburgh (Waverley): about 534 km in a straight line. */
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (51.5080, -0.1247, 55.9521, -3.1890),
                                  534.0, 5.0);
  /* A quarter of the way round the equator. */
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (0, 0, 0, 90), 10007.5, 1.0);
}

static void
test_geo_edge_cases (void)
{
  g_assert_cmpfloat (tandem_geo_distance_km (52.0, -1.0, 52.0, -1.0), ==, 0.0);
  /* Symmetric, and across the antimeridian the short way. */
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (10, 20, -5, 40),
                                  tandem_geo_distance_km (-5, 40, 10, 20), 1e-9);
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (0, 179.5, 0, -179.5), 111.2, 0.5);
  /* Opposite points: half the circumference, without a NaN from rounding. */
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (45, 10, -45, -170), 20015.1, 1.0);
}

static TandemAsset *
make_asset (gint64      id,
            const char *categories,
            const char *schedule,
            TandemAssetCost cost)
{
  TandemAsset *asset = tandem_asset_new ();

  tandem_record_set_id (asset, id);
  tandem_asset_set_name (asset, "Group");
  tandem_asset_set_categories (asset, categories);
  tandem_asset_set_schedule (asset, schedule);
  tandem_asset_set_cost (asset, cost);
  return asset;
}

static void
test_filter_combines (void)
{
  g_autoptr(TandemAsset) walk = make_asset (1, "physical-activity,green", "tue 10:00-12:00",
                                            TANDEM_COST_FREE);
  g_autoptr(TandemAsset) choir = make_asset (2, "arts", "wed 19:00-21:00", TANDEM_COST_PAID);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 one = 1;
  TandemAssetFilter filter;

  tandem_asset_filter_init (&filter);
  g_assert_false (tandem_asset_filter_has_filters (&filter));
  g_assert_true (tandem_asset_filter_matches (&filter, walk));
  g_assert_true (tandem_asset_filter_matches (&filter, choir));

  filter.free_only = TRUE;
  g_assert_true (tandem_asset_filter_has_filters (&filter));
  g_assert_true (tandem_asset_filter_matches (&filter, walk));
  g_assert_false (tandem_asset_filter_matches (&filter, choir));

  filter.free_only = FALSE;
  filter.day = TANDEM_DAYS_WEDNESDAY;
  g_assert_false (tandem_asset_filter_matches (&filter, walk));
  g_assert_true (tandem_asset_filter_matches (&filter, choir));

  filter.day = 0;
  filter.category = g_strdup ("green");
  g_assert_true (tandem_asset_filter_matches (&filter, walk));
  g_assert_false (tandem_asset_filter_matches (&filter, choir));

  /* The search's ids intersect with the filters. */
  g_clear_pointer (&filter.category, g_free);
  g_array_append_val (ids, one);
  tandem_asset_filter_set_search (&filter, ids);
  g_assert_true (tandem_asset_filter_matches (&filter, walk));
  g_assert_false (tandem_asset_filter_matches (&filter, choir));

  tandem_asset_filter_clear (&filter);
}

static void
test_filter_language_and_suitability (void)
{
  g_autoptr(TandemAsset) asset = make_asset (1, "", "", TANDEM_COST_UNKNOWN);
  TandemAssetFilter filter;

  tandem_asset_set_languages (asset, "English, Polish, Urdu");
  tandem_asset_set_suitability (asset, TANDEM_SUITABILITY_RED);
  tandem_asset_filter_init (&filter);

  filter.language = g_strdup ("urdu");
  g_assert_true (tandem_asset_filter_matches (&filter, asset));
  g_free (filter.language);
  filter.language = g_strdup ("Bengali");
  g_assert_false (tandem_asset_filter_matches (&filter, asset));
  g_clear_pointer (&filter.language, g_free);

  filter.suitability = TANDEM_SUITABILITY_GREEN;
  g_assert_false (tandem_asset_filter_matches (&filter, asset));
  filter.suitability = TANDEM_SUITABILITY_RED;
  g_assert_true (tandem_asset_filter_matches (&filter, asset));

  tandem_asset_filter_clear (&filter);
}

static void
test_filter_staleness_and_distance (void)
{
  g_autoptr(TandemAsset) asset = make_asset (1, "", "", TANDEM_COST_UNKNOWN);
  TandemAssetFilter filter;

  tandem_asset_filter_init (&filter);
  g_date_set_dmy (&filter.today, 1, G_DATE_JUNE, 2025);
  filter.stale_months = 6;
  filter.stale_only = TRUE;

  /* Never verified is stale; verified last month is not. */
  g_assert_true (tandem_asset_filter_matches (&filter, asset));
  tandem_asset_set_verified_on (asset, "2025-05-01");
  g_assert_false (tandem_asset_filter_matches (&filter, asset));
  tandem_asset_set_verified_on (asset, "2024-11-30");
  g_assert_true (tandem_asset_filter_matches (&filter, asset));
  filter.stale_only = FALSE;

  /* An asset without coordinates is never "near". */
  filter.near = TRUE;
  filter.latitude = 51.4491;
  filter.longitude = -2.5813;
  filter.radius_km = 2;
  g_assert_false (tandem_asset_filter_matches (&filter, asset));

  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, 51.4518);
  tandem_asset_set_longitude (asset, -2.6002);
  g_assert_true (tandem_asset_filter_matches (&filter, asset));
  filter.radius_km = 1;
  g_assert_false (tandem_asset_filter_matches (&filter, asset));

  tandem_asset_filter_clear (&filter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geo/known-distances", test_geo_known_distances);
  g_test_add_func ("/geo/edge-cases", test_geo_edge_cases);
  g_test_add_func ("/asset-filter/combines", test_filter_combines);
  g_test_add_func ("/asset-filter/language-and-suitability", test_filter_language_and_suitability);
  g_test_add_func ("/asset-filter/staleness-and-distance", test_filter_staleness_and_distance);

  return g_test_run ();
}
