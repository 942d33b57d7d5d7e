/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-competency-framework"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-competency-framework.h"

/* A competency framework kept as data: its competencies in order and the levels of its scale.
 * Frameworks differ between areas, so a team can add its own; the built-in one (with a key)
 * is stored in English and shown in the user's language from the table below. */
struct _TandemCompetencyFramework
{
  TandemRecord parent_instance;

  char     *name;
  char     *version;
  char     *key;
  gboolean  retired;
  GArray   *competencies;   /* TandemCompetency, by position */
  GArray   *levels;         /* TandemCompetencyLevel, lowest first */
};

G_DEFINE_FINAL_TYPE (TandemCompetencyFramework, tandem_competency_framework, TANDEM_TYPE_RECORD)

G_DEFINE_QUARK (tandem-competence-error-quark, tandem_competence_error)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VERSION,
  PROP_KEY,
  PROP_RETIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The built-in framework's words, keyed as the schema stores them. */
static const struct {
  const char *key;
  const char *name;
} built_in_names[] = {
  /* Translators: the name of the competency framework for health coaches used in Somerset */
  { "somerset", N_("Somerset health coaching competencies") },
  { "person-centred", N_("Person-centred approach") },
  { "autonomy", N_("Promoting autonomy") },
  { "action-planning", N_("Action planning and goal setting") },
  { "setbacks", N_("Managing setbacks and problem solving") },
  { "self-efficacy", N_("Supporting competence and self-efficacy") },
  { "self-monitoring", N_("Self-monitoring") },
};

/* The Dreyfus scale of skill acquisition, 0 to 5. */
static const char * const dreyfus_levels[] = {
  /* Translators: a level of competence on the Dreyfus scale: none shown yet */
  N_("Absence"),
  /* Translators: a level of competence on the Dreyfus scale */
  N_("Novice"),
  /* Translators: a level of competence on the Dreyfus scale */
  N_("Advanced beginner"),
  /* Translators: a level of competence on the Dreyfus scale */
  N_("Competent"),
  /* Translators: a level of competence on the Dreyfus scale */
  N_("Proficient"),
  /* Translators: a level of competence on the Dreyfus scale */
  N_("Expert"),
};

static const char *
translate_key (const char *key,
               const char *stored)
{
  if (key == NULL)
    return stored;

  for (guint i = 0; i < G_N_ELEMENTS (built_in_names); i++)
    {
      if (g_str_equal (built_in_names[i].key, key))
        return _(built_in_names[i].name);
    }

  return stored;
}

static void
competency_clear (gpointer data)
{
  TandemCompetency *competency = data;

  g_clear_pointer (&competency->key, g_free);
  g_clear_pointer (&competency->name, g_free);
  g_clear_pointer (&competency->description, g_free);
}

static void
level_clear (gpointer data)
{
  g_clear_pointer (&((TandemCompetencyLevel *) data)->name, g_free);
}

static void
tandem_competency_framework_finalize (GObject *object)
{
  TandemCompetencyFramework *self = (TandemCompetencyFramework *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->competencies, g_array_unref);
  g_clear_pointer (&self->levels, g_array_unref);

  G_OBJECT_CLASS (tandem_competency_framework_parent_class)->finalize (object);
}

static void
tandem_competency_framework_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  TandemCompetencyFramework *self = TANDEM_COMPETENCY_FRAMEWORK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_competency_framework_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  TandemCompetencyFramework *self = TANDEM_COMPETENCY_FRAMEWORK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      tandem_competency_framework_set_name (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      tandem_competency_framework_set_version (self, g_value_get_string (value));
      break;

    case PROP_KEY:
      tandem_competency_framework_set_key (self, g_value_get_string (value));
      break;

    case PROP_RETIRED:
      tandem_competency_framework_set_retired (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_competency_framework_class_init (TandemCompetencyFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_competency_framework_finalize;
  object_class->get_property = tandem_competency_framework_get_property;
  object_class->set_property = tandem_competency_framework_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Set only for a framework that comes with Tandem. */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_competency_framework_init (TandemCompetencyFramework *self)
{
  self->competencies = g_array_new (FALSE, TRUE, sizeof (TandemCompetency));
  g_array_set_clear_func (self->competencies, competency_clear);
  self->levels = g_array_new (FALSE, TRUE, sizeof (TandemCompetencyLevel));
  g_array_set_clear_func (self->levels, level_clear);
}

TandemCompetencyFramework *
tandem_competency_framework_new (void)
{
  return g_object_new (TANDEM_TYPE_COMPETENCY_FRAMEWORK, NULL);
}

static void
set_string (TandemCompetencyFramework  *self,
            char                      **field,
            const char                 *value,
            guint                       prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
tandem_competency_framework_get_name (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);
  return self->name;
}

void
tandem_competency_framework_set_name (TandemCompetencyFramework *self,
                                      const char                *name)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self));
  set_string (self, &self->name, name, PROP_NAME);
}

const char *
tandem_competency_framework_get_version (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);
  return self->version;
}

void
tandem_competency_framework_set_version (TandemCompetencyFramework *self,
                                         const char                *version)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self));
  set_string (self, &self->version, version, PROP_VERSION);
}

const char *
tandem_competency_framework_get_key (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);
  return self->key;
}

void
tandem_competency_framework_set_key (TandemCompetencyFramework *self,
                                     const char                *key)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self));
  set_string (self, &self->key, key != NULL && key[0] != '\0' ? key : NULL, PROP_KEY);
}

gboolean
tandem_competency_framework_get_retired (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), FALSE);
  return self->retired;
}

void
tandem_competency_framework_set_retired (TandemCompetencyFramework *self,
                                         gboolean                   retired)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self));

  if (self->retired == !!retired)
    return;

  self->retired = !!retired;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETIRED]);
}

/* A built-in framework comes with Tandem: it is shown translated and cannot be edited. */
gboolean
tandem_competency_framework_is_built_in (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), FALSE);
  return self->key != NULL;
}

/* The framework's name in the user's language when it is built in. */
const char *
tandem_competency_framework_get_display_name (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);
  return translate_key (self->key, self->name ? self->name : "");
}

guint
tandem_competency_framework_get_n_competencies (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), 0);
  return self->competencies->len;
}

const TandemCompetency *
tandem_competency_framework_get_competency (TandemCompetencyFramework *self,
                                            guint                      index)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->competencies->len, NULL);

  return &g_array_index (self->competencies, TandemCompetency, index);
}

/* Returns: (nullable): the competency with the store's @id, if it is this framework's */
const TandemCompetency *
tandem_competency_framework_find_competency (TandemCompetencyFramework *self,
                                             gint64                     id)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->competencies->len; i++)
    {
      if (g_array_index (self->competencies, TandemCompetency, i).id == id)
        return &g_array_index (self->competencies, TandemCompetency, i);
    }

  return NULL;
}

/**
 * tandem_competency_framework_add_competency:
 * @id: the store's id, or 0 for one not saved yet
 * @key: (nullable): a built-in competency's key
 *
 * Adds a competency after the others.
 */
void
tandem_competency_framework_add_competency (TandemCompetencyFramework *self,
                                            gint64                     id,
                                            const char                *key,
                                            const char                *name,
                                            const char                *description)
{
  TandemCompetency competency = {
    .id = id,
    .key = key != NULL && key[0] != '\0' ? g_strdup (key) : NULL,
    .position = self->competencies->len,
    .name = g_strdup (name ? name : ""),
    .description = g_strdup (description ? description : ""),
  };

  g_return_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self));

  g_array_append_val (self->competencies, competency);
}

/* The competency's name in the user's language when it is built in. */
const char *
tandem_competency_framework_get_competency_name (TandemCompetencyFramework *self,
                                                 const TandemCompetency    *competency)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);
  g_return_val_if_fail (competency != NULL, NULL);

  return translate_key (self->key != NULL ? competency->key : NULL, competency->name);
}

guint
tandem_competency_framework_get_n_levels (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), 0);
  return self->levels->len;
}

const TandemCompetencyLevel *
tandem_competency_framework_get_level (TandemCompetencyFramework *self,
                                       guint                      index)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);

  return &g_array_index (self->levels, TandemCompetencyLevel, index);
}

static gint
compare_levels (gconstpointer a,
                gconstpointer b)
{
  return ((const TandemCompetencyLevel *) a)->level - ((const TandemCompetencyLevel *) b)->level;
}

/* Adds a point of the scale, or renames it; the scale stays in order. */
void
tandem_competency_framework_add_level (TandemCompetencyFramework *self,
                                       int                        level,
                                       const char                *name)
{
  TandemCompetencyLevel entry = { level, g_strdup (name ? name : "") };

  g_return_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self));

  for (guint i = 0; i < self->levels->len; i++)
    {
      TandemCompetencyLevel *existing = &g_array_index (self->levels, TandemCompetencyLevel, i);

      if (existing->level == level)
        {
          g_free (existing->name);
          existing->name = entry.name;
          return;
        }
    }

  g_array_append_val (self->levels, entry);
  g_array_sort (self->levels, compare_levels);
}

/* A new framework's default scale, the Dreyfus one, named in the user's language: a framework
 * the team adds is theirs, so its names are stored as they read them. */
void
tandem_competency_framework_add_dreyfus_levels (TandemCompetencyFramework *self)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self));

  for (guint i = 0; i < G_N_ELEMENTS (dreyfus_levels); i++)
    tandem_competency_framework_add_level (self, i, _(dreyfus_levels[i]));
}

gboolean
tandem_competency_framework_has_level (TandemCompetencyFramework *self,
                                       int                        level)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), FALSE);

  for (guint i = 0; i < self->levels->len; i++)
    {
      if (g_array_index (self->levels, TandemCompetencyLevel, i).level == level)
        return TRUE;
    }

  return FALSE;
}

/* The top of the scale; 0 for a framework without levels. */
int
tandem_competency_framework_get_max_level (TandemCompetencyFramework *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), 0);

  if (self->levels->len == 0)
    return 0;

  return g_array_index (self->levels, TandemCompetencyLevel, self->levels->len - 1).level;
}

/* Returns: (nullable): the name of @level in the user's language when the framework is built
 *   in, or %NULL when the scale has no such level */
const char *
tandem_competency_framework_get_level_name (TandemCompetencyFramework *self,
                                            int                        level)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->levels->len; i++)
    {
      TandemCompetencyLevel *entry = &g_array_index (self->levels, TandemCompetencyLevel, i);

      if (entry->level != level)
        continue;

      if (self->key != NULL && level >= 0 && level < (int) G_N_ELEMENTS (dreyfus_levels))
        return _(dreyfus_levels[level]);

      return entry->name;
    }

  return NULL;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  return stripped[0] == '\0';
}

static void
add_error (GHashTable *errors,
           const char *property,
           const char *message)
{
  if (errors != NULL && !g_hash_table_contains (errors, property))
    g_hash_table_insert (errors, g_strdup (property), g_strdup (message));
}

/**
 * tandem_competency_framework_check:
 * @errors: (nullable): property name to message, for each problem
 *
 * A framework needs a name, at least one competency, each named once, and a scale of at
 * least two levels.
 *
 * Returns: %TRUE if the framework can be saved
 */
gboolean
tandem_competency_framework_check (TandemCompetencyFramework *self,
                                   GHashTable                *errors)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok = TRUE;

  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (self), FALSE);

  if (is_blank (self->name))
    {
      add_error (errors, "name", _("Give the framework a name"));
      ok = FALSE;
    }

  if (self->competencies->len == 0)
    {
      add_error (errors, "competencies", _("List at least one competency, one a line"));
      ok = FALSE;
    }

  for (guint i = 0; i < self->competencies->len; i++)
    {
      const char *name = g_array_index (self->competencies, TandemCompetency, i).name;
      char *folded = g_utf8_casefold (name, -1);

      if (is_blank (name))
        {
          add_error (errors, "competencies", _("A competency has no name"));
          ok = FALSE;
        }
      if (!g_hash_table_add (names, folded))
        {
          g_autofree char *message =
            /* Translators: %s is a competency's name that appears twice in a framework */
            g_strdup_printf (_("“%s” is listed twice: list each competency once"), name);

          add_error (errors, "competencies", message);
          ok = FALSE;
        }
    }

  if (self->levels->len < 2)
    {
      add_error (errors, "levels", _("A scale needs at least two levels"));
      ok = FALSE;
    }

  return ok;
}

/**
 * tandem_competence_errors_to_error:
 * @errors: messages by property, as the check functions give them
 *
 * Turns the messages into one error for code that is not a form, such as the store.
 *
 * Returns: %FALSE with @error set when there is a message, %TRUE otherwise
 */
gboolean
tandem_competence_errors_to_error (GHashTable  *errors,
                                   GError     **error)
{
  g_autoptr(GList) values = NULL;
  g_autoptr(GString) text = NULL;

  if (errors == NULL || g_hash_table_size (errors) == 0)
    return TRUE;

  values = g_hash_table_get_values (errors);
  values = g_list_sort (values, (GCompareFunc) g_strcmp0);
  text = g_string_new (NULL);
  for (GList *l = values; l != NULL; l = l->next)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, l->data);
    }

  g_set_error_literal (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_INVALID, text->str);
  return FALSE;
}
