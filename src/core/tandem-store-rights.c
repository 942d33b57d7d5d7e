/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-rights"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "tandem-audit-entry.h"
#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-nhs-number.h"
#include "tandem-store-private.h"
#include "tandem-subject-access.h"

/* People's rights over what is held about them: to see it all (subject access), to have it
 * erased, and to have it kept no longer than the PCN's retention period. */

#define RETENTION_MIN_YEARS 1
#define RETENTION_MAX_YEARS 100

/* What replaces a person's name or NHS number in other records' free text when the person
 * is erased. Not translated: it is written into the database, read by whoever comes next. */
#define ERASED_MARK "[erased]"

void
tandem_retention_candidate_free (TandemRetentionCandidate *candidate)
{
  if (candidate == NULL)
    return;

  g_free (candidate->name);
  g_free (candidate->nhs_number);
  g_free (candidate->last_ended_on);
  g_free (candidate);
}

/**
 * tandem_store_may_export_subject_access:
 *
 * Whether the viewer may answer a subject access request: those who may read the audit
 * trail (administrators, supervisors and the command-line tool), because the answer includes
 * who looked at the record, and it is the PCN answering, not one worker.
 */
gboolean
tandem_store_may_export_subject_access (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_may_read_audit (self);
}

/**
 * tandem_store_may_erase_people:
 *
 * Whether the viewer may erase a person: administrators and the command-line tool only.
 * Erasing cannot be undone and ends the PCN's own record of the care it gave, so it is the
 * decision of those accountable for the records.
 */
gboolean
tandem_store_may_erase_people (TandemStore *self)
{
  gint64 viewer;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  viewer = tandem_store_get_viewer (self);
  return viewer == TANDEM_STORE_VIEWER_SYSTEM || tandem_store_is_administrator (self, viewer);
}

/* The words that name one person and no one else, for finding them in free text: their full
 * name (not a first name alone), the name they prefer with their family name, and their NHS
 * number as stored and as people write it (943 476 5919). Unused places are NULL. */
#define N_IDENTIFIERS 4

static gboolean
read_identifiers (TandemStore  *self,
                  gint64        person_id,
                  char        **names,
                  GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  const char *given, *family, *preferred, *nhs_number;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT given_name, family_name, preferred_name, nhs_number "
                               "FROM person WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                   _("There is no person with id %lld"), (long long) person_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return tandem_store_fail (self, rc, error);

  given = tandem_store_column_text (stmt, 0);
  family = tandem_store_column_text (stmt, 1);
  preferred = tandem_store_column_text (stmt, 2);
  nhs_number = tandem_store_column_text (stmt, 3);

  if (given[0] != '\0' && family[0] != '\0')
    names[0] = g_strdup_printf ("%s %s", given, family);
  if (preferred[0] != '\0' && family[0] != '\0' && g_strcmp0 (preferred, given) != 0)
    names[1] = g_strdup_printf ("%s %s", preferred, family);
  if (nhs_number[0] != '\0')
    {
      names[2] = g_strdup (nhs_number);
      names[3] = tandem_nhs_number_format (nhs_number);
      if (g_strcmp0 (names[3], nhs_number) == 0)
        g_clear_pointer (&names[3], g_free);
    }

  return TRUE;
}

static void
clear_identifiers (char **names)
{
  for (guint i = 0; i < N_IDENTIFIERS; i++)
    g_clear_pointer (&names[i], g_free);
}

static gboolean
names_person (const char  *text,
              char       **names)
{
  for (guint i = 0; i < N_IDENTIFIERS; i++)
    if (names[i] != NULL && strstr (text, names[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Takes out of @paragraph the full names and NHS numbers of anyone but @person_id. */
static char *
dup_without_others (TandemStore  *self,
                    gint64        person_id,
                    const char   *paragraph,
                    GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GString) text = g_string_new (paragraph);
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT given_name || ' ' || family_name, ifnull (nhs_number, '') "
                               "FROM person WHERE id != ?2 AND "
                               "(instr (?1, given_name || ' ' || family_name) "
                               "OR (ifnull (nhs_number, '') != '' AND instr (?1, nhs_number)))",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, paragraph, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int column = 0; column < 2; column++)
        {
          const char *other = tandem_store_column_text (stmt, column);

          /* Not translated: it stands in the person's copy of the notes, like the notes. */
          if (other[0] != '\0')
            g_string_replace (text, other, "[another person]", 0);
        }
    }
  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
collect_plans (TandemStore          *self,
               TandemSubjectAccess  *access,
               gint64                person_id,
               GError              **error)
{
  g_autoptr(GPtrArray) versions = tandem_store_list_plan_versions (self, person_id, error);

  if (versions == NULL)
    return FALSE;

  /* The first version first, as the plan grew. */
  for (guint i = versions->len; i-- > 0;)
    {
      TandemPlanVersion *version = g_ptr_array_index (versions, i);
      TandemPlan *plan = tandem_store_load_plan (self, tandem_record_get_id (version), error);

      if (plan == NULL)
        return FALSE;
      g_ptr_array_add (access->plans, plan);
    }

  return TRUE;
}

/* The person's cases at huddles, each with only that case's minutes: the huddle's general
 * notes and the other cases on the agenda are about other people, so they stay out. */
static gboolean
collect_huddle_cases (TandemStore          *self,
                      TandemSubjectAccess  *access,
                      gint64                person_id,
                      GError              **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT c.id, h.held_on FROM huddle_case c "
                               "JOIN huddle h ON h.id = c.huddle_id "
                               "WHERE c.person_id = ?1 ORDER BY h.held_on, c.id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (dates, g_strdup (tandem_store_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);
  g_clear_pointer (&stmt, tandem_store_statement_release);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      TandemSubjectHuddleCase *item = g_new0 (TandemSubjectHuddleCase, 1);

      item->held_on = g_strdup (g_ptr_array_index (dates, i));
      g_ptr_array_add (access->huddle_cases, item);
      if ((item->item = tandem_store_load_huddle_case (self, id, error)) == NULL ||
          (item->actions = tandem_store_list_huddle_case_actions (self, id, error)) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* What workers said about the person in supervision. Supervision records are confidential
 * to the worker and their supervisors (tandem-store-private.h), but what a case entry says
 * about the person is the person's data: a subject access includes it. The session's own
 * notes and the workers' wellbeing are about staff, not the person, so they stay out, as
 * do the names of the workers supervised. */
static gboolean
collect_supervision_cases (TandemStore          *self,
                           TandemSubjectAccess  *access,
                           gint64                person_id,
                           GError              **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT s.held_on, s.kind, c.reason, c.escalation, "
                               "c.escalation_note FROM supervision_case c "
                               "JOIN supervision_session s ON s.id = c.session_id "
                               "WHERE c.person_id = ?1 ORDER BY s.held_on, c.id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemSubjectSupervisionCase *item = g_new0 (TandemSubjectSupervisionCase, 1);

      item->held_on = g_strdup (tandem_store_column_text (stmt, 0));
      item->kind = tandem_store_column_enum (stmt, 1, TANDEM_TYPE_SUPERVISION_KIND, 0);
      item->item = tandem_supervision_case_new (person_id);
      tandem_supervision_case_set_texts (item->item, NULL, tandem_store_column_text (stmt, 2),
                                         tandem_store_column_text (stmt, 4));
      item->item->escalation = tandem_store_column_enum (stmt, 3, TANDEM_TYPE_ESCALATION,
                                                         TANDEM_ESCALATION_NONE);
      g_ptr_array_add (access->supervision_cases, item);
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

/* Meeting notes that name the person: a huddle's general notes (its minutes beyond the cases)
 * and a supervision session's. These belong to the meeting, so only the paragraphs naming the
 * person go in, with anyone else they name taken out: what was said about the person is
 * theirs to see, what was said about others is not. */
static gboolean
collect_mentions (TandemStore          *self,
                  TandemSubjectAccess  *access,
                  gint64                person_id,
                  GError              **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) found = NULL;
  char *names[N_IDENTIFIERS] = { NULL };
  int rc;

  if (!read_identifiers (self, person_id, names, error))
    return FALSE;

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_subject_mention_free);
  stmt = tandem_store_prepare (self,
                               "SELECT held_on, 'huddle', notes FROM huddle WHERE notes != '' "
                               "UNION ALL SELECT held_on, 'supervision', notes "
                               "FROM supervision_session WHERE notes != '' ORDER BY 1",
                               error);
  if (stmt == NULL)
    {
      clear_identifiers (names);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *notes = tandem_store_column_text (stmt, 2);
      g_auto(GStrv) paragraphs = NULL;

      if (!names_person (notes, names))
        continue;

      paragraphs = g_strsplit (notes, "\n", -1);
      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          TandemSubjectMention *mention;

          if (!names_person (paragraphs[i], names))
            continue;

          mention = g_new0 (TandemSubjectMention, 1);
          mention->held_on = g_strdup (tandem_store_column_text (stmt, 0));
          mention->source = g_strdup (tandem_store_column_text (stmt, 1));
          mention->text = g_strdup (paragraphs[i]);
          g_ptr_array_add (found, mention);
        }
    }
  clear_identifiers (names);
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);
  g_clear_pointer (&stmt, tandem_store_statement_release);

  /* Others are looked for once the reading is done: the statement cache hands out one
   * statement per query at a time. */
  for (guint i = 0; i < found->len; i++)
    {
      TandemSubjectMention *mention = g_ptr_array_index (found, i);
      char *text = dup_without_others (self, person_id, mention->text, error);

      if (text == NULL)
        return FALSE;
      g_free (mention->text);
      mention->text = text;
      g_ptr_array_add (access->mentions, g_steal_pointer (&found->pdata[i]));
    }

  return TRUE;
}

static gboolean
take_records (GPtrArray  *into,
              GPtrArray  *records)
{
  if (records == NULL)
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (into, g_object_ref (g_ptr_array_index (records, i)));
  g_ptr_array_unref (records);
  return TRUE;
}

/**
 * tandem_store_collect_subject_access:
 *
 * Reads everything held about one person, for a subject access request: their details,
 * referrals, contacts, every version of their plan, outcome measures, signposting, MDT flags,
 * their cases at huddles with the minutes and actions, what supervision recorded about them,
 * the paragraphs of meeting notes that name them, and the audit trail of who created,
 * viewed, changed, printed or exported their records. Only a viewer who may
 * (tandem_store_may_export_subject_access()) and who may read the person. It records
 * nothing: whoever hands the result over records the export.
 *
 * Returns: (transfer full): the request, or %NULL with @error set
 */
TandemSubjectAccess *
tandem_store_collect_subject_access (TandemStore  *self,
                                     gint64        person_id,
                                     GError      **error)
{
  g_autoptr(TandemSubjectAccess) access = NULL;
  TandemAuditFilter filter = { person_id, 0, -1, NULL, NULL };
  gboolean read;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_may_export_subject_access (self))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                           _("Only an administrator or a supervisor can export everything "
                             "held about a person. Ask one of them to do it."));
      return NULL;
    }

  access = tandem_subject_access_new ();
  access->produced_at = tandem_store_now ();

  /* Each reader takes its own read transaction (a plan's does), so they cannot share one. */
  read = (access->person = tandem_store_load_person (self, person_id, error)) != NULL &&
         take_records (access->referrals, tandem_store_list_referrals (self, person_id, error)) &&
         take_records (access->contacts, tandem_store_list_contacts (self, person_id, error)) &&
         collect_plans (self, access, person_id, error) &&
         take_records (access->measures,
                       tandem_store_list_measure_results (self, person_id, error)) &&
         take_records (access->signposts, tandem_store_list_signposts (self, person_id, error)) &&
         take_records (access->mdt_flags, tandem_store_list_mdt_flags (self, person_id, error)) &&
         collect_huddle_cases (self, access, person_id, error) &&
         collect_supervision_cases (self, access, person_id, error) &&
         collect_mentions (self, access, person_id, error) &&
         take_records (access->audit, tandem_store_list_audit (self, &filter, 0, error));

  if (!read)
    return NULL;

  /* The trail is listed newest first; a record reads from its beginning, like the rest. */
  for (guint i = 0; i < access->audit->len / 2; i++)
    {
      guint j = access->audit->len - 1 - i;
      gpointer first = access->audit->pdata[i];

      access->audit->pdata[i] = access->audit->pdata[j];
      access->audit->pdata[j] = first;
    }

  return g_steal_pointer (&access);
}

/* Erasure. */

typedef struct
{
  gint64  person_id;
  char   *names[N_IDENTIFIERS];
} Erasure;

static const char *const person_drafts[] = {
  "DELETE FROM draft WHERE record_id = ?1 AND kind IN ('person', 'new-referral', "
  "'new-contact', 'new-measure', 'new-signpost', 'new-goal-signpost')",
  "DELETE FROM draft WHERE kind = 'referral' AND record_id IN "
  "(SELECT id FROM referral WHERE person_id = ?1)",
  "DELETE FROM draft WHERE kind = 'contact' AND record_id IN "
  "(SELECT id FROM contact WHERE person_id = ?1)",
  "DELETE FROM draft WHERE kind = 'measure' AND record_id IN "
  "(SELECT id FROM measure_result WHERE person_id = ?1)",
  "DELETE FROM draft WHERE kind = 'signpost-outcome' AND record_id IN "
  "(SELECT id FROM signpost WHERE person_id = ?1)",
};

/* Free text in records that are not the person's own and so stay: minutes, supervision
 * notes, actions, and other people's records that mention them by full name or NHS number.
 * Agreed plans are frozen by the schema and keep what they say. */
static const char *const redactions[] = {
  "UPDATE huddle SET notes = replace (notes, ?1, '" ERASED_MARK "') WHERE instr (notes, ?1)",
  "UPDATE supervision_session SET notes = replace (notes, ?1, '" ERASED_MARK "') "
  "WHERE instr (notes, ?1)",
  "UPDATE supervision_member SET wellbeing_note = replace (wellbeing_note, ?1, '"
  ERASED_MARK "') WHERE instr (wellbeing_note, ?1)",
  "UPDATE agreed_action SET description = replace (description, ?1, '" ERASED_MARK "') "
  "WHERE instr (description, ?1)",
  "UPDATE contact SET note = replace (note, ?1, '" ERASED_MARK "'), "
  "with_whom = replace (with_whom, ?1, '" ERASED_MARK "'), "
  "next_step = replace (next_step, ?1, '" ERASED_MARK "') "
  "WHERE person_id != ?2 AND (instr (note, ?1) OR instr (with_whom, ?1) "
  "OR instr (next_step, ?1))",
  "UPDATE referral SET reasons = replace (reasons, ?1, '" ERASED_MARK "'), "
  "outcome_note = replace (outcome_note, ?1, '" ERASED_MARK "') "
  "WHERE person_id != ?2 AND (instr (reasons, ?1) OR instr (outcome_note, ?1))",
  "UPDATE huddle_case SET situation = replace (situation, ?1, '" ERASED_MARK "'), "
  "action_to_date = replace (action_to_date, ?1, '" ERASED_MARK "'), "
  "update_note = replace (update_note, ?1, '" ERASED_MARK "'), "
  "next_steps = replace (next_steps, ?1, '" ERASED_MARK "') "
  "WHERE person_id != ?2 AND (instr (situation, ?1) OR instr (action_to_date, ?1) "
  "OR instr (update_note, ?1) OR instr (next_steps, ?1))",
  "UPDATE supervision_case SET reason = replace (reason, ?1, '" ERASED_MARK "'), "
  "escalation_note = replace (escalation_note, ?1, '" ERASED_MARK "') "
  "WHERE person_id != ?2 AND (instr (reason, ?1) OR instr (escalation_note, ?1))",
  "DELETE FROM draft WHERE instr (data, ?1)",
};

static gboolean
run_with_person (TandemStore  *self,
                 const char   *sql,
                 const char   *text,
                 gint64        person_id,
                 GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, person_id);
  else if (text == NULL)
    sqlite3_bind_int64 (stmt, 1, person_id);

  return tandem_store_step_done (self, stmt, error);
}

static gboolean
write_erasure (TandemStore    *self,
               gconstpointer   data,
               GError        **error)
{
  Erasure *erasure = (Erasure *) data;
  g_autoptr(TandemStoreStatement) remove = NULL;

  if (!tandem_store_may_erase_people (self))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                           _("Only an administrator can erase a person’s record. Ask one of "
                             "your administrators to do it."));
      return FALSE;
    }

  if (!read_identifiers (self, erasure->person_id, erasure->names, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (person_drafts); i++)
    if (!run_with_person (self, person_drafts[i], NULL, erasure->person_id, error))
      return FALSE;

  for (guint n = 0; n < G_N_ELEMENTS (erasure->names); n++)
    {
      if (erasure->names[n] == NULL)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (redactions); i++)
        if (!run_with_person (self, redactions[i], erasure->names[n], erasure->person_id, error))
          return FALSE;
    }

  /* The person's own records go with them: every table that holds one cascades from person. */
  remove = tandem_store_prepare (self, "DELETE FROM person WHERE id = ?1", error);
  if (remove == NULL)
    return FALSE;
  sqlite3_bind_int64 (remove, 1, erasure->person_id);
  if (!tandem_store_step_done (self, remove, error))
    return FALSE;

  tandem_store_queue_change (self, erasure->person_id);
  tandem_store_queue_huddles_change (self);
  tandem_store_queue_supervision_change (self);

  return tandem_store_append_audit (self, tandem_store_get_viewer (self), TANDEM_AUDIT_ERASE,
                                    "person", erasure->person_id, erasure->person_id, error);
}

static gboolean
query_secure_delete (TandemStore *self)
{
  sqlite3_stmt *stmt = NULL;
  gboolean on = FALSE;

  if (sqlite3_prepare_v2 (tandem_store_get_db (self), "PRAGMA secure_delete", -1, &stmt,
                          NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    on = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);

  return on;
}

/* Checkpoints and truncates the write-ahead log. Another connection still reading (a worker
 * thread's) can keep it from being emptied even after the busy timeout; the erasure stands,
 * and the next checkpoint overwrites the old pages, so this is only noted. */
static gboolean
empty_log (TandemStore  *self,
           GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (tandem_store_get_db (self), "PRAGMA wal_checkpoint(TRUNCATE)", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0)
    g_message ("The write-ahead log is still in use; erased pages leave it at the next "
               "checkpoint");
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

/**
 * tandem_store_erase_person:
 *
 * Erases a person: their record and everything that hangs from it, their drafts, and their
 * full name and NHS number wherever other records' free text mentions them. What was
 * deleted is overwritten in the file (secure delete) and the write-ahead log emptied, so it
 * cannot be read back from the database file. The audit trail keeps its entries, which hold
 * ids only, and gains one saying the person was erased. Backups are untouched: they expire
 * on their own schedule. Administrators only (tandem_store_may_erase_people()).
 */
gboolean
tandem_store_erase_person (TandemStore  *self,
                           gint64        person_id,
                           GError      **error)
{
  Erasure erasure = { person_id, { NULL } };
  gboolean was_secure;
  gboolean erased;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  was_secure = query_secure_delete (self);
  if (!tandem_store_exec (self, "PRAGMA secure_delete = ON", error))
    return FALSE;

  erased = tandem_store_write (self, write_erasure, &erasure, error);
  clear_identifiers (erasure.names);

  /* The log holds copies of the pages as they were; emptying it into the database, where
   * secure delete zeroed them, and truncating it leaves no old copy. */
  if (erased && !empty_log (self, error))
    erased = FALSE;

  if (!was_secure)
    tandem_store_exec (self, "PRAGMA secure_delete = OFF", NULL);

  return erased;
}

/* Retention. */

/**
 * tandem_store_get_retention_years:
 *
 * Returns: how many years after a person's last episode ended their record is kept: the
 *   PCN's setting, 8 by default
 */
guint
tandem_store_get_retention_years (TandemStore  *self,
                                  GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), TANDEM_RETENTION_DEFAULT_YEARS);

  stmt = tandem_store_prepare (self, "SELECT retention_years FROM pcn WHERE id = 1", error);
  if (stmt == NULL)
    return TANDEM_RETENTION_DEFAULT_YEARS;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return (guint) CLAMP (sqlite3_column_int (stmt, 0), RETENTION_MIN_YEARS,
                          RETENTION_MAX_YEARS);
  if (rc != SQLITE_DONE)
    tandem_store_fail (self, rc, error);

  return TANDEM_RETENTION_DEFAULT_YEARS;
}

static gboolean
write_retention_years (TandemStore    *self,
                       gconstpointer   data,
                       GError        **error)
{
  g_autoptr(TandemStoreStatement) insert = NULL;
  g_autoptr(TandemStoreStatement) update = NULL;

  if (!tandem_store_require_staff_manager (self, NULL))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                           _("Only an administrator can change how long records are kept. Ask "
                             "one of your administrators to change it."));
      return FALSE;
    }

  insert = tandem_store_prepare (self, "INSERT OR IGNORE INTO pcn (id, name) VALUES (1, '')",
                                 error);
  update = tandem_store_prepare (self, "UPDATE pcn SET retention_years = ?1 WHERE id = 1",
                                 error);
  if (insert == NULL || update == NULL)
    return FALSE;

  sqlite3_bind_int (update, 1, GPOINTER_TO_UINT (data));
  if (!tandem_store_step_done (self, insert, error) ||
      !tandem_store_step_done (self, update, error))
    return FALSE;

  tandem_store_queue_team_change (self);
  return TRUE;
}

/**
 * tandem_store_set_retention_years:
 * @years: from 1 to 100
 *
 * Sets how many years after a person's last episode ended their record is kept.
 * Administrators only, or anyone while the team has none (as for the PCN's other settings).
 */
gboolean
tandem_store_set_retention_years (TandemStore  *self,
                                  guint         years,
                                  GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (years < RETENTION_MIN_YEARS || years > RETENTION_MAX_YEARS)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                   _("Records can be kept from %d to %d years after the last episode ended."),
                   RETENTION_MIN_YEARS, RETENTION_MAX_YEARS);
      return FALSE;
    }

  return tandem_store_write (self, write_retention_years, GUINT_TO_POINTER (years), error);
}

/* A person is past retention when none of their referrals is still open and the last day
 * anything happened (an episode ending, or a contact after it) is more than the period ago.
 * An episode closed without an end date ended, at the latest, when it was received was
 * recorded; someone with no referral at all, when their record was made. */
#define PAST_RETENTION_SQL \
  "SELECT id, name, nhs_number, ended FROM (" \
  "SELECT p.id AS id, p.given_name || ' ' || p.family_name AS name, " \
  "ifnull (p.nhs_number, '') AS nhs_number, " \
  "max (ifnull ((SELECT max (CASE WHEN r.ended_on != '' THEN r.ended_on ELSE r.received_on END) " \
  "FROM referral r WHERE r.person_id = p.id), substr (p.created_at, 1, 10)), " \
  "p.last_contact_on) AS ended " \
  "FROM person p WHERE NOT EXISTS (SELECT 1 FROM referral o WHERE o.person_id = p.id " \
  "AND o.status NOT IN ('closed', 'declined', 'no-response')) " \
  "AND " TANDEM_SQL_MAY_READ_PERSON ("p.id") ") " \
  "WHERE ended < :cutoff ORDER BY ended, name"

/**
 * tandem_store_list_past_retention:
 * @today: the day to count from
 *
 * Lists the people whose records are past the PCN's retention period, for review and
 * erasure, the longest past first. Only people the viewer may read.
 *
 * Returns: (transfer full) (element-type TandemRetentionCandidate): the people, or %NULL
 *   with @error set
 */
GPtrArray *
tandem_store_list_past_retention (TandemStore  *self,
                                  const GDate  *today,
                                  GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *cutoff = NULL;
  GDate day;
  guint years;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  years = tandem_store_get_retention_years (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  day = *today;
  g_date_subtract_years (&day, years);
  cutoff = tandem_date_to_iso (&day);

  stmt = tandem_store_prepare (self, PAST_RETENTION_SQL, error);
  if (stmt == NULL)
    return NULL;

  tandem_store_bind_viewer (self, stmt);
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":cutoff"), cutoff, -1,
                     SQLITE_TRANSIENT);

  people = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_retention_candidate_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemRetentionCandidate *candidate = g_new0 (TandemRetentionCandidate, 1);

      candidate->person_id = sqlite3_column_int64 (stmt, 0);
      candidate->name = g_strdup (tandem_store_column_text (stmt, 1));
      candidate->nhs_number = g_strdup (tandem_store_column_text (stmt, 2));
      candidate->last_ended_on = g_strdup (tandem_store_column_text (stmt, 3));
      g_ptr_array_add (people, candidate);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&people);
}
