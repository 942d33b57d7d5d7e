/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

/* The most hours one CPD entry can count: a fortnight's course, full time. */
#define TANDEM_CPD_MAX_HOURS 100.0

/* A worker's CPD in one calendar year. */
typedef struct
{
  int    year;
  double hours;
  guint  n_entries;
} TandemCpdYear;

#define TANDEM_TYPE_CPD_ENTRY (tandem_cpd_entry_get_type ())

G_DECLARE_FINAL_TYPE (TandemCpdEntry, tandem_cpd_entry, TANDEM, CPD_ENTRY, TandemRecord)

TandemCpdEntry *tandem_cpd_entry_new               (void);
gint64          tandem_cpd_entry_get_staff_id      (TandemCpdEntry *self);
void            tandem_cpd_entry_set_staff_id      (TandemCpdEntry *self,
                                                    gint64          staff_id);
const char     *tandem_cpd_entry_get_done_on       (TandemCpdEntry *self);
void            tandem_cpd_entry_set_done_on       (TandemCpdEntry *self,
                                                    const char     *done_on);
const char     *tandem_cpd_entry_get_activity      (TandemCpdEntry *self);
void            tandem_cpd_entry_set_activity      (TandemCpdEntry *self,
                                                    const char     *activity);
double          tandem_cpd_entry_get_hours         (TandemCpdEntry *self);
void            tandem_cpd_entry_set_hours         (TandemCpdEntry *self,
                                                    double          hours);
const char     *tandem_cpd_entry_get_learning      (TandemCpdEntry *self);
void            tandem_cpd_entry_set_learning      (TandemCpdEntry *self,
                                                    const char     *learning);
const char     *tandem_cpd_entry_get_reflection    (TandemCpdEntry *self);
void            tandem_cpd_entry_set_reflection    (TandemCpdEntry *self,
                                                    const char     *reflection);
gint64          tandem_cpd_entry_get_competency_id (TandemCpdEntry *self);
void            tandem_cpd_entry_set_competency_id (TandemCpdEntry *self,
                                                    gint64          competency_id);
const char     *tandem_cpd_entry_get_evidence      (TandemCpdEntry *self);
void            tandem_cpd_entry_set_evidence      (TandemCpdEntry *self,
                                                    const char     *evidence);
gboolean        tandem_cpd_entry_check             (TandemCpdEntry *self,
                                                    const GDate    *today,
                                                    GHashTable     *errors);
char           *tandem_cpd_format_hours            (double          hours);

G_END_DECLS
