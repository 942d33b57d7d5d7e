/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-subject-access"

#include "config.h"

#include "tandem-audit-entry.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-plan.h"
#include "tandem-record.h"
#include "tandem-subject-access.h"

/* The JSON half of a subject access request. It is meant to be read by software as well as
 * people (a data portability request asks for that), so every record is written the way
 * TandemRecord writes it, with the property names as keys and enums by their nicks. */

#define FORMAT_NAME "tandem-subject-access"
#define FORMAT_VERSION 1

TandemSubjectAccess *
tandem_subject_access_new (void)
{
  TandemSubjectAccess *self = g_new0 (TandemSubjectAccess, 1);

  self->referrals = g_ptr_array_new_with_free_func (g_object_unref);
  self->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  self->plans = g_ptr_array_new_with_free_func (g_object_unref);
  self->measures = g_ptr_array_new_with_free_func (g_object_unref);
  self->signposts = g_ptr_array_new_with_free_func (g_object_unref);
  self->mdt_flags = g_ptr_array_new_with_free_func (g_object_unref);
  self->huddle_cases =
    g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_subject_huddle_case_free);
  self->supervision_cases =
    g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_subject_supervision_case_free);
  self->mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_subject_mention_free);
  self->audit = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

void
tandem_subject_huddle_case_free (TandemSubjectHuddleCase *self)
{
  if (self == NULL)
    return;

  g_free (self->held_on);
  g_clear_object (&self->item);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_free (self);
}

void
tandem_subject_supervision_case_free (TandemSubjectSupervisionCase *self)
{
  if (self == NULL)
    return;

  g_free (self->held_on);
  g_clear_pointer (&self->item, tandem_supervision_case_free);
  g_free (self);
}

void
tandem_subject_mention_free (TandemSubjectMention *self)
{
  if (self == NULL)
    return;

  g_free (self->held_on);
  g_free (self->source);
  g_free (self->text);
  g_free (self);
}

void
tandem_subject_access_free (TandemSubjectAccess *self)
{
  if (self == NULL)
    return;

  g_free (self->produced_at);
  g_clear_object (&self->person);
  g_ptr_array_unref (self->referrals);
  g_ptr_array_unref (self->contacts);
  g_ptr_array_unref (self->plans);
  g_ptr_array_unref (self->measures);
  g_ptr_array_unref (self->signposts);
  g_ptr_array_unref (self->mdt_flags);
  g_ptr_array_unref (self->huddle_cases);
  g_ptr_array_unref (self->supervision_cases);
  g_ptr_array_unref (self->mentions);
  g_ptr_array_unref (self->audit);
  g_free (self);
}

/**
 * tandem_subject_access_count_records:
 *
 * Returns: how many records the request holds, the person's own details included, for
 *   telling the user what was exported
 */
guint
tandem_subject_access_count_records (TandemSubjectAccess *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (self->person != NULL ? 1 : 0) + self->referrals->len + self->contacts->len +
         self->plans->len + self->measures->len + self->signposts->len + self->mdt_flags->len +
         self->huddle_cases->len + self->supervision_cases->len + self->mentions->len +
         self->audit->len;
}

static void
add_records (JsonBuilder *builder,
             const char  *name,
             GPtrArray   *records)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    json_builder_add_value (builder, tandem_record_to_json (g_ptr_array_index (records, i)));
  json_builder_end_array (builder);
}

static void
add_huddle_case (JsonBuilder             *builder,
                 TandemSubjectHuddleCase *item)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "held_on");
  json_builder_add_string_value (builder, item->held_on);
  json_builder_set_member_name (builder, "case");
  json_builder_add_value (builder, tandem_record_to_json (item->item));
  add_records (builder, "agreed_actions", item->actions);
  json_builder_end_object (builder);
}

static void
add_supervision_case (JsonBuilder                  *builder,
                      TandemSubjectSupervisionCase *item)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "held_on");
  json_builder_add_string_value (builder, item->held_on);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder,
                                 tandem_enum_to_nick (TANDEM_TYPE_SUPERVISION_KIND, item->kind));
  json_builder_set_member_name (builder, "reason");
  json_builder_add_string_value (builder, item->item->reason);
  json_builder_set_member_name (builder, "escalation");
  json_builder_add_string_value (builder, tandem_enum_to_nick (TANDEM_TYPE_ESCALATION,
                                                               item->item->escalation));
  json_builder_set_member_name (builder, "escalation_note");
  json_builder_add_string_value (builder, item->item->escalation_note);
  json_builder_end_object (builder);
}

/* Who did what to which of the person's records, and when: the staff member by name, since
 * knowing who looked at their record is what the person is asking. */
static void
add_audit_entry (JsonBuilder      *builder,
                 TandemAuditEntry *entry)
{
  g_autofree char *who = tandem_audit_entry_describe_who (entry);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "at");
  json_builder_add_string_value (builder, tandem_audit_entry_get_at (entry));
  json_builder_set_member_name (builder, "who");
  json_builder_add_string_value (builder, who);
  json_builder_set_member_name (builder, "action");
  json_builder_add_string_value (builder,
                                 tandem_enum_to_nick (TANDEM_TYPE_AUDIT_ACTION,
                                                      tandem_audit_entry_get_action (entry)));
  json_builder_set_member_name (builder, "record_type");
  json_builder_add_string_value (builder, tandem_audit_entry_get_record_type (entry));
  json_builder_set_member_name (builder, "record_id");
  json_builder_add_int_value (builder, tandem_audit_entry_get_record_id (entry));
  json_builder_end_object (builder);
}

/**
 * tandem_subject_access_to_json:
 *
 * Returns: (transfer full): one object with the person's details and a list per kind of
 *   record
 */
JsonNode *
tandem_subject_access_to_json (TandemSubjectAccess *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL && self->person != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "produced_at");
  json_builder_add_string_value (builder, self->produced_at);
  json_builder_set_member_name (builder, "person");
  json_builder_add_value (builder, tandem_record_to_json (self->person));
  add_records (builder, "referrals", self->referrals);
  add_records (builder, "contacts", self->contacts);

  json_builder_set_member_name (builder, "plans");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->plans->len; i++)
    json_builder_add_value (builder, tandem_plan_to_json (g_ptr_array_index (self->plans, i)));
  json_builder_end_array (builder);

  add_records (builder, "measures", self->measures);
  add_records (builder, "signposts", self->signposts);
  add_records (builder, "mdt_flags", self->mdt_flags);

  json_builder_set_member_name (builder, "huddle_cases");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->huddle_cases->len; i++)
    add_huddle_case (builder, g_ptr_array_index (self->huddle_cases, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "supervision_cases");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->supervision_cases->len; i++)
    add_supervision_case (builder, g_ptr_array_index (self->supervision_cases, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->mentions->len; i++)
    {
      TandemSubjectMention *mention = g_ptr_array_index (self->mentions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "held_on");
      json_builder_add_string_value (builder, mention->held_on);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, mention->source);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, mention->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "audit");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->audit->len; i++)
    add_audit_entry (builder, g_ptr_array_index (self->audit, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * tandem_subject_access_to_json_data:
 *
 * Returns: (transfer full): the request as indented JSON text
 */
char *
tandem_subject_access_to_json_data (TandemSubjectAccess *self,
                                    gsize               *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = tandem_subject_access_to_json (self);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, length);
}
