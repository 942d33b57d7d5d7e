/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_DIRECTORY_VIEW (tandem_directory_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemDirectoryView, tandem_directory_view, TANDEM, DIRECTORY_VIEW, AdwBin)

void        tandem_directory_view_set_session     (TandemDirectoryView *self,
                                                   TandemSession       *session);
gboolean    tandem_directory_view_has_session     (TandemDirectoryView *self);
void        tandem_directory_view_focus_search    (TandemDirectoryView *self);
void        tandem_directory_view_show_asset      (TandemDirectoryView *self,
                                                   gint64               asset_id);
AdwViewStack *tandem_directory_view_get_pages     (TandemDirectoryView *self);
GListModel *tandem_directory_view_get_shown_assets (TandemDirectoryView *self);
gboolean    tandem_directory_view_get_loading     (TandemDirectoryView *self);
GtkWidget  *tandem_directory_view_get_list_view   (TandemDirectoryView *self);
GtkWidget  *tandem_directory_view_get_asset_page  (TandemDirectoryView *self);
void        tandem_directory_view_set_filter      (TandemDirectoryView *self,
                                                   const char          *name,
                                                   const char          *value);

G_END_DECLS
