/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-store-private.h"

/* Actions agreed in supervision or at an MDT huddle. A huddle's actions are about a person
 * and show on their owner's caseload and the person's page until done, so saving one is a
 * change to that person. A supervision session's actions are as confidential as its notes:
 * every query here lets them through only under TANDEM_SQL_MAY_READ_SESSION. */

#define ACTION_COLUMNS \
  "a.id, a.supervision_id, a.huddle_case_id, c.person_id, a.description, a.owner_id, " \
  "a.due_on, a.done_on"

/* A supervision action follows its session's confidentiality, a huddle action its case's
 * (the caseload rule, or the huddle's chair). */
#define SELECT_ACTIONS(where) \
  "SELECT " ACTION_COLUMNS " FROM agreed_action a " \
  "LEFT JOIN huddle_case c ON c.id = a.huddle_case_id " \
  "WHERE (" where ") AND (CASE WHEN a.huddle_case_id IS NOT NULL THEN " \
  TANDEM_SQL_MAY_READ_HUDDLE_CASE ("c.person_id", "c.huddle_id") " ELSE " \
  TANDEM_SQL_MAY_READ_SESSION ("a.supervision_id") " END) " \
  "ORDER BY a.done_on != '', a.due_on = '', a.due_on, a.id"

static TandemAgreedAction *
action_from_row (sqlite3_stmt *stmt)
{
  TandemAgreedAction *action = tandem_agreed_action_new ();

  tandem_record_set_id (action, sqlite3_column_int64 (stmt, 0));
  tandem_agreed_action_set_supervision_id (action, sqlite3_column_int64 (stmt, 1));
  tandem_agreed_action_set_huddle_case_id (action, sqlite3_column_int64 (stmt, 2));
  tandem_agreed_action_set_person_id (action, sqlite3_column_int64 (stmt, 3));
  tandem_agreed_action_set_description (action, tandem_store_column_text (stmt, 4));
  tandem_agreed_action_set_owner_id (action, sqlite3_column_int64 (stmt, 5));
  tandem_agreed_action_set_due_on (action, tandem_store_column_text (stmt, 6));
  tandem_agreed_action_set_done_on (action, tandem_store_column_text (stmt, 7));

  return action;
}

/* Only someone who may read a supervision session may add to or change its actions. */
static gboolean
check_may_write (TandemStore         *self,
                 TandemAgreedAction  *action,
                 GError             **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 session_id = tandem_agreed_action_get_supervision_id (action);

  if (session_id == 0)
    return TRUE;

  stmt = tandem_store_prepare (self, "SELECT " TANDEM_SQL_MAY_READ_SESSION (":session"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":session"), session_id);
  tandem_store_bind_viewer (self, stmt);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0))
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       _("This supervision session is not yours to see. Only its members and "
                         "their supervisors can."));
  return FALSE;
}

/* Reads the person whose case a huddle action is about, and announces the change to them. */
static gboolean
queue_action_change (TandemStore         *self,
                     TandemAgreedAction  *action,
                     GError             **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;

  if (tandem_agreed_action_get_supervision_id (action) != 0)
    {
      tandem_store_queue_supervision_change (self);
      return TRUE;
    }

  stmt = tandem_store_prepare (self, "SELECT person_id FROM huddle_case WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_agreed_action_get_huddle_case_id (action));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This huddle case no longer exists: it may have been removed from "
                             "the agenda."));
      return FALSE;
    }

  tandem_agreed_action_set_person_id (action, sqlite3_column_int64 (stmt, 0));
  tandem_store_queue_change (self, tandem_agreed_action_get_person_id (action));
  tandem_store_queue_huddles_change (self);
  return TRUE;
}

static gboolean
write_action (TandemStore    *self,
              gconstpointer   data,
              GError        **error)
{
  TandemAgreedAction *action = (TandemAgreedAction *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (action);

  if (!tandem_agreed_action_check (action, error) || !check_may_write (self, action, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO agreed_action (supervision_id, huddle_case_id, "
                                 "description, owner_id, due_on, done_on, created_at, "
                                 "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE agreed_action SET supervision_id = ?1, "
                                 "huddle_case_id = ?2, description = ?3, owner_id = ?4, "
                                 "due_on = ?5, done_on = ?6, updated_at = ?7 WHERE id = ?8",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_id (stmt, 1, tandem_agreed_action_get_supervision_id (action));
  tandem_store_bind_id (stmt, 2, tandem_agreed_action_get_huddle_case_id (action));
  tandem_store_bind_text (stmt, 3, tandem_agreed_action_get_description (action));
  tandem_store_bind_id (stmt, 4, tandem_agreed_action_get_owner_id (action));
  tandem_store_bind_text (stmt, 5, tandem_agreed_action_get_due_on (action));
  tandem_store_bind_text (stmt, 6, tandem_agreed_action_get_done_on (action));
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 8, id);

  if (!tandem_store_step_saved (self, stmt, action,
                                _("This record no longer exists: it may have been deleted."),
                                error))
    return FALSE;

  return queue_action_change (self, action, error);
}

/**
 * tandem_store_save_agreed_action:
 *
 * Adds or updates an action agreed in supervision or at a huddle; marking it done is saving
 * it with its done-on date. A supervision action is refused unless the viewer may read its
 * session.
 */
gboolean
tandem_store_save_agreed_action (TandemStore         *self,
                                 TandemAgreedAction  *action,
                                 GError             **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (action), FALSE);

  return tandem_store_write (self, write_action, action, error);
}

static gboolean
write_action_deletion (TandemStore    *self,
                       gconstpointer   data,
                       GError        **error)
{
  TandemAgreedAction *action = (TandemAgreedAction *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  if (!check_may_write (self, action, error) || !queue_action_change (self, action, error))
    return FALSE;

  stmt = tandem_store_prepare (self, "DELETE FROM agreed_action WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (action));
  return tandem_store_step_done (self, stmt, error);
}

gboolean
tandem_store_delete_agreed_action (TandemStore         *self,
                                   TandemAgreedAction  *action,
                                   GError             **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (action), FALSE);

  return tandem_store_write (self, write_action_deletion, action, error);
}

/* @sql is a literal with ?1 and :viewer: the store caches statements by its address. */
static GPtrArray *
list_actions (TandemStore  *self,
              const char   *sql,
              gint64        id,
              GError      **error)
{
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (actions, action_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&actions);
}

/**
 * tandem_store_list_session_actions:
 *
 * Returns: (transfer container) (element-type TandemAgreedAction): a supervision session's
 *   actions, open ones first by due date; none unless the viewer may read the session
 */
GPtrArray *
tandem_store_list_session_actions (TandemStore  *self,
                                   gint64        session_id,
                                   GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_actions (self, SELECT_ACTIONS ("a.supervision_id = ?1"), session_id, error);
}

/**
 * tandem_store_list_huddle_case_actions:
 *
 * Returns: (transfer container) (element-type TandemAgreedAction): the actions agreed for
 *   one case at one huddle, open ones first by due date
 */
GPtrArray *
tandem_store_list_huddle_case_actions (TandemStore  *self,
                                       gint64        huddle_case_id,
                                       GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_actions (self, SELECT_ACTIONS ("a.huddle_case_id = ?1"), huddle_case_id, error);
}

/**
 * tandem_store_list_open_actions_for_owner:
 *
 * Returns: (transfer container) (element-type TandemAgreedAction): the actions a member of
 *   staff still has to do, from huddles and from the supervision sessions the viewer may
 *   read, soonest due first
 */
GPtrArray *
tandem_store_list_open_actions_for_owner (TandemStore  *self,
                                          gint64        owner_id,
                                          GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_actions (self, SELECT_ACTIONS ("a.owner_id = ?1 AND a.done_on = ''"), owner_id,
                       error);
}

/**
 * tandem_store_list_open_person_actions:
 *
 * Returns: (transfer container) (element-type TandemAgreedAction): the huddle actions about a
 *   person not done yet, from every huddle that discussed them, soonest due first
 */
GPtrArray *
tandem_store_list_open_person_actions (TandemStore  *self,
                                       gint64        person_id,
                                       GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_actions (self, SELECT_ACTIONS ("c.person_id = ?1 AND a.done_on = ''"), person_id,
                       error);
}
