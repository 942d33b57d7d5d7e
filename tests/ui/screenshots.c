/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "tandem-audit-window.h"
#include "tandem-asset-chooser.h"
#include "tandem-asset-editor.h"
#include "tandem-asset-map.h"
#include "tandem-batch-dialog.h"
#include "tandem-caseload-view.h"
#include "tandem-competence-group.h"
#include "tandem-cpd-group.h"
#include "tandem-coverage-view.h"
#include "tandem-date.h"
#include "tandem-directory-view.h"
#include "tandem-example-data.h"
#include "tandem-huddle-dialog.h"
#include "tandem-huddle-mode.h"
#include "tandem-huddles-view.h"
#include "tandem-import-dialog.h"
#include "tandem-lock-monitor.h"
#include "tandem-measure-editor.h"
#include "tandem-measures-group.h"
#include "tandem-person-editor.h"
#include "tandem-person-page.h"
#include "tandem-plan-agree-dialog.h"
#include "tandem-plan-compare-dialog.h"
#include "tandem-plan-need-row.h"
#include "tandem-plan-page.h"
#include "tandem-plan-preview.h"
#include "tandem-plan-section.h"
#include "tandem-plans-view.h"
#include "tandem-preferences-window.h"
#include "tandem-retention-dialog.h"
#include "tandem-rights-actions.h"
#include "tandem-review-editor.h"
#include "tandem-signpost-dialog.h"
#include "tandem-supervision-editor.h"
#include "tandem-supervision-view.h"
#include "tandem-test-util.h"
#include "tandem-tile-server.h"
#include "tandem-ui-util.h"
#include "tandem-unlock-window.h"

/* make screenshots: the main views of Tandem rendered to PNG files, from a fresh example
 * caseload, for looking at and for the metainfo. Usage: screenshots OUTPUT-DIR [--dark|--rtl]
 * (--rtl lays everything out right to left, as for Arabic or Urdu). */

/* The first person in the list, so the screenshot shows a record next to the list. */
static gint64
first_person_shown (TandemWindow *window)
{
  TandemCaseload *caseload = tandem_session_get_caseload (tandem_window_get_session (window));
  g_autoptr(TandemCaseloadItem) item = g_list_model_get_item (G_LIST_MODEL (caseload), 0);

  return item ? tandem_caseload_item_get_person_id (item) : 0;
}

/* Someone in the list signposted to more than one asset, one of them due a follow-up if
 * anyone is, so the Community Support group shows what it can. */
static gint64
person_with_signposts (TandemWindow *window,
                       TandemStore  *store)
{
  TandemCaseload *caseload = tandem_session_get_caseload (tandem_window_get_session (window));
  GDate today;
  gint64 fallback = 0;

  tandem_date_set_today (&today);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (caseload)); i++)
    {
      gint64 person_id = tandem_caseload_get_person_id (caseload, i);
      g_autoptr(GPtrArray) signposts = tandem_store_list_signposts (store, person_id, NULL);

      if (signposts == NULL || signposts->len < 2)
        continue;
      if (fallback == 0)
        fallback = person_id;
      for (guint j = 0; j < signposts->len; j++)
        if (tandem_signpost_is_follow_up_due (g_ptr_array_index (signposts, j), &today))
          return person_id;
    }

  return fallback;
}

static GtkWidget *
open_signpost_dialog (GtkWidget  *view,
                      const char *search)
{
  GtkWidget *page = tandem_ui_find_by_type (view, TANDEM_TYPE_PERSON_PAGE);
  GtkWidget *dialog;
  TandemAssetChooser *chooser;

  gtk_widget_activate_action (page, "person.signpost", NULL);
  dialog = tandem_ui_wait_window (TANDEM_TYPE_SIGNPOST_DIALOG);
  chooser = TANDEM_ASSET_CHOOSER (tandem_signpost_dialog_get_chooser (TANDEM_SIGNPOST_DIALOG
                                                                      (dialog)));
  tandem_asset_chooser_set_search_text (chooser, search);
  if (tandem_asset_chooser_get_n_results (chooser) > 0)
    tandem_asset_chooser_choose_result (chooser, 0);
  tandem_ui_wait_frames (dialog, 3);
  return dialog;
}

/* Results of several measures, so the person's page shows each kind of chart. */
static void
add_measures (TandemStore *store,
              gint64       person_id)
{
  static const struct {
    TandemMeasureKind  kind;
    TandemMeasureStage stage;
    guint              days_ago;
    const char        *answers;
  } results[] = {
    { TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_BASELINE, 130, "2,3,2,3,2,3,2" },
    { TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_FOLLOW_UP, 70, "3,3,2,3,3,3,3" },
    { TANDEM_MEASURE_SWEMWBS, TANDEM_STAGE_FOLLOW_UP, 12, "4,3,3,4,3,3,4" },
    { TANDEM_MEASURE_ONS4, TANDEM_STAGE_BASELINE, 130, "4,5,3,8" },
    { TANDEM_MEASURE_ONS4, TANDEM_STAGE_FOLLOW_UP, 12, "6,7,6,5" },
    { TANDEM_MEASURE_WELLBEING_STAR, TANDEM_STAGE_BASELINE, 125, "4,3,5,4,2,3,6,5" },
    { TANDEM_MEASURE_WELLBEING_STAR, TANDEM_STAGE_FOLLOW_UP, 40, "5,5,6,5,3,4,6,7" },
    { TANDEM_MEASURE_PAM, TANDEM_STAGE_BASELINE, 20, "52.3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autoptr(TandemMeasureResult) result = tandem_measure_result_new ();
      g_autofree char *day = tandem_test_days_ago (results[i].days_ago);
      g_autoptr(GError) error = NULL;

      tandem_measure_result_set_person_id (result, person_id);
      tandem_measure_result_set_kind (result, results[i].kind);
      tandem_measure_result_set_stage (result, results[i].stage);
      tandem_measure_result_set_taken_on (result, day);
      tandem_measure_result_set_answers (result, results[i].answers);
      if (!tandem_store_save_measure_result (store, result, &error))
        g_error ("%s", error->message);
    }
}

/* Opens the rows of the measures to their charts, and scrolls the page to them. */
static GtkWidget *
show_measures (GtkWidget *view)
{
  GtkWidget *group = tandem_ui_find_by_type (view, TANDEM_TYPE_MEASURES_GROUP);
  GtkWidget *scroller = gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  double x, y;

  for (GtkWidget *row = tandem_ui_find_by_type (group, ADW_TYPE_EXPANDER_ROW);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }

  tandem_ui_wait_frames (group, 3);
  if (gtk_widget_translate_coordinates (group, content, 0, 0, &x, &y))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                              y - 12);
  return group;
}

/* The Add Result dialog with @kind chosen; @answers are clicked or typed, one per item,
 * "" for none. */
static GtkWidget *
open_measure_editor (GtkWidget           *group,
                     TandemMeasureKind    kind,
                     const char * const  *answers)
{
  TandemMeasureEditor *editor;
  TandemForm *form;
  TandemMeasureAnswers *sheet;

  gtk_widget_activate_action (group, "measures.add", NULL);
  editor = TANDEM_MEASURE_EDITOR (tandem_ui_wait_window (TANDEM_TYPE_MEASURE_EDITOR));
  gtk_window_set_default_size (GTK_WINDOW (editor), 620, 900);
  form = tandem_editor_window_get_form (TANDEM_EDITOR_WINDOW (editor), "measure");
  adw_combo_row_set_selected (ADW_COMBO_ROW (tandem_form_get_row (form, "kind")), kind);
  sheet = tandem_measure_editor_get_answers (editor);

  for (guint i = 0; answers[i] != NULL; i++)
    {
      GtkWidget *row = tandem_measure_answers_get_item_row (sheet, i);

      if (answers[i][0] == '\0')
        continue;
      if (ADW_IS_ENTRY_ROW (row))
        gtk_editable_set_text (GTK_EDITABLE (row), answers[i]);
      else
        gtk_widget_activate (tandem_ui_find_button (row, answers[i]));
    }

  /* The buttons' colours change with a transition. */
  tandem_ui_iterate (400);
  return GTK_WIDGET (editor);
}

/* With its write-ahead log: one left from a run that stopped early spoils the next. */
static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
}

static void
scroll_to_end (GtkWidget *window)
{
  GtkWidget *scroller = tandem_ui_find_by_type (window, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
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

static gboolean
audit_shown (gpointer data)
{
  return tandem_audit_window_get_n_shown (data) > 0;
}

/* The audit trail as the example team's administrator reads it. */
static void
audit_screenshot (TandemWindow *window,
                  const char   *folder,
                  const char   *suffix)
{
  TandemSession *session = tandem_window_get_session (window);
  TandemStore *store = tandem_session_get_store (session);
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (session));
  gint64 signed_in = tandem_record_get_id (tandem_session_get_current_staff (session));
  TandemAuditWindow *audit;

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (tandem_store_is_administrator (store, tandem_record_get_id (member)))
        {
          tandem_ui_sign_in (session, tandem_record_get_id (member));
          break;
        }
    }

  audit = tandem_audit_window_new (GTK_WINDOW (window), session, 0);
  gtk_window_present (GTK_WINDOW (audit));
  tandem_ui_wait_until (audit_shown, audit, 5000);
  save (GTK_WIDGET (audit), folder, suffix, "audit");
  gtk_window_destroy (GTK_WINDOW (audit));
  tandem_ui_sign_in (session, signed_in);
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

/* Scrolls the plan so that @target is near the top. */
static void
scroll_to_widget (GtkWidget *target)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (target, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  if (gtk_widget_compute_point (target, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, point.y - 60);
}

/* Scrolls the plan so that the first widget of @type is near the top. */
static void
scroll_to (GtkWidget *page,
           GType      type)
{
  tandem_ui_wait_until (plan_built, page, 10000);
  tandem_ui_wait_frames (page, 2);
  scroll_to_widget (tandem_ui_find_by_type (page, type));
}

/* Folds the plan's sections before the one called @name, so that it shows at the top. */
static void
fold_sections_before (GtkWidget  *page,
                      const char *name,
                      gboolean    folded)
{
  GtkWidget *section = tandem_ui_find_by_type (page, TANDEM_TYPE_PLAN_SECTION);

  tandem_ui_wait_until (plan_built, page, 10000);
  for (; section != NULL; section = gtk_widget_get_next_sibling (section))
    {
      if (g_str_equal (tandem_plan_section_get_name (TANDEM_PLAN_SECTION (section)), name))
        break;
      tandem_plan_section_set_expanded (TANDEM_PLAN_SECTION (section), !folded);
    }
  tandem_ui_wait_frames (page, 2);
  scroll_to_widget (section);
}

static gboolean
preview_ready (gpointer preview)
{
  TandemPreviewModel *model = tandem_plan_preview_get_model (preview);

  return !tandem_plan_preview_get_busy (preview) &&
         (tandem_preview_model_get_texture (model) != NULL ||
          tandem_preview_model_get_error (model) != NULL);
}

/* Print Plan on @page, and the preview it opens, on its first page. */
/* Before the database opens: choosing a passphrase, typing one, encrypting. */
static void
unlock_screenshots (const char *folder,
                    const char *suffix)
{
  g_autoptr(GError) wrong = g_error_new_literal (TANDEM_STORE_ERROR,
                                                 TANDEM_STORE_ERROR_WRONG_KEY,
                                                 "That passphrase does not open this "
                                                 "database. Check Caps Lock and try again.");
  TandemUnlockWindow *window = g_object_new (TANDEM_TYPE_UNLOCK_WINDOW, NULL);
  GtkWidget *rows[2];

  gtk_window_present (GTK_WINDOW (window));
  tandem_unlock_window_ask_passphrase (window, TANDEM_UNLOCK_CHOOSE, NULL, FALSE);
  rows[0] = tandem_ui_find_password_row (GTK_WIDGET (window), 0);
  rows[1] = tandem_ui_find_password_row (GTK_WIDGET (window), 1);
  gtk_editable_set_text (GTK_EDITABLE (rows[0]), "plum vortex ledger");
  gtk_editable_set_text (GTK_EDITABLE (rows[1]), "plum vortex ledger");
  save (GTK_WIDGET (window), folder, suffix, "unlock-choose");

  tandem_unlock_window_ask_passphrase (window, TANDEM_UNLOCK_ENTER, wrong, TRUE);
  save (GTK_WIDGET (window), folder, suffix, "unlock-enter");

  tandem_unlock_window_show_progress (window, "Encrypting the Records",
                                      "This happens once. The records stay as they are until "
                                      "the encrypted copy has been checked.", 0.42);
  save (GTK_WIDGET (window), folder, suffix, "unlock-encrypting");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
save_preview (GtkWidget  *page,
              const char *folder,
              const char *suffix,
              const char *name)
{
  GtkWidget *preview;

  gtk_widget_activate_action (page, "plan.print", NULL);
  preview = tandem_ui_wait_window (TANDEM_TYPE_PLAN_PREVIEW);
  gtk_window_set_default_size (GTK_WINDOW (preview), 1100, 900);
  tandem_ui_wait_frames (preview, 2);
  tandem_ui_wait_until (preview_ready, preview, 30000);
  save (preview, folder, suffix, name);
  gtk_window_destroy (GTK_WINDOW (preview));
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
  tandem_ui_sign_in (session, staff_id);
  version = tandem_ui_add_example_plan (store, ada, 2, 2, 2);
  add_urdu_plan (store, amina);

  window = tandem_ui_new_plan_window (session, &page);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));

  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), ada);
  save (window, folder, suffix, "plan-draft");
  scroll_to (page, TANDEM_TYPE_PLAN_NEED_ROW);
  save (window, folder, suffix, "plan-needs");
  fold_sections_before (page, "support", TRUE);
  save (window, folder, suffix, "plan-support");
  fold_sections_before (page, "support", FALSE);
  {
    GtkWidget *row = tandem_ui_find_by_type (page, TANDEM_TYPE_PLAN_NEED_ROW);
    GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    save (window, folder, suffix, "plan-agreement");
  }

  dialog = GTK_WIDGET (tandem_plan_agree_dialog_new (GTK_WINDOW (window), session,
                                                     tandem_plan_get_version (tandem_plan_page_get_plan (TANDEM_PLAN_PAGE (page)))));
  gtk_window_present (GTK_WINDOW (dialog));
  save (dialog, folder, suffix, "plan-agree");
  gtk_window_destroy (GTK_WINDOW (dialog));

  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), amina);
  save (window, folder, suffix, "plan-urdu");
  scroll_to (page, TANDEM_TYPE_PLAN_NEED_ROW);
  save (window, folder, suffix, "plan-urdu-needs");
  save_preview (page, folder, suffix, "print-preview-urdu");

  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), nobody);
  save (window, folder, suffix, "plan-empty");

  agree_plan (store, version, staff_id);
  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (page), ada);
  save (window, folder, suffix, "plan-agreed");
  save_preview (page, folder, suffix, "print-preview");
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

/* Places the example practices around Leeds and scatters assets around them, none for
 * carers near the first practice, so the map has markers and the coverage view a gap. */
static void
add_map_directory (TandemStore *store)
{
  static const char *keys[] = {
    "loneliness", "mental-wellbeing", "physical-activity", "healthy-eating", "money", "housing",
    "employment", "carers", "arts", "green", "learning", "bereavement", "older-people",
  };
  g_autoptr(GListModel) practices = tandem_store_list_practices (store, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GError) error = NULL;
  guint n_practices = g_list_model_get_n_items (practices);

  for (guint i = 0; i < n_practices; i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);

      tandem_practice_set_has_coordinates (practice, TRUE);
      tandem_practice_set_latitude (practice, 53.80 + 0.035 * (i % 2) - 0.02 * (i / 2));
      tandem_practice_set_longitude (practice, -1.56 + 0.06 * i);
      g_assert_true (tandem_store_save_practice (store, practice, &error));
    }

  for (guint i = 0; i < 90; i++)
    {
      g_autoptr(TandemPractice) near = g_list_model_get_item (practices, i % n_practices);
      g_autoptr(TandemAsset) asset = tandem_asset_new ();
      const char *key = keys[g_rand_int_range (rand, 0, G_N_ELEMENTS (keys))];
      g_autofree char *name = g_strdup_printf ("Group %u", i + 1);

      if (i % n_practices == 0 && g_str_equal (key, "carers"))
        key = "arts";
      tandem_asset_set_name (asset, name);
      tandem_asset_set_categories (asset, key);
      tandem_asset_set_has_coordinates (asset, TRUE);
      tandem_asset_set_latitude (asset, tandem_practice_get_latitude (near) +
                                        g_rand_double_range (rand, -0.018, 0.018));
      tandem_asset_set_longitude (asset, tandem_practice_get_longitude (near) +
                                         g_rand_double_range (rand, -0.03, 0.03));
      g_assert_true (tandem_store_save_asset (store, asset, &error));
    }
}

static gboolean
coverage_loaded (gpointer view)
{
  return tandem_coverage_view_get_coverage (view) != NULL &&
         !tandem_coverage_view_is_loading (view);
}

/* The directory's map, with tiles from a server on this machine, and the coverage view. */
static void
map_screenshots (TandemStore *store,
                 const char  *folder,
                 const char  *suffix)
{
  g_autoptr(TandemTileServer) server = tandem_tile_server_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *url = tandem_tile_server_dup_url (server);
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GListStore) model = g_list_store_new (TANDEM_TYPE_ASSET);
  GtkWidget *window;
  GtkWidget *map;
  GtkWidget *coverage;

  add_map_directory (store);
  assets = tandem_store_list_assets (store, NULL);
  categories = tandem_store_list_asset_categories (store, NULL);
  practices = tandem_store_list_practices (store, NULL);
  g_list_store_splice (model, 0, 0, assets->pdata, assets->len);

  g_settings_set_string (settings, "map-tile-url", url);
  g_settings_set_string (settings, "map-tile-attribution", "Test tiles from 127.0.0.1");
  map = tandem_asset_map_new ();
  tandem_asset_map_set_categories (TANDEM_ASSET_MAP (map), categories);
  tandem_asset_map_set_practices (TANDEM_ASSET_MAP (map), practices);
  tandem_asset_map_set_assets (TANDEM_ASSET_MAP (map), G_LIST_MODEL (model));
  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  adw_window_set_content (ADW_WINDOW (window), map);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_iterate (1500);
  save (window, folder, suffix, "directory-map");

  g_settings_set_string (settings, "map-tile-url", "http://127.0.0.1:1/{z}/{x}/{y}.png");
  tandem_ui_iterate (1500);
  save (window, folder, suffix, "directory-map-no-tiles");
  g_settings_reset (settings, "map-tile-url");
  g_settings_reset (settings, "map-tile-attribution");

  coverage = tandem_coverage_view_new ();
  adw_window_set_content (ADW_WINDOW (window), coverage);
  tandem_coverage_view_set_store (TANDEM_COVERAGE_VIEW (coverage), store);
  tandem_ui_wait_until (coverage_loaded, coverage, 10000);
  save (window, folder, suffix, "directory-coverage");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
plans_loaded (gpointer window)
{
  TandemSession *session = tandem_window_get_session (window);

  return !tandem_caseload_get_loading (tandem_session_get_plans (session));
}

/* A small directory: checked and unchecked, free and paid, one that needs checking. */
static gint64
add_directory (TandemStore *store)
{
  static const struct {
    const char *name, *organisation, *categories, *schedule, *postcode;
    TandemAssetCost cost;
    TandemSuitability suitability;
    gboolean stale;
  } assets[] = {
    { "Riverside Walking Group", "Friends of Riverside Park", "physical-activity,green,loneliness",
      "tue 10:00-11:30 meet at the park gates\nsat 09:30-11:00", "BS3 1AB", TANDEM_COST_FREE,
      TANDEM_SUITABILITY_GREEN, FALSE },
    { "Carers’ Coffee Morning", "Southside Carers Centre", "carers,loneliness",
      "thu 10:00-12:00", "BS3 4CD", TANDEM_COST_FREE, TANDEM_SUITABILITY_AMBER, TRUE },
    { "Community Choir", "Bedminster Arts", "arts,mental-wellbeing", "wed 19:00-21:00",
      "BS3 2EF", TANDEM_COST_PAID, TANDEM_SUITABILITY_GREEN, FALSE },
    { "Debt and Benefits Advice", "Citizens Advice", "money,housing", "mon 09:00-17:00\nfri 09:00-13:00",
      "BS1 6GH", TANDEM_COST_FREE, TANDEM_SUITABILITY_GREEN, FALSE },
    { "Men’s Shed", "Knowle Men’s Shed", "loneliness,older-people,learning", "tue 13:00-16:00",
      "BS4 2JK", TANDEM_COST_DONATION, TANDEM_SUITABILITY_UNCHECKED, TRUE },
    { "Unvetted Befriending Line", "", "loneliness", "", "", TANDEM_COST_UNKNOWN,
      TANDEM_SUITABILITY_RED, FALSE },
  };
  g_autofree char *today = tandem_date_today_iso ();
  gint64 first = 0;

  for (guint i = 0; i < G_N_ELEMENTS (assets); i++)
    {
      g_autoptr(TandemAsset) asset = tandem_asset_new ();
      g_autoptr(GError) error = NULL;

      tandem_asset_set_name (asset, assets[i].name);
      tandem_asset_set_organisation (asset, assets[i].organisation);
      tandem_asset_set_categories (asset, assets[i].categories);
      tandem_asset_set_schedule (asset, assets[i].schedule);
      tandem_asset_set_postcode (asset, assets[i].postcode);
      tandem_asset_set_cost (asset, assets[i].cost);
      tandem_asset_set_suitability (asset, assets[i].suitability);
      tandem_asset_set_verified_on (asset, assets[i].stale ? "2023-03-01" : today);
      tandem_asset_set_active (asset, TRUE);
      tandem_asset_set_description (asset, "A friendly group that meets every week; newcomers "
                                           "are welcome and nobody needs to book.");
      tandem_asset_set_eligibility (asset, "Adults living in South Bristol");
      tandem_asset_set_access_routes (asset, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_DROP_IN);
      tandem_asset_set_accessibility (asset, TANDEM_ACCESSIBLE_WHEELCHAIR | TANDEM_ACCESSIBLE_TOILET);
      tandem_asset_set_languages (asset, "English, Polish");
      tandem_asset_set_phone (asset, "0117 496 0000");
      tandem_asset_set_email (asset, "hello@example.org");
      tandem_asset_set_checked_by (asset, "Robin Ash");
      tandem_asset_set_checked_on (asset, "2024-11-04");
      tandem_asset_set_safeguarding_policy_seen (asset, assets[i].suitability == TANDEM_SUITABILITY_GREEN);
      tandem_asset_set_insurance (asset, TRUE);
      tandem_store_save_asset (store, asset, &error);
      g_assert_no_error (error);
      if (assets[i].stale && first == 0)
        first = tandem_record_get_id (asset);
    }

  return first;
}

static gboolean
directory_loaded (gpointer view)
{
  return !tandem_directory_view_get_loading (view);
}

static void
directory_screenshots (TandemWindow *window,
                       TandemStore  *store,
                       const char   *folder,
                       const char   *suffix)
{
  gint64 shown = add_directory (store);
  GtkWidget *view = tandem_window_get_directory_view (window);
  GtkWidget *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-directory", NULL);
  tandem_ui_wait_until (directory_loaded, view, 10000);
  tandem_directory_view_show_asset (TANDEM_DIRECTORY_VIEW (view), shown);
  save (GTK_WIDGET (window), folder, suffix, "directory");

  tandem_directory_view_set_filter (TANDEM_DIRECTORY_VIEW (view), "cost", "Free");
  tandem_directory_view_set_filter (TANDEM_DIRECTORY_VIEW (view), "when", "Open on Tuesday");
  save (GTK_WIDGET (window), folder, suffix, "directory-filtered");
  gtk_widget_activate_action (view, "directory.clear-filters", NULL);

  gtk_widget_activate_action (view, "directory.new-asset", NULL);
  editor = tandem_ui_wait_window (TANDEM_TYPE_ASSET_EDITOR);
  save (editor, folder, suffix, "new-asset");
  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-caseload", NULL);
}

/* A council's feed as it often comes: most services fine, some not. */
static const char council_feed[] =
  "{\"total_items\": 6, \"contents\": ["
  " {\"id\": \"bcc-1041\", \"name\": \"Tuesday Health Walk\","
  "  \"organization\": {\"name\": \"Walking for Health\"}},"
  " {\"id\": \"bcc-1042\", \"name\": \"Carers’ Café\","
  "  \"organization\": {\"name\": \"Carers Trust\"},"
  "  \"service_at_locations\": [{\"location\": {\"latitude\": 0, \"longitude\": 0}}]},"
  " {\"id\": \"bcc-1043\", \"name\": \"Men’s Shed\","
  "  \"organization\": {\"name\": \"St Anne’s Community Trust\"}},"
  " {\"id\": \"def5ccd4-f121-df4d-60d2-4dc0d69ff555\", \"name\": \" \","
  "  \"organization\": {\"name\": \"Bristol City Council\"}},"
  " {\"id\": \"bcc-1077\", \"name\": \"Knit and Natter\"},"
  " {\"name\": \"Chair Yoga\", \"organization\": {\"name\": \"Active Ageing\"}}"
  "]}";

static gboolean
import_stopped (gpointer dialog)
{
  return !tandem_import_dialog_get_running (dialog);
}

/* Import Directory…: the report of a council's feed, then a file that is not a directory. */
static void
import_screenshots (TandemWindow *window,
                    TandemStore  *store,
                    const char   *folder,
                    const char   *suffix)
{
  g_autofree char *feed = g_build_filename (g_get_tmp_dir (), "council-services.json", NULL);
  g_autofree char *broken = g_build_filename (g_get_tmp_dir (), "services-page-2.json", NULL);
  TandemImportDialog *dialog;

  g_file_set_contents (feed, council_feed, -1, NULL);
  g_file_set_contents (broken, "{\"contents\": [{\"id\": \"1\", \"name\": ", -1, NULL);

  dialog = tandem_import_dialog_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_import_dialog_set_path (dialog, feed);
  save (GTK_WIDGET (dialog), folder, suffix, "import-choose");
  tandem_import_dialog_start (dialog);
  tandem_ui_wait_until (import_stopped, dialog, 20000);
  /* The pages cross-fade. */
  tandem_ui_iterate (500);
  save (GTK_WIDGET (dialog), folder, suffix, "import-report");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.again", NULL);
  tandem_import_dialog_import_path (dialog, broken);
  tandem_ui_wait_until (import_stopped, dialog, 20000);
  tandem_ui_iterate (500);
  save (GTK_WIDGET (dialog), folder, suffix, "import-error");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_remove (feed);
  g_remove (broken);
}

/* A health coach's competence and CPD, as the worker's page in Supervision shows them, with
 * the example data's two reviews and CPD over two years; then the review editor. */
static void
competence_screenshots (TandemWindow *window,
                        const char   *folder,
                        const char   *suffix)
{
  TandemSession *session = tandem_window_get_session (window);
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (session));
  gint64 worker = 0;
  GtkWidget *shot, *overlay, *scrolled, *page, *editor;

  for (guint i = 0; worker == 0 && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (tandem_staff_get_role (member) == TANDEM_ROLE_HEALTH_COACH)
        worker = tandem_record_get_id (member);
    }
  tandem_ui_sign_in (session, worker);

  page = adw_preferences_page_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (tandem_competence_group_new (session, worker)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (tandem_cpd_group_new (session, worker)));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  shot = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (shot), 900, 1300);
  adw_window_set_content (ADW_WINDOW (shot), overlay);
  gtk_window_present (GTK_WINDOW (shot));
  save (shot, folder, suffix, "competence");

  editor = GTK_WIDGET (tandem_review_editor_new (GTK_WINDOW (shot), session, worker, NULL, NULL));
  gtk_window_present (GTK_WINDOW (editor));
  save (editor, folder, suffix, "review-editor");
  gtk_window_destroy (GTK_WINDOW (editor));
  tandem_store_delete_draft (tandem_session_get_store (session), "new-competency-review", worker,
                             NULL);
  gtk_window_destroy (GTK_WINDOW (shot));
}

/* The Supervision section as the example team's supervisor sees it: a worker with
 * supervision overdue, then recording a session with a wellbeing check. */
static gint64
find_staff (TandemWindow *window,
            const char   *name)
{
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (tandem_window_get_session (window)));

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (g_str_equal (tandem_staff_get_name (member), name))
        return tandem_record_get_id (member);
    }

  g_error ("No member of staff called %s", name);
}

static void
supervision_screenshots (TandemWindow *window,
                         const char   *folder,
                         const char   *suffix)
{
  TandemSession *session = tandem_window_get_session (window);
  GtkWidget *view = tandem_window_get_supervision_view (window);
  GtkWidget *editor;
  gint64 previous = tandem_record_get_id (tandem_session_get_current_staff (session));

  tandem_ui_sign_in (session, find_staff (window, "Helen Okonjo"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-supervision", NULL);
  tandem_supervision_view_show_worker (TANDEM_SUPERVISION_VIEW (view),
                                       find_staff (window, "Bethan Morgan"));
  save (GTK_WIDGET (window), folder, suffix, "supervision");

  editor = tandem_supervision_view_record_session (TANDEM_SUPERVISION_VIEW (view));
  tandem_session_parts_add_action (tandem_supervision_editor_get_parts (TANDEM_SUPERVISION_EDITOR (editor)));
  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 1500);
  save (editor, folder, suffix, "supervision-editor");
  gtk_window_destroy (GTK_WINDOW (editor));
  tandem_store_delete_draft (tandem_session_get_store (session), "new-supervision",
                             find_staff (window, "Bethan Morgan"), NULL);

  /* Preferences: how often each role is expected to be supervised. */
  editor = GTK_WIDGET (tandem_preferences_window_new (GTK_WINDOW (window), session));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (editor), "team");
  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 1500);
  gtk_window_present (GTK_WINDOW (editor));
  for (GtkWidget *row = tandem_ui_find_by_type (editor, ADW_TYPE_EXPANDER_ROW); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                   "Health and wellbeing coach") == 0)
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  save (editor, folder, suffix, "preferences-supervision");
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-caseload", NULL);
  tandem_ui_sign_in (session, previous);
}

/* The Huddles section with a new huddle's agenda, the New Huddle dialog, and huddle mode
 * at its first case with minutes being typed. */
static void
huddle_screenshots (TandemWindow *window,
                    TandemStore  *store,
                    const char   *folder,
                    const char   *suffix)
{
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today_iso ();
  GtkWidget *view = tandem_window_get_huddles_view (window);
  GtkWidget *dialog;
  GtkWidget *mode;

  tandem_huddle_set_held_on (huddle, today);
  tandem_huddle_set_chair_id (huddle,
                              tandem_record_get_id (tandem_session_get_current_staff (tandem_window_get_session (window))));
  g_assert_true (tandem_store_create_huddle (store, huddle, NULL, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-huddles", NULL);
  tandem_huddles_view_select (TANDEM_HUDDLES_VIEW (view), tandem_record_get_id (huddle));
  save (GTK_WIDGET (window), folder, suffix, "huddles");

  gtk_widget_activate_action (view, "huddles.new", NULL);
  dialog = tandem_ui_wait_window (TANDEM_TYPE_HUDDLE_DIALOG);
  tandem_huddle_dialog_add_visitor (TANDEM_HUDDLE_DIALOG (dialog), "Dr Anita Rao", "GP");
  save (dialog, folder, suffix, "new-huddle");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_widget_activate_action (view, "huddles.start", NULL);
  mode = tandem_huddles_view_get_mode (TANDEM_HUDDLES_VIEW (view));
  g_assert_nonnull (mode);
  gtk_window_unfullscreen (GTK_WINDOW (mode));
  gtk_window_set_default_size (GTK_WINDOW (mode), 1280, 800);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (tandem_ui_find_by_type (mode, GTK_TYPE_TEXT_VIEW))),
                            "Arrears cleared with a discretionary housing payment.", -1);
  gtk_widget_activate_action (mode, "huddle.timer", NULL);
  save (mode, folder, suffix, "huddle-mode");
  gtk_widget_activate_action (mode, "huddle.leave", NULL);
  tandem_ui_wait_window_gone (TANDEM_TYPE_HUDDLE_MODE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-caseload", NULL);
}

static gboolean
lock_warning_shown (gpointer data)
{
  return tandem_lock_monitor_get_warning_shown (data);
}

/* The lock's preference, and its warning in the window in use, here an editor. */
static void
lock_screenshots (TandemWindow *window,
                  const char   *folder,
                  const char   *suffix)
{
  TandemSession *session = tandem_window_get_session (window);
  g_autoptr(TandemLockMonitor) monitor = NULL;
  GtkWidget *preferences;
  GtkWidget *editor;

  preferences = GTK_WIDGET (tandem_preferences_window_new (GTK_WINDOW (window), session));
  gtk_window_present (GTK_WINDOW (preferences));
  tandem_ui_wait_frames (preferences, 3);
  scroll_to_end (preferences);
  save (preferences, folder, suffix, "preferences-lock");
  gtk_window_destroy (GTK_WINDOW (preferences));

  gtk_widget_activate_action (tandem_window_get_caseload_view (window), "caseload.new-person",
                              NULL);
  editor = tandem_ui_wait_window (TANDEM_TYPE_PERSON_EDITOR);
  monitor = tandem_lock_monitor_new (session);
  tandem_lock_monitor_set_idle_seconds (monitor, 20);
  tandem_ui_wait_until (lock_warning_shown, monitor, 15000);
  tandem_ui_iterate (600);
  save (editor, folder, suffix, "lock-warning");
  g_clear_object (&monitor);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* The Backups page of Preferences: after a good backup, then after a failed one. */
static void
backup_screenshots (TandemWindow *window,
                    const char   *folder,
                    const char   *suffix)
{
  TandemSession *session = tandem_window_get_session (window);
  GSettings *settings = tandem_session_get_settings (session);
  g_autoptr(GDateTime) last = g_date_time_new_local (2026, 11, 20, 12, 30, 4);
  GtkWidget *preferences;

  g_settings_set_string (settings, "backup-folder", "/mnt/practice-share/Tandem backups");
  g_settings_set_int64 (settings, "backup-last", g_date_time_to_unix (last));
  g_settings_set_string (settings, "backup-last-error", "");

  preferences = GTK_WIDGET (tandem_preferences_window_new (GTK_WINDOW (window), session));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "backups");
  gtk_window_present (GTK_WINDOW (preferences));
  tandem_ui_wait_frames (preferences, 3);
  save (preferences, folder, suffix, "preferences-backups");

  g_settings_set_string (settings, "backup-last-error",
                         "The backup folder /mnt/practice-share/Tandem backups could not be made: "
                         "No such file or directory. Choose another folder in Preferences.");
  tandem_ui_wait_frames (preferences, 3);
  save (preferences, folder, suffix, "preferences-backups-failed");
  gtk_window_destroy (GTK_WINDOW (preferences));

  g_settings_reset (settings, "backup-folder");
  g_settings_reset (settings, "backup-last");
  g_settings_reset (settings, "backup-last-error");
}

/* People's rights: the records past retention, and the confirmation before erasing one. */
static void
rights_screenshots (TandemWindow *window,
                    const char   *folder,
                    const char   *suffix)
{
  TandemSession *session = tandem_window_get_session (window);
  TandemStore *store = tandem_session_get_store (session);
  g_autoptr(TandemPerson) person = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  /* The example's episodes are all recent, so the list shows its empty state. */
  dialog = tandem_retention_dialog_new (GTK_WINDOW (window), session);
  gtk_window_present (GTK_WINDOW (dialog));
  tandem_ui_wait_frames (dialog, 3);
  save (dialog, folder, suffix, "retention");
  gtk_window_destroy (GTK_WINDOW (dialog));

  person = tandem_store_load_person (store, first_person_shown (window), NULL);
  name = tandem_person_dup_full_name (person);
  tandem_rights_erase_person (GTK_WINDOW (window), session, tandem_record_get_id (person), name);
  dialog = tandem_ui_wait_window (ADW_TYPE_MESSAGE_DIALOG);
  save (dialog, folder, suffix, "erase-record");
  gtk_window_destroy (GTK_WINDOW (dialog));
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
  GtkWidget *plans_view;
  TandemCaseload *plans;
  GtkWidget *editor;
  GtkWidget *preferences;
  gint64 signposted;
  GDate today;
  gboolean dark = argc > 2 && g_str_equal (argv[2], "--dark");
  gboolean rtl = argc > 2 && g_str_equal (argv[2], "--rtl");
  const char *suffix = dark ? "-dark" : rtl ? "-rtl" : "";
  GtkWidget *group;

  if (argc < 2)
    {
      g_printerr ("Usage: %s OUTPUT-DIR [--dark]\n", argv[0]);
      return 2;
    }

  setlocale (LC_ALL, "");
  gtk_init ();
  tandem_ui_init ();
  if (rtl)
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);

  folder = g_canonicalize_filename (argv[1], NULL);
  g_mkdir_with_parents (folder, 0755);
  db_path = g_build_filename (g_get_tmp_dir (), "tandem-screenshots.db", NULL);
  remove_database (db_path);

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

  add_measures (store, first_person_shown (window));
  group = show_measures (view);
  save (GTK_WIDGET (window), folder, suffix, "measures");

  /* Tall enough for every chart: one with a single result, one with eight lines. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 2600);
  tandem_ui_wait_frames (GTK_WIDGET (window), 3);
  save (GTK_WIDGET (window), folder, suffix, "measures-all");
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);

  editor = open_measure_editor (group, TANDEM_MEASURE_SWEMWBS,
                                (const char *[]) { "Some of the time", "Often", "Some of the time",
                                                   "Often", NULL });
  save (editor, folder, suffix, "measure-editor");
  scroll_to_end (editor);
  save (editor, folder, suffix, "measure-editor-end");
  /* At the dialog's narrowest the scale's words wrap in their buttons. */
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 760);
  tandem_ui_wait_frames (editor, 3);
  scroll_to_end (editor);
  save (editor, folder, suffix, "measure-editor-narrow");
  gtk_window_destroy (GTK_WINDOW (editor));

  /* What was answered waits as a draft, and the page offers to carry on. */
  for (GtkWidget *row = tandem_ui_find_by_type (group, ADW_TYPE_EXPANDER_ROW);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  tandem_ui_iterate (500);
  save (GTK_WIDGET (window), folder, suffix, "measures-draft");
  tandem_store_delete_draft (store, "new-measure", first_person_shown (window), NULL);

  editor = open_measure_editor (group, TANDEM_MEASURE_ONS4,
                                (const char *[]) { "7", "5", "9", "3", NULL });
  scroll_to_end (editor);
  save (editor, folder, suffix, "measure-editor-ons4");
  gtk_window_destroy (GTK_WINDOW (editor));
  tandem_store_delete_draft (store, "new-measure", first_person_shown (window), NULL);

  /* A licensed measure, with a number out of its range and an attempt to add it. */
  editor = open_measure_editor (group, TANDEM_MEASURE_MYCAW,
                                (const char *[]) { "5", "9", "", NULL });
  gtk_widget_activate_action (editor, "editor.done", NULL);
  scroll_to_end (editor);
  save (editor, folder, suffix, "measure-editor-mycaw");
  gtk_window_destroy (GTK_WINDOW (editor));
  tandem_store_delete_draft (store, "new-measure", first_person_shown (window), NULL);
  /* The Plans section, showing the plan whose review is due soonest. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-plans", NULL);
  tandem_ui_wait_until (plans_loaded, window, 10000);
  plans_view = tandem_window_get_plans_view (window);
  plans = tandem_session_get_plans (tandem_window_get_session (window));
  tandem_plans_view_show_person (TANDEM_PLANS_VIEW (plans_view),
                                 tandem_caseload_get_person_id (plans, 0));
  save (GTK_WIDGET (window), folder, suffix, "plans");
  gtk_widget_activate_action (plans_view, "plans.print-due", NULL);
  editor = tandem_ui_wait_window (TANDEM_TYPE_BATCH_DIALOG);
  save (editor, folder, suffix, "print-due");
  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-caseload", NULL);

  gtk_widget_activate_action (view, "caseload.new-person", NULL);
  editor = tandem_ui_wait_window (TANDEM_TYPE_PERSON_EDITOR);
  save (editor, folder, suffix, "new-person");
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Community support on a person's record, tall enough to show the group whole. */
  signposted = person_with_signposts (window, store);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), signposted);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 1700);
  tandem_ui_wait_frames (GTK_WIDGET (window), 3);
  save (GTK_WIDGET (window), folder, suffix, "community-support");
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);
  tandem_ui_wait_frames (GTK_WIDGET (window), 3);

  editor = open_signpost_dialog (view, "walking");
  save (editor, folder, suffix, "signpost-dialog");
  gtk_window_destroy (GTK_WINDOW (editor));
  editor = open_signpost_dialog (view, "healing");
  save (editor, folder, suffix, "signpost-red");
  gtk_window_destroy (GTK_WINDOW (editor));
  tandem_store_delete_draft (store, "new-signpost", signposted, NULL);

  preferences = GTK_WIDGET (tandem_preferences_window_new (GTK_WINDOW (window),
                                                           tandem_window_get_session (window)));
  gtk_window_present (GTK_WINDOW (preferences));
  save (preferences, folder, suffix, "preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));

  audit_screenshot (window, folder, suffix);
  lock_screenshots (window, folder, suffix);
  backup_screenshots (window, folder, suffix);
  rights_screenshots (window, folder, suffix);
  huddle_screenshots (window, store, folder, suffix);
  supervision_screenshots (window, folder, suffix);
  competence_screenshots (window, folder, suffix);
  directory_screenshots (window, store, folder, suffix);
  import_screenshots (window, store, folder, suffix);
  map_screenshots (store, folder, suffix);

  /* A narrow window folds the list and the person into one column. */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 760);
  tandem_ui_wait_frames (GTK_WIDGET (window), 3);
  save (GTK_WIDGET (window), folder, suffix, "narrow");

  /* Locked: the sign-in page alone, the last to sign in picked. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 780);
  tandem_session_lock (tandem_window_get_session (window));
  save (GTK_WIDGET (window), folder, suffix, "sign-in");

  gtk_window_destroy (GTK_WINDOW (window));
  plan_screenshots (store, folder, suffix);
  g_clear_object (&store);
  remove_database (db_path);

  unlock_screenshots (folder, suffix);

  /* The first run, on a new database. */
  store = tandem_store_open (db_path, NULL, &error);
  g_assert_no_error (error);
  window = tandem_ui_open_window (store);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_iterate (1000);
  save (GTK_WIDGET (window), folder, suffix, "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  remove_database (db_path);

  /* A team from before sign-in: whoever opens it sets sign-in up. */
  store = tandem_store_open (db_path, NULL, &error);
  g_assert_no_error (error);
  tandem_store_set_pcn_name (store, "Riverside Primary Care Network", &error);
  g_assert_no_error (error);
  tandem_ui_add_staff (store, "Sam Patel", TANDEM_ROLE_LINK_WORKER);
  tandem_ui_add_staff (store, "Helen Okonjo", TANDEM_ROLE_SUPERVISOR);
  window = tandem_ui_open_locked_window (store);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  gtk_window_present (GTK_WINDOW (window));
  save (GTK_WIDGET (window), folder, suffix, "set-up-sign-in");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  remove_database (db_path);

  return 0;
}
