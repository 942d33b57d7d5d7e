/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-people"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-nhs-number.h"
#include "tandem-search.h"
#include "tandem-store-private.h"

/* Column order is shared by the SELECT and the INSERT/UPDATE bindings: column N of a
 * selected row is bound as parameter ?N when written. */
#define PERSON_COLUMNS \
  "id, nhs_number, given_name, family_name, preferred_name, pronouns, date_of_birth, sex, " \
  "gender_identity, address, postcode, phone, email, practice_id, language, " \
  "interpreter_needed, communication_needs, communication_notes, is_carer, has_carer, " \
  "consent_to_record, consent_to_record_date, consent_to_share, consent_to_share_date, " \
  "consent_to_share_with, consent_to_share_scope, safeguarding_concern, risk_flags, risk_notes"

#define PERSON_N_COLUMNS 29
#define PERSON_SEARCH_KEY 29
#define PERSON_TIMESTAMP 30
#define PERSON_ID 31

static TandemPerson *
person_from_row (sqlite3_stmt *stmt)
{
  TandemPerson *person = tandem_person_new ();

  tandem_record_set_id (person, sqlite3_column_int64 (stmt, 0));
  tandem_person_set_nhs_number (person, tandem_store_column_text (stmt, 1));
  tandem_person_set_given_name (person, tandem_store_column_text (stmt, 2));
  tandem_person_set_family_name (person, tandem_store_column_text (stmt, 3));
  tandem_person_set_preferred_name (person, tandem_store_column_text (stmt, 4));
  tandem_person_set_pronouns (person, tandem_store_column_text (stmt, 5));
  tandem_person_set_date_of_birth (person, tandem_store_column_text (stmt, 6));
  tandem_person_set_sex (person, tandem_store_column_enum (stmt, 7, TANDEM_TYPE_SEX,
                                                           TANDEM_SEX_NOT_KNOWN));
  tandem_person_set_gender_identity (person, tandem_store_column_text (stmt, 8));
  tandem_person_set_address (person, tandem_store_column_text (stmt, 9));
  tandem_person_set_postcode (person, tandem_store_column_text (stmt, 10));
  tandem_person_set_phone (person, tandem_store_column_text (stmt, 11));
  tandem_person_set_email (person, tandem_store_column_text (stmt, 12));
  tandem_person_set_practice_id (person, sqlite3_column_int64 (stmt, 13));
  tandem_person_set_language (person, tandem_store_column_text (stmt, 14));
  tandem_person_set_interpreter_needed (person, sqlite3_column_int (stmt, 15));
  tandem_person_set_communication_needs (person,
                                         tandem_store_column_flags (stmt, 16,
                                                                    TANDEM_TYPE_COMMUNICATION_NEEDS));
  tandem_person_set_communication_notes (person, tandem_store_column_text (stmt, 17));
  tandem_person_set_is_carer (person, sqlite3_column_int (stmt, 18));
  tandem_person_set_has_carer (person, sqlite3_column_int (stmt, 19));
  tandem_person_set_consent_to_record (person, sqlite3_column_int (stmt, 20));
  tandem_person_set_consent_to_record_date (person, tandem_store_column_text (stmt, 21));
  tandem_person_set_consent_to_share (person, sqlite3_column_int (stmt, 22));
  tandem_person_set_consent_to_share_date (person, tandem_store_column_text (stmt, 23));
  tandem_person_set_consent_to_share_with (person, tandem_store_column_text (stmt, 24));
  tandem_person_set_consent_to_share_scope (person, tandem_store_column_text (stmt, 25));
  tandem_person_set_safeguarding_concern (person, sqlite3_column_int (stmt, 26));
  tandem_person_set_risk_flags (person, tandem_store_column_flags (stmt, 27,
                                                                   TANDEM_TYPE_RISK_FLAGS));
  tandem_person_set_risk_notes (person, tandem_store_column_text (stmt, 28));

  return person;
}

static void
bind_person (sqlite3_stmt *stmt,
             TandemPerson *person,
             const char   *now)
{
  tandem_store_bind_text_or_null (stmt, 1, tandem_person_get_nhs_number (person));
  tandem_store_bind_text (stmt, 2, tandem_person_get_given_name (person));
  tandem_store_bind_text (stmt, 3, tandem_person_get_family_name (person));
  tandem_store_bind_text (stmt, 4, tandem_person_get_preferred_name (person));
  tandem_store_bind_text (stmt, 5, tandem_person_get_pronouns (person));
  tandem_store_bind_text (stmt, 6, tandem_person_get_date_of_birth (person));
  tandem_store_bind_enum (stmt, 7, TANDEM_TYPE_SEX, tandem_person_get_sex (person));
  tandem_store_bind_text (stmt, 8, tandem_person_get_gender_identity (person));
  tandem_store_bind_text (stmt, 9, tandem_person_get_address (person));
  tandem_store_bind_text (stmt, 10, tandem_person_get_postcode (person));
  tandem_store_bind_text (stmt, 11, tandem_person_get_phone (person));
  tandem_store_bind_text (stmt, 12, tandem_person_get_email (person));
  tandem_store_bind_id (stmt, 13, tandem_person_get_practice_id (person));
  tandem_store_bind_text (stmt, 14, tandem_person_get_language (person));
  sqlite3_bind_int (stmt, 15, tandem_person_get_interpreter_needed (person));
  tandem_store_bind_flags (stmt, 16, TANDEM_TYPE_COMMUNICATION_NEEDS,
                           tandem_person_get_communication_needs (person));
  tandem_store_bind_text (stmt, 17, tandem_person_get_communication_notes (person));
  sqlite3_bind_int (stmt, 18, tandem_person_get_is_carer (person));
  sqlite3_bind_int (stmt, 19, tandem_person_get_has_carer (person));
  sqlite3_bind_int (stmt, 20, tandem_person_get_consent_to_record (person));
  tandem_store_bind_text (stmt, 21, tandem_person_get_consent_to_record_date (person));
  sqlite3_bind_int (stmt, 22, tandem_person_get_consent_to_share (person));
  tandem_store_bind_text (stmt, 23, tandem_person_get_consent_to_share_date (person));
  tandem_store_bind_text (stmt, 24, tandem_person_get_consent_to_share_with (person));
  tandem_store_bind_text (stmt, 25, tandem_person_get_consent_to_share_scope (person));
  sqlite3_bind_int (stmt, 26, tandem_person_get_safeguarding_concern (person));
  tandem_store_bind_flags (stmt, 27, TANDEM_TYPE_RISK_FLAGS,
                           tandem_person_get_risk_flags (person));
  tandem_store_bind_text (stmt, 28, tandem_person_get_risk_notes (person));
  sqlite3_bind_text (stmt, PERSON_SEARCH_KEY, tandem_search_key_for_person (person), -1, g_free);
  sqlite3_bind_text (stmt, PERSON_TIMESTAMP, now, -1, SQLITE_TRANSIENT);
}

/**
 * tandem_store_find_person_by_nhs_number:
 * @nhs_number: ten digits
 *
 * Returns: (transfer full) (nullable): the person with that NHS number, or %NULL with no
 *   error when there is none or the viewer may not see them
 */
TandemPerson *
tandem_store_find_person_by_nhs_number (TandemStore  *self,
                                        const char   *nhs_number,
                                        GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (nhs_number == NULL || nhs_number[0] == '\0')
    return NULL;

  stmt = tandem_store_prepare (self,
                               "SELECT " PERSON_COLUMNS " FROM person WHERE nhs_number = ?1 "
                               "AND " TANDEM_SQL_MAY_READ_PERSON ("person.id"),
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, nhs_number, -1, SQLITE_TRANSIENT);
  tandem_store_bind_viewer (self, stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return person_from_row (stmt);
  if (rc != SQLITE_DONE)
    tandem_store_fail (self, rc, error);

  return NULL;
}

/* People are deduplicated on NHS number: the unique index would refuse a second record, but
 * this says whose record it is so the user can go to it, or, when the viewer may not see
 * that person, only that it exists: their name is not the viewer's to know. */
static gboolean
check_nhs_number_free (TandemStore   *self,
                       TandemPerson  *person,
                       GError       **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *formatted = NULL;
  const char *nhs_number = tandem_person_get_nhs_number (person);
  int rc;

  if (nhs_number == NULL || nhs_number[0] == '\0')
    return TRUE;

  stmt = tandem_store_prepare (self,
                               "SELECT id, given_name, family_name, "
                               TANDEM_SQL_MAY_READ_PERSON ("person.id") " "
                               "FROM person WHERE nhs_number = :nhs_number AND id != :id",
                               error);
  if (stmt == NULL)
    return FALSE;

  /* Named, since the rule's :viewer comes first and would take the number 1. */
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":nhs_number"), nhs_number, -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"),
                      tandem_record_get_id (person));
  tandem_store_bind_viewer (self, stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return tandem_store_fail (self, rc, error);

  formatted = tandem_nhs_number_format (nhs_number);
  if (sqlite3_column_int (stmt, 3))
    g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE,
                 _("NHS number %s already belongs to %s %s"), formatted,
                 tandem_store_column_text (stmt, 1), tandem_store_column_text (stmt, 2));
  else
    g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE,
                 _("NHS number %s already belongs to someone outside your caseload. Ask a "
                   "supervisor to check it."), formatted);
  return FALSE;
}

static gboolean
write_person (TandemStore    *self,
              gconstpointer   data,
              GError        **error)
{
  TandemPerson *person = (TandemPerson *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (person);

  if (!tandem_person_check (person, error) || !check_nhs_number_free (self, person, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO person (" PERSON_COLUMNS ", search_key, created_at, "
                                 "updated_at) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                 "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
                                 "?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?30)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE person SET nhs_number = ?1, given_name = ?2, "
                                 "family_name = ?3, preferred_name = ?4, pronouns = ?5, "
                                 "date_of_birth = ?6, sex = ?7, gender_identity = ?8, address = ?9, "
                                 "postcode = ?10, phone = ?11, email = ?12, practice_id = ?13, "
                                 "language = ?14, interpreter_needed = ?15, "
                                 "communication_needs = ?16, communication_notes = ?17, "
                                 "is_carer = ?18, has_carer = ?19, consent_to_record = ?20, "
                                 "consent_to_record_date = ?21, consent_to_share = ?22, "
                                 "consent_to_share_date = ?23, consent_to_share_with = ?24, "
                                 "consent_to_share_scope = ?25, safeguarding_concern = ?26, "
                                 "risk_flags = ?27, risk_notes = ?28, search_key = ?29, "
                                 "updated_at = ?30 WHERE id = ?31",
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_person (stmt, person, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, PERSON_ID, id);

  if (!tandem_store_step_saved (self, stmt, person,
                                _("This person's record no longer exists: it may have been "
                                  "deleted."),
                                error))
    return FALSE;

  tandem_store_queue_change (self, tandem_record_get_id (person));
  return TRUE;
}

/**
 * tandem_store_save_person:
 * @person: a person; a new one (id 0) gets its id here
 *
 * Adds or updates @person. Refuses a record that breaks the rules of tandem_person_check()
 * and an NHS number that belongs to someone else (%TANDEM_STORE_ERROR_DUPLICATE).
 */
gboolean
tandem_store_save_person (TandemStore   *self,
                          TandemPerson  *person,
                          GError       **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_PERSON (person), FALSE);

  return tandem_store_write (self, write_person, person, error);
}

/**
 * tandem_store_load_person:
 *
 * Returns: (transfer full): the person, or %NULL with @error set: NOT_FOUND when there is
 *   none, DENIED when the viewer may not see them
 */
TandemPerson *
tandem_store_load_person (TandemStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " PERSON_COLUMNS ", "
                               TANDEM_SQL_MAY_READ_PERSON ("person.id") " "
                               "FROM person WHERE id = :id",
                               error);
  if (stmt == NULL)
    return NULL;

  /* Named, since the rule's :viewer comes first and would take the number 1. */
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id);
  tandem_store_bind_viewer (self, stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, PERSON_N_COLUMNS))
    return person_from_row (stmt);

  if (rc == SQLITE_ROW)
    g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                 _("This person is not in your caseload. Ask a supervisor if you need to see "
                   "their record."));
  else
  if (rc == SQLITE_DONE)
    g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                 _("There is no person with id %lld"), (long long) id);
  else
    tandem_store_fail (self, rc, error);

  return NULL;
}

static gboolean
remove_person (TandemStore    *self,
               gconstpointer   data,
               GError        **error)
{
  gint64 id = *(const gint64 *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  stmt = tandem_store_prepare (self, "DELETE FROM person WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_store_queue_change (self, id);
  return TRUE;
}

/**
 * tandem_store_delete_person:
 *
 * Deletes a person with their referrals and contacts.
 */
gboolean
tandem_store_delete_person (TandemStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, remove_person, &id, error);
}

/**
 * tandem_store_count_people:
 *
 * Returns: how many people the viewer may see
 */
guint
tandem_store_count_people (TandemStore  *self,
                           GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), 0);

  stmt = tandem_store_prepare (self,
                               "SELECT count(*) FROM person WHERE "
                               TANDEM_SQL_MAY_READ_PERSON ("person.id"),
                               error);
  if (stmt == NULL)
    return 0;

  tandem_store_bind_viewer (self, stmt);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return (guint) sqlite3_column_int64 (stmt, 0);

  tandem_store_fail (self, rc, error);
  return 0;
}

/**
 * tandem_store_search_people:
 * @text: what to look for: the start of words of a person's names, NHS number or postcode,
 *   as tandem_search_query_matches() does
 * @limit: the most people to return
 *
 * Returns: (transfer full) (element-type TandemPerson): the people found that the viewer
 *   may see, by family then given name; %NULL with @error set on failure
 */
GPtrArray *
tandem_store_search_people (TandemStore  *self,
                            const char   *text,
                            guint         limit,
                            GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  /* The matches are found and ordered in the person_search index alone, a fraction of the
   * table's pages (each of which an encrypted database decrypts); only the rows shown are
   * then read whole. SQLite 3.15 would scan the table instead unless told. */
  stmt = tandem_store_prepare (self,
                               "SELECT " PERSON_COLUMNS " FROM person WHERE id IN "
                               "(SELECT found.id FROM person found INDEXED BY person_search "
                               "WHERE tandem_search_matches (found.search_key, ?1) AND "
                               TANDEM_SQL_MAY_READ_PERSON ("found.id") " "
                               "ORDER BY found.family_name, found.given_name, found.id "
                               "LIMIT :limit) "
                               "ORDER BY family_name, given_name, id",
                               error);
  if (stmt == NULL)
    return NULL;

  /* Named, since the rule's :viewer would take the number 2. */
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), limit);
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (people, person_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&people);
}

static const char *
chunk_text (GStringChunk *strings,
            sqlite3_stmt *stmt,
            int           column)
{
  const char *text = tandem_store_column_text (stmt, column);

  return g_string_chunk_insert_len (strings, text, sqlite3_column_bytes (stmt, column));
}

static gboolean
load_caseload_people (TandemStore   *self,
                      gint64         person_id,
                      gboolean       only_with_plan,
                      GArray        *entries,
                      GStringChunk  *strings,
                      GError       **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  if (only_with_plan)
    stmt = tandem_store_prepare (self,
                                 "SELECT id, given_name, family_name, preferred_name, postcode, "
                                 "search_key, practice_id, nhs_number, safeguarding_concern, "
                                 "risk_flags != '', last_contact_on "
                                 "FROM person WHERE (?1 = 0 OR id = ?1) AND id IN "
                                 "(SELECT person_id FROM plan_version) AND "
                                 TANDEM_SQL_MAY_READ_PERSON ("person.id") " ORDER BY id",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "SELECT id, given_name, family_name, preferred_name, postcode, "
                                 "search_key, practice_id, nhs_number, safeguarding_concern, "
                                 "risk_flags != '', last_contact_on "
                                 "FROM person WHERE (?1 = 0 OR id = ?1) AND "
                                 TANDEM_SQL_MAY_READ_PERSON ("person.id") " ORDER BY id",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCaseloadEntry entry = { 0 };

      entry.person_id = sqlite3_column_int64 (stmt, 0);
      entry.given_name = chunk_text (strings, stmt, 1);
      entry.family_name = chunk_text (strings, stmt, 2);
      entry.preferred_name = chunk_text (strings, stmt, 3);
      entry.postcode = chunk_text (strings, stmt, 4);
      entry.search_key = chunk_text (strings, stmt, 5);
      entry.practice_id = sqlite3_column_int64 (stmt, 6);
      g_strlcpy (entry.nhs_number, tandem_store_column_text (stmt, 7), sizeof entry.nhs_number);
      if (sqlite3_column_int (stmt, 8))
        entry.flags |= TANDEM_CASELOAD_ENTRY_SAFEGUARDING;
      if (sqlite3_column_int (stmt, 9))
        entry.flags |= TANDEM_CASELOAD_ENTRY_RISK;
      entry.last_contact_on = tandem_date_iso_to_julian (tandem_store_column_text (stmt, 10));
      entry.status = TANDEM_CASELOAD_NO_REFERRAL;
      entry.plan_state = TANDEM_CASELOAD_NO_PLAN;

      g_array_append_val (entries, entry);
    }

  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/* Entries are in person id order. */
static TandemCaseloadEntry *
find_entry (GArray *entries,
            gint64  person_id)
{
  guint low = 0;
  guint high = entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      TandemCaseloadEntry *entry = &g_array_index (entries, TandemCaseloadEntry, middle);

      if (entry->person_id == person_id)
        return entry;

      if (entry->person_id < person_id)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}

static gboolean
load_caseload_referrals (TandemStore   *self,
                         gint64         person_id,
                         GArray        *entries,
                         GError       **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT person_id, id, status, priority, for_role, "
                               "assigned_staff_id, received_on FROM referral "
                               "WHERE ?1 = 0 OR person_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCaseloadEntry *entry = find_entry (entries, sqlite3_column_int64 (stmt, 0));
      TandemReferralStatus status;
      TandemPriority priority;
      guint32 received_on;

      if (entry == NULL)
        continue;

      status = tandem_store_column_enum (stmt, 2, TANDEM_TYPE_REFERRAL_STATUS,
                                         TANDEM_REFERRAL_RECEIVED);
      priority = tandem_store_column_enum (stmt, 3, TANDEM_TYPE_PRIORITY, TANDEM_PRIORITY_ROUTINE);
      received_on = tandem_date_iso_to_julian (tandem_store_column_text (stmt, 6));

      if (entry->status != TANDEM_CASELOAD_NO_REFERRAL &&
          tandem_referral_compare_currency (status, priority, received_on,
                                            entry->status, entry->priority,
                                            entry->received_on) >= 0)
        continue;

      entry->referral_id = sqlite3_column_int64 (stmt, 1);
      entry->status = status;
      entry->priority = priority;
      entry->role = tandem_store_column_enum (stmt, 4, TANDEM_TYPE_ROLE, TANDEM_ROLE_LINK_WORKER);
      entry->assigned_staff_id = sqlite3_column_int64 (stmt, 5);
      entry->received_on = received_on;
    }

  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/* The latest version's state, and the review date of the latest agreed one. */
static gboolean
load_caseload_plans (TandemStore   *self,
                     gint64         person_id,
                     GArray        *entries,
                     GError       **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT person_id, number, state, review_on FROM plan_version "
                               "WHERE ?1 = 0 OR person_id = ?1 ORDER BY person_id, number",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCaseloadEntry *entry = find_entry (entries, sqlite3_column_int64 (stmt, 0));
      TandemPlanState state;

      if (entry == NULL)
        continue;

      state = tandem_store_column_enum (stmt, 2, TANDEM_TYPE_PLAN_STATE, TANDEM_PLAN_DRAFT);
      entry->plan_state = state;
      entry->plan_number = MIN (sqlite3_column_int (stmt, 1), G_MAXUINT8);
      if (state == TANDEM_PLAN_AGREED)
        entry->review_on = tandem_date_iso_to_julian (tandem_store_column_text (stmt, 3));
    }

  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/* Each person's earliest follow-up still waiting for an outcome. Only signposts with no
 * outcome are read, through the index on (outcome, follow_up_on), so the cost follows the
 * number of open follow-ups, not the number of people or of signposts ever made. */
static gboolean
load_caseload_follow_ups (TandemStore   *self,
                          gint64         person_id,
                          GArray        *entries,
                          GError       **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT person_id, min(follow_up_on) FROM signpost "
                               "WHERE outcome = 'pending' AND follow_up_on > '' "
                               "AND (?1 = 0 OR person_id = ?1) GROUP BY person_id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemCaseloadEntry *entry = find_entry (entries, sqlite3_column_int64 (stmt, 0));

      if (entry != NULL)
        entry->follow_up_on = tandem_date_iso_to_julian (tandem_store_column_text (stmt, 1));
    }

  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  return TRUE;
}

/**
 * tandem_store_load_caseload:
 * @person_id: one person, or 0 for everyone
 * @only_with_plan: whether to leave out people with no plan
 * @entries: (element-type TandemCaseloadEntry): where to append the entries, in person id order
 * @strings: where the entries' strings are kept
 *
 * Reads what the caseload list shows of each person the viewer may see: their names, search
 * key, current referral episode, the date of their last contact, where their plan stands and
 * the earliest follow-up of a signpost to an asset still waiting for its outcome. The other
 * tables are read only for the people found first.
 */
gboolean
tandem_store_load_caseload (TandemStore   *self,
                            gint64         person_id,
                            gboolean       only_with_plan,
                            GArray        *entries,
                            GStringChunk  *strings,
                            GError       **error)
{
  g_autoptr(GArray) loaded = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  /* One read transaction, so all the queries see the same moment of the database. */
  if (!tandem_store_begin_read (self, error))
    return FALSE;

  ok = load_caseload_people (self, person_id, only_with_plan, loaded, strings, error) &&
       load_caseload_referrals (self, person_id, loaded, error) &&
       load_caseload_plans (self, person_id, loaded, error) &&
       load_caseload_follow_ups (self, person_id, loaded, error);

  tandem_store_end_read (self);

  if (ok)
    g_array_append_vals (entries, loaded->data, loaded->len);

  return ok;
}
