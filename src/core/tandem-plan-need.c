/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-need"

#include "config.h"

#include "tandem-enums.h"
#include "tandem-plan-need.h"

/* A need or concern in a plan, in the person's words, with its goals. */
struct _TandemPlanNeed
{
  TandemRecord parent_instance;

  gint64 version_id;
  char *key;
  int position;
  char *words;
};

G_DEFINE_FINAL_TYPE (TandemPlanNeed, tandem_plan_need, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VERSION_ID,
  PROP_KEY,
  PROP_POSITION,
  PROP_WORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_plan_need_finalize (GObject *object)
{
  TandemPlanNeed *self = (TandemPlanNeed *) object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->words, g_free);

  G_OBJECT_CLASS (tandem_plan_need_parent_class)->finalize (object);
}

static void
tandem_plan_need_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TandemPlanNeed *self = TANDEM_PLAN_NEED (object);

  switch (prop_id)
    {
    case PROP_VERSION_ID:
      g_value_set_int64 (value, self->version_id);
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_need_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TandemPlanNeed *self = TANDEM_PLAN_NEED (object);

  switch (prop_id)
    {
    case PROP_VERSION_ID:
      tandem_plan_need_set_version_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      tandem_plan_need_set_key (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      tandem_plan_need_set_position (self, g_value_get_int (value));
      break;

    case PROP_WORDS:
      tandem_plan_need_set_words (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_need_class_init (TandemPlanNeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_plan_need_finalize;
  object_class->get_property = tandem_plan_need_get_property;
  object_class->set_property = tandem_plan_need_set_property;

  /* The plan version. */
  properties[PROP_VERSION_ID] =
    g_param_spec_int64 ("version-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The same for this need in every version of the plan, so versions can be compared. */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The order in the plan, from 0. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, 100000, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The need or concern in the person's words. */
  properties[PROP_WORDS] =
    g_param_spec_string ("words", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_plan_need_init (TandemPlanNeed *self)
{
}

TandemPlanNeed *
tandem_plan_need_new (void)
{
  return g_object_new (TANDEM_TYPE_PLAN_NEED, NULL);
}

gint64
tandem_plan_need_get_version_id (TandemPlanNeed *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_NEED (self), 0);

  return self->version_id;
}

void
tandem_plan_need_set_version_id (TandemPlanNeed *self,
                                 gint64          version_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_NEED (self));

  if (self->version_id == version_id)
    return;

  self->version_id = version_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION_ID]);
}

const char *
tandem_plan_need_get_key (TandemPlanNeed *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_NEED (self), NULL);

  return self->key;
}

void
tandem_plan_need_set_key (TandemPlanNeed *self,
                          const char     *key)
{
  g_return_if_fail (TANDEM_IS_PLAN_NEED (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

int
tandem_plan_need_get_position (TandemPlanNeed *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_NEED (self), 0);

  return self->position;
}

void
tandem_plan_need_set_position (TandemPlanNeed *self,
                               int             position)
{
  g_return_if_fail (TANDEM_IS_PLAN_NEED (self));

  if (self->position == position)
    return;

  self->position = position;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
tandem_plan_need_get_words (TandemPlanNeed *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_NEED (self), NULL);

  return self->words;
}

void
tandem_plan_need_set_words (TandemPlanNeed *self,
                            const char     *words)
{
  g_return_if_fail (TANDEM_IS_PLAN_NEED (self));

  if (g_strcmp0 (self->words, words) == 0)
    return;

  g_free (self->words);
  self->words = g_strdup (words);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORDS]);
}
