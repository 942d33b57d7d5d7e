/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>

#include "tandem-enum-strings.h"
#include "tandem-search.h"
#include "tandem-store-private.h"

/* The one way to the database. Everything that reads or writes people's records goes through
 * a TandemStore, so that encryption (the key given to tandem_store_open()) and, one day, a
 * shared server for a whole PCN change this file and not the views.
 *
 * A store is one connection and belongs to one thread at a time; a worker thread opens a
 * sibling. Every write runs in a transaction; changes are announced with ::changed once the
 * outermost transaction commits, so listeners never see work that is then rolled back. */
struct _TandemStore
{
  GObject      parent_instance;

  char        *path;
  TandemStoreKey *key;        /* NULL for an unencrypted database */
  sqlite3     *db;
  GHashTable  *statements;     /* SQL text (static) -> sqlite3_stmt */
  guint        transaction_depth;
  GArray      *pending_people; /* gint64 person ids changed in this transaction */
  gboolean     pending_reset;
  gboolean     pending_team;
  gboolean     pending_directory;
  gboolean     pending_supervision;
  gboolean     pending_huddles;
  gboolean     auditing;       /* the audit trail's triggers are on this connection */
  gboolean     audit_off;      /* … and must stay off (a benchmark measuring their cost) */
  gint64       viewer_id;      /* the member of staff reading, for confidential records */
  gint64       viewer_announced; /* the viewer listeners last reloaded for */
};

G_DEFINE_FINAL_TYPE (TandemStore, tandem_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (tandem-store-error-quark, tandem_store_error)

enum {
  SIGNAL_CHANGED,
  SIGNAL_TEAM_CHANGED,
  SIGNAL_DIRECTORY_CHANGED,
  SIGNAL_SUPERVISION_CHANGED,
  SIGNAL_HUDDLES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Long enough to ride out another process's checkpoint or a backup, short enough that a
 * stuck lock becomes a message instead of a frozen window. */
#define BUSY_TIMEOUT_MS 5000

/* Past this many people in one transaction listeners reload everything instead. */
#define MAX_PENDING_PEOPLE 256

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
tandem_store_finalize (GObject *object)
{
  TandemStore *self = (TandemStore *) object;

  if (self->transaction_depth > 0)
    g_warning ("Store finalized inside a transaction; rolling back");

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->pending_people, g_array_unref);
  g_clear_pointer (&self->key, tandem_store_key_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (tandem_store_parent_class)->finalize (object);
}

static void
tandem_store_class_init (TandemStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_store_finalize;

  /**
   * TandemStore::changed:
   * @person_id: the person whose record changed, or 0 when anything may have changed
   *
   * Emitted after a transaction that changed a person, their referrals or contacts commits.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * TandemStore::team-changed:
   *
   * Emitted after the PCN's name, practices or staff changed.
   */
  signals[SIGNAL_TEAM_CHANGED] =
    g_signal_new ("team-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemStore::directory-changed:
   *
   * Emitted after the community directory changed: its assets or their categories. Signposts
   * to assets are changes to their person (::changed).
   */
  signals[SIGNAL_DIRECTORY_CHANGED] =
    g_signal_new ("directory-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemStore::supervision-changed:
   *
   * Emitted after supervision sessions, who supervises whom, expected frequencies,
   * competency frameworks or reviews, or CPD entries changed, or the viewer changed.
   */
  signals[SIGNAL_SUPERVISION_CHANGED] =
    g_signal_new ("supervision-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemStore::huddles-changed:
   *
   * Emitted after MDT huddles, their agendas, minutes or actions, or MDT flags changed.
   */
  signals[SIGNAL_HUDDLES_CHANGED] =
    g_signal_new ("huddles-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tandem_store_init (TandemStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, statement_free);
  self->pending_people = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Turns an SQLite result into a message that tells the user what happened and what to do. */
gboolean
tandem_store_fail (TandemStore  *self,
                   int           rc,
                   GError      **error)
{
  const char *detail = self && self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int system_errno = self && self->db ? sqlite3_system_errno (self->db) : 0;

  g_debug ("SQLite error %d: %s (system error %d)", rc, detail, system_errno);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_BUSY,
                   _("The database is busy: another program is using it. Close other copies "
                     "of Tandem and try again."));
      break;

    case SQLITE_IOERR:
      /* SQLite calls a write refused for want of space a full disk only when the system
       * said ENOSPC; a quota (EDQUOT) or the file size limit (EFBIG) comes as an I/O error,
       * yet for the user each is a full disk, and freeing space is the cure. */
      if (system_errno != ENOSPC && system_errno != EDQUOT && system_errno != EFBIG)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO,
                       _("Reading or writing the database failed. The disk may be failing or "
                         "disconnected."));
          break;
        }
      G_GNUC_FALLTHROUGH;

    case SQLITE_FULL:
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FULL,
                   _("The disk is full, so nothing more can be saved. Free some space and "
                     "try again."));
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_READ_ONLY,
                   _("The database can be read but not changed. Check that you may write to "
                     "the file and its folder."));
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CORRUPT,
                   _("The database file is damaged. Restore it from a backup."));
      break;

    case SQLITE_NOTADB:
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE,
                   _("This file is not a Tandem database, or it cannot be read."));
      break;

    case SQLITE_CANTOPEN:
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CANT_OPEN,
                   _("The database file could not be opened. Check that its folder exists and "
                     "that you may use it."));
      break;

    case SQLITE_CONSTRAINT:
      /* The only triggers that refuse a change are those guarding agreed plans. */
      if (self && self->db && sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_TRIGGER)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN,
                       _("This version of the plan has been agreed, so it can no longer "
                         "change. Start a review to make a new version."));
          break;
        }
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("This change would break the records' links to each other, so it was not "
                     "saved (%s)."), detail);
      break;

    default:
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED,
                   _("The database reported an error: %s"), detail);
      break;
    }

  return FALSE;
}

sqlite3 *
tandem_store_get_db (TandemStore *self)
{
  return self->db;
}

TandemStoreStatement *
tandem_store_prepare (TandemStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      /* A damaged or tampered database can lack a table: say so, don't abort. */
      g_warning ("Cannot prepare %s: %s", sql, sqlite3_errmsg (self->db));
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
tandem_store_step_done (TandemStore           *self,
                        TandemStoreStatement  *stmt,
                        GError               **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/* Runs the INSERT of a new @record or the UPDATE of a saved one: a new record takes the id
 * the database gave it; an update that changed no row found the record gone, or not the
 * viewer's to change, and @not_found says so. */
gboolean
tandem_store_step_saved (TandemStore          *self,
                         TandemStoreStatement *stmt,
                         gpointer              record,
                         const char           *not_found,
                         GError              **error)
{
  if (tandem_record_get_id (record) != 0)
    return tandem_store_step_changed (self, stmt, not_found, error);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_record_set_id (record, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

/* Runs an UPDATE or DELETE of one row that must be there: when no row changed, it was gone
 * or not the viewer's to change, and @not_found says so. */
gboolean
tandem_store_step_changed (TandemStore          *self,
                           TandemStoreStatement *stmt,
                           const char           *not_found,
                           GError              **error)
{
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) > 0)
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND, not_found);
  return FALSE;
}

gboolean
tandem_store_exec (TandemStore  *self,
                   const char   *sql,
                   GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

void
tandem_store_bind_text (sqlite3_stmt *stmt,
                        int           index,
                        const char   *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

void
tandem_store_bind_text_or_null (sqlite3_stmt *stmt,
                                int           index,
                                const char   *text)
{
  if (text == NULL || text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Ids of 0 mean "none" in the model and NULL in the database, so foreign keys hold. */
void
tandem_store_bind_id (sqlite3_stmt *stmt,
                      int           index,
                      gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

const char *
tandem_store_column_text (sqlite3_stmt *stmt,
                          int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

void
tandem_store_bind_enum (sqlite3_stmt *stmt,
                        int           index,
                        GType         enum_type,
                        int           value)
{
  sqlite3_bind_text (stmt, index, tandem_enum_to_nick (enum_type, value), -1, SQLITE_STATIC);
}

int
tandem_store_column_enum (sqlite3_stmt *stmt,
                          int           column,
                          GType         enum_type,
                          int           fallback)
{
  return tandem_enum_from_nick (enum_type, (const char *) sqlite3_column_text (stmt, column),
                                fallback);
}

void
tandem_store_bind_flags (sqlite3_stmt *stmt,
                         int           index,
                         GType         flags_type,
                         guint         value)
{
  g_autofree char *nicks = tandem_flags_to_nicks (flags_type, value);

  sqlite3_bind_text (stmt, index, nicks, -1, SQLITE_TRANSIENT);
}

guint
tandem_store_column_flags (sqlite3_stmt *stmt,
                           int           column,
                           GType         flags_type)
{
  return tandem_flags_from_nicks (flags_type, (const char *) sqlite3_column_text (stmt, column));
}

/* Timestamps are UTC ISO 8601 so they sort as text and mean the same on every desk. */
char *
tandem_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * tandem_store_dup_default_path:
 *
 * Returns: (transfer full): where the database lives unless the user says otherwise
 */
char *
tandem_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "tandem", "tandem.db", NULL);
}

/* SQLite creates a new database with the process umask, usually readable by everyone on the
 * machine. Health records must be readable by their owner only, so the file is created here
 * first; SQLite gives the -wal and -shm files the same mode as the database. */
gboolean
tandem_store_create_private_file (const char  *path,
                                  GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CANT_OPEN,
                   _("The folder for the database, %s, could not be created: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_CREAT | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CANT_OPEN,
                   _("The database %s could not be created: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  g_close (fd, NULL);
  return TRUE;
}

/**
 * tandem_store_remove_files:
 *
 * Removes a database file with its log, shared memory and journal, whichever exist.
 */
void
tandem_store_remove_files (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static gboolean
apply_key (TandemStore  *self,
           GError      **error)
{
  char *cipher_key;
  int rc;

  if (self->key == NULL)
    return TRUE;

  cipher_key = tandem_store_key_dup_cipher_key (self->key);
  rc = sqlite3_key (self->db, cipher_key, (int) strlen (cipher_key));
  tandem_store_key_free_text (cipher_key);

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, TANDEM_STORE_CIPHER_SETTINGS, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

static void
free_query (void *query)
{
  tandem_search_query_free (query);
}

/* tandem_search_matches(search_key, text): the search matcher as an SQL function, so the
 * store finds people by the same rule as the caseload. The parsed query is kept with the
 * statement while the text stays the same. */
static void
search_matches_function (sqlite3_context  *context,
                         int               argc,
                         sqlite3_value   **argv)
{
  const char *key = (const char *) sqlite3_value_text (argv[0]);
  TandemSearchQuery *query = sqlite3_get_auxdata (context, 1);

  if (query == NULL)
    {
      query = tandem_search_query_new ((const char *) sqlite3_value_text (argv[1]));
      if (query == NULL)
        {
          sqlite3_result_int (context, 0);
          return;
        }
      sqlite3_set_auxdata (context, 1, query, free_query);
      /* SQLite may have freed it at once if it cannot keep it. */
      query = sqlite3_get_auxdata (context, 1);
      if (query == NULL)
        {
          g_autoptr(TandemSearchQuery) once =
            tandem_search_query_new ((const char *) sqlite3_value_text (argv[1]));

          sqlite3_result_int (context, tandem_search_query_matches (once, key ? key : ""));
          return;
        }
    }

  sqlite3_result_int (context, tandem_search_query_matches (query, key ? key : ""));
}

/* An encrypted database read with the wrong key looks like no database at all. */
static gboolean
fail_unreadable (TandemStore  *self,
                 GError      **error)
{
  if (self->key == NULL)
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE,
                         _("This file is encrypted, or it is not a Tandem database."));
  else if (tandem_store_key_is_passphrase (self->key))
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY,
                         _("That passphrase does not open this database. Check Caps Lock and "
                           "try again."));
  else
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY,
                         _("The key in your keyring does not open this database. The database "
                           "may have been copied from another computer: enter its passphrase "
                           "or restore a backup made on this computer."));
  return FALSE;
}

/* Only tandem_store_open() may @create the file: another connection to a database that has
 * gone (deleted, unmounted) must fail rather than start an empty one in its place. */
static gboolean
open_connection (TandemStore  *self,
                 gboolean      create,
                 GError      **error)
{
  int rc;

  if (create && !g_file_test (self->path, G_FILE_TEST_EXISTS) &&
      !tandem_store_create_private_file (self->path, error))
    return FALSE;

  /* A store belongs to one thread at a time, so SQLite need not lock around every call:
   * on a 100,000-person load the locking alone cost a tenth of the time. */
  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    return tandem_store_fail (self, rc, error);

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_create_function_v2 (self->db, "tandem_search_matches", 2,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                              search_matches_function, NULL, NULL, NULL);
  tandem_store_audit_register_functions (self);

  if (!apply_key (self, error))
    return FALSE;

  /* Reading the schema is the first real access: a wrong key or a file that is not a
   * database fails here, before anything is written to it. */
  rc = sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (rc == SQLITE_NOTADB)
    return fail_unreadable (self, error);
  if (rc != SQLITE_OK)
    return tandem_store_fail (self, rc, error);

  /* WAL lets the caseload load in a worker while the window saves edits. FULL synchronous
   * makes each commit reach the disk before the save is reported done, so a power cut or a
   * pulled plug loses nothing saved (NORMAL would only survive the app crashing); one sync
   * per save is cheap at a desk's pace. Sorts and temporary tables stay in memory, so no
   * temporary file holds records. */
  return tandem_store_exec (self,
                            "PRAGMA journal_mode = WAL;"
                            "PRAGMA synchronous = FULL;"
                            "PRAGMA foreign_keys = ON;"
                            "PRAGMA temp_store = MEMORY;"
                            "PRAGMA cache_size = -16000;",
                            error);
}

static TandemStore *
store_new (const char     *path,
           TandemStoreKey *key)
{
  TandemStore *self = g_object_new (TANDEM_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  self->key = key ? tandem_store_key_ref (key) : NULL;

  return self;
}

/**
 * tandem_store_open_unmigrated:
 *
 * Opens a database as it is, without bringing its schema up to date. For tests of migrations
 * and for tools that must look before they change anything.
 */
TandemStore *
tandem_store_open_unmigrated (const char      *path,
                              TandemStoreKey  *key,
                              GError         **error)
{
  g_autoptr(TandemStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = store_new (path, key);
  if (!open_connection (self, TRUE, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * tandem_store_set_busy_timeout:
 * @milliseconds: how long to wait for another program to release the database
 */
void
tandem_store_set_busy_timeout (TandemStore *self,
                               guint        milliseconds)
{
  g_return_if_fail (TANDEM_IS_STORE (self));

  sqlite3_busy_timeout (self->db, (int) milliseconds);
}

/**
 * tandem_store_set_cache_size:
 * @kibibytes: how much memory the connection may keep of the database's pages
 */
void
tandem_store_set_cache_size (TandemStore *self,
                             guint        kibibytes)
{
  g_autofree char *pragma = NULL;

  g_return_if_fail (TANDEM_IS_STORE (self));

  pragma = g_strdup_printf ("PRAGMA cache_size = -%u", kibibytes);
  tandem_store_exec (self, pragma, NULL);
}

/**
 * tandem_store_open:
 * @path: the database file; created, readable by its owner only, when missing
 * @key: (nullable): the key of an encrypted database, or %NULL for an unencrypted one
 * @error: what went wrong, worded for the user
 *
 * Opens the database and brings its schema up to date.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
TandemStore *
tandem_store_open (const char      *path,
                   TandemStoreKey  *key,
                   GError         **error)
{
  g_autoptr(TandemStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = store_new (path, key);

  if (!open_connection (self, TRUE, error) || !tandem_store_migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * tandem_store_open_sibling:
 *
 * Opens another connection to the same database, for another thread. It reads as the same
 * viewer as @self at the time it is opened.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
TandemStore *
tandem_store_open_sibling (TandemStore  *self,
                           GError      **error)
{
  g_autoptr(TandemStore) sibling = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  sibling = store_new (self->path, self->key);
  if (!open_connection (sibling, FALSE, error))
    return NULL;

  /* A worker thread reads on behalf of whoever is signed in, under the same access rules. */
  sibling->viewer_id = self->viewer_id;
  sibling->viewer_announced = self->viewer_id;

  return g_steal_pointer (&sibling);
}

const char *
tandem_store_get_path (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return self->path;
}

int
tandem_store_get_schema_version (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), -1);

  return tandem_store_read_schema_version (self);
}

int
tandem_store_get_latest_schema_version (void)
{
  return tandem_store_schema_latest ();
}

/**
 * tandem_store_check:
 * @problems: (out) (transfer full): one line per problem found; empty when all is well
 *
 * Runs SQLite's integrity and foreign key checks and compares the schema version.
 *
 * Returns: %FALSE only if the checks could not run
 */
gboolean
tandem_store_check (TandemStore  *self,
                    GPtrArray   **problems,
                    GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (!tandem_store_check_integrity (self, problems, error))
    return FALSE;

  if (tandem_store_read_schema_version (self) != tandem_store_schema_latest ())
    g_ptr_array_add (*problems, g_strdup_printf (_("Schema version %d, expected %d"),
                                                 tandem_store_read_schema_version (self),
                                                 tandem_store_schema_latest ()));

  return TRUE;
}

/* SQLite's integrity and foreign key checks, whatever the schema version. */
gboolean
tandem_store_check_integrity (TandemStore  *self,
                              GPtrArray   **problems,
                              GError      **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* These pragmas run once per check, so they are not worth a place in the cache. */
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = tandem_store_column_text (stmt, 0);

      if (!g_str_equal (line, "ok"))
        g_ptr_array_add (found, g_strdup (line));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, g_strdup_printf (_("Row %lld of %s points to a missing %s"),
                                             (long long) sqlite3_column_int64 (stmt, 1),
                                             tandem_store_column_text (stmt, 0),
                                             tandem_store_column_text (stmt, 2)));
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  *problems = g_steal_pointer (&found);
  return TRUE;
}

/**
 * tandem_store_uses_passphrase:
 *
 * Returns: whether the database is opened with a passphrase the user chose, rather than a
 *   key from the keyring (or no key)
 */
gboolean
tandem_store_uses_passphrase (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return self->key != NULL && tandem_store_key_is_passphrase (self->key);
}

/* The key the database is open with, for a copy that must open with the same key (a
 * backup); %NULL for an unencrypted database. */
TandemStoreKey *
tandem_store_get_key (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return self->key;
}

/**
 * tandem_store_rekey:
 * @key: the new key
 *
 * Encrypts the database again with @key, in place (SQLCipher rewrites every page in one
 * transaction, so a failure leaves the old key working). Connections opened before, such as
 * a worker's sibling, keep the old key and must be opened again.
 */
gboolean
tandem_store_rekey (TandemStore     *self,
                    TandemStoreKey  *key,
                    GError         **error)
{
  char *cipher_key;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (self->key == NULL)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED,
                           _("This database is not encrypted, so its key cannot be changed."));
      return FALSE;
    }

  cipher_key = tandem_store_key_dup_cipher_key (key);
  rc = sqlite3_rekey (self->db, cipher_key, (int) strlen (cipher_key));
  tandem_store_key_free_text (cipher_key);
  if (rc != SQLITE_OK)
    return tandem_store_fail (self, rc, error);

  g_clear_pointer (&self->key, tandem_store_key_unref);
  self->key = tandem_store_key_ref (key);
  return TRUE;
}

/* Transactions nest as savepoints, named after their depth. */
static gboolean
exec_savepoint (TandemStore  *self,
                const char   *verb,
                GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("%s tandem_%u", verb, self->transaction_depth);

  return tandem_store_exec (self, sql, error);
}

/* The audit trail's triggers go on a connection when it first writes, outside any
 * transaction (a rollback would take them away): connections that only read, such as the
 * caseload's loader, never need them, and making them costs milliseconds. A database older
 * than the trail gets them once migrated. */
static gboolean
prepare_audit (TandemStore  *self,
               GError      **error)
{
  if (self->auditing || self->audit_off ||
      tandem_store_read_schema_version (self) < TANDEM_STORE_AUDIT_SCHEMA)
    return TRUE;

  if (!tandem_store_audit_start (self, error))
    return FALSE;

  self->auditing = TRUE;
  return TRUE;
}

/**
 * tandem_store_set_auditing:
 *
 * Turns the recording of this connection's writes off or back on: for the benchmark that
 * measures what recording them costs, and nothing else.
 */
gboolean
tandem_store_set_auditing (TandemStore  *self,
                           gboolean      auditing,
                           GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  self->audit_off = !auditing;
  if (auditing)
    return prepare_audit (self, error);

  self->auditing = FALSE;
  return tandem_store_audit_stop (self, error);
}

/**
 * tandem_store_begin:
 *
 * Starts a write transaction, or a nested one inside the transaction already open: the
 * example data generator wraps thousands of saves in one transaction and each save still
 * runs in a transaction of its own, which a failure rolls back without ending the outer one.
 * Writing takes the lock at once (BEGIN IMMEDIATE) so a busy database is reported before
 * any work is done rather than at commit.
 */
gboolean
tandem_store_begin (TandemStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (self->transaction_depth == 0)
    {
      if (!prepare_audit (self, error) || !tandem_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else if (!exec_savepoint (self, "SAVEPOINT", error))
    return FALSE;

  self->transaction_depth++;
  return TRUE;
}

/**
 * tandem_store_begin_read:
 *
 * Makes the reads until tandem_store_end_read() see one moment of the database, even while
 * another connection writes. Inside a write transaction this is already so.
 */
gboolean
tandem_store_begin_read (TandemStore  *self,
                         GError      **error)
{
  if (self->transaction_depth > 0)
    return TRUE;

  return tandem_store_exec (self, "BEGIN", error);
}

void
tandem_store_end_read (TandemStore *self)
{
  if (self->transaction_depth > 0)
    return;

  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

/* A new viewer may see other people, huddles and supervision records, so their listeners
 * reload; the team and the directory are the same for everyone. Inside a transaction this
 * waits for its end, and a viewer changed and restored within it (as the example data does
 * to write as each member of staff) announces nothing. */
static void
announce_viewer (TandemStore *self)
{
  if (self->transaction_depth > 0 || self->viewer_announced == self->viewer_id)
    return;

  self->viewer_announced = self->viewer_id;
  g_signal_emit (self, signals[SIGNAL_SUPERVISION_CHANGED], 0);
  g_signal_emit (self, signals[SIGNAL_HUDDLES_CHANGED], 0);
  /* With the whole team's caseload, everyone sees the same people: signing in then does not
   * make the caseload, read while Tandem started, read it all again. */
  if (tandem_store_get_caseload_scope (self, NULL) == TANDEM_CASELOAD_SCOPE_OWN)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0, (gint64) 0);
}

static void
emit_pending (TandemStore *self)
{
  g_autoptr(GArray) people = g_steal_pointer (&self->pending_people);
  gboolean reset = self->pending_reset;
  gboolean team = self->pending_team;
  gboolean directory = self->pending_directory;
  gboolean supervision = self->pending_supervision;
  gboolean huddles = self->pending_huddles;

  self->pending_people = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pending_reset = FALSE;
  self->pending_team = FALSE;
  self->pending_directory = FALSE;
  self->pending_supervision = FALSE;
  self->pending_huddles = FALSE;

  announce_viewer (self);

  if (team)
    g_signal_emit (self, signals[SIGNAL_TEAM_CHANGED], 0);

  if (directory)
    g_signal_emit (self, signals[SIGNAL_DIRECTORY_CHANGED], 0);

  if (supervision)
    g_signal_emit (self, signals[SIGNAL_SUPERVISION_CHANGED], 0);

  if (huddles)
    g_signal_emit (self, signals[SIGNAL_HUDDLES_CHANGED], 0);

  if (reset)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0, (gint64) 0);
  else
    for (guint i = 0; i < people->len; i++)
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0, g_array_index (people, gint64, i));
}

gboolean
tandem_store_commit (TandemStore  *self,
                     GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      return exec_savepoint (self, "RELEASE", error);
    }

  if (!tandem_store_exec (self, "COMMIT", error))
    {
      /* A failed COMMIT (disk full, I/O error) leaves the transaction open: roll it back so
       * the database stays as it was before and the caller can try again. */
      tandem_store_rollback (self);
      return FALSE;
    }

  self->transaction_depth = 0;
  emit_pending (self);
  return TRUE;
}

/**
 * tandem_store_rollback:
 *
 * Undoes the innermost transaction. Changes it announced are still announced when the
 * outer one commits: listeners then reread a person who did not change, which is harmless.
 */
void
tandem_store_rollback (TandemStore *self)
{
  g_return_if_fail (TANDEM_IS_STORE (self));

  if (self->transaction_depth == 0)
    return;

  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      exec_savepoint (self, "ROLLBACK TO", NULL);
      exec_savepoint (self, "RELEASE", NULL);
      return;
    }

  self->transaction_depth = 0;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  g_array_set_size (self->pending_people, 0);
  self->pending_reset = FALSE;
  self->pending_team = FALSE;
  self->pending_directory = FALSE;
  self->pending_supervision = FALSE;
  self->pending_huddles = FALSE;

  announce_viewer (self);
}

void
tandem_store_queue_change (TandemStore *self,
                           gint64       person_id)
{
  if (self->pending_reset)
    return;

  for (guint i = 0; i < self->pending_people->len; i++)
    if (g_array_index (self->pending_people, gint64, i) == person_id)
      return;

  if (self->pending_people->len >= MAX_PENDING_PEOPLE)
    {
      self->pending_reset = TRUE;
      g_array_set_size (self->pending_people, 0);
      return;
    }

  g_array_append_val (self->pending_people, person_id);
}

void
tandem_store_queue_team_change (TandemStore *self)
{
  self->pending_team = TRUE;
}

void
tandem_store_queue_directory_change (TandemStore *self)
{
  self->pending_directory = TRUE;
}

void
tandem_store_queue_supervision_change (TandemStore *self)
{
  self->pending_supervision = TRUE;
}

void
tandem_store_queue_huddles_change (TandemStore *self)
{
  self->pending_huddles = TRUE;
}

/**
 * tandem_store_notify_reset:
 *
 * Tells listeners that anything may have changed: another connection (a worker thread) wrote
 * to the database.
 */
void
tandem_store_notify_reset (TandemStore *self)
{
  g_return_if_fail (TANDEM_IS_STORE (self));

  g_signal_emit (self, signals[SIGNAL_TEAM_CHANGED], 0);
  g_signal_emit (self, signals[SIGNAL_DIRECTORY_CHANGED], 0);
  g_signal_emit (self, signals[SIGNAL_SUPERVISION_CHANGED], 0);
  g_signal_emit (self, signals[SIGNAL_HUDDLES_CHANGED], 0);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, (gint64) 0);
}

/**
 * tandem_store_set_viewer:
 * @staff_id: the member of staff reading, 0 for nobody, or %TANDEM_STORE_VIEWER_SYSTEM
 *
 * Says who is reading. The access rules (tandem-store-private.h) decide from it which people
 * and which supervision records each query returns: the signed-in member of staff in the app,
 * %TANDEM_STORE_VIEWER_SYSTEM for the command-line tool. People, huddles and supervision read
 * before may no longer be visible, or more may be, so their listeners are told to reload.
 */
void
tandem_store_set_viewer (TandemStore *self,
                         gint64       staff_id)
{
  g_return_if_fail (TANDEM_IS_STORE (self));

  if (self->viewer_id == staff_id)
    return;

  self->viewer_id = staff_id;
  announce_viewer (self);
}

gint64
tandem_store_get_viewer (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), 0);

  return self->viewer_id;
}

/* Binds the viewer to the statement's :viewer parameter. Nobody chosen binds an id no staff
 * has, so the rules then let nothing confidential through; the system reader binds its own
 * id, which the caseload rule knows and no supervision rule matches. */
void
tandem_store_bind_viewer (TandemStore  *self,
                          sqlite3_stmt *stmt)
{
  int index = sqlite3_bind_parameter_index (stmt, ":viewer");
  gint64 viewer = self->viewer_id;

  g_return_if_fail (index > 0);

  if (viewer <= 0 && viewer != TANDEM_STORE_VIEWER_SYSTEM)
    viewer = -1;

  sqlite3_bind_int64 (stmt, index, viewer);
}

/**
 * tandem_store_write:
 * @func: does the writing, returning %FALSE with @error set on failure
 *
 * Runs @func in a transaction: committed when it succeeds, rolled back when it fails, so a
 * failed write never leaves half a change behind.
 */
gboolean
tandem_store_write (TandemStore           *self,
                    TandemStoreWriteFunc   func,
                    gconstpointer          data,
                    GError               **error)
{
  if (!tandem_store_begin (self, error))
    return FALSE;

  if (!func (self, data, error))
    {
      tandem_store_rollback (self);
      return FALSE;
    }

  return tandem_store_commit (self, error);
}

typedef struct
{
  const char *kind;
  gint64      record_id;
  const char *data;
} Draft;

static gboolean
write_draft (TandemStore    *self,
             gconstpointer   data,
             GError        **error)
{
  const Draft *draft = data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();

  if (draft->data != NULL)
    stmt = tandem_store_prepare (self,
                                 "INSERT OR REPLACE INTO draft (kind, record_id, data, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4)",
                                 error);
  else
    stmt = tandem_store_prepare (self, "DELETE FROM draft WHERE kind = ?1 AND record_id = ?2",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, draft->kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, draft->record_id);
  if (draft->data != NULL)
    {
      sqlite3_bind_text (stmt, 3, draft->data, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
    }

  return tandem_store_step_done (self, stmt, error);
}

/**
 * tandem_store_save_draft:
 * @kind: what the form edits, such as "person"
 * @record_id: the record being edited, or 0 for a new one
 * @data: the form's fields as typed
 *
 * Keeps what the user typed in a form, valid or not, so that a crash or a closed window loses
 * nothing.
 */
gboolean
tandem_store_save_draft (TandemStore  *self,
                         const char   *kind,
                         gint64        record_id,
                         const char   *data,
                         GError      **error)
{
  Draft draft = { kind, record_id, data };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  return tandem_store_write (self, write_draft, &draft, error);
}

/**
 * tandem_store_load_draft:
 *
 * Returns: (transfer full) (nullable): the draft's data, or %NULL when there is none
 */
char *
tandem_store_load_draft (TandemStore  *self,
                         const char   *kind,
                         gint64        record_id,
                         GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self, "SELECT data FROM draft WHERE kind = ? AND record_id = ?",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, record_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (tandem_store_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    tandem_store_fail (self, rc, error);

  return NULL;
}

gboolean
tandem_store_delete_draft (TandemStore  *self,
                           const char   *kind,
                           gint64        record_id,
                           GError      **error)
{
  Draft draft = { kind, record_id, NULL };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, write_draft, &draft, error);
}
