/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_WORKER_PAGE (tandem_worker_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemWorkerPage, tandem_worker_page, TANDEM, WORKER_PAGE, AdwBin)

GtkWidget *tandem_worker_page_new               (void);
void       tandem_worker_page_set_session       (TandemWorkerPage *self,
                                                 TandemSession    *session);
void       tandem_worker_page_set_worker_id     (TandemWorkerPage *self,
                                                 gint64            worker_id);
gint64     tandem_worker_page_get_worker_id     (TandemWorkerPage *self);
void       tandem_worker_page_set_back_button   (TandemWorkerPage *self,
                                                 GtkWidget        *button);
void       tandem_worker_page_reload            (TandemWorkerPage *self);
GtkWidget *tandem_worker_page_record_session    (TandemWorkerPage *self);
GtkWidget *tandem_worker_page_open_session      (TandemWorkerPage *self,
                                                 gint64            session_id);
GtkListBox *tandem_worker_page_get_sessions_list (TandemWorkerPage *self);
GtkWidget *tandem_worker_page_get_due_group     (TandemWorkerPage *self);

G_END_DECLS
