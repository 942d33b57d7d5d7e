/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-asset.h"

G_BEGIN_DECLS

/* What the directory's list shows: the assets matching a search and every filter set. */
typedef struct
{
  GHashTable *search_ids;     /* gint64 ids the search text matched, or NULL for no search */
  GArray     *search_id_array; /* the ids search_ids's keys point into */
  char       *category;       /* a category key, or NULL for any */
  gboolean    free_only;
  guint       day;            /* one TandemDays flag, or 0 for any day */
  guint       accessibility;  /* TandemAccessibility flags that must all be there */
  char       *language;       /* text the languages spoken must contain, or NULL */
  int         suitability;    /* a TandemSuitability, or -1 for any */
  gboolean    stale_only;
  GDate       today;
  guint       stale_months;
  gboolean    near;           /* whether to keep only assets within radius_km */
  double      latitude;
  double      longitude;
  double      radius_km;
} TandemAssetFilter;

void     tandem_asset_filter_init        (TandemAssetFilter *self);
void     tandem_asset_filter_clear       (TandemAssetFilter *self);
void     tandem_asset_filter_set_search  (TandemAssetFilter *self,
                                          GArray            *ids);
gboolean tandem_asset_filter_has_filters (const TandemAssetFilter *self);
gboolean tandem_asset_filter_matches     (const TandemAssetFilter *self,
                                          TandemAsset             *asset);

G_END_DECLS
