/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_ACTION (tandem_plan_action_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanAction, tandem_plan_action, TANDEM, PLAN_ACTION, TandemRecord)

TandemPlanAction   *tandem_plan_action_new            (void);
gint64              tandem_plan_action_get_goal_id    (TandemPlanAction   *self);
void                tandem_plan_action_set_goal_id    (TandemPlanAction   *self,
                                                       gint64              goal_id);
const char         *tandem_plan_action_get_key        (TandemPlanAction   *self);
void                tandem_plan_action_set_key        (TandemPlanAction   *self,
                                                       const char         *key);
int                 tandem_plan_action_get_position   (TandemPlanAction   *self);
void                tandem_plan_action_set_position   (TandemPlanAction   *self,
                                                       int                 position);
const char         *tandem_plan_action_get_what       (TandemPlanAction   *self);
void                tandem_plan_action_set_what       (TandemPlanAction   *self,
                                                       const char         *what);
const char         *tandem_plan_action_get_who        (TandemPlanAction   *self);
void                tandem_plan_action_set_who        (TandemPlanAction   *self,
                                                       const char         *who);
const char         *tandem_plan_action_get_due_on     (TandemPlanAction   *self);
void                tandem_plan_action_set_due_on     (TandemPlanAction   *self,
                                                       const char         *due_on);
TandemActionStatus  tandem_plan_action_get_status     (TandemPlanAction   *self);
void                tandem_plan_action_set_status     (TandemPlanAction   *self,
                                                       TandemActionStatus  status);
int                 tandem_plan_action_get_confidence (TandemPlanAction   *self);
void                tandem_plan_action_set_confidence (TandemPlanAction   *self,
                                                       int                 confidence);
const char         *tandem_plan_action_get_review_on  (TandemPlanAction   *self);
void                tandem_plan_action_set_review_on  (TandemPlanAction   *self,
                                                       const char         *review_on);

G_END_DECLS
