/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_GOAL (tandem_plan_goal_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanGoal, tandem_plan_goal, TANDEM, PLAN_GOAL, TandemRecord)

TandemPlanGoal   *tandem_plan_goal_new            (void);
gint64            tandem_plan_goal_get_need_id    (TandemPlanGoal   *self);
void              tandem_plan_goal_set_need_id    (TandemPlanGoal   *self,
                                                   gint64            need_id);
const char       *tandem_plan_goal_get_key        (TandemPlanGoal   *self);
void              tandem_plan_goal_set_key        (TandemPlanGoal   *self,
                                                   const char       *key);
int               tandem_plan_goal_get_position   (TandemPlanGoal   *self);
void              tandem_plan_goal_set_position   (TandemPlanGoal   *self,
                                                   int               position);
const char       *tandem_plan_goal_get_words      (TandemPlanGoal   *self);
void              tandem_plan_goal_set_words      (TandemPlanGoal   *self,
                                                   const char       *words);
int               tandem_plan_goal_get_importance (TandemPlanGoal   *self);
void              tandem_plan_goal_set_importance (TandemPlanGoal   *self,
                                                   int               importance);
TandemGoalStatus  tandem_plan_goal_get_status     (TandemPlanGoal   *self);
void              tandem_plan_goal_set_status     (TandemPlanGoal   *self,
                                                   TandemGoalStatus  status);
const char       *tandem_plan_goal_get_target_on  (TandemPlanGoal   *self);
void              tandem_plan_goal_set_target_on  (TandemPlanGoal   *self,
                                                   const char       *target_on);
const char       *tandem_plan_goal_get_outcome    (TandemPlanGoal   *self);
void              tandem_plan_goal_set_outcome    (TandemPlanGoal   *self,
                                                   const char       *outcome);

G_END_DECLS
