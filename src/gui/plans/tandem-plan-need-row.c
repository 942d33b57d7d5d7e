/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-need-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-plan-need-row.h"

/* A need or concern, in the person's words, with its goals under it. */
struct _TandemPlanNeedRow
{
  TandemPlanItemRow parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemPlanNeedRow, tandem_plan_need_row, TANDEM_TYPE_PLAN_ITEM_ROW)

static void
tandem_plan_need_row_class_init (TandemPlanNeedRowClass *klass)
{
}

static void
tandem_plan_need_row_init (TandemPlanNeedRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "need");
}

/**
 * tandem_plan_need_row_new:
 * @editor: (nullable): what saves changes; %NULL to show the need read-only
 *
 * Returns: (transfer floating): the row; the page adds the goals' rows to its children box
 */
GtkWidget *
tandem_plan_need_row_new (TandemPlanNeed   *need,
                          TandemPlanEditor *editor)
{
  TandemPlanItemRow *self = g_object_new (TANDEM_TYPE_PLAN_NEED_ROW, NULL);
  GtkWidget *words;

  tandem_plan_item_row_construct (self, need, editor, _("Add _Goal"));

  words = tandem_plan_item_row_add_input (self, TANDEM_PLAN_INPUT_PROSE, "words",
                                          _("The need or concern, in the person’s words"));
  tandem_plan_input_set_heading_visible (TANDEM_PLAN_INPUT (words), FALSE);
  tandem_plan_item_row_append (self, words);

  return GTK_WIDGET (self);
}
