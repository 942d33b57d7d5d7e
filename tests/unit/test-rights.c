/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "tandem-poppler-autocleanups.h"
#include "tandem-store-private.h"
#include "tandem-subject-access-document.h"
#include "tandem-subject-access.h"
#include "tandem-test-util.h"

/* People's rights: a subject access holds everything about one person and nothing about
 * anyone else; erasure leaves no trace of the person in any table or in the file; the
 * retention list picks the right people at its boundary. */

/* What is written about each person, distinct enough to find anywhere. */
typedef struct
{
  const char *given;
  const char *family;
  const char *nhs_number;
  const char *marker;   /* a word in every note about them */
} Seeded;

static const Seeded subject = { "Zenobia", "Quillfeather", "9434765919", "heronmarsh" };
static const Seeded other = { "Ptolemy", "Ashgrove", "9434765870", "lanternfjord" };

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  gint64         admin;
  gint64         subject_id;
  gint64         other_id;
} Fixture;

static void
exec_sql (TandemStore *store,
          const char  *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
exec_printf (TandemStore *store,
             const char  *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
exec_printf (TandemStore *store,
             const char  *format,
             ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  exec_sql (store, sql);
}

/* A record of every kind, each note carrying the person's marker. The huddle and the
 * supervision session are shared, as in life: both people are on the same agenda. */
static gint64
seed_person (Fixture      *fixture,
             const Seeded *seeded,
             gint64        huddle_id,
             gint64        session_id)
{
  TandemStore *store = fixture->store;
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, seeded->given, seeded->family,
                                                           seeded->nhs_number);
  g_autoptr(TandemReferral) referral = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = tandem_record_get_id (person);
  const char *m = seeded->marker;

  tandem_person_set_risk_notes (person, m);
  tandem_person_set_language (person, "pl");
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);

  referral = tandem_test_add_referral (store, person, "2026-01-05", TANDEM_PRIORITY_ROUTINE,
                                       TANDEM_REFERRAL_ACTIVE);
  exec_printf (store,
               "UPDATE referral SET reasons = 'referral %s' WHERE id = %" G_GINT64_FORMAT ";"
               "INSERT INTO contact (person_id, contact_date, mode, note, created_at, updated_at) "
               "VALUES (%" G_GINT64_FORMAT ", '2026-01-06', 'phone', 'contact %s', 'x', 'x');"
               "INSERT INTO plan_version (id, person_id, number, state, strengths, agreed_on, "
               "created_at, updated_at) VALUES (%" G_GINT64_FORMAT "0, %" G_GINT64_FORMAT ", 1, "
               "'draft', 'strengths %s', '', 'x', 'x');"
               "INSERT INTO plan_need (id, version_id, key, position, words) VALUES "
               "(%" G_GINT64_FORMAT "0, %" G_GINT64_FORMAT "0, 'n', 0, 'need %s');"
               "INSERT INTO plan_goal (id, need_id, key, position, words, status) VALUES "
               "(%" G_GINT64_FORMAT "0, %" G_GINT64_FORMAT "0, 'g', 0, 'goal %s', 'open');"
               "INSERT INTO plan_action (goal_id, key, position, what, status) VALUES "
               "(%" G_GINT64_FORMAT "0, 'a', 0, 'action %s', 'planned');"
               "UPDATE plan_version SET state = 'agreed' WHERE id = %" G_GINT64_FORMAT "0;"
               "INSERT INTO plan_version (person_id, number, state, strengths, created_at, "
               "updated_at) VALUES (%" G_GINT64_FORMAT ", 2, 'draft', 'review %s', 'x', 'x');"
               "INSERT INTO measure_result (person_id, kind, stage, taken_on, details, "
               "created_at, updated_at) VALUES (%" G_GINT64_FORMAT ", 'ons4', 'baseline', "
               "'2026-01-07', 'measure %s', 'x', 'x');"
               "INSERT INTO signpost (person_id, asset_name, kind, made_on, reason, handover, "
               "created_at, updated_at) VALUES (%" G_GINT64_FORMAT ", 'Choir', 'signpost', "
               "'2026-01-08', 'signpost %s', 'warm', 'x', 'x');"
               "INSERT INTO mdt_flag (person_id, reason, flagged_on, created_at) VALUES "
               "(%" G_GINT64_FORMAT ", 'flag %s', '2026-01-09', 'x');"
               "INSERT INTO huddle_case (huddle_id, person_id, position, reason, situation) "
               "VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", "
               "'huddle %s', 'minutes %s');"
               "INSERT INTO agreed_action (huddle_case_id, description, created_at, updated_at) "
               "VALUES (last_insert_rowid (), 'agreed %s', 'x', 'x');"
               "INSERT INTO supervision_case (session_id, person_id, reason, escalation_note) "
               "VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'supervised %s', "
               "'escalated %s');"
               "INSERT INTO draft (kind, record_id, data, updated_at) VALUES "
               "('person', %" G_GINT64_FORMAT ", 'draft %s', 'x'), "
               "('new-contact', %" G_GINT64_FORMAT ", 'new contact %s', 'x');",
               m, tandem_record_get_id (referral), id, m, id, id, m, id, id, m, id, id, m, id, m,
               id, id, m, id, m, id, m, id, m, huddle_id, id, id, m, m, m, session_id, id, m, m,
               id, m, id, m);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemStaff) admin = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);

  tandem_staff_set_name (admin, "Amira Haddad");
  tandem_staff_set_role (admin, TANDEM_ROLE_LINK_WORKER);
  g_assert_true (tandem_store_save_staff (fixture->store, admin, &error));
  g_assert_no_error (error);
  fixture->admin = tandem_record_get_id (admin);
  g_assert_true (tandem_store_set_staff_passphrase (fixture->store, fixture->admin,
                                                    "plum vortex ledger", &error));
  g_assert_true (tandem_store_sign_in (fixture->store, fixture->admin, "plum vortex ledger",
                                       &error));
  g_assert_no_error (error);

  exec_sql (fixture->store,
            "INSERT INTO huddle (id, held_on, notes, created_at, updated_at) VALUES "
            "(1, '2026-02-01', 'Discussed Zenobia Quillfeather and Ptolemy Ashgrove', 'x', 'x');"
            "INSERT INTO supervision_session (id, kind, held_on, notes, created_at, updated_at) "
            "VALUES (1, 'clinical', '2026-02-02', 'Worker talked about 9434765919', 'x', 'x');"
            "INSERT INTO huddle (id, held_on, notes, created_at, updated_at) VALUES "
            "(2, '2026-03-01', 'Nothing to report\nFollow up 943 476 5919 next time', 'x', "
            "'x'), (3, '2026-04-01', 'Nothing to report', 'x', 'x');");
  fixture->subject_id = seed_person (fixture, &subject, 1, 1);
  fixture->other_id = seed_person (fixture, &other, 1, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is missing from the export", needle);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("“%s” should not be in the export", needle);
}

static void
test_subject_access_holds_one_person (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(TandemSubjectAccess) access = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  TandemSubjectHuddleCase *huddle_case;
  const char *const kinds[] = {
    "referral", "contact", "strengths", "need", "goal", "action", "review", "measure",
    "signpost", "flag", "huddle", "minutes", "agreed", "supervised", "escalated",
  };

  /* Something audited about each person: the subject's only is theirs. */
  g_assert_true (tandem_store_record_audit (fixture->store, TANDEM_AUDIT_VIEW, "person",
                                            fixture->subject_id, fixture->subject_id, &error));
  g_assert_true (tandem_store_record_audit (fixture->store, TANDEM_AUDIT_PRINT, "person",
                                            fixture->other_id, fixture->other_id, &error));
  g_assert_no_error (error);

  access = tandem_store_collect_subject_access (fixture->store, fixture->subject_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (access);

  g_assert_cmpuint (access->referrals->len, ==, 1);
  g_assert_cmpuint (access->contacts->len, ==, 1);
  g_assert_cmpuint (access->plans->len, ==, 2);
  g_assert_cmpuint (access->measures->len, ==, 1);
  g_assert_cmpuint (access->signposts->len, ==, 1);
  g_assert_cmpuint (access->mdt_flags->len, ==, 1);
  g_assert_cmpuint (access->huddle_cases->len, ==, 1);
  huddle_case = g_ptr_array_index (access->huddle_cases, 0);
  g_assert_cmpuint (huddle_case->actions->len, ==, 1);
  g_assert_cmpuint (access->supervision_cases->len, ==, 1);
  g_assert_cmpuint (access->audit->len, >, 0);

  json = tandem_subject_access_to_json_data (access, NULL);
  assert_contains (json, subject.given);
  assert_contains (json, subject.family);
  assert_contains (json, subject.nhs_number);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *note = g_strdup_printf ("%s %s", kinds[i], subject.marker);

      assert_contains (json, note);
    }
  assert_contains (json, "\"view\"");
  assert_contains (json, "Amira Haddad");

  /* The meetings' own notes, only where they name the person, and without the others they
   * name; a huddle's notes naming nobody here stay out. */
  g_assert_cmpuint (access->mentions->len, ==, 3);
  assert_contains (json, "Discussed Zenobia Quillfeather and [another person]");
  assert_contains (json, "Worker talked about 9434765919");
  assert_contains (json, "Follow up 943 476 5919 next time");
  assert_lacks (json, "Nothing to report");

  /* Nothing of the other person, though they share the huddle and the session. */
  assert_lacks (json, other.given);
  assert_lacks (json, other.family);
  assert_lacks (json, other.nhs_number);
  assert_lacks (json, other.marker);
  assert_lacks (json, "\"print\"");
}

static void
test_subject_access_needs_permission (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(TandemStaff) worker = tandem_staff_new ();
  g_autoptr(TandemSubjectAccess) access = NULL;
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (worker, "Wen Li");
  tandem_staff_set_role (worker, TANDEM_ROLE_LINK_WORKER);
  g_assert_true (tandem_store_save_staff (fixture->store, worker, &error));
  g_assert_no_error (error);

  tandem_store_set_viewer (fixture->store, tandem_record_get_id (worker));
  g_assert_false (tandem_store_may_export_subject_access (fixture->store));
  g_assert_false (tandem_store_may_erase_people (fixture->store));
  access = tandem_store_collect_subject_access (fixture->store, fixture->subject_id, &error);
  g_assert_null (access);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);

  g_assert_false (tandem_store_erase_person (fixture->store, fixture->subject_id, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_false (tandem_store_set_retention_years (fixture->store, 3, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
}

/* Every text column of every table, scanned for @needle. */
static void
assert_no_trace (TandemStore *store,
                 const char  *needle)
{
  sqlite3 *db = tandem_store_get_db (store);
  sqlite3_stmt *tables = NULL;
  guint n_tables = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table'",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      sqlite3_stmt *rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int i = 0; i < sqlite3_column_count (rows); i++)
          {
            const char *value = (const char *) sqlite3_column_text (rows, i);

            if (value != NULL && strstr (value, needle) != NULL)
              g_error ("“%s” is still in %s.%s: %s", needle, table,
                       sqlite3_column_name (rows, i), value);
          }
      sqlite3_finalize (rows);
      n_tables++;
    }
  sqlite3_finalize (tables);

  /* The scan saw the whole schema, the full-text index of the directory included. */
  g_assert_cmpuint (n_tables, >, 30);
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  /* The file is binary: search past its NUL bytes. */
  for (gsize i = 0; i + strlen (needle) <= length; i++)
    if (memcmp (contents + i, needle, strlen (needle)) == 0)
      return TRUE;

  return FALSE;
}

static int
query_secure_delete (TandemStore *store)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  sqlite3_prepare_v2 (tandem_store_get_db (store), "PRAGMA secure_delete", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static void
test_erase_leaves_no_trace (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(TandemPerson) gone = NULL;
  g_autoptr(TandemPerson) kept = NULL;
  g_autofree char *path = tandem_test_dir_file (fixture->dir, "tandem.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guint64 n_entries = 0;
  gint64 erase_entries;
  const char *const needles[] = { subject.given, subject.family, subject.nhs_number,
                                  subject.marker };

  int was_secure = query_secure_delete (fixture->store);

  g_assert_true (tandem_store_erase_person (fixture->store, fixture->subject_id, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    assert_no_trace (fixture->store, needles[i]);

  /* Nor in the file: deleted pages were overwritten and the log emptied. The test database
   * is not encrypted, so the bytes are readable as they are. */
  g_assert_true (file_contains (path, other.marker));
  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    {
      g_assert_false (file_contains (path, needles[i]));
      g_assert_false (file_contains (wal, needles[i]));
    }

  gone = tandem_store_load_person (fixture->store, fixture->subject_id, &error);
  g_assert_null (gone);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The other person keeps everything; the shared huddle and session keep their notes
   * about others, with the erased person's name and number taken out. */
  kept = tandem_store_load_person (fixture->store, fixture->other_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (tandem_store_get_db (fixture->store),
                        "SELECT notes FROM huddle WHERE id = 1", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==,
                     "Discussed [erased] and Ptolemy Ashgrove");
    sqlite3_finalize (stmt);

    /* The NHS number as people write it, in groups of three, three and four. */
    sqlite3_prepare_v2 (tandem_store_get_db (fixture->store),
                        "SELECT notes FROM huddle WHERE id = 2", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==,
                     "Nothing to report\nFollow up [erased] next time");
    sqlite3_finalize (stmt);

    sqlite3_prepare_v2 (tandem_store_get_db (fixture->store),
                        "SELECT count(*) FROM audit WHERE action = 'erase' AND person_id = ?1",
                        -1, &stmt, NULL);
    sqlite3_bind_int64 (stmt, 1, fixture->subject_id);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    erase_entries = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
  }
  g_assert_cmpint (erase_entries, ==, 1);

  g_assert_true (tandem_store_verify_audit (fixture->store, &problems, &n_entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems != NULL ? problems->len : 0, ==, 0);
  g_assert_cmpuint (n_entries, >, 0);

  /* Secure delete is this erasure's: the connection is left as it was. */
  g_assert_cmpint (query_secure_delete (fixture->store), ==, was_secure);
}

static void
test_erase_missing_person (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tandem_store_erase_person (fixture->store, 999999, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

static gboolean
listed (GPtrArray *people,
        gint64     person_id)
{
  for (guint i = 0; i < people->len; i++)
    if (((TandemRetentionCandidate *) g_ptr_array_index (people, i))->person_id == person_id)
      return TRUE;

  return FALSE;
}

static void
test_retention_boundary (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  GDate today;

  g_assert_cmpuint (tandem_store_get_retention_years (fixture->store, &error), ==, 8);
  g_assert_no_error (error);

  /* Ended exactly eight years before today: kept one more day. A day earlier: past. */
  exec_printf (fixture->store,
               "UPDATE referral SET status = 'closed', ended_on = '2018-03-15' "
               "WHERE person_id = %" G_GINT64_FORMAT ";"
               "UPDATE referral SET status = 'declined', ended_on = '2018-03-14' "
               "WHERE person_id = %" G_GINT64_FORMAT ";"
               "UPDATE person SET last_contact_on = '' WHERE id IN (%" G_GINT64_FORMAT ", %"
               G_GINT64_FORMAT ");",
               fixture->subject_id, fixture->other_id, fixture->subject_id, fixture->other_id);

  tandem_test_set_date (&today, "2026-03-15");
  people = tandem_store_list_past_retention (fixture->store, &today, &error);
  g_assert_no_error (error);
  g_assert_false (listed (people, fixture->subject_id));
  g_assert_true (listed (people, fixture->other_id));
  g_assert_cmpstr (((TandemRetentionCandidate *) g_ptr_array_index (people, 0))->last_ended_on,
                   ==, "2018-03-14");
  g_clear_pointer (&people, g_ptr_array_unref);

  /* A contact after the episode ended keeps the record longer. */
  exec_printf (fixture->store, "UPDATE person SET last_contact_on = '2019-01-01' WHERE id = %"
               G_GINT64_FORMAT, fixture->other_id);
  people = tandem_store_list_past_retention (fixture->store, &today, &error);
  g_assert_false (listed (people, fixture->other_id));
  g_clear_pointer (&people, g_ptr_array_unref);

  /* A shorter period, and an episode open again: only closed care counts. */
  g_assert_true (tandem_store_set_retention_years (fixture->store, 6, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_store_get_retention_years (fixture->store, NULL), ==, 6);
  people = tandem_store_list_past_retention (fixture->store, &today, &error);
  g_assert_true (listed (people, fixture->subject_id));
  g_assert_true (listed (people, fixture->other_id));
  g_clear_pointer (&people, g_ptr_array_unref);

  exec_printf (fixture->store, "UPDATE referral SET status = 'active' WHERE person_id = %"
               G_GINT64_FORMAT, fixture->subject_id);
  people = tandem_store_list_past_retention (fixture->store, &today, &error);
  g_assert_false (listed (people, fixture->subject_id));
  g_assert_true (listed (people, fixture->other_id));

  g_assert_false (tandem_store_set_retention_years (fixture->store, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
}

static char *
dup_pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }

  return g_string_free (text, FALSE);
}

/* The files a person is handed: a PDF and JSON, both theirs alone, and the export audited. */
static void
test_export_writes_pdf_and_json (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_auto(TandemSubjectAccessFiles) files = { NULL, NULL, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  TandemAuditFilter filter = { fixture->subject_id, 0, TANDEM_AUDIT_EXPORT, NULL, NULL };
  const char *const kinds[] = { "referral", "contact", "need", "goal", "action", "review",
                                "signpost", "minutes", "agreed", "supervised" };

  g_assert_true (tandem_subject_access_export (fixture->store, fixture->subject_id,
                                               fixture->dir->path, NULL, &files, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (files.pdf_path, ".pdf"));
  g_assert_cmpuint (files.n_records, >=, 10);
  /* The file names say nothing about whose record it is. */
  g_assert_null (strstr (files.pdf_path, subject.family));

  /* TANDEM_TEST_KEEP_PDF=path keeps a copy to look at. */
  if (g_getenv ("TANDEM_TEST_KEEP_PDF") != NULL)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (files.pdf_path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (g_getenv ("TANDEM_TEST_KEEP_PDF"), contents,
                                          (gssize) length, NULL));
    }

  text = dup_pdf_text (files.pdf_path);
  assert_contains (text, "Zenobia Quillfeather");
  assert_contains (text, "Everything we hold about you");
  /* Languages by name, not by code. */
  assert_contains (text, "Polish · Polski");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *note = g_strdup_printf ("%s %s", kinds[i], subject.marker);

      assert_contains (text, note);
    }
  assert_lacks (text, other.family);
  assert_lacks (text, other.marker);
  assert_lacks (text, other.nhs_number);

  g_assert_true (g_file_get_contents (files.json_path, &json, NULL, &error));
  g_assert_no_error (error);
  assert_contains (json, subject.nhs_number);
  assert_lacks (json, other.nhs_number);

  entries = tandem_store_list_audit (fixture->store, &filter, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/rights/subject-access/one-person", Fixture, NULL, fixture_set_up,
              test_subject_access_holds_one_person, fixture_tear_down);
  g_test_add ("/rights/subject-access/export", Fixture, NULL, fixture_set_up,
              test_export_writes_pdf_and_json, fixture_tear_down);
  g_test_add ("/rights/permission", Fixture, NULL, fixture_set_up,
              test_subject_access_needs_permission, fixture_tear_down);
  g_test_add ("/rights/erase/no-trace", Fixture, NULL, fixture_set_up,
              test_erase_leaves_no_trace, fixture_tear_down);
  g_test_add ("/rights/erase/missing", Fixture, NULL, fixture_set_up,
              test_erase_missing_person, fixture_tear_down);
  g_test_add ("/rights/retention/boundary", Fixture, NULL, fixture_set_up,
              test_retention_boundary, fixture_tear_down);

  return g_test_run ();
}
