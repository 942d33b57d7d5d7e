/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The size of a generated database key, in bytes: 256 bits. */
#define TANDEM_STORE_KEY_SIZE 32

#define TANDEM_TYPE_STORE_KEY (tandem_store_key_get_type ())

typedef struct _TandemStoreKey TandemStoreKey;

GType           tandem_store_key_get_type        (void) G_GNUC_CONST;
TandemStoreKey *tandem_store_key_new_random      (void);
TandemStoreKey *tandem_store_key_new_from_hex    (const char      *hex);
TandemStoreKey *tandem_store_key_new_passphrase  (const char      *passphrase);
TandemStoreKey *tandem_store_key_ref             (TandemStoreKey  *self);
void            tandem_store_key_unref           (TandemStoreKey  *self);
gboolean        tandem_store_key_is_passphrase   (TandemStoreKey  *self);
char           *tandem_store_key_dup_hex         (TandemStoreKey  *self);
char           *tandem_store_key_dup_cipher_key (TandemStoreKey  *self);
void            tandem_store_key_free_text       (char            *text);
TandemStoreKey *tandem_store_key_read_passphrase_fd   (int          fd,
                                                       GError     **error);
TandemStoreKey *tandem_store_key_read_passphrase_file (const char  *path,
                                                       GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemStoreKey, tandem_store_key_unref)

G_END_DECLS
