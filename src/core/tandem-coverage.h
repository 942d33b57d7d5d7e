/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-asset-category.h"
#include "tandem-practice.h"

G_BEGIN_DECLS

/* How far from a practice an asset counts as in its area, unless chosen otherwise. */
#define TANDEM_COVERAGE_DEFAULT_RADIUS_KM 3.0

#define TANDEM_TYPE_COVERAGE (tandem_coverage_get_type ())

G_DECLARE_FINAL_TYPE (TandemCoverage, tandem_coverage, TANDEM, COVERAGE, GObject)

TandemCoverage      *tandem_coverage_new                  (GPtrArray      *categories,
                                                           GListModel     *practices,
                                                           double          radius_km);
void                 tandem_coverage_add_asset            (TandemCoverage *self,
                                                           const char     *categories,
                                                           gboolean        has_coordinates,
                                                           double          latitude,
                                                           double          longitude,
                                                           const char     *postcode);
void                 tandem_coverage_add_person           (TandemCoverage *self,
                                                           gint64          practice_id,
                                                           const char     *text);
double               tandem_coverage_get_radius_km        (TandemCoverage *self);
guint                tandem_coverage_get_n_categories     (TandemCoverage *self);
TandemAssetCategory *tandem_coverage_get_category         (TandemCoverage *self,
                                                           guint           row);
guint                tandem_coverage_get_n_practices      (TandemCoverage *self);
TandemPractice      *tandem_coverage_get_practice         (TandemCoverage *self,
                                                           guint           column);
gboolean             tandem_coverage_practice_has_area    (TandemCoverage *self,
                                                           guint           column);
guint                tandem_coverage_get_assets           (TandemCoverage *self,
                                                           guint           row,
                                                           guint           column);
guint                tandem_coverage_get_people           (TandemCoverage *self,
                                                           guint           row,
                                                           guint           column);
guint                tandem_coverage_get_assets_area_unknown (TandemCoverage *self,
                                                              guint           row);
gboolean             tandem_coverage_is_gap               (TandemCoverage *self,
                                                           guint           row,
                                                           guint           column);
guint                tandem_coverage_count_gaps           (TandemCoverage *self);
char                *tandem_coverage_to_csv               (TandemCoverage *self);

GStrv                tandem_coverage_categories_for_text  (const char     *text);

G_END_DECLS
