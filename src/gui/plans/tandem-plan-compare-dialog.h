/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_COMPARE_DIALOG (tandem_plan_compare_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanCompareDialog, tandem_plan_compare_dialog, TANDEM, PLAN_COMPARE_DIALOG, AdwWindow)

TandemPlanCompareDialog *tandem_plan_compare_dialog_new        (GtkWindow               *parent,
                                                                TandemStore             *store,
                                                                GPtrArray               *versions,
                                                                gint64                   shown_id);
void                     tandem_plan_compare_dialog_set_versions (TandemPlanCompareDialog *self,
                                                                  gint64                   older_id,
                                                                  gint64                   newer_id);
guint                    tandem_plan_compare_dialog_get_n_changes (TandemPlanCompareDialog *self);

G_END_DECLS
