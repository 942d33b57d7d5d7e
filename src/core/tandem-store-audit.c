/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-audit-entry.h"
#include "tandem-enums.h"
#include "tandem-store-private.h"

/* The audit trail (schema 8): who created, changed, deleted, viewed, printed or exported
 * which record, and every sign-in.
 *
 * Writes are recorded by the database itself: each connection Tandem opens carries
 * temporary triggers on the tables that hold records, so no save can forget to record
 * itself, a rolled-back save leaves no entry, and a cascade (deleting a person deletes their
 * referrals) records every row it removes. Views, prints, exports and sign-ins are recorded
 * by whoever does them, through tandem_store_record_audit().
 *
 * Each entry's hash covers the previous entry's hash and its own fields, and audit_head
 * keeps the newest, so tandem_store_verify_audit() finds an entry edited or removed outside
 * Tandem, even the last one. Someone with the database key and this source could rebuild
 * the whole chain; older backups then still hold the chain as it was. */

#define HASH_SIZE 32
#define N_HASHED_FIELDS 7   /* id, at, staff, action, record type, record id, person id */

/* One statement appends an entry, for the triggers (with tandem_actor(), who is signed in on
 * this connection) and for tandem_store_record_audit() (with a bound member of staff). The
 * arguments are SQL expressions; the hash is computed from the same values it stores. SQLite
 * gives 'now' one value throughout a step, so the time hashed is the time stored. */
#define AUDIT_NOW "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define AUDIT_APPEND(staff, now, action, type, record, person) \
  "INSERT INTO audit (id, at, staff_id, action, record_type, record_id, person_id, hash) " \
  "SELECT h.last_id + 1, n.at, n.staff, " action ", " type ", " record ", " person ", " \
  "tandem_audit_hash (h.last_hash, h.last_id + 1, n.at, n.staff, " action ", " type ", " \
  record ", " person ") " \
  "FROM audit_head h, (SELECT " now " AS at, " staff " AS staff) n " \
  "WHERE h.id = 1"

/* The tables whose rows are records, the person each row belongs to, and for updates a
 * condition that leaves out bookkeeping nobody did on purpose: a person's last contact date
 * follows their contacts, and wrong sign-in counts are recorded as failed sign-ins. */
static const struct
{
  const char *table;
  const char *person;        /* column of OLD/NEW with the person's id, or NULL */
  const char *update_when;   /* an update trigger's WHEN condition, or NULL */
} audited_tables[] = {
  { "person", "id", "OLD.last_contact_on IS NEW.last_contact_on" },
  { "referral", "person_id", NULL },
  { "contact", "person_id", NULL },
  { "plan_version", "person_id", NULL },
  { "measure_result", "person_id", NULL },
  { "signpost", "person_id", NULL },
  { "mdt_flag", "person_id", NULL },
  { "huddle_case", "person_id", NULL },
  { "supervision_case", "person_id", NULL },
  { "agreed_action", NULL, NULL },
  { "huddle", NULL, NULL },
  { "supervision_session", NULL, NULL },
  { "competency_review", NULL, NULL },
  { "cpd_entry", NULL, NULL },
  { "staff", NULL,
    "OLD.name IS NOT NEW.name OR OLD.role IS NOT NEW.role OR OLD.retired IS NOT NEW.retired "
    "OR OLD.passphrase_hash IS NOT NEW.passphrase_hash "
    "OR OLD.administrator IS NOT NEW.administrator" },
  { "practice", NULL, NULL },
  { "pcn", NULL, NULL },
  { "asset", NULL, NULL },
};

static void
compute_hash (const guint8  *previous,
              gsize          previous_size,
              const char   **fields,
              guint8        *hash)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  gsize size = HASH_SIZE;

  g_checksum_update (checksum, previous, previous_size);
  for (guint i = 0; i < N_HASHED_FIELDS; i++)
    {
      /* A separator no field contains keeps "1" + "23" apart from "12" + "3". */
      g_checksum_update (checksum, (const guchar *) "\x1f", 1);
      if (fields[i] != NULL)
        g_checksum_update (checksum, (const guchar *) fields[i], -1);
    }

  g_checksum_get_digest (checksum, hash, &size);
}

/* tandem_audit_hash (previous hash, id, at, staff, action, type, record, person) */
static void
audit_hash_function (sqlite3_context  *context,
                     int               argc,
                     sqlite3_value   **argv)
{
  const char *fields[N_HASHED_FIELDS];
  guint8 hash[HASH_SIZE];

  g_assert (argc == N_HASHED_FIELDS + 1);

  for (guint i = 0; i < N_HASHED_FIELDS; i++)
    fields[i] = (const char *) sqlite3_value_text (argv[i + 1]);

  compute_hash (sqlite3_value_blob (argv[0]), (gsize) sqlite3_value_bytes (argv[0]), fields,
                hash);
  sqlite3_result_blob (context, hash, HASH_SIZE, SQLITE_TRANSIENT);
}

/* Who is acting on this connection: the signed-in member of staff, the command-line tool,
 * or NULL for nobody (a new database being set up). */
static void
actor_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  gint64 viewer = tandem_store_get_viewer (sqlite3_user_data (context));

  if (viewer > 0 || viewer == TANDEM_STORE_VIEWER_SYSTEM)
    sqlite3_result_int64 (context, viewer);
  else
    sqlite3_result_null (context);
}

/**
 * tandem_store_audit_register_functions:
 *
 * Gives a new connection the SQL functions the audit trail's statements call.
 */
void
tandem_store_audit_register_functions (TandemStore *self)
{
  sqlite3 *db = tandem_store_get_db (self);

  sqlite3_create_function_v2 (db, "tandem_audit_hash", N_HASHED_FIELDS + 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                              audit_hash_function, NULL, NULL, NULL);
  sqlite3_create_function_v2 (db, "tandem_actor", 0, SQLITE_UTF8, self,
                              actor_function, NULL, NULL, NULL);
}

static char *
trigger_sql (guint       table_index,
             const char *event,
             const char *action,
             const char *row)
{
  const char *table = audited_tables[table_index].table;
  const char *person = audited_tables[table_index].person;
  g_autofree char *record = g_strdup_printf ("%s.id", row);
  g_autofree char *person_expr = person ? g_strdup_printf ("%s.%s", row, person)
                                        : g_strdup ("NULL");
  g_autofree char *action_expr = g_strdup_printf ("'%s'", action);
  g_autofree char *type_expr = g_strdup_printf ("'%s'", table);
  g_autofree char *when = NULL;
  g_autofree char *append = NULL;

  if (g_str_equal (event, "UPDATE") && audited_tables[table_index].update_when != NULL)
    when = g_strdup_printf ("WHEN %s", audited_tables[table_index].update_when);

  /* The appending statement is a literal with %s where each expression goes. */
  append = g_strdup_printf (AUDIT_APPEND ("tandem_actor ()", "%s", "%s", "%s", "%s", "%s"),
                            action_expr, type_expr, record, person_expr,
                            action_expr, type_expr, record, person_expr, AUDIT_NOW);

  return g_strdup_printf ("CREATE TEMP TRIGGER IF NOT EXISTS audit_%s_%s "
                          "AFTER %s ON main.%s %s BEGIN %s; END;",
                          table, action, event, table, when ? when : "", append);
}

/**
 * tandem_store_audit_start:
 *
 * Makes this connection record every write to a record in the audit trail. The store calls
 * it before a connection's first write, once the schema has the trail. Safe to call again.
 */
gboolean
tandem_store_audit_start (TandemStore  *self,
                          GError      **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (audited_tables); i++)
    {
      g_autofree char *on_insert = trigger_sql (i, "INSERT", "create", "NEW");
      g_autofree char *on_update = trigger_sql (i, "UPDATE", "change", "NEW");
      g_autofree char *on_delete = trigger_sql (i, "DELETE", "delete", "OLD");

      g_string_append (sql, on_insert);
      g_string_append (sql, on_update);
      g_string_append (sql, on_delete);
    }

  return tandem_store_exec (self, sql->str, error);
}

/**
 * tandem_store_audit_stop:
 *
 * Takes this connection's audit triggers away again; see tandem_store_set_auditing().
 */
gboolean
tandem_store_audit_stop (TandemStore  *self,
                         GError      **error)
{
  static const char *const actions[] = { "create", "change", "delete" };
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (audited_tables); i++)
    for (guint a = 0; a < G_N_ELEMENTS (actions); a++)
      g_string_append_printf (sql, "DROP TRIGGER IF EXISTS temp.audit_%s_%s;",
                              audited_tables[i].table, actions[a]);

  return tandem_store_exec (self, sql->str, error);
}

/**
 * tandem_store_append_audit:
 * @staff_id: who did it: a member of staff, %TANDEM_STORE_VIEWER_SYSTEM, or 0 for nobody
 * @record_id: the record, or 0
 * @person_id: the person it is about, or 0
 *
 * Appends an entry inside the write transaction already open, so the entry and what it
 * records are saved together or not at all.
 */
gboolean
tandem_store_append_audit (TandemStore        *self,
                           gint64              staff_id,
                           TandemAuditAction   action,
                           const char         *record_type,
                           gint64              record_id,
                           gint64              person_id,
                           GError            **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;

  stmt = tandem_store_prepare (self, AUDIT_APPEND ("?1", AUDIT_NOW, "?2", "?3", "?4", "?5"),
                               error);
  if (stmt == NULL)
    return FALSE;

  if (staff_id == TANDEM_STORE_VIEWER_SYSTEM)
    sqlite3_bind_int64 (stmt, 1, staff_id);
  else
    tandem_store_bind_id (stmt, 1, staff_id);
  tandem_store_bind_enum (stmt, 2, TANDEM_TYPE_AUDIT_ACTION, action);
  sqlite3_bind_text (stmt, 3, record_type, -1, SQLITE_STATIC);
  tandem_store_bind_id (stmt, 4, record_id);
  tandem_store_bind_id (stmt, 5, person_id);

  return tandem_store_step_done (self, stmt, error);
}

typedef struct
{
  TandemAuditAction action;
  const char *record_type;
  gint64 record_id;
  gint64 person_id;
} Entry;

static gboolean
write_entry (TandemStore    *self,
             gconstpointer   data,
             GError        **error)
{
  const Entry *entry = data;

  return tandem_store_append_audit (self, tandem_store_get_viewer (self), entry->action,
                                    entry->record_type, entry->record_id, entry->person_id,
                                    error);
}

/**
 * tandem_store_record_audit:
 * @action: what was done: viewing, printing, exporting (writes record themselves)
 * @record_type: the kind of record, as the database names its table ("person", "plan_version")
 * @record_id: the record, or 0 when the action concerns no one record
 * @person_id: the person it is about, or 0
 *
 * Records in the audit trail that the signed-in member of staff did @action.
 */
gboolean
tandem_store_record_audit (TandemStore        *self,
                           TandemAuditAction   action,
                           const char         *record_type,
                           gint64              record_id,
                           gint64              person_id,
                           GError            **error)
{
  Entry entry = { action, record_type, record_id, person_id };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (record_type != NULL, FALSE);

  return tandem_store_write (self, write_entry, &entry, error);
}

/**
 * tandem_store_may_read_audit:
 *
 * Whether the viewer may browse the audit trail: administrators, supervisors (by role or
 * because they supervise someone) and the command-line tool.
 */
gboolean
tandem_store_may_read_audit (TandemStore *self)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 viewer;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  viewer = tandem_store_get_viewer (self);
  if (viewer == TANDEM_STORE_VIEWER_SYSTEM)
    return TRUE;
  if (viewer <= 0)
    return FALSE;

  stmt = tandem_store_prepare (self,
                               "SELECT 1 FROM staff WHERE id = ?1 AND retired = 0 "
                               "AND (administrator != 0 OR role = 'supervisor' OR EXISTS "
                               "(SELECT 1 FROM staff_supervisor WHERE supervisor_id = ?1))",
                               NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, viewer);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* Named parameters throughout: the access rule's :viewer comes first in the text. */
#define SELECT_ENTRIES(where) \
  "SELECT a.id, a.at, a.staff_id, s.name, a.action, a.record_type, a.record_id, " \
  "a.person_id, CASE WHEN p.id IS NOT NULL AND " TANDEM_SQL_MAY_READ_PERSON ("p.id") " " \
  "THEN p.given_name || ' ' || p.family_name END " \
  "FROM audit a LEFT JOIN staff s ON s.id = a.staff_id " \
  "LEFT JOIN person p ON p.id = a.person_id " \
  "WHERE " where " " \
  "AND (:staff = 0 OR a.staff_id = :staff) AND (:action = '' OR a.action = :action) " \
  "AND (:from = '' OR a.at >= :from) AND (:to = '' OR a.at < :to) " \
  "ORDER BY a.id DESC LIMIT :limit"

static int
parameter (sqlite3_stmt *stmt,
           const char   *name)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  g_assert (index > 0);
  return index;
}

static void
bind_date (sqlite3_stmt *stmt,
           int           index,
           const char   *date,
           gboolean      next_day)
{
  g_autoptr(GDate) day = NULL;
  char text[16];

  if (date == NULL || *date == '\0')
    {
      sqlite3_bind_text (stmt, index, "", -1, SQLITE_STATIC);
      return;
    }

  /* Entries are stamped with UTC times; a day's entries sort between "YYYY-MM-DD" and the
   * next day's date. */
  day = g_date_new ();
  g_date_set_parse (day, date);
  if (!g_date_valid (day))
    {
      sqlite3_bind_text (stmt, index, date, -1, SQLITE_TRANSIENT);
      return;
    }

  if (next_day)
    g_date_add_days (day, 1);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/**
 * tandem_store_list_audit:
 * @filter: (nullable): which entries; %NULL for all
 * @limit: at most this many, the newest; 0 for no limit
 *
 * Returns: (transfer container) (element-type TandemAuditEntry): the entries, newest first,
 *   or %NULL with @error set (DENIED unless tandem_store_may_read_audit())
 */
GPtrArray *
tandem_store_list_audit (TandemStore              *self,
                         const TandemAuditFilter  *filter,
                         guint                     limit,
                         GError                  **error)
{
  static const TandemAuditFilter everything = { 0, 0, -1, NULL, NULL };
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_may_read_audit (self))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                           _("Only administrators and supervisors may read the audit trail."));
      return NULL;
    }

  if (filter == NULL)
    filter = &everything;

  /* Two statements, so that one person's entries come from the index on person. */
  if (filter->person_id > 0)
    stmt = tandem_store_prepare (self, SELECT_ENTRIES ("a.person_id = :person"), error);
  else
    stmt = tandem_store_prepare (self, SELECT_ENTRIES (":person = 0"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, parameter (stmt, ":person"), MAX (filter->person_id, 0));
  sqlite3_bind_int64 (stmt, parameter (stmt, ":staff"), filter->staff_id);
  if (filter->action >= 0)
    tandem_store_bind_enum (stmt, parameter (stmt, ":action"), TANDEM_TYPE_AUDIT_ACTION,
                            filter->action);
  else
    sqlite3_bind_text (stmt, parameter (stmt, ":action"), "", -1, SQLITE_STATIC);
  bind_date (stmt, parameter (stmt, ":from"), filter->from, FALSE);
  bind_date (stmt, parameter (stmt, ":to"), filter->to, TRUE);
  sqlite3_bind_int64 (stmt, parameter (stmt, ":limit"), limit > 0 ? (gint64) limit : -1);
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries,
                     tandem_audit_entry_new (sqlite3_column_int64 (stmt, 0),
                                             tandem_store_column_text (stmt, 1),
                                             sqlite3_column_int64 (stmt, 2),
                                             tandem_store_column_text (stmt, 3),
                                             tandem_store_column_enum (stmt, 4,
                                                                       TANDEM_TYPE_AUDIT_ACTION,
                                                                       TANDEM_AUDIT_CHANGE),
                                             tandem_store_column_text (stmt, 5),
                                             sqlite3_column_int64 (stmt, 6),
                                             sqlite3_column_int64 (stmt, 7),
                                             tandem_store_column_text (stmt, 8)));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

static void
add_problem (GPtrArray  *problems,
             char       *problem)
{
  g_debug ("Audit trail: %s", problem);
  g_ptr_array_add (problems, problem);
}

/**
 * tandem_store_verify_audit:
 * @problems: (out) (transfer container) (element-type utf8): what is wrong, in words; empty
 *   when the chain is whole
 * @n_entries: (out) (optional): how many entries were checked
 *
 * Recomputes the audit trail's chain of hashes from its first entry to its last.
 *
 * Returns: %TRUE when it could be read (@problems says whether it is whole), %FALSE with
 *   @error set when not
 */
gboolean
tandem_store_verify_audit (TandemStore  *self,
                           GPtrArray   **problems,
                           guint64      *n_entries,
                           GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(TandemStoreStatement) head = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  guint8 previous[HASH_SIZE] = { 0 };
  gint64 expected_id = 1;
  guint64 count = 0;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  stmt = tandem_store_prepare (self,
                               "SELECT id, at, staff_id, action, record_type, record_id, "
                               "person_id, hash FROM audit ORDER BY id",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *fields[N_HASHED_FIELDS];
      const void *stored = sqlite3_column_blob (stmt, 7);
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint8 hash[HASH_SIZE];
      gboolean chained = TRUE;

      count++;
      for (guint i = 0; i < N_HASHED_FIELDS; i++)
        fields[i] = (const char *) sqlite3_column_text (stmt, i);

      if (id != expected_id)
        {
          /* The missing entries' hashes are gone, so this one cannot be checked against
           * them: say what is missing and carry on from its own hash. */
          add_problem (found,
                       id == expected_id + 1
                       ? g_strdup_printf (_("Entry %" G_GINT64_FORMAT " has been removed."),
                                          expected_id)
                       : g_strdup_printf (_("Entries %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT
                                            " have been removed."),
                                          expected_id, id - 1));
          chained = FALSE;
        }

      compute_hash (previous, HASH_SIZE, fields, hash);
      if (chained &&
          (sqlite3_column_bytes (stmt, 7) != HASH_SIZE || memcmp (hash, stored, HASH_SIZE) != 0))
        add_problem (found, g_strdup_printf (_("Entry %" G_GINT64_FORMAT " has been changed."),
                                             id));

      if (sqlite3_column_bytes (stmt, 7) == HASH_SIZE)
        memcpy (previous, stored, HASH_SIZE);
      else
        memset (previous, 0, HASH_SIZE);
      expected_id = id + 1;
    }

  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  head = tandem_store_prepare (self, "SELECT last_id, last_hash FROM audit_head WHERE id = 1",
                               error);
  if (head == NULL)
    return FALSE;

  rc = sqlite3_step (head);
  if (rc == SQLITE_ROW)
    {
      gint64 last_id = sqlite3_column_int64 (head, 0);

      if (last_id >= expected_id)
        add_problem (found,
                     last_id == expected_id
                     ? g_strdup_printf (_("The last entry, %" G_GINT64_FORMAT ", has been "
                                          "removed."), last_id)
                     : g_strdup_printf (_("The last entries, %" G_GINT64_FORMAT " to %"
                                          G_GINT64_FORMAT ", have been removed."),
                                        expected_id, last_id));
      else if (last_id != expected_id - 1 ||
               sqlite3_column_bytes (head, 1) != HASH_SIZE ||
               memcmp (sqlite3_column_blob (head, 1), previous, HASH_SIZE) != 0)
        add_problem (found, g_strdup (_("The record of the newest entry has been changed.")));
    }
  else if (rc == SQLITE_DONE)
    add_problem (found, g_strdup (_("The record of the newest entry has been removed.")));
  else
    return tandem_store_fail (self, rc, error);

  if (n_entries)
    *n_entries = count;
  *problems = g_steal_pointer (&found);
  return TRUE;
}
