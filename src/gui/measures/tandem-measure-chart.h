/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "tandem-measure-history.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MEASURE_CHART (tandem_measure_chart_get_type ())

G_DECLARE_FINAL_TYPE (TandemMeasureChart, tandem_measure_chart, TANDEM, MEASURE_CHART, GtkWidget)

GtkWidget            *tandem_measure_chart_new         (TandemMeasureHistory *history);
TandemMeasureHistory *tandem_measure_chart_get_history (TandemMeasureChart   *self);
void                  tandem_measure_chart_set_history (TandemMeasureChart   *self,
                                                        TandemMeasureHistory *history);

G_END_DECLS
