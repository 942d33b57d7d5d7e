/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "tandem-store.h"
#include "tandem-team.h"

G_BEGIN_DECLS

/* What a huddle's minutes show. Everything is read during tandem_minutes_document_new()
 * only. The cases name people by initials and NHS number only: the minutes travel further
 * than the record, so they carry no name, address or date of birth. */
typedef struct
{
  TandemHuddle *huddle;
  GPtrArray    *attendees;      /* TandemHuddleAttendee */
  GPtrArray    *cases;          /* TandemHuddleCase, in agenda order */
  GPtrArray    *case_actions;   /* for each case, a GPtrArray of its TandemAgreedAction */
  TandemTeam   *team;           /* the chair's and action owners' names; nullable */
  const char   *printed_on;     /* ISO 8601 date; NULL for today */
} TandemMinutesDocumentSource;

#define TANDEM_TYPE_MINUTES_DOCUMENT (tandem_minutes_document_get_type ())

G_DECLARE_FINAL_TYPE (TandemMinutesDocument, tandem_minutes_document, TANDEM, MINUTES_DOCUMENT,
                      GObject)

TandemMinutesDocument *tandem_minutes_document_new       (const TandemMinutesDocumentSource *source,
                                                          GError                           **error);
TandemMinutesDocument *tandem_minutes_document_load      (TandemStore            *store,
                                                          gint64                  huddle_id,
                                                          TandemTeam             *team,
                                                          GError                **error);
const char            *tandem_minutes_document_get_title (TandemMinutesDocument  *self);
guint                  tandem_minutes_document_get_n_pages (TandemMinutesDocument *self);
void                   tandem_minutes_document_draw_page (TandemMinutesDocument  *self,
                                                          cairo_t                *cr,
                                                          guint                   page);
gboolean               tandem_minutes_document_write_pdf (TandemMinutesDocument  *self,
                                                          GOutputStream          *stream,
                                                          GCancellable           *cancellable,
                                                          GError                **error);
gboolean               tandem_minutes_document_write_pdf_file (TandemMinutesDocument  *self,
                                                               const char             *path,
                                                               GCancellable           *cancellable,
                                                               GError                **error);

G_END_DECLS
