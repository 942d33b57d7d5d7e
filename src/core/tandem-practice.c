/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-practice"

#include "config.h"

#include "tandem-enums.h"
#include "tandem-practice.h"

/* A GP practice that is a member of the PCN. */

struct _TandemPractice
{
  TandemRecord parent_instance;

  char *name;
  char *ods_code;
  char *postcode;
  gboolean retired;
  gboolean has_coordinates;
  double latitude;
  double longitude;
};

G_DEFINE_FINAL_TYPE (TandemPractice, tandem_practice, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ODS_CODE,
  PROP_POSTCODE,
  PROP_RETIRED,
  PROP_HAS_COORDINATES,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_practice_finalize (GObject *object)
{
  TandemPractice *self = (TandemPractice *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->ods_code, g_free);
  g_clear_pointer (&self->postcode, g_free);

  G_OBJECT_CLASS (tandem_practice_parent_class)->finalize (object);
}

static void
tandem_practice_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TandemPractice *self = TANDEM_PRACTICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ODS_CODE:
      g_value_set_string (value, self->ods_code);
      break;

    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;

    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;

    case PROP_HAS_COORDINATES:
      g_value_set_boolean (value, self->has_coordinates);
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;

    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_practice_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TandemPractice *self = TANDEM_PRACTICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      tandem_practice_set_name (self, g_value_get_string (value));
      break;

    case PROP_ODS_CODE:
      tandem_practice_set_ods_code (self, g_value_get_string (value));
      break;

    case PROP_POSTCODE:
      tandem_practice_set_postcode (self, g_value_get_string (value));
      break;

    case PROP_RETIRED:
      tandem_practice_set_retired (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_COORDINATES:
      tandem_practice_set_has_coordinates (self, g_value_get_boolean (value));
      break;

    case PROP_LATITUDE:
      tandem_practice_set_latitude (self, g_value_get_double (value));
      break;

    case PROP_LONGITUDE:
      tandem_practice_set_longitude (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_practice_class_init (TandemPracticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_practice_finalize;
  object_class->get_property = tandem_practice_get_property;
  object_class->set_property = tandem_practice_set_property;

  /* The practice name. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The practice code given by the NHS Organisation Data Service. */
  properties[PROP_ODS_CODE] =
    g_param_spec_string ("ods-code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The practice postcode. */
  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the practice has left the PCN. */
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether latitude and longitude are known, for the map and distances. */
  properties[PROP_HAS_COORDINATES] =
    g_param_spec_boolean ("has-coordinates", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* WGS 84 latitude in degrees. */
  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL,
                         -180.0, 180.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* WGS 84 longitude in degrees. */
  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL,
                         -180.0, 180.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_practice_init (TandemPractice *self)
{
}

TandemPractice *
tandem_practice_new (void)
{
  return g_object_new (TANDEM_TYPE_PRACTICE, NULL);
}

const char *
tandem_practice_get_name (TandemPractice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE (self), NULL);

  return self->name ? self->name : "";
}

void
tandem_practice_set_name (TandemPractice *self,
                          const char     *name)
{
  g_return_if_fail (TANDEM_IS_PRACTICE (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
tandem_practice_get_ods_code (TandemPractice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE (self), NULL);

  return self->ods_code ? self->ods_code : "";
}

void
tandem_practice_set_ods_code (TandemPractice *self,
                              const char     *ods_code)
{
  g_return_if_fail (TANDEM_IS_PRACTICE (self));

  if (g_strcmp0 (self->ods_code, ods_code) == 0)
    return;

  g_free (self->ods_code);
  self->ods_code = g_strdup (ods_code);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ODS_CODE]);
}

const char *
tandem_practice_get_postcode (TandemPractice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE (self), NULL);

  return self->postcode ? self->postcode : "";
}

void
tandem_practice_set_postcode (TandemPractice *self,
                              const char     *postcode)
{
  g_return_if_fail (TANDEM_IS_PRACTICE (self));

  if (g_strcmp0 (self->postcode, postcode) == 0)
    return;

  g_free (self->postcode);
  self->postcode = g_strdup (postcode);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTCODE]);
}

gboolean
tandem_practice_get_retired (TandemPractice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE (self), 0);

  return self->retired;
}

void
tandem_practice_set_retired (TandemPractice *self,
                             gboolean        retired)
{
  g_return_if_fail (TANDEM_IS_PRACTICE (self));

  retired = !!retired;

  if (self->retired == retired)
    return;

  self->retired = retired;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETIRED]);
}

gboolean
tandem_practice_get_has_coordinates (TandemPractice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE (self), 0);

  return self->has_coordinates;
}

void
tandem_practice_set_has_coordinates (TandemPractice *self,
                                     gboolean        has_coordinates)
{
  g_return_if_fail (TANDEM_IS_PRACTICE (self));

  has_coordinates = !!has_coordinates;

  if (self->has_coordinates == has_coordinates)
    return;

  self->has_coordinates = has_coordinates;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_COORDINATES]);
}

double
tandem_practice_get_latitude (TandemPractice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE (self), 0);

  return self->latitude;
}

void
tandem_practice_set_latitude (TandemPractice *self,
                              double          latitude)
{
  g_return_if_fail (TANDEM_IS_PRACTICE (self));

  if (self->latitude == latitude)
    return;

  self->latitude = latitude;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
}

double
tandem_practice_get_longitude (TandemPractice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE (self), 0);

  return self->longitude;
}

void
tandem_practice_set_longitude (TandemPractice *self,
                               double          longitude)
{
  g_return_if_fail (TANDEM_IS_PRACTICE (self));

  if (self->longitude == longitude)
    return;

  self->longitude = longitude;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
}
