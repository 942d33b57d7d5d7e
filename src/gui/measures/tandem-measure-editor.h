/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"
#include "tandem-measure-answers.h"
#include "tandem-measure-result.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MEASURE_EDITOR (tandem_measure_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemMeasureEditor, tandem_measure_editor, TANDEM, MEASURE_EDITOR, TandemEditorWindow)

TandemMeasureEditor  *tandem_measure_editor_new         (GtkWindow           *parent,
                                                         TandemStore         *store,
                                                         TandemTeam          *team,
                                                         gint64               person_id,
                                                         TandemMeasureResult *result,
                                                         TandemStaff         *current_staff);
TandemMeasureAnswers *tandem_measure_editor_get_answers (TandemMeasureEditor *self);

G_END_DECLS
