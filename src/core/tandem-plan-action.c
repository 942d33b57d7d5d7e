/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-action"

#include "config.h"

#include "tandem-enums.h"
#include "tandem-plan-action.h"

/* A step towards a goal: what, who, when. */
struct _TandemPlanAction
{
  TandemRecord parent_instance;

  gint64 goal_id;
  char *key;
  int position;
  char *what;
  char *who;
  char *due_on;
  TandemActionStatus status;
  int confidence;
  char *review_on;
};

G_DEFINE_FINAL_TYPE (TandemPlanAction, tandem_plan_action, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_GOAL_ID,
  PROP_KEY,
  PROP_POSITION,
  PROP_WHAT,
  PROP_WHO,
  PROP_DUE_ON,
  PROP_STATUS,
  PROP_CONFIDENCE,
  PROP_REVIEW_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_plan_action_finalize (GObject *object)
{
  TandemPlanAction *self = (TandemPlanAction *) object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->review_on, g_free);

  G_OBJECT_CLASS (tandem_plan_action_parent_class)->finalize (object);
}

static void
tandem_plan_action_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TandemPlanAction *self = TANDEM_PLAN_ACTION (object);

  switch (prop_id)
    {
    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_WHAT:
      g_value_set_string (value, self->what);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_CONFIDENCE:
      g_value_set_int (value, self->confidence);
      break;

    case PROP_REVIEW_ON:
      g_value_set_string (value, self->review_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_action_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TandemPlanAction *self = TANDEM_PLAN_ACTION (object);

  switch (prop_id)
    {
    case PROP_GOAL_ID:
      tandem_plan_action_set_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      tandem_plan_action_set_key (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      tandem_plan_action_set_position (self, g_value_get_int (value));
      break;

    case PROP_WHAT:
      tandem_plan_action_set_what (self, g_value_get_string (value));
      break;

    case PROP_WHO:
      tandem_plan_action_set_who (self, g_value_get_string (value));
      break;

    case PROP_DUE_ON:
      tandem_plan_action_set_due_on (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      tandem_plan_action_set_status (self, g_value_get_enum (value));
      break;

    case PROP_CONFIDENCE:
      tandem_plan_action_set_confidence (self, g_value_get_int (value));
      break;

    case PROP_REVIEW_ON:
      tandem_plan_action_set_review_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_action_class_init (TandemPlanActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_plan_action_finalize;
  object_class->get_property = tandem_plan_action_get_property;
  object_class->set_property = tandem_plan_action_set_property;

  /* The goal the action is for. */
  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The same for this action in every version of the plan, so versions can be compared. */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The order under its goal, from 0. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, 100000, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What will be done. */
  properties[PROP_WHAT] =
    g_param_spec_string ("what", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who will do it. */
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When, YYYY-MM-DD. */
  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Planned, in progress, done or not done. */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       TANDEM_TYPE_ACTION_STATUS,
                       TANDEM_ACTION_PLANNED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How confident the person is that it will happen, 1 to 10, or 0 when not asked. */
  properties[PROP_CONFIDENCE] =
    g_param_spec_int ("confidence", NULL, NULL,
                      0, 10, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When to look at it again, YYYY-MM-DD. */
  properties[PROP_REVIEW_ON] =
    g_param_spec_string ("review-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_plan_action_init (TandemPlanAction *self)
{
  self->status = TANDEM_ACTION_PLANNED;
}

TandemPlanAction *
tandem_plan_action_new (void)
{
  return g_object_new (TANDEM_TYPE_PLAN_ACTION, NULL);
}

gint64
tandem_plan_action_get_goal_id (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), 0);

  return self->goal_id;
}

void
tandem_plan_action_set_goal_id (TandemPlanAction *self,
                                gint64            goal_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (self->goal_id == goal_id)
    return;

  self->goal_id = goal_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_ID]);
}

const char *
tandem_plan_action_get_key (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), NULL);

  return self->key;
}

void
tandem_plan_action_set_key (TandemPlanAction *self,
                            const char       *key)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

int
tandem_plan_action_get_position (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), 0);

  return self->position;
}

void
tandem_plan_action_set_position (TandemPlanAction *self,
                                 int               position)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (self->position == position)
    return;

  self->position = position;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
tandem_plan_action_get_what (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), NULL);

  return self->what;
}

void
tandem_plan_action_set_what (TandemPlanAction *self,
                             const char       *what)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (g_strcmp0 (self->what, what) == 0)
    return;

  g_free (self->what);
  self->what = g_strdup (what);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT]);
}

const char *
tandem_plan_action_get_who (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), NULL);

  return self->who;
}

void
tandem_plan_action_set_who (TandemPlanAction *self,
                            const char       *who)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (g_strcmp0 (self->who, who) == 0)
    return;

  g_free (self->who);
  self->who = g_strdup (who);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHO]);
}

const char *
tandem_plan_action_get_due_on (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), NULL);

  return self->due_on;
}

void
tandem_plan_action_set_due_on (TandemPlanAction *self,
                               const char       *due_on)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (g_strcmp0 (self->due_on, due_on) == 0)
    return;

  g_free (self->due_on);
  self->due_on = g_strdup (due_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ON]);
}

TandemActionStatus
tandem_plan_action_get_status (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), 0);

  return self->status;
}

void
tandem_plan_action_set_status (TandemPlanAction   *self,
                               TandemActionStatus  status)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (self->status == status)
    return;

  self->status = status;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
tandem_plan_action_get_confidence (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), 0);

  return self->confidence;
}

void
tandem_plan_action_set_confidence (TandemPlanAction *self,
                                   int               confidence)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (self->confidence == confidence)
    return;

  self->confidence = confidence;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
}

const char *
tandem_plan_action_get_review_on (TandemPlanAction *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_ACTION (self), NULL);

  return self->review_on;
}

void
tandem_plan_action_set_review_on (TandemPlanAction *self,
                                  const char       *review_on)
{
  g_return_if_fail (TANDEM_IS_PLAN_ACTION (self));

  if (g_strcmp0 (self->review_on, review_on) == 0)
    return;

  g_free (self->review_on);
  self->review_on = g_strdup (review_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ON]);
}
