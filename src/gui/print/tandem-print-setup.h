/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char     *tandem_print_setup_dup_path (void);
void      tandem_print_setup_load     (GtkPrintSettings  **settings,
                                       GtkPageSetup      **page_setup);
gboolean  tandem_print_setup_save     (GtkPrintSettings   *settings,
                                       GtkPageSetup       *page_setup,
                                       GError            **error);

G_END_DECLS
