/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-passphrase"

#include "config.h"

#include <glib/gi18n.h>
#include <pwquality.h>
#include <sodium.h>

#include "tandem-passphrase.h"

/* Passphrases are kept only as Argon2id hashes, made and checked by libsodium: the hash string
 * carries its own salt and cost, so a later, costlier setting still verifies old hashes.
 * The cost is libsodium's "interactive" one: a sign-in takes a fraction of a second, and
 * guessing offline costs an attacker the same for every guess. */

static gboolean
ensure_sodium (void)
{
  static gsize initialised = 0;
  static gboolean usable = FALSE;

  if (g_once_init_enter (&initialised))
    {
      usable = sodium_init () >= 0;
      g_once_init_leave (&initialised, 1);
    }

  return usable;
}

/**
 * tandem_passphrase_check_length:
 *
 * Returns: %TRUE when @passphrase is long enough to be chosen, or %FALSE with @error set
 */
gboolean
tandem_passphrase_check_length (const char  *passphrase,
                                GError     **error)
{
  if (passphrase != NULL && g_utf8_strlen (passphrase, -1) >= TANDEM_PASSPHRASE_MIN_LENGTH)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               g_dngettext (GETTEXT_PACKAGE,
                            "Choose a passphrase of at least %d character",
                            "Choose a passphrase of at least %d characters",
                            TANDEM_PASSPHRASE_MIN_LENGTH),
               TANDEM_PASSPHRASE_MIN_LENGTH);
  return FALSE;
}

/**
 * tandem_passphrase_hash:
 *
 * Returns: (transfer full): the Argon2id hash of @passphrase in libsodium's string form, or
 *   %NULL with @error set when the passphrase is too short or memory ran out
 */
char *
tandem_passphrase_hash (const char  *passphrase,
                        GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];

  if (!tandem_passphrase_check_length (passphrase, error))
    return NULL;

  if (!ensure_sodium () ||
      crypto_pwhash_str_alg (hash, passphrase, strlen (passphrase),
                             crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE,
                             crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                           _("The passphrase could not be stored: the computer is short of "
                             "memory. Close other programs and try again."));
      return NULL;
    }

  return g_strdup (hash);
}

/**
 * tandem_passphrase_verify:
 *
 * Returns: whether @passphrase is the one @hash was made from; %FALSE for an empty hash
 */
gboolean
tandem_passphrase_verify (const char *hash,
                          const char *passphrase)
{
  if (hash == NULL || hash[0] == '\0' || passphrase == NULL || !ensure_sodium ())
    return FALSE;

  return crypto_pwhash_str_verify (hash, passphrase, strlen (passphrase)) == 0;
}

static char *
describe_weakness (int code)
{
  switch (code)
    {
    case PWQ_ERROR_CRACKLIB_CHECK:
      return g_strdup (_("It is based on a dictionary word: add more words or characters"));
    case PWQ_ERROR_PALINDROME:
      return g_strdup (_("It reads the same backwards: choose something less regular"));
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_SEQUENCE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
      return g_strdup (_("It repeats characters or runs in sequence: mix it up"));
    case PWQ_ERROR_MIN_CLASSES:
    case PWQ_ERROR_MIN_DIGITS:
    case PWQ_ERROR_MIN_UPPERS:
    case PWQ_ERROR_MIN_LOWERS:
    case PWQ_ERROR_MIN_OTHERS:
      return g_strdup (_("Mix letters, numbers and punctuation, or use several words"));
    default:
      return g_strdup (_("It would be easy to guess: try a few unrelated words"));
    }
}

/**
 * tandem_passphrase_rate:
 * @hint: (out) (optional) (transfer full): what would make it stronger, or %NULL when nothing
 *
 * Rates a new passphrase with libpwquality (the rules of the system's pwquality.conf and its
 * dictionary), for the strength hint shown while one is typed.
 */
TandemPassphraseStrength
tandem_passphrase_rate (const char  *passphrase,
                        char       **hint)
{
  pwquality_settings_t *settings;
  void *auxerror = NULL;
  int score;

  if (hint)
    *hint = NULL;

  if (!tandem_passphrase_check_length (passphrase, NULL))
    {
      if (hint)
        *hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Use at least %d character",
                                              "Use at least %d characters",
                                              TANDEM_PASSPHRASE_MIN_LENGTH),
                                 TANDEM_PASSPHRASE_MIN_LENGTH);
      return TANDEM_PASSPHRASE_TOO_SHORT;
    }

  settings = pwquality_default_settings ();
  if (settings == NULL)
    return TANDEM_PASSPHRASE_FAIR;
  pwquality_read_config (settings, NULL, NULL);
  score = pwquality_check (settings, passphrase, NULL, NULL, &auxerror);
  pwquality_free_settings (settings);
  free (auxerror);

  if (score < 0)
    {
      if (hint)
        *hint = describe_weakness (score);
      return TANDEM_PASSPHRASE_WEAK;
    }
  if (score < 50)
    return TANDEM_PASSPHRASE_FAIR;
  if (score < 75)
    return TANDEM_PASSPHRASE_GOOD;
  return TANDEM_PASSPHRASE_STRONG;
}
