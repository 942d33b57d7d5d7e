/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* tandem-cli as a script uses it: exit statuses, JSON on standard output, messages on
 * standard error. The program's path is the test's first argument. */

static const char *cli_path;

/* Every database here is encrypted with this passphrase, which tandem-cli reads from a file
 * only the user may read: tests have no keyring. */
#define CLI_PASSPHRASE "tandem cli test passphrase"
static TandemTestDir *passphrase_dir;
static char *passphrase_file;

static TandemStoreKey *
cli_key (void)
{
  static TandemStoreKey *key;

  if (key == NULL)
    key = tandem_store_key_new_passphrase (CLI_PASSPHRASE);
  return key;
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs tandem-cli on @database with the arguments that follow, up to NULL. */
static void
run_cli (Run        *run,
         const char *database,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) cli_path);
  g_ptr_array_add (argv, (char *) "--database");
  g_ptr_array_add (argv, (char *) database);
  g_ptr_array_add (argv, (char *) "--passphrase-file");
  g_ptr_array_add (argv, passphrase_file);
  va_start (args, database);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

/* The id of someone in @database with a plan and outcome measures. */
static gint64
person_with_plan (const char *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = tandem_store_open (database, cli_key (), &error);

  g_assert_no_error (error);
  for (gint64 id = 1; id < 200; id++)
    {
      g_autoptr(GPtrArray) versions = tandem_store_list_plan_versions (store, id, NULL);

      if (versions != NULL && versions->len > 0)
        return id;
    }

  g_assert_not_reached ();
}

static void
test_plans_and_measures (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *id = NULL;
  g_auto(Run) example = { 0 };
  g_auto(Run) plan = { 0 };
  g_auto(Run) plan_json = { 0 };
  g_auto(Run) measures = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) results = NULL;
  JsonObject *object;
  JsonArray *needs;

  run_cli (&example, database, "example-data", "--people", "60", "--seed", "3", NULL);
  g_assert_cmpint (example.status, ==, 0);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, person_with_plan (database));

  run_cli (&plan, database, "plan", "show", id, NULL);
  g_assert_cmpint (plan.status, ==, 0);
  g_assert_true (g_str_has_prefix (plan.out, "Personalised care and support plan for "));
  g_assert_nonnull (strstr (plan.out, "What is most important to me"));
  g_assert_nonnull (strstr (plan.out, "If things get worse"));

  run_cli (&plan_json, database, "--json", "plan", "show", id, NULL);
  g_assert_cmpint (plan_json.status, ==, 0);
  root = parse (plan_json.out);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "person_id"), ==,
                   g_ascii_strtoll (id, NULL, 10));
  g_assert_true (json_object_has_member (json_object_get_object_member (object, "version"), "id"));
  needs = json_object_get_array_member (object, "needs");
  g_assert_cmpuint (json_array_get_length (needs), >, 0);
  g_assert_true (json_object_has_member (json_array_get_object_element (needs, 0), "goals"));

  run_cli (&measures, database, "--json", "measures", "list", id, NULL);
  g_assert_cmpint (measures.status, ==, 0);
  results = parse (measures.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (results)), >, 0);
  g_assert_true (json_object_has_member (json_array_get_object_element (json_node_get_array (results), 0),
                                         "taken-on"));
}

/* What the command-line tool shows and prints is recorded, and the trail can be checked. */
static void
test_audit (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *pdf = tandem_test_dir_file (dir, "plan.pdf");
  g_autofree char *id = NULL;
  g_auto(Run) example = { 0 };
  g_auto(Run) show = { 0 };
  g_auto(Run) print = { 0 };
  g_auto(Run) views = { 0 };
  g_auto(Run) csv = { 0 };
  g_auto(Run) verify = { 0 };
  g_auto(Run) tampered = { 0 };
  g_auto(Run) wrong = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *entries;

  run_cli (&example, database, "example-data", "--people", "20", "--seed", "5", NULL);
  g_assert_cmpint (example.status, ==, 0);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, person_with_plan (database));

  run_cli (&show, database, "people", "show", id, NULL);
  g_assert_cmpint (show.status, ==, 0);
  run_cli (&print, database, "plan", "export", id, "--output", pdf, NULL);
  g_assert_cmpint (print.status, ==, 0);

  run_cli (&views, database, "--json", "audit", "list", "--person", id, "--limit", "2", NULL);
  g_assert_cmpint (views.status, ==, 0);
  root = parse (views.out);
  entries = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (entries), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 0),
                                                  "action"), ==, "print");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 1),
                                                  "action"), ==, "view");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (entries, 1),
                                               "staff_id"), ==, TANDEM_STORE_VIEWER_SYSTEM);

  run_cli (&csv, database, "audit", "list", "--action", "view", "--csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "entry,time_utc,staff_id,staff,action,"));
  g_assert_nonnull (strstr (csv.out, ",view,person,"));

  run_cli (&wrong, database, "audit", "list", "--action", "peek", NULL);
  g_assert_cmpint (wrong.status, ==, 2);

  run_cli (&verify, database, "audit", "verify", NULL);
  g_assert_cmpint (verify.status, ==, 0);
  g_assert_nonnull (strstr (verify.out, "The audit trail is whole"));

  /* Someone with the key edits an entry behind Tandem's back. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TandemStore) store = tandem_store_open (database, cli_key (), &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store),
                                   "DROP TRIGGER audit_no_update;"
                                   "UPDATE audit SET staff_id = 1 WHERE id = 2",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  }

  run_cli (&tampered, database, "audit", "verify", NULL);
  g_assert_cmpint (tampered.status, ==, 1);
  g_assert_nonnull (strstr (tampered.out, "Entry 2 has been changed."));
}

static void
test_errors (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_auto(Run) missing = { 0 };
  g_auto(Run) not_a_number = { 0 };
  g_auto(Run) no_version = { 0 };
  g_auto(Run) example = { 0 };
  g_autofree char *id = NULL;

  run_cli (&missing, database, "plan", "show", "12345", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_cmpstr (missing.out, ==, "");
  g_assert_nonnull (strstr (missing.err, "tandem-cli: "));

  run_cli (&not_a_number, database, "measures", "list", "Smith", NULL);
  g_assert_cmpint (not_a_number.status, ==, 2);
  g_assert_nonnull (strstr (not_a_number.err, "people search"));

  run_cli (&example, database, "example-data", "--people", "60", "--seed", "3", NULL);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, person_with_plan (database));
  run_cli (&no_version, database, "plan", "show", id, "--version", "99", NULL);
  g_assert_cmpint (no_version.status, ==, 1);
  g_assert_nonnull (strstr (no_version.err, "no version 99"));
}

/* subject-access writes the PDF and the JSON into a folder and says where; it refuses a
 * folder that is not there. */
static void
test_subject_access (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *id = NULL;
  g_autofree char *missing_folder = tandem_test_dir_file (dir, "not-there");
  g_autofree char *json = NULL;
  g_auto(Run) example = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) missing = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) contents = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  run_cli (&example, database, "example-data", "--people", "30", "--seed", "3", NULL);
  g_assert_cmpint (example.status, ==, 0);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, person_with_plan (database));

  run_cli (&export, database, "--json", "subject-access", id, "--output", dir->path, NULL);
  g_assert_cmpint (export.status, ==, 0);
  root = parse (export.out);
  object = json_node_get_object (root);
  g_assert_true (g_file_test (json_object_get_string_member (object, "pdf"),
                              G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (json_object_get_int_member (object, "records"), >, 1);

  g_assert_true (g_file_get_contents (json_object_get_string_member (object, "json"), &json,
                                      NULL, &error));
  g_assert_no_error (error);
  contents = parse (json);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_node_get_object (contents),
                                                                              "person"), "id"),
                   ==, g_ascii_strtoll (id, NULL, 10));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (contents),
                                                                         "plans")), >, 0);

  run_cli (&missing, database, "subject-access", id, "--output", missing_folder, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "no folder"));
}

static const char directory_feed[] =
  "[{\"id\": \"w1\", \"name\": \"Striders walking group\", \"description\": \"<p>Walks</p>\","
  "  \"organization\": {\"name\": \"Riverside Centre\"}, \"assured_date\": \"2001-01-01\","
  "  \"service_at_locations\": [{\"location\": {\"addresses\": [{\"address_1\": \"Mill Lane\","
  "    \"postal_code\": \"LS6 2AB\"}]}}]},"
  " {\"id\": \"w2\", \"name\": \"\", \"organization\": {\"name\": \"X\"}},"
  " {\"id\": \"w3\", \"name\": \"Carers cafe\", \"organization\": {\"name\": \"Carers Trust\"},"
  "  \"assured_date\": \"2999-01-01\"}]";

static void
test_directory (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *feed = tandem_test_dir_file (dir, "feed.json");
  g_autofree char *exported = tandem_test_dir_file (dir, "out.json");
  g_autofree char *csv = tandem_test_dir_file (dir, "out.csv");
  g_autofree char *csv_text = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) search = { 0 };
  g_auto(Run) stale = { 0 };
  g_auto(Run) export_json = { 0 };
  g_auto(Run) export_csv = { 0 };
  g_auto(Run) bad_format = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) help = { 0 };
  g_autoptr(JsonNode) report = NULL;
  g_autoptr(JsonNode) exported_root = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (feed, directory_feed, -1, &error);
  g_assert_no_error (error);

  run_cli (&import, database, "directory", "import", feed, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "Read 3 services: 2 added, 0 updated, 0 unchanged, "
                                        "1 skipped"));
  g_assert_nonnull (strstr (import.out, "Skipped feed w2 (): Empty name"));

  run_cli (&again, database, "--json", "directory", "import", feed, NULL);
  g_assert_cmpint (again.status, ==, 0);
  report = parse (again.out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (report), "added"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (report), "unchanged"), ==, 2);

  run_cli (&search, database, "directory", "search", "walk", NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_nonnull (strstr (search.out, "Striders walking group"));
  g_assert_nonnull (strstr (search.out, "Riverside Centre"));
  g_assert_nonnull (strstr (search.out, "LS6 2AB"));
  g_assert_null (strstr (search.out, "Carers cafe"));

  run_cli (&stale, database, "directory", "stale", "--months", "6", NULL);
  g_assert_cmpint (stale.status, ==, 0);
  g_assert_nonnull (strstr (stale.out, "Striders walking group"));
  g_assert_null (strstr (stale.out, "Carers cafe"));

  run_cli (&export_json, database, "directory", "export", "--format", "oruk-json", exported,
           NULL);
  g_assert_cmpint (export_json.status, ==, 0);
  g_assert_nonnull (strstr (export_json.out, "Exported 2 assets"));
  {
    g_autofree char *text = NULL;

    g_file_get_contents (exported, &text, NULL, &error);
    g_assert_no_error (error);
    exported_root = parse (text);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (exported_root)), ==, 2);
  }

  run_cli (&export_csv, database, "directory", "export", "--format", "csv", csv, NULL);
  g_assert_cmpint (export_csv.status, ==, 0);
  g_file_get_contents (csv, &csv_text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv_text, "id,name,organisation,"));

  run_cli (&bad_format, database, "directory", "export", "--format", "xml", csv, NULL);
  g_assert_cmpint (bad_format.status, ==, 2);
  g_assert_nonnull (strstr (bad_format.err, "oruk-json or csv"));

  run_cli (&missing, database, "directory", "import", "/nonexistent/feed.json", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "tandem-cli: "));

  run_cli (&help, database, "--help", NULL);
  g_assert_nonnull (strstr (help.out, "directory import"));
  g_assert_nonnull (strstr (help.out, "directory stale"));
  g_assert_nonnull (strstr (help.out, "supervision due"));
}

static gint64
add_cli_staff (TandemStore *store,
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

static void
add_cli_session (TandemStore           *store,
                 TandemSupervisionKind  kind,
                 gint64                 supervisor,
                 gint64                 worker,
                 guint                  days_ago)
{
  g_autoptr(TandemSupervisionSession) session = tandem_supervision_session_new ();
  g_autofree char *held_on = tandem_test_days_ago (days_ago);
  g_autoptr(GError) error = NULL;

  tandem_supervision_session_set_kind (session, kind);
  tandem_supervision_session_set_supervisor_id (session, supervisor);
  tandem_supervision_session_set_held_on (session, held_on);
  g_ptr_array_add (tandem_supervision_session_get_members (session),
                   tandem_supervision_member_new (worker));
  tandem_store_set_viewer (store, supervisor);
  g_assert_true (tandem_store_save_supervision_session (store, session, &error));
  g_assert_no_error (error);
}

static void
test_supervision_due (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *overdue_last = tandem_test_days_ago (40);
  g_auto(Run) due = { 0 };
  g_auto(Run) due_json = { 0 };
  g_auto(Run) nobody = { 0 };
  g_auto(Run) bad_days = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *rows;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TandemStore) store = tandem_store_open (database, cli_key (), &error);
    gint64 lead, coach;

    g_assert_no_error (error);
    lead = add_cli_staff (store, "Cat Lead", TANDEM_ROLE_SUPERVISOR);
    coach = add_cli_staff (store, "Ada Coach", TANDEM_ROLE_HEALTH_COACH);
    add_cli_session (store, TANDEM_SUPERVISION_LINE_MANAGEMENT, lead, coach, 40);
    add_cli_session (store, TANDEM_SUPERVISION_CLINICAL, lead, coach, 10);
    add_cli_session (store, TANDEM_SUPERVISION_COACHING, lead, coach, 2);
  }

  /* Line management 40 days ago is overdue; the lead was never line-managed, so is due now;
   * clinical supervision 10 days ago and coaching 2 days ago are not due soon. */
  run_cli (&due, database, "supervision", "due", NULL);
  g_assert_cmpint (due.status, ==, 0);
  g_assert_nonnull (strstr (due.out, "Ada Coach (Health and wellbeing coach): Line management"));
  g_assert_nonnull (strstr (due.out, "Overdue by 9 days"));
  g_assert_nonnull (strstr (due.out, "Cat Lead (Supervisor): Line management, last never"));
  g_assert_null (strstr (due.out, "Clinical supervision"));
  g_assert_null (strstr (due.out, "Coaching supervision"));

  run_cli (&due_json, database, "--json", "supervision", "due", NULL);
  g_assert_cmpint (due_json.status, ==, 0);
  root = parse (due_json.out);
  rows = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (rows), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0),
                                                  "name"), ==, "Ada Coach");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (rows, 0),
                                                  "last_on"), ==, overdue_last);
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (rows, 0),
                                                 "overdue"));
  g_assert_true (json_object_get_null_member (json_array_get_object_element (rows, 1),
                                              "last_on"));

  /* Within 0 days: only what is overdue or due today. */
  run_cli (&nobody, database, "supervision", "due", "--days", "0", NULL);
  g_assert_cmpint (nobody.status, ==, 0);
  g_assert_nonnull (strstr (nobody.out, "Ada Coach"));

  run_cli (&bad_days, database, "supervision", "due", "--days", "-1", NULL);
  g_assert_cmpint (bad_days.status, ==, 2);
}

/* A database with one huddle whose agenda took one case put forward. */
static gint64
add_huddle (const char *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = tandem_store_open (database, cli_key (), &error);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();

  g_assert_no_error (error);
  person = tandem_test_add_person (store, "Zoë", "Thistlewood", "9434765919");
  tandem_mdt_flag_set_person_id (flag, tandem_record_get_id (person));
  tandem_mdt_flag_set_reason (flag, "Eviction notice");
  tandem_mdt_flag_set_flagged_on (flag, "2026-10-01");
  g_assert_true (tandem_store_save_mdt_flag (store, flag, &error));
  tandem_huddle_set_held_on (huddle, "2026-10-08");
  g_assert_true (tandem_store_create_huddle (store, huddle, NULL, &error));
  g_assert_no_error (error);

  return tandem_record_get_id (huddle);
}

static void
test_huddles (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *pdf = tandem_test_dir_file (dir, "minutes.pdf");
  g_autofree char *id = NULL;
  g_auto(Run) empty = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) list_json = { 0 };
  g_auto(Run) minutes = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) missing = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *huddle;

  run_cli (&empty, database, "huddle", "list", NULL);
  g_assert_cmpint (empty.status, ==, 0);
  g_assert_nonnull (strstr (empty.out, "No huddles yet"));

  id = g_strdup_printf ("%" G_GINT64_FORMAT, add_huddle (database));

  run_cli (&list, database, "huddle", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "2026-10-08"));
  g_assert_nonnull (strstr (list.out, "1 case, 1 open"));

  run_cli (&list_json, database, "--json", "huddle", "list", NULL);
  g_assert_cmpint (list_json.status, ==, 0);
  root = parse (list_json.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  huddle = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpstr (json_object_get_string_member (huddle, "held_on"), ==, "2026-10-08");
  g_assert_cmpint (json_object_get_int_member (huddle, "cases"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (huddle, "open"), ==, 1);

  run_cli (&minutes, database, "huddle", "minutes", id, "--output", pdf, NULL);
  g_assert_cmpint (minutes.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  run_cli (&no_output, database, "huddle", "minutes", id, NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "--output"));

  run_cli (&missing, database, "huddle", "minutes", "99", "--output", pdf, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "no longer exists"));
}

/* Runs tandem-cli with exactly the arguments given. */
static void
run_cli_bare (Run         *run,
              const char  *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static void
test_encryption (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *loose = tandem_test_dir_file (dir, "loose-passphrase");
  g_autofree char *wrong = tandem_test_dir_file (dir, "wrong-passphrase");
  g_autofree char *next = tandem_test_dir_file (dir, "next-passphrase");
  g_auto(Run) convert = { 0 };
  g_auto(Run) world_readable = { 0 };
  g_auto(Run) wrong_key = { 0 };
  g_auto(Run) rekey = { 0 };
  g_auto(Run) after = { 0 };
  g_autoptr(GError) error = NULL;

  /* A database from before encryption is encrypted on first use. */
  {
    g_autoptr(TandemStore) plain = tandem_store_open (database, NULL, &error);

    g_assert_no_error (error);
    g_object_unref (tandem_test_add_person (plain, "Zoë", "Thistlewood", "9434765919"));
  }
  run_cli (&convert, database, "people", "search", "Thistlewood", NULL);
  g_assert_cmpint (convert.status, ==, 0);
  g_assert_nonnull (strstr (convert.out, "Thistlewood"));
  g_assert_nonnull (strstr (convert.err, "Encrypting the database"));
  g_assert_null (tandem_store_open (database, NULL, NULL));

  /* A passphrase file others may read is refused; so is a wrong passphrase. */
  g_assert_true (g_file_set_contents_full (loose, CLI_PASSPHRASE, -1, G_FILE_SET_CONTENTS_NONE,
                                           0644, NULL));
  run_cli_bare (&world_readable, (const char *[]) { "--database", database, "--passphrase-file",
                                                    loose, "check", NULL });
  g_assert_cmpint (world_readable.status, ==, 1);
  g_assert_nonnull (strstr (world_readable.err, "chmod 600"));

  g_assert_true (g_file_set_contents_full (wrong, "not the passphrase", -1,
                                           G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  run_cli_bare (&wrong_key, (const char *[]) { "--database", database, "--passphrase-file",
                                               wrong, "check", NULL });
  g_assert_cmpint (wrong_key.status, ==, 1);
  g_assert_nonnull (strstr (wrong_key.err, "passphrase does not open"));

  /* rekey: the new passphrase opens it, the old one no longer does. */
  g_assert_true (g_file_set_contents_full (next, "the next passphrase\n", -1,
                                           G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  run_cli (&rekey, database, "rekey", "--new-passphrase-file", next, NULL);
  g_assert_cmpint (rekey.status, ==, 0);
  g_assert_null (tandem_store_open (database, cli_key (), NULL));
  run_cli_bare (&after, (const char *[]) { "--database", database, "--passphrase-file", next,
                                           "check", NULL });
  g_assert_cmpint (after.status, ==, 0);
}

static guint
count_people (const char *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = tandem_store_open (database, cli_key (), &error);
  guint n;

  g_assert_no_error (error);
  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);
  n = tandem_store_count_people (store, &error);
  g_assert_no_error (error);
  return n;
}

static void
add_cli_person (const char *database,
                const char *family_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) store = tandem_store_open (database, cli_key (), &error);

  g_assert_no_error (error);
  g_object_unref (tandem_test_add_person (store, "Ada", family_name, NULL));
}

/* The only file in @folder. */
static char *
only_file (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  char *found = NULL;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_null (found);
      found = g_build_filename (folder, name, NULL);
    }
  g_assert_nonnull (found);
  return found;
}

static void
test_backup_restore (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autofree char *automatic = tandem_test_dir_file (dir, "automatic");
  g_autofree char *damaged = tandem_test_dir_file (dir, "damaged.tandem-backup");
  g_autofree char *aside = g_strconcat (database, ".before-restore", NULL);
  g_autofree char *backup = NULL;
  g_auto(Run) made = { 0 };
  g_auto(Run) unasked = { 0 };
  g_auto(Run) restored = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) checked = { 0 };
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_autoptr(JsonNode) root = NULL;

  add_cli_person (database, "Before");
  add_cli_person (database, "Backup");

  run_cli (&made, database, "--json", "backup", folder, NULL);
  g_assert_cmpint (made.status, ==, 0);
  root = parse (made.out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "people"), ==, 2);
  backup = only_file (folder);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "path"), ==,
                   backup);

  /* Restoring asks first; a script must say --yes. */
  add_cli_person (database, "After");
  run_cli (&unasked, database, "restore", backup, NULL);
  g_assert_cmpint (unasked.status, ==, 1);
  g_assert_nonnull (strstr (unasked.out, "People: 2"));
  g_assert_nonnull (strstr (unasked.err, "--yes"));
  g_assert_cmpuint (count_people (database), ==, 3);

  run_cli (&restored, database, "restore", "--yes", backup, NULL);
  g_assert_cmpint (restored.status, ==, 0);
  g_assert_cmpuint (count_people (database), ==, 2);
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));

  run_cli (&checked, database, "check", NULL);
  g_assert_cmpint (checked.status, ==, 0);
  g_assert_nonnull (strstr (checked.out, "Audit trail: "));
  g_assert_nonnull (strstr (checked.out, "No problems found"));

  /* Not while the database is open elsewhere: here, in this process. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TandemStore) open = tandem_store_open (database, cli_key (), &error);
    g_auto(Run) busy = { 0 };

    g_assert_no_error (error);
    run_cli (&busy, database, "restore", "--yes", backup, NULL);
    g_assert_cmpint (busy.status, ==, 1);
    g_assert_nonnull (strstr (busy.err, "using the database"));
  }

  /* A damaged backup is refused and changes nothing. */
  g_assert_true (g_file_set_contents (damaged, "not a backup", -1, NULL));
  run_cli (&refused, database, "restore", "--yes", damaged, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "damaged"));
  g_assert_cmpuint (count_people (database), ==, 2);

  /* Automatic backups beyond the number kept go. */
  run_cli (&first, database, "backup", "--automatic", "--keep", "1", automatic, NULL);
  g_assert_cmpint (first.status, ==, 0);
  run_cli (&second, database, "backup", "--automatic", "--keep", "1", automatic, NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_free (only_file (automatic));
}

/* check finds an audit entry changed behind Tandem's back. */
static void
test_check_audit (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *database = tandem_test_dir_file (dir, "cli.db");
  g_autoptr(GError) error = NULL;
  g_auto(Run) before = { 0 };
  g_auto(Run) after = { 0 };
  g_autoptr(JsonNode) root = NULL;

  add_cli_person (database, "Audited");
  run_cli (&before, database, "--json", "check", NULL);
  g_assert_cmpint (before.status, ==, 0);
  root = parse (before.out);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (root), "ok"));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "audit_entries"),
                   >, 0);

  {
    g_autoptr(TandemStore) store = tandem_store_open (database, cli_key (), &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store),
                                   "DROP TRIGGER audit_no_update;"
                                   "UPDATE audit SET record_id = record_id + 1 WHERE id = 1",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  }

  run_cli (&after, database, "check", NULL);
  g_assert_cmpint (after.status, ==, 1);
  g_assert_nonnull (strstr (after.out, "Problems found"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: %s PATH-TO-TANDEM-CLI\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];

  passphrase_dir = tandem_test_dir_new ();
  passphrase_file = tandem_test_dir_file (passphrase_dir, "passphrase");
  g_assert_true (g_file_set_contents_full (passphrase_file, CLI_PASSPHRASE "\n", -1,
                                           G_FILE_SET_CONTENTS_NONE, 0600, NULL));

  g_test_add_func ("/cli/plans-and-measures", test_plans_and_measures);
  g_test_add_func ("/cli/errors", test_errors);
  g_test_add_func ("/cli/audit", test_audit);
  g_test_add_func ("/cli/subject-access", test_subject_access);
  g_test_add_func ("/cli/directory", test_directory);
  g_test_add_func ("/cli/huddles", test_huddles);
  g_test_add_func ("/cli/supervision-due", test_supervision_due);
  g_test_add_func ("/cli/encryption", test_encryption);
  g_test_add_func ("/cli/backup-restore", test_backup_restore);
  g_test_add_func ("/cli/check-audit", test_check_audit);

  status = g_test_run ();
  tandem_test_dir_free (passphrase_dir);
  return status;
}
