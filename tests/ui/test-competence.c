/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-competence-group.h"
#include "tandem-competency-chart.h"
#include "tandem-date.h"
#include "tandem-cpd-editor.h"
#include "tandem-cpd-group.h"
#include "tandem-framework-dialog.h"
#include "tandem-portfolio-export.h"
#include "tandem-review-editor.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* A supervisor recording a worker's competence and CPD through the real groups and editors:
 * two reviews that show growth in the charts, a CPD entry in the year's total, and delete with
 * undo. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemSession *session;
  gint64         worker;
  gint64         supervisor;
  GtkWidget     *window;
  GtkWidget     *overlay;
  GtkWidget     *competence;
  GtkWidget     *cpd;
} Fixture;

static gint64
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (staff);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *page = adw_preferences_page_new ();

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  fixture->worker = add_staff (fixture->store, "Amara Okafor", TANDEM_ROLE_HEALTH_COACH);
  fixture->supervisor = add_staff (fixture->store, "Gwen Harris", TANDEM_ROLE_SUPERVISOR);
  sql = g_strdup_printf ("INSERT INTO staff_supervisor VALUES (%" G_GINT64_FORMAT ", %"
                         G_GINT64_FORMAT ")", fixture->worker, fixture->supervisor);
  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (fixture->store), sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);

  fixture->session = tandem_session_new (fixture->store, fixture->settings);
  tandem_ui_sign_in (fixture->session, fixture->supervisor);
  g_assert_cmpint (tandem_store_get_viewer (fixture->store), ==, fixture->supervisor);

  fixture->competence = tandem_competence_group_new (fixture->session, fixture->worker);
  fixture->cpd = tandem_cpd_group_new (fixture->session, fixture->worker);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (fixture->competence));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (fixture->cpd));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
  fixture->overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), scrolled);

  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->overlay);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_frames (fixture->window, 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "last-signed-in");
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

static void
click (GtkWidget *widget)
{
  g_autoptr(GtkWidget) button = g_object_ref (widget);
  gboolean clicked = FALSE;
  gulong handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);

  g_assert_true (gtk_widget_get_mapped (button));
  gtk_widget_activate (button);
  g_assert_true (tandem_ui_wait_until (is_true, &clicked, 2000));
  g_signal_handler_disconnect (button, handler);
}

static void
click_label (GtkWidget  *root,
             const char *label)
{
  GtkWidget *button = tandem_ui_find_button (root, label);

  g_assert_nonnull (button);
  click (button);
}

static guint
n_reviews (Fixture *fixture)
{
  GPtrArray *reviews = tandem_competence_group_get_reviews (TANDEM_COMPETENCE_GROUP (fixture->competence));

  return reviews != NULL ? reviews->len : 0;
}

static gboolean
has_reviews (gpointer data)
{
  Fixture *fixture = data;

  return n_reviews (fixture) == GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (fixture->window),
                                                                     "want"));
}

static void
wait_reviews (Fixture *fixture,
              guint    n)
{
  g_object_set_data (G_OBJECT (fixture->window), "want", GUINT_TO_POINTER (n));
  g_assert_true (tandem_ui_wait_until (has_reviews, fixture, 3000));
}

/* Picks the level shown as "@level · ..." for every competency, by its label. */
static void
rate_all (TandemReviewEditor *editor,
          int                 first_level)
{
  for (guint i = 0; tandem_review_editor_get_level_row (editor, i) != NULL; i++)
    {
      GtkWidget *row = tandem_review_editor_get_level_row (editor, i);
      GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
      g_autofree char *prefix = g_strdup_printf ("%d · ", MIN (first_level + (int) (i % 2), 5));
      gboolean found = FALSE;

      for (guint p = 0; p < g_list_model_get_n_items (model) && !found; p++)
        {
          g_autoptr(GtkStringObject) item = g_list_model_get_item (model, p);

          if (g_str_has_prefix (gtk_string_object_get_string (item), prefix))
            {
              adw_combo_row_set_selected (ADW_COMBO_ROW (row), p);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

static TandemReviewEditor *
open_new_review (Fixture *fixture)
{
  click_label (fixture->competence, "New Review…");
  return TANDEM_REVIEW_EDITOR (tandem_ui_wait_window (TANDEM_TYPE_REVIEW_EDITOR));
}

static void
test_reviews (Fixture       *fixture,
              gconstpointer  data)
{
  TandemReviewEditor *editor;
  GtkWidget *chart;
  g_autoptr(TandemCompetencyReview) first = NULL;
  GtkWidget *row;

  /* Nothing yet: the group says so. */
  g_assert_cmpuint (n_reviews (fixture), ==, 0);
  g_assert_null (tandem_competence_group_get_chart (TANDEM_COMPETENCE_GROUP (fixture->competence), 0));

  /* Adding with nothing rated is refused, and says which competencies need a level. */
  editor = open_new_review (fixture);
  click_label (GTK_WIDGET (editor), "Add");
  tandem_ui_wait_frames (GTK_WIDGET (editor), 2);
  g_assert_true (tandem_ui_find_window (TANDEM_TYPE_REVIEW_EDITOR) == GTK_WIDGET (editor));
  g_assert_true (gtk_widget_has_css_class (tandem_review_editor_get_level_row (editor, 0), "error"));
  g_assert_cmpuint (n_reviews (fixture), ==, 0);

  /* Rated, it is added; the reviewer is the supervisor using Tandem. */
  rate_all (editor, 1);
  click_label (GTK_WIDGET (editor), "Add");
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_REVIEW_EDITOR));
  wait_reviews (fixture, 1);
  first = g_object_ref (g_ptr_array_index (tandem_competence_group_get_reviews (TANDEM_COMPETENCE_GROUP (fixture->competence)), 0));
  g_assert_cmpint (tandem_competency_review_get_reviewer_id (first), ==, fixture->supervisor);
  g_assert_cmpuint (tandem_competency_review_get_ratings (first)->len, ==, 6);
  chart = tandem_competence_group_get_chart (TANDEM_COMPETENCE_GROUP (fixture->competence), 0);
  g_assert_cmpuint (tandem_competency_chart_get_n_points (TANDEM_COMPETENCY_CHART (chart)), ==, 1);

  /* Backdated so the second review is later. */
  tandem_competency_review_set_reviewed_on (first, "2025-01-15");
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tandem_store_save_competency_review (fixture->store, first, &error));
    g_assert_no_error (error);
  }

  /* A second review starts from the first's levels; raised, the charts show the growth. */
  editor = open_new_review (fixture);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (tandem_review_editor_get_level_row (editor, 0))),
                    ==, 2);
  rate_all (editor, 3);
  click_label (GTK_WIDGET (editor), "Add");
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_REVIEW_EDITOR));
  wait_reviews (fixture, 2);
  chart = tandem_competence_group_get_chart (TANDEM_COMPETENCE_GROUP (fixture->competence), 0);
  g_assert_cmpuint (tandem_competency_chart_get_n_points (TANDEM_COMPETENCY_CHART (chart)), ==, 2);
  row = gtk_widget_get_ancestor (chart, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "3 · Competent, up from 1 · Novice"));

  /* Deleted, then brought back with Undo. */
  gtk_widget_activate_action (fixture->competence, "competence.delete", "x",
                              tandem_record_get_id (first));
  wait_reviews (fixture, 1);
  click_label (fixture->overlay, "Undo");
  wait_reviews (fixture, 2);
}

static gboolean
has_entries (gpointer data)
{
  Fixture *fixture = data;
  GPtrArray *entries = tandem_cpd_group_get_entries (TANDEM_CPD_GROUP (fixture->cpd));

  return entries != NULL && entries->len == GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (fixture->window),
                                                                                 "want"));
}

static void
wait_entries (Fixture *fixture,
              guint    n)
{
  g_object_set_data (G_OBJECT (fixture->window), "want", GUINT_TO_POINTER (n));
  g_assert_true (tandem_ui_wait_until (has_entries, fixture, 3000));
}

static void
type_into (TandemForm *form,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (tandem_form_get_row (form, name)), text);
}

static const char *
year_subtitle (Fixture *fixture,
               int      year)
{
  GtkWidget *row = tandem_cpd_group_get_year_row (TANDEM_CPD_GROUP (fixture->cpd), year);

  g_assert_nonnull (row);
  return adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
}

static void
add_cpd (Fixture    *fixture,
         const char *date,
         const char *activity,
         const char *hours)
{
  TandemCpdEditor *editor;
  TandemForm *form;

  click_label (fixture->cpd, "Add CPD…");
  editor = TANDEM_CPD_EDITOR (tandem_ui_wait_window (TANDEM_TYPE_CPD_EDITOR));
  form = tandem_editor_window_get_form (TANDEM_EDITOR_WINDOW (editor), "cpd");
  type_into (form, "done-on", date);
  type_into (form, "activity", activity);
  type_into (form, "hours", hours);
  adw_combo_row_set_selected (ADW_COMBO_ROW (tandem_cpd_editor_get_competency_row (editor)), 2);
  click_label (GTK_WIDGET (editor), "Add");
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_CPD_EDITOR));
}

static void
test_cpd (Fixture       *fixture,
          gconstpointer  data)
{
  TandemCpdEditor *editor;
  TandemForm *form;
  GPtrArray *entries;

  g_assert_cmpuint (tandem_cpd_group_get_entries (TANDEM_CPD_GROUP (fixture->cpd))->len, ==, 0);

  /* 150 hours is more than one entry counts: refused, and what was typed stays. */
  click_label (fixture->cpd, "Add CPD…");
  editor = TANDEM_CPD_EDITOR (tandem_ui_wait_window (TANDEM_TYPE_CPD_EDITOR));
  form = tandem_editor_window_get_form (TANDEM_EDITOR_WINDOW (editor), "cpd");
  type_into (form, "done-on", "3/3/2025");
  type_into (form, "activity", "Motivational interviewing course");
  type_into (form, "hours", "150");
  click_label (GTK_WIDGET (editor), "Add");
  tandem_ui_wait_frames (GTK_WIDGET (editor), 2);
  g_assert_true (tandem_ui_find_window (TANDEM_TYPE_CPD_EDITOR) == GTK_WIDGET (editor));
  g_assert_true (gtk_widget_has_css_class (tandem_form_get_row (form, "hours"), "error"));
  type_into (form, "hours", "7.5");
  adw_combo_row_set_selected (ADW_COMBO_ROW (tandem_cpd_editor_get_competency_row (editor)), 1);
  click_label (GTK_WIDGET (editor), "Add");
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_CPD_EDITOR));
  wait_entries (fixture, 1);

  add_cpd (fixture, "10/9/2025", "Group supervision on setbacks", "1.5");
  wait_entries (fixture, 2);
  add_cpd (fixture, "12/12/2024", "Safeguarding adults level 2", "3");
  wait_entries (fixture, 3);

  /* Each year has its total. */
  g_assert_cmpstr (year_subtitle (fixture, 2025), ==, "9 hours · 2 activities");
  g_assert_cmpstr (year_subtitle (fixture, 2024), ==, "3 hours · 1 activity");
  entries = tandem_cpd_group_get_entries (TANDEM_CPD_GROUP (fixture->cpd));
  g_assert_cmpstr (tandem_cpd_entry_get_activity (g_ptr_array_index (entries, 0)), ==,
                   "Group supervision on setbacks");
  g_assert_cmpint (tandem_cpd_entry_get_competency_id (g_ptr_array_index (entries, 2)), >, 0);

  /* Deleted, the total drops; Undo brings it back. */
  gtk_widget_activate_action (fixture->cpd, "cpd.delete", "x",
                              tandem_record_get_id (g_ptr_array_index (entries, 0)));
  wait_entries (fixture, 2);
  g_assert_cmpstr (year_subtitle (fixture, 2025), ==, "7.5 hours · 1 activity");
  click_label (fixture->overlay, "Undo");
  wait_entries (fixture, 3);
  g_assert_cmpstr (year_subtitle (fixture, 2025), ==, "9 hours · 2 activities");
}

/* Another coach chosen in the app sees none of it. */
static void
test_other_coach (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TandemCpdEntry) entry = tandem_cpd_entry_new ();
  g_autoptr(GError) error = NULL;
  gint64 coach = add_staff (fixture->store, "Tom Baker", TANDEM_ROLE_HEALTH_COACH);

  tandem_cpd_entry_set_staff_id (entry, fixture->worker);
  tandem_cpd_entry_set_done_on (entry, "2025-02-02");
  tandem_cpd_entry_set_activity (entry, "Reading");
  tandem_cpd_entry_set_hours (entry, 2);
  g_assert_true (tandem_store_save_cpd_entry (fixture->store, entry, &error));
  g_assert_no_error (error);
  wait_entries (fixture, 1);

  tandem_store_set_viewer (fixture->store, coach);
  wait_entries (fixture, 0);
  g_assert_null (tandem_cpd_group_get_year_row (TANDEM_CPD_GROUP (fixture->cpd), 2025));
}

/* A framework of the team's own, added from Preferences. */
static void
test_add_framework (Fixture       *fixture,
                    gconstpointer  data)
{
  TandemFrameworkDialog *dialog = tandem_framework_dialog_new (GTK_WINDOW (fixture->window),
                                                               fixture->store);
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  tandem_framework_dialog_set_text (dialog, "", "2", "Listening\nListening\n");
  g_assert_false (tandem_framework_dialog_add (dialog));
  g_assert_nonnull (tandem_framework_dialog_get_message (dialog));

  tandem_framework_dialog_set_text (dialog, "Care coordination", "2",
                                    "Listening\n\n  Planning care  \n");
  g_assert_true (tandem_framework_dialog_add (dialog));

  frameworks = tandem_store_list_competency_frameworks (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (frameworks->len, ==, 2);
  g_assert_cmpuint (tandem_competency_framework_get_n_competencies (g_ptr_array_index (frameworks, 1)),
                    ==, 2);
  g_assert_cmpstr (tandem_competency_framework_get_competency (g_ptr_array_index (frameworks, 1), 1)->name,
                   ==, "Planning care");
}

static gboolean
file_written (gpointer data)
{
  return *(gboolean *) data;
}

static void
export_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_portfolio_export_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* The portfolio is named for the worker and the day, and written off the main thread. */
static void
test_portfolio_export (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *name = tandem_portfolio_dup_file_name (fixture->session, fixture->worker);
  g_autofree char *today = tandem_date_today_iso ();
  g_autofree char *expected = g_strdup_printf ("Portfolio – Amara Okafor – %s.pdf", today);
  g_autofree char *path = tandem_test_dir_file (fixture->dir, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean done = FALSE;

  g_assert_cmpstr (name, ==, expected);
  tandem_portfolio_export_async (fixture->session, fixture->worker, file, NULL,
                                 export_written_cb, &done);
  g_assert_true (tandem_ui_wait_until (file_written, &done, 10000));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/competence/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("reviews", test_reviews);
  ADD ("cpd", test_cpd);
  ADD ("other-coach", test_other_coach);
  ADD ("add-framework", test_add_framework);
  ADD ("portfolio-export", test_portfolio_export);

#undef ADD

  return g_test_run ();
}
