/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-document-flow"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "tandem-document-flow.h"
#include "tandem-document-fonts.h"
#include "tandem-pdf-writer.h"
#include "tandem-print-autocleanups.h"

/* Lays text out on A4 pages: paragraphs that flow from page to page, table rows that never
 * split, headings kept with what follows, a running header and a footer with "Page N of M".
 * A document adds its content, then paginates once; each page is then recorded, so drawing
 * it again onto any cairo_t (a PDF, a printer, a preview) is a replay that needs neither
 * Pango nor the thread that laid it out.
 *
 * Positions are in points. Across the page they are measured from the start edge: the left
 * in a left-to-right language, the right in a right-to-left one, where the whole page is
 * mirrored when drawn. */

#define MARGIN_X        56.7
#define MARGIN_TOP      48.0
#define MARGIN_BOTTOM   40.0
#define CELL_PADDING_X  5.0
#define CELL_GAP        2.0

/* The characters of Unicode's bidirectional isolates. */
#define LRI "\xe2\x81\xa6"
#define FSI "\xe2\x81\xa8"
#define PDI "\xe2\x81\xa9"

typedef struct
{
  double size;        /* points */
  double large_size;  /* points, in large print: at least 16 */
  gboolean bold;
  guint32 color;      /* 0xRRGGBB */
} StyleInfo;

#define INK   0x212b32
#define BLUE  0x005eb8
#define GREY  0x4c6272

static const StyleInfo styles[TANDEM_FLOW_N_STYLES] = {
  [TANDEM_FLOW_TITLE] = { 20.0, 28.0, TRUE, BLUE },
  [TANDEM_FLOW_HEADING] = { 15.0, 22.0, TRUE, BLUE },
  [TANDEM_FLOW_SUBHEADING] = { 11.0, 17.0, TRUE, INK },
  [TANDEM_FLOW_BODY] = { 11.0, 16.0, FALSE, INK },
  [TANDEM_FLOW_STRONG] = { 11.0, 16.0, TRUE, INK },
  [TANDEM_FLOW_TABLE] = { 10.0, 16.0, FALSE, INK },
  [TANDEM_FLOW_TABLE_HEADER] = { 9.5, 16.0, TRUE, INK },
  [TANDEM_FLOW_LABEL] = { 8.5, 16.0, FALSE, GREY },
  [TANDEM_FLOW_SMALL] = { 8.0, 16.0, FALSE, GREY },
};

/* One line of a laid out text: where it starts across, its baseline, and the band it takes
 * down the page with half the spacing to the lines around it. */
typedef struct
{
  PangoLayoutLine *line;
  double x;
  double baseline;
  double top;
  double bottom;
} Line;

/* A laid out text at its place in a block. */
typedef struct
{
  PangoLayout *layout;
  guint32      color;
  double       x;         /* from the start edge of the body */
  double       y;         /* from the top of its block */
  double       width;
  double       height;
  GArray      *lines;     /* of Line */
} Text;

typedef struct
{
  double     x;
  double     width;
  GPtrArray *texts;       /* of Text, one under another */
} Cell;

struct _TandemFlowRow
{
  TandemDocumentFlow *flow;
  TandemFlowRowKind   kind;
  GArray             *cells;   /* of Cell */
};

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_SPACE,
} BlockKind;

typedef struct
{
  BlockKind      kind;
  gboolean       keep_with_next;
  gboolean       splittable;
  int            table_header;   /* the block of its table's column headings, or -1 */
  double         height;
  char          *outline_title;
  GPtrArray     *texts;          /* of Text */
  TandemFlowRow *row;
} Block;

/* Part of a block on a page: the band from..to of the block, drawn at y. */
typedef struct
{
  guint  block;
  guint  page;
  double y;
  double from;
  double to;
} Placement;

struct _TandemDocumentFlow
{
  GObject                parent_instance;

  TandemDocumentCatalog *catalog;
  gboolean               rtl;
  gboolean               large_print;
  gboolean               bilingual;
  double                 line_spacing;

  PangoContext          *context;
  PangoFontDescription  *fonts[TANDEM_FLOW_N_STYLES];          /* for template text */
  PangoFontDescription  *written_fonts[TANDEM_FLOW_N_STYLES];  /* for what someone wrote */
  GError                *error;      /* the first thing that could not be laid out */
  guint                  n_layouts;
  guint                  n_unknown_glyphs;

  GArray                *blocks;     /* of Block */
  int                    table_header;
  char                  *header_start;
  char                  *header_end;
  char                  *footer_start;
  char                  *footer_note;
  char                  *footer_english_note;

  GArray                *placements; /* of Placement */
  GPtrArray             *pages;      /* of cairo_surface_t, recorded */
  GArray                *outline;    /* of TandemFlowOutlineEntry */
  guint                  n_split_rows;
};

G_DEFINE_FINAL_TYPE (TandemDocumentFlow, tandem_document_flow, G_TYPE_OBJECT)

static void
text_free (gpointer data)
{
  Text *text = data;

  g_clear_object (&text->layout);
  g_clear_pointer (&text->lines, g_array_unref);
  g_free (text);
}

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_clear_pointer (&cell->texts, g_ptr_array_unref);
}

static void
row_free (TandemFlowRow *row)
{
  g_clear_pointer (&row->cells, g_array_unref);
  g_free (row);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->outline_title, g_free);
  g_clear_pointer (&block->texts, g_ptr_array_unref);
  g_clear_pointer (&block->row, row_free);
}

static void
outline_entry_clear (gpointer data)
{
  TandemFlowOutlineEntry *entry = data;

  g_clear_pointer (&entry->title, g_free);
}

/* Once the pages are recorded, the layouts and the Pango context are no longer needed:
 * they go at once, on the thread that made them, as Pango requires. */
static void
drop_layouts (TandemDocumentFlow *self)
{
  if (self->blocks != NULL)
    g_array_set_size (self->blocks, 0);
  if (self->placements != NULL)
    g_array_set_size (self->placements, 0);
  g_clear_object (&self->context);
}

static void
tandem_document_flow_finalize (GObject *object)
{
  TandemDocumentFlow *self = (TandemDocumentFlow *) object;

  drop_layouts (self);
  g_clear_pointer (&self->blocks, g_array_unref);
  for (guint i = 0; i < TANDEM_FLOW_N_STYLES; i++)
    {
      g_clear_pointer (&self->fonts[i], pango_font_description_free);
      g_clear_pointer (&self->written_fonts[i], pango_font_description_free);
    }
  g_clear_error (&self->error);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->header_start, g_free);
  g_clear_pointer (&self->header_end, g_free);
  g_clear_pointer (&self->footer_start, g_free);
  g_clear_pointer (&self->footer_note, g_free);
  g_clear_pointer (&self->footer_english_note, g_free);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);

  G_OBJECT_CLASS (tandem_document_flow_parent_class)->finalize (object);
}

static void
tandem_document_flow_class_init (TandemDocumentFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_document_flow_finalize;
}

static void
tandem_document_flow_init (TandemDocumentFlow *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  self->outline = g_array_new (FALSE, TRUE, sizeof (TandemFlowOutlineEntry));
  g_array_set_clear_func (self->outline, outline_entry_clear);
  self->table_header = -1;
}

/* Print settings: 72 units to the inch so a unit is a point, and no hinting or rounding, so
 * text is laid out as the font designed it whatever the output's resolution. */
static PangoContext *
new_context (TandemDocumentCatalog *catalog)
{
  const char *tag = tandem_document_catalog_get_language (catalog);
  PangoContext *context = pango_font_map_create_context (tandem_document_fonts_get_font_map ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);

  pango_context_set_language (context, pango_language_from_string (tag));
  pango_context_set_base_dir (context, tandem_document_catalog_is_rtl (catalog)
                                       ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);

  return context;
}

/**
 * tandem_document_flow_new:
 * @catalog: the document's language
 *
 * Returns: (transfer full): an empty document to add content to, then paginate, on the
 *   calling thread
 */
TandemDocumentFlow *
tandem_document_flow_new (TandemDocumentCatalog *catalog,
                          gboolean               large_print,
                          gboolean               bilingual)
{
  TandemDocumentFlow *self;
  g_autofree char *families = NULL;
  g_autofree char *written_families = NULL;

  g_return_val_if_fail (TANDEM_IS_DOCUMENT_CATALOG (catalog), NULL);

  self = g_object_new (TANDEM_TYPE_DOCUMENT_FLOW, NULL);
  self->catalog = g_object_ref (catalog);
  self->rtl = tandem_document_catalog_is_rtl (catalog);
  self->large_print = large_print;
  self->bilingual = bilingual && !g_str_equal (tandem_document_catalog_get_language (catalog),
                                               "en");
  self->line_spacing = large_print ? 1.35 : 1.15;
  self->context = new_context (catalog);

  families = tandem_document_fonts_dup_families (tandem_document_catalog_get_language (catalog),
                                                 FALSE);
  written_families = tandem_document_fonts_dup_families (
    tandem_document_catalog_get_language (catalog), TRUE);
  for (guint i = 0; i < TANDEM_FLOW_N_STYLES; i++)
    {
      self->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (self->fonts[i], families);
      pango_font_description_set_size (self->fonts[i],
                                       (large_print ? styles[i].large_size : styles[i].size) *
                                       PANGO_SCALE);
      pango_font_description_set_weight (self->fonts[i], styles[i].bold ? PANGO_WEIGHT_BOLD
                                                                         : PANGO_WEIGHT_NORMAL);
      self->written_fonts[i] = pango_font_description_copy (self->fonts[i]);
      pango_font_description_set_family (self->written_fonts[i], written_families);
    }

  return self;
}

TandemDocumentCatalog *
tandem_document_flow_get_catalog (TandemDocumentFlow *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), NULL);

  return self->catalog;
}

/* The width of the body, between the margins. */
double
tandem_document_flow_get_width (TandemDocumentFlow *self)
{
  return TANDEM_DOCUMENT_PAGE_WIDTH - 2 * MARGIN_X;
}

/**
 * tandem_document_flow_t:
 * @msgid: a template string marked with DN_() or DC_()
 *
 * Returns: (transfer none): its translation into the document's language
 */
const char *
tandem_document_flow_t (TandemDocumentFlow *self,
                        const char         *msgid)
{
  return tandem_document_catalog_gettext (self->catalog, msgid);
}

/**
 * tandem_document_flow_isolate:
 * @value: a date, an NHS number, a phone number: something put into template text
 *
 * In right-to-left text, a value made of numbers and spaces such as "943 476 5919" would
 * have its groups reordered by the bidirectional algorithm; inside a first-strong isolate it
 * keeps its own order (left to right for digits, right to left for a date with an Arabic
 * month). Left-to-right documents need nothing.
 *
 * Returns: (transfer full): @value, isolated if the document is right to left
 */
char *
tandem_document_flow_isolate (TandemDocumentFlow *self,
                              const char         *value)
{
  if (!self->rtl || value == NULL || value[0] == '\0')
    return g_strdup (value ? value : "");

  return g_strconcat (FSI, value, PDI, NULL);
}

static gboolean
is_rtl_script (gunichar c)
{
  switch ((int) g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_ARABIC:
    case G_UNICODE_SCRIPT_HEBREW:
    case G_UNICODE_SCRIPT_SYRIAC:
    case G_UNICODE_SCRIPT_THAANA:
    case G_UNICODE_SCRIPT_NKO:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_number_separator (gunichar c)
{
  return c == ' ' || c == '-' || c == '/' || c == '.' || c == ':' || c == 0x00A0;
}

/* What the person wrote, as written, except that in right-to-left text each number made of
 * groups ("07700 900123", "12/03/2026") is isolated so that its groups stay in order. The
 * marks are invisible and change no letter. */
static char *
isolate_numbers (TandemDocumentFlow *self,
                 const char         *text)
{
  GString *result;
  gboolean any_rtl = self->rtl;

  for (const char *p = text; !any_rtl && *p != '\0'; p = g_utf8_next_char (p))
    any_rtl = is_rtl_script (g_utf8_get_char (p));

  if (!any_rtl)
    return g_strdup (text);

  result = g_string_sized_new (strlen (text) + 16);
  for (const char *p = text; *p != '\0';)
    {
      const char *start = p;
      const char *end = NULL;
      const char *q = p;
      guint groups = 0;

      if (*q == '+')
        q++;

      /* Digit groups joined by one separator each; the number ends after its last digit. */
      while (g_unichar_isdigit (g_utf8_get_char (q)))
        {
          while (g_unichar_isdigit (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          end = q;
          groups++;
          if (!is_number_separator (g_utf8_get_char (q)))
            break;
          q = g_utf8_next_char (q);
        }

      if (groups >= 2)
        {
          g_string_append (result, LRI);
          g_string_append_len (result, start, end - start);
          g_string_append (result, PDI);
          p = end;
        }
      else if (end != NULL)
        {
          g_string_append_len (result, start, end - start);
          p = end;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (result, p, next - p);
          p = next;
        }
    }

  return g_string_free (result, FALSE);
}

/* Which way a line of template text starts: the right in a right-to-left document. */
static PangoAlignment
start_alignment (TandemDocumentFlow *self)
{
  return self->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
}

/* Lays out @text in @width points. Template text takes the document's direction; written
 * text finds each paragraph's own, and a paragraph written the other way is aligned to its
 * own start. @english, in bilingual documents, goes under template text, smaller. Any font
 * problem is kept for tandem_document_flow_paginate() to report. */
static Text *
new_text (TandemDocumentFlow *self,
          TandemFlowStyle     style,
          TandemFlowWords     words,
          const char         *text,
          const char         *english,
          double              width)
{
  g_autoptr(PangoAttrList) attributes = NULL;
  g_autofree char *isolated = NULL;
  Text *result = g_new0 (Text, 1);
  PangoLayout *layout;
  int pango_width, pango_height;

  g_return_val_if_fail (self->context != NULL, result);

  /* A field nobody filled in is printed empty. */
  if (text == NULL)
    text = "";

  result->width = MAX (width, 1.0);
  result->color = styles[style].color;
  result->layout = layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, words == TANDEM_FLOW_WRITTEN
                                             ? self->written_fonts[style] : self->fonts[style]);
  pango_layout_set_width (layout, (int) (result->width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, (float) self->line_spacing);
  pango_layout_set_alignment (layout, start_alignment (self));
  pango_layout_set_auto_dir (layout, words == TANDEM_FLOW_WRITTEN);

  if (words == TANDEM_FLOW_WRITTEN)
    {
      isolated = isolate_numbers (self, text);
      pango_layout_set_text (layout, isolated, -1);
    }
  else if (english != NULL && self->bilingual)
    {
      g_autoptr(PangoFontDescription) small = pango_font_description_copy (self->fonts[style]);
      g_autofree char *both = NULL;
      PangoAttribute *attribute;
      guint start;

      /* The English is isolated too: in a right-to-left paragraph its end would otherwise
       * take the paragraph's direction. */
      both = g_strconcat (text, "\n", self->rtl ? LRI : "", english, self->rtl ? PDI : "",
                          NULL);
      start = strlen (text) + 1;
      pango_layout_set_text (layout, both, -1);

      attributes = pango_attr_list_new ();
      pango_font_description_set_size (small,
                                       MAX (pango_font_description_get_size (small) * 4 / 5,
                                            (self->large_print ? 16 : 7) * PANGO_SCALE));
      pango_font_description_set_weight (small, PANGO_WEIGHT_NORMAL);
      attribute = pango_attr_font_desc_new (small);
      attribute->start_index = start;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_foreground_new ((GREY >> 16) * 257, ((GREY >> 8) & 0xff) * 257,
                                             (GREY & 0xff) * 257);
      attribute->start_index = start;
      pango_attr_list_insert (attributes, attribute);
      pango_layout_set_attributes (layout, attributes);
    }
  else
    {
      pango_layout_set_text (layout, text, -1);
    }

  self->n_layouts++;
  if (self->error == NULL)
    {
      guint n_unknown = 0;

      tandem_document_fonts_check_layout (layout, &n_unknown, &self->error);
      self->n_unknown_glyphs += n_unknown;
    }

  pango_layout_get_size (layout, &pango_width, &pango_height);
  result->height = (double) pango_height / PANGO_SCALE;

  return result;
}

static Block *
append_block (TandemDocumentFlow *self,
              BlockKind           kind)
{
  Block block = { kind, FALSE, FALSE, self->table_header };

  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

/**
 * tandem_document_flow_add_heading:
 * @msgid: the heading, marked with DN_(): translated here, with the English under it in a
 *   bilingual document
 * @outline: whether the heading is a section's, listed in the PDF's outline
 *
 * Adds a heading, kept on the same page as the start of what follows it.
 */
void
tandem_document_flow_add_heading (TandemDocumentFlow *self,
                                  TandemFlowStyle     style,
                                  const char         *msgid,
                                  gboolean            outline)
{
  const char *translated = tandem_document_flow_t (self, msgid);
  Block *block = append_block (self, BLOCK_TEXT);

  block->keep_with_next = TRUE;
  block->texts = g_ptr_array_new_with_free_func (text_free);
  g_ptr_array_add (block->texts, new_text (self, style, TANDEM_FLOW_TEMPLATE, translated,
                                           msgid, tandem_document_flow_get_width (self)));
  if (outline)
    block->outline_title = g_strdup (translated);
}

/**
 * tandem_document_flow_add_text:
 * @text: template text already translated, or what someone wrote
 * @indent: points from the start edge
 *
 * Adds a paragraph, or several separated by newlines, that may continue on the next page.
 */
void
tandem_document_flow_add_text (TandemDocumentFlow *self,
                               TandemFlowStyle     style,
                               TandemFlowWords     words,
                               const char         *text,
                               double              indent)
{
  Block *block = append_block (self, BLOCK_TEXT);
  Text *laid_out;

  block->splittable = TRUE;
  block->texts = g_ptr_array_new_with_free_func (text_free);
  laid_out = new_text (self, style, words, text, NULL,
                       tandem_document_flow_get_width (self) - indent);
  laid_out->x = indent;
  g_ptr_array_add (block->texts, laid_out);
}

/* Adds blank space, which is left out at the top of a page. */
void
tandem_document_flow_add_space (TandemDocumentFlow *self,
                                double              points)
{
  Block *block = append_block (self, BLOCK_SPACE);

  block->height = points;
}

/* Keeps the last block on the same page as the next one (or the start of it). */
void
tandem_document_flow_keep_with_next (TandemDocumentFlow *self)
{
  g_return_if_fail (self->blocks->len > 0);

  g_array_index (self->blocks, Block, self->blocks->len - 1).keep_with_next = TRUE;
}

/**
 * tandem_document_flow_add_row:
 *
 * Adds a row, never split across pages, for cells added with tandem_flow_row_add_cell().
 *
 * Returns: (transfer none): the row
 */
TandemFlowRow *
tandem_document_flow_add_row (TandemDocumentFlow *self,
                              TandemFlowRowKind   kind)
{
  Block *block = append_block (self, BLOCK_ROW);

  block->row = g_new0 (TandemFlowRow, 1);
  block->row->flow = self;
  block->row->kind = kind;
  block->row->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (block->row->cells, cell_clear);

  return block->row;
}

/* Rows added from here on belong to a table whose column headings are the last row added:
 * they are repeated at the top of each page the table continues on. */
void
tandem_document_flow_begin_table (TandemDocumentFlow *self)
{
  g_return_if_fail (self->blocks->len > 0);

  self->table_header = self->blocks->len - 1;
  g_array_index (self->blocks, Block, self->table_header).table_header = -1;
}

void
tandem_document_flow_end_table (TandemDocumentFlow *self)
{
  self->table_header = -1;
}

/* Adds a cell @x points from the start edge, @width wide; returns its number. */
guint
tandem_flow_row_add_cell (TandemFlowRow *row,
                          double         x,
                          double         width)
{
  Cell cell = { x, width, g_ptr_array_new_with_free_func (text_free) };

  g_array_append_val (row->cells, cell);
  return row->cells->len - 1;
}

static void
cell_append (TandemFlowRow *row,
             guint          cell_index,
             Text          *text)
{
  Cell *cell = &g_array_index (row->cells, Cell, cell_index);

  text->x = cell->x + CELL_PADDING_X;
  g_ptr_array_add (cell->texts, text);
}

/* Adds @text to a cell, under what it already has. */
void
tandem_flow_row_add_text (TandemFlowRow   *row,
                          guint            cell,
                          TandemFlowStyle  style,
                          TandemFlowWords  words,
                          const char      *text)
{
  double width;

  g_return_if_fail (cell < row->cells->len);

  width = g_array_index (row->cells, Cell, cell).width - 2 * CELL_PADDING_X;
  cell_append (row, cell, new_text (row->flow, style, words, text, NULL, width));
}

/* Adds a template label to a cell, translated, with the English under it in a bilingual
 * document. */
void
tandem_flow_row_add_label (TandemFlowRow   *row,
                           guint            cell,
                           TandemFlowStyle  style,
                           const char      *msgid)
{
  double width;

  g_return_if_fail (cell < row->cells->len);

  width = g_array_index (row->cells, Cell, cell).width - 2 * CELL_PADDING_X;
  cell_append (row, cell, new_text (row->flow, style, TANDEM_FLOW_TEMPLATE,
                                    tandem_document_flow_t (row->flow, msgid), msgid, width));
}

/* Text at the top of every page but the first, which has the full title: who the plan is
 * for at the start edge, what it is at the end. */
void
tandem_document_flow_set_running_header (TandemDocumentFlow *self,
                                         const char         *start,
                                         const char         *end)
{
  g_free (self->header_start);
  g_free (self->header_end);
  self->header_start = g_strdup (start);
  self->header_end = g_strdup (end);
}

/* The footer of every page: @start at the start edge, "Page N of M" at the end and, if not
 * NULL, @note in small print under them, with @english_note after it. */
void
tandem_document_flow_set_footer (TandemDocumentFlow *self,
                                 const char         *start,
                                 const char         *note,
                                 const char         *english_note)
{
  g_free (self->footer_start);
  g_free (self->footer_note);
  g_free (self->footer_english_note);
  self->footer_start = g_strdup (start);
  self->footer_note = g_strdup (note);
  self->footer_english_note = g_strdup (english_note);
}

/* Where each line of @text lies, in the text's own coordinates. */
static void
measure_lines (Text *text)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (text->layout);

  text->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  do
    {
      PangoRectangle logical;
      Line line;
      int y0, y1;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      line.line = pango_layout_iter_get_line_readonly (iter);
      line.x = (double) logical.x / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.top = (double) y0 / PANGO_SCALE;
      line.bottom = (double) y1 / PANGO_SCALE;
      g_array_append_val (text->lines, line);
    }
  while (pango_layout_iter_next_line (iter));

  if (text->lines->len > 0)
    text->height = MAX (text->height, g_array_index (text->lines, Line,
                                                     text->lines->len - 1).bottom);
}

static double
row_padding (TandemDocumentFlow *self)
{
  return self->large_print ? 6.0 : 4.0;
}

/* Measures a block: its texts' lines, and a row's cells stacked and padded. */
static void
measure_block (TandemDocumentFlow *self,
               Block              *block)
{
  if (block->kind == BLOCK_TEXT)
    {
      Text *text = g_ptr_array_index (block->texts, 0);

      measure_lines (text);
      block->height = text->height;
    }
  else if (block->kind == BLOCK_ROW)
    {
      double padding = row_padding (self);
      double height = 0;

      for (guint c = 0; c < block->row->cells->len; c++)
        {
          Cell *cell = &g_array_index (block->row->cells, Cell, c);
          double y = padding;

          for (guint t = 0; t < cell->texts->len; t++)
            {
              Text *text = g_ptr_array_index (cell->texts, t);

              measure_lines (text);
              text->y = y;
              y += text->height + CELL_GAP;
            }
          height = MAX (height, y - (cell->texts->len > 0 ? CELL_GAP : 0) + padding);
        }
      block->height = height;
    }
}

typedef struct
{
  double top;       /* of the body on pages after the first */
  double first_top; /* of the body on the first page */
  double bottom;
} Frame;

static double
frame_top (const Frame *frame,
           guint        page)
{
  return page == 0 ? frame->first_top : frame->top;
}

/* The least of @block that must fit at the bottom of a page for what is kept with it to
 * stay there: two lines of a paragraph (no line left alone), or a whole row. */
static double
least_height (Block *block)
{
  if (block->kind == BLOCK_TEXT && block->splittable)
    {
      Text *text = g_ptr_array_index (block->texts, 0);
      guint n = text->lines->len;

      if (n > 3)
        return g_array_index (text->lines, Line, 1).bottom;
    }

  return block->kind == BLOCK_SPACE ? 0 : block->height;
}

/* The height a block needs together with the blocks it is kept with. */
static double
kept_height (TandemDocumentFlow *self,
             guint               index)
{
  double height = 0;

  for (guint i = index; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->kind == BLOCK_SPACE && i > index)
        {
          height += block->height;
          continue;
        }
      if (!block->keep_with_next || i + 1 == self->blocks->len)
        return height + least_height (block);
      height += block->height;
    }

  return height;
}

static void
place (TandemDocumentFlow *self,
       guint               block,
       guint               page,
       double              y,
       double              from,
       double              to)
{
  Placement placement = { block, page, y, from, to };

  g_array_append_val (self->placements, placement);
}

/* Whether a cut at @y, in a block's coordinates, passes through no line of its texts. */
static gboolean
cuts_no_line (Block  *block,
              double  y)
{
  for (guint c = 0; c < block->row->cells->len; c++)
    {
      Cell *cell = &g_array_index (block->row->cells, Cell, c);

      for (guint t = 0; t < cell->texts->len; t++)
        {
          Text *text = g_ptr_array_index (cell->texts, t);

          for (guint l = 0; l < text->lines->len; l++)
            {
              Line *line = &g_array_index (text->lines, Line, l);

              if (text->y + line->top < y - 0.01 && text->y + line->bottom > y + 0.01)
                return FALSE;
            }
        }
    }

  return TRUE;
}

/* The lowest place at or above @limit to cut a row taller than a page, between lines. */
static double
row_cut (Block  *block,
         double  from,
         double  limit)
{
  double best = from;

  for (guint c = 0; c < block->row->cells->len; c++)
    {
      Cell *cell = &g_array_index (block->row->cells, Cell, c);

      for (guint t = 0; t < cell->texts->len; t++)
        {
          Text *text = g_ptr_array_index (cell->texts, t);

          for (guint l = 0; l < text->lines->len; l++)
            {
              double y = text->y + g_array_index (text->lines, Line, l).bottom;

              if (y > best && y <= limit && cuts_no_line (block, y))
                best = y;
            }
        }
    }

  /* Lines side by side that never end at the same height leave no clean cut: cut at the
   * limit, and each line is drawn on the page where it starts. */
  return best > from ? best : limit;
}

/* Puts every block on a page. Paragraphs continue on the next page between lines, never
 * leaving a single line behind or carried over; rows and headings move whole to the next
 * page, a row of a table under its column headings again. Only a row taller than a whole
 * page is split, between lines. */
static void
lay_out_pages (TandemDocumentFlow *self,
               const Frame        *frame,
               guint              *n_pages)
{
  guint page = 0;
  double y = frame->first_top;
  int last_header_page = -1;

#define NEW_PAGE() G_STMT_START { page++; y = frame->top; } G_STMT_END

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      gboolean at_top = y <= frame_top (frame, page) + 0.01;

      if (block->kind == BLOCK_SPACE)
        {
          if (at_top)
            continue;
          if (y + block->height >= frame->bottom)
            NEW_PAGE ();
          else
            y += block->height;
          continue;
        }

      if (block->keep_with_next && !at_top)
        {
          double needed = kept_height (self, i);

          if (y + needed > frame->bottom && needed <= frame->bottom - frame->top)
            {
              NEW_PAGE ();
              at_top = TRUE;
            }
        }

      if (block->outline_title != NULL)
        {
          TandemFlowOutlineEntry entry = { g_strdup (block->outline_title), page, y };

          /* A heading moved to the next page is found there. */
          if (y + block->height > frame->bottom && !at_top)
            entry.page = page + 1, entry.y = frame->top;
          g_array_append_val (self->outline, entry);
        }

      if (block->kind == BLOCK_TEXT && block->splittable)
        {
          Text *text = g_ptr_array_index (block->texts, 0);
          GArray *lines = text->lines;
          guint first = 0;

          while (first < lines->len)
            {
              double top = g_array_index (lines, Line, first).top;
              guint n = 0;

              while (first + n < lines->len &&
                     y + g_array_index (lines, Line, first + n).bottom - top <= frame->bottom)
                n++;

              if (first + n < lines->len)
                {
                  /* No first line alone at the bottom of a page, no last line alone at the
                   * top of the next. */
                  if (first == 0 && n == 1 && lines->len > 1)
                    n = 0;
                  else if (n >= 2 && lines->len - (first + n) == 1)
                    n--;
                  /* A line taller than the page still has to go somewhere. */
                  if (n == 0 && y <= frame_top (frame, page) + 0.01)
                    n = 1;
                }

              if (n > 0)
                {
                  double bottom = g_array_index (lines, Line, first + n - 1).bottom;

                  place (self, i, page, y, top, bottom);
                  y += bottom - top;
                  first += n;
                }
              if (first < lines->len)
                NEW_PAGE ();
            }
          continue;
        }

      /* A row or a heading: whole, on the next page if it does not fit on this one. */
      if (y + block->height > frame->bottom && !at_top)
        NEW_PAGE ();

      if (block->table_header >= 0 && block->table_header != (int) i &&
          last_header_page != (int) page)
        {
          Block *header = &g_array_index (self->blocks, Block, block->table_header);

          place (self, block->table_header, page, y, 0, header->height);
          y += header->height;
          last_header_page = page;
        }
      if (block->kind == BLOCK_ROW && block->row->kind == TANDEM_FLOW_ROW_HEADER)
        last_header_page = page;

      if (y + block->height <= frame->bottom || block->kind != BLOCK_ROW)
        {
          place (self, i, page, y, 0, block->height);
          y += block->height;
          continue;
        }

      /* Taller than what is left of an empty page: split between lines. */
      self->n_split_rows++;
      for (double from = 0; from < block->height - 0.01;)
        {
          double to;

          /* The column headings repeated above the row can leave no room at all on a page
           * (headings taller than a page, found by the fuzzer): cut at least a point each
           * time, so that the row always ends, rather than never moving on. */
          to = row_cut (block, from, from + MAX (frame->bottom - y, 1.0));

          place (self, i, page, y, from, MIN (to, block->height));
          y += MIN (to, block->height) - from;
          from = to;
          if (from < block->height - 0.01)
            NEW_PAGE ();
        }
    }

#undef NEW_PAGE

  *n_pages = page + 1;
}

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr, (color >> 16) / 255.0, ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* The page x of something @x from the start edge of the body and @width wide. */
static double
page_x (TandemDocumentFlow *self,
        double              x,
        double              width)
{
  return self->rtl ? TANDEM_DOCUMENT_PAGE_WIDTH - MARGIN_X - x - width : MARGIN_X + x;
}

/* Draws the lines of @text that start within from..to of its block, the block's top at @y. */
static void
draw_text (TandemDocumentFlow *self,
           cairo_t            *cr,
           Text               *text,
           double              y,
           double              from,
           double              to)
{
  double x = page_x (self, text->x, text->width);

  set_color (cr, text->color);
  for (guint l = 0; l < text->lines->len; l++)
    {
      Line *line = &g_array_index (text->lines, Line, l);
      double top = text->y + line->top;

      if (top < from - 0.01 || top >= to - 0.01)
        continue;
      cairo_move_to (cr, x + line->x, y + text->y + line->baseline);
      pango_cairo_show_layout_line (cr, line->line);
    }
}

static void
draw_row (TandemDocumentFlow *self,
          cairo_t            *cr,
          Block              *block,
          double              y,
          double              from,
          double              to)
{
  double left = MARGIN_X;
  double width = tandem_document_flow_get_width (self);
  double top = y + from;
  double height = to - from;

  switch (block->row->kind)
    {
    case TANDEM_FLOW_ROW_HEADER:
      set_color (cr, 0xe8edee);
      cairo_rectangle (cr, left, top, width, height);
      cairo_fill (cr);
      break;
    case TANDEM_FLOW_ROW_BAND:
      set_color (cr, 0xf0f4f5);
      cairo_rectangle (cr, left, top, width, height);
      cairo_fill (cr);
      /* A bar at the start edge marks where a goal begins. */
      set_color (cr, BLUE);
      cairo_rectangle (cr, self->rtl ? left + width - 3 : left, top, 3, height);
      cairo_fill (cr);
      break;
    case TANDEM_FLOW_ROW_BOXED:
      set_color (cr, BLUE);
      cairo_set_line_width (cr, 1.5);
      cairo_rectangle (cr, left + 0.75, top + 0.75, width - 1.5, height - 1.5);
      cairo_stroke (cr);
      break;
    case TANDEM_FLOW_ROW_PLAIN:
    default:
      set_color (cr, 0xd8dde0);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, left, top + height - 0.375);
      cairo_rel_line_to (cr, width, 0);
      cairo_stroke (cr);
      break;
    }

  for (guint c = 0; c < block->row->cells->len; c++)
    {
      Cell *cell = &g_array_index (block->row->cells, Cell, c);

      for (guint t = 0; t < cell->texts->len; t++)
        draw_text (self, cr, g_ptr_array_index (cell->texts, t), y, from, to);
    }
}

/* A one-line template text at the top or bottom of a page, at the start or end edge. */
static void
draw_margin_text (TandemDocumentFlow *self,
                  cairo_t            *cr,
                  const char         *text,
                  TandemFlowStyle     style,
                  gboolean            at_end,
                  double              width,
                  double              y)
{
  Text *laid_out;

  if (text == NULL || text[0] == '\0')
    return;

  laid_out = new_text (self, style, TANDEM_FLOW_TEMPLATE, text, NULL, width);
  /* One line each, however long a name or a translation: the margins have room for no
   * more. The note under the footer has lines of its own. */
  if (strchr (text, '\n') == NULL)
    pango_layout_set_ellipsize (laid_out->layout, PANGO_ELLIPSIZE_END);
  if (at_end)
    {
      /* At the end edge: aligned to it, in the document's direction. */
      pango_layout_set_alignment (laid_out->layout, self->rtl ? PANGO_ALIGN_LEFT
                                                              : PANGO_ALIGN_RIGHT);
      laid_out->x = tandem_document_flow_get_width (self) - width;
    }
  measure_lines (laid_out);
  draw_text (self, cr, laid_out, y, 0, G_MAXDOUBLE);
  text_free (laid_out);
}

static double
text_height (TandemDocumentFlow *self,
             TandemFlowStyle     style,
             const char         *text)
{
  Text *laid_out = new_text (self, style, TANDEM_FLOW_TEMPLATE, text, NULL,
                             tandem_document_flow_get_width (self));
  double height;

  measure_lines (laid_out);
  height = laid_out->height;
  text_free (laid_out);

  return height;
}

static char *
footer_note (TandemDocumentFlow *self)
{
  if (self->footer_note == NULL)
    return NULL;

  if (self->footer_english_note == NULL ||
      g_str_equal (tandem_document_catalog_get_language (self->catalog), "en"))
    return g_strdup (self->footer_note);

  /* Under the note in the document's language, the same in English for staff. */
  return g_strconcat (self->footer_note, "\n", self->rtl ? LRI : "", self->footer_english_note,
                      self->rtl ? PDI : "", NULL);
}

static void
record_page (TandemDocumentFlow *self,
             const Frame        *frame,
             double              header_height,
             guint               page,
             guint               n_pages,
             guint              *placement)
{
  cairo_rectangle_t extents = { 0, 0, TANDEM_DOCUMENT_PAGE_WIDTH, TANDEM_DOCUMENT_PAGE_HEIGHT };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  g_autofree char *number = NULL;
  g_autofree char *note = footer_note (self);
  double width = tandem_document_flow_get_width (self);
  double footer_top = frame->bottom + 8;

  g_ptr_array_add (self->pages, surface);

  for (; *placement < self->placements->len; (*placement)++)
    {
      Placement *p = &g_array_index (self->placements, Placement, *placement);
      Block *block = &g_array_index (self->blocks, Block, p->block);

      if (p->page != page)
        break;

      if (block->kind == BLOCK_ROW)
        draw_row (self, cr, block, p->y - p->from, p->from, p->to);
      else
        draw_text (self, cr, g_ptr_array_index (block->texts, 0), p->y - p->from, p->from,
                   p->to);
    }

  cairo_set_line_width (cr, 0.5);
  if (page > 0)
    {
      draw_margin_text (self, cr, self->header_start, TANDEM_FLOW_SMALL, FALSE, width * 0.6,
                        MARGIN_TOP);
      draw_margin_text (self, cr, self->header_end, TANDEM_FLOW_SMALL, TRUE, width * 0.4 - 6,
                        MARGIN_TOP);
      set_color (cr, 0xaeb7bd);
      cairo_move_to (cr, MARGIN_X, MARGIN_TOP + header_height - 6);
      cairo_rel_line_to (cr, width, 0);
      cairo_stroke (cr);
    }

  set_color (cr, 0xaeb7bd);
  cairo_move_to (cr, MARGIN_X, footer_top - 4);
  cairo_rel_line_to (cr, width, 0);
  cairo_stroke (cr);

  /* Translators: the footer of every page of a printed plan */
  number = g_strdup_printf (tandem_document_flow_t (self, DN_("Page %1$u of %2$u")),
                            page + 1, n_pages);
  draw_margin_text (self, cr, self->footer_start, TANDEM_FLOW_SMALL, FALSE, width * 0.6,
                    footer_top);
  draw_margin_text (self, cr, number, TANDEM_FLOW_SMALL, TRUE, width * 0.4 - 6, footer_top);
  if (note != NULL)
    draw_margin_text (self, cr, note, TANDEM_FLOW_SMALL, FALSE, width,
                      footer_top + text_height (self, TANDEM_FLOW_SMALL, number) + 2);
}

/**
 * tandem_document_flow_paginate:
 *
 * Lays every block out on pages and records them, on the thread that added them. After
 * this, nothing can be added; pages can be drawn from any thread, one at a time.
 *
 * Returns: %FALSE with @error set if some text cannot be printed, naming the font package
 *   to install
 */
gboolean
tandem_document_flow_paginate (TandemDocumentFlow  *self,
                               GError             **error)
{
  g_autofree char *note = NULL;
  g_autofree char *sample_number = NULL;
  Frame frame;
  double header_height;
  double footer_height;
  guint n_pages = 0;
  guint placement = 0;

  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  for (guint i = 0; i < self->blocks->len; i++)
    measure_block (self, &g_array_index (self->blocks, Block, i));

  /* The footer's height does not depend on which page it is on. */
  sample_number = g_strdup_printf (tandem_document_flow_t (self, DN_("Page %1$u of %2$u")),
                                   88, 88);
  note = footer_note (self);
  header_height = text_height (self, TANDEM_FLOW_SMALL, self->header_start ? self->header_start
                                                                         : sample_number) + 14;
  footer_height = text_height (self, TANDEM_FLOW_SMALL, sample_number) + 8 +
                  (note != NULL ? text_height (self, TANDEM_FLOW_SMALL, note) + 2 : 0);

  frame.first_top = MARGIN_TOP;
  frame.top = MARGIN_TOP + header_height;
  frame.bottom = TANDEM_DOCUMENT_PAGE_HEIGHT - MARGIN_BOTTOM - footer_height;

  if (self->error == NULL)
    lay_out_pages (self, &frame, &n_pages);

  for (guint page = 0; self->error == NULL && page < n_pages; page++)
    record_page (self, &frame, header_height, page, n_pages, &placement);

  drop_layouts (self);

  if (self->error != NULL)
    {
      g_ptr_array_set_size (self->pages, 0);
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }

  return TRUE;
}

guint
tandem_document_flow_get_n_pages (TandemDocumentFlow *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), 0);

  return self->pages->len;
}

/**
 * tandem_document_flow_draw_page:
 * @cr: where to draw, in points from the page's top left corner
 * @page: from 0
 *
 * Draws a page recorded by tandem_document_flow_paginate(). Text stays text: a PDF gets
 * its fonts embedded and searchable.
 */
void
tandem_document_flow_draw_page (TandemDocumentFlow *self,
                                cairo_t            *cr,
                                guint               page)
{
  g_return_if_fail (TANDEM_IS_DOCUMENT_FLOW (self));
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  cairo_set_source_surface (cr, g_ptr_array_index (self->pages, page), 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/**
 * tandem_document_flow_write_pdf:
 * @stream: where the PDF goes; not closed
 *
 * Writes the laid-out pages as a PDF with their fonts embedded as subsets (so the text can be
 * searched and copied), its title, subject, author and date, and an outline of its sections.
 * Every document Tandem prints is written this way.
 *
 * Returns: %TRUE if the whole PDF was written
 */
gboolean
tandem_document_flow_write_pdf (TandemDocumentFlow  *self,
                                GOutputStream       *stream,
                                const char          *title,
                                const char          *subject,
                                const char          *author,
                                GCancellable        *cancellable,
                                GError             **error)
{
  TandemPdfWriter *writer;
  gboolean written;

  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  tandem_document_fonts_lock ();
  writer = tandem_pdf_writer_new (stream, cancellable, title, subject, author);
  for (guint i = 0; i < self->outline->len; i++)
    {
      TandemFlowOutlineEntry *entry = &g_array_index (self->outline, TandemFlowOutlineEntry, i);

      tandem_pdf_writer_add_outline (writer, entry->title, entry->page, entry->y, TRUE);
    }
  /* Every page, even once cancelled or failed (when nothing more is written): the outline
   * points to them all. */
  for (guint page = 0; page < self->pages->len; page++)
    {
      tandem_document_flow_draw_page (self, tandem_pdf_writer_get_context (writer), page);
      cairo_show_page (tandem_pdf_writer_get_context (writer));
    }
  written = tandem_pdf_writer_finish (writer, error);
  tandem_document_fonts_unlock ();

  return written;
}

/**
 * tandem_document_flow_write_pdf_file:
 * @path: where to write; replaced only once the whole PDF is written
 *
 * As tandem_document_flow_write_pdf(), into a file that is left as it was if writing fails.
 */
gboolean
tandem_document_flow_write_pdf_file (TandemDocumentFlow  *self,
                                     const char          *path,
                                     const char          *title,
                                     const char          *subject,
                                     const char          *author,
                                     GCancellable        *cancellable,
                                     GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  gboolean created;

  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), FALSE);

  stream = tandem_pdf_file_replace (file, cancellable, &created, error);
  if (stream == NULL)
    return FALSE;

  if (!tandem_document_flow_write_pdf (self, G_OUTPUT_STREAM (stream), title, subject, author,
                                       cancellable, error))
    {
      tandem_pdf_file_abandon (file, stream, created);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

/**
 * tandem_document_flow_get_outline:
 *
 * Returns: (transfer none) (element-type TandemFlowOutlineEntry): the section headings and
 *   where they were put
 */
GArray *
tandem_document_flow_get_outline (TandemDocumentFlow *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), NULL);

  return self->outline;
}

/* How many texts were laid out and checked for missing glyphs. */
guint
tandem_document_flow_count_layouts (TandemDocumentFlow *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), 0);

  return self->n_layouts;
}

/* How many glyphs no font had, in all the texts checked. */
guint
tandem_document_flow_count_unknown_glyphs (TandemDocumentFlow *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), 0);

  return self->n_unknown_glyphs;
}

/* How many rows were taller than a page and so had to be split. */
guint
tandem_document_flow_count_split_rows (TandemDocumentFlow *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_FLOW (self), 0);

  return self->n_split_rows;
}
