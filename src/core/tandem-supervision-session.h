/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-agreed-action.h"
#include "tandem-record.h"
#include "tandem-supervision-case.h"
#include "tandem-supervision-member.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SUPERVISION_SESSION (tandem_supervision_session_get_type ())

G_DECLARE_FINAL_TYPE (TandemSupervisionSession, tandem_supervision_session, TANDEM,
                      SUPERVISION_SESSION, TandemRecord)

#define TANDEM_SUPERVISION_MAX_MINUTES 600

TandemSupervisionSession *tandem_supervision_session_new      (void);
TandemSupervisionSession *tandem_supervision_session_dup      (TandemSupervisionSession *self);
TandemSupervisionKind tandem_supervision_session_get_kind     (TandemSupervisionSession *self);
void                  tandem_supervision_session_set_kind     (TandemSupervisionSession *self,
                                                               TandemSupervisionKind     kind);
gint64                tandem_supervision_session_get_supervisor_id (TandemSupervisionSession *self);
void                  tandem_supervision_session_set_supervisor_id (TandemSupervisionSession *self,
                                                                    gint64                    supervisor_id);
const char           *tandem_supervision_session_get_held_on  (TandemSupervisionSession *self);
void                  tandem_supervision_session_set_held_on  (TandemSupervisionSession *self,
                                                               const char               *held_on);
int                   tandem_supervision_session_get_duration_minutes (TandemSupervisionSession *self);
void                  tandem_supervision_session_set_duration_minutes (TandemSupervisionSession *self,
                                                                       int                       minutes);
const char           *tandem_supervision_session_get_notes    (TandemSupervisionSession *self);
void                  tandem_supervision_session_set_notes    (TandemSupervisionSession *self,
                                                               const char               *notes);

GPtrArray            *tandem_supervision_session_get_members  (TandemSupervisionSession *self);
GPtrArray            *tandem_supervision_session_get_cases    (TandemSupervisionSession *self);
GPtrArray            *tandem_supervision_session_get_actions  (TandemSupervisionSession *self);
TandemSupervisionMember *tandem_supervision_session_find_member (TandemSupervisionSession *self,
                                                                 gint64                    staff_id);
gboolean              tandem_supervision_session_has_member   (TandemSupervisionSession *self,
                                                               gint64                    staff_id);
gboolean              tandem_supervision_session_equal        (TandemSupervisionSession *self,
                                                               TandemSupervisionSession *other);
gboolean              tandem_supervision_kind_is_one_to_one   (TandemSupervisionKind     kind);

#define TANDEM_SUPERVISION_SESSION_ERROR (tandem_supervision_session_error_quark ())

typedef enum
{
  TANDEM_SUPERVISION_SESSION_ERROR_INVALID,
} TandemSupervisionSessionError;

GQuark    tandem_supervision_session_error_quark (void);
gboolean  tandem_supervision_session_check       (TandemSupervisionSession  *self,
                                                  const GDate               *today,
                                                  GError                   **error);

G_END_DECLS
