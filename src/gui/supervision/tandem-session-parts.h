/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "tandem-store.h"
#include "tandem-team.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SESSION_PARTS (tandem_session_parts_get_type ())

G_DECLARE_FINAL_TYPE (TandemSessionParts, tandem_session_parts, TANDEM, SESSION_PARTS, GtkBox)

GtkWidget  *tandem_session_parts_new          (TandemStore              *store,
                                               TandemTeam               *team);
JsonObject *tandem_session_parts_read         (TandemSessionParts       *self);
void        tandem_session_parts_write        (TandemSessionParts       *self,
                                               JsonObject               *input);
void        tandem_session_parts_set_session  (TandemSessionParts       *self,
                                               TandemSupervisionSession *session);
gboolean    tandem_session_parts_apply        (TandemSessionParts       *self,
                                               TandemSupervisionSession *session,
                                               char                    **message);
void        tandem_session_parts_show_message (TandemSessionParts       *self,
                                               const char               *message);
void        tandem_session_parts_add_member   (TandemSessionParts       *self,
                                               gint64                    staff_id);
void        tandem_session_parts_add_case     (TandemSessionParts       *self,
                                               gint64                    person_id,
                                               const char               *person_name);
void        tandem_session_parts_add_action   (TandemSessionParts       *self);
void        tandem_session_parts_sync_ids     (TandemSessionParts       *self,
                                               TandemSupervisionSession *session);
guint       tandem_session_parts_get_n_members (TandemSessionParts      *self);

G_END_DECLS
