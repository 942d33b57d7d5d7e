/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-store.h"
#include "tandem-store-encryption.h"

G_BEGIN_DECLS

TandemStore *tandem_store_open_encrypted (const char               *path,
                                          TandemStoreKey           *passphrase,
                                          TandemStoreProgressFunc   progress,
                                          gpointer                  user_data,
                                          GCancellable             *cancellable,
                                          GError                  **error);
gboolean     tandem_store_change_key     (TandemStore              *store,
                                          TandemStoreKey           *passphrase,
                                          GCancellable             *cancellable,
                                          GError                  **error);

G_END_DECLS
