/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tandem-enums.h"
#include "tandem-oruk-export.h"
#include "tandem-oruk-import.h"
#include "tandem-test-util.h"

/* Open Referral UK import and export: the real feeds of SOURCES.md (read from outside the
 * project, skipped when absent), small made-up feeds for each quirk, and round trips. */

static char *
testdata_path (const char *relative)
{
  const char *root = g_getenv ("TANDEM_ORUK_TESTDATA");
  g_autofree char *path = NULL;

  if (root == NULL)
    {
      g_test_skip ("TANDEM_ORUK_TESTDATA is not set");
      return NULL;
    }

  path = g_build_filename (root, relative, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The Open Referral UK test data is not there");
      return NULL;
    }

  return g_steal_pointer (&path);
}

static GPtrArray *
parse_ok (const char       *path,
          TandemOrukReport *report)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *assets = tandem_oruk_parse_path (path, NULL, NULL, report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (assets);
  return assets;
}

static guint
count_problems (TandemOrukReport *report,
                const char       *reason,
                gboolean          skipped)
{
  guint n = 0;

  for (guint i = 0; i < report->problems->len; i++)
    {
      TandemOrukProblem *problem = g_ptr_array_index (report->problems, i);

      n += g_str_equal (problem->reason, reason) && problem->skipped == skipped;
    }

  return n;
}

static TandemOrukProblem *
find_problem (TandemOrukReport *report,
              const char       *record)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      TandemOrukProblem *problem = g_ptr_array_index (report->problems, i);

      if (g_strcmp0 (problem->record, record) == 0)
        return problem;
    }

  return NULL;
}

/* The problem reported for @record, which must be there. */
static TandemOrukProblem *
problem_of (TandemOrukReport *report,
            const char       *record)
{
  TandemOrukProblem *problem = find_problem (report, record);

  if (problem == NULL)
    g_error ("Nothing reported for %s", record);

  return problem;
}

static TandemAsset *
find_asset (GPtrArray  *assets,
            const char *oruk_id)
{
  for (guint i = 0; i < assets->len; i++)
    if (g_str_equal (tandem_asset_get_oruk_id (g_ptr_array_index (assets, i)), oruk_id))
      return g_ptr_array_index (assets, i);

  return NULL;
}

/* Whether any string property of any asset contains @needle. */
static gboolean
assets_mention (GPtrArray  *assets,
                const char *needle)
{
  for (guint i = 0; i < assets->len; i++)
    {
      GObject *asset = g_ptr_array_index (assets, i);
      guint n_properties;
      g_autofree GParamSpec **properties =
        g_object_class_list_properties (G_OBJECT_GET_CLASS (asset), &n_properties);

      for (guint p = 0; p < n_properties; p++)
        {
          g_autofree char *value = NULL;

          if (properties[p]->value_type != G_TYPE_STRING)
            continue;
          g_object_get (asset, properties[p]->name, &value, NULL);
          if (value != NULL && strstr (value, needle) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* The pc_metadata.assured_by addresses of a feed: staff of the publisher. */
static GPtrArray *
assessor_emails (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *emails = g_ptr_array_new_with_free_func (g_free);
  JsonArray *services;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  services = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (services); i++)
    {
      JsonObject *metadata = json_object_get_object_member (json_array_get_object_element (services,
                                                                                            i),
                                                            "pc_metadata");
      const char *email = json_object_get_string_member_with_default (metadata, "assured_by",
                                                                      "");

      if (*email != '\0')
        g_ptr_array_add (emails, g_strdup (email));
    }

  return emails;
}

static void
test_v1_bristol (void)
{
  g_autofree char *path = testdata_path ("v1-live/bristol-services.json");
  g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GPtrArray) emails = NULL;
  TandemOrukProblem *problem;
  TandemAsset *asset;

  if (path == NULL)
    return;

  assets = parse_ok (path, report);
  g_assert_cmpuint (report->n_read, ==, 819);

  /* The first record: no name, a description of "<p><br></p>". */
  problem = problem_of (report, "def5ccd4-f121-df4d-60d2-4dc0d69ff555");
  g_assert_cmpstr (problem->reason, ==, "Empty name");
  g_assert_true (problem->skipped);
  g_assert_cmpstr (problem->source, ==, "bristol-services");

  /* Seven services have no organisation, the first of them also no name. */
  g_assert_cmpuint (count_problems (report, "No organisation", TRUE), ==, 6);
  g_assert_cmpuint (count_problems (report, "The same id as an earlier service", TRUE), ==, 1);
  g_assert_cmpuint (tandem_oruk_report_count_skipped (report), ==, 8);
  g_assert_cmpuint (assets->len, ==, 811);
  g_assert_cmpuint (report->n_kept, ==, 811);

  asset = find_asset (assets, "3121dd2f-3900-4c90-b529-4c265f026d6f");
  g_assert_nonnull (asset);
  g_assert_cmpstr (tandem_asset_get_name (asset), ==, "A Picture of Health");
  g_assert_cmpstr (tandem_asset_get_organisation (asset), ==, "NHS");
  g_assert_cmpstr (tandem_asset_get_website (asset), ==, "http://www.apictureofhealth.southwest.nhs.uk");
  g_assert_cmpstr (tandem_asset_get_verified_on (asset), ==, "2022-10-04");
  g_assert_cmpstr (tandem_asset_get_source (asset), ==, "bristol-services");
  g_assert_true (g_str_has_prefix (tandem_asset_get_description (asset),
                                   "This website helps clinicians provide Easy Read information "
                                   "to people with learning disabilities.\nYou can use the "
                                   "website to print"));
  g_assert_null (strchr (tandem_asset_get_description (asset), '<'));

  /* No assessor's address anywhere, nor anything of the vendor's extensions. */
  emails = assessor_emails (path);
  g_assert_cmpuint (emails->len, >, 0);
  for (guint i = 0; i < emails->len; i++)
    g_assert_false (assets_mention (assets, g_ptr_array_index (emails, i)));
}

static void
test_v1_both_into_store (void)
{
  g_autofree char *bristol = testdata_path ("v1-live/bristol-services.json");
  g_autofree char *lincs = testdata_path ("v1-live/north-lincolnshire-services.json");
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemOrukReport) first = NULL;
  g_autoptr(TandemOrukReport) second = NULL;
  g_autoptr(TandemOrukReport) third = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (bristol == NULL || lincs == NULL)
    return;

  ok = tandem_oruk_import_run (store, lincs, NULL, NULL, NULL, &first, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (first->n_read, ==, 738);
  g_assert_cmpuint (first->added, ==, first->n_kept);
  g_assert_cmpuint (first->added, ==, 738 - tandem_oruk_report_count_skipped (first));

  ok = tandem_oruk_import_run (store, bristol, NULL, NULL, NULL, &second, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (second->added, ==, 811);

  /* The same feed again changes nothing and adds nothing. */
  ok = tandem_oruk_import_run (store, lincs, NULL, NULL, NULL, &third, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (third->added, ==, 0);
  g_assert_cmpuint (third->updated, ==, 0);
  g_assert_cmpuint (third->unchanged, ==, first->added);

  stored = tandem_store_list_assets (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, first->added + 811);
}

static void
test_v3_live (void)
{
  g_autofree char *single = testdata_path ("v3-live/bristol-service.json");
  g_autofree char *page = testdata_path ("v3-live/bristol-services-page1.json");
  g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
  g_autoptr(TandemOrukReport) page_report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GPtrArray) page_assets = NULL;
  TandemAsset *asset;

  if (single == NULL || page == NULL)
    return;

  assets = parse_ok (single, report);
  g_assert_cmpuint (assets->len, ==, 1);
  g_assert_cmpuint (report->problems->len, ==, 0);
  asset = g_ptr_array_index (assets, 0);
  g_assert_cmpstr (tandem_asset_get_oruk_id (asset), ==, "2a3483ea-8966-4f50-9dc3-7bafa1e5c623");
  g_assert_cmpstr (tandem_asset_get_organisation (asset), ==, "1625 Independent People");
  /* -1 means no limit. */
  g_assert_cmpint (tandem_asset_get_minimum_age (asset), ==, 0);
  g_assert_cmpint (tandem_asset_get_maximum_age (asset), ==, 0);
  /* The first number; the service's own address and site, not the areas' example.com. */
  g_assert_cmpstr (tandem_asset_get_phone (asset), ==, "0800 0354213");
  g_assert_cmpstr (tandem_asset_get_email (asset), ==, "enquiries@1625ip.co.uk");
  g_assert_cmpstr (tandem_asset_get_website (asset), ==, "http://1625ip.co.uk");
  g_assert_false (assets_mention (assets, "example.com"));
  g_assert_false (assets_mention (assets, "oliviaplenty"));
  g_assert_cmpstr (tandem_asset_get_verified_on (asset), ==, "2025-09-02");
  g_assert_true (g_str_has_prefix (tandem_asset_get_description (asset),
                                   "About Us\n1625 Independent People works with young people"));

  page_assets = parse_ok (page, page_report);
  g_assert_cmpuint (page_report->n_read, ==, 3);
  g_assert_cmpuint (page_assets->len + tandem_oruk_report_count_skipped (page_report), ==, 3);
  g_assert_nonnull (find_asset (page_assets, "2a3483ea-8966-4f50-9dc3-7bafa1e5c623"));
}

static void
check_example_service (TandemAsset *asset)
{
  g_assert_cmpstr (tandem_asset_get_oruk_id (asset), ==, "ac148810-d857-441c-9679-408f346de14b");
  g_assert_cmpstr (tandem_asset_get_name (asset), ==, "Community Counselling");
  g_assert_cmpstr (tandem_asset_get_organisation (asset), ==, "Example Organization Inc.");
  g_assert_cmpstr (tandem_asset_get_address (asset), ==, "1-30 Main Street, MyCity, MyState");
  g_assert_cmpstr (tandem_asset_get_postcode (asset), ==, "ABC 1234");
  /* Latitude 100 is off the globe. */
  g_assert_false (tandem_asset_get_has_coordinates (asset));
  g_assert_cmpint (tandem_asset_get_minimum_age (asset), ==, 12);
  g_assert_cmpint (tandem_asset_get_maximum_age (asset), ==, 100);
  g_assert_cmpint (tandem_asset_get_cost (asset), ==, TANDEM_COST_PAID);
  g_assert_cmpstr (tandem_asset_get_cost_note (asset), ==,
                   "Under 18s and Over 60s: 35.00 per 1 hour session; fees_description");
  g_assert_true (g_str_has_prefix (tandem_asset_get_schedule (asset),
                                   "thu 10:00-18:00\nfri 10:00-18:00\nThe service is available"));
  g_assert_cmpuint (tandem_asset_get_open_days (asset), ==,
                    TANDEM_DAYS_THURSDAY | TANDEM_DAYS_FRIDAY);
  g_assert_cmpuint (tandem_asset_get_accessibility (asset), ==,
                    TANDEM_ACCESSIBLE_WHEELCHAIR | TANDEM_ACCESSIBLE_HEARING_LOOP);
  /* Its taxonomy term ("name") says nothing: its name says counselling. */
  g_assert_cmpstr (tandem_asset_get_categories (asset), ==, "mental-wellbeing");
  g_assert_cmpstr (tandem_asset_get_website (asset), ==, "http://example.com/counselling");
  /* The reception manager is a member of staff: her name is nowhere. */
  g_assert_null (strstr (tandem_asset_get_phone (asset), "Persona"));
}

static void
test_v3_examples (void)
{
  g_autofree char *json = testdata_path ("v3-uk-profile-examples/service_full.json");
  g_autofree char *list = testdata_path ("v3-uk-profile-examples/service_list.json");
  g_autofree char *csv = testdata_path ("v3-uk-profile-examples/csv");
  g_autoptr(TandemOrukReport) json_report = tandem_oruk_report_new ();
  g_autoptr(TandemOrukReport) list_report = tandem_oruk_report_new ();
  g_autoptr(TandemOrukReport) csv_report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) json_assets = NULL;
  g_autoptr(GPtrArray) list_assets = NULL;
  g_autoptr(GPtrArray) csv_assets = NULL;
  TandemAsset *from_csv;

  if (json == NULL || list == NULL || csv == NULL)
    return;

  json_assets = parse_ok (json, json_report);
  g_assert_cmpuint (json_assets->len, ==, 1);
  check_example_service (g_ptr_array_index (json_assets, 0));
  g_assert_cmpuint (count_problems (json_report,
                                    "Bad coordinates: imported without a place on the map",
                                    FALSE), ==, 1);
  g_assert_false (assets_mention (json_assets, "Ann Persona"));

  list_assets = parse_ok (list, list_report);
  g_assert_cmpuint (list_assets->len, ==, 1);

  /* The CSV tables join into the same service, with the contact's phone. */
  csv_assets = parse_ok (csv, csv_report);
  g_assert_cmpuint (csv_assets->len, ==, 1);
  from_csv = g_ptr_array_index (csv_assets, 0);
  check_example_service (from_csv);
  g_assert_cmpstr (tandem_asset_get_phone (from_csv), ==, "+44 1234 234567");
  g_assert_cmpstr (tandem_asset_get_source (from_csv), ==, "csv");
  g_assert_false (assets_mention (csv_assets, "Ann Persona"));
  g_assert_false (assets_mention (csv_assets, "Reception Manager"));
  g_assert_cmpuint (count_problems (csv_report,
                                    "Bad coordinates: imported without a place on the map",
                                    FALSE), ==, 1);
}

static char *
write_file (TandemTestDir *dir,
            const char    *name,
            const char    *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = tandem_test_dir_file (dir, name);
  g_autofree char *folder = g_path_get_dirname (path);

  g_mkdir_with_parents (folder, 0700);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Every quirk of SOURCES.md, and a few more, in one small v3 feed. */
static const char quirks_feed[] =
  "{\"total_items\": 7, \"contents\": ["
  " {\"id\": \"q1\", \"name\": \"Walk &amp; Talk\", \"description\": \"<p>Gentle <b>walks</b>"
  "</p><ul><li>Tuesdays</li></ul>\","
  "  \"organization\": {\"name\": \"Friends of the Park\"},"
  "  \"pc_metadata\": {\"assured_by\": \"assessor@publisher.example\"},"
  "  \"assurer_email\": \"assessor@publisher.example\","
  "  \"minimum_age\": -1, \"maximum_age\": -1, \"assured_date\": \"2024-05-01\","
  "  \"service_areas\": [{\"name\": \"Bristol\", \"uri\": \"http://www.example.com\"}],"
  "  \"contacts\": [{\"name\": \"Jo Bloggs\", \"email\": \"jo.bloggs@council.example\","
  "    \"phones\": [{\"number\": \"Youth line: 0117 332 7111\"}, {\"number\": \"0800 1\"}]}],"
  "  \"schedules\": [{\"byday\": \"TU\", \"opens_at\": \"10:00:00\", \"closes_at\": \"11:30:00\","
  "    \"description\": \"from the cafe\"}, {\"byday\": \"1SA\", \"opens_at\": \"9:00\"}],"
  "  \"cost_options\": [{\"option\": \"Free\", \"amount\": 0}],"
  "  \"attributes\": [{\"taxonomy_term\": {\"name\": \"Physical activity\", \"taxonomy\": \"x\"}},"
  "    {\"taxonomy_term\": {\"name\": \"Social isolation\"}}, {\"taxonomy_term\": {\"name\": \"Cats\"}}],"
  "  \"service_at_locations\": [{\"location\": {\"latitude\": \"51.45\", \"longitude\": -2.58,"
  "    \"addresses\": [{\"address_1\": \"Park Lodge\", \"city\": \"Bristol\", \"postal_code\": \"BS1 5TR\"}]}}]},"
  " {\"id\": \"q2\", \"name\": \"Carers' cafe\", \"organization\": {\"name\": \"Carers Trust\"},"
  "  \"service_at_locations\": [{\"location\": {\"latitude\": 0, \"longitude\": 0}}]},"
  " {\"id\": \"q3\", \"name\": \"   \", \"organization\": {\"name\": \"X\"}},"
  " {\"id\": \"q4\", \"name\": \"Orphan\"},"
  " {\"name\": \"No id\", \"organization\": {\"name\": \"X\"}},"
  " {\"id\": \"q1\", \"name\": \"Again\", \"organization\": {\"name\": \"X\"}},"
  " \"not an object\""
  "]}";

static void
test_quirks (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = write_file (dir, "quirks.json", quirks_feed);
  g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) assets = parse_ok (path, report);
  TandemAsset *walk, *cafe;

  g_assert_cmpuint (report->n_read, ==, 7);
  g_assert_cmpuint (assets->len, ==, 2);
  g_assert_cmpuint (tandem_oruk_report_count_skipped (report), ==, 5);
  g_assert_cmpstr (problem_of (report, "q3")->reason, ==, "Empty name");
  g_assert_cmpstr (problem_of (report, "q4")->reason, ==, "No organisation");
  g_assert_cmpstr (problem_of (report, "No id")->reason, ==,
                   "No id: it could not be updated later");
  g_assert_cmpstr (problem_of (report, "q2")->reason, ==,
                   "Bad coordinates: imported without a place on the map");
  g_assert_false (problem_of (report, "q2")->skipped);

  walk = find_asset (assets, "q1");
  g_assert_cmpstr (tandem_asset_get_name (walk), ==, "Walk & Talk");
  g_assert_cmpstr (tandem_asset_get_description (walk), ==, "Gentle walks\n\u2022 Tuesdays");
  g_assert_cmpstr (tandem_asset_get_phone (walk), ==, "Youth line: 0117 332 7111");
  g_assert_cmpstr (tandem_asset_get_email (walk), ==, "");
  g_assert_cmpint (tandem_asset_get_minimum_age (walk), ==, 0);
  g_assert_cmpint (tandem_asset_get_maximum_age (walk), ==, 0);
  g_assert_cmpint (tandem_asset_get_cost (walk), ==, TANDEM_COST_FREE);
  g_assert_cmpstr (tandem_asset_get_categories (walk), ==, "loneliness,physical-activity");
  g_assert_cmpstr (tandem_asset_get_schedule (walk), ==, "tue 10:00-11:30 from the cafe\nsat");
  g_assert_true (tandem_asset_get_has_coordinates (walk));
  g_assert_cmpfloat_with_epsilon (tandem_asset_get_latitude (walk), 51.45, 1e-9);
  g_assert_cmpstr (tandem_asset_get_address (walk), ==, "Park Lodge, Bristol");
  g_assert_cmpstr (tandem_asset_get_postcode (walk), ==, "BS1 5TR");
  g_assert_cmpstr (tandem_asset_get_verified_on (walk), ==, "2024-05-01");
  g_assert_false (assets_mention (assets, "assessor@publisher.example"));
  g_assert_false (assets_mention (assets, "Jo Bloggs"));
  g_assert_false (assets_mention (assets, "jo.bloggs"));
  g_assert_false (assets_mention (assets, "example.com"));

  /* No taxonomy: the name says carers. */
  cafe = find_asset (assets, "q2");
  g_assert_false (tandem_asset_get_has_coordinates (cafe));
  g_assert_cmpstr (tandem_asset_get_categories (cafe), ==, "carers");
}

static void
test_malformed (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autofree char *json = write_file (dir, "broken.json",
                                      "[{\"id\": \"a\", \"name\": \"A\", "
                                      "\"organization\": {\"name\": \"B\"}},\n"
                                      " {\"id\": \"b\", \"name\": }]");
  g_autofree char *not_services = write_file (dir, "number.json", "42");
  /* Valid JSON with nothing in it (found by the fuzzer: it had no root to read). */
  g_autofree char *empty = write_file (dir, "empty.json", " \n");
  g_autofree char *csv = write_file (dir, "tables/services.csv",
                                     "id,organization_id,name\r\n"
                                     "s1,o1,Fine\r\n"
                                     "s2,o1,\"Never closed\r\n");
  g_autofree char *ragged = write_file (dir, "ragged/service.csv",
                                        "id,organization_id,name\ns1,o1,A\ns2,o1\n");
  g_autofree char *csv_folder = g_path_get_dirname (csv);
  g_autofree char *ragged_folder = g_path_get_dirname (ragged);
  const char *paths[] = { json, not_services, empty, csv_folder, ragged_folder, ragged };

  g_free (write_file (dir, "tables/organizations.csv", "id,name\no1,Org\n"));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(TandemOrukReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) stored = NULL;

      g_assert_false (tandem_oruk_import_run (store, paths[i], NULL, NULL, NULL, &report,
                                              &error));
      gint expected = i == 1 || i == 2 ? TANDEM_ORUK_ERROR_NO_SERVICES
                                       : TANDEM_ORUK_ERROR_UNREADABLE;

      g_assert_error (error, TANDEM_ORUK_ERROR, expected);
      g_assert_cmpuint (report->added, ==, 0);
      stored = tandem_store_list_assets (store, NULL);
      g_assert_cmpuint (stored->len, ==, 0);
    }

  {
    g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
    g_autoptr(GError) error = NULL;

    g_assert_null (tandem_oruk_parse_path (json, NULL, NULL, report, &error));
    /* Where: line 2. */
    g_assert_nonnull (strstr (error->message, "broken.json"));
    g_assert_nonnull (strstr (error->message, ":2:"));
    g_clear_error (&error);

    g_assert_null (tandem_oruk_parse_path (ragged_folder, NULL, NULL, report, &error));
    g_assert_nonnull (strstr (error->message, "row 3 has 2 fields"));
  }
}

static void
test_local_edits_kept (void)
{
  g_autofree char *path = testdata_path ("v3-live/bristol-service.json");
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemOrukReport) first = NULL;
  g_autoptr(TandemOrukReport) second = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(TandemAsset) edited = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (path == NULL)
    return;

  store = tandem_test_open_store (dir);
  ok = tandem_oruk_import_run (store, path, NULL, NULL, NULL, &first, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (first->added, ==, 1);

  stored = tandem_store_list_assets (store, &error);
  edited = g_object_ref (g_ptr_array_index (stored, 0));
  tandem_asset_set_name (edited, "1625ip youth housing");
  tandem_asset_set_notes (edited, "Ask for Sam");
  tandem_asset_set_suitability (edited, TANDEM_SUITABILITY_GREEN);
  tandem_asset_set_checked_by (edited, "A. Worker");
  g_assert_true (tandem_store_save_asset (store, edited, &error));
  g_assert_no_error (error);

  ok = tandem_oruk_import_run (store, path, NULL, NULL, NULL, &second, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (second->added, ==, 0);
  g_assert_cmpuint (second->updated + second->unchanged, ==, 1);

  g_clear_object (&edited);
  edited = tandem_store_load_asset (store, tandem_record_get_id (g_ptr_array_index (stored, 0)),
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_asset_get_name (edited), ==, "1625ip youth housing");
  g_assert_cmpstr (tandem_asset_get_notes (edited), ==, "Ask for Sam");
  g_assert_cmpint (tandem_asset_get_suitability (edited), ==, TANDEM_SUITABILITY_GREEN);
  g_assert_cmpstr (tandem_asset_get_checked_by (edited), ==, "A. Worker");
  g_assert_cmpstr (tandem_asset_get_phone (edited), ==, "0800 0354213");
}

static void
cancel_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  g_autofree char *path = testdata_path ("v1-live/north-lincolnshire-services.json");
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TandemOrukReport) report = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;

  store = tandem_test_open_store (dir);
  /* Cancelled after the first 64 are written: the transaction goes back. */
  g_assert_false (tandem_oruk_import_run (store, path, cancel_progress_cb, cancellable,
                                          cancellable, &report, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  stored = tandem_store_list_assets (store, NULL);
  g_assert_cmpuint (stored->len, ==, 0);
}

typedef struct
{
  TandemStore      *store;
  const char       *path;
  TandemOrukReport *report;
  gboolean          ok;
} ThreadImport;

static gpointer
import_thread (gpointer data)
{
  ThreadImport *import = data;
  g_autoptr(GError) error = NULL;

  import->ok = tandem_oruk_import_run (import->store, import->path, NULL, NULL, NULL,
                                       &import->report, &error);
  g_assert_no_error (error);
  return NULL;
}

static void
test_worker_thread (void)
{
  g_autofree char *path = testdata_path ("v3-live/bristol-services-page1.json");
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemStore) sibling = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  ThreadImport import = { 0 };
  GThread *thread;

  if (path == NULL)
    return;

  store = tandem_test_open_store (dir);
  sibling = tandem_store_open_sibling (store, &error);
  g_assert_no_error (error);
  import.store = sibling;
  import.path = path;
  thread = g_thread_new ("import", import_thread, &import);
  g_thread_join (thread);

  g_assert_true (import.ok);
  stored = tandem_store_list_assets (store, &error);
  g_assert_cmpuint (stored->len, ==, import.report->added);
  g_assert_cmpuint (stored->len, >, 0);
  tandem_oruk_report_free (import.report);
}

static TandemAsset *
local_asset (void)
{
  TandemAsset *asset = tandem_asset_new ();

  tandem_asset_set_name (asset, "Tuesday \"Striders\", walking group");
  tandem_asset_set_organisation (asset, "Riverside Community Centre");
  tandem_asset_set_description (asset, "A gentle walk, then tea.\nAll welcome & no booking.");
  tandem_asset_set_categories (asset, "loneliness,physical-activity,older-people");
  tandem_asset_set_address (asset, "Riverside Community Centre, 4 Mill Lane");
  tandem_asset_set_postcode (asset, "LS6 2AB");
  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, 53.8167);
  tandem_asset_set_longitude (asset, -1.5723);
  tandem_asset_set_schedule (asset, "tue 10:00-11:30 meet at the gate\nthu 14:00-15:00\n"
                                    "not on bank holidays");
  tandem_asset_set_cost (asset, TANDEM_COST_FREE);
  tandem_asset_set_cost_note (asset, "Tea 50p");
  tandem_asset_set_eligibility (asset, "Adults who can walk for an hour");
  tandem_asset_set_minimum_age (asset, 18);
  tandem_asset_set_access_routes (asset, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_DROP_IN);
  tandem_asset_set_accessibility (asset, TANDEM_ACCESSIBLE_TOILET | TANDEM_ACCESSIBLE_PARKING);
  tandem_asset_set_accessibility_note (asset, "Flat route, benches every half mile");
  tandem_asset_set_languages (asset, "English, Polish");
  tandem_asset_set_phone (asset, "0113 496 0000 (Pat)");
  tandem_asset_set_email (asset, "striders@example.org");
  tandem_asset_set_website (asset, "https://striders.example.org");
  tandem_asset_set_verified_on (asset, "2025-01-15");
  tandem_asset_set_notes (asset, "Pat is lovely; ring the day before");
  tandem_asset_set_suitability (asset, TANDEM_SUITABILITY_AMBER);
  tandem_asset_set_suitability_note (asset, "Insurance certificate pending");

  return asset;
}

/* The properties an ORUK export carries. */
static const char * const carried[] = {
  "organisation", "name", "description", "categories", "active", "address", "postcode",
  "has-coordinates", "latitude", "longitude", "schedule", "cost", "cost-note", "eligibility",
  "minimum-age", "maximum-age", "access-routes", "accessibility", "accessibility-note",
  "languages", "phone", "email", "website", "verified-on",
};

static void
assert_carried_equal (TandemAsset *a,
                      TandemAsset *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (carried); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), carried[i]);
      g_auto(GValue) value_a = G_VALUE_INIT;
      g_auto(GValue) value_b = G_VALUE_INIT;
      g_autofree char *text_a = NULL;
      g_autofree char *text_b = NULL;

      g_value_init (&value_a, pspec->value_type);
      g_value_init (&value_b, pspec->value_type);
      g_object_get_property (G_OBJECT (a), carried[i], &value_a);
      g_object_get_property (G_OBJECT (b), carried[i], &value_b);
      text_a = g_strdup_value_contents (&value_a);
      text_b = g_strdup_value_contents (&value_b);
      if (g_param_values_cmp (pspec, &value_a, &value_b) != 0)
        g_error ("%s differs: %s, then %s", carried[i], text_a, text_b);
    }
}

static void
test_export_round_trip (void)
{
  g_autofree char *example = testdata_path ("v3-uk-profile-examples/service_full.json");
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemTestDir) other_dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) other = tandem_test_open_store (other_dir);
  g_autoptr(TandemAsset) local = local_asset ();
  g_autofree char *json_path = tandem_test_dir_file (dir, "export.json");
  g_autofree char *csv_path = tandem_test_dir_file (dir, "export.csv");
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *local_id = NULL;
  g_autofree char *pcn = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(TandemOrukReport) report = NULL;
  g_autoptr(TandemOrukReport) again = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;
  guint n = 0;

  g_assert_true (tandem_store_save_asset (store, local, &error));
  g_assert_no_error (error);
  if (example != NULL)
    {
      g_autoptr(TandemOrukReport) imported = NULL;

      ok = tandem_oruk_import_run (store, example, NULL, NULL, NULL, &imported,
                                             &error);
      g_assert_no_error (error);
      g_assert_true (ok);
    }

  ok = tandem_oruk_export_run (store, json_path, TANDEM_ORUK_EXPORT_JSON, &n, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  before = tandem_store_list_assets (store, &error);
  g_assert_cmpuint (n, ==, before->len);

  /* The team's own judgements stay with the team. */
  g_file_get_contents (json_path, &json, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (json, "Pat is lovely"));
  g_assert_null (strstr (json, "Insurance certificate"));
  g_assert_null (strstr (json, "amber"));
  g_assert_null (strstr (json, "local"));
  pcn = tandem_store_dup_pcn_name (store, NULL);
  local_id = tandem_oruk_export_dup_id (local, pcn);
  g_assert_nonnull (strstr (json, local_id));
  g_assert_cmpuint (strlen (local_id), ==, 36);
  g_assert_nonnull (strstr (json, "\"byday\" : \"TU\""));
  g_assert_nonnull (strstr (json, "\"taxonomy\" : \"tandem\""));

  /* Into another directory, and back: the same assets. */
  ok = tandem_oruk_import_run (other, json_path, NULL, NULL, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (report->added, ==, before->len);
  g_assert_cmpuint (report->problems->len, ==, 0);
  after = tandem_store_list_assets (other, &error);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    assert_carried_equal (g_ptr_array_index (before, i), g_ptr_array_index (after, i));

  /* The same export again is the same ids: nothing new. */
  g_assert_true (tandem_oruk_export_run (store, json_path, TANDEM_ORUK_EXPORT_JSON, NULL,
                                         &error));
  ok = tandem_oruk_import_run (other, json_path, NULL, NULL, NULL, &again, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (again->added, ==, 0);
  g_assert_cmpuint (again->updated, ==, 0);

  ok = tandem_oruk_export_run (store, csv_path, TANDEM_ORUK_EXPORT_CSV, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_file_get_contents (csv_path, &csv, NULL, &error);
  g_assert_true (g_str_has_prefix (csv, "id,name,organisation,description,categories,"));
  g_assert_nonnull (strstr (csv, "\"Tuesday \"\"Striders\"\", walking group\""));
  g_assert_nonnull (strstr (csv, "\"A gentle walk, then tea.\nAll welcome & no booking.\""));
  g_assert_nonnull (strstr (csv, "loneliness,physical-activity,older-people"));
  g_assert_nonnull (strstr (csv, ",53.816700,-1.572300,"));
  g_assert_nonnull (strstr (csv, "\"self-refer,drop-in\""));
  g_assert_null (strstr (csv, "Pat is lovely"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/oruk/v1/bristol", test_v1_bristol);
  g_test_add_func ("/oruk/v1/both-into-store", test_v1_both_into_store);
  g_test_add_func ("/oruk/v3/live", test_v3_live);
  g_test_add_func ("/oruk/v3/examples", test_v3_examples);
  g_test_add_func ("/oruk/quirks", test_quirks);
  g_test_add_func ("/oruk/malformed", test_malformed);
  g_test_add_func ("/oruk/local-edits-kept", test_local_edits_kept);
  g_test_add_func ("/oruk/cancel", test_cancel);
  g_test_add_func ("/oruk/worker-thread", test_worker_thread);
  g_test_add_func ("/oruk/export-round-trip", test_export_round_trip);

  return g_test_run ();
}
