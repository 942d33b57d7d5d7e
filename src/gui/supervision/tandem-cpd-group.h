/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CPD_GROUP (tandem_cpd_group_get_type ())

G_DECLARE_FINAL_TYPE (TandemCpdGroup, tandem_cpd_group, TANDEM, CPD_GROUP, AdwPreferencesGroup)

GtkWidget *tandem_cpd_group_new         (TandemSession  *session,
                                         gint64          staff_id);
GPtrArray *tandem_cpd_group_get_entries (TandemCpdGroup *self);
GArray    *tandem_cpd_group_get_years   (TandemCpdGroup *self);
GtkWidget *tandem_cpd_group_get_year_row (TandemCpdGroup *self,
                                          int             year);
char      *tandem_cpd_dup_year_summary  (const TandemCpdYear *year);

G_END_DECLS
