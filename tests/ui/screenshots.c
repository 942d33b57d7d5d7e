/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "tandem-caseload-view.h"
#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-measure-editor.h"
#include "tandem-measures-group.h"
#include "tandem-test-util.h"
#include "tandem-person-editor.h"
#include "tandem-preferences-window.h"
#include "tandem-ui-util.h"

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
  g_clear_object (&store);
  remove_database (db_path);

  /* The first run, on a new database. */
  store = tandem_store_open (db_path, NULL, &error);
  g_assert_no_error (error);
  window = tandem_ui_open_window (store);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));
  save (GTK_WIDGET (window), folder, suffix, "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  remove_database (db_path);

  return 0;
}
