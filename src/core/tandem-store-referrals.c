/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-referrals"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-store-private.h"

/* Referral episodes and contacts: both hang off a person, so every change is announced as a
 * change to that person. As for people, column N of a row is bound as ?N when written. */

#define REFERRAL_COLUMNS \
  "id, person_id, received_on, source, method, referrer_name, referrer_role, " \
  "referrer_organisation, referrer_contact, reasons, for_role, priority, status, " \
  "assigned_staff_id, contacted_on, accepted_on, ended_on, outcome_note"

#define REFERRAL_TIMESTAMP 18
#define REFERRAL_ID 19

#define CONTACT_COLUMNS \
  "id, person_id, referral_id, contact_date, mode, duration_minutes, staff_id, with_whom, " \
  "note, next_step"

#define CONTACT_TIMESTAMP 10
#define CONTACT_ID 11

static TandemReferral *
referral_from_row (sqlite3_stmt *stmt)
{
  TandemReferral *referral = tandem_referral_new ();

  tandem_record_set_id (referral, sqlite3_column_int64 (stmt, 0));
  tandem_referral_set_person_id (referral, sqlite3_column_int64 (stmt, 1));
  tandem_referral_set_received_on (referral, tandem_store_column_text (stmt, 2));
  tandem_referral_set_source (referral, tandem_store_column_enum (stmt, 3,
                                                                  TANDEM_TYPE_REFERRAL_SOURCE,
                                                                  TANDEM_SOURCE_OTHER));
  tandem_referral_set_method (referral, tandem_store_column_enum (stmt, 4,
                                                                  TANDEM_TYPE_REFERRAL_METHOD,
                                                                  TANDEM_METHOD_CLINICAL_SYSTEM));
  tandem_referral_set_referrer_name (referral, tandem_store_column_text (stmt, 5));
  tandem_referral_set_referrer_role (referral, tandem_store_column_text (stmt, 6));
  tandem_referral_set_referrer_organisation (referral, tandem_store_column_text (stmt, 7));
  tandem_referral_set_referrer_contact (referral, tandem_store_column_text (stmt, 8));
  tandem_referral_set_reasons (referral, tandem_store_column_text (stmt, 9));
  tandem_referral_set_for_role (referral, tandem_store_column_enum (stmt, 10, TANDEM_TYPE_ROLE,
                                                                    TANDEM_ROLE_LINK_WORKER));
  tandem_referral_set_priority (referral, tandem_store_column_enum (stmt, 11, TANDEM_TYPE_PRIORITY,
                                                                    TANDEM_PRIORITY_ROUTINE));
  tandem_referral_set_status (referral, tandem_store_column_enum (stmt, 12,
                                                                  TANDEM_TYPE_REFERRAL_STATUS,
                                                                  TANDEM_REFERRAL_RECEIVED));
  tandem_referral_set_assigned_staff_id (referral, sqlite3_column_int64 (stmt, 13));
  tandem_referral_set_contacted_on (referral, tandem_store_column_text (stmt, 14));
  tandem_referral_set_accepted_on (referral, tandem_store_column_text (stmt, 15));
  tandem_referral_set_ended_on (referral, tandem_store_column_text (stmt, 16));
  tandem_referral_set_outcome_note (referral, tandem_store_column_text (stmt, 17));

  return referral;
}

static void
bind_referral (sqlite3_stmt   *stmt,
               TandemReferral *referral,
               const char     *now)
{
  tandem_store_bind_id (stmt, 1, tandem_referral_get_person_id (referral));
  tandem_store_bind_text (stmt, 2, tandem_referral_get_received_on (referral));
  tandem_store_bind_enum (stmt, 3, TANDEM_TYPE_REFERRAL_SOURCE,
                          tandem_referral_get_source (referral));
  tandem_store_bind_enum (stmt, 4, TANDEM_TYPE_REFERRAL_METHOD,
                          tandem_referral_get_method (referral));
  tandem_store_bind_text (stmt, 5, tandem_referral_get_referrer_name (referral));
  tandem_store_bind_text (stmt, 6, tandem_referral_get_referrer_role (referral));
  tandem_store_bind_text (stmt, 7, tandem_referral_get_referrer_organisation (referral));
  tandem_store_bind_text (stmt, 8, tandem_referral_get_referrer_contact (referral));
  tandem_store_bind_text (stmt, 9, tandem_referral_get_reasons (referral));
  tandem_store_bind_enum (stmt, 10, TANDEM_TYPE_ROLE, tandem_referral_get_for_role (referral));
  tandem_store_bind_enum (stmt, 11, TANDEM_TYPE_PRIORITY, tandem_referral_get_priority (referral));
  tandem_store_bind_enum (stmt, 12, TANDEM_TYPE_REFERRAL_STATUS,
                          tandem_referral_get_status (referral));
  tandem_store_bind_id (stmt, 13, tandem_referral_get_assigned_staff_id (referral));
  tandem_store_bind_text (stmt, 14, tandem_referral_get_contacted_on (referral));
  tandem_store_bind_text (stmt, 15, tandem_referral_get_accepted_on (referral));
  tandem_store_bind_text (stmt, 16, tandem_referral_get_ended_on (referral));
  tandem_store_bind_text (stmt, 17, tandem_referral_get_outcome_note (referral));
  sqlite3_bind_text (stmt, REFERRAL_TIMESTAMP, now, -1, SQLITE_TRANSIENT);
}

/* Reports an update that touched no row: the record was deleted meanwhile, perhaps from
 * another window. */
static gboolean
check_updated (TandemStore  *self,
               GError      **error)
{
  if (sqlite3_changes (tandem_store_get_db (self)) > 0)
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       _("This record no longer exists: it may have been deleted."));
  return FALSE;
}

static gboolean
write_referral (TandemStore    *self,
                gconstpointer   data,
                GError        **error)
{
  TandemReferral *referral = (TandemReferral *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (referral);

  if (!tandem_referral_check (referral, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO referral (" REFERRAL_COLUMNS ", created_at, "
                                 "updated_at) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                 "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE referral SET person_id = ?1, received_on = ?2, "
                                 "source = ?3, method = ?4, referrer_name = ?5, "
                                 "referrer_role = ?6, referrer_organisation = ?7, "
                                 "referrer_contact = ?8, reasons = ?9, for_role = ?10, "
                                 "priority = ?11, status = ?12, assigned_staff_id = ?13, "
                                 "contacted_on = ?14, accepted_on = ?15, ended_on = ?16, "
                                 "outcome_note = ?17, updated_at = ?18 WHERE id = ?19",
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_referral (stmt, referral, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, REFERRAL_ID, id);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    tandem_record_set_id (referral, sqlite3_last_insert_rowid (tandem_store_get_db (self)));
  else if (!check_updated (self, error))
    return FALSE;

  tandem_store_queue_change (self, tandem_referral_get_person_id (referral));
  return TRUE;
}

gboolean
tandem_store_save_referral (TandemStore     *self,
                            TandemReferral  *referral,
                            GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_REFERRAL (referral), FALSE);

  return tandem_store_write (self, write_referral, referral, error);
}

TandemReferral *
tandem_store_load_referral (TandemStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " REFERRAL_COLUMNS " FROM referral WHERE id = ?1 AND "
                               TANDEM_SQL_MAY_READ_PERSON ("referral.person_id"),
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return referral_from_row (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                 _("There is no referral with id %lld"), (long long) id);
  else
    tandem_store_fail (self, rc, error);

  return NULL;
}

/**
 * tandem_store_list_referrals:
 *
 * Returns: (transfer full) (element-type TandemReferral): the person's referral episodes, most
 *   recently received first (none when the viewer may not see them); %NULL with @error set
 *   on failure
 */
GPtrArray *
tandem_store_list_referrals (TandemStore  *self,
                             gint64        person_id,
                             GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) referrals = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " REFERRAL_COLUMNS " FROM referral WHERE person_id = ?1 "
                               "AND " TANDEM_SQL_MAY_READ_PERSON ("referral.person_id") " "
                               "ORDER BY received_on DESC, id DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (referrals, referral_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&referrals);
}

typedef struct
{
  const char *delete_sql;
  const char *owner_sql;
  gint64      id;
} Removal;

static gboolean update_last_contact (TandemStore  *self,
                                     gint64        person_id,
                                     GError      **error);

/* Deletes one row and announces a change to the person it belonged to. */
static gboolean
remove_row (TandemStore    *self,
            gconstpointer   data,
            GError        **error)
{
  const Removal *removal = data;
  g_autoptr(TandemStoreStatement) owner = NULL;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 person_id = 0;

  owner = tandem_store_prepare (self, removal->owner_sql, error);
  if (owner == NULL)
    return FALSE;

  sqlite3_bind_int64 (owner, 1, removal->id);
  if (sqlite3_step (owner) == SQLITE_ROW)
    person_id = sqlite3_column_int64 (owner, 0);

  stmt = tandem_store_prepare (self, removal->delete_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, removal->id);
  if (!tandem_store_step_done (self, stmt, error) || !check_updated (self, error))
    return FALSE;

  /* Deleting a referral unties its contacts but keeps them; deleting a contact may change
   * the latest contact date. Either way the date is recomputed from what remains. */
  if (!update_last_contact (self, person_id, error))
    return FALSE;

  tandem_store_queue_change (self, person_id);
  return TRUE;
}

/**
 * tandem_store_delete_referral:
 *
 * Deletes a referral episode. Its contacts stay with the person, no longer tied to an episode.
 */
gboolean
tandem_store_delete_referral (TandemStore  *self,
                              gint64        id,
                              GError      **error)
{
  Removal removal = {
    "DELETE FROM referral WHERE id = ?",
    "SELECT person_id FROM referral WHERE id = ?",
    id,
  };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, remove_row, &removal, error);
}

/* The caseload reads each person's latest contact date at start-up; keeping it on the
 * person saves aggregating every contact ever made. */
static gboolean
update_last_contact (TandemStore  *self,
                     gint64        person_id,
                     GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;

  stmt = tandem_store_prepare (self,
                               "UPDATE person SET last_contact_on = (SELECT ifnull "
                               "(max (contact_date), '') FROM contact WHERE person_id = ?1) "
                               "WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  return tandem_store_step_done (self, stmt, error);
}

static TandemContact *
contact_from_row (sqlite3_stmt *stmt)
{
  TandemContact *contact = tandem_contact_new ();

  tandem_record_set_id (contact, sqlite3_column_int64 (stmt, 0));
  tandem_contact_set_person_id (contact, sqlite3_column_int64 (stmt, 1));
  tandem_contact_set_referral_id (contact, sqlite3_column_int64 (stmt, 2));
  tandem_contact_set_contact_date (contact, tandem_store_column_text (stmt, 3));
  tandem_contact_set_mode (contact, tandem_store_column_enum (stmt, 4, TANDEM_TYPE_CONTACT_MODE,
                                                              TANDEM_CONTACT_FACE_TO_FACE));
  tandem_contact_set_duration_minutes (contact, CLAMP (sqlite3_column_int (stmt, 5), 0, 1440));
  tandem_contact_set_staff_id (contact, sqlite3_column_int64 (stmt, 6));
  tandem_contact_set_with_whom (contact, tandem_store_column_text (stmt, 7));
  tandem_contact_set_note (contact, tandem_store_column_text (stmt, 8));
  tandem_contact_set_next_step (contact, tandem_store_column_text (stmt, 9));

  return contact;
}

static void
bind_contact (sqlite3_stmt  *stmt,
              TandemContact *contact,
              const char    *now)
{
  tandem_store_bind_id (stmt, 1, tandem_contact_get_person_id (contact));
  tandem_store_bind_id (stmt, 2, tandem_contact_get_referral_id (contact));
  tandem_store_bind_text (stmt, 3, tandem_contact_get_contact_date (contact));
  tandem_store_bind_enum (stmt, 4, TANDEM_TYPE_CONTACT_MODE, tandem_contact_get_mode (contact));
  sqlite3_bind_int (stmt, 5, tandem_contact_get_duration_minutes (contact));
  tandem_store_bind_id (stmt, 6, tandem_contact_get_staff_id (contact));
  tandem_store_bind_text (stmt, 7, tandem_contact_get_with_whom (contact));
  tandem_store_bind_text (stmt, 8, tandem_contact_get_note (contact));
  tandem_store_bind_text (stmt, 9, tandem_contact_get_next_step (contact));
  sqlite3_bind_text (stmt, CONTACT_TIMESTAMP, now, -1, SQLITE_TRANSIENT);
}

static gboolean
write_contact (TandemStore    *self,
               gconstpointer   data,
               GError        **error)
{
  TandemContact *contact = (TandemContact *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (contact);

  if (!tandem_contact_check (contact, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO contact (" CONTACT_COLUMNS ", created_at, "
                                 "updated_at) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                 "?10, ?10)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE contact SET person_id = ?1, referral_id = ?2, "
                                 "contact_date = ?3, mode = ?4, duration_minutes = ?5, "
                                 "staff_id = ?6, with_whom = ?7, note = ?8, next_step = ?9, "
                                 "updated_at = ?10 WHERE id = ?11",
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_contact (stmt, contact, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, CONTACT_ID, id);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    tandem_record_set_id (contact, sqlite3_last_insert_rowid (tandem_store_get_db (self)));
  else if (!check_updated (self, error))
    return FALSE;

  if (!update_last_contact (self, tandem_contact_get_person_id (contact), error))
    return FALSE;

  tandem_store_queue_change (self, tandem_contact_get_person_id (contact));
  return TRUE;
}

gboolean
tandem_store_save_contact (TandemStore    *self,
                           TandemContact  *contact,
                           GError        **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_CONTACT (contact), FALSE);

  return tandem_store_write (self, write_contact, contact, error);
}

/**
 * tandem_store_list_contacts:
 *
 * Returns: (transfer full) (element-type TandemContact): the person's contacts, latest first
 *   (none when the viewer may not see them); %NULL with @error set on failure
 */
GPtrArray *
tandem_store_list_contacts (TandemStore  *self,
                            gint64        person_id,
                            GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " CONTACT_COLUMNS " FROM contact WHERE person_id = ?1 "
                               "AND " TANDEM_SQL_MAY_READ_PERSON ("contact.person_id") " "
                               "ORDER BY contact_date DESC, id DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (contacts, contact_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&contacts);
}

gboolean
tandem_store_delete_contact (TandemStore  *self,
                             gint64        id,
                             GError      **error)
{
  Removal removal = {
    "DELETE FROM contact WHERE id = ?",
    "SELECT person_id FROM contact WHERE id = ?",
    id,
  };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, remove_row, &removal, error);
}
