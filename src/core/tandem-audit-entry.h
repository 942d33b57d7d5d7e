/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_AUDIT_ENTRY (tandem_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (TandemAuditEntry, tandem_audit_entry, TANDEM, AUDIT_ENTRY, GObject)

TandemAuditEntry  *tandem_audit_entry_new             (gint64             id,
                                                       const char        *at,
                                                       gint64             staff_id,
                                                       const char        *staff_name,
                                                       TandemAuditAction  action,
                                                       const char        *record_type,
                                                       gint64             record_id,
                                                       gint64             person_id,
                                                       const char        *person_name);
gint64             tandem_audit_entry_get_id          (TandemAuditEntry  *self);
const char        *tandem_audit_entry_get_at          (TandemAuditEntry  *self);
gint64             tandem_audit_entry_get_staff_id    (TandemAuditEntry  *self);
const char        *tandem_audit_entry_get_staff_name  (TandemAuditEntry  *self);
TandemAuditAction  tandem_audit_entry_get_action      (TandemAuditEntry  *self);
const char        *tandem_audit_entry_get_record_type (TandemAuditEntry  *self);
gint64             tandem_audit_entry_get_record_id   (TandemAuditEntry  *self);
gint64             tandem_audit_entry_get_person_id   (TandemAuditEntry  *self);
const char        *tandem_audit_entry_get_person_name (TandemAuditEntry  *self);
char              *tandem_audit_entry_describe_who    (TandemAuditEntry  *self);
char              *tandem_audit_entry_describe_record (TandemAuditEntry  *self);
char              *tandem_audit_entry_describe_person (TandemAuditEntry  *self);

void               tandem_audit_entry_append_csv      (TandemAuditEntry  *self,
                                                       GString           *csv);
void               tandem_audit_append_csv_header     (GString           *csv);

const char        *tandem_audit_action_get_label      (TandemAuditAction  action);
const char        *tandem_audit_record_type_get_label (const char        *record_type);

G_END_DECLS
