/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean  tandem_oruk_csv_folder_has_tables (GFile          *folder);
JsonNode *tandem_oruk_csv_read_folder       (GFile          *folder,
                                             GCancellable   *cancellable,
                                             GError        **error);

G_END_DECLS
