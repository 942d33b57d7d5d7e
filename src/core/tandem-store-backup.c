/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-backup"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "tandem-store-backup.h"
#include "tandem-store-private.h"

/* Backups and restoring them.
 *
 * A backup is a copy of the database made with SQLite's online backup API from a connection
 * of its own, which holds one read transaction for the whole copy: in WAL mode that is a
 * fixed snapshot, so the copy is consistent while the app goes on saving (its writes go to
 * the log and never restart the copy). The copy is encrypted with the database's own key and
 * cipher settings, as SQLCipher's backup requires; it is written under a hidden temporary
 * name created readable by its owner only, read back from disk and checked, and only then
 * renamed to its final name. Nothing else ever appears in the folder.
 *
 * Restoring checks the backup and prepares a copy of it beside the database (migrated to the
 * current schema, under the current key) before touching the database; the database and its
 * log are then moved aside, the copy put in place and opened, and if that fails the original
 * is put back as it was. */

/* File names are not translated: pruning must recognise them whatever the language, and
 * their date sorts them. Automatic and manual backups are told apart by name. */
#define MANUAL_PREFIX    "Tandem backup "
#define AUTOMATIC_PREFIX "Tandem automatic backup "
#define NAME_PATTERN \
  "^Tandem (automatic )?backup (\\d{4})-(\\d{2})-(\\d{2}) (\\d{2})\\.(\\d{2})\\.(\\d{2})" \
  "( \\(\\d+\\))?\\.tandem-backup$"

/* Pages copied per step: 1 MiB of 4 KiB pages, so progress and cancelling stay prompt. */
#define PAGES_PER_STEP 256

/* What a copy is checked against: the schema version and every table's row count. */
typedef struct
{
  int        version;
  GString   *counts;
} Content;

static void
content_clear (Content *content)
{
  if (content->counts != NULL)
    g_string_free (content->counts, TRUE);
  content->counts = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Content, content_clear)

void
tandem_backup_info_free (TandemBackupInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_clear_pointer (&info->made, g_date_time_unref);
  g_clear_error (&info->problem);
  g_free (info);
}

/**
 * tandem_backup_info_dup_summary:
 *
 * Returns: (transfer full): when the backup was made and what it holds, in words, for the
 *   person deciding whether to restore it
 */
char *
tandem_backup_info_dup_summary (TandemBackupInfo *info)
{
  g_autofree char *made = NULL;

  g_return_val_if_fail (info != NULL, NULL);

  /* Translators: when a backup was made; see the GDateTime format codes */
  made = info->made ? g_date_time_format (info->made, _("%A %-d %B %Y at %H:%M"))
                    : g_strdup (_("an unknown date"));

  /* Translators: the counts are of people, referrals, people with a plan and staff */
  return g_strdup_printf (_("This backup was made on %s. It holds %u people, %u referrals, "
                            "%u people with a plan and %u staff."),
                          made, info->n_people, info->n_referrals, info->n_plans,
                          info->n_staff);
}

static int
read_int (sqlite3    *db,
          const char *sql,
          int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* Every table's row count, in name order: any difference between a database and its copy
 * shows. Full-text shadow tables are counted like any other. */
static int
read_content (sqlite3 *db,
              Content *content)
{
  sqlite3_stmt *tables = NULL;
  int rc;

  rc = read_int (db, "PRAGMA user_version", &content->version);
  if (rc != SQLITE_OK)
    return rc;

  content->counts = g_string_new (NULL);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                           -1, &tables, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
      int count = 0;

      /* A virtual table's module may be missing here; its shadow tables still count. */
      if (read_int (db, sql, &count) == SQLITE_OK)
        g_string_append_printf (content->counts, "%s=%d ", table, count);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (tables);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* A backup read with the wrong key looks like no database at all. */
static void
set_unreadable (TandemStoreKey  *key,
                GError         **error)
{
  if (key == NULL)
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE,
                         _("This file is encrypted, or it is not a Tandem backup."));
  else
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY,
                         _("This backup does not open with the database's key. It may have "
                           "been made before the key was changed: enter the passphrase it "
                           "was made with. Otherwise it is damaged or not a Tandem backup."));
}

/* Opens a backup read-only, so that looking at one (perhaps on a read-only share) never
 * changes it. Backups are in rollback-journal mode, which reads without a -shm file. */
static sqlite3 *
open_read_only (const char      *path,
                TandemStoreKey  *key,
                GError         **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK && key != NULL)
    {
      char *cipher_key = tandem_store_key_dup_cipher_key (key);

      rc = sqlite3_key (db, cipher_key, (int) strlen (cipher_key));
      tandem_store_key_free_text (cipher_key);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, TANDEM_STORE_CIPHER_SETTINGS, NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);

  if (rc == SQLITE_NOTADB)
    set_unreadable (key, error);
  else if (rc != SQLITE_OK)
    tandem_store_fail (NULL, rc, error);

  if (rc != SQLITE_OK)
    {
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

static gboolean
check_integrity (sqlite3  *db,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean damaged = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        {
          g_debug ("Backup integrity: %s", line);
          damaged = TRUE;
        }
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (damaged || (rc != SQLITE_DONE && (rc & 0xff) == SQLITE_CORRUPT))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CORRUPT,
                           _("This backup is damaged, so it cannot be restored. Choose an "
                             "older backup."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return tandem_store_fail (NULL, rc, error);

  return TRUE;
}

static guint
count_rows (sqlite3    *db,
            const char *sql)
{
  int count = 0;

  /* A backup from before a table existed has none of its rows. */
  if (read_int (db, sql, &count) != SQLITE_OK)
    return 0;
  return (guint) MAX (count, 0);
}

static GDateTime *
date_from_name (const char *name)
{
  g_autoptr(GRegex) regex = g_regex_new (NAME_PATTERN, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int fields[6];

  if (!g_regex_match (regex, name, 0, &match))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *field = g_match_info_fetch (match, (int) i + 2);

      fields[i] = atoi (field);
    }

  return g_date_time_new_local (fields[0], fields[1], fields[2], fields[3], fields[4],
                                fields[5]);
}

static GDateTime *
date_made (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  GDateTime *made = date_from_name (name);
  GStatBuf buf;

  if (made != NULL)
    return made;
  if (g_stat (path, &buf) == 0)
    return g_date_time_new_from_unix_local (buf.st_mtime);
  return NULL;
}

/**
 * tandem_backup_inspect:
 * @path: a backup
 * @key: (nullable): the key to read it with: the database's, or a passphrase it was made
 *   with before a change of key
 *
 * Reads what a backup holds, without changing it, and checks its integrity.
 *
 * Returns: (transfer full): what it holds; its problem says why it cannot be restored
 *   (TANDEM_STORE_ERROR_WRONG_KEY when @key does not open it)
 */
TandemBackupInfo *
tandem_backup_inspect (const char     *path,
                       TandemStoreKey *key)
{
  TandemBackupInfo *info = g_new0 (TandemBackupInfo, 1);
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  info->path = g_strdup (path);
  info->made = date_made (path);
  info->schema_version = -1;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (&info->problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                   _("There is no backup at %s."), path);
      return info;
    }

  db = open_read_only (path, key, &info->problem);
  if (db == NULL)
    return info;

  if (read_int (db, "PRAGMA user_version", &info->schema_version) != SQLITE_OK)
    tandem_store_fail (NULL, sqlite3_errcode (db), &info->problem);
  else if (info->schema_version > tandem_store_get_latest_schema_version ())
    g_set_error_literal (&info->problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TOO_NEW,
                         _("This backup was made by a newer version of Tandem. Update Tandem "
                           "to restore it."));
  else if (info->schema_version < 1)
    g_set_error_literal (&info->problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE,
                         _("This file is a database, but not a Tandem backup."));
  else
    check_integrity (db, &info->problem);

  if (info->problem == NULL)
    {
      info->n_people = count_rows (db, "SELECT count(*) FROM person");
      info->n_referrals = count_rows (db, "SELECT count(*) FROM referral");
      info->n_plans = count_rows (db, "SELECT count(DISTINCT person_id) FROM plan_version");
      info->n_staff = count_rows (db, "SELECT count(*) FROM staff");
    }

  sqlite3_close (db);
  return info;
}

/* Data written to a network drive may sit in a cache: a backup is on disk before it has its
 * name. */
static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd >= 0 && fsync (fd) == 0)
    return g_close (fd, NULL);

  saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO,
               _("The backup could not be written to disk: %s"), g_strerror (saved_errno));
  return FALSE;
}

/* A clear name that sorts by date, unused in @folder. */
static char *
dup_backup_path (const char       *folder,
                 TandemBackupKind  kind)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H.%M.%S");
  const char *prefix = kind == TANDEM_BACKUP_AUTOMATIC ? AUTOMATIC_PREFIX : MANUAL_PREFIX;
  char *path;

  path = g_strdup_printf ("%s/%s%s%s", folder, prefix, stamp, TANDEM_BACKUP_SUFFIX);
  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/%s%s (%u)%s", folder, prefix, stamp, n, TANDEM_BACKUP_SUFFIX);
    }

  return path;
}

typedef struct
{
  TandemStoreProgressFunc  progress;
  gpointer                 user_data;
  GCancellable            *cancellable;
} Copy;

static gboolean
copy_pages (TandemStore  *source,
            TandemStore  *target,
            Copy         *copy,
            GError      **error)
{
  sqlite3 *target_db = tandem_store_get_db (target);
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (target_db, "main", tandem_store_get_db (source), "main");
  if (backup == NULL)
    return tandem_store_fail (target, sqlite3_errcode (target_db), error);

  do
    {
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      if (copy->progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        copy->progress (0.9 * (1.0 - (double) sqlite3_backup_remaining (backup) /
                               sqlite3_backup_pagecount (backup)),
                        copy->user_data);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (G_USEC_PER_SEC / 20);
    }
  while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
         !g_cancellable_is_cancelled (copy->cancellable));

  sqlite3_backup_finish (backup);

  if (g_cancellable_set_error_if_cancelled (copy->cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    return tandem_store_fail (target, rc, error);

  return TRUE;
}

/* Copies the database to @temp_path and describes what was copied, in the same read
 * transaction, for the check. */
static gboolean
write_copy (TandemStore  *source,
            const char   *temp_path,
            Copy         *copy,
            Content      *copied,
            GError      **error)
{
  g_autoptr(TandemStore) target = NULL;
  int rc;

  /* Opening makes the file, readable by its owner only. The copy needs no journal: a
   * failed copy is removed, never used. */
  target = tandem_store_open_unmigrated (temp_path, tandem_store_get_key (source), error);
  if (target == NULL ||
      !tandem_store_exec (target, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", error))
    return FALSE;

  if (!tandem_store_exec (source, "BEGIN", error))
    return FALSE;
  rc = read_content (tandem_store_get_db (source), copied);
  if (rc != SQLITE_OK)
    tandem_store_fail (source, rc, error);
  if (rc != SQLITE_OK || !copy_pages (source, target, copy, error))
    {
      tandem_store_exec (source, "ROLLBACK", NULL);
      return FALSE;
    }
  tandem_store_exec (source, "COMMIT", NULL);

  /* The source's header says WAL; a backup is one self-contained file. */
  return tandem_store_exec (target, "PRAGMA journal_mode = DELETE", error);
}

/* Reads the copy back from disk: it must open with the key, pass the integrity check and
 * hold what was copied. */
static gboolean
verify_copy (const char      *temp_path,
             TandemStoreKey  *key,
             Content         *copied,
             GError         **error)
{
  g_auto(Content) written = { 0 };
  sqlite3 *db;
  int rc;

  db = open_read_only (temp_path, key, error);
  if (db == NULL)
    return FALSE;

  if (!check_integrity (db, error))
    {
      sqlite3_close (db);
      return FALSE;
    }

  rc = read_content (db, &written);
  sqlite3_close (db);
  if (rc != SQLITE_OK)
    return tandem_store_fail (NULL, rc, error);

  if (written.version != copied->version || !g_string_equal (written.counts, copied->counts))
    {
      g_warning ("Backup differs: v%d %s / v%d %s", copied->version, copied->counts->str,
                 written.version, written.counts->str);
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED,
                           _("The backup did not match the database when it was read back, "
                             "so it was removed. Try again; if it happens again, check the "
                             "backup folder's disk."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
make_folder (const char  *folder,
             GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) == 0)
    return TRUE;

  g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CANT_OPEN,
               _("The backup folder %s could not be made: %s. Choose another folder in "
                 "Preferences."),
               folder, g_strerror (errno));
  return FALSE;
}

static gboolean
make_backup (TandemStore  *source,
             const char   *temp_path,
             const char   *path,
             Copy         *copy,
             GError      **error)
{
  g_auto(Content) copied = { 0 };

  if (!write_copy (source, temp_path, copy, &copied, error) ||
      !verify_copy (temp_path, tandem_store_get_key (source), &copied, error) ||
      !sync_file (temp_path, error))
    return FALSE;

  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO,
                   _("The backup could not be given its name: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_store_backup:
 * @store: the database to back up; it is not used by this call, which opens a connection of
 *   its own, so it may run in a worker thread while @store goes on saving
 * @folder: where to put the backup; made if missing
 * @kind: automatic backups are pruned to the number kept, by tandem_backup_prune()
 * @progress: (nullable): called in this thread with the share done
 *
 * Backs the database up into a new file in @folder, encrypted with the database's key,
 * checked by reading it back (integrity, schema version, every table's row count) before it
 * gets its name. A failed or cancelled backup leaves nothing behind. The backup is recorded
 * in the audit trail as done by @store's viewer.
 *
 * Returns: (transfer full): the backup's path, or %NULL with @error set
 */
char *
tandem_store_backup (TandemStore              *store,
                     const char               *folder,
                     TandemBackupKind          kind,
                     TandemStoreProgressFunc   progress,
                     gpointer                  user_data,
                     GCancellable             *cancellable,
                     GError                  **error)
{
  g_autoptr(TandemStore) source = NULL;
  g_autofree char *path = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *name = NULL;
  Copy copy = { progress, user_data, cancellable };

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (folder != NULL, NULL);

  if (!make_folder (folder, error))
    return NULL;

  source = tandem_store_open_sibling (store, error);
  if (source == NULL)
    return NULL;

  path = dup_backup_path (folder, kind);
  name = g_path_get_basename (path);
  /* Hidden, and not ending as a backup does, so nobody restores a half-written one. */
  temp_path = g_strdup_printf ("%s/.%s.part", folder, name);
  tandem_store_remove_files (temp_path);

  if (!make_backup (source, temp_path, path, &copy, error))
    {
      tandem_store_remove_files (temp_path);
      return NULL;
    }

  /* The backup exists whatever happens now; a busy database only costs its audit entry. */
  {
    g_autoptr(GError) audit_error = NULL;

    if (!tandem_store_record_audit (source, TANDEM_AUDIT_BACKUP, "database", 0, 0,
                                    &audit_error))
      g_warning ("Backup not recorded in the audit trail: %s", audit_error->message);
  }

  if (progress != NULL)
    progress (1.0, user_data);
  return g_steal_pointer (&path);
}

/**
 * tandem_backup_is_due:
 * @now: the time now, local
 * @last_attempt: when a backup was last made or tried, in seconds since 1970, or 0
 * @hour: (in 0..23): the daily backup's time
 *
 * Whether the daily backup is due: none has been made or tried since the latest daily time
 * before @now. So a computer switched on after the time makes it at once, and one left off
 * for days makes one, not one for each day missed.
 */
gboolean
tandem_backup_is_due (GDateTime *now,
                      gint64     last_attempt,
                      guint      hour,
                      guint      minute)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) latest = NULL;

  g_return_val_if_fail (now != NULL, FALSE);

  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), MIN (hour, 23),
                                 MIN (minute, 59), 0);
  latest = g_date_time_compare (now, today) >= 0 ? g_date_time_ref (today)
                                                 : g_date_time_add_days (today, -1);

  return last_attempt < g_date_time_to_unix (latest);
}

/* Length of the date and time in a name, "2026-11-21 12.30.00". */
#define STAMP_LENGTH 19

/* The second backup made within a second is "… 12.30.00 (2)": made after, though it sorts
 * before as text. */
static guint64
name_number (const char *name)
{
  const char *number = strstr (name + strlen (AUTOMATIC_PREFIX) + STAMP_LENGTH, " (");

  return number != NULL ? g_ascii_strtoull (number + 2, NULL, 10) : 1;
}

/* Automatic backups, oldest first. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const char *name_a = *(const char *const *) a;
  const char *name_b = *(const char *const *) b;
  int by_date = strncmp (name_a, name_b, strlen (AUTOMATIC_PREFIX) + STAMP_LENGTH);
  guint64 number_a, number_b;

  if (by_date != 0)
    return by_date;

  number_a = name_number (name_a);
  number_b = name_number (name_b);
  return number_a < number_b ? -1 : number_a > number_b;
}

/**
 * tandem_backup_prune:
 * @folder: the backup folder
 * @keep: how many automatic backups to keep
 *
 * Removes the oldest automatic backups in @folder beyond the newest @keep. Nothing else is
 * touched: not backups made on request, not files Tandem did not make, not other folders.
 *
 * Returns: how many backups were removed
 */
guint
tandem_backup_prune (const char *folder,
                     guint       keep)
{
  g_autoptr(GRegex) regex = g_regex_new (NAME_PATTERN, 0, 0, NULL);
  g_autoptr(GPtrArray) automatic = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (folder != NULL, 0);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, AUTOMATIC_PREFIX) && g_regex_match (regex, name, 0, NULL))
      g_ptr_array_add (automatic, g_strdup (name));

  g_ptr_array_sort (automatic, compare_names);

  for (guint i = 0; i + keep < automatic->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, automatic->pdata[i], NULL);

      if (g_remove (path) == 0)
        removed++;
      else
        g_warning ("Old backup %s not removed: %s", path, g_strerror (errno));
    }

  return removed;
}

/**
 * tandem_store_in_use:
 * @path: a database
 *
 * Whether another program has the database open: every SQLite connection in WAL mode holds
 * a shared lock on its index file (-shm) for as long as it is open. Asked without taking a
 * lock, so it disturbs nobody; call it only from a process that has no connection to @path
 * itself (closing the file here would drop that process's own locks), as tandem-cli's
 * restore does before replacing the database.
 */
gboolean
tandem_store_in_use (const char *path)
{
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  /* SQLite's unix VFS: the "DMS" byte after the eight lock bytes that start at 120. */
  struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 128, .l_len = 1 };
  int fd;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);

  fd = g_open (shm, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;

  rc = fcntl (fd, F_GETLK, &lock);
  g_close (fd, NULL);
  return rc == 0 && lock.l_type != F_UNLCK;
}

/* A private copy of the backup beside the database, on the same disk so it can be renamed
 * into place. */
static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileOutputStream) out = NULL;

  in = g_file_read (source, NULL, error);
  if (in == NULL)
    return FALSE;

  out = g_file_replace (target, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error);
  if (out == NULL)
    return FALSE;

  if (g_output_stream_splice (G_OUTPUT_STREAM (out), G_INPUT_STREAM (in),
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                              G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return FALSE;

  return sync_file (to, error);
}

/* The copy to restore, made ready where it will not disturb the database: migrated to the
 * current schema and re-keyed to the database's key, so that once in place it opens as the
 * database always has. */
static gboolean
prepare_copy (const char      *backup_path,
              const char      *copy_path,
              TandemStoreKey  *backup_key,
              TandemStoreKey  *key,
              GError         **error)
{
  g_autoptr(TandemStore) copy = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (!copy_file (backup_path, copy_path, error))
    return FALSE;

  copy = tandem_store_open (copy_path, backup_key, error);
  if (copy == NULL)
    return FALSE;

  if (!tandem_store_check_integrity (copy, &problems, error))
    return FALSE;
  if (problems->len > 0)
    {
      g_debug ("Restored copy: %s", (const char *) problems->pdata[0]);
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CORRUPT,
                           _("This backup is damaged, so it cannot be restored. Choose an "
                             "older backup."));
      return FALSE;
    }

  if (key != backup_key && key != NULL && !tandem_store_rekey (copy, key, error))
    return FALSE;

  /* Closing folds the log into the file, so the one file is the whole database. */
  return TRUE;
}

static const char *const database_endings[] = { "", "-wal", "-shm", "-journal" };

/* Moves the database and whichever of its log and index exist, together. */
static gboolean
move_database (const char  *from,
               const char  *to,
               GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (database_endings); i++)
    {
      g_autofree char *source = g_strconcat (from, database_endings[i], NULL);
      g_autofree char *target = g_strconcat (to, database_endings[i], NULL);

      if (g_rename (source, target) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO,
                       _("The database could not be moved (%s)."), g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static TandemStore *
put_in_place (const char      *path,
              const char      *copy_path,
              const char      *aside_path,
              TandemStoreKey  *key,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  TandemStore *restored;

  tandem_store_remove_files (aside_path);
  if (!move_database (path, aside_path, error))
    {
      move_database (aside_path, path, NULL);
      return NULL;
    }

  if (g_rename (copy_path, path) == 0 &&
      (restored = tandem_store_open (path, key, &local_error)) != NULL)
    return restored;

  /* Put the database back exactly as it was. */
  g_warning ("Restored database did not open: %s",
             local_error ? local_error->message : g_strerror (errno));
  tandem_store_remove_files (path);
  if (!move_database (aside_path, path, NULL))
    g_critical ("The database is still at %s", aside_path);

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED,
                       _("The restored database did not open, so the database was put back "
                         "as it was. Nothing has changed."));
  return NULL;
}

/**
 * tandem_store_restore:
 * @path: the database, closed everywhere
 * @backup_path: the backup to restore
 * @backup_key: (nullable): the key to read the backup with: @key, or the passphrase it was
 *   made with before the database's key changed
 * @key: (nullable): the database's key, which the restored database gets
 * @staff_id: who restores it, for the audit trail
 *
 * Replaces the database with a backup. The backup is checked and a copy of it made ready
 * first; a backup that cannot be read or is damaged is refused and the database left
 * untouched. The database then moves aside, to @path with ".before-restore" added, where it
 * stays until the next restore; if the restored one does not open, it is put back.
 *
 * Returns: (transfer full): the restored database, open, or %NULL with @error set
 */
TandemStore *
tandem_store_restore (const char      *path,
                      const char      *backup_path,
                      TandemStoreKey  *backup_key,
                      TandemStoreKey  *key,
                      gint64           staff_id,
                      GError         **error)
{
  g_autoptr(TandemBackupInfo) info = NULL;
  g_autoptr(TandemStore) restored = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *aside_path = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  info = tandem_backup_inspect (backup_path, backup_key);
  if (info->problem != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&info->problem));
      return NULL;
    }

  copy_path = g_strconcat (path, ".restoring", NULL);
  aside_path = g_strconcat (path, ".before-restore", NULL);
  tandem_store_remove_files (copy_path);

  if (!prepare_copy (backup_path, copy_path, backup_key, key, error))
    {
      tandem_store_remove_files (copy_path);
      return NULL;
    }

  restored = put_in_place (path, copy_path, aside_path, key, error);
  tandem_store_remove_files (copy_path);
  if (restored == NULL)
    return NULL;

  tandem_store_set_viewer (restored, staff_id);
  {
    g_autoptr(GError) audit_error = NULL;

    if (!tandem_store_record_audit (restored, TANDEM_AUDIT_RESTORE, "database", 0, 0,
                                    &audit_error))
      g_warning ("Restore not recorded in the audit trail: %s", audit_error->message);
  }

  return g_steal_pointer (&restored);
}
