/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast  *tandem_toast_new          (const char *text);
void       tandem_toast_show         (GtkWidget  *widget,
                                      AdwToast   *toast);
void       tandem_toast_show_message (GtkWidget  *widget,
                                      const char *text);
void       tandem_status_page_set_text (AdwStatusPage *page,
                                        const char    *description);
GtkWidget *tandem_icon_button_new    (const char *icon_name,
                                      const char *label,
                                      const char *action_name,
                                      gint64      target);

G_END_DECLS
