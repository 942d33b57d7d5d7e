/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-store-key.h"

G_BEGIN_DECLS

/* What is at a database's path, seen from outside without a key. */
typedef enum
{
  TANDEM_STORE_FILE_MISSING,
  TANDEM_STORE_FILE_PLAIN,       /* an unencrypted SQLite database, from before encryption */
  TANDEM_STORE_FILE_ENCRYPTED,   /* anything else: only the right key tells */
} TandemStoreFile;

/* Called now and then while a database is encrypted, with the share done (0 to 1). */
typedef void (*TandemStoreProgressFunc) (double   fraction,
                                         gpointer user_data);

TandemStoreFile tandem_store_inspect_file (const char               *path);
gboolean        tandem_store_encrypt_file (const char               *path,
                                           TandemStoreKey           *key,
                                           TandemStoreProgressFunc   progress,
                                           gpointer                  user_data,
                                           GError                  **error);

G_END_DECLS
