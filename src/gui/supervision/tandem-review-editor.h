/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"
#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_REVIEW_EDITOR (tandem_review_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemReviewEditor, tandem_review_editor, TANDEM, REVIEW_EDITOR,
                      TandemEditorWindow)

TandemReviewEditor *tandem_review_editor_new            (GtkWindow              *parent,
                                                         TandemSession          *session,
                                                         gint64                  staff_id,
                                                         TandemCompetencyReview *review,
                                                         GError                **error);
TandemCompetencyReview *tandem_review_editor_get_review (TandemReviewEditor     *self);
GtkWidget          *tandem_review_editor_get_level_row  (TandemReviewEditor     *self,
                                                         guint                   index);

G_END_DECLS
