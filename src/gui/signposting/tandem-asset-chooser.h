/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ASSET_CHOOSER (tandem_asset_chooser_get_type ())

G_DECLARE_FINAL_TYPE (TandemAssetChooser, tandem_asset_chooser, TANDEM, ASSET_CHOOSER, AdwBin)

GtkWidget   *tandem_asset_chooser_new             (TandemStore        *store,
                                                   guint               stale_months);
TandemAsset *tandem_asset_chooser_get_asset       (TandemAssetChooser *self);
void         tandem_asset_chooser_set_asset_id    (TandemAssetChooser *self,
                                                   gint64              asset_id);
void         tandem_asset_chooser_set_search_text (TandemAssetChooser *self,
                                                   const char         *text);
guint        tandem_asset_chooser_get_n_results   (TandemAssetChooser *self);
void         tandem_asset_chooser_choose_result   (TandemAssetChooser *self,
                                                   guint               position);
void         tandem_asset_chooser_set_error       (TandemAssetChooser *self,
                                                   const char         *message);
gboolean     tandem_asset_chooser_grab_search_focus (TandemAssetChooser *self);

G_END_DECLS
