/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HUDDLE_CASE (tandem_huddle_case_get_type ())

G_DECLARE_FINAL_TYPE (TandemHuddleCase, tandem_huddle_case, TANDEM, HUDDLE_CASE, TandemRecord)

TandemHuddleCase      *tandem_huddle_case_new                   (void);
gint64                 tandem_huddle_case_get_huddle_id         (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_huddle_id         (TandemHuddleCase       *self,
                                                                 gint64                 huddle_id);
gint64                 tandem_huddle_case_get_person_id         (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_person_id         (TandemHuddleCase       *self,
                                                                 gint64                 person_id);
int                    tandem_huddle_case_get_position          (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_position          (TandemHuddleCase       *self,
                                                                 int                    position);
const char            *tandem_huddle_case_get_reason            (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_reason            (TandemHuddleCase       *self,
                                                                 const char             *reason);
gint64                 tandem_huddle_case_get_flag_id           (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_flag_id           (TandemHuddleCase       *self,
                                                                 gint64                 flag_id);
gint64                 tandem_huddle_case_get_carried_from_id   (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_carried_from_id   (TandemHuddleCase       *self,
                                                                 gint64                 carried_from_id);
const char            *tandem_huddle_case_get_situation         (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_situation         (TandemHuddleCase       *self,
                                                                 const char             *situation);
const char            *tandem_huddle_case_get_action_to_date    (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_action_to_date    (TandemHuddleCase       *self,
                                                                 const char             *action_to_date);
const char            *tandem_huddle_case_get_update_note       (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_update_note       (TandemHuddleCase       *self,
                                                                 const char             *update_note);
const char            *tandem_huddle_case_get_next_steps        (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_next_steps        (TandemHuddleCase       *self,
                                                                 const char             *next_steps);
TandemHuddleCaseStatus tandem_huddle_case_get_status            (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_status            (TandemHuddleCase       *self,
                                                                 TandemHuddleCaseStatus status);
int                    tandem_huddle_case_get_seconds_discussed (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_seconds_discussed (TandemHuddleCase       *self,
                                                                 int                    seconds_discussed);
const char            *tandem_huddle_case_get_person_name       (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_person_name       (TandemHuddleCase       *self,
                                                                 const char             *person_name);
const char            *tandem_huddle_case_get_initials          (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_initials          (TandemHuddleCase       *self,
                                                                 const char             *initials);
const char            *tandem_huddle_case_get_nhs_number        (TandemHuddleCase       *self);
void                   tandem_huddle_case_set_nhs_number        (TandemHuddleCase       *self,
                                                                 const char             *nhs_number);
gboolean               tandem_huddle_case_check                 (TandemHuddleCase  *self,
                                                                 GError           **error);
gboolean               tandem_huddle_case_has_minutes           (TandemHuddleCase  *self);

G_END_DECLS
