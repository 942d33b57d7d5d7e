/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-category"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-asset-category.h"

/* A needs category of the community directory, such as "Carers". */

struct _TandemAssetCategory
{
  TandemRecord parent_instance;

  char *key;
  char *name;
  char *colour;
  int position;
  gboolean retired;
};

G_DEFINE_FINAL_TYPE (TandemAssetCategory, tandem_asset_category, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  PROP_COLOUR,
  PROP_POSITION,
  PROP_RETIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_asset_category_finalize (GObject *object)
{
  TandemAssetCategory *self = (TandemAssetCategory *) object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->colour, g_free);

  G_OBJECT_CLASS (tandem_asset_category_parent_class)->finalize (object);
}

static void
tandem_asset_category_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TandemAssetCategory *self = TANDEM_ASSET_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_category_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TandemAssetCategory *self = TANDEM_ASSET_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_KEY:
      tandem_asset_category_set_key (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      tandem_asset_category_set_name (self, g_value_get_string (value));
      break;

    case PROP_COLOUR:
      tandem_asset_category_set_colour (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      tandem_asset_category_set_position (self, g_value_get_int (value));
      break;

    case PROP_RETIRED:
      tandem_asset_category_set_retired (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_category_class_init (TandemAssetCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_asset_category_finalize;
  object_class->get_property = tandem_asset_category_get_property;
  object_class->set_property = tandem_asset_category_set_property;

  /* A fixed key: the built-in ones are named in tandem-asset-category.c. */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Its name as the team wrote it; built-in names are shown translated until renamed. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Its colour on the map, as #rrggbb. */
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Its place in the list. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether it is no longer offered for new assets. */
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_asset_category_init (TandemAssetCategory *self)
{
}

TandemAssetCategory *
tandem_asset_category_new (void)
{
  return g_object_new (TANDEM_TYPE_ASSET_CATEGORY, NULL);
}

const char *
tandem_asset_category_get_key (TandemAssetCategory *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CATEGORY (self), NULL);

  return self->key ? self->key : "";
}

void
tandem_asset_category_set_key (TandemAssetCategory *self,
                               const char          *key)
{
  g_return_if_fail (TANDEM_IS_ASSET_CATEGORY (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char *
tandem_asset_category_get_name (TandemAssetCategory *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CATEGORY (self), NULL);

  return self->name ? self->name : "";
}

void
tandem_asset_category_set_name (TandemAssetCategory *self,
                                const char          *name)
{
  g_return_if_fail (TANDEM_IS_ASSET_CATEGORY (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
tandem_asset_category_get_colour (TandemAssetCategory *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CATEGORY (self), NULL);

  return self->colour ? self->colour : "";
}

void
tandem_asset_category_set_colour (TandemAssetCategory *self,
                                  const char          *colour)
{
  g_return_if_fail (TANDEM_IS_ASSET_CATEGORY (self));

  if (g_strcmp0 (self->colour, colour) == 0)
    return;

  g_free (self->colour);
  self->colour = g_strdup (colour);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

int
tandem_asset_category_get_position (TandemAssetCategory *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CATEGORY (self), 0);

  return self->position;
}

void
tandem_asset_category_set_position (TandemAssetCategory *self,
                                    int                  position)
{
  g_return_if_fail (TANDEM_IS_ASSET_CATEGORY (self));

  if (self->position == position)
    return;

  self->position = position;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gboolean
tandem_asset_category_get_retired (TandemAssetCategory *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CATEGORY (self), 0);

  return self->retired;
}

void
tandem_asset_category_set_retired (TandemAssetCategory *self,
                                   gboolean             retired)
{
  g_return_if_fail (TANDEM_IS_ASSET_CATEGORY (self));

  retired = !!retired;

  if (self->retired == retired)
    return;

  self->retired = retired;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETIRED]);
}

/* The built-in categories, as migration 3 of the schema creates them. Their stored names are
 * English; they are shown in the user's language until the team renames them. */
static const struct {
  const char *key;
  const char *name;
} builtin[] = {
  { "loneliness", N_("Loneliness and social connection") },
  { "mental-wellbeing", N_("Mental wellbeing") },
  { "physical-activity", N_("Physical activity") },
  { "healthy-eating", N_("Healthy eating and weight") },
  { "money", N_("Money, debt and benefits") },
  { "housing", N_("Housing") },
  { "employment", N_("Employment and volunteering") },
  { "carers", N_("Carers") },
  { "arts", N_("Arts and creativity") },
  { "green", N_("Green and nature") },
  { "learning", N_("Learning and digital skills") },
  { "bereavement", N_("Bereavement") },
  { "domestic-abuse", N_("Domestic abuse") },
  { "substance-use", N_("Substance use") },
  { "faith", N_("Faith and culture") },
  { "families", N_("Families and children") },
  { "older-people", N_("Older people") },
};

/**
 * tandem_asset_category_translate:
 * @key: a category's key
 * @name: its stored name
 *
 * Returns: the name to show: a built-in category's translated name while the team has not
 *   renamed it, otherwise @name
 */
const char *
tandem_asset_category_translate (const char *key,
                                 const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    if (g_strcmp0 (key, builtin[i].key) == 0 && g_strcmp0 (name, builtin[i].name) == 0)
      return _(builtin[i].name);

  return name != NULL ? name : "";
}

const char *
tandem_asset_category_get_label (TandemAssetCategory *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CATEGORY (self), "");

  return tandem_asset_category_translate (self->key, self->name);
}
