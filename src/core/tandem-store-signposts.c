/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-signposts"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-store-private.h"

/* People signposted or referred to the directory's assets. A signpost is announced as a
 * change to its person; the directory's assets themselves do not change, so the list of
 * 20,000 assets is not reloaded for it (an asset page listens for both). */

#define SIGNPOST_COLUMNS \
  "id, person_id, asset_id, asset_name, goal_key, kind, made_on, reason, handover, " \
  "staff_id, red_override, override_reason, follow_up_on, outcome, outcome_on, outcome_note"

#define SIGNPOST_TIMESTAMP 16

static TandemSignpost *
signpost_from_row (sqlite3_stmt *stmt)
{
  TandemSignpost *signpost = tandem_signpost_new ();

  tandem_record_set_id (signpost, sqlite3_column_int64 (stmt, 0));
  tandem_signpost_set_person_id (signpost, sqlite3_column_int64 (stmt, 1));
  tandem_signpost_set_asset_id (signpost, sqlite3_column_int64 (stmt, 2));
  tandem_signpost_set_asset_name (signpost, tandem_store_column_text (stmt, 3));
  tandem_signpost_set_goal_key (signpost, tandem_store_column_text (stmt, 4));
  tandem_signpost_set_kind (signpost, tandem_store_column_enum (stmt, 5,
                                                                TANDEM_TYPE_SIGNPOST_KIND,
                                                                TANDEM_SIGNPOST_SIGNPOST));
  tandem_signpost_set_made_on (signpost, tandem_store_column_text (stmt, 6));
  tandem_signpost_set_reason (signpost, tandem_store_column_text (stmt, 7));
  tandem_signpost_set_handover (signpost, tandem_store_column_enum (stmt, 8,
                                                                    TANDEM_TYPE_HANDOVER,
                                                                    TANDEM_HANDOVER_INFORMATION));
  tandem_signpost_set_staff_id (signpost, sqlite3_column_int64 (stmt, 9));
  tandem_signpost_set_red_override (signpost, sqlite3_column_int (stmt, 10));
  tandem_signpost_set_override_reason (signpost, tandem_store_column_text (stmt, 11));
  tandem_signpost_set_follow_up_on (signpost, tandem_store_column_text (stmt, 12));
  tandem_signpost_set_outcome (signpost,
                               tandem_store_column_enum (stmt, 13, TANDEM_TYPE_SIGNPOST_OUTCOME,
                                                         TANDEM_SIGNPOST_OUTCOME_PENDING));
  tandem_signpost_set_outcome_on (signpost, tandem_store_column_text (stmt, 14));
  tandem_signpost_set_outcome_note (signpost, tandem_store_column_text (stmt, 15));

  return signpost;
}

/* A red asset is used only with an override that says why; the asset's current check
 * decides, so a check that turned red since still needs one for a new signpost. */
static gboolean
check_red_override (TandemStore     *self,
                    TandemSignpost  *signpost,
                    GError         **error)
{
  g_autoptr(TandemAsset) asset = NULL;

  if (tandem_record_get_id (signpost) != 0 || tandem_signpost_get_red_override (signpost))
    return TRUE;

  asset = tandem_store_load_asset (self, tandem_signpost_get_asset_id (signpost), error);
  if (asset == NULL)
    return FALSE;

  if (tandem_asset_get_suitability (asset) != TANDEM_SUITABILITY_RED)
    return TRUE;

  g_set_error (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE,
               _("The suitability check of \u201c%s\u201d is red. Use it only if you record "
                 "why."),
               tandem_asset_get_name (asset));
  return FALSE;
}

static gboolean
write_signpost (TandemStore    *self,
                gconstpointer   data,
                GError        **error)
{
  TandemSignpost *signpost = (TandemSignpost *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (signpost);

  if (!tandem_signpost_check (signpost, error) || !check_red_override (self, signpost, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO signpost (" SIGNPOST_COLUMNS ", created_at, "
                                 "updated_at) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                 "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE signpost SET person_id = ?1, asset_id = ?2, "
                                 "asset_name = ?3, goal_key = ?4, kind = ?5, made_on = ?6, "
                                 "reason = ?7, handover = ?8, staff_id = ?9, "
                                 "red_override = ?10, override_reason = ?11, "
                                 "follow_up_on = ?12, outcome = ?13, outcome_on = ?14, "
                                 "outcome_note = ?15, updated_at = ?16 WHERE id = ?17",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_id (stmt, 1, tandem_signpost_get_person_id (signpost));
  tandem_store_bind_id (stmt, 2, tandem_signpost_get_asset_id (signpost));
  tandem_store_bind_text (stmt, 3, tandem_signpost_get_asset_name (signpost));
  tandem_store_bind_text (stmt, 4, tandem_signpost_get_goal_key (signpost));
  tandem_store_bind_enum (stmt, 5, TANDEM_TYPE_SIGNPOST_KIND, tandem_signpost_get_kind (signpost));
  tandem_store_bind_text (stmt, 6, tandem_signpost_get_made_on (signpost));
  tandem_store_bind_text (stmt, 7, tandem_signpost_get_reason (signpost));
  tandem_store_bind_enum (stmt, 8, TANDEM_TYPE_HANDOVER, tandem_signpost_get_handover (signpost));
  tandem_store_bind_id (stmt, 9, tandem_signpost_get_staff_id (signpost));
  sqlite3_bind_int (stmt, 10, tandem_signpost_get_red_override (signpost));
  tandem_store_bind_text (stmt, 11, tandem_signpost_get_override_reason (signpost));
  tandem_store_bind_text (stmt, 12, tandem_signpost_get_follow_up_on (signpost));
  tandem_store_bind_enum (stmt, 13, TANDEM_TYPE_SIGNPOST_OUTCOME,
                          tandem_signpost_get_outcome (signpost));
  tandem_store_bind_text (stmt, 14, tandem_signpost_get_outcome_on (signpost));
  tandem_store_bind_text (stmt, 15, tandem_signpost_get_outcome_note (signpost));
  sqlite3_bind_text (stmt, SIGNPOST_TIMESTAMP, now, -1, SQLITE_TRANSIENT);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 17, id);

  if (!tandem_store_step_saved (self, stmt, signpost,
                                _("This record no longer exists: it may have been deleted."),
                                error))
    return FALSE;

  tandem_store_queue_change (self, tandem_signpost_get_person_id (signpost));
  return TRUE;
}

/**
 * tandem_store_save_signpost:
 *
 * Adds or updates a signpost or referral to an asset. A new one to an asset whose
 * suitability check is red fails with %TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE unless it
 * records an override and its reason.
 */
gboolean
tandem_store_save_signpost (TandemStore     *self,
                            TandemSignpost  *signpost,
                            GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (signpost), FALSE);

  return tandem_store_write (self, write_signpost, signpost, error);
}

/* Only the signposts of people the viewer may see, whether listed by person or by asset. */
#define SELECT_SIGNPOSTS(where) \
  "SELECT " SIGNPOST_COLUMNS " FROM signpost WHERE " where " AND " \
  TANDEM_SQL_MAY_READ_PERSON ("signpost.person_id") " ORDER BY made_on DESC, id DESC"

/* @sql is a literal: the store caches statements by its address. */
static GPtrArray *
list_signposts (TandemStore  *self,
                const char   *sql,
                gint64        id,
                GError      **error)
{
  g_autoptr(GPtrArray) signposts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (signposts, signpost_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&signposts);
}

/**
 * tandem_store_list_signposts:
 *
 * Returns: (transfer container) (element-type TandemSignpost): a person's signposts and
 *   referrals to assets, newest first
 */
GPtrArray *
tandem_store_list_signposts (TandemStore  *self,
                             gint64        person_id,
                             GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_signposts (self, SELECT_SIGNPOSTS ("person_id = ?1"), person_id, error);
}

/**
 * tandem_store_list_asset_signposts:
 *
 * Returns: (transfer container) (element-type TandemSignpost): everyone the viewer may see
 *   who was signposted or referred to an asset, newest first
 */
GPtrArray *
tandem_store_list_asset_signposts (TandemStore  *self,
                                   gint64        asset_id,
                                   GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_signposts (self, SELECT_SIGNPOSTS ("asset_id = ?1"), asset_id, error);
}

static gboolean
write_signpost_deletion (TandemStore    *self,
                         gconstpointer   data,
                         GError        **error)
{
  TandemSignpost *signpost = (TandemSignpost *) data;
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self, "DELETE FROM signpost WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (signpost));
  tandem_store_queue_change (self, tandem_signpost_get_person_id (signpost));
  return tandem_store_step_done (self, stmt, error);
}

gboolean
tandem_store_delete_signpost (TandemStore     *self,
                              TandemSignpost  *signpost,
                              GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (signpost), FALSE);

  return tandem_store_write (self, write_signpost_deletion, signpost, error);
}
