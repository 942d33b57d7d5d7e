/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-directory-import-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "tandem-oruk-import.h"
#include "tandem-store.h"

/* directory-import-bench: importing both real ORUK v1 feeds (Bristol and North Lincolnshire,
 * about 1,550 services and 4 MB of JSON) together into a fresh database.
 *
 *   directory-import-bench TESTDATA-FOLDER [--runs N]
 *
 * Each run makes a new database in a temporary folder, then times the parse (reading,
 * JSON, mapping, HTML to text) and the store's import (one transaction, with the search
 * index) separately. It prints min / median / max over N runs (5 by default) after a
 * warm-up run, and the goal; it asserts nothing. Without the test data it says so and
 * exits 0. */

#define GOAL_TOTAL_S 2.0

static int runs = 5;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_summary (const char *label,
               GArray     *values)
{
  g_array_sort (values, compare_doubles);
  g_print ("  %-34s %8.0f %8.0f %8.0f\n", label, g_array_index (values, double, 0),
           g_array_index (values, double, values->len / 2),
           g_array_index (values, double, values->len - 1));
}

/* One run; returns FALSE on failure. */
static gboolean
run_once (const char * const *feeds,
          double             *parse_ms,
          double             *store_ms,
          guint              *n_added)
{
  g_autofree char *folder = g_dir_make_tmp ("tandem-import-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "bench.db", NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  TandemImportTally tally;
  gint64 start;

  if ((store = tandem_store_open (path, NULL, &error)) == NULL)
    {
      g_printerr ("directory-import-bench: %s\n", error->message);
      return FALSE;
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; feeds[i] != NULL; i++)
    {
      g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
      g_autoptr(GPtrArray) parsed = tandem_oruk_parse_path (feeds[i], NULL, NULL, report,
                                                            &error);

      if (parsed == NULL)
        {
          g_printerr ("directory-import-bench: %s\n", error->message);
          return FALSE;
        }
      g_ptr_array_extend_and_steal (assets, g_steal_pointer (&parsed));
    }
  *parse_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  if (!tandem_store_import_assets (store, assets, NULL, NULL, NULL, &tally, &error))
    {
      g_printerr ("directory-import-bench: %s\n", error->message);
      return FALSE;
    }
  *store_ms = (g_get_monotonic_time () - start) / 1000.0;
  *n_added = tally.added;

  g_clear_object (&store);
  for (const char *suffix = ""; suffix != NULL;
       suffix = g_str_equal (suffix, "") ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *file = g_strconcat (path, suffix, NULL);

      g_unlink (file);
    }
  g_rmdir (folder);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs (5)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("TESTDATA-FOLDER");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) parse_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) store_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *bristol = NULL;
  g_autofree char *lincs = NULL;
  const char *feeds[3];
  double median;
  guint added = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("Usage: directory-import-bench TESTDATA-FOLDER [--runs N]\n");
      return 2;
    }

  bristol = g_build_filename (argv[1], "v1-live", "bristol-services.json", NULL);
  lincs = g_build_filename (argv[1], "v1-live", "north-lincolnshire-services.json", NULL);
  g_print ("Directory import: both real ORUK v1 feeds into a fresh database\n");
  if (!g_file_test (bristol, G_FILE_TEST_EXISTS) || !g_file_test (lincs, G_FILE_TEST_EXISTS))
    {
      g_print ("  skipped: the ORUK test data is not in %s\n", argv[1]);
      return 0;
    }

  feeds[0] = bristol;
  feeds[1] = lincs;
  feeds[2] = NULL;

  for (int i = -1; i < runs; i++)
    {
      double parse_ms, store_ms, total;

      if (!run_once (feeds, &parse_ms, &store_ms, &added))
        return 1;
      if (i < 0)
        continue;
      total = parse_ms + store_ms;
      g_array_append_val (parse_times, parse_ms);
      g_array_append_val (store_times, store_ms);
      g_array_append_val (totals, total);
    }

  g_print ("  %u services added per run, %d runs after a warm-up\n", added, runs);
  g_print ("  %-34s %8s %8s %8s\n", "ms", "min", "median", "max");
  print_summary ("parse (read, JSON, map)", parse_times);
  print_summary ("store (one transaction)", store_times);
  print_summary ("total", totals);
  median = g_array_index (totals, double, totals->len / 2) / 1000.0;
  g_print ("  goal: both feeds under %.0f s together: %.2f s median, %s\n", GOAL_TOTAL_S, median,
           median < GOAL_TOTAL_S ? "MET" : "MISSED");

  return 0;
}
