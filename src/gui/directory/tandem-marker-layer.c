/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-marker-layer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tandem-asset.h"
#include "tandem-asset-category.h"
#include "tandem-marker-layer.h"
#include "tandem-practice.h"

/* The map's markers, all drawn by one layer: a dot for each asset in its first category's
 * colour and a square with a cross for each practice.
 *
 * A ShumateMarkerLayer of 5,000 marker widgets measures and allocates every widget whenever
 * the map moves. Here positions come from a projection worked out once per marker, and the
 * markers in and around the view are drawn once into one image that pans with the map: as
 * 5,000 texture nodes, GTK 4.8's cairo renderer converted each marker's pixels at every
 * frame, which took longer than drawing the tiles. The image is drawn again when the view
 * leaves it, the zoom changes or the markers do. The layer mirrors the asset model position by position,
 * so a filter change costs only the items changed. */

#define ASSET_SIZE 14.0
#define PRACTICE_SIZE 20.0
#define PICK_SLOP 4.0
#define MAX_LATITUDE 85.05112878
#define CACHE_MARGIN 256.0  /* pixels drawn around the view, so that panning reuses them */

struct _TandemMarkerLayer
{
  ShumateLayer  parent_instance;

  GListModel   *assets;
  GArray       *asset_markers;      /* Marker, one per item of @assets */
  GArray       *practice_markers;   /* Marker, practices with coordinates only */
  GHashTable   *colours;            /* category key -> "#rrggbb" */
  GHashTable   *surfaces;           /* "#rrggbb" or "practice" -> cairo_surface_t */
  int           surface_scale;

  /* The markers near the view, drawn once; NULL when they must be drawn again. */
  cairo_surface_t *drawn;
  double        drawn_world;        /* the map's width in pixels at the zoom drawn for */
  double        drawn_left;         /* the image's corner on the map, in whole pixels */
  double        drawn_top;
  int           drawn_width;
  int           drawn_height;
  int           drawn_scale;
  gboolean      out_of_date;        /* @assets changed while the layer was not shown */
};

G_DEFINE_FINAL_TYPE (TandemMarkerLayer, tandem_marker_layer, SHUMATE_TYPE_LAYER)

typedef struct
{
  GObject    *item;
  gboolean    placed;
  double      x;        /* Web Mercator, 0 to 1 across the world */
  double      y;
  const char *colour;   /* interned */
} Marker;

static void
marker_clear (gpointer data)
{
  Marker *marker = data;

  g_clear_object (&marker->item);
}

static void
project (Marker *marker,
         double  latitude,
         double  longitude)
{
  double phi = CLAMP (latitude, -MAX_LATITUDE, MAX_LATITUDE) * G_PI / 180.0;

  marker->x = (longitude + 180.0) / 360.0;
  marker->y = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;
}

static const char *
colour_for (TandemMarkerLayer *self,
            TandemAsset       *asset)
{
  const char *categories = tandem_asset_get_categories (asset);
  g_autofree char *first = NULL;
  const char *comma;
  const char *colour;

  if (categories == NULL || categories[0] == '\0')
    return g_intern_static_string ("#77767b");

  comma = strchr (categories, ',');
  first = comma != NULL ? g_strndup (categories, comma - categories) : g_strdup (categories);
  colour = g_hash_table_lookup (self->colours, g_strstrip (first));

  return g_intern_string (colour != NULL && colour[0] != '\0' ? colour : "#77767b");
}

static void
set_asset_marker (TandemMarkerLayer *self,
                  Marker            *marker,
                  TandemAsset       *asset)
{
  g_set_object (&marker->item, G_OBJECT (asset));
  marker->placed = tandem_asset_get_has_coordinates (asset);
  if (marker->placed)
    project (marker, tandem_asset_get_latitude (asset), tandem_asset_get_longitude (asset));
  marker->colour = colour_for (self, asset);
}

static cairo_surface_t *
draw_marker (const char *colour,
             int         scale)
{
  gboolean practice = g_str_equal (colour, "practice");
  double size = practice ? PRACTICE_SIZE : ASSET_SIZE;
  int pixels = (int) ceil (size * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cairo_t *cr = cairo_create (surface);
  GdkRGBA rgba;

  cairo_scale (cr, scale, scale);
  if (practice)
    {
      /* A dark tile with a white cross: the sign of a GP surgery, told apart by its shape. */
      cairo_rectangle (cr, 1, 1, size - 2, size - 2);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
      cairo_rectangle (cr, 2.5, 2.5, size - 5, size - 5);
      cairo_set_source_rgb (cr, 0.12, 0.30, 0.55);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, size / 2 - 1.75, 5, 3.5, size - 10);
      cairo_rectangle (cr, 5, size / 2 - 1.75, size - 10, 3.5);
      cairo_fill (cr);
    }
  else
    {
      if (!gdk_rgba_parse (&rgba, colour))
        gdk_rgba_parse (&rgba, "#77767b");
      /* A white rim keeps dots apart from each other and from any map colour. */
      cairo_arc (cr, size / 2, size / 2, size / 2 - 0.5, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
      cairo_arc (cr, size / 2, size / 2, size / 2 - 2.5, 0, 2 * G_PI);
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  cairo_surface_set_device_scale (surface, scale, scale);

  return surface;
}

static cairo_surface_t *
get_marker (TandemMarkerLayer *self,
            const char        *colour,
            int                scale)
{
  cairo_surface_t *surface;

  if (scale != self->surface_scale)
    {
      g_hash_table_remove_all (self->surfaces);
      self->surface_scale = scale;
    }

  surface = g_hash_table_lookup (self->surfaces, colour);
  if (surface == NULL)
    {
      surface = draw_marker (colour, scale);
      g_hash_table_insert (self->surfaces, (gpointer) colour, surface);
    }

  return surface;
}

/* The markers must be drawn again. */
static void
markers_changed (TandemMarkerLayer *self)
{
  g_clear_pointer (&self->drawn, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Where the viewport puts a projected point, as shumate_viewport_location_to_widget_coords()
 * does, without projecting again for every marker in every frame. */
typedef struct
{
  double world;
  double centre_x;
  double centre_y;
  double width;
  double height;
  double cos_r;
  double sin_r;
} Frame;

static gboolean
frame_init (TandemMarkerLayer *self,
            Frame             *frame)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  Marker centre = { 0 };
  double rotation = shumate_viewport_get_rotation (viewport);
  guint tile_size = source != NULL ? shumate_map_source_get_tile_size (source) : 256;

  project (&centre, shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
           shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
  frame->world = tile_size * pow (2.0, shumate_viewport_get_zoom_level (viewport));
  frame->centre_x = centre.x;
  frame->centre_y = centre.y;
  frame->width = gtk_widget_get_width (GTK_WIDGET (self));
  frame->height = gtk_widget_get_height (GTK_WIDGET (self));
  frame->cos_r = cos (rotation);
  frame->sin_r = sin (rotation);

  return frame->width > 0 && frame->height > 0;
}

static void
frame_place (const Frame  *frame,
             const Marker *marker,
             double       *x,
             double       *y)
{
  double dx = (marker->x - frame->centre_x) * frame->world;
  double dy = (marker->y - frame->centre_y) * frame->world;

  *x = frame->cos_r * dx - frame->sin_r * dy + frame->width / 2;
  *y = frame->sin_r * dx + frame->cos_r * dy + frame->height / 2;
}

/* Draws @markers onto @cr, whose origin is at @left, @top of the widget. */
static void
draw_markers (TandemMarkerLayer *self,
              cairo_t           *cr,
              const Frame       *frame,
              GArray            *markers,
              double             size,
              double             left,
              double             top,
              double             width,
              double             height,
              int                scale)
{
  for (guint i = 0; i < markers->len; i++)
    {
      const Marker *marker = &g_array_index (markers, Marker, i);
      double x, y;

      if (!marker->placed)
        continue;

      frame_place (frame, marker, &x, &y);
      x -= left;
      y -= top;
      if (x < -size || y < -size || x > width + size || y > height + size)
        continue;

      cairo_set_source_surface (cr, get_marker (self, marker->colour, scale),
                                round (x - size / 2), round (y - size / 2));
      cairo_paint (cr);
    }
}

static guint
count_in_view (const Frame *frame,
               GArray      *markers,
               double       size)
{
  guint n = 0;

  for (guint i = 0; i < markers->len; i++)
    {
      const Marker *marker = &g_array_index (markers, Marker, i);
      double x, y;

      if (!marker->placed)
        continue;

      frame_place (frame, marker, &x, &y);
      if (x >= -size && y >= -size && x <= frame->width + size && y <= frame->height + size)
        n++;
    }

  return n;
}

/* Draws the markers into an image covering @left, @top, @width, @height of the widget as
 * @frame shows it. */
static cairo_surface_t *
draw_image (TandemMarkerLayer *self,
            const Frame       *frame,
            double             left,
            double             top,
            int                width,
            int                height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale,
                                                         height * scale);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  draw_markers (self, cr, frame, self->asset_markers, ASSET_SIZE, left, top, width, height,
                scale);
  draw_markers (self, cr, frame, self->practice_markers, PRACTICE_SIZE, left, top, width,
                height, scale);
  cairo_destroy (cr);
  cairo_surface_set_device_scale (surface, scale, scale);

  return surface;
}

static void apply_change (TandemMarkerLayer *self,
                          guint              position,
                          guint              removed,
                          guint              added,
                          GListModel        *model);

/* Catches up with changes to the assets made while the layer was hidden. */
static void
ensure_up_to_date (TandemMarkerLayer *self)
{
  if (!self->out_of_date)
    return;

  self->out_of_date = FALSE;
  apply_change (self, 0, self->asset_markers->len, 0, NULL);
  if (self->assets != NULL)
    apply_change (self, 0, 0, g_list_model_get_n_items (self->assets), self->assets);
}

static void
items_changed_cb (TandemMarkerLayer *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *model)
{
  /* The directory's list refilters at every keystroke: a hidden map waits until it is shown
   * rather than following each step. */
  if (self->out_of_date || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->out_of_date = TRUE;
      return;
    }

  apply_change (self, position, removed, added, model);
}

static void
apply_change (TandemMarkerLayer *self,
              guint              position,
              guint              removed,
              guint              added,
              GListModel        *model)
{
  if (removed > 0)
    g_array_remove_range (self->asset_markers, position, removed);

  if (added > 0)
    {
      Marker *markers = g_new0 (Marker, added);

      for (guint i = 0; i < added; i++)
        {
          g_autoptr(TandemAsset) asset = g_list_model_get_item (model, position + i);

          set_asset_marker (self, &markers[i], asset);
        }
      /* The array takes the markers' references. */
      g_array_insert_vals (self->asset_markers, position, markers, added);
      g_free (markers);
    }

  markers_changed (self);
}

static void
viewport_notify_cb (TandemMarkerLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tandem_marker_layer_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tandem_marker_layer_parent_class)->map (widget);

  ensure_up_to_date (TANDEM_MARKER_LAYER (widget));
}

/* Where the view's top left corner is on the whole map, in pixels at the frame's zoom. */
static void
frame_get_corner (const Frame *frame,
                  double      *left,
                  double      *top)
{
  *left = frame->centre_x * frame->world - frame->width / 2;
  *top = frame->centre_y * frame->world - frame->height / 2;
}

static gboolean
drawn_covers (TandemMarkerLayer *self,
              const Frame       *frame)
{
  double left, top;

  if (self->drawn == NULL || self->drawn_world != frame->world ||
      self->drawn_scale != gtk_widget_get_scale_factor (GTK_WIDGET (self)))
    return FALSE;

  frame_get_corner (frame, &left, &top);
  return left >= self->drawn_left && top >= self->drawn_top &&
         left + frame->width <= self->drawn_left + self->drawn_width &&
         top + frame->height <= self->drawn_top + self->drawn_height;
}

/* Paints @image with its corner at @x, @y of the widget. */
static void
snapshot_image (GtkSnapshot     *snapshot,
                const Frame     *frame,
                cairo_surface_t *image,
                double           x,
                double           y)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, frame->width,
                                                                          frame->height));

  cairo_set_source_surface (cr, image, x, y);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
tandem_marker_layer_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  TandemMarkerLayer *self = TANDEM_MARKER_LAYER (widget);
  double left, top;
  Frame frame;

  if (self->asset_markers->len + self->practice_markers->len == 0 ||
      !frame_init (self, &frame))
    return;

  /* A turned map moves its markers around the centre: they are drawn for each frame. */
  if (frame.sin_r != 0)
    {
      cairo_surface_t *image = draw_image (self, &frame, 0, 0, (int) ceil (frame.width),
                                           (int) ceil (frame.height));

      snapshot_image (snapshot, &frame, image, 0, 0);
      cairo_surface_destroy (image);
      return;
    }

  frame_get_corner (&frame, &left, &top);
  if (!drawn_covers (self, &frame))
    {
      g_clear_pointer (&self->drawn, cairo_surface_destroy);
      self->drawn_world = frame.world;
      self->drawn_scale = gtk_widget_get_scale_factor (widget);
      self->drawn_left = floor (left - CACHE_MARGIN);
      self->drawn_top = floor (top - CACHE_MARGIN);
      self->drawn_width = (int) ceil (frame.width + 2 * CACHE_MARGIN) + 1;
      self->drawn_height = (int) ceil (frame.height + 2 * CACHE_MARGIN) + 1;
      self->drawn = draw_image (self, &frame, self->drawn_left - left, self->drawn_top - top,
                                self->drawn_width, self->drawn_height);
    }

  /* Whole pixels, as the markers were drawn: an image between pixels would be blurred. */
  snapshot_image (snapshot, &frame, self->drawn, round (self->drawn_left - left),
                  round (self->drawn_top - top));
}

static void
tandem_marker_layer_constructed (GObject *object)
{
  TandemMarkerLayer *self = TANDEM_MARKER_LAYER (object);

  G_OBJECT_CLASS (tandem_marker_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (viewport_notify_cb), self, G_CONNECT_SWAPPED);
}

static void
tandem_marker_layer_dispose (GObject *object)
{
  TandemMarkerLayer *self = TANDEM_MARKER_LAYER (object);

  if (self->assets != NULL)
    g_signal_handlers_disconnect_by_func (self->assets, items_changed_cb, self);
  g_clear_object (&self->assets);
  g_clear_pointer (&self->asset_markers, g_array_unref);
  g_clear_pointer (&self->practice_markers, g_array_unref);
  g_clear_pointer (&self->colours, g_hash_table_unref);
  g_clear_pointer (&self->surfaces, g_hash_table_unref);
  g_clear_pointer (&self->drawn, cairo_surface_destroy);

  G_OBJECT_CLASS (tandem_marker_layer_parent_class)->dispose (object);
}

static void
tandem_marker_layer_class_init (TandemMarkerLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tandem_marker_layer_constructed;
  object_class->dispose = tandem_marker_layer_dispose;

  widget_class->map = tandem_marker_layer_map;
  widget_class->snapshot = tandem_marker_layer_snapshot;
}

static void
tandem_marker_layer_init (TandemMarkerLayer *self)
{
  self->asset_markers = g_array_new (FALSE, TRUE, sizeof (Marker));
  g_array_set_clear_func (self->asset_markers, marker_clear);
  self->practice_markers = g_array_new (FALSE, TRUE, sizeof (Marker));
  g_array_set_clear_func (self->practice_markers, marker_clear);
  self->colours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->surfaces = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) cairo_surface_destroy);
}

TandemMarkerLayer *
tandem_marker_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (TANDEM_TYPE_MARKER_LAYER, "viewport", viewport, NULL);
}

/**
 * tandem_marker_layer_set_assets:
 * @assets: (nullable): a model of TandemAsset
 *
 * Shows a marker for each asset of @assets with coordinates, following the model's changes.
 */
void
tandem_marker_layer_set_assets (TandemMarkerLayer *self,
                                GListModel        *assets)
{
  guint removed;

  g_return_if_fail (TANDEM_IS_MARKER_LAYER (self));
  g_return_if_fail (assets == NULL || G_IS_LIST_MODEL (assets));

  if (self->assets == assets)
    return;

  if (self->assets != NULL)
    g_signal_handlers_disconnect_by_func (self->assets, items_changed_cb, self);
  g_set_object (&self->assets, assets);

  removed = self->asset_markers->len;
  apply_change (self, 0, removed, 0, NULL);
  self->out_of_date = FALSE;
  if (assets != NULL)
    {
      g_signal_connect_object (assets, "items-changed", G_CALLBACK (items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      apply_change (self, 0, 0, g_list_model_get_n_items (assets), assets);
    }
}

/**
 * tandem_marker_layer_set_practices:
 * @practices: (nullable): a model of TandemPractice
 */
void
tandem_marker_layer_set_practices (TandemMarkerLayer *self,
                                   GListModel        *practices)
{
  guint n;

  g_return_if_fail (TANDEM_IS_MARKER_LAYER (self));

  g_array_set_size (self->practice_markers, 0);
  n = practices != NULL ? g_list_model_get_n_items (practices) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);
      Marker marker = { 0 };

      if (!tandem_practice_get_has_coordinates (practice) || tandem_practice_get_retired (practice))
        continue;

      marker.item = g_object_ref (G_OBJECT (practice));
      marker.placed = TRUE;
      marker.colour = g_intern_static_string ("practice");
      project (&marker, tandem_practice_get_latitude (practice),
               tandem_practice_get_longitude (practice));
      g_array_append_val (self->practice_markers, marker);
    }

  markers_changed (self);
}

/**
 * tandem_marker_layer_set_categories:
 * @categories: (element-type TandemAssetCategory): the directory's categories
 *
 * Colours each asset's marker by its first category.
 */
void
tandem_marker_layer_set_categories (TandemMarkerLayer *self,
                                    GPtrArray         *categories)
{
  g_return_if_fail (TANDEM_IS_MARKER_LAYER (self));

  ensure_up_to_date (self);
  g_hash_table_remove_all (self->colours);
  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      TandemAssetCategory *category = g_ptr_array_index (categories, i);

      g_hash_table_insert (self->colours, g_strdup (tandem_asset_category_get_key (category)),
                           g_strdup (tandem_asset_category_get_colour (category)));
    }

  for (guint i = 0; i < self->asset_markers->len; i++)
    {
      Marker *marker = &g_array_index (self->asset_markers, Marker, i);

      marker->colour = colour_for (self, TANDEM_ASSET (marker->item));
    }

  markers_changed (self);
}

/**
 * tandem_marker_layer_update_asset:
 *
 * Moves the asset's marker to where the asset now says it is.
 */
void
tandem_marker_layer_update_asset (TandemMarkerLayer *self,
                                  gpointer           asset)
{
  g_return_if_fail (TANDEM_IS_MARKER_LAYER (self));
  g_return_if_fail (TANDEM_IS_ASSET (asset));

  ensure_up_to_date (self);
  for (guint i = 0; i < self->asset_markers->len; i++)
    {
      Marker *marker = &g_array_index (self->asset_markers, Marker, i);

      if (marker->item == asset)
        set_asset_marker (self, marker, asset);
    }

  markers_changed (self);
}

static gpointer
pick_in (const Frame *frame,
         GArray      *markers,
         double       size,
         double       x,
         double       y,
         double      *best)
{
  gpointer found = NULL;

  /* The last drawn is on top, so it wins a tie. */
  for (guint i = 0; i < markers->len; i++)
    {
      const Marker *marker = &g_array_index (markers, Marker, i);
      double mx, my, distance;

      if (!marker->placed)
        continue;

      frame_place (frame, marker, &mx, &my);
      distance = hypot (mx - x, my - y);
      if (distance <= size / 2 + PICK_SLOP && distance <= *best)
        {
          *best = distance;
          found = marker->item;
        }
    }

  return found;
}

/**
 * tandem_marker_layer_pick:
 * @x: a point in the layer
 * @y: a point in the layer
 *
 * Returns: (transfer none) (nullable): the TandemAsset or TandemPractice whose marker is at
 *   the point, the nearest when several are
 */
gpointer
tandem_marker_layer_pick (TandemMarkerLayer *self,
                          double             x,
                          double             y)
{
  double best = G_MAXDOUBLE;
  gpointer asset;
  gpointer practice;
  Frame frame;

  g_return_val_if_fail (TANDEM_IS_MARKER_LAYER (self), NULL);

  ensure_up_to_date (self);
  if (!frame_init (self, &frame))
    return NULL;

  /* Practices are drawn over assets, so they are picked first. */
  practice = pick_in (&frame, self->practice_markers, PRACTICE_SIZE, x, y, &best);
  if (practice != NULL)
    return practice;

  asset = pick_in (&frame, self->asset_markers, ASSET_SIZE, x, y, &best);
  return asset;
}

guint
tandem_marker_layer_get_n_assets_shown (TandemMarkerLayer *self)
{
  guint n = 0;

  g_return_val_if_fail (TANDEM_IS_MARKER_LAYER (self), 0);

  ensure_up_to_date (self);
  for (guint i = 0; i < self->asset_markers->len; i++)
    n += g_array_index (self->asset_markers, Marker, i).placed;

  return n;
}

guint
tandem_marker_layer_get_n_practices_shown (TandemMarkerLayer *self)
{
  g_return_val_if_fail (TANDEM_IS_MARKER_LAYER (self), 0);

  return self->practice_markers->len;
}

/**
 * tandem_marker_layer_get_n_drawn:
 *
 * Returns: how many markers the map shows: those in view
 */
guint
tandem_marker_layer_get_n_drawn (TandemMarkerLayer *self)
{
  Frame frame;

  g_return_val_if_fail (TANDEM_IS_MARKER_LAYER (self), 0);

  /* Counted when asked rather than at every frame: only tests and the benchmark ask. */
  if (!frame_init (self, &frame))
    return 0;

  return count_in_view (&frame, self->asset_markers, ASSET_SIZE) +
         count_in_view (&frame, self->practice_markers, PRACTICE_SIZE);
}

/**
 * tandem_marker_layer_get_bounds:
 *
 * Returns: whether any marker is placed; if so, the box around all of them, in degrees
 */
gboolean
tandem_marker_layer_get_bounds (TandemMarkerLayer *self,
                                double            *south,
                                double            *west,
                                double            *north,
                                double            *east)
{
  GArray *arrays[] = { NULL, NULL };
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  g_return_val_if_fail (TANDEM_IS_MARKER_LAYER (self), FALSE);

  ensure_up_to_date (self);
  arrays[0] = self->asset_markers;
  arrays[1] = self->practice_markers;

  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    for (guint i = 0; i < arrays[a]->len; i++)
      {
        const Marker *marker = &g_array_index (arrays[a], Marker, i);

        if (!marker->placed)
          continue;
        min_x = MIN (min_x, marker->x);
        max_x = MAX (max_x, marker->x);
        min_y = MIN (min_y, marker->y);
        max_y = MAX (max_y, marker->y);
      }

  if (min_x > max_x)
    return FALSE;

  /* Back from the projection: y grows southwards. */
  *west = min_x * 360.0 - 180.0;
  *east = max_x * 360.0 - 180.0;
  *north = atan (sinh (G_PI * (1 - 2 * min_y))) * 180.0 / G_PI;
  *south = atan (sinh (G_PI * (1 - 2 * max_y))) * 180.0 / G_PI;

  return TRUE;
}
