/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-plan-batch.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_BATCH_DIALOG (tandem_batch_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemBatchDialog, tandem_batch_dialog, TANDEM, BATCH_DIALOG, AdwWindow)

TandemBatchDialog *tandem_batch_dialog_new               (GtkWidget             *anchor,
                                                         TandemStore           *store,
                                                         GArray                *person_ids);
void               tandem_batch_dialog_set_output        (TandemBatchDialog     *self,
                                                         TandemPlanBatchOutput  output);
void               tandem_batch_dialog_start             (TandemBatchDialog     *self,
                                                         GFile                 *destination);
gboolean           tandem_batch_dialog_get_running       (TandemBatchDialog     *self);
const char        *tandem_batch_dialog_get_progress_text (TandemBatchDialog     *self);
void               tandem_batch_dialog_cancel            (TandemBatchDialog     *self);

G_END_DECLS
