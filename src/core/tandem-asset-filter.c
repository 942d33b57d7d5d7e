/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-filter"

#include "config.h"

#include <string.h>
#include <time.h>

#include "tandem-asset-filter.h"
#include "tandem-geo.h"
#include "tandem-record.h"

/* The directory's filters as a plain test on one asset, so that they are checked without a
 * display and run over 20,000 assets in memory at each keystroke. The search text itself is
 * answered by the store's full-text index; this only intersects its ids with the filters. */

/**
 * tandem_asset_filter_init:
 *
 * Sets @self to show everything, with today's date for staleness.
 */
void
tandem_asset_filter_init (TandemAssetFilter *self)
{
  memset (self, 0, sizeof *self);
  self->suitability = -1;
  self->stale_months = 6;
  g_date_clear (&self->today, 1);
  g_date_set_time_t (&self->today, time (NULL));
}

void
tandem_asset_filter_clear (TandemAssetFilter *self)
{
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  g_clear_pointer (&self->search_id_array, g_array_unref);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->language, g_free);
}

/**
 * tandem_asset_filter_set_search:
 * @ids: (nullable) (transfer none): the ids the search text matched, or %NULL when nothing is
 *   searched for; kept, and not to be changed after
 */
void
tandem_asset_filter_set_search (TandemAssetFilter *self,
                                GArray            *ids)
{
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  g_clear_pointer (&self->search_id_array, g_array_unref);
  if (ids == NULL)
    return;

  /* The table's keys point into the array rather than each into a copy of its own: a
   * search of a few letters matches thousands of assets, at every keystroke. */
  self->search_id_array = g_array_ref (ids);
  self->search_ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (self->search_ids, &g_array_index (ids, gint64, i));
}

/**
 * tandem_asset_filter_has_filters:
 *
 * Returns: whether a filter other than the search text is set
 */
gboolean
tandem_asset_filter_has_filters (const TandemAssetFilter *self)
{
  return self->category != NULL || self->free_only || self->day != 0 ||
         self->accessibility != 0 || (self->language != NULL && self->language[0] != '\0') ||
         self->suitability >= 0 || self->stale_only || self->near;
}

static gboolean
speaks (TandemAsset *asset,
        const char  *language)
{
  g_autofree char *spoken = g_utf8_casefold (tandem_asset_get_languages (asset), -1);
  g_autofree char *wanted = g_utf8_casefold (language, -1);

  return strstr (spoken, wanted) != NULL;
}

static gboolean
is_near (const TandemAssetFilter *self,
         TandemAsset             *asset)
{
  return tandem_asset_get_has_coordinates (asset) &&
         tandem_geo_distance_km (self->latitude, self->longitude,
                                 tandem_asset_get_latitude (asset),
                                 tandem_asset_get_longitude (asset)) <= self->radius_km;
}

gboolean
tandem_asset_filter_matches (const TandemAssetFilter *self,
                             TandemAsset             *asset)
{
  gint64 id = tandem_record_get_id (asset);

  /* The cheapest tests first: most assets fail one of them. */
  if (self->search_ids != NULL && !g_hash_table_contains (self->search_ids, &id))
    return FALSE;
  if (self->free_only && tandem_asset_get_cost (asset) != TANDEM_COST_FREE)
    return FALSE;
  if (self->day != 0 && (tandem_asset_get_open_days (asset) & self->day) == 0)
    return FALSE;
  if ((tandem_asset_get_accessibility (asset) & self->accessibility) != self->accessibility)
    return FALSE;
  if (self->suitability >= 0 && (int) tandem_asset_get_suitability (asset) != self->suitability)
    return FALSE;
  if (self->category != NULL && !tandem_asset_has_category (asset, self->category))
    return FALSE;
  if (self->language != NULL && self->language[0] != '\0' && !speaks (asset, self->language))
    return FALSE;
  if (self->stale_only && !tandem_asset_is_stale (asset, &self->today, self->stale_months))
    return FALSE;
  if (self->near && !is_near (self, asset))
    return FALSE;

  return TRUE;
}
