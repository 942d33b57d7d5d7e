/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SIGNPOST (tandem_signpost_get_type ())

G_DECLARE_FINAL_TYPE (TandemSignpost, tandem_signpost, TANDEM, SIGNPOST, TandemRecord)

TandemSignpost       *tandem_signpost_new                 (void);
gint64                tandem_signpost_get_person_id       (TandemSignpost *self);
void                  tandem_signpost_set_person_id       (TandemSignpost *self,
                                                           gint64          person_id);
gint64                tandem_signpost_get_asset_id        (TandemSignpost *self);
void                  tandem_signpost_set_asset_id        (TandemSignpost *self,
                                                           gint64          asset_id);
const char           *tandem_signpost_get_asset_name      (TandemSignpost *self);
void                  tandem_signpost_set_asset_name      (TandemSignpost *self,
                                                           const char     *asset_name);
const char           *tandem_signpost_get_goal_key        (TandemSignpost *self);
void                  tandem_signpost_set_goal_key        (TandemSignpost *self,
                                                           const char     *goal_key);
TandemSignpostKind    tandem_signpost_get_kind            (TandemSignpost *self);
void                  tandem_signpost_set_kind            (TandemSignpost *self,
                                                           TandemSignpostKind kind);
const char           *tandem_signpost_get_made_on         (TandemSignpost *self);
void                  tandem_signpost_set_made_on         (TandemSignpost *self,
                                                           const char     *made_on);
const char           *tandem_signpost_get_reason          (TandemSignpost *self);
void                  tandem_signpost_set_reason          (TandemSignpost *self,
                                                           const char     *reason);
TandemHandover        tandem_signpost_get_handover        (TandemSignpost *self);
void                  tandem_signpost_set_handover        (TandemSignpost *self,
                                                           TandemHandover  handover);
gint64                tandem_signpost_get_staff_id        (TandemSignpost *self);
void                  tandem_signpost_set_staff_id        (TandemSignpost *self,
                                                           gint64          staff_id);
gboolean              tandem_signpost_get_red_override    (TandemSignpost *self);
void                  tandem_signpost_set_red_override    (TandemSignpost *self,
                                                           gboolean        red_override);
const char           *tandem_signpost_get_override_reason (TandemSignpost *self);
void                  tandem_signpost_set_override_reason (TandemSignpost *self,
                                                           const char     *override_reason);
const char           *tandem_signpost_get_follow_up_on    (TandemSignpost *self);
void                  tandem_signpost_set_follow_up_on    (TandemSignpost *self,
                                                           const char     *follow_up_on);
TandemSignpostOutcome tandem_signpost_get_outcome         (TandemSignpost *self);
void                  tandem_signpost_set_outcome         (TandemSignpost *self,
                                                           TandemSignpostOutcome outcome);
const char           *tandem_signpost_get_outcome_on      (TandemSignpost *self);
void                  tandem_signpost_set_outcome_on      (TandemSignpost *self,
                                                           const char     *outcome_on);
const char           *tandem_signpost_get_outcome_note    (TandemSignpost *self);
void                  tandem_signpost_set_outcome_note    (TandemSignpost *self,
                                                           const char     *outcome_note);

#define TANDEM_SIGNPOST_ERROR (tandem_signpost_error_quark ())

typedef enum
{
  TANDEM_SIGNPOST_ERROR_INVALID,
  TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE,
} TandemSignpostError;

GQuark    tandem_signpost_error_quark   (void);
gboolean  tandem_signpost_check         (TandemSignpost *self,
                                         GError        **error);
gboolean  tandem_signpost_is_follow_up_due (TandemSignpost *self,
                                            const GDate    *today);

G_END_DECLS
