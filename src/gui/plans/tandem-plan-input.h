/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-plan-editor.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_PLAN_INPUT_PROSE,    /* several lines in the person's words */
  TANDEM_PLAN_INPUT_LINE,     /* a few words */
  TANDEM_PLAN_INPUT_DATE,     /* typed as day/month/year, stored as YYYY-MM-DD */
  TANDEM_PLAN_INPUT_CHOICE,   /* one value of the property's enum */
  TANDEM_PLAN_INPUT_SCORE,    /* 1 to 10, or 0 for not given */
  TANDEM_PLAN_INPUT_LANGUAGE, /* a language's tag, chosen by name */
} TandemPlanInputKind;

#define TANDEM_TYPE_PLAN_INPUT (tandem_plan_input_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanInput, tandem_plan_input, TANDEM, PLAN_INPUT, GtkWidget)

GtkWidget  *tandem_plan_input_new               (TandemPlanInputKind  kind,
                                                 gpointer             record,
                                                 const char          *property,
                                                 const char          *heading,
                                                 TandemPlanEditor    *editor);
void        tandem_plan_input_set_heading_visible (TandemPlanInput   *self,
                                                   gboolean           visible);
gpointer    tandem_plan_input_get_record        (TandemPlanInput     *self);
const char *tandem_plan_input_get_property_name (TandemPlanInput     *self);
GtkWidget  *tandem_plan_input_get_editor        (TandemPlanInput     *self);
const char *tandem_plan_input_get_message       (TandemPlanInput     *self);
void        tandem_plan_input_refresh           (TandemPlanInput     *self);
gboolean    tandem_plan_input_focus             (TandemPlanInput     *self);
void        tandem_plan_input_choose            (TandemPlanInput     *self,
                                                 int                  value);
char       *tandem_plan_input_dup_score_label   (int                  score);

G_END_DECLS
