/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLANS_VIEW (tandem_plans_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlansView, tandem_plans_view, TANDEM, PLANS_VIEW, AdwBin)

void       tandem_plans_view_set_session      (TandemPlansView *self,
                                               TandemSession   *session);
gboolean   tandem_plans_view_has_session      (TandemPlansView *self);
void       tandem_plans_view_show_person      (TandemPlansView *self,
                                               gint64           person_id);
gint64     tandem_plans_view_get_shown_person (TandemPlansView *self);
void       tandem_plans_view_focus_search     (TandemPlansView *self);
GtkWidget *tandem_plans_view_get_list_view    (TandemPlansView *self);
GtkWidget *tandem_plans_view_get_plan_page    (TandemPlansView *self);

G_END_DECLS
