/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_AGREE_DIALOG (tandem_plan_agree_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanAgreeDialog, tandem_plan_agree_dialog, TANDEM, PLAN_AGREE_DIALOG, AdwWindow)

TandemPlanAgreeDialog *tandem_plan_agree_dialog_new      (GtkWindow             *parent,
                                                          TandemSession         *session,
                                                          TandemPlanVersion     *version);
GtkWidget             *tandem_plan_agree_dialog_get_row  (TandemPlanAgreeDialog *self,
                                                          const char            *property);
const char            *tandem_plan_agree_dialog_get_message (TandemPlanAgreeDialog *self,
                                                             const char            *property);
void                   tandem_plan_agree_dialog_set_today (TandemPlanAgreeDialog *self,
                                                           const GDate           *today);

G_END_DECLS
