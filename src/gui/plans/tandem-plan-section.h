/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_SECTION (tandem_plan_section_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanSection, tandem_plan_section, TANDEM, PLAN_SECTION, GtkWidget)

GtkWidget  *tandem_plan_section_new          (const char        *name,
                                              const char        *title);
const char *tandem_plan_section_get_name     (TandemPlanSection *self);
gboolean    tandem_plan_section_get_expanded (TandemPlanSection *self);
void        tandem_plan_section_set_expanded (TandemPlanSection *self,
                                              gboolean           expanded);
void        tandem_plan_section_add_suffix   (TandemPlanSection *self,
                                              GtkWidget         *widget);
void        tandem_plan_section_append       (TandemPlanSection *self,
                                              GtkWidget         *child);

G_END_DECLS
