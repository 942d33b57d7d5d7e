/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-caseload-item.h"
#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CASELOAD (tandem_caseload_get_type ())

G_DECLARE_FINAL_TYPE (TandemCaseload, tandem_caseload, TANDEM, CASELOAD, GObject)

TandemCaseload     *tandem_caseload_new                   (TandemStore         *store);
TandemCaseload     *tandem_caseload_new_for_plans         (TandemStore         *store);
TandemStore        *tandem_caseload_get_store             (TandemCaseload      *self);
gboolean            tandem_caseload_load                  (TandemCaseload      *self,
                                                           GError             **error);
void                tandem_caseload_load_async            (TandemCaseload      *self,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
gboolean            tandem_caseload_load_finish           (TandemCaseload      *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);
gboolean            tandem_caseload_get_loading           (TandemCaseload      *self);
guint               tandem_caseload_get_n_people          (TandemCaseload      *self);
gint64              tandem_caseload_get_person_id         (TandemCaseload      *self,
                                                           guint                position);
guint               tandem_caseload_find_person           (TandemCaseload      *self,
                                                           gint64               person_id);

gint64              tandem_caseload_get_staff_id          (TandemCaseload      *self);
void                tandem_caseload_set_staff_id          (TandemCaseload      *self,
                                                           gint64               staff_id);
TandemCaseloadShow  tandem_caseload_get_show              (TandemCaseload      *self);
void                tandem_caseload_set_show              (TandemCaseload      *self,
                                                           TandemCaseloadShow   show);
TandemPlanFilter    tandem_caseload_get_plan_filter       (TandemCaseload      *self);
void                tandem_caseload_set_plan_filter       (TandemCaseload      *self,
                                                           TandemPlanFilter     plan_filter);
gint64              tandem_caseload_get_practice_id       (TandemCaseload      *self);
void                tandem_caseload_set_practice_id       (TandemCaseload      *self,
                                                           gint64               practice_id);
int                 tandem_caseload_get_role              (TandemCaseload      *self);
void                tandem_caseload_set_role              (TandemCaseload      *self,
                                                           int                  role);
const char         *tandem_caseload_get_search_text       (TandemCaseload      *self);
void                tandem_caseload_set_search_text       (TandemCaseload      *self,
                                                           const char          *search_text);
guint               tandem_caseload_get_waiting_warning_days (TandemCaseload   *self);
void                tandem_caseload_set_waiting_warning_days (TandemCaseload   *self,
                                                              guint             days);
guint               tandem_caseload_get_contact_interval_days (TandemCaseload  *self);
void                tandem_caseload_set_contact_interval_days (TandemCaseload  *self,
                                                               guint            days);
void                tandem_caseload_set_today             (TandemCaseload      *self,
                                                           const GDate         *today);

G_END_DECLS
