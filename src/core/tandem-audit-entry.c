/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-audit-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-audit-entry.h"
#include "tandem-csv.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-store.h"

/* One line of the audit trail as it is read back: the stored ids, with the names of the
 * member of staff and the person looked up when read. The names are not stored, so that the
 * trail holds no personal data; a person who has been erased, or whom the reader may not
 * see, is shown by number only. */
struct _TandemAuditEntry
{
  GObject parent_instance;

  gint64 id;
  char *at;
  gint64 staff_id;
  char *staff_name;
  TandemAuditAction action;
  char *record_type;
  gint64 record_id;
  gint64 person_id;
  char *person_name;
};

G_DEFINE_FINAL_TYPE (TandemAuditEntry, tandem_audit_entry, G_TYPE_OBJECT)

static void
tandem_audit_entry_finalize (GObject *object)
{
  TandemAuditEntry *self = (TandemAuditEntry *) object;

  g_free (self->at);
  g_free (self->staff_name);
  g_free (self->record_type);
  g_free (self->person_name);

  G_OBJECT_CLASS (tandem_audit_entry_parent_class)->finalize (object);
}

static void
tandem_audit_entry_class_init (TandemAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_audit_entry_finalize;
}

static void
tandem_audit_entry_init (TandemAuditEntry *self)
{
}

/**
 * tandem_audit_entry_new:
 * @staff_id: who did it: a member of staff, %TANDEM_STORE_VIEWER_SYSTEM for the command-line
 *   tool, or 0 when nobody was signed in
 * @staff_name: (nullable): their name, when known
 * @record_id: the record's id, or 0 when the entry is about no one record
 * @person_id: the person the record belongs to, or 0
 * @person_name: (nullable): their name, when the reader may see them
 */
TandemAuditEntry *
tandem_audit_entry_new (gint64             id,
                        const char        *at,
                        gint64             staff_id,
                        const char        *staff_name,
                        TandemAuditAction  action,
                        const char        *record_type,
                        gint64             record_id,
                        gint64             person_id,
                        const char        *person_name)
{
  TandemAuditEntry *self = g_object_new (TANDEM_TYPE_AUDIT_ENTRY, NULL);

  self->id = id;
  self->at = g_strdup (at ? at : "");
  self->staff_id = staff_id;
  self->staff_name = g_strdup (staff_name && *staff_name ? staff_name : NULL);
  self->action = action;
  self->record_type = g_strdup (record_type ? record_type : "");
  self->record_id = record_id;
  self->person_id = person_id;
  self->person_name = g_strdup (person_name && *person_name ? person_name : NULL);

  return self;
}

gint64
tandem_audit_entry_get_id (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), 0);
  return self->id;
}

/* When, as stored: UTC, YYYY-MM-DDTHH:MM:SSZ. */
const char *
tandem_audit_entry_get_at (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), NULL);
  return self->at;
}

gint64
tandem_audit_entry_get_staff_id (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), 0);
  return self->staff_id;
}

const char *
tandem_audit_entry_get_staff_name (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), NULL);
  return self->staff_name;
}

TandemAuditAction
tandem_audit_entry_get_action (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), TANDEM_AUDIT_VIEW);
  return self->action;
}

/* The kind of record, as the database names it: "person", "referral", "plan_version"… */
const char *
tandem_audit_entry_get_record_type (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), NULL);
  return self->record_type;
}

gint64
tandem_audit_entry_get_record_id (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), 0);
  return self->record_id;
}

gint64
tandem_audit_entry_get_person_id (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), 0);
  return self->person_id;
}

const char *
tandem_audit_entry_get_person_name (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), NULL);
  return self->person_name;
}

/**
 * tandem_audit_entry_describe_who:
 *
 * Returns: (transfer full): who did it, in words
 */
char *
tandem_audit_entry_describe_who (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), NULL);

  if (self->staff_id == TANDEM_STORE_VIEWER_SYSTEM)
    return g_strdup (_("Command-line tool"));
  if (self->staff_id <= 0)
    return g_strdup (_("Nobody signed in"));
  if (self->staff_name != NULL)
    return g_strdup (self->staff_name);

  /* Translators: a member of staff no longer in the database, by number */
  return g_strdup_printf (_("Staff #%" G_GINT64_FORMAT), self->staff_id);
}

/**
 * tandem_audit_entry_describe_record:
 *
 * Returns: (transfer full): the kind of record and its number, e.g. "Referral #12"
 */
char *
tandem_audit_entry_describe_record (TandemAuditEntry *self)
{
  const char *label;

  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), NULL);

  label = tandem_audit_record_type_get_label (self->record_type);
  if (self->record_id <= 0)
    return g_strdup (label);

  /* Translators: a kind of record and its number, e.g. "Referral #12" */
  return g_strdup_printf (_("%s #%" G_GINT64_FORMAT), label, self->record_id);
}

/**
 * tandem_audit_entry_describe_person:
 *
 * Returns: (transfer full): the person the record belongs to, "" for none
 */
char *
tandem_audit_entry_describe_person (TandemAuditEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_ENTRY (self), NULL);

  if (self->person_id <= 0)
    return g_strdup ("");
  if (self->person_name != NULL)
    return g_strdup (self->person_name);

  /* Translators: a person shown by number only: erased, or not on the reader's caseload */
  return g_strdup_printf (_("Person #%" G_GINT64_FORMAT), self->person_id);
}

/**
 * tandem_audit_append_csv_header:
 *
 * Starts a CSV export of the audit trail. The columns are stable and not translated, so an
 * auditor's tools can read any export. People appear by number only: an export can be shared
 * with whoever checks the trail without telling them whose records these are.
 */
void
tandem_audit_append_csv_header (GString *csv)
{
  g_string_append (csv, "entry,time_utc,staff_id,staff,action,record_type,record_id,"
                        "person_id\r\n");
}

/**
 * tandem_audit_entry_append_csv:
 *
 * Adds the entry as one CSV row, in the columns tandem_audit_append_csv_header() names.
 */
void
tandem_audit_entry_append_csv (TandemAuditEntry *self,
                               GString          *csv)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, self->id);
  g_autofree char *staff_id = g_strdup_printf ("%" G_GINT64_FORMAT, self->staff_id);
  g_autofree char *record_id = self->record_id > 0
                               ? g_strdup_printf ("%" G_GINT64_FORMAT, self->record_id)
                               : g_strdup ("");
  g_autofree char *person_id = self->person_id > 0
                               ? g_strdup_printf ("%" G_GINT64_FORMAT, self->person_id)
                               : g_strdup ("");
  g_autofree char *who = tandem_audit_entry_describe_who (self);

  g_return_if_fail (TANDEM_IS_AUDIT_ENTRY (self));

  tandem_csv_append_field (csv, id, TRUE);
  tandem_csv_append_field (csv, self->at, FALSE);
  tandem_csv_append_field (csv, self->staff_id != 0 ? staff_id : "", FALSE);
  tandem_csv_append_field (csv, who, FALSE);
  tandem_csv_append_field (csv, tandem_enum_to_nick (TANDEM_TYPE_AUDIT_ACTION, self->action),
                           FALSE);
  tandem_csv_append_field (csv, self->record_type, FALSE);
  tandem_csv_append_field (csv, record_id, FALSE);
  tandem_csv_append_field (csv, person_id, FALSE);
  g_string_append (csv, "\r\n");
}

const char *
tandem_audit_action_get_label (TandemAuditAction action)
{
  switch (action)
    {
    case TANDEM_AUDIT_CREATE:
      return _("Created");
    case TANDEM_AUDIT_CHANGE:
      return _("Changed");
    case TANDEM_AUDIT_DELETE:
      return _("Deleted");
    case TANDEM_AUDIT_VIEW:
      return _("Viewed");
    case TANDEM_AUDIT_PRINT:
      return _("Printed");
    case TANDEM_AUDIT_EXPORT:
      return _("Exported");
    case TANDEM_AUDIT_SIGN_IN:
      return _("Signed in");
    case TANDEM_AUDIT_SIGN_IN_FAILED:
      return _("Sign-in failed");
    case TANDEM_AUDIT_ERASE:
      return _("Erased");
    case TANDEM_AUDIT_BACKUP:
      return _("Backed up");
    case TANDEM_AUDIT_RESTORE:
      return _("Restored");
    default:
      g_return_val_if_reached ("");
    }
}

static const struct
{
  const char *type;
  const char *label;
} record_types[] = {
  { "agreed_action", N_("Agreed action") },
  { "asset", N_("Directory entry") },
  { "audit", N_("Audit trail") },
  { "competency_review", N_("Competency review") },
  { "contact", N_("Contact") },
  { "cpd_entry", N_("CPD entry") },
  { "database", N_("Database") },
  { "huddle", N_("Huddle") },
  { "huddle_case", N_("Huddle case") },
  { "mdt_flag", N_("MDT flag") },
  { "measure_result", N_("Outcome measure") },
  { "pcn", N_("PCN settings") },
  { "person", N_("Person") },
  { "plan_version", N_("Plan") },
  { "practice", N_("Practice") },
  { "referral", N_("Referral") },
  { "signpost", N_("Signposting") },
  { "staff", N_("Staff") },
  { "supervision_case", N_("Supervision case") },
  { "supervision_session", N_("Supervision session") },
};

/* Kinds of record a newer version of Tandem adds are shown as stored. */
const char *
tandem_audit_record_type_get_label (const char *record_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_types); i++)
    if (g_strcmp0 (record_types[i].type, record_type) == 0)
      return _(record_types[i].label);

  return record_type ? record_type : "";
}
