/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_MEASURES_GROUP (tandem_measures_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemMeasuresGroup, tandem_measures_group, TANDEM, MEASURES_GROUP, AdwPreferencesGroup)

GtkWidget *tandem_measures_group_new           (void);
void       tandem_measures_group_set_session   (TandemMeasuresGroup *self,
                                                TandemSession       *session);
void       tandem_measures_group_set_person_id (TandemMeasuresGroup *self,
                                                gint64               person_id);
gint64     tandem_measures_group_get_person_id (TandemMeasuresGroup *self);
GPtrArray *tandem_measures_group_get_results   (TandemMeasuresGroup *self);

G_END_DECLS
