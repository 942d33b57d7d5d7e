/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

void     tandem_subject_access_export_async  (TandemSession       *session,
                                              gint64               person_id,
                                              GFile               *folder,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean tandem_subject_access_export_finish (GAsyncResult        *result,
                                              char               **folder_uri,
                                              guint               *n_records,
                                              GError             **error);
void     tandem_rights_export_subject_access (GtkWindow           *parent,
                                              TandemSession       *session,
                                              gint64               person_id);

char    *tandem_rights_dup_erase_body        (GSettings           *settings,
                                              const char          *name);
void     tandem_rights_erase_person          (GtkWindow           *parent,
                                              TandemSession       *session,
                                              gint64               person_id,
                                              const char          *name);

G_END_DECLS
