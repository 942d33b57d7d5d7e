/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_RETENTION_GROUP (tandem_retention_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemRetentionGroup, tandem_retention_group, TANDEM, RETENTION_GROUP,
                      AdwPreferencesGroup)

void tandem_retention_group_set_session (TandemRetentionGroup *self,
                                         TandemSession        *session);

G_END_DECLS
