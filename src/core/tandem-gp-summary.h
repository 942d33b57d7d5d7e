/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-contact.h"
#include "tandem-person.h"
#include "tandem-referral.h"

G_BEGIN_DECLS

/* What a GP record summary of one episode is made from. */
typedef struct
{
  const char     *pcn_name;
  TandemPerson   *person;
  TandemReferral *referral;
  GPtrArray      *contacts;        /* TandemContact of this episode, any order */
  const char     *worker_name;     /* nullable */
  TandemRole      worker_role;
} TandemGpSummarySource;

char *tandem_gp_summary_for_referral (const TandemGpSummarySource *source);

G_END_DECLS
