/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-record-input"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-nhs-number.h"
#include "tandem-postcode.h"
#include "tandem-record-input.h"

/* What the user typed into a form, as a JSON object of property names to values, and how it
 * becomes a record. The same object is the form's draft, so what the user typed is kept
 * exactly, valid or not, until it can be saved.
 *
 * Strings arrive as typed: NHS numbers with spaces, dates as day/month/year. Each property has
 * a rule turning the text into the stored value or into a message saying what is wrong;
 * values that break a rule leave the record's property as it was. */

typedef gboolean (*FieldRule) (const char   *typed,
                               const GDate  *today,
                               char        **value,
                               GError      **error);

static gboolean
nhs_number_rule (const char   *typed,
                 const GDate  *today,
                 char        **value,
                 GError      **error)
{
  *value = tandem_nhs_number_normalize (typed, error);
  return *value != NULL;
}

static gboolean
postcode_rule (const char   *typed,
               const GDate  *today,
               char        **value,
               GError      **error)
{
  *value = tandem_postcode_normalize (typed, error);
  return *value != NULL;
}

static gboolean
birth_date_rule (const char   *typed,
                 const GDate  *today,
                 char        **value,
                 GError      **error)
{
  GDate date;

  if (!tandem_date_parse_birth (typed, today, &date, error))
    return FALSE;

  *value = tandem_date_to_iso (&date);
  return TRUE;
}

static gboolean
past_date_rule (const char   *typed,
                const GDate  *today,
                char        **value,
                GError      **error)
{
  GDate date;

  if (!tandem_date_parse_not_future (typed, today, &date, error))
    return FALSE;

  *value = tandem_date_to_iso (&date);
  return TRUE;
}

/* A date to come, such as when to follow something up. */
static gboolean
any_date_rule (const char   *typed,
               const GDate  *today,
               char        **value,
               GError      **error)
{
  GDate date;

  if (!tandem_date_parse (typed, &date, error))
    return FALSE;

  *value = tandem_date_to_iso (&date);
  return TRUE;
}

static gboolean
email_rule (const char   *typed,
            const GDate  *today,
            char        **value,
            GError      **error)
{
  const char *at = strchr (typed, '@');

  if (at == NULL || at == typed || at[1] == '\0' || strchr (typed, ' ') != NULL ||
      strchr (at, '.') == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("This is not an email address: it should look like name@example.org"));
      return FALSE;
    }

  *value = g_strdup (typed);
  return TRUE;
}

static const struct {
  const char *property;
  FieldRule   rule;
  gboolean    required;
} rules[] = {
  { "given-name", NULL, TRUE },
  { "family-name", NULL, TRUE },
  { "name", NULL, TRUE },
  { "nhs-number", nhs_number_rule, FALSE },
  { "postcode", postcode_rule, FALSE },
  { "email", email_rule, FALSE },
  { "date-of-birth", birth_date_rule, FALSE },
  { "consent-to-record-date", past_date_rule, FALSE },
  { "consent-to-share-date", past_date_rule, FALSE },
  { "received-on", past_date_rule, TRUE },
  { "contacted-on", past_date_rule, FALSE },
  { "accepted-on", past_date_rule, FALSE },
  { "ended-on", past_date_rule, FALSE },
  { "contact-date", past_date_rule, TRUE },
  { "taken-on", past_date_rule, TRUE },
  { "reviewed-on", past_date_rule, TRUE },
  { "done-on", past_date_rule, TRUE },
  { "activity", NULL, TRUE },
  { "checked-on", past_date_rule, FALSE },
  { "verified-on", past_date_rule, FALSE },
  { "made-on", past_date_rule, TRUE },
  { "follow-up-on", any_date_rule, FALSE },
  { "outcome-on", past_date_rule, FALSE },
  { "held-on", past_date_rule, TRUE },
};

static gboolean
is_date_property (const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      if (g_str_equal (rules[i].property, property))
        return rules[i].rule == past_date_rule || rules[i].rule == birth_date_rule ||
               rules[i].rule == any_date_rule;
    }

  return FALSE;
}

static void
add_error (GHashTable *errors,
           const char *property,
           const char *message)
{
  if (errors != NULL)
    g_hash_table_insert (errors, g_strdup (property), g_strdup (message));
}

static gboolean
apply_string (gpointer     record,
              const char  *property,
              const char  *typed,
              const GDate *today,
              GHashTable  *errors)
{
  g_autofree char *stripped = g_strstrip (g_strdup (typed ? typed : ""));
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      if (!g_str_equal (rules[i].property, property))
        continue;

      if (stripped[0] == '\0')
        {
          if (rules[i].required)
            {
              add_error (errors, property, _("This is needed"));
              return FALSE;
            }
          break;
        }

      if (rules[i].rule != NULL)
        {
          if (!rules[i].rule (stripped, today, &value, &error))
            {
              add_error (errors, property, error->message);
              return FALSE;
            }

          g_object_set (record, property, value, NULL);
          return TRUE;
        }
      break;
    }

  /* Free text is kept exactly as typed but for space at either end: names keep their
   * apostrophes, hyphens, accents and scripts. */
  g_object_set (record, property, stripped, NULL);
  return TRUE;
}

/* A number typed into a text field: empty for none (0), otherwise within the property's range.
 * Numbers are read the same in every locale, with a point for decimals, as maps give them. */
static gboolean
apply_typed_number (gpointer     record,
                    GParamSpec  *pspec,
                    const char  *typed,
                    GHashTable  *errors)
{
  g_autofree char *stripped = g_strstrip (g_strdup (typed ? typed : ""));
  GValue value = G_VALUE_INIT;
  char *end = NULL;
  double number = 0.0;

  if (stripped[0] != '\0')
    {
      number = g_ascii_strtod (stripped, &end);
      if (end == stripped || *end != '\0' || !isfinite (number))
        {
          add_error (errors, pspec->name, pspec->value_type == G_TYPE_DOUBLE
                                          ? _("Type a number, such as 51.4545")
                                          : _("Type a whole number, such as 18"));
          return FALSE;
        }
    }

  g_value_init (&value, pspec->value_type);
  if (pspec->value_type == G_TYPE_DOUBLE)
    g_value_set_double (&value, number);
  else if (number != (int) number || number < G_MININT || number > G_MAXINT)
    {
      add_error (errors, pspec->name, _("Type a whole number, such as 18"));
      return FALSE;
    }
  else
    g_value_set_int (&value, (int) number);

  if (g_param_value_validate (pspec, &value))
    {
      add_error (errors, pspec->name, _("This number is out of range"));
      return FALSE;
    }

  g_object_set_property (record, pspec->name, &value);
  g_value_unset (&value);
  return TRUE;
}

static gboolean
apply_member (gpointer     record,
              GParamSpec  *pspec,
              JsonNode    *node,
              const GDate *today,
              GHashTable  *errors)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_STRING)
    return apply_string (record, pspec->name,
                         JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL,
                         today, errors);

  if ((type == G_TYPE_DOUBLE || type == G_TYPE_INT) && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    return apply_typed_number (record, pspec, json_node_get_string (node), errors);

  if (type == G_TYPE_BOOLEAN)
    g_object_set (record, pspec->name, json_node_get_boolean (node), NULL);
  else if (type == G_TYPE_INT)
    g_object_set (record, pspec->name, (int) json_node_get_int (node), NULL);
  else if (type == G_TYPE_INT64)
    g_object_set (record, pspec->name, (gint64) json_node_get_int (node), NULL);
  else if (G_TYPE_IS_ENUM (type))
    {
      GParamSpecEnum *enum_pspec = G_PARAM_SPEC_ENUM (pspec);

      g_object_set (record, pspec->name,
                    tandem_enum_from_nick (type, json_node_get_string (node),
                                           enum_pspec->default_value),
                    NULL);
    }
  else if (G_TYPE_IS_FLAGS (type) && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GString) nicks = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_string_append_printf (nicks, "%s,", json_array_get_string_element (array, i));

      g_object_set (record, pspec->name, tandem_flags_from_nicks (type, nicks->str), NULL);
    }

  return TRUE;
}

/* Whether the form's value for @name was given: typed text that is not blank, or a number. */
static gboolean
is_given (JsonObject *input,
          const char *name)
{
  JsonNode *node = json_object_get_member (input, name);
  g_autofree char *text = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return TRUE;

  text = g_strstrip (g_strdup (json_node_get_string (node)));
  return text[0] != '\0';
}

/* A record with a place (an asset, a practice) has coordinates only when both are typed;
 * one without the other is a mistake to point at, not a place at 0°. */
static gboolean
apply_coordinates (gpointer     record,
                   JsonObject  *input,
                   GHashTable  *errors)
{
  gboolean latitude, longitude;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "has-coordinates") == NULL ||
      !json_object_has_member (input, "latitude") || !json_object_has_member (input, "longitude"))
    return TRUE;

  latitude = is_given (input, "latitude");
  longitude = is_given (input, "longitude");
  g_object_set (record, "has-coordinates", latitude && longitude, NULL);

  if (latitude && !longitude)
    add_error (errors, "longitude", _("Type the longitude too, or clear the latitude"));
  else if (!latitude && longitude)
    add_error (errors, "latitude", _("Type the latitude too, or clear the longitude"));
  else
    return TRUE;

  return FALSE;
}

/**
 * tandem_record_apply_input:
 * @record: the record to change
 * @input: values by property name, as typed
 * @today: the day dates are checked against
 * @errors: (nullable): where to put a message for each property that could not be set,
 *   keyed by property name
 *
 * Returns: %TRUE when every value could be set
 */
gboolean
tandem_record_apply_input (gpointer     record,
                           JsonObject  *input,
                           const GDate *today,
                           GHashTable  *errors)
{
  g_autoptr(GList) members = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (TANDEM_IS_RECORD (record), FALSE);

  members = json_object_get_members (input);
  for (GList *l = members; l != NULL; l = l->next)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), l->data);

      /* Drafts may come from an older version with fields since removed. */
      if (pspec == NULL || g_str_equal (pspec->name, "id"))
        continue;

      ok &= apply_member (record, pspec, json_object_get_member (input, l->data), today, errors);
    }

  return apply_coordinates (record, input, errors) && ok;
}

/**
 * tandem_record_to_input:
 *
 * Returns: (transfer full): @record's values as a form shows them: dates as day/month/year,
 *   NHS numbers grouped 3-3-4, enums by nick, flags as arrays of nicks
 */
JsonObject *
tandem_record_to_input (gpointer record)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *input;
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (TANDEM_IS_RECORD (record), NULL);

  node = tandem_record_to_json (record);
  input = json_object_ref (json_node_get_object (node));
  json_object_remove_member (input, "id");

  members = json_object_get_members (input);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *property = l->data;
      JsonNode *member = json_object_get_member (input, property);
      g_autofree char *typed = NULL;

      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING)
        continue;

      if (g_str_equal (property, "nhs-number"))
        typed = tandem_nhs_number_format (json_node_get_string (member));
      else if (is_date_property (property))
        typed = tandem_date_to_input (json_node_get_string (member));

      if (typed != NULL)
        json_object_set_string_member (input, property, typed);
    }

  return input;
}
