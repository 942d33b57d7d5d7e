/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"
#include "tandem-session-parts.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SUPERVISION_EDITOR (tandem_supervision_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemSupervisionEditor, tandem_supervision_editor, TANDEM,
                      SUPERVISION_EDITOR, TandemEditorWindow)

TandemSupervisionEditor *tandem_supervision_editor_new       (GtkWindow                *parent,
                                                              TandemStore              *store,
                                                              TandemTeam               *team,
                                                              gint64                    worker_id,
                                                              TandemSupervisionSession *session,
                                                              TandemStaff              *current_staff);
TandemSessionParts      *tandem_supervision_editor_get_parts (TandemSupervisionEditor  *self);
TandemSupervisionSession *tandem_supervision_editor_get_session (TandemSupervisionEditor *self);

G_END_DECLS
