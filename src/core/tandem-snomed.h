/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-referral.h"

G_BEGIN_DECLS

/* SNOMED CT concepts Tandem puts in the GP record. */
#define TANDEM_SNOMED_SOCIAL_PRESCRIBING_REFERRAL "871731000000106"
#define TANDEM_SNOMED_SOCIAL_PRESCRIBING_DECLINED "871711000000103"
#define TANDEM_SNOMED_CARE_PLAN_REVIEW            "425268008"

/* A code to record, and the date to record it on (YYYY-MM-DD). */
typedef struct
{
  const char *code;
  const char *term;
  char       *date;
} TandemCodedEntry;

const char *tandem_snomed_get_term              (const char     *code);
const char *tandem_snomed_code_for              (TandemRole           role,
                                                 TandemReferralStatus status);
const char *tandem_snomed_why_not_coded         (TandemReferral      *referral);
GArray     *tandem_snomed_codes_for_referral    (TandemReferral *referral);

G_END_DECLS
