/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ASSET_CATEGORY (tandem_asset_category_get_type ())

G_DECLARE_FINAL_TYPE (TandemAssetCategory, tandem_asset_category, TANDEM, ASSET_CATEGORY, TandemRecord)

TandemAssetCategory  *tandem_asset_category_new          (void);
const char           *tandem_asset_category_get_key      (TandemAssetCategory *self);
void                  tandem_asset_category_set_key      (TandemAssetCategory *self,
                                                          const char          *key);
const char           *tandem_asset_category_get_name     (TandemAssetCategory *self);
void                  tandem_asset_category_set_name     (TandemAssetCategory *self,
                                                          const char          *name);
const char           *tandem_asset_category_get_colour   (TandemAssetCategory *self);
void                  tandem_asset_category_set_colour   (TandemAssetCategory *self,
                                                          const char          *colour);
int                   tandem_asset_category_get_position (TandemAssetCategory *self);
void                  tandem_asset_category_set_position (TandemAssetCategory *self,
                                                          int                  position);
gboolean              tandem_asset_category_get_retired  (TandemAssetCategory *self);
void                  tandem_asset_category_set_retired  (TandemAssetCategory *self,
                                                          gboolean             retired);

const char  *tandem_asset_category_get_label (TandemAssetCategory *self);
const char  *tandem_asset_category_translate (const char          *key,
                                              const char          *name);

G_END_DECLS
