/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-coverage"

#include "config.h"

#include "tandem-coverage.h"
#include "tandem-store-private.h"

/* The coverage view's figures: the active assets with where they are and their categories,
 * and each registered person's practice with their words, read in one transaction so the
 * two halves of the table agree. */

static gboolean
add_assets (TandemStore     *self,
            TandemCoverage  *coverage,
            GError         **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT a.latitude, a.longitude, a.postcode, "
                               "  (SELECT group_concat (c.key) FROM asset_in_category ac "
                               "   JOIN asset_category c ON c.id = ac.category_id "
                               "   WHERE ac.asset_id = a.id) "
                               "FROM asset a WHERE a.active = 1",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean has_coordinates = sqlite3_column_type (stmt, 0) != SQLITE_NULL &&
                                 sqlite3_column_type (stmt, 1) != SQLITE_NULL;

      tandem_coverage_add_asset (coverage, tandem_store_column_text (stmt, 3), has_coordinates,
                                 sqlite3_column_double (stmt, 0),
                                 sqlite3_column_double (stmt, 1),
                                 tandem_store_column_text (stmt, 2));
    }

  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/* A person's words: every referral's reasons and the needs of their latest plan version
 * (earlier versions' needs were reviewed into it, or dropped). */
static gboolean
add_people (TandemStore     *self,
            TandemCoverage  *coverage,
            GError         **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT p.practice_id, "
                               "  (SELECT group_concat (r.reasons, ' ; ') FROM referral r "
                               "   WHERE r.person_id = p.id), "
                               "  (SELECT group_concat (n.words, ' ; ') FROM plan_need n "
                               "   WHERE n.version_id = (SELECT v.id FROM plan_version v "
                               "     WHERE v.person_id = p.id ORDER BY v.number DESC LIMIT 1)) "
                               "FROM person p WHERE p.practice_id IS NOT NULL AND "
                               TANDEM_SQL_MAY_READ_PERSON ("p.id"),
                               error);
  if (stmt == NULL)
    return FALSE;

  /* Only the needs of people the viewer may see are counted. */
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *text = g_strconcat (tandem_store_column_text (stmt, 1), " ; ",
                                           tandem_store_column_text (stmt, 2), NULL);

      tandem_coverage_add_person (coverage, sqlite3_column_int64 (stmt, 0), text);
    }

  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/**
 * tandem_store_load_coverage:
 * @radius_km: how far from a practice an asset counts as in its area
 *
 * Counts the directory's active assets against what people at each practice need, by
 * category. Reads every asset and person: call it from a worker thread on a sibling store.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 */
TandemCoverage *
tandem_store_load_coverage (TandemStore  *self,
                            double        radius_km,
                            GError      **error)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(TandemCoverage) coverage = NULL;
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (radius_km > 0, NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;

  categories = tandem_store_list_asset_categories (self, error);
  if (categories != NULL)
    practices = tandem_store_list_practices (self, error);
  if (practices != NULL)
    coverage = tandem_coverage_new (categories, practices, radius_km);
  ok = coverage != NULL && add_assets (self, coverage, error) && add_people (self, coverage, error);

  tandem_store_end_read (self);

  return ok ? g_steal_pointer (&coverage) : NULL;
}
