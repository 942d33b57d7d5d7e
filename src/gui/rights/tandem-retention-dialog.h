/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_RETENTION_DIALOG (tandem_retention_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemRetentionDialog, tandem_retention_dialog, TANDEM, RETENTION_DIALOG,
                      AdwWindow)

GtkWidget *tandem_retention_dialog_new     (GtkWindow     *parent,
                                            TandemSession *session);
guint      tandem_retention_dialog_get_n_people (TandemRetentionDialog *self);

G_END_DECLS
