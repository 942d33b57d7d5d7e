/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Shorter passphrases are refused wherever one is chosen. */
#define TANDEM_PASSPHRASE_MIN_LENGTH 8

typedef enum
{
  TANDEM_PASSPHRASE_TOO_SHORT,
  TANDEM_PASSPHRASE_WEAK,
  TANDEM_PASSPHRASE_FAIR,
  TANDEM_PASSPHRASE_GOOD,
  TANDEM_PASSPHRASE_STRONG,
} TandemPassphraseStrength;

char                     *tandem_passphrase_hash   (const char  *passphrase,
                                                    GError     **error);
gboolean                  tandem_passphrase_verify (const char  *hash,
                                                    const char  *passphrase);
TandemPassphraseStrength  tandem_passphrase_rate   (const char  *passphrase,
                                                    char       **hint);
gboolean                  tandem_passphrase_check_length (const char  *passphrase,
                                                          GError     **error);

G_END_DECLS
