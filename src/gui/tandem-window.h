/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_WINDOW (tandem_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemWindow, tandem_window, TANDEM, WINDOW, AdwApplicationWindow)

TandemWindow  *tandem_window_new          (GtkApplication *application,
                                           TandemSession  *session);
TandemSession *tandem_window_get_session  (TandemWindow   *self);
const char    *tandem_window_get_page     (TandemWindow   *self);
GtkWidget     *tandem_window_get_caseload_view (TandemWindow *self);
GtkWidget     *tandem_window_get_plans_view (TandemWindow *self);
GtkWidget     *tandem_window_get_supervision_view (TandemWindow *self);
GtkWidget     *tandem_window_get_directory_view (TandemWindow *self);
GtkWidget     *tandem_window_get_huddles_view   (TandemWindow *self);
void           tandem_window_add_toast    (TandemWindow   *self,
                                           AdwToast       *toast);
void           tandem_window_show_preferences (TandemWindow *self);

G_END_DECLS
