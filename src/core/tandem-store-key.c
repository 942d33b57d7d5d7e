/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-key"

#include "config.h"

#include <sodium.h>

#include "tandem-store-key.h"

/* What unlocks an encrypted database: either 256 random bits (kept in the keyring, given to
 * SQLCipher raw so opening runs no key derivation) or a passphrase the user chose where there
 * is no keyring (SQLCipher derives the key from it with its own PBKDF2). The secret lives in
 * memory libsodium guards from swap and wipes when the last reference goes. */
struct _TandemStoreKey
{
  gatomicrefcount  ref_count;
  gboolean         passphrase;
  char            *secret;      /* sodium_malloc'd, NUL-terminated */
  gsize            length;
};

G_DEFINE_BOXED_TYPE (TandemStoreKey, tandem_store_key, tandem_store_key_ref, tandem_store_key_unref)

static TandemStoreKey *
key_new (gboolean    passphrase,
         const void *secret,
         gsize       length)
{
  TandemStoreKey *self;

  if (sodium_init () < 0)
    g_error ("libsodium could not start");

  self = g_new0 (TandemStoreKey, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->passphrase = passphrase;
  self->length = length;
  self->secret = sodium_malloc (length + 1);
  if (self->secret == NULL)
    g_error ("Out of secure memory for a database key");
  memcpy (self->secret, secret, length);
  self->secret[length] = '\0';

  return self;
}

/**
 * tandem_store_key_new_random:
 *
 * Returns: (transfer full): a new key of %TANDEM_STORE_KEY_SIZE random bytes from the
 *   system's cryptographic random source
 */
TandemStoreKey *
tandem_store_key_new_random (void)
{
  guint8 bytes[TANDEM_STORE_KEY_SIZE];
  TandemStoreKey *self;

  if (sodium_init () < 0)
    g_error ("libsodium could not start");

  randombytes_buf (bytes, sizeof bytes);
  self = key_new (FALSE, bytes, sizeof bytes);
  sodium_memzero (bytes, sizeof bytes);

  return self;
}

/**
 * tandem_store_key_new_from_hex:
 * @hex: a raw key as hexadecimal digits, as the keyring keeps it
 *
 * Returns: (transfer full) (nullable): the key, or %NULL when @hex is not a key
 */
TandemStoreKey *
tandem_store_key_new_from_hex (const char *hex)
{
  guint8 bytes[TANDEM_STORE_KEY_SIZE];
  gsize length = 0;
  TandemStoreKey *self;

  if (sodium_init () < 0 || hex == NULL ||
      sodium_hex2bin (bytes, sizeof bytes, hex, strlen (hex), NULL, &length, NULL) != 0 ||
      length != sizeof bytes)
    return NULL;

  self = key_new (FALSE, bytes, length);
  sodium_memzero (bytes, sizeof bytes);

  return self;
}

/**
 * tandem_store_key_new_passphrase:
 *
 * Returns: (transfer full): a key SQLCipher derives from @passphrase
 */
TandemStoreKey *
tandem_store_key_new_passphrase (const char *passphrase)
{
  g_return_val_if_fail (passphrase != NULL, NULL);

  return key_new (TRUE, passphrase, strlen (passphrase));
}

TandemStoreKey *
tandem_store_key_ref (TandemStoreKey *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
tandem_store_key_unref (TandemStoreKey *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  sodium_free (self->secret);
  g_free (self);
}

gboolean
tandem_store_key_is_passphrase (TandemStoreKey *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->passphrase;
}

/**
 * tandem_store_key_dup_hex:
 *
 * Returns: (transfer full): a raw key as hexadecimal digits, for the keyring; the caller
 *   wipes it with tandem_store_key_free_text()
 */
char *
tandem_store_key_dup_hex (TandemStoreKey *self)
{
  char *hex;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (!self->passphrase, NULL);

  hex = g_malloc (self->length * 2 + 1);
  sodium_bin2hex (hex, self->length * 2 + 1, (const guint8 *) self->secret, self->length);
  return hex;
}

/**
 * tandem_store_key_dup_cipher_key:
 *
 * Returns: (transfer full): the key as sqlite3_key() takes it: x'…' for a raw key, which
 *   SQLCipher uses as it is, or the passphrase, from which it derives one. Wipe it with
 *   tandem_store_key_free_text().
 */
char *
tandem_store_key_dup_cipher_key (TandemStoreKey *self)
{
  g_autofree char *hex = NULL;
  char *text;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->passphrase)
    return g_strdup (self->secret);

  hex = tandem_store_key_dup_hex (self);
  text = g_strdup_printf ("x'%s'", hex);
  tandem_store_key_free_text (g_steal_pointer (&hex));
  return text;
}

/**
 * tandem_store_key_free_text:
 *
 * Wipes and frees a key or passphrase held as text.
 */
void
tandem_store_key_free_text (char *text)
{
  if (text == NULL)
    return;

  sodium_memzero (text, strlen (text));
  g_free (text);
}
