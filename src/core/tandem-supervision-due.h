/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_N_SUPERVISION_KINDS (TANDEM_SUPERVISION_PEER + 1)
#define TANDEM_N_ROLES (TANDEM_ROLE_SUPERVISOR + 1)

/* Due soon: within this many days. */
#define TANDEM_SUPERVISION_DUE_SOON_DAYS 14

/* How often a role is expected to have a kind of supervision. */
typedef struct
{
  TandemRole            role;
  TandemSupervisionKind kind;
  guint                 interval_days;
} TandemSupervisionFrequency;

typedef enum
{
  TANDEM_DUE_UP_TO_DATE,
  TANDEM_DUE_SOON,      /* due within TANDEM_SUPERVISION_DUE_SOON_DAYS, or today */
  TANDEM_DUE_OVERDUE,   /* the due date has passed */
} TandemDueState;

/* When one kind of supervision is next due for a worker. A worker never supervised in the
 * kind is due from today: @never says so, and @last_on is empty. Dates are YYYY-MM-DD. */
typedef struct
{
  TandemSupervisionKind kind;
  guint                 interval_days;
  gboolean              never;
  char                  last_on[11];
  char                  due_on[11];
  int                   days_left;    /* negative once overdue */
  TandemDueState        state;
} TandemSupervisionDue;

/* One worker's due dates, for the team's due list. */
typedef struct
{
  gint64      staff_id;
  char       *name;
  TandemRole  role;
  GArray     *dues;    /* TandemSupervisionDue, in kind order */
} TandemWorkerDue;

const TandemSupervisionFrequency *tandem_supervision_default_frequencies (guint *n_frequencies);
guint           tandem_supervision_frequency_lookup (const TandemSupervisionFrequency *frequencies,
                                                     guint                             n_frequencies,
                                                     TandemRole                        role,
                                                     TandemSupervisionKind             kind);
GArray         *tandem_supervision_due_compute     (TandemRole                        role,
                                                    const TandemSupervisionFrequency *frequencies,
                                                    guint                             n_frequencies,
                                                    const char * const               *last_on,
                                                    const GDate                      *today);
TandemDueState  tandem_supervision_due_worst       (GArray                           *dues);
char           *tandem_supervision_due_describe    (const TandemSupervisionDue       *due);

void            tandem_worker_due_free             (TandemWorkerDue                  *self);
TandemDueState  tandem_worker_due_get_state        (TandemWorkerDue                  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemWorkerDue, tandem_worker_due_free)

G_END_DECLS
