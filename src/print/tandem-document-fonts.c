/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-document-fonts"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-document-fonts.h"

/* The fonts documents are printed with, named for each script: with only "Noto Sans" asked
 * for, fontconfig filled in Arabic from DejaVu, whose Arabic is a poor match for print, and
 * Urdu in Naskh rather than the Nastaliq its readers expect. Every family here is in
 * Debian's fonts-noto-core except the emoji (fonts-noto-color-emoji) and CJK
 * (fonts-noto-cjk) ones. */

G_DEFINE_QUARK (tandem-document-font-error-quark, tandem_document_font_error)

/* The family for a document language's own script. It comes first in the list, so digits and
 * punctuation in that language's text take its matching forms. */
static const struct {
  const char *language;
  const char *family;
} language_families[] = {
  { "ur", "Noto Nastaliq Urdu" },
  { "pa-Arab", "Noto Nastaliq Urdu" },
  { "ar", "Noto Naskh Arabic" },
  { "fa", "Noto Naskh Arabic" },
  { "ps", "Noto Naskh Arabic" },
  { "bn", "Noto Sans Bengali" },
  { "pa-Guru", "Noto Sans Gurmukhi" },
  { "gu", "Noto Sans Gujarati" },
  { "hi", "Noto Sans Devanagari" },
  { "ne", "Noto Sans Devanagari" },
  { "ta", "Noto Sans Tamil" },
};

/* What the person and their coach wrote may be in any script, whatever the document's
 * language: these cover the scripts of England's main languages and symbols people type.
 * Not Noto Color Emoji: named here, Pango 1.50 took the digits from it, as pictures; emoji
 * still come from it as fontconfig's fallback. */
static const char * const other_families[] = {
  "Noto Sans",
  "Noto Naskh Arabic",
  "Noto Nastaliq Urdu",
  "Noto Sans Bengali",
  "Noto Sans Gurmukhi",
  "Noto Sans Gujarati",
  "Noto Sans Devanagari",
  "Noto Sans Tamil",
  "Noto Sans Ethiopic",
  "Noto Sans Hebrew",
  "Noto Sans Symbols",
  "Noto Sans Symbols2",
  "Noto Sans Math",
  "Noto Sans CJK SC",
};

/* Fonts of families outside Noto are fontconfig's fallbacks: the Noto font for that script is
 * missing. Whether a font is one of ours is kept on the font, which belongs to one thread's
 * font map and so to one thread. */
#define FONT_CHECKED_KEY "tandem-document-font-noto"
enum { FONT_UNCHECKED, FONT_NOTO, FONT_OTHER };

static GPrivate thread_font_map = G_PRIVATE_INIT (g_object_unref);

static GRecMutex fonts_lock;

/**
 * tandem_document_fonts_lock:
 *
 * Documents are laid out, drawn and written one at a time, whatever the thread. Each
 * thread has its own Pango font map, but cairo 1.16 shares each font file's FreeType face
 * between them, and a batch printing on two threads at once crashed in FreeType about once
 * in ten thousand plans. Laying out a plan takes milliseconds, so waiting costs little.
 * Recursive: writing a PDF draws its pages.
 */
void
tandem_document_fonts_lock (void)
{
  g_rec_mutex_lock (&fonts_lock);
}

void
tandem_document_fonts_unlock (void)
{
  g_rec_mutex_unlock (&fonts_lock);
}

/**
 * tandem_document_fonts_get_font_map:
 *
 * A font map for documents, one per thread: Pango's font maps and the fonts they hold may be
 * used by one thread only, and making a new one for each document would load and match every
 * font again (several milliseconds for each). Not GTK's default font map, so nothing set for
 * print changes how the interface looks.
 *
 * Returns: (transfer none): the calling thread's font map
 */
PangoFontMap *
tandem_document_fonts_get_font_map (void)
{
  PangoFontMap *font_map = g_private_get (&thread_font_map);

  if (font_map == NULL)
    {
      font_map = pango_cairo_font_map_new ();
      g_private_set (&thread_font_map, font_map);
    }

  return font_map;
}

/**
 * tandem_document_fonts_dup_families:
 * @language: the document's BCP 47 tag
 * @written: whether the list is for what someone wrote rather than template text
 *
 * Template text takes the language's own script first, so its digits and punctuation take
 * that script's forms. What someone wrote may be in any script: Latin comes first there,
 * or an English sentence in an Urdu plan would take its full stops and digits from the
 * Nastaliq font, then the language's own script, then every other.
 *
 * Returns: (transfer full): a family list for a PangoFontDescription
 */
char *
tandem_document_fonts_dup_families (const char *language,
                                    gboolean    written)
{
  GString *families = g_string_new (written ? other_families[0] : NULL);
  const char *own = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (language_families); i++)
    {
      if (g_ascii_strcasecmp (language_families[i].language, language) == 0)
        own = language_families[i].family;
    }

  if (own != NULL)
    g_string_append_printf (families, "%s%s", families->len > 0 ? "," : "", own);

  for (guint i = 0; i < G_N_ELEMENTS (other_families); i++)
    {
      if (g_strcmp0 (other_families[i], own) == 0 || (written && i == 0))
        continue;
      if (families->len > 0)
        g_string_append (families, ",");
      g_string_append (families, other_families[i]);
    }

  return g_string_free (families, FALSE);
}

/* The Debian package with a Noto font for @c. */
static const char *
package_for (gunichar c)
{
  switch ((int) g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_HANGUL:
    case G_UNICODE_SCRIPT_BOPOMOFO:
      return "fonts-noto-cjk";
    default:
      break;
    }

  /* The emoji planes: pictographs, emoticons, transport, supplemental symbols. */
  if (c >= 0x1F000 && c <= 0x1FAFF)
    return "fonts-noto-color-emoji";

  return "fonts-noto-core";
}

static gboolean
missing_font (gunichar   c,
              GError   **error)
{
  char text[8] = { 0 };

  g_unichar_to_utf8 (c, text);
  g_set_error (error, TANDEM_DOCUMENT_FONT_ERROR, TANDEM_DOCUMENT_FONT_ERROR_MISSING,
               /* Translators: %s is a character, U+%04X its code, the last %s a Debian
                * package name such as fonts-noto-core */
               _("No font to print “%s” (U+%04X) is installed. Install the package %s, then "
                 "try again."),
               text, c, package_for (c));
  return FALSE;
}

static gboolean
is_noto (PangoFont *font)
{
  int checked = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (font), FONT_CHECKED_KEY));

  if (checked == FONT_UNCHECKED)
    {
      g_autoptr(PangoFontDescription) description = pango_font_describe (font);
      const char *family = pango_font_description_get_family (description);

      checked = family != NULL && g_str_has_prefix (family, "Noto ") ? FONT_NOTO : FONT_OTHER;
      g_object_set_data (G_OBJECT (font), FONT_CHECKED_KEY, GINT_TO_POINTER (checked));
    }

  return checked == FONT_NOTO;
}

/* The first character of @run that is drawn, for naming in a message. */
static gunichar
first_visible (const char     *text,
               PangoGlyphItem *run)
{
  const char *end = text + run->item->offset + run->item->length;

  for (const char *p = text + run->item->offset; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        return c;
    }

  return g_utf8_get_char (text + run->item->offset);
}

/**
 * tandem_document_fonts_check_layout:
 *
 * Refuses a layout Pango could not draw entirely with the Noto fonts: a character no
 * installed font has (which would print as an empty box, "tofu"), or one only a font from
 * outside Noto has (fontconfig's fallback when the Noto font for that script is missing).
 * The message names the package to install. @n_unknown is set to the number of glyphs
 * Pango found no font for, pango_layout_get_unknown_glyphs_count().
 *
 * Returns: %TRUE if every glyph comes from a Noto font
 */
gboolean
tandem_document_fonts_check_layout (PangoLayout  *layout,
                                    guint        *n_unknown,
                                    GError      **error)
{
  g_autoptr(PangoLayoutIter) iter = NULL;
  const char *text = pango_layout_get_text (layout);
  gboolean all_noto = TRUE;

  *n_unknown = (guint) pango_layout_get_unknown_glyphs_count (layout);
  if (*n_unknown == 0)
    {
      /* The usual case, checked quickly: is every run's font a Noto one? */
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);

          if (run != NULL && (run->item->analysis.font == NULL ||
                              !is_noto (run->item->analysis.font)))
            all_noto = FALSE;
        }
      while (all_noto && pango_layout_iter_next_run (iter));

      if (all_noto)
        return TRUE;

      g_clear_pointer (&iter, pango_layout_iter_free);
    }

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);

      if (run == NULL)
        continue;

      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyph glyph = run->glyphs->glyphs[i].glyph;

          if (glyph & PANGO_GLYPH_UNKNOWN_FLAG)
            return missing_font (glyph & ~PANGO_GLYPH_UNKNOWN_FLAG, error);
        }

      if (run->item->analysis.font == NULL || !is_noto (run->item->analysis.font))
        return missing_font (first_visible (text, run), error);
    }
  while (pango_layout_iter_next_run (iter));

  return TRUE;
}
