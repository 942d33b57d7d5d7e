/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-signpost"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enums.h"
#include "tandem-date.h"
#include "tandem-signpost.h"

/* A person signposted or referred to an asset, and what came of it. */

struct _TandemSignpost
{
  TandemRecord parent_instance;

  gint64 person_id;
  gint64 asset_id;
  char *asset_name;
  char *goal_key;
  TandemSignpostKind kind;
  char *made_on;
  char *reason;
  TandemHandover handover;
  gint64 staff_id;
  gboolean red_override;
  char *override_reason;
  char *follow_up_on;
  TandemSignpostOutcome outcome;
  char *outcome_on;
  char *outcome_note;
};

G_DEFINE_FINAL_TYPE (TandemSignpost, tandem_signpost, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_ASSET_ID,
  PROP_ASSET_NAME,
  PROP_GOAL_KEY,
  PROP_KIND,
  PROP_MADE_ON,
  PROP_REASON,
  PROP_HANDOVER,
  PROP_STAFF_ID,
  PROP_RED_OVERRIDE,
  PROP_OVERRIDE_REASON,
  PROP_FOLLOW_UP_ON,
  PROP_OUTCOME,
  PROP_OUTCOME_ON,
  PROP_OUTCOME_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_signpost_finalize (GObject *object)
{
  TandemSignpost *self = (TandemSignpost *) object;

  g_clear_pointer (&self->asset_name, g_free);
  g_clear_pointer (&self->goal_key, g_free);
  g_clear_pointer (&self->made_on, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->override_reason, g_free);
  g_clear_pointer (&self->follow_up_on, g_free);
  g_clear_pointer (&self->outcome_on, g_free);
  g_clear_pointer (&self->outcome_note, g_free);

  G_OBJECT_CLASS (tandem_signpost_parent_class)->finalize (object);
}

static void
tandem_signpost_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TandemSignpost *self = TANDEM_SIGNPOST (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_ASSET_ID:
      g_value_set_int64 (value, self->asset_id);
      break;

    case PROP_ASSET_NAME:
      g_value_set_string (value, self->asset_name);
      break;

    case PROP_GOAL_KEY:
      g_value_set_string (value, self->goal_key);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_MADE_ON:
      g_value_set_string (value, self->made_on);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_HANDOVER:
      g_value_set_enum (value, self->handover);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_RED_OVERRIDE:
      g_value_set_boolean (value, self->red_override);
      break;

    case PROP_OVERRIDE_REASON:
      g_value_set_string (value, self->override_reason);
      break;

    case PROP_FOLLOW_UP_ON:
      g_value_set_string (value, self->follow_up_on);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_OUTCOME_ON:
      g_value_set_string (value, self->outcome_on);
      break;

    case PROP_OUTCOME_NOTE:
      g_value_set_string (value, self->outcome_note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_signpost_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TandemSignpost *self = TANDEM_SIGNPOST (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      tandem_signpost_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_ASSET_ID:
      tandem_signpost_set_asset_id (self, g_value_get_int64 (value));
      break;

    case PROP_ASSET_NAME:
      tandem_signpost_set_asset_name (self, g_value_get_string (value));
      break;

    case PROP_GOAL_KEY:
      tandem_signpost_set_goal_key (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      tandem_signpost_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_MADE_ON:
      tandem_signpost_set_made_on (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      tandem_signpost_set_reason (self, g_value_get_string (value));
      break;

    case PROP_HANDOVER:
      tandem_signpost_set_handover (self, g_value_get_enum (value));
      break;

    case PROP_STAFF_ID:
      tandem_signpost_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_RED_OVERRIDE:
      tandem_signpost_set_red_override (self, g_value_get_boolean (value));
      break;

    case PROP_OVERRIDE_REASON:
      tandem_signpost_set_override_reason (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW_UP_ON:
      tandem_signpost_set_follow_up_on (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      tandem_signpost_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_OUTCOME_ON:
      tandem_signpost_set_outcome_on (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME_NOTE:
      tandem_signpost_set_outcome_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_signpost_class_init (TandemSignpostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_signpost_finalize;
  object_class->get_property = tandem_signpost_get_property;
  object_class->set_property = tandem_signpost_set_property;

  /* The person signposted or referred. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The asset; 0 once the asset has been deleted from the directory. */
  properties[PROP_ASSET_ID] =
    g_param_spec_int64 ("asset-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The asset's name when this was made, so the record reads right later. */
  properties[PROP_ASSET_NAME] =
    g_param_spec_string ("asset-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The plan goal it serves, by the goal's key; empty when not for a goal. */
  properties[PROP_GOAL_KEY] =
    g_param_spec_string ("goal-key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the person was given information or referred. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TANDEM_TYPE_SIGNPOST_KIND,
                       TANDEM_SIGNPOST_SIGNPOST,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When, YYYY-MM-DD. */
  properties[PROP_MADE_ON] =
    g_param_spec_string ("made-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why, in words. */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How the person was connected. */
  properties[PROP_HANDOVER] =
    g_param_spec_enum ("handover", NULL, NULL,
                       TANDEM_TYPE_HANDOVER,
                       TANDEM_HANDOVER_INFORMATION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who made it. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether it was made to an asset whose check is red, knowingly. */
  properties[PROP_RED_OVERRIDE] =
    g_param_spec_boolean ("red-override", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why a red asset was used. */
  properties[PROP_OVERRIDE_REASON] =
    g_param_spec_string ("override-reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When to ask how it went, YYYY-MM-DD; empty for no follow-up. */
  properties[PROP_FOLLOW_UP_ON] =
    g_param_spec_string ("follow-up-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What happened. */
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                       TANDEM_TYPE_SIGNPOST_OUTCOME,
                       TANDEM_SIGNPOST_OUTCOME_PENDING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When the outcome was recorded, YYYY-MM-DD. */
  properties[PROP_OUTCOME_ON] =
    g_param_spec_string ("outcome-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What happened, in words. */
  properties[PROP_OUTCOME_NOTE] =
    g_param_spec_string ("outcome-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_signpost_init (TandemSignpost *self)
{
}

TandemSignpost *
tandem_signpost_new (void)
{
  return g_object_new (TANDEM_TYPE_SIGNPOST, NULL);
}

gint64
tandem_signpost_get_person_id (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), 0);

  return self->person_id;
}

void
tandem_signpost_set_person_id (TandemSignpost *self,
                               gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

gint64
tandem_signpost_get_asset_id (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), 0);

  return self->asset_id;
}

void
tandem_signpost_set_asset_id (TandemSignpost *self,
                              gint64          asset_id)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (self->asset_id == asset_id)
    return;

  self->asset_id = asset_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSET_ID]);
}

const char *
tandem_signpost_get_asset_name (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->asset_name ? self->asset_name : "";
}

void
tandem_signpost_set_asset_name (TandemSignpost *self,
                                const char     *asset_name)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->asset_name, asset_name) == 0)
    return;

  g_free (self->asset_name);
  self->asset_name = g_strdup (asset_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSET_NAME]);
}

const char *
tandem_signpost_get_goal_key (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->goal_key ? self->goal_key : "";
}

void
tandem_signpost_set_goal_key (TandemSignpost *self,
                              const char     *goal_key)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->goal_key, goal_key) == 0)
    return;

  g_free (self->goal_key);
  self->goal_key = g_strdup (goal_key);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_KEY]);
}

TandemSignpostKind
tandem_signpost_get_kind (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), 0);

  return self->kind;
}

void
tandem_signpost_set_kind (TandemSignpost *self,
                          TandemSignpostKind kind)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (self->kind == kind)
    return;

  self->kind = kind;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
tandem_signpost_get_made_on (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->made_on ? self->made_on : "";
}

void
tandem_signpost_set_made_on (TandemSignpost *self,
                             const char     *made_on)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->made_on, made_on) == 0)
    return;

  g_free (self->made_on);
  self->made_on = g_strdup (made_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MADE_ON]);
}

const char *
tandem_signpost_get_reason (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->reason ? self->reason : "";
}

void
tandem_signpost_set_reason (TandemSignpost *self,
                            const char     *reason)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->reason, reason) == 0)
    return;

  g_free (self->reason);
  self->reason = g_strdup (reason);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

TandemHandover
tandem_signpost_get_handover (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), 0);

  return self->handover;
}

void
tandem_signpost_set_handover (TandemSignpost *self,
                              TandemHandover  handover)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (self->handover == handover)
    return;

  self->handover = handover;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDOVER]);
}

gint64
tandem_signpost_get_staff_id (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), 0);

  return self->staff_id;
}

void
tandem_signpost_set_staff_id (TandemSignpost *self,
                              gint64          staff_id)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

gboolean
tandem_signpost_get_red_override (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), 0);

  return self->red_override;
}

void
tandem_signpost_set_red_override (TandemSignpost *self,
                                  gboolean        red_override)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  red_override = !!red_override;

  if (self->red_override == red_override)
    return;

  self->red_override = red_override;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RED_OVERRIDE]);
}

const char *
tandem_signpost_get_override_reason (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->override_reason ? self->override_reason : "";
}

void
tandem_signpost_set_override_reason (TandemSignpost *self,
                                     const char     *override_reason)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->override_reason, override_reason) == 0)
    return;

  g_free (self->override_reason);
  self->override_reason = g_strdup (override_reason);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRIDE_REASON]);
}

const char *
tandem_signpost_get_follow_up_on (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->follow_up_on ? self->follow_up_on : "";
}

void
tandem_signpost_set_follow_up_on (TandemSignpost *self,
                                  const char     *follow_up_on)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->follow_up_on, follow_up_on) == 0)
    return;

  g_free (self->follow_up_on);
  self->follow_up_on = g_strdup (follow_up_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_ON]);
}

TandemSignpostOutcome
tandem_signpost_get_outcome (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), 0);

  return self->outcome;
}

void
tandem_signpost_set_outcome (TandemSignpost *self,
                             TandemSignpostOutcome outcome)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (self->outcome == outcome)
    return;

  self->outcome = outcome;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

const char *
tandem_signpost_get_outcome_on (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->outcome_on ? self->outcome_on : "";
}

void
tandem_signpost_set_outcome_on (TandemSignpost *self,
                                const char     *outcome_on)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->outcome_on, outcome_on) == 0)
    return;

  g_free (self->outcome_on);
  self->outcome_on = g_strdup (outcome_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_ON]);
}

const char *
tandem_signpost_get_outcome_note (TandemSignpost *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), NULL);

  return self->outcome_note ? self->outcome_note : "";
}

void
tandem_signpost_set_outcome_note (TandemSignpost *self,
                                  const char     *outcome_note)
{
  g_return_if_fail (TANDEM_IS_SIGNPOST (self));

  if (g_strcmp0 (self->outcome_note, outcome_note) == 0)
    return;

  g_free (self->outcome_note);
  self->outcome_note = g_strdup (outcome_note);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_NOTE]);
}

G_DEFINE_QUARK (tandem-signpost-error-quark, tandem_signpost_error)

/**
 * tandem_signpost_check:
 *
 * A signpost needs a person, an asset's name, and a real date; a red override needs its
 * reason; an outcome other than pending needs the date it was recorded.
 */
gboolean
tandem_signpost_check (TandemSignpost  *self,
                       GError         **error)
{
  GDate date;

  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), FALSE);

  if (self->person_id == 0 || *tandem_signpost_get_asset_name (self) == '\0')
    {
      g_set_error_literal (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_INVALID,
                           _("Choose the asset from the directory."));
      return FALSE;
    }

  if (!tandem_date_from_iso (tandem_signpost_get_made_on (self), &date))
    {
      g_set_error_literal (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_INVALID,
                           _("Give the date it was made."));
      return FALSE;
    }

  if (*tandem_signpost_get_follow_up_on (self) != '\0' &&
      !tandem_date_from_iso (tandem_signpost_get_follow_up_on (self), &date))
    {
      g_set_error_literal (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_INVALID,
                           _("The follow-up date is not a date."));
      return FALSE;
    }

  if (self->red_override)
    {
      g_autofree char *reason = g_strstrip (g_strdup (tandem_signpost_get_override_reason (self)));

      if (*reason == '\0')
        {
          g_set_error_literal (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE,
                               _("Say why this asset is used although its suitability check "
                                 "is red."));
          return FALSE;
        }
    }

  if (self->outcome != TANDEM_SIGNPOST_OUTCOME_PENDING &&
      !tandem_date_from_iso (tandem_signpost_get_outcome_on (self), &date))
    {
      g_set_error_literal (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_INVALID,
                           _("Give the date the outcome was recorded."));
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_signpost_is_follow_up_due:
 *
 * Returns: whether its follow-up date has come and no outcome is recorded yet
 */
gboolean
tandem_signpost_is_follow_up_due (TandemSignpost *self,
                                  const GDate    *today)
{
  GDate due;

  g_return_val_if_fail (TANDEM_IS_SIGNPOST (self), FALSE);

  return self->outcome == TANDEM_SIGNPOST_OUTCOME_PENDING &&
         tandem_date_from_iso (tandem_signpost_get_follow_up_on (self), &due) &&
         g_date_compare (&due, today) <= 0;
}
