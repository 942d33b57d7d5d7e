/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-coverage.h"
#include "tandem-store.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_COVERAGE_VIEW (tandem_coverage_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemCoverageView, tandem_coverage_view, TANDEM, COVERAGE_VIEW, AdwBin)

GtkWidget      *tandem_coverage_view_new          (void);
void            tandem_coverage_view_set_store    (TandemCoverageView *self,
                                                   TandemStore        *store);
void            tandem_coverage_view_set_radius_km (TandemCoverageView *self,
                                                    double              radius_km);
double          tandem_coverage_view_get_radius_km (TandemCoverageView *self);
TandemCoverage *tandem_coverage_view_get_coverage (TandemCoverageView *self);
gboolean        tandem_coverage_view_is_loading   (TandemCoverageView *self);
GtkWidget      *tandem_coverage_view_get_grid     (TandemCoverageView *self);

G_END_DECLS
