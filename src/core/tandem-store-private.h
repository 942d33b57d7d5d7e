/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "tandem-store.h"

G_BEGIN_DECLS

/* A statement from the store's cache, which is keyed by the SQL's address: pass string
 * literals only, never a string built at run time. It is reset and its bindings cleared when
 * handed out, and reset again when the g_autoptr goes out of scope so no read stays open. */
typedef sqlite3_stmt TandemStoreStatement;

static inline void
tandem_store_statement_release (TandemStoreStatement *stmt)
{
  sqlite3_reset (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemStoreStatement, tandem_store_statement_release)

TandemStore          *tandem_store_open_unmigrated (const char     *path,
                                                   TandemStoreKey *key,
                                                   GError        **error);

/* SQLCipher 4 changed its defaults; compatibility 3 makes any later SQLCipher read and write
 * the format SQLCipher 3.4 (Debian 12) makes, and 3.4 ignores the pragma. The page size
 * matches SQLite's own, so converting a plain database keeps its layout. Every encrypted
 * file Tandem makes uses them: the database, a conversion's copy, a backup. */
#define TANDEM_STORE_CIPHER_SETTINGS \
  "PRAGMA cipher_compatibility = 3;" \
  "PRAGMA cipher_page_size = 4096;"

gboolean              tandem_store_create_private_file (const char  *path,
                                                        GError     **error);
void                  tandem_store_remove_files (const char           *path);
gboolean              tandem_store_check_integrity (TandemStore   *self,
                                                    GPtrArray    **problems,
                                                    GError       **error);

typedef gboolean (*TandemStoreWriteFunc) (TandemStore    *self,
                                          gconstpointer   data,
                                          GError        **error);

gboolean              tandem_store_write        (TandemStore          *self,
                                                 TandemStoreWriteFunc  func,
                                                 gconstpointer         data,
                                                 GError              **error);
TandemStoreStatement *tandem_store_prepare      (TandemStore          *self,
                                                 const char           *sql,
                                                 GError              **error);
gboolean              tandem_store_fail         (TandemStore          *self,
                                                 int                   rc,
                                                 GError              **error);
gboolean              tandem_store_exec         (TandemStore          *self,
                                                 const char           *sql,
                                                 GError              **error);
gboolean              tandem_store_step_done    (TandemStore          *self,
                                                 TandemStoreStatement *stmt,
                                                 GError              **error);
gboolean              tandem_store_step_saved   (TandemStore          *self,
                                                 TandemStoreStatement *stmt,
                                                 gpointer              record,
                                                 const char           *not_found,
                                                 GError              **error);
gboolean              tandem_store_step_changed (TandemStore          *self,
                                                 TandemStoreStatement *stmt,
                                                 const char           *not_found,
                                                 GError              **error);
gboolean              tandem_store_begin_read   (TandemStore          *self,
                                                 GError              **error);
void                  tandem_store_end_read     (TandemStore          *self);
void                  tandem_store_queue_change (TandemStore          *self,
                                                 gint64                person_id);
void                  tandem_store_queue_team_change (TandemStore     *self);
void                  tandem_store_queue_directory_change (TandemStore *self);
void                  tandem_store_queue_supervision_change (TandemStore *self);
void                  tandem_store_queue_huddles_change (TandemStore *self);
sqlite3              *tandem_store_get_db       (TandemStore          *self);
char                 *tandem_store_now          (void);

/* Binding helpers: the model uses NULL and "" alike for "not given". */
void                  tandem_store_bind_text    (sqlite3_stmt         *stmt,
                                                 int                   index,
                                                 const char           *text);
void                  tandem_store_bind_text_or_null (sqlite3_stmt    *stmt,
                                                      int              index,
                                                      const char      *text);
void                  tandem_store_bind_id      (sqlite3_stmt         *stmt,
                                                 int                   index,
                                                 gint64                id);
const char           *tandem_store_column_text  (sqlite3_stmt         *stmt,
                                                 int                   column);
void                  tandem_store_bind_enum    (sqlite3_stmt         *stmt,
                                                 int                   index,
                                                 GType                 enum_type,
                                                 int                   value);
int                   tandem_store_column_enum  (sqlite3_stmt         *stmt,
                                                 int                   column,
                                                 GType                 enum_type,
                                                 int                   fallback);
void                  tandem_store_bind_flags   (sqlite3_stmt         *stmt,
                                                 int                   index,
                                                 GType                 flags_type,
                                                 guint                 value);
guint                 tandem_store_column_flags (sqlite3_stmt         *stmt,
                                                 int                   column,
                                                 GType                 flags_type);

/* Confidentiality of supervision. A worker's supervision record (the sessions they were
 * supervised in, their competency reviews and their CPD) may be read by the worker and by
 * the staff assigned to supervise them; a session also by whoever led it and by every member
 * of it (a group's members). These two fragments are the whole rule: every query over those
 * tables includes one, with the viewer bound by tandem_store_bind_viewer(). Pass column
 * names written as string literals, so the SQL stays a literal for the statement cache. */
#define TANDEM_SQL_MAY_READ_WORKER(worker) \
  "(" worker " = :viewer OR EXISTS (SELECT 1 FROM staff_supervisor may_s " \
  "WHERE may_s.staff_id = " worker " AND may_s.supervisor_id = :viewer))"

#define TANDEM_SQL_MAY_READ_SESSION(session) \
  "(EXISTS (SELECT 1 FROM supervision_session may_v " \
  "WHERE may_v.id = " session " AND may_v.supervisor_id = :viewer) " \
  "OR EXISTS (SELECT 1 FROM supervision_member may_m WHERE may_m.session_id = " session \
  " AND (may_m.staff_id = :viewer OR EXISTS (SELECT 1 FROM staff_supervisor may_ms " \
  "WHERE may_ms.staff_id = may_m.staff_id AND may_ms.supervisor_id = :viewer))))"

/* The caseload access rule: which people the viewer may see, and with them everything about
 * them (referrals, contacts, plans, measures, signposts, MDT flags and huddle cases, agreed
 * actions). Every query that returns or counts people includes it with the person's id
 * column and binds the viewer with tandem_store_bind_viewer().
 *
 * The PCN's caseload scope decides (pcn.caseload_scope). With 'team', everyone sees every
 * person, as does nobody signed in (the app always has someone signed in; a new database
 * has no staff at all). With 'own', a member of staff sees the people referred to them: any
 * referral episode, current or ended, assigned to them, because they wrote that record and
 * may have to answer for it. Staff in the supervisor role see the whole team, since they
 * supervise it and chair its MDT huddles. Being an administrator opens nothing. Nobody
 * signed in sees no one, and the system reader (TANDEM_STORE_VIEWER_SYSTEM) everyone.
 *
 * SQLite numbers :viewer after the highest ?N before it, so a statement that uses ?N after
 * the rule, or before it in its text, names those parameters instead.
 *
 * The two uncorrelated subqueries run once per statement, so under 'team' the rule costs a
 * comparison per row; under 'own' one lookup in the referral_person index. */
#define TANDEM_SQL_MAY_READ_PERSON(person) \
  "(NOT EXISTS (SELECT 1 FROM pcn may_c WHERE may_c.caseload_scope = 'own') " \
  "OR :viewer = " G_STRINGIFY (TANDEM_STORE_VIEWER_SYSTEM) " " \
  "OR EXISTS (SELECT 1 FROM staff may_t WHERE may_t.id = :viewer " \
  "AND may_t.role = 'supervisor') " \
  "OR EXISTS (SELECT 1 FROM referral may_r WHERE may_r.person_id = " person " " \
  "AND may_r.assigned_staff_id = :viewer))"

/* A case on a huddle's agenda, or an action agreed on it: readable by those who may read its
 * person, and by the huddle's chair, who runs the meeting and so must see every case on it
 * (the agenda is the team's, assembled from every waiting flag and open case). */
#define TANDEM_SQL_MAY_READ_HUDDLE_CASE(person, huddle) \
  "(" TANDEM_SQL_MAY_READ_PERSON (person) " OR EXISTS (SELECT 1 FROM huddle may_h " \
  "WHERE may_h.id = " huddle " AND may_h.chair_id = :viewer))"

gboolean              tandem_store_require_staff_manager (TandemStore  *self,
                                                          GError      **error);
gboolean              tandem_store_require_administrator_left (TandemStore  *self,
                                                               GError      **error);
void                  tandem_store_bind_viewer  (TandemStore          *self,
                                                 sqlite3_stmt         *stmt);

/* tandem-store-audit.c: the schema version that has the audit trail */
#define TANDEM_STORE_AUDIT_SCHEMA 8

void                  tandem_store_audit_register_functions (TandemStore *self);
gboolean              tandem_store_audit_start  (TandemStore          *self,
                                                 GError              **error);
gboolean              tandem_store_audit_stop   (TandemStore          *self,
                                                 GError              **error);
gboolean              tandem_store_set_auditing (TandemStore          *self,
                                                 gboolean              auditing,
                                                 GError              **error);
gboolean              tandem_store_append_audit (TandemStore          *self,
                                                 gint64                staff_id,
                                                 TandemAuditAction     action,
                                                 const char           *record_type,
                                                 gint64                record_id,
                                                 gint64                person_id,
                                                 GError              **error);

/* tandem-store-schema.c */
gboolean              tandem_store_migrate      (TandemStore          *self,
                                                 GError              **error);
int                   tandem_store_read_schema_version (TandemStore   *self);
int                   tandem_store_schema_latest (void);
gboolean              tandem_store_migrate_to   (TandemStore          *self,
                                                 int                   version,
                                                 GError              **error);

G_END_DECLS
