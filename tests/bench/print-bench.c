/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-print-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <time.h>

#include "tandem-caseload-entry.h"
#include "tandem-document-catalog.h"
#include "tandem-example-data.h"
#include "tandem-plan-batch.h"
#include "tandem-plan-document.h"
#include "tandem-team.h"

/* print-bench: how quickly plans are printed, beside LibreOffice printing the same plan.
 *
 *   print-bench [--runs N] [--batch N] [--office-runs N]
 *
 * Makes a temporary store of example people (fictional, with plans in their own languages)
 * and takes a plan that prints on two pages in English. Then:
 *
 *   export   that plan laid out and written as a PDF in memory, in English, Arabic, Bengali
 *            and Urdu: N times each in one process (100 by default) after 3 warm-up runs.
 *   batch    N plans (500 by default) of different people in their own languages, each to
 *            a file of its own in a temporary folder, laid out on every core
 *            (tandem_plan_batch_write()); three runs.
 *   office   the same plan as an HTML document converted by `soffice --headless
 *            --convert-to pdf`, one document per run (5 by default, after a warm-up run
 *            that makes LibreOffice's profile), and 20 documents in one run (three runs),
 *            beside Tandem printing 20 plans as a batch. Left out when soffice is missing.
 *
 * It prints min / median / max (and p95 where there are many) and the goals they are
 * checked against; it asserts nothing. */

#define GOAL_ENGLISH_MS       15.0
#define GOAL_URDU_MS          100.0
#define GOAL_BATCH_S          8.0
#define GOAL_OFFICE_DOCUMENT  50.0
#define GOAL_OFFICE_BATCH     20.0
#define OFFICE_BATCH          20

static int runs = 100;
static int batch_size = 500;
static int office_runs = 5;

typedef struct
{
  double min;
  double median;
  double p95;
  double max;
} Summary;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static Summary
summarize (GArray *times)
{
  double *v = (double *) times->data;
  guint n = times->len;

  g_array_sort (times, compare_doubles);
  return (Summary) { v[0], n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2,
                     v[MIN (n - 1, (guint) (n * 0.95))], v[n - 1] };
}

static const char *
verdict (double value,
         double goal)
{
  return value <= goal ? "met" : "MISSED";
}

typedef struct
{
  TandemStore *store;
  TandemTeam  *team;
  GArray      *people;        /* of gint64: people with a plan in a translated language */
  gint64       person_id;     /* the two-page plan's */
  TandemPlan  *plan;
  TandemPerson *person;
  char        *dir;
} Bench;

static TandemPlanDocument *
print_plan (Bench      *bench,
            const char *language)
{
  TandemPlanDocumentOptions options = { language, FALSE, FALSE };
  g_autoptr(GError) error = NULL;
  TandemPlanDocumentSource source;
  TandemPlanDocument *document;

  tandem_plan_document_source_init (&source, bench->plan, bench->person, bench->team);
  document = tandem_plan_document_new (&source, &options, &error);
  if (document == NULL)
    g_error ("Could not print in %s: %s", language, error->message);

  return document;
}

static void
export_once (Bench      *bench,
             const char *language)
{
  g_autoptr(TandemPlanDocument) document = print_plan (bench, language);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!tandem_plan_document_write_pdf (document, stream, NULL, NULL))
    g_error ("Could not write the PDF");
}

/* The latest agreed (or draft) version of a person's plan, as a batch prints it. */
static TandemPlan *
load_plan (TandemStore *store,
           gint64       person_id)
{
  g_autoptr(GPtrArray) versions = tandem_store_list_plan_versions (store, person_id, NULL);
  TandemPlanVersion *version;

  if (versions == NULL || versions->len == 0)
    return NULL;

  version = tandem_plan_versions_find_agreed (versions);
  if (version == NULL)
    version = g_ptr_array_index (versions, 0);

  return tandem_store_load_plan (store, tandem_record_get_id (version), NULL);
}

static void
set_up (Bench *bench)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (4096);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GDate today;

  bench->dir = g_dir_make_tmp ("tandem-print-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (bench->dir, "tandem.db", NULL);
  bench->store = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 21, G_DATE_NOVEMBER, 2026);
  if (!tandem_example_data_generate (bench->store, 3000, 11, &today, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);

  bench->team = tandem_team_new (bench->store);
  tandem_team_reload (bench->team, NULL);

  tandem_store_load_caseload (bench->store, 0, TRUE, entries, strings, &error);
  g_assert_no_error (error);
  bench->people = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < entries->len; i++)
    {
      gint64 id = g_array_index (entries, TandemCaseloadEntry, i).person_id;
      g_autoptr(TandemPlan) plan = load_plan (bench->store, id);
      const char *language;

      if (plan == NULL)
        continue;
      language = tandem_plan_version_get_language (tandem_plan_get_version (plan));
      if (!tandem_document_catalog_is_translated (language))
        continue;
      g_array_append_val (bench->people, id);

      if (bench->plan == NULL)
        {
          bench->plan = g_object_ref (plan);
          bench->person = tandem_store_load_person (bench->store, id, NULL);
          {
            g_autoptr(TandemPlanDocument) document = print_plan (bench, "en");

            if (tandem_plan_document_get_n_pages (document) != 2)
              {
                g_clear_object (&bench->plan);
                g_clear_object (&bench->person);
              }
            else
              {
                bench->person_id = id;
              }
          }
        }
    }

  if (bench->plan == NULL)
    g_error ("No example plan prints on two pages");
}

static Summary
bench_export (Bench      *bench,
              const char *language)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < 3; i++)
    export_once (bench, language);

  for (int i = 0; i < runs; i++)
    {
      double start = now_ms ();
      double elapsed;

      export_once (bench, language);
      elapsed = now_ms () - start;
      g_array_append_val (times, elapsed);
    }

  return summarize (times);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Prints @n plans into a fresh folder: of different people in their own languages, cycling
 * through them, or the two-page plan in English @n times, as LibreOffice is given it. */
static double
run_batch (Bench    *bench,
           guint     n,
           guint     n_threads,
           gboolean  same_plan)
{
  TandemPlanDocumentOptions english = { "en", FALSE, FALSE };
  g_autoptr(TandemPlanBatch) batch = tandem_plan_batch_new (bench->store,
                                                            same_plan ? &english : NULL);
  g_autofree char *path = g_build_filename (bench->dir, "batch", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  double start, elapsed;

  remove_tree (path);
  for (guint i = 0; i < n; i++)
    tandem_plan_batch_add_person (batch, same_plan ? bench->person_id
                                                   : g_array_index (bench->people, gint64,
                                                                    i % bench->people->len));

  start = now_ms ();
  if (!tandem_plan_batch_write (batch, folder, TANDEM_PLAN_BATCH_FILE_PER_PLAN, n_threads,
                                NULL, &error))
    g_error ("%s", error->message);
  elapsed = now_ms () - start;

  if (tandem_plan_batch_get_problems (batch)->len > 0)
    g_error ("%s", (char *) g_ptr_array_index (tandem_plan_batch_get_problems (batch), 0));

  return elapsed;
}

static void
append_html_text (GString    *html,
                  const char *tag,
                  const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append_printf (html, "<%s>%s</%s>\n", tag, escaped, tag);
}

/* The plan as a coach would write it in a word processor: the same headings, text and
 * table of actions, in HTML, which LibreOffice opens directly. */
static char *
plan_to_html (Bench *bench)
{
  TandemPlanVersion *version = tandem_plan_get_version (bench->plan);
  GListModel *needs = tandem_plan_get_needs (bench->plan);
  GString *html = g_string_new ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                "<title>Plan</title></head><body>\n");
  const TandemPlanField *fields;
  guint n_fields;

  append_html_text (html, "h1", "My personalised care and support plan");
  append_html_text (html, "p", tandem_person_get_given_name (bench->person));
  append_html_text (html, "h2", "About me");
  fields = tandem_plan_get_about_me_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (version), fields[i].property, &value);
      append_html_text (html, "h3", fields[i].heading);
      append_html_text (html, "p", g_value_get_string (&value));
    }
  append_html_text (html, "h2", "My strengths");
  append_html_text (html, "p", tandem_plan_version_get_strengths (version));
  append_html_text (html, "h2", "What I want to work on");
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (bench->plan, need);

      append_html_text (html, "h3", tandem_plan_need_get_words (need));
      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);
          GListModel *actions = tandem_plan_get_actions (bench->plan, goal);

          append_html_text (html, "p", tandem_plan_goal_get_words (goal));
          g_string_append (html, "<table border=\"1\"><tr><th>What</th><th>Who</th>"
                                 "<th>By when</th></tr>\n");
          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, k);

              g_string_append (html, "<tr>");
              append_html_text (html, "td", tandem_plan_action_get_what (action));
              append_html_text (html, "td", tandem_plan_action_get_who (action));
              append_html_text (html, "td", tandem_plan_action_get_due_on (action));
              g_string_append (html, "</tr>\n");
            }
          g_string_append (html, "</table>\n");
        }
    }
  append_html_text (html, "h2", "Support I am connected to");
  append_html_text (html, "p", tandem_plan_version_get_support (version));
  append_html_text (html, "h2", "If things get worse");
  fields = tandem_plan_get_contingency_fields (&n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (version), fields[i].property, &value);
      append_html_text (html, "h3", fields[i].heading);
      append_html_text (html, "p", g_value_get_string (&value));
    }
  append_html_text (html, "h2", "Agreement and review");
  append_html_text (html, "p", tandem_plan_version_get_agreed_on (version));
  g_string_append (html, "</body></html>\n");

  return g_string_free (html, FALSE);
}

/* Runs soffice on @files; the time it took. */
static double
run_office (const char  *soffice,
            const char  *profile,
            const char  *out_dir,
            GPtrArray   *files)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int status;
  double start;

  g_ptr_array_add (argv, g_strdup (soffice));
  g_ptr_array_add (argv, g_strdup_printf ("-env:UserInstallation=file://%s", profile));
  g_ptr_array_add (argv, g_strdup ("--headless"));
  g_ptr_array_add (argv, g_strdup ("--convert-to"));
  g_ptr_array_add (argv, g_strdup ("pdf:writer_web_pdf_Export"));
  g_ptr_array_add (argv, g_strdup ("--outdir"));
  g_ptr_array_add (argv, g_strdup (out_dir));
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (argv, g_strdup (g_ptr_array_index (files, i)));
  g_ptr_array_add (argv, NULL);

  start = now_ms ();
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("soffice failed: %s", error->message);

  return now_ms () - start;
}

static void
bench_office (Bench *bench,
              double tandem_document_ms)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *html = NULL;
  g_autofree char *profile = g_build_filename (bench->dir, "office-profile", NULL);
  g_autofree char *out_dir = g_build_filename (bench->dir, "office-out", NULL);
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) twenty = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) single_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) batch_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tandem_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *label = NULL;
  Summary single, office_batch, tandem_batch;

  if (soffice == NULL)
    {
      g_print ("\nLibreOffice (soffice) is not installed: its comparison is left out.\n");
      return;
    }

  html = plan_to_html (bench);
  for (guint i = 0; i < OFFICE_BATCH; i++)
    {
      g_autofree char *name = g_strdup_printf ("plan-%02u.html", i);
      char *path = g_build_filename (bench->dir, name, NULL);

      g_file_set_contents (path, html, -1, NULL);
      g_ptr_array_add (twenty, path);
      if (i == 0)
        g_ptr_array_add (one, g_strdup (path));
    }

  /* The first run makes LibreOffice's profile: not counted. */
  run_office (soffice, profile, out_dir, one);
  for (int i = 0; i < office_runs; i++)
    {
      double elapsed = run_office (soffice, profile, out_dir, one);

      g_array_append_val (single_times, elapsed);
    }
  for (int i = 0; i < 3; i++)
    {
      double elapsed = run_office (soffice, profile, out_dir, twenty);
      double tandem = run_batch (bench, OFFICE_BATCH, g_get_num_processors (), TRUE);

      g_array_append_val (batch_times, elapsed);
      g_array_append_val (tandem_times, tandem);
    }

  single = summarize (single_times);
  office_batch = summarize (batch_times);
  tandem_batch = summarize (tandem_times);

  g_print ("\nLibreOffice, the same plan (soffice --headless --convert-to pdf)\n");
  label = g_strdup_printf ("one document, ms (n=%d)", office_runs);
  g_print ("  %-40s %9.1f %9.1f %9.1f\n", label, single.min, single.median, single.max);
  g_print ("  %-40s %9.1f %9.1f %9.1f\n", "20 documents in one run, ms (n=3)",
           office_batch.min, office_batch.median, office_batch.max);
  g_print ("  %-40s %9.1f %9.1f %9.1f\n", "Tandem, the same 20 as a batch, ms (n=3)",
           tandem_batch.min, tandem_batch.median, tandem_batch.max);

  g_print ("\nGoals (against LibreOffice)\n");
  g_print ("  %-44s %8.0fx   goal >= %.0fx   %s\n", "per document, medians",
           single.median / tandem_document_ms, GOAL_OFFICE_DOCUMENT,
           single.median / tandem_document_ms >= GOAL_OFFICE_DOCUMENT ? "met" : "MISSED");
  g_print ("  %-44s %8.0fx   goal >= %.0fx   %s\n", "batch of 20, medians",
           office_batch.median / tandem_batch.median, GOAL_OFFICE_BATCH,
           office_batch.median / tandem_batch.median >= GOAL_OFFICE_BATCH ? "met" : "MISSED");
}

int
main (int    argc,
      char **argv)
{
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Exports of each language", "N" },
    { "batch", 0, 0, G_OPTION_ARG_INT, &batch_size, "Plans in the batch", "N" },
    { "office-runs", 0, 0, G_OPTION_ARG_INT, &office_runs, "LibreOffice conversions", "N" },
    { NULL }
  };
  static const char * const languages[] = { "en", "ar", "bn", "ur" };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) batch_times = g_array_new (FALSE, FALSE, sizeof (double));
  Bench bench = { 0 };
  Summary english = { 0 }, urdu = { 0 }, batch;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 1);
  batch_size = MAX (batch_size, 1);
  office_runs = MAX (office_runs, 1);

  g_print ("Printing plans (%d exports of each language, batch of %d, %u cores)\n", runs,
           batch_size, g_get_num_processors ());
  set_up (&bench);

  g_print ("\n  %-40s %9s %9s %9s %9s\n", "one 2-page plan, PDF in memory, ms", "min",
           "median", "p95", "max");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      Summary summary = bench_export (&bench, languages[i]);
      g_autoptr(TandemPlanDocument) document = print_plan (&bench, languages[i]);
      g_autofree char *label = g_strdup_printf ("%s (%u pages)", languages[i],
                                                tandem_plan_document_get_n_pages (document));

      g_print ("  %-40s %9.2f %9.2f %9.2f %9.2f\n", label, summary.min, summary.median,
               summary.p95, summary.max);
      if (g_str_equal (languages[i], "en"))
        english = summary;
      else if (g_str_equal (languages[i], "ur"))
        urdu = summary;
    }

  for (int i = 0; i < 3; i++)
    {
      double elapsed = run_batch (&bench, batch_size, g_get_num_processors (), FALSE) / 1000.0;

      g_array_append_val (batch_times, elapsed);
    }
  batch = summarize (batch_times);
  g_print ("\n  %-40s %9.2f %9.2f %9.2f\n", "batch, a file each, s (n=3)", batch.min,
           batch.median, batch.max);
  g_print ("  (%u different people's plans in their own languages, cycled)\n",
           bench.people->len);

  g_print ("\nGoals (printing)\n");
  g_print ("  %-44s %8.2f ms  goal < %.0f ms   %s\n", "English, median", english.median,
           GOAL_ENGLISH_MS, verdict (english.median, GOAL_ENGLISH_MS));
  g_print ("  %-44s %8.2f ms  goal < %.0f ms  %s\n", "Urdu, median", urdu.median,
           GOAL_URDU_MS, verdict (urdu.median, GOAL_URDU_MS));
  g_print ("  %-44s %8.2f s   goal < %.0f s     %s\n", "batch, median", batch.median,
           GOAL_BATCH_S, verdict (batch.median, GOAL_BATCH_S));

  bench_office (&bench, english.median);

  remove_tree (bench.dir);
  g_clear_object (&bench.plan);
  g_clear_object (&bench.person);
  g_clear_object (&bench.team);
  g_clear_object (&bench.store);
  g_clear_pointer (&bench.people, g_array_unref);
  g_free (bench.dir);

  return 0;
}
