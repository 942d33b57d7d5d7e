/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-huddles"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-store-private.h"

/* MDT huddles: the meeting, who came, and its agenda of cases with their minutes.
 *
 * A huddle's agenda is assembled when it is created, in the same transaction, so two chairs
 * cannot take the same flag: every MDT flag still waiting, and every person whose latest
 * case at an earlier huddle was not closed. A person is on an agenda once (the schema says
 * so too); when they were both put forward and left open, their case takes the flag's reason
 * and links the earlier case. A case is a change to its person: their page shows it. */

#define CASE_COLUMNS \
  "c.id, c.huddle_id, c.person_id, c.position, c.reason, c.flag_id, c.carried_from_id, " \
  "c.situation, c.action_to_date, c.update_note, c.next_steps, c.status, " \
  "c.seconds_discussed, p.given_name, p.preferred_name, p.family_name, p.nhs_number"

/* The counts of cases are of those the viewer may read. */
#define HUDDLE_COLUMNS \
  "h.id, h.held_on, h.chair_id, h.minutes_per_case, h.notes, " \
  "(SELECT COUNT(*) FROM huddle_case n WHERE n.huddle_id = h.id AND " \
  TANDEM_SQL_MAY_READ_HUDDLE_CASE ("n.person_id", "h.id") "), " \
  "(SELECT COUNT(*) FROM huddle_case n WHERE n.huddle_id = h.id AND n.status = 'open' AND " \
  TANDEM_SQL_MAY_READ_HUDDLE_CASE ("n.person_id", "h.id") ")"

/* The person's latest case at a huddle other than @huddle (?1), if it is not closed. */
#define OPEN_EARLIER_CASE(person) \
  "SELECT c.id, c.person_id, c.reason FROM huddle_case c " \
  "WHERE c.huddle_id != ?1 AND c.status != 'closed' AND " person " AND c.id = " \
  "(SELECT l.id FROM huddle_case l JOIN huddle lh ON lh.id = l.huddle_id " \
  " WHERE l.person_id = c.person_id AND l.huddle_id != ?1 " \
  " ORDER BY lh.held_on DESC, lh.id DESC LIMIT 1)"

/* The minutes name people by their initials only: the first letter of each name. */
static char *
dup_initials (const char *given,
              const char *family)
{
  GString *initials = g_string_new (NULL);
  const char *names[] = { given, family };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *name = names[i];

      while (name != NULL && *name != '\0' && !g_unichar_isalnum (g_utf8_get_char (name)))
        name = g_utf8_next_char (name);

      if (name != NULL && *name != '\0')
        g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (name)));
    }

  return g_string_free (initials, FALSE);
}

static TandemHuddle *
huddle_from_row (sqlite3_stmt *stmt)
{
  TandemHuddle *huddle = tandem_huddle_new ();

  tandem_record_set_id (huddle, sqlite3_column_int64 (stmt, 0));
  tandem_huddle_set_held_on (huddle, tandem_store_column_text (stmt, 1));
  tandem_huddle_set_chair_id (huddle, sqlite3_column_int64 (stmt, 2));
  tandem_huddle_set_minutes_per_case (huddle, MAX (1, sqlite3_column_int (stmt, 3)));
  tandem_huddle_set_notes (huddle, tandem_store_column_text (stmt, 4));
  tandem_huddle_set_case_count (huddle, sqlite3_column_int (stmt, 5));
  tandem_huddle_set_open_count (huddle, sqlite3_column_int (stmt, 6));

  return huddle;
}

static TandemHuddleAttendee *
attendee_from_row (sqlite3_stmt *stmt)
{
  TandemHuddleAttendee *attendee = tandem_huddle_attendee_new ();

  tandem_record_set_id (attendee, sqlite3_column_int64 (stmt, 0));
  tandem_huddle_attendee_set_huddle_id (attendee, sqlite3_column_int64 (stmt, 1));
  tandem_huddle_attendee_set_staff_id (attendee, sqlite3_column_int64 (stmt, 2));
  tandem_huddle_attendee_set_name (attendee, tandem_store_column_text (stmt, 3));
  tandem_huddle_attendee_set_role (attendee, tandem_store_column_text (stmt, 4));
  tandem_huddle_attendee_set_present (attendee, sqlite3_column_int (stmt, 5) != 0);

  return attendee;
}

static TandemHuddleCase *
case_from_row (sqlite3_stmt *stmt)
{
  TandemHuddleCase *item = tandem_huddle_case_new ();
  const char *given = tandem_store_column_text (stmt, 13);
  const char *preferred = tandem_store_column_text (stmt, 14);
  const char *family = tandem_store_column_text (stmt, 15);
  g_autofree char *name = NULL;
  g_autofree char *initials = dup_initials (given, family);

  /* Translators: a person's name: given (or preferred) name, then family name */
  name = g_strdup_printf (C_("person name", "%s %s"), *preferred != '\0' ? preferred : given,
                          family);

  tandem_record_set_id (item, sqlite3_column_int64 (stmt, 0));
  tandem_huddle_case_set_huddle_id (item, sqlite3_column_int64 (stmt, 1));
  tandem_huddle_case_set_person_id (item, sqlite3_column_int64 (stmt, 2));
  tandem_huddle_case_set_position (item, sqlite3_column_int (stmt, 3));
  tandem_huddle_case_set_reason (item, tandem_store_column_text (stmt, 4));
  tandem_huddle_case_set_flag_id (item, sqlite3_column_int64 (stmt, 5));
  tandem_huddle_case_set_carried_from_id (item, sqlite3_column_int64 (stmt, 6));
  tandem_huddle_case_set_situation (item, tandem_store_column_text (stmt, 7));
  tandem_huddle_case_set_action_to_date (item, tandem_store_column_text (stmt, 8));
  tandem_huddle_case_set_update_note (item, tandem_store_column_text (stmt, 9));
  tandem_huddle_case_set_next_steps (item, tandem_store_column_text (stmt, 10));
  tandem_huddle_case_set_status (item,
                                 tandem_store_column_enum (stmt, 11,
                                                           TANDEM_TYPE_HUDDLE_CASE_STATUS,
                                                           TANDEM_HUDDLE_CASE_OPEN));
  tandem_huddle_case_set_seconds_discussed (item, MAX (0, sqlite3_column_int (stmt, 12)));
  tandem_huddle_case_set_person_name (item, name);
  tandem_huddle_case_set_initials (item, initials);
  tandem_huddle_case_set_nhs_number (item, tandem_store_column_text (stmt, 16));

  return item;
}

static gboolean
not_found (GError **error)
{
  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       _("This huddle no longer exists: it may have been deleted."));
  return FALSE;
}

static gboolean
write_attendee (TandemStore           *self,
                TandemHuddleAttendee  *attendee,
                GError               **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *name = NULL;
  gint64 id = tandem_record_get_id (attendee);

  if (!tandem_huddle_attendee_check (attendee, error))
    return FALSE;

  name = g_strstrip (g_strdup (tandem_huddle_attendee_get_name (attendee)));

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO huddle_attendee (huddle_id, staff_id, name, role, "
                                 "present) VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE huddle_attendee SET huddle_id = ?1, staff_id = ?2, "
                                 "name = ?3, role = ?4, present = ?5 WHERE id = ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_huddle_attendee_get_huddle_id (attendee));
  tandem_store_bind_id (stmt, 2, tandem_huddle_attendee_get_staff_id (attendee));
  tandem_store_bind_text (stmt, 3, name);
  tandem_store_bind_text (stmt, 4, tandem_huddle_attendee_get_role (attendee));
  sqlite3_bind_int (stmt, 5, tandem_huddle_attendee_get_present (attendee));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    tandem_record_set_id (attendee, sqlite3_last_insert_rowid (tandem_store_get_db (self)));
  else if (sqlite3_changes (tandem_store_get_db (self)) == 0)
    return not_found (error);

  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/* One case of an agenda being assembled. */
typedef struct
{
  gint64   person_id;
  char    *reason;
  gint64   flag_id;
  gint64   carried_from_id;
} AgendaItem;

static void
agenda_item_clear (gpointer data)
{
  AgendaItem *item = data;

  g_clear_pointer (&item->reason, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AgendaItem, agenda_item_clear)

static int
next_position (TandemStore  *self,
               gint64        huddle_id,
               GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT COALESCE(MAX(position) + 1, 0) FROM huddle_case "
                          "WHERE huddle_id = ?1",
                          error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, huddle_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      tandem_store_fail (self, sqlite3_errcode (tandem_store_get_db (self)), error);
      return -1;
    }

  return sqlite3_column_int (stmt, 0);
}

static gint64
insert_case (TandemStore       *self,
             gint64             huddle_id,
             const AgendaItem  *item,
             int                position,
             GError           **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "INSERT INTO huddle_case (huddle_id, person_id, position, reason, "
                          "flag_id, carried_from_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                          error);

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, huddle_id);
  sqlite3_bind_int64 (stmt, 2, item->person_id);
  sqlite3_bind_int (stmt, 3, position);
  tandem_store_bind_text (stmt, 4, item->reason);
  tandem_store_bind_id (stmt, 5, item->flag_id);
  tandem_store_bind_id (stmt, 6, item->carried_from_id);
  if (!tandem_store_step_done (self, stmt, error))
    return 0;

  tandem_store_queue_change (self, item->person_id);
  return sqlite3_last_insert_rowid (tandem_store_get_db (self));
}

/* Finds @person_id's item, or adds one. by_person maps a person's id to their item's index:
 * the array moves as it grows, so its keys are copies, not pointers into it. */
static AgendaItem *
agenda_find (GArray     *agenda,
             GHashTable *by_person,
             gint64      person_id)
{
  gpointer index;
  AgendaItem item = { person_id, NULL, 0, 0 };

  if (g_hash_table_lookup_extended (by_person, &person_id, NULL, &index))
    return &g_array_index (agenda, AgendaItem, GPOINTER_TO_UINT (index));

  g_array_append_val (agenda, item);
  g_hash_table_insert (by_person, g_memdup2 (&person_id, sizeof person_id),
                       GUINT_TO_POINTER (agenda->len - 1));
  return &g_array_index (agenda, AgendaItem, agenda->len - 1);
}

static gboolean
add_carried_cases (TandemStore  *self,
                   gint64        huddle_id,
                   GArray       *agenda,
                   GHashTable   *by_person,
                   GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          OPEN_EARLIER_CASE ("?2 = 0") " ORDER BY "
                          "(SELECT h.held_on FROM huddle h WHERE h.id = c.huddle_id), "
                          "c.huddle_id, c.position",
                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, huddle_id);
  sqlite3_bind_int64 (stmt, 2, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      AgendaItem *item = agenda_find (agenda, by_person, sqlite3_column_int64 (stmt, 1));

      item->carried_from_id = sqlite3_column_int64 (stmt, 0);
      item->reason = g_strdup (tandem_store_column_text (stmt, 2));
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

/* Waiting flags, oldest first: a person put forward twice has one case, whose reason gives
 * every reason and which takes the newest flag. */
static gboolean
add_flagged_cases (TandemStore  *self,
                   GArray       *agenda,
                   GHashTable   *by_person,
                   GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT f.id, f.person_id, f.reason FROM mdt_flag f "
                          "WHERE NOT EXISTS (SELECT 1 FROM huddle_case c WHERE c.flag_id = f.id) "
                          "ORDER BY f.flagged_on, f.id",
                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      AgendaItem *item = agenda_find (agenda, by_person, sqlite3_column_int64 (stmt, 1));
      const char *reason = tandem_store_column_text (stmt, 2);
      char *joined;

      if (item->flag_id == 0)
        joined = g_strdup (reason);
      else
        /* Translators: two reasons a case was put forward for MDT, one after the other */
        joined = g_strdup_printf (_("%s; %s"), item->reason, reason);

      g_free (item->reason);
      item->reason = joined;
      item->flag_id = sqlite3_column_int64 (stmt, 0);
    }

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

static gboolean
assemble_agenda (TandemStore  *self,
                 gint64        huddle_id,
                 GError      **error)
{
  g_autoptr(GArray) agenda = g_array_new (FALSE, TRUE, sizeof (AgendaItem));
  g_autoptr(GHashTable) by_person = NULL;

  g_array_set_clear_func (agenda, agenda_item_clear);
  by_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!add_carried_cases (self, huddle_id, agenda, by_person, error) ||
      !add_flagged_cases (self, agenda, by_person, error))
    return FALSE;

  for (guint i = 0; i < agenda->len; i++)
    {
      if (insert_case (self, huddle_id, &g_array_index (agenda, AgendaItem, i), i, error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_huddle_row (TandemStore   *self,
                  TandemHuddle  *huddle,
                  GError       **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (huddle);

  if (!tandem_huddle_check (huddle, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO huddle (held_on, chair_id, minutes_per_case, notes, "
                                 "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE huddle SET held_on = ?1, chair_id = ?2, "
                                 "minutes_per_case = ?3, notes = ?4, updated_at = ?5 "
                                 "WHERE id = ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_text (stmt, 1, tandem_huddle_get_held_on (huddle));
  tandem_store_bind_id (stmt, 2, tandem_huddle_get_chair_id (huddle));
  sqlite3_bind_int (stmt, 3, tandem_huddle_get_minutes_per_case (huddle));
  tandem_store_bind_text (stmt, 4, tandem_huddle_get_notes (huddle));
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    tandem_record_set_id (huddle, sqlite3_last_insert_rowid (tandem_store_get_db (self)));
  else if (sqlite3_changes (tandem_store_get_db (self)) == 0)
    return not_found (error);

  tandem_store_queue_huddles_change (self);
  return TRUE;
}

typedef struct
{
  TandemHuddle *huddle;
  GPtrArray    *attendees;
} NewHuddle;

static gboolean
write_new_huddle (TandemStore    *self,
                  gconstpointer   data,
                  GError        **error)
{
  const NewHuddle *new_huddle = data;
  gint64 id;

  if (!write_huddle_row (self, new_huddle->huddle, error))
    return FALSE;

  id = tandem_record_get_id (new_huddle->huddle);
  for (guint i = 0; new_huddle->attendees != NULL && i < new_huddle->attendees->len; i++)
    {
      TandemHuddleAttendee *attendee = g_ptr_array_index (new_huddle->attendees, i);

      tandem_huddle_attendee_set_huddle_id (attendee, id);
      if (!write_attendee (self, attendee, error))
        return FALSE;
    }

  return assemble_agenda (self, id, error);
}

/**
 * tandem_store_create_huddle:
 * @huddle: a new huddle (id 0); given its id
 * @attendees: (element-type TandemHuddleAttendee) (nullable): who is invited; each is given
 *   its id and the huddle's
 *
 * Creates a huddle with its attendees and assembles its agenda, all in one transaction:
 * every case put forward for MDT and not yet on an agenda, and every case an earlier huddle
 * left open, each person once. On failure nothing is written, and the ids given are stale.
 */
gboolean
tandem_store_create_huddle (TandemStore   *self,
                            TandemHuddle  *huddle,
                            GPtrArray     *attendees,
                            GError       **error)
{
  NewHuddle new_huddle = { huddle, attendees };
  gboolean done;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_HUDDLE (huddle), FALSE);
  g_return_val_if_fail (tandem_record_get_id (huddle) == 0, FALSE);

  done = tandem_store_write (self, write_new_huddle, &new_huddle, error);
  if (!done)
    tandem_record_set_id (huddle, 0);

  return done;
}

static gboolean
write_huddle (TandemStore    *self,
              gconstpointer   data,
              GError        **error)
{
  return write_huddle_row (self, (TandemHuddle *) data, error);
}

/**
 * tandem_store_save_huddle:
 *
 * Saves a huddle's date, chair, minutes per case and notes; its agenda is not assembled
 * again.
 */
gboolean
tandem_store_save_huddle (TandemStore   *self,
                          TandemHuddle  *huddle,
                          GError       **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_HUDDLE (huddle), FALSE);
  g_return_val_if_fail (tandem_record_get_id (huddle) != 0, FALSE);

  return tandem_store_write (self, write_huddle, huddle, error);
}

static gboolean
write_attendee_cb (TandemStore    *self,
                   gconstpointer   data,
                   GError        **error)
{
  return write_attendee (self, (TandemHuddleAttendee *) data, error);
}

/**
 * tandem_store_save_huddle_attendee:
 *
 * Adds someone to a huddle's attendance, or records whether they came.
 */
gboolean
tandem_store_save_huddle_attendee (TandemStore           *self,
                                   TandemHuddleAttendee  *attendee,
                                   GError               **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (attendee), FALSE);

  return tandem_store_write (self, write_attendee_cb, attendee, error);
}

/**
 * tandem_store_list_huddles:
 *
 * Returns: (transfer container) (element-type TandemHuddle): every huddle, the newest first,
 *   each with its count of cases and of cases still open
 */
GPtrArray *
tandem_store_list_huddles (TandemStore  *self,
                           GError      **error)
{
  g_autoptr(GPtrArray) huddles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " HUDDLE_COLUMNS " FROM huddle h "
                               "ORDER BY h.held_on DESC, h.id DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  tandem_store_bind_viewer (self, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (huddles, huddle_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&huddles);
}

typedef gpointer (*RowFunc) (sqlite3_stmt *stmt);

static gpointer
attendee_row (sqlite3_stmt *stmt)
{
  return attendee_from_row (stmt);
}

static gpointer
case_row (sqlite3_stmt *stmt)
{
  return case_from_row (stmt);
}

static GPtrArray *
list_rows (TandemStore  *self,
           const char   *sql,
           gint64        id,
           RowFunc       from_row,
           GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_index (stmt, ":viewer") > 0)
    tandem_store_bind_viewer (self, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static TandemHuddle *
load_huddle_row (TandemStore  *self,
                 gint64        id,
                 GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self, "SELECT " HUDDLE_COLUMNS " FROM huddle h WHERE h.id = :huddle",
                          error);

  if (stmt == NULL)
    return NULL;

  /* Named, since the counts' :viewer comes first and would take the number 1. */
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":huddle"), id);
  tandem_store_bind_viewer (self, stmt);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      not_found (error);
      return NULL;
    }

  return huddle_from_row (stmt);
}

/**
 * tandem_store_load_huddle:
 * @attendees: (out) (optional) (transfer container) (element-type TandemHuddleAttendee):
 *   staff first, then visitors, each in the order added
 * @cases: (out) (optional) (transfer container) (element-type TandemHuddleCase): the agenda
 *   in order: the cases the viewer may read (all of them for the huddle's chair)
 *
 * Returns: (transfer full): the huddle, or %NULL with @error set
 */
TandemHuddle *
tandem_store_load_huddle (TandemStore  *self,
                          gint64        id,
                          GPtrArray   **attendees,
                          GPtrArray   **cases,
                          GError      **error)
{
  g_autoptr(TandemHuddle) huddle = NULL;
  g_autoptr(GPtrArray) attendee_list = NULL;
  g_autoptr(GPtrArray) case_list = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;

  huddle = load_huddle_row (self, id, error);
  if (huddle != NULL && attendees != NULL)
    attendee_list = list_rows (self,
                               "SELECT id, huddle_id, staff_id, name, role, present "
                               "FROM huddle_attendee WHERE huddle_id = ?1 "
                               "ORDER BY staff_id IS NULL, id",
                               id, attendee_row, error);
  if (huddle != NULL && cases != NULL && (attendees == NULL || attendee_list != NULL))
    case_list = list_rows (self,
                           "SELECT " CASE_COLUMNS " FROM huddle_case c "
                           "JOIN person p ON p.id = c.person_id "
                           "WHERE c.huddle_id = ?1 AND "
                           TANDEM_SQL_MAY_READ_HUDDLE_CASE ("c.person_id", "c.huddle_id") " "
                           "ORDER BY c.position, c.id",
                           id, case_row, error);

  tandem_store_end_read (self);

  if (huddle == NULL || (attendees != NULL && attendee_list == NULL) ||
      (cases != NULL && case_list == NULL))
    return NULL;

  if (attendees != NULL)
    *attendees = g_steal_pointer (&attendee_list);
  if (cases != NULL)
    *cases = g_steal_pointer (&case_list);

  return g_steal_pointer (&huddle);
}

/**
 * tandem_store_load_huddle_case:
 *
 * Returns: (transfer full): one case as it is stored now, or %NULL with @error set
 */
TandemHuddleCase *
tandem_store_load_huddle_case (TandemStore  *self,
                               gint64        id,
                               GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT " CASE_COLUMNS " FROM huddle_case c "
                               "JOIN person p ON p.id = c.person_id WHERE c.id = ?1 AND "
                               TANDEM_SQL_MAY_READ_HUDDLE_CASE ("c.person_id", "c.huddle_id"),
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  tandem_store_bind_viewer (self, stmt);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This case is no longer on the huddle's agenda."));
      return NULL;
    }

  return case_from_row (stmt);
}

typedef struct
{
  gint64      huddle_id;
  gint64      person_id;
  const char *reason;
  gint64      case_id;    /* out */
} NewCase;

static gboolean
find_on_agenda (TandemStore  *self,
                gint64        huddle_id,
                gint64        person_id,
                gboolean     *found,
                GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT 1 FROM huddle_case WHERE huddle_id = ?1 AND person_id = ?2",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, huddle_id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  *found = sqlite3_step (stmt) == SQLITE_ROW;
  return TRUE;
}

/* What an added case takes over: the person's newest waiting flag, their open earlier case. */
static gboolean
read_case_links (TandemStore  *self,
                 NewCase      *new_case,
                 AgendaItem   *item,
                 GError      **error)
{
  g_autoptr(TandemStoreStatement) flag = NULL;
  g_autoptr(TandemStoreStatement) earlier = NULL;

  flag = tandem_store_prepare (self,
                               "SELECT f.id, f.reason FROM mdt_flag f WHERE f.person_id = ?1 "
                               "AND NOT EXISTS (SELECT 1 FROM huddle_case c "
                               "WHERE c.flag_id = f.id) ORDER BY f.flagged_on DESC, f.id DESC "
                               "LIMIT 1",
                               error);
  if (flag == NULL)
    return FALSE;

  sqlite3_bind_int64 (flag, 1, new_case->person_id);
  if (sqlite3_step (flag) == SQLITE_ROW)
    {
      item->flag_id = sqlite3_column_int64 (flag, 0);
      if (item->reason == NULL)
        item->reason = g_strdup (tandem_store_column_text (flag, 1));
    }

  earlier = tandem_store_prepare (self, OPEN_EARLIER_CASE ("c.person_id = ?2"), error);
  if (earlier == NULL)
    return FALSE;

  sqlite3_bind_int64 (earlier, 1, new_case->huddle_id);
  sqlite3_bind_int64 (earlier, 2, new_case->person_id);
  if (sqlite3_step (earlier) == SQLITE_ROW)
    {
      item->carried_from_id = sqlite3_column_int64 (earlier, 0);
      if (item->reason == NULL)
        item->reason = g_strdup (tandem_store_column_text (earlier, 2));
    }

  return TRUE;
}

static gboolean
write_new_case (TandemStore    *self,
                gconstpointer   data,
                GError        **error)
{
  NewCase *new_case = (NewCase *) data;
  g_auto(AgendaItem) item = { new_case->person_id, NULL, 0, 0 };
  g_autofree char *reason = g_strstrip (g_strdup (new_case->reason ? new_case->reason : ""));
  gboolean found = FALSE;
  int position;

  if (!find_on_agenda (self, new_case->huddle_id, new_case->person_id, &found, error))
    return FALSE;

  if (found)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE,
                           _("This person is already on the agenda."));
      return FALSE;
    }

  if (*reason != '\0')
    item.reason = g_steal_pointer (&reason);

  if (!read_case_links (self, new_case, &item, error))
    return FALSE;

  position = next_position (self, new_case->huddle_id, error);
  if (position < 0)
    return FALSE;

  new_case->case_id = insert_case (self, new_case->huddle_id, &item, position, error);
  if (new_case->case_id == 0)
    return FALSE;

  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/**
 * tandem_store_add_huddle_case:
 * @reason: (nullable): why the chair adds it; empty takes the reason of the person's waiting
 *   MDT flag or of their open earlier case
 *
 * Adds a person to the end of a huddle's agenda. A waiting flag for them is taken, and an
 * earlier case left open is linked, as when the agenda was assembled.
 *
 * Returns: (transfer full): the case added, or %NULL with @error set (a person already on
 *   the agenda is %TANDEM_STORE_ERROR_DUPLICATE)
 */
TandemHuddleCase *
tandem_store_add_huddle_case (TandemStore  *self,
                              gint64        huddle_id,
                              gint64        person_id,
                              const char   *reason,
                              GError      **error)
{
  NewCase new_case = { huddle_id, person_id, reason, 0 };
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);
  g_return_val_if_fail (huddle_id > 0 && person_id > 0, NULL);

  /* Putting someone on an agenda would show them to its chair: only for those one may see. */
  if (!tandem_store_may_read_person (self, person_id, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                             _("This person is not in your caseload, so you cannot put them "
                               "on an agenda."));
      return NULL;
    }

  if (!tandem_store_write (self, write_new_case, &new_case, error))
    return NULL;

  return tandem_store_load_huddle_case (self, new_case.case_id, error);
}

/* Reads a case's huddle, person and place as stored, so a stale copy moves the right rows. */
static gboolean
read_case_place (TandemStore  *self,
                 gint64        case_id,
                 gint64       *huddle_id,
                 gint64       *person_id,
                 int          *position,
                 GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT huddle_id, person_id, position FROM huddle_case WHERE id = ?1",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This case is no longer on the huddle's agenda."));
      return FALSE;
    }

  *huddle_id = sqlite3_column_int64 (stmt, 0);
  *person_id = sqlite3_column_int64 (stmt, 1);
  *position = sqlite3_column_int (stmt, 2);
  return TRUE;
}

/* Moves the cases at [@from, @to] of a huddle's agenda by @by places. */
static gboolean
shift_cases (TandemStore  *self,
             gint64        huddle_id,
             int           from,
             int           to,
             int           by,
             GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "UPDATE huddle_case SET position = position + ?4 "
                          "WHERE huddle_id = ?1 AND position BETWEEN ?2 AND ?3",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, huddle_id);
  sqlite3_bind_int (stmt, 2, from);
  sqlite3_bind_int (stmt, 3, to);
  sqlite3_bind_int (stmt, 4, by);
  return tandem_store_step_done (self, stmt, error);
}

static gboolean
write_case_removal (TandemStore    *self,
                    gconstpointer   data,
                    GError        **error)
{
  TandemHuddleCase *item = (TandemHuddleCase *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 huddle_id, person_id;
  int position;

  if (!read_case_place (self, tandem_record_get_id (item), &huddle_id, &person_id, &position,
                        error))
    return FALSE;

  /* Its actions go with it; its flag, no longer named by a case, waits again. */
  stmt = tandem_store_prepare (self, "DELETE FROM huddle_case WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (item));
  if (!tandem_store_step_done (self, stmt, error) ||
      !shift_cases (self, huddle_id, position + 1, G_MAXINT, -1, error))
    return FALSE;

  tandem_store_queue_change (self, person_id);
  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/**
 * tandem_store_remove_huddle_case:
 *
 * Takes a case off a huddle's agenda with its minutes and actions. The MDT flag it took
 * waits again for the next huddle; an earlier case it carried forward stays open.
 */
gboolean
tandem_store_remove_huddle_case (TandemStore       *self,
                                 TandemHuddleCase  *item,
                                 GError           **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (item), FALSE);

  return tandem_store_write (self, write_case_removal, item, error);
}

typedef struct
{
  TandemHuddleCase *item;
  guint             position;
} CaseMove;

static gboolean
write_case_move (TandemStore    *self,
                 gconstpointer   data,
                 GError        **error)
{
  const CaseMove *move = data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  gint64 huddle_id, person_id;
  int from, to, n;

  if (!read_case_place (self, tandem_record_get_id (move->item), &huddle_id, &person_id, &from,
                        error))
    return FALSE;

  /* Places run from 0 without gaps, so the next free place is the count. */
  n = next_position (self, huddle_id, error);
  if (n < 0)
    return FALSE;

  to = (int) MIN (move->position, (guint) MAX (n - 1, 0));
  if (to == from)
    return TRUE;

  if (to < from ? !shift_cases (self, huddle_id, to, from - 1, 1, error)
                : !shift_cases (self, huddle_id, from + 1, to, -1, error))
    return FALSE;

  stmt = tandem_store_prepare (self, "UPDATE huddle_case SET position = ?2 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (move->item));
  sqlite3_bind_int (stmt, 2, to);
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  tandem_huddle_case_set_position (move->item, to);
  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/**
 * tandem_store_move_huddle_case:
 * @position: its new place on the agenda, from 0; past the end means last
 *
 * Reorders a huddle's agenda: the cases between the old place and the new move up or down
 * one place.
 */
gboolean
tandem_store_move_huddle_case (TandemStore       *self,
                               TandemHuddleCase  *item,
                               guint              position,
                               GError           **error)
{
  CaseMove move = { item, position };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (item), FALSE);

  return tandem_store_write (self, write_case_move, &move, error);
}

static gboolean
write_case (TandemStore    *self,
            gconstpointer   data,
            GError        **error)
{
  TandemHuddleCase *item = (TandemHuddleCase *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  if (!tandem_huddle_case_check (item, error))
    return FALSE;

  stmt = tandem_store_prepare (self,
                               "UPDATE huddle_case SET reason = ?2, situation = ?3, "
                               "action_to_date = ?4, update_note = ?5, next_steps = ?6, "
                               "status = ?7, seconds_discussed = ?8 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tandem_record_get_id (item));
  tandem_store_bind_text (stmt, 2, tandem_huddle_case_get_reason (item));
  tandem_store_bind_text (stmt, 3, tandem_huddle_case_get_situation (item));
  tandem_store_bind_text (stmt, 4, tandem_huddle_case_get_action_to_date (item));
  tandem_store_bind_text (stmt, 5, tandem_huddle_case_get_update_note (item));
  tandem_store_bind_text (stmt, 6, tandem_huddle_case_get_next_steps (item));
  tandem_store_bind_enum (stmt, 7, TANDEM_TYPE_HUDDLE_CASE_STATUS,
                          tandem_huddle_case_get_status (item));
  sqlite3_bind_int (stmt, 8, MAX (0, tandem_huddle_case_get_seconds_discussed (item)));
  if (!tandem_store_step_changed (self, stmt,
                                  _("This case is no longer on the huddle's agenda."),
                                  error))
    return FALSE;

  tandem_store_queue_change (self, tandem_huddle_case_get_person_id (item));
  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/**
 * tandem_store_save_huddle_case:
 *
 * Saves a case's reason, its minutes, its status and the time discussed. Its huddle,
 * person, place and links are not changed here.
 */
gboolean
tandem_store_save_huddle_case (TandemStore       *self,
                               TandemHuddleCase  *item,
                               GError           **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (item), FALSE);

  return tandem_store_write (self, write_case, item, error);
}

static gboolean
queue_agenda_people (TandemStore  *self,
                     gint64        huddle_id,
                     GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self, "SELECT person_id FROM huddle_case WHERE huddle_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, huddle_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    tandem_store_queue_change (self, sqlite3_column_int64 (stmt, 0));

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

static gboolean
write_huddle_deletion (TandemStore    *self,
                       gconstpointer   data,
                       GError        **error)
{
  gint64 id = *(const gint64 *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  if (!queue_agenda_people (self, id, error))
    return FALSE;

  stmt = tandem_store_prepare (self, "DELETE FROM huddle WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (tandem_store_get_db (self)) == 0)
    return not_found (error);

  tandem_store_queue_huddles_change (self);
  return TRUE;
}

/**
 * tandem_store_delete_huddle:
 *
 * Deletes a huddle with its attendance, agenda, minutes and actions. The flags its agenda
 * took wait again. The interface asks first when any case has minutes.
 */
gboolean
tandem_store_delete_huddle (TandemStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, write_huddle_deletion, &id, error);
}

static gboolean
read_owner (TandemStore          *self,
            TandemHuddleSummary  *summary,
            GError              **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self,
                          "SELECT r.assigned_staff_id, s.name FROM referral r "
                          "LEFT JOIN staff s ON s.id = r.assigned_staff_id "
                          "WHERE r.person_id = ?1 AND r.assigned_staff_id IS NOT NULL "
                          "AND r.status IN ('received', 'contacted', 'active') "
                          "ORDER BY r.received_on DESC, r.id DESC LIMIT 1",
                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, summary->person_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      summary->owner_id = sqlite3_column_int64 (stmt, 0);
      summary->owner_name = g_strdup (tandem_store_column_text (stmt, 1));
    }

  return TRUE;
}

/* The plan in force (the newest agreed version) or, before one is agreed, the draft. */
static gboolean
read_plan (TandemStore          *self,
           TandemHuddleSummary  *summary,
           GError              **error)
{
  g_autoptr(TandemStoreStatement) version = NULL;
  g_autoptr(TandemStoreStatement) goals = NULL;
  gint64 version_id;
  int rc;

  version = tandem_store_prepare (self,
                                  "SELECT id, number, state, review_on FROM plan_version "
                                  "WHERE person_id = ?1 "
                                  "ORDER BY state = 'agreed' DESC, number DESC LIMIT 1",
                                  error);
  if (version == NULL)
    return FALSE;

  sqlite3_bind_int64 (version, 1, summary->person_id);
  if (sqlite3_step (version) != SQLITE_ROW)
    return TRUE;

  version_id = sqlite3_column_int64 (version, 0);
  summary->has_plan = TRUE;
  summary->plan_number = sqlite3_column_int (version, 1);
  summary->plan_state = tandem_store_column_enum (version, 2, TANDEM_TYPE_PLAN_STATE,
                                                  TANDEM_PLAN_DRAFT);
  if (*tandem_store_column_text (version, 3) != '\0')
    summary->review_on = g_strdup (tandem_store_column_text (version, 3));

  goals = tandem_store_prepare (self,
                                "SELECT g.words, g.status FROM plan_goal g "
                                "JOIN plan_need n ON n.id = g.need_id WHERE n.version_id = ?1 "
                                "ORDER BY n.position, g.position",
                                error);
  if (goals == NULL)
    return FALSE;

  sqlite3_bind_int64 (goals, 1, version_id);
  while ((rc = sqlite3_step (goals)) == SQLITE_ROW)
    tandem_huddle_summary_add_goal (summary, tandem_store_column_text (goals, 0),
                                    tandem_store_column_enum (goals, 1, TANDEM_TYPE_GOAL_STATUS,
                                                              TANDEM_GOAL_NOT_STARTED));

  return rc == SQLITE_DONE || tandem_store_fail (self, rc, error);
}

static gboolean
read_summary (TandemStore          *self,
              TandemHuddleSummary  *summary,
              GError              **error)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) actions = NULL;

  person = tandem_store_load_person (self, summary->person_id, error);
  if (person == NULL)
    return FALSE;

  summary->person_name = tandem_person_dup_display_name (person);
  summary->nhs_number = g_strdup (tandem_person_get_nhs_number (person));
  summary->risk_flags = tandem_person_get_risk_flags (person);
  summary->risk_notes = g_strdup (tandem_person_get_risk_notes (person));
  summary->safeguarding_concern = tandem_person_get_safeguarding_concern (person);

  if (!read_owner (self, summary, error) || !read_plan (self, summary, error))
    return FALSE;

  results = tandem_store_list_measure_results (self, summary->person_id, error);
  if (results == NULL)
    return FALSE;
  tandem_huddle_summary_add_scores (summary, results);

  actions = tandem_store_list_open_person_actions (self, summary->person_id, error);
  if (actions == NULL)
    return FALSE;
  g_ptr_array_extend_and_steal (summary->actions, g_steal_pointer (&actions));

  return TRUE;
}

/**
 * tandem_store_load_huddle_summary:
 *
 * Reads everything huddle mode shows about a person's case in one read transaction: their
 * name and NHS number, who holds the case, their latest plan's goals and review date, risk
 * and safeguarding flags, each outcome measure's latest score and trend, and the huddle
 * actions still open for them.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
TandemHuddleSummary *
tandem_store_load_huddle_summary (TandemStore  *self,
                                  gint64        person_id,
                                  GError      **error)
{
  g_autoptr(TandemHuddleSummary) summary = tandem_huddle_summary_new ();
  gboolean done;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  if (!tandem_store_begin_read (self, error))
    return NULL;

  summary->person_id = person_id;
  done = read_summary (self, summary, error);
  tandem_store_end_read (self);

  return done ? g_steal_pointer (&summary) : NULL;
}
