/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MEASURE_RESULT (tandem_measure_result_get_type ())

G_DECLARE_FINAL_TYPE (TandemMeasureResult, tandem_measure_result, TANDEM, MEASURE_RESULT, TandemRecord)

TandemMeasureResult *tandem_measure_result_new           (void);
gint64               tandem_measure_result_get_person_id (TandemMeasureResult *self);
void                 tandem_measure_result_set_person_id (TandemMeasureResult *self,
                                                          gint64               person_id);
TandemMeasureKind    tandem_measure_result_get_kind      (TandemMeasureResult *self);
void                 tandem_measure_result_set_kind      (TandemMeasureResult *self,
                                                          TandemMeasureKind    kind);
TandemMeasureStage   tandem_measure_result_get_stage     (TandemMeasureResult *self);
void                 tandem_measure_result_set_stage     (TandemMeasureResult *self,
                                                          TandemMeasureStage   stage);
const char          *tandem_measure_result_get_taken_on  (TandemMeasureResult *self);
void                 tandem_measure_result_set_taken_on  (TandemMeasureResult *self,
                                                          const char          *taken_on);
const char          *tandem_measure_result_get_answers   (TandemMeasureResult *self);
void                 tandem_measure_result_set_answers   (TandemMeasureResult *self,
                                                          const char          *answers);
const char          *tandem_measure_result_get_details   (TandemMeasureResult *self);
void                 tandem_measure_result_set_details   (TandemMeasureResult *self,
                                                          const char          *details);
gint64               tandem_measure_result_get_staff_id  (TandemMeasureResult *self);
void                 tandem_measure_result_set_staff_id  (TandemMeasureResult *self,
                                                          gint64               staff_id);

G_END_DECLS
