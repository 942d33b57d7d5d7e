/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_AGREED_ACTION (tandem_agreed_action_get_type ())

G_DECLARE_FINAL_TYPE (TandemAgreedAction, tandem_agreed_action, TANDEM, AGREED_ACTION, TandemRecord)

TandemAgreedAction *tandem_agreed_action_new                (void);
gint64              tandem_agreed_action_get_supervision_id (TandemAgreedAction *self);
void                tandem_agreed_action_set_supervision_id (TandemAgreedAction *self,
                                                             gint64              supervision_id);
gint64              tandem_agreed_action_get_huddle_case_id (TandemAgreedAction *self);
void                tandem_agreed_action_set_huddle_case_id (TandemAgreedAction *self,
                                                             gint64              huddle_case_id);
gint64              tandem_agreed_action_get_person_id      (TandemAgreedAction *self);
void                tandem_agreed_action_set_person_id      (TandemAgreedAction *self,
                                                             gint64              person_id);
const char         *tandem_agreed_action_get_description    (TandemAgreedAction *self);
void                tandem_agreed_action_set_description    (TandemAgreedAction *self,
                                                             const char         *description);
gint64              tandem_agreed_action_get_owner_id       (TandemAgreedAction *self);
void                tandem_agreed_action_set_owner_id       (TandemAgreedAction *self,
                                                             gint64              owner_id);
const char         *tandem_agreed_action_get_due_on         (TandemAgreedAction *self);
void                tandem_agreed_action_set_due_on         (TandemAgreedAction *self,
                                                             const char         *due_on);
const char         *tandem_agreed_action_get_done_on        (TandemAgreedAction *self);
void                tandem_agreed_action_set_done_on        (TandemAgreedAction *self,
                                                             const char         *done_on);
gboolean            tandem_agreed_action_check              (TandemAgreedAction  *self,
                                                             GError             **error);
gboolean            tandem_agreed_action_is_done            (TandemAgreedAction *self);
gboolean            tandem_agreed_action_is_overdue         (TandemAgreedAction *self,
                                                             const char         *today);

#define TANDEM_AGREED_ACTION_ERROR (tandem_agreed_action_error_quark ())

typedef enum
{
  TANDEM_AGREED_ACTION_ERROR_INVALID,
} TandemAgreedActionError;

GQuark tandem_agreed_action_error_quark (void);

G_END_DECLS
