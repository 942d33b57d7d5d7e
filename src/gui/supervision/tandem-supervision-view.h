/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"
#include "tandem-worker-page.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SUPERVISION_VIEW (tandem_supervision_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemSupervisionView, tandem_supervision_view, TANDEM, SUPERVISION_VIEW,
                      AdwBin)

void              tandem_supervision_view_set_session     (TandemSupervisionView *self,
                                                           TandemSession         *session);
gboolean          tandem_supervision_view_has_session     (TandemSupervisionView *self);
void              tandem_supervision_view_show_worker     (TandemSupervisionView *self,
                                                           gint64                 worker_id);
GtkWidget        *tandem_supervision_view_record_session  (TandemSupervisionView *self);
TandemWorkerPage *tandem_supervision_view_get_worker_page (TandemSupervisionView *self);
GtkListBox       *tandem_supervision_view_get_worker_list (TandemSupervisionView *self);
const char       *tandem_supervision_view_get_state       (TandemSupervisionView *self);

G_END_DECLS
