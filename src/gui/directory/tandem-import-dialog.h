/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-oruk-import.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_IMPORT_DIALOG (tandem_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemImportDialog, tandem_import_dialog, TANDEM, IMPORT_DIALOG, AdwWindow)

TandemImportDialog     *tandem_import_dialog_new         (GtkWindow          *parent,
                                                          TandemStore        *store);
void                    tandem_import_dialog_set_path    (TandemImportDialog *self,
                                                          const char         *path);
const char             *tandem_import_dialog_get_path    (TandemImportDialog *self);
void                    tandem_import_dialog_start       (TandemImportDialog *self);
void                    tandem_import_dialog_import_path (TandemImportDialog *self,
                                                          const char         *path);
void                    tandem_import_dialog_cancel      (TandemImportDialog *self);
gboolean                tandem_import_dialog_get_running (TandemImportDialog *self);
const char             *tandem_import_dialog_get_message (TandemImportDialog *self);
const TandemOrukReport *tandem_import_dialog_get_report  (TandemImportDialog *self);

G_END_DECLS
