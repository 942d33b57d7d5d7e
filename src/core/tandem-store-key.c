/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-key"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

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

static void
ensure_sodium (void)
{
  if (sodium_init () < 0)
    g_error ("libsodium could not start");
}

static TandemStoreKey *
key_new (gboolean    passphrase,
         const void *secret,
         gsize       length)
{
  TandemStoreKey *self;

  ensure_sodium ();
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

  ensure_sodium ();
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

  ensure_sodium ();
  if (hex == NULL ||
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

/* Longer than any passphrase anyone types; a bigger input is a mistake. */
#define MAX_PASSPHRASE_BYTES 1024

/* The passphrase is the input up to its first line end. */
static TandemStoreKey *
read_passphrase (int           fd,
                 const char   *source,
                 GError      **error)
{
  gsize length = 0;
  TandemStoreKey *self = NULL;
  char *buffer;

  ensure_sodium ();
  buffer = sodium_malloc (MAX_PASSPHRASE_BYTES + 1);
  if (buffer == NULL)
    g_error ("Out of secure memory for a passphrase");

  while (length < MAX_PASSPHRASE_BYTES)
    {
      gssize n = read (fd, buffer + length, MAX_PASSPHRASE_BYTES - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The passphrase could not be read from %s: %s"), source,
                       g_strerror (saved_errno));
          goto out;
        }
      if (n == 0)
        break;
      length += n;
    }

  buffer[length] = '\0';
  buffer[strcspn (buffer, "\r\n")] = '\0';
  if (buffer[0] == '\0')
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("%s holds no passphrase."), source);
  else
    self = tandem_store_key_new_passphrase (buffer);

out:
  sodium_free (buffer);
  return self;
}

/**
 * tandem_store_key_read_passphrase_fd:
 * @fd: a file descriptor to read the passphrase from, up to its first line end
 *
 * For scripts: a passphrase never goes on a command line, where anyone on the machine can
 * see it.
 */
TandemStoreKey *
tandem_store_key_read_passphrase_fd (int      fd,
                                     GError **error)
{
  g_autofree char *source = g_strdup_printf (_("file descriptor %d"), fd);

  return read_passphrase (fd, source, error);
}

/**
 * tandem_store_key_read_passphrase_file:
 *
 * Reads a passphrase from a file, which must belong to the user and be readable by nobody
 * else: a passphrase in a file anyone can read protects nothing.
 */
TandemStoreKey *
tandem_store_key_read_passphrase_file (const char  *path,
                                       GError     **error)
{
  TandemStoreKey *self;
  struct stat buf;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The passphrase file %s could not be opened: %s"), path,
                   g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &buf) != 0 || !S_ISREG (buf.st_mode) || buf.st_uid != getuid () ||
      (buf.st_mode & (S_IRWXG | S_IRWXO)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("The passphrase file %s must be a file of yours that nobody else can "
                     "read. Make it so with: chmod 600 %s"), path, path);
      close (fd);
      return NULL;
    }

  self = read_passphrase (fd, path, error);
  close (fd);
  return self;
}
