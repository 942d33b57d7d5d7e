/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-example-data.h"
#include "tandem-plan-page.h"
#include "tandem-window.h"

G_BEGIN_DECLS

typedef gboolean (*TandemUiCondition) (gpointer data);

void          tandem_ui_init            (void);
gboolean      tandem_ui_wait_until      (TandemUiCondition  condition,
                                         gpointer           data,
                                         guint              timeout_ms);
void          tandem_ui_wait_frames     (GtkWidget         *widget,
                                         guint              n_frames);
void          tandem_ui_iterate         (guint              milliseconds);
gboolean      tandem_ui_save_png        (GtkWidget         *widget,
                                         const char        *path,
                                         GError           **error);
gboolean      tandem_ui_caseload_loaded (gpointer           window);
GtkWidget    *tandem_ui_find_by_type    (GtkWidget         *root,
                                         GType              type);
GtkWidget    *tandem_ui_find_visible_status_page (GtkWidget *root);
GtkWidget    *tandem_ui_find_window     (GType              type);

GtkWidget    *tandem_ui_find_button     (GtkWidget         *root,
                                         const char        *label);
GtkWidget    *tandem_ui_find_password_row (GtkWidget       *root,
                                           guint            n);
GtkWidget    *tandem_ui_find_row        (GtkWidget         *root,
                                         const char        *title);
char         *tandem_ui_read_clipboard  (GtkWidget         *widget);
GtkWidget    *tandem_ui_wait_window     (GType              type);
gboolean      tandem_ui_wait_window_gone (GType             type);

/* What members of staff signed in by tandem_ui_sign_in() use: the example data's, so that
 * example staff sign in the same way as those a test adds. */
#define TANDEM_UI_PASSPHRASE TANDEM_EXAMPLE_PASSPHRASE

gint64        tandem_ui_add_staff        (TandemStore       *store,
                                          const char        *name,
                                          TandemRole         role);
void          tandem_ui_sign_in          (TandemSession     *session,
                                          gint64             staff_id);
TandemWindow *tandem_ui_open_window      (TandemStore       *store);
TandemWindow *tandem_ui_open_locked_window (TandemStore     *store);

GtkWidget    *tandem_ui_new_plan_window  (TandemSession     *session,
                                          GtkWidget        **page);
TandemPlanVersion *tandem_ui_add_example_plan (TandemStore  *store,
                                               gint64        person_id,
                                               guint         n_needs,
                                               guint         goals_per_need,
                                               guint         actions_per_goal);

G_END_DECLS
