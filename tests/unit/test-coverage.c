/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "tandem-coverage.h"
#include "tandem-geo.h"
#include "tandem-plan.h"
#include "tandem-plan-need.h"
#include "tandem-store.h"
#include "tandem-test-util.h"

/* Two practices 11 km apart in Leeds and Wakefield, one with a postcode only. */
#define A_LAT 53.80
#define A_LON -1.55
#define B_LAT 53.70
#define B_LON -1.55

static TandemAssetCategory *
category (const char *key,
          const char *name,
          gboolean    retired)
{
  TandemAssetCategory *category = tandem_asset_category_new ();

  tandem_asset_category_set_key (category, key);
  tandem_asset_category_set_name (category, name);
  tandem_asset_category_set_retired (category, retired);
  return category;
}

static TandemPractice *
practice (gint64      id,
          const char *name,
          const char *postcode,
          gboolean    has_coordinates,
          double      latitude,
          double      longitude)
{
  TandemPractice *practice = tandem_practice_new ();

  tandem_record_set_id (practice, id);
  tandem_practice_set_name (practice, name);
  tandem_practice_set_postcode (practice, postcode);
  tandem_practice_set_has_coordinates (practice, has_coordinates);
  tandem_practice_set_latitude (practice, latitude);
  tandem_practice_set_longitude (practice, longitude);
  return practice;
}

static TandemCoverage *
new_coverage (double radius_km)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) practices = g_list_store_new (TANDEM_TYPE_PRACTICE);
  g_autoptr(TandemPractice) a = practice (1, "Hyde Park Surgery", "LS6 3HN", TRUE, A_LAT, A_LON);
  g_autoptr(TandemPractice) b = practice (2, "Wakefield Road", "WF1 1AA", TRUE, B_LAT, B_LON);
  g_autoptr(TandemPractice) c = practice (3, "Bradford Moor", "BD1 1AA", FALSE, 0, 0);
  g_autoptr(TandemPractice) gone = practice (4, "Closed Practice", "LS6 1AA", TRUE, A_LAT, A_LON);
  const char *keys[] = { "loneliness", "physical-activity", "money", "housing", "carers", "arts",
                         "bereavement", "older-people" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_ptr_array_add (categories, category (keys[i], keys[i], FALSE));
  g_ptr_array_add (categories, category ("local-1", "Men's sheds", FALSE));
  g_ptr_array_add (categories, category ("green", "Green and nature", TRUE));

  tandem_practice_set_retired (gone, TRUE);
  g_list_store_append (practices, a);
  g_list_store_append (practices, b);
  g_list_store_append (practices, c);
  g_list_store_append (practices, gone);

  return tandem_coverage_new (categories, G_LIST_MODEL (practices), radius_km);
}

static guint
row_of (TandemCoverage *coverage,
        const char     *key)
{
  for (guint row = 0; row < tandem_coverage_get_n_categories (coverage); row++)
    {
      if (g_str_equal (tandem_asset_category_get_key (tandem_coverage_get_category (coverage, row)),
                       key))
        return row;
    }
  g_assert_not_reached ();
}

static void
add_assets (TandemCoverage *coverage)
{
  /* 1.1 km north of A. */
  tandem_coverage_add_asset (coverage, "carers,loneliness", TRUE, 53.81, A_LON, "LS6 2AB");
  /* Half-way between A and B: 5.6 km from each. */
  tandem_coverage_add_asset (coverage, "physical-activity", TRUE, 53.75, A_LON, "");
  /* No coordinates: placed by postcode district. */
  tandem_coverage_add_asset (coverage, "money", FALSE, 0, 0, "ls6 2ab");
  tandem_coverage_add_asset (coverage, "housing", FALSE, 0, 0, "YO1 7HH");
  tandem_coverage_add_asset (coverage, "housing", FALSE, 0, 0, "not a postcode");
  /* Coordinates, but C has none: its district decides. */
  tandem_coverage_add_asset (coverage, "arts, local-1", TRUE, 53.79, -1.72, "BD1 2BB");
  /* Categories not in the table are ignored. */
  tandem_coverage_add_asset (coverage, "green,unknown", TRUE, 53.80, A_LON, "");
}

static void
test_coverage_assets (void)
{
  g_autoptr(TandemCoverage) coverage = new_coverage (TANDEM_COVERAGE_DEFAULT_RADIUS_KM);

  add_assets (coverage);

  g_assert_cmpuint (tandem_coverage_get_n_practices (coverage), ==, 3);
  g_assert_cmpuint (tandem_coverage_get_n_categories (coverage), ==, 9);
  g_assert_cmpstr (tandem_practice_get_name (tandem_coverage_get_practice (coverage, 2)), ==,
                   "Bradford Moor");

  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "carers"), 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "carers"), 1), ==, 0);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "loneliness"), 0), ==,
                    1);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "physical-activity"),
                                                0), ==, 0);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "physical-activity"),
                                                1), ==, 0);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "money"), 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "arts"), 2), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "local-1"), 2), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row_of (coverage, "arts"), 0), ==, 0);

  /* Neither housing asset could be placed; the half-way asset has coordinates, so its area
   * is known: it is simply in no practice's. */
  g_assert_cmpuint (tandem_coverage_get_assets_area_unknown (coverage, row_of (coverage, "housing")),
                    ==, 2);
  g_assert_cmpuint (tandem_coverage_get_assets_area_unknown (coverage,
                                                             row_of (coverage, "physical-activity")),
                    ==, 0);
  g_assert_cmpuint (tandem_coverage_get_assets_area_unknown (coverage, row_of (coverage, "money")),
                    ==, 0);
  g_assert_true (tandem_coverage_practice_has_area (coverage, 2));
}

static void
test_coverage_radius (void)
{
  g_autoptr(TandemCoverage) coverage = new_coverage (6.0);
  guint row;

  add_assets (coverage);
  row = row_of (coverage, "physical-activity");
  g_assert_cmpfloat (tandem_coverage_get_radius_km (coverage), ==, 6.0);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row, 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, row, 1), ==, 1);
}

static void
test_coverage_people (void)
{
  g_autoptr(TandemCoverage) coverage = new_coverage (TANDEM_COVERAGE_DEFAULT_RADIUS_KM);
  guint carers, older, lonely, bereaved, money, housing, sheds;

  add_assets (coverage);
  tandem_coverage_add_person (coverage, 1, "Caring for his wife with dementia and exhausted.");
  tandem_coverage_add_person (coverage, 1, "Lonely since her husband died last year.");
  tandem_coverage_add_person (coverage, 1, "LONELY ; lonely again ; feels isolated");
  tandem_coverage_add_person (coverage, 2, "Rent arrears and a letter from the landlord.");
  tandem_coverage_add_person (coverage, 3, "Would like to join a men's shed");
  tandem_coverage_add_person (coverage, 3, "Wants to try the Men’s Sheds group");
  /* Not in the table: a retired practice, no practice. */
  tandem_coverage_add_person (coverage, 4, "Lonely");
  tandem_coverage_add_person (coverage, 0, "Lonely");
  tandem_coverage_add_person (coverage, 1, NULL);

  carers = row_of (coverage, "carers");
  older = row_of (coverage, "older-people");
  lonely = row_of (coverage, "loneliness");
  bereaved = row_of (coverage, "bereavement");
  money = row_of (coverage, "money");
  housing = row_of (coverage, "housing");
  sheds = row_of (coverage, "local-1");

  g_assert_cmpuint (tandem_coverage_get_people (coverage, carers, 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, older, 0), ==, 1);
  /* Counted once however often their words say it. */
  g_assert_cmpuint (tandem_coverage_get_people (coverage, lonely, 0), ==, 2);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, bereaved, 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, money, 1), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, housing, 1), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, lonely, 1), ==, 0);
  /* A category the team added is found by its name. */
  g_assert_cmpuint (tandem_coverage_get_people (coverage, sheds, 2), ==, 1);

  g_assert_false (tandem_coverage_is_gap (coverage, carers, 0));
  g_assert_true (tandem_coverage_is_gap (coverage, older, 0));
  g_assert_true (tandem_coverage_is_gap (coverage, bereaved, 0));
  g_assert_true (tandem_coverage_is_gap (coverage, money, 1));
  g_assert_true (tandem_coverage_is_gap (coverage, housing, 1));
  g_assert_false (tandem_coverage_is_gap (coverage, lonely, 0));
  g_assert_false (tandem_coverage_is_gap (coverage, lonely, 1));
  g_assert_false (tandem_coverage_is_gap (coverage, sheds, 2));
  g_assert_cmpuint (tandem_coverage_count_gaps (coverage), ==, 4);
}

static void
test_coverage_words (void)
{
  struct {
    const char *text;
    const char *keys;
  } cases[] = {
    { "Caring for my wife leaves me no time", "carers" },
    { "She is a young carer’s sister", "carers" },
    { "Arthritis in both knees", "" },
    { "Likes art and singing", "arts" },
    { "Single, lives alone", "loneliness" },
    { "WALKING more", "physical-activity" },
    { "Anxiété about debts", "mental-wellbeing,money" },
    { "Wants to volunteer; lost job in spring", "employment" },
    { "Substance abuse", "substance-use" },
    { "Domestic abuse at home", "domestic-abuse" },
    { "Damp and mould, rent arrears", "money,housing" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) keys = tandem_coverage_categories_for_text (cases[i].text);
      g_autofree char *joined = g_strjoinv (",", keys);

      g_assert_cmpstr (joined, ==, cases[i].keys);
    }
}

static void
test_coverage_distance (void)
{
  /* Leeds to London, about 272 km; a degree of latitude, about 111 km. */
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (53.7997, -1.5492, 51.5072, -0.1276),
                                  272.0, 3.0);
  g_assert_cmpfloat_with_epsilon (tandem_geo_distance_km (53.0, -1.5, 54.0, -1.5), 111.2, 0.2);
  g_assert_cmpfloat (tandem_geo_distance_km (53.0, -1.5, 53.0, -1.5), ==, 0.0);
}

static void
test_coverage_csv (void)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) practices = g_list_store_new (TANDEM_TYPE_PRACTICE);
  g_autoptr(TandemPractice) a = practice (1, "St \"Mary's\", Leeds", "LS6 3HN", TRUE, A_LAT, A_LON);
  g_autoptr(TandemPractice) b = practice (2, "Line\nbreak", "", FALSE, 0, 0);
  g_autoptr(TandemCoverage) coverage = NULL;
  g_autofree char *csv = NULL;

  g_ptr_array_add (categories, category ("carers", "Carers", FALSE));
  g_ptr_array_add (categories, category ("local-1", "Walks, talks", FALSE));
  g_list_store_append (practices, a);
  g_list_store_append (practices, b);
  coverage = tandem_coverage_new (categories, G_LIST_MODEL (practices), 3.0);
  tandem_coverage_add_asset (coverage, "carers", TRUE, A_LAT, A_LON, "");
  tandem_coverage_add_asset (coverage, "carers", FALSE, 0, 0, "");
  tandem_coverage_add_person (coverage, 1, "carer");
  tandem_coverage_add_person (coverage, 1, "a carer too");

  g_assert_false (tandem_coverage_practice_has_area (coverage, 1));

  csv = tandem_coverage_to_csv (coverage);
  g_assert_cmpstr (csv, ==,
                   "Category,\"St \"\"Mary's\"\", Leeds: assets\",\"St \"\"Mary's\"\", Leeds: people\","
                   "\"Line\nbreak: assets\",\"Line\nbreak: people\",Area not known: assets\r\n"
                   "Carers,1,2,0,0,1\r\n"
                   "\"Walks, talks\",0,0,0,0,0\r\n");
}

static void
test_coverage_store (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPractice) a = practice (0, "Hyde Park Surgery", "LS6 3HN", TRUE, A_LAT, A_LON);
  g_autoptr(TandemPerson) carer = NULL;
  g_autoptr(TandemPerson) lonely = NULL;
  g_autoptr(TandemReferral) referral = NULL;
  g_autoptr(TandemPlanVersion) first = NULL;
  g_autoptr(TandemPlanVersion) second = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(TandemPlanNeed) need = NULL;
  g_autoptr(TandemPlanNeed) old_need = tandem_plan_need_new ();
  g_autoptr(TandemCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  struct {
    const char *name;
    const char *categories;
    gboolean    active;
    double      latitude;
  } assets[] = {
    { "Carers' centre", "carers", TRUE, 53.81 },
    { "Closed carers' group", "carers", FALSE, 53.80 },
    { "Far walking group", "physical-activity", TRUE, 53.90 },
  };
  GDate today;
  guint carers_row = 0, money_row = 0, lonely_row = 0, activity_row = 0;

  g_assert_true (tandem_store_save_practice (store, a, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (assets); i++)
    {
      g_autoptr(TandemAsset) asset = tandem_asset_new ();

      tandem_asset_set_name (asset, assets[i].name);
      tandem_asset_set_categories (asset, assets[i].categories);
      tandem_asset_set_active (asset, assets[i].active);
      tandem_asset_set_has_coordinates (asset, TRUE);
      tandem_asset_set_latitude (asset, assets[i].latitude);
      tandem_asset_set_longitude (asset, A_LON);
      g_assert_true (tandem_store_save_asset (store, asset, &error));
      g_assert_no_error (error);
    }

  /* One person by a referral reason, one by a need in their latest plan (an earlier
   * version's need is not counted). */
  carer = tandem_test_add_person (store, "Ann", "Carer", NULL);
  tandem_person_set_practice_id (carer, tandem_record_get_id (a));
  g_assert_true (tandem_store_save_person (store, carer, &error));
  referral = tandem_test_add_referral (store, carer, "2024-01-02", TANDEM_PRIORITY_ROUTINE,
                                       TANDEM_REFERRAL_RECEIVED);
  tandem_referral_set_reasons (referral, "Caring for her mother; money is tight");
  g_assert_true (tandem_store_save_referral (store, referral, &error));
  g_assert_no_error (error);

  lonely = tandem_test_add_person (store, "Bob", "Alone", NULL);
  tandem_person_set_practice_id (lonely, tandem_record_get_id (a));
  g_assert_true (tandem_store_save_person (store, lonely, &error));
  first = tandem_store_create_plan (store, tandem_record_get_id (lonely), 0, &error);
  g_assert_no_error (error);
  tandem_plan_need_set_version_id (old_need, tandem_record_get_id (first));
  tandem_plan_need_set_words (old_need, "I want to walk more");
  g_assert_true (tandem_store_save_plan_item (store, old_need, &error));
  g_assert_no_error (error);
  tandem_plan_version_set_agreed_on (first, "2024-01-05");
  tandem_plan_version_set_agreed_how (first, "Face to face");
  tandem_plan_version_set_review_on (first, "2024-04-05");
  tandem_test_set_date (&today, "2024-01-05");
  g_assert_true (tandem_store_agree_plan (store, first, &today, &error));
  g_assert_no_error (error);
  second = tandem_store_start_plan_review (store, tandem_record_get_id (lonely), 0, &error);
  g_assert_no_error (error);
  /* The review starts as a copy; the person has since walked more and now feels lonely. */
  plan = tandem_store_load_plan (store, tandem_record_get_id (second), &error);
  g_assert_no_error (error);
  need = g_list_model_get_item (tandem_plan_get_needs (plan), 0);
  tandem_plan_need_set_words (need, "I feel lonely most days");
  g_assert_true (tandem_store_save_plan_item (store, need, &error));
  g_assert_no_error (error);

  coverage = tandem_store_load_coverage (store, 3.0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (coverage);
  g_assert_cmpuint (tandem_coverage_get_n_practices (coverage), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_n_categories (coverage), ==, 17);

  for (guint row = 0; row < tandem_coverage_get_n_categories (coverage); row++)
    {
      const char *key = tandem_asset_category_get_key (tandem_coverage_get_category (coverage, row));

      if (g_str_equal (key, "carers"))
        carers_row = row;
      else if (g_str_equal (key, "money"))
        money_row = row;
      else if (g_str_equal (key, "loneliness"))
        lonely_row = row;
      else if (g_str_equal (key, "physical-activity"))
        activity_row = row;
    }

  g_assert_cmpuint (tandem_coverage_get_assets (coverage, carers_row, 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, carers_row, 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, money_row, 0), ==, 1);
  g_assert_true (tandem_coverage_is_gap (coverage, money_row, 0));
  g_assert_cmpuint (tandem_coverage_get_people (coverage, lonely_row, 0), ==, 1);
  g_assert_cmpuint (tandem_coverage_get_people (coverage, activity_row, 0), ==, 0);
  g_assert_cmpuint (tandem_coverage_get_assets (coverage, activity_row, 0), ==, 0);
  g_assert_cmpuint (tandem_coverage_count_gaps (coverage), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coverage/assets", test_coverage_assets);
  g_test_add_func ("/coverage/radius", test_coverage_radius);
  g_test_add_func ("/coverage/people", test_coverage_people);
  g_test_add_func ("/coverage/words", test_coverage_words);
  g_test_add_func ("/coverage/distance", test_coverage_distance);
  g_test_add_func ("/coverage/csv", test_coverage_csv);
  g_test_add_func ("/coverage/store", test_coverage_store);

  return g_test_run ();
}
