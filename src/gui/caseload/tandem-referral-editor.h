/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REFERRAL_EDITOR (tandem_referral_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemReferralEditor, tandem_referral_editor, TANDEM, REFERRAL_EDITOR, TandemEditorWindow)

TandemReferralEditor *tandem_referral_editor_new (GtkWindow      *parent,
                                                  TandemStore    *store,
                                                  TandemTeam     *team,
                                                  gint64          person_id,
                                                  TandemReferral *referral,
                                                  TandemStaff    *current_staff);

G_END_DECLS
