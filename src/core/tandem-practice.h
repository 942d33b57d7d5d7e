/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PRACTICE (tandem_practice_get_type ())

G_DECLARE_FINAL_TYPE (TandemPractice, tandem_practice, TANDEM, PRACTICE, TandemRecord)

TandemPractice  *tandem_practice_new                 (void);
const char      *tandem_practice_get_name            (TandemPractice *self);
void             tandem_practice_set_name            (TandemPractice *self,
                                                      const char     *name);
const char      *tandem_practice_get_ods_code        (TandemPractice *self);
void             tandem_practice_set_ods_code        (TandemPractice *self,
                                                      const char     *ods_code);
const char      *tandem_practice_get_postcode        (TandemPractice *self);
void             tandem_practice_set_postcode        (TandemPractice *self,
                                                      const char     *postcode);
gboolean         tandem_practice_get_retired         (TandemPractice *self);
void             tandem_practice_set_retired         (TandemPractice *self,
                                                      gboolean        retired);
gboolean         tandem_practice_get_has_coordinates (TandemPractice *self);
void             tandem_practice_set_has_coordinates (TandemPractice *self,
                                                      gboolean        has_coordinates);
double           tandem_practice_get_latitude        (TandemPractice *self);
void             tandem_practice_set_latitude        (TandemPractice *self,
                                                      double          latitude);
double           tandem_practice_get_longitude       (TandemPractice *self);
void             tandem_practice_set_longitude       (TandemPractice *self,
                                                      double          longitude);


G_END_DECLS
