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

/* The action takes the goal's key and its words as they are now, kept up as the user types. */
static void
update_signpost_target (GtkWidget      *button,
                        TandemPlanGoal *goal)
{
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)",
                                    tandem_plan_goal_get_key (goal) ?: "",
                                    tandem_plan_goal_get_words (goal) ?: "");
}

static void
goal_words_cb (GtkWidget      *button,
               GParamSpec     *pspec,
               TandemPlanGoal *goal)
{
  update_signpost_target (button, goal);
}

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
  GtkWidget *signpost;

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

  signpost = gtk_button_new_with_mnemonic (_("_Signpost or Refer…"));
  gtk_widget_set_halign (signpost, GTK_ALIGN_START);
  gtk_widget_add_css_class (signpost, "flat");
  gtk_widget_set_tooltip_text (signpost, _("Connect the person with a group or service in the "
                                           "directory for this goal"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (signpost), "plan.signpost-goal");
  g_signal_connect_object (goal, "notify::words", G_CALLBACK (goal_words_cb), signpost,
                           G_CONNECT_SWAPPED);
  update_signpost_target (signpost, goal);
  tandem_plan_item_row_append (self, signpost);

  return GTK_WIDGET (self);
}
