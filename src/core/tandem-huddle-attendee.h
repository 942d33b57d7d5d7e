/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HUDDLE_ATTENDEE (tandem_huddle_attendee_get_type ())

G_DECLARE_FINAL_TYPE (TandemHuddleAttendee, tandem_huddle_attendee, TANDEM, HUDDLE_ATTENDEE,
                      TandemRecord)

TandemHuddleAttendee *tandem_huddle_attendee_new           (void);
gint64                tandem_huddle_attendee_get_huddle_id (TandemHuddleAttendee *self);
void                  tandem_huddle_attendee_set_huddle_id (TandemHuddleAttendee *self,
                                                            gint64               huddle_id);
gint64                tandem_huddle_attendee_get_staff_id  (TandemHuddleAttendee *self);
void                  tandem_huddle_attendee_set_staff_id  (TandemHuddleAttendee *self,
                                                            gint64               staff_id);
const char           *tandem_huddle_attendee_get_name      (TandemHuddleAttendee *self);
void                  tandem_huddle_attendee_set_name      (TandemHuddleAttendee *self,
                                                            const char           *name);
const char           *tandem_huddle_attendee_get_role      (TandemHuddleAttendee *self);
void                  tandem_huddle_attendee_set_role      (TandemHuddleAttendee *self,
                                                            const char           *role);
gboolean              tandem_huddle_attendee_get_present   (TandemHuddleAttendee *self);
void                  tandem_huddle_attendee_set_present   (TandemHuddleAttendee *self,
                                                            gboolean             present);
gboolean              tandem_huddle_attendee_check         (TandemHuddleAttendee  *self,
                                                            GError               **error);

G_END_DECLS
