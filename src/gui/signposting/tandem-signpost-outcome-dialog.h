/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SIGNPOST_OUTCOME_DIALOG (tandem_signpost_outcome_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemSignpostOutcomeDialog, tandem_signpost_outcome_dialog, TANDEM,
                      SIGNPOST_OUTCOME_DIALOG, TandemEditorWindow)

TandemSignpostOutcomeDialog *tandem_signpost_outcome_dialog_new (GtkWindow      *parent,
                                                                 TandemStore    *store,
                                                                 TandemSignpost *signpost);

G_END_DECLS
