/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_VERSION (tandem_plan_version_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanVersion, tandem_plan_version, TANDEM, PLAN_VERSION, TandemRecord)

TandemPlanVersion    *tandem_plan_version_new                           (void);
gint64                tandem_plan_version_get_person_id                 (TandemPlanVersion    *self);
void                  tandem_plan_version_set_person_id                 (TandemPlanVersion    *self,
                                                                         gint64                person_id);
int                   tandem_plan_version_get_number                    (TandemPlanVersion    *self);
void                  tandem_plan_version_set_number                    (TandemPlanVersion    *self,
                                                                         int                   number);
TandemPlanState       tandem_plan_version_get_state                     (TandemPlanVersion    *self);
void                  tandem_plan_version_set_state                     (TandemPlanVersion    *self,
                                                                         TandemPlanState       state);
gboolean              tandem_plan_version_get_is_review                 (TandemPlanVersion    *self);
void                  tandem_plan_version_set_is_review                 (TandemPlanVersion    *self,
                                                                         gboolean              is_review);
const char           *tandem_plan_version_get_about_important           (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_important           (TandemPlanVersion    *self,
                                                                         const char           *about_important);
const char           *tandem_plan_version_get_about_people              (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_people              (TandemPlanVersion    *self,
                                                                         const char           *about_people);
const char           *tandem_plan_version_get_about_communication       (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_communication       (TandemPlanVersion    *self,
                                                                         const char           *about_communication);
const char           *tandem_plan_version_get_about_wellness            (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_wellness            (TandemPlanVersion    *self,
                                                                         const char           *about_wellness);
const char           *tandem_plan_version_get_about_do_dont             (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_do_dont             (TandemPlanVersion    *self,
                                                                         const char           *about_do_dont);
const char           *tandem_plan_version_get_about_support             (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_support             (TandemPlanVersion    *self,
                                                                         const char           *about_support);
const char           *tandem_plan_version_get_about_worth_knowing       (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_worth_knowing       (TandemPlanVersion    *self,
                                                                         const char           *about_worth_knowing);
const char           *tandem_plan_version_get_about_supported_by        (TandemPlanVersion    *self);
void                  tandem_plan_version_set_about_supported_by        (TandemPlanVersion    *self,
                                                                         const char           *about_supported_by);
const char           *tandem_plan_version_get_strengths                 (TandemPlanVersion    *self);
void                  tandem_plan_version_set_strengths                 (TandemPlanVersion    *self,
                                                                         const char           *strengths);
const char           *tandem_plan_version_get_support                   (TandemPlanVersion    *self);
void                  tandem_plan_version_set_support                   (TandemPlanVersion    *self,
                                                                         const char           *support);
const char           *tandem_plan_version_get_contingency_triggers      (TandemPlanVersion    *self);
void                  tandem_plan_version_set_contingency_triggers      (TandemPlanVersion    *self,
                                                                         const char           *contingency_triggers);
const char           *tandem_plan_version_get_contingency_warning_signs (TandemPlanVersion    *self);
void                  tandem_plan_version_set_contingency_warning_signs (TandemPlanVersion    *self,
                                                                         const char           *contingency_warning_signs);
const char           *tandem_plan_version_get_contingency_coping        (TandemPlanVersion    *self);
void                  tandem_plan_version_set_contingency_coping        (TandemPlanVersion    *self,
                                                                         const char           *contingency_coping);
const char           *tandem_plan_version_get_contingency_actions       (TandemPlanVersion    *self);
void                  tandem_plan_version_set_contingency_actions       (TandemPlanVersion    *self,
                                                                         const char           *contingency_actions);
const char           *tandem_plan_version_get_contingency_contacts      (TandemPlanVersion    *self);
void                  tandem_plan_version_set_contingency_contacts      (TandemPlanVersion    *self,
                                                                         const char           *contingency_contacts);
TandemPlanAgreedWith  tandem_plan_version_get_agreed_with               (TandemPlanVersion    *self);
void                  tandem_plan_version_set_agreed_with               (TandemPlanVersion    *self,
                                                                         TandemPlanAgreedWith  agreed_with);
const char           *tandem_plan_version_get_representative_name       (TandemPlanVersion    *self);
void                  tandem_plan_version_set_representative_name       (TandemPlanVersion    *self,
                                                                         const char           *representative_name);
const char           *tandem_plan_version_get_representative_role       (TandemPlanVersion    *self);
void                  tandem_plan_version_set_representative_role       (TandemPlanVersion    *self,
                                                                         const char           *representative_role);
const char           *tandem_plan_version_get_agreed_on                 (TandemPlanVersion    *self);
void                  tandem_plan_version_set_agreed_on                 (TandemPlanVersion    *self,
                                                                         const char           *agreed_on);
const char           *tandem_plan_version_get_agreed_how                (TandemPlanVersion    *self);
void                  tandem_plan_version_set_agreed_how                (TandemPlanVersion    *self,
                                                                         const char           *agreed_how);
gint64                tandem_plan_version_get_agreed_by_staff_id        (TandemPlanVersion    *self);
void                  tandem_plan_version_set_agreed_by_staff_id        (TandemPlanVersion    *self,
                                                                         gint64                agreed_by_staff_id);
const char           *tandem_plan_version_get_review_on                 (TandemPlanVersion    *self);
void                  tandem_plan_version_set_review_on                 (TandemPlanVersion    *self,
                                                                         const char           *review_on);
gint64                tandem_plan_version_get_review_staff_id           (TandemPlanVersion    *self);
void                  tandem_plan_version_set_review_staff_id           (TandemPlanVersion    *self,
                                                                         gint64                review_staff_id);
gint64                tandem_plan_version_get_prepared_by_staff_id      (TandemPlanVersion    *self);
void                  tandem_plan_version_set_prepared_by_staff_id      (TandemPlanVersion    *self,
                                                                         gint64                prepared_by_staff_id);
const char           *tandem_plan_version_get_language                  (TandemPlanVersion    *self);
void                  tandem_plan_version_set_language                  (TandemPlanVersion    *self,
                                                                         const char           *language);
TandemPlanFormat      tandem_plan_version_get_format                    (TandemPlanVersion    *self);
void                  tandem_plan_version_set_format                    (TandemPlanVersion    *self,
                                                                         TandemPlanFormat      format);

G_END_DECLS
