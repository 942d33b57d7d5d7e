/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-plan-editor.h"
#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_PAGE (tandem_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanPage, tandem_plan_page, TANDEM, PLAN_PAGE, AdwBin)

void              tandem_plan_page_set_session      (TandemPlanPage *self,
                                                     TandemSession  *session);
void              tandem_plan_page_set_person_id    (TandemPlanPage *self,
                                                     gint64          person_id);
gint64            tandem_plan_page_get_person_id    (TandemPlanPage *self);
void              tandem_plan_page_show_version     (TandemPlanPage *self,
                                                     gint64          version_id);
TandemPlan       *tandem_plan_page_get_plan         (TandemPlanPage *self);
TandemPlanEditor *tandem_plan_page_get_editor       (TandemPlanPage *self);
gboolean          tandem_plan_page_get_read_only    (TandemPlanPage *self);
GtkWidget        *tandem_plan_page_find_input       (TandemPlanPage *self,
                                                     gpointer        record,
                                                     const char     *property);
GtkWidget        *tandem_plan_page_find_row         (TandemPlanPage *self,
                                                     gpointer        item);
gboolean          tandem_plan_page_flush            (TandemPlanPage *self);
char             *tandem_plan_page_dup_gp_summary   (TandemPlanPage *self);

G_END_DECLS
