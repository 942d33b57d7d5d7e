/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "tandem-coverage.h"
#include "tandem-example-data.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* The caseload access rule, checked on the example caseload: every list, search, export and
 * count the store offers gives a worker limited to their own caseload nobody else. */

#define N_PEOPLE 60
#define SEED     11
#define TODAY    "2026-03-02"

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GHashTable    *owned;       /* person id -> GHashTable of staff ids assigned to them */
  GHashTable    *names;       /* person id -> family name */
  gint64         worker_id;   /* a link worker with some of the caseload */
  gint64         supervisor_id;
  guint          n_people;
} Fixture;

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* Reads, as the system reader, which staff each person was ever referred to. */
static void
read_owners (Fixture *fixture)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (1024);
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_load_caseload (fixture->store, 0, FALSE, entries, strings, &error));
  g_assert_no_error (error);
  fixture->n_people = entries->len;

  for (guint i = 0; i < entries->len; i++)
    {
      gint64 person_id = g_array_index (entries, TandemCaseloadEntry, i).person_id;
      g_autoptr(GPtrArray) referrals = tandem_store_list_referrals (fixture->store, person_id,
                                                                    &error);
      GHashTable *staff = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      g_hash_table_insert (fixture->names, dup_id (person_id),
                           g_strdup (g_array_index (entries, TandemCaseloadEntry, i).family_name));
      g_assert_no_error (error);
      for (guint j = 0; j < referrals->len; j++)
        {
          gint64 staff_id = tandem_referral_get_assigned_staff_id (referrals->pdata[j]);

          if (staff_id != 0)
            g_hash_table_add (staff, dup_id (staff_id));
        }
      g_hash_table_insert (fixture->owned, dup_id (person_id), staff);
    }
}

/* Picks the first link worker with someone on their caseload, and the supervisor. */
static void
pick_staff (Fixture *fixture)
{
  g_autoptr(GListModel) staff = tandem_store_list_staff (fixture->store, NULL);
  GHashTableIter iter;
  GHashTable *owners;

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      gint64 id = tandem_record_get_id (member);

      if (tandem_staff_get_role (member) == TANDEM_ROLE_SUPERVISOR)
        fixture->supervisor_id = id;
      else if (fixture->worker_id == 0)
        {
          g_hash_table_iter_init (&iter, fixture->owned);
          while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &owners))
            if (g_hash_table_contains (owners, &id))
              {
                fixture->worker_id = id;
                break;
              }
        }
    }

  g_assert_cmpint (fixture->worker_id, !=, 0);
  g_assert_cmpint (fixture->supervisor_id, !=, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->owned = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) g_hash_table_unref);
  fixture->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  tandem_test_set_date (&today, TODAY);
  g_assert_true (tandem_example_data_generate (fixture->store, N_PEOPLE, SEED, &today, NULL, NULL,
                                               NULL, &error));
  g_assert_no_error (error);

  tandem_store_set_viewer (fixture->store, TANDEM_STORE_VIEWER_SYSTEM);
  read_owners (fixture);
  pick_staff (fixture);
  g_assert_cmpuint (fixture->n_people, ==, N_PEOPLE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->owned, g_hash_table_unref);
  g_clear_pointer (&fixture->names, g_hash_table_unref);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static gboolean
is_own (Fixture *fixture,
        gint64   person_id)
{
  GHashTable *owners = g_hash_table_lookup (fixture->owned, &person_id);

  g_assert_nonnull (owners);
  return g_hash_table_contains (owners, &fixture->worker_id);
}

static guint
count_own (Fixture *fixture)
{
  GHashTableIter iter;
  gint64 *person_id;
  guint n = 0;

  g_hash_table_iter_init (&iter, fixture->owned);
  while (g_hash_table_iter_next (&iter, (gpointer *) &person_id, NULL))
    n += is_own (fixture, *person_id);

  return n;
}

static guint
count_coverage_people (TandemStore *store)
{
  g_autoptr(TandemCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  coverage = tandem_store_load_coverage (store, 1.0, &error);
  g_assert_no_error (error);
  for (guint row = 0; row < tandem_coverage_get_n_categories (coverage); row++)
    for (guint column = 0; column < tandem_coverage_get_n_practices (coverage); column++)
      n += tandem_coverage_get_people (coverage, row, column);

  return n;
}

/* What the viewer gets from each list about one person: everything when they may see them,
 * nothing otherwise. Returns how many records came back. */
static guint
read_person_lists (TandemStore *store,
                   gint64       person_id,
                   gboolean     visible)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) person = tandem_store_load_person (store, person_id, &error);
  GPtrArray *lists[7];
  guint n = 0;

  if (visible)
    {
      g_assert_no_error (error);
      g_assert_nonnull (person);
    }
  else
    {
      g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
      g_assert_null (person);
      g_clear_error (&error);
    }

  lists[0] = tandem_store_list_referrals (store, person_id, &error);
  lists[1] = tandem_store_list_contacts (store, person_id, &error);
  lists[2] = tandem_store_list_plan_versions (store, person_id, &error);
  lists[3] = tandem_store_list_measure_results (store, person_id, &error);
  lists[4] = tandem_store_list_signposts (store, person_id, &error);
  lists[5] = tandem_store_list_mdt_flags (store, person_id, &error);
  lists[6] = tandem_store_list_open_person_actions (store, person_id, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_assert_nonnull (lists[i]);
      if (!visible)
        g_assert_cmpuint (lists[i]->len, ==, 0);
      n += lists[i]->len;
      g_ptr_array_unref (lists[i]);
    }

  return n;
}

static void
assert_caseload (Fixture  *fixture,
                 gboolean  all)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GArray) planned = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (1024);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gint64 *person_id;
  const char *family_name;
  guint expected = all ? fixture->n_people : count_own (fixture);

  g_assert_true (tandem_store_load_caseload (fixture->store, 0, FALSE, entries, strings,
                                             &error));
  g_assert_true (tandem_store_load_caseload (fixture->store, 0, TRUE, planned, strings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, expected);
  g_assert_cmpuint (tandem_store_count_people (fixture->store, &error), ==, expected);
  g_assert_no_error (error);

  for (guint i = 0; i < planned->len; i++)
    g_assert_true (all || is_own (fixture,
                                  g_array_index (planned, TandemCaseloadEntry, i).person_id));

  /* Searching for each person's family name finds them only when visible, and nobody
   * else who is not. */
  g_hash_table_iter_init (&iter, fixture->names);
  while (g_hash_table_iter_next (&iter, (gpointer *) &person_id, (gpointer *) &family_name))
    {
      g_autoptr(GPtrArray) found = tandem_store_search_people (fixture->store, family_name, 1000,
                                                               &error);
      gboolean found_them = FALSE;

      g_assert_no_error (error);
      for (guint i = 0; i < found->len; i++)
        {
          TandemPerson *person = found->pdata[i];
          const char *nhs_number = tandem_person_get_nhs_number (person);
          g_autoptr(TandemPerson) by_number = NULL;

          found_them |= tandem_record_get_id (person) == *person_id;
          g_assert_true (all || is_own (fixture, tandem_record_get_id (person)));
          if (nhs_number != NULL && nhs_number[0] != '\0')
            {
              by_number = tandem_store_find_person_by_nhs_number (fixture->store, nhs_number,
                                                                  &error);
              g_assert_no_error (error);
              g_assert_nonnull (by_number);
            }
        }
      g_assert_true (found_them == (all || is_own (fixture, *person_id)));
    }
}

/* Everything the store lists across people: waiting MDT flags, huddle agendas, a
 * member of staff's actions, the people signposted to each asset. */
static void
assert_cross_lists (Fixture  *fixture,
                    gboolean  all)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) flags = tandem_store_list_waiting_mdt_flags (fixture->store, &error);
  g_autoptr(GPtrArray) huddles = tandem_store_list_huddles (fixture->store, &error);
  g_autoptr(GPtrArray) assets = tandem_store_list_assets (fixture->store, &error);
  g_autoptr(GListModel) staff = tandem_store_list_staff (fixture->store, &error);
  guint n_cases = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < flags->len; i++)
    g_assert_true (all || is_own (fixture, tandem_mdt_flag_get_person_id (flags->pdata[i])));

  g_assert_cmpuint (huddles->len, >, 0);
  for (guint i = 0; i < huddles->len; i++)
    {
      TandemHuddle *listed = huddles->pdata[i];
      g_autoptr(GPtrArray) cases = NULL;
      g_autoptr(TandemHuddle) huddle = tandem_store_load_huddle (fixture->store,
                                                                 tandem_record_get_id (listed),
                                                                 NULL, &cases, &error);
      gboolean chair = tandem_huddle_get_chair_id (huddle) == fixture->worker_id;

      g_assert_no_error (error);
      g_assert_cmpint (tandem_huddle_get_case_count (listed), ==, (int) cases->len);
      n_cases += cases->len;
      for (guint j = 0; j < cases->len; j++)
        g_assert_true (all || chair ||
                       is_own (fixture, tandem_huddle_case_get_person_id (cases->pdata[j])));
    }
  if (all)
    g_assert_cmpuint (n_cases, >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      g_autoptr(GPtrArray) actions =
        tandem_store_list_open_actions_for_owner (fixture->store, tandem_record_get_id (member),
                                                  &error);

      g_assert_no_error (error);
      for (guint j = 0; j < actions->len; j++)
        {
          gint64 person_id = tandem_agreed_action_get_person_id (actions->pdata[j]);

          g_assert_true (all || person_id == 0 || is_own (fixture, person_id));
        }
    }

  for (guint i = 0; i < assets->len; i++)
    {
      g_autoptr(GPtrArray) signposts =
        tandem_store_list_asset_signposts (fixture->store,
                                           tandem_record_get_id (assets->pdata[i]), &error);

      g_assert_no_error (error);
      for (guint j = 0; j < signposts->len; j++)
        g_assert_true (all ||
                       is_own (fixture, tandem_signpost_get_person_id (signposts->pdata[j])));
    }
}

static void
assert_person_lists (Fixture  *fixture,
                     gboolean  all)
{
  GHashTableIter iter;
  gint64 *person_id;
  guint n_records = 0;

  g_hash_table_iter_init (&iter, fixture->owned);
  while (g_hash_table_iter_next (&iter, (gpointer *) &person_id, NULL))
    n_records += read_person_lists (fixture->store, *person_id,
                                    all || is_own (fixture, *person_id));

  g_assert_cmpuint (n_records, >, 0);
}

static gint64
find_administrator (TandemStore *store)
{
  g_autoptr(GListModel) staff = tandem_store_list_staff (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (tandem_staff_get_administrator (member))
        return tandem_record_get_id (member);
    }

  g_assert_not_reached ();
}

/* The example team has an administrator: they change the scope, whoever is reading. */
static void
set_scope (TandemStore         *store,
           TandemCaseloadScope  scope)
{
  g_autoptr(GError) error = NULL;
  gint64 reader = tandem_store_get_viewer (store);

  tandem_store_set_viewer (store, find_administrator (store));
  g_assert_true (tandem_store_set_caseload_scope (store, scope, &error));
  g_assert_no_error (error);
  tandem_store_set_viewer (store, reader);
  g_assert_cmpint (tandem_store_get_caseload_scope (store, NULL), ==, scope);
}

static void
test_own_caseload (Fixture       *fixture,
                   gconstpointer  data)
{
  guint everyone = count_coverage_people (fixture->store);
  guint own = count_own (fixture);

  g_assert_cmpuint (own, >, 0);
  g_assert_cmpuint (own, <, fixture->n_people);

  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_OWN);
  tandem_store_set_viewer (fixture->store, fixture->worker_id);

  assert_caseload (fixture, FALSE);
  assert_person_lists (fixture, FALSE);
  assert_cross_lists (fixture, FALSE);
  g_assert_cmpuint (count_coverage_people (fixture->store), <, everyone);

  /* A sibling, as the caseload loader's worker thread opens, reads as the same viewer. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TandemStore) sibling = tandem_store_open_sibling (fixture->store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (tandem_store_count_people (sibling, NULL), ==, own);
  }

  /* Nobody signed in sees no one. */
  tandem_store_set_viewer (fixture->store, 0);
  g_assert_cmpuint (tandem_store_count_people (fixture->store, NULL), ==, 0);
  g_assert_cmpuint (count_coverage_people (fixture->store), ==, 0);
}

static void
test_supervisor_sees_all (Fixture       *fixture,
                          gconstpointer  data)
{
  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_OWN);
  tandem_store_set_viewer (fixture->store, fixture->supervisor_id);

  assert_caseload (fixture, TRUE);
  assert_person_lists (fixture, TRUE);
  assert_cross_lists (fixture, TRUE);
}

static void
test_team_sees_all (Fixture       *fixture,
                    gconstpointer  data)
{
  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_TEAM);
  tandem_store_set_viewer (fixture->store, fixture->worker_id);

  assert_caseload (fixture, TRUE);
  assert_person_lists (fixture, TRUE);
  assert_cross_lists (fixture, TRUE);
}

static void
count_cb (TandemStore *store,
          gint64       person_id,
          guint       *count)
{
  if (person_id == 0)
    (*count)++;
}

/* Whoever may now see whom has changed: the caseload must reload. */
static void
test_reset_on_change (Fixture       *fixture,
                      gconstpointer  data)
{
  guint resets = 0;

  tandem_store_set_viewer (fixture->store, find_administrator (fixture->store));
  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_cb), &resets);

  g_assert_true (tandem_store_set_caseload_scope (fixture->store, TANDEM_CASELOAD_SCOPE_OWN,
                                                  NULL));
  g_assert_cmpuint (resets, ==, 1);
  tandem_store_set_viewer (fixture->store, fixture->worker_id);
  g_assert_cmpuint (resets, ==, 2);
  tandem_store_set_viewer (fixture->store, fixture->worker_id);
  g_assert_cmpuint (resets, ==, 2);

  /* A viewer changed and put back inside a transaction announces nothing. */
  g_assert_true (tandem_store_begin (fixture->store, NULL));
  tandem_store_set_viewer (fixture->store, fixture->supervisor_id);
  tandem_store_set_viewer (fixture->store, fixture->worker_id);
  g_assert_true (tandem_store_commit (fixture->store, NULL));
  g_assert_cmpuint (resets, ==, 2);
}

/* An NHS number already held by someone out of sight is refused without naming them. */
static void
test_duplicate_out_of_sight (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) other = NULL;
  g_autoptr(TandemPerson) copy = tandem_person_new ();
  GHashTableIter iter;
  gint64 *person_id;

  g_hash_table_iter_init (&iter, fixture->owned);
  while (other == NULL && g_hash_table_iter_next (&iter, (gpointer *) &person_id, NULL))
    if (!is_own (fixture, *person_id))
      {
        g_autoptr(TandemPerson) candidate = tandem_store_load_person (fixture->store, *person_id,
                                                                      NULL);

        if (tandem_person_get_nhs_number (candidate)[0] != '\0')
          other = g_steal_pointer (&candidate);
      }
  g_assert_nonnull (other);

  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_OWN);
  tandem_store_set_viewer (fixture->store, fixture->worker_id);

  tandem_person_set_given_name (copy, "Someone");
  tandem_person_set_family_name (copy, "Else");
  tandem_person_set_nhs_number (copy, tandem_person_get_nhs_number (other));
  g_assert_false (tandem_store_save_person (fixture->store, copy, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE);
  g_assert_null (strstr (error->message, tandem_person_get_family_name (other)));
}

static void
test_scope_needs_administrator (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Anyone may while the team has no administrator. */
  tandem_store_set_viewer (fixture->store, fixture->worker_id);
  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_OWN);

  /* The supervisor becomes the administrator by setting the first passphrase. */
  tandem_store_set_viewer (fixture->store, fixture->supervisor_id);
  g_assert_true (tandem_store_set_staff_passphrase (fixture->store, fixture->supervisor_id,
                                                    "plum Vortex 71 ledger", &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_is_administrator (fixture->store, fixture->supervisor_id));

  tandem_store_set_viewer (fixture->store, fixture->worker_id);
  g_assert_false (tandem_store_set_caseload_scope (fixture->store, TANDEM_CASELOAD_SCOPE_TEAM,
                                                   &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (tandem_store_get_caseload_scope (fixture->store, NULL), ==,
                   TANDEM_CASELOAD_SCOPE_OWN);

  tandem_store_set_viewer (fixture->store, TANDEM_STORE_VIEWER_SYSTEM);
  g_assert_false (tandem_store_set_caseload_scope (fixture->store, TANDEM_CASELOAD_SCOPE_TEAM,
                                                   &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);

  tandem_store_set_viewer (fixture->store, fixture->supervisor_id);
  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_TEAM);

  /* Renaming the PCN keeps its scope. */
  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_OWN);
  g_assert_true (tandem_store_set_pcn_name (fixture->store, "Riverside PCN", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_caseload_scope (fixture->store, NULL), ==,
                   TANDEM_CASELOAD_SCOPE_OWN);
}

/* The system reader (the command-line tool) sees every person but no supervision record. */
static void
test_system_reader (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  set_scope (fixture->store, TANDEM_CASELOAD_SCOPE_OWN);
  tandem_store_set_viewer (fixture->store, TANDEM_STORE_VIEWER_SYSTEM);
  g_assert_cmpuint (tandem_store_count_people (fixture->store, NULL), ==, fixture->n_people);

  sessions = tandem_store_list_worker_sessions (fixture->store, fixture->worker_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 0);

  /* The worker has some, which proves the list was not empty anyway. */
  g_clear_pointer (&sessions, g_ptr_array_unref);
  tandem_store_set_viewer (fixture->store, fixture->supervisor_id);
  sessions = tandem_store_list_worker_sessions (fixture->store, fixture->worker_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/access/own-caseload", test_own_caseload);
  ADD ("/access/supervisor-sees-all", test_supervisor_sees_all);
  ADD ("/access/team-sees-all", test_team_sees_all);
  ADD ("/access/reset-on-change", test_reset_on_change);
  ADD ("/access/duplicate-out-of-sight", test_duplicate_out_of_sight);
  ADD ("/access/scope-needs-administrator", test_scope_needs_administrator);
  ADD ("/access/system-reader", test_system_reader);

  return g_test_run ();
}
