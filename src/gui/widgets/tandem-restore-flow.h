/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-store-key.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_RESTORE_FLOW (tandem_restore_flow_get_type ())

G_DECLARE_FINAL_TYPE (TandemRestoreFlow, tandem_restore_flow, TANDEM, RESTORE_FLOW, GObject)

TandemRestoreFlow *tandem_restore_flow_new      (GtkWindow         *parent,
                                                 const char        *database_path,
                                                 TandemStoreKey    *key,
                                                 const char        *consequence);
void               tandem_restore_flow_choose   (TandemRestoreFlow *self,
                                                 const char        *folder);
void               tandem_restore_flow_inspect  (TandemRestoreFlow *self,
                                                 const char        *backup_path,
                                                 TandemStoreKey    *backup_key);
gboolean           tandem_restore_flow_get_busy (TandemRestoreFlow *self);

G_END_DECLS
