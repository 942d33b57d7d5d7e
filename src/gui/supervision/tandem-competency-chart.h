/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "tandem-competency-review.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_COMPETENCY_CHART (tandem_competency_chart_get_type ())

G_DECLARE_FINAL_TYPE (TandemCompetencyChart, tandem_competency_chart, TANDEM, COMPETENCY_CHART,
                      GtkWidget)

GtkWidget *tandem_competency_chart_new          (void);
void       tandem_competency_chart_set_points   (TandemCompetencyChart *self,
                                                 GArray                *points,
                                                 int                    max_level,
                                                 guint32                first_day,
                                                 guint32                last_day);
guint      tandem_competency_chart_get_n_points (TandemCompetencyChart *self);

G_END_DECLS
