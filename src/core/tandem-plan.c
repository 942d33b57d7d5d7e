/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-plan.h"

/* One version of a person's plan with everything in it, as the editor and the printed copy
 * read it: needs in order, each with its goals in order, each with its actions in order.
 * The lists are list models, so the editor follows additions, removals and moves; positions
 * in them are the positions the store keeps. */
struct _TandemPlan
{
  GObject            parent_instance;

  TandemPlanVersion *version;
  GListStore        *needs;
  GHashTable        *goals;     /* need id -> GListStore of TandemPlanGoal */
  GHashTable        *actions;   /* goal id -> GListStore of TandemPlanAction */
};

G_DEFINE_FINAL_TYPE (TandemPlan, tandem_plan, G_TYPE_OBJECT)

static void
tandem_plan_finalize (GObject *object)
{
  TandemPlan *self = (TandemPlan *) object;

  g_clear_object (&self->version);
  g_clear_object (&self->needs);
  g_clear_pointer (&self->goals, g_hash_table_unref);
  g_clear_pointer (&self->actions, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_plan_parent_class)->finalize (object);
}

static void
tandem_plan_class_init (TandemPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_plan_finalize;
}

static void
tandem_plan_init (TandemPlan *self)
{
  self->needs = g_list_store_new (TANDEM_TYPE_PLAN_NEED);
  self->goals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->actions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

TandemPlan *
tandem_plan_new (TandemPlanVersion *version)
{
  TandemPlan *self;

  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), NULL);

  self = g_object_new (TANDEM_TYPE_PLAN, NULL);
  self->version = g_object_ref (version);

  return self;
}

/**
 * tandem_plan_get_version:
 *
 * Returns: (transfer none): the version's own fields: About me, contingency, agreement
 */
TandemPlanVersion *
tandem_plan_get_version (TandemPlan *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), NULL);

  return self->version;
}

/* An agreed version is frozen: read-only, in the store and in the editor. */
gboolean
tandem_plan_is_frozen (TandemPlan *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), TRUE);

  return tandem_plan_version_get_state (self->version) == TANDEM_PLAN_AGREED;
}

/**
 * tandem_plan_get_needs:
 *
 * Returns: (transfer none): the needs and concerns, in order
 */
GListModel *
tandem_plan_get_needs (TandemPlan *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->needs);
}

static GListStore *
children (GHashTable *table,
          gint64      parent_id,
          GType       type)
{
  GListStore *list = g_hash_table_lookup (table, &parent_id);

  if (list == NULL)
    {
      list = g_list_store_new (type);
      g_hash_table_insert (table, g_memdup2 (&parent_id, sizeof parent_id), list);
    }

  return list;
}

/**
 * tandem_plan_get_goals:
 *
 * Returns: (transfer none): the goals for @need, in order
 */
GListModel *
tandem_plan_get_goals (TandemPlan     *self,
                       TandemPlanNeed *need)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), NULL);

  return G_LIST_MODEL (children (self->goals, tandem_record_get_id (need), TANDEM_TYPE_PLAN_GOAL));
}

/**
 * tandem_plan_get_actions:
 *
 * Returns: (transfer none): the actions towards @goal, in order
 */
GListModel *
tandem_plan_get_actions (TandemPlan     *self,
                         TandemPlanGoal *goal)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), NULL);

  return G_LIST_MODEL (children (self->actions, tandem_record_get_id (goal),
                                 TANDEM_TYPE_PLAN_ACTION));
}

static int
position_of (gpointer item)
{
  int position = 0;

  g_object_get (item, "position", &position, NULL);
  return position;
}

/* Inserts @item where its position says, among items already in order. When another item
 * holds that position, it and the ones after it move down one, as the store moves them when
 * a new item is saved there: the editor inserts in the middle of a list. */
static void
insert_in_order (GListStore *list,
                 gpointer    item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  int position = position_of (item);
  guint index = n;
  gboolean taken = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (position_of (other) >= position)
        {
          index = i;
          taken = position_of (other) == position;
          break;
        }
    }

  for (guint i = index; taken && i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (position_of (other) >= position)
        g_object_set (other, "position", position_of (other) + 1, NULL);
    }

  g_list_store_insert (list, index, item);
}

void
tandem_plan_insert_need (TandemPlan     *self,
                         TandemPlanNeed *need)
{
  g_return_if_fail (TANDEM_IS_PLAN (self));

  insert_in_order (self->needs, need);
}

void
tandem_plan_insert_goal (TandemPlan     *self,
                         TandemPlanGoal *goal)
{
  g_return_if_fail (TANDEM_IS_PLAN (self));

  insert_in_order (children (self->goals, tandem_plan_goal_get_need_id (goal),
                             TANDEM_TYPE_PLAN_GOAL),
                   goal);
}

void
tandem_plan_insert_action (TandemPlan       *self,
                           TandemPlanAction *action)
{
  g_return_if_fail (TANDEM_IS_PLAN (self));

  insert_in_order (children (self->actions, tandem_plan_action_get_goal_id (action),
                             TANDEM_TYPE_PLAN_ACTION),
                   action);
}

/* The list @item is in. */
static GListStore *
siblings (TandemPlan *self,
          gpointer    item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return self->needs;
  if (TANDEM_IS_PLAN_GOAL (item))
    return children (self->goals, tandem_plan_goal_get_need_id (item), TANDEM_TYPE_PLAN_GOAL);

  return children (self->actions, tandem_plan_action_get_goal_id (item), TANDEM_TYPE_PLAN_ACTION);
}

/* Numbers the items of @list 0, 1, 2... as the store does after a change. */
static void
renumber (GListStore *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_object_set (item, "position", (int) i, NULL);
    }
}

/* Forgets the lists of what hangs off @item. The store may give its id to an item added
 * later, which must not inherit them. */
static void
forget_children (TandemPlan *self,
                 gpointer    item)
{
  gint64 id = tandem_record_get_id (item);
  GListModel *goals;

  if (TANDEM_IS_PLAN_GOAL (item))
    {
      g_hash_table_remove (self->actions, &id);
      return;
    }

  if (!TANDEM_IS_PLAN_NEED (item) || (goals = g_hash_table_lookup (self->goals, &id)) == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(GObject) goal = g_list_model_get_item (goals, i);

      forget_children (self, goal);
    }
  g_hash_table_remove (self->goals, &id);
}

/**
 * tandem_plan_remove_item:
 * @item: a need, goal or action of the plan
 *
 * Removes @item, with what hangs off it, and renumbers the items after it.
 */
void
tandem_plan_remove_item (TandemPlan *self,
                         gpointer    item)
{
  GListStore *list;
  guint index;

  g_return_if_fail (TANDEM_IS_PLAN (self));

  forget_children (self, item);
  list = siblings (self, item);
  if (g_list_store_find (list, item, &index))
    g_list_store_remove (list, index);
  renumber (list);
}

/**
 * tandem_plan_move_item:
 * @position: where the item goes among its siblings
 */
void
tandem_plan_move_item (TandemPlan *self,
                       gpointer    item,
                       guint       position)
{
  g_autoptr(GObject) held = g_object_ref (item);
  GListStore *list;
  guint index;

  g_return_if_fail (TANDEM_IS_PLAN (self));

  list = siblings (self, item);
  if (!g_list_store_find (list, item, &index))
    return;

  g_list_store_remove (list, index);
  g_list_store_insert (list, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list))), held);
  renumber (list);
}

static gpointer
find_in (GListModel *list,
         gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (tandem_record_get_id (item) == id)
        return item;
    }

  return NULL;
}

/**
 * tandem_plan_find_need:
 *
 * Returns: (transfer none) (nullable): the need with that id
 */
TandemPlanNeed *
tandem_plan_find_need (TandemPlan *self,
                       gint64      id)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), NULL);

  return find_in (G_LIST_MODEL (self->needs), id);
}

/**
 * tandem_plan_find_goal:
 *
 * Returns: (transfer none) (nullable): the goal with that id
 */
TandemPlanGoal *
tandem_plan_find_goal (TandemPlan *self,
                       gint64      id)
{
  GHashTableIter iter;
  gpointer list;

  g_return_val_if_fail (TANDEM_IS_PLAN (self), NULL);

  g_hash_table_iter_init (&iter, self->goals);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    {
      TandemPlanGoal *goal = find_in (list, id);

      if (goal != NULL)
        return goal;
    }

  return NULL;
}

static guint
count_all (GHashTable *table)
{
  GHashTableIter iter;
  gpointer list;
  guint n = 0;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    n += g_list_model_get_n_items (list);

  return n;
}

guint
tandem_plan_count_goals (TandemPlan *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), 0);

  return count_all (self->goals);
}

guint
tandem_plan_count_actions (TandemPlan *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN (self), 0);

  return count_all (self->actions);
}

/**
 * tandem_plan_versions_find_agreed:
 * @versions: (element-type TandemPlanVersion): a person's versions, the latest first, as
 *   tandem_store_list_plan_versions() gives them
 *
 * Returns: (transfer none) (nullable): the latest agreed version: the plan in force, whose
 *   review is what is due
 */
TandemPlanVersion *
tandem_plan_versions_find_agreed (GPtrArray *versions)
{
  for (guint i = 0; i < versions->len; i++)
    {
      TandemPlanVersion *version = g_ptr_array_index (versions, i);

      if (tandem_plan_version_get_state (version) == TANDEM_PLAN_AGREED)
        return version;
    }

  return NULL;
}

/**
 * tandem_plan_version_dup_label:
 *
 * Returns: (transfer full): the version as a list of versions names it, like "Version 2 ·
 *   Agreed 3 Mar 2026" or "Version 3 · Draft"
 */
char *
tandem_plan_version_dup_label (TandemPlanVersion *version)
{
  int number;
  g_autofree char *on = NULL;

  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), NULL);

  number = tandem_plan_version_get_number (version);
  if (tandem_plan_version_get_state (version) != TANDEM_PLAN_AGREED)
    /* Translators: a version of a plan not yet agreed */
    return g_strdup_printf (_("Version %d · Draft"), number);

  on = tandem_date_format (tandem_plan_version_get_agreed_on (version));
  /* Translators: a version of a plan and the day it was agreed */
  return g_strdup_printf (_("Version %d · Agreed %s"), number, on);
}

/**
 * tandem_plan_review_state_on:
 * @review_on: the review date of an agreed version, as a Julian day, or 0 when not set
 * @today: the day it is, as a Julian day
 *
 * Returns: whether the review is due: overdue once its date has passed, due soon within
 *   %TANDEM_REVIEW_SOON_DAYS of it
 */
TandemReviewState
tandem_plan_review_state_on (guint32 review_on,
                             guint32 today)
{
  if (review_on == 0)
    return TANDEM_REVIEW_NOT_DUE;
  if (review_on < today)
    return TANDEM_REVIEW_OVERDUE;
  if (review_on - today <= TANDEM_REVIEW_SOON_DAYS)
    return TANDEM_REVIEW_DUE_SOON;

  return TANDEM_REVIEW_NOT_DUE;
}

/**
 * tandem_plan_version_get_review_state:
 *
 * Returns: how the version's review stands @today; %TANDEM_REVIEW_NOT_AGREED for a draft
 */
TandemReviewState
tandem_plan_version_get_review_state (TandemPlanVersion *version,
                                      const GDate       *today)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), TANDEM_REVIEW_NOT_AGREED);

  if (tandem_plan_version_get_state (version) != TANDEM_PLAN_AGREED)
    return TANDEM_REVIEW_NOT_AGREED;

  return tandem_plan_review_state_on (tandem_date_iso_to_julian (tandem_plan_version_get_review_on (version)),
                                      g_date_get_julian (today));
}

static void
add_error (GHashTable *errors,
           const char *property,
           const char *message)
{
  if (errors != NULL)
    g_hash_table_replace (errors, g_strdup (property), g_strdup (message));
}

/**
 * tandem_plan_version_check_agreement:
 * @errors: (nullable): a message for each field that is missing or wrong, by property
 *
 * What agreeing a plan needs: the day it was agreed (not in the future), who agreed it (a
 * representative's name and role when not the person), and a review date after the
 * agreement.
 *
 * Returns: %TRUE when the version can be agreed
 */
gboolean
tandem_plan_version_check_agreement (TandemPlanVersion *version,
                                     const GDate       *today,
                                     GHashTable        *errors)
{
  GDate agreed, review;
  gboolean ok = TRUE;
  gboolean has_agreed;

  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), FALSE);

  has_agreed = tandem_date_from_iso (tandem_plan_version_get_agreed_on (version), &agreed);
  if (!has_agreed)
    {
      add_error (errors, "agreed-on", _("Enter the day the plan was agreed"));
      ok = FALSE;
    }
  else if (g_date_compare (&agreed, today) > 0)
    {
      add_error (errors, "agreed-on", _("A plan cannot be agreed in the future"));
      ok = FALSE;
    }

  if (tandem_plan_version_get_agreed_with (version) == TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE)
    {
      const char *name = tandem_plan_version_get_representative_name (version);
      const char *role = tandem_plan_version_get_representative_role (version);

      if (name == NULL || name[0] == '\0')
        {
          add_error (errors, "representative-name", _("Enter the representative’s name"));
          ok = FALSE;
        }
      if (role == NULL || role[0] == '\0')
        {
          add_error (errors, "representative-role",
                     _("Say how the representative is related to the person"));
          ok = FALSE;
        }
    }

  if (!tandem_date_from_iso (tandem_plan_version_get_review_on (version), &review))
    {
      add_error (errors, "review-on", _("Enter when the plan will be reviewed"));
      ok = FALSE;
    }
  else if (has_agreed && g_date_compare (&review, &agreed) <= 0)
    {
      add_error (errors, "review-on", _("The review must come after the plan is agreed"));
      ok = FALSE;
    }

  return ok;
}

/**
 * tandem_plan_new_key:
 *
 * Returns: (transfer full): a key for a new need, goal or action, kept by its copies in later
 *   versions
 */
char *
tandem_plan_new_key (void)
{
  return g_uuid_string_random ();
}

static const TandemPlanField about_me_fields[] = {
  { "about-important", N_("What is most important to me") },
  { "about-people", N_("People who are important to me") },
  { "about-communication", N_("How I communicate and how to communicate with me") },
  { "about-wellness", N_("My wellness") },
  { "about-do-dont", N_("Please do and please don’t") },
  { "about-support", N_("How and when to support me") },
  { "about-worth-knowing", N_("Also worth knowing about me") },
  { "about-supported-by", N_("Who supported me to write this") },
};

static const TandemPlanField contingency_fields[] = {
  { "contingency-triggers", N_("What might make things worse") },
  { "contingency-warning-signs", N_("Early warning signs") },
  { "contingency-coping", N_("What helps me cope") },
  { "contingency-actions", N_("What should happen") },
  { "contingency-contacts", N_("Who to contact") },
};

/**
 * tandem_plan_get_about_me_fields:
 *
 * Returns: (array length=n_fields): the prompts of About me, in the order of the plan
 */
const TandemPlanField *
tandem_plan_get_about_me_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (about_me_fields);
  return about_me_fields;
}

/**
 * tandem_plan_get_contingency_fields:
 *
 * Returns: (array length=n_fields): the parts of “If things get worse”, in order
 */
const TandemPlanField *
tandem_plan_get_contingency_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (contingency_fields);
  return contingency_fields;
}

/**
 * tandem_plan_to_json:
 *
 * Returns: (transfer full): the version with its needs, each with its goals, each with its
 *   actions, as the plan nests them: what the command line shows and a subject access holds
 */
JsonNode *
tandem_plan_to_json (TandemPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *needs;

  g_return_val_if_fail (TANDEM_IS_PLAN (self), NULL);

  needs = tandem_plan_get_needs (self);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_value (builder, tandem_record_to_json (tandem_plan_get_version (self)));
  json_builder_set_member_name (builder, "needs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (self, need);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "need");
      json_builder_add_value (builder, tandem_record_to_json (need));
      json_builder_set_member_name (builder, "goals");
      json_builder_begin_array (builder);
      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);
          GListModel *actions = tandem_plan_get_actions (self, goal);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "goal");
          json_builder_add_value (builder, tandem_record_to_json (goal));
          json_builder_set_member_name (builder, "actions");
          json_builder_begin_array (builder);
          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, k);

              json_builder_add_value (builder, tandem_record_to_json (action));
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
