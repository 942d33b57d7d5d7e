/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "tandem-asset.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ASSET_MAP (tandem_asset_map_get_type ())

G_DECLARE_FINAL_TYPE (TandemAssetMap, tandem_asset_map, TANDEM, ASSET_MAP, AdwBin)

GtkWidget       *tandem_asset_map_new                  (void);
void             tandem_asset_map_set_assets           (TandemAssetMap *self,
                                                        GListModel     *assets);
void             tandem_asset_map_set_practices        (TandemAssetMap *self,
                                                        GListModel     *practices);
void             tandem_asset_map_set_categories       (TandemAssetMap *self,
                                                        GPtrArray      *categories);
void             tandem_asset_map_place_pin            (TandemAssetMap *self,
                                                        TandemAsset    *asset);
void             tandem_asset_map_cancel_pin           (TandemAssetMap *self);
TandemAsset     *tandem_asset_map_get_pin_asset        (TandemAssetMap *self);
void             tandem_asset_map_show_asset           (TandemAssetMap *self,
                                                        TandemAsset    *asset);
void             tandem_asset_map_zoom_to_fit          (TandemAssetMap *self);
gboolean         tandem_asset_map_get_tiles_available  (TandemAssetMap *self);
guint            tandem_asset_map_get_n_markers        (TandemAssetMap *self);
ShumateViewport *tandem_asset_map_get_viewport         (TandemAssetMap *self);
GtkWidget       *tandem_asset_map_get_marker_layer     (TandemAssetMap *self);

G_END_DECLS
