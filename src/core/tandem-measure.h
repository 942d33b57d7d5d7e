/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "tandem-measure-result.h"
#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_MEASURE_ERROR (tandem_measure_error_quark ())

typedef enum
{
  TANDEM_MEASURE_ERROR_MISSING,
  TANDEM_MEASURE_ERROR_RANGE,
  TANDEM_MEASURE_ERROR_DATE,
} TandemMeasureError;

/* What a measure is and what Tandem may do with it. */
typedef struct
{
  TandemMeasureKind   kind;
  const char         *name;          /* marked with N_() */
  const char         *description;   /* marked with N_() */
  const char         *owner;         /* not translated */
  const char         *copyright;     /* to show wherever the items are shown, or NULL */
  gboolean            administered;  /* Tandem shows the items and scores them */
  guint               n_items;       /* answers a result holds */
  const char * const *items;         /* the items, or what each answer is */
  double              item_min;
  double              item_max;
  double              item_step;     /* 1 for whole numbers, 0.1 for PAM's score */
  guint               n_required;    /* the first n_required answers are needed */
  const char * const *scale;         /* labels for item_min..item_max, or NULL */
  gboolean            higher_is_better;
} TandemMeasureInfo;

/* A scored result. Fields a measure does not have are NAN or 0. */
typedef struct
{
  double score;   /* SWEMWBS metric, WEMWBS sum, PAM score, HCS summary, MYCaW profile */
  double raw;     /* SWEMWBS raw sum */
  int    level;   /* PAM level 1-4 */
} TandemMeasureScore;

GQuark                   tandem_measure_error_quark  (void);
const TandemMeasureInfo *tandem_measure_get_info     (TandemMeasureKind  kind);
gboolean                 tandem_measure_score        (TandemMeasureKind  kind,
                                                      const double      *answers,
                                                      guint              n_answers,
                                                      TandemMeasureScore *score,
                                                      GError           **error);
double                   tandem_measure_swemwbs_metric (int              raw);
int                      tandem_measure_pam_level    (double             score);
const char              *tandem_measure_ons4_band    (guint              item,
                                                      double             value);
gboolean                 tandem_measure_parse_answers (const char       *text,
                                                       double           *answers,
                                                       guint             n_answers);
gboolean                 tandem_measure_result_score (TandemMeasureResult *result,
                                                      TandemMeasureScore  *score,
                                                      GError             **error);
char                    *tandem_measure_format_answers (const double    *answers,
                                                        guint            n_answers);
char                    *tandem_measure_format_value (double             value);
const char              *tandem_measure_get_answer_name (TandemMeasureKind kind,
                                                         guint             item);
char                    *tandem_measure_dup_score_text (TandemMeasureKind kind,
                                                        const double    *answers,
                                                        guint            n_answers);

G_END_DECLS
