/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "tandem-store.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_ORUK_EXPORT_JSON,
  TANDEM_ORUK_EXPORT_CSV,
} TandemOrukExportFormat;

char     *tandem_oruk_export_dup_id     (TandemAsset             *asset,
                                         const char              *pcn_name);
JsonNode *tandem_oruk_export_build_json (GPtrArray               *assets,
                                         const char              *pcn_name);
char     *tandem_oruk_export_build_csv  (GPtrArray               *assets,
                                         const char              *pcn_name);
gboolean  tandem_oruk_export_check      (JsonNode                *root,
                                         guint                    n_assets,
                                         const char * const      *category_keys,
                                         GError                 **error);
gboolean  tandem_oruk_export_run        (TandemStore             *store,
                                         const char              *path,
                                         TandemOrukExportFormat   format,
                                         guint                   *n_exported,
                                         GError                 **error);

G_END_DECLS
