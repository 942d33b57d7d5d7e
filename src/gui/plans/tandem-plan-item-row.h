/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-plan-editor.h"
#include "tandem-plan-input.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PLAN_ITEM_ROW (tandem_plan_item_row_get_type ())

G_DECLARE_DERIVABLE_TYPE (TandemPlanItemRow, tandem_plan_item_row, TANDEM, PLAN_ITEM_ROW, GtkWidget)

struct _TandemPlanItemRowClass
{
  GtkWidgetClass parent_class;
};

gpointer   tandem_plan_item_row_get_item         (TandemPlanItemRow   *self);
GtkWidget *tandem_plan_item_row_get_children_box (TandemPlanItemRow   *self);
GtkWidget *tandem_plan_item_row_find_input       (TandemPlanItemRow   *self,
                                                  const char          *property);
void       tandem_plan_item_row_refresh          (TandemPlanItemRow   *self,
                                                  const char          *property);
gboolean   tandem_plan_item_row_focus            (TandemPlanItemRow   *self,
                                                  const char          *property);
void       tandem_plan_item_row_set_position     (TandemPlanItemRow   *self,
                                                  guint                index,
                                                  guint                count);

/* For the rows of needs, goals and actions. */
void       tandem_plan_item_row_construct        (TandemPlanItemRow   *self,
                                                  gpointer             item,
                                                  TandemPlanEditor    *editor,
                                                  const char          *add_child_label);
GtkWidget *tandem_plan_item_row_add_input        (TandemPlanItemRow   *self,
                                                  TandemPlanInputKind  kind,
                                                  const char          *property,
                                                  const char          *heading);
void       tandem_plan_item_row_append           (TandemPlanItemRow   *self,
                                                  GtkWidget           *widget);
GtkWidget *tandem_plan_item_row_add_short_input (TandemPlanItemRow   *self,
                                                  TandemPlanInputKind  kind,
                                                  const char          *property,
                                                  const char          *heading);

G_END_DECLS
