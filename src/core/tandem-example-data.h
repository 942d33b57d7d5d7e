/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-store.h"

G_BEGIN_DECLS

/* What every member of staff the example data adds signs in with. It is printed in the
 * documentation: example databases hold only fictional people. */
#define TANDEM_EXAMPLE_PASSPHRASE "tandem example"

typedef void (*TandemProgressFunc) (guint    done,
                                    guint    total,
                                    gpointer user_data);

gboolean tandem_example_data_generate (TandemStore         *store,
                                       guint                n_people,
                                       guint32              seed,
                                       const GDate         *today,
                                       TandemProgressFunc   progress,
                                       gpointer             progress_data,
                                       GCancellable        *cancellable,
                                       GError             **error);
gboolean tandem_example_data_add_assets (TandemStore         *store,
                                         guint                n_assets,
                                         guint32              seed,
                                         GError             **error);

G_END_DECLS
