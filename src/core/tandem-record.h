/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_RECORD (tandem_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (TandemRecord, tandem_record, TANDEM, RECORD, GObject)

struct _TandemRecordClass
{
  GObjectClass parent_class;
};

gint64        tandem_record_get_id      (gpointer      record);
void          tandem_record_set_id      (gpointer      record,
                                         gint64        id);
gpointer      tandem_record_copy        (gpointer      record);
gboolean      tandem_record_equal       (gpointer      record,
                                         gpointer      other);
JsonNode     *tandem_record_to_json     (gpointer      record);

G_END_DECLS
