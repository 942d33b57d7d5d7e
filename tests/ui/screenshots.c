/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "tandem-caseload-view.h"
#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-person-editor.h"
#include "tandem-ui-util.h"

/* make screenshots: the main views of Tandem rendered to PNG files, from a fresh example
 * caseload, for looking at and for the metainfo. Usage: screenshots OUTPUT-DIR [--dark] */

static gboolean
has_window (gpointer type)
{
  return tandem_ui_find_window (GPOINTER_TO_SIZE (type)) != NULL;
}

static void
save (GtkWidget  *widget,
      const char *folder,
      const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
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
  GDate today;
  gboolean dark = argc > 2 && g_str_equal (argv[2], "--dark");

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

  window = tandem_window_new (NULL, store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 10000);

  view = tandem_window_get_caseload_view (window);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), 3);
  save (GTK_WIDGET (window), folder, dark ? "caseload-dark.png" : "caseload.png");

  gtk_widget_activate_action (view, "caseload.new-person", NULL);
  tandem_ui_wait_until (has_window, GSIZE_TO_POINTER (TANDEM_TYPE_PERSON_EDITOR), 5000);
  editor = tandem_ui_find_window (TANDEM_TYPE_PERSON_EDITOR);
  save (editor, folder, dark ? "new-person-dark.png" : "new-person.png");
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (db_path);
  return 0;
}
