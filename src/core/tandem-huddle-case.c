/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddle-case"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-huddle.h"
#include "tandem-huddle-case.h"

/* One person's case on a huddle's agenda: why it is there, the minutes taken under the four
 * headings, and what became of it. A case stays open and carries forward until closed. */
struct _TandemHuddleCase
{
  TandemRecord parent_instance;

  gint64 huddle_id;
  gint64 person_id;
  int position;
  char *reason;
  gint64 flag_id;
  gint64 carried_from_id;
  char *situation;
  char *action_to_date;
  char *update_note;
  char *next_steps;
  TandemHuddleCaseStatus status;
  int seconds_discussed;
  char *person_name;
  char *initials;
  char *nhs_number;
};

G_DEFINE_FINAL_TYPE (TandemHuddleCase, tandem_huddle_case, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_HUDDLE_ID,
  PROP_PERSON_ID,
  PROP_POSITION,
  PROP_REASON,
  PROP_FLAG_ID,
  PROP_CARRIED_FROM_ID,
  PROP_SITUATION,
  PROP_ACTION_TO_DATE,
  PROP_UPDATE_NOTE,
  PROP_NEXT_STEPS,
  PROP_STATUS,
  PROP_SECONDS_DISCUSSED,
  PROP_PERSON_NAME,
  PROP_INITIALS,
  PROP_NHS_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_huddle_case_finalize (GObject *object)
{
  TandemHuddleCase *self = (TandemHuddleCase *) object;

  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->situation, g_free);
  g_clear_pointer (&self->action_to_date, g_free);
  g_clear_pointer (&self->update_note, g_free);
  g_clear_pointer (&self->next_steps, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->initials, g_free);
  g_clear_pointer (&self->nhs_number, g_free);

  G_OBJECT_CLASS (tandem_huddle_case_parent_class)->finalize (object);
}

static void
tandem_huddle_case_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TandemHuddleCase *self = TANDEM_HUDDLE_CASE (object);

  switch (prop_id)
    {
    case PROP_HUDDLE_ID:
      g_value_set_int64 (value, self->huddle_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_FLAG_ID:
      g_value_set_int64 (value, self->flag_id);
      break;

    case PROP_CARRIED_FROM_ID:
      g_value_set_int64 (value, self->carried_from_id);
      break;

    case PROP_SITUATION:
      g_value_set_string (value, self->situation);
      break;

    case PROP_ACTION_TO_DATE:
      g_value_set_string (value, self->action_to_date);
      break;

    case PROP_UPDATE_NOTE:
      g_value_set_string (value, self->update_note);
      break;

    case PROP_NEXT_STEPS:
      g_value_set_string (value, self->next_steps);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_SECONDS_DISCUSSED:
      g_value_set_int (value, self->seconds_discussed);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_INITIALS:
      g_value_set_string (value, self->initials);
      break;

    case PROP_NHS_NUMBER:
      g_value_set_string (value, self->nhs_number);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_huddle_case_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TandemHuddleCase *self = TANDEM_HUDDLE_CASE (object);

  switch (prop_id)
    {
    case PROP_HUDDLE_ID:
      tandem_huddle_case_set_huddle_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERSON_ID:
      tandem_huddle_case_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      tandem_huddle_case_set_position (self, g_value_get_int (value));
      break;

    case PROP_REASON:
      tandem_huddle_case_set_reason (self, g_value_get_string (value));
      break;

    case PROP_FLAG_ID:
      tandem_huddle_case_set_flag_id (self, g_value_get_int64 (value));
      break;

    case PROP_CARRIED_FROM_ID:
      tandem_huddle_case_set_carried_from_id (self, g_value_get_int64 (value));
      break;

    case PROP_SITUATION:
      tandem_huddle_case_set_situation (self, g_value_get_string (value));
      break;

    case PROP_ACTION_TO_DATE:
      tandem_huddle_case_set_action_to_date (self, g_value_get_string (value));
      break;

    case PROP_UPDATE_NOTE:
      tandem_huddle_case_set_update_note (self, g_value_get_string (value));
      break;

    case PROP_NEXT_STEPS:
      tandem_huddle_case_set_next_steps (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      tandem_huddle_case_set_status (self, g_value_get_enum (value));
      break;

    case PROP_SECONDS_DISCUSSED:
      tandem_huddle_case_set_seconds_discussed (self, g_value_get_int (value));
      break;

    case PROP_PERSON_NAME:
      tandem_huddle_case_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_INITIALS:
      tandem_huddle_case_set_initials (self, g_value_get_string (value));
      break;

    case PROP_NHS_NUMBER:
      tandem_huddle_case_set_nhs_number (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_huddle_case_class_init (TandemHuddleCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_huddle_case_finalize;
  object_class->get_property = tandem_huddle_case_get_property;
  object_class->set_property = tandem_huddle_case_set_property;

  /* The huddle whose agenda it is on. */
  properties[PROP_HUDDLE_ID] =
    g_param_spec_int64 ("huddle-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The person whose case it is. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Its place on the agenda, from 0. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why the huddle discusses it. */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The MDT flag it took from the person's worker, or 0. */
  properties[PROP_FLAG_ID] =
    g_param_spec_int64 ("flag-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The case at an earlier huddle it carries forward, or 0. */
  properties[PROP_CARRIED_FROM_ID] =
    g_param_spec_int64 ("carried-from-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Minutes: the situation. */
  properties[PROP_SITUATION] =
    g_param_spec_string ("situation", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Minutes: what has been done so far. */
  properties[PROP_ACTION_TO_DATE] =
    g_param_spec_string ("action-to-date", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Minutes: the update given at this huddle. */
  properties[PROP_UPDATE_NOTE] =
    g_param_spec_string ("update-note", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Minutes: what happens next. */
  properties[PROP_NEXT_STEPS] =
    g_param_spec_string ("next-steps", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Open until the huddle closes it or carries it forward. */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, TANDEM_TYPE_HUDDLE_CASE_STATUS, TANDEM_HUDDLE_CASE_OPEN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Time the timer counted for it. */
  properties[PROP_SECONDS_DISCUSSED] =
    g_param_spec_int ("seconds-discussed", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The person's name; read from the person, not stored. */
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The person's initials, all the minutes name them by; read, not stored. */
  properties[PROP_INITIALS] =
    g_param_spec_string ("initials", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The person's NHS number; read from the person, not stored. */
  properties[PROP_NHS_NUMBER] =
    g_param_spec_string ("nhs-number", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_huddle_case_init (TandemHuddleCase *self)
{
  self->status = TANDEM_HUDDLE_CASE_OPEN;
}

TandemHuddleCase *
tandem_huddle_case_new (void)
{
  return g_object_new (TANDEM_TYPE_HUDDLE_CASE, NULL);
}

gint64
tandem_huddle_case_get_huddle_id (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), 0);

  return self->huddle_id;
}

void
tandem_huddle_case_set_huddle_id (TandemHuddleCase *self,
                                  gint64           huddle_id)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (self->huddle_id == huddle_id)
    return;

  self->huddle_id = huddle_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HUDDLE_ID]);
}

gint64
tandem_huddle_case_get_person_id (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), 0);

  return self->person_id;
}

void
tandem_huddle_case_set_person_id (TandemHuddleCase *self,
                                  gint64           person_id)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

int
tandem_huddle_case_get_position (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), 0);

  return self->position;
}

void
tandem_huddle_case_set_position (TandemHuddleCase *self,
                                 int              position)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
tandem_huddle_case_get_reason (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->reason;
}

void
tandem_huddle_case_set_reason (TandemHuddleCase *self,
                               const char       *reason)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->reason, reason) == 0)
    return;

  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

gint64
tandem_huddle_case_get_flag_id (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), 0);

  return self->flag_id;
}

void
tandem_huddle_case_set_flag_id (TandemHuddleCase *self,
                                gint64           flag_id)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (self->flag_id == flag_id)
    return;

  self->flag_id = flag_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAG_ID]);
}

gint64
tandem_huddle_case_get_carried_from_id (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), 0);

  return self->carried_from_id;
}

void
tandem_huddle_case_set_carried_from_id (TandemHuddleCase *self,
                                        gint64           carried_from_id)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (self->carried_from_id == carried_from_id)
    return;

  self->carried_from_id = carried_from_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARRIED_FROM_ID]);
}

const char *
tandem_huddle_case_get_situation (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->situation;
}

void
tandem_huddle_case_set_situation (TandemHuddleCase *self,
                                  const char       *situation)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->situation, situation) == 0)
    return;

  g_free (self->situation);
  self->situation = g_strdup (situation);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITUATION]);
}

const char *
tandem_huddle_case_get_action_to_date (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->action_to_date;
}

void
tandem_huddle_case_set_action_to_date (TandemHuddleCase *self,
                                       const char       *action_to_date)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->action_to_date, action_to_date) == 0)
    return;

  g_free (self->action_to_date);
  self->action_to_date = g_strdup (action_to_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_TO_DATE]);
}

const char *
tandem_huddle_case_get_update_note (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->update_note;
}

void
tandem_huddle_case_set_update_note (TandemHuddleCase *self,
                                    const char       *update_note)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->update_note, update_note) == 0)
    return;

  g_free (self->update_note);
  self->update_note = g_strdup (update_note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATE_NOTE]);
}

const char *
tandem_huddle_case_get_next_steps (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->next_steps;
}

void
tandem_huddle_case_set_next_steps (TandemHuddleCase *self,
                                   const char       *next_steps)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->next_steps, next_steps) == 0)
    return;

  g_free (self->next_steps);
  self->next_steps = g_strdup (next_steps);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_STEPS]);
}

TandemHuddleCaseStatus
tandem_huddle_case_get_status (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), 0);

  return self->status;
}

void
tandem_huddle_case_set_status (TandemHuddleCase       *self,
                               TandemHuddleCaseStatus status)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
tandem_huddle_case_get_seconds_discussed (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), 0);

  return self->seconds_discussed;
}

void
tandem_huddle_case_set_seconds_discussed (TandemHuddleCase *self,
                                          int              seconds_discussed)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (self->seconds_discussed == seconds_discussed)
    return;

  self->seconds_discussed = seconds_discussed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_DISCUSSED]);
}

const char *
tandem_huddle_case_get_person_name (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->person_name;
}

void
tandem_huddle_case_set_person_name (TandemHuddleCase *self,
                                    const char       *person_name)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->person_name, person_name) == 0)
    return;

  g_free (self->person_name);
  self->person_name = g_strdup (person_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
tandem_huddle_case_get_initials (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->initials;
}

void
tandem_huddle_case_set_initials (TandemHuddleCase *self,
                                 const char       *initials)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->initials, initials) == 0)
    return;

  g_free (self->initials);
  self->initials = g_strdup (initials);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INITIALS]);
}

const char *
tandem_huddle_case_get_nhs_number (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), NULL);

  return self->nhs_number;
}

void
tandem_huddle_case_set_nhs_number (TandemHuddleCase *self,
                                   const char       *nhs_number)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_CASE (self));

  if (g_strcmp0 (self->nhs_number, nhs_number) == 0)
    return;

  g_free (self->nhs_number);
  self->nhs_number = g_strdup (nhs_number);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NHS_NUMBER]);
}

/**
 * tandem_huddle_case_check:
 *
 * A case needs its person and its huddle; the minutes may be empty while it waits.
 */
gboolean
tandem_huddle_case_check (TandemHuddleCase  *self,
                          GError           **error)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), FALSE);

  if (self->person_id == 0)
    {
      g_set_error_literal (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID,
                           _("Choose the person whose case the huddle will discuss."));
      return FALSE;
    }

  if (self->huddle_id == 0)
    {
      g_set_error_literal (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID,
                           _("A case belongs to one huddle's agenda."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

/* Whether anything was minuted or decided: a case with minutes is not removed lightly. */
gboolean
tandem_huddle_case_has_minutes (TandemHuddleCase *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_CASE (self), FALSE);

  return !is_blank (self->situation) || !is_blank (self->action_to_date) ||
         !is_blank (self->update_note) || !is_blank (self->next_steps) ||
         self->status != TANDEM_HUDDLE_CASE_OPEN || self->seconds_discussed > 0;
}
