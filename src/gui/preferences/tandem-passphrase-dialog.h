/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PASSPHRASE_DIALOG (tandem_passphrase_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemPassphraseDialog, tandem_passphrase_dialog, TANDEM, PASSPHRASE_DIALOG,
                      AdwWindow)

TandemPassphraseDialog *tandem_passphrase_dialog_new (GtkWindow   *parent,
                                                      TandemStore *store,
                                                      TandemStaff *member);

G_END_DECLS
