/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "tandem-schedule.h"
#include "tandem-test-util.h"

/* The community directory's model and store: schedules, checks, staleness, search, the
 * import's merge rules and signposting's red override. */

static TandemAsset *
make_asset (const char *name,
            const char *oruk_id)
{
  TandemAsset *asset = tandem_asset_new ();

  tandem_asset_set_name (asset, name);
  tandem_asset_set_oruk_id (asset, oruk_id);
  return asset;
}

static void
test_schedule_parse (void)
{
  TandemScheduleSession session;

  g_assert_true (tandem_schedule_parse_line ("tue 10:00-12:00 from the library", &session));
  g_assert_cmpint (session.day, ==, TANDEM_DAYS_TUESDAY);
  g_assert_cmpint (session.opens, ==, 600);
  g_assert_cmpint (session.closes, ==, 720);
  g_assert_cmpstr (session.note, ==, "from the library");
  tandem_schedule_session_clear (&session);

  g_assert_true (tandem_schedule_parse_line ("Thursday 9.30 to 11.00", &session));
  g_assert_cmpint (session.day, ==, TANDEM_DAYS_THURSDAY);
  g_assert_cmpint (session.opens, ==, 570);
  tandem_schedule_session_clear (&session);

  g_assert_true (tandem_schedule_parse_line ("Closed on bank holidays", &session));
  g_assert_cmpint (session.day, ==, TANDEM_DAYS_NONE);
  g_assert_cmpstr (session.note, ==, "Closed on bank holidays");
  tandem_schedule_session_clear (&session);

  /* Closing before opening, an hour past 24, a day with no times after a dash. */
  g_assert_false (tandem_schedule_parse_line ("mon 12:00-10:00", &session));
  tandem_schedule_session_clear (&session);
  g_assert_false (tandem_schedule_parse_line ("mon 25:00-26:00", &session));
  tandem_schedule_session_clear (&session);

  g_assert_cmpuint (tandem_schedule_get_days ("mon 10:00-11:00\nTU\nsat\nnote"), ==,
                    TANDEM_DAYS_MONDAY | TANDEM_DAYS_TUESDAY | TANDEM_DAYS_SATURDAY);
  g_assert_cmpuint (tandem_schedule_get_days (""), ==, 0);
}

static void
test_schedule_lines (void)
{
  g_autofree char *line = tandem_schedule_session_to_line (TANDEM_DAYS_WEDNESDAY, 600, 690,
                                                           "term time");
  g_autofree char *bare = tandem_schedule_session_to_line (TANDEM_DAYS_SUNDAY, -1, -1, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (line, ==, "wed 10:00-11:30 term time");
  g_assert_cmpstr (bare, ==, "sun");

  g_assert_true (tandem_schedule_check ("wed 10:00-11:30\n\nsun", &error));
  g_assert_no_error (error);
  g_assert_false (tandem_schedule_check ("wed 10:00-11:30\nfri 10:00-09:00", &error));
  g_assert_error (error, TANDEM_ASSET_ERROR, TANDEM_ASSET_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Line 2"));
}

static void
test_asset_check (void)
{
  g_autoptr(TandemAsset) asset = make_asset ("  ", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (tandem_asset_check (asset, &error));
  g_clear_error (&error);

  tandem_asset_set_name (asset, "Walk and Talk 🚶");
  g_assert_true (tandem_asset_check (asset, &error));
  g_assert_no_error (error);

  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, 95.0);
  g_assert_false (tandem_asset_check (asset, &error));
  g_clear_error (&error);
  tandem_asset_set_latitude (asset, 53.8);

  tandem_asset_set_minimum_age (asset, 18);
  tandem_asset_set_maximum_age (asset, 16);
  g_assert_false (tandem_asset_check (asset, &error));
  g_clear_error (&error);
  tandem_asset_set_maximum_age (asset, 0);

  tandem_asset_set_verified_on (asset, "2026-02-30");
  g_assert_false (tandem_asset_check (asset, &error));
  g_clear_error (&error);
  tandem_asset_set_verified_on (asset, "2026-02-28");
  g_assert_true (tandem_asset_check (asset, NULL));

  /* The schedule's days follow the schedule. */
  tandem_asset_set_schedule (asset, "tue 10:00-12:00\nthu");
  g_assert_cmpuint (tandem_asset_get_open_days (asset), ==,
                    TANDEM_DAYS_TUESDAY | TANDEM_DAYS_THURSDAY);
}

static void
test_asset_stale (void)
{
  g_autoptr(TandemAsset) asset = make_asset ("Men's Shed", NULL);
  GDate today;

  tandem_test_set_date (&today, "2026-11-21");
  g_assert_true (tandem_asset_is_stale (asset, &today, 6));

  tandem_asset_set_verified_on (asset, "2026-05-22");
  g_assert_false (tandem_asset_is_stale (asset, &today, 6));
  tandem_asset_set_verified_on (asset, "2026-05-21");
  g_assert_true (tandem_asset_is_stale (asset, &today, 6));
  g_assert_false (tandem_asset_is_stale (asset, &today, 12));
}

static gint64
save (TandemStore *store,
      TandemAsset *asset)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_save_asset (store, asset, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (asset);
}

static guint
count_matches (TandemStore *store,
               const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = tandem_store_search_assets (store, text, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
test_store_round_trip (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemAsset) asset = make_asset ("Tuesday Walking Group", NULL);
  g_autoptr(TandemAsset) loaded = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  tandem_asset_set_organisation (asset, "Riverside Ramblers");
  tandem_asset_set_description (asset, "A gentle walk, then tea at the café.");
  tandem_asset_set_categories (asset, "physical-activity,loneliness");
  tandem_asset_set_postcode (asset, "LS1 4AB");
  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, 53.7997);
  tandem_asset_set_longitude (asset, -1.5492);
  tandem_asset_set_schedule (asset, "tue 10:00-12:00");
  tandem_asset_set_cost (asset, TANDEM_COST_FREE);
  tandem_asset_set_access_routes (asset, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_DROP_IN);
  tandem_asset_set_accessibility (asset, TANDEM_ACCESSIBLE_WHEELCHAIR);
  tandem_asset_set_suitability (asset, TANDEM_SUITABILITY_GREEN);
  id = save (store, asset);
  g_assert_cmpint (id, >, 0);

  loaded = tandem_store_load_asset (store, id, &error);
  g_assert_no_error (error);
  /* The categories come back in the directory's order. */
  g_assert_cmpstr (tandem_asset_get_categories (loaded), ==, "loneliness,physical-activity");
  tandem_asset_set_categories (asset, "loneliness,physical-activity");
  g_assert_true (tandem_record_equal (asset, loaded));

  all = tandem_store_list_assets (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);

  /* An unknown category is refused, and nothing is half-written. */
  tandem_asset_set_categories (asset, "carers,no-such-category");
  g_assert_false (tandem_store_save_asset (store, asset, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&loaded);
  loaded = tandem_store_load_asset (store, id, NULL);
  g_assert_cmpstr (tandem_asset_get_categories (loaded), ==, "loneliness,physical-activity");

  g_assert_true (tandem_store_verify_asset (store, id, "2026-11-21", &error));
  g_clear_object (&loaded);
  loaded = tandem_store_load_asset (store, id, NULL);
  g_assert_cmpstr (tandem_asset_get_verified_on (loaded), ==, "2026-11-21");

  g_assert_true (tandem_store_delete_asset (store, id, &error));
  g_assert_null (tandem_store_load_asset (store, id, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_matches (store, "walking"), ==, 0);
}

static void
test_store_search (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemAsset) walk = make_asset ("Tuesday Walking Group", NULL);
  g_autoptr(TandemAsset) cafe = make_asset ("Carers' Café", NULL);
  g_autoptr(TandemAsset) urdu = make_asset ("خواتین کا گروپ", NULL);

  tandem_asset_set_categories (walk, "physical-activity");
  tandem_asset_set_address (walk, "Meets at Armley Library");
  tandem_asset_set_postcode (walk, "LS12 1AB");
  save (store, walk);
  tandem_asset_set_categories (cafe, "carers");
  tandem_asset_set_description (cafe, "Tea, cake and company for people who care.");
  save (store, cafe);
  tandem_asset_set_organisation (urdu, "Women's centre");
  save (store, urdu);

  g_assert_cmpuint (count_matches (store, "walk"), ==, 1);
  g_assert_cmpuint (count_matches (store, "tues walk"), ==, 1);
  g_assert_cmpuint (count_matches (store, "walk cake"), ==, 0);
  /* Accents fold both ways, the category's name and the place are found. */
  g_assert_cmpuint (count_matches (store, "cafe"), ==, 1);
  g_assert_cmpuint (count_matches (store, "CARERS"), ==, 1);
  g_assert_cmpuint (count_matches (store, "physical"), ==, 1);
  g_assert_cmpuint (count_matches (store, "armley"), ==, 1);
  g_assert_cmpuint (count_matches (store, "LS12"), ==, 1);
  g_assert_cmpuint (count_matches (store, "خواتین"), ==, 1);
  g_assert_cmpuint (count_matches (store, "women"), ==, 1);
  /* Query syntax typed by a person is only words. */
  g_assert_cmpuint (count_matches (store, "\"walk OR NEAR* -cafe"), ==, 0);
  g_assert_cmpuint (count_matches (store, "  ***  "), ==, 0);
}

static void
test_store_categories (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemAssetCategory) category = tandem_asset_category_new ();
  g_autoptr(TandemAsset) asset = make_asset ("Chess club", NULL);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  categories = tandem_store_list_asset_categories (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, ==, 17);
  g_assert_cmpstr (tandem_asset_category_get_label (g_ptr_array_index (categories, 7)), ==,
                   "Carers");

  tandem_asset_category_set_name (category, "Games and puzzles");
  g_assert_true (tandem_store_save_asset_category (store, category, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (tandem_asset_category_get_key (category), "local-"));

  tandem_asset_set_categories (asset, tandem_asset_category_get_key (category));
  save (store, asset);
  g_assert_cmpuint (count_matches (store, "puzzles"), ==, 1);

  tandem_asset_category_set_name (category, " ");
  g_assert_false (tandem_store_save_asset_category (store, category, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
}

static GPtrArray *
feed (const char *name,
      const char *description)
{
  GPtrArray *assets = g_ptr_array_new_with_free_func (g_object_unref);
  TandemAsset *asset = make_asset (name, "oruk-1");

  tandem_asset_set_description (asset, description);
  tandem_asset_set_phone (asset, "0113 000 0000");
  tandem_asset_set_source (asset, "council");
  g_ptr_array_add (assets, asset);

  asset = make_asset ("Debt advice", "oruk-2");
  tandem_asset_set_categories (asset, "money");
  g_ptr_array_add (assets, asset);

  return assets;
}

static TandemAsset *
find_imported (TandemStore *store,
               const char  *oruk_id)
{
  g_autoptr(GPtrArray) all = tandem_store_list_assets (store, NULL);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (tandem_asset_get_oruk_id (g_ptr_array_index (all, i)), oruk_id) == 0)
      return g_object_ref (g_ptr_array_index (all, i));

  return NULL;
}

static void
test_import_merge (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GPtrArray) first = feed ("Lunch club", "Hot lunch on Fridays.");
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(TandemAsset) stored = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  TandemImportTally tally;

  g_assert_true (tandem_store_import_assets (store, first, NULL, NULL, NULL, &tally, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tally.added, ==, 2);

  /* The same feed again changes nothing. */
  g_clear_pointer (&first, g_ptr_array_unref);
  first = feed ("Lunch club", "Hot lunch on Fridays.");
  g_assert_true (tandem_store_import_assets (store, first, NULL, NULL, NULL, &tally, &error));
  g_assert_cmpuint (tally.added, ==, 0);
  g_assert_cmpuint (tally.updated, ==, 0);
  g_assert_cmpuint (tally.unchanged, ==, 2);

  /* The team renames it, checks it and writes a note. */
  stored = find_imported (store, "oruk-1");
  tandem_asset_set_name (stored, "Friday Lunch Club");
  tandem_asset_set_notes (stored, "Ask for Pat");
  tandem_asset_set_suitability (stored, TANDEM_SUITABILITY_AMBER);
  save (store, stored);
  g_assert_cmpstr (tandem_asset_get_local_edits (stored), ==, "name");

  /* The next feed changes the name and the description: only the description is taken. */
  second = feed ("Lunch Club (new name)", "Hot lunch on Fridays and Mondays.");
  g_assert_true (tandem_store_import_assets (store, second, NULL, NULL, NULL, &tally, &error));
  g_assert_cmpuint (tally.updated, ==, 1);
  g_assert_cmpuint (tally.unchanged, ==, 1);

  g_clear_object (&stored);
  stored = find_imported (store, "oruk-1");
  g_assert_cmpstr (tandem_asset_get_name (stored), ==, "Friday Lunch Club");
  g_assert_cmpstr (tandem_asset_get_description (stored), ==, "Hot lunch on Fridays and Mondays.");
  g_assert_cmpstr (tandem_asset_get_notes (stored), ==, "Ask for Pat");
  g_assert_cmpint (tandem_asset_get_suitability (stored), ==, TANDEM_SUITABILITY_AMBER);

  all = tandem_store_list_assets (store, NULL);
  g_assert_cmpuint (all->len, ==, 2);
}

static void
test_import_all_or_nothing (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GPtrArray) assets = feed ("Lunch club", "");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  TandemImportTally tally;

  /* A bad record after a good one: nothing stays. */
  tandem_asset_set_categories (g_ptr_array_index (assets, 1), "no-such-category");
  g_assert_false (tandem_store_import_assets (store, assets, NULL, NULL, NULL, &tally, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  all = tandem_store_list_assets (store, NULL);
  g_assert_cmpuint (all->len, ==, 0);
  g_assert_cmpuint (count_matches (store, "lunch"), ==, 0);

  g_cancellable_cancel (cancellable);
  tandem_asset_set_categories (g_ptr_array_index (assets, 1), "money");
  g_assert_false (tandem_store_import_assets (store, assets, NULL, NULL, cancellable, &tally,
                                              &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = tandem_store_list_assets (store, NULL);
  g_assert_cmpuint (all->len, ==, 0);
}

static void
test_signpost_red_override (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Khan", NULL);
  g_autoptr(TandemAsset) asset = make_asset ("Unvetted group", NULL);
  g_autoptr(TandemSignpost) signpost = tandem_signpost_new ();
  g_autoptr(GPtrArray) by_person = NULL;
  g_autoptr(GPtrArray) by_asset = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_asset_set_suitability (asset, TANDEM_SUITABILITY_RED);
  save (store, asset);

  tandem_signpost_set_person_id (signpost, tandem_record_get_id (person));
  tandem_signpost_set_asset_id (signpost, tandem_record_get_id (asset));
  tandem_signpost_set_asset_name (signpost, tandem_asset_get_name (asset));
  tandem_signpost_set_kind (signpost, TANDEM_SIGNPOST_REFERRAL);
  tandem_signpost_set_handover (signpost, TANDEM_HANDOVER_WARM);
  tandem_signpost_set_made_on (signpost, "2026-10-20");
  tandem_signpost_set_follow_up_on (signpost, "2026-11-17");

  g_assert_false (tandem_store_save_signpost (store, signpost, &error));
  g_assert_error (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE);
  g_clear_error (&error);

  /* An override needs its reason. */
  tandem_signpost_set_red_override (signpost, TRUE);
  g_assert_false (tandem_store_save_signpost (store, signpost, &error));
  g_assert_error (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE);
  g_clear_error (&error);

  tandem_signpost_set_override_reason (signpost, "Only group in walking distance; agreed "
                                                 "with supervisor");
  g_assert_true (tandem_store_save_signpost (store, signpost, &error));
  g_assert_no_error (error);

  tandem_test_set_date (&today, "2026-11-21");
  g_assert_true (tandem_signpost_is_follow_up_due (signpost, &today));

  by_person = tandem_store_list_signposts (store, tandem_record_get_id (person), &error);
  g_assert_cmpuint (by_person->len, ==, 1);
  g_assert_true (tandem_signpost_get_red_override (g_ptr_array_index (by_person, 0)));
  g_assert_true (tandem_record_equal (signpost, g_ptr_array_index (by_person, 0)));

  /* The record outlives the asset, by name. */
  g_assert_true (tandem_store_delete_asset (store, tandem_record_get_id (asset), &error));
  g_clear_pointer (&by_person, g_ptr_array_unref);
  by_person = tandem_store_list_signposts (store, tandem_record_get_id (person), &error);
  g_assert_cmpint (tandem_signpost_get_asset_id (g_ptr_array_index (by_person, 0)), ==, 0);
  g_assert_cmpstr (tandem_signpost_get_asset_name (g_ptr_array_index (by_person, 0)), ==,
                   "Unvetted group");

  by_asset = tandem_store_list_asset_signposts (store, tandem_record_get_id (asset), &error);
  g_assert_cmpuint (by_asset->len, ==, 0);
}

static void
test_signpost_outcome (void)
{
  g_autoptr(TandemSignpost) signpost = tandem_signpost_new ();
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_signpost_set_person_id (signpost, 1);
  tandem_signpost_set_asset_name (signpost, "Walk");
  tandem_signpost_set_made_on (signpost, "2026-10-20");
  tandem_signpost_set_follow_up_on (signpost, "2026-11-17");
  tandem_signpost_set_outcome (signpost, TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING);
  g_assert_false (tandem_signpost_check (signpost, &error));
  g_clear_error (&error);

  tandem_signpost_set_outcome_on (signpost, "2026-11-20");
  g_assert_true (tandem_signpost_check (signpost, &error));
  tandem_test_set_date (&today, "2026-11-21");
  g_assert_false (tandem_signpost_is_follow_up_due (signpost, &today));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/directory/schedule/parse", test_schedule_parse);
  g_test_add_func ("/directory/schedule/lines", test_schedule_lines);
  g_test_add_func ("/directory/asset/check", test_asset_check);
  g_test_add_func ("/directory/asset/stale", test_asset_stale);
  g_test_add_func ("/directory/store/round-trip", test_store_round_trip);
  g_test_add_func ("/directory/store/search", test_store_search);
  g_test_add_func ("/directory/store/categories", test_store_categories);
  g_test_add_func ("/directory/import/merge", test_import_merge);
  g_test_add_func ("/directory/import/all-or-nothing", test_import_all_or_nothing);
  g_test_add_func ("/directory/signpost/red-override", test_signpost_red_override);
  g_test_add_func ("/directory/signpost/outcome", test_signpost_outcome);

  return g_test_run ();
}
