/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-types.h"

G_BEGIN_DECLS

const char *tandem_enum_to_nick             (GType                    enum_type,
                                             int                      value);
int         tandem_enum_from_nick           (GType                    enum_type,
                                             const char              *nick,
                                             int                      fallback);
guint       tandem_flags_from_nicks         (GType                    flags_type,
                                             const char              *nicks);
char       *tandem_flags_to_nicks           (GType                    flags_type,
                                             guint                    value);

const char *tandem_role_get_label           (TandemRole               role);
const char *tandem_referral_status_get_label (TandemReferralStatus    status);
const char *tandem_priority_get_label       (TandemPriority           priority);
const char *tandem_referral_source_get_label (TandemReferralSource    source);
const char *tandem_referral_method_get_label (TandemReferralMethod    method);
const char *tandem_contact_mode_get_label   (TandemContactMode        mode);
const char *tandem_sex_get_label            (TandemSex                sex);
const char *tandem_communication_need_get_label (TandemCommunicationNeeds need);
const char *tandem_risk_flag_get_label      (TandemRiskFlags          flag);
const char *tandem_plan_state_get_label     (TandemPlanState          state);
const char *tandem_plan_agreed_with_get_label (TandemPlanAgreedWith agreed_with);
const char *tandem_plan_format_get_label    (TandemPlanFormat         format);
const char *tandem_goal_status_get_label    (TandemGoalStatus         status);
const char *tandem_action_status_get_label  (TandemActionStatus       status);
const char *tandem_measure_stage_get_label  (TandemMeasureStage       stage);
const char *tandem_asset_type_get_label     (TandemAssetType          type);
const char *tandem_asset_cost_get_label     (TandemAssetCost          cost);
const char *tandem_access_route_get_label   (TandemAccessRoutes       route);
const char *tandem_accessibility_get_label  (TandemAccessibility      feature);
const char *tandem_suitability_get_label    (TandemSuitability        suitability);
const char *tandem_signpost_kind_get_label  (TandemSignpostKind       kind);
const char *tandem_handover_get_label       (TandemHandover           handover);
const char *tandem_signpost_outcome_get_label (TandemSignpostOutcome  outcome);
const char *tandem_supervision_kind_get_label (TandemSupervisionKind  kind);
const char *tandem_escalation_get_label     (TandemEscalation       escalation);
const char *tandem_huddle_case_status_get_label (TandemHuddleCaseStatus status);
const char *tandem_enum_get_label           (GType                    enum_type,
                                             int                      value);
char       *tandem_flags_get_labels         (GType                    flags_type,
                                             guint                    value);

G_END_DECLS
