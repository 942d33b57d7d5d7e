/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddle-bench"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "tandem-huddle-mode.h"
#include "tandem-ui-util.h"

/* huddle-bench: how quickly huddle mode shows the first case, and the next.
 *
 *   huddle-bench [--runs N]
 *
 * Makes a temporary store with a team and 30 people, each put forward for MDT with an open
 * referral, a plan of 4 needs, 8 goals and 16 actions, and outcome history (SWEMWBS four
 * times, ONS4 three times), and a huddle whose agenda took all 30. Then, under a display:
 *
 *   open   from tandem_huddle_mode_new() (what "Start Huddle" calls) to the end of the first
 *          frame painted after it (GdkFrameClock::after-paint): the full-screen window, the
 *          agenda read and the first case's summary read and drawn. N runs, 10 by default,
 *          each a new window, after one to warm up.
 *   next   the "huddle.next" action (Alt+Right) to the end of the next frame painted, through
 *          all 29 moves of each run, with a moment between moves as in a meeting (the next
 *          case's summary is read while the room talks about this one).
 *   jump   tandem_huddle_mode_show_case() two cases on, whose summary was not read ahead: the
 *          worst case of a move.
 *
 * It prints min, median, p95 and max, and the goals they are checked against; it asserts
 * nothing. run-benchmarks.sh runs it with GSK_RENDERER=cairo, for the reason given there. */

#define N_CASES      30
#define GOAL_OPEN_MS 100.0
#define GOAL_NEXT_MS 16.0

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

static void
print_times (const char *label,
             GArray     *times,
             double      goal,
             const char *goal_text)
{
  g_array_sort (times, compare_doubles);
  g_print ("  %-40s %8.1f %8.1f %8.1f %8.1f   %s %.0f ms: %s\n", label,
           g_array_index (times, double, 0), percentile (times, 50), percentile (times, 95),
           g_array_index (times, double, times->len - 1), goal_text, goal,
           percentile (times, 50) < goal ? "MET" : "MISSED");
}

/* Runs @step, then waits for the frame painted after it; returns the milliseconds. */
static double
time_to_frame (GtkWidget *window,
               void     (*step) (GtkWidget *window, guint data),
               guint      data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Wait wait = { 0 };
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  gint64 start = now_ns ();

  step (window, data);
  gtk_widget_queue_draw (window);
  tandem_ui_wait_until (painted, &wait, 5000);
  g_signal_handler_disconnect (clock, handler);

  return (wait.painted_ns - start) / 1e6;
}

static void
next_step (GtkWidget *window,
           guint      data)
{
  gtk_widget_activate_action (window, "huddle.next", NULL);
}

static void
jump_step (GtkWidget *window,
           guint      position)
{
  tandem_huddle_mode_show_case (TANDEM_HUDDLE_MODE (window), position);
}

static void
add_result (TandemStore        *store,
            gint64              person_id,
            TandemMeasureKind   kind,
            TandemMeasureStage  stage,
            guint               month,
            const char         *answers)
{
  g_autoptr(TandemMeasureResult) result = tandem_measure_result_new ();
  g_autofree char *taken_on = g_strdup_printf ("2026-%02u-10", month);
  g_autoptr(GError) error = NULL;

  tandem_measure_result_set_person_id (result, person_id);
  tandem_measure_result_set_kind (result, kind);
  tandem_measure_result_set_stage (result, stage);
  tandem_measure_result_set_taken_on (result, taken_on);
  tandem_measure_result_set_answers (result, answers);
  if (!tandem_store_save_measure_result (store, result, &error))
    g_error ("%s", error->message);
}

static gint64
add_case (TandemStore *store,
          guint        i,
          gint64       staff_id)
{
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autofree char *given = g_strdup_printf ("Person%u", i);
  g_autofree char *reason = g_strdup_printf ("Reason %u: housing, money and low mood", i);
  g_autoptr(GError) error = NULL;
  gint64 id;

  tandem_person_set_given_name (person, given);
  tandem_person_set_family_name (person, "Huddleston");
  tandem_person_set_safeguarding_concern (person, i % 3 == 0);
  if (!tandem_store_save_person (store, person, &error))
    g_error ("%s", error->message);
  id = tandem_record_get_id (person);

  tandem_referral_set_person_id (referral, id);
  tandem_referral_set_received_on (referral, "2026-01-05");
  tandem_referral_set_assigned_staff_id (referral, staff_id);
  if (!tandem_store_save_referral (store, referral, &error))
    g_error ("%s", error->message);

  tandem_ui_add_example_plan (store, id, 4, 2, 2);
  for (guint m = 0; m < 4; m++)
    add_result (store, id, TANDEM_MEASURE_SWEMWBS, m == 0 ? TANDEM_STAGE_BASELINE
                                                           : TANDEM_STAGE_FOLLOW_UP,
                2 + 2 * m, m % 2 ? "3,3,3,4,3,3,3" : "2,3,2,3,2,3,2");
  for (guint m = 0; m < 3; m++)
    add_result (store, id, TANDEM_MEASURE_ONS4, m == 0 ? TANDEM_STAGE_BASELINE
                                                        : TANDEM_STAGE_FOLLOW_UP,
                3 + 2 * m, "6,7,5,4");

  tandem_mdt_flag_set_person_id (flag, id);
  tandem_mdt_flag_set_reason (flag, reason);
  tandem_mdt_flag_set_flagged_on (flag, "2026-06-01");
  if (!tandem_store_save_mdt_flag (store, flag, &error))
    g_error ("%s", error->message);

  return id;
}

static gint64
make_huddle (TandemStore *store)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();
  g_autoptr(GError) error = NULL;

  if (!tandem_store_set_pcn_name (store, "Bench PCN", &error))
    g_error ("%s", error->message);
  tandem_staff_set_name (staff, "Helen Okonjo");
  tandem_staff_set_role (staff, TANDEM_ROLE_SUPERVISOR);
  if (!tandem_store_save_staff (store, staff, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < N_CASES; i++)
    add_case (store, i, tandem_record_get_id (staff));

  tandem_huddle_set_held_on (huddle, "2026-06-10");
  tandem_huddle_set_chair_id (huddle, tandem_record_get_id (staff));
  if (!tandem_store_create_huddle (store, huddle, NULL, &error))
    g_error ("%s", error->message);

  return tandem_record_get_id (huddle);
}

static void
measure (TandemSession *session,
         gint64         huddle_id,
         guint          runs)
{
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) nexts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) jumps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  for (guint run = 0; run <= runs; run++)
    {
      GtkWidget *mode;
      Wait wait = { 0 };
      gulong handler;
      gint64 start = now_ns ();
      double ms;

      mode = GTK_WIDGET (tandem_huddle_mode_new (NULL, session, huddle_id, &error));
      if (mode == NULL)
        g_error ("%s", error->message);
      handler = g_signal_connect (gtk_widget_get_frame_clock (mode), "after-paint",
                                  G_CALLBACK (after_paint_cb), &wait);
      tandem_ui_wait_until (painted, &wait, 5000);
      ms = (wait.painted_ns - start) / 1e6;
      g_signal_handler_disconnect (gtk_widget_get_frame_clock (mode), handler);
      g_assert_cmpuint (tandem_huddle_mode_get_n_cases (TANDEM_HUDDLE_MODE (mode)), ==, N_CASES);

      /* Jumps first, on an unread window: two cases on is never read ahead. */
      for (guint position = 2; position < 12; position += 2)
        {
          double jump;

          tandem_ui_iterate (5);
          jump = time_to_frame (mode, jump_step, position);
          if (run > 0)
            g_array_append_val (jumps, jump);
        }
      tandem_huddle_mode_show_case (TANDEM_HUDDLE_MODE (mode), 0);

      for (guint i = 0; i + 1 < N_CASES; i++)
        {
          double next;

          /* The room talks; the next summary is read meanwhile. */
          tandem_ui_iterate (20);
          next = time_to_frame (mode, next_step, 0);
          if (run > 0)
            g_array_append_val (nexts, next);
        }

      if (run > 0)
        g_array_append_val (opens, ms);
      gtk_window_destroy (GTK_WINDOW (mode));
      tandem_ui_iterate (20);
    }

  print_times ("start huddle mode to first case (ms)", opens, GOAL_OPEN_MS, "goal median <");
  print_times ("next case, Alt+Right to frame (ms)", nexts, GOAL_NEXT_MS, "goal median <");
  print_times ("jump to a case not read ahead (ms)", jumps, GOAL_NEXT_MS, "goal median <");
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
  g_autoptr(GError) error = NULL;
  guint runs = 10;
  gint64 huddle_id;

  for (int i = 1; i + 1 < argc; i += 2)
    {
      if (g_str_equal (argv[i], "--runs"))
        runs = MAX (1, atoi (argv[i + 1]));
    }

  setlocale (LC_ALL, "");
  gtk_init ();
  tandem_ui_init ();

  folder = g_dir_make_tmp ("tandem-huddle-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "huddles.db", NULL);
  store = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);
  huddle_id = make_huddle (store);

  settings = g_settings_new (APPLICATION_ID);
  session = tandem_session_new (store, settings);

  g_print ("Huddle mode: 30 cases, each with a plan of 8 goals and 7 outcome results\n");
  g_print ("  %-40s %8s %8s %8s %8s\n", "", "min", "median", "p95", "max");
  measure (session, huddle_id, runs);
  g_print ("  (%u runs of 29 moves and 5 jumps, after one to warm up)\n", runs);

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
