/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HUDDLE_MODE (tandem_huddle_mode_get_type ())

G_DECLARE_FINAL_TYPE (TandemHuddleMode, tandem_huddle_mode, TANDEM, HUDDLE_MODE, AdwWindow)

TandemHuddleMode *tandem_huddle_mode_new               (GtkWindow        *parent,
                                                        TandemSession    *session,
                                                        gint64            huddle_id,
                                                        GError          **error);
guint             tandem_huddle_mode_get_position      (TandemHuddleMode *self);
guint             tandem_huddle_mode_get_n_cases       (TandemHuddleMode *self);
gboolean          tandem_huddle_mode_show_case         (TandemHuddleMode *self,
                                                        guint             position);
gboolean          tandem_huddle_mode_get_timer_running (TandemHuddleMode *self);
gboolean          tandem_huddle_mode_save              (TandemHuddleMode *self);

G_END_DECLS
