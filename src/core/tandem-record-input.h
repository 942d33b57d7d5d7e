/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "tandem-record.h"

G_BEGIN_DECLS

gboolean    tandem_record_apply_input (gpointer     record,
                                       JsonObject  *input,
                                       const GDate *today,
                                       GHashTable  *errors);
JsonObject *tandem_record_to_input    (gpointer     record);

G_END_DECLS
