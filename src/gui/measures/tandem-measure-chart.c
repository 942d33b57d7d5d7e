/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-measure-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-measure-chart.h"

/* A person's results of one measure over time: the measure's whole scale up the side, so a
 * change looks as big as it is, the dates along the bottom, and a line per series. Baseline
 * readings have a ring round them, as a follow-up is read against them. Each series has its
 * own colour and marker shape, so the lines can be told apart without seeing colour; those
 * who cannot see the chart get the same numbers in words as its accessible description. */
struct _TandemMeasureChart
{
  GtkWidget             parent_instance;

  TandemMeasureHistory *history;
};

G_DEFINE_FINAL_TYPE (TandemMeasureChart, tandem_measure_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MIN_WIDTH 260
#define NATURAL_WIDTH 520
#define PLOT_HEIGHT 150
#define PAD 6
#define GAP 6
#define INSET 20        /* keeps the first and last readings, and their dates, off the edges */
#define MARKER 4.0
#define RING 7.5
#define DODGE 3.0       /* sideways step between series read on the same day */
#define SWATCH 24
#define LEGEND_SPACING 18

/* Colours from the GNOME palette: darker ones on a light background, lighter on a dark. */
static const GdkRGBA palette_light[] = {
  { 0.110, 0.443, 0.847, 1 },   /* blue 4 */
  { 0.149, 0.635, 0.412, 1 },   /* green 5 */
  { 0.776, 0.275, 0.000, 1 },   /* orange 5 */
  { 0.569, 0.255, 0.675, 1 },   /* purple 3 */
  { 0.753, 0.110, 0.157, 1 },   /* red 4 */
  { 0.525, 0.369, 0.235, 1 },   /* brown 4 */
  { 0.369, 0.361, 0.392, 1 },   /* dark 2 */
  { 0.102, 0.478, 0.549, 1 },   /* teal */
};

static const GdkRGBA palette_dark[] = {
  { 0.384, 0.627, 0.918, 1 },   /* blue 2 */
  { 0.341, 0.890, 0.537, 1 },   /* green 2 */
  { 1.000, 0.639, 0.282, 1 },   /* orange 2 */
  { 0.753, 0.380, 0.796, 1 },   /* purple 2 */
  { 0.965, 0.380, 0.318, 1 },   /* red 1 */
  { 0.804, 0.671, 0.561, 1 },   /* brown 2 */
  { 0.753, 0.749, 0.737, 1 },   /* light 4 */
  { 0.435, 0.827, 0.890, 1 },   /* teal */
};

typedef enum
{
  SHAPE_CIRCLE,
  SHAPE_SQUARE,
  SHAPE_TRIANGLE,
  SHAPE_DIAMOND,
  SHAPE_TRIANGLE_DOWN,
  N_SHAPES
} Shape;

/* Where things go, in left-to-right coordinates; flip() mirrors them for right-to-left. */
typedef struct
{
  int      width;
  gboolean rtl;
  double   min, max;
  guint    n_ticks;
  double   label_width;   /* of the widest value up the side */
  double   label_height;
  double   left, right, top, bottom;
  guint32  first_day, last_day;
} Geometry;

/* A key below the chart: a series, or what a baseline and a follow-up reading look like. */
enum {
  KEY_BASELINE = -1,
  KEY_FOLLOW_UP = -2,
};

typedef struct
{
  PangoLayout *layout;
  int          series;
  double       x, y, width;
} LegendItem;

static void
legend_item_clear (gpointer data)
{
  g_clear_object (&((LegendItem *) data)->layout);
}

static PangoLayout *
make_layout (GtkWidget  *widget,
             const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  return layout;
}

/* Up to five equal steps of a round size over the scale: 7 to 35 in sevens, 0 to 10 in twos. */
static guint
count_intervals (double min,
                 double max)
{
  double range = max - min;

  for (guint n = 5; n >= 2; n--)
    {
      if (fabs (range / n - round (range / n)) < 1e-9)
        return n;
    }

  return 4;
}

static double
tick_value (const Geometry *geo,
            guint           tick)
{
  return geo->min + (geo->max - geo->min) * tick / (geo->n_ticks - 1);
}

static void
find_days (TandemMeasureHistory *history,
           guint32              *first,
           guint32              *last)
{
  *first = G_MAXUINT32;
  *last = 0;

  for (guint s = 0; s < tandem_measure_history_get_n_series (history); s++)
    {
      guint n = 0;
      const TandemMeasurePoint *points = tandem_measure_history_get_points (history, s, &n);

      for (guint i = 0; i < n; i++)
        {
          *first = MIN (*first, points[i].day);
          *last = MAX (*last, points[i].day);
        }
    }
}

static void
compute_geometry (TandemMeasureChart *self,
                  int                 width,
                  Geometry           *geo)
{
  GtkWidget *widget = GTK_WIDGET (self);

  geo->width = width;
  geo->rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  tandem_measure_history_get_range (self->history, &geo->min, &geo->max);
  geo->n_ticks = count_intervals (geo->min, geo->max) + 1;
  geo->label_width = 0;
  geo->label_height = 0;

  for (guint i = 0; i < geo->n_ticks; i++)
    {
      g_autofree char *text = tandem_measure_format_value (tick_value (geo, i));
      g_autoptr(PangoLayout) layout = make_layout (widget, text);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      geo->label_width = MAX (geo->label_width, w);
      geo->label_height = MAX (geo->label_height, h);
    }

  geo->left = PAD + geo->label_width + GAP;
  geo->right = width - PAD;
  geo->top = PAD + geo->label_height / 2;
  geo->bottom = geo->top + PLOT_HEIGHT;
  find_days (self->history, &geo->first_day, &geo->last_day);
}

static double
flip (const Geometry *geo,
      double          x)
{
  return geo->rtl ? geo->width - x : x;
}

static double
y_for_value (const Geometry *geo,
             double          value)
{
  return geo->bottom - (value - geo->min) / (geo->max - geo->min) * (geo->bottom - geo->top);
}

/* A single day, or several readings on one day, sit in the middle. */
static double
x_for_day (const Geometry *geo,
           guint32         day)
{
  if (geo->last_day <= geo->first_day)
    return flip (geo, (geo->left + geo->right) / 2);

  return flip (geo, geo->left + INSET + (double) (day - geo->first_day) /
                                         (geo->last_day - geo->first_day) *
                                         (geo->right - geo->left - 2 * INSET));
}

static double
dodge (TandemMeasureHistory *history,
       guint                 series,
       gboolean              rtl)
{
  guint n = tandem_measure_history_get_n_series (history);

  return (series - (n - 1) / 2.0) * DODGE * (rtl ? -1 : 1);
}

static LegendItem
make_legend_item (TandemMeasureChart *self,
                  int                 series)
{
  LegendItem item = { NULL, series };
  const char *text;
  int w, h;

  if (series == KEY_BASELINE)
    text = _("Baseline");
  else if (series == KEY_FOLLOW_UP)
    text = _("Follow-up");
  else
    text = tandem_measure_history_get_series_name (self->history, series);

  item.layout = make_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (item.layout, &w, &h);
  item.width = SWATCH + GAP + w;
  return item;
}

/* The series, when there are several (one needs no key: the measure's name says what it
 * is), then what a baseline and a follow-up look like, kept together on a line. */
static GArray *
layout_legend (TandemMeasureChart *self,
               int                 width,
               double             *height)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  guint n_series = tandem_measure_history_get_n_series (self->history);
  double x = 0, y = 0, row_height = 0;

  g_array_set_clear_func (items, legend_item_clear);

  for (guint i = 0; n_series > 1 && i < n_series; i++)
    {
      LegendItem item = make_legend_item (self, i);

      g_array_append_val (items, item);
    }
  for (int key = KEY_BASELINE; key >= KEY_FOLLOW_UP; key--)
    {
      LegendItem item = make_legend_item (self, key);

      g_array_append_val (items, item);
    }

  for (guint i = 0; i < items->len; i++)
    {
      LegendItem *item = &g_array_index (items, LegendItem, i);
      double needed = item->width;
      int w, h;

      if (item->series == KEY_BASELINE)
        needed += LEGEND_SPACING + g_array_index (items, LegendItem, i + 1).width;

      if (x > 0 && x + needed > width - 2 * PAD)
        {
          x = 0;
          y += row_height + GAP / 2;
          row_height = 0;
        }

      pango_layout_get_pixel_size (item->layout, &w, &h);
      item->x = PAD + x;
      item->y = y;
      x += item->width + LEGEND_SPACING;
      row_height = MAX (row_height, h);
    }

  *height = y + row_height;
  return items;
}

static int
chart_height (TandemMeasureChart *self,
              int                 width)
{
  g_autoptr(GArray) legend = NULL;
  Geometry geo;
  double legend_height;

  compute_geometry (self, width, &geo);
  legend = layout_legend (self, width, &legend_height);

  return ceil (geo.bottom + GAP + geo.label_height + 2 * GAP + legend_height + PAD);
}

static gboolean
is_dark (const GdkRGBA *foreground)
{
  return 0.2126 * foreground->red + 0.7152 * foreground->green + 0.0722 * foreground->blue > 0.5;
}

static void
trace_shape (cairo_t *cr,
             double   x,
             double   y,
             Shape    shape)
{
  double r = MARKER;

  cairo_new_path (cr);
  switch (shape)
    {
    case SHAPE_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;

    case SHAPE_TRIANGLE:
    case SHAPE_TRIANGLE_DOWN:
      {
        double d = shape == SHAPE_TRIANGLE ? 1 : -1;

        cairo_move_to (cr, x, y - d * r * 1.25);
        cairo_line_to (cr, x + r * 1.15, y + d * r * 0.9);
        cairo_line_to (cr, x - r * 1.15, y + d * r * 0.9);
        cairo_close_path (cr);
      }
      break;

    case SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;

    case SHAPE_CIRCLE:
    case N_SHAPES:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static void
draw_marker (cairo_t       *cr,
             double         x,
             double         y,
             Shape          shape,
             gboolean       baseline,
             const GdkRGBA *color)
{
  gdk_cairo_set_source_rgba (cr, color);
  trace_shape (cr, x, y, shape);
  cairo_fill (cr);

  if (baseline)
    {
      cairo_new_path (cr);
      cairo_arc (cr, x, y, RING, 0, 2 * G_PI);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

static void
draw_grid (cairo_t        *cr,
           const Geometry *geo,
           const GdkRGBA  *foreground)
{
  GdkRGBA line = *foreground;

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < geo->n_ticks; i++)
    {
      /* Half a pixel off, so a one-pixel line covers one row of pixels. */
      double y = round (y_for_value (geo, tick_value (geo, i))) + 0.5;

      line.alpha = i == 0 ? 0.35 : 0.12;
      gdk_cairo_set_source_rgba (cr, &line);
      cairo_move_to (cr, flip (geo, geo->left), y);
      cairo_line_to (cr, flip (geo, geo->right), y);
      cairo_stroke (cr);
    }
}

static void
draw_series (TandemMeasureChart *self,
             cairo_t            *cr,
             const Geometry     *geo,
             guint               series,
             const GdkRGBA      *color)
{
  guint n = 0;
  const TandemMeasurePoint *points = tandem_measure_history_get_points (self->history, series, &n);
  double offset = dodge (self->history, series, geo->rtl);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    cairo_line_to (cr, x_for_day (geo, points[i].day) + offset, y_for_value (geo, points[i].value));
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    draw_marker (cr, x_for_day (geo, points[i].day) + offset, y_for_value (geo, points[i].value),
                 series % N_SHAPES, points[i].stage == TANDEM_STAGE_BASELINE, color);
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The values up the side, on the start side of the plot. */
static void
draw_scale (TandemMeasureChart *self,
            GtkSnapshot        *snapshot,
            const Geometry     *geo,
            const GdkRGBA      *color)
{
  for (guint i = 0; i < geo->n_ticks; i++)
    {
      g_autofree char *text = tandem_measure_format_value (tick_value (geo, i));
      g_autoptr(PangoLayout) layout = make_layout (GTK_WIDGET (self), text);
      int w, h;
      double end = PAD + geo->label_width;

      pango_layout_get_pixel_size (layout, &w, &h);
      append_text (snapshot, layout, geo->rtl ? geo->width - end : end - w,
                   y_for_value (geo, tick_value (geo, i)) - h / 2.0, color);
    }
}

static gboolean
overlaps (GArray *taken,
          double  start,
          double  end)
{
  for (guint i = 0; i < taken->len; i += 2)
    {
      if (start < g_array_index (taken, double, i + 1) + GAP &&
          end + GAP > g_array_index (taken, double, i))
        return TRUE;
    }

  return FALSE;
}

static void
draw_day (TandemMeasureChart *self,
          GtkSnapshot        *snapshot,
          const Geometry     *geo,
          guint32             day,
          GArray             *taken,
          const GdkRGBA      *color)
{
  g_autofree char *iso = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  GDate date;
  int w, h;
  double x;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  iso = tandem_date_to_iso (&date);
  text = tandem_date_format (iso);
  layout = make_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (layout, &w, &h);

  x = CLAMP (x_for_day (geo, day) - w / 2.0, PAD, geo->width - PAD - w);
  if (overlaps (taken, x, x + w))
    return;

  g_array_append_val (taken, x);
  x += w;
  g_array_append_val (taken, x);
  append_text (snapshot, layout, x - w, geo->bottom + GAP, color);
}

/* The first and last dates always; those between where there is room. */
static void
draw_days (TandemMeasureChart *self,
           GtkSnapshot        *snapshot,
           const Geometry     *geo,
           const GdkRGBA      *color)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (double));

  draw_day (self, snapshot, geo, geo->first_day, taken, color);
  if (geo->last_day != geo->first_day)
    draw_day (self, snapshot, geo, geo->last_day, taken, color);

  for (guint s = 0; s < tandem_measure_history_get_n_series (self->history); s++)
    {
      guint n = 0;
      const TandemMeasurePoint *points = tandem_measure_history_get_points (self->history, s, &n);

      for (guint i = 0; i < n; i++)
        draw_day (self, snapshot, geo, points[i].day, taken, color);
    }
}

static void
draw_legend (TandemMeasureChart *self,
             GtkSnapshot        *snapshot,
             cairo_t            *cr,
             const Geometry     *geo,
             const GdkRGBA      *palette,
             const GdkRGBA      *foreground)
{
  g_autoptr(GArray) items = NULL;
  double height;
  double top = geo->bottom + GAP + geo->label_height + 2 * GAP;

  items = layout_legend (self, geo->width, &height);
  for (guint i = 0; i < items->len; i++)
    {
      LegendItem *item = &g_array_index (items, LegendItem, i);
      double start = geo->rtl ? geo->width - item->x - item->width : item->x;
      double swatch = geo->rtl ? start + item->width - SWATCH : start;
      double text = geo->rtl ? start : start + SWATCH + GAP;
      int w, h;
      double y;

      pango_layout_get_pixel_size (item->layout, &w, &h);
      y = top + item->y + h / 2.0;

      if (item->series >= 0)
        {
          const GdkRGBA *color = &palette[item->series % G_N_ELEMENTS (palette_light)];

          gdk_cairo_set_source_rgba (cr, color);
          cairo_set_line_width (cr, 2);
          cairo_move_to (cr, swatch, y);
          cairo_line_to (cr, swatch + SWATCH, y);
          cairo_stroke (cr);
          draw_marker (cr, swatch + SWATCH / 2.0, y, item->series % N_SHAPES, FALSE, color);
        }
      else
        draw_marker (cr, swatch + SWATCH / 2.0, y, SHAPE_CIRCLE, item->series == KEY_BASELINE,
                     foreground);

      append_text (snapshot, item->layout, text, top + item->y, foreground);
    }
}

static void
tandem_measure_chart_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  TandemMeasureChart *self = TANDEM_MEASURE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const GdkRGBA *palette;
  GdkRGBA foreground, dim;
  Geometry geo;
  cairo_t *cr;

  if (self->history == NULL || tandem_measure_history_get_n_results (self->history) == 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  G_GNUC_END_IGNORE_DEPRECATIONS
  palette = is_dark (&foreground) ? palette_dark : palette_light;
  dim = foreground;
  dim.alpha *= 0.7;

  compute_geometry (self, width, &geo);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_grid (cr, &geo, &foreground);
  for (guint s = 0; s < tandem_measure_history_get_n_series (self->history); s++)
    draw_series (self, cr, &geo, s, &palette[s % G_N_ELEMENTS (palette_light)]);

  draw_legend (self, snapshot, cr, &geo, palette, &foreground);
  cairo_destroy (cr);

  draw_scale (self, snapshot, &geo, &dim);
  draw_days (self, snapshot, &geo, &dim);
}

static GtkSizeRequestMode
tandem_measure_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tandem_measure_chart_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  TandemMeasureChart *self = TANDEM_MEASURE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }

  if (self->history == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  *minimum = *natural = chart_height (self, for_size >= 0 ? for_size : NATURAL_WIDTH);
}

static void
tandem_measure_chart_direction_changed (GtkWidget        *widget,
                                        GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
tandem_measure_chart_dispose (GObject *object)
{
  TandemMeasureChart *self = (TandemMeasureChart *) object;

  g_clear_object (&self->history);

  G_OBJECT_CLASS (tandem_measure_chart_parent_class)->dispose (object);
}

static void
tandem_measure_chart_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemMeasureChart *self = TANDEM_MEASURE_CHART (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_measure_chart_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemMeasureChart *self = TANDEM_MEASURE_CHART (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      tandem_measure_chart_set_history (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_measure_chart_class_init (TandemMeasureChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_measure_chart_dispose;
  object_class->get_property = tandem_measure_chart_get_property;
  object_class->set_property = tandem_measure_chart_set_property;
  widget_class->snapshot = tandem_measure_chart_snapshot;
  widget_class->measure = tandem_measure_chart_measure;
  widget_class->get_request_mode = tandem_measure_chart_get_request_mode;
  widget_class->direction_changed = tandem_measure_chart_direction_changed;

  /* The results drawn. */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         TANDEM_TYPE_MEASURE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "measurechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tandem_measure_chart_init (TandemMeasureChart *self)
{
}

/**
 * tandem_measure_chart_new:
 * @history: (nullable): the results to draw
 */
GtkWidget *
tandem_measure_chart_new (TandemMeasureHistory *history)
{
  return g_object_new (TANDEM_TYPE_MEASURE_CHART, "history", history, NULL);
}

/**
 * tandem_measure_chart_get_history:
 *
 * Returns: (transfer none) (nullable): the results drawn
 */
TandemMeasureHistory *
tandem_measure_chart_get_history (TandemMeasureChart *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_CHART (self), NULL);

  return self->history;
}

void
tandem_measure_chart_set_history (TandemMeasureChart   *self,
                                  TandemMeasureHistory *history)
{
  g_return_if_fail (TANDEM_IS_MEASURE_CHART (self));
  g_return_if_fail (history == NULL || TANDEM_IS_MEASURE_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  if (history != NULL)
    {
      TandemMeasureKind kind = tandem_measure_history_get_kind (history);
      const TandemMeasureInfo *info = tandem_measure_get_info (kind);
      /* Translators: the accessible name of a chart, like “SWEMWBS results over time” */
      g_autofree char *label = g_strdup_printf (_("%s results over time"), _(info->name));
      g_autofree char *summary = tandem_measure_history_dup_summary (history);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}
