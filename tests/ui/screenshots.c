/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "tandem-caseload-view.h"
#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-person-editor.h"
#include "tandem-plan-agree-dialog.h"
#include "tandem-plan-compare-dialog.h"
#include "tandem-plan-need-row.h"
#include "tandem-plan-page.h"
#include "tandem-plan-section.h"
#include "tandem-preferences-window.h"
#include "tandem-ui-util.h"

/* make screenshots: the main views of Tandem rendered to PNG files, from a fresh example
 * caseload, for looking at and for the metainfo. Usage: screenshots OUTPUT-DIR [--dark] */

/* The first person in the list, so the screenshot shows a record next to the list. */
static gint64
first_person_shown (TandemWindow *window)
{
  TandemCaseload *caseload = tandem_session_get_caseload (tandem_window_get_session (window));
  g_autoptr(TandemCaseloadItem) item = g_list_model_get_item (G_LIST_MODEL (caseload), 0);

  return item ? tandem_caseload_item_get_person_id (item) : 0;
}

static void
save (GtkWidget  *widget,
      const char *folder,
      const char *suffix,
      const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s%s.png", name, suffix);
  g_autofree char *path = g_build_filename (folder, file, NULL);
  g_autoptr(GError) error = NULL;

  tandem_ui_wait_frames (widget, 3);
  if (!tandem_ui_save_png (widget, path, &error))
    g_error ("%s", error->message);
  g_print ("%s\n", path);
}

static gint64
add_person (TandemStore *store,
            const char  *given,
            const char  *family,
            const char  *language)
{
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autoptr(GError) error = NULL;

  tandem_person_set_given_name (person, given);
  tandem_person_set_family_name (person, family);
  tandem_person_set_language (person, language);
  if (!tandem_store_save_person (store, person, &error))
    g_error ("%s", error->message);

  return tandem_record_get_id (person);
}

/* A plan in Urdu, as the person said it, with an emoji or two: the page must show it right
 * to left and whole. */
static void
add_urdu_plan (TandemStore *store,
               gint64       person_id)
{
  g_autoptr(TandemPlanVersion) version = tandem_ui_add_example_plan (store, person_id, 1, 1, 1);
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlanNeed *need;
  TandemPlanGoal *goal;
  g_autoptr(TandemPlanAction) action = NULL;

  tandem_plan_version_set_about_important (version,
                                           "میرے پوتے پوتیاں اور میرا باغ میرے لیے سب سے اہم "
                                           "ہیں۔ 🌷");
  tandem_plan_version_set_about_people (version, "میری بیٹی سارہ، اور پڑوسن جوان۔");
  tandem_plan_version_set_about_communication (version,
                                               "آہستہ بولیں اور میری طرف دیکھ کر بات کریں۔ "
                                               "Letters in Urdu, please.");
  tandem_plan_version_set_strengths (version, "صبر، ہاتھ کا ہنر، اور مزاح 😊");
  if (!tandem_store_save_plan_version (store, version, &error))
    g_error ("%s", error->message);

  plan = tandem_store_load_plan (store, tandem_record_get_id (version), &error);
  need = g_list_model_get_item (tandem_plan_get_needs (plan), 0);
  g_object_unref (need);
  tandem_plan_need_set_words (need, "شوہر کی وفات کے بعد سے میں اکیلی محسوس کرتی ہوں۔");
  tandem_store_save_plan_item (store, need, &error);
  goal = g_list_model_get_item (tandem_plan_get_goals (plan, need), 0);
  g_object_unref (goal);
  tandem_plan_goal_set_words (goal, "ہفتے میں ایک بار باغبانی کرنے والوں سے ملنا");
  tandem_store_save_plan_item (store, goal, &error);
  action = g_list_model_get_item (tandem_plan_get_actions (plan, goal), 0);
  tandem_plan_action_set_what (action, "منگل کی صبح سام کے ساتھ کمیونٹی باغ جانا");
  tandem_plan_action_set_who (action, "میں اور سام");
  tandem_store_save_plan_item (store, action, &error);
  g_assert_no_error (error);
}

static void
agree_plan (TandemStore       *store,
            TandemPlanVersion *version,
            gint64             staff_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *review = NULL;
  g_autofree char *agreed = NULL;
  GDate today, later;

  tandem_date_set_today (&today);
  later = today;
  g_date_add_days (&later, 84);
  review = tandem_date_to_iso (&later);
  agreed = tandem_date_to_iso (&today);
  tandem_plan_version_set_agreed_on (version, agreed);
  tandem_plan_version_set_agreed_how (version, "Face to face");
  tandem_plan_version_set_agreed_by_staff_id (version, staff_id);
  tandem_plan_version_set_review_on (version, review);
  if (!tandem_store_agree_plan (store, version, &today, &error))
    g_error ("%s", error->message);
}

/* Changes a review makes, so that comparing versions has something to show. */
static void
change_review (TandemStore *store,
               gint64       person_id)
{
  g_autoptr(GPtrArray) versions = tandem_store_list_plan_versions (store, person_id, NULL);
  g_autoptr(TandemPlan) plan = tandem_store_load_plan (store,
                                                       tandem_record_get_id (g_ptr_array_index (versions, 0)),
                                                       NULL);
  g_autoptr(TandemPlanNeed) need = g_list_model_get_item (tandem_plan_get_needs (plan), 0);
  g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (tandem_plan_get_goals (plan, need), 0);
  g_autoptr(TandemPlanAction) action = g_list_model_get_item (tandem_plan_get_actions (plan, goal), 0);
  TandemPlanVersion *version = tandem_plan_get_version (plan);

  tandem_plan_version_set_about_important (version,
                                           "My garden, my grandchildren, my new friends at the "
                                           "garden, and staying in my own home.");
  tandem_store_save_plan_version (store, version, NULL);
  tandem_plan_goal_set_status (goal, TANDEM_GOAL_ACHIEVED);
  tandem_plan_goal_set_outcome (goal, "Goes every Tuesday and has made two friends.");
  tandem_store_save_plan_item (store, goal, NULL);
  tandem_store_delete_plan_item (store, action, NULL);
}

static gboolean
plan_built (gpointer page)
{
  gboolean building = TRUE;

  g_object_get (page, "building", &building, NULL);
  return !building;
}

/* Scrolls the plan so that the first widget of @type is near the top. */
static void
scroll_to (GtkWidget *page,
           GType      type)
{
  GtkWidget *scroller;
  GtkWidget *target;
  GtkAdjustment *adjustment;
  graphene_point_t point;

  tandem_ui_wait_until (plan_built, page, 10000);
  tandem_ui_wait_frames (page, 2);
  target = tandem_ui_find_by_type (page, type);
  scroller = gtk_widget_get_ancestor (target, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  if (gtk_widget_compute_point (target, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, point.y - 60);
}

static void
plan_screenshots (TandemStore *store,
                  const char  *folder,
                  const char  *suffix)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(TandemSession) session = tandem_session_new (store, settings);
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(TandemPlanVersion) review = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  TandemStaff *staff = g_list_model_get_item (tandem_team_get_staff (tandem_session_get_team (session)), 0);
  gint64 staff_id = tandem_record_get_id (staff);
  gint64 ada = add_person (store, "Arthur", "Pemberton", "en");
  gint64 amina = add_person (store, "Amina", "Begum", "ur");
  gint64 nobody = add_person (store, "Grace", "Okafor", "en");
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *dialog;

  g_object_unref (staff);
  tandem_session_set_current_staff_id (session, staff_id);
  version = tandem_ui_add_example_plan (store, ada, 2, 2, 2);
  add_urdu_plan (store, amina);

  window = tandem_ui_new_plan_window (session, &page);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));

  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), ada);
  save (window, folder, suffix, "plan-draft");
  scroll_to (page, TANDEM_TYPE_PLAN_NEED_ROW);
  save (window, folder, suffix, "plan-needs");

  dialog = GTK_WIDGET (tandem_plan_agree_dialog_new (GTK_WINDOW (window), session,
                                                     tandem_plan_get_version (tandem_plan_page_get_plan (TANDEM_PLAN_PAGE (page)))));
  gtk_window_present (GTK_WINDOW (dialog));
  save (dialog, folder, suffix, "plan-agree");
  gtk_window_destroy (GTK_WINDOW (dialog));

  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), amina);
  save (window, folder, suffix, "plan-urdu");
  scroll_to (page, TANDEM_TYPE_PLAN_NEED_ROW);
  save (window, folder, suffix, "plan-urdu-needs");

  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), nobody);
  save (window, folder, suffix, "plan-empty");

  agree_plan (store, version, staff_id);
  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), ada);
  save (window, folder, suffix, "plan-agreed");
  scroll_to (page, TANDEM_TYPE_PLAN_NEED_ROW);
  save (window, folder, suffix, "plan-agreed-needs");

  review = tandem_store_start_plan_review (store, ada, staff_id, NULL);
  change_review (store, ada);
  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), ada);
  versions = tandem_store_list_plan_versions (store, ada, NULL);
  dialog = GTK_WIDGET (tandem_plan_compare_dialog_new (GTK_WINDOW (window), store, versions,
                                                       tandem_record_get_id (review)));
  gtk_window_present (GTK_WINDOW (dialog));
  save (dialog, folder, suffix, "plan-compare");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Narrow: the page alone, as in a folded window. */
  g_object_set (page, "folded", TRUE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 820);
  tandem_ui_wait_frames (window, 3);
  save (window, folder, suffix, "plan-narrow");
  scroll_to (page, TANDEM_TYPE_PLAN_NEED_ROW);
  save (window, folder, suffix, "plan-narrow-needs");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *folder = NULL;
  g_autofree char *db_path = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  TandemWindow *window;
  GtkWidget *view;
  GtkWidget *editor;
  GtkWidget *preferences;
  GDate today;
  gboolean dark = argc > 2 && g_str_equal (argv[2], "--dark");
  const char *suffix = dark ? "-dark" : "";

  if (argc < 2)
    {
      g_printerr ("Usage: %s OUTPUT-DIR [--dark]\n", argv[0]);
      return 2;
    }

  setlocale (LC_ALL, "");
  gtk_init ();
  tandem_ui_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);

  folder = g_canonicalize_filename (argv[1], NULL);
  g_mkdir_with_parents (folder, 0755);
  db_path = g_build_filename (g_get_tmp_dir (), "tandem-screenshots.db", NULL);
  g_remove (db_path);

  store = tandem_store_open (db_path, NULL, &error);
  g_assert_no_error (error);
  tandem_date_set_today (&today);
  tandem_example_data_generate (store, 300, 7, &today, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "caseload-scope", "everyone");

  window = tandem_ui_open_window (store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 10000);

  view = tandem_window_get_caseload_view (window);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), first_person_shown (window));
  save (GTK_WIDGET (window), folder, suffix, "caseload");

  gtk_widget_activate_action (view, "caseload.new-person", NULL);
  editor = tandem_ui_wait_window (TANDEM_TYPE_PERSON_EDITOR);
  save (editor, folder, suffix, "new-person");
  gtk_window_destroy (GTK_WINDOW (editor));

  preferences = GTK_WIDGET (tandem_preferences_window_new (GTK_WINDOW (window),
                                                           tandem_window_get_session (window)));
  gtk_window_present (GTK_WINDOW (preferences));
  save (preferences, folder, suffix, "preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* A narrow window folds the list and the person into one column. */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 760);
  tandem_ui_wait_frames (GTK_WIDGET (window), 3);
  save (GTK_WIDGET (window), folder, suffix, "narrow");

  gtk_window_destroy (GTK_WINDOW (window));
  plan_screenshots (store, folder, suffix);
  g_clear_object (&store);
  g_remove (db_path);

  /* The first run, on a new database. */
  store = tandem_store_open (db_path, NULL, &error);
  g_assert_no_error (error);
  window = tandem_ui_open_window (store);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));
  save (GTK_WIDGET (window), folder, suffix, "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_remove (db_path);

  return 0;
}
