/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "tandem-asset-map.h"
#include "tandem-marker-layer.h"
#include "tandem-tile-server.h"
#include "tandem-ui-util.h"

/* map-bench: the directory's map with 5,000 markers, panned a little every frame as a drag
 * would (back and forth, so the markers stay in view), with tiles from a server on 127.0.0.1. Prints, per frame, the time between painted
 * frames and the time GTK spent making each one (from the frame clock's update phase to the
 * end of its paint), and how many frames missed 60 Hz. Run under Xvfb; asserts nothing.
 * Usage: map-bench [--markers N] [--frames N] */

typedef struct
{
  GtkWidget       *window;
  ShumateViewport *viewport;
  GArray          *intervals;
  GArray          *work;
  gint64           last_paint;
  gint64           update_start;
  guint            frames_left;
  double           step;
} Bench;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint rank = (guint) ceil (p / 100.0 * sorted->len);

  return g_array_index (sorted, double, CLAMP (rank, 1, sorted->len) - 1);
}

static void
report (const char *label,
        GArray     *values)
{
  guint over = 0;

  g_array_sort (values, compare_doubles);
  for (guint i = 0; i < values->len; i++)
    over += g_array_index (values, double, i) > 1000.0 / 60;

  g_print ("  %-40s %8.2f %8.2f %8.2f %8.2f %8u of %u\n", label,
           g_array_index (values, double, 0), percentile (values, 50), percentile (values, 95),
           g_array_index (values, double, values->len - 1), over, values->len);
}

static void
update_cb (GdkFrameClock *clock,
           Bench         *bench)
{
  double latitude = shumate_location_get_latitude (SHUMATE_LOCATION (bench->viewport));
  double longitude = shumate_location_get_longitude (SHUMATE_LOCATION (bench->viewport));

  bench->update_start = g_get_monotonic_time ();
  /* Back and forth, a second each way, so the markers stay in view. */
  if (bench->frames_left > 0)
    shumate_location_set_location (SHUMATE_LOCATION (bench->viewport), latitude,
                                   longitude + ((bench->frames_left / 60) % 2 ? bench->step
                                                                            : -bench->step));
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  double interval = (now - bench->last_paint) / 1000.0;
  double work = (now - bench->update_start) / 1000.0;

  if (bench->frames_left == 0)
    return;

  if (bench->last_paint != 0 && bench->update_start != 0)
    {
      g_array_append_val (bench->intervals, interval);
      g_array_append_val (bench->work, work);
    }
  bench->last_paint = now;
  bench->frames_left--;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  /* Asks for the next frame, as a drag in progress does. */
  return G_SOURCE_CONTINUE;
}

static gboolean
done (gpointer data)
{
  return ((Bench *) data)->frames_left == 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TandemTileServer) server = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GListStore) assets = g_list_store_new (TANDEM_TYPE_ASSET);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autofree char *url = NULL;
  g_autofree char *cache = g_dir_make_tmp ("tandem-map-bench-XXXXXX", NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_markers = 5000;
  guint n_frames = 300;
  Bench bench = { 0 };
  GdkFrameClock *clock;
  GtkWidget *map;
  gulong update_handler, paint_handler;
  guint tick;

  for (int i = 1; i + 1 < argc; i += 2)
    {
      if (g_str_equal (argv[i], "--markers"))
        n_markers = (guint) g_ascii_strtoull (argv[i + 1], NULL, 10);
      else if (g_str_equal (argv[i], "--frames"))
        n_frames = (guint) g_ascii_strtoull (argv[i + 1], NULL, 10);
    }

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  setlocale (LC_ALL, "");
  gtk_init ();
  tandem_ui_init ();

  server = tandem_tile_server_new ();
  url = tandem_tile_server_dup_url (server);
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "map-tile-url", url);

  /* Spread over a city and its surroundings, about 40 by 25 km. */
  for (guint i = 0; i < n_markers; i++)
    {
      TandemAsset *asset = tandem_asset_new ();

      tandem_asset_set_name (asset, "Group");
      tandem_asset_set_categories (asset, "physical-activity");
      tandem_asset_set_has_coordinates (asset, TRUE);
      tandem_asset_set_latitude (asset, 53.80 + g_rand_double_range (rand, -0.12, 0.12));
      tandem_asset_set_longitude (asset, -1.55 + g_rand_double_range (rand, -0.30, 0.30));
      g_ptr_array_add (items, asset);
    }
  g_list_store_splice (assets, 0, 0, items->pdata, items->len);

  map = tandem_asset_map_new ();
  tandem_asset_map_set_assets (TANDEM_ASSET_MAP (map), G_LIST_MODEL (assets));
  bench.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1180, 780);
  gtk_window_set_child (GTK_WINDOW (bench.window), map);
  gtk_window_present (GTK_WINDOW (bench.window));
  tandem_ui_wait_frames (bench.window, 3);
  /* The tiles of the first view arrive before panning starts. */
  tandem_ui_iterate (1000);

  bench.viewport = tandem_asset_map_get_viewport (TANDEM_ASSET_MAP (map));
  bench.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  bench.work = g_array_new (FALSE, FALSE, sizeof (double));
  bench.frames_left = n_frames;
  /* About 4 pixels a frame at this zoom: a brisk drag. */
  bench.step = 4 * 360.0 / (256 * pow (2, shumate_viewport_get_zoom_level (bench.viewport)));

  clock = gtk_widget_get_frame_clock (bench.window);
  update_handler = g_signal_connect (clock, "update", G_CALLBACK (update_cb), &bench);
  paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &bench);
  tick = gtk_widget_add_tick_callback (bench.window, tick_cb, NULL, NULL);
  tandem_ui_wait_until (done, &bench, 120000);
  gtk_widget_remove_tick_callback (bench.window, tick);
  g_signal_handler_disconnect (clock, update_handler);
  g_signal_handler_disconnect (clock, paint_handler);

  g_print ("Map, %u markers (%u drawn in the last frame), panned for %u frames at zoom %.1f, "
           "renderer %s\n", n_markers,
           tandem_marker_layer_get_n_drawn (
             TANDEM_MARKER_LAYER (tandem_asset_map_get_marker_layer (TANDEM_ASSET_MAP (map)))),
           n_frames, shumate_viewport_get_zoom_level (bench.viewport),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (bench.window))));
  g_print ("  %-40s %8s %8s %8s %8s %8s\n", "", "min", "median", "p95", "max", "> 16.7 ms");
  report ("time between frames (ms)", bench.intervals);
  report ("time to make a frame (ms)", bench.work);
  g_print ("  %u tiles served by the local server\n", tandem_tile_server_get_n_requests (server));

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_array_unref (bench.intervals);
  g_array_unref (bench.work);
  g_settings_reset (settings, "map-tile-url");
  return 0;
}
