/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "tandem-types.h"

G_BEGIN_DECLS

/* One goal of the person's latest plan, as the huddle sees it. */
typedef struct
{
  char             *words;
  TandemGoalStatus  status;
} TandemHuddleGoal;

/* One outcome measure's latest reading and its trend since baseline, in words. */
typedef struct
{
  char *name;      /* the measure, or the measure and the item followed: "ONS4: Happy" */
  char *latest;    /* "23.21 on 2 June 2026" */
  char *trend;     /* "Up 3.23 since baseline: better", or NULL with one reading */
} TandemHuddleScore;

/* What the chair needs on screen for one case, read in one call: who the person is, who
 * holds the case, their latest plan, their risks, their scores and the actions still open.
 * Plain data: nothing in it changes once read. */
typedef struct
{
  gint64           person_id;
  char            *person_name;
  char            *nhs_number;     /* ten digits as stored, or NULL */
  gint64           owner_id;       /* the assigned staff of the open referral, or 0 */
  char            *owner_name;     /* or NULL */
  gboolean         has_plan;
  int              plan_number;
  TandemPlanState  plan_state;
  char            *review_on;      /* YYYY-MM-DD, or NULL */
  GArray          *goals;          /* TandemHuddleGoal */
  TandemRiskFlags  risk_flags;
  char            *risk_notes;
  gboolean         safeguarding_concern;
  GArray          *scores;         /* TandemHuddleScore */
  GPtrArray       *actions;        /* TandemAgreedAction, open, soonest due first */
} TandemHuddleSummary;

TandemHuddleSummary *tandem_huddle_summary_new        (void);
void                 tandem_huddle_summary_free       (TandemHuddleSummary *self);
void                 tandem_huddle_summary_add_goal   (TandemHuddleSummary *self,
                                                       const char          *words,
                                                       TandemGoalStatus     status);
void                 tandem_huddle_summary_add_scores (TandemHuddleSummary *self,
                                                       GPtrArray           *results);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemHuddleSummary, tandem_huddle_summary_free)

G_END_DECLS
