/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-plan-item-row.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_ACTION_ROW (tandem_plan_action_row_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanActionRow, tandem_plan_action_row, TANDEM, PLAN_ACTION_ROW, TandemPlanItemRow)

GtkWidget *tandem_plan_action_row_new (TandemPlanAction *action,
                                       TandemPlanEditor *editor);

G_END_DECLS
