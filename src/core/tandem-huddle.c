/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddle"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-huddle.h"

/* An MDT huddle: a short meeting where a chair and clinicians decide what happens next for
 * the hardest cases, one at a time, against a timer of minutes-per-case. */
struct _TandemHuddle
{
  TandemRecord parent_instance;

  char *held_on;
  gint64 chair_id;
  int minutes_per_case;
  char *notes;
  int case_count;
  int open_count;
};

G_DEFINE_FINAL_TYPE (TandemHuddle, tandem_huddle, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_HELD_ON,
  PROP_CHAIR_ID,
  PROP_MINUTES_PER_CASE,
  PROP_NOTES,
  PROP_CASE_COUNT,
  PROP_OPEN_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_huddle_finalize (GObject *object)
{
  TandemHuddle *self = (TandemHuddle *) object;

  g_clear_pointer (&self->held_on, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (tandem_huddle_parent_class)->finalize (object);
}

static void
tandem_huddle_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TandemHuddle *self = TANDEM_HUDDLE (object);

  switch (prop_id)
    {
    case PROP_HELD_ON:
      g_value_set_string (value, self->held_on);
      break;

    case PROP_CHAIR_ID:
      g_value_set_int64 (value, self->chair_id);
      break;

    case PROP_MINUTES_PER_CASE:
      g_value_set_int (value, self->minutes_per_case);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_CASE_COUNT:
      g_value_set_int (value, self->case_count);
      break;

    case PROP_OPEN_COUNT:
      g_value_set_int (value, self->open_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_huddle_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TandemHuddle *self = TANDEM_HUDDLE (object);

  switch (prop_id)
    {
    case PROP_HELD_ON:
      tandem_huddle_set_held_on (self, g_value_get_string (value));
      break;

    case PROP_CHAIR_ID:
      tandem_huddle_set_chair_id (self, g_value_get_int64 (value));
      break;

    case PROP_MINUTES_PER_CASE:
      tandem_huddle_set_minutes_per_case (self, g_value_get_int (value));
      break;

    case PROP_NOTES:
      tandem_huddle_set_notes (self, g_value_get_string (value));
      break;

    case PROP_CASE_COUNT:
      tandem_huddle_set_case_count (self, g_value_get_int (value));
      break;

    case PROP_OPEN_COUNT:
      tandem_huddle_set_open_count (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_huddle_class_init (TandemHuddleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_huddle_finalize;
  object_class->get_property = tandem_huddle_get_property;
  object_class->set_property = tandem_huddle_set_property;

  /* The day it is held, YYYY-MM-DD. */
  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The member of staff who chairs it, or 0. */
  properties[PROP_CHAIR_ID] =
    g_param_spec_int64 ("chair-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The timer's target for each case. */
  properties[PROP_MINUTES_PER_CASE] =
    g_param_spec_int ("minutes-per-case", NULL, NULL, 1, 240, 5,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Anything about the meeting as a whole. */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Cases on its agenda; read with the list, not stored. */
  properties[PROP_CASE_COUNT] =
    g_param_spec_int ("case-count", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Cases on its agenda neither closed nor carried forward; read, not stored. */
  properties[PROP_OPEN_COUNT] =
    g_param_spec_int ("open-count", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_huddle_init (TandemHuddle *self)
{
  self->minutes_per_case = 5;
}

TandemHuddle *
tandem_huddle_new (void)
{
  return g_object_new (TANDEM_TYPE_HUDDLE, NULL);
}

const char *
tandem_huddle_get_held_on (TandemHuddle *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE (self), NULL);

  return self->held_on;
}

void
tandem_huddle_set_held_on (TandemHuddle *self,
                           const char   *held_on)
{
  g_return_if_fail (TANDEM_IS_HUDDLE (self));

  if (g_strcmp0 (self->held_on, held_on) == 0)
    return;

  g_free (self->held_on);
  self->held_on = g_strdup (held_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELD_ON]);
}

gint64
tandem_huddle_get_chair_id (TandemHuddle *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE (self), 0);

  return self->chair_id;
}

void
tandem_huddle_set_chair_id (TandemHuddle *self,
                            gint64       chair_id)
{
  g_return_if_fail (TANDEM_IS_HUDDLE (self));

  if (self->chair_id == chair_id)
    return;

  self->chair_id = chair_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAIR_ID]);
}

int
tandem_huddle_get_minutes_per_case (TandemHuddle *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE (self), 0);

  return self->minutes_per_case;
}

void
tandem_huddle_set_minutes_per_case (TandemHuddle *self,
                                    int          minutes_per_case)
{
  g_return_if_fail (TANDEM_IS_HUDDLE (self));

  if (self->minutes_per_case == minutes_per_case)
    return;

  self->minutes_per_case = minutes_per_case;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES_PER_CASE]);
}

const char *
tandem_huddle_get_notes (TandemHuddle *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE (self), NULL);

  return self->notes;
}

void
tandem_huddle_set_notes (TandemHuddle *self,
                         const char   *notes)
{
  g_return_if_fail (TANDEM_IS_HUDDLE (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

int
tandem_huddle_get_case_count (TandemHuddle *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE (self), 0);

  return self->case_count;
}

void
tandem_huddle_set_case_count (TandemHuddle *self,
                              int          case_count)
{
  g_return_if_fail (TANDEM_IS_HUDDLE (self));

  if (self->case_count == case_count)
    return;

  self->case_count = case_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_COUNT]);
}

int
tandem_huddle_get_open_count (TandemHuddle *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE (self), 0);

  return self->open_count;
}

void
tandem_huddle_set_open_count (TandemHuddle *self,
                              int          open_count)
{
  g_return_if_fail (TANDEM_IS_HUDDLE (self));

  if (self->open_count == open_count)
    return;

  self->open_count = open_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_COUNT]);
}

G_DEFINE_QUARK (tandem-huddle-error-quark, tandem_huddle_error)

/**
 * tandem_huddle_check:
 *
 * A huddle needs a real date and a timer target of at least a minute a case.
 */
gboolean
tandem_huddle_check (TandemHuddle  *self,
                     GError       **error)
{
  GDate date;

  g_return_val_if_fail (TANDEM_IS_HUDDLE (self), FALSE);

  if (self->held_on == NULL || !tandem_date_from_iso (self->held_on, &date))
    {
      g_set_error_literal (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID,
                           _("Give the date the huddle is held."));
      return FALSE;
    }

  if (self->minutes_per_case < 1)
    {
      g_set_error_literal (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID,
                           _("Allow at least one minute for each case."));
      return FALSE;
    }

  return TRUE;
}
