/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-diff"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-plan-diff.h"

/* What changed between two versions of a plan: the free-text fields compared one by one,
 * and needs, goals and actions matched by the key a review keeps, so an edited goal shows as
 * changed rather than as one removed and another added. Order changes are not reported: the
 * words are what the person agreed to. */

void
tandem_plan_change_free (TandemPlanChange *change)
{
  if (change == NULL)
    return;

  g_free (change->heading);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
add_change (GPtrArray            *changes,
            TandemPlanChangeKind  kind,
            TandemPlanPart        part,
            const char           *heading,
            const char           *before,
            const char           *after)
{
  TandemPlanChange *change = g_new0 (TandemPlanChange, 1);

  change->kind = kind;
  change->part = part;
  change->heading = g_strdup (heading);
  change->before = g_strdup (before);
  change->after = g_strdup (after);
  g_ptr_array_add (changes, change);
}

static void
compare_field (GPtrArray         *changes,
               TandemPlanPart     part,
               const char        *heading,
               TandemPlanVersion *older,
               TandemPlanVersion *newer,
               const char        *property)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_object_get (older, property, &before, NULL);
  g_object_get (newer, property, &after, NULL);

  if (g_strcmp0 (before ? before : "", after ? after : "") == 0)
    return;

  if (before == NULL || before[0] == '\0')
    add_change (changes, TANDEM_PLAN_CHANGE_ADDED, part, heading, NULL, after);
  else if (after == NULL || after[0] == '\0')
    add_change (changes, TANDEM_PLAN_CHANGE_REMOVED, part, heading, before, NULL);
  else
    add_change (changes, TANDEM_PLAN_CHANGE_CHANGED, part, heading, before, after);
}

static void
compare_fields (GPtrArray             *changes,
                TandemPlanPart         part,
                const TandemPlanField *fields,
                guint                  n_fields,
                TandemPlanVersion     *older,
                TandemPlanVersion     *newer)
{
  for (guint i = 0; i < n_fields; i++)
    compare_field (changes, part, _(fields[i].heading), older, newer, fields[i].property);
}

/* A stored date as the user reads it, or NULL when there is none. */
static char *
format_date_or_null (const char *iso)
{
  if (iso == NULL || iso[0] == '\0')
    return NULL;

  return tandem_date_format (iso);
}

/**
 * tandem_plan_describe_goal:
 *
 * Returns: (transfer full): the goal in one line: its words, importance, status, target and
 *   outcome
 */
char *
tandem_plan_describe_goal (TandemPlanGoal *goal)
{
  GString *text = g_string_new (tandem_plan_goal_get_words (goal));
  const char *outcome = tandem_plan_goal_get_outcome (goal);
  g_autofree char *target = format_date_or_null (tandem_plan_goal_get_target_on (goal));

  g_string_append (text, " — ");
  g_string_append (text, tandem_goal_status_get_label (tandem_plan_goal_get_status (goal)));
  if (tandem_plan_goal_get_importance (goal) > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, _("importance %d out of 10"),
                              tandem_plan_goal_get_importance (goal));
    }
  if (target != NULL)
    /* Translators: %s is a date */
    g_string_append_printf (text, _(", target %s"), target);
  if (outcome != NULL && outcome[0] != '\0')
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, _("outcome: %s"), outcome);
    }

  return g_string_free (text, FALSE);
}

/**
 * tandem_plan_describe_action:
 *
 * Returns: (transfer full): the action in one line: what, who, when, its status, the
 *   person's confidence and its review
 */
char *
tandem_plan_describe_action (TandemPlanAction *action)
{
  GString *text = g_string_new (tandem_plan_action_get_what (action));
  const char *who = tandem_plan_action_get_who (action);
  g_autofree char *due = format_date_or_null (tandem_plan_action_get_due_on (action));
  g_autofree char *review = format_date_or_null (tandem_plan_action_get_review_on (action));

  g_string_append (text, " — ");
  g_string_append (text,
                   tandem_action_status_get_label (tandem_plan_action_get_status (action)));
  if (who != NULL && who[0] != '\0')
    {
      g_string_append (text, ", ");
      g_string_append (text, who);
    }
  if (due != NULL)
    /* Translators: %s is a date */
    g_string_append_printf (text, _(", due %s"), due);
  if (tandem_plan_action_get_confidence (action) > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, _("confidence %d out of 10"),
                              tandem_plan_action_get_confidence (action));
    }
  if (review != NULL)
    /* Translators: %s is a date */
    g_string_append_printf (text, _(", review %s"), review);

  return g_string_free (text, FALSE);
}

static const char *
key_of (gpointer item)
{
  const char *key = NULL;

  if (TANDEM_IS_PLAN_NEED (item))
    key = tandem_plan_need_get_key (item);
  else if (TANDEM_IS_PLAN_GOAL (item))
    key = tandem_plan_goal_get_key (item);
  else
    key = tandem_plan_action_get_key (item);

  return key ? key : "";
}

static char *
describe (gpointer item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return g_strdup (tandem_plan_need_get_words (item));
  if (TANDEM_IS_PLAN_GOAL (item))
    return tandem_plan_describe_goal (item);

  return tandem_plan_describe_action (item);
}

/* Every need, goal or action of @plan, by key, in the plan's order. */
static void
collect (TandemPlan *plan,
         GHashTable *by_key,
         GPtrArray  *order)
{
  GListModel *needs = tandem_plan_get_needs (plan);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (plan, need);

      g_hash_table_insert (by_key, (gpointer) key_of (need), need);
      g_ptr_array_add (order, need);

      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);
          GListModel *actions = tandem_plan_get_actions (plan, goal);

          g_hash_table_insert (by_key, (gpointer) key_of (goal), goal);
          g_ptr_array_add (order, goal);

          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, k);

              g_hash_table_insert (by_key, (gpointer) key_of (action), action);
              g_ptr_array_add (order, action);
            }
        }
    }
}

static void
part_of (gpointer         item,
         TandemPlanPart  *part,
         const char     **heading)
{
  if (TANDEM_IS_PLAN_NEED (item))
    {
      *part = TANDEM_PLAN_PART_NEED;
      *heading = _("Need or concern");
    }
  else if (TANDEM_IS_PLAN_GOAL (item))
    {
      *part = TANDEM_PLAN_PART_GOAL;
      *heading = _("Goal");
    }
  else
    {
      *part = TANDEM_PLAN_PART_ACTION;
      *heading = _("Action");
    }
}

/* Items are held by the plans, which outlive this comparison. */
static void
compare_items (GPtrArray  *changes,
               TandemPlan *older,
               TandemPlan *newer)
{
  g_autoptr(GHashTable) old_items = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_items = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) old_order = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_order = g_ptr_array_new ();

  collect (older, old_items, old_order);
  collect (newer, new_items, new_order);

  /* In the newer plan's order, what was added or changed, then what was removed. */
  for (guint i = 0; i < new_order->len; i++)
    {
      gpointer item = g_ptr_array_index (new_order, i);
      gpointer before = g_hash_table_lookup (old_items, key_of (item));
      g_autofree char *after_text = describe (item);
      g_autofree char *before_text = before ? describe (before) : NULL;
      TandemPlanPart part;
      const char *heading;

      part_of (item, &part, &heading);
      if (before == NULL)
        add_change (changes, TANDEM_PLAN_CHANGE_ADDED, part, heading, NULL, after_text);
      else if (g_strcmp0 (before_text, after_text) != 0)
        add_change (changes, TANDEM_PLAN_CHANGE_CHANGED, part, heading, before_text, after_text);
    }

  for (guint i = 0; i < old_order->len; i++)
    {
      gpointer item = g_ptr_array_index (old_order, i);
      g_autofree char *before_text = NULL;
      TandemPlanPart part;
      const char *heading;

      if (g_hash_table_contains (new_items, key_of (item)))
        continue;

      before_text = describe (item);
      part_of (item, &part, &heading);
      add_change (changes, TANDEM_PLAN_CHANGE_REMOVED, part, heading, before_text, NULL);
    }
}

/**
 * tandem_plan_compare:
 * @older: the earlier version
 * @newer: the later version
 *
 * Returns: (transfer full) (element-type TandemPlanChange): what changed, in the order of the
 *   plan; empty when nothing did
 */
GPtrArray *
tandem_plan_compare (TandemPlan *older,
                     TandemPlan *newer)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_plan_change_free);
  TandemPlanVersion *old_version, *new_version;
  const TandemPlanField *fields;
  guint n_fields;

  g_return_val_if_fail (TANDEM_IS_PLAN (older), changes);
  g_return_val_if_fail (TANDEM_IS_PLAN (newer), changes);

  old_version = tandem_plan_get_version (older);
  new_version = tandem_plan_get_version (newer);

  fields = tandem_plan_get_about_me_fields (&n_fields);
  compare_fields (changes, TANDEM_PLAN_PART_ABOUT_ME, fields, n_fields, old_version, new_version);
  compare_field (changes, TANDEM_PLAN_PART_STRENGTHS, _("Strengths"), old_version, new_version,
                 "strengths");
  compare_items (changes, older, newer);
  compare_field (changes, TANDEM_PLAN_PART_SUPPORT, _("Other support, as written"),
                 old_version, new_version, "support");
  fields = tandem_plan_get_contingency_fields (&n_fields);
  compare_fields (changes, TANDEM_PLAN_PART_CONTINGENCY, fields, n_fields, old_version,
                  new_version);

  return changes;
}
