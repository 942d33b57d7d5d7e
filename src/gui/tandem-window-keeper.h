/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_WINDOW_KEEPER (tandem_window_keeper_get_type ())

G_DECLARE_FINAL_TYPE (TandemWindowKeeper, tandem_window_keeper, TANDEM, WINDOW_KEEPER, GObject)

TandemWindowKeeper *tandem_window_keeper_new         (TandemSession      *session);
TandemSession      *tandem_window_keeper_get_session (TandemWindowKeeper *self);
void                tandem_window_keeper_set_session (TandemWindowKeeper *self,
                                                      TandemSession      *session);
gboolean            tandem_window_keeper_is_kept     (TandemWindowKeeper *self,
                                                      GtkWindow          *window);
void                tandem_window_keeper_show_while_locked (GtkWindow    *window);

G_END_DECLS
