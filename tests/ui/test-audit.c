/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-audit-window.h"
#include "tandem-caseload-view.h"
#include "tandem-person-page.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"
#include "tandem-window.h"

/* The audit trail in the running app: opening a record is recorded, an administrator reads
 * the trail and one person's part of it, and a worker is not offered it. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  TandemWindow  *window;
  gint64         lead;
  gint64         coach;
  gint64         person;
  gint64         other;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPerson) other = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);
  fixture->lead = tandem_ui_add_staff (fixture->store, "Ada Lead", TANDEM_ROLE_LINK_WORKER);
  fixture->coach = tandem_ui_add_staff (fixture->store, "Sam Coach", TANDEM_ROLE_HEALTH_COACH);
  person = tandem_test_add_person (fixture->store, "Zoë", "O'Neill", NULL);
  other = tandem_test_add_person (fixture->store, "Bob", "Hale", NULL);
  fixture->person = tandem_record_get_id (person);
  fixture->other = tandem_record_get_id (other);

  /* The window signs in the first member of staff, who so becomes the administrator. */
  fixture->window = tandem_ui_open_window (fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, fixture->window, 5000);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *audit;

  while ((audit = tandem_ui_find_window (TANDEM_TYPE_AUDIT_WINDOW)) != NULL)
    gtk_window_destroy (GTK_WINDOW (audit));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static gboolean
entries_shown (gpointer data)
{
  return tandem_audit_window_get_n_shown (data) > 0;
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static guint
count_views (TandemStore *store,
             gint64       person_id)
{
  TandemAuditFilter filter = { person_id, 0, TANDEM_AUDIT_VIEW, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) views = tandem_store_list_audit (store, &filter, 0, &error);

  g_assert_no_error (error);
  return views->len;
}

static void
test_opening_a_record_is_recorded (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *view = tandem_window_get_caseload_view (fixture->window);
  GtkWidget *page;
  TandemAuditWindow *audit;

  g_assert_cmpuint (count_views (fixture->store, fixture->person), ==, 0);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), fixture->person);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpuint (count_views (fixture->store, fixture->person), ==, 1);

  /* The administrator asks who has seen it: only that person's entries. */
  page = tandem_ui_find_by_type (view, TANDEM_TYPE_PERSON_PAGE);
  g_assert_true (gtk_widget_activate_action (page, "person.show-audit", NULL));
  audit = TANDEM_AUDIT_WINDOW (tandem_ui_wait_window (TANDEM_TYPE_AUDIT_WINDOW));
  g_assert_true (tandem_ui_wait_until (entries_shown, audit, 5000));
  /* Created, then viewed. */
  g_assert_cmpuint (tandem_audit_window_get_n_shown (audit), ==, 2);

  /* Exporting writes that person's entries, people by number only, and is recorded. */
  {
    g_autofree char *csv_path = tandem_test_dir_file (fixture->dir, "audit.csv");
    g_autofree char *csv = NULL;
    g_autofree char *expected = g_strdup_printf (",view,person,%" G_GINT64_FORMAT ",%"
                                                 G_GINT64_FORMAT "\r\n", fixture->person,
                                                 fixture->person);
    TandemAuditFilter exports = { fixture->person, 0, TANDEM_AUDIT_EXPORT, NULL, NULL };
    g_autoptr(GPtrArray) recorded = NULL;

    tandem_audit_window_export_csv (audit, csv_path);
    g_assert_true (tandem_ui_wait_until (file_written, csv_path, 5000));
    g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
    g_assert_true (g_str_has_prefix (csv, "entry,time_utc,staff_id,staff,action,"));
    g_assert_nonnull (strstr (csv, expected));
    g_assert_null (strstr (csv, "Neill"));
    recorded = tandem_store_list_audit (fixture->store, &exports, 0, NULL);
    g_assert_cmpuint (recorded->len, ==, 1);
  }

  /* Clearing the person shows everyone's: the other person's creation too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (audit), "audit.clear-person", NULL));
  tandem_ui_iterate (200);
  g_assert_true (tandem_ui_wait_until (entries_shown, audit, 5000));
  g_assert_cmpuint (tandem_audit_window_get_n_shown (audit), >, 2);
}

static void
test_bad_date_is_kept_and_marked (Fixture       *fixture,
                                  gconstpointer  data)
{
  TandemAuditWindow *audit;
  GtkWidget *from;
  guint before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-audit",
                                             NULL));
  audit = TANDEM_AUDIT_WINDOW (tandem_ui_wait_window (TANDEM_TYPE_AUDIT_WINDOW));
  g_assert_true (tandem_ui_wait_until (entries_shown, audit, 5000));
  before = tandem_audit_window_get_n_shown (audit);

  from = tandem_ui_find_by_type (GTK_WIDGET (audit), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (from), "31/2/2026");
  tandem_ui_iterate (500);
  g_assert_true (gtk_widget_has_css_class (from, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (from)), ==, "31/2/2026");
  g_assert_cmpuint (tandem_audit_window_get_n_shown (audit), ==, before);

  /* A date far ahead matches nothing: the empty state. */
  gtk_editable_set_text (GTK_EDITABLE (from), "1/1/2099");
  tandem_ui_iterate (500);
  g_assert_false (gtk_widget_has_css_class (from, "error"));
  g_assert_nonnull (tandem_ui_find_visible_status_page (GTK_WIDGET (audit)));
  g_assert_cmpuint (tandem_audit_window_get_n_shown (audit), ==, 0);
}

static void
test_worker_is_not_offered_the_trail (Fixture       *fixture,
                                      gconstpointer  data)
{
  GtkWidget *view = tandem_window_get_caseload_view (fixture->window);
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-audit",
                                             NULL));
  g_assert_nonnull (tandem_ui_wait_window (TANDEM_TYPE_AUDIT_WINDOW));
  gtk_window_destroy (GTK_WINDOW (tandem_ui_find_window (TANDEM_TYPE_AUDIT_WINDOW)));

  tandem_ui_sign_in (tandem_window_get_session (fixture->window), fixture->coach);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  /* The action is there but disabled, so activating it does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-audit", NULL);
  tandem_ui_iterate (100);
  g_assert_null (tandem_ui_find_window (TANDEM_TYPE_AUDIT_WINDOW));

  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), fixture->other);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  page = tandem_ui_find_by_type (view, TANDEM_TYPE_PERSON_PAGE);
  gtk_widget_activate_action (page, "person.show-audit", NULL);
  tandem_ui_iterate (100);
  g_assert_null (tandem_ui_find_window (TANDEM_TYPE_AUDIT_WINDOW));
  /* Their look at the record is recorded all the same. */
  tandem_store_set_viewer (fixture->store, fixture->lead);
  g_assert_cmpuint (count_views (fixture->store, fixture->other), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/audit/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("opening-a-record-is-recorded", test_opening_a_record_is_recorded);
  ADD ("bad-date-is-kept-and-marked", test_bad_date_is_kept_and_marked);
  ADD ("worker-is-not-offered-the-trail", test_worker_is_not_offered_the_trail);

  return g_test_run ();
}
