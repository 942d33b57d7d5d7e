/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CONTACT_EDITOR (tandem_contact_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemContactEditor, tandem_contact_editor, TANDEM, CONTACT_EDITOR, TandemEditorWindow)

TandemContactEditor *tandem_contact_editor_new (GtkWindow     *parent,
                                                TandemStore   *store,
                                                TandemTeam    *team,
                                                gint64         person_id,
                                                gint64         referral_id,
                                                TandemContact *contact,
                                                TandemStaff   *current_staff);

G_END_DECLS
