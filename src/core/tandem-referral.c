/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-referral"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-referral.h"

/* One referral episode of a person, from receipt to its end. */
struct _TandemReferral
{
  TandemRecord parent_instance;

  gint64 person_id;
  char *received_on;
  TandemReferralSource source;
  TandemReferralMethod method;
  char *referrer_name;
  char *referrer_role;
  char *referrer_organisation;
  char *referrer_contact;
  char *reasons;
  TandemRole for_role;
  TandemPriority priority;
  TandemReferralStatus status;
  gint64 assigned_staff_id;
  char *contacted_on;
  char *accepted_on;
  char *ended_on;
  char *outcome_note;
};

G_DEFINE_FINAL_TYPE (TandemReferral, tandem_referral, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_RECEIVED_ON,
  PROP_SOURCE,
  PROP_METHOD,
  PROP_REFERRER_NAME,
  PROP_REFERRER_ROLE,
  PROP_REFERRER_ORGANISATION,
  PROP_REFERRER_CONTACT,
  PROP_REASONS,
  PROP_FOR_ROLE,
  PROP_PRIORITY,
  PROP_STATUS,
  PROP_ASSIGNED_STAFF_ID,
  PROP_CONTACTED_ON,
  PROP_ACCEPTED_ON,
  PROP_ENDED_ON,
  PROP_OUTCOME_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_referral_finalize (GObject *object)
{
  TandemReferral *self = (TandemReferral *) object;

  g_clear_pointer (&self->received_on, g_free);
  g_clear_pointer (&self->referrer_name, g_free);
  g_clear_pointer (&self->referrer_role, g_free);
  g_clear_pointer (&self->referrer_organisation, g_free);
  g_clear_pointer (&self->referrer_contact, g_free);
  g_clear_pointer (&self->reasons, g_free);
  g_clear_pointer (&self->contacted_on, g_free);
  g_clear_pointer (&self->accepted_on, g_free);
  g_clear_pointer (&self->ended_on, g_free);
  g_clear_pointer (&self->outcome_note, g_free);

  G_OBJECT_CLASS (tandem_referral_parent_class)->finalize (object);
}

static void
tandem_referral_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TandemReferral *self = TANDEM_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_RECEIVED_ON:
      g_value_set_string (value, self->received_on);
      break;

    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_METHOD:
      g_value_set_enum (value, self->method);
      break;

    case PROP_REFERRER_NAME:
      g_value_set_string (value, self->referrer_name);
      break;

    case PROP_REFERRER_ROLE:
      g_value_set_string (value, self->referrer_role);
      break;

    case PROP_REFERRER_ORGANISATION:
      g_value_set_string (value, self->referrer_organisation);
      break;

    case PROP_REFERRER_CONTACT:
      g_value_set_string (value, self->referrer_contact);
      break;

    case PROP_REASONS:
      g_value_set_string (value, self->reasons);
      break;

    case PROP_FOR_ROLE:
      g_value_set_enum (value, self->for_role);
      break;

    case PROP_PRIORITY:
      g_value_set_enum (value, self->priority);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ASSIGNED_STAFF_ID:
      g_value_set_int64 (value, self->assigned_staff_id);
      break;

    case PROP_CONTACTED_ON:
      g_value_set_string (value, self->contacted_on);
      break;

    case PROP_ACCEPTED_ON:
      g_value_set_string (value, self->accepted_on);
      break;

    case PROP_ENDED_ON:
      g_value_set_string (value, self->ended_on);
      break;

    case PROP_OUTCOME_NOTE:
      g_value_set_string (value, self->outcome_note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_referral_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TandemReferral *self = TANDEM_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      tandem_referral_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_RECEIVED_ON:
      tandem_referral_set_received_on (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      tandem_referral_set_source (self, g_value_get_enum (value));
      break;

    case PROP_METHOD:
      tandem_referral_set_method (self, g_value_get_enum (value));
      break;

    case PROP_REFERRER_NAME:
      tandem_referral_set_referrer_name (self, g_value_get_string (value));
      break;

    case PROP_REFERRER_ROLE:
      tandem_referral_set_referrer_role (self, g_value_get_string (value));
      break;

    case PROP_REFERRER_ORGANISATION:
      tandem_referral_set_referrer_organisation (self, g_value_get_string (value));
      break;

    case PROP_REFERRER_CONTACT:
      tandem_referral_set_referrer_contact (self, g_value_get_string (value));
      break;

    case PROP_REASONS:
      tandem_referral_set_reasons (self, g_value_get_string (value));
      break;

    case PROP_FOR_ROLE:
      tandem_referral_set_for_role (self, g_value_get_enum (value));
      break;

    case PROP_PRIORITY:
      tandem_referral_set_priority (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      tandem_referral_set_status (self, g_value_get_enum (value));
      break;

    case PROP_ASSIGNED_STAFF_ID:
      tandem_referral_set_assigned_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_CONTACTED_ON:
      tandem_referral_set_contacted_on (self, g_value_get_string (value));
      break;

    case PROP_ACCEPTED_ON:
      tandem_referral_set_accepted_on (self, g_value_get_string (value));
      break;

    case PROP_ENDED_ON:
      tandem_referral_set_ended_on (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME_NOTE:
      tandem_referral_set_outcome_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_referral_class_init (TandemReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_referral_finalize;
  object_class->get_property = tandem_referral_get_property;
  object_class->set_property = tandem_referral_set_property;

  /* The person referred. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Date received, YYYY-MM-DD. */
  properties[PROP_RECEIVED_ON] =
    g_param_spec_string ("received-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who referred, by kind. */
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL,
                       TANDEM_TYPE_REFERRAL_SOURCE,
                       TANDEM_SOURCE_GP,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How the referral arrived. */
  properties[PROP_METHOD] =
    g_param_spec_enum ("method", NULL, NULL,
                       TANDEM_TYPE_REFERRAL_METHOD,
                       TANDEM_METHOD_CLINICAL_SYSTEM,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Name of the referrer. */
  properties[PROP_REFERRER_NAME] =
    g_param_spec_string ("referrer-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Role of the referrer. */
  properties[PROP_REFERRER_ROLE] =
    g_param_spec_string ("referrer-role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Organisation of the referrer. */
  properties[PROP_REFERRER_ORGANISATION] =
    g_param_spec_string ("referrer-organisation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How to reach the referrer. */
  properties[PROP_REFERRER_CONTACT] =
    g_param_spec_string ("referrer-contact", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why the person was referred. */
  properties[PROP_REASONS] =
    g_param_spec_string ("reasons", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Which role the referral is for. */
  properties[PROP_FOR_ROLE] =
    g_param_spec_enum ("for-role", NULL, NULL,
                       TANDEM_TYPE_ROLE,
                       TANDEM_ROLE_LINK_WORKER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How soon the person should be seen. */
  properties[PROP_PRIORITY] =
    g_param_spec_enum ("priority", NULL, NULL,
                       TANDEM_TYPE_PRIORITY,
                       TANDEM_PRIORITY_ROUTINE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Where the episode is. */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       TANDEM_TYPE_REFERRAL_STATUS,
                       TANDEM_REFERRAL_RECEIVED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The member of staff working with the person. */
  properties[PROP_ASSIGNED_STAFF_ID] =
    g_param_spec_int64 ("assigned-staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Date of first contact, YYYY-MM-DD. */
  properties[PROP_CONTACTED_ON] =
    g_param_spec_string ("contacted-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Date the person accepted, YYYY-MM-DD. */
  properties[PROP_ACCEPTED_ON] =
    g_param_spec_string ("accepted-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Date the episode was closed, declined or ended without response, YYYY-MM-DD. */
  properties[PROP_ENDED_ON] =
    g_param_spec_string ("ended-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why the episode ended, in a few words. */
  properties[PROP_OUTCOME_NOTE] =
    g_param_spec_string ("outcome-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_referral_init (TandemReferral *self)
{
  self->source = TANDEM_SOURCE_GP;
  self->method = TANDEM_METHOD_CLINICAL_SYSTEM;
  self->for_role = TANDEM_ROLE_LINK_WORKER;
  self->priority = TANDEM_PRIORITY_ROUTINE;
  self->status = TANDEM_REFERRAL_RECEIVED;
}

TandemReferral *
tandem_referral_new (void)
{
  return g_object_new (TANDEM_TYPE_REFERRAL, NULL);
}

gint64
tandem_referral_get_person_id (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), 0);

  return self->person_id;
}

void
tandem_referral_set_person_id (TandemReferral *self,
                               gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
tandem_referral_get_received_on (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->received_on;
}

void
tandem_referral_set_received_on (TandemReferral *self,
                                 const char     *received_on)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->received_on, received_on) == 0)
    return;

  g_free (self->received_on);
  self->received_on = g_strdup (received_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED_ON]);
}

TandemReferralSource
tandem_referral_get_source (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), 0);

  return self->source;
}

void
tandem_referral_set_source (TandemReferral       *self,
                            TandemReferralSource  source)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (self->source == source)
    return;

  self->source = source;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

TandemReferralMethod
tandem_referral_get_method (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), 0);

  return self->method;
}

void
tandem_referral_set_method (TandemReferral       *self,
                            TandemReferralMethod  method)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (self->method == method)
    return;

  self->method = method;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

const char *
tandem_referral_get_referrer_name (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->referrer_name;
}

void
tandem_referral_set_referrer_name (TandemReferral *self,
                                   const char     *referrer_name)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->referrer_name, referrer_name) == 0)
    return;

  g_free (self->referrer_name);
  self->referrer_name = g_strdup (referrer_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRER_NAME]);
}

const char *
tandem_referral_get_referrer_role (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->referrer_role;
}

void
tandem_referral_set_referrer_role (TandemReferral *self,
                                   const char     *referrer_role)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->referrer_role, referrer_role) == 0)
    return;

  g_free (self->referrer_role);
  self->referrer_role = g_strdup (referrer_role);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRER_ROLE]);
}

const char *
tandem_referral_get_referrer_organisation (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->referrer_organisation;
}

void
tandem_referral_set_referrer_organisation (TandemReferral *self,
                                           const char     *referrer_organisation)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->referrer_organisation, referrer_organisation) == 0)
    return;

  g_free (self->referrer_organisation);
  self->referrer_organisation = g_strdup (referrer_organisation);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRER_ORGANISATION]);
}

const char *
tandem_referral_get_referrer_contact (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->referrer_contact;
}

void
tandem_referral_set_referrer_contact (TandemReferral *self,
                                      const char     *referrer_contact)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->referrer_contact, referrer_contact) == 0)
    return;

  g_free (self->referrer_contact);
  self->referrer_contact = g_strdup (referrer_contact);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRER_CONTACT]);
}

const char *
tandem_referral_get_reasons (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->reasons;
}

void
tandem_referral_set_reasons (TandemReferral *self,
                             const char     *reasons)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->reasons, reasons) == 0)
    return;

  g_free (self->reasons);
  self->reasons = g_strdup (reasons);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASONS]);
}

TandemRole
tandem_referral_get_for_role (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), 0);

  return self->for_role;
}

void
tandem_referral_set_for_role (TandemReferral *self,
                              TandemRole      for_role)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (self->for_role == for_role)
    return;

  self->for_role = for_role;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOR_ROLE]);
}

TandemPriority
tandem_referral_get_priority (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), 0);

  return self->priority;
}

void
tandem_referral_set_priority (TandemReferral *self,
                              TandemPriority  priority)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (self->priority == priority)
    return;

  self->priority = priority;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIORITY]);
}

TandemReferralStatus
tandem_referral_get_status (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), 0);

  return self->status;
}

void
tandem_referral_set_status (TandemReferral       *self,
                            TandemReferralStatus  status)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (self->status == status)
    return;

  self->status = status;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
tandem_referral_get_assigned_staff_id (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), 0);

  return self->assigned_staff_id;
}

void
tandem_referral_set_assigned_staff_id (TandemReferral *self,
                                       gint64          assigned_staff_id)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (self->assigned_staff_id == assigned_staff_id)
    return;

  self->assigned_staff_id = assigned_staff_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSIGNED_STAFF_ID]);
}

const char *
tandem_referral_get_contacted_on (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->contacted_on;
}

void
tandem_referral_set_contacted_on (TandemReferral *self,
                                  const char     *contacted_on)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->contacted_on, contacted_on) == 0)
    return;

  g_free (self->contacted_on);
  self->contacted_on = g_strdup (contacted_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACTED_ON]);
}

const char *
tandem_referral_get_accepted_on (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->accepted_on;
}

void
tandem_referral_set_accepted_on (TandemReferral *self,
                                 const char     *accepted_on)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->accepted_on, accepted_on) == 0)
    return;

  g_free (self->accepted_on);
  self->accepted_on = g_strdup (accepted_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED_ON]);
}

const char *
tandem_referral_get_ended_on (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->ended_on;
}

void
tandem_referral_set_ended_on (TandemReferral *self,
                              const char     *ended_on)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->ended_on, ended_on) == 0)
    return;

  g_free (self->ended_on);
  self->ended_on = g_strdup (ended_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_ON]);
}

const char *
tandem_referral_get_outcome_note (TandemReferral *self)
{
  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), NULL);

  return self->outcome_note;
}

void
tandem_referral_set_outcome_note (TandemReferral *self,
                                  const char     *outcome_note)
{
  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (g_strcmp0 (self->outcome_note, outcome_note) == 0)
    return;

  g_free (self->outcome_note);
  self->outcome_note = g_strdup (outcome_note);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_NOTE]);
}

gboolean
tandem_referral_status_is_open (TandemReferralStatus status)
{
  return status == TANDEM_REFERRAL_RECEIVED ||
         status == TANDEM_REFERRAL_CONTACTED ||
         status == TANDEM_REFERRAL_ACTIVE;
}

/* Waiting means the person has not yet started working with anyone. */
gboolean
tandem_referral_status_is_waiting (TandemReferralStatus status)
{
  return status == TANDEM_REFERRAL_RECEIVED || status == TANDEM_REFERRAL_CONTACTED;
}

/**
 * tandem_referral_compare_currency:
 *
 * Orders a person's episodes by how much they matter now; the first is the one the caseload
 * shows. Open episodes come before ended ones; among open ones the more urgent, then the
 * longer waiting; among ended ones the most recently received.
 *
 * Returns: negative when episode a is more current than episode b
 */
int
tandem_referral_compare_currency (TandemReferralStatus status_a,
                                  TandemPriority       priority_a,
                                  guint32              received_a,
                                  TandemReferralStatus status_b,
                                  TandemPriority       priority_b,
                                  guint32              received_b)
{
  gboolean open_a = tandem_referral_status_is_open (status_a);
  gboolean open_b = tandem_referral_status_is_open (status_b);

  if (open_a != open_b)
    return open_a ? -1 : 1;

  if (!open_a)
    return received_a > received_b ? -1 : received_a < received_b;

  if (priority_a != priority_b)
    return priority_a > priority_b ? -1 : 1;

  return received_a < received_b ? -1 : received_a > received_b;
}

/**
 * tandem_referral_change_status:
 * @self: a referral
 * @status: the new status
 * @date: (nullable): the date of the change, YYYY-MM-DD; today when %NULL
 *
 * Moves the episode on and records the date that goes with the step: first contact,
 * acceptance (which is what the social prescribing code is dated by) or the end. Moving an
 * ended episode back to an open status clears its end, so a mistaken click can be undone.
 */
void
tandem_referral_change_status (TandemReferral       *self,
                               TandemReferralStatus  status,
                               const char           *date)
{
  g_autofree char *today = NULL;

  g_return_if_fail (TANDEM_IS_REFERRAL (self));

  if (date == NULL)
    date = today = tandem_date_today_iso ();

  g_object_freeze_notify (G_OBJECT (self));

  switch (status)
    {
    case TANDEM_REFERRAL_RECEIVED:
      tandem_referral_set_contacted_on (self, "");
      tandem_referral_set_accepted_on (self, "");
      tandem_referral_set_ended_on (self, "");
      break;

    case TANDEM_REFERRAL_CONTACTED:
      if (self->contacted_on == NULL || self->contacted_on[0] == '\0')
        tandem_referral_set_contacted_on (self, date);
      tandem_referral_set_accepted_on (self, "");
      tandem_referral_set_ended_on (self, "");
      break;

    case TANDEM_REFERRAL_ACTIVE:
      if (self->contacted_on == NULL || self->contacted_on[0] == '\0')
        tandem_referral_set_contacted_on (self, date);
      if (self->accepted_on == NULL || self->accepted_on[0] == '\0')
        tandem_referral_set_accepted_on (self, date);
      tandem_referral_set_ended_on (self, "");
      break;

    case TANDEM_REFERRAL_DECLINED:
    case TANDEM_REFERRAL_NO_RESPONSE:
      tandem_referral_set_accepted_on (self, "");
      tandem_referral_set_ended_on (self, date);
      break;

    case TANDEM_REFERRAL_CLOSED:
      tandem_referral_set_ended_on (self, date);
      break;

    default:
      g_return_if_reached ();
    }

  tandem_referral_set_status (self, status);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * tandem_referral_check:
 *
 * The rules every stored referral follows: it belongs to a person and was received on a real
 * date that is not in the future, and its other dates are real dates.
 */
gboolean
tandem_referral_check (TandemReferral  *self,
                       GError         **error)
{
  GDate received;
  GDate today;

  g_return_val_if_fail (TANDEM_IS_REFERRAL (self), FALSE);

  if (self->person_id <= 0)
    {
      g_set_error_literal (error, TANDEM_REFERRAL_ERROR, TANDEM_REFERRAL_ERROR_INVALID,
                           _("A referral must belong to a person"));
      return FALSE;
    }

  if (!tandem_date_from_iso (self->received_on, &received))
    {
      g_set_error_literal (error, TANDEM_REFERRAL_ERROR, TANDEM_REFERRAL_ERROR_INVALID,
                           _("Enter the date the referral was received"));
      return FALSE;
    }

  tandem_date_set_today (&today);
  if (g_date_compare (&received, &today) > 0)
    {
      g_set_error_literal (error, TANDEM_REFERRAL_ERROR, TANDEM_REFERRAL_ERROR_INVALID,
                           _("A referral cannot be received in the future"));
      return FALSE;
    }

  const char *dates[] = { self->contacted_on, self->accepted_on, self->ended_on };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      GDate date;

      if (dates[i] != NULL && dates[i][0] != '\0' && !tandem_date_from_iso (dates[i], &date))
        {
          g_set_error_literal (error, TANDEM_REFERRAL_ERROR, TANDEM_REFERRAL_ERROR_INVALID,
                               _("One of the referral's dates is not a date"));
          return FALSE;
        }
    }

  return TRUE;
}

G_DEFINE_QUARK (tandem-referral-error-quark, tandem_referral_error)
