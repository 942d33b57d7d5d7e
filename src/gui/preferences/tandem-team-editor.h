/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_TEAM_EDITOR (tandem_team_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemTeamEditor, tandem_team_editor, TANDEM, TEAM_EDITOR, TandemEditorWindow)

TandemTeamEditor *tandem_team_editor_new_practice (GtkWindow      *parent,
                                                   TandemStore    *store,
                                                   TandemPractice *practice);
TandemTeamEditor *tandem_team_editor_new_staff    (GtkWindow      *parent,
                                                   TandemStore    *store,
                                                   TandemStaff    *staff);

G_END_DECLS
