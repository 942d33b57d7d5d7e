/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-person"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-nhs-number.h"
#include "tandem-postcode.h"
#include "tandem-enums.h"
#include "tandem-person.h"

/* A person on the caseload: who they are, how to reach them, what they consented to and what to be careful of. */
struct _TandemPerson
{
  TandemRecord parent_instance;

  char *nhs_number;
  char *given_name;
  char *family_name;
  char *preferred_name;
  char *pronouns;
  char *date_of_birth;
  TandemSex sex;
  char *gender_identity;
  char *address;
  char *postcode;
  char *phone;
  char *email;
  gint64 practice_id;
  char *language;
  gboolean interpreter_needed;
  TandemCommunicationNeeds communication_needs;
  char *communication_notes;
  gboolean is_carer;
  gboolean has_carer;
  gboolean consent_to_record;
  char *consent_to_record_date;
  gboolean consent_to_share;
  char *consent_to_share_date;
  char *consent_to_share_with;
  char *consent_to_share_scope;
  gboolean safeguarding_concern;
  TandemRiskFlags risk_flags;
  char *risk_notes;
};

G_DEFINE_FINAL_TYPE (TandemPerson, tandem_person, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NHS_NUMBER,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_PREFERRED_NAME,
  PROP_PRONOUNS,
  PROP_DATE_OF_BIRTH,
  PROP_SEX,
  PROP_GENDER_IDENTITY,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_PRACTICE_ID,
  PROP_LANGUAGE,
  PROP_INTERPRETER_NEEDED,
  PROP_COMMUNICATION_NEEDS,
  PROP_COMMUNICATION_NOTES,
  PROP_IS_CARER,
  PROP_HAS_CARER,
  PROP_CONSENT_TO_RECORD,
  PROP_CONSENT_TO_RECORD_DATE,
  PROP_CONSENT_TO_SHARE,
  PROP_CONSENT_TO_SHARE_DATE,
  PROP_CONSENT_TO_SHARE_WITH,
  PROP_CONSENT_TO_SHARE_SCOPE,
  PROP_SAFEGUARDING_CONCERN,
  PROP_RISK_FLAGS,
  PROP_RISK_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_person_finalize (GObject *object)
{
  TandemPerson *self = (TandemPerson *) object;

  g_clear_pointer (&self->nhs_number, g_free);
  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->preferred_name, g_free);
  g_clear_pointer (&self->pronouns, g_free);
  g_clear_pointer (&self->date_of_birth, g_free);
  g_clear_pointer (&self->gender_identity, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->postcode, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->communication_notes, g_free);
  g_clear_pointer (&self->consent_to_record_date, g_free);
  g_clear_pointer (&self->consent_to_share_date, g_free);
  g_clear_pointer (&self->consent_to_share_with, g_free);
  g_clear_pointer (&self->consent_to_share_scope, g_free);
  g_clear_pointer (&self->risk_notes, g_free);

  G_OBJECT_CLASS (tandem_person_parent_class)->finalize (object);
}

static void
tandem_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TandemPerson *self = TANDEM_PERSON (object);

  switch (prop_id)
    {
    case PROP_NHS_NUMBER:
      g_value_set_string (value, self->nhs_number);
      break;

    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;

    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;

    case PROP_PREFERRED_NAME:
      g_value_set_string (value, self->preferred_name);
      break;

    case PROP_PRONOUNS:
      g_value_set_string (value, self->pronouns);
      break;

    case PROP_DATE_OF_BIRTH:
      g_value_set_string (value, self->date_of_birth);
      break;

    case PROP_SEX:
      g_value_set_enum (value, self->sex);
      break;

    case PROP_GENDER_IDENTITY:
      g_value_set_string (value, self->gender_identity);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PRACTICE_ID:
      g_value_set_int64 (value, self->practice_id);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_INTERPRETER_NEEDED:
      g_value_set_boolean (value, self->interpreter_needed);
      break;

    case PROP_COMMUNICATION_NEEDS:
      g_value_set_flags (value, self->communication_needs);
      break;

    case PROP_COMMUNICATION_NOTES:
      g_value_set_string (value, self->communication_notes);
      break;

    case PROP_IS_CARER:
      g_value_set_boolean (value, self->is_carer);
      break;

    case PROP_HAS_CARER:
      g_value_set_boolean (value, self->has_carer);
      break;

    case PROP_CONSENT_TO_RECORD:
      g_value_set_boolean (value, self->consent_to_record);
      break;

    case PROP_CONSENT_TO_RECORD_DATE:
      g_value_set_string (value, self->consent_to_record_date);
      break;

    case PROP_CONSENT_TO_SHARE:
      g_value_set_boolean (value, self->consent_to_share);
      break;

    case PROP_CONSENT_TO_SHARE_DATE:
      g_value_set_string (value, self->consent_to_share_date);
      break;

    case PROP_CONSENT_TO_SHARE_WITH:
      g_value_set_string (value, self->consent_to_share_with);
      break;

    case PROP_CONSENT_TO_SHARE_SCOPE:
      g_value_set_string (value, self->consent_to_share_scope);
      break;

    case PROP_SAFEGUARDING_CONCERN:
      g_value_set_boolean (value, self->safeguarding_concern);
      break;

    case PROP_RISK_FLAGS:
      g_value_set_flags (value, self->risk_flags);
      break;

    case PROP_RISK_NOTES:
      g_value_set_string (value, self->risk_notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TandemPerson *self = TANDEM_PERSON (object);

  switch (prop_id)
    {
    case PROP_NHS_NUMBER:
      tandem_person_set_nhs_number (self, g_value_get_string (value));
      break;

    case PROP_GIVEN_NAME:
      tandem_person_set_given_name (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_NAME:
      tandem_person_set_family_name (self, g_value_get_string (value));
      break;

    case PROP_PREFERRED_NAME:
      tandem_person_set_preferred_name (self, g_value_get_string (value));
      break;

    case PROP_PRONOUNS:
      tandem_person_set_pronouns (self, g_value_get_string (value));
      break;

    case PROP_DATE_OF_BIRTH:
      tandem_person_set_date_of_birth (self, g_value_get_string (value));
      break;

    case PROP_SEX:
      tandem_person_set_sex (self, g_value_get_enum (value));
      break;

    case PROP_GENDER_IDENTITY:
      tandem_person_set_gender_identity (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      tandem_person_set_address (self, g_value_get_string (value));
      break;

    case PROP_POSTCODE:
      tandem_person_set_postcode (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      tandem_person_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      tandem_person_set_email (self, g_value_get_string (value));
      break;

    case PROP_PRACTICE_ID:
      tandem_person_set_practice_id (self, g_value_get_int64 (value));
      break;

    case PROP_LANGUAGE:
      tandem_person_set_language (self, g_value_get_string (value));
      break;

    case PROP_INTERPRETER_NEEDED:
      tandem_person_set_interpreter_needed (self, g_value_get_boolean (value));
      break;

    case PROP_COMMUNICATION_NEEDS:
      tandem_person_set_communication_needs (self, g_value_get_flags (value));
      break;

    case PROP_COMMUNICATION_NOTES:
      tandem_person_set_communication_notes (self, g_value_get_string (value));
      break;

    case PROP_IS_CARER:
      tandem_person_set_is_carer (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_CARER:
      tandem_person_set_has_carer (self, g_value_get_boolean (value));
      break;

    case PROP_CONSENT_TO_RECORD:
      tandem_person_set_consent_to_record (self, g_value_get_boolean (value));
      break;

    case PROP_CONSENT_TO_RECORD_DATE:
      tandem_person_set_consent_to_record_date (self, g_value_get_string (value));
      break;

    case PROP_CONSENT_TO_SHARE:
      tandem_person_set_consent_to_share (self, g_value_get_boolean (value));
      break;

    case PROP_CONSENT_TO_SHARE_DATE:
      tandem_person_set_consent_to_share_date (self, g_value_get_string (value));
      break;

    case PROP_CONSENT_TO_SHARE_WITH:
      tandem_person_set_consent_to_share_with (self, g_value_get_string (value));
      break;

    case PROP_CONSENT_TO_SHARE_SCOPE:
      tandem_person_set_consent_to_share_scope (self, g_value_get_string (value));
      break;

    case PROP_SAFEGUARDING_CONCERN:
      tandem_person_set_safeguarding_concern (self, g_value_get_boolean (value));
      break;

    case PROP_RISK_FLAGS:
      tandem_person_set_risk_flags (self, g_value_get_flags (value));
      break;

    case PROP_RISK_NOTES:
      tandem_person_set_risk_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_person_class_init (TandemPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_person_finalize;
  object_class->get_property = tandem_person_get_property;
  object_class->set_property = tandem_person_set_property;

  /* The ten digits, without spaces; empty when not known. */
  properties[PROP_NHS_NUMBER] =
    g_param_spec_string ("nhs-number", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Given name exactly as the person writes it. */
  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Family name exactly as the person writes it. */
  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What the person likes to be called. */
  properties[PROP_PREFERRED_NAME] =
    g_param_spec_string ("preferred-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The pronouns the person uses. */
  properties[PROP_PRONOUNS] =
    g_param_spec_string ("pronouns", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Date of birth, YYYY-MM-DD. */
  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_string ("date-of-birth", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Sex as recorded by the practice. */
  properties[PROP_SEX] =
    g_param_spec_enum ("sex", NULL, NULL,
                       TANDEM_TYPE_SEX,
                       TANDEM_SEX_NOT_KNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Gender identity in the person's words. */
  properties[PROP_GENDER_IDENTITY] =
    g_param_spec_string ("gender-identity", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Postal address, several lines. */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* UK postcode, normalised. */
  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Phone number. */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Email address. */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The registered practice. */
  properties[PROP_PRACTICE_ID] =
    g_param_spec_int64 ("practice-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Preferred language, a BCP 47 tag with the script where it matters. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether an interpreter is needed. */
  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Needs under the Accessible Information Standard. */
  properties[PROP_COMMUNICATION_NEEDS] =
    g_param_spec_flags ("communication-needs", NULL, NULL,
                        TANDEM_TYPE_COMMUNICATION_NEEDS,
                        0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* More about how to communicate with the person. */
  properties[PROP_COMMUNICATION_NOTES] =
    g_param_spec_string ("communication-notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the person cares for someone. */
  properties[PROP_IS_CARER] =
    g_param_spec_boolean ("is-carer", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether someone cares for the person. */
  properties[PROP_HAS_CARER] =
    g_param_spec_boolean ("has-carer", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Consent to keep a record in Tandem. */
  properties[PROP_CONSENT_TO_RECORD] =
    g_param_spec_boolean ("consent-to-record", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When consent to record was given, YYYY-MM-DD. */
  properties[PROP_CONSENT_TO_RECORD_DATE] =
    g_param_spec_string ("consent-to-record-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Consent to share with the GP and others. */
  properties[PROP_CONSENT_TO_SHARE] =
    g_param_spec_boolean ("consent-to-share", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When consent to share was given, YYYY-MM-DD. */
  properties[PROP_CONSENT_TO_SHARE_DATE] =
    g_param_spec_string ("consent-to-share-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who the person agreed information may be shared with. */
  properties[PROP_CONSENT_TO_SHARE_WITH] =
    g_param_spec_string ("consent-to-share-with", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What may be shared. */
  properties[PROP_CONSENT_TO_SHARE_SCOPE] =
    g_param_spec_string ("consent-to-share-scope", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether there is a safeguarding concern. */
  properties[PROP_SAFEGUARDING_CONCERN] =
    g_param_spec_boolean ("safeguarding-concern", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Risks to be aware of. */
  properties[PROP_RISK_FLAGS] =
    g_param_spec_flags ("risk-flags", NULL, NULL,
                        TANDEM_TYPE_RISK_FLAGS,
                        0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Notes about safeguarding and risks. */
  properties[PROP_RISK_NOTES] =
    g_param_spec_string ("risk-notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_person_init (TandemPerson *self)
{
  self->sex = TANDEM_SEX_NOT_KNOWN;
}

TandemPerson *
tandem_person_new (void)
{
  return g_object_new (TANDEM_TYPE_PERSON, NULL);
}

const char *
tandem_person_get_nhs_number (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->nhs_number;
}

void
tandem_person_set_nhs_number (TandemPerson *self,
                              const char   *nhs_number)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->nhs_number, nhs_number) == 0)
    return;

  g_free (self->nhs_number);
  self->nhs_number = g_strdup (nhs_number);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NHS_NUMBER]);
}

const char *
tandem_person_get_given_name (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->given_name;
}

void
tandem_person_set_given_name (TandemPerson *self,
                              const char   *given_name)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->given_name, given_name) == 0)
    return;

  g_free (self->given_name);
  self->given_name = g_strdup (given_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
}

const char *
tandem_person_get_family_name (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->family_name;
}

void
tandem_person_set_family_name (TandemPerson *self,
                               const char   *family_name)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->family_name, family_name) == 0)
    return;

  g_free (self->family_name);
  self->family_name = g_strdup (family_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
}

const char *
tandem_person_get_preferred_name (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->preferred_name;
}

void
tandem_person_set_preferred_name (TandemPerson *self,
                                  const char   *preferred_name)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->preferred_name, preferred_name) == 0)
    return;

  g_free (self->preferred_name);
  self->preferred_name = g_strdup (preferred_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERRED_NAME]);
}

const char *
tandem_person_get_pronouns (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->pronouns;
}

void
tandem_person_set_pronouns (TandemPerson *self,
                            const char   *pronouns)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->pronouns, pronouns) == 0)
    return;

  g_free (self->pronouns);
  self->pronouns = g_strdup (pronouns);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRONOUNS]);
}

const char *
tandem_person_get_date_of_birth (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->date_of_birth;
}

void
tandem_person_set_date_of_birth (TandemPerson *self,
                                 const char   *date_of_birth)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->date_of_birth, date_of_birth) == 0)
    return;

  g_free (self->date_of_birth);
  self->date_of_birth = g_strdup (date_of_birth);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_OF_BIRTH]);
}

TandemSex
tandem_person_get_sex (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), 0);

  return self->sex;
}

void
tandem_person_set_sex (TandemPerson *self,
                       TandemSex     sex)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (self->sex == sex)
    return;

  self->sex = sex;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEX]);
}

const char *
tandem_person_get_gender_identity (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->gender_identity;
}

void
tandem_person_set_gender_identity (TandemPerson *self,
                                   const char   *gender_identity)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->gender_identity, gender_identity) == 0)
    return;

  g_free (self->gender_identity);
  self->gender_identity = g_strdup (gender_identity);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER_IDENTITY]);
}

const char *
tandem_person_get_address (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->address;
}

void
tandem_person_set_address (TandemPerson *self,
                           const char   *address)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->address, address) == 0)
    return;

  g_free (self->address);
  self->address = g_strdup (address);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
tandem_person_get_postcode (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->postcode;
}

void
tandem_person_set_postcode (TandemPerson *self,
                            const char   *postcode)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->postcode, postcode) == 0)
    return;

  g_free (self->postcode);
  self->postcode = g_strdup (postcode);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTCODE]);
}

const char *
tandem_person_get_phone (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->phone;
}

void
tandem_person_set_phone (TandemPerson *self,
                         const char   *phone)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->phone, phone) == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
tandem_person_get_email (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->email;
}

void
tandem_person_set_email (TandemPerson *self,
                         const char   *email)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->email, email) == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

gint64
tandem_person_get_practice_id (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), 0);

  return self->practice_id;
}

void
tandem_person_set_practice_id (TandemPerson *self,
                               gint64        practice_id)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (self->practice_id == practice_id)
    return;

  self->practice_id = practice_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE_ID]);
}

const char *
tandem_person_get_language (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->language;
}

void
tandem_person_set_language (TandemPerson *self,
                            const char   *language)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
tandem_person_get_interpreter_needed (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  return self->interpreter_needed;
}

void
tandem_person_set_interpreter_needed (TandemPerson *self,
                                      gboolean      interpreter_needed)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  interpreter_needed = !!interpreter_needed;

  if (self->interpreter_needed == interpreter_needed)
    return;

  self->interpreter_needed = interpreter_needed;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_NEEDED]);
}

TandemCommunicationNeeds
tandem_person_get_communication_needs (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), 0);

  return self->communication_needs;
}

void
tandem_person_set_communication_needs (TandemPerson             *self,
                                       TandemCommunicationNeeds  communication_needs)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (self->communication_needs == communication_needs)
    return;

  self->communication_needs = communication_needs;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNICATION_NEEDS]);
}

const char *
tandem_person_get_communication_notes (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->communication_notes;
}

void
tandem_person_set_communication_notes (TandemPerson *self,
                                       const char   *communication_notes)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->communication_notes, communication_notes) == 0)
    return;

  g_free (self->communication_notes);
  self->communication_notes = g_strdup (communication_notes);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNICATION_NOTES]);
}

gboolean
tandem_person_get_is_carer (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  return self->is_carer;
}

void
tandem_person_set_is_carer (TandemPerson *self,
                            gboolean      is_carer)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  is_carer = !!is_carer;

  if (self->is_carer == is_carer)
    return;

  self->is_carer = is_carer;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_CARER]);
}

gboolean
tandem_person_get_has_carer (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  return self->has_carer;
}

void
tandem_person_set_has_carer (TandemPerson *self,
                             gboolean      has_carer)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  has_carer = !!has_carer;

  if (self->has_carer == has_carer)
    return;

  self->has_carer = has_carer;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CARER]);
}

gboolean
tandem_person_get_consent_to_record (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  return self->consent_to_record;
}

void
tandem_person_set_consent_to_record (TandemPerson *self,
                                     gboolean      consent_to_record)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  consent_to_record = !!consent_to_record;

  if (self->consent_to_record == consent_to_record)
    return;

  self->consent_to_record = consent_to_record;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_TO_RECORD]);
}

const char *
tandem_person_get_consent_to_record_date (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->consent_to_record_date;
}

void
tandem_person_set_consent_to_record_date (TandemPerson *self,
                                          const char   *consent_to_record_date)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->consent_to_record_date, consent_to_record_date) == 0)
    return;

  g_free (self->consent_to_record_date);
  self->consent_to_record_date = g_strdup (consent_to_record_date);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_TO_RECORD_DATE]);
}

gboolean
tandem_person_get_consent_to_share (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  return self->consent_to_share;
}

void
tandem_person_set_consent_to_share (TandemPerson *self,
                                    gboolean      consent_to_share)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  consent_to_share = !!consent_to_share;

  if (self->consent_to_share == consent_to_share)
    return;

  self->consent_to_share = consent_to_share;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_TO_SHARE]);
}

const char *
tandem_person_get_consent_to_share_date (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->consent_to_share_date;
}

void
tandem_person_set_consent_to_share_date (TandemPerson *self,
                                         const char   *consent_to_share_date)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->consent_to_share_date, consent_to_share_date) == 0)
    return;

  g_free (self->consent_to_share_date);
  self->consent_to_share_date = g_strdup (consent_to_share_date);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_TO_SHARE_DATE]);
}

const char *
tandem_person_get_consent_to_share_with (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->consent_to_share_with;
}

void
tandem_person_set_consent_to_share_with (TandemPerson *self,
                                         const char   *consent_to_share_with)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->consent_to_share_with, consent_to_share_with) == 0)
    return;

  g_free (self->consent_to_share_with);
  self->consent_to_share_with = g_strdup (consent_to_share_with);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_TO_SHARE_WITH]);
}

const char *
tandem_person_get_consent_to_share_scope (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->consent_to_share_scope;
}

void
tandem_person_set_consent_to_share_scope (TandemPerson *self,
                                          const char   *consent_to_share_scope)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->consent_to_share_scope, consent_to_share_scope) == 0)
    return;

  g_free (self->consent_to_share_scope);
  self->consent_to_share_scope = g_strdup (consent_to_share_scope);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_TO_SHARE_SCOPE]);
}

gboolean
tandem_person_get_safeguarding_concern (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  return self->safeguarding_concern;
}

void
tandem_person_set_safeguarding_concern (TandemPerson *self,
                                        gboolean      safeguarding_concern)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  safeguarding_concern = !!safeguarding_concern;

  if (self->safeguarding_concern == safeguarding_concern)
    return;

  self->safeguarding_concern = safeguarding_concern;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAFEGUARDING_CONCERN]);
}

TandemRiskFlags
tandem_person_get_risk_flags (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), 0);

  return self->risk_flags;
}

void
tandem_person_set_risk_flags (TandemPerson    *self,
                              TandemRiskFlags  risk_flags)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (self->risk_flags == risk_flags)
    return;

  self->risk_flags = risk_flags;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_FLAGS]);
}

const char *
tandem_person_get_risk_notes (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return self->risk_notes;
}

void
tandem_person_set_risk_notes (TandemPerson *self,
                              const char   *risk_notes)
{
  g_return_if_fail (TANDEM_IS_PERSON (self));

  if (g_strcmp0 (self->risk_notes, risk_notes) == 0)
    return;

  g_free (self->risk_notes);
  self->risk_notes = g_strdup (risk_notes);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_NOTES]);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static gboolean
check_optional_date (const char  *iso,
                     const char  *what,
                     GError     **error)
{
  GDate date;

  if (iso == NULL || iso[0] == '\0' || tandem_date_from_iso (iso, &date))
    return TRUE;

  g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FORMAT,
               /* Translators: %s is what the date is, such as "date of birth" */
               _("The %s is not a date"), what);
  return FALSE;
}

/**
 * tandem_person_check:
 * @self: a person about to be saved
 * @error: the first rule the record breaks, worded for the user
 *
 * The rules every stored person follows, whoever saves them: a given and a family name, an
 * NHS number (when known) that passes its check digit, a UK postcode (when known) in its
 * normal form, and a date of birth that is a real date and not in the future. Names are
 * never changed: apostrophes, hyphens, diacritics and every script are kept as typed.
 */
gboolean
tandem_person_check (TandemPerson  *self,
                     GError       **error)
{
  GDate today;
  GDate birth;

  g_return_val_if_fail (TANDEM_IS_PERSON (self), FALSE);

  if (is_blank (self->given_name))
    {
      g_set_error_literal (error, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_REQUIRED,
                           _("Enter the person's given name"));
      return FALSE;
    }

  if (is_blank (self->family_name))
    {
      g_set_error_literal (error, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_REQUIRED,
                           _("Enter the person's family name"));
      return FALSE;
    }

  if (self->nhs_number != NULL && self->nhs_number[0] != '\0')
    {
      g_autofree char *digits = tandem_nhs_number_normalize (self->nhs_number, error);

      if (digits == NULL)
        return FALSE;

      if (!g_str_equal (digits, self->nhs_number))
        {
          g_set_error_literal (error, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_FORMAT,
                               _("The NHS number must be stored as ten digits"));
          return FALSE;
        }
    }

  if (self->postcode != NULL && self->postcode[0] != '\0')
    {
      g_autofree char *postcode = tandem_postcode_normalize (self->postcode, error);

      if (postcode == NULL)
        return FALSE;

      if (!g_str_equal (postcode, self->postcode))
        {
          g_set_error_literal (error, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_FORMAT,
                               _("The postcode must be stored in capitals with one space"));
          return FALSE;
        }
    }

  if (self->date_of_birth != NULL && self->date_of_birth[0] != '\0')
    {
      if (!tandem_date_from_iso (self->date_of_birth, &birth))
        {
          g_set_error_literal (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FORMAT,
                               _("The date of birth is not a date"));
          return FALSE;
        }

      tandem_date_set_today (&today);
      if (g_date_compare (&birth, &today) > 0)
        {
          g_set_error_literal (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FUTURE,
                               _("A date of birth cannot be in the future"));
          return FALSE;
        }
    }

  return check_optional_date (self->consent_to_record_date, _("date of consent to record"),
                              error) &&
         check_optional_date (self->consent_to_share_date, _("date of consent to share"), error);
}

/**
 * tandem_person_dup_display_name:
 *
 * Returns: (transfer full): the name to show: the preferred name in place of the given name
 *   when there is one, as colleagues would say it ("Peggy O'Neill")
 */
char *
tandem_person_dup_display_name (TandemPerson *self)
{
  const char *given;

  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  given = is_blank (self->preferred_name) ? self->given_name : self->preferred_name;

  /* Translators: a person's name: given (or preferred) name, then family name */
  return g_strdup_printf (C_("person name", "%s %s"), given ? given : "",
                          self->family_name ? self->family_name : "");
}

/**
 * tandem_person_dup_full_name:
 *
 * Returns: (transfer full): the name as recorded, given name then family name
 */
char *
tandem_person_dup_full_name (TandemPerson *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON (self), NULL);

  return g_strdup_printf (C_("person name", "%s %s"), self->given_name ? self->given_name : "",
                          self->family_name ? self->family_name : "");
}

G_DEFINE_QUARK (tandem-person-error-quark, tandem_person_error)
