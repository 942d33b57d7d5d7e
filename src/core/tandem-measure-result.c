/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-measure-result"

#include "config.h"

#include "tandem-enums.h"
#include "tandem-measure-result.h"

/* One outcome measure taken with a person: the answers and the scores they give. */
struct _TandemMeasureResult
{
  TandemRecord parent_instance;

  gint64 person_id;
  TandemMeasureKind kind;
  TandemMeasureStage stage;
  char *taken_on;
  char *answers;
  char *details;
  gint64 staff_id;
};

G_DEFINE_FINAL_TYPE (TandemMeasureResult, tandem_measure_result, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_KIND,
  PROP_STAGE,
  PROP_TAKEN_ON,
  PROP_ANSWERS,
  PROP_DETAILS,
  PROP_STAFF_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_measure_result_finalize (GObject *object)
{
  TandemMeasureResult *self = (TandemMeasureResult *) object;

  g_clear_pointer (&self->taken_on, g_free);
  g_clear_pointer (&self->answers, g_free);
  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (tandem_measure_result_parent_class)->finalize (object);
}

static void
tandem_measure_result_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TandemMeasureResult *self = TANDEM_MEASURE_RESULT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;

    case PROP_TAKEN_ON:
      g_value_set_string (value, self->taken_on);
      break;

    case PROP_ANSWERS:
      g_value_set_string (value, self->answers);
      break;

    case PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_measure_result_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TandemMeasureResult *self = TANDEM_MEASURE_RESULT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      tandem_measure_result_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      tandem_measure_result_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_STAGE:
      tandem_measure_result_set_stage (self, g_value_get_enum (value));
      break;

    case PROP_TAKEN_ON:
      tandem_measure_result_set_taken_on (self, g_value_get_string (value));
      break;

    case PROP_ANSWERS:
      tandem_measure_result_set_answers (self, g_value_get_string (value));
      break;

    case PROP_DETAILS:
      tandem_measure_result_set_details (self, g_value_get_string (value));
      break;

    case PROP_STAFF_ID:
      tandem_measure_result_set_staff_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_measure_result_class_init (TandemMeasureResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_measure_result_finalize;
  object_class->get_property = tandem_measure_result_get_property;
  object_class->set_property = tandem_measure_result_set_property;

  /* The person. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Which measure. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TANDEM_TYPE_MEASURE_KIND,
                       TANDEM_MEASURE_ONS4,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Baseline or follow-up. */
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL,
                       TANDEM_TYPE_MEASURE_STAGE,
                       TANDEM_STAGE_BASELINE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The date it was taken, YYYY-MM-DD. */
  properties[PROP_TAKEN_ON] =
    g_param_spec_string ("taken-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The answers in item order, separated by commas, empty where not given. */
  properties[PROP_ANSWERS] =
    g_param_spec_string ("answers", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What the answers are about, such as the concerns a person names in MYCaW, one per line. */
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who took it with the person. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_measure_result_init (TandemMeasureResult *self)
{
  self->kind = TANDEM_MEASURE_ONS4;
  self->stage = TANDEM_STAGE_BASELINE;
}

TandemMeasureResult *
tandem_measure_result_new (void)
{
  return g_object_new (TANDEM_TYPE_MEASURE_RESULT, NULL);
}

gint64
tandem_measure_result_get_person_id (TandemMeasureResult *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (self), 0);

  return self->person_id;
}

void
tandem_measure_result_set_person_id (TandemMeasureResult *self,
                                     gint64               person_id)
{
  g_return_if_fail (TANDEM_IS_MEASURE_RESULT (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

TandemMeasureKind
tandem_measure_result_get_kind (TandemMeasureResult *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (self), 0);

  return self->kind;
}

void
tandem_measure_result_set_kind (TandemMeasureResult *self,
                                TandemMeasureKind    kind)
{
  g_return_if_fail (TANDEM_IS_MEASURE_RESULT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

TandemMeasureStage
tandem_measure_result_get_stage (TandemMeasureResult *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (self), 0);

  return self->stage;
}

void
tandem_measure_result_set_stage (TandemMeasureResult *self,
                                 TandemMeasureStage   stage)
{
  g_return_if_fail (TANDEM_IS_MEASURE_RESULT (self));

  if (self->stage == stage)
    return;

  self->stage = stage;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

const char *
tandem_measure_result_get_taken_on (TandemMeasureResult *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (self), NULL);

  return self->taken_on;
}

void
tandem_measure_result_set_taken_on (TandemMeasureResult *self,
                                    const char          *taken_on)
{
  g_return_if_fail (TANDEM_IS_MEASURE_RESULT (self));

  if (g_strcmp0 (self->taken_on, taken_on) == 0)
    return;

  g_free (self->taken_on);
  self->taken_on = g_strdup (taken_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKEN_ON]);
}

const char *
tandem_measure_result_get_answers (TandemMeasureResult *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (self), NULL);

  return self->answers;
}

void
tandem_measure_result_set_answers (TandemMeasureResult *self,
                                   const char          *answers)
{
  g_return_if_fail (TANDEM_IS_MEASURE_RESULT (self));

  if (g_strcmp0 (self->answers, answers) == 0)
    return;

  g_free (self->answers);
  self->answers = g_strdup (answers);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERS]);
}

const char *
tandem_measure_result_get_details (TandemMeasureResult *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (self), NULL);

  return self->details;
}

void
tandem_measure_result_set_details (TandemMeasureResult *self,
                                   const char          *details)
{
  g_return_if_fail (TANDEM_IS_MEASURE_RESULT (self));

  if (g_strcmp0 (self->details, details) == 0)
    return;

  g_free (self->details);
  self->details = g_strdup (details);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
}

gint64
tandem_measure_result_get_staff_id (TandemMeasureResult *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_RESULT (self), 0);

  return self->staff_id;
}

void
tandem_measure_result_set_staff_id (TandemMeasureResult *self,
                                    gint64               staff_id)
{
  g_return_if_fail (TANDEM_IS_MEASURE_RESULT (self));

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}
