/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-form.h"

G_BEGIN_DECLS

TandemForm *tandem_fields_new_person_form   (TandemTeam *team);
TandemForm *tandem_fields_new_referral_form (TandemTeam *team,
                                             gboolean    with_episode);
TandemForm *tandem_fields_new_contact_form  (TandemTeam *team);
TandemForm *tandem_fields_new_practice_form (void);
TandemForm *tandem_fields_new_staff_form    (void);
TandemForm *tandem_fields_new_asset_form    (GPtrArray  *categories);

G_END_DECLS
