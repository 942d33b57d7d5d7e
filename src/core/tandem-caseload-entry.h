/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TANDEM_CASELOAD_NO_REFERRAL 0xff
#define TANDEM_CASELOAD_NO_PLAN 0xff

typedef enum
{
  TANDEM_CASELOAD_ENTRY_SAFEGUARDING = 1 << 0,
  TANDEM_CASELOAD_ENTRY_RISK         = 1 << 1,
} TandemCaseloadEntryFlags;

/* One person as the caseload list needs them: compact, because a PCN keeps 100,000 of them
 * in memory to filter and sort on every keystroke. Strings live in a GStringChunk owned by
 * whoever owns the array; dates are Julian day numbers, 0 when unknown. The referral fields
 * describe the person's current episode (see tandem_referral_compare_currency()); the plan
 * fields, their plan's latest version and the review its latest agreed version set.
 * follow_up_on is the earliest date a signpost or referral to an asset is to be followed up
 * and has no outcome yet: kept as a date, like review_on, so that whether an outcome is due
 * is judged against the caseload's "today" and stays right when the day moves on. */
typedef struct
{
  gint64       person_id;
  const char  *given_name;
  const char  *family_name;
  const char  *preferred_name;
  const char  *postcode;
  const char  *search_key;      /* see tandem_search_key_for_person() */
  gint64       practice_id;
  gint64       referral_id;
  gint64       assigned_staff_id;
  guint32      received_on;
  guint32      last_contact_on;
  guint32      review_on;       /* of the latest agreed plan version */
  guint32      follow_up_on;    /* the earliest follow-up of a signpost with no outcome yet */
  guint8       status;          /* TandemReferralStatus, or TANDEM_CASELOAD_NO_REFERRAL */
  guint8       priority;        /* TandemPriority */
  guint8       role;            /* TandemRole the episode is for */
  guint8       flags;           /* TandemCaseloadEntryFlags */
  guint8       plan_state;      /* TandemPlanState, or TANDEM_CASELOAD_NO_PLAN */
  guint8       plan_number;     /* the latest version's number, up to 255 */
  char         nhs_number[11];
} TandemCaseloadEntry;

G_END_DECLS
