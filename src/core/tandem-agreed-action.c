/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-agreed-action"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-agreed-action.h"
#include "tandem-date.h"

/* An action agreed in supervision or at an MDT huddle: what, who and by when, until it is
 * done. It belongs to exactly one supervision session or one huddle case. */
struct _TandemAgreedAction
{
  TandemRecord parent_instance;

  gint64 supervision_id;
  gint64 huddle_case_id;
  gint64 person_id;
  char *description;
  gint64 owner_id;
  char *due_on;
  char *done_on;
};

G_DEFINE_FINAL_TYPE (TandemAgreedAction, tandem_agreed_action, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SUPERVISION_ID,
  PROP_HUDDLE_CASE_ID,
  PROP_PERSON_ID,
  PROP_DESCRIPTION,
  PROP_OWNER_ID,
  PROP_DUE_ON,
  PROP_DONE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_agreed_action_finalize (GObject *object)
{
  TandemAgreedAction *self = (TandemAgreedAction *) object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->done_on, g_free);

  G_OBJECT_CLASS (tandem_agreed_action_parent_class)->finalize (object);
}

static void
tandem_agreed_action_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemAgreedAction *self = TANDEM_AGREED_ACTION (object);

  switch (prop_id)
    {
    case PROP_SUPERVISION_ID:
      g_value_set_int64 (value, self->supervision_id);
      break;

    case PROP_HUDDLE_CASE_ID:
      g_value_set_int64 (value, self->huddle_case_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_agreed_action_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemAgreedAction *self = TANDEM_AGREED_ACTION (object);

  switch (prop_id)
    {
    case PROP_SUPERVISION_ID:
      tandem_agreed_action_set_supervision_id (self, g_value_get_int64 (value));
      break;

    case PROP_HUDDLE_CASE_ID:
      tandem_agreed_action_set_huddle_case_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERSON_ID:
      tandem_agreed_action_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_DESCRIPTION:
      tandem_agreed_action_set_description (self, g_value_get_string (value));
      break;

    case PROP_OWNER_ID:
      tandem_agreed_action_set_owner_id (self, g_value_get_int64 (value));
      break;

    case PROP_DUE_ON:
      tandem_agreed_action_set_due_on (self, g_value_get_string (value));
      break;

    case PROP_DONE_ON:
      tandem_agreed_action_set_done_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_agreed_action_class_init (TandemAgreedActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_agreed_action_finalize;
  object_class->get_property = tandem_agreed_action_get_property;
  object_class->set_property = tandem_agreed_action_set_property;

  /* The supervision session that agreed it, or 0. */
  properties[PROP_SUPERVISION_ID] =
    g_param_spec_int64 ("supervision-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The huddle case that agreed it, or 0. */
  properties[PROP_HUDDLE_CASE_ID] =
    g_param_spec_int64 ("huddle-case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* For a huddle action, the person whose case it is; read from the case, not stored. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What is to be done, in the words agreed. */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The member of staff who will do it, or 0 for nobody named yet. */
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When it is due, YYYY-MM-DD, or empty. */
  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When it was done, YYYY-MM-DD, or empty while it is open. */
  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_agreed_action_init (TandemAgreedAction *self)
{
}

TandemAgreedAction *
tandem_agreed_action_new (void)
{
  return g_object_new (TANDEM_TYPE_AGREED_ACTION, NULL);
}

gint64
tandem_agreed_action_get_supervision_id (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), 0);

  return self->supervision_id;
}

void
tandem_agreed_action_set_supervision_id (TandemAgreedAction *self,
                                         gint64              supervision_id)
{
  g_return_if_fail (TANDEM_IS_AGREED_ACTION (self));

  if (self->supervision_id == supervision_id)
    return;

  self->supervision_id = supervision_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERVISION_ID]);
}

gint64
tandem_agreed_action_get_huddle_case_id (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), 0);

  return self->huddle_case_id;
}

void
tandem_agreed_action_set_huddle_case_id (TandemAgreedAction *self,
                                         gint64              huddle_case_id)
{
  g_return_if_fail (TANDEM_IS_AGREED_ACTION (self));

  if (self->huddle_case_id == huddle_case_id)
    return;

  self->huddle_case_id = huddle_case_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HUDDLE_CASE_ID]);
}

gint64
tandem_agreed_action_get_person_id (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), 0);

  return self->person_id;
}

void
tandem_agreed_action_set_person_id (TandemAgreedAction *self,
                                    gint64              person_id)
{
  g_return_if_fail (TANDEM_IS_AGREED_ACTION (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
tandem_agreed_action_get_description (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), NULL);

  return self->description;
}

void
tandem_agreed_action_set_description (TandemAgreedAction *self,
                                      const char         *description)
{
  g_return_if_fail (TANDEM_IS_AGREED_ACTION (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gint64
tandem_agreed_action_get_owner_id (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), 0);

  return self->owner_id;
}

void
tandem_agreed_action_set_owner_id (TandemAgreedAction *self,
                                   gint64              owner_id)
{
  g_return_if_fail (TANDEM_IS_AGREED_ACTION (self));

  if (self->owner_id == owner_id)
    return;

  self->owner_id = owner_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
}

const char *
tandem_agreed_action_get_due_on (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), NULL);

  return self->due_on;
}

void
tandem_agreed_action_set_due_on (TandemAgreedAction *self,
                                 const char         *due_on)
{
  g_return_if_fail (TANDEM_IS_AGREED_ACTION (self));

  if (g_strcmp0 (self->due_on, due_on) == 0)
    return;

  g_free (self->due_on);
  self->due_on = g_strdup (due_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ON]);
}

const char *
tandem_agreed_action_get_done_on (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), NULL);

  return self->done_on;
}

void
tandem_agreed_action_set_done_on (TandemAgreedAction *self,
                                  const char         *done_on)
{
  g_return_if_fail (TANDEM_IS_AGREED_ACTION (self));

  if (g_strcmp0 (self->done_on, done_on) == 0)
    return;

  g_free (self->done_on);
  self->done_on = g_strdup (done_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_ON]);
}

G_DEFINE_QUARK (tandem-agreed-action-error-quark, tandem_agreed_action_error)

static gboolean
is_date_or_empty (const char *text)
{
  GDate date;

  return text == NULL || *text == '\0' || tandem_date_from_iso (text, &date);
}

/**
 * tandem_agreed_action_check:
 *
 * An action needs words saying what is to be done, real dates, and the one session or
 * huddle case that agreed it.
 */
gboolean
tandem_agreed_action_check (TandemAgreedAction  *self,
                            GError             **error)
{
  g_autofree char *description = NULL;

  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), FALSE);

  description = g_strstrip (g_strdup (self->description != NULL ? self->description : ""));
  if (*description == '\0')
    {
      g_set_error_literal (error, TANDEM_AGREED_ACTION_ERROR, TANDEM_AGREED_ACTION_ERROR_INVALID,
                           _("Say what is to be done."));
      return FALSE;
    }

  if (!is_date_or_empty (self->due_on))
    {
      g_set_error_literal (error, TANDEM_AGREED_ACTION_ERROR, TANDEM_AGREED_ACTION_ERROR_INVALID,
                           _("The due date is not a date."));
      return FALSE;
    }

  if (!is_date_or_empty (self->done_on))
    {
      g_set_error_literal (error, TANDEM_AGREED_ACTION_ERROR, TANDEM_AGREED_ACTION_ERROR_INVALID,
                           _("The date it was done is not a date."));
      return FALSE;
    }

  /* A programming error rather than the user's: say so plainly all the same. */
  if ((self->supervision_id == 0) == (self->huddle_case_id == 0))
    {
      g_set_error_literal (error, TANDEM_AGREED_ACTION_ERROR, TANDEM_AGREED_ACTION_ERROR_INVALID,
                           _("An action belongs to one supervision session or one huddle case."));
      return FALSE;
    }

  return TRUE;
}

gboolean
tandem_agreed_action_is_done (TandemAgreedAction *self)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), FALSE);

  return self->done_on != NULL && self->done_on[0] != '\0';
}

/* Open and due before @today (YYYY-MM-DD). */
gboolean
tandem_agreed_action_is_overdue (TandemAgreedAction *self,
                                 const char         *today)
{
  g_return_val_if_fail (TANDEM_IS_AGREED_ACTION (self), FALSE);

  return !tandem_agreed_action_is_done (self) && self->due_on != NULL &&
         self->due_on[0] != '\0' && g_strcmp0 (self->due_on, today) < 0;
}
