/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_ORUK_ERROR (tandem_oruk_error_quark ())

typedef enum
{
  TANDEM_ORUK_ERROR_UNREADABLE,   /* not JSON or CSV, or broken */
  TANDEM_ORUK_ERROR_NO_SERVICES,  /* readable, but not a directory of services */
} TandemOrukError;

/* One record the import left out (a skip) or took in without something (a warning). */
typedef struct
{
  char     *source;    /* the feed it came from */
  char     *record;    /* the service's id, or its name when it has no id */
  char     *name;      /* the service's name, possibly empty */
  char     *reason;    /* translated, for people */
  gboolean  skipped;
} TandemOrukProblem;

typedef struct
{
  guint      n_read;      /* services read from the feeds */
  guint      n_kept;      /* of which handed to the store */
  guint      added;
  guint      updated;
  guint      unchanged;
  GPtrArray *problems;    /* (element-type TandemOrukProblem) in the order met */
} TandemOrukReport;

GQuark            tandem_oruk_error_quark      (void);

TandemOrukReport *tandem_oruk_report_new       (void);
void              tandem_oruk_report_free      (TandemOrukReport  *report);
guint             tandem_oruk_report_count_skipped (TandemOrukReport *report);

GPtrArray        *tandem_oruk_parse_path       (const char        *path,
                                                const char * const *category_keys,
                                                GCancellable      *cancellable,
                                                TandemOrukReport  *report,
                                                GError           **error);
GPtrArray        *tandem_oruk_parse_json_node  (JsonNode          *root,
                                                const char        *source,
                                                const char * const *category_keys,
                                                TandemOrukReport  *report,
                                                GError           **error);
gboolean          tandem_oruk_import_run       (TandemStore              *store,
                                                const char               *path,
                                                TandemImportProgressFunc  progress,
                                                gpointer                  user_data,
                                                GCancellable             *cancellable,
                                                TandemOrukReport        **report,
                                                GError                  **error);

const char * const *tandem_oruk_builtin_category_keys (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemOrukReport, tandem_oruk_report_free)

G_END_DECLS
