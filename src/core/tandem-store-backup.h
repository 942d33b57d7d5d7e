/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-store.h"
#include "tandem-store-encryption.h"

G_BEGIN_DECLS

/* The ending of every backup's file name. */
#define TANDEM_BACKUP_SUFFIX ".tandem-backup"

/* Automatic backups are pruned to the number kept; backups made on request never are. */
typedef enum
{
  TANDEM_BACKUP_MANUAL,
  TANDEM_BACKUP_AUTOMATIC,
} TandemBackupKind;

/* What a backup holds, read without changing it. */
typedef struct
{
  char      *path;
  GDateTime *made;            /* local time, from its name, or when the file last changed */
  GError    *problem;         /* why it cannot be restored, or NULL when it can */
  int        schema_version;
  guint      n_people;
  guint      n_referrals;
  guint      n_plans;         /* people with a support plan */
  guint      n_staff;
} TandemBackupInfo;

void              tandem_backup_info_free  (TandemBackupInfo        *info);
char             *tandem_backup_info_dup_summary (TandemBackupInfo  *info);

char             *tandem_store_backup      (TandemStore             *store,
                                            const char              *folder,
                                            TandemBackupKind         kind,
                                            TandemStoreProgressFunc  progress,
                                            gpointer                 user_data,
                                            GCancellable            *cancellable,
                                            GError                 **error);
guint             tandem_backup_prune      (const char              *folder,
                                            guint                    keep);
gboolean          tandem_backup_is_due     (GDateTime               *now,
                                            gint64                   last_attempt,
                                            guint                    hour,
                                            guint                    minute);
TandemBackupInfo *tandem_backup_inspect    (const char              *path,
                                            TandemStoreKey          *key);
gboolean          tandem_store_in_use      (const char              *path);
TandemStore      *tandem_store_restore     (const char              *path,
                                            const char              *backup_path,
                                            TandemStoreKey          *backup_key,
                                            TandemStoreKey          *key,
                                            gint64                   staff_id,
                                            GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemBackupInfo, tandem_backup_info_free)

G_END_DECLS
