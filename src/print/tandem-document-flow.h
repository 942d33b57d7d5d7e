/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "tandem-document-catalog.h"

G_BEGIN_DECLS

/* A4 in points, the unit of everything here. */
#define TANDEM_DOCUMENT_PAGE_WIDTH  595.276
#define TANDEM_DOCUMENT_PAGE_HEIGHT 841.890

typedef enum
{
  TANDEM_FLOW_TITLE,
  TANDEM_FLOW_HEADING,
  TANDEM_FLOW_SUBHEADING,
  TANDEM_FLOW_BODY,
  TANDEM_FLOW_STRONG,
  TANDEM_FLOW_TABLE,
  TANDEM_FLOW_TABLE_HEADER,
  TANDEM_FLOW_LABEL,
  TANDEM_FLOW_SMALL,
  TANDEM_FLOW_N_STYLES,
} TandemFlowStyle;

/* Whose words a text is. Template text is in the document's language and direction; what
 * the person or their coach wrote is printed exactly as written, each paragraph in the
 * direction of its own first letter. */
typedef enum
{
  TANDEM_FLOW_TEMPLATE,
  TANDEM_FLOW_WRITTEN,
} TandemFlowWords;

typedef enum
{
  TANDEM_FLOW_ROW_PLAIN,
  TANDEM_FLOW_ROW_HEADER,   /* a table's column headings: shaded, repeated on each page */
  TANDEM_FLOW_ROW_BAND,     /* shaded, for what the rows after it belong to */
  TANDEM_FLOW_ROW_BOXED,    /* outlined, for what must not be missed */
} TandemFlowRowKind;

/* A section heading's place, for the PDF's outline. */
typedef struct
{
  char   *title;
  guint   page;       /* from 0 */
  double  y;
} TandemFlowOutlineEntry;

typedef struct _TandemFlowRow TandemFlowRow;

#define TANDEM_TYPE_DOCUMENT_FLOW (tandem_document_flow_get_type ())

G_DECLARE_FINAL_TYPE (TandemDocumentFlow, tandem_document_flow, TANDEM, DOCUMENT_FLOW, GObject)

TandemDocumentFlow *tandem_document_flow_new          (TandemDocumentCatalog *catalog,
                                                       gboolean               large_print,
                                                       gboolean               bilingual);
TandemDocumentCatalog *tandem_document_flow_get_catalog (TandemDocumentFlow  *self);
double              tandem_document_flow_get_width     (TandemDocumentFlow    *self);
const char         *tandem_document_flow_t             (TandemDocumentFlow    *self,
                                                       const char            *msgid)
                                                       G_GNUC_FORMAT (2);
char               *tandem_document_flow_isolate       (TandemDocumentFlow    *self,
                                                       const char            *value);

void                tandem_document_flow_add_heading   (TandemDocumentFlow    *self,
                                                       TandemFlowStyle        style,
                                                       const char            *msgid,
                                                       gboolean               outline);
void                tandem_document_flow_add_text      (TandemDocumentFlow    *self,
                                                       TandemFlowStyle        style,
                                                       TandemFlowWords        words,
                                                       const char            *text,
                                                       double                 indent);
void                tandem_document_flow_add_space     (TandemDocumentFlow    *self,
                                                       double                 points);
void                tandem_document_flow_keep_with_next (TandemDocumentFlow   *self);
TandemFlowRow      *tandem_document_flow_add_row       (TandemDocumentFlow    *self,
                                                       TandemFlowRowKind      kind);
void                tandem_document_flow_begin_table   (TandemDocumentFlow    *self);
void                tandem_document_flow_end_table     (TandemDocumentFlow    *self);

guint               tandem_flow_row_add_cell           (TandemFlowRow         *row,
                                                       double                 x,
                                                       double                 width);
void                tandem_flow_row_add_text           (TandemFlowRow         *row,
                                                       guint                  cell,
                                                       TandemFlowStyle        style,
                                                       TandemFlowWords        words,
                                                       const char            *text);
void                tandem_flow_row_add_label          (TandemFlowRow         *row,
                                                       guint                  cell,
                                                       TandemFlowStyle        style,
                                                       const char            *msgid);

void                tandem_document_flow_set_running_header (TandemDocumentFlow *self,
                                                            const char         *start,
                                                            const char         *end);
void                tandem_document_flow_set_footer    (TandemDocumentFlow    *self,
                                                       const char            *start,
                                                       const char            *note,
                                                       const char            *english_note);
gboolean            tandem_document_flow_paginate      (TandemDocumentFlow    *self,
                                                       GError               **error);
guint               tandem_document_flow_get_n_pages   (TandemDocumentFlow    *self);
void                tandem_document_flow_draw_page     (TandemDocumentFlow    *self,
                                                       cairo_t               *cr,
                                                       guint                  page);
GArray             *tandem_document_flow_get_outline   (TandemDocumentFlow    *self);
gboolean            tandem_document_flow_write_pdf     (TandemDocumentFlow    *self,
                                                       GOutputStream         *stream,
                                                       const char            *title,
                                                       const char            *subject,
                                                       const char            *author,
                                                       GCancellable          *cancellable,
                                                       GError               **error);
gboolean            tandem_document_flow_write_pdf_file (TandemDocumentFlow   *self,
                                                        const char           *path,
                                                        const char           *title,
                                                        const char           *subject,
                                                        const char           *author,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
guint               tandem_document_flow_count_layouts (TandemDocumentFlow    *self);
guint               tandem_document_flow_count_unknown_glyphs (TandemDocumentFlow *self);
guint               tandem_document_flow_count_split_rows (TandemDocumentFlow *self);

G_END_DECLS
