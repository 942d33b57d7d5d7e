/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HUDDLES_VIEW (tandem_huddles_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemHuddlesView, tandem_huddles_view, TANDEM, HUDDLES_VIEW, GtkWidget)

gboolean   tandem_huddles_view_has_session     (TandemHuddlesView *self);
void       tandem_huddles_view_set_session     (TandemHuddlesView *self,
                                                TandemSession     *session);
gint64     tandem_huddles_view_get_selected_id (TandemHuddlesView *self);
void       tandem_huddles_view_select          (TandemHuddlesView *self,
                                                gint64             id);
GPtrArray *tandem_huddles_view_get_agenda      (TandemHuddlesView *self);
GtkWidget *tandem_huddles_view_get_mode        (TandemHuddlesView *self);

G_END_DECLS
