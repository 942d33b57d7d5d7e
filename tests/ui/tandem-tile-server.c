/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <gio/gio.h>
#include <libsoup/soup.h>

#include "tandem-tile-server.h"

/* A tile server on 127.0.0.1 for tests and screenshots, so that nothing reaches the
 * internet: every request for /Z/X/Y.png gets a 256×256 PNG drawn here, a pale ground with a
 * faint grid and the tile's number, so a screenshot shows where tiles meet. */

struct _TandemTileServer
{
  SoupServer *server;
  guint       port;
  guint       n_requests;
  char       *user_agent;
};

static cairo_status_t
write_png_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
draw_tile (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.95, 0.94, 0.91);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.80, 0.86, 0.78);
  cairo_rectangle (cr, 30, 150, 90, 70);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 6);
  cairo_move_to (cr, 0, 100);
  cairo_line_to (cr, 256, 140);
  cairo_move_to (cr, 180, 0);
  cairo_line_to (cr, 160, 256);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.82, 0.80, 0.76);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, 0.5, 0.5, 255, 255);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.6, 0.58, 0.55);
  cairo_move_to (cr, 8, 20);
  cairo_set_font_size (cr, 12);
  cairo_show_text (cr, path);
  cairo_destroy (cr);

  cairo_surface_write_to_png_stream (surface, write_png_cb, png);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (png);
}

static void
tile_cb (SoupServer        *soup_server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  TandemTileServer *server = user_data;
  g_autoptr(GBytes) png = NULL;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);

  server->n_requests++;
  g_free (server->user_agent);
  server->user_agent = g_strdup (soup_message_headers_get_one (headers, "User-Agent"));

  if (!g_str_has_suffix (path, ".png"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  png = draw_tile (path);
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "image/png", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (png, NULL), g_bytes_get_size (png));
}

TandemTileServer *
tandem_tile_server_new (void)
{
  TandemTileServer *server = g_new0 (TandemTileServer, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  server->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server->server, NULL, tile_cb, server, NULL);
  soup_server_listen_local (server->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server->server);
  g_assert_nonnull (uris);
  server->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  return server;
}

void
tandem_tile_server_free (TandemTileServer *server)
{
  soup_server_disconnect (server->server);
  g_clear_object (&server->server);
  g_free (server->user_agent);
  g_free (server);
}

char *
tandem_tile_server_dup_url (TandemTileServer *server)
{
  return g_strdup_printf ("http://127.0.0.1:%u/{z}/{x}/{y}.png", server->port);
}

guint
tandem_tile_server_get_n_requests (TandemTileServer *server)
{
  return server->n_requests;
}

const char *
tandem_tile_server_get_user_agent (TandemTileServer *server)
{
  return server->user_agent;
}

/* An address on 127.0.0.1 where nothing listens: a port taken and given back at once. */
char *
tandem_tile_server_dup_closed_url (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  guint port;

  g_assert_nonnull (socket);
  g_socket_bind (socket, any, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);

  return g_strdup_printf ("http://127.0.0.1:%u/{z}/{x}/{y}.png", port);
}
