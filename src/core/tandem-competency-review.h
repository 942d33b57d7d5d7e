/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-competency-framework.h"

G_BEGIN_DECLS

/* How a review rated one competency. */
typedef struct
{
  gint64  competency_id;
  int     level;
  char   *evidence;
  char   *note;
} TandemCompetencyRating;

/* A competency's level at one review. */
typedef struct
{
  char     reviewed_on[11];   /* ISO 8601 date */
  guint32  day;               /* the same as a Julian day number */
  int      level;
} TandemCompetencyPoint;

/* A competency's levels over a worker's reviews, the earliest first. */
typedef struct
{
  gint64  competency_id;
  GArray *points;             /* TandemCompetencyPoint */
} TandemCompetencySeries;

void tandem_competency_series_free (TandemCompetencySeries *series);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemCompetencySeries, tandem_competency_series_free)

#define TANDEM_TYPE_COMPETENCY_REVIEW (tandem_competency_review_get_type ())

G_DECLARE_FINAL_TYPE (TandemCompetencyReview, tandem_competency_review, TANDEM, COMPETENCY_REVIEW,
                      TandemRecord)

TandemCompetencyReview *tandem_competency_review_new             (void);
gint64        tandem_competency_review_get_staff_id     (TandemCompetencyReview *self);
void          tandem_competency_review_set_staff_id     (TandemCompetencyReview *self,
                                                         gint64                  staff_id);
gint64        tandem_competency_review_get_reviewer_id  (TandemCompetencyReview *self);
void          tandem_competency_review_set_reviewer_id  (TandemCompetencyReview *self,
                                                         gint64                  reviewer_id);
gint64        tandem_competency_review_get_framework_id (TandemCompetencyReview *self);
void          tandem_competency_review_set_framework_id (TandemCompetencyReview *self,
                                                         gint64                  framework_id);
const char   *tandem_competency_review_get_reviewed_on  (TandemCompetencyReview *self);
void          tandem_competency_review_set_reviewed_on  (TandemCompetencyReview *self,
                                                         const char             *reviewed_on);
const char   *tandem_competency_review_get_note         (TandemCompetencyReview *self);
void          tandem_competency_review_set_note         (TandemCompetencyReview *self,
                                                         const char             *note);
GPtrArray    *tandem_competency_review_get_ratings      (TandemCompetencyReview *self);
void          tandem_competency_review_set_ratings      (TandemCompetencyReview *self,
                                                         GPtrArray              *ratings);
void          tandem_competency_review_set_rating       (TandemCompetencyReview *self,
                                                         gint64                  competency_id,
                                                         int                     level,
                                                         const char             *evidence,
                                                         const char             *note);
const TandemCompetencyRating *tandem_competency_review_find_rating (TandemCompetencyReview *self,
                                                                    gint64                  competency_id);
gboolean      tandem_competency_review_check            (TandemCompetencyReview    *self,
                                                         TandemCompetencyFramework *framework,
                                                         const GDate               *today,
                                                         GHashTable                *errors);
char         *tandem_competency_review_rating_key       (gint64                  competency_id);

G_END_DECLS
