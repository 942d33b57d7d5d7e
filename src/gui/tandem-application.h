/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-backup-scheduler.h"
#include "tandem-restore-flow.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_APPLICATION (tandem_application_get_type ())

G_DECLARE_FINAL_TYPE (TandemApplication, tandem_application, TANDEM, APPLICATION, AdwApplication)

TandemApplication     *tandem_application_new                  (void);
TandemBackupScheduler *tandem_application_get_backup_scheduler (TandemApplication *self);
void                   tandem_application_restore              (TandemApplication *self,
                                                                const char        *backup_path,
                                                                TandemStoreKey    *backup_key);
TandemRestoreFlow     *tandem_application_get_restore_flow     (TandemApplication *self);

G_END_DECLS
