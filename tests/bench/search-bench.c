/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-search-bench"

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem-caseload.h"
#include "tandem-store.h"
#include "tandem-store-opener.h"
#include "tandem-ui-util.h"

/* search-bench: search-as-you-type latency in the real window, in-process, under a display.
 *
 *   search-bench DATABASE [--keystrokes N] [--rounds N] [--seed N]
 *
 * Opens DATABASE (make one with `tandem-cli example-data --people 100000`), shows the real
 * TandemWindow on everyone's caseload with every status, and types into its search entry
 * one character at a time: family names, given names, NHS numbers in 3-3-4 groups and run
 * together, and postcodes with their space, drawn with a fixed seed from the database
 * itself, clearing the entry between words. For each keystroke it measures
 *
 *   ui     from setting the entry's text to the end of the first frame painted after the
 *          caseload applied the new search (GdkFrameClock::after-paint): what the user
 *          waits for, with the list's rows remade and drawn;
 *   model  tandem_caseload_set_search_text() alone, on a second caseload over the same
 *          store with no widgets;
 *   store  tandem_store_search_people (limit 50) for the same text: the store's own query,
 *          which `tandem-cli people search` uses. The caseload does not run it per
 *          keystroke: it filters its entries in memory.
 *
 * Keystrokes are paced at least 30 ms apart, and at least 20 ms after the previous frame,
 * so that the frame clock, which paints at most once per refresh interval, never holds a
 * frame back because of the one before. Clearing the entry is measured but reported on its
 * own line, not among the typed keystrokes. It prints the figures and the goals they are
 * checked against; it asserts nothing (the machine's noise would make that flaky).
 *
 * run-benchmarks.sh runs it with GSK_RENDERER=cairo: under Xvfb the GL renderer is Mesa's
 * llvmpipe, which costs about 30 ms a frame whatever changed. The renderer in use is printed. */

#define KEYSTROKE_SPACING_US  (30 * 1000)
#define AFTER_FRAME_GAP_US    (20 * 1000)
#define STORE_SEARCH_LIMIT    50

/* The goals. */
#define GOAL_UI_P95_MS        5.0
#define GOAL_STORE_MS         1.0

typedef struct
{
  char     *text;       /* what the entry holds after this keystroke */
  gboolean  clear;      /* this keystroke empties the entry */
} Keystroke;

/* What is measured per keystroke, in ms. */
typedef enum
{
  UI,             /* typed: set_text to the end of the next frame */
  UI_CHANGED,     /* the same, for keystrokes that changed the list */
  UI_SAME,        /* the same, for keystrokes that left the list as it was */
  UI_UPDATE,      /* typed: set_text until the caseload had applied it */
  UI_CLEAR,       /* clearing the entry: set_text to the end of the next frame */
  MODEL,          /* typed: tandem_caseload_set_search_text() alone */
  MODEL_CLEAR,    /* clearing, the same */
  STORE,          /* typed: tandem_store_search_people() */
  N_MEASURES
} Measure;

typedef GArray *Samples[N_MEASURES];

/* What the frame-clock and caseload callbacks tell the typing loop. */
typedef struct
{
  gint64 updated_ns;    /* when the caseload applied the search, or 0 */
  gint64 painted_ns;    /* end of the first frame painted after that, or 0 */
  gboolean changed;     /* the list's items changed */
} Wait;

static Wait wait_state;

static gint64
now_us (void)
{
  return g_get_monotonic_time ();
}

static double
elapsed_ms (gint64 from_ns,
            gint64 to_ns)
{
  return (to_ns - from_ns) / 1e6;
}

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static long
read_vm_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "\nVmRSS:");
  return line != NULL ? strtol (line + strlen ("\nVmRSS:"), NULL, 10) : -1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest-rank percentile of sorted @values. */
static double
percentile (GArray *sorted,
            double  p)
{
  guint rank;

  if (sorted->len == 0)
    return 0;

  rank = (guint) MAX (1.0, (p / 100.0) * sorted->len + 0.999999);
  return g_array_index (sorted, double, MIN (rank, sorted->len) - 1);
}

typedef struct
{
  guint  n;
  double min, p50, p95, max, mean;
} Stats;

static Stats
stats_of (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  Stats stats = { sorted->len, 0, 0, 0, 0, 0 };
  double sum = 0;

  if (sorted->len == 0)
    return stats;

  g_array_sort (sorted, compare_doubles);
  for (guint i = 0; i < sorted->len; i++)
    sum += g_array_index (sorted, double, i);

  stats.min = g_array_index (sorted, double, 0);
  stats.max = g_array_index (sorted, double, sorted->len - 1);
  stats.p50 = percentile (sorted, 50);
  stats.p95 = percentile (sorted, 95);
  stats.mean = sum / sorted->len;
  return stats;
}

static void
add_sample (GArray *values,
            double  ms)
{
  g_array_append_val (values, ms);
}

/* Queries */

static void
add_word (GArray     *keystrokes,
          const char *word,
          guint       max_keystrokes,
          guint      *n_typed)
{
  Keystroke clear = { g_strdup (""), TRUE };
  const char *end;

  if (word == NULL || word[0] == '\0')
    return;

  for (end = g_utf8_next_char (word); *n_typed < max_keystrokes; end = g_utf8_next_char (end))
    {
      Keystroke typed = { g_strndup (word, end - word), FALSE };

      g_array_append_val (keystrokes, typed);
      (*n_typed)++;
      if (*end == '\0')
        break;
    }

  g_array_append_val (keystrokes, clear);
}

static void
keystroke_clear (gpointer data)
{
  g_free (((Keystroke *) data)->text);
}

/* Real people's names, NHS numbers and postcodes, drawn with @seed from @caseload (which
 * shows everyone), typed one character at a time until @max_keystrokes characters. */
static GArray *
make_keystrokes (TandemStore    *store,
                 TandemCaseload *caseload,
                 guint32         seed,
                 guint           max_keystrokes)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GArray *keystrokes = g_array_new (FALSE, FALSE, sizeof (Keystroke));
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (caseload));
  guint n_typed = 0;

  g_array_set_clear_func (keystrokes, keystroke_clear);

  for (guint kind = 0; n_typed < max_keystrokes && n_items > 0; kind = (kind + 1) % 5)
    {
      guint position = g_rand_int_range (rand, 0, n_items);
      g_autoptr(TandemCaseloadItem) item = g_list_model_get_item (G_LIST_MODEL (caseload),
                                                                  position);
      g_autoptr(TandemPerson) person = NULL;
      g_autoptr(GError) error = NULL;
      const char *nhs;
      g_autofree char *word = NULL;

      person = tandem_store_load_person (store, tandem_caseload_item_get_person_id (item),
                                         &error);
      if (person == NULL)
        g_error ("Cannot read a person: %s", error->message);

      nhs = tandem_person_get_nhs_number (person);
      switch (kind)
        {
        case 0:
          word = g_strdup (tandem_person_get_family_name (person));
          break;
        case 1:
          word = g_strdup (tandem_person_get_given_name (person));
          break;
        case 2:
          if (nhs != NULL && strlen (nhs) == 10)
            word = g_strdup_printf ("%.3s %.3s %.4s", nhs, nhs + 3, nhs + 6);
          break;
        case 3:
          word = g_strdup (nhs);
          break;
        case 4:
        default:
          word = g_strdup (tandem_person_get_postcode (person));
          break;
        }

      add_word (keystrokes, word, max_keystrokes, &n_typed);
    }

  return keystrokes;
}

/* Waiting */

static void
caseload_search_applied_cb (TandemCaseload *caseload)
{
  if (wait_state.updated_ns == 0)
    wait_state.updated_ns = now_ns ();
}

static void
caseload_items_changed_cb (TandemCaseload *caseload)
{
  wait_state.changed = TRUE;
}

static void
after_paint_cb (GdkFrameClock *clock)
{
  if (wait_state.updated_ns != 0 && wait_state.painted_ns == 0)
    wait_state.painted_ns = now_ns ();
}

static gboolean
painted (gpointer data)
{
  return wait_state.painted_ns != 0;
}

static void
sleep_until (gint64 when_us)
{
  gint64 left = when_us - now_us ();

  if (left > 1000)
    tandem_ui_iterate (left / 1000);
  while (now_us () < when_us)
    g_main_context_iteration (NULL, FALSE);
}

/* One pass over @keystrokes in the window. */
static void
type_in_window (GtkWidget *entry,
                GArray    *keystrokes,
                Samples    samples)
{
  gint64 next_us = now_us ();

  for (guint i = 0; i < keystrokes->len; i++)
    {
      Keystroke *k = &g_array_index (keystrokes, Keystroke, i);
      gint64 start;

      sleep_until (next_us);

      wait_state.updated_ns = 0;
      wait_state.changed = FALSE;
      wait_state.painted_ns = 0;
      start = now_ns ();
      gtk_editable_set_text (GTK_EDITABLE (entry), k->text);
      if (!tandem_ui_wait_until (painted, NULL, 5000))
        g_error ("No frame was painted after typing “%s”", k->text);

      if (k->clear)
        add_sample (samples[UI_CLEAR], elapsed_ms (start, wait_state.painted_ns));
      else
        {
          add_sample (samples[UI], elapsed_ms (start, wait_state.painted_ns));
          add_sample (samples[UI_UPDATE], elapsed_ms (start, wait_state.updated_ns));
          add_sample (samples[wait_state.changed ? UI_CHANGED : UI_SAME],
                      elapsed_ms (start, wait_state.painted_ns));
        }

      next_us = MAX (start / 1000 + KEYSTROKE_SPACING_US,
                     wait_state.painted_ns / 1000 + AFTER_FRAME_GAP_US);
    }
}

static void
type_in_model (TandemCaseload *caseload,
               GArray         *keystrokes,
               Samples         samples)
{
  for (guint i = 0; i < keystrokes->len; i++)
    {
      Keystroke *k = &g_array_index (keystrokes, Keystroke, i);
      gint64 start = now_ns ();

      tandem_caseload_set_search_text (caseload, k->text);
      add_sample (samples[k->clear ? MODEL_CLEAR : MODEL], elapsed_ms (start, now_ns ()));
    }
}

static void
query_store (TandemStore *store,
             GArray      *keystrokes,
             Samples      samples)
{
  for (guint i = 0; i < keystrokes->len; i++)
    {
      Keystroke *k = &g_array_index (keystrokes, Keystroke, i);
      g_autoptr(GPtrArray) people = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start;

      if (k->clear)
        continue;

      start = now_ns ();
      people = tandem_store_search_people (store, k->text, STORE_SEARCH_LIMIT, &error);
      if (people == NULL)
        g_error ("The store's search failed: %s", error->message);
      add_sample (samples[STORE], elapsed_ms (start, now_ns ()));
    }
}

/* Reporting */

/* min / median / max over the rounds of one statistic. */
static void
spread (GArray *rounds,
        gsize   offset,
        double *min,
        double *median,
        double *max)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < rounds->len; i++)
    g_array_append_val (values, G_STRUCT_MEMBER (double, &g_array_index (rounds, Stats, i),
                                                 offset));
  g_array_sort (values, compare_doubles);
  *min = g_array_index (values, double, 0);
  *max = g_array_index (values, double, values->len - 1);
  *median = g_array_index (values, double, values->len / 2);
  if (values->len % 2 == 0)
    *median = (*median + g_array_index (values, double, values->len / 2 - 1)) / 2;
}

/* p50 and p95 as the median of the rounds with their range; min and max over all rounds;
 * the median of the rounds' means. */
static void
print_row (const char *label,
           GArray     *rounds)
{
  double min, median, max;
  double lowest, highest, mean;
  g_autofree char *p50 = NULL;
  g_autofree char *p95 = NULL;

  spread (rounds, G_STRUCT_OFFSET (Stats, p50), &min, &median, &max);
  p50 = g_strdup_printf ("%.2f (%.2f-%.2f)", median, min, max);
  spread (rounds, G_STRUCT_OFFSET (Stats, p95), &min, &median, &max);
  p95 = g_strdup_printf ("%.2f (%.2f-%.2f)", median, min, max);
  spread (rounds, G_STRUCT_OFFSET (Stats, min), &lowest, &median, &max);
  spread (rounds, G_STRUCT_OFFSET (Stats, max), &min, &median, &highest);
  spread (rounds, G_STRUCT_OFFSET (Stats, mean), &min, &mean, &max);

  g_print ("  %-36s %5u  %-26s %-26s %8.2f %9.2f %8.2f\n", label,
           g_array_index (rounds, Stats, 0).n, p50, p95, lowest, highest, mean);
}

static void
print_goal (const char *what,
            double      value,
            const char *unit,
            const char *goal,
            double      limit)
{
  g_print ("  %-44s %10.2f %-3s goal %-12s %s\n", what, value, unit, goal,
           value < limit ? "MET" : "MISSED");
}

static gboolean
parse_uint (const char *text,
            guint      *value)
{
  guint64 parsed;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT32, &parsed, NULL))
    return FALSE;
  *value = (guint) parsed;
  return TRUE;
}

static int
usage (const char *program)
{
  g_printerr ("Usage: %s DATABASE [--keystrokes N] [--rounds N] [--seed N]\n", program);
  return 2;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemCaseload) bare_caseload = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keystrokes = NULL;
  GArray *rounds[N_MEASURES];   /* Stats per round, for each measure */
  const char *db_path = NULL;
  guint max_keystrokes = 1000;
  guint n_rounds = 3;
  guint seed = 2024;
  TandemWindow *window;
  TandemCaseload *caseload;
  GtkWidget *view;
  GtkWidget *entry;
  GdkFrameClock *clock;
  long rss_shown_kb;
  long rss_end_kb;
  gint64 start;
  double load_ms;
  double model_load_ms;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--keystrokes") && i + 1 < argc)
        {
          if (!parse_uint (argv[++i], &max_keystrokes))
            return usage (argv[0]);
        }
      else if (g_str_equal (argv[i], "--rounds") && i + 1 < argc)
        {
          if (!parse_uint (argv[++i], &n_rounds))
            return usage (argv[0]);
        }
      else if (g_str_equal (argv[i], "--seed") && i + 1 < argc)
        {
          if (!parse_uint (argv[++i], &seed))
            return usage (argv[0]);
        }
      else if (argv[i][0] != '-' && db_path == NULL)
        db_path = argv[i];
      else
        return usage (argv[0]);
    }

  if (db_path == NULL)
    return usage (argv[0]);

  setlocale (LC_ALL, "");
  gtk_init ();
  tandem_ui_init ();
  /* A blinking cursor paints a frame every half second that could hold back a keystroke's. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  /* The database is encrypted, its key in the keyring run-benchmarks.sh runs this with. */
  store = tandem_store_open_encrypted (db_path, NULL, NULL, NULL, NULL, &error);
  if (store == NULL)
    {
      g_printerr ("Cannot open %s: %s\n", db_path, error->message);
      return 1;
    }

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "caseload-scope", "everyone");
  g_settings_set_string (settings, "caseload-show", "all");

  start = now_ns ();
  window = tandem_ui_open_window (store);
  gtk_window_present (GTK_WINDOW (window));
  if (!tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 120000))
    {
      g_printerr ("The caseload did not load in two minutes\n");
      return 1;
    }
  load_ms = elapsed_ms (start, now_ns ());

  view = tandem_window_get_caseload_view (window);
  entry = tandem_ui_find_by_type (view, GTK_TYPE_SEARCH_ENTRY);
  caseload = tandem_session_get_caseload (tandem_window_get_session (window));
  if (entry == NULL || !gtk_widget_get_mapped (entry))
    {
      g_printerr ("The caseload's search entry is not on screen\n");
      return 1;
    }
  gtk_widget_grab_focus (entry);
  tandem_ui_wait_frames (GTK_WIDGET (window), 3);
  tandem_ui_iterate (200);
  rss_shown_kb = read_vm_rss_kb ();

  /* The same people, without any widget: the model alone. */
  bare_caseload = tandem_caseload_new (store);
  tandem_caseload_set_show (bare_caseload, TANDEM_CASELOAD_SHOW_ALL);
  start = now_ns ();
  if (!tandem_caseload_load (bare_caseload, &error))
    {
      g_printerr ("Cannot load the caseload: %s\n", error->message);
      return 1;
    }
  model_load_ms = elapsed_ms (start, now_ns ());

  keystrokes = make_keystrokes (store, bare_caseload, seed, max_keystrokes);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  g_signal_connect (caseload, "items-changed", G_CALLBACK (caseload_items_changed_cb), NULL);
  g_signal_connect (caseload, "notify::search-text", G_CALLBACK (caseload_search_applied_cb),
                    NULL);

  g_print ("Search as you type: %u people, everyone's caseload, all statuses; %u keystrokes "
           "(names, given names, NHS numbers grouped and run together, postcodes), seed %u, "
           "%u round%s\n",
           tandem_caseload_get_n_people (caseload),
           max_keystrokes, seed, n_rounds, n_rounds == 1 ? "" : "s");
  g_print ("  (window shown and caseload loaded in %.0f ms; tandem_caseload_load() alone, in the "
           "main thread with no window, %.0f ms; renderer %s)\n", load_ms, model_load_ms,
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  for (guint m = 0; m < N_MEASURES; m++)
    rounds[m] = g_array_new (FALSE, FALSE, sizeof (Stats));

  for (guint round = 0; round < n_rounds; round++)
    {
      Samples samples;

      for (guint m = 0; m < N_MEASURES; m++)
        samples[m] = g_array_new (FALSE, FALSE, sizeof (double));

      type_in_window (entry, keystrokes, samples);
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      tandem_ui_wait_frames (GTK_WIDGET (window), 2);

      type_in_model (bare_caseload, keystrokes, samples);
      tandem_caseload_set_search_text (bare_caseload, "");

      query_store (store, keystrokes, samples);

      for (guint m = 0; m < N_MEASURES; m++)
        {
          Stats stats = stats_of (samples[m]);

          g_array_append_val (rounds[m], stats);
          g_array_unref (samples[m]);
        }
      g_printerr ("search-bench: round %u of %u done\n", round + 1, n_rounds);
    }

  rss_end_kb = read_vm_rss_kb ();

  g_print ("\n  %-36s %5s  %-26s %-26s %8s %9s %8s\n", "ms per keystroke", "n",
           "p50: median (min-max)", "p95: median (min-max)", "min", "max", "mean");
  g_print ("  %-36s %5s  %-26s %-26s %8s %9s %8s\n", "", "", "over the rounds", "over the rounds",
           "all", "all", "median");
  print_row ("ui: typed, until frame painted", rounds[UI]);
  print_row ("  of which the list changed", rounds[UI_CHANGED]);
  print_row ("  of which the list stayed the same", rounds[UI_SAME]);
  print_row ("ui: typed, until list model handled", rounds[UI_UPDATE]);
  print_row ("ui: clearing the entry", rounds[UI_CLEAR]);
  print_row ("model: typed (set_search_text)", rounds[MODEL]);
  print_row ("model: clearing", rounds[MODEL_CLEAR]);
  print_row ("store: search_people, limit 50", rounds[STORE]);
  g_print ("  The caseload does not query the store per keystroke: it filters its entries in\n"
           "  memory. The store's query is what `tandem-cli people search` runs.\n");

  g_print ("\n  Resident memory with everyone's caseload shown: %.1f MB (at the end, with a second "
           "caseload loaded and the store searched: %.1f MB)\n",
           rss_shown_kb / 1024.0, rss_end_kb / 1024.0);

  {
    double min, median, max;

    g_print ("\nGoals (search)\n");
    spread (rounds[UI], G_STRUCT_OFFSET (Stats, p95), &min, &median, &max);
    print_goal ("keystroke to painted frame, p95", median, "ms", "< 5 ms", GOAL_UI_P95_MS);
    spread (rounds[STORE], G_STRUCT_OFFSET (Stats, p95), &min, &median, &max);
    print_goal ("store query alone, p95", median, "ms", "< 1 ms", GOAL_STORE_MS);
  }

  /* Leave the window to the process's end: tearing 100,000 people down measures nothing. */
  fflush (stdout);
  _exit (0);
}
