/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-bench"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "tandem-plan-page.h"
#include "tandem-ui-util.h"

/* plan-bench: how quickly the plan page shows a plan, and how quickly an edit is saved.
 *
 *   plan-bench [--runs N] [--edits N]
 *
 * Makes a temporary store with one person whose draft plan has 5 needs, 20 goals and 60
 * actions, every section written, and a second person with no plan. Then, under a display:
 *
 *   open   from tandem_plan_page_set_person_id() for the first person (the click in the list
 *          of plans) to the end of the first frame painted after it (GdkFrameClock::
 *          after-paint), in a real window 1000 by 900 pixels; between runs the page shows the
 *          second person, so each run builds the whole plan again. N runs, 30 by default.
 *          The page builds what the first frame shows at once and the rest in steps after
 *          it; the time until the last step ("building" false) is printed too.
 *   save   tandem_store_save_plan_item() of a goal whose words changed, and
 *          tandem_store_save_plan_version() of About me, alternately: what the editor writes
 *          a moment after each pause in typing, one transaction each. N edits, 1,000 by
 *          default.
 *
 * It prints the figures and the goals they are checked against; it asserts nothing.
 * run-benchmarks.sh runs it with GSK_RENDERER=cairo, for the reason given there. */

#define GOAL_OPEN_MS      50.0
#define GOAL_SAVE_P95_MS  2.0

typedef struct
{
  gint64 painted_ns;
} Wait;

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
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

static void
after_paint_cb (GdkFrameClock *clock,
                Wait          *wait)
{
  if (wait->painted_ns == 0)
    wait->painted_ns = now_ns ();
}

static gboolean
painted (gpointer data)
{
  return ((Wait *) data)->painted_ns != 0;
}

static gboolean
built (gpointer data)
{
  gboolean building = TRUE;

  g_object_get (data, "building", &building, NULL);
  return !building;
}

static const char *
verdict (double value,
         double goal)
{
  return value < goal ? "MET" : "MISSED";
}

static void
measure_open (GtkWidget *window,
              GtkWidget *page,
              gint64     person_id,
              gint64     other_id,
              guint      runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) whole_times = g_array_new (FALSE, FALSE, sizeof (double));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Wait wait = { 0 };
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  double median;

  /* One run to warm up: the page's classes, the style sheet, the fonts. */
  for (guint i = 0; i <= runs; i++)
    {
      gint64 start;
      double ms, whole;

      tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), other_id);
      tandem_ui_wait_frames (window, 2);
      tandem_ui_iterate (20);

      wait.painted_ns = 0;
      start = now_ns ();
      tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), person_id);
      gtk_widget_queue_draw (window);
      tandem_ui_wait_until (painted, &wait, 5000);
      ms = (wait.painted_ns - start) / 1e6;
      tandem_ui_wait_until (built, page, 10000);
      whole = (now_ns () - start) / 1e6;

      if (i > 0)
        {
          g_array_append_val (times, ms);
          g_array_append_val (whole_times, whole);
        }
    }

  g_signal_handler_disconnect (clock, handler);
  g_array_sort (times, compare_doubles);
  median = percentile (times, 50);

  g_print ("  %-44s %8.1f %8.1f %8.1f %8.1f   goal p95 < %.0f ms: %s\n",
           "open a plan, click to first frame (ms)",
           g_array_index (times, double, 0), median, percentile (times, 95),
           g_array_index (times, double, times->len - 1), GOAL_OPEN_MS,
           verdict (percentile (times, 95), GOAL_OPEN_MS));

  g_array_sort (whole_times, compare_doubles);
  g_print ("  %-44s %8.1f %8.1f %8.1f %8.1f   (built in steps after the first frame)\n",
           "click to the whole plan built (ms)",
           g_array_index (whole_times, double, 0), percentile (whole_times, 50),
           percentile (whole_times, 95),
           g_array_index (whole_times, double, whole_times->len - 1));
}

static void
print_saves (const char *label,
             GArray     *times)
{
  g_array_sort (times, compare_doubles);
  g_print ("  %-44s %8u %8.3f %8.3f %8.3f   goal p95 < %.0f ms: %s\n", label, times->len,
           percentile (times, 50), percentile (times, 95),
           g_array_index (times, double, times->len - 1), GOAL_SAVE_P95_MS,
           verdict (percentile (times, 95), GOAL_SAVE_P95_MS));
}

static void
measure_saves (TandemStore       *store,
               TandemPlanVersion *version,
               guint              edits)
{
  g_autoptr(TandemPlan) plan = tandem_store_load_plan (store, tandem_record_get_id (version), NULL);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) versions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(TandemPlanNeed) need = g_list_model_get_item (tandem_plan_get_needs (plan), 0);
  g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (tandem_plan_get_goals (plan, need), 0);
  g_autoptr(GError) error = NULL;
  TandemPlanVersion *loaded = tandem_plan_get_version (plan);

  for (guint i = 0; i < edits; i++)
    {
      g_autofree char *text = g_strdup_printf ("Meet people who like gardening, week %u", i);
      gint64 start;
      gboolean ok;
      double ms;

      if (i % 2 == 0)
        tandem_plan_goal_set_words (goal, text);
      else
        tandem_plan_version_set_about_important (loaded, text);

      start = now_ns ();
      ok = i % 2 == 0 ? tandem_store_save_plan_item (store, goal, &error)
                      : tandem_store_save_plan_version (store, loaded, &error);
      ms = (now_ns () - start) / 1e6;
      if (!ok)
        g_error ("%s", error->message);

      g_array_append_val (i % 2 == 0 ? items : versions, ms);
      g_array_append_val (all, ms);
    }

  print_saves ("save a goal: tandem_store_save_plan_item", items);
  print_saves ("save About me: tandem_store_save_plan_version", versions);
  print_saves ("every edit", all);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(TandemSession) session = NULL;
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autoptr(TandemPerson) other = tandem_person_new ();
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *page;
  guint runs = 30;
  guint edits = 1000;

  for (int i = 1; i + 1 < argc; i += 2)
    {
      if (g_str_equal (argv[i], "--runs"))
        runs = MAX (1, atoi (argv[i + 1]));
      else if (g_str_equal (argv[i], "--edits"))
        edits = MAX (1, atoi (argv[i + 1]));
    }

  setlocale (LC_ALL, "");
  gtk_init ();
  tandem_ui_init ();

  folder = g_dir_make_tmp ("tandem-plan-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "plans.db", NULL);
  store = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);

  tandem_person_set_given_name (person, "Arthur");
  tandem_person_set_family_name (person, "Pemberton");
  tandem_person_set_given_name (other, "Grace");
  tandem_person_set_family_name (other, "Okafor");
  if (!tandem_store_save_person (store, person, &error) ||
      !tandem_store_save_person (store, other, &error))
    g_error ("%s", error->message);
  version = tandem_ui_add_example_plan (store, tandem_record_get_id (person), 5, 4, 3);

  settings = g_settings_new (APPLICATION_ID);
  session = tandem_session_new (store, settings);
  window = tandem_ui_new_plan_window (session, &page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_frames (window, 3);

  g_print ("Plans: a draft with 5 needs, 20 goals and 60 actions, every section written; "
           "renderer %s\n", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_print ("  %-44s %8s %8s %8s %8s\n", "", "min", "median", "p95", "max");
  measure_open (window, page, tandem_record_get_id (person), tandem_record_get_id (other), runs);
  g_print ("  (%u runs, after one to warm up)\n", runs);

  g_print ("\n  %-44s %8s %8s %8s %8s\n", "ms per save", "n", "p50", "p95", "max");
  measure_saves (store, version, edits);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&session);
  g_clear_object (&store);
  for (const char *suffix = ""; suffix != NULL;
       suffix = g_str_equal (suffix, "") ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *file = g_strconcat (path, suffix, NULL);

      g_remove (file);
    }
  g_rmdir (folder);

  return 0;
}
