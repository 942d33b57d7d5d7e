/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-contact"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-contact.h"

/* One contact with a person: a call, a visit, a meeting. */
struct _TandemContact
{
  TandemRecord parent_instance;

  gint64 person_id;
  gint64 referral_id;
  char *contact_date;
  TandemContactMode mode;
  int duration_minutes;
  gint64 staff_id;
  char *with_whom;
  char *note;
  char *next_step;
};

G_DEFINE_FINAL_TYPE (TandemContact, tandem_contact, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_REFERRAL_ID,
  PROP_CONTACT_DATE,
  PROP_MODE,
  PROP_DURATION_MINUTES,
  PROP_STAFF_ID,
  PROP_WITH_WHOM,
  PROP_NOTE,
  PROP_NEXT_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_contact_finalize (GObject *object)
{
  TandemContact *self = (TandemContact *) object;

  g_clear_pointer (&self->contact_date, g_free);
  g_clear_pointer (&self->with_whom, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->next_step, g_free);

  G_OBJECT_CLASS (tandem_contact_parent_class)->finalize (object);
}

static void
tandem_contact_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TandemContact *self = TANDEM_CONTACT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_REFERRAL_ID:
      g_value_set_int64 (value, self->referral_id);
      break;

    case PROP_CONTACT_DATE:
      g_value_set_string (value, self->contact_date);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_WITH_WHOM:
      g_value_set_string (value, self->with_whom);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_NEXT_STEP:
      g_value_set_string (value, self->next_step);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_contact_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TandemContact *self = TANDEM_CONTACT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      tandem_contact_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_REFERRAL_ID:
      tandem_contact_set_referral_id (self, g_value_get_int64 (value));
      break;

    case PROP_CONTACT_DATE:
      tandem_contact_set_contact_date (self, g_value_get_string (value));
      break;

    case PROP_MODE:
      tandem_contact_set_mode (self, g_value_get_enum (value));
      break;

    case PROP_DURATION_MINUTES:
      tandem_contact_set_duration_minutes (self, g_value_get_int (value));
      break;

    case PROP_STAFF_ID:
      tandem_contact_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_WITH_WHOM:
      tandem_contact_set_with_whom (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      tandem_contact_set_note (self, g_value_get_string (value));
      break;

    case PROP_NEXT_STEP:
      tandem_contact_set_next_step (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_contact_class_init (TandemContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_contact_finalize;
  object_class->get_property = tandem_contact_get_property;
  object_class->set_property = tandem_contact_set_property;

  /* The person. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The episode this contact belongs to, or 0. */
  properties[PROP_REFERRAL_ID] =
    g_param_spec_int64 ("referral-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Date of the contact, YYYY-MM-DD. */
  properties[PROP_CONTACT_DATE] =
    g_param_spec_string ("contact-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How the contact happened. */
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       TANDEM_TYPE_CONTACT_MODE,
                       TANDEM_CONTACT_FACE_TO_FACE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How long it took, in minutes. */
  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL,
                      0, 1440, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The member of staff who made the contact. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who took part besides the person. */
  properties[PROP_WITH_WHOM] =
    g_param_spec_string ("with-whom", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What happened. */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What happens next. */
  properties[PROP_NEXT_STEP] =
    g_param_spec_string ("next-step", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_contact_init (TandemContact *self)
{
  self->mode = TANDEM_CONTACT_FACE_TO_FACE;
}

TandemContact *
tandem_contact_new (void)
{
  return g_object_new (TANDEM_TYPE_CONTACT, NULL);
}

gint64
tandem_contact_get_person_id (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), 0);

  return self->person_id;
}

void
tandem_contact_set_person_id (TandemContact *self,
                              gint64         person_id)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

gint64
tandem_contact_get_referral_id (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), 0);

  return self->referral_id;
}

void
tandem_contact_set_referral_id (TandemContact *self,
                                gint64         referral_id)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (self->referral_id == referral_id)
    return;

  self->referral_id = referral_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

const char *
tandem_contact_get_contact_date (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), NULL);

  return self->contact_date;
}

void
tandem_contact_set_contact_date (TandemContact *self,
                                 const char    *contact_date)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (g_strcmp0 (self->contact_date, contact_date) == 0)
    return;

  g_free (self->contact_date);
  self->contact_date = g_strdup (contact_date);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_DATE]);
}

TandemContactMode
tandem_contact_get_mode (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), 0);

  return self->mode;
}

void
tandem_contact_set_mode (TandemContact     *self,
                         TandemContactMode  mode)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (self->mode == mode)
    return;

  self->mode = mode;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

int
tandem_contact_get_duration_minutes (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), 0);

  return self->duration_minutes;
}

void
tandem_contact_set_duration_minutes (TandemContact *self,
                                     int            duration_minutes)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (self->duration_minutes == duration_minutes)
    return;

  self->duration_minutes = duration_minutes;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_MINUTES]);
}

gint64
tandem_contact_get_staff_id (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), 0);

  return self->staff_id;
}

void
tandem_contact_set_staff_id (TandemContact *self,
                             gint64         staff_id)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

const char *
tandem_contact_get_with_whom (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), NULL);

  return self->with_whom;
}

void
tandem_contact_set_with_whom (TandemContact *self,
                              const char    *with_whom)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (g_strcmp0 (self->with_whom, with_whom) == 0)
    return;

  g_free (self->with_whom);
  self->with_whom = g_strdup (with_whom);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WITH_WHOM]);
}

const char *
tandem_contact_get_note (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), NULL);

  return self->note;
}

void
tandem_contact_set_note (TandemContact *self,
                         const char    *note)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
tandem_contact_get_next_step (TandemContact *self)
{
  g_return_val_if_fail (TANDEM_IS_CONTACT (self), NULL);

  return self->next_step;
}

void
tandem_contact_set_next_step (TandemContact *self,
                              const char    *next_step)
{
  g_return_if_fail (TANDEM_IS_CONTACT (self));

  if (g_strcmp0 (self->next_step, next_step) == 0)
    return;

  g_free (self->next_step);
  self->next_step = g_strdup (next_step);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_STEP]);
}

/**
 * tandem_contact_check:
 *
 * The rules every stored contact follows: it belongs to a person and happened on a real date
 * that is not in the future.
 */
gboolean
tandem_contact_check (TandemContact  *self,
                      GError        **error)
{
  GDate date;
  GDate today;

  g_return_val_if_fail (TANDEM_IS_CONTACT (self), FALSE);

  if (self->person_id <= 0)
    {
      g_set_error_literal (error, TANDEM_CONTACT_ERROR, TANDEM_CONTACT_ERROR_INVALID,
                           _("A contact must belong to a person"));
      return FALSE;
    }

  if (!tandem_date_from_iso (self->contact_date, &date))
    {
      g_set_error_literal (error, TANDEM_CONTACT_ERROR, TANDEM_CONTACT_ERROR_INVALID,
                           _("Enter the date of the contact"));
      return FALSE;
    }

  tandem_date_set_today (&today);
  if (g_date_compare (&date, &today) > 0)
    {
      g_set_error_literal (error, TANDEM_CONTACT_ERROR, TANDEM_CONTACT_ERROR_INVALID,
                           _("A contact cannot be recorded in the future"));
      return FALSE;
    }

  return TRUE;
}

G_DEFINE_QUARK (tandem-contact-error-quark, tandem_contact_error)
