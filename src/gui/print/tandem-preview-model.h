/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

#include "tandem-plan-document.h"
#include "tandem-team.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PREVIEW_MODEL (tandem_preview_model_get_type ())

G_DECLARE_FINAL_TYPE (TandemPreviewModel, tandem_preview_model, TANDEM, PREVIEW_MODEL, GObject)

TandemPreviewModel *tandem_preview_model_new             (TandemPlan          *plan,
                                                          TandemPerson        *person,
                                                          TandemTeam          *team,
                                                          GPtrArray           *signposts,
                                                          const TandemPlanDocumentOptions *options);
TandemPlan         *tandem_preview_model_get_plan        (TandemPreviewModel  *self);
TandemPerson       *tandem_preview_model_get_person      (TandemPreviewModel  *self);
const char         *tandem_preview_model_get_language    (TandemPreviewModel  *self);
void                tandem_preview_model_set_language    (TandemPreviewModel  *self,
                                                          const char          *language);
gboolean            tandem_preview_model_get_large_print (TandemPreviewModel  *self);
void                tandem_preview_model_set_large_print (TandemPreviewModel  *self,
                                                          gboolean             large_print);
gboolean            tandem_preview_model_get_bilingual   (TandemPreviewModel  *self);
void                tandem_preview_model_set_bilingual   (TandemPreviewModel  *self,
                                                          gboolean             bilingual);
guint               tandem_preview_model_get_page        (TandemPreviewModel  *self);
void                tandem_preview_model_set_page        (TandemPreviewModel  *self,
                                                          guint                page);
double              tandem_preview_model_get_scale       (TandemPreviewModel  *self);
void                tandem_preview_model_set_scale       (TandemPreviewModel  *self,
                                                          double               scale);

gboolean            tandem_preview_model_get_loading     (TandemPreviewModel  *self);
guint               tandem_preview_model_get_n_pages     (TandemPreviewModel  *self);
TandemPlanDocument *tandem_preview_model_get_document    (TandemPreviewModel  *self);
const char         *tandem_preview_model_get_document_language (TandemPreviewModel *self);
GdkTexture         *tandem_preview_model_get_texture     (TandemPreviewModel  *self);
const GError       *tandem_preview_model_get_error       (TandemPreviewModel  *self);
void                tandem_preview_model_cancel          (TandemPreviewModel  *self);

GBytes             *tandem_preview_write_pdf_bytes       (TandemPlanDocument  *document,
                                                          GCancellable        *cancellable,
                                                          GError             **error);
cairo_surface_t    *tandem_preview_render_page           (PopplerDocument     *document,
                                                          guint                page,
                                                          double               scale);

G_END_DECLS
