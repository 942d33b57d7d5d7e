/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-tile-source"

#include "config.h"

#include <libsoup/soup.h>

#include "tandem-tile-source.h"

/* Map tiles from a tile server, for the directory's map.
 *
 * libshumate 1.0's own ShumateTileDownloader sends "libshumate/1.0.x" as its user agent when
 * built with libsoup 3 (shumate_set_user_agent() is only used with libsoup 2), and it keeps
 * failures to itself. Tile servers ask for a user agent that names the application
 * (OpenStreetMap's tile policy blocks generic ones), and the map must say when tiles cannot
 * be had. So this source does what the downloader does, with its own HTTP session: tiles
 * come from libshumate's file cache while fresh (a week), are revalidated with the ETag or
 * date, a cached tile is used when the server cannot be reached, and each tile's fate is
 * announced: "tile-loaded" or "tile-failed". */

#define CACHE_SIZE_LIMIT (100 * 1000 * 1000)
#define MAX_CONNECTIONS 2   /* OpenStreetMap's policy: at most two per client */

struct _TandemTileSource
{
  ShumateDataSource  parent_instance;

  char              *url_template;
  ShumateFileCache  *cache;
  SoupSession       *session;
};

G_DEFINE_FINAL_TYPE (TandemTileSource, tandem_tile_source, SHUMATE_TYPE_DATA_SOURCE)

enum {
  PROP_0,
  PROP_URL_TEMPLATE,
  N_PROPS
};

enum {
  SIGNAL_TILE_LOADED,
  SIGNAL_TILE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  TandemTileSource *self;
  int               x;
  int               y;
  int               z;
  GBytes           *cached;
  char             *etag;
  GDateTime        *modified;
  SoupMessage      *message;
} TileRequest;

static void
tile_request_free (TileRequest *request)
{
  g_clear_object (&request->self);
  g_clear_pointer (&request->cached, g_bytes_unref);
  g_clear_pointer (&request->etag, g_free);
  g_clear_pointer (&request->modified, g_date_time_unref);
  g_clear_object (&request->message);
  g_free (request);
}

static char *
tile_uri (TandemTileSource *self,
          int               x,
          int               y,
          int               z)
{
  GString *uri = g_string_new (self->url_template);
  g_autofree char *xs = g_strdup_printf ("%d", x);
  g_autofree char *ys = g_strdup_printf ("%d", y);
  g_autofree char *zs = g_strdup_printf ("%d", z);
  g_autofree char *tms = g_strdup_printf ("%d", (1 << z) - y - 1);

  g_string_replace (uri, "{x}", xs, 0);
  g_string_replace (uri, "{y}", ys, 0);
  g_string_replace (uri, "{z}", zs, 0);
  g_string_replace (uri, "{tmsy}", tms, 0);

  return g_string_free (uri, FALSE);
}

static gboolean
is_fresh (GDateTime *modified)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return modified != NULL && g_date_time_difference (now, modified) < 7 * G_TIME_SPAN_DAY;
}

/* Ends a request: with the tile, or with the cached one when the network failed, or with
 * the error; cancellation is not a failure of the server. */
static void
finish (GTask  *task,
        GBytes *bytes,
        gboolean from_network,
        GError *error)
{
  TileRequest *request = g_task_get_task_data (task);

  if (bytes == NULL && request->cached != NULL)
    bytes = request->cached;

  if (bytes != NULL)
    {
      /* ShumateRasterRenderer makes the tile's image from this signal, not from the
       * result. */
      g_signal_emit_by_name (request->self, "received-data", request->x, request->y, request->z,
                             bytes);
      g_signal_emit (request->self, signals[SIGNAL_TILE_LOADED], 0, from_network);
      g_task_return_pointer (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
      return;
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Tile %d/%d/%d: %s", request->z, request->x, request->y, error->message);
      g_signal_emit (request->self, signals[SIGNAL_TILE_FAILED], 0, error->message);
    }
  g_task_return_error (task, g_error_copy (error));
}

static void
tile_stored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  shumate_file_cache_store_tile_finish (SHUMATE_FILE_CACHE (object), result, NULL);
}

static void
body_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TileRequest *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (object), result, &error) < 0)
    {
      finish (task, NULL, TRUE, error);
      return;
    }

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (object));
  shumate_file_cache_store_tile_async (request->self->cache, request->x, request->y, request->z,
                                       bytes, request->etag, NULL, tile_stored_cb, NULL);
  finish (task, bytes, TRUE, NULL);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TileRequest *request = g_task_get_task_data (task);
  g_autoptr(GInputStream) body = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;
  SoupStatus status;

  body = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (body == NULL)
    {
      finish (task, NULL, TRUE, error);
      return;
    }

  status = soup_message_get_status (request->message);
  if (status == SOUP_STATUS_NOT_MODIFIED && request->cached != NULL)
    {
      shumate_file_cache_mark_up_to_date (request->self->cache,
                                          request->x, request->y, request->z);
      finish (task, request->cached, TRUE, NULL);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "HTTP %u %s", status,
                   soup_message_get_reason_phrase (request->message));
      finish (task, NULL, TRUE, error);
      return;
    }

  g_free (request->etag);
  request->etag = g_strdup (soup_message_headers_get_one (
    soup_message_get_response_headers (request->message), "ETag"));

  memory = g_memory_output_stream_new_resizable ();
  cancellable = g_task_get_cancellable (task);
  g_output_stream_splice_async (memory, body,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, cancellable,
                                body_read_cb, g_steal_pointer (&task));
}

static void
fetch (GTask *task)
{
  TileRequest *request = g_task_get_task_data (task);
  g_autofree char *uri = tile_uri (request->self, request->x, request->y, request->z);
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;

  request->message = soup_message_new (SOUP_METHOD_GET, uri);
  if (request->message == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "“%s” is not a web address", uri);
      finish (task, NULL, TRUE, error);
      return;
    }

  headers = soup_message_get_request_headers (request->message);
  if (request->etag != NULL)
    soup_message_headers_append (headers, "If-None-Match", request->etag);
  else if (request->modified != NULL)
    {
      g_autofree char *date = g_date_time_format (request->modified, "%a, %d %b %Y %T GMT");

      soup_message_headers_append (headers, "If-Modified-Since", date);
    }

  soup_session_send_async (request->self->session, request->message, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), sent_cb, g_object_ref (task));
}

static void
cache_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TileRequest *request = g_task_get_task_data (task);

  request->cached = shumate_file_cache_get_tile_finish (SHUMATE_FILE_CACHE (object),
                                                        &request->etag, &request->modified,
                                                        result, NULL);
  if (request->cached != NULL && is_fresh (request->modified))
    {
      finish (task, request->cached, FALSE, NULL);
      return;
    }

  fetch (task);
}

static void
tandem_tile_source_get_tile_data_async (ShumateDataSource   *source,
                                        int                  x,
                                        int                  y,
                                        int                  zoom_level,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  TandemTileSource *self = TANDEM_TILE_SOURCE (source);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  TileRequest *request = g_new0 (TileRequest, 1);

  g_task_set_source_tag (task, tandem_tile_source_get_tile_data_async);
  request->self = g_object_ref (self);
  request->x = x;
  request->y = y;
  request->z = zoom_level;
  g_task_set_task_data (task, request, (GDestroyNotify) tile_request_free);

  shumate_file_cache_get_tile_async (self->cache, x, y, zoom_level, cancellable,
                                     cache_read_cb, g_steal_pointer (&task));
}

static GBytes *
tandem_tile_source_get_tile_data_finish (ShumateDataSource  *source,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
tandem_tile_source_constructed (GObject *object)
{
  TandemTileSource *self = TANDEM_TILE_SOURCE (object);
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "tandem", "tiles",
                                                 NULL);
  g_autofree char *cache_key = NULL;

  G_OBJECT_CLASS (tandem_tile_source_parent_class)->constructed (object);

  /* One cache per server, as ShumateTileDownloader keys it. */
  cache_key = g_strcanon (g_strdup (self->url_template),
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", '_');
  self->cache = shumate_file_cache_new_full (CACHE_SIZE_LIMIT, cache_key, cache_dir);
  self->session = soup_session_new_with_options ("user-agent", tandem_tile_source_get_user_agent (),
                                                 "max-conns-per-host", MAX_CONNECTIONS,
                                                 "max-conns", MAX_CONNECTIONS,
                                                 "timeout", 20,
                                                 NULL);
}

static void
tandem_tile_source_dispose (GObject *object)
{
  TandemTileSource *self = TANDEM_TILE_SOURCE (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (tandem_tile_source_parent_class)->dispose (object);
}

static void
tandem_tile_source_finalize (GObject *object)
{
  TandemTileSource *self = TANDEM_TILE_SOURCE (object);

  g_clear_pointer (&self->url_template, g_free);

  G_OBJECT_CLASS (tandem_tile_source_parent_class)->finalize (object);
}

static void
tandem_tile_source_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TandemTileSource *self = TANDEM_TILE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_URL_TEMPLATE:
      g_value_set_string (value, self->url_template);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_tile_source_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TandemTileSource *self = TANDEM_TILE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_URL_TEMPLATE:
      self->url_template = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_tile_source_class_init (TandemTileSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->constructed = tandem_tile_source_constructed;
  object_class->dispose = tandem_tile_source_dispose;
  object_class->finalize = tandem_tile_source_finalize;
  object_class->get_property = tandem_tile_source_get_property;
  object_class->set_property = tandem_tile_source_set_property;

  source_class->get_tile_data_async = tandem_tile_source_get_tile_data_async;
  source_class->get_tile_data_finish = tandem_tile_source_get_tile_data_finish;

  /* Where tiles come from: {x}, {y}, {z} and {tmsy} are replaced, as libshumate does. */
  properties[PROP_URL_TEMPLATE] =
    g_param_spec_string ("url-template", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemTileSource::tile-loaded:
   * @from_network: whether the server answered, rather than the cache
   */
  signals[SIGNAL_TILE_LOADED] =
    g_signal_new ("tile-loaded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * TandemTileSource::tile-failed:
   * @message: what went wrong, for the log
   *
   * Emitted when a tile could not be had from the server or the cache.
   */
  signals[SIGNAL_TILE_FAILED] =
    g_signal_new ("tile-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tandem_tile_source_init (TandemTileSource *self)
{
}

/**
 * tandem_tile_source_new:
 * @url_template: the tile server's address, with {z}, {x} and {y}
 *
 * Returns: (transfer full): a new source
 */
TandemTileSource *
tandem_tile_source_new (const char *url_template)
{
  g_return_val_if_fail (url_template != NULL, NULL);

  return g_object_new (TANDEM_TYPE_TILE_SOURCE, "url-template", url_template, NULL);
}

const char *
tandem_tile_source_get_url_template (TandemTileSource *self)
{
  g_return_val_if_fail (TANDEM_IS_TILE_SOURCE (self), NULL);

  return self->url_template;
}

/**
 * tandem_tile_source_get_user_agent:
 *
 * Returns: what Tandem calls itself to tile servers: its name, version, and where to find
 *   out about it, as OpenStreetMap's tile usage policy asks
 */
const char *
tandem_tile_source_get_user_agent (void)
{
  return PACKAGE_NAME "/" PACKAGE_VERSION " (+https://tandemcare.org; " APPLICATION_ID ")";
}
