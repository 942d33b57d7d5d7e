/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "tandem-measure.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MEASURE_ANSWERS (tandem_measure_answers_get_type ())

G_DECLARE_FINAL_TYPE (TandemMeasureAnswers, tandem_measure_answers, TANDEM, MEASURE_ANSWERS, AdwPreferencesGroup)

GtkWidget         *tandem_measure_answers_new           (TandemMeasureKind     kind);
TandemMeasureKind  tandem_measure_answers_get_kind      (TandemMeasureAnswers *self);
void               tandem_measure_answers_set_kind      (TandemMeasureAnswers *self,
                                                         TandemMeasureKind     kind);
void               tandem_measure_answers_set_answers   (TandemMeasureAnswers *self,
                                                         const char           *answers);
char              *tandem_measure_answers_dup_answers   (TandemMeasureAnswers *self);
JsonObject        *tandem_measure_answers_read          (TandemMeasureAnswers *self);
void               tandem_measure_answers_write         (TandemMeasureAnswers *self,
                                                         JsonObject           *input);
void               tandem_measure_answers_check         (TandemMeasureAnswers *self,
                                                         GHashTable           *errors);
void               tandem_measure_answers_show_errors   (TandemMeasureAnswers *self,
                                                         GHashTable           *errors);
gboolean           tandem_measure_answers_focus_first_error (TandemMeasureAnswers *self);
GtkWidget         *tandem_measure_answers_get_item_row  (TandemMeasureAnswers *self,
                                                         guint                 item);
const char        *tandem_measure_answers_get_score_text (TandemMeasureAnswers *self);

G_END_DECLS
