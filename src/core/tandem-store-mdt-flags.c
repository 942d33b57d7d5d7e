/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-mdt-flags"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-store-private.h"

/* Cases put forward for an MDT huddle. A flag waits until a huddle's agenda takes it (a
 * huddle case names it); a flag is the person's, so a change to one is a change to them. */

/* Only the flags of people the viewer may see. */
#define SELECT_FLAGS(where) \
  "SELECT f.id, f.person_id, f.reason, f.flagged_by_id, f.flagged_on, " \
  "(SELECT c.huddle_id FROM huddle_case c WHERE c.flag_id = f.id LIMIT 1) " \
  "FROM mdt_flag f WHERE " where " AND " TANDEM_SQL_MAY_READ_PERSON ("f.person_id") " " \
  "ORDER BY f.flagged_on DESC, f.id DESC"

static TandemMdtFlag *
flag_from_row (sqlite3_stmt *stmt)
{
  TandemMdtFlag *flag = tandem_mdt_flag_new ();

  tandem_record_set_id (flag, sqlite3_column_int64 (stmt, 0));
  tandem_mdt_flag_set_person_id (flag, sqlite3_column_int64 (stmt, 1));
  tandem_mdt_flag_set_reason (flag, tandem_store_column_text (stmt, 2));
  tandem_mdt_flag_set_flagged_by_id (flag, sqlite3_column_int64 (stmt, 3));
  tandem_mdt_flag_set_flagged_on (flag, tandem_store_column_text (stmt, 4));
  tandem_mdt_flag_set_huddle_id (flag, sqlite3_column_int64 (stmt, 5));

  return flag;
}

/* A huddle case takes one flag, so a person has at most one waiting: a second would bring
 * them back to the huddle after the one that discussed them. */
static gboolean
check_not_waiting (TandemStore    *self,
                   TandemMdtFlag  *flag,
                   GError        **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT 1 FROM mdt_flag f WHERE f.person_id = ?1 AND NOT EXISTS "
                          "(SELECT 1 FROM huddle_case c WHERE c.flag_id = f.id)",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_mdt_flag_get_person_id (flag));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  g_set_error_literal (error, TANDEM_MDT_FLAG_ERROR, TANDEM_MDT_FLAG_ERROR_INVALID,
                       _("This case is already waiting for the next huddle. Withdraw it and "
                         "put it forward again to give a new reason."));
  return FALSE;
}

static gboolean
write_flag (TandemStore    *self,
            gconstpointer   data,
            GError        **error)
{
  TandemMdtFlag *flag = (TandemMdtFlag *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (flag);

  if (!tandem_mdt_flag_check (flag, error) || (id == 0 && !check_not_waiting (self, flag, error)))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO mdt_flag (person_id, reason, flagged_by_id, "
                                 "flagged_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE mdt_flag SET person_id = ?1, reason = ?2, "
                                 "flagged_by_id = ?3, flagged_on = ?4 WHERE id = ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_id (stmt, 1, tandem_mdt_flag_get_person_id (flag));
  tandem_store_bind_text (stmt, 2, tandem_mdt_flag_get_reason (flag));
  tandem_store_bind_id (stmt, 3, tandem_mdt_flag_get_flagged_by_id (flag));
  tandem_store_bind_text (stmt, 4, tandem_mdt_flag_get_flagged_on (flag));
  if (id == 0)
    sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 6, id);

  if (!tandem_store_step_saved (self, stmt, flag,
                                _("This record no longer exists: it may have been deleted."),
                                error))
    return FALSE;

  tandem_store_queue_change (self, tandem_mdt_flag_get_person_id (flag));
  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/**
 * tandem_store_save_mdt_flag:
 *
 * Puts a case forward for the next huddle, or changes the reason given.
 */
gboolean
tandem_store_save_mdt_flag (TandemStore    *self,
                            TandemMdtFlag  *flag,
                            GError        **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (flag), FALSE);

  return tandem_store_write (self, write_flag, flag, error);
}

static gboolean
write_flag_deletion (TandemStore    *self,
                     gconstpointer   data,
                     GError        **error)
{
  TandemMdtFlag *flag = (TandemMdtFlag *) data;
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "DELETE FROM mdt_flag WHERE id = ?1 AND NOT EXISTS "
                          "(SELECT 1 FROM huddle_case c WHERE c.flag_id = ?1)",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (flag));
  if (!tandem_store_step_changed (self, stmt,
                                  _("This case is already on a huddle's agenda. Ask the chair to "
                                    "remove it there."),
                                  error))
    return FALSE;

  tandem_store_queue_change (self, tandem_mdt_flag_get_person_id (flag));
  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/**
 * tandem_store_withdraw_mdt_flag:
 *
 * Takes back a case put forward, while no huddle's agenda has taken it yet.
 */
gboolean
tandem_store_withdraw_mdt_flag (TandemStore    *self,
                                TandemMdtFlag  *flag,
                                GError        **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (flag), FALSE);

  return tandem_store_write (self, write_flag_deletion, flag, error);
}

static GPtrArray *
list_flags (TandemStore  *self,
            const char   *sql,
            gint64        id,
            GError      **error)
{
  g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (flags, flag_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&flags);
}

/**
 * tandem_store_list_mdt_flags:
 *
 * Returns: (transfer container) (element-type TandemMdtFlag): a person's flags for MDT,
 *   newest first, each with the huddle that took it, if any
 */
GPtrArray *
tandem_store_list_mdt_flags (TandemStore  *self,
                             gint64        person_id,
                             GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_flags (self, SELECT_FLAGS ("f.person_id = ?1"), person_id, error);
}

/**
 * tandem_store_list_waiting_mdt_flags:
 *
 * Returns: (transfer container) (element-type TandemMdtFlag): every flag no huddle's agenda
 *   has taken yet, of the people the viewer may see, newest first
 */
GPtrArray *
tandem_store_list_waiting_mdt_flags (TandemStore  *self,
                                     GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_flags (self,
                     SELECT_FLAGS ("?1 = 0 AND NOT EXISTS "
                                   "(SELECT 1 FROM huddle_case c WHERE c.flag_id = f.id)"),
                     0, error);
}
