/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-preview-model.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_PREVIEW (tandem_plan_preview_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanPreview, tandem_plan_preview, TANDEM, PLAN_PREVIEW, AdwWindow)

TandemPlanPreview  *tandem_plan_preview_new            (GtkWindow         *parent,
                                                        TandemStore       *store,
                                                        TandemPlan        *plan,
                                                        TandemPerson      *person,
                                                        TandemTeam        *team,
                                                        GPtrArray         *signposts);
TandemPlanPreview  *tandem_plan_preview_find           (gint64             version_id);
gint64              tandem_plan_preview_get_version_id (TandemPlanPreview *self);
TandemPreviewModel *tandem_plan_preview_get_model      (TandemPlanPreview *self);
GtkWidget          *tandem_plan_preview_get_picture    (TandemPlanPreview *self);
const char         *tandem_plan_preview_get_page_label (TandemPlanPreview *self);
double              tandem_plan_preview_get_zoom       (TandemPlanPreview *self);
gboolean            tandem_plan_preview_get_busy       (TandemPlanPreview *self);
void                tandem_plan_preview_select_language (TandemPlanPreview *self,
                                                        const char        *tag);
void                tandem_plan_preview_save_pdf       (TandemPlanPreview *self,
                                                        const char        *path);

G_END_DECLS
