/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "tandem-caseload.h"
#include "tandem-example-data.h"
#include "tandem-date.h"
#include "tandem-test-util.h"

/* Every date is counted back from this fixed day, given to the caseload with
 * tandem_caseload_set_today(), so the tests mean the same whenever they run. */
#define TODAY "2024-06-15"

#define NO_REFERRAL -1

typedef struct
{
  const char     *given;
  const char     *family;
  int             status;     /* TandemReferralStatus, or NO_REFERRAL */
  TandemPriority  priority;
  guint           days_ago;   /* when the referral was received */
  TandemRole      role;
  guint           staff;      /* 1 or 2, 0 for nobody */
  guint           practice;   /* 1 or 2 */
} Spec;

/* Listed in the order they are added, which is not the caseload's order. */
static const Spec people[] = {
  { "Ann", "Archer", TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_URGENT, 10,
    TANDEM_ROLE_LINK_WORKER, 0, 1 },
  { "Ben", "Baker", TANDEM_REFERRAL_CONTACTED, TANDEM_PRIORITY_URGENT, 3,
    TANDEM_ROLE_LINK_WORKER, 1, 2 },
  { "Cat", "Carter", TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_URGENT, 30,
    TANDEM_ROLE_HEALTH_COACH, 2, 1 },
  { "Dan", "Dixon", TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_SOON, 20,
    TANDEM_ROLE_LINK_WORKER, 0, 2 },
  { "Eve", "Evans", TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_SOON, 40,
    TANDEM_ROLE_CARE_COORDINATOR, 1, 1 },
  { "Fay", "Fisher", TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_ROUTINE, 15,
    TANDEM_ROLE_LINK_WORKER, 0, 2 },
  { "Gus", "Green", TANDEM_REFERRAL_CONTACTED, TANDEM_PRIORITY_ROUTINE, 5,
    TANDEM_ROLE_HEALTH_COACH, 2, 1 },
  { "Hal", "Hughes", TANDEM_REFERRAL_ACTIVE, TANDEM_PRIORITY_ROUTINE, 60,
    TANDEM_ROLE_LINK_WORKER, 1, 2 },
  { "Ivy", "Irwin", TANDEM_REFERRAL_CLOSED, TANDEM_PRIORITY_ROUTINE, 100,
    TANDEM_ROLE_LINK_WORKER, 1, 1 },
  { "Jon", "Jones", TANDEM_REFERRAL_DECLINED, TANDEM_PRIORITY_URGENT, 50,
    TANDEM_ROLE_HEALTH_COACH, 2, 2 },
  { "Kim", "King", TANDEM_REFERRAL_NO_RESPONSE, TANDEM_PRIORITY_SOON, 80,
    TANDEM_ROLE_LINK_WORKER, 0, 1 },
  { "Lee", "Lewis", NO_REFERRAL, TANDEM_PRIORITY_ROUTINE, 0,
    TANDEM_ROLE_LINK_WORKER, 0, 2 },
  /* Received the same day as Fay, and added after her: she comes first. */
  { "Nia", "Ahmed", TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_ROUTINE, 15,
    TANDEM_ROLE_LINK_WORKER, 0, 1 },
};

/* The default order: urgent waiting (oldest first), urgent active, soon waiting, soon active,
 * routine waiting, routine active, then ended episodes (most recent first), then people with
 * no referral. */
static const char *const all_in_order[] = {
  "Ann Archer", "Ben Baker", "Cat Carter", "Dan Dixon", "Eve Evans", "Fay Fisher", "Nia Ahmed",
  "Gus Green", "Hal Hughes", "Jon Jones", "Kim King", "Ivy Irwin", "Lee Lewis", NULL,
};

static const char *const open_in_order[] = {
  "Ann Archer", "Ben Baker", "Cat Carter", "Dan Dixon", "Eve Evans", "Fay Fisher", "Nia Ahmed",
  "Gus Green", "Hal Hughes", NULL,
};

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  TandemTestDir  *dir;
  TandemStore    *store;
  TandemCaseload *caseload;
  GDate           today;
  gint64          staff[3];      /* by Spec.staff; [0] unused */
  gint64          practices[3];  /* by Spec.practice; [0] unused */
  GHashTable     *ids;           /* given name -> person id */
  GHashTable     *referrals;     /* given name -> current referral id */
  GArray         *changes;       /* Change */
  guint           n_items_notifies;
  guint           n_people_notifies;
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  Change change = { position, removed, added };

  g_array_append_val (fixture->changes, change);
}

static void
notify_n_items_cb (GObject    *object,
                   GParamSpec *pspec,
                   Fixture    *fixture)
{
  fixture->n_items_notifies++;
}

static void
notify_n_people_cb (GObject    *object,
                    GParamSpec *pspec,
                    Fixture    *fixture)
{
  fixture->n_people_notifies++;
}

static gint64
add_referral (Fixture              *fixture,
              gint64                person_id,
              TandemReferralStatus  status,
              TandemPriority        priority,
              guint                 days_ago,
              TandemRole            role,
              gint64                staff_id)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autofree char *received = tandem_test_days_before (&fixture->today, days_ago);
  g_autoptr(GError) error = NULL;

  tandem_referral_set_person_id (referral, person_id);
  tandem_referral_set_received_on (referral, received);
  tandem_referral_set_priority (referral, priority);
  tandem_referral_set_for_role (referral, role);
  tandem_referral_set_assigned_staff_id (referral, staff_id);
  if (status != TANDEM_REFERRAL_RECEIVED)
    tandem_referral_change_status (referral, status, received);

  g_assert_true (tandem_store_save_referral (fixture->store, referral, &error));
  g_assert_no_error (error);

  return tandem_record_get_id (referral);
}

static gint64
add_spec (Fixture    *fixture,
          const Spec *spec)
{
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  tandem_person_set_given_name (person, spec->given);
  tandem_person_set_family_name (person, spec->family);
  tandem_person_set_practice_id (person, fixture->practices[spec->practice]);
  g_assert_true (tandem_store_save_person (fixture->store, person, &error));
  g_assert_no_error (error);
  id = tandem_record_get_id (person);
  g_hash_table_insert (fixture->ids, (gpointer) spec->given, g_memdup2 (&id, sizeof id));

  if (spec->status != NO_REFERRAL)
    {
      gint64 current = add_referral (fixture, id, spec->status, spec->priority, spec->days_ago,
                                     spec->role, fixture->staff[spec->staff]);

      g_hash_table_insert (fixture->referrals, (gpointer) spec->given,
                           g_memdup2 (&current, sizeof current));
    }

  return id;
}

static gint64
person_id (Fixture    *fixture,
           const char *given)
{
  gint64 *id = g_hash_table_lookup (fixture->ids, given);

  g_assert_nonnull (id);
  return *id;
}

static gint64
referral_id (Fixture    *fixture,
             const char *given)
{
  gint64 *id = g_hash_table_lookup (fixture->referrals, given);

  g_assert_nonnull (id);
  return *id;
}

static void
fixture_setup (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  const char *staff_names[] = { NULL, "Sam Patel", "Kofi Mensah" };
  const char *practice_names[] = { NULL, "Riverside Surgery", "Abbey Medical Centre" };

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  tandem_test_set_date (&fixture->today, TODAY);
  fixture->ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  fixture->referrals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (Change));

  for (guint i = 1; i <= 2; i++)
    {
      g_autoptr(TandemStaff) staff = tandem_staff_new ();
      g_autoptr(TandemPractice) practice = tandem_practice_new ();

      tandem_staff_set_name (staff, staff_names[i]);
      g_assert_true (tandem_store_save_staff (fixture->store, staff, &error));
      fixture->staff[i] = tandem_record_get_id (staff);

      tandem_practice_set_name (practice, practice_names[i]);
      g_assert_true (tandem_store_save_practice (fixture->store, practice, &error));
      fixture->practices[i] = tandem_record_get_id (practice);
    }

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    add_spec (fixture, &people[i]);

  /* Hal came once before: an older, urgent but closed episode is not his current one. */
  add_referral (fixture, person_id (fixture, "Hal"), TANDEM_REFERRAL_CLOSED,
                TANDEM_PRIORITY_URGENT, 300, TANDEM_ROLE_HEALTH_COACH, fixture->staff[2]);

  fixture->caseload = tandem_caseload_new (fixture->store);
  tandem_caseload_set_today (fixture->caseload, &fixture->today);
  g_assert_true (tandem_caseload_load (fixture->caseload, &error));
  g_assert_no_error (error);

  g_signal_connect (fixture->caseload, "items-changed", G_CALLBACK (items_changed_cb), fixture);
  g_signal_connect (fixture->caseload, "notify::n-items", G_CALLBACK (notify_n_items_cb), fixture);
  g_signal_connect (fixture->caseload, "notify::n-people", G_CALLBACK (notify_n_people_cb),
                    fixture);
}

/* A worker thread may still hold the last reference to @object for a moment after it has
 * delivered its result. */
static void
wait_for_last_reference (gpointer object)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_atomic_int_get (&G_OBJECT (object)->ref_count) > 1)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_teardown (Fixture *fixture)
{
  if (fixture->caseload != NULL)
    g_assert_finalize_object (fixture->caseload);
  wait_for_last_reference (fixture->store);
  g_assert_finalize_object (fixture->store);
  g_clear_pointer (&fixture->ids, g_hash_table_unref);
  g_clear_pointer (&fixture->referrals, g_hash_table_unref);
  g_clear_pointer (&fixture->changes, g_array_unref);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static void
reset_changes (Fixture *fixture)
{
  g_array_set_size (fixture->changes, 0);
  fixture->n_items_notifies = 0;
  fixture->n_people_notifies = 0;
}

static void
assert_one_change (Fixture *fixture,
                   guint    position,
                   guint    removed,
                   guint    added)
{
  Change *change;

  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, Change, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
}

static TandemCaseloadItem *
item_for (Fixture    *fixture,
          const char *given)
{
  guint position = tandem_caseload_find_person (fixture->caseload, person_id (fixture, given));

  g_assert_cmpuint (position, !=, G_MAXUINT);
  return g_list_model_get_item (G_LIST_MODEL (fixture->caseload), position);
}

/* Asserts the list shows exactly these people, in this order. */
static void
assert_list (TandemCaseload    *caseload,
             const char *const *names)
{
  GListModel *model = G_LIST_MODEL (caseload);
  guint n = g_strv_length ((char **) names);
  guint n_items;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TandemCaseloadItem) item = g_list_model_get_item (model, i);

      g_test_message ("%u: %s", i, tandem_caseload_item_get_display_name (item));
    }

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_object_get (caseload, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemCaseloadItem) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (tandem_caseload_item_get_display_name (item), ==, names[i]);
    }

  g_assert_null (g_list_model_get_item (model, n));
}

static void
save_person_change (Fixture    *fixture,
                    const char *given,
                    const char *new_given)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) person =
    tandem_store_load_person (fixture->store, person_id (fixture, given), &error);

  g_assert_no_error (error);
  tandem_person_set_given_name (person, new_given);
  g_assert_true (tandem_store_save_person (fixture->store, person, &error));
  g_assert_no_error (error);
}

static void
change_status (Fixture              *fixture,
               const char           *given,
               TandemReferralStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemReferral) referral =
    tandem_store_load_referral (fixture->store, referral_id (fixture, given), &error);
  g_autofree char *yesterday = tandem_test_days_before (&fixture->today, 1);

  g_assert_no_error (error);
  tandem_referral_change_status (referral, status, yesterday);
  g_assert_true (tandem_store_save_referral (fixture->store, referral, &error));
  g_assert_no_error (error);
}

static void
test_default_order (void)
{
  Fixture fixture = { 0 };
  guint n_people;

  fixture_setup (&fixture);

  g_assert_cmpint (tandem_caseload_get_show (fixture.caseload), ==, TANDEM_CASELOAD_SHOW_OPEN);
  g_assert_cmpint (tandem_caseload_get_staff_id (fixture.caseload), ==, 0);
  g_assert_cmpint (tandem_caseload_get_practice_id (fixture.caseload), ==, 0);
  g_assert_cmpint (tandem_caseload_get_role (fixture.caseload), ==, -1);
  g_assert_null (tandem_caseload_get_search_text (fixture.caseload));
  g_assert_true (tandem_caseload_get_store (fixture.caseload) == fixture.store);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture.caseload)) ==
                 TANDEM_TYPE_CASELOAD_ITEM);

  assert_list (fixture.caseload, open_in_order);

  g_assert_cmpuint (tandem_caseload_get_n_people (fixture.caseload), ==, G_N_ELEMENTS (people));
  g_object_get (fixture.caseload, "n-people", &n_people, NULL);
  g_assert_cmpuint (n_people, ==, G_N_ELEMENTS (people));

  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);
  assert_list (fixture.caseload, all_in_order);
  g_assert_cmpuint (fixture.n_items_notifies, ==, 1);

  /* Hal's current episode is the open one. */
  {
    g_autoptr(TandemCaseloadItem) hal = item_for (&fixture, "Hal");

    g_assert_cmpint (tandem_caseload_item_get_referral_id (hal), ==,
                     referral_id (&fixture, "Hal"));
    g_assert_cmpint (tandem_caseload_item_get_status (hal), ==, TANDEM_REFERRAL_ACTIVE);
    g_assert_cmpint (tandem_caseload_item_get_role (hal), ==, TANDEM_ROLE_LINK_WORKER);
  }

  fixture_teardown (&fixture);
}

static void
test_filter_show (void)
{
  Fixture fixture = { 0 };
  static const char *const waiting[] = {
    "Ann Archer", "Ben Baker", "Dan Dixon", "Fay Fisher", "Nia Ahmed", "Gus Green", NULL
  };
  static const char *const active[] = { "Cat Carter", "Eve Evans", "Hal Hughes", NULL };
  static const char *const closed[] = { "Ivy Irwin", NULL };
  static const char *const declined[] = { "Jon Jones", NULL };
  static const char *const no_response[] = { "Kim King", NULL };

  fixture_setup (&fixture);

  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_WAITING);
  assert_list (fixture.caseload, waiting);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ACTIVE);
  assert_list (fixture.caseload, active);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_CLOSED);
  assert_list (fixture.caseload, closed);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_DECLINED);
  assert_list (fixture.caseload, declined);
  g_object_set (fixture.caseload, "show", TANDEM_CASELOAD_SHOW_NO_RESPONSE, NULL);
  assert_list (fixture.caseload, no_response);
  g_assert_cmpint (tandem_caseload_get_show (fixture.caseload), ==,
                   TANDEM_CASELOAD_SHOW_NO_RESPONSE);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_OPEN);
  assert_list (fixture.caseload, open_in_order);

  /* The number of people does not depend on what is shown. */
  g_assert_cmpuint (tandem_caseload_get_n_people (fixture.caseload), ==, G_N_ELEMENTS (people));
  g_assert_cmpuint (fixture.n_people_notifies, ==, 0);

  fixture_teardown (&fixture);
}

static void
test_filter_staff (void)
{
  Fixture fixture = { 0 };
  static const char *const sams_open[] = { "Ben Baker", "Eve Evans", "Hal Hughes", NULL };
  static const char *const sams_all[] = { "Ben Baker", "Eve Evans", "Hal Hughes", "Ivy Irwin",
                                          NULL };
  static const char *const kofis_all[] = { "Cat Carter", "Gus Green", "Jon Jones", NULL };
  gint64 staff_id;

  fixture_setup (&fixture);

  tandem_caseload_set_staff_id (fixture.caseload, fixture.staff[1]);
  g_assert_cmpint (tandem_caseload_get_staff_id (fixture.caseload), ==, fixture.staff[1]);
  assert_list (fixture.caseload, sams_open);

  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);
  assert_list (fixture.caseload, sams_all);

  g_object_set (fixture.caseload, "staff-id", fixture.staff[2], NULL);
  g_object_get (fixture.caseload, "staff-id", &staff_id, NULL);
  g_assert_cmpint (staff_id, ==, fixture.staff[2]);
  assert_list (fixture.caseload, kofis_all);

  tandem_caseload_set_staff_id (fixture.caseload, 0);
  assert_list (fixture.caseload, all_in_order);

  fixture_teardown (&fixture);
}

static void
test_filter_practice (void)
{
  Fixture fixture = { 0 };
  static const char *const riverside[] = {
    "Ann Archer", "Cat Carter", "Eve Evans", "Nia Ahmed", "Gus Green", "Kim King", "Ivy Irwin",
    NULL
  };
  static const char *const abbey[] = {
    "Ben Baker", "Dan Dixon", "Fay Fisher", "Hal Hughes", "Jon Jones", "Lee Lewis", NULL
  };
  static const char *const abbey_sam_open[] = { "Ben Baker", "Hal Hughes", NULL };

  fixture_setup (&fixture);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);

  tandem_caseload_set_practice_id (fixture.caseload, fixture.practices[1]);
  g_assert_cmpint (tandem_caseload_get_practice_id (fixture.caseload), ==, fixture.practices[1]);
  assert_list (fixture.caseload, riverside);
  tandem_caseload_set_practice_id (fixture.caseload, fixture.practices[2]);
  assert_list (fixture.caseload, abbey);

  /* Filters combine. */
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_OPEN);
  tandem_caseload_set_staff_id (fixture.caseload, fixture.staff[1]);
  assert_list (fixture.caseload, abbey_sam_open);

  tandem_caseload_set_practice_id (fixture.caseload, 0);
  tandem_caseload_set_staff_id (fixture.caseload, 0);
  assert_list (fixture.caseload, open_in_order);

  fixture_teardown (&fixture);
}

static void
test_filter_role (void)
{
  Fixture fixture = { 0 };
  static const char *const coaching_open[] = { "Cat Carter", "Gus Green", NULL };
  static const char *const coaching_all[] = { "Cat Carter", "Gus Green", "Jon Jones", NULL };
  static const char *const coordinating[] = { "Eve Evans", NULL };
  static const char *const none[] = { NULL };
  int role;

  fixture_setup (&fixture);

  tandem_caseload_set_role (fixture.caseload, TANDEM_ROLE_HEALTH_COACH);
  g_assert_cmpint (tandem_caseload_get_role (fixture.caseload), ==, TANDEM_ROLE_HEALTH_COACH);
  assert_list (fixture.caseload, coaching_open);

  /* Hal's closed coaching episode is not his current one, so he does not show. */
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);
  assert_list (fixture.caseload, coaching_all);

  g_object_set (fixture.caseload, "role", TANDEM_ROLE_CARE_COORDINATOR, NULL);
  g_object_get (fixture.caseload, "role", &role, NULL);
  g_assert_cmpint (role, ==, TANDEM_ROLE_CARE_COORDINATOR);
  assert_list (fixture.caseload, coordinating);

  tandem_caseload_set_role (fixture.caseload, TANDEM_ROLE_SUPERVISOR);
  assert_list (fixture.caseload, none);

  tandem_caseload_set_role (fixture.caseload, -1);
  assert_list (fixture.caseload, all_in_order);

  fixture_teardown (&fixture);
}

static void
test_search (void)
{
  Fixture fixture = { 0 };
  static const char *const starts_with_a[] = { "Ann Archer", "Nia Ahmed", NULL };
  static const char *const ahmed[] = { "Nia Ahmed", NULL };
  static const char *const jones[] = { "Jon Jones", NULL };
  static const char *const none[] = { NULL };

  fixture_setup (&fixture);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);

  tandem_caseload_set_search_text (fixture.caseload, "a");
  g_assert_cmpstr (tandem_caseload_get_search_text (fixture.caseload), ==, "a");
  assert_list (fixture.caseload, starts_with_a);

  /* Typing on narrows the list... */
  tandem_caseload_set_search_text (fixture.caseload, "ah");
  assert_list (fixture.caseload, ahmed);
  tandem_caseload_set_search_text (fixture.caseload, "ahx");
  assert_list (fixture.caseload, none);

  /* ...and deleting widens it again. */
  tandem_caseload_set_search_text (fixture.caseload, "a");
  assert_list (fixture.caseload, starts_with_a);

  /* Search and the other filters combine. */
  tandem_caseload_set_search_text (fixture.caseload, "jones");
  assert_list (fixture.caseload, jones);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_OPEN);
  assert_list (fixture.caseload, none);
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);

  /* Clearing the search brings everyone back. */
  reset_changes (&fixture);
  g_object_set (fixture.caseload, "search-text", "", NULL);
  assert_list (fixture.caseload, all_in_order);
  assert_one_change (&fixture, 0, 1, G_N_ELEMENTS (people));

  tandem_caseload_set_search_text (fixture.caseload, "nia");
  assert_list (fixture.caseload, ahmed);
  tandem_caseload_set_search_text (fixture.caseload, NULL);
  g_assert_null (tandem_caseload_get_search_text (fixture.caseload));
  assert_list (fixture.caseload, all_in_order);

  /* Text with no word in it does not filter. */
  tandem_caseload_set_search_text (fixture.caseload, " - ");
  assert_list (fixture.caseload, all_in_order);

  fixture_teardown (&fixture);
}

static void
test_update_rename (void)
{
  Fixture fixture = { 0 };

  fixture_setup (&fixture);

  /* Cat keeps her place: only her row is remade. */
  save_person_change (&fixture, "Cat", "Catherine");
  assert_one_change (&fixture, 2, 1, 1);
  g_assert_cmpuint (fixture.n_items_notifies, ==, 0);
  g_assert_cmpuint (fixture.n_people_notifies, ==, 0);

  {
    g_autoptr(TandemCaseloadItem) item =
      g_list_model_get_item (G_LIST_MODEL (fixture.caseload), 2);

    g_assert_cmpstr (tandem_caseload_item_get_display_name (item), ==, "Catherine Carter");
    g_assert_cmpint (tandem_caseload_item_get_person_id (item), ==, person_id (&fixture, "Cat"));
  }

  /* Someone the filters hide changes: the list does not. */
  reset_changes (&fixture);
  save_person_change (&fixture, "Lee", "Leon");
  g_assert_cmpuint (fixture.changes->len, ==, 0);
  g_assert_cmpuint (fixture.n_items_notifies, ==, 0);

  /* A contact changes a row's badges, so the row is remade. */
  reset_changes (&fixture);
  {
    g_autoptr(TandemPerson) hal = tandem_store_load_person (fixture.store,
                                                            person_id (&fixture, "Hal"), NULL);
    g_autofree char *date = tandem_test_days_before (&fixture.today, 2);
    g_autoptr(TandemContact) contact = tandem_test_add_contact (fixture.store, hal,
                                                                referral_id (&fixture, "Hal"),
                                                                date);
    g_autoptr(TandemCaseloadItem) item = item_for (&fixture, "Hal");

    assert_one_change (&fixture, 8, 1, 1);
    g_assert_cmpint (tandem_caseload_item_get_days_since_contact (item), ==, 2);
  }

  fixture_teardown (&fixture);
}

static void
test_update_add (void)
{
  Fixture fixture = { 0 };
  static const Spec newcomer = {
    "Olu", "Okafor", TANDEM_REFERRAL_RECEIVED, TANDEM_PRIORITY_URGENT, 12,
    TANDEM_ROLE_LINK_WORKER, 0, 1,
  };
  g_autoptr(TandemPerson) person = NULL;
  gint64 id;

  fixture_setup (&fixture);

  /* Added without a referral: counted, but the open caseload does not show them. */
  person = tandem_test_add_person (fixture.store, newcomer.given, newcomer.family, NULL);
  id = tandem_record_get_id (person);
  g_hash_table_insert (fixture.ids, (gpointer) newcomer.given, g_memdup2 (&id, sizeof id));
  g_assert_cmpuint (fixture.changes->len, ==, 0);
  g_assert_cmpuint (fixture.n_people_notifies, ==, 1);
  g_assert_cmpuint (tandem_caseload_get_n_people (fixture.caseload), ==,
                    G_N_ELEMENTS (people) + 1);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, id), ==, G_MAXUINT);

  /* An urgent referral waiting longer than Ann's goes to the top. */
  reset_changes (&fixture);
  add_referral (&fixture, id, newcomer.status, newcomer.priority, newcomer.days_ago,
                newcomer.role, 0);
  assert_one_change (&fixture, 0, 0, 1);
  g_assert_cmpuint (fixture.n_items_notifies, ==, 1);
  g_assert_cmpuint (fixture.n_people_notifies, ==, 0);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, id), ==, 0);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Ann")),
                    ==, 1);

  /* A routine one received today goes to the end of the routine waiting list. */
  {
    g_autoptr(TandemPerson) late = tandem_test_add_person (fixture.store, "Pat", "Quinn", NULL);

    reset_changes (&fixture);
    add_referral (&fixture, tandem_record_get_id (late), TANDEM_REFERRAL_RECEIVED,
                  TANDEM_PRIORITY_ROUTINE, 0, TANDEM_ROLE_LINK_WORKER, 0);
    /* Olu, Ann, Ben, Cat, Dan, Eve, Fay, Nia, Gus, Pat, Hal */
    assert_one_change (&fixture, 9, 0, 1);
  }

  fixture_teardown (&fixture);
}

static void
test_update_move_and_remove (void)
{
  Fixture fixture = { 0 };
  static const char *const after_move[] = {
    "Ann Archer", "Ben Baker", "Cat Carter", "Dan Dixon", "Eve Evans", "Nia Ahmed", "Gus Green",
    "Hal Hughes", "Fay Fisher", NULL,
  };
  static const char *const after_delete[] = {
    "Ann Archer", "Ben Baker", "Cat Carter", "Eve Evans", "Nia Ahmed", "Gus Green",
    "Hal Hughes", "Fay Fisher", NULL,
  };
  static const char *const after_decline[] = {
    "Ann Archer", "Cat Carter", "Eve Evans", "Nia Ahmed", "Gus Green", "Hal Hughes",
    "Fay Fisher", NULL,
  };
  g_autoptr(GError) error = NULL;

  fixture_setup (&fixture);

  /* Fay is taken on: from routine waiting (5) to the end of routine active (8). */
  change_status (&fixture, "Fay", TANDEM_REFERRAL_ACTIVE);
  assert_one_change (&fixture, 5, 4, 4);
  g_assert_cmpuint (fixture.n_items_notifies, ==, 0);
  assert_list (fixture.caseload, after_move);

  /* Dan is deleted. */
  reset_changes (&fixture);
  g_assert_true (tandem_store_delete_person (fixture.store, person_id (&fixture, "Dan"), &error));
  g_assert_no_error (error);
  assert_one_change (&fixture, 3, 1, 0);
  g_assert_cmpuint (fixture.n_items_notifies, ==, 1);
  g_assert_cmpuint (fixture.n_people_notifies, ==, 1);
  g_assert_cmpuint (tandem_caseload_get_n_people (fixture.caseload), ==,
                    G_N_ELEMENTS (people) - 1);
  assert_list (fixture.caseload, after_delete);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Dan")),
                    ==, G_MAXUINT);

  /* Ben declines: his episode has ended, so he leaves the open caseload. */
  reset_changes (&fixture);
  change_status (&fixture, "Ben", TANDEM_REFERRAL_DECLINED);
  assert_one_change (&fixture, 1, 1, 0);
  assert_list (fixture.caseload, after_decline);

  /* With everyone shown he is among the ended episodes, the most recent first. */
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Ben")),
                    ==, 7);

  fixture_teardown (&fixture);
}

static void
test_find_person (void)
{
  Fixture fixture = { 0 };

  fixture_setup (&fixture);

  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Ann")),
                    ==, 0);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Nia")),
                    ==, 6);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Hal")),
                    ==, 8);
  /* Hidden by the filter, or not there at all. */
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Lee")),
                    ==, G_MAXUINT);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, 4242), ==, G_MAXUINT);

  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);
  g_assert_cmpuint (tandem_caseload_find_person (fixture.caseload, person_id (&fixture, "Lee")),
                    ==, 12);

  fixture_teardown (&fixture);
}

static void
test_item (void)
{
  Fixture fixture = { 0 };
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autoptr(TandemCaseloadItem) item = NULL;
  g_autoptr(TandemCaseloadItem) lee = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  fixture_setup (&fixture);

  tandem_person_set_given_name (person, "Margaret");
  tandem_person_set_family_name (person, "O'Neill");
  tandem_person_set_preferred_name (person, "Peggy");
  tandem_person_set_nhs_number (person, "9434765919");
  tandem_person_set_postcode (person, "LS1 4AB");
  tandem_person_set_practice_id (person, fixture.practices[2]);
  tandem_person_set_safeguarding_concern (person, TRUE);
  tandem_person_set_risk_flags (person, TANDEM_RISK_LONE_WORKING);
  g_assert_true (tandem_store_save_person (fixture.store, person, &error));
  g_assert_no_error (error);
  id = tandem_record_get_id (person);
  g_hash_table_insert (fixture.ids, (gpointer) "Margaret", g_memdup2 (&id, sizeof id));
  add_referral (&fixture, id, TANDEM_REFERRAL_CONTACTED, TANDEM_PRIORITY_SOON, 7,
                TANDEM_ROLE_CARE_COORDINATOR, fixture.staff[1]);

  item = item_for (&fixture, "Margaret");
  g_assert_cmpint (tandem_caseload_item_get_person_id (item), ==, id);
  g_assert_cmpint (tandem_caseload_item_get_referral_id (item), >, 0);
  g_assert_cmpstr (tandem_caseload_item_get_display_name (item), ==, "Peggy O'Neill");
  g_assert_cmpstr (tandem_caseload_item_get_full_name (item), ==, "Margaret O'Neill");
  g_assert_cmpstr (tandem_caseload_item_get_nhs_number (item), ==, "943 476 5919");
  g_assert_cmpstr (tandem_caseload_item_get_postcode (item), ==, "LS1 4AB");
  g_assert_cmpint (tandem_caseload_item_get_practice_id (item), ==, fixture.practices[2]);
  g_assert_cmpint (tandem_caseload_item_get_assigned_staff_id (item), ==, fixture.staff[1]);
  g_assert_true (tandem_caseload_item_has_referral (item));
  g_assert_cmpint (tandem_caseload_item_get_status (item), ==, TANDEM_REFERRAL_CONTACTED);
  g_assert_cmpint (tandem_caseload_item_get_priority (item), ==, TANDEM_PRIORITY_SOON);
  g_assert_cmpint (tandem_caseload_item_get_role (item), ==, TANDEM_ROLE_CARE_COORDINATOR);
  g_assert_cmpint (tandem_caseload_item_get_days_waiting (item), ==, 7);
  g_assert_cmpint (tandem_caseload_item_get_days_since_contact (item), ==, -1);
  g_assert_true (tandem_caseload_item_has_safeguarding (item));
  g_assert_true (tandem_caseload_item_has_risk (item));

  /* Someone with no referral and nothing recorded about them. */
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);
  lee = item_for (&fixture, "Lee");
  g_assert_false (tandem_caseload_item_has_referral (lee));
  g_assert_cmpint (tandem_caseload_item_get_referral_id (lee), ==, 0);
  g_assert_cmpstr (tandem_caseload_item_get_nhs_number (lee), ==, "");
  g_assert_cmpstr (tandem_caseload_item_get_display_name (lee), ==, "Lee Lewis");
  g_assert_cmpint (tandem_caseload_item_get_days_waiting (lee), ==, -1);
  g_assert_false (tandem_caseload_item_is_waiting_too_long (lee));
  g_assert_false (tandem_caseload_item_is_contact_overdue (lee));
  g_assert_false (tandem_caseload_item_has_safeguarding (lee));
  g_assert_false (tandem_caseload_item_has_risk (lee));

  fixture_teardown (&fixture);
}

static gboolean
waiting_too_long (Fixture    *fixture,
                  const char *given)
{
  g_autoptr(TandemCaseloadItem) item = item_for (fixture, given);

  return tandem_caseload_item_is_waiting_too_long (item);
}

static gboolean
contact_overdue (Fixture    *fixture,
                 const char *given)
{
  g_autoptr(TandemCaseloadItem) item = item_for (fixture, given);

  return tandem_caseload_item_is_contact_overdue (item);
}

static void
test_badge_waiting (void)
{
  Fixture fixture = { 0 };
  guint days;

  fixture_setup (&fixture);

  g_assert_cmpuint (tandem_caseload_get_waiting_warning_days (fixture.caseload), ==, 14);

  /* Ann has waited 10 days: exactly the limit is not too long, a day more is. */
  tandem_caseload_set_waiting_warning_days (fixture.caseload, 10);
  assert_one_change (&fixture, 0, 9, 9);
  g_assert_false (waiting_too_long (&fixture, "Ann"));
  g_assert_true (waiting_too_long (&fixture, "Dan"));
  g_assert_true (waiting_too_long (&fixture, "Fay"));
  g_assert_false (waiting_too_long (&fixture, "Ben"));

  g_object_set (fixture.caseload, "waiting-warning-days", 9, NULL);
  g_object_get (fixture.caseload, "waiting-warning-days", &days, NULL);
  g_assert_cmpuint (days, ==, 9);
  g_assert_true (waiting_too_long (&fixture, "Ann"));

  /* Only people still waiting: Cat has been active for 30 days. */
  tandem_caseload_set_waiting_warning_days (fixture.caseload, 1);
  g_assert_false (waiting_too_long (&fixture, "Cat"));
  g_assert_true (waiting_too_long (&fixture, "Gus"));

  /* A day later Ben, contacted 3 days ago with a limit of 3, is too long. */
  tandem_caseload_set_waiting_warning_days (fixture.caseload, 3);
  g_assert_false (waiting_too_long (&fixture, "Ben"));
  g_date_add_days (&fixture.today, 1);
  reset_changes (&fixture);
  tandem_caseload_set_today (fixture.caseload, &fixture.today);
  assert_one_change (&fixture, 0, 9, 9);
  g_assert_true (waiting_too_long (&fixture, "Ben"));
  {
    g_autoptr(TandemCaseloadItem) ben = item_for (&fixture, "Ben");

    g_assert_cmpint (tandem_caseload_item_get_days_waiting (ben), ==, 4);
  }

  fixture_teardown (&fixture);
}

static void
test_badge_contact_overdue (void)
{
  Fixture fixture = { 0 };
  g_autoptr(TandemPerson) eve = NULL;
  g_autoptr(TandemContact) contact = NULL;
  g_autofree char *date = NULL;

  fixture_setup (&fixture);
  g_assert_cmpuint (tandem_caseload_get_contact_interval_days (fixture.caseload), ==, 28);

  /* Cat has been active for 30 days with no contact: counted from the referral. */
  g_assert_true (contact_overdue (&fixture, "Cat"));
  tandem_caseload_set_contact_interval_days (fixture.caseload, 30);
  g_assert_false (contact_overdue (&fixture, "Cat"));
  g_object_set (fixture.caseload, "contact-interval-days", 29, NULL);
  g_assert_true (contact_overdue (&fixture, "Cat"));

  /* Eve, active for 40 days, was last in touch 20 days ago: counted from the contact. */
  date = tandem_test_days_before (&fixture.today, 20);
  eve = tandem_store_load_person (fixture.store, person_id (&fixture, "Eve"), NULL);
  contact = tandem_test_add_contact (fixture.store, eve, referral_id (&fixture, "Eve"), date);
  tandem_caseload_set_contact_interval_days (fixture.caseload, 20);
  g_assert_false (contact_overdue (&fixture, "Eve"));
  tandem_caseload_set_contact_interval_days (fixture.caseload, 19);
  g_assert_true (contact_overdue (&fixture, "Eve"));
  {
    g_autoptr(TandemCaseloadItem) item = item_for (&fixture, "Eve");

    g_assert_cmpint (tandem_caseload_item_get_days_since_contact (item), ==, 20);
  }

  /* Only people being actively worked with are due a contact. */
  tandem_caseload_set_contact_interval_days (fixture.caseload, 1);
  g_assert_false (contact_overdue (&fixture, "Ann"));
  g_assert_false (contact_overdue (&fixture, "Ben"));
  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_ALL);
  g_assert_false (contact_overdue (&fixture, "Ivy"));
  g_assert_false (contact_overdue (&fixture, "Kim"));
  g_assert_true (contact_overdue (&fixture, "Hal"));

  fixture_teardown (&fixture);
}


static gboolean
is_listed (Fixture    *fixture,
           const char *given)
{
  return tandem_caseload_find_person (fixture->caseload, person_id (fixture, given)) !=
         G_MAXUINT;
}

/* What the caseload reads of signposts: each person's earliest follow-up still waiting for an
 * outcome, from the query, and whether it has come, against the caseload's day. */
static void
test_outcome_due (void)
{
  Fixture fixture = { 0 };
  g_autoptr(TandemAsset) asset = NULL;
  g_autoptr(TandemSignpost) eve_due = NULL;
  g_autoptr(TandemSignpost) eve_later = NULL;
  g_autoptr(TandemSignpost) eve_done = NULL;
  g_autoptr(TandemSignpost) hal_later = NULL;
  g_autoptr(TandemSignpost) cat_never = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  GStringChunk *strings = g_string_chunk_new (256);
  g_autofree char *twelve_ago = NULL;
  g_autofree char *twenty_ago = NULL;
  g_autofree char *in_ten = NULL;
  g_autofree char *in_five = NULL;
  g_autoptr(GError) error = NULL;
  GDate later;

  fixture_setup (&fixture);
  twelve_ago = tandem_test_days_before (&fixture.today, 12);
  twenty_ago = tandem_test_days_before (&fixture.today, 20);
  later = fixture.today;
  g_date_add_days (&later, 10);
  in_ten = tandem_date_to_iso (&later);
  later = fixture.today;
  g_date_add_days (&later, 5);
  in_five = tandem_date_to_iso (&later);

  asset = tandem_test_add_asset (fixture.store, "Tuesday Walking Group", TANDEM_SUITABILITY_GREEN);
  eve_due = tandem_test_add_signpost (fixture.store, person_id (&fixture, "Eve"), asset,
                                      twelve_ago, TANDEM_SIGNPOST_OUTCOME_PENDING);
  eve_later = tandem_test_add_signpost (fixture.store, person_id (&fixture, "Eve"), asset,
                                        in_ten, TANDEM_SIGNPOST_OUTCOME_PENDING);
  eve_done = tandem_test_add_signpost (fixture.store, person_id (&fixture, "Eve"), asset,
                                       twenty_ago, TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING);
  hal_later = tandem_test_add_signpost (fixture.store, person_id (&fixture, "Hal"), asset,
                                        in_five, TANDEM_SIGNPOST_OUTCOME_PENDING);
  cat_never = tandem_test_add_signpost (fixture.store, person_id (&fixture, "Cat"), asset, "",
                                        TANDEM_SIGNPOST_OUTCOME_PENDING);

  /* The query: the earliest follow-up with no outcome, for everyone and for one person. */
  g_assert_true (tandem_store_load_caseload (fixture.store, 0, FALSE, entries, strings, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      TandemCaseloadEntry *entry = &g_array_index (entries, TandemCaseloadEntry, i);

      if (entry->person_id == person_id (&fixture, "Eve"))
        g_assert_cmpuint (entry->follow_up_on, ==, tandem_date_iso_to_julian (twelve_ago));
      else if (entry->person_id == person_id (&fixture, "Hal"))
        g_assert_cmpuint (entry->follow_up_on, ==, tandem_date_iso_to_julian (in_five));
      else
        g_assert_cmpuint (entry->follow_up_on, ==, 0);
    }
  g_array_set_size (entries, 0);
  g_assert_true (tandem_store_load_caseload (fixture.store, person_id (&fixture, "Hal"), FALSE,
                                             entries, strings, &error));
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpuint (g_array_index (entries, TandemCaseloadEntry, 0).follow_up_on, ==,
                    tandem_date_iso_to_julian (in_five));

  /* The list: only Eve's outcome is due today; Hal's comes due in five days. */
  g_assert_true (tandem_caseload_load (fixture.caseload, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TandemCaseloadItem) eve = item_for (&fixture, "Eve");
    g_autoptr(TandemCaseloadItem) hal = item_for (&fixture, "Hal");

    g_assert_true (tandem_caseload_item_is_outcome_due (eve));
    g_assert_false (tandem_caseload_item_is_outcome_due (hal));
  }

  tandem_caseload_set_show (fixture.caseload, TANDEM_CASELOAD_SHOW_OUTCOME_DUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture.caseload)), ==, 1);
  g_assert_true (is_listed (&fixture, "Eve"));

  tandem_caseload_set_today (fixture.caseload, &later);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture.caseload)), ==, 2);
  g_assert_true (is_listed (&fixture, "Hal"));
  tandem_caseload_set_today (fixture.caseload, &fixture.today);

  /* Recording the outcome takes Eve off the list; her next follow-up is not due yet. */
  tandem_signpost_set_outcome (eve_due, TANDEM_SIGNPOST_OUTCOME_ATTENDED);
  tandem_signpost_set_outcome_on (eve_due, in_five);
  g_assert_true (tandem_store_save_signpost (fixture.store, eve_due, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_caseload_load (fixture.caseload, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture.caseload)), ==, 0);

  g_string_chunk_free (strings);
  fixture_teardown (&fixture);
}

static void
test_rules (void)
{
  GDate today;
  TandemCaseloadRules rules = { 0, 14, 28 };
  TandemCaseloadEntry entry = { 0 };

  tandem_test_set_date (&today, TODAY);
  rules.today = g_date_get_julian (&today);

  entry.status = TANDEM_REFERRAL_RECEIVED;
  entry.received_on = rules.today - 14;
  g_assert_false (tandem_caseload_rules_waiting_too_long (&rules, &entry));
  entry.received_on = rules.today - 15;
  g_assert_true (tandem_caseload_rules_waiting_too_long (&rules, &entry));
  entry.status = TANDEM_REFERRAL_CONTACTED;
  g_assert_true (tandem_caseload_rules_waiting_too_long (&rules, &entry));
  entry.status = TANDEM_REFERRAL_ACTIVE;
  g_assert_false (tandem_caseload_rules_waiting_too_long (&rules, &entry));
  entry.status = TANDEM_CASELOAD_NO_REFERRAL;
  g_assert_false (tandem_caseload_rules_waiting_too_long (&rules, &entry));
  /* No date, no warning. */
  entry.status = TANDEM_REFERRAL_RECEIVED;
  entry.received_on = 0;
  g_assert_false (tandem_caseload_rules_waiting_too_long (&rules, &entry));

  entry.status = TANDEM_REFERRAL_ACTIVE;
  entry.received_on = rules.today - 100;
  entry.last_contact_on = rules.today - 28;
  g_assert_false (tandem_caseload_rules_contact_overdue (&rules, &entry));
  entry.last_contact_on = rules.today - 29;
  g_assert_true (tandem_caseload_rules_contact_overdue (&rules, &entry));
  entry.last_contact_on = 0;
  entry.received_on = rules.today - 28;
  g_assert_false (tandem_caseload_rules_contact_overdue (&rules, &entry));
  entry.received_on = rules.today - 29;
  g_assert_true (tandem_caseload_rules_contact_overdue (&rules, &entry));
  entry.status = TANDEM_REFERRAL_CLOSED;
  g_assert_false (tandem_caseload_rules_contact_overdue (&rules, &entry));
  entry.status = TANDEM_REFERRAL_CONTACTED;
  g_assert_false (tandem_caseload_rules_contact_overdue (&rules, &entry));
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GMainLoop *loop = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_caseload_load_finish (TANDEM_CASELOAD (object), result, &error));
  g_assert_no_error (error);
  g_main_loop_quit (loop);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("Timed out waiting for the caseload to load");
  return G_SOURCE_REMOVE;
}

static void
quit_when_loaded_cb (GObject    *object,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  if (!tandem_caseload_get_loading (TANDEM_CASELOAD (object)))
    g_main_loop_quit (user_data);
}

static void
test_load_async (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(TandemCaseload) caseload = NULL;
  g_autoptr(TandemStore) other = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  gboolean loading;
  guint timeout;
  gulong handler;

  fixture_setup (&fixture);
  timeout = g_timeout_add_seconds (30, timeout_cb, NULL);

  caseload = tandem_caseload_new (fixture.store);
  tandem_caseload_set_today (caseload, &fixture.today);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload)), ==, 0);
  g_assert_false (tandem_caseload_get_loading (caseload));

  tandem_caseload_load_async (caseload, NULL, load_done_cb, loop);
  g_object_get (caseload, "loading", &loading, NULL);
  g_assert_true (loading);
  g_main_loop_run (loop);

  g_assert_false (tandem_caseload_get_loading (caseload));
  assert_list (caseload, open_in_order);
  g_assert_cmpuint (tandem_caseload_get_n_people (caseload), ==, G_N_ELEMENTS (people));

  /* Another connection (a worker, another window) adds someone: the store is told anything may
   * have changed, and the caseload reloads everyone in the background. */
  other = tandem_store_open_sibling (fixture.store, &error);
  g_assert_no_error (error);
  person = tandem_test_add_person (other, "Olu", "Okafor", NULL);
  g_assert_cmpuint (tandem_caseload_get_n_people (caseload), ==, G_N_ELEMENTS (people));

  /* Only the caseload under test listens from here on. */
  g_assert_finalize_object (g_steal_pointer (&fixture.caseload));

  handler = g_signal_connect (caseload, "notify::loading", G_CALLBACK (quit_when_loaded_cb), loop);
  tandem_store_notify_reset (fixture.store);
  g_assert_true (tandem_caseload_get_loading (caseload));
  g_main_loop_run (loop);
  g_signal_handler_disconnect (caseload, handler);

  g_assert_cmpuint (tandem_caseload_get_n_people (caseload), ==, G_N_ELEMENTS (people) + 1);
  tandem_caseload_set_show (caseload, TANDEM_CASELOAD_SHOW_ALL);
  g_assert_cmpuint (tandem_caseload_find_person (caseload, tandem_record_get_id (person)), ==,
                    G_N_ELEMENTS (people));

  g_source_remove (timeout);
  g_assert_finalize_object (g_steal_pointer (&other));
  wait_for_last_reference (caseload);
  g_assert_finalize_object (g_steal_pointer (&caseload));
  fixture_teardown (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/caseload/default-order", test_default_order);
  g_test_add_func ("/caseload/filter/show", test_filter_show);
  g_test_add_func ("/caseload/filter/staff", test_filter_staff);
  g_test_add_func ("/caseload/filter/practice", test_filter_practice);
  g_test_add_func ("/caseload/filter/role", test_filter_role);
  g_test_add_func ("/caseload/search", test_search);
  g_test_add_func ("/caseload/update/rename", test_update_rename);
  g_test_add_func ("/caseload/update/add", test_update_add);
  g_test_add_func ("/caseload/update/move-and-remove", test_update_move_and_remove);
  g_test_add_func ("/caseload/find-person", test_find_person);
  g_test_add_func ("/caseload/item", test_item);
  g_test_add_func ("/caseload/badge/waiting", test_badge_waiting);
  g_test_add_func ("/caseload/badge/contact-overdue", test_badge_contact_overdue);
  g_test_add_func ("/caseload/rules", test_rules);
  g_test_add_func ("/caseload/outcome-due", test_outcome_due);
  g_test_add_func ("/caseload/load-async", test_load_async);

  return g_test_run ();
}
