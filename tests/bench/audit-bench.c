/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-audit-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-store-key.h"
#include "tandem-store-private.h"

/* audit-bench: what the audit trail costs.
 *
 *   audit-bench [--people N] [--rounds N] [--edits N]
 *
 * Makes a temporary encrypted store with N example people (2,000 by default), signed in as
 * one of its staff, then alternates rounds with the audit trail's triggers on and off, on the
 * same connection (--rounds, 10 of each by default), so both see the same machine noise:
 *
 *   edit   tandem_store_save_plan_item() of a goal whose words changed: what the plan editor
 *          writes after each pause in typing, one transaction each (--edits per round, 50).
 *   open   what the person page reads when a record is opened (the person, referrals,
 *          contacts, plan versions, signposts), with the view recorded when the trail is on:
 *          the same number per round, each a different person.
 *   read   the whole caseload, as the caseload list loads it: no writes, so this shows the
 *          trail's entries in the file do not slow reading.
 *
 * It prints min / median / p95 / max in milliseconds and the overhead of the medians, against
 * the goal of under 10%. Each save is one synced transaction, so a recorded view costs about
 * what a save does. It asserts nothing. */

#define GOAL_OVERHEAD_PERCENT 10.0

static gint64
now_ns (void)
{
  return g_get_monotonic_time () * 1000;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint rank = (guint) MAX (1.0, (p / 100.0) * sorted->len + 0.999999);

  return g_array_index (sorted, double, MIN (rank, sorted->len) - 1);
}

static double
print_times (const char *label,
             GArray     *times)
{
  g_array_sort (times, compare_doubles);
  g_print ("  %-36s %6u %8.3f %8.3f %8.3f %8.3f\n", label, times->len,
           g_array_index (times, double, 0), percentile (times, 50), percentile (times, 95),
           g_array_index (times, double, times->len - 1));
  return percentile (times, 50);
}

static void
print_overhead (const char *label,
                double      off,
                double      on)
{
  double overhead = (on - off) / off * 100.0;

  g_print ("  %-36s %+.1f%%   goal < %.0f%%: %s\n", label, overhead, GOAL_OVERHEAD_PERCENT,
           overhead < GOAL_OVERHEAD_PERCENT ? "MET" : "MISSED");
}

#define check(ok, error) \
  G_STMT_START { \
    if (!(ok)) \
      g_error ("%s: %s", #ok, (error) ? (error)->message : "failed"); \
  } G_STMT_END

static TandemPlanGoal *
find_goal (TandemStore  *store,
           gint64       *person_id)
{
  for (gint64 id = 1; id < 10000; id++)
    {
      g_autoptr(GPtrArray) versions = tandem_store_list_plan_versions (store, id, NULL);
      g_autoptr(TandemPlan) plan = NULL;
      GListModel *needs;

      TandemPlanVersion *draft = NULL;

      for (guint v = 0; versions != NULL && v < versions->len; v++)
        if (tandem_plan_version_get_state (g_ptr_array_index (versions, v)) == TANDEM_PLAN_DRAFT)
          draft = g_ptr_array_index (versions, v);
      if (draft == NULL)
        continue;

      plan = tandem_store_load_plan (store, tandem_record_get_id (draft), NULL);
      needs = tandem_plan_get_needs (plan);
      for (guint n = 0; n < g_list_model_get_n_items (needs); n++)
        {
          g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, n);
          GListModel *goals = tandem_plan_get_goals (plan, need);

          if (g_list_model_get_n_items (goals) > 0)
            {
              *person_id = id;
              return g_list_model_get_item (goals, 0);
            }
        }
    }

  g_error ("The example data has no draft plan with a goal");
}

static void
edit_round (TandemStore    *store,
            TandemPlanGoal *goal,
            guint           edits,
            GArray         *times)
{
  static guint counter;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < edits; i++)
    {
      g_autofree char *text = g_strdup_printf ("Meet people who like gardening, week %u",
                                               counter++);
      gint64 start;

      tandem_plan_goal_set_words (goal, text);
      start = now_ns ();
      check (tandem_store_save_plan_item (store, goal, &error), error);
      double ms = (now_ns () - start) / 1e6;

      g_array_append_val (times, ms);
    }
}

static void
open_round (TandemStore *store,
            gboolean     record,
            guint        opens,
            guint        n_people,
            GArray      *times)
{
  static guint next;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < opens; i++)
    {
      gint64 id = 1 + (next++ % n_people);
      g_autoptr(TandemPerson) person = NULL;
      g_autoptr(GPtrArray) referrals = NULL;
      g_autoptr(GPtrArray) contacts = NULL;
      g_autoptr(GPtrArray) versions = NULL;
      g_autoptr(GPtrArray) signposts = NULL;
      gint64 start = now_ns ();
      double ms;

      person = tandem_store_load_person (store, id, &error);
      check (person != NULL, error);
      referrals = tandem_store_list_referrals (store, id, &error);
      contacts = tandem_store_list_contacts (store, id, &error);
      versions = tandem_store_list_plan_versions (store, id, &error);
      signposts = tandem_store_list_signposts (store, id, &error);
      check (signposts != NULL, error);
      if (record)
        check (tandem_store_record_audit (store, TANDEM_AUDIT_VIEW, "person", id, id, &error),
               error);
      ms = (now_ns () - start) / 1e6;
      g_array_append_val (times, ms);
    }
}

static void
read_round (TandemStore *store,
            GArray      *times)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (1 << 16);
  g_autoptr(GError) error = NULL;
  gint64 start = now_ns ();

  double ms;

  check (tandem_store_load_caseload (store, 0, FALSE, entries, strings, &error), error);
  ms = (now_ns () - start) / 1e6;
  g_array_append_val (times, ms);
}

static gint64
count_entries (TandemStore *store)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  sqlite3_prepare_v2 (tandem_store_get_db (store), "SELECT count(*) FROM audit", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPlanGoal) goal = NULL;
  g_autoptr(GArray) edits_on = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edits_off = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) opens_on = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) opens_off = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reads_on = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reads_off = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint n_people = 2000;
  guint rounds = 10;
  guint edits = 50;
  gint64 person_id = 0;
  gint64 entries_before;
  GDate today;
  double off, on;

  setlocale (LC_ALL, "");
  for (int i = 1; i + 1 < argc; i += 2)
    {
      if (g_str_equal (argv[i], "--people"))
        n_people = MAX (10, atoi (argv[i + 1]));
      else if (g_str_equal (argv[i], "--rounds"))
        rounds = MAX (1, atoi (argv[i + 1]));
      else if (g_str_equal (argv[i], "--edits"))
        edits = MAX (1, atoi (argv[i + 1]));
    }

  folder = g_dir_make_tmp ("tandem-audit-bench-XXXXXX", &error);
  check (folder != NULL, error);
  path = g_build_filename (folder, "tandem.db", NULL);
  store = tandem_store_open (path, key, &error);
  check (store != NULL, error);

  tandem_date_set_today (&today);
  check (tandem_example_data_generate (store, n_people, 1, &today, NULL, NULL, NULL, &error),
         error);
  tandem_store_set_viewer (store, 1);
  goal = find_goal (store, &person_id);
  entries_before = count_entries (store);

  for (guint r = 0; r < 2 * rounds; r++)
    {
      gboolean audit = r % 2 == 0;

      check (tandem_store_set_auditing (store, audit, &error), error);
      edit_round (store, goal, edits, audit ? edits_on : edits_off);
      open_round (store, audit, edits, n_people, audit ? opens_on : opens_off);
      read_round (store, audit ? reads_on : reads_off);
    }

  g_print ("audit-bench: %u people, encrypted, %u rounds each way, alternating\n", n_people,
           rounds);
  g_print ("  %-36s %6s %8s %8s %8s %8s\n", "ms", "n", "min", "median", "p95", "max");
  off = print_times ("edit a goal, trail off", edits_off);
  on = print_times ("edit a goal, trail on", edits_on);
  print_overhead ("edit a goal: overhead", off, on);
  off = print_times ("open a record, trail off", opens_off);
  on = print_times ("open a record, trail on (view kept)", opens_on);
  print_overhead ("open a record: overhead", off, on);
  off = print_times ("read the caseload, trail off", reads_off);
  on = print_times ("read the caseload, trail on", reads_on);
  print_overhead ("read the caseload: overhead", off, on);

  g_print ("  audit entries: %" G_GINT64_FORMAT " (%" G_GINT64_FORMAT " from the example data)\n",
           count_entries (store), entries_before);

  g_clear_object (&store);
  g_remove (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }
  g_rmdir (folder);
  return 0;
}
