/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-store-private.h"

/* Supervision: who supervises whom, how often each role is expected to be supervised, and
 * the sessions with their members' wellbeing checks, the cases discussed and the actions
 * agreed.
 *
 * Sessions are confidential. Every query here that returns a session or any part of one
 * lets rows through only under TANDEM_SQL_MAY_READ_SESSION with the viewer bound, and a
 * session is only saved if the viewer could read it afterwards, so nobody writes what they
 * could not read back. The dates of workers' last sessions are not confidential: the team's
 * due list is built from them alone. */

static gboolean
fail_not_yours (GError **error)
{
  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       _("This supervision session is not yours to see. Only those supervised "
                         "in it, whoever led it and their supervisors can."));
  return FALSE;
}

static GArray *
list_ids (TandemStore  *self,
          const char   *sql,
          gint64        id,
          GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 value = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, value);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * tandem_store_list_supervisors:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the staff assigned to
 *   supervise @staff_id, by name
 */
GArray *
tandem_store_list_supervisors (TandemStore  *self,
                               gint64        staff_id,
                               GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_ids (self,
                   "SELECT s.supervisor_id FROM staff_supervisor s "
                   "JOIN staff st ON st.id = s.supervisor_id WHERE s.staff_id = ?1 "
                   "ORDER BY st.name, st.id",
                   staff_id, error);
}

/**
 * tandem_store_list_supervisees:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the staff still working whom
 *   @supervisor_id is assigned to supervise, by name
 */
GArray *
tandem_store_list_supervisees (TandemStore  *self,
                               gint64        supervisor_id,
                               GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return list_ids (self,
                   "SELECT s.staff_id FROM staff_supervisor s "
                   "JOIN staff st ON st.id = s.staff_id "
                   "WHERE s.supervisor_id = ?1 AND st.retired = 0 ORDER BY st.name, st.id",
                   supervisor_id, error);
}

typedef struct
{
  gint64  staff_id;
  GArray *supervisor_ids;
} Supervisors;

/* Being someone's supervisor lets you read their supervision record, so only a member of
 * staff in the supervisor role may say who supervises whom. */
static gboolean
check_may_assign_supervisors (TandemStore  *self,
                              GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT 1 FROM staff WHERE id = :viewer AND role = 'supervisor' "
                          "AND retired = 0",
                          error);

  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_viewer (self, stmt);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       _("Only a supervisor can change who supervises whom. Ask your "
                         "supervisor to do it."));
  return FALSE;
}

static gboolean
write_supervisors (TandemStore    *self,
                   gconstpointer   data,
                   GError        **error)
{
  const Supervisors *supervisors = data;
  g_autoptr(TandemStoreStatement) clear = NULL;

  if (!check_may_assign_supervisors (self, error))
    return FALSE;

  clear = tandem_store_prepare (self, "DELETE FROM staff_supervisor WHERE staff_id = ?1", error);
  if (clear == NULL)
    return FALSE;

  sqlite3_bind_int64 (clear, 1, supervisors->staff_id);
  if (!tandem_store_step_done (self, clear, error))
    return FALSE;

  for (guint i = 0; i < supervisors->supervisor_ids->len; i++)
    {
      g_autoptr(TandemStoreStatement) stmt = NULL;
      gint64 supervisor_id = g_array_index (supervisors->supervisor_ids, gint64, i);

      if (supervisor_id == supervisors->staff_id)
        {
          g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                               _("Nobody can be their own supervisor."));
          return FALSE;
        }

      stmt = tandem_store_prepare (self,
                                   "INSERT OR IGNORE INTO staff_supervisor "
                                   "(staff_id, supervisor_id) VALUES (?1, ?2)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, supervisors->staff_id);
      sqlite3_bind_int64 (stmt, 2, supervisor_id);
      if (!tandem_store_step_done (self, stmt, error))
        return FALSE;
    }

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

/**
 * tandem_store_set_supervisors:
 * @supervisor_ids: (element-type gint64): the staff who supervise @staff_id
 *
 * Replaces who is assigned to supervise a member of staff. Assigned supervisors may read
 * the worker's supervision record. Only a member of staff in the supervisor role may.
 */
gboolean
tandem_store_set_supervisors (TandemStore  *self,
                              gint64        staff_id,
                              GArray       *supervisor_ids,
                              GError      **error)
{
  Supervisors supervisors = { staff_id, supervisor_ids };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (supervisor_ids != NULL, FALSE);

  return tandem_store_write (self, write_supervisors, &supervisors, error);
}

/**
 * tandem_store_list_supervision_frequencies:
 *
 * Returns: (transfer full) (element-type TandemSupervisionFrequency): how often each role
 *   is expected to have each kind of supervision; a pair not listed is not expected
 */
GArray *
tandem_store_list_supervision_frequencies (TandemStore  *self,
                                           GError      **error)
{
  g_autoptr(GArray) frequencies = g_array_new (FALSE, TRUE, sizeof (TandemSupervisionFrequency));
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT role, kind, interval_days FROM supervision_frequency",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemSupervisionFrequency frequency;

      frequency.role = tandem_store_column_enum (stmt, 0, TANDEM_TYPE_ROLE, -1);
      frequency.kind = tandem_store_column_enum (stmt, 1, TANDEM_TYPE_SUPERVISION_KIND, -1);
      frequency.interval_days = sqlite3_column_int (stmt, 2);
      /* A role or kind this version does not know is skipped, not misread. */
      if ((int) frequency.role >= 0 && (int) frequency.kind >= 0)
        g_array_append_val (frequencies, frequency);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&frequencies);
}

static gboolean
write_frequency (TandemStore    *self,
                 gconstpointer   data,
                 GError        **error)
{
  const TandemSupervisionFrequency *frequency = data;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  if (frequency->interval_days == 0)
    stmt = tandem_store_prepare (self,
                                 "DELETE FROM supervision_frequency WHERE role = ?1 AND kind = ?2",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "INSERT OR REPLACE INTO supervision_frequency "
                                 "(role, kind, interval_days) VALUES (?1, ?2, ?3)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_enum (stmt, 1, TANDEM_TYPE_ROLE, frequency->role);
  tandem_store_bind_enum (stmt, 2, TANDEM_TYPE_SUPERVISION_KIND, frequency->kind);
  if (frequency->interval_days != 0)
    sqlite3_bind_int (stmt, 3, frequency->interval_days);
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

/**
 * tandem_store_set_supervision_frequency:
 * @interval_days: the days expected between sessions, or 0 for not expected
 */
gboolean
tandem_store_set_supervision_frequency (TandemStore            *self,
                                        TandemRole              role,
                                        TandemSupervisionKind   kind,
                                        guint                   interval_days,
                                        GError                **error)
{
  TandemSupervisionFrequency frequency = { role, kind, interval_days };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (interval_days > 3660)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("Supervision is expected at least every ten years, or not at all."));
      return FALSE;
    }

  return tandem_store_write (self, write_frequency, &frequency, error);
}

static gboolean
write_default_frequencies (TandemStore    *self,
                           gconstpointer   data,
                           GError        **error)
{
  const TandemSupervisionFrequency *defaults;
  guint n_defaults;

  if (!tandem_store_exec (self, "DELETE FROM supervision_frequency", error))
    return FALSE;

  defaults = tandem_supervision_default_frequencies (&n_defaults);
  for (guint i = 0; i < n_defaults; i++)
    if (!write_frequency (self, &defaults[i], error))
      return FALSE;

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

/**
 * tandem_store_reset_supervision_frequencies:
 *
 * Puts back the expected frequencies a new database starts with.
 */
gboolean
tandem_store_reset_supervision_frequencies (TandemStore  *self,
                                            GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, write_default_frequencies, NULL, error);
}

/* Sessions */

#define SESSION_COLUMNS \
  "s.id, s.kind, s.supervisor_id, s.held_on, s.duration_minutes, s.notes"

static TandemSupervisionSession *
session_from_row (sqlite3_stmt *stmt)
{
  TandemSupervisionSession *session = tandem_supervision_session_new ();

  tandem_record_set_id (session, sqlite3_column_int64 (stmt, 0));
  tandem_supervision_session_set_kind (session,
                                       tandem_store_column_enum (stmt, 1,
                                                                 TANDEM_TYPE_SUPERVISION_KIND,
                                                                 TANDEM_SUPERVISION_LINE_MANAGEMENT));
  tandem_supervision_session_set_supervisor_id (session, sqlite3_column_int64 (stmt, 2));
  tandem_supervision_session_set_held_on (session, tandem_store_column_text (stmt, 3));
  tandem_supervision_session_set_duration_minutes (session, sqlite3_column_int (stmt, 4));
  tandem_supervision_session_set_notes (session, tandem_store_column_text (stmt, 5));

  return session;
}

static gboolean
finish_rows (TandemStore  *self,
             int           rc,
             GError      **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;

  return tandem_store_fail (self, rc, error);
}

/* Whether the viewer may read the session: the one rule, asked of the database. */
static gboolean
may_read_session (TandemStore  *self,
                  gint64        session_id,
                  gboolean     *may_read,
                  GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT " TANDEM_SQL_MAY_READ_SESSION (":session") ", "
                               "EXISTS (SELECT 1 FROM supervision_session WHERE id = :session)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":session"), session_id);
  tandem_store_bind_viewer (self, stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return tandem_store_fail (self, rc, error);

  if (!sqlite3_column_int (stmt, 1))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This supervision session no longer exists: it may have been "
                             "deleted."));
      return FALSE;
    }

  *may_read = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

static gboolean
load_members (TandemStore               *self,
              TandemSupervisionSession  *session,
              GError                   **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  GPtrArray *members = tandem_supervision_session_get_members (session);
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT m.staff_id, m.coping, m.workload, m.supported, "
                               "m.wellbeing_note FROM supervision_member m "
                               "JOIN staff st ON st.id = m.staff_id "
                               "WHERE m.session_id = ?1 AND "
                               TANDEM_SQL_MAY_READ_SESSION ("m.session_id")
                               " ORDER BY st.name, st.id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (session));
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemSupervisionMember *member = tandem_supervision_member_new (sqlite3_column_int64 (stmt,
                                                                                             0));

      member->coping = sqlite3_column_int (stmt, 1);
      member->workload = sqlite3_column_int (stmt, 2);
      member->supported = sqlite3_column_int (stmt, 3);
      tandem_supervision_member_set_wellbeing_note (member, tandem_store_column_text (stmt, 4));
      g_ptr_array_add (members, member);
    }

  return finish_rows (self, rc, error);
}

static gboolean
load_cases (TandemStore               *self,
            TandemSupervisionSession  *session,
            GError                   **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  GPtrArray *cases = tandem_supervision_session_get_cases (session);
  int rc;

  /* The cases discussed follow the session's confidentiality, not the caseload rule: those
   * who may read a session were in it, or supervise someone who was, and heard every case. */
  stmt = tandem_store_prepare (self,
                               "SELECT c.person_id, p.given_name || ' ' || p.family_name, "
                               "c.reason, c.escalation, c.escalation_note "
                               "FROM supervision_case c JOIN person p ON p.id = c.person_id "
                               "WHERE c.session_id = ?1 AND "
                               TANDEM_SQL_MAY_READ_SESSION ("c.session_id")
                               " ORDER BY c.id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (session));
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemSupervisionCase *item = tandem_supervision_case_new (sqlite3_column_int64 (stmt, 0));

      tandem_supervision_case_set_texts (item, tandem_store_column_text (stmt, 1),
                                         tandem_store_column_text (stmt, 2),
                                         tandem_store_column_text (stmt, 4));
      item->escalation = tandem_store_column_enum (stmt, 3, TANDEM_TYPE_ESCALATION,
                                                   TANDEM_ESCALATION_NONE);
      g_ptr_array_add (cases, item);
    }

  return finish_rows (self, rc, error);
}

static gboolean
load_actions (TandemStore               *self,
              TandemSupervisionSession  *session,
              GError                   **error)
{
  g_autoptr(GPtrArray) actions = NULL;

  actions = tandem_store_list_session_actions (self, tandem_record_get_id (session), error);
  if (actions == NULL)
    return FALSE;

  for (guint i = 0; i < actions->len; i++)
    g_ptr_array_add (tandem_supervision_session_get_actions (session),
                     g_object_ref (g_ptr_array_index (actions, i)));

  return TRUE;
}

static TandemSupervisionSession *
load_session (TandemStore  *self,
              gint64        id,
              GError      **error)
{
  g_autoptr(TandemSupervisionSession) session = NULL;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gboolean may_read = FALSE;
  int rc;

  if (!may_read_session (self, id, &may_read, error))
    return NULL;
  if (!may_read)
    {
      fail_not_yours (error);
      return NULL;
    }

  stmt = tandem_store_prepare (self,
                               "SELECT " SESSION_COLUMNS " FROM supervision_session s "
                               "WHERE s.id = ?1 AND " TANDEM_SQL_MAY_READ_SESSION ("s.id"),
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        fail_not_yours (error);
      else
        tandem_store_fail (self, rc, error);
      return NULL;
    }

  session = session_from_row (stmt);
  g_clear_pointer (&stmt, tandem_store_statement_release);

  if (!load_members (self, session, error) || !load_cases (self, session, error) ||
      !load_actions (self, session, error))
    return NULL;

  return g_steal_pointer (&session);
}

/**
 * tandem_store_load_supervision_session:
 *
 * Returns: (transfer full): the session with its members, cases and actions; fails with
 *   %TANDEM_STORE_ERROR_NOT_FOUND when the viewer may not read it
 */
TandemSupervisionSession *
tandem_store_load_supervision_session (TandemStore  *self,
                                       gint64        id,
                                       GError      **error)
{
  TandemSupervisionSession *session;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  /* One moment of the database for the session and all its parts. */
  if (!tandem_store_begin_read (self, error))
    return NULL;

  session = load_session (self, id, error);
  tandem_store_end_read (self);

  return session;
}

/**
 * tandem_store_list_worker_sessions:
 *
 * Returns: (transfer container) (element-type TandemSupervisionSession): the sessions
 *   @staff_id was supervised in that the viewer may read, newest first, without their parts
 */
GPtrArray *
tandem_store_list_worker_sessions (TandemStore  *self,
                                   gint64        staff_id,
                                   GError      **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " SESSION_COLUMNS " FROM supervision_member m "
                               "JOIN supervision_session s ON s.id = m.session_id "
                               "WHERE m.staff_id = ?1 AND " TANDEM_SQL_MAY_READ_SESSION ("s.id")
                               " ORDER BY s.held_on DESC, s.id DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sessions, session_from_row (stmt));

  if (!finish_rows (self, rc, error))
    return NULL;

  return g_steal_pointer (&sessions);
}

static gboolean
write_session_row (TandemStore               *self,
                   TandemSupervisionSession  *session,
                   GError                   **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (session);

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO supervision_session (kind, supervisor_id, held_on, "
                                 "duration_minutes, notes, created_at, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE supervision_session SET kind = ?1, supervisor_id = ?2, "
                                 "held_on = ?3, duration_minutes = ?4, notes = ?5, "
                                 "updated_at = ?6 WHERE id = ?7",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_enum (stmt, 1, TANDEM_TYPE_SUPERVISION_KIND,
                          tandem_supervision_session_get_kind (session));
  tandem_store_bind_id (stmt, 2, tandem_supervision_session_get_supervisor_id (session));
  tandem_store_bind_text (stmt, 3, tandem_supervision_session_get_held_on (session));
  sqlite3_bind_int (stmt, 4, tandem_supervision_session_get_duration_minutes (session));
  tandem_store_bind_text (stmt, 5, tandem_supervision_session_get_notes (session));
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 7, id);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    tandem_record_set_id (session, sqlite3_last_insert_rowid (tandem_store_get_db (self)));

  return TRUE;
}

static gboolean
clear_parts (TandemStore  *self,
             gint64        id,
             GError      **error)
{
  g_autoptr(TandemStoreStatement) members = NULL;
  g_autoptr(TandemStoreStatement) cases = NULL;

  members = tandem_store_prepare (self, "DELETE FROM supervision_member WHERE session_id = ?1",
                                  error);
  if (members == NULL)
    return FALSE;

  sqlite3_bind_int64 (members, 1, id);
  if (!tandem_store_step_done (self, members, error))
    return FALSE;

  cases = tandem_store_prepare (self, "DELETE FROM supervision_case WHERE session_id = ?1", error);
  if (cases == NULL)
    return FALSE;

  sqlite3_bind_int64 (cases, 1, id);
  return tandem_store_step_done (self, cases, error);
}

static gboolean
write_members (TandemStore               *self,
               TandemSupervisionSession  *session,
               GError                   **error)
{
  GPtrArray *members = tandem_supervision_session_get_members (session);

  for (guint i = 0; i < members->len; i++)
    {
      TandemSupervisionMember *member = g_ptr_array_index (members, i);
      g_autoptr(TandemStoreStatement) stmt = NULL;

      stmt = tandem_store_prepare (self,
                                   "INSERT INTO supervision_member (session_id, staff_id, coping, "
                                   "workload, supported, wellbeing_note) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (session));
      sqlite3_bind_int64 (stmt, 2, member->staff_id);
      sqlite3_bind_int (stmt, 3, member->coping);
      sqlite3_bind_int (stmt, 4, member->workload);
      sqlite3_bind_int (stmt, 5, member->supported);
      tandem_store_bind_text (stmt, 6, member->wellbeing_note);
      if (!tandem_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_cases (TandemStore               *self,
             TandemSupervisionSession  *session,
             GError                   **error)
{
  GPtrArray *cases = tandem_supervision_session_get_cases (session);

  for (guint i = 0; i < cases->len; i++)
    {
      TandemSupervisionCase *item = g_ptr_array_index (cases, i);
      g_autoptr(TandemStoreStatement) stmt = NULL;

      stmt = tandem_store_prepare (self,
                                   "INSERT INTO supervision_case (session_id, person_id, reason, "
                                   "escalation, escalation_note) VALUES (?1, ?2, ?3, ?4, ?5)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (session));
      sqlite3_bind_int64 (stmt, 2, item->person_id);
      tandem_store_bind_text (stmt, 3, item->reason);
      tandem_store_bind_enum (stmt, 4, TANDEM_TYPE_ESCALATION, item->escalation);
      tandem_store_bind_text (stmt, 5, item->escalation_note);
      if (!tandem_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
action_is_kept (GPtrArray *actions,
                gint64     id)
{
  for (guint i = 0; i < actions->len; i++)
    if (tandem_record_get_id (g_ptr_array_index (actions, i)) == id)
      return TRUE;

  return FALSE;
}

/* Through the actions' own store, which applies the same rule to them. */
static gboolean
write_actions (TandemStore               *self,
               TandemSupervisionSession  *session,
               GError                   **error)
{
  GPtrArray *actions = tandem_supervision_session_get_actions (session);
  g_autoptr(GPtrArray) stored = NULL;

  stored = tandem_store_list_session_actions (self, tandem_record_get_id (session), error);
  if (stored == NULL)
    return FALSE;

  for (guint i = 0; i < stored->len; i++)
    {
      TandemAgreedAction *old = g_ptr_array_index (stored, i);

      if (!action_is_kept (actions, tandem_record_get_id (old)) &&
          !tandem_store_delete_agreed_action (self, old, error))
        return FALSE;
    }

  for (guint i = 0; i < actions->len; i++)
    {
      TandemAgreedAction *action = g_ptr_array_index (actions, i);

      tandem_agreed_action_set_huddle_case_id (action, 0);
      tandem_agreed_action_set_supervision_id (action, tandem_record_get_id (session));
      if (!tandem_store_save_agreed_action (self, action, error))
        return FALSE;
    }

  return TRUE;
}

/* A session is saved only if the viewer may read what was there and could read it back. */
static gboolean
write_session (TandemStore    *self,
               gconstpointer   data,
               GError        **error)
{
  TandemSupervisionSession *session = (TandemSupervisionSession *) data;
  gint64 id = tandem_record_get_id (session);
  gboolean may_read = FALSE;
  GDate today;

  tandem_date_set_today (&today);
  if (!tandem_supervision_session_check (session, &today, error))
    return FALSE;

  if (id != 0)
    {
      if (!may_read_session (self, id, &may_read, error))
        return FALSE;
      if (!may_read)
        return fail_not_yours (error);
    }

  if (!write_session_row (self, session, error) ||
      !clear_parts (self, tandem_record_get_id (session), error) ||
      !write_members (self, session, error))
    return FALSE;

  if (!may_read_session (self, tandem_record_get_id (session), &may_read, error))
    return FALSE;
  if (!may_read)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("You could not read this session back: record only sessions you "
                             "led, took part in, or for staff you supervise."));
      return FALSE;
    }

  if (!write_cases (self, session, error) || !write_actions (self, session, error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

/**
 * tandem_store_save_supervision_session:
 *
 * Adds or updates a session with its members, cases and actions, in one transaction. A
 * session the viewer may not read, or could not read once saved, is refused. A new session
 * and its actions get their ids; on failure they keep what they had.
 */
gboolean
tandem_store_save_supervision_session (TandemStore               *self,
                                       TandemSupervisionSession  *session,
                                       GError                   **error)
{
  gint64 id;
  g_autoptr(GArray) action_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *actions;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (session), FALSE);

  id = tandem_record_get_id (session);
  actions = tandem_supervision_session_get_actions (session);
  for (guint i = 0; i < actions->len; i++)
    {
      gint64 action_id = tandem_record_get_id (g_ptr_array_index (actions, i));

      g_array_append_val (action_ids, action_id);
    }

  if (tandem_store_write (self, write_session, session, error))
    return TRUE;

  /* The transaction was rolled back: so are the ids it handed out. */
  tandem_record_set_id (session, id);
  for (guint i = 0; i < actions->len; i++)
    {
      TandemAgreedAction *action = g_ptr_array_index (actions, i);

      tandem_record_set_id (action, g_array_index (action_ids, gint64, i));
      tandem_agreed_action_set_supervision_id (action, id);
    }

  return FALSE;
}

static gboolean
write_session_deletion (TandemStore    *self,
                        gconstpointer   data,
                        GError        **error)
{
  const gint64 *id = data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gboolean may_read = FALSE;

  if (!may_read_session (self, *id, &may_read, error))
    return FALSE;
  if (!may_read)
    return fail_not_yours (error);

  stmt = tandem_store_prepare (self, "DELETE FROM supervision_session WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, *id);
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

/**
 * tandem_store_delete_supervision_session:
 *
 * Deletes a session with its members, cases and actions; refused unless the viewer may read
 * it. To undo, save a tandem_supervision_session_dup() of it loaded before, with its id and
 * its actions' ids set to 0.
 */
gboolean
tandem_store_delete_supervision_session (TandemStore  *self,
                                         gint64        id,
                                         GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, write_session_deletion, &id, error);
}

/* Due dates */

static GHashTable *
load_last_dates (TandemStore  *self,
                 GError      **error)
{
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      (GDestroyNotify) g_strfreev);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  /* Dates alone, which are not confidential: no viewer rule. */
  stmt = tandem_store_prepare (self,
                               "SELECT m.staff_id, s.kind, MAX (s.held_on) "
                               "FROM supervision_member m "
                               "JOIN supervision_session s ON s.id = m.session_id "
                               "GROUP BY m.staff_id, s.kind",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 staff_id = sqlite3_column_int64 (stmt, 0);
      int kind = tandem_store_column_enum (stmt, 1, TANDEM_TYPE_SUPERVISION_KIND, -1);
      char **dates = g_hash_table_lookup (last, &staff_id);

      if (kind < 0)
        continue;

      if (dates == NULL)
        {
          dates = g_new0 (char *, TANDEM_N_SUPERVISION_KINDS + 1);
          for (guint i = 0; i < TANDEM_N_SUPERVISION_KINDS; i++)
            dates[i] = g_strdup ("");
          g_hash_table_insert (last, g_memdup2 (&staff_id, sizeof staff_id), dates);
        }

      g_free (dates[kind]);
      dates[kind] = g_strdup (tandem_store_column_text (stmt, 2));
    }

  if (!finish_rows (self, rc, error))
    return NULL;

  return g_steal_pointer (&last);
}

static GPtrArray *
list_due (TandemStore  *self,
          const GDate  *today,
          GError      **error)
{
  g_autoptr(GPtrArray) workers = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_worker_due_free);
  g_autoptr(GArray) frequencies = NULL;
  g_autoptr(GHashTable) last = NULL;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  frequencies = tandem_store_list_supervision_frequencies (self, error);
  if (frequencies == NULL)
    return NULL;

  last = load_last_dates (self, error);
  if (last == NULL)
    return NULL;

  stmt = tandem_store_prepare (self,
                               "SELECT id, name, role FROM staff WHERE retired = 0 "
                               "ORDER BY name, id",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemWorkerDue *worker = g_new0 (TandemWorkerDue, 1);

      worker->staff_id = sqlite3_column_int64 (stmt, 0);
      worker->name = g_strdup (tandem_store_column_text (stmt, 1));
      worker->role = tandem_store_column_enum (stmt, 2, TANDEM_TYPE_ROLE, TANDEM_ROLE_LINK_WORKER);
      worker->dues = tandem_supervision_due_compute (worker->role,
                                                     (TandemSupervisionFrequency *) frequencies->data,
                                                     frequencies->len,
                                                     g_hash_table_lookup (last, &worker->staff_id),
                                                     today);
      g_ptr_array_add (workers, worker);
    }

  if (!finish_rows (self, rc, error))
    return NULL;

  return g_steal_pointer (&workers);
}

/**
 * tandem_store_list_supervision_due:
 * @today: the day to judge on
 *
 * Returns: (transfer container) (element-type TandemWorkerDue): every member of staff still
 *   working, by name, with when each kind of supervision expected of their role is next due.
 *   Built from the dates of sessions alone, which everyone may see.
 */
GPtrArray *
tandem_store_list_supervision_due (TandemStore  *self,
                                   const GDate  *today,
                                   GError      **error)
{
  GPtrArray *workers;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;

  workers = list_due (self, today, error);
  tandem_store_end_read (self);

  return workers;
}
