/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_TEAM (tandem_team_get_type ())

G_DECLARE_FINAL_TYPE (TandemTeam, tandem_team, TANDEM, TEAM, GObject)

TandemTeam     *tandem_team_new               (TandemStore  *store);
gboolean        tandem_team_reload            (TandemTeam   *self,
                                               GError      **error);
gboolean        tandem_team_is_set_up         (TandemTeam   *self);
const char     *tandem_team_get_pcn_name      (TandemTeam   *self);
GListModel     *tandem_team_get_practices     (TandemTeam   *self);
GListModel     *tandem_team_get_staff         (TandemTeam   *self);
TandemPractice *tandem_team_find_practice     (TandemTeam   *self,
                                               gint64        id);
TandemStaff    *tandem_team_find_staff        (TandemTeam   *self,
                                               gint64        id);

G_END_DECLS
