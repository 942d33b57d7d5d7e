/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SIGN_IN_PAGE (tandem_sign_in_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemSignInPage, tandem_sign_in_page, TANDEM, SIGN_IN_PAGE, AdwBin)

GtkWidget  *tandem_sign_in_page_new          (TandemSession    *session);
const char *tandem_sign_in_page_get_mode     (TandemSignInPage *self);
gboolean    tandem_sign_in_page_select_staff (TandemSignInPage *self,
                                              gint64            staff_id);
gint64      tandem_sign_in_page_get_selected (TandemSignInPage *self);
void        tandem_sign_in_page_reset        (TandemSignInPage *self);

G_END_DECLS
