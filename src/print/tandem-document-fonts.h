/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define TANDEM_DOCUMENT_FONT_ERROR (tandem_document_font_error_quark ())

typedef enum
{
  /* No installed font has a glyph for some character, or only a font that is not one of the
   * Noto fonts documents are printed with; the message names the package to install. */
  TANDEM_DOCUMENT_FONT_ERROR_MISSING,
} TandemDocumentFontError;

GQuark        tandem_document_font_error_quark      (void);
void          tandem_document_fonts_lock            (void);
void          tandem_document_fonts_unlock          (void);
PangoFontMap *tandem_document_fonts_get_font_map    (void);
char         *tandem_document_fonts_dup_families    (const char  *language,
                                                     gboolean     written);
gboolean      tandem_document_fonts_check_layout    (PangoLayout *layout,
                                                     guint       *n_unknown,
                                                     GError     **error);

G_END_DECLS
