/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CASELOAD_VIEW (tandem_caseload_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemCaseloadView, tandem_caseload_view, TANDEM, CASELOAD_VIEW, AdwBin)

void       tandem_caseload_view_set_session  (TandemCaseloadView *self,
                                              TandemSession      *session);
void       tandem_caseload_view_show_person  (TandemCaseloadView *self,
                                              gint64              person_id);
gint64     tandem_caseload_view_get_shown_person (TandemCaseloadView *self);
void       tandem_caseload_view_focus_search (TandemCaseloadView *self);
GtkWidget *tandem_caseload_view_get_list_view (TandemCaseloadView *self);

G_END_DECLS
