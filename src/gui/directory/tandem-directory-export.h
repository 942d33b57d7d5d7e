/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-oruk-export.h"

G_BEGIN_DECLS

void     tandem_directory_export         (GtkWidget               *anchor,
                                          TandemStore             *store);
void     tandem_directory_export_to_file (GtkWidget               *anchor,
                                          TandemStore             *store,
                                          GFile                   *file,
                                          TandemOrukExportFormat   format);
void     tandem_directory_export_async   (TandemStore             *store,
                                          GFile                   *file,
                                          TandemOrukExportFormat   format,
                                          GCancellable            *cancellable,
                                          GAsyncReadyCallback      callback,
                                          gpointer                 user_data);
gboolean tandem_directory_export_finish  (GAsyncResult            *result,
                                          guint                   *n_exported,
                                          GError                 **error);

G_END_DECLS
