/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-caseload-entry.h"
#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CASELOAD_ITEM (tandem_caseload_item_get_type ())

G_DECLARE_FINAL_TYPE (TandemCaseloadItem, tandem_caseload_item, TANDEM, CASELOAD_ITEM, GObject)

/* What the caseload computes about an entry on a given day with the team's thresholds. */
typedef struct
{
  guint32 today;                 /* Julian day */
  guint   waiting_warning_days;
  guint   contact_interval_days;
} TandemCaseloadRules;

TandemCaseloadItem   *tandem_caseload_item_new                 (const TandemCaseloadEntry *entry,
                                                                const TandemCaseloadRules *rules);
gint64                tandem_caseload_item_get_person_id       (TandemCaseloadItem *self);
gint64                tandem_caseload_item_get_referral_id     (TandemCaseloadItem *self);
const char           *tandem_caseload_item_get_display_name    (TandemCaseloadItem *self);
const char           *tandem_caseload_item_get_full_name       (TandemCaseloadItem *self);
const char           *tandem_caseload_item_get_nhs_number      (TandemCaseloadItem *self);
const char           *tandem_caseload_item_get_postcode        (TandemCaseloadItem *self);
gint64                tandem_caseload_item_get_practice_id     (TandemCaseloadItem *self);
gint64                tandem_caseload_item_get_assigned_staff_id (TandemCaseloadItem *self);
gboolean              tandem_caseload_item_has_referral        (TandemCaseloadItem *self);
TandemReferralStatus  tandem_caseload_item_get_status          (TandemCaseloadItem *self);
TandemPriority        tandem_caseload_item_get_priority        (TandemCaseloadItem *self);
TandemRole            tandem_caseload_item_get_role            (TandemCaseloadItem *self);
int                   tandem_caseload_item_get_days_waiting    (TandemCaseloadItem *self);
gboolean              tandem_caseload_item_is_waiting_too_long (TandemCaseloadItem *self);
gboolean              tandem_caseload_item_is_contact_overdue  (TandemCaseloadItem *self);
gboolean              tandem_caseload_item_is_outcome_due      (TandemCaseloadItem *self);
int                   tandem_caseload_item_get_days_since_contact (TandemCaseloadItem *self);
gboolean              tandem_caseload_item_has_safeguarding    (TandemCaseloadItem *self);
gboolean              tandem_caseload_item_has_risk            (TandemCaseloadItem *self);
gboolean              tandem_caseload_item_has_plan            (TandemCaseloadItem *self);
TandemPlanState       tandem_caseload_item_get_plan_state      (TandemCaseloadItem *self);
guint                 tandem_caseload_item_get_plan_number     (TandemCaseloadItem *self);
TandemReviewState     tandem_caseload_item_get_review_state    (TandemCaseloadItem *self);
int                   tandem_caseload_item_get_days_to_review  (TandemCaseloadItem *self);

gboolean              tandem_caseload_rules_waiting_too_long   (const TandemCaseloadRules *rules,
                                                                const TandemCaseloadEntry *entry);
gboolean              tandem_caseload_rules_contact_overdue    (const TandemCaseloadRules *rules,
                                                                const TandemCaseloadEntry *entry);
gboolean              tandem_caseload_rules_outcome_due        (const TandemCaseloadRules *rules,
                                                                const TandemCaseloadEntry *entry);
TandemReviewState     tandem_caseload_rules_review_state       (const TandemCaseloadRules *rules,
                                                                const TandemCaseloadEntry *entry);

G_END_DECLS
