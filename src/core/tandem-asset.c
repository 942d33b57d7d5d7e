/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-asset.h"
#include "tandem-date.h"
#include "tandem-postcode.h"
#include "tandem-schedule.h"

/* One asset of the community directory: a group, service, place or person that helps. */

struct _TandemAsset
{
  TandemRecord parent_instance;

  char *oruk_id;
  char *source;
  char *organisation;
  char *name;
  char *description;
  char *categories;
  TandemAssetType asset_type;
  gboolean active;
  char *address;
  char *postcode;
  gboolean has_coordinates;
  double latitude;
  double longitude;
  char *schedule;
  guint open_days;
  TandemAssetCost cost;
  char *cost_note;
  char *eligibility;
  int minimum_age;
  int maximum_age;
  guint access_routes;
  guint accessibility;
  char *accessibility_note;
  char *languages;
  char *capacity;
  char *phone;
  char *email;
  char *website;
  TandemSuitability suitability;
  gboolean safeguarding_policy_seen;
  gboolean volunteer_checks;
  gboolean insurance;
  char *checked_by;
  char *checked_on;
  char *suitability_note;
  char *verified_on;
  char *notes;
  char *local_edits;
};

G_DEFINE_FINAL_TYPE (TandemAsset, tandem_asset, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ORUK_ID,
  PROP_SOURCE,
  PROP_ORGANISATION,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_CATEGORIES,
  PROP_ASSET_TYPE,
  PROP_ACTIVE,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_HAS_COORDINATES,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_SCHEDULE,
  PROP_OPEN_DAYS,
  PROP_COST,
  PROP_COST_NOTE,
  PROP_ELIGIBILITY,
  PROP_MINIMUM_AGE,
  PROP_MAXIMUM_AGE,
  PROP_ACCESS_ROUTES,
  PROP_ACCESSIBILITY,
  PROP_ACCESSIBILITY_NOTE,
  PROP_LANGUAGES,
  PROP_CAPACITY,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_WEBSITE,
  PROP_SUITABILITY,
  PROP_SAFEGUARDING_POLICY_SEEN,
  PROP_VOLUNTEER_CHECKS,
  PROP_INSURANCE,
  PROP_CHECKED_BY,
  PROP_CHECKED_ON,
  PROP_SUITABILITY_NOTE,
  PROP_VERIFIED_ON,
  PROP_NOTES,
  PROP_LOCAL_EDITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_asset_finalize (GObject *object)
{
  TandemAsset *self = (TandemAsset *) object;

  g_clear_pointer (&self->oruk_id, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->categories, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->postcode, g_free);
  g_clear_pointer (&self->schedule, g_free);
  g_clear_pointer (&self->cost_note, g_free);
  g_clear_pointer (&self->eligibility, g_free);
  g_clear_pointer (&self->accessibility_note, g_free);
  g_clear_pointer (&self->languages, g_free);
  g_clear_pointer (&self->capacity, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->checked_by, g_free);
  g_clear_pointer (&self->checked_on, g_free);
  g_clear_pointer (&self->suitability_note, g_free);
  g_clear_pointer (&self->verified_on, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->local_edits, g_free);

  G_OBJECT_CLASS (tandem_asset_parent_class)->finalize (object);
}

static void
tandem_asset_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TandemAsset *self = TANDEM_ASSET (object);

  switch (prop_id)
    {
    case PROP_ORUK_ID:
      g_value_set_string (value, self->oruk_id);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_CATEGORIES:
      g_value_set_string (value, self->categories);
      break;

    case PROP_ASSET_TYPE:
      g_value_set_enum (value, self->asset_type);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
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

    case PROP_SCHEDULE:
      g_value_set_string (value, self->schedule);
      break;

    case PROP_OPEN_DAYS:
      g_value_set_flags (value, self->open_days);
      break;

    case PROP_COST:
      g_value_set_enum (value, self->cost);
      break;

    case PROP_COST_NOTE:
      g_value_set_string (value, self->cost_note);
      break;

    case PROP_ELIGIBILITY:
      g_value_set_string (value, self->eligibility);
      break;

    case PROP_MINIMUM_AGE:
      g_value_set_int (value, self->minimum_age);
      break;

    case PROP_MAXIMUM_AGE:
      g_value_set_int (value, self->maximum_age);
      break;

    case PROP_ACCESS_ROUTES:
      g_value_set_flags (value, self->access_routes);
      break;

    case PROP_ACCESSIBILITY:
      g_value_set_flags (value, self->accessibility);
      break;

    case PROP_ACCESSIBILITY_NOTE:
      g_value_set_string (value, self->accessibility_note);
      break;

    case PROP_LANGUAGES:
      g_value_set_string (value, self->languages);
      break;

    case PROP_CAPACITY:
      g_value_set_string (value, self->capacity);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;

    case PROP_SUITABILITY:
      g_value_set_enum (value, self->suitability);
      break;

    case PROP_SAFEGUARDING_POLICY_SEEN:
      g_value_set_boolean (value, self->safeguarding_policy_seen);
      break;

    case PROP_VOLUNTEER_CHECKS:
      g_value_set_boolean (value, self->volunteer_checks);
      break;

    case PROP_INSURANCE:
      g_value_set_boolean (value, self->insurance);
      break;

    case PROP_CHECKED_BY:
      g_value_set_string (value, self->checked_by);
      break;

    case PROP_CHECKED_ON:
      g_value_set_string (value, self->checked_on);
      break;

    case PROP_SUITABILITY_NOTE:
      g_value_set_string (value, self->suitability_note);
      break;

    case PROP_VERIFIED_ON:
      g_value_set_string (value, self->verified_on);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_LOCAL_EDITS:
      g_value_set_string (value, self->local_edits);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TandemAsset *self = TANDEM_ASSET (object);

  switch (prop_id)
    {
    case PROP_ORUK_ID:
      tandem_asset_set_oruk_id (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      tandem_asset_set_source (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      tandem_asset_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      tandem_asset_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      tandem_asset_set_description (self, g_value_get_string (value));
      break;

    case PROP_CATEGORIES:
      tandem_asset_set_categories (self, g_value_get_string (value));
      break;

    case PROP_ASSET_TYPE:
      tandem_asset_set_asset_type (self, g_value_get_enum (value));
      break;

    case PROP_ACTIVE:
      tandem_asset_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_ADDRESS:
      tandem_asset_set_address (self, g_value_get_string (value));
      break;

    case PROP_POSTCODE:
      tandem_asset_set_postcode (self, g_value_get_string (value));
      break;

    case PROP_HAS_COORDINATES:
      tandem_asset_set_has_coordinates (self, g_value_get_boolean (value));
      break;

    case PROP_LATITUDE:
      tandem_asset_set_latitude (self, g_value_get_double (value));
      break;

    case PROP_LONGITUDE:
      tandem_asset_set_longitude (self, g_value_get_double (value));
      break;

    case PROP_SCHEDULE:
      tandem_asset_set_schedule (self, g_value_get_string (value));
      break;

    case PROP_OPEN_DAYS:
      tandem_asset_set_open_days (self, g_value_get_flags (value));
      break;

    case PROP_COST:
      tandem_asset_set_cost (self, g_value_get_enum (value));
      break;

    case PROP_COST_NOTE:
      tandem_asset_set_cost_note (self, g_value_get_string (value));
      break;

    case PROP_ELIGIBILITY:
      tandem_asset_set_eligibility (self, g_value_get_string (value));
      break;

    case PROP_MINIMUM_AGE:
      tandem_asset_set_minimum_age (self, g_value_get_int (value));
      break;

    case PROP_MAXIMUM_AGE:
      tandem_asset_set_maximum_age (self, g_value_get_int (value));
      break;

    case PROP_ACCESS_ROUTES:
      tandem_asset_set_access_routes (self, g_value_get_flags (value));
      break;

    case PROP_ACCESSIBILITY:
      tandem_asset_set_accessibility (self, g_value_get_flags (value));
      break;

    case PROP_ACCESSIBILITY_NOTE:
      tandem_asset_set_accessibility_note (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGES:
      tandem_asset_set_languages (self, g_value_get_string (value));
      break;

    case PROP_CAPACITY:
      tandem_asset_set_capacity (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      tandem_asset_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      tandem_asset_set_email (self, g_value_get_string (value));
      break;

    case PROP_WEBSITE:
      tandem_asset_set_website (self, g_value_get_string (value));
      break;

    case PROP_SUITABILITY:
      tandem_asset_set_suitability (self, g_value_get_enum (value));
      break;

    case PROP_SAFEGUARDING_POLICY_SEEN:
      tandem_asset_set_safeguarding_policy_seen (self, g_value_get_boolean (value));
      break;

    case PROP_VOLUNTEER_CHECKS:
      tandem_asset_set_volunteer_checks (self, g_value_get_boolean (value));
      break;

    case PROP_INSURANCE:
      tandem_asset_set_insurance (self, g_value_get_boolean (value));
      break;

    case PROP_CHECKED_BY:
      tandem_asset_set_checked_by (self, g_value_get_string (value));
      break;

    case PROP_CHECKED_ON:
      tandem_asset_set_checked_on (self, g_value_get_string (value));
      break;

    case PROP_SUITABILITY_NOTE:
      tandem_asset_set_suitability_note (self, g_value_get_string (value));
      break;

    case PROP_VERIFIED_ON:
      tandem_asset_set_verified_on (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      tandem_asset_set_notes (self, g_value_get_string (value));
      break;

    case PROP_LOCAL_EDITS:
      tandem_asset_set_local_edits (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_class_init (TandemAssetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_asset_finalize;
  object_class->get_property = tandem_asset_get_property;
  object_class->set_property = tandem_asset_set_property;

  /* The id the publishing directory gives it; empty for an asset added here. */
  properties[PROP_ORUK_ID] =
    g_param_spec_string ("oruk-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Where it was imported from, as the import named the feed; empty when added here. */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The organisation that runs it. */
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The service or group's name. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What it offers, as plain text. */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The keys of its needs categories, comma-separated, in the directory's order. */
  properties[PROP_CATEGORIES] =
    g_param_spec_string ("categories", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Its kind in asset-based community development. */
  properties[PROP_ASSET_TYPE] =
    g_param_spec_enum ("asset-type", NULL, NULL,
                       TANDEM_TYPE_ASSET_TYPE,
                       TANDEM_ASSET_ASSOCIATION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether it is still running. */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Where it meets, several lines. */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The postcode where it meets, normalised. */
  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether latitude and longitude are known. */
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

  /* When it is open: one weekly session per line (tandem-schedule.h). */
  properties[PROP_SCHEDULE] =
    g_param_spec_string ("schedule", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The days its schedule opens on, kept from the schedule. */
  properties[PROP_OPEN_DAYS] =
    g_param_spec_flags ("open-days", NULL, NULL,
                        TANDEM_TYPE_DAYS,
                        0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What it costs a person. */
  properties[PROP_COST] =
    g_param_spec_enum ("cost", NULL, NULL,
                       TANDEM_TYPE_ASSET_COST,
                       TANDEM_COST_UNKNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The cost in words, such as "£2 a session". */
  properties[PROP_COST_NOTE] =
    g_param_spec_string ("cost-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who it is for, in words. */
  properties[PROP_ELIGIBILITY] =
    g_param_spec_string ("eligibility", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The youngest age it takes; 0 for no limit. */
  properties[PROP_MINIMUM_AGE] =
    g_param_spec_int ("minimum-age", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The oldest age it takes; 0 for no limit. */
  properties[PROP_MAXIMUM_AGE] =
    g_param_spec_int ("maximum-age", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How a person gets in. */
  properties[PROP_ACCESS_ROUTES] =
    g_param_spec_flags ("access-routes", NULL, NULL,
                        TANDEM_TYPE_ACCESS_ROUTES,
                        0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What it offers disabled people. */
  properties[PROP_ACCESSIBILITY] =
    g_param_spec_flags ("accessibility", NULL, NULL,
                        TANDEM_TYPE_ACCESSIBILITY,
                        0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Accessibility in words. */
  properties[PROP_ACCESSIBILITY_NOTE] =
    g_param_spec_string ("accessibility-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Languages spoken, comma-separated as written. */
  properties[PROP_LANGUAGES] =
    g_param_spec_string ("languages", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Places or waiting time, in words. */
  properties[PROP_CAPACITY] =
    g_param_spec_string ("capacity", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The service's phone number. */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The service's e-mail address. */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The service's web address. */
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The outcome of the suitability and safeguarding check. */
  properties[PROP_SUITABILITY] =
    g_param_spec_enum ("suitability", NULL, NULL,
                       TANDEM_TYPE_SUITABILITY,
                       TANDEM_SUITABILITY_UNCHECKED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the check saw its safeguarding policy. */
  properties[PROP_SAFEGUARDING_POLICY_SEEN] =
    g_param_spec_boolean ("safeguarding-policy-seen", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether its staff and volunteers have the checks their role needs. */
  properties[PROP_VOLUNTEER_CHECKS] =
    g_param_spec_boolean ("volunteer-checks", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether it has public liability insurance. */
  properties[PROP_INSURANCE] =
    g_param_spec_boolean ("insurance", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who made the suitability check. */
  properties[PROP_CHECKED_BY] =
    g_param_spec_string ("checked-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When the suitability check was made, YYYY-MM-DD. */
  properties[PROP_CHECKED_ON] =
    g_param_spec_string ("checked-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What the check found, in words. */
  properties[PROP_SUITABILITY_NOTE] =
    g_param_spec_string ("suitability-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When someone last confirmed it is running as described, YYYY-MM-DD. */
  properties[PROP_VERIFIED_ON] =
    g_param_spec_string ("verified-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The team's own notes; an import never changes them. */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The imported properties changed here, comma-separated; an import leaves them alone. */
  properties[PROP_LOCAL_EDITS] =
    g_param_spec_string ("local-edits", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_asset_init (TandemAsset *self)
{
  self->active = TRUE;
}

TandemAsset *
tandem_asset_new (void)
{
  return g_object_new (TANDEM_TYPE_ASSET, NULL);
}

const char *
tandem_asset_get_oruk_id (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->oruk_id ? self->oruk_id : "";
}

void
tandem_asset_set_oruk_id (TandemAsset *self,
                          const char  *oruk_id)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->oruk_id, oruk_id) == 0)
    return;

  g_free (self->oruk_id);
  self->oruk_id = g_strdup (oruk_id);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORUK_ID]);
}

const char *
tandem_asset_get_source (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->source ? self->source : "";
}

void
tandem_asset_set_source (TandemAsset *self,
                         const char  *source)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->source, source) == 0)
    return;

  g_free (self->source);
  self->source = g_strdup (source);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
tandem_asset_get_organisation (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->organisation ? self->organisation : "";
}

void
tandem_asset_set_organisation (TandemAsset *self,
                               const char  *organisation)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->organisation, organisation) == 0)
    return;

  g_free (self->organisation);
  self->organisation = g_strdup (organisation);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

const char *
tandem_asset_get_name (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->name ? self->name : "";
}

void
tandem_asset_set_name (TandemAsset *self,
                       const char  *name)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
tandem_asset_get_description (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->description ? self->description : "";
}

void
tandem_asset_set_description (TandemAsset *self,
                              const char  *description)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
tandem_asset_get_categories (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->categories ? self->categories : "";
}

void
tandem_asset_set_categories (TandemAsset *self,
                             const char  *categories)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->categories, categories) == 0)
    return;

  g_free (self->categories);
  self->categories = g_strdup (categories);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORIES]);
}

TandemAssetType
tandem_asset_get_asset_type (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->asset_type;
}

void
tandem_asset_set_asset_type (TandemAsset *self,
                             TandemAssetType asset_type)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->asset_type == asset_type)
    return;

  self->asset_type = asset_type;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSET_TYPE]);
}

gboolean
tandem_asset_get_active (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->active;
}

void
tandem_asset_set_active (TandemAsset *self,
                         gboolean     active)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  active = !!active;

  if (self->active == active)
    return;

  self->active = active;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

const char *
tandem_asset_get_address (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->address ? self->address : "";
}

void
tandem_asset_set_address (TandemAsset *self,
                          const char  *address)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->address, address) == 0)
    return;

  g_free (self->address);
  self->address = g_strdup (address);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
tandem_asset_get_postcode (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->postcode ? self->postcode : "";
}

void
tandem_asset_set_postcode (TandemAsset *self,
                           const char  *postcode)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->postcode, postcode) == 0)
    return;

  g_free (self->postcode);
  self->postcode = g_strdup (postcode);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTCODE]);
}

gboolean
tandem_asset_get_has_coordinates (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->has_coordinates;
}

void
tandem_asset_set_has_coordinates (TandemAsset *self,
                                  gboolean     has_coordinates)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  has_coordinates = !!has_coordinates;

  if (self->has_coordinates == has_coordinates)
    return;

  self->has_coordinates = has_coordinates;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_COORDINATES]);
}

double
tandem_asset_get_latitude (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->latitude;
}

void
tandem_asset_set_latitude (TandemAsset *self,
                           double       latitude)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->latitude == latitude)
    return;

  self->latitude = latitude;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
}

double
tandem_asset_get_longitude (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->longitude;
}

void
tandem_asset_set_longitude (TandemAsset *self,
                            double       longitude)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->longitude == longitude)
    return;

  self->longitude = longitude;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
}

const char *
tandem_asset_get_schedule (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->schedule ? self->schedule : "";
}

void
tandem_asset_set_schedule (TandemAsset *self,
                           const char  *schedule)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->schedule, schedule) == 0)
    return;

  g_free (self->schedule);
  self->schedule = g_strdup (schedule);

  /* The days are kept with the schedule, for the "open on" filter. */
  tandem_asset_set_open_days (self, tandem_schedule_get_days (schedule));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
}

guint
tandem_asset_get_open_days (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->open_days;
}

void
tandem_asset_set_open_days (TandemAsset *self,
                            guint        open_days)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->open_days == open_days)
    return;

  self->open_days = open_days;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_DAYS]);
}

TandemAssetCost
tandem_asset_get_cost (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->cost;
}

void
tandem_asset_set_cost (TandemAsset *self,
                       TandemAssetCost cost)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->cost == cost)
    return;

  self->cost = cost;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST]);
}

const char *
tandem_asset_get_cost_note (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->cost_note ? self->cost_note : "";
}

void
tandem_asset_set_cost_note (TandemAsset *self,
                            const char  *cost_note)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->cost_note, cost_note) == 0)
    return;

  g_free (self->cost_note);
  self->cost_note = g_strdup (cost_note);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST_NOTE]);
}

const char *
tandem_asset_get_eligibility (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->eligibility ? self->eligibility : "";
}

void
tandem_asset_set_eligibility (TandemAsset *self,
                              const char  *eligibility)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->eligibility, eligibility) == 0)
    return;

  g_free (self->eligibility);
  self->eligibility = g_strdup (eligibility);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELIGIBILITY]);
}

int
tandem_asset_get_minimum_age (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->minimum_age;
}

void
tandem_asset_set_minimum_age (TandemAsset *self,
                              int          minimum_age)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->minimum_age == minimum_age)
    return;

  self->minimum_age = minimum_age;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINIMUM_AGE]);
}

int
tandem_asset_get_maximum_age (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->maximum_age;
}

void
tandem_asset_set_maximum_age (TandemAsset *self,
                              int          maximum_age)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->maximum_age == maximum_age)
    return;

  self->maximum_age = maximum_age;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_AGE]);
}

guint
tandem_asset_get_access_routes (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->access_routes;
}

void
tandem_asset_set_access_routes (TandemAsset *self,
                                guint        access_routes)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->access_routes == access_routes)
    return;

  self->access_routes = access_routes;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESS_ROUTES]);
}

guint
tandem_asset_get_accessibility (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->accessibility;
}

void
tandem_asset_set_accessibility (TandemAsset *self,
                                guint        accessibility)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->accessibility == accessibility)
    return;

  self->accessibility = accessibility;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESSIBILITY]);
}

const char *
tandem_asset_get_accessibility_note (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->accessibility_note ? self->accessibility_note : "";
}

void
tandem_asset_set_accessibility_note (TandemAsset *self,
                                     const char  *accessibility_note)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->accessibility_note, accessibility_note) == 0)
    return;

  g_free (self->accessibility_note);
  self->accessibility_note = g_strdup (accessibility_note);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESSIBILITY_NOTE]);
}

const char *
tandem_asset_get_languages (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->languages ? self->languages : "";
}

void
tandem_asset_set_languages (TandemAsset *self,
                            const char  *languages)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->languages, languages) == 0)
    return;

  g_free (self->languages);
  self->languages = g_strdup (languages);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

const char *
tandem_asset_get_capacity (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->capacity ? self->capacity : "";
}

void
tandem_asset_set_capacity (TandemAsset *self,
                           const char  *capacity)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->capacity, capacity) == 0)
    return;

  g_free (self->capacity);
  self->capacity = g_strdup (capacity);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

const char *
tandem_asset_get_phone (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->phone ? self->phone : "";
}

void
tandem_asset_set_phone (TandemAsset *self,
                        const char  *phone)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->phone, phone) == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
tandem_asset_get_email (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->email ? self->email : "";
}

void
tandem_asset_set_email (TandemAsset *self,
                        const char  *email)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->email, email) == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
tandem_asset_get_website (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->website ? self->website : "";
}

void
tandem_asset_set_website (TandemAsset *self,
                          const char  *website)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->website, website) == 0)
    return;

  g_free (self->website);
  self->website = g_strdup (website);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE]);
}

TandemSuitability
tandem_asset_get_suitability (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->suitability;
}

void
tandem_asset_set_suitability (TandemAsset *self,
                              TandemSuitability suitability)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (self->suitability == suitability)
    return;

  self->suitability = suitability;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUITABILITY]);
}

gboolean
tandem_asset_get_safeguarding_policy_seen (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->safeguarding_policy_seen;
}

void
tandem_asset_set_safeguarding_policy_seen (TandemAsset *self,
                                           gboolean     safeguarding_policy_seen)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  safeguarding_policy_seen = !!safeguarding_policy_seen;

  if (self->safeguarding_policy_seen == safeguarding_policy_seen)
    return;

  self->safeguarding_policy_seen = safeguarding_policy_seen;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAFEGUARDING_POLICY_SEEN]);
}

gboolean
tandem_asset_get_volunteer_checks (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->volunteer_checks;
}

void
tandem_asset_set_volunteer_checks (TandemAsset *self,
                                   gboolean     volunteer_checks)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  volunteer_checks = !!volunteer_checks;

  if (self->volunteer_checks == volunteer_checks)
    return;

  self->volunteer_checks = volunteer_checks;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUNTEER_CHECKS]);
}

gboolean
tandem_asset_get_insurance (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), 0);

  return self->insurance;
}

void
tandem_asset_set_insurance (TandemAsset *self,
                            gboolean     insurance)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  insurance = !!insurance;

  if (self->insurance == insurance)
    return;

  self->insurance = insurance;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSURANCE]);
}

const char *
tandem_asset_get_checked_by (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->checked_by ? self->checked_by : "";
}

void
tandem_asset_set_checked_by (TandemAsset *self,
                             const char  *checked_by)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->checked_by, checked_by) == 0)
    return;

  g_free (self->checked_by);
  self->checked_by = g_strdup (checked_by);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKED_BY]);
}

const char *
tandem_asset_get_checked_on (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->checked_on ? self->checked_on : "";
}

void
tandem_asset_set_checked_on (TandemAsset *self,
                             const char  *checked_on)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->checked_on, checked_on) == 0)
    return;

  g_free (self->checked_on);
  self->checked_on = g_strdup (checked_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKED_ON]);
}

const char *
tandem_asset_get_suitability_note (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->suitability_note ? self->suitability_note : "";
}

void
tandem_asset_set_suitability_note (TandemAsset *self,
                                   const char  *suitability_note)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->suitability_note, suitability_note) == 0)
    return;

  g_free (self->suitability_note);
  self->suitability_note = g_strdup (suitability_note);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUITABILITY_NOTE]);
}

const char *
tandem_asset_get_verified_on (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->verified_on ? self->verified_on : "";
}

void
tandem_asset_set_verified_on (TandemAsset *self,
                              const char  *verified_on)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->verified_on, verified_on) == 0)
    return;

  g_free (self->verified_on);
  self->verified_on = g_strdup (verified_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERIFIED_ON]);
}

const char *
tandem_asset_get_notes (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->notes ? self->notes : "";
}

void
tandem_asset_set_notes (TandemAsset *self,
                        const char  *notes)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
tandem_asset_get_local_edits (TandemAsset *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET (self), NULL);

  return self->local_edits ? self->local_edits : "";
}

void
tandem_asset_set_local_edits (TandemAsset *self,
                              const char  *local_edits)
{
  g_return_if_fail (TANDEM_IS_ASSET (self));

  if (g_strcmp0 (self->local_edits, local_edits) == 0)
    return;

  g_free (self->local_edits);
  self->local_edits = g_strdup (local_edits);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCAL_EDITS]);
}

G_DEFINE_QUARK (tandem-asset-error-quark, tandem_asset_error)

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error_literal (error, TANDEM_ASSET_ERROR, TANDEM_ASSET_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_date (const char  *iso,
            const char  *message,
            GError     **error)
{
  GDate date;

  if (*iso == '\0' || tandem_date_from_iso (iso, &date))
    return TRUE;

  return fail (error, message);
}

/**
 * tandem_asset_check:
 *
 * Checks what the store must not keep: an asset with no name, coordinates off the globe,
 * an age range the wrong way round, unreadable opening times or dates.
 */
gboolean
tandem_asset_check (TandemAsset  *self,
                    GError      **error)
{
  g_autofree char *name = g_strstrip (g_strdup (tandem_asset_get_name (self)));

  g_return_val_if_fail (TANDEM_IS_ASSET (self), FALSE);

  if (*name == '\0')
    return fail (error, _("Give the asset a name."));

  if (self->has_coordinates &&
      (self->latitude < -90.0 || self->latitude > 90.0 ||
       self->longitude < -180.0 || self->longitude > 180.0))
    return fail (error, _("The coordinates are off the map: latitude goes from -90 to 90 and "
                          "longitude from -180 to 180."));

  if (self->maximum_age > 0 && self->maximum_age < self->minimum_age)
    return fail (error, _("The oldest age it takes is below the youngest. Check the ages."));

  if (self->minimum_age > 150 || self->maximum_age > 150)
    return fail (error, _("An age limit is over 150. Check the ages."));

  return tandem_schedule_check (self->schedule, error) &&
         check_date (tandem_asset_get_checked_on (self),
                     _("The date of the suitability check is not a date."), error) &&
         check_date (tandem_asset_get_verified_on (self),
                     _("The date it was last verified is not a date."), error);
}

/**
 * tandem_asset_is_stale:
 * @months: how long a verification lasts
 *
 * Returns: whether nobody has confirmed the asset in the last @months months (or ever)
 */
gboolean
tandem_asset_is_stale (TandemAsset *self,
                       const GDate *today,
                       guint        months)
{
  GDate verified;

  g_return_val_if_fail (TANDEM_IS_ASSET (self), FALSE);

  if (!tandem_date_from_iso (tandem_asset_get_verified_on (self), &verified))
    return TRUE;

  g_date_add_months (&verified, months);
  return g_date_compare (&verified, today) <= 0;
}

gboolean
tandem_asset_has_category (TandemAsset *self,
                           const char  *key)
{
  g_auto(GStrv) keys = NULL;

  g_return_val_if_fail (TANDEM_IS_ASSET (self), FALSE);

  keys = g_strsplit (tandem_asset_get_categories (self), ",", -1);
  return g_strv_contains ((const char * const *) keys, key);
}
