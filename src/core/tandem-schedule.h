/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-types.h"

G_BEGIN_DECLS

/* A weekly schedule as an asset keeps it: one session per line, "DAY [HH:MM-HH:MM] [note]",
 * where DAY is mon, tue, wed, thu, fri, sat or sun, for example "tue 10:00-12:00 walk from
 * the library". A line that starts with no day is a note on the whole schedule, such as
 * "bank holidays closed". The form is plain so that a person can type it and an import can
 * write it. */

typedef struct
{
  TandemDays  day;        /* one day, or TANDEM_DAYS_NONE for a note line */
  int         opens;      /* minutes after midnight, or -1 when not given */
  int         closes;     /* minutes after midnight, or -1 when not given */
  char       *note;
} TandemScheduleSession;

void        tandem_schedule_session_clear   (TandemScheduleSession       *session);
gboolean    tandem_schedule_parse_line      (const char                  *line,
                                             TandemScheduleSession       *session);
guint       tandem_schedule_get_days        (const char                  *schedule);
char       *tandem_schedule_format          (const char                  *schedule);
char       *tandem_schedule_format_line     (const TandemScheduleSession *session);
char       *tandem_schedule_session_to_line (TandemDays                   day,
                                             int                          opens,
                                             int                          closes,
                                             const char                  *note);
gboolean    tandem_schedule_check           (const char                  *schedule,
                                             GError                     **error);
TandemDays  tandem_days_from_name           (const char                  *name);
const char *tandem_days_get_label           (TandemDays                   day);

G_END_DECLS
