/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double tandem_geo_distance_km (double latitude1,
                               double longitude1,
                               double latitude2,
                               double longitude2);

G_END_DECLS
