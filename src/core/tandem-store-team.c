/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-team"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-store-private.h"

/* The PCN, its member practices and its staff. A database is set up once it has a PCN name. */

/**
 * tandem_store_dup_pcn_name:
 *
 * Returns: (transfer full) (nullable): the PCN's name, or %NULL (with no error) when the
 *   database has not been set up yet
 */
char *
tandem_store_dup_pcn_name (TandemStore  *self,
                           GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self, "SELECT name FROM pcn WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (tandem_store_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    tandem_store_fail (self, rc, error);

  return NULL;
}

static gboolean
write_pcn_name (TandemStore    *self,
                gconstpointer   data,
                GError        **error)
{
  g_autoptr(TandemStoreStatement) insert = NULL;
  g_autoptr(TandemStoreStatement) update = NULL;

  /* Not INSERT OR REPLACE: replacing the row would reset the PCN's other settings, such as
   * its caseload scope, to their defaults. */
  insert = tandem_store_prepare (self, "INSERT OR IGNORE INTO pcn (id, name) VALUES (1, ?1)",
                                 error);
  update = tandem_store_prepare (self, "UPDATE pcn SET name = ?1 WHERE id = 1", error);
  if (insert == NULL || update == NULL)
    return FALSE;

  sqlite3_bind_text (insert, 1, data, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 1, data, -1, SQLITE_STATIC);
  if (!tandem_store_step_done (self, insert, error) ||
      !tandem_store_step_done (self, update, error))
    return FALSE;

  tandem_store_queue_team_change (self);
  return TRUE;
}

gboolean
tandem_store_set_pcn_name (TandemStore  *self,
                           const char   *name,
                           GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("Enter the name of the Primary Care Network"));
      return FALSE;
    }

  return tandem_store_write (self, write_pcn_name, stripped, error);
}

/**
 * tandem_store_list_practices:
 *
 * Returns: (transfer full): a #GListModel of #TandemPractice, by name, including retired ones
 */
GListModel *
tandem_store_list_practices (TandemStore  *self,
                             GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GListStore) practices = g_list_store_new (TANDEM_TYPE_PRACTICE);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT id, name, ods_code, postcode, retired, latitude, longitude "
                               "FROM practice "
                               "ORDER BY name, id",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TandemPractice) practice = tandem_practice_new ();

      tandem_record_set_id (practice, sqlite3_column_int64 (stmt, 0));
      tandem_practice_set_name (practice, tandem_store_column_text (stmt, 1));
      tandem_practice_set_ods_code (practice, tandem_store_column_text (stmt, 2));
      tandem_practice_set_postcode (practice, tandem_store_column_text (stmt, 3));
      tandem_practice_set_retired (practice, sqlite3_column_int (stmt, 4));
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        {
          tandem_practice_set_has_coordinates (practice, TRUE);
          tandem_practice_set_latitude (practice, sqlite3_column_double (stmt, 5));
          tandem_practice_set_longitude (practice, sqlite3_column_double (stmt, 6));
        }
      g_list_store_append (practices, practice);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&practices));
}

static gboolean
require_name (const char  *name,
              const char  *message,
              GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));

  if (stripped[0] != '\0')
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
finish_team_write (TandemStore  *self,
                   gpointer      record,
                   GError      **error)
{
  sqlite3 *db = tandem_store_get_db (self);

  if (tandem_record_get_id (record) == 0)
    tandem_record_set_id (record, sqlite3_last_insert_rowid (db));
  else if (sqlite3_changes (db) == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This record no longer exists: it may have been deleted."));
      return FALSE;
    }

  tandem_store_queue_team_change (self);
  return TRUE;
}

static gboolean
write_practice (TandemStore    *self,
                gconstpointer   data,
                GError        **error)
{
  TandemPractice *practice = (TandemPractice *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 id = tandem_record_get_id (practice);

  if (!require_name (tandem_practice_get_name (practice), _("Enter the practice's name"), error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO practice (name, ods_code, postcode, retired, "
                                 "latitude, longitude) VALUES (?1, ?2, ?3, ?4, ?6, ?7)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE practice SET name = ?1, ods_code = ?2, postcode = ?3, "
                                 "retired = ?4, latitude = ?6, longitude = ?7 WHERE id = ?5",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_text (stmt, 1, tandem_practice_get_name (practice));
  tandem_store_bind_text (stmt, 2, tandem_practice_get_ods_code (practice));
  tandem_store_bind_text (stmt, 3, tandem_practice_get_postcode (practice));
  sqlite3_bind_int (stmt, 4, tandem_practice_get_retired (practice));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 5, id);
  if (tandem_practice_get_has_coordinates (practice))
    {
      sqlite3_bind_double (stmt, 6, tandem_practice_get_latitude (practice));
      sqlite3_bind_double (stmt, 7, tandem_practice_get_longitude (practice));
    }

  return tandem_store_step_done (self, stmt, error) &&
         finish_team_write (self, practice, error);
}

/**
 * tandem_store_save_practice:
 *
 * Adds or updates a practice. Practices are retired rather than deleted, because people's
 * records keep pointing at the practice they were registered with.
 */
gboolean
tandem_store_save_practice (TandemStore     *self,
                            TandemPractice  *practice,
                            GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_PRACTICE (practice), FALSE);

  return tandem_store_write (self, write_practice, practice, error);
}

/**
 * tandem_store_list_staff:
 *
 * Returns: (transfer full): a #GListModel of #TandemStaff, by name, including retired ones
 */
GListModel *
tandem_store_list_staff (TandemStore  *self,
                         GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GListStore) staff = g_list_store_new (TANDEM_TYPE_STAFF);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT id, name, role, retired, administrator, "
                               "passphrase_hash != '' FROM staff ORDER BY name, id",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TandemStaff) member = tandem_staff_new ();

      tandem_record_set_id (member, sqlite3_column_int64 (stmt, 0));
      tandem_staff_set_name (member, tandem_store_column_text (stmt, 1));
      tandem_staff_set_role (member, tandem_store_column_enum (stmt, 2, TANDEM_TYPE_ROLE,
                                                               TANDEM_ROLE_LINK_WORKER));
      tandem_staff_set_retired (member, sqlite3_column_int (stmt, 3));
      tandem_staff_set_administrator (member, sqlite3_column_int (stmt, 4));
      tandem_staff_set_has_passphrase (member, sqlite3_column_int (stmt, 5));
      g_list_store_append (staff, member);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&staff));
}

static gboolean
write_staff (TandemStore    *self,
             gconstpointer   data,
             GError        **error)
{
  TandemStaff *member = (TandemStaff *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 id = tandem_record_get_id (member);

  if (!require_name (tandem_staff_get_name (member), _("Enter the name of the member of staff"),
                     error) ||
      !tandem_store_require_staff_manager (self, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self, "INSERT INTO staff (name, role, retired, administrator) "
                                 "VALUES (?1, ?2, ?3, ?5)",
                                 error);
  else
    stmt = tandem_store_prepare (self, "UPDATE staff SET name = ?1, role = ?2, retired = ?3, "
                                 "administrator = ?5 WHERE id = ?4",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_text (stmt, 1, tandem_staff_get_name (member));
  tandem_store_bind_enum (stmt, 2, TANDEM_TYPE_ROLE, tandem_staff_get_role (member));
  sqlite3_bind_int (stmt, 3, tandem_staff_get_retired (member));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 4, id);
  sqlite3_bind_int (stmt, 5, tandem_staff_get_administrator (member));

  return tandem_store_step_done (self, stmt, error) &&
         tandem_store_require_administrator_left (self, error) &&
         finish_team_write (self, member, error);
}

/**
 * tandem_store_save_staff:
 *
 * Adds or updates a member of staff. Staff leave by being retired: the referrals and contacts
 * they worked on keep their name. Once the team has an administrator, only an administrator
 * (the store's viewer) may do this, and the last administrator stays one.
 */
gboolean
tandem_store_save_staff (TandemStore  *self,
                         TandemStaff  *staff,
                         GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_STAFF (staff), FALSE);

  return tandem_store_write (self, write_staff, staff, error);
}
