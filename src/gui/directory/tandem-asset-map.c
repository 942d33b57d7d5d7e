/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-asset-map.h"
#include "tandem-marker-layer.h"
#include "tandem-practice.h"
#include "tandem-tile-source.h"

/* The directory's map: a marker for each asset with coordinates, coloured by its first
 * category, and the practices, over tiles from the tile server in the settings. The markers
 * do not depend on the tiles: when no tile can be had, they stay on a plain background and a
 * note says why. Clicking a marker activates its asset; in pin mode, the next click on the
 * map gives the asset its coordinates. */

/* The middle of Great Britain, for a map with nothing on it yet. */
#define HOME_LATITUDE 54.0
#define HOME_LONGITUDE -2.5
#define HOME_ZOOM 6.0
#define ASSET_ZOOM 16.0
#define MAX_FIT_ZOOM 15.0

/* After this many failures in a row, tiles count as unavailable even if some came before. */
#define FAILURES_BEFORE_NOTE 6

struct _TandemAssetMap
{
  AdwBin             parent_instance;

  GSettings         *settings;
  TandemMarkerLayer *markers;
  TandemTileSource  *source;
  TandemAsset       *pin_asset;
  GListModel        *assets;
  gboolean           tiles_available;
  gboolean           tiles_answered;
  guint              failures;
  gboolean           fitted;
  guint              fit_tick;

  ShumateSimpleMap  *map;
  GtkWidget         *pin_note;
  GtkWidget         *pin_label;
  GtkWidget         *tiles_note;
  GtkWidget         *empty_note;
};

G_DEFINE_FINAL_TYPE (TandemAssetMap, tandem_asset_map, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TILES_AVAILABLE,
  N_PROPS
};

enum {
  SIGNAL_ASSET_ACTIVATED,
  SIGNAL_PIN_PLACED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_tiles_available (TandemAssetMap *self,
                     gboolean        available)
{
  gtk_widget_set_visible (self->tiles_note, !available);

  if (self->tiles_available == available)
    return;

  self->tiles_available = available;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TILES_AVAILABLE]);
}

static void
update_empty_note (TandemAssetMap *self)
{
  gboolean listed = self->assets != NULL && g_list_model_get_n_items (self->assets) > 0;

  gtk_widget_set_visible (self->empty_note,
                          listed && tandem_marker_layer_get_n_assets_shown (self->markers) == 0);
}

static void
tile_loaded_cb (TandemAssetMap *self,
                gboolean        from_network)
{
  /* A tile from the cache says nothing about the server. */
  if (!from_network)
    return;

  self->tiles_answered = TRUE;
  self->failures = 0;
  set_tiles_available (self, TRUE);
}

static void
tile_failed_cb (TandemAssetMap *self,
                const char     *message)
{
  self->failures++;
  if (!self->tiles_answered || self->failures >= FAILURES_BEFORE_NOTE)
    set_tiles_available (self, FALSE);
}

/* A new source whenever the settings change, so the cache and the state start afresh. */
static void
load_tiles (TandemAssetMap *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "map-tile-url");
  g_autofree char *attribution = g_settings_get_string (self->settings, "map-tile-attribution");
  g_autoptr(ShumateRasterRenderer) renderer = NULL;

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);

  self->tiles_answered = FALSE;
  self->failures = 0;
  set_tiles_available (self, TRUE);

  self->source = tandem_tile_source_new (g_strstrip (url));
  g_signal_connect_object (self->source, "tile-loaded", G_CALLBACK (tile_loaded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->source, "tile-failed", G_CALLBACK (tile_failed_cb), self,
                           G_CONNECT_SWAPPED);

  renderer = shumate_raster_renderer_new_full ("tandem-tiles", _("Map"), attribution, NULL,
                                               0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR,
                                               SHUMATE_DATA_SOURCE (self->source));
  shumate_simple_map_set_map_source (self->map, SHUMATE_MAP_SOURCE (renderer));

  /* No address at all fetches nothing, so nothing would ever fail: say so at once. */
  if (url[0] == '\0')
    set_tiles_available (self, FALSE);
}

static void
settings_changed_cb (TandemAssetMap *self,
                     const char     *key)
{
  if (g_str_has_prefix (key, "map-tile-"))
    load_tiles (self);
}

static void
end_pin (TandemAssetMap *self)
{
  g_clear_object (&self->pin_asset);
  gtk_widget_set_visible (self->pin_note, FALSE);
  gtk_widget_set_cursor (GTK_WIDGET (self->markers), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "asset-map.cancel-pin", FALSE);
}

static void
place_pin_at (TandemAssetMap *self,
              double          x,
              double          y)
{
  g_autoptr(TandemAsset) asset = g_steal_pointer (&self->pin_asset);
  double latitude, longitude;

  shumate_viewport_widget_coords_to_location (tandem_asset_map_get_viewport (self),
                                              GTK_WIDGET (self->markers), x, y,
                                              &latitude, &longitude);
  end_pin (self);

  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, latitude);
  tandem_asset_set_longitude (asset, longitude);
  tandem_marker_layer_update_asset (self->markers, asset);
  update_empty_note (self);

  g_signal_emit (self, signals[SIGNAL_PIN_PLACED], 0, asset, latitude, longitude);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             TandemAssetMap  *self)
{
  gpointer item;

  if (n_press != 1)
    return;

  if (self->pin_asset != NULL)
    {
      place_pin_at (self, x, y);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }

  item = tandem_marker_layer_pick (self->markers, x, y);
  if (TANDEM_IS_ASSET (item))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      g_signal_emit (self, signals[SIGNAL_ASSET_ACTIVATED], 0, item);
    }
}

static gboolean
query_tooltip_cb (GtkWidget      *widget,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip,
                  TandemAssetMap *self)
{
  gpointer item = tandem_marker_layer_pick (self->markers, x, y);

  if (TANDEM_IS_ASSET (item))
    {
      const char *organisation = tandem_asset_get_organisation (item);
      g_autofree char *text = NULL;

      if (organisation != NULL && organisation[0] != '\0' &&
          g_strcmp0 (organisation, tandem_asset_get_name (item)) != 0)
        /* Translators: a map marker's tooltip: an asset's name, then its organisation. */
        text = g_strdup_printf (_("%s\n%s"), tandem_asset_get_name (item), organisation);
      else
        text = g_strdup (tandem_asset_get_name (item));
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }

  if (TANDEM_IS_PRACTICE (item))
    {
      gtk_tooltip_set_text (tooltip, tandem_practice_get_name (item));
      return TRUE;
    }

  return FALSE;
}

static void
assets_changed_cb (TandemAssetMap *self)
{
  /* Hidden, the map follows the list later: see tandem_asset_map_map(). */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  update_empty_note (self);

  if (!self->fitted && tandem_marker_layer_get_n_assets_shown (self->markers) > 0)
    tandem_asset_map_zoom_to_fit (self);
}

static void
tandem_asset_map_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tandem_asset_map_parent_class)->map (widget);

  assets_changed_cb (TANDEM_ASSET_MAP (widget));
}

static void
cancel_pin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  tandem_asset_map_cancel_pin (TANDEM_ASSET_MAP (widget));
}

/* Fitting needs the map's size, known only once it is laid out: the first frame with a size
 * fits what is there, then the callback ends. */
static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  TandemAssetMap *self = TANDEM_ASSET_MAP (widget);

  if (gtk_widget_get_width (widget) <= 0)
    return G_SOURCE_CONTINUE;

  self->fit_tick = 0;
  if (!self->fitted)
    tandem_asset_map_zoom_to_fit (self);

  return G_SOURCE_REMOVE;
}

static void
tandem_asset_map_dispose (GObject *object)
{
  TandemAssetMap *self = TANDEM_ASSET_MAP (object);

  if (self->assets != NULL)
    g_signal_handlers_disconnect_by_data (self->assets, self);
  g_clear_object (&self->assets);
  g_clear_object (&self->pin_asset);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_ASSET_MAP);
  g_clear_object (&self->source);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tandem_asset_map_parent_class)->dispose (object);
}

static void
tandem_asset_map_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TandemAssetMap *self = TANDEM_ASSET_MAP (object);

  switch (prop_id)
    {
    case PROP_TILES_AVAILABLE:
      g_value_set_boolean (value, self->tiles_available);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_map_class_init (TandemAssetMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_asset_map_dispose;
  object_class->get_property = tandem_asset_map_get_property;
  widget_class->map = tandem_asset_map_map;

  /* Whether the tile server answers: the "tiles unavailable" note shows when it does not. */
  properties[PROP_TILES_AVAILABLE] =
    g_param_spec_boolean ("tiles-available", NULL, NULL,
                          TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemAssetMap::asset-activated:
   * @asset: the asset whose marker was clicked
   */
  signals[SIGNAL_ASSET_ACTIVATED] =
    g_signal_new ("asset-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TANDEM_TYPE_ASSET);

  /**
   * TandemAssetMap::pin-placed:
   * @asset: the asset, its coordinates already set (not yet saved)
   * @latitude: where the pin went
   * @longitude: where the pin went
   *
   * Emitted when a click ends tandem_asset_map_place_pin(). The handler saves the asset.
   */
  signals[SIGNAL_PIN_PLACED] =
    g_signal_new ("pin-placed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, TANDEM_TYPE_ASSET, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-asset-map.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemAssetMap, map);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetMap, pin_note);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetMap, pin_label);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetMap, tiles_note);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetMap, empty_note);

  gtk_widget_class_install_action (widget_class, "asset-map.cancel-pin", NULL,
                                   cancel_pin_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "asset-map.cancel-pin", NULL);
}

static void
tandem_asset_map_init (TandemAssetMap *self)
{
  ShumateViewport *viewport;
  GtkGesture *click;

  self->tiles_available = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "asset-map.cancel-pin", FALSE);

  /* The tiles first: the first map source's layer goes on top of any layer already there. */
  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load_tiles (self);

  viewport = shumate_simple_map_get_viewport (self->map);
  self->markers = tandem_marker_layer_new (viewport);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->markers), TRUE);
  g_signal_connect_object (self->markers, "query-tooltip", G_CALLBACK (query_tooltip_cb), self,
                           0);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->markers));

  /* Released, not pressed: a drag that pans the map is not a click on it. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->markers), GTK_EVENT_CONTROLLER (click));

  shumate_viewport_set_zoom_level (viewport, HOME_ZOOM);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), HOME_LATITUDE, HOME_LONGITUDE);
}

GtkWidget *
tandem_asset_map_new (void)
{
  return g_object_new (TANDEM_TYPE_ASSET_MAP, NULL);
}

/**
 * tandem_asset_map_set_assets:
 * @assets: (nullable): a model of TandemAsset, such as the directory's filtered list
 *
 * Shows the assets of @assets that have coordinates, and follows the model's changes. The
 * map fits itself to the first assets it shows.
 */
void
tandem_asset_map_set_assets (TandemAssetMap *self,
                             GListModel     *assets)
{
  g_return_if_fail (TANDEM_IS_ASSET_MAP (self));
  g_return_if_fail (assets == NULL || G_IS_LIST_MODEL (assets));

  if (self->assets == assets)
    return;

  if (self->assets != NULL)
    g_signal_handlers_disconnect_by_data (self->assets, self);
  g_set_object (&self->assets, assets);

  tandem_marker_layer_set_assets (self->markers, assets);
  if (assets != NULL)
    g_signal_connect_object (assets, "items-changed", G_CALLBACK (assets_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  self->fitted = FALSE;
  assets_changed_cb (self);
}

/**
 * tandem_asset_map_set_practices:
 * @practices: (nullable): a model of TandemPractice
 *
 * Shows the practices with coordinates that are still in the PCN.
 */
void
tandem_asset_map_set_practices (TandemAssetMap *self,
                                GListModel     *practices)
{
  g_return_if_fail (TANDEM_IS_ASSET_MAP (self));
  g_return_if_fail (practices == NULL || G_IS_LIST_MODEL (practices));

  tandem_marker_layer_set_practices (self->markers, practices);
}

/**
 * tandem_asset_map_set_categories:
 * @categories: (element-type TandemAssetCategory): the directory's categories, as from
 *   tandem_store_list_asset_categories()
 *
 * Colours each asset's marker with its first category's colour.
 */
void
tandem_asset_map_set_categories (TandemAssetMap *self,
                                 GPtrArray      *categories)
{
  g_return_if_fail (TANDEM_IS_ASSET_MAP (self));

  tandem_marker_layer_set_categories (self->markers, categories);
}

/**
 * tandem_asset_map_place_pin:
 * @asset: the asset to place
 *
 * Waits for a click on the map, then sets @asset's coordinates there and emits
 * TandemAssetMap::pin-placed. Escape or Cancel gives up.
 */
void
tandem_asset_map_place_pin (TandemAssetMap *self,
                            TandemAsset    *asset)
{
  g_autofree char *text = NULL;
  g_autoptr(GdkCursor) cursor = NULL;

  g_return_if_fail (TANDEM_IS_ASSET_MAP (self));
  g_return_if_fail (TANDEM_IS_ASSET (asset));

  g_set_object (&self->pin_asset, asset);

  /* Translators: %s is an asset's name. */
  text = g_strdup_printf (_("Click the map where “%s” is."), tandem_asset_get_name (asset));
  gtk_label_set_text (GTK_LABEL (self->pin_label), text);
  gtk_widget_set_visible (self->pin_note, TRUE);
  cursor = gdk_cursor_new_from_name ("crosshair", NULL);
  gtk_widget_set_cursor (GTK_WIDGET (self->markers), cursor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "asset-map.cancel-pin", TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

void
tandem_asset_map_cancel_pin (TandemAssetMap *self)
{
  g_return_if_fail (TANDEM_IS_ASSET_MAP (self));

  end_pin (self);
}

/**
 * tandem_asset_map_get_pin_asset:
 *
 * Returns: (transfer none) (nullable): the asset waiting for a pin, if any
 */
TandemAsset *
tandem_asset_map_get_pin_asset (TandemAssetMap *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_MAP (self), NULL);

  return self->pin_asset;
}

/**
 * tandem_asset_map_show_asset:
 *
 * Centres the map on an asset with coordinates, close enough to see its street.
 */
void
tandem_asset_map_show_asset (TandemAssetMap *self,
                             TandemAsset    *asset)
{
  ShumateViewport *viewport;

  g_return_if_fail (TANDEM_IS_ASSET_MAP (self));
  g_return_if_fail (TANDEM_IS_ASSET (asset));

  if (!tandem_asset_get_has_coordinates (asset))
    return;

  viewport = tandem_asset_map_get_viewport (self);
  self->fitted = TRUE;
  shumate_viewport_set_zoom_level (viewport, ASSET_ZOOM);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), tandem_asset_get_latitude (asset),
                                 tandem_asset_get_longitude (asset));
}

static double
mercator_y (double latitude)
{
  double phi = CLAMP (latitude, -85.0, 85.0) * G_PI / 180.0;

  return (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;
}

/**
 * tandem_asset_map_zoom_to_fit:
 *
 * Shows every marker, as close as they all fit.
 */
void
tandem_asset_map_zoom_to_fit (TandemAssetMap *self)
{
  ShumateViewport *viewport;
  double south, west, north, east;
  double width, height, span_x, span_y, zoom;

  g_return_if_fail (TANDEM_IS_ASSET_MAP (self));

  if (!tandem_marker_layer_get_bounds (self->markers, &south, &west, &north, &east))
    return;

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (width <= 0 || height <= 0)
    {
      if (self->fit_tick == 0)
        self->fit_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), fit_tick_cb, NULL, NULL);
      return;
    }

  self->fitted = TRUE;
  viewport = tandem_asset_map_get_viewport (self);

  /* The spans as fractions of the world, with a margin for the markers themselves. */
  span_x = MAX ((east - west) / 360.0, 1e-9);
  span_y = MAX (mercator_y (south) - mercator_y (north), 1e-9);
  zoom = log2 (MIN ((width - 64) / (256.0 * span_x), (height - 64) / (256.0 * span_y)));
  zoom = CLAMP (floor (zoom * 2) / 2, 2.0, MAX_FIT_ZOOM);

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 atan (sinh (G_PI * (1 - (mercator_y (north) +
                                                          mercator_y (south))))) * 180.0 / G_PI,
                                 (west + east) / 2);
}

gboolean
tandem_asset_map_get_tiles_available (TandemAssetMap *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_MAP (self), FALSE);

  return self->tiles_available;
}

/**
 * tandem_asset_map_get_n_markers:
 *
 * Returns: how many assets have a marker (those of the model with coordinates)
 */
guint
tandem_asset_map_get_n_markers (TandemAssetMap *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_MAP (self), 0);

  return tandem_marker_layer_get_n_assets_shown (self->markers);
}

/**
 * tandem_asset_map_get_viewport:
 *
 * Returns: (transfer none): the map's viewport
 */
ShumateViewport *
tandem_asset_map_get_viewport (TandemAssetMap *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_MAP (self), NULL);

  return shumate_simple_map_get_viewport (self->map);
}

/**
 * tandem_asset_map_get_marker_layer:
 *
 * Returns: (transfer none): the layer that draws the markers, for tests
 */
GtkWidget *
tandem_asset_map_get_marker_layer (TandemAssetMap *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_MAP (self), NULL);

  return GTK_WIDGET (self->markers);
}
