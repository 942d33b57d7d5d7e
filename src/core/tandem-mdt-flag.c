/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-mdt-flag"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-mdt-flag.h"

/* A case put forward for the next MDT huddle by the worker who holds it, with the reason
 * for discussing it. It waits until a huddle takes it onto its agenda. */
struct _TandemMdtFlag
{
  TandemRecord parent_instance;

  gint64 person_id;
  char *reason;
  gint64 flagged_by_id;
  char *flagged_on;
  gint64 huddle_id;
};

G_DEFINE_FINAL_TYPE (TandemMdtFlag, tandem_mdt_flag, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_REASON,
  PROP_FLAGGED_BY_ID,
  PROP_FLAGGED_ON,
  PROP_HUDDLE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_mdt_flag_finalize (GObject *object)
{
  TandemMdtFlag *self = (TandemMdtFlag *) object;

  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->flagged_on, g_free);

  G_OBJECT_CLASS (tandem_mdt_flag_parent_class)->finalize (object);
}

static void
tandem_mdt_flag_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TandemMdtFlag *self = TANDEM_MDT_FLAG (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_FLAGGED_BY_ID:
      g_value_set_int64 (value, self->flagged_by_id);
      break;

    case PROP_FLAGGED_ON:
      g_value_set_string (value, self->flagged_on);
      break;

    case PROP_HUDDLE_ID:
      g_value_set_int64 (value, self->huddle_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_mdt_flag_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TandemMdtFlag *self = TANDEM_MDT_FLAG (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      tandem_mdt_flag_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_REASON:
      tandem_mdt_flag_set_reason (self, g_value_get_string (value));
      break;

    case PROP_FLAGGED_BY_ID:
      tandem_mdt_flag_set_flagged_by_id (self, g_value_get_int64 (value));
      break;

    case PROP_FLAGGED_ON:
      tandem_mdt_flag_set_flagged_on (self, g_value_get_string (value));
      break;

    case PROP_HUDDLE_ID:
      tandem_mdt_flag_set_huddle_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_mdt_flag_class_init (TandemMdtFlagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_mdt_flag_finalize;
  object_class->get_property = tandem_mdt_flag_get_property;
  object_class->set_property = tandem_mdt_flag_set_property;

  /* The person whose case it is. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why the case needs the huddle, in the worker's words. */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The member of staff who put it forward. */
  properties[PROP_FLAGGED_BY_ID] =
    g_param_spec_int64 ("flagged-by-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When it was put forward, YYYY-MM-DD. */
  properties[PROP_FLAGGED_ON] =
    g_param_spec_string ("flagged-on", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The huddle whose agenda took it, or 0 while it waits; read, not stored. */
  properties[PROP_HUDDLE_ID] =
    g_param_spec_int64 ("huddle-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_mdt_flag_init (TandemMdtFlag *self)
{
}

TandemMdtFlag *
tandem_mdt_flag_new (void)
{
  return g_object_new (TANDEM_TYPE_MDT_FLAG, NULL);
}

gint64
tandem_mdt_flag_get_person_id (TandemMdtFlag *self)
{
  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (self), 0);

  return self->person_id;
}

void
tandem_mdt_flag_set_person_id (TandemMdtFlag *self,
                               gint64         person_id)
{
  g_return_if_fail (TANDEM_IS_MDT_FLAG (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
tandem_mdt_flag_get_reason (TandemMdtFlag *self)
{
  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (self), NULL);

  return self->reason;
}

void
tandem_mdt_flag_set_reason (TandemMdtFlag *self,
                            const char    *reason)
{
  g_return_if_fail (TANDEM_IS_MDT_FLAG (self));

  if (g_strcmp0 (self->reason, reason) == 0)
    return;

  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

gint64
tandem_mdt_flag_get_flagged_by_id (TandemMdtFlag *self)
{
  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (self), 0);

  return self->flagged_by_id;
}

void
tandem_mdt_flag_set_flagged_by_id (TandemMdtFlag *self,
                                   gint64         flagged_by_id)
{
  g_return_if_fail (TANDEM_IS_MDT_FLAG (self));

  if (self->flagged_by_id == flagged_by_id)
    return;

  self->flagged_by_id = flagged_by_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGGED_BY_ID]);
}

const char *
tandem_mdt_flag_get_flagged_on (TandemMdtFlag *self)
{
  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (self), NULL);

  return self->flagged_on;
}

void
tandem_mdt_flag_set_flagged_on (TandemMdtFlag *self,
                                const char    *flagged_on)
{
  g_return_if_fail (TANDEM_IS_MDT_FLAG (self));

  if (g_strcmp0 (self->flagged_on, flagged_on) == 0)
    return;

  g_free (self->flagged_on);
  self->flagged_on = g_strdup (flagged_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGGED_ON]);
}

gint64
tandem_mdt_flag_get_huddle_id (TandemMdtFlag *self)
{
  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (self), 0);

  return self->huddle_id;
}

void
tandem_mdt_flag_set_huddle_id (TandemMdtFlag *self,
                               gint64         huddle_id)
{
  g_return_if_fail (TANDEM_IS_MDT_FLAG (self));

  if (self->huddle_id == huddle_id)
    return;

  self->huddle_id = huddle_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HUDDLE_ID]);
}

G_DEFINE_QUARK (tandem-mdt-flag-error-quark, tandem_mdt_flag_error)

/**
 * tandem_mdt_flag_check:
 *
 * A flag needs its person, a reason and a real date no later than today.
 */
gboolean
tandem_mdt_flag_check (TandemMdtFlag  *self,
                       GError        **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *today = tandem_date_today_iso ();
  GDate date;

  g_return_val_if_fail (TANDEM_IS_MDT_FLAG (self), FALSE);

  reason = g_strstrip (g_strdup (self->reason != NULL ? self->reason : ""));
  if (self->person_id == 0 || *reason == '\0')
    {
      g_set_error_literal (error, TANDEM_MDT_FLAG_ERROR, TANDEM_MDT_FLAG_ERROR_INVALID,
                           _("Say why the huddle should discuss this case."));
      return FALSE;
    }

  if (self->flagged_on == NULL || !tandem_date_from_iso (self->flagged_on, &date) ||
      g_strcmp0 (self->flagged_on, today) > 0)
    {
      g_set_error_literal (error, TANDEM_MDT_FLAG_ERROR, TANDEM_MDT_FLAG_ERROR_INVALID,
                           _("Give the date the case was put forward: today or earlier."));
      return FALSE;
    }

  return TRUE;
}
