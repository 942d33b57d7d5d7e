/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PERSON (tandem_person_get_type ())

G_DECLARE_FINAL_TYPE (TandemPerson, tandem_person, TANDEM, PERSON, TandemRecord)

TandemPerson             *tandem_person_new                        (void);
const char               *tandem_person_get_nhs_number             (TandemPerson             *self);
void                      tandem_person_set_nhs_number             (TandemPerson             *self,
                                                                    const char               *nhs_number);
const char               *tandem_person_get_given_name             (TandemPerson             *self);
void                      tandem_person_set_given_name             (TandemPerson             *self,
                                                                    const char               *given_name);
const char               *tandem_person_get_family_name            (TandemPerson             *self);
void                      tandem_person_set_family_name            (TandemPerson             *self,
                                                                    const char               *family_name);
const char               *tandem_person_get_preferred_name         (TandemPerson             *self);
void                      tandem_person_set_preferred_name         (TandemPerson             *self,
                                                                    const char               *preferred_name);
const char               *tandem_person_get_pronouns               (TandemPerson             *self);
void                      tandem_person_set_pronouns               (TandemPerson             *self,
                                                                    const char               *pronouns);
const char               *tandem_person_get_date_of_birth          (TandemPerson             *self);
void                      tandem_person_set_date_of_birth          (TandemPerson             *self,
                                                                    const char               *date_of_birth);
TandemSex                 tandem_person_get_sex                    (TandemPerson             *self);
void                      tandem_person_set_sex                    (TandemPerson             *self,
                                                                    TandemSex                 sex);
const char               *tandem_person_get_gender_identity        (TandemPerson             *self);
void                      tandem_person_set_gender_identity        (TandemPerson             *self,
                                                                    const char               *gender_identity);
const char               *tandem_person_get_address                (TandemPerson             *self);
void                      tandem_person_set_address                (TandemPerson             *self,
                                                                    const char               *address);
const char               *tandem_person_get_postcode               (TandemPerson             *self);
void                      tandem_person_set_postcode               (TandemPerson             *self,
                                                                    const char               *postcode);
const char               *tandem_person_get_phone                  (TandemPerson             *self);
void                      tandem_person_set_phone                  (TandemPerson             *self,
                                                                    const char               *phone);
const char               *tandem_person_get_email                  (TandemPerson             *self);
void                      tandem_person_set_email                  (TandemPerson             *self,
                                                                    const char               *email);
gint64                    tandem_person_get_practice_id            (TandemPerson             *self);
void                      tandem_person_set_practice_id            (TandemPerson             *self,
                                                                    gint64                    practice_id);
const char               *tandem_person_get_language               (TandemPerson             *self);
void                      tandem_person_set_language               (TandemPerson             *self,
                                                                    const char               *language);
gboolean                  tandem_person_get_interpreter_needed     (TandemPerson             *self);
void                      tandem_person_set_interpreter_needed     (TandemPerson             *self,
                                                                    gboolean                  interpreter_needed);
TandemCommunicationNeeds  tandem_person_get_communication_needs    (TandemPerson             *self);
void                      tandem_person_set_communication_needs    (TandemPerson             *self,
                                                                    TandemCommunicationNeeds  communication_needs);
const char               *tandem_person_get_communication_notes    (TandemPerson             *self);
void                      tandem_person_set_communication_notes    (TandemPerson             *self,
                                                                    const char               *communication_notes);
gboolean                  tandem_person_get_is_carer               (TandemPerson             *self);
void                      tandem_person_set_is_carer               (TandemPerson             *self,
                                                                    gboolean                  is_carer);
gboolean                  tandem_person_get_has_carer              (TandemPerson             *self);
void                      tandem_person_set_has_carer              (TandemPerson             *self,
                                                                    gboolean                  has_carer);
gboolean                  tandem_person_get_consent_to_record      (TandemPerson             *self);
void                      tandem_person_set_consent_to_record      (TandemPerson             *self,
                                                                    gboolean                  consent_to_record);
const char               *tandem_person_get_consent_to_record_date (TandemPerson             *self);
void                      tandem_person_set_consent_to_record_date (TandemPerson             *self,
                                                                    const char               *consent_to_record_date);
gboolean                  tandem_person_get_consent_to_share       (TandemPerson             *self);
void                      tandem_person_set_consent_to_share       (TandemPerson             *self,
                                                                    gboolean                  consent_to_share);
const char               *tandem_person_get_consent_to_share_date  (TandemPerson             *self);
void                      tandem_person_set_consent_to_share_date  (TandemPerson             *self,
                                                                    const char               *consent_to_share_date);
const char               *tandem_person_get_consent_to_share_with  (TandemPerson             *self);
void                      tandem_person_set_consent_to_share_with  (TandemPerson             *self,
                                                                    const char               *consent_to_share_with);
const char               *tandem_person_get_consent_to_share_scope (TandemPerson             *self);
void                      tandem_person_set_consent_to_share_scope (TandemPerson             *self,
                                                                    const char               *consent_to_share_scope);
gboolean                  tandem_person_get_safeguarding_concern   (TandemPerson             *self);
void                      tandem_person_set_safeguarding_concern   (TandemPerson             *self,
                                                                    gboolean                  safeguarding_concern);
TandemRiskFlags           tandem_person_get_risk_flags             (TandemPerson             *self);
void                      tandem_person_set_risk_flags             (TandemPerson             *self,
                                                                    TandemRiskFlags           risk_flags);
const char               *tandem_person_get_risk_notes             (TandemPerson             *self);
void                      tandem_person_set_risk_notes             (TandemPerson             *self,
                                                                    const char               *risk_notes);

#define TANDEM_PERSON_ERROR (tandem_person_error_quark ())

typedef enum
{
  TANDEM_PERSON_ERROR_REQUIRED,
  TANDEM_PERSON_ERROR_FORMAT,
} TandemPersonError;

GQuark        tandem_person_error_quark      (void);
gboolean      tandem_person_check            (TandemPerson  *self,
                                              GError       **error);
char         *tandem_person_dup_display_name (TandemPerson  *self);
char         *tandem_person_dup_full_name    (TandemPerson  *self);

G_END_DECLS
