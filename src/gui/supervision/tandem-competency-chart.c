/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-competency-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-competency-chart.h"

/* One competency's level over a worker's reviews, small enough to sit at the end of its row:
 * a faint line for each level of the scale, so the steps read as steps, and the levels joined
 * in time order. The charts of one worker share their dates, so their points line up and the
 * growth of each competency can be compared down the page. Time runs with the text: right to
 * left in a right-to-left language. The row says the same in words. */
struct _TandemCompetencyChart
{
  GtkWidget  parent_instance;

  GArray    *points;      /* TandemCompetencyPoint, the earliest first */
  int        max_level;
  guint32    first_day;
  guint32    last_day;
};

G_DEFINE_FINAL_TYPE (TandemCompetencyChart, tandem_competency_chart, GTK_TYPE_WIDGET)

#define WIDTH 168
#define HEIGHT 44
#define INSET 6.0
#define DOT 3.0
#define LAST_DOT 4.5

/* Blue from the GNOME palette: a darker one on a light background, lighter on a dark. */
static const GdkRGBA line_light = { 0.110, 0.443, 0.847, 1 };
static const GdkRGBA line_dark = { 0.384, 0.627, 0.918, 1 };

static gboolean
is_dark (const GdkRGBA *foreground)
{
  return 0.2126 * foreground->red + 0.7152 * foreground->green + 0.0722 * foreground->blue > 0.5;
}

static double
x_for_day (TandemCompetencyChart *self,
           double                 width,
           guint32                day,
           gboolean               rtl)
{
  double fraction = 0.5;
  double x;

  if (self->last_day > self->first_day)
    fraction = (double) (day - self->first_day) / (self->last_day - self->first_day);

  x = INSET + fraction * (width - 2 * INSET);
  return rtl ? width - x : x;
}

static double
y_for_level (TandemCompetencyChart *self,
             double                 height,
             int                    level)
{
  int top = MAX (self->max_level, 1);

  return height - INSET - (double) CLAMP (level, 0, top) / top * (height - 2 * INSET);
}

static void
draw_scale (TandemCompetencyChart *self,
            cairo_t               *cr,
            double                 width,
            double                 height,
            const GdkRGBA         *foreground)
{
  cairo_set_line_width (cr, 1.0);
  for (int level = 0; level <= self->max_level; level++)
    {
      double y = round (y_for_level (self, height, level)) + 0.5;

      cairo_set_source_rgba (cr, foreground->red, foreground->green, foreground->blue,
                             level == 0 ? 0.25 : 0.1);
      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, width, y);
      cairo_stroke (cr);
    }
}

static void
tandem_competency_chart_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  TandemCompetencyChart *self = TANDEM_COMPETENCY_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA foreground;
  const GdkRGBA *color;
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color = is_dark (&foreground) ? &line_dark : &line_light;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_scale (self, cr, width, height, &foreground);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < self->points->len; i++)
    {
      TandemCompetencyPoint *point = &g_array_index (self->points, TandemCompetencyPoint, i);
      double x = x_for_day (self, width, point->day, rtl);
      double y = y_for_level (self, height, point->level);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < self->points->len; i++)
    {
      TandemCompetencyPoint *point = &g_array_index (self->points, TandemCompetencyPoint, i);
      gboolean last = i + 1 == self->points->len;

      cairo_new_path (cr);
      cairo_arc (cr, x_for_day (self, width, point->day, rtl),
                 y_for_level (self, height, point->level), last ? LAST_DOT : DOT, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_destroy (cr);
}

static void
tandem_competency_chart_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = WIDTH;
  else
    *minimum = *natural = HEIGHT;
}

static void
tandem_competency_chart_direction_changed (GtkWidget        *widget,
                                           GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
tandem_competency_chart_css_changed (GtkWidget         *widget,
                                     GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tandem_competency_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
tandem_competency_chart_finalize (GObject *object)
{
  TandemCompetencyChart *self = (TandemCompetencyChart *) object;

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (tandem_competency_chart_parent_class)->finalize (object);
}

static void
tandem_competency_chart_class_init (TandemCompetencyChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_competency_chart_finalize;
  widget_class->snapshot = tandem_competency_chart_snapshot;
  widget_class->measure = tandem_competency_chart_measure;
  widget_class->direction_changed = tandem_competency_chart_direction_changed;
  widget_class->css_changed = tandem_competency_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "competency-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tandem_competency_chart_init (TandemCompetencyChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (TandemCompetencyPoint));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
tandem_competency_chart_new (void)
{
  return g_object_new (TANDEM_TYPE_COMPETENCY_CHART, NULL);
}

/**
 * tandem_competency_chart_set_points:
 * @points: (element-type TandemCompetencyPoint): the levels, the earliest first; copied
 * @max_level: the top of the framework's scale
 * @first_day: the Julian day at the chart’s start
 * @last_day: the Julian day at its end, shared with the worker's other charts
 */
void
tandem_competency_chart_set_points (TandemCompetencyChart *self,
                                    GArray                *points,
                                    int                    max_level,
                                    guint32                first_day,
                                    guint32                last_day)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_CHART (self));

  g_array_set_size (self->points, 0);
  if (points != NULL && points->len > 0)
    g_array_append_vals (self->points, points->data, points->len);
  self->max_level = MAX (max_level, 1);
  self->first_day = first_day;
  self->last_day = MAX (last_day, first_day);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
tandem_competency_chart_get_n_points (TandemCompetencyChart *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_CHART (self), 0);

  return self->points->len;
}
