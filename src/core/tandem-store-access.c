/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-access"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-store-private.h"

/* Who sees which people: the PCN's caseload scope, and the rule that applies it
 * (TANDEM_SQL_MAY_READ_PERSON in tandem-store-private.h, which every query about people
 * includes). */

/**
 * tandem_store_get_caseload_scope:
 *
 * Returns: whether workers see the whole team's caseload or only their own;
 *   %TANDEM_CASELOAD_SCOPE_TEAM with @error set when the database cannot be read
 */
TandemCaseloadScope
tandem_store_get_caseload_scope (TandemStore  *self,
                                 GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), TANDEM_CASELOAD_SCOPE_TEAM);

  stmt = tandem_store_prepare (self, "SELECT caseload_scope FROM pcn WHERE id = 1", error);
  if (stmt == NULL)
    return TANDEM_CASELOAD_SCOPE_TEAM;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return tandem_store_column_enum (stmt, 0, TANDEM_TYPE_CASELOAD_SCOPE,
                                     TANDEM_CASELOAD_SCOPE_TEAM);
  if (rc != SQLITE_DONE)
    tandem_store_fail (self, rc, error);

  /* No PCN row yet: the schema's default. */
  return TANDEM_CASELOAD_SCOPE_TEAM;
}

static gboolean
write_caseload_scope (TandemStore    *self,
                      gconstpointer   data,
                      GError        **error)
{
  TandemCaseloadScope scope = GPOINTER_TO_INT (data);
  g_autoptr(TandemStoreStatement) insert = NULL;
  g_autoptr(TandemStoreStatement) update = NULL;

  if (!tandem_store_require_staff_manager (self, NULL))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                           _("Only an administrator can choose which caseload workers see. "
                             "Ask one of your administrators to change it."));
      return FALSE;
    }

  /* A database whose PCN has no name yet has no row to update. */
  insert = tandem_store_prepare (self, "INSERT OR IGNORE INTO pcn (id, name) VALUES (1, '')",
                                 error);
  update = tandem_store_prepare (self, "UPDATE pcn SET caseload_scope = ?1 WHERE id = 1", error);
  if (insert == NULL || update == NULL)
    return FALSE;

  tandem_store_bind_enum (update, 1, TANDEM_TYPE_CASELOAD_SCOPE, scope);
  if (!tandem_store_step_done (self, insert, error) ||
      !tandem_store_step_done (self, update, error))
    return FALSE;

  tandem_store_queue_team_change (self);
  return TRUE;
}

/**
 * tandem_store_set_caseload_scope:
 *
 * Chooses whether workers see the whole team's caseload or only the people referred to them.
 * Only an administrator may, or anyone while the team has none (as for managing staff).
 * Every listener then reloads, since what each may see has changed.
 */
gboolean
tandem_store_set_caseload_scope (TandemStore          *self,
                                 TandemCaseloadScope   scope,
                                 GError              **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (scope == TANDEM_CASELOAD_SCOPE_TEAM ||
                        scope == TANDEM_CASELOAD_SCOPE_OWN, FALSE);

  if (!tandem_store_write (self, write_caseload_scope, GINT_TO_POINTER (scope), error))
    return FALSE;

  tandem_store_notify_reset (self);
  return TRUE;
}

/**
 * tandem_store_may_read_person:
 *
 * Returns: whether the viewer may see @person_id under the caseload access rule; %FALSE with
 *   @error set when the database cannot be read. A person who does not exist is not readable.
 */
gboolean
tandem_store_may_read_person (TandemStore  *self,
                              gint64        person_id,
                              GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  stmt = tandem_store_prepare (self,
                               "SELECT 1 FROM person p WHERE p.id = :person AND "
                               TANDEM_SQL_MAY_READ_PERSON ("p.id"),
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":person"), person_id);
  tandem_store_bind_viewer (self, stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    tandem_store_fail (self, rc, error);

  return FALSE;
}
