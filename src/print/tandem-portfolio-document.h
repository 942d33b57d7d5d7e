/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "tandem-team.h"

G_BEGIN_DECLS

/* What a worker's portfolio shows, for appraisal. tandem_portfolio_source_load() reads it from
 * the store as the store's viewer may read it; the document itself reads nothing. */
typedef struct
{
  char                      *staff_name;
  TandemRole                 role;
  char                      *pcn_name;      /* NULL when the team is not set up */
  char                      *from;          /* ISO 8601; NULL from the first record */
  char                      *to;            /* ISO 8601; NULL up to the day printed */
  char                      *printed_on;    /* ISO 8601; NULL for today */
  GPtrArray                 *supervision;   /* TandemSupervisionSummary, the newest first */
  GPtrArray                 *reviews;       /* TandemCompetencyReview, the newest first */
  TandemCompetencyFramework *framework;     /* of the latest review; NULL without one */
  GPtrArray                 *history;       /* TandemCompetencySeries in @framework */
  GPtrArray                 *cpd;           /* TandemCpdEntry, the newest first */
  GPtrArray                 *frameworks;    /* TandemCompetencyFramework, to name competencies */
  GHashTable                *staff_names;   /* staff id -> name, for reviewers */
} TandemPortfolioSource;

#define TANDEM_TYPE_PORTFOLIO_DOCUMENT (tandem_portfolio_document_get_type ())

G_DECLARE_FINAL_TYPE (TandemPortfolioDocument, tandem_portfolio_document, TANDEM,
                      PORTFOLIO_DOCUMENT, GObject)

gboolean                 tandem_portfolio_source_load   (TandemPortfolioSource        *source,
                                                         TandemStore                  *store,
                                                         TandemTeam                   *team,
                                                         gint64                        staff_id,
                                                         GError                      **error);
void                     tandem_portfolio_source_clear  (TandemPortfolioSource        *source);
TandemPortfolioDocument *tandem_portfolio_document_new  (const TandemPortfolioSource  *source,
                                                         GError                      **error);
const char              *tandem_portfolio_document_get_title (TandemPortfolioDocument *self);
guint                    tandem_portfolio_document_get_n_pages (TandemPortfolioDocument *self);
void                     tandem_portfolio_document_draw_page (TandemPortfolioDocument *self,
                                                              cairo_t                 *cr,
                                                              guint                    page);
gboolean                 tandem_portfolio_document_write_pdf_file (TandemPortfolioDocument *self,
                                                                   const char              *path,
                                                                   GCancellable            *cancellable,
                                                                   GError                 **error);

G_END_DECLS
