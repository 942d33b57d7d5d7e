/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_TILE_SOURCE (tandem_tile_source_get_type ())

G_DECLARE_FINAL_TYPE (TandemTileSource, tandem_tile_source, TANDEM, TILE_SOURCE, ShumateDataSource)

TandemTileSource *tandem_tile_source_new              (const char       *url_template);
const char       *tandem_tile_source_get_url_template (TandemTileSource *self);
const char       *tandem_tile_source_get_user_agent   (void);

G_END_DECLS
