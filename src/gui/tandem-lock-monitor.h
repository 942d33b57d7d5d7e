/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_LOCK_MONITOR (tandem_lock_monitor_get_type ())

G_DECLARE_FINAL_TYPE (TandemLockMonitor, tandem_lock_monitor, TANDEM, LOCK_MONITOR, GObject)

TandemLockMonitor *tandem_lock_monitor_new                 (TandemSession     *session);
TandemSession     *tandem_lock_monitor_get_session         (TandemLockMonitor *self);
void               tandem_lock_monitor_set_session         (TandemLockMonitor *self,
                                                            TandemSession     *session);
guint              tandem_lock_monitor_get_idle_seconds    (TandemLockMonitor *self);
void               tandem_lock_monitor_set_idle_seconds    (TandemLockMonitor *self,
                                                            guint              seconds);
guint              tandem_lock_monitor_get_warning_seconds (TandemLockMonitor *self);
void               tandem_lock_monitor_set_warning_seconds (TandemLockMonitor *self,
                                                            guint              seconds);
gboolean           tandem_lock_monitor_get_warning_shown   (TandemLockMonitor *self);
gboolean           tandem_lock_monitor_get_can_lock        (TandemLockMonitor *self);
void               tandem_lock_monitor_lock                (TandemLockMonitor *self);
void               tandem_lock_monitor_add_actions         (TandemLockMonitor *self,
                                                            GtkApplication    *application);

G_END_DECLS
