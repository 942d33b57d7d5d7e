/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "tandem-document-catalog.h"
#include "tandem-person.h"
#include "tandem-plan.h"
#include "tandem-team.h"

G_BEGIN_DECLS

/* A4 in points: what tandem_plan_document_draw_page() draws on. */
#define TANDEM_PLAN_DOCUMENT_PAGE_WIDTH  595.276
#define TANDEM_PLAN_DOCUMENT_PAGE_HEIGHT 841.890

/* What a printed plan shows. Everything is read during tandem_plan_document_new() only; the
 * strings are printed exactly as given. */
typedef struct
{
  TandemPlan   *plan;           /* the version to print, with its needs, goals and actions */
  TandemPerson *person;
  const char   *practice_name;  /* the person's GP practice; NULL if not recorded */
  const char   *pcn_name;       /* the Primary Care Network; NULL if not set up */
  const char   *prepared_by;    /* who prepared the plan with the person; NULL if unknown */
  const char   *reviewer;       /* who will review it; NULL if nobody is named */
  const char   *printed_on;     /* ISO 8601 date; NULL for today */
  GPtrArray    *signposts;      /* TandemSignpost: the assets the person was put in touch with,
                                 * shown under the support connected; NULL for none */
} TandemPlanDocumentSource;

typedef struct
{
  const char *language;         /* BCP 47 tag; NULL for the plan's own language */
  gboolean    large_print;      /* body text at 16 points or more, more space between lines */
  gboolean    bilingual;        /* each heading in the document's language, English under it */
} TandemPlanDocumentOptions;

/* What a document took to lay out, for tests. */
typedef struct
{
  guint n_layouts;              /* texts laid out, each checked for glyphs no font has */
  guint n_unknown_glyphs;       /* found in them: always 0 in a document that was made */
  guint n_split_rows;           /* table rows taller than a page, split between lines */
} TandemPlanDocumentStats;

#define TANDEM_PLAN_DOCUMENT_ERROR (tandem_plan_document_error_quark ())

typedef enum
{
  TANDEM_PLAN_DOCUMENT_ERROR_WRITE,
} TandemPlanDocumentError;

#define TANDEM_TYPE_PLAN_DOCUMENT (tandem_plan_document_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanDocument, tandem_plan_document, TANDEM, PLAN_DOCUMENT, GObject)

GQuark              tandem_plan_document_error_quark    (void);
void                tandem_plan_document_source_init    (TandemPlanDocumentSource        *source,
                                                         TandemPlan                      *plan,
                                                         TandemPerson                    *person,
                                                         TandemTeam                      *team);
TandemPlanDocument *tandem_plan_document_new            (const TandemPlanDocumentSource  *source,
                                                         const TandemPlanDocumentOptions *options,
                                                         GError                         **error);
const char         *tandem_plan_document_get_language   (TandemPlanDocument              *self);
const char         *tandem_plan_document_get_title      (TandemPlanDocument              *self);
guint               tandem_plan_document_get_n_pages    (TandemPlanDocument              *self);
void                tandem_plan_document_draw_page      (TandemPlanDocument              *self,
                                                         cairo_t                         *cr,
                                                         guint                            page);
gboolean            tandem_plan_document_write_pdf      (TandemPlanDocument              *self,
                                                         GOutputStream                   *stream,
                                                         GCancellable                    *cancellable,
                                                         GError                         **error);
gboolean            tandem_plan_document_write_pdf_file (TandemPlanDocument              *self,
                                                         const char                      *path,
                                                         GCancellable                    *cancellable,
                                                         GError                         **error);
void                tandem_plan_document_get_stats      (TandemPlanDocument              *self,
                                                         TandemPlanDocumentStats         *stats);

G_END_DECLS
