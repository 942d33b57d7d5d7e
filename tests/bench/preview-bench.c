/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-preview-bench"

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "tandem-poppler-autocleanups.h"
#include "tandem-preview-model.h"
#include "tandem-print-autocleanups.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* preview-bench: how quickly the print preview shows page 1 of a plan.
 *
 *   preview-bench [--runs N]
 *
 * Makes a temporary store with one person whose draft plan has 3 needs, 6 goals and 18
 * actions, every section written, and prints it with the document renderer in English and in
 * Urdu (when the Urdu catalog is built in) into an in-memory PDF, as the preview's worker
 * does. Then, for each:
 *
 *   render   tandem_preview_render_page() of page 1 at 96 dots an inch (an A4 page of 794 by
 *            1123 pixels), the Poppler render the preview shows: N runs, 100 by default,
 *            after one warm-up that fills Poppler's font caches;
 *   make     the work before it, once for each run up to 10: laying the plan out, writing
 *            the PDF and opening it with Poppler (what a change of language or option
 *            costs before the render).
 *
 * No display is needed. It prints min, median and max and the goal for the render; it
 * asserts nothing. */

#define GOAL_RENDER_MS 10.0

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_figures (const char *label,
               GArray     *times,
               double      goal)
{
  double median;

  g_array_sort (times, compare_doubles);
  median = times->len % 2 ? g_array_index (times, double, times->len / 2)
                          : (g_array_index (times, double, times->len / 2 - 1) +
                             g_array_index (times, double, times->len / 2)) / 2;

  g_print ("  %-34s %8.2f %8.2f %8.2f", label, g_array_index (times, double, 0), median,
           g_array_index (times, double, times->len - 1));
  if (goal > 0)
    g_print ("   goal < %.0f ms: %s", goal, median < goal ? "MET" : "MISSED");
  g_print ("\n");
}

static PopplerDocument *
make_pdf (TandemPlan   *plan,
          TandemPerson *person,
          const char   *language,
          guint        *n_pages)
{
  TandemPlanDocumentSource source;
  TandemPlanDocumentOptions options = { language, FALSE, FALSE };
  g_autoptr(TandemPlanDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *poppler;

  tandem_plan_document_source_init (&source, plan, person, NULL);
  document = tandem_plan_document_new (&source, &options, &error);
  if (document != NULL)
    pdf = tandem_preview_write_pdf_bytes (document, NULL, &error);
  if (pdf == NULL)
    g_error ("The %s plan could not be printed: %s", language, error->message);

  poppler = poppler_document_new_from_bytes (pdf, NULL, &error);
  if (poppler == NULL)
    g_error ("Poppler could not read the %s plan: %s", language, error->message);

  *n_pages = tandem_plan_document_get_n_pages (document);
  return poppler;
}

static void
bench_language (TandemPlan   *plan,
                TandemPerson *person,
                const char   *language,
                guint         runs)
{
  g_autoptr(GArray) render = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) make = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *render_label = NULL;
  g_autofree char *make_label = NULL;
  double scale = 96.0 / 72.0;
  guint n_pages = 0;

  for (guint i = 0; i < MIN (runs, 10); i++)
    {
      double start = now_ms ();
      double elapsed;

      g_clear_object (&document);
      document = make_pdf (plan, person, language, &n_pages);
      elapsed = now_ms () - start;
      g_array_append_val (make, elapsed);
    }

  /* The warm-up: Poppler reads the embedded fonts the first time a page uses them. */
  cairo_surface_destroy (tandem_preview_render_page (document, 0, scale));

  for (guint i = 0; i < runs; i++)
    {
      double start = now_ms ();
      cairo_surface_t *surface = tandem_preview_render_page (document, 0, scale);
      double elapsed = now_ms () - start;

      g_assert (surface != NULL);
      cairo_surface_destroy (surface);
      g_array_append_val (render, elapsed);
    }

  render_label = g_strdup_printf ("%s: render page 1 at 96 dpi", language);
  make_label = g_strdup_printf ("%s: lay out, write, open (%u pp)", language, n_pages);
  print_figures (render_label, render, GOAL_RENDER_MS);
  print_figures (make_label, make, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(TandemTestDir) dir = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint runs = 100;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          runs = (guint) MAX (1, atoi (argv[i + 1]));
          i++;
        }
      else
        {
          g_printerr ("Usage: %s [--runs N]\n", argv[0]);
          return 2;
        }
    }

  dir = tandem_test_dir_new ();
  store = tandem_test_open_store (dir);
  person = tandem_test_add_person (store, "Amina", "Begum", "9990000018");
  version = tandem_ui_add_example_plan (store, tandem_record_get_id (person), 3, 2, 3);
  plan = tandem_store_load_plan (store, tandem_record_get_id (version), &error);
  if (plan == NULL)
    g_error ("%s", error->message);

  g_print ("Print preview (%u renders of page 1, %u documents made, each language)\n",
           runs, MIN (runs, 10));
  g_print ("  %-34s %8s %8s %8s\n", "ms", "min", "median", "max");
  bench_language (plan, person, "en", runs);
  if (tandem_document_catalog_is_translated ("ur"))
    bench_language (plan, person, "ur", runs);
  else
    g_print ("  (no Urdu catalog built in: Urdu not measured)\n");

  return 0;
}
