/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-session.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PERSON_PAGE (tandem_person_page_get_type ())

G_DECLARE_FINAL_TYPE (TandemPersonPage, tandem_person_page, TANDEM, PERSON_PAGE, AdwBin)

void          tandem_person_page_set_session   (TandemPersonPage *self,
                                                TandemSession    *session);
void          tandem_person_page_set_person_id (TandemPersonPage *self,
                                                gint64            person_id);
TandemPerson *tandem_person_page_get_person    (TandemPersonPage *self);
GPtrArray    *tandem_person_page_get_referrals (TandemPersonPage *self);
GPtrArray    *tandem_person_page_get_signposts (TandemPersonPage *self);
char         *tandem_person_page_dup_gp_summary (TandemPersonPage *self,
                                                 gint64            referral_id);

G_END_DECLS
