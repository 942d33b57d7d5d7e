/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-row-painter"

#include "config.h"

#include <math.h>

#include "tandem-row-painter.h"

/* Drawing for list rows that are one widget each: text laid out only when drawn, icons,
 * and badges with the style's colours.
 *
 * GTK 4.8's list makes new rows whenever the top of the list changes, at every keystroke of
 * a search, and a row built from a dozen widgets costs a millisecond to make. The caseload's
 * and the directory's rows therefore draw themselves, with these helpers, so that both look
 * alike: a badge here looks as the .tandem-badge style class makes a badge widget look. */

#define BADGE_PAD_X      8
#define BADGE_PAD_Y      1
#define BADGE_ICON_SIZE  12
#define BADGE_ICON_GAP   4
/* .tandem-badge's "font-size: smaller". */
#define BADGE_SCALE      PANGO_SCALE_SMALL

/* Font metrics by font: a list makes up to 200 rows per keystroke, and asking Pango for a
 * font's metrics costs more than the rest of measuring a row. */
typedef struct
{
  PangoFontMap         *font_map;
  PangoFontDescription *font;
  PangoLanguage        *language;
  int                   height;  /* ascent and descent, in Pango units */
} LineHeight;

static LineHeight line_heights[8];
static guint next_line_height;

static int
get_font_height (PangoContext *context)
{
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PangoFontMap *font_map = pango_context_get_font_map (context);
  PangoLanguage *language = pango_context_get_language (context);
  PangoFontMetrics *metrics;
  LineHeight *cached;

  for (guint i = 0; i < G_N_ELEMENTS (line_heights); i++)
    {
      cached = &line_heights[i];
      if (cached->font != NULL && cached->font_map == font_map &&
          cached->language == language && pango_font_description_equal (cached->font, font))
        return cached->height;
    }

  cached = &line_heights[next_line_height];
  next_line_height = (next_line_height + 1) % G_N_ELEMENTS (line_heights);
  g_clear_pointer (&cached->font, pango_font_description_free);

  metrics = pango_context_get_metrics (context, NULL, NULL);
  cached->font_map = font_map;
  cached->font = pango_font_description_copy (font);
  cached->language = language;
  cached->height = pango_font_metrics_get_ascent (metrics) +
                   pango_font_metrics_get_descent (metrics);
  /* Pango 1.50 has no g_autoptr for font metrics. */
  pango_font_metrics_unref (metrics);

  return cached->height;
}

/**
 * tandem_row_line_height:
 *
 * Returns: the height of a line of @widget's font at @scale, from the font's metrics, so
 *   that measuring a row never lays text out
 */
int
tandem_row_line_height (GtkWidget *widget,
                        double     scale)
{
  int height = get_font_height (gtk_widget_get_pango_context (widget));

  /* Rounded up as a label rounds its text's height. */
  return (int) ceil (height * scale / PANGO_SCALE - 0.01);
}

/**
 * tandem_row_font_scale:
 * @points: a font size, such as the 11 points of the .heading style class
 *
 * Returns: the scale of @widget's font that makes text @points big, for text drawn as a
 *   label with a style class that sets its size would be
 */
double
tandem_row_font_scale (GtkWidget *widget,
                       double     points)
{
  const PangoFontDescription *font =
    pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  /* GTK gives the widget's font in CSS pixels, at 96 to the inch. */
  if (pango_font_description_get_size_is_absolute (font))
    size = size * 72 / 96;

  return size > 0 ? points / size : 1;
}

/**
 * tandem_row_make_layout:
 * @width: the width to ellipsize the text at the end to, or -1 for its natural width
 *
 * Returns: (transfer full): one line of @text in @widget's font at @scale and @weight
 */
PangoLayout *
tandem_row_make_layout (GtkWidget  *widget,
                        const char *text,
                        double      scale,
                        int         weight,
                        int         width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attributes = pango_attr_list_new ();

  if (scale != 1)
    pango_attr_list_insert (attributes, pango_attr_scale_new (scale));
  if (weight != PANGO_WEIGHT_NORMAL)
    pango_attr_list_insert (attributes, pango_attr_weight_new (weight));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

/**
 * tandem_row_place:
 *
 * Returns: the x of something @width wide that starts at @x in left-to-right, mirrored in
 *   right-to-left
 */
float
tandem_row_place (gboolean rtl,
                  int      row_width,
                  float    x,
                  float    width)
{
  return rtl ? row_width - x - width : x;
}

/**
 * tandem_row_lookup_color:
 * @name: a colour the style sheet names, such as "warning_color"
 *
 * Returns: that colour in @widget's style, or @fallback
 */
GdkRGBA
tandem_row_lookup_color (GtkWidget  *widget,
                         const char *name,
                         GdkRGBA     fallback)
{
  GdkRGBA color;

  if (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    return color;

  return fallback;
}

void
tandem_row_append_layout (GtkSnapshot   *snapshot,
                          PangoLayout   *layout,
                          const GdkRGBA *color,
                          float          x,
                          float          y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/**
 * tandem_row_append_icon:
 * @icon_name: a symbolic icon
 *
 * Draws @icon_name @size pixels across in @color, with its top left corner at @x, @y.
 */
void
tandem_row_append_icon (GtkWidget     *widget,
                        GtkSnapshot   *snapshot,
                        const char    *icon_name,
                        const GdkRGBA *color,
                        float          x,
                        float          y,
                        int            size)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;

  icon = gtk_icon_theme_lookup_icon (theme, icon_name, NULL, size,
                                     gtk_widget_get_scale_factor (widget),
                                     gtk_widget_get_direction (widget), 0);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), GDK_SNAPSHOT (snapshot),
                                            size, size, color, 1);
  gtk_snapshot_restore (snapshot);
}

static void
append_pill (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             float          x,
             float          y,
             float          width,
             float          height)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
  gtk_snapshot_pop (snapshot);
}

/**
 * tandem_badge_clear:
 * @badge: a TandemBadge, for g_array_set_clear_func()
 */
void
tandem_badge_clear (gpointer badge)
{
  TandemBadge *self = badge;

  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->layout);
}

void
tandem_badge_clear_layout (TandemBadge *self)
{
  g_clear_object (&self->layout);
}

/**
 * tandem_badge_get_height:
 *
 * Returns: the height of a badge in @widget's font, without laying any text out
 */
int
tandem_badge_get_height (GtkWidget *widget)
{
  return MAX (tandem_row_line_height (widget, BADGE_SCALE), BADGE_ICON_SIZE) + 2 * BADGE_PAD_Y;
}

static void
ensure_layout (TandemBadge *self,
               GtkWidget   *widget)
{
  if (self->layout == NULL)
    self->layout = tandem_row_make_layout (widget, self->text, BADGE_SCALE, PANGO_WEIGHT_BOLD, -1);
}

void
tandem_badge_get_size (TandemBadge *self,
                       GtkWidget   *widget,
                       int         *width,
                       int         *height)
{
  int text_width, text_height;

  ensure_layout (self, widget);
  pango_layout_get_pixel_size (self->layout, &text_width, &text_height);

  if (width != NULL)
    *width = 2 * BADGE_PAD_X + text_width +
             (self->icon_name != NULL ? BADGE_ICON_SIZE + BADGE_ICON_GAP : 0);
  if (height != NULL)
    *height = MAX (text_height, self->icon_name != NULL ? BADGE_ICON_SIZE : 0) + 2 * BADGE_PAD_Y;
}

/* The colours of the .tandem-badge style classes in style.css. */
static void
get_colors (TandemBadge *self,
            GtkWidget   *widget,
            GdkRGBA     *text,
            GdkRGBA     *background)
{
  switch (self->style)
    {
    case TANDEM_BADGE_SUCCESS:
      *text = tandem_row_lookup_color (widget, "success_color", (GdkRGBA) { 0.11, 0.52, 0.33, 1 });
      *background = *text;
      background->alpha = 0.14f;
      break;

    case TANDEM_BADGE_WARNING:
      *text = tandem_row_lookup_color (widget, "warning_color", (GdkRGBA) { 0.61, 0.43, 0.01, 1 });
      *background = *text;
      background->alpha = 0.16f;
      break;

    case TANDEM_BADGE_ERROR:
      *text = tandem_row_lookup_color (widget, "error_color", (GdkRGBA) { 0.75, 0.11, 0.16, 1 });
      *background = *text;
      background->alpha = 0.16f;
      break;

    case TANDEM_BADGE_DIM:
    case TANDEM_BADGE_PLAIN:
    default:
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), text);
      *background = *text;
      background->alpha = 0.1f;
      /* .dim fades the whole badge. */
      if (self->style == TANDEM_BADGE_DIM)
        {
          text->alpha *= 0.8f;
          background->alpha *= 0.8f;
        }
      break;
    }
}

/**
 * tandem_badge_append:
 *
 * Draws @self with its top left corner at @x, @y; in right-to-left its icon comes after its
 * words.
 */
void
tandem_badge_append (TandemBadge *self,
                     GtkWidget   *widget,
                     GtkSnapshot *snapshot,
                     float        x,
                     float        y)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA text, background;
  int width, height, text_width, text_height;
  float text_x = x + BADGE_PAD_X;

  tandem_badge_get_size (self, widget, &width, &height);
  pango_layout_get_pixel_size (self->layout, &text_width, &text_height);
  get_colors (self, widget, &text, &background);

  append_pill (snapshot, &background, x, y, width, height);
  if (self->icon_name != NULL)
    {
      float icon_x = rtl ? x + width - BADGE_PAD_X - BADGE_ICON_SIZE : x + BADGE_PAD_X;

      tandem_row_append_icon (widget, snapshot, self->icon_name, &text, icon_x,
                              y + (height - BADGE_ICON_SIZE) / 2.0f, BADGE_ICON_SIZE);
      if (!rtl)
        text_x += BADGE_ICON_SIZE + BADGE_ICON_GAP;
    }
  tandem_row_append_layout (snapshot, self->layout, &text, text_x,
                            y + (height - text_height) / 2.0f);
}
