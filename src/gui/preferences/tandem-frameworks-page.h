/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_FRAMEWORKS_PAGE (tandem_frameworks_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemFrameworksPage, tandem_frameworks_page, TANDEM, FRAMEWORKS_PAGE,
                      AdwPreferencesPage)

GtkWidget *tandem_frameworks_page_new (TandemSession *session);

G_END_DECLS
