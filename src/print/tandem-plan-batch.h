/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-plan-document.h"
#include "tandem-store.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_PLAN_BATCH_FILE_PER_PLAN,  /* one PDF for each person, in a folder */
  TANDEM_PLAN_BATCH_COMBINED,       /* every plan in one PDF, one after another */
} TandemPlanBatchOutput;

#define TANDEM_TYPE_PLAN_BATCH (tandem_plan_batch_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanBatch, tandem_plan_batch, TANDEM, PLAN_BATCH, GObject)

TandemPlanBatch *tandem_plan_batch_new           (TandemStore                     *store,
                                                  const TandemPlanDocumentOptions *options);
void             tandem_plan_batch_add_person    (TandemPlanBatch                 *self,
                                                  gint64                           person_id);
guint            tandem_plan_batch_get_n_plans   (TandemPlanBatch                 *self);
guint            tandem_plan_batch_get_n_done    (TandemPlanBatch                 *self);
void             tandem_plan_batch_write_async   (TandemPlanBatch                 *self,
                                                  GFile                           *destination,
                                                  TandemPlanBatchOutput            output,
                                                  guint                            n_threads,
                                                  GCancellable                    *cancellable,
                                                  GAsyncReadyCallback              callback,
                                                  gpointer                         user_data);
gboolean         tandem_plan_batch_write_finish  (TandemPlanBatch                 *self,
                                                  GAsyncResult                    *result,
                                                  GError                         **error);
gboolean         tandem_plan_batch_write         (TandemPlanBatch                 *self,
                                                  GFile                           *destination,
                                                  TandemPlanBatchOutput            output,
                                                  guint                            n_threads,
                                                  GCancellable                    *cancellable,
                                                  GError                         **error);
GPtrArray       *tandem_plan_batch_get_problems  (TandemPlanBatch                 *self);

G_END_DECLS
