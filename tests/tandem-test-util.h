/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

/* A folder for one test, removed with everything in it when the test ends. */
typedef struct
{
  char *path;
} TandemTestDir;

TandemTestDir *tandem_test_dir_new          (void);
void           tandem_test_dir_free         (TandemTestDir *dir);
char          *tandem_test_dir_file         (TandemTestDir *dir,
                                             const char    *name);

TandemStore   *tandem_test_open_store       (TandemTestDir *dir);
TandemPerson  *tandem_test_add_person       (TandemStore   *store,
                                             const char    *given_name,
                                             const char    *family_name,
                                             const char    *nhs_number);
TandemReferral *tandem_test_add_referral    (TandemStore          *store,
                                             TandemPerson         *person,
                                             const char           *received_on,
                                             TandemPriority        priority,
                                             TandemReferralStatus  status);
char          *tandem_test_days_ago         (guint          days);

TandemContact *tandem_test_add_contact      (TandemStore   *store,
                                             TandemPerson  *person,
                                             gint64         referral_id,
                                             const char    *contact_date);
void           tandem_test_set_date         (GDate         *date,
                                             const char    *iso);
char          *tandem_test_days_before      (const GDate   *day,
                                             guint          days);
TandemAsset   *tandem_test_add_asset        (TandemStore       *store,
                                             const char        *name,
                                             TandemSuitability  suitability);
TandemSignpost *tandem_test_add_signpost    (TandemStore           *store,
                                             gint64                 person_id,
                                             TandemAsset           *asset,
                                             const char            *follow_up_on,
                                             TandemSignpostOutcome  outcome);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemTestDir, tandem_test_dir_free)

G_END_DECLS
