/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_NEED (tandem_plan_need_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanNeed, tandem_plan_need, TANDEM, PLAN_NEED, TandemRecord)

TandemPlanNeed *tandem_plan_need_new            (void);
gint64          tandem_plan_need_get_version_id (TandemPlanNeed *self);
void            tandem_plan_need_set_version_id (TandemPlanNeed *self,
                                                 gint64          version_id);
const char     *tandem_plan_need_get_key        (TandemPlanNeed *self);
void            tandem_plan_need_set_key        (TandemPlanNeed *self,
                                                 const char     *key);
int             tandem_plan_need_get_position   (TandemPlanNeed *self);
void            tandem_plan_need_set_position   (TandemPlanNeed *self,
                                                 int             position);
const char     *tandem_plan_need_get_words      (TandemPlanNeed *self);
void            tandem_plan_need_set_words      (TandemPlanNeed *self,
                                                 const char     *words);

G_END_DECLS
