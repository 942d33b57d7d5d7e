/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"
#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CPD_EDITOR (tandem_cpd_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemCpdEditor, tandem_cpd_editor, TANDEM, CPD_EDITOR, TandemEditorWindow)

TandemCpdEditor *tandem_cpd_editor_new           (GtkWindow      *parent,
                                                  TandemSession  *session,
                                                  gint64          staff_id,
                                                  TandemCpdEntry *entry);
GtkWidget       *tandem_cpd_editor_get_competency_row (TandemCpdEditor *self);

G_END_DECLS
