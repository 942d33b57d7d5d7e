/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_BACKUP_SCHEDULER (tandem_backup_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (TandemBackupScheduler, tandem_backup_scheduler, TANDEM, BACKUP_SCHEDULER,
                      GObject)

TandemBackupScheduler *tandem_backup_scheduler_new          (GSettings             *settings);
void                   tandem_backup_scheduler_set_session  (TandemBackupScheduler *self,
                                                             TandemSession         *session);
gboolean               tandem_backup_scheduler_back_up_now  (TandemBackupScheduler *self);
void                   tandem_backup_scheduler_check        (TandemBackupScheduler *self);
gboolean               tandem_backup_scheduler_get_running  (TandemBackupScheduler *self);
double                 tandem_backup_scheduler_get_fraction (TandemBackupScheduler *self);
char                  *tandem_backup_dup_folder             (GSettings             *settings);

G_END_DECLS
