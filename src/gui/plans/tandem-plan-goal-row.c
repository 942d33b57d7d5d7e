/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-goal-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-plan-goal-row.h"

/* A goal: what the person wants, how much it matters to them, how it is going and how it
 * turned out, with the actions towards it under it. */
struct _TandemPlanGoalRow
{
  TandemPlanItemRow parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemPlanGoalRow, tandem_plan_goal_row, TANDEM_TYPE_PLAN_ITEM_ROW)

static void
tandem_plan_goal_row_class_init (TandemPlanGoalRowClass *klass)
{
}

static void
tandem_plan_goal_row_init (TandemPlanGoalRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "goal");
}

/**
 * tandem_plan_goal_row_new:
 * @editor: (nullable): what saves changes; %NULL to show the goal read-only
 *
 * Returns: (transfer floating): the row; the page adds the actions' rows to its children box
 */
GtkWidget *
tandem_plan_goal_row_new (TandemPlanGoal   *goal,
                          TandemPlanEditor *editor)
{
  TandemPlanItemRow *self = g_object_new (TANDEM_TYPE_PLAN_GOAL_ROW, NULL);
  GtkWidget *words;

  tandem_plan_item_row_construct (self, goal, editor, _("Add _Action"));

  words = tandem_plan_item_row_add_input (self, TANDEM_PLAN_INPUT_PROSE, "words",
                                          _("The goal, in the person’s words"));
  tandem_plan_input_set_heading_visible (TANDEM_PLAN_INPUT (words), FALSE);
  tandem_plan_item_row_append (self, words);

  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_SCORE, "importance",
                                        _("How important"));
  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_CHOICE, "status", _("Status"));
  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_DATE, "target-on",
                                        _("Target date"));

  tandem_plan_item_row_append (self,
                               tandem_plan_item_row_add_input (self, TANDEM_PLAN_INPUT_PROSE,
                                                               "outcome", _("Outcome")));

  return GTK_WIDGET (self);
}
