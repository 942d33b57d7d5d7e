/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-backup-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "tandem-keyring.h"
#include "tandem-store-backup.h"

/* backup-bench: how long a backup takes, and how big it is.
 *
 *   backup-bench DATABASE [--runs N] [--key-file FILE]
 *
 * DATABASE is an encrypted database whose key is in the keyring (run-benchmarks.sh makes one
 * of 100,000 people and runs this under tests/with-keyring.sh), or whose key is given as hex
 * in FILE, as run-benchmarks.sh caches it. N times (3 by default) it makes a backup into a
 * temporary folder exactly as the app's "Back Up Now" does: SQLite's online backup from a
 * connection of its own, encrypted with the database's key, read back and checked (integrity
 * check, every table's row count), then named. Each backup is removed after it is measured.
 * Then one restore of the last backup into a copy of the database, checked the same way.
 *
 * It prints min, median and max in seconds, for the whole backup and for the online copy
 * within it (the rest is reading the backup back to check it), the database's and the
 * backup's size, and the restore's time; it asserts nothing. */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
now_s (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static double
file_mb (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return 0;
  return buf.st_size / (1024.0 * 1024.0);
}

static TandemStoreKey *
find_key (const char *path,
          const char *key_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hex = NULL;
  TandemStoreKey *key;

  if (key_file == NULL)
    {
      key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, &error);
      if (key == NULL)
        g_printerr ("No key in the keyring for %s%s%s\n", path, error ? ": " : "",
                    error ? error->message : "");
      return key;
    }

  if (!g_file_get_contents (key_file, &hex, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  key = tandem_store_key_new_from_hex (g_strstrip (hex));
  if (key == NULL)
    g_printerr ("%s does not hold a key\n", key_file);
  return key;
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_remove (path);
    }
  g_rmdir (folder);
}

/* The copy reports up to 0.9; the check (reading the backup back) makes up the rest. */
static void
copied_cb (double   fraction,
           gpointer data)
{
  double *copied_at = data;

  if (fraction >= 0.9 && *copied_at == 0)
    *copied_at = now_s ();
}

/* One backup, timed, and the share of it spent copying; its path kept in @last. */
static double
time_backup (TandemStore  *store,
             const char   *folder,
             double       *copy_seconds,
             char        **last)
{
  g_autoptr(GError) error = NULL;
  double copied_at = 0;
  double start = now_s ();
  char *backup = tandem_store_backup (store, folder, TANDEM_BACKUP_MANUAL, copied_cb,
                                      &copied_at, NULL, &error);
  double seconds = now_s () - start;

  *copy_seconds = copied_at - start;

  if (backup == NULL)
    g_error ("Backup failed: %s", error->message);

  if (*last != NULL)
    g_remove (*last);
  g_free (*last);
  *last = backup;
  return seconds;
}

/* Restores @backup over a copy of the database, timed. */
static double
time_restore (const char     *work,
              const char     *backup,
              TandemStoreKey *key)
{
  g_autofree char *target = g_build_filename (work, "restored.db", NULL);
  g_autofree char *aside = g_strconcat (target, ".before-restore", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemStore) restored = NULL;
  double start;
  double seconds;

  /* An empty database to replace, so the restore has something to move aside. */
  restored = tandem_store_open (target, key, &error);
  if (restored == NULL)
    g_error ("Cannot make %s: %s", target, error->message);
  g_clear_object (&restored);

  start = now_s ();
  restored = tandem_store_restore (target, backup, key, key, TANDEM_STORE_VIEWER_SYSTEM,
                                   &error);
  seconds = now_s () - start;
  if (restored == NULL)
    g_error ("Restore failed: %s", error->message);

  g_clear_object (&restored);
  g_remove (target);
  g_remove (aside);
  return seconds;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemStoreKey) key = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) copies = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *work = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *last = NULL;
  const char *path = NULL;
  const char *key_file = NULL;
  guint runs = 3;
  double backup_mb;
  double restore_s;

  setlocale (LC_ALL, "");

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          int value = atoi (argv[++i]);

          runs = MAX (1, value);
        }
      else if (g_str_equal (argv[i], "--key-file") && i + 1 < argc)
        key_file = argv[++i];
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      g_printerr ("Usage: %s DATABASE [--runs N] [--key-file FILE]\n", argv[0]);
      return 2;
    }

  key = find_key (path, key_file);
  if (key == NULL)
    return 1;
  store = tandem_store_open (path, key, &error);
  if (store == NULL)
    {
      g_printerr ("Cannot open %s: %s\n", path, error->message);
      return 1;
    }
  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);

  work = g_dir_make_tmp ("tandem-backup-bench-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_build_filename (work, "backups", NULL);

  for (guint run = 0; run < runs; run++)
    {
      double copy_seconds;
      double seconds = time_backup (store, folder, &copy_seconds, &last);

      g_array_append_val (times, seconds);
      g_array_append_val (copies, copy_seconds);
    }
  backup_mb = file_mb (last);
  restore_s = time_restore (work, last, key);

  g_array_sort (times, compare_doubles);
  g_array_sort (copies, compare_doubles);
  g_print ("Backup of %s (%u people), %u runs: s\n", path,
           tandem_store_count_people (store, NULL), runs);
  g_print ("  %-34s %8s %8s %8s\n", "", "min", "median", "max");
  g_print ("  %-34s %8.2f %8.2f %8.2f\n", "backup, checked", g_array_index (times, double, 0),
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len - 1));
  g_print ("  %-34s %8.2f %8.2f %8.2f\n", "  of which the online copy",
           g_array_index (copies, double, 0), g_array_index (copies, double, copies->len / 2),
           g_array_index (copies, double, copies->len - 1));
  g_print ("  %-34s %8.1f MB\n", "database", file_mb (path));
  g_print ("  %-34s %8.1f MB\n", "backup", backup_mb);
  g_print ("  %-34s %8.2f s\n", "restore of that backup, checked", restore_s);

  g_remove (last);
  remove_folder (folder);
  remove_folder (work);
  return 0;
}
