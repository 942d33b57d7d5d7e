/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _TandemPdfWriter TandemPdfWriter;

TandemPdfWriter *tandem_pdf_writer_new         (GOutputStream   *stream,
                                                GCancellable    *cancellable,
                                                const char      *title,
                                                const char      *subject,
                                                const char      *author);
cairo_t         *tandem_pdf_writer_get_context (TandemPdfWriter *self);
void             tandem_pdf_writer_add_outline (TandemPdfWriter *self,
                                                const char      *title,
                                                guint            page,
                                                double           y,
                                                gboolean         open);
gboolean         tandem_pdf_writer_has_failed  (TandemPdfWriter *self);
gboolean         tandem_pdf_writer_finish      (TandemPdfWriter *self,
                                                GError         **error);

GFileOutputStream *tandem_pdf_file_replace     (GFile           *file,
                                                GCancellable    *cancellable,
                                                gboolean        *created,
                                                GError         **error);
void             tandem_pdf_file_abandon       (GFile           *file,
                                                GFileOutputStream *stream,
                                                gboolean         created);

G_END_DECLS
