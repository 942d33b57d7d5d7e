/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-measures"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-enums.h"
#include "tandem-measure.h"
#include "tandem-store-private.h"

/* Outcome measure results. Only complete, valid results are stored (a partial one waits as a
 * draft); each is stored with its scores too, so reports can read them with SQL. As for
 * people, column N of a row is bound as ?N when written. */

#define RESULT_COLUMNS "id, person_id, kind, stage, taken_on, answers, details, staff_id"

#define RESULT_SCORE 8
#define RESULT_RAW 9
#define RESULT_LEVEL 10
#define RESULT_TIMESTAMP 11
#define RESULT_ID 12

static TandemMeasureResult *
result_from_row (sqlite3_stmt *stmt)
{
  TandemMeasureResult *result = tandem_measure_result_new ();

  tandem_record_set_id (result, sqlite3_column_int64 (stmt, 0));
  tandem_measure_result_set_person_id (result, sqlite3_column_int64 (stmt, 1));
  tandem_measure_result_set_kind (result, tandem_store_column_enum (stmt, 2,
                                                                    TANDEM_TYPE_MEASURE_KIND,
                                                                    TANDEM_MEASURE_ONS4));
  tandem_measure_result_set_stage (result, tandem_store_column_enum (stmt, 3,
                                                                     TANDEM_TYPE_MEASURE_STAGE,
                                                                     TANDEM_STAGE_FOLLOW_UP));
  tandem_measure_result_set_taken_on (result, tandem_store_column_text (stmt, 4));
  tandem_measure_result_set_answers (result, tandem_store_column_text (stmt, 5));
  tandem_measure_result_set_details (result, tandem_store_column_text (stmt, 6));
  tandem_measure_result_set_staff_id (result, sqlite3_column_int64 (stmt, 7));

  return result;
}

static void
bind_number (sqlite3_stmt *stmt,
             int           index,
             double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

static void
bind_result (sqlite3_stmt             *stmt,
             TandemMeasureResult      *result,
             const TandemMeasureScore *score,
             const char               *now)
{
  tandem_store_bind_id (stmt, 1, tandem_measure_result_get_person_id (result));
  tandem_store_bind_enum (stmt, 2, TANDEM_TYPE_MEASURE_KIND,
                          tandem_measure_result_get_kind (result));
  tandem_store_bind_enum (stmt, 3, TANDEM_TYPE_MEASURE_STAGE,
                          tandem_measure_result_get_stage (result));
  tandem_store_bind_text (stmt, 4, tandem_measure_result_get_taken_on (result));
  tandem_store_bind_text (stmt, 5, tandem_measure_result_get_answers (result));
  tandem_store_bind_text (stmt, 6, tandem_measure_result_get_details (result));
  tandem_store_bind_id (stmt, 7, tandem_measure_result_get_staff_id (result));
  bind_number (stmt, RESULT_SCORE, score->score);
  bind_number (stmt, RESULT_RAW, score->raw);
  sqlite3_bind_int (stmt, RESULT_LEVEL, score->level);
  sqlite3_bind_text (stmt, RESULT_TIMESTAMP, now, -1, SQLITE_TRANSIENT);
}

static gboolean
write_result (TandemStore    *self,
              gconstpointer   data,
              GError        **error)
{
  TandemMeasureResult *result = (TandemMeasureResult *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (result);
  TandemMeasureScore score;

  if (!tandem_measure_result_score (result, &score, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO measure_result (" RESULT_COLUMNS ", score, raw, "
                                 "level, created_at, updated_at) VALUES (NULL, ?1, ?2, ?3, ?4, "
                                 "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE measure_result SET person_id = ?1, kind = ?2, "
                                 "stage = ?3, taken_on = ?4, answers = ?5, details = ?6, "
                                 "staff_id = ?7, score = ?8, raw = ?9, level = ?10, "
                                 "updated_at = ?11 WHERE id = ?12",
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_result (stmt, result, &score, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, RESULT_ID, id);

  if (!tandem_store_step_saved (self, stmt, result,
                                _("This result no longer exists: it may have been deleted."),
                                error))
    return FALSE;

  tandem_store_queue_change (self, tandem_measure_result_get_person_id (result));
  return TRUE;
}

/**
 * tandem_store_save_measure_result:
 *
 * Saves a complete result. One with an answer missing or out of range, or with no date, is
 * refused with a message that says which (see tandem_measure_result_score()).
 */
gboolean
tandem_store_save_measure_result (TandemStore          *self,
                                  TandemMeasureResult  *result,
                                  GError              **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (result), FALSE);

  return tandem_store_write (self, write_result, result, error);
}

/**
 * tandem_store_list_measure_results:
 *
 * Returns: (transfer full) (element-type TandemMeasureResult): the person's results of every
 *   measure, the earliest first
 */
GPtrArray *
tandem_store_list_measure_results (TandemStore  *self,
                                   gint64        person_id,
                                   GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " RESULT_COLUMNS " FROM measure_result "
                               "WHERE person_id = ?1 AND "
                               TANDEM_SQL_MAY_READ_PERSON ("measure_result.person_id") " "
                               "ORDER BY taken_on, id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (results, result_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&results);
}

static gboolean
delete_result (TandemStore    *self,
               gconstpointer   data,
               GError        **error)
{
  TandemMeasureResult *result = (TandemMeasureResult *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  stmt = tandem_store_prepare (self, "DELETE FROM measure_result WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (result));
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_store_queue_change (self, tandem_measure_result_get_person_id (result));
  return TRUE;
}

gboolean
tandem_store_delete_measure_result (TandemStore          *self,
                                    TandemMeasureResult  *result,
                                    GError              **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (result), FALSE);

  return tandem_store_write (self, delete_result, result, error);
}
