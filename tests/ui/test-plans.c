/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "tandem-caseload-view.h"
#include "tandem-compat.h"
#include "tandem-date.h"
#include "tandem-person-page.h"
#include "tandem-plans-view.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* The Plans section: every plan, the reviews falling due first, and the way there from a
 * person's record. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemWindow  *window;
  GtkWidget     *plans_view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemStaff) me = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (fixture->settings, "caseload-scope", "everyone");
  g_settings_set_string (fixture->settings, "caseload-show", "all");

  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  tandem_staff_set_name (me, "Robin Ash");
  tandem_store_save_staff (fixture->store, me, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "caseload-scope");
  g_settings_reset (fixture->settings, "caseload-show");
  g_settings_reset (fixture->settings, "plans-scope");
  g_settings_reset (fixture->settings, "plans-filter");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = tandem_ui_open_window (fixture->store);
  fixture->plans_view = tandem_window_get_plans_view (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, fixture->window, 5000);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
}

static gboolean
plans_loaded (gpointer window)
{
  TandemSession *session = tandem_window_get_session (window);

  return !tandem_caseload_get_loading (tandem_session_get_plans (session));
}

static void
show_plans (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-plans", NULL);
  g_assert_true (tandem_ui_wait_until (plans_loaded, fixture->window, 5000));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
}

static GListModel *
plans_list (Fixture *fixture)
{
  GtkWidget *list_view = tandem_plans_view_get_list_view (TANDEM_PLANS_VIEW (fixture->plans_view));

  return G_LIST_MODEL (tandem_compat_list_get_model (list_view));
}

static gint64
person_at (Fixture *fixture,
           guint    position)
{
  g_autoptr(TandemCaseloadItem) item = g_list_model_get_item (plans_list (fixture), position);

  return tandem_caseload_item_get_person_id (item);
}

static TandemPlanVersion *
add_plan (TandemStore  *store,
          TandemPerson *person,
          int           review_in_days)
{
  g_autoptr(GError) error = NULL;
  TandemPlanVersion *version;
  g_autofree char *agreed = tandem_test_days_ago (30);
  g_autofree char *review = NULL;
  GDate today, day;

  version = tandem_store_create_plan (store, tandem_record_get_id (person), 0, &error);
  g_assert_no_error (error);
  if (review_in_days == 0)
    return version;

  tandem_date_set_today (&today);
  day = today;
  g_date_add_days (&day, review_in_days);
  review = tandem_date_to_iso (&day);
  tandem_plan_version_set_agreed_on (version, agreed);
  tandem_plan_version_set_review_on (version, review);
  g_assert_true (tandem_store_agree_plan (store, version, &today, &error));
  g_assert_no_error (error);

  return version;
}

/* The list holds only people with a plan, the review falling due soonest first, drafts
 * last; the state filter narrows it and is remembered. */
static void
test_list_and_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TandemPerson) none = tandem_test_add_person (fixture->store, "No", "Plan", NULL);
  g_autoptr(TandemPerson) draft = tandem_test_add_person (fixture->store, "Dora", "Draft", NULL);
  g_autoptr(TandemPerson) later = tandem_test_add_person (fixture->store, "Lee", "Later", NULL);
  g_autoptr(TandemPerson) soon = tandem_test_add_person (fixture->store, "Sam", "Soon", NULL);
  g_autoptr(TandemPlanVersion) draft_plan = add_plan (fixture->store, draft, 0);
  g_autoptr(TandemPlanVersion) later_plan = add_plan (fixture->store, later, 60);
  g_autoptr(TandemPlanVersion) soon_plan = add_plan (fixture->store, soon, 2);
  g_autofree char *filter = NULL;
  GtkWidget *search;
  GtkWidget *state;
  GtkWidget *stack;

  open_window (fixture);
  show_plans (fixture);

  stack = tandem_ui_find_by_type (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "plans");
  g_assert_cmpuint (g_list_model_get_n_items (plans_list (fixture)), ==, 3);
  g_assert_cmpint (person_at (fixture, 0), ==, tandem_record_get_id (soon));
  g_assert_cmpint (person_at (fixture, 1), ==, tandem_record_get_id (later));
  g_assert_cmpint (person_at (fixture, 2), ==, tandem_record_get_id (draft));

  /* Searching finds people by name, as in the caseload. */
  search = tandem_ui_find_by_type (fixture->plans_view, GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "dora");
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpuint (g_list_model_get_n_items (plans_list (fixture)), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  /* The state filter comes after whose plans to show. */
  state = gtk_widget_get_next_sibling (tandem_ui_find_by_type (fixture->plans_view,
                                                               GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (state), TANDEM_PLAN_FILTER_REVIEW_SOON);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpuint (g_list_model_get_n_items (plans_list (fixture)), ==, 1);
  g_assert_cmpint (person_at (fixture, 0), ==, tandem_record_get_id (soon));
  filter = g_settings_get_string (fixture->settings, "plans-filter");
  g_assert_cmpstr (filter, ==, "review-soon");
}

/* From a person's record: someone with no plan gets one started and shown in the Plans
 * section; someone with a plan has it shown. */
static void
test_open_from_person_page (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (fixture->store, "Ada", "Lovelace", NULL);
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *caseload_view;
  GtkWidget *person_page;
  gint64 id = tandem_record_get_id (person);

  open_window (fixture);
  caseload_view = tandem_window_get_caseload_view (fixture->window);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (caseload_view), id);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  person_page = tandem_ui_find_by_type (caseload_view, TANDEM_TYPE_PERSON_PAGE);
  g_assert_nonnull (tandem_ui_find_button (person_page, "Start Plan"));
  gtk_widget_activate_action (person_page, "person.open-plan", NULL);
  g_assert_true (tandem_ui_wait_until (plans_loaded, fixture->window, 5000));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  versions = tandem_store_list_plan_versions (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpint (tandem_plan_version_get_state (g_ptr_array_index (versions, 0)), ==,
                   TANDEM_PLAN_DRAFT);
  g_assert_cmpint (tandem_plans_view_get_shown_person (TANDEM_PLANS_VIEW (fixture->plans_view)), ==,
                   id);
  g_assert_cmpuint (g_list_model_get_n_items (plans_list (fixture)), ==, 1);

  /* Back on their record, the plan is there to open, and opening it starts nothing new. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-caseload", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_nonnull (tandem_ui_find_button (person_page, "Open Plan"));
  gtk_widget_activate_action (person_page, "person.open-plan", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_clear_pointer (&versions, g_ptr_array_unref);
  versions = tandem_store_list_plan_versions (fixture->store, id, &error);
  g_assert_cmpuint (versions->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/plans/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("list-and-filter", test_list_and_filter);
  ADD ("open-from-person-page", test_open_from_person_page);

#undef ADD

  return g_test_run ();
}
