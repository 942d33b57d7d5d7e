/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-plan-action-row.h"

/* An action towards a goal: what, who, by when, how it stands, how confident the person is
 * of doing it, and when to look at it again. */
struct _TandemPlanActionRow
{
  TandemPlanItemRow parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemPlanActionRow, tandem_plan_action_row, TANDEM_TYPE_PLAN_ITEM_ROW)

static void
tandem_plan_action_row_class_init (TandemPlanActionRowClass *klass)
{
}

static void
tandem_plan_action_row_init (TandemPlanActionRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "action");
}

/**
 * tandem_plan_action_row_new:
 * @editor: (nullable): what saves changes; %NULL to show the action read-only
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
tandem_plan_action_row_new (TandemPlanAction *action,
                            TandemPlanEditor *editor)
{
  TandemPlanItemRow *self = g_object_new (TANDEM_TYPE_PLAN_ACTION_ROW, NULL);
  GtkWidget *what;

  tandem_plan_item_row_construct (self, action, editor, NULL);

  what = tandem_plan_item_row_add_input (self, TANDEM_PLAN_INPUT_PROSE, "what",
                                         _("What will be done"));
  tandem_plan_input_set_heading_visible (TANDEM_PLAN_INPUT (what), FALSE);
  tandem_plan_item_row_append (self, what);

  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_LINE, "who", _("Who"));
  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_DATE, "due-on", _("By when"));
  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_CHOICE, "status", _("Status"));
  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_SCORE, "confidence",
                                        _("Their confidence"));
  tandem_plan_item_row_add_short_input (self, TANDEM_PLAN_INPUT_DATE, "review-on",
                                        _("Review on"));

  return GTK_WIDGET (self);
}
