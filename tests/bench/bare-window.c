/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-bare-window"

#include "config.h"

#include <adwaita.h>

/* bare-window: the baseline the launch benchmark compares Tandem with. The least a
 * libadwaita app showing a list can do: an AdwApplication whose window has a header bar and
 * an empty GtkListView, at Tandem's default size. Nothing else: no resources, no settings,
 * no database. */

#define BARE_APPLICATION_ID "org.tandemcare.Tandem.BenchBareWindow"

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, gtk_label_new (NULL));
}

static void
activate_cb (GApplication *application)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSelectionModel *selection;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *scrolled;
  GtkWidget *list;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&store))));
  list = gtk_list_view_new (selection, g_steal_pointer (&factory));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);

  window = adw_application_window_new (GTK_APPLICATION (application));
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) application = NULL;

  application = adw_application_new (BARE_APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
