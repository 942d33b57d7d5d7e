/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "tandem-store.h"
#include "tandem-subject-access.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SUBJECT_ACCESS_DOCUMENT (tandem_subject_access_document_get_type ())

G_DECLARE_FINAL_TYPE (TandemSubjectAccessDocument, tandem_subject_access_document, TANDEM,
                      SUBJECT_ACCESS_DOCUMENT, GObject)

TandemSubjectAccessDocument *tandem_subject_access_document_new (TandemSubjectAccess  *access,
                                                                 const char           *pcn_name,
                                                                 GError              **error);
guint        tandem_subject_access_document_get_n_pages (TandemSubjectAccessDocument *self);
void         tandem_subject_access_document_draw_page   (TandemSubjectAccessDocument *self,
                                                         cairo_t                     *cr,
                                                         guint                        page);
gboolean     tandem_subject_access_document_write_pdf_file (TandemSubjectAccessDocument *self,
                                                            const char                  *path,
                                                            GCancellable                *cancellable,
                                                            GError                     **error);

/* The files a subject access export writes, both named after the person and the day. */
typedef struct
{
  char  *pdf_path;
  char  *json_path;
  guint  n_records;
} TandemSubjectAccessFiles;

void         tandem_subject_access_files_clear (TandemSubjectAccessFiles *files);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TandemSubjectAccessFiles, tandem_subject_access_files_clear)
gboolean     tandem_subject_access_export      (TandemStore               *store,
                                                gint64                     person_id,
                                                const char                *folder,
                                                GCancellable              *cancellable,
                                                TandemSubjectAccessFiles  *files,
                                                GError                   **error);

G_END_DECLS
