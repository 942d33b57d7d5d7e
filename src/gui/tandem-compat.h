/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget         *tandem_compat_list_new         (void);
void               tandem_compat_list_set_model   (GtkWidget          *list,
                                                   GtkSelectionModel  *model);
GtkSelectionModel *tandem_compat_list_get_model   (GtkWidget          *list);
void               tandem_compat_list_set_factory (GtkWidget          *list,
                                                   GtkListItemFactory *factory);

G_END_DECLS
