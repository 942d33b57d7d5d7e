/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MDT_GROUP (tandem_mdt_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemMdtGroup, tandem_mdt_group, TANDEM, MDT_GROUP, AdwPreferencesGroup)

GtkWidget *tandem_mdt_group_new           (void);
void       tandem_mdt_group_set_session   (TandemMdtGroup *self,
                                           TandemSession  *session);
void       tandem_mdt_group_set_person_id (TandemMdtGroup *self,
                                           gint64          person_id);

G_END_DECLS
