/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ENCRYPTION_GROUP (tandem_encryption_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemEncryptionGroup, tandem_encryption_group, TANDEM, ENCRYPTION_GROUP,
                      AdwPreferencesGroup)

void tandem_encryption_group_set_session (TandemEncryptionGroup *self,
                                          TandemSession         *session);

G_END_DECLS
