/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-encryption-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "tandem-caseload-entry.h"
#include "tandem-keyring.h"
#include "tandem-store-private.h"

/* encryption-bench: what encryption costs.
 *
 *   encryption-bench DATABASE [--runs N]
 *
 * DATABASE is an encrypted database whose key is in the keyring (run-benchmarks.sh makes one
 * of 100,000 people and runs this under tests/with-keyring.sh, with a throwaway
 * gnome-keyring-daemon). A plain copy is made beside it in a temporary folder with SQLCipher's
 * export, and removed at the end; the people are fictional. Then, N times each (20 by
 * default), alternating between the two databases so the machine's noise hits both alike:
 *
 *   keyring   the keyring lookup of the key, over D-Bus
 *   open      tandem_store_open() with the raw key from the keyring, and without a key on the
 *             plain copy: connection, key, schema check (the goal: under 5 ms)
 *   caseload  a new connection reading the whole caseload, as the app does at start
 *   search    eight searches as a person types them (names, NHS number, postcode)
 *   count     counting the people
 *
 * It prints min, median and max in ms and the ratio of the medians, against the goal of at
 * most 1.2 times slower; it asserts nothing. */

#define GOAL_OPEN_MS 5.0
#define GOAL_RATIO   1.2

static const char *const searches[] = {
  "s", "sm", "smi", "smith", "o'n", "943", "BS3", "mar",
};

typedef struct
{
  GArray *plain;
  GArray *encrypted;
} Figures;

static void
figures_init (Figures *figures)
{
  figures->plain = g_array_new (FALSE, FALSE, sizeof (double));
  figures->encrypted = g_array_new (FALSE, FALSE, sizeof (double));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len % 2)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

static void
print_row (const char *label,
           GArray     *values)
{
  double middle = median (values);

  g_print ("  %-34s %8.2f %8.2f %8.2f\n", label, g_array_index (values, double, 0), middle,
           g_array_index (values, double, values->len - 1));
}

static void
print_pair (const char *what,
            Figures    *figures)
{
  g_autofree char *plain = g_strdup_printf ("%s, plain", what);
  g_autofree char *encrypted = g_strdup_printf ("%s, encrypted", what);
  double ratio;

  print_row (plain, figures->plain);
  print_row (encrypted, figures->encrypted);
  ratio = median (figures->encrypted) / median (figures->plain);
  g_print ("  %-34s %8.2fx   goal at most %.1fx: %s\n", "  encrypted / plain (medians)", ratio,
           GOAL_RATIO, ratio <= GOAL_RATIO ? "MET" : "MISSED");
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static TandemStore *
open_store (const char     *path,
            TandemStoreKey *key)
{
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_store_open (path, key, &error);

  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  /* The CLI's reader: everyone, as the caseload scope allows. */
  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);
  return store;
}

/* SQLCipher's export into an attached database with an empty key writes it in clear. */
static void
export_plain (TandemStore *store,
              const char  *plain_path)
{
  g_autofree char *sql = NULL;
  char *message = NULL;

  /* The store's connection may not create files; an empty one is a database to SQLite. */
  if (!g_file_set_contents (plain_path, "", 0, NULL))
    g_error ("Cannot make %s", plain_path);
  sql = g_strdup_printf ("ATTACH DATABASE '%s' AS plain KEY '';"
                         "SELECT sqlcipher_export('plain');"
                         "PRAGMA plain.user_version = %d;"
                         "DETACH DATABASE plain;",
                         plain_path, tandem_store_get_schema_version (store));
  if (sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("Cannot make the plain copy: %s", message);
}

static double
time_caseload (const char     *path,
               TandemStoreKey *key)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GError) error = NULL;
  GStringChunk *strings = g_string_chunk_new (64 * 1024);
  double start = now_ms ();
  g_autoptr(TandemStore) store = open_store (path, key);
  double elapsed;

  if (!tandem_store_load_caseload (store, 0, FALSE, entries, strings, &error))
    g_error ("Cannot read the caseload: %s", error->message);
  elapsed = now_ms () - start;
  g_string_chunk_free (strings);

  if (entries->len < 1000)
    g_error ("Only %u people in the caseload", entries->len);
  return elapsed;
}

static double
time_searches (TandemStore *store)
{
  double start = now_ms ();

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) found = tandem_store_search_people (store, searches[i], 50, &error);

      if (found == NULL)
        g_error ("Search failed: %s", error->message);
    }

  return now_ms () - start;
}

static double
time_count (TandemStore *store)
{
  double start = now_ms ();

  if (tandem_store_count_people (store, NULL) == 0)
    g_error ("Nobody to count");
  return now_ms () - start;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemStoreKey) key = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *work = NULL;
  g_autofree char *plain_path = NULL;
  g_autoptr(GArray) lookups = g_array_new (FALSE, FALSE, sizeof (double));
  Figures open, caseload, search, count;
  const char *path = NULL;
  guint runs = 20;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          runs = MAX (1, atoi (argv[i + 1]));
          i++;
        }
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      g_printerr ("Usage: %s DATABASE [--runs N]\n", argv[0]);
      return 2;
    }

  key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, &error);
  if (key == NULL)
    {
      g_printerr ("No key in the keyring for %s%s%s\n", path, error ? ": " : "",
                  error ? error->message : "");
      return 1;
    }

  work = g_dir_make_tmp ("tandem-encryption-bench-XXXXXX", &error);
  g_assert_no_error (error);
  plain_path = g_build_filename (work, "plain.db", NULL);
  {
    g_autoptr(TandemStore) store = open_store (path, key);

    export_plain (store, plain_path);
  }

  figures_init (&open);
  figures_init (&caseload);
  figures_init (&search);
  figures_init (&count);

  /* One of each to warm the disk cache, then the runs, the two databases in turn. */
  time_caseload (plain_path, NULL);
  time_caseload (path, key);
  for (guint run = 0; run < runs; run++)
    {
      double start;
      double value;

      start = now_ms ();
      g_clear_pointer (&key, tandem_store_key_unref);
      key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, NULL);
      value = now_ms () - start;
      g_array_append_val (lookups, value);

      for (guint which = 0; which < 2; which++)
        {
          gboolean encrypted = (which + run) % 2;
          const char *file = encrypted ? path : plain_path;
          TandemStoreKey *file_key = encrypted ? key : NULL;
          Figures *figures[] = { &open, &caseload, &search, &count };
          double values[4];
          TandemStore *store;

          start = now_ms ();
          store = open_store (file, file_key);
          values[0] = now_ms () - start;
          values[2] = time_searches (store);
          values[3] = time_count (store);
          g_object_unref (store);
          values[1] = time_caseload (file, file_key);

          for (guint f = 0; f < G_N_ELEMENTS (figures); f++)
            g_array_append_val (encrypted ? figures[f]->encrypted : figures[f]->plain,
                                values[f]);
        }
    }

  g_print ("Encryption: the same %s database, encrypted and plain (ms)\n", "example");
  g_print ("  %-34s %8s %8s %8s\n", "", "min", "median", "max");
  print_row ("keyring lookup of the key", lookups);
  print_pair ("open", &open);
  g_print ("  %-34s %8.2f      goal under %.0f ms with the keyring's key: %s\n",
           "  open + keyring lookup (medians)", median (open.encrypted) + median (lookups),
           GOAL_OPEN_MS,
           median (open.encrypted) + median (lookups) < GOAL_OPEN_MS ? "MET" : "MISSED");
  print_pair ("read the whole caseload", &caseload);
  print_pair ("8 searches as typed", &search);
  print_pair ("count the people", &count);
  g_print ("  (%u runs of each, alternating, after one to warm up)\n", runs);

  g_remove (plain_path);
  g_rmdir (work);
  return 0;
}
