/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TandemTileServer TandemTileServer;

TandemTileServer *tandem_tile_server_new            (void);
void              tandem_tile_server_free           (TandemTileServer *server);
char             *tandem_tile_server_dup_url        (TandemTileServer *server);
guint             tandem_tile_server_get_n_requests (TandemTileServer *server);
const char       *tandem_tile_server_get_user_agent (TandemTileServer *server);
char             *tandem_tile_server_dup_closed_url (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemTileServer, tandem_tile_server_free)

G_END_DECLS
