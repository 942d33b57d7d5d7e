/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-team.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PRACTICE_CHOICE (tandem_practice_choice_get_type ())

G_DECLARE_FINAL_TYPE (TandemPracticeChoice, tandem_practice_choice, TANDEM, PRACTICE_CHOICE, GObject)

TandemPracticeChoice *tandem_practice_choice_new             (GtkDropDown          *drop_down,
                                                              TandemTeam           *team);
gint64                tandem_practice_choice_get_practice_id (TandemPracticeChoice *self);
void                  tandem_practice_choice_set_practice_id (TandemPracticeChoice *self,
                                                              gint64                practice_id);

G_END_DECLS
