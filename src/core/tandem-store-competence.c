/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-competence"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-store-private.h"

/* Competency frameworks, competency reviews, the CPD log, and the summary of a worker's
 * supervision their portfolio shows.
 *
 * A worker's reviews and CPD are part of their supervision record: every query that returns
 * them reads only what the viewer may (TANDEM_SQL_MAY_READ_WORKER), and a write for a worker
 * the viewer may not read fails as if they were not there. Frameworks are not confidential. */

/* Frameworks */

static gboolean
read_frameworks (TandemStore  *self,
                 GPtrArray    *frameworks,
                 GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT id, key, name, version, retired FROM competency_framework "
                          "ORDER BY retired, id",
                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCompetencyFramework *framework = tandem_competency_framework_new ();

      tandem_record_set_id (framework, sqlite3_column_int64 (stmt, 0));
      tandem_competency_framework_set_key (framework, (const char *) sqlite3_column_text (stmt, 1));
      tandem_competency_framework_set_name (framework, tandem_store_column_text (stmt, 2));
      tandem_competency_framework_set_version (framework, tandem_store_column_text (stmt, 3));
      tandem_competency_framework_set_retired (framework, sqlite3_column_int (stmt, 4));
      g_ptr_array_add (frameworks, framework);
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

static TandemCompetencyFramework *
find_framework (GPtrArray *frameworks,
                gint64     id)
{
  for (guint i = 0; i < frameworks->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (frameworks, i)) == id)
        return g_ptr_array_index (frameworks, i);
    }

  return NULL;
}

static gboolean
read_competencies (TandemStore  *self,
                   GPtrArray    *frameworks,
                   GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT id, framework_id, key, name, description FROM competency "
                          "ORDER BY framework_id, position, id",
                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCompetencyFramework *framework = find_framework (frameworks,
                                                             sqlite3_column_int64 (stmt, 1));

      if (framework != NULL)
        tandem_competency_framework_add_competency (framework, sqlite3_column_int64 (stmt, 0),
                                                    (const char *) sqlite3_column_text (stmt, 2),
                                                    tandem_store_column_text (stmt, 3),
                                                    tandem_store_column_text (stmt, 4));
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

static gboolean
read_levels (TandemStore  *self,
             GPtrArray    *frameworks,
             GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT framework_id, level, name FROM competency_level "
                          "ORDER BY framework_id, level",
                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCompetencyFramework *framework = find_framework (frameworks,
                                                             sqlite3_column_int64 (stmt, 0));

      if (framework != NULL)
        tandem_competency_framework_add_level (framework, sqlite3_column_int (stmt, 1),
                                               tandem_store_column_text (stmt, 2));
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

/**
 * tandem_store_list_competency_frameworks:
 *
 * Returns: (transfer container) (element-type TandemCompetencyFramework): every framework
 *   with its competencies and levels, those in use first, each in the order it was added
 */
GPtrArray *
tandem_store_list_competency_frameworks (TandemStore  *self,
                                         GError      **error)
{
  g_autoptr(GPtrArray) frameworks = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;

  ok = read_frameworks (self, frameworks, error) &&
       read_competencies (self, frameworks, error) &&
       read_levels (self, frameworks, error);
  tandem_store_end_read (self);

  return ok ? g_steal_pointer (&frameworks) : NULL;
}

/**
 * tandem_store_load_competency_framework:
 *
 * Returns: (transfer full): the framework with its competencies and levels, or %NULL with
 *   %TANDEM_STORE_ERROR_NOT_FOUND
 */
TandemCompetencyFramework *
tandem_store_load_competency_framework (TandemStore  *self,
                                        gint64        id,
                                        GError      **error)
{
  g_autoptr(GPtrArray) frameworks = tandem_store_list_competency_frameworks (self, error);
  TandemCompetencyFramework *framework;

  if (frameworks == NULL)
    return NULL;

  framework = find_framework (frameworks, id);
  if (framework == NULL)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This competency framework no longer exists."));
      return NULL;
    }

  return g_object_ref (framework);
}

static gboolean
insert_competencies (TandemStore                *self,
                     TandemCompetencyFramework  *framework,
                     GError                    **error)
{
  gint64 framework_id = tandem_record_get_id (framework);

  for (guint i = 0; i < tandem_competency_framework_get_n_competencies (framework); i++)
    {
      const TandemCompetency *competency = tandem_competency_framework_get_competency (framework, i);
      g_autoptr(TandemStoreStatement) stmt =
        tandem_store_prepare (self,
                              "INSERT INTO competency (framework_id, position, name, description) "
                              "VALUES (?1, ?2, ?3, ?4)",
                              error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, framework_id);
      sqlite3_bind_int (stmt, 2, i);
      tandem_store_bind_text (stmt, 3, competency->name);
      tandem_store_bind_text (stmt, 4, competency->description);
      if (!tandem_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < tandem_competency_framework_get_n_levels (framework); i++)
    {
      const TandemCompetencyLevel *level = tandem_competency_framework_get_level (framework, i);
      g_autoptr(TandemStoreStatement) stmt =
        tandem_store_prepare (self,
                              "INSERT INTO competency_level (framework_id, level, name) "
                              "VALUES (?1, ?2, ?3)",
                              error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, framework_id);
      sqlite3_bind_int (stmt, 2, level->level);
      tandem_store_bind_text (stmt, 3, level->name);
      if (!tandem_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* A framework's competencies and scale are fixed once saved, since reviews rate against
 * them: an edit changes only its name, version and whether it is retired. */
static gboolean
write_framework (TandemStore    *self,
                 gconstpointer   data,
                 GError        **error)
{
  TandemCompetencyFramework *framework = (TandemCompetencyFramework *) data;
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  const char *typed = tandem_competency_framework_get_name (framework);
  g_autofree char *name = g_strstrip (g_strdup (typed ? typed : ""));
  gint64 id = tandem_record_get_id (framework);

  if (tandem_competency_framework_is_built_in (framework))
    {
      g_set_error_literal (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_BUILT_IN,
                           _("This framework comes with Tandem and cannot be changed. Add a "
                             "framework of your own instead."));
      return FALSE;
    }

  if (!tandem_competency_framework_check (framework, errors))
    return tandem_competence_errors_to_error (errors, error);

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO competency_framework (name, version, retired) "
                                 "VALUES (?1, ?2, ?3)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE competency_framework SET name = ?1, version = ?2, "
                                 "retired = ?3 WHERE id = ?4 AND key IS NULL",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_text (stmt, 1, name);
  tandem_store_bind_text (stmt, 2, tandem_competency_framework_get_version (framework));
  sqlite3_bind_int (stmt, 3, tandem_competency_framework_get_retired (framework));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 4, id);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  if (id != 0)
    return TRUE;

  tandem_record_set_id (framework, sqlite3_last_insert_rowid (tandem_store_get_db (self)));
  return insert_competencies (self, framework, error);
}

/**
 * tandem_store_save_competency_framework:
 *
 * Adds a framework with its competencies and levels. Saving one already stored changes only
 * its name, version and whether it is retired; a built-in framework cannot be changed.
 */
gboolean
tandem_store_save_competency_framework (TandemStore                *self,
                                        TandemCompetencyFramework  *framework,
                                        GError                    **error)
{
  gboolean is_new;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (framework), FALSE);

  is_new = tandem_record_get_id (framework) == 0;
  if (tandem_store_write (self, write_framework, framework, error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (framework, 0);
  return FALSE;
}

/* Reviews */

/* Whether the viewer may read, and so write, @staff_id's supervision record. */
static gboolean
check_may_write (TandemStore  *self,
                 gint64        staff_id,
                 GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT 1 FROM staff WHERE id = ?1 AND "
                          TANDEM_SQL_MAY_READ_WORKER ("staff.id"),
                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  tandem_store_bind_viewer (self, stmt);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  g_set_error_literal (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_NOT_ALLOWED,
                       _("Only the worker and those who supervise them can record their "
                         "competence and CPD. Choose who you are in the app’s menu."));
  return FALSE;
}

static gboolean
check_review (TandemStore             *self,
              TandemCompetencyReview  *review,
              GError                 **error)
{
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(TandemCompetencyFramework) framework = NULL;
  GDate today;

  framework = tandem_store_load_competency_framework (self,
                                                      tandem_competency_review_get_framework_id (review),
                                                      error);
  if (framework == NULL)
    return FALSE;

  tandem_date_set_today (&today);
  tandem_competency_review_check (review, framework, &today, errors);
  return tandem_competence_errors_to_error (errors, error);
}

static gboolean
insert_ratings (TandemStore             *self,
                TandemCompetencyReview  *review,
                GError                 **error)
{
  GPtrArray *ratings = tandem_competency_review_get_ratings (review);
  g_autoptr(TandemStoreStatement) clear =
    tandem_store_prepare (self, "DELETE FROM competency_rating WHERE review_id = ?1", error);

  if (clear == NULL)
    return FALSE;

  sqlite3_bind_int64 (clear, 1, tandem_record_get_id (review));
  if (!tandem_store_step_done (self, clear, error))
    return FALSE;

  for (guint i = 0; i < ratings->len; i++)
    {
      TandemCompetencyRating *rating = g_ptr_array_index (ratings, i);
      g_autoptr(TandemStoreStatement) stmt =
        tandem_store_prepare (self,
                              "INSERT INTO competency_rating (review_id, competency_id, level, "
                              "evidence, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (review));
      sqlite3_bind_int64 (stmt, 2, rating->competency_id);
      sqlite3_bind_int (stmt, 3, rating->level);
      tandem_store_bind_text (stmt, 4, rating->evidence);
      tandem_store_bind_text (stmt, 5, rating->note);
      if (!tandem_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_review (TandemStore    *self,
              gconstpointer   data,
              GError        **error)
{
  TandemCompetencyReview *review = (TandemCompetencyReview *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (review);

  if (!check_may_write (self, tandem_competency_review_get_staff_id (review), error) ||
      !check_review (self, review, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO competency_review (staff_id, reviewer_id, "
                                 "framework_id, reviewed_on, note, created_at, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                                 error);
  else
    /* The review as stored must be one the viewer may read too, so nobody moves another's
     * review onto a worker they supervise. */
    stmt = tandem_store_prepare (self,
                                 "UPDATE competency_review SET staff_id = ?1, reviewer_id = ?2, "
                                 "framework_id = ?3, reviewed_on = ?4, note = ?5, "
                                 "updated_at = ?6 WHERE id = ?7 AND "
                                 TANDEM_SQL_MAY_READ_WORKER ("staff_id"),
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_id (stmt, 1, tandem_competency_review_get_staff_id (review));
  tandem_store_bind_id (stmt, 2, tandem_competency_review_get_reviewer_id (review));
  tandem_store_bind_id (stmt, 3, tandem_competency_review_get_framework_id (review));
  tandem_store_bind_text (stmt, 4, tandem_competency_review_get_reviewed_on (review));
  tandem_store_bind_text (stmt, 5, tandem_competency_review_get_note (review));
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (id != 0)
    {
      sqlite3_bind_int64 (stmt, 7, id);
      tandem_store_bind_viewer (self, stmt);
    }

  if (!tandem_store_step_saved (self, stmt, review,
                                _("This record no longer exists: it may have been deleted."),
                                error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  return insert_ratings (self, review, error);
}

/**
 * tandem_store_save_competency_review:
 *
 * Adds or updates a review with its ratings. It fails with
 * %TANDEM_COMPETENCE_ERROR_NOT_ALLOWED when the viewer may not read the worker's record, and
 * with %TANDEM_COMPETENCE_ERROR_INVALID when the review leaves a competency unrated, rates
 * off the scale or is dated in the future.
 */
gboolean
tandem_store_save_competency_review (TandemStore             *self,
                                     TandemCompetencyReview  *review,
                                     GError                 **error)
{
  gboolean is_new;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (review), FALSE);

  is_new = tandem_record_get_id (review) == 0;
  if (tandem_store_write (self, write_review, review, error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (review, 0);
  return FALSE;
}

#define REVIEW_COLUMNS "id, staff_id, reviewer_id, framework_id, reviewed_on, note"

static TandemCompetencyReview *
review_from_row (sqlite3_stmt *stmt)
{
  TandemCompetencyReview *review = tandem_competency_review_new ();

  tandem_record_set_id (review, sqlite3_column_int64 (stmt, 0));
  tandem_competency_review_set_staff_id (review, sqlite3_column_int64 (stmt, 1));
  tandem_competency_review_set_reviewer_id (review, sqlite3_column_int64 (stmt, 2));
  tandem_competency_review_set_framework_id (review, sqlite3_column_int64 (stmt, 3));
  tandem_competency_review_set_reviewed_on (review, tandem_store_column_text (stmt, 4));
  tandem_competency_review_set_note (review, tandem_store_column_text (stmt, 5));
  return review;
}

/* Reads the ratings of the reviews in @reviews, which the statement gives as review id,
 * competency id, level, evidence and note. */
static gboolean
read_ratings (TandemStore   *self,
              sqlite3_stmt  *stmt,
              GPtrArray     *reviews,
              GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  for (guint i = 0; i < reviews->len; i++)
    {
      TandemCompetencyReview *review = g_ptr_array_index (reviews, i);
      gint64 *id = g_new (gint64, 1);

      *id = tandem_record_get_id (review);
      g_hash_table_insert (by_id, id, review);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 review_id = sqlite3_column_int64 (stmt, 0);
      TandemCompetencyReview *review = g_hash_table_lookup (by_id, &review_id);

      if (review != NULL)
        tandem_competency_review_set_rating (review, sqlite3_column_int64 (stmt, 1),
                                             sqlite3_column_int (stmt, 2),
                                             tandem_store_column_text (stmt, 3),
                                             tandem_store_column_text (stmt, 4));
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

static GPtrArray *
read_reviews (TandemStore  *self,
              gint64        id,
              gboolean      by_worker,
              GError      **error)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(TandemStoreStatement) ratings = NULL;
  int rc;

  if (by_worker)
    stmt = tandem_store_prepare (self,
                                 "SELECT " REVIEW_COLUMNS " FROM competency_review "
                                 "WHERE staff_id = ?1 AND "
                                 TANDEM_SQL_MAY_READ_WORKER ("staff_id")
                                 " ORDER BY reviewed_on DESC, id DESC",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "SELECT " REVIEW_COLUMNS " FROM competency_review "
                                 "WHERE id = ?1 AND " TANDEM_SQL_MAY_READ_WORKER ("staff_id"),
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (reviews, review_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  if (by_worker)
    ratings = tandem_store_prepare (self,
                                    "SELECT r.review_id, r.competency_id, r.level, r.evidence, "
                                    "r.note FROM competency_rating r JOIN competency_review v "
                                    "ON v.id = r.review_id WHERE v.staff_id = ?1 AND "
                                    TANDEM_SQL_MAY_READ_WORKER ("v.staff_id"),
                                    error);
  else
    ratings = tandem_store_prepare (self,
                                    "SELECT r.review_id, r.competency_id, r.level, r.evidence, "
                                    "r.note FROM competency_rating r JOIN competency_review v "
                                    "ON v.id = r.review_id WHERE v.id = ?1 AND "
                                    TANDEM_SQL_MAY_READ_WORKER ("v.staff_id"),
                                    error);
  if (ratings == NULL)
    return NULL;

  sqlite3_bind_int64 (ratings, 1, id);
  tandem_store_bind_viewer (self, ratings);
  if (!read_ratings (self, ratings, reviews, error))
    return NULL;

  return g_steal_pointer (&reviews);
}

/**
 * tandem_store_load_competency_review:
 *
 * Returns: (transfer full): the review with its ratings, or %NULL with
 *   %TANDEM_STORE_ERROR_NOT_FOUND when there is none the viewer may read
 */
TandemCompetencyReview *
tandem_store_load_competency_review (TandemStore  *self,
                                     gint64        id,
                                     GError      **error)
{
  g_autoptr(GPtrArray) reviews = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;
  reviews = read_reviews (self, id, FALSE, error);
  tandem_store_end_read (self);

  if (reviews == NULL)
    return NULL;

  if (reviews->len == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This review does not exist, or you may not read it."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (reviews, 0));
}

/**
 * tandem_store_list_competency_reviews:
 *
 * Returns: (transfer container) (element-type TandemCompetencyReview): the worker's reviews
 *   the viewer may read, each with its ratings, the newest first
 */
GPtrArray *
tandem_store_list_competency_reviews (TandemStore  *self,
                                      gint64        staff_id,
                                      GError      **error)
{
  GPtrArray *reviews;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;
  reviews = read_reviews (self, staff_id, TRUE, error);
  tandem_store_end_read (self);

  return reviews;
}

static gboolean
write_review_deletion (TandemStore    *self,
                       gconstpointer   data,
                       GError        **error)
{
  TandemCompetencyReview *review = (TandemCompetencyReview *) data;
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "DELETE FROM competency_review WHERE id = ?1 AND "
                          TANDEM_SQL_MAY_READ_WORKER ("staff_id"),
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (review));
  tandem_store_bind_viewer (self, stmt);
  if (!tandem_store_step_changed (self, stmt,
                                  _("This review does not exist, or you may not change it."),
                                  error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

gboolean
tandem_store_delete_competency_review (TandemStore             *self,
                                       TandemCompetencyReview  *review,
                                       GError                 **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (review), FALSE);

  return tandem_store_write (self, write_review_deletion, review, error);
}

static TandemCompetencySeries *
find_series (GPtrArray *series,
             gint64     competency_id)
{
  for (guint i = 0; i < series->len; i++)
    {
      TandemCompetencySeries *entry = g_ptr_array_index (series, i);

      if (entry->competency_id == competency_id)
        return entry;
    }

  return NULL;
}

static gboolean
read_history (TandemStore  *self,
              gint64        staff_id,
              gint64        framework_id,
              GPtrArray    *series,
              GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT v.reviewed_on, r.competency_id, r.level "
                          "FROM competency_rating r JOIN competency_review v "
                          "ON v.id = r.review_id WHERE v.staff_id = ?1 AND v.framework_id = ?2 "
                          "AND " TANDEM_SQL_MAY_READ_WORKER ("v.staff_id")
                          " ORDER BY v.reviewed_on, v.id",
                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  sqlite3_bind_int64 (stmt, 2, framework_id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCompetencySeries *entry = find_series (series, sqlite3_column_int64 (stmt, 1));
      TandemCompetencyPoint point = { { 0 }, 0, sqlite3_column_int (stmt, 2) };

      if (entry == NULL)
        continue;

      g_strlcpy (point.reviewed_on, tandem_store_column_text (stmt, 0), sizeof point.reviewed_on);
      point.day = tandem_date_iso_to_julian (point.reviewed_on);
      g_array_append_val (entry->points, point);
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

/**
 * tandem_store_load_competency_history:
 *
 * A worker's levels in each competency of a framework over their reviews, for charts. Every
 * competency has a series, in the framework's order, empty when no review the viewer may
 * read rated it.
 *
 * Returns: (transfer container) (element-type TandemCompetencySeries): the series
 */
GPtrArray *
tandem_store_load_competency_history (TandemStore  *self,
                                      gint64        staff_id,
                                      gint64        framework_id,
                                      GError      **error)
{
  g_autoptr(TandemCompetencyFramework) framework = NULL;
  g_autoptr(GPtrArray) series = NULL;
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  framework = tandem_store_load_competency_framework (self, framework_id, error);
  if (framework == NULL)
    return NULL;

  series = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_competency_series_free);
  for (guint i = 0; i < tandem_competency_framework_get_n_competencies (framework); i++)
    {
      TandemCompetencySeries *entry = g_new0 (TandemCompetencySeries, 1);

      entry->competency_id = tandem_competency_framework_get_competency (framework, i)->id;
      entry->points = g_array_new (FALSE, TRUE, sizeof (TandemCompetencyPoint));
      g_ptr_array_add (series, entry);
    }

  if (!tandem_store_begin_read (self, error))
    return NULL;
  ok = read_history (self, staff_id, framework_id, series, error);
  tandem_store_end_read (self);

  return ok ? g_steal_pointer (&series) : NULL;
}

/* CPD */

#define CPD_COLUMNS \
  "id, staff_id, done_on, activity, hours, learning, reflection, competency_id, evidence"

static TandemCpdEntry *
cpd_from_row (sqlite3_stmt *stmt)
{
  TandemCpdEntry *entry = tandem_cpd_entry_new ();

  tandem_record_set_id (entry, sqlite3_column_int64 (stmt, 0));
  tandem_cpd_entry_set_staff_id (entry, sqlite3_column_int64 (stmt, 1));
  tandem_cpd_entry_set_done_on (entry, tandem_store_column_text (stmt, 2));
  tandem_cpd_entry_set_activity (entry, tandem_store_column_text (stmt, 3));
  tandem_cpd_entry_set_hours (entry, sqlite3_column_double (stmt, 4));
  tandem_cpd_entry_set_learning (entry, tandem_store_column_text (stmt, 5));
  tandem_cpd_entry_set_reflection (entry, tandem_store_column_text (stmt, 6));
  tandem_cpd_entry_set_competency_id (entry, sqlite3_column_int64 (stmt, 7));
  tandem_cpd_entry_set_evidence (entry, tandem_store_column_text (stmt, 8));
  return entry;
}

static gboolean
write_cpd_entry (TandemStore    *self,
                 gconstpointer   data,
                 GError        **error)
{
  TandemCpdEntry *entry = (TandemCpdEntry *) data;
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (entry);
  GDate today;

  if (!check_may_write (self, tandem_cpd_entry_get_staff_id (entry), error))
    return FALSE;

  tandem_date_set_today (&today);
  tandem_cpd_entry_check (entry, &today, errors);
  if (!tandem_competence_errors_to_error (errors, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO cpd_entry (" CPD_COLUMNS ", created_at, updated_at) "
                                 "VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE cpd_entry SET staff_id = ?1, done_on = ?2, "
                                 "activity = ?3, hours = ?4, learning = ?5, reflection = ?6, "
                                 "competency_id = ?7, evidence = ?8, updated_at = ?9 "
                                 "WHERE id = ?10 AND " TANDEM_SQL_MAY_READ_WORKER ("staff_id"),
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_id (stmt, 1, tandem_cpd_entry_get_staff_id (entry));
  tandem_store_bind_text (stmt, 2, tandem_cpd_entry_get_done_on (entry));
  tandem_store_bind_text (stmt, 3, tandem_cpd_entry_get_activity (entry));
  sqlite3_bind_double (stmt, 4, tandem_cpd_entry_get_hours (entry));
  tandem_store_bind_text (stmt, 5, tandem_cpd_entry_get_learning (entry));
  tandem_store_bind_text (stmt, 6, tandem_cpd_entry_get_reflection (entry));
  tandem_store_bind_id (stmt, 7, tandem_cpd_entry_get_competency_id (entry));
  tandem_store_bind_text (stmt, 8, tandem_cpd_entry_get_evidence (entry));
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  if (id != 0)
    {
      sqlite3_bind_int64 (stmt, 10, id);
      tandem_store_bind_viewer (self, stmt);
    }

  if (!tandem_store_step_saved (self, stmt, entry,
                                _("This record no longer exists: it may have been deleted."),
                                error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

/**
 * tandem_store_save_cpd_entry:
 *
 * Adds or updates a CPD entry; fails with %TANDEM_COMPETENCE_ERROR_NOT_ALLOWED when the
 * viewer may not read the worker's record.
 */
gboolean
tandem_store_save_cpd_entry (TandemStore     *self,
                             TandemCpdEntry  *entry,
                             GError         **error)
{
  gboolean is_new;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (entry), FALSE);

  is_new = tandem_record_get_id (entry) == 0;
  if (tandem_store_write (self, write_cpd_entry, entry, error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (entry, 0);
  return FALSE;
}

/**
 * tandem_store_list_cpd_entries:
 *
 * Returns: (transfer container) (element-type TandemCpdEntry): the worker's CPD the viewer
 *   may read, the newest first
 */
GPtrArray *
tandem_store_list_cpd_entries (TandemStore  *self,
                               gint64        staff_id,
                               GError      **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " CPD_COLUMNS " FROM cpd_entry WHERE staff_id = ?1 AND "
                               TANDEM_SQL_MAY_READ_WORKER ("staff_id")
                               " ORDER BY done_on DESC, id DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, cpd_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

static gboolean
write_cpd_deletion (TandemStore    *self,
                    gconstpointer   data,
                    GError        **error)
{
  TandemCpdEntry *entry = (TandemCpdEntry *) data;
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "DELETE FROM cpd_entry WHERE id = ?1 AND "
                          TANDEM_SQL_MAY_READ_WORKER ("staff_id"),
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (entry));
  tandem_store_bind_viewer (self, stmt);
  if (!tandem_store_step_changed (self, stmt,
                                  _("This CPD entry does not exist, or you may not change it."),
                                  error))
    return FALSE;

  tandem_store_queue_supervision_change (self);
  return TRUE;
}

gboolean
tandem_store_delete_cpd_entry (TandemStore     *self,
                               TandemCpdEntry  *entry,
                               GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (entry), FALSE);

  return tandem_store_write (self, write_cpd_deletion, entry, error);
}

/**
 * tandem_store_count_cpd_hours:
 *
 * Returns: (transfer full) (element-type TandemCpdYear): the worker's CPD hours and entries
 *   per calendar year, the latest year first; empty when the viewer may read none
 */
GArray *
tandem_store_count_cpd_hours (TandemStore  *self,
                              gint64        staff_id,
                              GError      **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (TandemCpdYear));
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT CAST(substr(done_on, 1, 4) AS INTEGER) AS year, "
                               "SUM(hours), COUNT(*) FROM cpd_entry WHERE staff_id = ?1 AND "
                               TANDEM_SQL_MAY_READ_WORKER ("staff_id")
                               " GROUP BY year ORDER BY year DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCpdYear year = {
        sqlite3_column_int (stmt, 0),
        sqlite3_column_double (stmt, 1),
        sqlite3_column_int (stmt, 2),
      };

      g_array_append_val (years, year);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&years);
}

/* Supervision, for the portfolio */

void
tandem_supervision_summary_free (TandemSupervisionSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->held_on);
  g_free (summary->supervisor_name);
  g_free (summary);
}

/**
 * tandem_store_list_supervision_summary:
 *
 * What a portfolio shows of a worker's supervision: when, what kind, how long, with whom and
 * how many cases were discussed, never the notes. Only sessions the viewer may read.
 *
 * Returns: (transfer container) (element-type TandemSupervisionSummary): the sessions the
 *   worker was supervised in, the newest first
 */
GPtrArray *
tandem_store_list_supervision_summary (TandemStore  *self,
                                       gint64        staff_id,
                                       GError      **error)
{
  g_autoptr(GPtrArray) sessions =
    g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_supervision_summary_free);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT s.held_on, s.kind, s.duration_minutes, "
                               "COALESCE(st.name, ''), (SELECT COUNT(*) FROM supervision_case c "
                               "WHERE c.session_id = s.id) "
                               "FROM supervision_session s JOIN supervision_member m "
                               "ON m.session_id = s.id AND m.staff_id = ?1 "
                               "LEFT JOIN staff st ON st.id = s.supervisor_id WHERE "
                               TANDEM_SQL_MAY_READ_SESSION ("s.id")
                               " ORDER BY s.held_on DESC, s.id DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemSupervisionSummary *summary = g_new0 (TandemSupervisionSummary, 1);

      summary->held_on = g_strdup (tandem_store_column_text (stmt, 0));
      summary->kind = tandem_store_column_enum (stmt, 1, TANDEM_TYPE_SUPERVISION_KIND,
                                                TANDEM_SUPERVISION_LINE_MANAGEMENT);
      summary->duration_minutes = sqlite3_column_int (stmt, 2);
      summary->supervisor_name = g_strdup (tandem_store_column_text (stmt, 3));
      summary->n_cases = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (sessions, summary);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&sessions);
}
