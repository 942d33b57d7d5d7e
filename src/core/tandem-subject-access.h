/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "tandem-huddle-case.h"
#include "tandem-person.h"
#include "tandem-supervision-case.h"

G_BEGIN_DECLS

/* A case of the person's on an MDT huddle's agenda: the meeting's date, the minutes taken
 * for this case only, and the actions agreed on it. */
typedef struct
{
  char             *held_on;          /* ISO 8601 date */
  TandemHuddleCase *item;
  GPtrArray        *actions;          /* TandemAgreedAction */
} TandemSubjectHuddleCase;

/* The person's case discussed in a worker's supervision: what was said about the person,
 * never the session's own notes or the worker's wellbeing, which are the worker's. */
typedef struct
{
  char                  *held_on;     /* ISO 8601 date */
  TandemSupervisionKind  kind;
  TandemSupervisionCase *item;
} TandemSubjectSupervisionCase;

/* A passage of meeting notes that names the person: a huddle's general notes or a supervision
 * session's, the paragraphs naming them only, with anyone else named in them taken out. */
typedef struct
{
  char *held_on;                      /* ISO 8601 date */
  char *source;                       /* "huddle" or "supervision" */
  char *text;
} TandemSubjectMention;

/* Everything held about one person, for a subject access request. Read from the store with
 * tandem_store_collect_subject_access(); it holds no store and reads nothing itself. */
typedef struct
{
  char         *produced_at;          /* ISO 8601 date and time, UTC */
  TandemPerson *person;
  GPtrArray    *referrals;            /* TandemReferral */
  GPtrArray    *contacts;             /* TandemContact */
  GPtrArray    *plans;                /* TandemPlan, one per version, the first first */
  GPtrArray    *measures;             /* TandemMeasureResult */
  GPtrArray    *signposts;            /* TandemSignpost */
  GPtrArray    *mdt_flags;            /* TandemMdtFlag */
  GPtrArray    *huddle_cases;         /* TandemSubjectHuddleCase, by date */
  GPtrArray    *supervision_cases;    /* TandemSubjectSupervisionCase, by date */
  GPtrArray    *mentions;             /* TandemSubjectMention, by date */
  GPtrArray    *audit;                /* TandemAuditEntry */
} TandemSubjectAccess;

TandemSubjectAccess *tandem_subject_access_new          (void);
void                 tandem_subject_access_free         (TandemSubjectAccess *self);
JsonNode            *tandem_subject_access_to_json      (TandemSubjectAccess *self);
char                *tandem_subject_access_to_json_data (TandemSubjectAccess *self,
                                                         gsize               *length);
guint                tandem_subject_access_count_records (TandemSubjectAccess *self);

void                 tandem_subject_huddle_case_free    (TandemSubjectHuddleCase      *self);
void                 tandem_subject_supervision_case_free (TandemSubjectSupervisionCase *self);
void                 tandem_subject_mention_free        (TandemSubjectMention         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemSubjectAccess, tandem_subject_access_free)

G_END_DECLS
