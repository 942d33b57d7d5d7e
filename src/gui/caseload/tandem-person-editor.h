/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PERSON_EDITOR (tandem_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemPersonEditor, tandem_person_editor, TANDEM, PERSON_EDITOR, TandemEditorWindow)

TandemPersonEditor *tandem_person_editor_new        (GtkWindow    *parent,
                                                     TandemStore  *store,
                                                     TandemTeam   *team,
                                                     TandemPerson *person,
                                                     TandemStaff  *current_staff);
TandemPerson       *tandem_person_editor_get_person (TandemPersonEditor *self);

G_END_DECLS
