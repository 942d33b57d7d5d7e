/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-plan-action.h"
#include "tandem-plan-goal.h"
#include "tandem-plan-need.h"
#include "tandem-plan-version.h"

G_BEGIN_DECLS

/* A free-text field of a version, with its heading as the PRSB standard words it. */
typedef struct
{
  const char *property;   /* of TandemPlanVersion */
  const char *heading;    /* marked with N_() */
} TandemPlanField;

#define TANDEM_TYPE_PLAN (tandem_plan_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlan, tandem_plan, TANDEM, PLAN, GObject)

TandemPlan        *tandem_plan_new              (TandemPlanVersion *version);
TandemPlanVersion *tandem_plan_get_version      (TandemPlan        *self);
gboolean           tandem_plan_is_frozen        (TandemPlan        *self);
GListModel        *tandem_plan_get_needs        (TandemPlan        *self);
GListModel        *tandem_plan_get_goals        (TandemPlan        *self,
                                                 TandemPlanNeed    *need);
JsonNode          *tandem_plan_to_json          (TandemPlan        *self);
GListModel        *tandem_plan_get_actions      (TandemPlan        *self,
                                                 TandemPlanGoal    *goal);
void               tandem_plan_insert_need      (TandemPlan        *self,
                                                 TandemPlanNeed    *need);
void               tandem_plan_insert_goal      (TandemPlan        *self,
                                                 TandemPlanGoal    *goal);
void               tandem_plan_insert_action    (TandemPlan        *self,
                                                 TandemPlanAction  *action);
void               tandem_plan_remove_item      (TandemPlan        *self,
                                                 gpointer           item);
void               tandem_plan_move_item        (TandemPlan        *self,
                                                 gpointer           item,
                                                 guint              position);
TandemPlanNeed    *tandem_plan_find_need        (TandemPlan        *self,
                                                 gint64             id);
TandemPlanGoal    *tandem_plan_find_goal        (TandemPlan        *self,
                                                 gint64             id);
guint              tandem_plan_count_goals      (TandemPlan        *self);
guint              tandem_plan_count_actions    (TandemPlan        *self);

TandemPlanVersion *tandem_plan_versions_find_agreed (GPtrArray      *versions);
char              *tandem_plan_version_dup_label (TandemPlanVersion *version);
TandemReviewState  tandem_plan_review_state_on  (guint32            review_on,
                                                 guint32            today);
TandemReviewState  tandem_plan_version_get_review_state (TandemPlanVersion *version,
                                                         const GDate       *today);
gboolean           tandem_plan_version_check_agreement  (TandemPlanVersion *version,
                                                         const GDate       *today,
                                                         GHashTable        *errors);
char              *tandem_plan_new_key          (void);
const TandemPlanField *tandem_plan_get_about_me_fields    (guint *n_fields);
const TandemPlanField *tandem_plan_get_contingency_fields (guint *n_fields);

G_END_DECLS
