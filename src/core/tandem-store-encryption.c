/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-encryption"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>

#include "tandem-store-encryption.h"
#include "tandem-store-private.h"

/* Encrypting a database made before Tandem encrypted them. The plain file stays where it is,
 * untouched, while an encrypted copy is written beside it and checked; only then does the
 * copy take its place, in one rename, so at every moment one whole database is at the path. */

/* Every plain SQLite database starts with these 16 bytes; an encrypted one starts with its
 * random salt. */
static const char sqlite_header[16] = "SQLite format 3";

/**
 * tandem_store_inspect_file:
 *
 * Returns: whether @path holds nothing, an unencrypted database, or something else (which
 *   an encrypted database looks like from outside)
 */
TandemStoreFile
tandem_store_inspect_file (const char *path)
{
  char header[sizeof sqlite_header] = { 0 };
  FILE *file;
  size_t n_read;

  file = g_fopen (path, "rb");
  if (file == NULL)
    return errno == ENOENT ? TANDEM_STORE_FILE_MISSING : TANDEM_STORE_FILE_ENCRYPTED;

  n_read = fread (header, 1, sizeof header, file);
  fclose (file);

  /* SQLite makes an empty file a database when it first writes: treat it as not there. */
  if (n_read == 0)
    return TANDEM_STORE_FILE_MISSING;
  if (n_read == sizeof header && memcmp (header, sqlite_header, sizeof header) == 0)
    return TANDEM_STORE_FILE_PLAIN;

  return TANDEM_STORE_FILE_ENCRYPTED;
}

static gboolean
check_integrity (TandemStore  *store,
                 GError      **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  if (!tandem_store_check_integrity (store, &problems, error))
    return FALSE;

  if (problems->len == 0)
    return TRUE;

  g_debug ("Integrity check: %s", (const char *) problems->pdata[0]);
  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CORRUPT,
                       _("The database was not encrypted because it is damaged. It has been "
                         "left as it was: restore it from a backup, or ask for help."));
  return FALSE;
}

/* One number for the whole content: the schema version and each table's row count. */
static char *
describe_content (TandemStore  *store,
                  const char   *schema,
                  GError      **error)
{
  sqlite3 *db = tandem_store_get_db (store);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *list_sql = NULL;
  sqlite3_stmt *tables = NULL;
  int rc;

  list_sql = g_strdup_printf ("SELECT name FROM %s.sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%%' ORDER BY name", schema);
  g_string_append_printf (description, "v%d", tandem_store_read_schema_version (store));

  if (sqlite3_prepare_v2 (db, list_sql, -1, &tables, NULL) != SQLITE_OK)
    {
      tandem_store_fail (store, sqlite3_errcode (db), error);
      return NULL;
    }

  while ((rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s.\"%s\"",
                                                    schema, table);
      sqlite3_stmt *count = NULL;

      /* Full-text index shadow tables are counted through their owner. */
      if (sqlite3_prepare_v2 (db, count_sql, -1, &count, NULL) == SQLITE_OK &&
          sqlite3_step (count) == SQLITE_ROW)
        g_string_append_printf (description, " %s=%lld", table,
                                (long long) sqlite3_column_int64 (count, 0));
      sqlite3_finalize (count);
    }
  sqlite3_finalize (tables);

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (store, rc, error);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&description), FALSE);
}

typedef struct
{
  const char              *copy_path;
  double                   plain_size;
  TandemStoreProgressFunc  progress;
  gpointer                 user_data;
} Export;

/* SQLite calls this every few thousand steps of the export: the copy's size against the
 * original's is how far it has got. */
static int
export_progress_cb (void *data)
{
  Export *export = data;
  GStatBuf buf;

  if (g_stat (export->copy_path, &buf) == 0 && export->plain_size > 0)
    export->progress (0.1 + 0.8 * MIN (1.0, buf.st_size / export->plain_size),
                      export->user_data);
  return 0;
}

static gboolean
export_encrypted (TandemStore     *plain,
                  Export          *export,
                  TandemStoreKey  *key,
                  GError         **error)
{
  sqlite3 *db = tandem_store_get_db (plain);
  g_autofree char *version_sql = NULL;
  sqlite3_stmt *attach = NULL;
  char *cipher_key;
  int rc;

  rc = sqlite3_prepare_v2 (db, "ATTACH DATABASE ?1 AS encrypted KEY ?2", -1, &attach, NULL);
  if (rc != SQLITE_OK)
    return tandem_store_fail (plain, rc, error);

  cipher_key = tandem_store_key_dup_cipher_key (key);
  sqlite3_bind_text (attach, 1, export->copy_path, -1, SQLITE_STATIC);
  sqlite3_bind_text (attach, 2, cipher_key, -1, SQLITE_STATIC);
  rc = sqlite3_step (attach);
  sqlite3_finalize (attach);
  tandem_store_key_free_text (cipher_key);
  if (rc != SQLITE_DONE)
    return tandem_store_fail (plain, rc, error);

  version_sql = g_strdup_printf ("PRAGMA encrypted.user_version = %d",
                                 tandem_store_read_schema_version (plain));

  sqlite3_progress_handler (db, 10000, export_progress_cb, export);
  rc = sqlite3_exec (db,
                     "PRAGMA encrypted.cipher_compatibility = 3;"
                     "PRAGMA encrypted.cipher_page_size = 4096;"
                     "SELECT sqlcipher_export('encrypted');",
                     NULL, NULL, NULL);
  sqlite3_progress_handler (db, 0, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, version_sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      tandem_store_fail (plain, rc, error);
      sqlite3_exec (db, "DETACH DATABASE encrypted", NULL, NULL, NULL);
      return FALSE;
    }

  return tandem_store_exec (plain, "DETACH DATABASE encrypted", error);
}

static void
ignore_progress (double   fraction,
                 gpointer user_data)
{
}

static gboolean
write_checked_copy (const char               *path,
                    const char               *copy_path,
                    TandemStoreKey           *key,
                    TandemStoreProgressFunc   progress,
                    gpointer                  user_data,
                    GError                  **error)
{
  g_autoptr(TandemStore) plain = NULL;
  g_autoptr(TandemStore) copy = NULL;
  g_autofree char *plain_content = NULL;
  g_autofree char *copy_content = NULL;
  Export export = { copy_path, 0, progress, user_data };
  GStatBuf buf;

  plain = tandem_store_open_unmigrated (path, NULL, error);
  if (plain == NULL || !check_integrity (plain, error) ||
      !tandem_store_exec (plain, "PRAGMA wal_checkpoint(TRUNCATE)", error))
    return FALSE;
  progress (0.1, user_data);

  if (g_stat (path, &buf) == 0)
    export.plain_size = buf.st_size;
  if (!tandem_store_create_private_file (copy_path, error) ||
      !export_encrypted (plain, &export, key, error))
    return FALSE;

  plain_content = describe_content (plain, "main", error);
  if (plain_content == NULL)
    return FALSE;
  /* Closing the last connection folds the plain write-ahead log into the file. */
  g_clear_object (&plain);
  progress (0.9, user_data);

  copy = tandem_store_open_unmigrated (copy_path, key, error);
  if (copy == NULL || !check_integrity (copy, error))
    return FALSE;
  copy_content = describe_content (copy, "main", error);
  if (copy_content == NULL)
    return FALSE;

  if (g_strcmp0 (plain_content, copy_content) != 0)
    {
      g_warning ("Encrypted copy differs: %s / %s", plain_content, copy_content);
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED,
                           _("The encrypted copy did not match the database, so the database "
                             "was left as it was. Try again; if it happens again, ask for "
                             "help."));
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_store_encrypt_file:
 * @path: an unencrypted database, not open anywhere else
 * @key: the key to encrypt it with
 * @progress: (nullable): called from this thread with the share done
 *
 * Encrypts a database made before Tandem encrypted them. The plain database is checked, an
 * encrypted copy written beside it and checked against it (integrity, schema version and
 * every table's row count), and only then renamed over it. On any failure the plain
 * database is left exactly as it was and the copy removed.
 */
gboolean
tandem_store_encrypt_file (const char               *path,
                           TandemStoreKey           *key,
                           TandemStoreProgressFunc   progress,
                           gpointer                  user_data,
                           GError                  **error)
{
  g_autofree char *copy_path = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (progress == NULL)
    progress = ignore_progress;

  copy_path = g_strconcat (path, ".encrypting", NULL);
  tandem_store_remove_files (copy_path);

  if (!write_checked_copy (path, copy_path, key, progress, user_data, error))
    {
      tandem_store_remove_files (copy_path);
      return FALSE;
    }

  /* The plain log and index are folded in and gone; make sure nothing of them outlives the
   * plain file, then swap the copy in. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }

  if (g_rename (copy_path, path) != 0)
    {
      int saved_errno = errno;

      tandem_store_remove_files (copy_path);
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO,
                   _("The encrypted database could not replace the old one (%s). The old "
                     "one is as it was."),
                   g_strerror (saved_errno));
      return FALSE;
    }

  progress (1.0, user_data);
  return TRUE;
}
