/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"
#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SIGNPOST_DIALOG (tandem_signpost_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemSignpostDialog, tandem_signpost_dialog, TANDEM, SIGNPOST_DIALOG,
                      TandemEditorWindow)

TandemSignpostDialog *tandem_signpost_dialog_new          (GtkWindow            *parent,
                                                           TandemSession        *session,
                                                           gint64                person_id,
                                                           const char           *goal_key,
                                                           const char           *reason);
GtkWidget            *tandem_signpost_dialog_get_chooser  (TandemSignpostDialog *self);
TandemSignpost       *tandem_signpost_dialog_get_signpost (TandemSignpostDialog *self);

G_END_DECLS
