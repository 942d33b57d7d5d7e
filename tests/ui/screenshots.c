/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "tandem-caseload-view.h"
#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-person-editor.h"
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
