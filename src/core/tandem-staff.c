/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-staff"

#include "config.h"

#include "tandem-enums.h"
#include "tandem-staff.h"

/* A member of the PCN's personalised care team. */
struct _TandemStaff
{
  TandemRecord parent_instance;

  char *name;
  TandemRole role;
  gboolean retired;
  gboolean administrator;
  gboolean has_passphrase;
};

G_DEFINE_FINAL_TYPE (TandemStaff, tandem_staff, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ROLE,
  PROP_RETIRED,
  PROP_ADMINISTRATOR,
  PROP_HAS_PASSPHRASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_staff_finalize (GObject *object)
{
  TandemStaff *self = (TandemStaff *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (tandem_staff_parent_class)->finalize (object);
}

static void
tandem_staff_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TandemStaff *self = TANDEM_STAFF (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;

    case PROP_ADMINISTRATOR:
      g_value_set_boolean (value, self->administrator);
      break;

    case PROP_HAS_PASSPHRASE:
      g_value_set_boolean (value, self->has_passphrase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_staff_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TandemStaff *self = TANDEM_STAFF (object);

  switch (prop_id)
    {
    case PROP_NAME:
      tandem_staff_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      tandem_staff_set_role (self, g_value_get_enum (value));
      break;

    case PROP_RETIRED:
      tandem_staff_set_retired (self, g_value_get_boolean (value));
      break;

    case PROP_ADMINISTRATOR:
      tandem_staff_set_administrator (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_PASSPHRASE:
      tandem_staff_set_has_passphrase (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_staff_class_init (TandemStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_staff_finalize;
  object_class->get_property = tandem_staff_get_property;
  object_class->set_property = tandem_staff_set_property;

  /* The name shown to colleagues. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The role they work in. */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       TANDEM_TYPE_ROLE,
                       TANDEM_ROLE_LINK_WORKER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether they have left the team. */
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether they manage the team's staff: add, retire, reset passphrases. */
  properties[PROP_ADMINISTRATOR] =
    g_param_spec_boolean ("administrator", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether they have a sign-in passphrase; the store sets it, saving ignores it. */
  properties[PROP_HAS_PASSPHRASE] =
    g_param_spec_boolean ("has-passphrase", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_staff_init (TandemStaff *self)
{
  self->role = TANDEM_ROLE_LINK_WORKER;
}

TandemStaff *
tandem_staff_new (void)
{
  return g_object_new (TANDEM_TYPE_STAFF, NULL);
}

const char *
tandem_staff_get_name (TandemStaff *self)
{
  g_return_val_if_fail (TANDEM_IS_STAFF (self), NULL);

  return self->name;
}

void
tandem_staff_set_name (TandemStaff *self,
                       const char  *name)
{
  g_return_if_fail (TANDEM_IS_STAFF (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

TandemRole
tandem_staff_get_role (TandemStaff *self)
{
  g_return_val_if_fail (TANDEM_IS_STAFF (self), 0);

  return self->role;
}

void
tandem_staff_set_role (TandemStaff *self,
                       TandemRole   role)
{
  g_return_if_fail (TANDEM_IS_STAFF (self));

  if (self->role == role)
    return;

  self->role = role;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

gboolean
tandem_staff_get_retired (TandemStaff *self)
{
  g_return_val_if_fail (TANDEM_IS_STAFF (self), FALSE);

  return self->retired;
}

void
tandem_staff_set_retired (TandemStaff *self,
                          gboolean     retired)
{
  g_return_if_fail (TANDEM_IS_STAFF (self));

  retired = !!retired;

  if (self->retired == retired)
    return;

  self->retired = retired;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETIRED]);
}

gboolean
tandem_staff_get_administrator (TandemStaff *self)
{
  g_return_val_if_fail (TANDEM_IS_STAFF (self), FALSE);

  return self->administrator;
}

void
tandem_staff_set_administrator (TandemStaff *self,
                                gboolean     administrator)
{
  g_return_if_fail (TANDEM_IS_STAFF (self));

  administrator = !!administrator;

  if (self->administrator == administrator)
    return;

  self->administrator = administrator;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADMINISTRATOR]);
}

gboolean
tandem_staff_get_has_passphrase (TandemStaff *self)
{
  g_return_val_if_fail (TANDEM_IS_STAFF (self), FALSE);

  return self->has_passphrase;
}

void
tandem_staff_set_has_passphrase (TandemStaff *self,
                                 gboolean     has_passphrase)
{
  g_return_if_fail (TANDEM_IS_STAFF (self));

  has_passphrase = !!has_passphrase;

  if (self->has_passphrase == has_passphrase)
    return;

  self->has_passphrase = has_passphrase;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PASSPHRASE]);
}
