/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-backup-scheduler.h"
#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_BACKUP_GROUP (tandem_backup_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemBackupGroup, tandem_backup_group, TANDEM, BACKUP_GROUP,
                      AdwPreferencesGroup)

GtkWidget *tandem_backup_group_new (TandemSession         *session,
                                    TandemBackupScheduler *scheduler);

G_END_DECLS
