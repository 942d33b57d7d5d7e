/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "tandem-measure.h"

G_BEGIN_DECLS

/* One reading of a series: a number on a day. */
typedef struct
{
  guint32            day;      /* Julian day number */
  double             value;
  TandemMeasureStage stage;
} TandemMeasurePoint;

#define TANDEM_TYPE_MEASURE_HISTORY (tandem_measure_history_get_type ())

G_DECLARE_FINAL_TYPE (TandemMeasureHistory, tandem_measure_history, TANDEM, MEASURE_HISTORY, GObject)

TandemMeasureHistory     *tandem_measure_history_new             (TandemMeasureKind     kind,
                                                                  GPtrArray            *results);
TandemMeasureKind         tandem_measure_history_get_kind        (TandemMeasureHistory *self);
guint                     tandem_measure_history_get_n_results   (TandemMeasureHistory *self);
guint                     tandem_measure_history_get_n_series    (TandemMeasureHistory *self);
const char               *tandem_measure_history_get_series_name (TandemMeasureHistory *self,
                                                                  guint                 series);
const TandemMeasurePoint *tandem_measure_history_get_points      (TandemMeasureHistory *self,
                                                                  guint                 series,
                                                                  guint                *n_points);
void                      tandem_measure_history_get_range       (TandemMeasureHistory *self,
                                                                  double               *min,
                                                                  double               *max);
gboolean                  tandem_measure_history_get_higher_is_better (TandemMeasureHistory *self,
                                                                       guint                 series);
gboolean                  tandem_measure_history_get_change      (TandemMeasureHistory *self,
                                                                  guint                 series,
                                                                  const TandemMeasurePoint **baseline,
                                                                  const TandemMeasurePoint **latest);
char                     *tandem_measure_history_dup_change_text (TandemMeasureHistory *self,
                                                                  guint                 series);
char                     *tandem_measure_history_dup_summary     (TandemMeasureHistory *self);

G_END_DECLS
