/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ASSET_PAGE (tandem_asset_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemAssetPage, tandem_asset_page, TANDEM, ASSET_PAGE, AdwBin)

void         tandem_asset_page_set_session  (TandemAssetPage *self,
                                             TandemSession   *session);
void         tandem_asset_page_set_asset_id (TandemAssetPage *self,
                                             gint64           asset_id);
TandemAsset *tandem_asset_page_get_asset    (TandemAssetPage *self);
gboolean     tandem_asset_page_get_stale_shown (TandemAssetPage *self);

G_END_DECLS
