/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Marks a document template string for the tandem-document domain (po/document/), as N_()
 * does for the interface's; it is looked up with tandem_document_catalog_gettext(). */
#define DN_(String) (String)

/* The same with a context, for words that differ by use: a month's name inside a date is
 * "kwietnia" in Polish, alone "kwiecień". The result is the key gettext uses for a message
 * with a context. */
#define DC_(Context, String) (Context "\004" String)

/* A language a document can be printed in. */
typedef struct
{
  const char *tag;         /* BCP 47, as in tandem-language.c: "pa-Guru", "ur" */
  gboolean    translated;  /* its catalog is built in (listed in po/document/LINGUAS) */
  gboolean    reviewed;    /* a native speaker has reviewed the translation */
  gboolean    rtl;         /* written right to left */
} TandemDocumentLanguage;

#define TANDEM_DOCUMENT_CATALOG_ERROR (tandem_document_catalog_error_quark ())

typedef enum
{
  TANDEM_DOCUMENT_CATALOG_ERROR_NOT_TRANSLATED,
  TANDEM_DOCUMENT_CATALOG_ERROR_CORRUPT,
} TandemDocumentCatalogError;

#define TANDEM_TYPE_DOCUMENT_CATALOG (tandem_document_catalog_get_type ())

G_DECLARE_FINAL_TYPE (TandemDocumentCatalog, tandem_document_catalog, TANDEM, DOCUMENT_CATALOG,
                      GObject)

GQuark                  tandem_document_catalog_error_quark (void);
GArray                 *tandem_document_catalog_list_languages (void);
gboolean                tandem_document_catalog_is_translated  (const char             *tag);
TandemDocumentCatalog  *tandem_document_catalog_get         (const char             *tag,
                                                             GError                **error);
const char             *tandem_document_catalog_get_language (TandemDocumentCatalog  *self);
gboolean                tandem_document_catalog_is_rtl     (TandemDocumentCatalog  *self);
gboolean                tandem_document_catalog_is_reviewed (TandemDocumentCatalog *self);
const char             *tandem_document_catalog_gettext    (TandemDocumentCatalog  *self,
                                                             const char             *msgid)
                                                             G_GNUC_FORMAT (2);
guint                   tandem_document_catalog_count_messages (TandemDocumentCatalog *self);

G_END_DECLS
