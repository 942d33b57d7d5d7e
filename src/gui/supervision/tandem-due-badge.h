/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "tandem-supervision-due.h"

G_BEGIN_DECLS

GtkWidget  *tandem_due_badge_new       (TandemDueState state);
const char *tandem_due_state_get_label (TandemDueState state);

G_END_DECLS
