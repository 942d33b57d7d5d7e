/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void tandem_csv_append_field (GString    *row,
                              const char *value,
                              gboolean    first);

G_END_DECLS
