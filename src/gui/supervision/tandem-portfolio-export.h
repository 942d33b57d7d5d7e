/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

void     tandem_portfolio_export         (GtkWindow           *parent,
                                          TandemSession       *session,
                                          gint64               staff_id);
char    *tandem_portfolio_dup_file_name  (TandemSession       *session,
                                          gint64               staff_id);
void     tandem_portfolio_export_async   (TandemSession       *session,
                                          gint64               staff_id,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean tandem_portfolio_export_finish  (GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
