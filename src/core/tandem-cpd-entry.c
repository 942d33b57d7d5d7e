/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-cpd-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-cpd-entry.h"
#include "tandem-date.h"

/* One activity of a worker's continuing professional development: what they did and when,
 * for how long, what they learned, their reflection on it, the competency it built and where
 * the evidence is. */
struct _TandemCpdEntry
{
  TandemRecord parent_instance;

  gint64  staff_id;
  char   *done_on;
  char   *activity;
  double  hours;
  char   *learning;
  char   *reflection;
  gint64  competency_id;
  char   *evidence;
};

G_DEFINE_FINAL_TYPE (TandemCpdEntry, tandem_cpd_entry, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_DONE_ON,
  PROP_ACTIVITY,
  PROP_HOURS,
  PROP_LEARNING,
  PROP_REFLECTION,
  PROP_COMPETENCY_ID,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_cpd_entry_finalize (GObject *object)
{
  TandemCpdEntry *self = (TandemCpdEntry *) object;

  g_clear_pointer (&self->done_on, g_free);
  g_clear_pointer (&self->activity, g_free);
  g_clear_pointer (&self->learning, g_free);
  g_clear_pointer (&self->reflection, g_free);
  g_clear_pointer (&self->evidence, g_free);

  G_OBJECT_CLASS (tandem_cpd_entry_parent_class)->finalize (object);
}

static void
tandem_cpd_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TandemCpdEntry *self = TANDEM_CPD_ENTRY (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;

    case PROP_ACTIVITY:
      g_value_set_string (value, self->activity);
      break;

    case PROP_HOURS:
      g_value_set_double (value, self->hours);
      break;

    case PROP_LEARNING:
      g_value_set_string (value, self->learning);
      break;

    case PROP_REFLECTION:
      g_value_set_string (value, self->reflection);
      break;

    case PROP_COMPETENCY_ID:
      g_value_set_int64 (value, self->competency_id);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_cpd_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TandemCpdEntry *self = TANDEM_CPD_ENTRY (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      tandem_cpd_entry_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_DONE_ON:
      tandem_cpd_entry_set_done_on (self, g_value_get_string (value));
      break;

    case PROP_ACTIVITY:
      tandem_cpd_entry_set_activity (self, g_value_get_string (value));
      break;

    case PROP_HOURS:
      tandem_cpd_entry_set_hours (self, g_value_get_double (value));
      break;

    case PROP_LEARNING:
      tandem_cpd_entry_set_learning (self, g_value_get_string (value));
      break;

    case PROP_REFLECTION:
      tandem_cpd_entry_set_reflection (self, g_value_get_string (value));
      break;

    case PROP_COMPETENCY_ID:
      tandem_cpd_entry_set_competency_id (self, g_value_get_int64 (value));
      break;

    case PROP_EVIDENCE:
      tandem_cpd_entry_set_evidence (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_cpd_entry_class_init (TandemCpdEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tandem_cpd_entry_finalize;
  object_class->get_property = tandem_cpd_entry_get_property;
  object_class->set_property = tandem_cpd_entry_set_property;

  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL, NULL, NULL, flags);
  properties[PROP_ACTIVITY] =
    g_param_spec_string ("activity", NULL, NULL, NULL, flags);
  /* Any number, so a form can keep what was typed; tandem_cpd_entry_check() says what is
   * out of range in words. */
  properties[PROP_HOURS] =
    g_param_spec_double ("hours", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_LEARNING] =
    g_param_spec_string ("learning", NULL, NULL, NULL, flags);
  properties[PROP_REFLECTION] =
    g_param_spec_string ("reflection", NULL, NULL, NULL, flags);
  /* 0 when the activity is linked to no competency. */
  properties[PROP_COMPETENCY_ID] =
    g_param_spec_int64 ("competency-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_cpd_entry_init (TandemCpdEntry *self)
{
}

TandemCpdEntry *
tandem_cpd_entry_new (void)
{
  return g_object_new (TANDEM_TYPE_CPD_ENTRY, NULL);
}

static void
set_string (TandemCpdEntry  *self,
            char           **field,
            const char      *value,
            guint            prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_id (TandemCpdEntry *self,
        gint64         *field,
        gint64          value,
        guint           prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
tandem_cpd_entry_get_staff_id (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), 0);
  return self->staff_id;
}

void
tandem_cpd_entry_set_staff_id (TandemCpdEntry *self,
                               gint64          staff_id)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));
  set_id (self, &self->staff_id, staff_id, PROP_STAFF_ID);
}

const char *
tandem_cpd_entry_get_done_on (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), NULL);
  return self->done_on;
}

void
tandem_cpd_entry_set_done_on (TandemCpdEntry *self,
                              const char     *done_on)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));
  set_string (self, &self->done_on, done_on, PROP_DONE_ON);
}

const char *
tandem_cpd_entry_get_activity (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), NULL);
  return self->activity;
}

void
tandem_cpd_entry_set_activity (TandemCpdEntry *self,
                               const char     *activity)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));
  set_string (self, &self->activity, activity, PROP_ACTIVITY);
}

double
tandem_cpd_entry_get_hours (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), 0.0);
  return self->hours;
}

void
tandem_cpd_entry_set_hours (TandemCpdEntry *self,
                            double          hours)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));

  if (self->hours == hours)
    return;

  self->hours = hours;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOURS]);
}

const char *
tandem_cpd_entry_get_learning (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), NULL);
  return self->learning;
}

void
tandem_cpd_entry_set_learning (TandemCpdEntry *self,
                               const char     *learning)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));
  set_string (self, &self->learning, learning, PROP_LEARNING);
}

const char *
tandem_cpd_entry_get_reflection (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), NULL);
  return self->reflection;
}

void
tandem_cpd_entry_set_reflection (TandemCpdEntry *self,
                                 const char     *reflection)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));
  set_string (self, &self->reflection, reflection, PROP_REFLECTION);
}

gint64
tandem_cpd_entry_get_competency_id (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), 0);
  return self->competency_id;
}

void
tandem_cpd_entry_set_competency_id (TandemCpdEntry *self,
                                    gint64          competency_id)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));
  set_id (self, &self->competency_id, competency_id, PROP_COMPETENCY_ID);
}

const char *
tandem_cpd_entry_get_evidence (TandemCpdEntry *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), NULL);
  return self->evidence;
}

void
tandem_cpd_entry_set_evidence (TandemCpdEntry *self,
                               const char     *evidence)
{
  g_return_if_fail (TANDEM_IS_CPD_ENTRY (self));
  set_string (self, &self->evidence, evidence, PROP_EVIDENCE);
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
 * tandem_cpd_entry_check:
 * @today: no activity is dated after it
 * @errors: (nullable): property name to message, for each problem
 *
 * Returns: %TRUE if the entry can be saved
 */
gboolean
tandem_cpd_entry_check (TandemCpdEntry *self,
                        const GDate    *today,
                        GHashTable     *errors)
{
  g_autofree char *activity = NULL;
  gboolean ok = TRUE;
  GDate date;

  g_return_val_if_fail (TANDEM_IS_CPD_ENTRY (self), FALSE);

  if (self->staff_id == 0)
    {
      add_error (errors, "staff-id", _("Choose whose CPD this is"));
      ok = FALSE;
    }

  if (!tandem_date_from_iso (self->done_on, &date))
    {
      add_error (errors, "done-on", _("Give the date of the activity"));
      ok = FALSE;
    }
  else if (g_date_compare (&date, today) > 0)
    {
      add_error (errors, "done-on", _("Record CPD once it is done: the date is in the future"));
      ok = FALSE;
    }

  activity = g_strstrip (g_strdup (self->activity ? self->activity : ""));
  if (activity[0] == '\0')
    {
      add_error (errors, "activity", _("Say what the activity was"));
      ok = FALSE;
    }

  if (!isfinite (self->hours) || self->hours <= 0.0 || self->hours > TANDEM_CPD_MAX_HOURS)
    {
      /* Translators: %g is the most hours one entry can count, 100 */
      g_autofree char *message = g_strdup_printf (_("Give the hours it took, more than 0 and "
                                                    "at most %g"), TANDEM_CPD_MAX_HOURS);
      add_error (errors, "hours", message);
      ok = FALSE;
    }

  return ok;
}

/* Hours as people write them: "3", "1.5", "7.25", in the user's locale. */
char *
tandem_cpd_format_hours (double hours)
{
  double rounded = round (hours * 100.0) / 100.0;

  if (rounded == floor (rounded))
    return g_strdup_printf ("%.0f", rounded);
  if (rounded * 10.0 == floor (rounded * 10.0))
    return g_strdup_printf ("%.1f", rounded);
  return g_strdup_printf ("%.2f", rounded);
}
