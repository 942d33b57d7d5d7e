/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddle-attendee"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-huddle.h"
#include "tandem-huddle-attendee.h"

/* Someone invited to a huddle: a member of staff, or a visitor such as a GP or a mental
 * health practitioner named in words, with the role they bring and whether they came. */
struct _TandemHuddleAttendee
{
  TandemRecord parent_instance;

  gint64 huddle_id;
  gint64 staff_id;
  char *name;
  char *role;
  gboolean present;
};

G_DEFINE_FINAL_TYPE (TandemHuddleAttendee, tandem_huddle_attendee, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_HUDDLE_ID,
  PROP_STAFF_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_huddle_attendee_finalize (GObject *object)
{
  TandemHuddleAttendee *self = (TandemHuddleAttendee *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);

  G_OBJECT_CLASS (tandem_huddle_attendee_parent_class)->finalize (object);
}

static void
tandem_huddle_attendee_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TandemHuddleAttendee *self = TANDEM_HUDDLE_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_HUDDLE_ID:
      g_value_set_int64 (value, self->huddle_id);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_PRESENT:
      g_value_set_boolean (value, self->present);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_huddle_attendee_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TandemHuddleAttendee *self = TANDEM_HUDDLE_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_HUDDLE_ID:
      tandem_huddle_attendee_set_huddle_id (self, g_value_get_int64 (value));
      break;

    case PROP_STAFF_ID:
      tandem_huddle_attendee_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      tandem_huddle_attendee_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      tandem_huddle_attendee_set_role (self, g_value_get_string (value));
      break;

    case PROP_PRESENT:
      tandem_huddle_attendee_set_present (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_huddle_attendee_class_init (TandemHuddleAttendeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_huddle_attendee_finalize;
  object_class->get_property = tandem_huddle_attendee_get_property;
  object_class->set_property = tandem_huddle_attendee_set_property;

  /* The huddle they were invited to. */
  properties[PROP_HUDDLE_ID] =
    g_param_spec_int64 ("huddle-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The member of staff, or 0 for a visitor. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Their name as the minutes show it. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The role they bring, in words: "GP", "Mental health practitioner". */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether they came; apologies otherwise. */
  properties[PROP_PRESENT] =
    g_param_spec_boolean ("present", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_huddle_attendee_init (TandemHuddleAttendee *self)
{
  self->present = TRUE;
}

TandemHuddleAttendee *
tandem_huddle_attendee_new (void)
{
  return g_object_new (TANDEM_TYPE_HUDDLE_ATTENDEE, NULL);
}

gint64
tandem_huddle_attendee_get_huddle_id (TandemHuddleAttendee *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self), 0);

  return self->huddle_id;
}

void
tandem_huddle_attendee_set_huddle_id (TandemHuddleAttendee *self,
                                      gint64               huddle_id)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self));

  if (self->huddle_id == huddle_id)
    return;

  self->huddle_id = huddle_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HUDDLE_ID]);
}

gint64
tandem_huddle_attendee_get_staff_id (TandemHuddleAttendee *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self), 0);

  return self->staff_id;
}

void
tandem_huddle_attendee_set_staff_id (TandemHuddleAttendee *self,
                                     gint64               staff_id)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self));

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

const char *
tandem_huddle_attendee_get_name (TandemHuddleAttendee *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self), NULL);

  return self->name;
}

void
tandem_huddle_attendee_set_name (TandemHuddleAttendee *self,
                                 const char           *name)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
tandem_huddle_attendee_get_role (TandemHuddleAttendee *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self), NULL);

  return self->role;
}

void
tandem_huddle_attendee_set_role (TandemHuddleAttendee *self,
                                 const char           *role)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self));

  if (g_strcmp0 (self->role, role) == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

gboolean
tandem_huddle_attendee_get_present (TandemHuddleAttendee *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self), FALSE);

  return self->present;
}

void
tandem_huddle_attendee_set_present (TandemHuddleAttendee *self,
                                    gboolean             present)
{
  g_return_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self));

  present = !!present;
  if (self->present == present)
    return;

  self->present = present;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENT]);
}

/**
 * tandem_huddle_attendee_check:
 *
 * An attendee needs a name for the minutes' attendance list.
 */
gboolean
tandem_huddle_attendee_check (TandemHuddleAttendee  *self,
                              GError               **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (TANDEM_IS_HUDDLE_ATTENDEE (self), FALSE);

  name = g_strstrip (g_strdup (self->name != NULL ? self->name : ""));
  if (*name == '\0')
    {
      g_set_error_literal (error, TANDEM_HUDDLE_ERROR, TANDEM_HUDDLE_ERROR_INVALID,
                           _("Give each visitor's name, as the minutes will show it."));
      return FALSE;
    }

  return TRUE;
}
