/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-plan.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_PLAN_CHANGE_ADDED,
  TANDEM_PLAN_CHANGE_REMOVED,
  TANDEM_PLAN_CHANGE_CHANGED,
} TandemPlanChangeKind;

/* Where in the plan a change is. */
typedef enum
{
  TANDEM_PLAN_PART_ABOUT_ME,
  TANDEM_PLAN_PART_STRENGTHS,
  TANDEM_PLAN_PART_NEED,
  TANDEM_PLAN_PART_GOAL,
  TANDEM_PLAN_PART_ACTION,
  TANDEM_PLAN_PART_SUPPORT,
  TANDEM_PLAN_PART_CONTINGENCY,
} TandemPlanPart;

/* One difference between two versions of a plan, worded for the user. */
typedef struct
{
  TandemPlanChangeKind  kind;
  TandemPlanPart        part;
  char                 *heading;   /* the field's heading, or "Need", "Goal", "Action" */
  char                 *before;    /* NULL when added */
  char                 *after;     /* NULL when removed */
} TandemPlanChange;

void       tandem_plan_change_free      (TandemPlanChange *change);
GPtrArray *tandem_plan_compare          (TandemPlan       *older,
                                         TandemPlan       *newer);
char      *tandem_plan_describe_goal    (TandemPlanGoal   *goal);
char      *tandem_plan_describe_action  (TandemPlanAction *action);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemPlanChange, tandem_plan_change_free)

G_END_DECLS
