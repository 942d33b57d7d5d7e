/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REFERRAL (tandem_referral_get_type ())

G_DECLARE_FINAL_TYPE (TandemReferral, tandem_referral, TANDEM, REFERRAL, TandemRecord)

TandemReferral       *tandem_referral_new                       (void);
gint64                tandem_referral_get_person_id             (TandemReferral       *self);
void                  tandem_referral_set_person_id             (TandemReferral       *self,
                                                                 gint64                person_id);
const char           *tandem_referral_get_received_on           (TandemReferral       *self);
void                  tandem_referral_set_received_on           (TandemReferral       *self,
                                                                 const char           *received_on);
TandemReferralSource  tandem_referral_get_source                (TandemReferral       *self);
void                  tandem_referral_set_source                (TandemReferral       *self,
                                                                 TandemReferralSource  source);
TandemReferralMethod  tandem_referral_get_method                (TandemReferral       *self);
void                  tandem_referral_set_method                (TandemReferral       *self,
                                                                 TandemReferralMethod  method);
const char           *tandem_referral_get_referrer_name         (TandemReferral       *self);
void                  tandem_referral_set_referrer_name         (TandemReferral       *self,
                                                                 const char           *referrer_name);
const char           *tandem_referral_get_referrer_role         (TandemReferral       *self);
void                  tandem_referral_set_referrer_role         (TandemReferral       *self,
                                                                 const char           *referrer_role);
const char           *tandem_referral_get_referrer_organisation (TandemReferral       *self);
void                  tandem_referral_set_referrer_organisation (TandemReferral       *self,
                                                                 const char           *referrer_organisation);
const char           *tandem_referral_get_referrer_contact      (TandemReferral       *self);
void                  tandem_referral_set_referrer_contact      (TandemReferral       *self,
                                                                 const char           *referrer_contact);
const char           *tandem_referral_get_reasons               (TandemReferral       *self);
void                  tandem_referral_set_reasons               (TandemReferral       *self,
                                                                 const char           *reasons);
TandemRole            tandem_referral_get_for_role              (TandemReferral       *self);
void                  tandem_referral_set_for_role              (TandemReferral       *self,
                                                                 TandemRole            for_role);
TandemPriority        tandem_referral_get_priority              (TandemReferral       *self);
void                  tandem_referral_set_priority              (TandemReferral       *self,
                                                                 TandemPriority        priority);
TandemReferralStatus  tandem_referral_get_status                (TandemReferral       *self);
void                  tandem_referral_set_status                (TandemReferral       *self,
                                                                 TandemReferralStatus  status);
gint64                tandem_referral_get_assigned_staff_id     (TandemReferral       *self);
void                  tandem_referral_set_assigned_staff_id     (TandemReferral       *self,
                                                                 gint64                assigned_staff_id);
const char           *tandem_referral_get_contacted_on          (TandemReferral       *self);
void                  tandem_referral_set_contacted_on          (TandemReferral       *self,
                                                                 const char           *contacted_on);
const char           *tandem_referral_get_accepted_on           (TandemReferral       *self);
void                  tandem_referral_set_accepted_on           (TandemReferral       *self,
                                                                 const char           *accepted_on);
const char           *tandem_referral_get_ended_on              (TandemReferral       *self);
void                  tandem_referral_set_ended_on              (TandemReferral       *self,
                                                                 const char           *ended_on);
const char           *tandem_referral_get_outcome_note          (TandemReferral       *self);
void                  tandem_referral_set_outcome_note          (TandemReferral       *self,
                                                                 const char           *outcome_note);

#define TANDEM_REFERRAL_ERROR (tandem_referral_error_quark ())

typedef enum
{
  TANDEM_REFERRAL_ERROR_INVALID,
} TandemReferralError;

GQuark         tandem_referral_error_quark       (void);
gboolean       tandem_referral_check             (TandemReferral        *self,
                                                  GError               **error);
void           tandem_referral_change_status     (TandemReferral        *self,
                                                  TandemReferralStatus   status,
                                                  const char            *date);
gboolean       tandem_referral_status_is_open    (TandemReferralStatus   status);
gboolean       tandem_referral_status_is_waiting (TandemReferralStatus   status);
int            tandem_referral_compare_currency  (TandemReferralStatus   status_a,
                                                  TandemPriority         priority_a,
                                                  guint32                received_a,
                                                  TandemReferralStatus   status_b,
                                                  TandemPriority         priority_b,
                                                  guint32                received_b);

G_END_DECLS
