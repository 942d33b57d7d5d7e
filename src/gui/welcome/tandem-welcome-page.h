/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_WELCOME_PAGE (tandem_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemWelcomePage, tandem_welcome_page, TANDEM, WELCOME_PAGE, AdwBin)

void tandem_welcome_page_set_session (TandemWelcomePage *self,
                                      TandemSession     *session);

G_END_DECLS
