/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_FRAMEWORK_DIALOG (tandem_framework_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemFrameworkDialog, tandem_framework_dialog, TANDEM, FRAMEWORK_DIALOG,
                      AdwWindow)

TandemFrameworkDialog *tandem_framework_dialog_new (GtkWindow             *parent,
                                                    TandemStore           *store);
void                   tandem_framework_dialog_set_text (TandemFrameworkDialog *self,
                                                         const char            *name,
                                                         const char            *version,
                                                         const char            *competencies);
gboolean               tandem_framework_dialog_add (TandemFrameworkDialog *self);
const char            *tandem_framework_dialog_get_message (TandemFrameworkDialog *self);

G_END_DECLS
