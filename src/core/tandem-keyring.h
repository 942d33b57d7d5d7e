/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-store-key.h"

G_BEGIN_DECLS

#define TANDEM_KEYRING_ERROR (tandem_keyring_error_quark ())

typedef enum
{
  TANDEM_KEYRING_ERROR_UNAVAILABLE,   /* no Secret Service on this desktop */
  TANDEM_KEYRING_ERROR_LOCKED,        /* the keyring is locked and was not unlocked */
  TANDEM_KEYRING_ERROR_FAILED,
} TandemKeyringError;

/* Re-keying writes the new key to NEXT before changing the database, so that a crash in
 * between leaves a key that opens it. */
typedef enum
{
  TANDEM_KEYRING_SLOT_CURRENT,
  TANDEM_KEYRING_SLOT_NEXT,
} TandemKeyringSlot;

GQuark          tandem_keyring_error_quark   (void);

void            tandem_keyring_lookup_async  (const char           *database,
                                              TandemKeyringSlot     slot,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
TandemStoreKey *tandem_keyring_lookup_finish (GAsyncResult         *result,
                                              GError              **error);
TandemStoreKey *tandem_keyring_lookup_sync   (const char           *database,
                                              TandemKeyringSlot     slot,
                                              GCancellable         *cancellable,
                                              GError              **error);

void            tandem_keyring_store_async   (const char           *database,
                                              TandemKeyringSlot     slot,
                                              TandemStoreKey       *key,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean        tandem_keyring_store_finish  (GAsyncResult         *result,
                                              GError              **error);
gboolean        tandem_keyring_store_sync    (const char           *database,
                                              TandemKeyringSlot     slot,
                                              TandemStoreKey       *key,
                                              GCancellable         *cancellable,
                                              GError              **error);
gboolean        tandem_keyring_clear_sync    (const char           *database,
                                              TandemKeyringSlot     slot,
                                              GCancellable         *cancellable,
                                              GError              **error);

G_END_DECLS
