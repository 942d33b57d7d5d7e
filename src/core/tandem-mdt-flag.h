/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MDT_FLAG (tandem_mdt_flag_get_type ())

G_DECLARE_FINAL_TYPE (TandemMdtFlag, tandem_mdt_flag, TANDEM, MDT_FLAG, TandemRecord)

TandemMdtFlag *tandem_mdt_flag_new               (void);
gint64         tandem_mdt_flag_get_person_id     (TandemMdtFlag *self);
void           tandem_mdt_flag_set_person_id     (TandemMdtFlag *self,
                                                  gint64         person_id);
const char    *tandem_mdt_flag_get_reason        (TandemMdtFlag *self);
void           tandem_mdt_flag_set_reason        (TandemMdtFlag *self,
                                                  const char    *reason);
gint64         tandem_mdt_flag_get_flagged_by_id (TandemMdtFlag *self);
void           tandem_mdt_flag_set_flagged_by_id (TandemMdtFlag *self,
                                                  gint64         flagged_by_id);
const char    *tandem_mdt_flag_get_flagged_on    (TandemMdtFlag *self);
void           tandem_mdt_flag_set_flagged_on    (TandemMdtFlag *self,
                                                  const char    *flagged_on);
gint64         tandem_mdt_flag_get_huddle_id     (TandemMdtFlag *self);
void           tandem_mdt_flag_set_huddle_id     (TandemMdtFlag *self,
                                                  gint64         huddle_id);
gboolean       tandem_mdt_flag_check             (TandemMdtFlag  *self,
                                                  GError        **error);

#define TANDEM_MDT_FLAG_ERROR (tandem_mdt_flag_error_quark ())

typedef enum
{
  TANDEM_MDT_FLAG_ERROR_INVALID,
} TandemMdtFlagError;

GQuark tandem_mdt_flag_error_quark (void);

G_END_DECLS
