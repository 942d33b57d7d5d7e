/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-date.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* Each migration is tested from the database as the release before it left it: rows valid at
 * version N - 1 are written with plain SQL, migration N runs, and the rows must still be there
 * with every table the new version needs.
 *
 * A new migration needs a new entry in steps[]: the test fails until it has one. */

#define MAX_ITEMS 16

typedef struct
{
  /* Rows valid at the version before this one, in plain SQL; NULL for none. */
  const char *fixture;
  /* Tables that exist after this migration. */
  const char *tables[MAX_ITEMS];
  /* Queries that return 1 when the fixture's rows came through as they should. */
  const char *checks[MAX_ITEMS];
} Step;

/* Rows as version 1 stores them, written without the store's help: each column the schema
 * gives a default is left to it. */
static const char version_1_rows[] =
  "INSERT INTO pcn (id, name) VALUES (1, 'Riverside PCN');"
  "INSERT INTO practice (id, name, ods_code, postcode) "
  "  VALUES (1, 'Riverside Surgery', 'B86001', 'LS1 4AB');"
  "INSERT INTO staff (id, name, role) VALUES (1, 'Sam Patel', 'link-worker');"
  "INSERT INTO person (id, nhs_number, given_name, family_name, date_of_birth, sex, postcode, "
  "  practice_id, communication_needs, risk_flags, search_key, last_contact_on, created_at, "
  "  updated_at) "
  "  VALUES (1, '9434765919', 'Zoë', 'O''Neill', '1956-04-03', 'female', 'LS1 4AB', 1, "
  "  'large-print,bsl', 'lone-working', ' zoe o neill oneill', '2024-02-01', "
  "  '2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z');"
  "INSERT INTO referral (id, person_id, received_on, source, method, for_role, priority, "
  "  status, assigned_staff_id, contacted_on, accepted_on, created_at, updated_at) "
  "  VALUES (1, 1, '2024-01-10', 'pharmacist', 'email', 'link-worker', 'urgent', 'active', 1, "
  "  '2024-01-12', '2024-01-15', '2024-01-10T09:00:00Z', '2024-01-10T09:00:00Z');"
  "INSERT INTO contact (id, person_id, referral_id, contact_date, mode, duration_minutes, "
  "  staff_id, note, created_at, updated_at) "
  "  VALUES (1, 1, 1, '2024-02-01', 'home-visit', 45, 1, 'First visit', "
  "  '2024-02-01T12:00:00Z', '2024-02-01T12:00:00Z');"
  "INSERT INTO draft (kind, record_id, data, updated_at) "
  "  VALUES ('person', 0, '{}', '2024-02-01T12:00:00Z');";

/* Rows as version 3 stores them: plans that name their support in words, assets those words
 * name, and a signpost the link worker already made. */
static const char version_3_rows[] =
  "INSERT INTO pcn (id, name) VALUES (1, 'Riverside PCN');"
  "INSERT INTO staff (id, name, role) VALUES (1, 'Sam Patel', 'link-worker');"
  "INSERT INTO person (id, nhs_number, given_name, family_name, date_of_birth, sex, search_key, "
  "  created_at, updated_at) "
  "  VALUES (1, '9434765919', 'Zoë', 'O''Neill', '1956-04-03', 'female', ' zoe o neill', "
  "  '2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z');"
  "INSERT INTO asset (id, name, suitability, created_at, updated_at) VALUES "
  "  (1, 'Riverside Walking Group', 'green', '2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z'),"
  "  (2, 'Citizens Advice Riverside', 'unchecked', '2024-01-01T10:00:00Z', "
  "   '2024-01-01T10:00:00Z'),"
  "  (3, 'Men''s Shed', 'red', '2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z'),"
  "  (4, 'Art', 'green', '2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z'),"
  "  (5, 'Library coffee morning', 'green', '2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z');"
  "INSERT INTO plan_version (id, person_id, number, state, support, agreed_on, "
  "  prepared_by_staff_id, created_at, updated_at) VALUES "
  "  (1, 1, 1, 'agreed', 'The riverside walking group on Tuesdays; the Men''s Shed.', "
  "   '2024-03-01', 1, '2024-02-20T10:00:00Z', '2024-03-01T10:00:00Z'),"
  "  (2, 1, 2, 'draft', 'Riverside Walking Group. Citizens Advice Riverside. Art class. "
  "   Library coffee morning.', '', 1, '2024-09-01T10:00:00Z', '2024-09-01T10:00:00Z');"
  "INSERT INTO signpost (id, person_id, asset_id, asset_name, kind, made_on, handover, "
  "  created_at, updated_at) VALUES (1, 1, 5, 'Library coffee morning', 'signpost', "
  "  '2024-05-01', 'information', '2024-05-01T10:00:00Z', '2024-05-01T10:00:00Z');";

static const Step steps[] = {
  /* 1: the first schema, on an empty file. */
  {
    NULL,
    { "pcn", "practice", "staff", "person", "referral", "contact", "draft", NULL },
    { "SELECT count(*) = 1 FROM sqlite_master WHERE type = 'index' AND name = 'person_practice'",
      "SELECT count(*) = 1 FROM sqlite_master WHERE type = 'index' "
      "AND name = 'contact_person_date'",
      NULL },
  },
  /* 2: plans in versions, frozen once agreed, and outcome measures. */
  {
    version_1_rows,
    { "plan_version", "plan_need", "plan_goal", "plan_action", "measure_result", NULL },
    { "SELECT count(*) = 1 FROM person WHERE given_name = 'Zoë' AND family_name = 'O''Neill'",
      "SELECT count(*) = 1 FROM referral WHERE status = 'active' AND accepted_on = '2024-01-15'",
      "SELECT count(*) = 1 FROM contact WHERE note = 'First visit'",
      "SELECT count(*) = 10 FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'plan_%frozen%'",
      "SELECT count(*) = 1 FROM sqlite_master WHERE type = 'index' AND name = 'measure_person'",
      NULL },
  },
  /* 3: the community directory and signposting; practices gain coordinates. */
  {
    version_1_rows,
    { "asset_category", "asset", "asset_in_category", "asset_search", "signpost", NULL },
    { "SELECT count(*) = 1 FROM practice WHERE name = 'Riverside Surgery' AND latitude IS NULL",
      "SELECT count(*) = 17 FROM asset_category WHERE retired = 0",
      "SELECT count(*) = 1 FROM asset_category WHERE key = 'carers' AND name = 'Carers'",
      "SELECT count(*) = 1 FROM person WHERE given_name = 'Zoë'",
      NULL },
  },
  /* 4: words in a plan's support that name an asset become signposts to it. */
  {
    version_3_rows,
    { "signpost", NULL },
    { /* Named by both versions: dated by the first, with its words and its writer. */
      "SELECT count(*) = 1 FROM signpost WHERE asset_id = 1 AND made_on = '2024-03-01' "
      "AND kind = 'signpost' AND handover = 'information' AND outcome = 'pending' "
      "AND follow_up_on = '' AND staff_id = 1 AND reason LIKE 'The riverside walking%'",
      "SELECT count(*) = 1 FROM signpost WHERE asset_id = 2 AND made_on = '2024-09-01' "
      "AND asset_name = 'Citizens Advice Riverside'",
      /* Red, too short to be sure of, or already signposted: left as they were. */
      "SELECT count(*) = 0 FROM signpost WHERE asset_id IN (3, 4)",
      "SELECT count(*) = 1 FROM signpost WHERE asset_id = 5",
      "SELECT count(*) = 3 FROM signpost",
      /* The words stay in the plans. */
      "SELECT count(*) = 2 FROM plan_version WHERE support LIKE '%Walking Group%'",
      NULL },
  },
  /* 5: supervision, competence and CPD, and MDT huddles. */
  {
    version_3_rows,
    { "staff_supervisor", "supervision_frequency", "supervision_session", "supervision_member",
      "supervision_case", "competency_framework", "competency_level", "competency",
      "competency_review", "competency_rating", "cpd_entry", "mdt_flag", "huddle",
      "huddle_attendee", "huddle_case", NULL },
    { "SELECT count(*) = 1 FROM staff WHERE name = 'Sam Patel'",
      "SELECT count(*) = 1 FROM plan_version WHERE number = 2 AND state = 'draft'",
      /* The Somerset framework: six competencies on the Dreyfus scale 0-5. */
      "SELECT count(*) = 6 FROM competency c JOIN competency_framework f "
      "ON f.id = c.framework_id WHERE f.key = 'somerset'",
      "SELECT count(*) = 6 AND min(level) = 0 AND max(level) = 5 FROM competency_level",
      "SELECT interval_days = 31 FROM supervision_frequency "
      "WHERE role = 'health-coach' AND kind = 'coaching'",
      "SELECT count(*) = 0 FROM supervision_frequency WHERE role = 'link-worker' "
      "AND kind = 'coaching'",
      "SELECT count(*) = 1 FROM sqlite_master WHERE name = 'agreed_action'",
      NULL },
  },
  /* 6: staff sign-in and the caseload access rule. Existing staff have no passphrase and
   * nobody is an administrator until the first passphrase is set. */
  {
    version_3_rows,
    { "staff", "pcn", NULL },
    { "SELECT count(*) = 1 FROM staff WHERE name = 'Sam Patel' AND passphrase_hash = '' "
      "AND administrator = 0 AND failed_sign_ins = 0 AND last_failed_sign_in IS NULL",
      "SELECT count(*) = 0 FROM staff WHERE administrator",
      "SELECT caseload_scope = 'team' FROM pcn",
      NULL },
  },
  /* 7: covering indexes for reading the caseload. */
  {
    version_3_rows,
    { "referral", "plan_version", NULL },
    { "SELECT count(*) = 3 FROM sqlite_master WHERE type = 'index' "
      "AND name IN ('referral_caseload', 'plan_version_caseload', 'person_search')",
      "SELECT count(*) = 0 FROM sqlite_master WHERE name = 'referral_person'",
      "SELECT count(*) = 1 FROM plan_version WHERE number = 2 AND state = 'draft'",
      NULL },
  },
  /* 8: the audit trail, starting empty, and the PCN's retention period. */
  {
    version_3_rows,
    { "audit", "audit_head", NULL },
    { "SELECT count(*) = 0 FROM audit",
      "SELECT last_id = 0 AND length (last_hash) = 32 FROM audit_head",
      "SELECT retention_years = 8 FROM pcn",
      "SELECT count(*) = 1 FROM person",
      NULL },
  },
};

static void
exec_sql (TandemStore *store,
          const char  *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("SQL failed: %s\n%s", message, sql);
  sqlite3_free (message);
}

static gint64
query_int (TandemStore *store,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (tandem_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static guint
count_rows (TandemStore *store,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  guint n = 0;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (tandem_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    n++;
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return n;
}

static gboolean
table_exists (TandemStore *store,
              const char  *name)
{
  sqlite3_stmt *stmt = NULL;
  gboolean exists;

  g_assert_cmpint (sqlite3_prepare_v2 (tandem_store_get_db (store),
                                       "SELECT count(*) FROM sqlite_master "
                                       "WHERE type = 'table' AND name = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  exists = sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);

  return exists;
}

static TandemStore *
open_unmigrated (TandemTestDir *dir)
{
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_store_open_unmigrated (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
test_each_migration (void)
{
  int latest = tandem_store_get_latest_schema_version ();

  /* Every migration needs its entry in steps[]. */
  g_assert_cmpint (latest, >=, 1);
  g_assert_cmpint (G_N_ELEMENTS (steps), ==, latest);

  for (int version = 1; version <= latest; version++)
    {
      const Step *step = &steps[version - 1];
      g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
      g_autoptr(TandemStore) store = open_unmigrated (dir);
      g_autoptr(GError) error = NULL;

      g_test_message ("Migration %d", version);

      g_assert_cmpint (tandem_store_get_schema_version (store), ==, 0);
      g_assert_true (tandem_store_migrate_to (store, version - 1, &error));
      g_assert_no_error (error);
      g_assert_cmpint (tandem_store_get_schema_version (store), ==, version - 1);

      /* From the second migration on there is data to carry over. */
      if (version > 1)
        {
          g_assert_nonnull (step->fixture);
          g_assert_nonnull (step->checks[0]);
        }

      if (step->fixture != NULL)
        exec_sql (store, step->fixture);

      g_assert_true (tandem_store_migrate_to (store, version, &error));
      g_assert_no_error (error);
      g_assert_cmpint (tandem_store_get_schema_version (store), ==, version);
      g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, version);

      for (guint i = 0; step->tables[i] != NULL; i++)
        {
          g_test_message ("table %s", step->tables[i]);
          g_assert_true (table_exists (store, step->tables[i]));
        }

      for (guint i = 0; step->checks[i] != NULL; i++)
        {
          g_test_message ("check %s", step->checks[i]);
          g_assert_cmpint (query_int (store, step->checks[i]), ==, 1);
        }

      g_assert_cmpuint (count_rows (store, "PRAGMA foreign_key_check"), ==, 0);
    }
}

/* Rows written by the oldest schema read correctly through today's store. */
static void
test_oldest_rows_load (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = open_unmigrated (dir);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autofree char *pcn = NULL;
  g_autofree char *draft = NULL;
  g_autoptr(GError) error = NULL;
  GStringChunk *strings = g_string_chunk_new (256);
  TandemReferral *referral;
  TandemContact *contact;
  TandemCaseloadEntry *entry;

  g_assert_true (tandem_store_migrate_to (store, 1, &error));
  g_assert_no_error (error);
  exec_sql (store, version_1_rows);
  g_assert_true (tandem_store_migrate (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==,
                   tandem_store_get_latest_schema_version ());

  pcn = tandem_store_dup_pcn_name (store, &error);
  g_assert_cmpstr (pcn, ==, "Riverside PCN");

  person = tandem_store_load_person (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_person_get_nhs_number (person), ==, "9434765919");
  g_assert_cmpstr (tandem_person_get_given_name (person), ==, "Zoë");
  g_assert_cmpstr (tandem_person_get_family_name (person), ==, "O'Neill");
  g_assert_cmpstr (tandem_person_get_date_of_birth (person), ==, "1956-04-03");
  g_assert_cmpint (tandem_person_get_sex (person), ==, TANDEM_SEX_FEMALE);
  g_assert_cmpint (tandem_person_get_practice_id (person), ==, 1);
  g_assert_cmpstr (tandem_person_get_language (person), ==, "en");
  g_assert_cmpuint (tandem_person_get_communication_needs (person), ==,
                    TANDEM_NEEDS_LARGE_PRINT | TANDEM_NEEDS_BSL);
  g_assert_cmpuint (tandem_person_get_risk_flags (person), ==, TANDEM_RISK_LONE_WORKING);
  g_assert_false (tandem_person_get_consent_to_share (person));
  g_assert_cmpstr (tandem_person_get_preferred_name (person), ==, "");

  referrals = tandem_store_list_referrals (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 1);
  referral = g_ptr_array_index (referrals, 0);
  g_assert_cmpint (tandem_referral_get_source (referral), ==, TANDEM_SOURCE_PHARMACIST);
  g_assert_cmpint (tandem_referral_get_method (referral), ==, TANDEM_METHOD_EMAIL);
  g_assert_cmpint (tandem_referral_get_priority (referral), ==, TANDEM_PRIORITY_URGENT);
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_ACTIVE);
  g_assert_cmpint (tandem_referral_get_assigned_staff_id (referral), ==, 1);
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral), ==, "2024-01-15");
  g_assert_cmpstr (tandem_referral_get_ended_on (referral), ==, "");

  contacts = tandem_store_list_contacts (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  contact = g_ptr_array_index (contacts, 0);
  g_assert_cmpint (tandem_contact_get_mode (contact), ==, TANDEM_CONTACT_HOME_VISIT);
  g_assert_cmpint (tandem_contact_get_duration_minutes (contact), ==, 45);
  g_assert_cmpint (tandem_contact_get_referral_id (contact), ==, 1);
  g_assert_cmpstr (tandem_contact_get_note (contact), ==, "First visit");

  g_assert_true (tandem_store_load_caseload (store, 0, FALSE, entries, strings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = &g_array_index (entries, TandemCaseloadEntry, 0);
  g_assert_cmpint (entry->referral_id, ==, 1);
  g_assert_cmpuint (entry->last_contact_on, ==, tandem_date_iso_to_julian ("2024-02-01"));
  g_assert_cmpuint (entry->flags, ==, TANDEM_CASELOAD_ENTRY_RISK);

  found = tandem_store_search_people (store, "zoe o'n", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);

  draft = tandem_store_load_draft (store, "person", 0, &error);
  g_assert_cmpstr (draft, ==, "{}");

  /* And the store can go on writing to them. */
  tandem_person_set_preferred_name (person, "Zo");
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);

  g_string_chunk_free (strings);
}

static void
test_too_new (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d",
                                           tandem_store_get_latest_schema_version () + 1);
  g_autoptr(TandemStore) newer = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(TandemStore) store = tandem_test_open_store (dir);
    g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ann", "Smith", NULL);

    exec_sql (store, bump);
  }

  newer = tandem_store_open (path, NULL, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TOO_NEW);
  g_assert_null (newer);
  g_clear_error (&error);

  /* Nothing was changed: the newer version's data is safe. */
  newer = open_unmigrated (dir);
  g_assert_cmpint (tandem_store_get_schema_version (newer), ==,
                   tandem_store_get_latest_schema_version () + 1);
  g_assert_cmpint (query_int (newer, "SELECT count(*) FROM person"), ==, 1);

  g_assert_false (tandem_store_migrate (newer, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TOO_NEW);
}

static void
test_open_twice (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_objects;
  gint64 id;

  store = tandem_test_open_store (dir);
  person = tandem_test_add_person (store, "Ann", "Smith", "9434765919");
  id = tandem_record_get_id (person);
  n_objects = query_int (store, "SELECT count(*) FROM sqlite_master");
  g_clear_object (&store);
  g_clear_object (&person);

  store = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==,
                   tandem_store_get_latest_schema_version ());
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_master"), ==, n_objects);

  person = tandem_store_load_person (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_person_get_nhs_number (person), ==, "9434765919");

  g_assert_true (tandem_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Asking for an older version than the database has does nothing. */
  g_assert_true (tandem_store_migrate_to (store, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==,
                   tandem_store_get_latest_schema_version ());
}

static void
test_failure_rolls_back (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = open_unmigrated (dir);
  g_autoptr(GError) error = NULL;

  /* A table in the way makes the first migration fail part way. */
  exec_sql (store, "CREATE TABLE draft (x)");

  g_assert_false (tandem_store_migrate (store, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED);

  /* All or nothing: neither the version nor the tables created before the failure stay. */
  g_assert_cmpint (tandem_store_get_schema_version (store), ==, 0);
  g_assert_false (table_exists (store, "pcn"));
  g_assert_false (table_exists (store, "person"));
  g_assert_true (table_exists (store, "draft"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/each", test_each_migration);
  g_test_add_func ("/migrations/oldest-rows-load", test_oldest_rows_load);
  g_test_add_func ("/migrations/too-new", test_too_new);
  g_test_add_func ("/migrations/open-twice", test_open_twice);
  g_test_add_func ("/migrations/failure-rolls-back", test_failure_rolls_back);

  return g_test_run ();
}
