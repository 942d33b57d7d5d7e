/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

/* How long a field waits after the last keystroke before it is written to the store. */
#define TANDEM_PLAN_EDITOR_SAVE_DELAY_MS 250

#define TANDEM_TYPE_PLAN_EDITOR (tandem_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemPlanEditor, tandem_plan_editor, TANDEM, PLAN_EDITOR, GObject)

TandemPlanEditor *tandem_plan_editor_new         (TandemStore       *store,
                                                  TandemPlan        *plan);
TandemPlan       *tandem_plan_editor_get_plan    (TandemPlanEditor  *self);
void              tandem_plan_editor_set_text    (TandemPlanEditor  *self,
                                                  gpointer           record,
                                                  const char        *property,
                                                  const char        *text);
gboolean          tandem_plan_editor_set_int     (TandemPlanEditor  *self,
                                                  gpointer           record,
                                                  const char        *property,
                                                  int                value);
gboolean          tandem_plan_editor_flush       (TandemPlanEditor  *self);
gboolean          tandem_plan_editor_has_pending (TandemPlanEditor  *self);
gpointer          tandem_plan_editor_add         (TandemPlanEditor  *self,
                                                  gpointer           parent,
                                                  guint              position);
gboolean          tandem_plan_editor_remove      (TandemPlanEditor  *self,
                                                  gpointer           item);
gboolean          tandem_plan_editor_move        (TandemPlanEditor  *self,
                                                  gpointer           item,
                                                  guint              position);
gboolean          tandem_plan_editor_get_can_undo (TandemPlanEditor *self);
gboolean          tandem_plan_editor_get_can_redo (TandemPlanEditor *self);
gboolean          tandem_plan_editor_undo        (TandemPlanEditor  *self);
gboolean          tandem_plan_editor_redo        (TandemPlanEditor  *self);
guint             tandem_plan_editor_get_serial  (TandemPlanEditor  *self);
gpointer          tandem_plan_editor_get_touched (TandemPlanEditor  *self,
                                                  const char       **property);
gpointer          tandem_plan_editor_get_parent  (TandemPlanEditor  *self,
                                                  gpointer           item);
guint             tandem_plan_editor_count_siblings (TandemPlanEditor *self,
                                                     gpointer          item);

G_END_DECLS
