/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-geo"

#include "config.h"

#include <math.h>

#include "tandem-geo.h"

/* Distances on the ground, for "within so many kilometres of the practice". The haversine
 * formula on a sphere is within half a percent of the true distance, far closer than anyone
 * judges a walk to a group. */

/* The mean radius of the Earth (IUGG), in kilometres. */
#define EARTH_RADIUS_KM 6371.0088

static double
radians (double degrees)
{
  return degrees * G_PI / 180.0;
}

/**
 * tandem_geo_distance_km:
 *
 * Returns: the great-circle distance between two WGS 84 positions given in degrees
 */
double
tandem_geo_distance_km (double latitude1,
                        double longitude1,
                        double latitude2,
                        double longitude2)
{
  double dlat = radians (latitude2 - latitude1);
  double dlon = radians (longitude2 - longitude1);
  double a = sin (dlat / 2) * sin (dlat / 2) +
             cos (radians (latitude1)) * cos (radians (latitude2)) *
             sin (dlon / 2) * sin (dlon / 2);

  /* Rounding can push a just past 1 for points on opposite sides of the globe. */
  a = CLAMP (a, 0.0, 1.0);
  /* Rounding can take a hair past 1 for points on opposite sides of the Earth. */
  return 2 * EARTH_RADIUS_KM * asin (MIN (1.0, sqrt (a)));
}
