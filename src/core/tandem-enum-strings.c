/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-enum-strings"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-measure.h"
#include "tandem-schedule.h"

/* Enum classes of static types live as long as the program once referenced, and these
 * lookups run for every row the caseload loads, so the class is referenced once and kept. */
static gpointer
enum_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass ? klass : g_type_class_ref (type);
}

const char *
tandem_enum_to_nick (GType enum_type,
                     int   value)
{
  GEnumValue *enum_value = g_enum_get_value (enum_class (enum_type), value);

  return enum_value ? enum_value->value_nick : NULL;
}

/* Unknown nicks come from a newer version of Tandem or a hand-edited database: falling back
 * keeps the record readable instead of refusing it. */
int
tandem_enum_from_nick (GType       enum_type,
                       const char *nick,
                       int         fallback)
{
  GEnumValue *enum_value = nick ? g_enum_get_value_by_nick (enum_class (enum_type), nick) : NULL;

  return enum_value ? enum_value->value : fallback;
}

/* Flags are stored as a comma-separated list of nicks, readable in the database. */
guint
tandem_flags_from_nicks (GType       flags_type,
                         const char *nicks)
{
  GFlagsClass *klass = enum_class (flags_type);
  g_auto(GStrv) parts = g_strsplit (nicks ? nicks : "", ",", -1);
  guint value = 0;

  for (guint i = 0; parts[i]; i++)
    {
      GFlagsValue *flags_value = g_flags_get_value_by_nick (klass, g_strstrip (parts[i]));

      if (flags_value)
        value |= flags_value->value;
    }

  return value;
}

char *
tandem_flags_to_nicks (GType flags_type,
                       guint value)
{
  GFlagsClass *klass = enum_class (flags_type);
  g_autoptr(GString) nicks = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GFlagsValue *flags_value = &klass->values[i];

      if (flags_value->value != 0 && (value & flags_value->value) == flags_value->value)
        {
          if (nicks->len > 0)
            g_string_append_c (nicks, ',');
          g_string_append (nicks, flags_value->value_nick);
        }
    }

  return g_string_free (g_steal_pointer (&nicks), FALSE);
}

const char *
tandem_role_get_label (TandemRole role)
{
  switch (role)
    {
    case TANDEM_ROLE_LINK_WORKER: return _("Social prescribing link worker");
    case TANDEM_ROLE_HEALTH_COACH: return _("Health and wellbeing coach");
    case TANDEM_ROLE_CARE_COORDINATOR: return _("Care coordinator");
    case TANDEM_ROLE_CHWW: return _("Community health and wellbeing worker");
    case TANDEM_ROLE_SUPERVISOR: return _("Supervisor");
    default: return _("Unknown role");
    }
}

const char *
tandem_referral_status_get_label (TandemReferralStatus status)
{
  switch (status)
    {
    case TANDEM_REFERRAL_RECEIVED: return _("Received");
    case TANDEM_REFERRAL_CONTACTED: return _("Contacted");
    case TANDEM_REFERRAL_ACTIVE: return _("Active");
    case TANDEM_REFERRAL_CLOSED: return _("Closed");
    case TANDEM_REFERRAL_DECLINED: return _("Declined");
    case TANDEM_REFERRAL_NO_RESPONSE: return _("No response");
    default: return _("Unknown status");
    }
}

const char *
tandem_priority_get_label (TandemPriority priority)
{
  switch (priority)
    {
    case TANDEM_PRIORITY_ROUTINE: return _("Routine");
    case TANDEM_PRIORITY_SOON: return _("Soon");
    case TANDEM_PRIORITY_URGENT: return _("Urgent");
    default: return _("Unknown priority");
    }
}

const char *
tandem_referral_source_get_label (TandemReferralSource source)
{
  switch (source)
    {
    case TANDEM_SOURCE_GP: return _("GP");
    case TANDEM_SOURCE_PRACTICE_NURSE: return _("Practice nurse");
    case TANDEM_SOURCE_PHARMACIST: return _("Pharmacist");
    case TANDEM_SOURCE_OTHER_PRACTICE: return _("Other practice staff");
    case TANDEM_SOURCE_SOCIAL_CARE: return _("Social care");
    case TANDEM_SOURCE_HOSPITAL: return _("Hospital");
    case TANDEM_SOURCE_MENTAL_HEALTH: return _("Mental health service");
    case TANDEM_SOURCE_VCSE: return _("Voluntary or community organisation");
    case TANDEM_SOURCE_SELF: return _("Self-referral");
    case TANDEM_SOURCE_FAMILY: return _("Family or carer");
    case TANDEM_SOURCE_OTHER: return _("Other");
    default: return _("Unknown source");
    }
}

const char *
tandem_referral_method_get_label (TandemReferralMethod method)
{
  switch (method)
    {
    case TANDEM_METHOD_CLINICAL_SYSTEM: return _("Clinical system task");
    case TANDEM_METHOD_EMAIL: return _("Email");
    case TANDEM_METHOD_PHONE: return _("Phone");
    case TANDEM_METHOD_LETTER: return _("Letter");
    case TANDEM_METHOD_IN_PERSON: return _("In person");
    case TANDEM_METHOD_ONLINE_FORM: return _("Online form");
    default: return _("Unknown method");
    }
}

const char *
tandem_contact_mode_get_label (TandemContactMode mode)
{
  switch (mode)
    {
    case TANDEM_CONTACT_FACE_TO_FACE: return _("Face to face");
    case TANDEM_CONTACT_PHONE: return _("Phone");
    case TANDEM_CONTACT_VIDEO: return _("Video");
    case TANDEM_CONTACT_HOME_VISIT: return _("Home visit");
    case TANDEM_CONTACT_GROUP: return _("Group");
    case TANDEM_CONTACT_MESSAGE: return _("Message");
    default: return _("Unknown mode");
    }
}

const char *
tandem_sex_get_label (TandemSex sex)
{
  switch (sex)
    {
    case TANDEM_SEX_NOT_KNOWN: return _("Not known");
    case TANDEM_SEX_FEMALE: return _("Female");
    case TANDEM_SEX_MALE: return _("Male");
    case TANDEM_SEX_INDETERMINATE: return _("Indeterminate");
    default: return _("Not known");
    }
}

const char *
tandem_communication_need_get_label (TandemCommunicationNeeds need)
{
  switch (need)
    {
    case TANDEM_NEEDS_LARGE_PRINT: return _("Large print");
    case TANDEM_NEEDS_EASY_READ: return _("Easy read");
    case TANDEM_NEEDS_BSL: return _("British Sign Language interpreter");
    case TANDEM_NEEDS_AUDIO: return _("Audio");
    case TANDEM_NEEDS_BRAILLE: return _("Braille");
    case TANDEM_NEEDS_HEARING_LOOP: return _("Hearing loop");
    case TANDEM_NEEDS_LIPSPEAKER: return _("Lipspeaker");
    case TANDEM_NEEDS_EMAIL_ONLY: return _("Contact by email only");
    case TANDEM_NEEDS_NONE:
    default: return _("None");
    }
}

const char *
tandem_risk_flag_get_label (TandemRiskFlags flag)
{
  switch (flag)
    {
    case TANDEM_RISK_SELF_HARM: return _("Risk of self-harm or suicide");
    case TANDEM_RISK_HARM_TO_OTHERS: return _("Risk of harm to others");
    case TANDEM_RISK_DOMESTIC_ABUSE: return _("Domestic abuse");
    case TANDEM_RISK_LONE_WORKING: return _("Lone working caution");
    case TANDEM_RISK_SELF_NEGLECT: return _("Self-neglect");
    case TANDEM_RISK_SUBSTANCE_USE: return _("Substance use");
    case TANDEM_RISK_NONE:
    default: return _("None");
    }
}

const char *
tandem_plan_state_get_label (TandemPlanState state)
{
  switch (state)
    {
    case TANDEM_PLAN_DRAFT: return _("Draft");
    case TANDEM_PLAN_AGREED: return _("Agreed");
    default: return _("Unknown state");
    }
}

const char *
tandem_plan_agreed_with_get_label (TandemPlanAgreedWith agreed_with)
{
  switch (agreed_with)
    {
    case TANDEM_PLAN_AGREED_WITH_PERSON: return _("The person");
    case TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE: return _("A representative");
    default: return _("The person");
    }
}

const char *
tandem_plan_format_get_label (TandemPlanFormat format)
{
  switch (format)
    {
    case TANDEM_PLAN_FORMAT_STANDARD: return _("Standard");
    case TANDEM_PLAN_FORMAT_LARGE_PRINT: return _("Large print");
    case TANDEM_PLAN_FORMAT_EASY_READ: return _("Easy read");
    default: return _("Standard");
    }
}

const char *
tandem_goal_status_get_label (TandemGoalStatus status)
{
  switch (status)
    {
    case TANDEM_GOAL_NOT_STARTED: return _("Not started");
    case TANDEM_GOAL_IN_PROGRESS: return _("In progress");
    case TANDEM_GOAL_ACHIEVED: return _("Achieved");
    case TANDEM_GOAL_PARTLY_ACHIEVED: return _("Partly achieved");
    case TANDEM_GOAL_NOT_ACHIEVED: return _("Not achieved");
    default: return _("Unknown status");
    }
}

const char *
tandem_action_status_get_label (TandemActionStatus status)
{
  switch (status)
    {
    case TANDEM_ACTION_PLANNED: return _("Planned");
    case TANDEM_ACTION_IN_PROGRESS: return _("In progress");
    case TANDEM_ACTION_DONE: return _("Done");
    case TANDEM_ACTION_NOT_DONE: return _("Not done");
    default: return _("Unknown status");
    }
}

const char *
tandem_measure_stage_get_label (TandemMeasureStage stage)
{
  switch (stage)
    {
    case TANDEM_STAGE_BASELINE: return _("Baseline");
    case TANDEM_STAGE_FOLLOW_UP: return _("Follow-up");
    default: return _("Baseline");
    }
}

/**
 * tandem_flags_get_labels:
 *
 * Returns: (transfer full): the labels of every flag set in @value, joined by commas
 */
char *
tandem_flags_get_labels (GType flags_type,
                         guint value)
{
  GFlagsClass *klass = enum_class (flags_type);
  g_autoptr(GString) labels = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      guint flag = klass->values[i].value;
      const char *label;

      if (flag == 0 || (value & flag) != flag)
        continue;

      label = tandem_enum_get_label (flags_type, flag);

      if (labels->len > 0)
        /* Translators: separates items in a list, such as "Large print, Easy read" */
        g_string_append (labels, _(", "));
      g_string_append (labels, label);
    }

  return g_string_free (g_steal_pointer (&labels), FALSE);
}

/**
 * tandem_enum_get_label:
 *
 * Returns: the label to show for @value of any of Tandem's enums
 */
const char *
tandem_asset_type_get_label (TandemAssetType type)
{
  switch (type)
    {
    case TANDEM_ASSET_INDIVIDUAL: return _("Individual");
    case TANDEM_ASSET_INSTITUTION: return _("Institution");
    case TANDEM_ASSET_PHYSICAL_SPACE: return _("Physical space");
    case TANDEM_ASSET_ECONOMIC: return _("Economic");
    case TANDEM_ASSET_CULTURAL: return _("Cultural");
    case TANDEM_ASSET_ASSOCIATION:
    default: return _("Association");
    }
}

const char *
tandem_asset_cost_get_label (TandemAssetCost cost)
{
  switch (cost)
    {
    case TANDEM_COST_FREE: return _("Free");
    case TANDEM_COST_PAID: return _("Paid");
    case TANDEM_COST_DONATION: return _("Donation");
    case TANDEM_COST_UNKNOWN:
    default: return _("Not known");
    }
}

const char *
tandem_access_route_get_label (TandemAccessRoutes route)
{
  switch (route)
    {
    case TANDEM_ACCESS_SELF_REFER: return _("Self-referral");
    case TANDEM_ACCESS_REFERRAL: return _("Referral needed");
    case TANDEM_ACCESS_CALL_FIRST: return _("Call first");
    case TANDEM_ACCESS_DROP_IN: return _("Drop in");
    case TANDEM_ACCESS_NONE:
    default: return _("None");
    }
}

const char *
tandem_accessibility_get_label (TandemAccessibility feature)
{
  switch (feature)
    {
    case TANDEM_ACCESSIBLE_WHEELCHAIR: return _("Wheelchair access");
    case TANDEM_ACCESSIBLE_TOILET: return _("Accessible toilet");
    case TANDEM_ACCESSIBLE_HEARING_LOOP: return _("Hearing loop");
    case TANDEM_ACCESSIBLE_PARKING: return _("Accessible parking");
    case TANDEM_ACCESSIBLE_BSL: return _("British Sign Language");
    case TANDEM_ACCESSIBLE_QUIET_SPACE: return _("Quiet space");
    case TANDEM_ACCESSIBLE_NONE:
    default: return _("None");
    }
}

const char *
tandem_suitability_get_label (TandemSuitability suitability)
{
  switch (suitability)
    {
    case TANDEM_SUITABILITY_GREEN: return _("Green: suitable");
    case TANDEM_SUITABILITY_AMBER: return _("Amber: suitable with care");
    case TANDEM_SUITABILITY_RED: return _("Red: not suitable");
    case TANDEM_SUITABILITY_UNCHECKED:
    default: return _("Not checked");
    }
}

const char *
tandem_signpost_kind_get_label (TandemSignpostKind kind)
{
  switch (kind)
    {
    case TANDEM_SIGNPOST_REFERRAL: return _("Referral");
    case TANDEM_SIGNPOST_SIGNPOST:
    default: return _("Signposting");
    }
}

const char *
tandem_handover_get_label (TandemHandover handover)
{
  switch (handover)
    {
    case TANDEM_HANDOVER_WARM: return _("Warm handover");
    case TANDEM_HANDOVER_ACCOMPANIED: return _("Accompanied");
    case TANDEM_HANDOVER_INFORMATION:
    default: return _("Given information");
    }
}

const char *
tandem_signpost_outcome_get_label (TandemSignpostOutcome outcome)
{
  switch (outcome)
    {
    case TANDEM_SIGNPOST_OUTCOME_ATTENDED: return _("Attended");
    case TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING: return _("Still attending");
    case TANDEM_SIGNPOST_OUTCOME_DID_NOT_ATTEND: return _("Did not attend");
    case TANDEM_SIGNPOST_OUTCOME_DECLINED: return _("Declined");
    case TANDEM_SIGNPOST_OUTCOME_PENDING:
    default: return _("Not known yet");
    }
}

const char *
tandem_supervision_kind_get_label (TandemSupervisionKind kind)
{
  switch (kind)
    {
    case TANDEM_SUPERVISION_CLINICAL: return _("Clinical supervision");
    case TANDEM_SUPERVISION_COACHING: return _("Coaching supervision");
    case TANDEM_SUPERVISION_GROUP: return _("Group supervision");
    case TANDEM_SUPERVISION_PEER: return _("Peer supervision");
    case TANDEM_SUPERVISION_LINE_MANAGEMENT:
    default: return _("Line management");
    }
}

const char *
tandem_escalation_get_label (TandemEscalation escalation)
{
  switch (escalation)
    {
    case TANDEM_ESCALATION_SAFEGUARDING_LEAD: return _("Raised with the safeguarding lead");
    case TANDEM_ESCALATION_REFERRAL: return _("Safeguarding referral made");
    case TANDEM_ESCALATION_NONE:
    default: return _("No escalation");
    }
}

const char *
tandem_huddle_case_status_get_label (TandemHuddleCaseStatus status)
{
  switch (status)
    {
    case TANDEM_HUDDLE_CASE_CARRIED_FORWARD: return _("Carried forward");
    case TANDEM_HUDDLE_CASE_CLOSED: return _("Closed");
    case TANDEM_HUDDLE_CASE_OPEN:
    default: return _("Open");
    }
}

const char *
tandem_enum_get_label (GType enum_type,
                       int   value)
{
  if (enum_type == TANDEM_TYPE_ROLE)
    return tandem_role_get_label (value);
  if (enum_type == TANDEM_TYPE_REFERRAL_STATUS)
    return tandem_referral_status_get_label (value);
  if (enum_type == TANDEM_TYPE_PRIORITY)
    return tandem_priority_get_label (value);
  if (enum_type == TANDEM_TYPE_REFERRAL_SOURCE)
    return tandem_referral_source_get_label (value);
  if (enum_type == TANDEM_TYPE_REFERRAL_METHOD)
    return tandem_referral_method_get_label (value);
  if (enum_type == TANDEM_TYPE_CONTACT_MODE)
    return tandem_contact_mode_get_label (value);
  if (enum_type == TANDEM_TYPE_SEX)
    return tandem_sex_get_label (value);
  if (enum_type == TANDEM_TYPE_COMMUNICATION_NEEDS)
    return tandem_communication_need_get_label (value);
  if (enum_type == TANDEM_TYPE_RISK_FLAGS)
    return tandem_risk_flag_get_label (value);
  if (enum_type == TANDEM_TYPE_PLAN_STATE)
    return tandem_plan_state_get_label (value);
  if (enum_type == TANDEM_TYPE_PLAN_AGREED_WITH)
    return tandem_plan_agreed_with_get_label (value);
  if (enum_type == TANDEM_TYPE_PLAN_FORMAT)
    return tandem_plan_format_get_label (value);
  if (enum_type == TANDEM_TYPE_GOAL_STATUS)
    return tandem_goal_status_get_label (value);
  if (enum_type == TANDEM_TYPE_ACTION_STATUS)
    return tandem_action_status_get_label (value);
  if (enum_type == TANDEM_TYPE_MEASURE_STAGE)
    return tandem_measure_stage_get_label (value);
  if (enum_type == TANDEM_TYPE_ASSET_TYPE)
    return tandem_asset_type_get_label (value);
  if (enum_type == TANDEM_TYPE_ASSET_COST)
    return tandem_asset_cost_get_label (value);
  if (enum_type == TANDEM_TYPE_ACCESS_ROUTES)
    return tandem_access_route_get_label (value);
  if (enum_type == TANDEM_TYPE_ACCESSIBILITY)
    return tandem_accessibility_get_label (value);
  if (enum_type == TANDEM_TYPE_DAYS)
    return tandem_days_get_label (value);
  if (enum_type == TANDEM_TYPE_SUITABILITY)
    return tandem_suitability_get_label (value);
  if (enum_type == TANDEM_TYPE_SIGNPOST_KIND)
    return tandem_signpost_kind_get_label (value);
  if (enum_type == TANDEM_TYPE_HANDOVER)
    return tandem_handover_get_label (value);
  if (enum_type == TANDEM_TYPE_SIGNPOST_OUTCOME)
    return tandem_signpost_outcome_get_label (value);
  if (enum_type == TANDEM_TYPE_SUPERVISION_KIND)
    return tandem_supervision_kind_get_label (value);
  if (enum_type == TANDEM_TYPE_ESCALATION)
    return tandem_escalation_get_label (value);
  if (enum_type == TANDEM_TYPE_HUDDLE_CASE_STATUS)
    return tandem_huddle_case_status_get_label (value);
  if (enum_type == TANDEM_TYPE_MEASURE_KIND)
    return _(tandem_measure_get_info (value)->name);

  g_return_val_if_reached (tandem_enum_to_nick (enum_type, value));
}
