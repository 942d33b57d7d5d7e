/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-goal"

#include "config.h"

#include "tandem-enums.h"
#include "tandem-plan-goal.h"

/* A goal for a need, in the person's words, with the actions towards it. */
struct _TandemPlanGoal
{
  TandemRecord parent_instance;

  gint64 need_id;
  char *key;
  int position;
  char *words;
  int importance;
  TandemGoalStatus status;
  char *target_on;
  char *outcome;
};

G_DEFINE_FINAL_TYPE (TandemPlanGoal, tandem_plan_goal, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NEED_ID,
  PROP_KEY,
  PROP_POSITION,
  PROP_WORDS,
  PROP_IMPORTANCE,
  PROP_STATUS,
  PROP_TARGET_ON,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_plan_goal_finalize (GObject *object)
{
  TandemPlanGoal *self = (TandemPlanGoal *) object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->words, g_free);
  g_clear_pointer (&self->target_on, g_free);
  g_clear_pointer (&self->outcome, g_free);

  G_OBJECT_CLASS (tandem_plan_goal_parent_class)->finalize (object);
}

static void
tandem_plan_goal_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TandemPlanGoal *self = TANDEM_PLAN_GOAL (object);

  switch (prop_id)
    {
    case PROP_NEED_ID:
      g_value_set_int64 (value, self->need_id);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_WORDS:
      g_value_set_string (value, self->words);
      break;

    case PROP_IMPORTANCE:
      g_value_set_int (value, self->importance);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_TARGET_ON:
      g_value_set_string (value, self->target_on);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_goal_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TandemPlanGoal *self = TANDEM_PLAN_GOAL (object);

  switch (prop_id)
    {
    case PROP_NEED_ID:
      tandem_plan_goal_set_need_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      tandem_plan_goal_set_key (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      tandem_plan_goal_set_position (self, g_value_get_int (value));
      break;

    case PROP_WORDS:
      tandem_plan_goal_set_words (self, g_value_get_string (value));
      break;

    case PROP_IMPORTANCE:
      tandem_plan_goal_set_importance (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      tandem_plan_goal_set_status (self, g_value_get_enum (value));
      break;

    case PROP_TARGET_ON:
      tandem_plan_goal_set_target_on (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      tandem_plan_goal_set_outcome (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_goal_class_init (TandemPlanGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_plan_goal_finalize;
  object_class->get_property = tandem_plan_goal_get_property;
  object_class->set_property = tandem_plan_goal_set_property;

  /* The need the goal is for. */
  properties[PROP_NEED_ID] =
    g_param_spec_int64 ("need-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The same for this goal in every version of the plan, so versions can be compared. */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The order under its need, from 0. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, 100000, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The goal in the person's words. */
  properties[PROP_WORDS] =
    g_param_spec_string ("words", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How important it is to the person, 1 to 10, or 0 when not asked. */
  properties[PROP_IMPORTANCE] =
    g_param_spec_int ("importance", NULL, NULL,
                      0, 10, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How far it has got. */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       TANDEM_TYPE_GOAL_STATUS,
                       TANDEM_GOAL_NOT_STARTED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When the person hopes to get there, YYYY-MM-DD. */
  properties[PROP_TARGET_ON] =
    g_param_spec_string ("target-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What happened, in the person's words. */
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_plan_goal_init (TandemPlanGoal *self)
{
  self->status = TANDEM_GOAL_NOT_STARTED;
}

TandemPlanGoal *
tandem_plan_goal_new (void)
{
  return g_object_new (TANDEM_TYPE_PLAN_GOAL, NULL);
}

gint64
tandem_plan_goal_get_need_id (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), 0);

  return self->need_id;
}

void
tandem_plan_goal_set_need_id (TandemPlanGoal *self,
                              gint64          need_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (self->need_id == need_id)
    return;

  self->need_id = need_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEED_ID]);
}

const char *
tandem_plan_goal_get_key (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), NULL);

  return self->key;
}

void
tandem_plan_goal_set_key (TandemPlanGoal *self,
                          const char     *key)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

int
tandem_plan_goal_get_position (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), 0);

  return self->position;
}

void
tandem_plan_goal_set_position (TandemPlanGoal *self,
                               int             position)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (self->position == position)
    return;

  self->position = position;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
tandem_plan_goal_get_words (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), NULL);

  return self->words;
}

void
tandem_plan_goal_set_words (TandemPlanGoal *self,
                            const char     *words)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (g_strcmp0 (self->words, words) == 0)
    return;

  g_free (self->words);
  self->words = g_strdup (words);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORDS]);
}

int
tandem_plan_goal_get_importance (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), 0);

  return self->importance;
}

void
tandem_plan_goal_set_importance (TandemPlanGoal *self,
                                 int             importance)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (self->importance == importance)
    return;

  self->importance = importance;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTANCE]);
}

TandemGoalStatus
tandem_plan_goal_get_status (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), 0);

  return self->status;
}

void
tandem_plan_goal_set_status (TandemPlanGoal   *self,
                             TandemGoalStatus  status)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (self->status == status)
    return;

  self->status = status;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
tandem_plan_goal_get_target_on (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), NULL);

  return self->target_on;
}

void
tandem_plan_goal_set_target_on (TandemPlanGoal *self,
                                const char     *target_on)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (g_strcmp0 (self->target_on, target_on) == 0)
    return;

  g_free (self->target_on);
  self->target_on = g_strdup (target_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_ON]);
}

const char *
tandem_plan_goal_get_outcome (TandemPlanGoal *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (self), NULL);

  return self->outcome;
}

void
tandem_plan_goal_set_outcome (TandemPlanGoal *self,
                              const char     *outcome)
{
  g_return_if_fail (TANDEM_IS_PLAN_GOAL (self));

  if (g_strcmp0 (self->outcome, outcome) == 0)
    return;

  g_free (self->outcome);
  self->outcome = g_strdup (outcome);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}
