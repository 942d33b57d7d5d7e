/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "tandem-audit-entry.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

static TandemStaff *
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(GError) error = NULL;
  TandemStaff *staff = tandem_staff_new ();

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_no_error (error);

  return staff;
}

static void
exec_sql (TandemStore *store,
          const char  *sql)
{
  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
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

static GPtrArray *
list_all (TandemStore             *store,
          const TandemAuditFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = tandem_store_list_audit (store, filter, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

/* Whether the trail has an entry for exactly this, by anyone. */
static gboolean
has_entry (GPtrArray         *entries,
           TandemAuditAction  action,
           const char        *record_type,
           gint64             record_id,
           gint64             person_id)
{
  for (guint i = 0; i < entries->len; i++)
    {
      TandemAuditEntry *entry = g_ptr_array_index (entries, i);

      if (tandem_audit_entry_get_action (entry) == action &&
          g_strcmp0 (tandem_audit_entry_get_record_type (entry), record_type) == 0 &&
          tandem_audit_entry_get_record_id (entry) == record_id &&
          tandem_audit_entry_get_person_id (entry) == person_id)
        return TRUE;
    }

  return FALSE;
}

static GPtrArray *
verify (TandemStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = NULL;
  guint64 n_entries = 0;

  g_assert_true (tandem_store_verify_audit (store, &problems, &n_entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries, >, 0);
  return problems;
}

/* An administrator signed in, as every test here starts. */
static TandemStore *
open_signed_in (TandemTestDir  *dir,
                TandemStaff   **admin_out)
{
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_test_open_store (dir);
  TandemStaff *admin = add_staff (store, "Amira Haddad", TANDEM_ROLE_LINK_WORKER);

  g_assert_true (tandem_store_set_staff_passphrase (store, tandem_record_get_id (admin),
                                                    "plum vortex ledger", &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_sign_in (store, tandem_record_get_id (admin),
                                       "plum vortex ledger", &error));
  g_assert_no_error (error);

  *admin_out = admin;
  return store;
}

static void
test_writes_are_recorded (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Zoë", "O'Neill", NULL);
  gint64 person_id = tandem_record_get_id (person);
  g_autoptr(TandemReferral) referral = tandem_test_add_referral (store, person, "2026-01-05",
                                                                TANDEM_PRIORITY_ROUTINE,
                                                                TANDEM_REFERRAL_RECEIVED);
  gint64 referral_id = tandem_record_get_id (referral);
  g_autoptr(TandemContact) contact = tandem_test_add_contact (store, person, referral_id,
                                                              "2026-01-06");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  TandemAuditEntry *newest;

  tandem_person_set_phone (person, "0113 496 0000");
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_delete_person (store, person_id, &error));
  g_assert_no_error (error);

  entries = list_all (store, NULL);
  g_assert_true (has_entry (entries, TANDEM_AUDIT_CREATE, "person", person_id, person_id));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_CHANGE, "person", person_id, person_id));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_CREATE, "referral", referral_id, person_id));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_CREATE, "contact",
                            tandem_record_get_id (contact), person_id));
  /* Deleting the person deletes their referral and contact too, and each is recorded. */
  g_assert_true (has_entry (entries, TANDEM_AUDIT_DELETE, "person", person_id, person_id));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_DELETE, "referral", referral_id, person_id));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_DELETE, "contact",
                            tandem_record_get_id (contact), person_id));
  /* Setting the last contact date when the contact was saved was bookkeeping, not a change
   * anyone made to the person: only the save above is a change. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit WHERE action = 'change' "
                               "AND record_type = 'person'"), ==, 1);

  /* Newest first, by whoever was signed in, with no personal data in the entry itself. */
  newest = g_ptr_array_index (entries, 0);
  g_assert_cmpint (tandem_audit_entry_get_action (newest), ==, TANDEM_AUDIT_DELETE);
  g_assert_cmpint (tandem_audit_entry_get_staff_id (newest), ==, tandem_record_get_id (admin));
  g_assert_cmpstr (tandem_audit_entry_get_staff_name (newest), ==, "Amira Haddad");
  g_assert_cmpint (strlen (tandem_audit_entry_get_at (newest)), ==, 20);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit WHERE "
                               "at || action || record_type LIKE '%Neill%'"), ==, 0);
}

static void
test_rolled_back_write_leaves_no_entry (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
  g_autoptr(TandemPerson) first = tandem_test_add_person (store, "Ada", "Byron", "9434765919");
  g_autoptr(TandemPerson) second = tandem_person_new ();
  g_autoptr(GError) error = NULL;
  gint64 before = query_int (store, "SELECT count(*) FROM audit");

  /* The same NHS number again: refused, so nothing was created and nothing recorded. */
  tandem_person_set_given_name (second, "Eve");
  tandem_person_set_family_name (second, "Byron");
  tandem_person_set_nhs_number (second, "9434765919");
  g_assert_false (tandem_store_save_person (store, second, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit"), ==, before);
}

static void
test_sign_in_and_access_are_recorded (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Byron", NULL);
  gint64 admin_id = tandem_record_get_id (admin);
  gint64 person_id = tandem_record_get_id (person);
  TandemAuditFilter by_action = { 0, 0, TANDEM_AUDIT_SIGN_IN_FAILED, NULL, NULL };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (tandem_store_sign_in (store, admin_id, "not the passphrase", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);

  for (TandemAuditAction action = TANDEM_AUDIT_VIEW; action <= TANDEM_AUDIT_EXPORT; action++)
    {
      g_assert_true (tandem_store_record_audit (store, action, "person", person_id, person_id,
                                                &error));
      g_assert_no_error (error);
    }

  entries = list_all (store, NULL);
  g_assert_true (has_entry (entries, TANDEM_AUDIT_SIGN_IN, "staff", admin_id, 0));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_SIGN_IN_FAILED, "staff", admin_id, 0));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_VIEW, "person", person_id, person_id));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_PRINT, "person", person_id, person_id));
  g_assert_true (has_entry (entries, TANDEM_AUDIT_EXPORT, "person", person_id, person_id));

  /* A wrong passphrase is a failed sign-in, not a change to the member of staff. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit WHERE action = 'change' "
                               "AND record_type = 'staff'"), ==, 1);

  failed = list_all (store, &by_action);
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_cmpint (tandem_audit_entry_get_staff_id (g_ptr_array_index (failed, 0)), ==,
                   admin_id);
}

static void
test_filters (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
  g_autoptr(TandemPerson) ada = tandem_test_add_person (store, "Ada", "Byron", NULL);
  g_autoptr(TandemPerson) bob = tandem_test_add_person (store, "Bob", "Hale", NULL);
  TandemAuditFilter filter = { tandem_record_get_id (ada), 0, -1, NULL, NULL };
  g_autoptr(GPtrArray) about_ada = NULL;
  g_autoptr(GPtrArray) today = NULL;
  g_autoptr(GPtrArray) long_ago = NULL;
  g_autoptr(GPtrArray) by_nobody = NULL;
  g_autoptr(GPtrArray) newest = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  about_ada = list_all (store, &filter);
  g_assert_cmpuint (about_ada->len, ==, 1);
  g_assert_cmpstr (tandem_audit_entry_get_person_name (g_ptr_array_index (about_ada, 0)), ==,
                   "Ada Byron");

  filter = (TandemAuditFilter) { 0, 0, TANDEM_AUDIT_CREATE, date, date };
  today = list_all (store, &filter);
  g_assert_true (has_entry (today, TANDEM_AUDIT_CREATE, "person", tandem_record_get_id (bob),
                            tandem_record_get_id (bob)));

  filter = (TandemAuditFilter) { 0, 0, -1, "2001-01-01", "2001-12-31" };
  long_ago = list_all (store, &filter);
  g_assert_cmpuint (long_ago->len, ==, 0);

  filter = (TandemAuditFilter) { 0, 999, -1, NULL, NULL };
  by_nobody = list_all (store, &filter);
  g_assert_cmpuint (by_nobody->len, ==, 0);

  newest = tandem_store_list_audit (store, NULL, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (newest->len, ==, 2);
  g_assert_cmpint (tandem_audit_entry_get_person_id (g_ptr_array_index (newest, 0)), ==,
                   tandem_record_get_id (bob));
}

static void
test_who_may_read (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
  g_autoptr(TandemStaff) coach = add_staff (store, "Ben Carter", TANDEM_ROLE_HEALTH_COACH);
  g_autoptr(TandemStaff) supervisor = add_staff (store, "Cleo Dunn", TANDEM_ROLE_SUPERVISOR);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Byron", NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_may_read_audit (store));

  g_assert_true (tandem_store_set_caseload_scope (store, TANDEM_CASELOAD_SCOPE_OWN, &error));
  g_assert_no_error (error);

  tandem_store_set_viewer (store, tandem_record_get_id (coach));
  g_assert_false (tandem_store_may_read_audit (store));
  g_assert_null (tandem_store_list_audit (store, NULL, 0, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);

  tandem_store_set_viewer (store, tandem_record_get_id (supervisor));
  g_assert_true (tandem_store_may_read_audit (store));

  /* The administrator sees that someone's record changed, but under "own" caseloads not
   * whose: being an administrator opens no one's record. */
  tandem_store_set_viewer (store, tandem_record_get_id (admin));
  entries = list_all (store, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      TandemAuditEntry *entry = g_ptr_array_index (entries, i);

      if (tandem_audit_entry_get_person_id (entry) == tandem_record_get_id (person))
        {
          g_autofree char *shown = tandem_audit_entry_describe_person (entry);

          g_assert_null (tandem_audit_entry_get_person_name (entry));
          g_assert_null (strstr (shown, "Byron"));
        }
    }

  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);
  g_assert_true (tandem_store_may_read_audit (store));
}

static void
test_verify_finds_tampering (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
  g_autoptr(GPtrArray) problems = NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Byron", NULL);
    }

  /* The control: an untouched trail is whole. */
  problems = verify (store);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The trail refuses changes; someone with the key and a SQL shell can drop the guard. */
  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store),
                                 "UPDATE audit SET staff_id = 99 WHERE id = 3", NULL, NULL, NULL),
                   !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store),
                                 "DELETE FROM audit WHERE id = 3", NULL, NULL, NULL), !=, SQLITE_OK);
  exec_sql (store, "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;");

  exec_sql (store, "UPDATE audit SET action = 'view' WHERE id = 3");
  problems = verify (store);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "Entry 3 has been changed.");
  g_clear_pointer (&problems, g_ptr_array_unref);

  exec_sql (store, "DELETE FROM audit WHERE id = 5");
  problems = verify (store);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, "Entry 5 has been removed.");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Removing the newest entry leaves a whole chain, but not the one audit_head ends with. */
  exec_sql (store, "DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)");
  problems = verify (store);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 2), "The last entry"));
}

static void
test_trail_survives_reopening (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStore) again = NULL;

  {
    g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
    g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", "Byron", NULL);
  }

  /* A second connection appends to the same chain. */
  again = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);
  tandem_store_set_viewer (again, TANDEM_STORE_VIEWER_SYSTEM);
  {
    g_autoptr(TandemPerson) person = tandem_test_add_person (again, "Bob", "Hale", NULL);
  }

  problems = verify (again);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpint (query_int (again, "SELECT count(*) FROM audit WHERE staff_id = -2 "
                               "AND action = 'create' AND record_type = 'person'"), ==, 1);
}

/* Connections that only read never pay for the triggers; one that writes is audited. */
static void
test_triggers_wait_for_a_write (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStaff) admin = NULL;
  g_autoptr(TandemStore) store = open_signed_in (dir, &admin);
  g_autoptr(TandemStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before;

  reader = tandem_store_open_sibling (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_store_count_people (reader, NULL), ==, 0);
  g_assert_cmpint (query_int (reader, "SELECT count(*) FROM sqlite_temp_master "
                              "WHERE type = 'trigger'"), ==, 0);

  before = query_int (store, "SELECT count(*) FROM audit WHERE record_type = 'person'");
  {
    g_autoptr(TandemPerson) person = tandem_test_add_person (reader, "Ada", "Byron", NULL);
  }
  g_assert_cmpint (query_int (reader, "SELECT count(*) FROM sqlite_temp_master "
                              "WHERE type = 'trigger'"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit WHERE record_type = 'person'"),
                   ==, before + 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/audit/writes-are-recorded", test_writes_are_recorded);
  g_test_add_func ("/audit/rolled-back-write", test_rolled_back_write_leaves_no_entry);
  g_test_add_func ("/audit/sign-in-and-access", test_sign_in_and_access_are_recorded);
  g_test_add_func ("/audit/filters", test_filters);
  g_test_add_func ("/audit/who-may-read", test_who_may_read);
  g_test_add_func ("/audit/verify-finds-tampering", test_verify_finds_tampering);
  g_test_add_func ("/audit/survives-reopening", test_trail_survives_reopening);
  g_test_add_func ("/audit/triggers-wait-for-a-write", test_triggers_wait_for_a_write);

  return g_test_run ();
}
