/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-plan-item-row.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_GOAL_ROW (tandem_plan_goal_row_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanGoalRow, tandem_plan_goal_row, TANDEM, PLAN_GOAL_ROW, TandemPlanItemRow)

GtkWidget *tandem_plan_goal_row_new (TandemPlanGoal   *goal,
                                     TandemPlanEditor *editor);

G_END_DECLS
