/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-store.h"

G_BEGIN_DECLS

AdwToast  *tandem_toast_new          (const char *text);
void       tandem_toast_show         (GtkWidget  *widget,
                                      AdwToast   *toast);
void       tandem_toast_show_message (GtkWidget  *widget,
                                      const char *text);

/* Puts @record back as it was before a change, returning %FALSE with @error set on failure. */
typedef gboolean (*TandemRestoreFunc) (TandemStore  *store,
                                       gpointer      record,
                                       GError      **error);

void       tandem_toast_show_undo    (GtkWidget         *widget,
                                      const char        *text,
                                      TandemStore       *store,
                                      gpointer           record,
                                      TandemRestoreFunc  restore);
void       tandem_status_page_set_text (AdwStatusPage *page,
                                        const char    *description);
GtkWidget *tandem_icon_button_new    (const char *icon_name,
                                      const char *label,
                                      const char *action_name,
                                      gint64      target);

G_END_DECLS
