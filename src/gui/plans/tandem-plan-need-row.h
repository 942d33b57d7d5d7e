/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-plan-item-row.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_NEED_ROW (tandem_plan_need_row_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanNeedRow, tandem_plan_need_row, TANDEM, PLAN_NEED_ROW, TandemPlanItemRow)

GtkWidget *tandem_plan_need_row_new (TandemPlanNeed   *need,
                                     TandemPlanEditor *editor);

G_END_DECLS
