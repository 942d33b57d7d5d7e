/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HUDDLE (tandem_huddle_get_type ())

G_DECLARE_FINAL_TYPE (TandemHuddle, tandem_huddle, TANDEM, HUDDLE, TandemRecord)

TandemHuddle *tandem_huddle_new                  (void);
const char   *tandem_huddle_get_held_on          (TandemHuddle *self);
void          tandem_huddle_set_held_on          (TandemHuddle *self,
                                                  const char   *held_on);
gint64        tandem_huddle_get_chair_id         (TandemHuddle *self);
void          tandem_huddle_set_chair_id         (TandemHuddle *self,
                                                  gint64       chair_id);
int           tandem_huddle_get_minutes_per_case (TandemHuddle *self);
void          tandem_huddle_set_minutes_per_case (TandemHuddle *self,
                                                  int          minutes_per_case);
const char   *tandem_huddle_get_notes            (TandemHuddle *self);
void          tandem_huddle_set_notes            (TandemHuddle *self,
                                                  const char   *notes);
int           tandem_huddle_get_case_count       (TandemHuddle *self);
void          tandem_huddle_set_case_count       (TandemHuddle *self,
                                                  int          case_count);
int           tandem_huddle_get_open_count       (TandemHuddle *self);
void          tandem_huddle_set_open_count       (TandemHuddle *self,
                                                  int          open_count);
gboolean      tandem_huddle_check              (TandemHuddle  *self,
                                                GError       **error);

#define TANDEM_HUDDLE_ERROR (tandem_huddle_error_quark ())

typedef enum
{
  TANDEM_HUDDLE_ERROR_INVALID,
} TandemHuddleError;

GQuark tandem_huddle_error_quark (void);

G_END_DECLS
