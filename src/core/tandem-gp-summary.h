/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-contact.h"
#include "tandem-person.h"
#include "tandem-plan.h"
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

/* What a GP record summary of an agreed plan is made from. */
typedef struct
{
  const char     *pcn_name;
  TandemPerson   *person;
  TandemPlan     *plan;            /* an agreed version */
  const char     *worker_name;     /* who prepared it; nullable */
  TandemRole      worker_role;
} TandemGpPlanSource;

char *tandem_gp_summary_for_referral (const TandemGpSummarySource *source);
char *tandem_gp_summary_for_plan     (const TandemGpPlanSource    *source);

G_END_DECLS
