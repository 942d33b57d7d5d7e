/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-record"

#include "config.h"

#include "tandem-enum-strings.h"
#include "tandem-record.h"

/* What every stored record shares: its id in the store, and the plumbing that works from its
 * properties alone (copies for undo, comparison, machine-readable output). */
typedef struct
{
  gint64 id;
} TandemRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TandemRecord, tandem_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tandem_record_get_id (object));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      tandem_record_set_id (object, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_record_class_init (TandemRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tandem_record_get_property;
  object_class->set_property = tandem_record_set_property;

  /* The row id in the store; 0 until the record is first saved. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_record_init (TandemRecord *self)
{
}

gint64
tandem_record_get_id (gpointer record)
{
  TandemRecordPrivate *priv;

  g_return_val_if_fail (TANDEM_IS_RECORD (record), 0);

  priv = tandem_record_get_instance_private (record);
  return priv->id;
}

void
tandem_record_set_id (gpointer record,
                      gint64   id)
{
  TandemRecordPrivate *priv;

  g_return_if_fail (TANDEM_IS_RECORD (record));

  priv = tandem_record_get_instance_private (record);
  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (record), properties[PROP_ID]);
}

/**
 * tandem_record_copy:
 * @record: a #TandemRecord
 *
 * Returns: (transfer full): a new record of the same type with every property copied
 */
gpointer
tandem_record_copy (gpointer record)
{
  g_autofree GParamSpec **pspecs = NULL;
  GObject *copy;
  guint n_pspecs;

  g_return_val_if_fail (TANDEM_IS_RECORD (record), NULL);

  copy = g_object_new (G_OBJECT_TYPE (record), NULL);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (record, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  return copy;
}

gboolean
tandem_record_equal (gpointer record,
                     gpointer other)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_val_if_fail (TANDEM_IS_RECORD (record), FALSE);
  g_return_val_if_fail (TANDEM_IS_RECORD (other), FALSE);

  if (G_OBJECT_TYPE (record) != G_OBJECT_TYPE (other))
    return FALSE;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_value_init (&a, pspecs[i]->value_type);
      g_value_init (&b, pspecs[i]->value_type);
      g_object_get_property (record, pspecs[i]->name, &a);
      g_object_get_property (other, pspecs[i]->name, &b);

      /* The model uses NULL and "" alike for "not given"; the store gives back "". */
      if (G_VALUE_HOLDS_STRING (&a))
        {
          if (g_strcmp0 (g_value_get_string (&a) ? g_value_get_string (&a) : "",
                         g_value_get_string (&b) ? g_value_get_string (&b) : "") != 0)
            return FALSE;
        }
      else if (g_param_values_cmp (pspecs[i], &a, &b) != 0)
        return FALSE;
    }

  return TRUE;
}

static JsonNode *
value_to_json (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  if (type == G_TYPE_STRING)
    {
      if (g_value_get_string (value) == NULL)
        json_node_init_null (node);
      else
        json_node_set_string (node, g_value_get_string (value));
    }
  else if (type == G_TYPE_BOOLEAN)
    json_node_set_boolean (node, g_value_get_boolean (value));
  else if (type == G_TYPE_INT)
    json_node_set_int (node, g_value_get_int (value));
  else if (type == G_TYPE_INT64)
    json_node_set_int (node, g_value_get_int64 (value));
  else if (G_TYPE_IS_ENUM (type))
    json_node_set_string (node, tandem_enum_to_nick (type, g_value_get_enum (value)));
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_autofree char *nicks = tandem_flags_to_nicks (type, g_value_get_flags (value));
      g_auto(GStrv) parts = g_strsplit (nicks, ",", -1);
      JsonArray *array = json_array_new ();

      for (guint i = 0; parts[i] && parts[i][0]; i++)
        json_array_add_string_element (array, parts[i]);
      json_node_init_array (node, array);
      json_array_unref (array);
    }
  else
    json_node_init_null (node);

  return node;
}

/**
 * tandem_record_to_json:
 * @record: a #TandemRecord
 *
 * Every property becomes a member named after it: enums by their stored nick, flags as an
 * array of nicks, so the output reads the same as the database.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
tandem_record_to_json (gpointer record)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node;
  guint n_pspecs;

  g_return_val_if_fail (TANDEM_IS_RECORD (record), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (record, pspecs[i]->name, &value);
      json_object_set_member (object, pspecs[i]->name, value_to_json (&value));
    }

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}
