/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-asset.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ASSET_ROW (tandem_asset_row_get_type ())

G_DECLARE_FINAL_TYPE (TandemAssetRow, tandem_asset_row, TANDEM, ASSET_ROW, GtkWidget)

GtkWidget  *tandem_asset_row_new              (void);
void        tandem_asset_row_set_asset        (TandemAssetRow *self,
                                               TandemAsset    *asset,
                                               GHashTable     *categories,
                                               gboolean        stale);
const char *tandem_asset_row_get_badge_text   (TandemAssetRow *self);
gboolean    tandem_asset_row_get_stale_shown  (TandemAssetRow *self);
void        tandem_asset_draw_dot             (cairo_t        *cr,
                                               double          x,
                                               double          y,
                                               double          radius,
                                               const char     *colour);
GtkWidget  *tandem_suitability_badge_new      (TandemSuitability suitability);
GtkWidget  *tandem_stale_badge_new            (void);
const char *tandem_suitability_get_short_label (TandemSuitability suitability);

G_END_DECLS
