/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-caseload.h"
#include "tandem-store.h"
#include "tandem-team.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SESSION (tandem_session_get_type ())

G_DECLARE_FINAL_TYPE (TandemSession, tandem_session, TANDEM, SESSION, GObject)

/* How many fictional people "Load Example Caseload" adds. */
#define TANDEM_EXAMPLE_CASELOAD_SIZE 300

TandemSession  *tandem_session_new                 (TandemStore         *store,
                                                    GSettings           *settings);
TandemStore    *tandem_session_get_store           (TandemSession       *self);
TandemTeam     *tandem_session_get_team            (TandemSession       *self);
TandemCaseload *tandem_session_get_caseload        (TandemSession       *self);
TandemCaseload *tandem_session_get_plans           (TandemSession       *self);
GSettings      *tandem_session_get_settings        (TandemSession       *self);
TandemStaff    *tandem_session_get_current_staff   (TandemSession       *self);
gint64          tandem_session_get_last_staff_id   (TandemSession      *self);
gboolean        tandem_session_get_locked          (TandemSession      *self);
void            tandem_session_lock                (TandemSession      *self);
gboolean        tandem_session_sign_in             (TandemSession      *self,
                                                    gint64              staff_id,
                                                    const char         *passphrase,
                                                    GError            **error);
gint64          tandem_session_get_database_id     (TandemSession      *self,
                                                    const char         *key);
void            tandem_session_set_database_id     (TandemSession      *self,
                                                    const char         *key,
                                                    gint64              id);
double          tandem_session_get_example_progress (TandemSession      *self);
void            tandem_session_load_example_async  (TandemSession       *self,
                                                    guint                n_people,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean        tandem_session_load_example_finish (TandemSession       *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

G_END_DECLS
