/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_AUDIT_WINDOW (tandem_audit_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemAuditWindow, tandem_audit_window, TANDEM, AUDIT_WINDOW, AdwWindow)

TandemAuditWindow *tandem_audit_window_new         (GtkWindow         *parent,
                                                    TandemSession     *session,
                                                    gint64             person_id);
guint              tandem_audit_window_get_n_shown (TandemAuditWindow *self);
void               tandem_audit_window_export_csv  (TandemAuditWindow *self,
                                                    const char        *path);

G_END_DECLS
