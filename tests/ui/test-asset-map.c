/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* dladdr */
#include "config.h"

#include <dlfcn.h>

#include <locale.h>
#include <math.h>
#include <string.h>

#include "tandem-asset-map.h"
#include "tandem-marker-layer.h"
#include "tandem-test-util.h"
#include "tandem-tile-server.h"
#include "tandem-ui-util.h"

/* The directory's map with tiles from a server on 127.0.0.1 that the test runs, and with no
 * server at all: markers show either way, and the note says when tiles cannot be had. */

#define TILE_TIMEOUT_MS 20000

static TandemTileServer *tile_server;

typedef struct
{
  GSettings      *settings;
  GtkWidget      *window;
  TandemAssetMap *map;
  GListStore     *assets;
  GListStore     *practices;
  GPtrArray      *categories;
  TandemAsset    *activated;
  TandemAsset    *placed;
  double          placed_latitude;
  double          placed_longitude;
} Fixture;

static TandemAsset *
new_asset (const char *name,
           const char *categories,
           gboolean    placed,
           double      latitude,
           double      longitude)
{
  TandemAsset *asset = tandem_asset_new ();

  tandem_asset_set_name (asset, name);
  tandem_asset_set_categories (asset, categories);
  tandem_asset_set_has_coordinates (asset, placed);
  tandem_asset_set_latitude (asset, latitude);
  tandem_asset_set_longitude (asset, longitude);
  return asset;
}

static TandemAssetCategory *
new_category (const char *key,
              const char *colour)
{
  TandemAssetCategory *category = tandem_asset_category_new ();

  tandem_asset_category_set_key (category, key);
  tandem_asset_category_set_name (category, key);
  tandem_asset_category_set_colour (category, colour);
  return category;
}

static void
activated_cb (TandemAssetMap *map,
              TandemAsset    *asset,
              Fixture        *fixture)
{
  g_set_object (&fixture->activated, asset);
}

static void
pin_placed_cb (TandemAssetMap *map,
               TandemAsset    *asset,
               double          latitude,
               double          longitude,
               Fixture        *fixture)
{
  g_set_object (&fixture->placed, asset);
  fixture->placed_latitude = latitude;
  fixture->placed_longitude = longitude;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  url)
{
  const struct {
    const char *name;
    const char *categories;
    gboolean    placed;
    double      latitude;
    double      longitude;
  } assets[] = {
    { "Tuesday walking group", "physical-activity,green", TRUE, 53.8070, -1.5550 },
    { "Carers' coffee morning", "carers", TRUE, 53.8010, -1.5480 },
    { "Citizens Advice", "money", TRUE, 53.7960, -1.5440 },
    { "Telephone befriending", "loneliness", FALSE, 0, 0 },
  };
  g_autoptr(TandemPractice) practice = tandem_practice_new ();

  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (fixture->settings, "map-tile-url", url);
  g_settings_set_string (fixture->settings, "map-tile-attribution", "Test tiles");

  fixture->assets = g_list_store_new (TANDEM_TYPE_ASSET);
  for (guint i = 0; i < G_N_ELEMENTS (assets); i++)
    {
      g_autoptr(TandemAsset) asset = new_asset (assets[i].name, assets[i].categories,
                                                assets[i].placed, assets[i].latitude,
                                                assets[i].longitude);
      g_list_store_append (fixture->assets, asset);
    }

  fixture->practices = g_list_store_new (TANDEM_TYPE_PRACTICE);
  tandem_practice_set_name (practice, "Hyde Park Surgery");
  tandem_practice_set_has_coordinates (practice, TRUE);
  tandem_practice_set_latitude (practice, 53.8020);
  tandem_practice_set_longitude (practice, -1.5600);
  g_list_store_append (fixture->practices, practice);

  fixture->categories = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (fixture->categories, new_category ("physical-activity", "#2ec27e"));
  g_ptr_array_add (fixture->categories, new_category ("carers", "#e01b24"));
  g_ptr_array_add (fixture->categories, new_category ("money", "#c64600"));

  fixture->map = TANDEM_ASSET_MAP (tandem_asset_map_new ());
  g_signal_connect (fixture->map, "asset-activated", G_CALLBACK (activated_cb), fixture);
  g_signal_connect (fixture->map, "pin-placed", G_CALLBACK (pin_placed_cb), fixture);
  tandem_asset_map_set_categories (fixture->map, fixture->categories);
  tandem_asset_map_set_practices (fixture->map, G_LIST_MODEL (fixture->practices));
  tandem_asset_map_set_assets (fixture->map, G_LIST_MODEL (fixture->assets));

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->map));
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_frames (fixture->window, 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  tandem_ui_iterate (50);
  g_clear_object (&fixture->activated);
  g_clear_object (&fixture->placed);
  g_clear_pointer (&fixture->categories, g_ptr_array_unref);
  g_clear_object (&fixture->practices);
  g_clear_object (&fixture->assets);
  g_settings_reset (fixture->settings, "map-tile-url");
  g_settings_reset (fixture->settings, "map-tile-attribution");
  g_clear_object (&fixture->settings);
}

static TandemMarkerLayer *
markers_of (Fixture *fixture)
{
  return TANDEM_MARKER_LAYER (tandem_asset_map_get_marker_layer (fixture->map));
}

/* Where an asset's marker is on the layer. */
static void
marker_position (Fixture     *fixture,
                 TandemAsset *asset,
                 double      *x,
                 double      *y)
{
  shumate_viewport_location_to_widget_coords (tandem_asset_map_get_viewport (fixture->map),
                                              GTK_WIDGET (markers_of (fixture)),
                                              tandem_asset_get_latitude (asset),
                                              tandem_asset_get_longitude (asset), x, y);
}

/* A click as the map's click gesture sees it. */
static void
click_at (Fixture *fixture,
          double   x,
          double   y)
{
  g_autoptr(GListModel) controllers =
    gtk_widget_observe_controllers (GTK_WIDGET (markers_of (fixture)));
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "released", 1, x, y);
          return;
        }
    }
  g_assert_not_reached ();
}

static gboolean
tiles_loaded (gpointer data)
{
  TandemTileServer *server = data;

  return tandem_tile_server_get_n_requests (server) >= 4;
}

static gboolean
tiles_unavailable (gpointer data)
{
  return !tandem_asset_map_get_tiles_available (data);
}

static void
check_markers (Fixture *fixture)
{
  TandemMarkerLayer *markers = markers_of (fixture);

  /* Three assets with coordinates and the practice, all in view once the map fits them. */
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 3);
  g_assert_cmpuint (tandem_marker_layer_get_n_practices_shown (markers), ==, 1);
  tandem_ui_wait_frames (fixture->window, 1);
  g_assert_cmpuint (tandem_marker_layer_get_n_drawn (markers), ==, 4);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (tandem_asset_map_get_viewport (fixture->map)),
                     >=, 13.0);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (child)), prefix))
        return child;
      found = find_label (child, prefix);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The share of the map's pixels in the test tiles' ground colour; and whether the first
 * asset's marker shows its category's colour (#2ec27e) over whatever is below. */
static double
tile_ground_share (Fixture  *fixture,
                   gboolean *marker_shown)
{
  g_autoptr(TandemAsset) walking = g_list_model_get_item (G_LIST_MODEL (fixture->assets), 0);
  double mx, my;
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "map.png");
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  guint ground = 0;
  int width, height, stride, channels;
  const guchar *pixels;

  g_assert_true (tandem_ui_save_png (GTK_WIDGET (fixture->map), path, &error));
  pixbuf = gdk_pixbuf_new_from_file (path, &error);
  g_assert_no_error (error);

  width = gdk_pixbuf_get_width (pixbuf);
  height = gdk_pixbuf_get_height (pixbuf);
  stride = gdk_pixbuf_get_rowstride (pixbuf);
  channels = gdk_pixbuf_get_n_channels (pixbuf);
  pixels = gdk_pixbuf_read_pixels (pixbuf);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + y * stride + x * channels;

        ground += ABS (p[0] - 242) <= 2 && ABS (p[1] - 240) <= 2 && ABS (p[2] - 232) <= 2;
      }

  marker_position (fixture, walking, &mx, &my);
  {
    const guchar *p = pixels + (int) round (my) * stride + (int) round (mx) * channels;

    *marker_shown = ABS (p[0] - 0x2e) <= 3 && ABS (p[1] - 0xc2) <= 3 && ABS (p[2] - 0x7e) <= 3;
  }

  return (double) ground / (width * height);
}

static void
test_map_with_tiles (Fixture       *fixture,
                     gconstpointer  data)
{
  TandemTileServer *server = tile_server;
  GtkWidget *note = find_label (GTK_WIDGET (fixture->map), "Map tiles unavailable");
  GtkWidget *credit = find_label (GTK_WIDGET (fixture->map), "Test tiles");
  gboolean marker_shown = FALSE;

  g_assert_true (tandem_ui_wait_until (tiles_loaded, server, TILE_TIMEOUT_MS));
  tandem_ui_iterate (200);

  g_assert_true (tandem_asset_map_get_tiles_available (fixture->map));
  g_assert_nonnull (note);
  g_assert_false (gtk_widget_get_visible (note));
  g_assert_nonnull (credit);
  g_assert_true (gtk_widget_is_drawable (credit));
  /* Tile servers are told who is asking. */
  g_assert_true (g_str_has_prefix (tandem_tile_server_get_user_agent (server), "Tandem/"));
  g_assert_nonnull (strstr (tandem_tile_server_get_user_agent (server), APPLICATION_ID));
  check_markers (fixture);
  /* The tiles are drawn, most of the map is their ground, and the markers are on top. */
  g_assert_cmpfloat (tile_ground_share (fixture, &marker_shown), >, 0.5);
  g_assert_true (marker_shown);
}

static void
test_map_without_tiles (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *note = find_label (GTK_WIDGET (fixture->map), "Map tiles unavailable");
  gboolean marker_shown = FALSE;

  g_assert_true (tandem_ui_wait_until (tiles_unavailable, fixture->map, TILE_TIMEOUT_MS));
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_is_drawable (note));
  check_markers (fixture);
  g_assert_cmpfloat (tile_ground_share (fixture, &marker_shown), <, 0.01);
  g_assert_true (marker_shown);
}

static void
test_map_follows_model (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TandemAsset) far = new_asset ("Far away", "money", TRUE, 51.5, -0.12);
  g_autoptr(GtkFilterListModel) filtered = NULL;
  GtkCustomFilter *filter;

  /* Removing and adding items moves only those markers. */
  g_list_store_remove (fixture->assets, 0);
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 2);
  g_list_store_append (fixture->assets, far);
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 3);
  tandem_ui_wait_frames (fixture->window, 1);
  /* London is out of view of Leeds. */
  g_assert_cmpuint (tandem_marker_layer_get_n_drawn (markers_of (fixture)), ==, 3);

  /* A filter, as the directory's list has. */
  filter = gtk_custom_filter_new ((GtkCustomFilterFunc) tandem_asset_has_category,
                                  (gpointer) "money", NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (fixture->assets)),
                                        GTK_FILTER (filter));
  tandem_asset_map_set_assets (fixture->map, G_LIST_MODEL (filtered));
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 2);
  gtk_custom_filter_set_filter_func (filter, (GtkCustomFilterFunc) tandem_asset_has_category,
                                     (gpointer) "carers", NULL);
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 1);
  gtk_custom_filter_set_filter_func (filter, (GtkCustomFilterFunc) tandem_asset_has_category,
                                     (gpointer) "loneliness", NULL);
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 0);
  tandem_ui_wait_frames (fixture->window, 1);
  g_assert_true (gtk_widget_is_drawable (find_label (GTK_WIDGET (fixture->map),
                                                     "None of the assets listed")));

  tandem_asset_map_set_assets (fixture->map, NULL);
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 0);
}

static void
test_map_clicks (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TandemAsset) walking = g_list_model_get_item (G_LIST_MODEL (fixture->assets), 0);
  g_autoptr(TandemAsset) unplaced = g_list_model_get_item (G_LIST_MODEL (fixture->assets), 3);
  double x, y, latitude, longitude;

  /* A click on a marker activates its asset; a click beside markers does nothing. */
  marker_position (fixture, walking, &x, &y);
  click_at (fixture, x + 3, y - 2);
  g_assert_true (fixture->activated == walking);
  g_clear_object (&fixture->activated);
  click_at (fixture, 5, 5);
  g_assert_null (fixture->activated);

  /* Pin mode: the next click places the asset, even on another marker. */
  tandem_asset_map_place_pin (fixture->map, unplaced);
  g_assert_true (tandem_asset_map_get_pin_asset (fixture->map) == unplaced);
  g_assert_true (gtk_widget_is_drawable (find_label (GTK_WIDGET (fixture->map), "Click the map")));
  shumate_viewport_widget_coords_to_location (tandem_asset_map_get_viewport (fixture->map),
                                              GTK_WIDGET (markers_of (fixture)), x, y,
                                              &latitude, &longitude);
  click_at (fixture, x, y);
  g_assert_null (fixture->activated);
  g_assert_true (fixture->placed == unplaced);
  g_assert_null (tandem_asset_map_get_pin_asset (fixture->map));
  g_assert_true (tandem_asset_get_has_coordinates (unplaced));
  g_assert_cmpfloat_with_epsilon (fixture->placed_latitude, latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (tandem_asset_get_longitude (unplaced), longitude, 1e-9);
  g_assert_cmpuint (tandem_asset_map_get_n_markers (fixture->map), ==, 4);

  /* Cancelling leaves the asset alone. */
  g_clear_object (&fixture->placed);
  tandem_asset_map_place_pin (fixture->map, walking);
  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "asset-map.cancel-pin", NULL);
  g_assert_null (tandem_asset_map_get_pin_asset (fixture->map));
  click_at (fixture, 5, 5);
  g_assert_null (fixture->placed);
  g_assert_cmpfloat (tandem_asset_get_latitude (walking), ==, 53.8070);

  /* Showing an asset centres it. */
  tandem_asset_map_show_asset (fixture->map, walking);
  g_assert_cmpfloat_with_epsilon (
    shumate_location_get_latitude (SHUMATE_LOCATION (tandem_asset_map_get_viewport (fixture->map))),
    53.8070, 1e-6);
}

static void
test_map_settings (Fixture       *fixture,
                   gconstpointer  data)
{
  TandemTileServer *server = tile_server;
  g_autofree char *closed = tandem_tile_server_dup_closed_url ();
  g_autofree char *url = tandem_tile_server_dup_url (server);

  g_assert_true (tandem_ui_wait_until (tiles_loaded, server, TILE_TIMEOUT_MS));

  /* Pointing the map elsewhere takes effect at once, both ways. */
  g_settings_set_string (fixture->settings, "map-tile-url", closed);
  g_assert_true (tandem_ui_wait_until (tiles_unavailable, fixture->map, TILE_TIMEOUT_MS));
  g_settings_set_string (fixture->settings, "map-tile-url", "");
  g_assert_false (tandem_asset_map_get_tiles_available (fixture->map));
  g_settings_set_string (fixture->settings, "map-tile-url", url);
  g_assert_true (tandem_asset_map_get_tiles_available (fixture->map));
  check_markers (fixture);
}

static void
test_map_finalizes (void)
{
  GtkWidget *map = tandem_asset_map_new ();
  g_autoptr(GListStore) assets = g_list_store_new (TANDEM_TYPE_ASSET);
  g_autoptr(TandemAsset) asset = new_asset ("Alone", "", TRUE, 53.8, -1.55);

  g_list_store_append (assets, asset);
  g_object_ref_sink (map);
  tandem_asset_map_set_assets (TANDEM_ASSET_MAP (map), G_LIST_MODEL (assets));
  tandem_asset_map_place_pin (TANDEM_ASSET_MAP (map), asset);
  g_assert_finalize_object (map);
  /* The map let go of the model's signals. */
  g_list_store_remove_all (assets);
}

/* libshumate's tile cache brings the system SQLite into the process; every sqlite3_* call,
 * the store's and the cache's, must still reach the one SQLCipher (see src/meson.build). */
static void
test_one_sqlite (void)
{
  Dl_info info;

  g_assert_nonnull (dlopen ("libsqlite3.so.0", RTLD_NOLOAD | RTLD_LAZY));
  g_assert_true (dladdr (dlsym (RTLD_DEFAULT, "sqlite3_open_v2"), &info) != 0);
  g_assert_nonnull (strstr (info.dli_fname, "sqlcipher"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemTestDir) cache = tandem_test_dir_new ();
  g_autoptr(TandemTileServer) server = NULL;
  g_autofree char *url = NULL;
  g_autofree char *closed = NULL;
  int status;

  /* A cache of this run's own, so no tile from an earlier run hides a failure. */
  g_setenv ("XDG_CACHE_HOME", cache->path, TRUE);
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  server = tandem_tile_server_new ();
  url = tandem_tile_server_dup_url (server);
  closed = tandem_tile_server_dup_closed_url ();
  tile_server = server;

  g_test_add ("/asset-map/with-tiles", Fixture, url, fixture_set_up, test_map_with_tiles,
              fixture_tear_down);
  g_test_add ("/asset-map/without-tiles", Fixture, closed, fixture_set_up,
              test_map_without_tiles, fixture_tear_down);
  g_test_add ("/asset-map/follows-model", Fixture, url, fixture_set_up, test_map_follows_model,
              fixture_tear_down);
  g_test_add ("/asset-map/clicks", Fixture, url, fixture_set_up, test_map_clicks,
              fixture_tear_down);
  g_test_add ("/asset-map/settings", Fixture, url, fixture_set_up, test_map_settings,
              fixture_tear_down);
  g_test_add_func ("/asset-map/finalizes", test_map_finalizes);
  g_test_add_func ("/asset-map/one-sqlite", test_one_sqlite);

  status = g_test_run ();
  tile_server = NULL;
  return status;
}
