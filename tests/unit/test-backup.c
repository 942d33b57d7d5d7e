/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "tandem-audit-entry.h"
#include "tandem-store-backup.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

static TandemStore *
open_store (const char     *path,
            TandemStoreKey *key)
{
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_store_open (path, key, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);
  return store;
}

static void
add_people (TandemStore *store,
            guint        n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *family = g_strdup_printf ("Backup-%u", i);
      g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ada", family, NULL);

      g_object_unref (tandem_test_add_referral (store, person, "2026-01-05",
                                                TANDEM_PRIORITY_ROUTINE,
                                                TANDEM_REFERRAL_RECEIVED));
    }
  g_assert_true (tandem_store_commit (store, &error));
  g_assert_no_error (error);
}

static char *
back_up (TandemStore      *store,
         const char       *folder,
         TandemBackupKind  kind)
{
  g_autoptr(GError) error = NULL;
  char *path = tandem_store_backup (store, folder, kind, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (path);
  return path;
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static guint8 *
read_bytes (const char *path,
            gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return (guint8 *) contents;
}

static gboolean
has_audit_entry (TandemStore       *store,
                 TandemAuditAction  action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = tandem_store_list_audit (store, NULL, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    if (tandem_audit_entry_get_action (g_ptr_array_index (entries, i)) == action)
      return TRUE;
  return FALSE;
}

static void
assert_audit_intact (TandemStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  guint64 n_entries = 0;

  g_assert_true (tandem_store_verify_audit (store, &problems, &n_entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_backup_checked_and_private (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) other = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, key);
  g_autoptr(TandemBackupInfo) info = NULL;
  g_autoptr(TandemBackupInfo) wrong = NULL;
  g_autoptr(TandemBackupInfo) plain = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *name = NULL;
  GStatBuf buf;

  add_people (store, 25);
  backup = back_up (store, folder, TANDEM_BACKUP_MANUAL);

  /* One file, clearly named, readable by its owner only, no log beside it. */
  name = g_path_get_basename (backup);
  g_assert_true (g_str_has_prefix (name, "Tandem backup "));
  g_assert_true (g_str_has_suffix (name, TANDEM_BACKUP_SUFFIX));
  g_assert_cmpuint (count_files (folder), ==, 1);
  g_assert_cmpint (g_stat (backup, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (tandem_store_inspect_file (backup), ==, TANDEM_STORE_FILE_ENCRYPTED);

  info = tandem_backup_inspect (backup, key);
  g_assert_no_error (info->problem);
  g_assert_cmpint (info->schema_version, ==, tandem_store_get_latest_schema_version ());
  g_assert_cmpuint (info->n_people, ==, 25);
  g_assert_cmpuint (info->n_referrals, ==, 25);
  g_assert_cmpuint (info->n_plans, ==, 0);
  g_assert_nonnull (info->made);
  g_assert_cmpint (g_date_time_get_year (info->made), >=, 2024);

  wrong = tandem_backup_inspect (backup, other);
  g_assert_error (wrong->problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY);
  plain = tandem_backup_inspect (backup, NULL);
  g_assert_error (plain->problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE);

  /* Inspecting changed nothing, and the backup is in the audit trail. */
  g_assert_cmpuint (count_files (folder), ==, 1);
  g_assert_true (has_audit_entry (store, TANDEM_AUDIT_BACKUP));
  assert_audit_intact (store);
}

typedef struct
{
  TandemStore *writer;
  GMutex       lock;
  GCond        cond;
  guint        written;
  guint        wanted;
  gboolean     go;
  gboolean     stop;
} Writer;

static gpointer
write_people (gpointer data)
{
  Writer *writer = data;

  g_mutex_lock (&writer->lock);
  while (!writer->go)
    g_cond_wait (&writer->cond, &writer->lock);
  g_mutex_unlock (&writer->lock);

  for (;;)
    {
      gboolean stop;

      add_people (writer->writer, 1);
      g_mutex_lock (&writer->lock);
      writer->written++;
      stop = writer->stop;
      g_cond_signal (&writer->cond);
      g_mutex_unlock (&writer->lock);
      if (stop)
        return NULL;
    }
}

/* Once the first pages are copied, the other connection starts saving, and the copy waits
 * until it has saved 20 more people: the backup then runs while the database changes. */
static void
wait_for_writes (double   fraction,
                 gpointer data)
{
  Writer *writer = data;

  g_mutex_lock (&writer->lock);
  if (!writer->go)
    {
      writer->go = TRUE;
      writer->wanted = 20;
      g_cond_broadcast (&writer->cond);
    }
  while (writer->written < writer->wanted)
    g_cond_wait (&writer->cond, &writer->lock);
  /* Enough: the backup's own audit entry then finds the database free to write. */
  writer->stop = TRUE;
  g_mutex_unlock (&writer->lock);
}

static void
test_backup_during_writes (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, key);
  g_autoptr(TandemBackupInfo) info = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  Writer writer = { 0 };
  GThread *thread;
  guint people;

  /* Big enough for several steps of the copy. */
  add_people (store, 3000);
  writer.writer = tandem_store_open_sibling (store, &error);
  g_assert_no_error (error);
  g_mutex_init (&writer.lock);
  g_cond_init (&writer.cond);

  thread = g_thread_new ("writer", write_people, &writer);
  backup = tandem_store_backup (store, folder, TANDEM_BACKUP_MANUAL, wait_for_writes, &writer,
                                NULL, &error);
  g_mutex_lock (&writer.lock);
  writer.stop = TRUE;
  g_mutex_unlock (&writer.lock);
  g_thread_join (thread);
  g_assert_no_error (error);
  g_assert_cmpuint (writer.written, >=, 20);

  /* The backup is the database as it was when the copy began: every person with their
   * referral, none of those saved while it ran. */
  info = tandem_backup_inspect (backup, key);
  g_assert_no_error (info->problem);
  g_assert_cmpuint (info->n_people, ==, 3000);
  g_assert_cmpuint (info->n_referrals, ==, 3000);
  people = tandem_store_count_people (store, NULL);
  g_assert_cmpuint (people, ==, 3000 + writer.written);

  /* Restored, it is whole. */
  g_clear_object (&writer.writer);
  g_clear_object (&store);
  store = tandem_store_restore (path, backup, key, key, TANDEM_STORE_VIEWER_SYSTEM, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 3000);
  g_assert_true (tandem_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (has_audit_entry (store, TANDEM_AUDIT_RESTORE));
  assert_audit_intact (store);

  g_mutex_clear (&writer.lock);
  g_cond_clear (&writer.cond);
}

static void
touch (const char *folder,
       const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, "x", 1, NULL));
}

static void
test_prune_keeps_newest_automatic (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autofree char *newest = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, key);
  static const char *const others[] = {
    "Tandem backup 2020-01-01 09.00.00.tandem-backup",          /* made on request */
    "Tandem automatic backup notes.tandem-backup",              /* not a name Tandem gives */
    "Tandem automatic backup 2020-01-01 09.00.00.tandem-backup.txt",
    "holiday photo.jpg",
  };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint day = 1; day <= 5; day++)
    {
      g_autofree char *name =
        g_strdup_printf ("Tandem automatic backup 2020-02-%02u 12.30.00.tandem-backup", day);

      touch (folder, name);
    }
  touch (folder, "Tandem automatic backup 2020-02-03 12.30.00 (2).tandem-backup");
  touch (folder, "Tandem automatic backup 2020-02-05 12.30.00 (2).tandem-backup");
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    touch (folder, others[i]);

  newest = back_up (store, folder, TANDEM_BACKUP_AUTOMATIC);
  g_assert_cmpuint (count_files (folder), ==, 7 + 1 + G_N_ELEMENTS (others));

  /* Eight automatic backups, three kept: the newest, and the two before it, the second
   * made within the same second as the third. */
  g_assert_cmpuint (tandem_backup_prune (folder, 3), ==, 5);
  g_assert_true (g_file_test (newest, G_FILE_TEST_EXISTS));
  kept = g_build_filename (folder, "Tandem automatic backup 2020-02-05 12.30.00.tandem-backup",
                           NULL);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_free (kept);
  kept = g_build_filename (folder,
                           "Tandem automatic backup 2020-02-05 12.30.00 (2).tandem-backup",
                           NULL);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (folder), ==, 3 + G_N_ELEMENTS (others));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *other = g_build_filename (folder, others[i], NULL);

      g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
    }

  g_assert_cmpuint (tandem_backup_prune (folder, 3), ==, 0);
  g_assert_cmpuint (tandem_backup_prune ("/nonexistent/folder", 3), ==, 0);
}

static void
cancel_at_once (double   fraction,
                gpointer data)
{
  g_cancellable_cancel (data);
}

static void
test_cancelled_backup_leaves_nothing (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, key);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  char *backup;

  add_people (store, 2000);
  backup = tandem_store_backup (store, folder, TANDEM_BACKUP_MANUAL, cancel_at_once,
                                cancellable, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (backup);
  g_assert_cmpuint (count_files (folder), ==, 0);
  g_assert_false (has_audit_entry (store, TANDEM_AUDIT_BACKUP));
}

static void
test_restore_replaces_database (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *aside = g_strconcat (path, ".before-restore", NULL);
  g_autofree char *copy = g_strconcat (path, ".restoring", NULL);
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, key);
  g_autoptr(TandemPerson) later = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;

  add_people (store, 10);
  backup = back_up (store, folder, TANDEM_BACKUP_MANUAL);
  later = tandem_test_add_person (store, "Saved", "Later", NULL);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 11);
  g_clear_object (&store);

  store = tandem_store_restore (path, backup, key, key, TANDEM_STORE_VIEWER_SYSTEM, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 10);
  g_assert_true (has_audit_entry (store, TANDEM_AUDIT_RESTORE));
  assert_audit_intact (store);
  g_clear_object (&store);

  /* The database it replaced is kept aside, whole; nothing else is left behind. */
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  store = open_store (aside, key);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 11);
  g_clear_object (&store);

  store = open_store (path, key);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 10);
}

/* Restoring @backup with @backup_key fails with @code and leaves the database byte for byte
 * as it was. */
static void
assert_refused (const char     *path,
                const char     *backup,
                TandemStoreKey *backup_key,
                TandemStoreKey *key,
                int             code)
{
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *before = NULL;
  g_autofree guint8 *after = NULL;
  g_autofree char *aside = g_strconcat (path, ".before-restore", NULL);
  g_autofree char *copy = g_strconcat (path, ".restoring", NULL);
  gsize before_length, after_length;
  TandemStore *store;

  before = read_bytes (path, &before_length);
  store = tandem_store_restore (path, backup, backup_key, key, TANDEM_STORE_VIEWER_SYSTEM,
                                &error);
  g_assert_null (store);
  g_assert_error (error, TANDEM_STORE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");

  after = read_bytes (path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
}

static void
corrupt (const char *source,
         const char *target,
         gsize       offset)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_cmpuint (length, >, offset + 512);
  for (gsize i = 0; i < 512; i++)
    contents[offset + i] ^= 0x5a;
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
}

static void
test_restore_refuses_damaged_backup (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autofree char *damaged = tandem_test_dir_file (dir, "damaged.tandem-backup");
  g_autofree char *truncated = tandem_test_dir_file (dir, "truncated.tandem-backup");
  g_autofree char *text = tandem_test_dir_file (dir, "text.tandem-backup");
  g_autofree char *missing = tandem_test_dir_file (dir, "missing.tandem-backup");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, key);
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  add_people (store, 500);
  backup = back_up (store, folder, TANDEM_BACKUP_MANUAL);
  g_clear_object (&store);

  /* A page in the middle damaged, then the header, then half the file gone. */
  g_assert_true (g_file_get_contents (backup, &contents, &length, NULL));
  corrupt (backup, damaged, (length / 4096 / 2) * 4096 + 100);
  assert_refused (path, damaged, key, key, TANDEM_STORE_ERROR_CORRUPT);
  corrupt (backup, damaged, 0);
  assert_refused (path, damaged, key, key, TANDEM_STORE_ERROR_WRONG_KEY);
  g_assert_true (g_file_set_contents (truncated, contents, length / 2, NULL));
  assert_refused (path, truncated, key, key, TANDEM_STORE_ERROR_CORRUPT);
  g_assert_true (g_file_set_contents (text, "not a backup\n", -1, NULL));
  assert_refused (path, text, key, key, TANDEM_STORE_ERROR_WRONG_KEY);
  assert_refused (path, missing, key, key, TANDEM_STORE_ERROR_NOT_FOUND);

  store = open_store (path, key);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 500);
}

/* After a change of key, an older backup needs the key it was made with, and once restored
 * opens with the database's new key. */
static void
test_restore_after_key_change (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *folder = tandem_test_dir_file (dir, "backups");
  g_autoptr(TandemStoreKey) old_key = tandem_store_key_new_passphrase ("old passphrase");
  g_autoptr(TandemStoreKey) new_key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, old_key);
  g_autoptr(TandemBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;

  add_people (store, 5);
  backup = back_up (store, folder, TANDEM_BACKUP_MANUAL);
  g_assert_true (tandem_store_rekey (store, new_key, &error));
  g_assert_no_error (error);
  add_people (store, 1);
  g_clear_object (&store);

  info = tandem_backup_inspect (backup, new_key);
  g_assert_error (info->problem, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY);
  assert_refused (path, backup, new_key, new_key, TANDEM_STORE_ERROR_WRONG_KEY);

  store = tandem_store_restore (path, backup, old_key, new_key, TANDEM_STORE_VIEWER_SYSTEM,
                                &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);

  store = open_store (path, new_key);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 5);
  g_clear_object (&store);
  g_assert_null (tandem_store_open (path, old_key, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY);
}

/* A backup from an older Tandem is brought up to date as it is restored. */
static void
test_restore_older_schema (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *old = tandem_test_dir_file (dir, "old.tandem-backup");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  store = tandem_store_open_unmigrated (old, key, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_store_migrate_to (store, 7, &error));
  g_assert_no_error (error);
  g_object_unref (tandem_test_add_person (store, "Older", "Schema", NULL));
  g_assert_true (tandem_store_exec (store, "PRAGMA journal_mode = DELETE", &error));
  g_clear_object (&store);

  info = tandem_backup_inspect (old, key);
  g_assert_no_error (info->problem);
  g_assert_cmpint (info->schema_version, ==, 7);
  g_assert_cmpuint (info->n_people, ==, 1);

  store = open_store (path, key);
  g_clear_object (&store);
  store = tandem_store_restore (path, old, key, key, TANDEM_STORE_VIEWER_SYSTEM, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==,
                   tandem_store_get_latest_schema_version ());
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
}

static gint64
unix_local (int day,
            int hour,
            int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 11, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

static void
test_daily_backup_due (void)
{
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 11, 21, 9, 0, 0);
  g_autoptr(GDateTime) lunch = g_date_time_new_local (2026, 11, 21, 12, 30, 0);
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 11, 21, 17, 0, 0);

  /* Never made: due at once. */
  g_assert_true (tandem_backup_is_due (morning, 0, 12, 30));
  /* Made yesterday at its time: due from today's time, not before. */
  g_assert_false (tandem_backup_is_due (morning, unix_local (20, 12, 31), 12, 30));
  g_assert_true (tandem_backup_is_due (lunch, unix_local (20, 12, 31), 12, 30));
  g_assert_true (tandem_backup_is_due (evening, unix_local (20, 12, 31), 12, 30));
  /* Made today after its time: not due again today. */
  g_assert_false (tandem_backup_is_due (evening, unix_local (21, 12, 30), 12, 30));
  /* The computer was off at yesterday's time: due on start, the morning after. */
  g_assert_true (tandem_backup_is_due (morning, unix_local (19, 12, 35), 12, 30));
  /* Made this morning on request, before today's time: today's is still due. */
  g_assert_true (tandem_backup_is_due (evening, unix_local (21, 8, 0), 12, 30));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/checked-and-private", test_backup_checked_and_private);
  g_test_add_func ("/backup/during-writes", test_backup_during_writes);
  g_test_add_func ("/backup/prune-keeps-newest-automatic", test_prune_keeps_newest_automatic);
  g_test_add_func ("/backup/cancelled-leaves-nothing", test_cancelled_backup_leaves_nothing);
  g_test_add_func ("/backup/restore-replaces-database", test_restore_replaces_database);
  g_test_add_func ("/backup/restore-refuses-damaged", test_restore_refuses_damaged_backup);
  g_test_add_func ("/backup/restore-after-key-change", test_restore_after_key_change);
  g_test_add_func ("/backup/restore-older-schema", test_restore_older_schema);
  g_test_add_func ("/backup/daily-backup-due", test_daily_backup_due);

  return g_test_run ();
}
