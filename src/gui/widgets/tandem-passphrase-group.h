/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_PASSPHRASE_GROUP (tandem_passphrase_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemPassphraseGroup, tandem_passphrase_group, TANDEM, PASSPHRASE_GROUP, AdwBin)

char *tandem_passphrase_group_dup_passphrase (TandemPassphraseGroup  *self,
                                              GError                **error);
void  tandem_passphrase_group_clear          (TandemPassphraseGroup  *self);
gboolean tandem_passphrase_group_get_ready    (TandemPassphraseGroup  *self);

G_END_DECLS
