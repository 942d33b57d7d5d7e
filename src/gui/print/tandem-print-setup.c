/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-print-setup"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "tandem-print-setup.h"

/* The printer, its options and the paper chosen last time, offered again the next time, as
 * gnome-text-editor does: in a key file of the user's configuration folder, written with
 * GTK's own functions.
 *
 * Not GSettings: the print settings are an open set of keys that GTK and each print backend
 * define, which GTK already reads and writes as a key file, word for word; a GSettings a{sv}
 * would need converting both ways and would add nothing a user would change there. */

#define SETTINGS_GROUP "Print Settings"
#define PAGE_SETUP_GROUP "Page Setup"

/* Where the print settings are kept: $XDG_CONFIG_HOME/tandem/print.ini. */
char *
tandem_print_setup_dup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "tandem", "print.ini", NULL);
}

/* Plans are laid out on A4, so A4 is the paper until the user chooses another. */
static GtkPageSetup *
new_a4_page_setup (void)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

/**
 * tandem_print_setup_load:
 * @settings: (out) (transfer full): the settings of the last print, or new ones
 * @page_setup: (out) (transfer full): its paper, or A4 portrait
 *
 * A missing or damaged file is no error: printing starts from GTK's defaults.
 */
void
tandem_print_setup_load (GtkPrintSettings **settings,
                         GtkPageSetup     **page_setup)
{
  g_autofree char *path = tandem_print_setup_dup_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  *settings = NULL;
  *page_setup = NULL;

  if (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    {
      *settings = gtk_print_settings_new_from_key_file (key_file, SETTINGS_GROUP, NULL);
      *page_setup = gtk_page_setup_new_from_key_file (key_file, PAGE_SETUP_GROUP, NULL);
    }

  if (*settings == NULL)
    *settings = gtk_print_settings_new ();
  if (*page_setup == NULL)
    *page_setup = new_a4_page_setup ();
}

/* Keeps @settings and @page_setup for the next print. */
gboolean
tandem_print_setup_save (GtkPrintSettings  *settings,
                         GtkPageSetup      *page_setup,
                         GError           **error)
{
  g_autofree char *path = tandem_print_setup_dup_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The print settings could not be kept in %s: %s"), folder,
                   g_strerror (saved_errno));
      return FALSE;
    }

  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, key_file, SETTINGS_GROUP);
  if (page_setup != NULL)
    gtk_page_setup_to_key_file (page_setup, key_file, PAGE_SETUP_GROUP);

  return g_key_file_save_to_file (key_file, path, error);
}
