/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HUDDLE_DIALOG (tandem_huddle_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemHuddleDialog, tandem_huddle_dialog, TANDEM, HUDDLE_DIALOG, AdwWindow)

TandemHuddleDialog *tandem_huddle_dialog_new         (GtkWindow          *parent,
                                                      TandemSession      *session);
void                tandem_huddle_dialog_add_visitor (TandemHuddleDialog *self,
                                                      const char         *name,
                                                      const char         *role);
gboolean            tandem_huddle_dialog_create      (TandemHuddleDialog *self);

G_END_DECLS
