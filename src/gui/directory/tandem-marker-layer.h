/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_MARKER_LAYER (tandem_marker_layer_get_type ())

G_DECLARE_FINAL_TYPE (TandemMarkerLayer, tandem_marker_layer, TANDEM, MARKER_LAYER, ShumateLayer)

TandemMarkerLayer *tandem_marker_layer_new             (ShumateViewport   *viewport);
void               tandem_marker_layer_set_assets      (TandemMarkerLayer *self,
                                                        GListModel        *assets);
void               tandem_marker_layer_set_practices   (TandemMarkerLayer *self,
                                                        GListModel        *practices);
void               tandem_marker_layer_set_categories  (TandemMarkerLayer *self,
                                                        GPtrArray         *categories);
void               tandem_marker_layer_update_asset    (TandemMarkerLayer *self,
                                                        gpointer           asset);
gpointer           tandem_marker_layer_pick            (TandemMarkerLayer *self,
                                                        double             x,
                                                        double             y);
guint              tandem_marker_layer_get_n_assets_shown    (TandemMarkerLayer *self);
guint              tandem_marker_layer_get_n_practices_shown (TandemMarkerLayer *self);
guint              tandem_marker_layer_get_n_drawn     (TandemMarkerLayer *self);
gboolean           tandem_marker_layer_get_bounds      (TandemMarkerLayer *self,
                                                        double            *south,
                                                        double            *west,
                                                        double            *north,
                                                        double            *east);

G_END_DECLS
