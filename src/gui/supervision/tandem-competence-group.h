/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_COMPETENCE_GROUP (tandem_competence_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemCompetenceGroup, tandem_competence_group, TANDEM, COMPETENCE_GROUP,
                      AdwPreferencesGroup)

GtkWidget  *tandem_competence_group_new         (TandemSession         *session,
                                                 gint64                 staff_id);
gint64      tandem_competence_group_get_staff_id (TandemCompetenceGroup *self);
GPtrArray  *tandem_competence_group_get_reviews (TandemCompetenceGroup *self);
GtkWidget  *tandem_competence_group_get_chart   (TandemCompetenceGroup *self,
                                                 guint                  index);

G_END_DECLS
