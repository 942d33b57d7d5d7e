/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PERSON_CHOOSER (tandem_person_chooser_get_type ())

G_DECLARE_FINAL_TYPE (TandemPersonChooser, tandem_person_chooser, TANDEM, PERSON_CHOOSER, AdwWindow)

TandemPersonChooser *tandem_person_chooser_new         (GtkWindow           *parent,
                                                        TandemSession       *session,
                                                        gint64               huddle_id);
void                 tandem_person_chooser_set_search  (TandemPersonChooser *self,
                                                        const char          *text);
gboolean             tandem_person_chooser_choose      (TandemPersonChooser *self,
                                                        guint                index);

G_END_DECLS
