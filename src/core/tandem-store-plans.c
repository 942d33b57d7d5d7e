/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-plans"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-store-private.h"

/* Personalised care and support plans. A person has one plan, kept as numbered versions: the
 * latest may be a draft, the ones before it were agreed and are frozen (triggers in the
 * schema refuse any change to them, whoever asks). A review copies the latest agreed version
 * into a new draft, keeping each need, goal and action's key so versions can be compared.
 *
 * The editor saves as the user types, so writing a need, goal or action is one small
 * statement and announces nothing: only creating, agreeing and reviewing a plan change what
 * the caseload shows, and those are announced as a change to the person. */

/* The version's text columns, bound from the properties of the same name (with "-" for "_"),
 * in this order, after the columns VERSION_COLUMNS starts with. */
static const char * const version_text_columns[] = {
  "about_important", "about_people", "about_communication", "about_wellness", "about_do_dont",
  "about_support", "about_worth_knowing", "about_supported_by", "strengths", "support",
  "contingency_triggers", "contingency_warning_signs", "contingency_coping",
  "contingency_actions", "contingency_contacts", "representative_name", "representative_role",
  "agreed_on", "agreed_how", "review_on", "language",
};

#define VERSION_COLUMNS \
  "id, person_id, number, state, is_review, agreed_with, agreed_by_staff_id, " \
  "review_staff_id, prepared_by_staff_id, format, " \
  "about_important, about_people, about_communication, about_wellness, about_do_dont, " \
  "about_support, about_worth_knowing, about_supported_by, strengths, support, " \
  "contingency_triggers, contingency_warning_signs, contingency_coping, " \
  "contingency_actions, contingency_contacts, representative_name, representative_role, " \
  "agreed_on, agreed_how, review_on, language"

#define VERSION_FIRST_TEXT 10
#define VERSION_TIMESTAMP 31
#define VERSION_ID 32

static char *
property_for_column (const char *column)
{
  return g_strdelimit (g_strdup (column), "_", '-');
}

static TandemPlanVersion *
version_from_row (sqlite3_stmt *stmt)
{
  TandemPlanVersion *version = tandem_plan_version_new ();

  tandem_record_set_id (version, sqlite3_column_int64 (stmt, 0));
  tandem_plan_version_set_person_id (version, sqlite3_column_int64 (stmt, 1));
  tandem_plan_version_set_number (version, sqlite3_column_int (stmt, 2));
  tandem_plan_version_set_state (version, tandem_store_column_enum (stmt, 3,
                                                                    TANDEM_TYPE_PLAN_STATE,
                                                                    TANDEM_PLAN_DRAFT));
  tandem_plan_version_set_is_review (version, sqlite3_column_int (stmt, 4));
  tandem_plan_version_set_agreed_with (version,
                                       tandem_store_column_enum (stmt, 5,
                                                                 TANDEM_TYPE_PLAN_AGREED_WITH,
                                                                 TANDEM_PLAN_AGREED_WITH_PERSON));
  tandem_plan_version_set_agreed_by_staff_id (version, sqlite3_column_int64 (stmt, 6));
  tandem_plan_version_set_review_staff_id (version, sqlite3_column_int64 (stmt, 7));
  tandem_plan_version_set_prepared_by_staff_id (version, sqlite3_column_int64 (stmt, 8));
  tandem_plan_version_set_format (version, tandem_store_column_enum (stmt, 9,
                                                                     TANDEM_TYPE_PLAN_FORMAT,
                                                                     TANDEM_PLAN_FORMAT_STANDARD));

  for (guint i = 0; i < G_N_ELEMENTS (version_text_columns); i++)
    {
      g_autofree char *property = property_for_column (version_text_columns[i]);

      g_object_set (version, property,
                    tandem_store_column_text (stmt, VERSION_FIRST_TEXT + i), NULL);
    }

  return version;
}

static void
bind_version (sqlite3_stmt      *stmt,
              TandemPlanVersion *version,
              const char        *now)
{
  tandem_store_bind_id (stmt, 1, tandem_plan_version_get_person_id (version));
  sqlite3_bind_int (stmt, 2, tandem_plan_version_get_number (version));
  tandem_store_bind_enum (stmt, 3, TANDEM_TYPE_PLAN_STATE, tandem_plan_version_get_state (version));
  sqlite3_bind_int (stmt, 4, tandem_plan_version_get_is_review (version));
  tandem_store_bind_enum (stmt, 5, TANDEM_TYPE_PLAN_AGREED_WITH,
                          tandem_plan_version_get_agreed_with (version));
  tandem_store_bind_id (stmt, 6, tandem_plan_version_get_agreed_by_staff_id (version));
  tandem_store_bind_id (stmt, 7, tandem_plan_version_get_review_staff_id (version));
  tandem_store_bind_id (stmt, 8, tandem_plan_version_get_prepared_by_staff_id (version));
  tandem_store_bind_enum (stmt, 9, TANDEM_TYPE_PLAN_FORMAT,
                          tandem_plan_version_get_format (version));

  for (guint i = 0; i < G_N_ELEMENTS (version_text_columns); i++)
    {
      g_autofree char *property = property_for_column (version_text_columns[i]);
      g_autofree char *text = NULL;

      g_object_get (version, property, &text, NULL);
      tandem_store_bind_text (stmt, VERSION_FIRST_TEXT + i, text);
    }

  sqlite3_bind_text (stmt, VERSION_TIMESTAMP, now, -1, SQLITE_TRANSIENT);
}

/* Reports an update that touched no row: the record was deleted meanwhile. */
static gboolean
check_updated (TandemStore  *self,
               GError      **error)
{
  if (sqlite3_changes (tandem_store_get_db (self)) > 0)
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       _("This plan no longer exists: it may have been deleted."));
  return FALSE;
}

static gboolean
insert_version (TandemStore        *self,
                TandemPlanVersion  *version,
                GError            **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();

  stmt = tandem_store_prepare (self,
                               "INSERT INTO plan_version (" VERSION_COLUMNS ", created_at, "
                               "updated_at) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                               "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
                               "?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?31)",
                               error);
  if (stmt == NULL)
    return FALSE;

  bind_version (stmt, version, now);
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_record_set_id (version, sqlite3_last_insert_rowid (tandem_store_get_db (self)));
  return TRUE;
}

static gboolean
update_version (TandemStore        *self,
                TandemPlanVersion  *version,
                GError            **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();

  stmt = tandem_store_prepare (self,
                               "UPDATE plan_version SET person_id = ?1, number = ?2, state = ?3, "
                               "is_review = ?4, agreed_with = ?5, agreed_by_staff_id = ?6, "
                               "review_staff_id = ?7, prepared_by_staff_id = ?8, format = ?9, "
                               "about_important = ?10, about_people = ?11, "
                               "about_communication = ?12, about_wellness = ?13, "
                               "about_do_dont = ?14, about_support = ?15, "
                               "about_worth_knowing = ?16, about_supported_by = ?17, "
                               "strengths = ?18, support = ?19, contingency_triggers = ?20, "
                               "contingency_warning_signs = ?21, contingency_coping = ?22, "
                               "contingency_actions = ?23, contingency_contacts = ?24, "
                               "representative_name = ?25, representative_role = ?26, "
                               "agreed_on = ?27, agreed_how = ?28, review_on = ?29, "
                               "language = ?30, updated_at = ?31 WHERE id = ?32",
                               error);
  if (stmt == NULL)
    return FALSE;

  bind_version (stmt, version, now);
  sqlite3_bind_int64 (stmt, VERSION_ID, tandem_record_get_id (version));

  return tandem_store_step_done (self, stmt, error) && check_updated (self, error);
}

static gboolean
write_version (TandemStore    *self,
               gconstpointer   data,
               GError        **error)
{
  TandemPlanVersion *version = (TandemPlanVersion *) data;

  if (tandem_record_get_id (version) == 0)
    return insert_version (self, version, error);

  return update_version (self, version, error);
}

/**
 * tandem_store_save_plan_version:
 *
 * Saves a draft's own fields: About me, strengths, support, contingency, the agreement as
 * far as it is filled in, review, language and format. Agreed versions cannot be saved.
 */
gboolean
tandem_store_save_plan_version (TandemStore        *self,
                                TandemPlanVersion  *version,
                                GError            **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), FALSE);

  return tandem_store_write (self, write_version, version, error);
}

/**
 * tandem_store_load_plan_version:
 *
 * Returns: (transfer full): the version's own fields, without its needs, goals and actions;
 *   NOT_FOUND also when the viewer may not see its person
 */
TandemPlanVersion *
tandem_store_load_plan_version (TandemStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " VERSION_COLUMNS " FROM plan_version WHERE id = ?1 AND "
                               TANDEM_SQL_MAY_READ_PERSON ("plan_version.person_id"),
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return version_from_row (stmt);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                         _("This plan no longer exists: it may have been deleted."));
  else
    tandem_store_fail (self, rc, error);

  return NULL;
}

/**
 * tandem_store_list_plan_versions:
 *
 * Returns: (transfer full) (element-type TandemPlanVersion): the versions of the person's
 *   plan, the latest first; empty when they have no plan or the viewer may not see them
 */
GPtrArray *
tandem_store_list_plan_versions (TandemStore  *self,
                                 gint64        person_id,
                                 GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " VERSION_COLUMNS " FROM plan_version "
                               "WHERE person_id = ?1 AND "
                               TANDEM_SQL_MAY_READ_PERSON ("plan_version.person_id") " "
                               "ORDER BY number DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (versions, version_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&versions);
}

/* Needs, goals and actions. Column N of a row is bound as ?N when written; the parent's id
 * is column 1 and the position column 3 in each. */

#define NEED_COLUMNS "id, version_id, key, position, words"
#define GOAL_COLUMNS "id, need_id, key, position, words, importance, status, target_on, outcome"
#define ACTION_COLUMNS \
  "id, goal_id, key, position, what, who, due_on, status, confidence, review_on"

static TandemPlanNeed *
need_from_row (sqlite3_stmt *stmt)
{
  TandemPlanNeed *need = tandem_plan_need_new ();

  tandem_record_set_id (need, sqlite3_column_int64 (stmt, 0));
  tandem_plan_need_set_version_id (need, sqlite3_column_int64 (stmt, 1));
  tandem_plan_need_set_key (need, tandem_store_column_text (stmt, 2));
  tandem_plan_need_set_position (need, sqlite3_column_int (stmt, 3));
  tandem_plan_need_set_words (need, tandem_store_column_text (stmt, 4));

  return need;
}

static TandemPlanGoal *
goal_from_row (sqlite3_stmt *stmt)
{
  TandemPlanGoal *goal = tandem_plan_goal_new ();

  tandem_record_set_id (goal, sqlite3_column_int64 (stmt, 0));
  tandem_plan_goal_set_need_id (goal, sqlite3_column_int64 (stmt, 1));
  tandem_plan_goal_set_key (goal, tandem_store_column_text (stmt, 2));
  tandem_plan_goal_set_position (goal, sqlite3_column_int (stmt, 3));
  tandem_plan_goal_set_words (goal, tandem_store_column_text (stmt, 4));
  tandem_plan_goal_set_importance (goal, sqlite3_column_int (stmt, 5));
  tandem_plan_goal_set_status (goal, tandem_store_column_enum (stmt, 6, TANDEM_TYPE_GOAL_STATUS,
                                                               TANDEM_GOAL_NOT_STARTED));
  tandem_plan_goal_set_target_on (goal, tandem_store_column_text (stmt, 7));
  tandem_plan_goal_set_outcome (goal, tandem_store_column_text (stmt, 8));

  return goal;
}

static TandemPlanAction *
action_from_row (sqlite3_stmt *stmt)
{
  TandemPlanAction *action = tandem_plan_action_new ();

  tandem_record_set_id (action, sqlite3_column_int64 (stmt, 0));
  tandem_plan_action_set_goal_id (action, sqlite3_column_int64 (stmt, 1));
  tandem_plan_action_set_key (action, tandem_store_column_text (stmt, 2));
  tandem_plan_action_set_position (action, sqlite3_column_int (stmt, 3));
  tandem_plan_action_set_what (action, tandem_store_column_text (stmt, 4));
  tandem_plan_action_set_who (action, tandem_store_column_text (stmt, 5));
  tandem_plan_action_set_due_on (action, tandem_store_column_text (stmt, 6));
  tandem_plan_action_set_status (action,
                                 tandem_store_column_enum (stmt, 7, TANDEM_TYPE_ACTION_STATUS,
                                                           TANDEM_ACTION_PLANNED));
  tandem_plan_action_set_confidence (action, sqlite3_column_int (stmt, 8));
  tandem_plan_action_set_review_on (action, tandem_store_column_text (stmt, 9));

  return action;
}

/* What differs between needs, goals and actions when they are written: their table, their
 * parent, and how their own fields are bound. */
typedef struct
{
  const char *insert_sql;
  const char *update_sql;
  const char *shift_sql;      /* makes room at ?2 among the children of ?1 */
  const char *delete_sql;
  const char *renumber_sql;   /* sets ?2 as the position of ?1 */
  const char *siblings_sql;   /* the ids of the children of ?1, in order */
  gint64    (*get_parent) (gpointer item);
  void      (*bind) (sqlite3_stmt *stmt, gpointer item);
} ItemKind;

static gint64
need_parent (gpointer item)
{
  return tandem_plan_need_get_version_id (item);
}

static gint64
goal_parent (gpointer item)
{
  return tandem_plan_goal_get_need_id (item);
}

static gint64
action_parent (gpointer item)
{
  return tandem_plan_action_get_goal_id (item);
}

static void
bind_need (sqlite3_stmt *stmt,
           gpointer      item)
{
  tandem_store_bind_text (stmt, 5, tandem_plan_need_get_words (item));
}

static void
bind_goal (sqlite3_stmt *stmt,
           gpointer      item)
{
  tandem_store_bind_text (stmt, 5, tandem_plan_goal_get_words (item));
  sqlite3_bind_int (stmt, 6, CLAMP (tandem_plan_goal_get_importance (item), 0, 10));
  tandem_store_bind_enum (stmt, 7, TANDEM_TYPE_GOAL_STATUS, tandem_plan_goal_get_status (item));
  tandem_store_bind_text (stmt, 8, tandem_plan_goal_get_target_on (item));
  tandem_store_bind_text (stmt, 9, tandem_plan_goal_get_outcome (item));
}

static void
bind_action (sqlite3_stmt *stmt,
             gpointer      item)
{
  tandem_store_bind_text (stmt, 5, tandem_plan_action_get_what (item));
  tandem_store_bind_text (stmt, 6, tandem_plan_action_get_who (item));
  tandem_store_bind_text (stmt, 7, tandem_plan_action_get_due_on (item));
  tandem_store_bind_enum (stmt, 8, TANDEM_TYPE_ACTION_STATUS,
                          tandem_plan_action_get_status (item));
  sqlite3_bind_int (stmt, 9, CLAMP (tandem_plan_action_get_confidence (item), 0, 10));
  tandem_store_bind_text (stmt, 10, tandem_plan_action_get_review_on (item));
}

static const ItemKind need_kind = {
  "INSERT INTO plan_need (" NEED_COLUMNS ") VALUES (NULL, ?1, ?2, ?3, ?5)",
  "UPDATE plan_need SET words = ?5 WHERE id = ?4",
  "UPDATE plan_need SET position = position + 1 WHERE version_id = ?1 AND position >= ?2",
  "DELETE FROM plan_need WHERE id = ?",
  "UPDATE plan_need SET position = ?2 WHERE id = ?1",
  "SELECT id FROM plan_need WHERE version_id = ? ORDER BY position, id",
  need_parent, bind_need,
};

static const ItemKind goal_kind = {
  "INSERT INTO plan_goal (" GOAL_COLUMNS ") VALUES (NULL, ?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9)",
  "UPDATE plan_goal SET words = ?5, importance = ?6, status = ?7, target_on = ?8, "
  "outcome = ?9 WHERE id = ?4",
  "UPDATE plan_goal SET position = position + 1 WHERE need_id = ?1 AND position >= ?2",
  "DELETE FROM plan_goal WHERE id = ?",
  "UPDATE plan_goal SET position = ?2 WHERE id = ?1",
  "SELECT id FROM plan_goal WHERE need_id = ? ORDER BY position, id",
  goal_parent, bind_goal,
};

static const ItemKind action_kind = {
  "INSERT INTO plan_action (" ACTION_COLUMNS ") VALUES (NULL, ?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9, "
  "?10)",
  "UPDATE plan_action SET what = ?5, who = ?6, due_on = ?7, status = ?8, confidence = ?9, "
  "review_on = ?10 WHERE id = ?4",
  "UPDATE plan_action SET position = position + 1 WHERE goal_id = ?1 AND position >= ?2",
  "DELETE FROM plan_action WHERE id = ?",
  "UPDATE plan_action SET position = ?2 WHERE id = ?1",
  "SELECT id FROM plan_action WHERE goal_id = ? ORDER BY position, id",
  action_parent, bind_action,
};

static const ItemKind *
item_kind (gpointer item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return &need_kind;
  if (TANDEM_IS_PLAN_GOAL (item))
    return &goal_kind;

  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (item), NULL);
  return &action_kind;
}

static int
item_position (gpointer item)
{
  int position = 0;

  g_object_get (item, "position", &position, NULL);
  return position;
}

static const char *
item_key (gpointer item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return tandem_plan_need_get_key (item);
  if (TANDEM_IS_PLAN_GOAL (item))
    return tandem_plan_goal_get_key (item);

  return tandem_plan_action_get_key (item);
}

static gboolean
run (TandemStore  *self,
     const char   *sql,
     gint64        first,
     gint64        second,
     GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, first);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int64 (stmt, 2, second);

  return tandem_store_step_done (self, stmt, error);
}

static gboolean
insert_item (TandemStore      *self,
             const ItemKind   *kind,
             gpointer          item,
             GError          **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 parent = kind->get_parent (item);
  int position = MAX (item_position (item), 0);

  if (item_key (item) == NULL || item_key (item)[0] == '\0')
    {
      g_autofree char *key = tandem_plan_new_key ();

      g_object_set (item, "key", key, NULL);
    }

  if (!run (self, kind->shift_sql, parent, position, error))
    return FALSE;

  stmt = tandem_store_prepare (self, kind->insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_id (stmt, 1, parent);
  sqlite3_bind_text (stmt, 2, item_key (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, position);
  kind->bind (stmt, item);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_record_set_id (item, sqlite3_last_insert_rowid (tandem_store_get_db (self)));
  g_object_set (item, "position", position, NULL);
  return TRUE;
}

static gboolean
write_item (TandemStore    *self,
            gconstpointer   data,
            GError        **error)
{
  gpointer item = (gpointer) data;
  const ItemKind *kind = item_kind (item);
  g_autoptr(TandemStoreStatement) stmt = NULL;

  if (tandem_record_get_id (item) == 0)
    return insert_item (self, kind, item, error);

  stmt = tandem_store_prepare (self, kind->update_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 4, tandem_record_get_id (item));
  kind->bind (stmt, item);

  return tandem_store_step_done (self, stmt, error) && check_updated (self, error);
}

/**
 * tandem_store_save_plan_item:
 * @item: a #TandemPlanNeed, #TandemPlanGoal or #TandemPlanAction of a draft
 *
 * Saves @item. A new item is inserted at its position, moving the items from there on down
 * one; an item with no key is given one.
 */
gboolean
tandem_store_save_plan_item (TandemStore  *self,
                             gpointer      item,
                             GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_PLAN_NEED (item) || TANDEM_IS_PLAN_GOAL (item) ||
                        TANDEM_IS_PLAN_ACTION (item), FALSE);

  return tandem_store_write (self, write_item, item, error);
}

/* Numbers the children of @parent 0, 1, 2... in their order, with @moved (if not 0) put at
 * @position among them, or last when @position is past the end; @position is then where it
 * went. */
static gboolean
renumber (TandemStore     *self,
          const ItemKind  *kind,
          gint64           parent,
          gint64           moved,
          guint           *position,
          GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self, kind->siblings_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, parent);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id != moved)
        g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);
  g_clear_pointer (&stmt, tandem_store_statement_release);

  if (moved != 0)
    {
      *position = MIN (*position, ids->len);
      g_array_insert_val (ids, *position, moved);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      if (!run (self, kind->renumber_sql, g_array_index (ids, gint64, i), i, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
delete_item (TandemStore    *self,
             gconstpointer   data,
             GError        **error)
{
  gpointer item = (gpointer) data;
  const ItemKind *kind = item_kind (item);

  if (!run (self, kind->delete_sql, tandem_record_get_id (item), 0, error) ||
      !check_updated (self, error))
    return FALSE;

  return renumber (self, kind, kind->get_parent (item), 0, NULL, error);
}

/**
 * tandem_store_delete_plan_item:
 *
 * Deletes a need, goal or action of a draft, with everything under it, and closes the gap
 * it leaves.
 */
gboolean
tandem_store_delete_plan_item (TandemStore  *self,
                               gpointer      item,
                               GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, delete_item, item, error);
}

typedef struct
{
  gpointer item;
  guint    position;
} Move;

static gboolean
move_item (TandemStore    *self,
           gconstpointer   data,
           GError        **error)
{
  const Move *move = data;
  const ItemKind *kind = item_kind (move->item);
  guint position = move->position;

  if (!renumber (self, kind, kind->get_parent (move->item), tandem_record_get_id (move->item),
                 &position, error))
    return FALSE;

  g_object_set (move->item, "position", (int) position, NULL);
  return TRUE;
}

/**
 * tandem_store_move_plan_item:
 * @position: where @item goes among its siblings, counting from 0
 */
gboolean
tandem_store_move_plan_item (TandemStore  *self,
                             gpointer      item,
                             guint         position,
                             GError      **error)
{
  Move move = { item, position };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, move_item, &move, error);
}

static gboolean
load_children (TandemStore  *self,
               TandemPlan   *plan,
               gint64        version_id,
               GError      **error)
{
  g_autoptr(TandemStoreStatement) needs = NULL;
  g_autoptr(TandemStoreStatement) goals = NULL;
  g_autoptr(TandemStoreStatement) actions = NULL;
  int rc;

  needs = tandem_store_prepare (self,
                                "SELECT " NEED_COLUMNS " FROM plan_need WHERE version_id = ? "
                                "ORDER BY position, id",
                                error);
  if (needs == NULL)
    return FALSE;
  sqlite3_bind_int64 (needs, 1, version_id);
  while ((rc = sqlite3_step (needs)) == SQLITE_ROW)
    {
      g_autoptr(TandemPlanNeed) need = need_from_row (needs);

      tandem_plan_insert_need (plan, need);
    }
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  goals = tandem_store_prepare (self,
                                "SELECT g.id, g.need_id, g.key, g.position, g.words, "
                                "g.importance, g.status, g.target_on, g.outcome "
                                "FROM plan_goal g JOIN plan_need n ON n.id = g.need_id "
                                "WHERE n.version_id = ? ORDER BY g.need_id, g.position, g.id",
                                error);
  if (goals == NULL)
    return FALSE;
  sqlite3_bind_int64 (goals, 1, version_id);
  while ((rc = sqlite3_step (goals)) == SQLITE_ROW)
    {
      g_autoptr(TandemPlanGoal) goal = goal_from_row (goals);

      tandem_plan_insert_goal (plan, goal);
    }
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  actions = tandem_store_prepare (self,
                                  "SELECT a.id, a.goal_id, a.key, a.position, a.what, a.who, "
                                  "a.due_on, a.status, a.confidence, a.review_on "
                                  "FROM plan_action a JOIN plan_goal g ON g.id = a.goal_id "
                                  "JOIN plan_need n ON n.id = g.need_id WHERE n.version_id = ? "
                                  "ORDER BY a.goal_id, a.position, a.id",
                                  error);
  if (actions == NULL)
    return FALSE;
  sqlite3_bind_int64 (actions, 1, version_id);
  while ((rc = sqlite3_step (actions)) == SQLITE_ROW)
    {
      g_autoptr(TandemPlanAction) action = action_from_row (actions);

      tandem_plan_insert_action (plan, action);
    }
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/**
 * tandem_store_load_plan:
 * @version_id: the version to load
 *
 * Returns: (transfer full): the version with its needs, goals and actions in order
 */
TandemPlan *
tandem_store_load_plan (TandemStore  *self,
                        gint64        version_id,
                        GError      **error)
{
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;

  version = tandem_store_load_plan_version (self, version_id, error);
  if (version != NULL)
    plan = tandem_plan_new (version);
  ok = plan != NULL && load_children (self, plan, version_id, error);

  tandem_store_end_read (self);

  return ok ? g_steal_pointer (&plan) : NULL;
}

/* Starting a plan */

typedef struct
{
  gint64             person_id;
  gint64             staff_id;
  TandemPlanVersion *version;   /* out */
} Creation;

static gboolean
count_versions (TandemStore  *self,
                gint64        person_id,
                int          *count,
                GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self, "SELECT count(*) FROM plan_version WHERE person_id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return tandem_store_fail (self, rc, error);

  *count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* A plan is written in the person's language and the format they need, so both start from
 * their record. */
static TandemPlanFormat
format_for (TandemPerson *person)
{
  guint needs = tandem_person_get_communication_needs (person);

  if (needs & TANDEM_NEEDS_EASY_READ)
    return TANDEM_PLAN_FORMAT_EASY_READ;
  if (needs & TANDEM_NEEDS_LARGE_PRINT)
    return TANDEM_PLAN_FORMAT_LARGE_PRINT;

  return TANDEM_PLAN_FORMAT_STANDARD;
}

static gboolean
create_plan (TandemStore    *self,
             gconstpointer   data,
             GError        **error)
{
  Creation *creation = (Creation *) data;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPlanVersion) version = NULL;
  const char *language;
  int count = 0;

  person = tandem_store_load_person (self, creation->person_id, error);
  if (person == NULL || !count_versions (self, creation->person_id, &count, error))
    return FALSE;

  if (count > 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE,
                           _("This person already has a plan: open it to carry on."));
      return FALSE;
    }

  language = tandem_person_get_language (person);
  version = tandem_plan_version_new ();
  tandem_plan_version_set_person_id (version, creation->person_id);
  tandem_plan_version_set_number (version, 1);
  tandem_plan_version_set_state (version, TANDEM_PLAN_DRAFT);
  tandem_plan_version_set_prepared_by_staff_id (version, creation->staff_id);
  tandem_plan_version_set_review_staff_id (version, creation->staff_id);
  tandem_plan_version_set_language (version, language && language[0] ? language : "en");
  tandem_plan_version_set_format (version, format_for (person));

  if (!insert_version (self, version, error))
    return FALSE;

  tandem_store_queue_change (self, creation->person_id);
  creation->version = g_steal_pointer (&version);
  return TRUE;
}

/**
 * tandem_store_create_plan:
 * @staff_id: who is preparing the plan, or 0
 *
 * Starts a person's plan: version 1, a draft, in their language and format.
 *
 * Returns: (transfer full): the new draft, or %NULL if the person already has a plan
 */
TandemPlanVersion *
tandem_store_create_plan (TandemStore  *self,
                          gint64        person_id,
                          gint64        staff_id,
                          GError      **error)
{
  Creation creation = { person_id, staff_id, NULL };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_write (self, create_plan, &creation, error))
    return NULL;

  return creation.version;
}

/* Agreeing */

typedef struct
{
  TandemPlanVersion *version;
  const GDate       *today;
} Agreement;

static gboolean
agree_plan (TandemStore    *self,
            gconstpointer   data,
            GError        **error)
{
  const Agreement *agreement = data;
  g_autoptr(TandemPlanVersion) stored = NULL;
  g_autoptr(TandemPlanVersion) agreed = NULL;

  stored = tandem_store_load_plan_version (self, tandem_record_get_id (agreement->version),
                                           error);
  if (stored == NULL)
    return FALSE;

  if (tandem_plan_version_get_state (stored) == TANDEM_PLAN_AGREED)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN,
                           _("This version of the plan has already been agreed."));
      return FALSE;
    }

  if (!tandem_plan_version_check_agreement (agreement->version, agreement->today, NULL))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("The agreement is not complete: say when and with whom the plan "
                             "was agreed, and when it will be reviewed."));
      return FALSE;
    }

  agreed = tandem_record_copy (agreement->version);
  tandem_plan_version_set_state (agreed, TANDEM_PLAN_AGREED);
  if (!update_version (self, agreed, error))
    return FALSE;

  tandem_plan_version_set_state (agreement->version, TANDEM_PLAN_AGREED);
  tandem_store_queue_change (self, tandem_plan_version_get_person_id (agreement->version));
  return TRUE;
}

/**
 * tandem_store_agree_plan:
 * @version: a draft with its agreement filled in
 * @today: the day it is, so an agreement cannot be dated in the future
 *
 * Saves @version and marks it agreed, which freezes it. See
 * tandem_plan_version_check_agreement() for what the agreement needs.
 */
gboolean
tandem_store_agree_plan (TandemStore        *self,
                         TandemPlanVersion  *version,
                         const GDate        *today,
                         GError            **error)
{
  Agreement agreement = { version, today };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), FALSE);

  return tandem_store_write (self, agree_plan, &agreement, error);
}

/* Reviewing */

typedef struct
{
  gint64             person_id;
  gint64             staff_id;
  TandemPlanVersion *version;   /* out */
} Review;

static gboolean
copy_children (TandemStore  *self,
               TandemPlan   *from,
               gint64        to_version_id,
               GError      **error)
{
  GListModel *needs = tandem_plan_get_needs (from);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      g_autoptr(TandemPlanNeed) need_copy = tandem_record_copy (need);
      GListModel *goals = tandem_plan_get_goals (from, need);

      tandem_record_set_id (need_copy, 0);
      tandem_plan_need_set_version_id (need_copy, to_version_id);
      if (!insert_item (self, &need_kind, need_copy, error))
        return FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);
          g_autoptr(TandemPlanGoal) goal_copy = tandem_record_copy (goal);
          GListModel *actions = tandem_plan_get_actions (from, goal);

          tandem_record_set_id (goal_copy, 0);
          tandem_plan_goal_set_need_id (goal_copy, tandem_record_get_id (need_copy));
          if (!insert_item (self, &goal_kind, goal_copy, error))
            return FALSE;

          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, k);
              g_autoptr(TandemPlanAction) action_copy = tandem_record_copy (action);

              tandem_record_set_id (action_copy, 0);
              tandem_plan_action_set_goal_id (action_copy, tandem_record_get_id (goal_copy));
              if (!insert_item (self, &action_kind, action_copy, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
start_review (TandemStore    *self,
              gconstpointer   data,
              GError        **error)
{
  Review *review = (Review *) data;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(TandemPlan) latest = NULL;
  g_autoptr(TandemPlanVersion) draft = NULL;
  TandemPlanVersion *last;

  versions = tandem_store_list_plan_versions (self, review->person_id, error);
  if (versions == NULL)
    return FALSE;

  if (versions->len == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This person has no plan to review yet."));
      return FALSE;
    }

  last = g_ptr_array_index (versions, 0);
  if (tandem_plan_version_get_state (last) != TANDEM_PLAN_AGREED)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE,
                           _("The plan already has a draft: agree it before starting a review."));
      return FALSE;
    }

  latest = tandem_store_load_plan (self, tandem_record_get_id (last), error);
  if (latest == NULL)
    return FALSE;

  /* The new draft keeps the plan's words and leaves the agreement and review to be made
   * again. */
  draft = tandem_record_copy (last);
  tandem_record_set_id (draft, 0);
  tandem_plan_version_set_number (draft, tandem_plan_version_get_number (last) + 1);
  tandem_plan_version_set_state (draft, TANDEM_PLAN_DRAFT);
  tandem_plan_version_set_is_review (draft, TRUE);
  tandem_plan_version_set_agreed_with (draft, TANDEM_PLAN_AGREED_WITH_PERSON);
  tandem_plan_version_set_representative_name (draft, "");
  tandem_plan_version_set_representative_role (draft, "");
  tandem_plan_version_set_agreed_on (draft, "");
  tandem_plan_version_set_agreed_how (draft, "");
  tandem_plan_version_set_agreed_by_staff_id (draft, 0);
  tandem_plan_version_set_review_on (draft, "");
  if (review->staff_id != 0)
    tandem_plan_version_set_prepared_by_staff_id (draft, review->staff_id);

  if (!insert_version (self, draft, error) ||
      !copy_children (self, latest, tandem_record_get_id (draft), error))
    return FALSE;

  tandem_store_queue_change (self, review->person_id);
  review->version = g_steal_pointer (&draft);
  return TRUE;
}

/**
 * tandem_store_start_plan_review:
 * @staff_id: who is reviewing the plan, or 0 to keep who prepared the last version
 *
 * Starts a review: a new draft copied from the latest agreed version, with the agreement
 * and review date left to fill in again.
 *
 * Returns: (transfer full): the new draft
 */
TandemPlanVersion *
tandem_store_start_plan_review (TandemStore  *self,
                                gint64        person_id,
                                gint64        staff_id,
                                GError      **error)
{
  Review review = { person_id, staff_id, NULL };

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_write (self, start_review, &review, error))
    return NULL;

  return review.version;
}

static gboolean
delete_draft (TandemStore    *self,
              gconstpointer   data,
              GError        **error)
{
  TandemPlanVersion *version = (TandemPlanVersion *) data;

  if (!run (self, "DELETE FROM plan_version WHERE id = ? AND state = 'draft'",
            tandem_record_get_id (version), 0, error))
    return FALSE;

  if (sqlite3_changes (tandem_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FROZEN,
                           _("Only a draft can be deleted: an agreed plan is kept."));
      return FALSE;
    }

  tandem_store_queue_change (self, tandem_plan_version_get_person_id (version));
  return TRUE;
}

/**
 * tandem_store_delete_plan_draft:
 *
 * Deletes a draft with everything in it: a plan started by mistake, or a review abandoned.
 */
gboolean
tandem_store_delete_plan_draft (TandemStore        *self,
                                TandemPlanVersion  *version,
                                GError            **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), FALSE);

  return tandem_store_write (self, delete_draft, version, error);
}
