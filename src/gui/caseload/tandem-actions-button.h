/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ACTIONS_BUTTON (tandem_actions_button_get_type ())

G_DECLARE_FINAL_TYPE (TandemActionsButton, tandem_actions_button, TANDEM, ACTIONS_BUTTON, AdwBin)

GtkWidget *tandem_actions_button_new         (void);
void       tandem_actions_button_set_session (TandemActionsButton *self,
                                              TandemSession       *session);
guint      tandem_actions_button_get_n_open  (TandemActionsButton *self);

G_END_DECLS
