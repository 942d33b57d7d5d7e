/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-version"

#include "config.h"

#include "tandem-enums.h"
#include "tandem-plan-version.h"

/* One version of a person's personalised care and support plan: a draft until agreed, then frozen. */
struct _TandemPlanVersion
{
  TandemRecord parent_instance;

  gint64 person_id;
  int number;
  TandemPlanState state;
  gboolean is_review;
  char *about_important;
  char *about_people;
  char *about_communication;
  char *about_wellness;
  char *about_do_dont;
  char *about_support;
  char *about_worth_knowing;
  char *about_supported_by;
  char *strengths;
  char *support;
  char *contingency_triggers;
  char *contingency_warning_signs;
  char *contingency_coping;
  char *contingency_actions;
  char *contingency_contacts;
  TandemPlanAgreedWith agreed_with;
  char *representative_name;
  char *representative_role;
  char *agreed_on;
  char *agreed_how;
  gint64 agreed_by_staff_id;
  char *review_on;
  gint64 review_staff_id;
  gint64 prepared_by_staff_id;
  char *language;
  TandemPlanFormat format;
};

G_DEFINE_FINAL_TYPE (TandemPlanVersion, tandem_plan_version, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_NUMBER,
  PROP_STATE,
  PROP_IS_REVIEW,
  PROP_ABOUT_IMPORTANT,
  PROP_ABOUT_PEOPLE,
  PROP_ABOUT_COMMUNICATION,
  PROP_ABOUT_WELLNESS,
  PROP_ABOUT_DO_DONT,
  PROP_ABOUT_SUPPORT,
  PROP_ABOUT_WORTH_KNOWING,
  PROP_ABOUT_SUPPORTED_BY,
  PROP_STRENGTHS,
  PROP_SUPPORT,
  PROP_CONTINGENCY_TRIGGERS,
  PROP_CONTINGENCY_WARNING_SIGNS,
  PROP_CONTINGENCY_COPING,
  PROP_CONTINGENCY_ACTIONS,
  PROP_CONTINGENCY_CONTACTS,
  PROP_AGREED_WITH,
  PROP_REPRESENTATIVE_NAME,
  PROP_REPRESENTATIVE_ROLE,
  PROP_AGREED_ON,
  PROP_AGREED_HOW,
  PROP_AGREED_BY_STAFF_ID,
  PROP_REVIEW_ON,
  PROP_REVIEW_STAFF_ID,
  PROP_PREPARED_BY_STAFF_ID,
  PROP_LANGUAGE,
  PROP_FORMAT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_plan_version_finalize (GObject *object)
{
  TandemPlanVersion *self = (TandemPlanVersion *) object;

  g_clear_pointer (&self->about_important, g_free);
  g_clear_pointer (&self->about_people, g_free);
  g_clear_pointer (&self->about_communication, g_free);
  g_clear_pointer (&self->about_wellness, g_free);
  g_clear_pointer (&self->about_do_dont, g_free);
  g_clear_pointer (&self->about_support, g_free);
  g_clear_pointer (&self->about_worth_knowing, g_free);
  g_clear_pointer (&self->about_supported_by, g_free);
  g_clear_pointer (&self->strengths, g_free);
  g_clear_pointer (&self->support, g_free);
  g_clear_pointer (&self->contingency_triggers, g_free);
  g_clear_pointer (&self->contingency_warning_signs, g_free);
  g_clear_pointer (&self->contingency_coping, g_free);
  g_clear_pointer (&self->contingency_actions, g_free);
  g_clear_pointer (&self->contingency_contacts, g_free);
  g_clear_pointer (&self->representative_name, g_free);
  g_clear_pointer (&self->representative_role, g_free);
  g_clear_pointer (&self->agreed_on, g_free);
  g_clear_pointer (&self->agreed_how, g_free);
  g_clear_pointer (&self->review_on, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (tandem_plan_version_parent_class)->finalize (object);
}

static void
tandem_plan_version_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TandemPlanVersion *self = TANDEM_PLAN_VERSION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_IS_REVIEW:
      g_value_set_boolean (value, self->is_review);
      break;

    case PROP_ABOUT_IMPORTANT:
      g_value_set_string (value, self->about_important);
      break;

    case PROP_ABOUT_PEOPLE:
      g_value_set_string (value, self->about_people);
      break;

    case PROP_ABOUT_COMMUNICATION:
      g_value_set_string (value, self->about_communication);
      break;

    case PROP_ABOUT_WELLNESS:
      g_value_set_string (value, self->about_wellness);
      break;

    case PROP_ABOUT_DO_DONT:
      g_value_set_string (value, self->about_do_dont);
      break;

    case PROP_ABOUT_SUPPORT:
      g_value_set_string (value, self->about_support);
      break;

    case PROP_ABOUT_WORTH_KNOWING:
      g_value_set_string (value, self->about_worth_knowing);
      break;

    case PROP_ABOUT_SUPPORTED_BY:
      g_value_set_string (value, self->about_supported_by);
      break;

    case PROP_STRENGTHS:
      g_value_set_string (value, self->strengths);
      break;

    case PROP_SUPPORT:
      g_value_set_string (value, self->support);
      break;

    case PROP_CONTINGENCY_TRIGGERS:
      g_value_set_string (value, self->contingency_triggers);
      break;

    case PROP_CONTINGENCY_WARNING_SIGNS:
      g_value_set_string (value, self->contingency_warning_signs);
      break;

    case PROP_CONTINGENCY_COPING:
      g_value_set_string (value, self->contingency_coping);
      break;

    case PROP_CONTINGENCY_ACTIONS:
      g_value_set_string (value, self->contingency_actions);
      break;

    case PROP_CONTINGENCY_CONTACTS:
      g_value_set_string (value, self->contingency_contacts);
      break;

    case PROP_AGREED_WITH:
      g_value_set_enum (value, self->agreed_with);
      break;

    case PROP_REPRESENTATIVE_NAME:
      g_value_set_string (value, self->representative_name);
      break;

    case PROP_REPRESENTATIVE_ROLE:
      g_value_set_string (value, self->representative_role);
      break;

    case PROP_AGREED_ON:
      g_value_set_string (value, self->agreed_on);
      break;

    case PROP_AGREED_HOW:
      g_value_set_string (value, self->agreed_how);
      break;

    case PROP_AGREED_BY_STAFF_ID:
      g_value_set_int64 (value, self->agreed_by_staff_id);
      break;

    case PROP_REVIEW_ON:
      g_value_set_string (value, self->review_on);
      break;

    case PROP_REVIEW_STAFF_ID:
      g_value_set_int64 (value, self->review_staff_id);
      break;

    case PROP_PREPARED_BY_STAFF_ID:
      g_value_set_int64 (value, self->prepared_by_staff_id);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_version_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TandemPlanVersion *self = TANDEM_PLAN_VERSION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      tandem_plan_version_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      tandem_plan_version_set_number (self, g_value_get_int (value));
      break;

    case PROP_STATE:
      tandem_plan_version_set_state (self, g_value_get_enum (value));
      break;

    case PROP_IS_REVIEW:
      tandem_plan_version_set_is_review (self, g_value_get_boolean (value));
      break;

    case PROP_ABOUT_IMPORTANT:
      tandem_plan_version_set_about_important (self, g_value_get_string (value));
      break;

    case PROP_ABOUT_PEOPLE:
      tandem_plan_version_set_about_people (self, g_value_get_string (value));
      break;

    case PROP_ABOUT_COMMUNICATION:
      tandem_plan_version_set_about_communication (self, g_value_get_string (value));
      break;

    case PROP_ABOUT_WELLNESS:
      tandem_plan_version_set_about_wellness (self, g_value_get_string (value));
      break;

    case PROP_ABOUT_DO_DONT:
      tandem_plan_version_set_about_do_dont (self, g_value_get_string (value));
      break;

    case PROP_ABOUT_SUPPORT:
      tandem_plan_version_set_about_support (self, g_value_get_string (value));
      break;

    case PROP_ABOUT_WORTH_KNOWING:
      tandem_plan_version_set_about_worth_knowing (self, g_value_get_string (value));
      break;

    case PROP_ABOUT_SUPPORTED_BY:
      tandem_plan_version_set_about_supported_by (self, g_value_get_string (value));
      break;

    case PROP_STRENGTHS:
      tandem_plan_version_set_strengths (self, g_value_get_string (value));
      break;

    case PROP_SUPPORT:
      tandem_plan_version_set_support (self, g_value_get_string (value));
      break;

    case PROP_CONTINGENCY_TRIGGERS:
      tandem_plan_version_set_contingency_triggers (self, g_value_get_string (value));
      break;

    case PROP_CONTINGENCY_WARNING_SIGNS:
      tandem_plan_version_set_contingency_warning_signs (self, g_value_get_string (value));
      break;

    case PROP_CONTINGENCY_COPING:
      tandem_plan_version_set_contingency_coping (self, g_value_get_string (value));
      break;

    case PROP_CONTINGENCY_ACTIONS:
      tandem_plan_version_set_contingency_actions (self, g_value_get_string (value));
      break;

    case PROP_CONTINGENCY_CONTACTS:
      tandem_plan_version_set_contingency_contacts (self, g_value_get_string (value));
      break;

    case PROP_AGREED_WITH:
      tandem_plan_version_set_agreed_with (self, g_value_get_enum (value));
      break;

    case PROP_REPRESENTATIVE_NAME:
      tandem_plan_version_set_representative_name (self, g_value_get_string (value));
      break;

    case PROP_REPRESENTATIVE_ROLE:
      tandem_plan_version_set_representative_role (self, g_value_get_string (value));
      break;

    case PROP_AGREED_ON:
      tandem_plan_version_set_agreed_on (self, g_value_get_string (value));
      break;

    case PROP_AGREED_HOW:
      tandem_plan_version_set_agreed_how (self, g_value_get_string (value));
      break;

    case PROP_AGREED_BY_STAFF_ID:
      tandem_plan_version_set_agreed_by_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_REVIEW_ON:
      tandem_plan_version_set_review_on (self, g_value_get_string (value));
      break;

    case PROP_REVIEW_STAFF_ID:
      tandem_plan_version_set_review_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_PREPARED_BY_STAFF_ID:
      tandem_plan_version_set_prepared_by_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_LANGUAGE:
      tandem_plan_version_set_language (self, g_value_get_string (value));
      break;

    case PROP_FORMAT:
      tandem_plan_version_set_format (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_version_class_init (TandemPlanVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_plan_version_finalize;
  object_class->get_property = tandem_plan_version_get_property;
  object_class->set_property = tandem_plan_version_set_property;

  /* The person the plan is for. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* 1 for the first version, 2 for the first review, and so on. */
  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL,
                      0, 100000, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Draft or agreed. */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       TANDEM_TYPE_PLAN_STATE,
                       TANDEM_PLAN_DRAFT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether this version was started as a review of the one before. */
  properties[PROP_IS_REVIEW] =
    g_param_spec_boolean ("is-review", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What is most important to me. */
  properties[PROP_ABOUT_IMPORTANT] =
    g_param_spec_string ("about-important", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* People who are important to me. */
  properties[PROP_ABOUT_PEOPLE] =
    g_param_spec_string ("about-people", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How I communicate and how to communicate with me. */
  properties[PROP_ABOUT_COMMUNICATION] =
    g_param_spec_string ("about-communication", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* My wellness. */
  properties[PROP_ABOUT_WELLNESS] =
    g_param_spec_string ("about-wellness", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Please do and please don't. */
  properties[PROP_ABOUT_DO_DONT] =
    g_param_spec_string ("about-do-dont", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How and when to support me. */
  properties[PROP_ABOUT_SUPPORT] =
    g_param_spec_string ("about-support", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Also worth knowing about me. */
  properties[PROP_ABOUT_WORTH_KNOWING] =
    g_param_spec_string ("about-worth-knowing", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who supported me to write this. */
  properties[PROP_ABOUT_SUPPORTED_BY] =
    g_param_spec_string ("about-supported-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What the person is good at and what helps them. */
  properties[PROP_STRENGTHS] =
    g_param_spec_string ("strengths", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Support connected: groups, services and people. */
  properties[PROP_SUPPORT] =
    g_param_spec_string ("support", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What might make things worse. */
  properties[PROP_CONTINGENCY_TRIGGERS] =
    g_param_spec_string ("contingency-triggers", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Early warning signs. */
  properties[PROP_CONTINGENCY_WARNING_SIGNS] =
    g_param_spec_string ("contingency-warning-signs", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What helps me cope. */
  properties[PROP_CONTINGENCY_COPING] =
    g_param_spec_string ("contingency-coping", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What should happen if things get worse. */
  properties[PROP_CONTINGENCY_ACTIONS] =
    g_param_spec_string ("contingency-actions", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who to contact, with their numbers. */
  properties[PROP_CONTINGENCY_CONTACTS] =
    g_param_spec_string ("contingency-contacts", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the person or a representative agreed the plan. */
  properties[PROP_AGREED_WITH] =
    g_param_spec_enum ("agreed-with", NULL, NULL,
                       TANDEM_TYPE_PLAN_AGREED_WITH,
                       TANDEM_PLAN_AGREED_WITH_PERSON,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The representative who agreed the plan. */
  properties[PROP_REPRESENTATIVE_NAME] =
    g_param_spec_string ("representative-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How the representative is related to the person. */
  properties[PROP_REPRESENTATIVE_ROLE] =
    g_param_spec_string ("representative-role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The date the plan was agreed, YYYY-MM-DD. */
  properties[PROP_AGREED_ON] =
    g_param_spec_string ("agreed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How the plan was agreed. */
  properties[PROP_AGREED_HOW] =
    g_param_spec_string ("agreed-how", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The member of staff who recorded the agreement. */
  properties[PROP_AGREED_BY_STAFF_ID] =
    g_param_spec_int64 ("agreed-by-staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Planned review date, YYYY-MM-DD. */
  properties[PROP_REVIEW_ON] =
    g_param_spec_string ("review-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who is responsible for the review. */
  properties[PROP_REVIEW_STAFF_ID] =
    g_param_spec_int64 ("review-staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who prepared the plan with the person. */
  properties[PROP_PREPARED_BY_STAFF_ID] =
    g_param_spec_int64 ("prepared-by-staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The language the plan is written and printed in, a BCP 47 tag. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The accessible format the person needs. */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       TANDEM_TYPE_PLAN_FORMAT,
                       TANDEM_PLAN_FORMAT_STANDARD,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_plan_version_init (TandemPlanVersion *self)
{
  self->state = TANDEM_PLAN_DRAFT;
  self->agreed_with = TANDEM_PLAN_AGREED_WITH_PERSON;
  self->format = TANDEM_PLAN_FORMAT_STANDARD;
}

TandemPlanVersion *
tandem_plan_version_new (void)
{
  return g_object_new (TANDEM_TYPE_PLAN_VERSION, NULL);
}

gint64
tandem_plan_version_get_person_id (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->person_id;
}

void
tandem_plan_version_set_person_id (TandemPlanVersion *self,
                                   gint64             person_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->person_id == person_id)
    return;

  self->person_id = person_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

int
tandem_plan_version_get_number (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->number;
}

void
tandem_plan_version_set_number (TandemPlanVersion *self,
                                int                number)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->number == number)
    return;

  self->number = number;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

TandemPlanState
tandem_plan_version_get_state (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->state;
}

void
tandem_plan_version_set_state (TandemPlanVersion *self,
                               TandemPlanState    state)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->state == state)
    return;

  self->state = state;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

gboolean
tandem_plan_version_get_is_review (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), FALSE);

  return self->is_review;
}

void
tandem_plan_version_set_is_review (TandemPlanVersion *self,
                                   gboolean           is_review)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  is_review = !!is_review;

  if (self->is_review == is_review)
    return;

  self->is_review = is_review;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_REVIEW]);
}

const char *
tandem_plan_version_get_about_important (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_important;
}

void
tandem_plan_version_set_about_important (TandemPlanVersion *self,
                                         const char        *about_important)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_important, about_important) == 0)
    return;

  g_free (self->about_important);
  self->about_important = g_strdup (about_important);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_IMPORTANT]);
}

const char *
tandem_plan_version_get_about_people (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_people;
}

void
tandem_plan_version_set_about_people (TandemPlanVersion *self,
                                      const char        *about_people)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_people, about_people) == 0)
    return;

  g_free (self->about_people);
  self->about_people = g_strdup (about_people);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_PEOPLE]);
}

const char *
tandem_plan_version_get_about_communication (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_communication;
}

void
tandem_plan_version_set_about_communication (TandemPlanVersion *self,
                                             const char        *about_communication)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_communication, about_communication) == 0)
    return;

  g_free (self->about_communication);
  self->about_communication = g_strdup (about_communication);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_COMMUNICATION]);
}

const char *
tandem_plan_version_get_about_wellness (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_wellness;
}

void
tandem_plan_version_set_about_wellness (TandemPlanVersion *self,
                                        const char        *about_wellness)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_wellness, about_wellness) == 0)
    return;

  g_free (self->about_wellness);
  self->about_wellness = g_strdup (about_wellness);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_WELLNESS]);
}

const char *
tandem_plan_version_get_about_do_dont (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_do_dont;
}

void
tandem_plan_version_set_about_do_dont (TandemPlanVersion *self,
                                       const char        *about_do_dont)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_do_dont, about_do_dont) == 0)
    return;

  g_free (self->about_do_dont);
  self->about_do_dont = g_strdup (about_do_dont);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_DO_DONT]);
}

const char *
tandem_plan_version_get_about_support (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_support;
}

void
tandem_plan_version_set_about_support (TandemPlanVersion *self,
                                       const char        *about_support)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_support, about_support) == 0)
    return;

  g_free (self->about_support);
  self->about_support = g_strdup (about_support);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_SUPPORT]);
}

const char *
tandem_plan_version_get_about_worth_knowing (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_worth_knowing;
}

void
tandem_plan_version_set_about_worth_knowing (TandemPlanVersion *self,
                                             const char        *about_worth_knowing)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_worth_knowing, about_worth_knowing) == 0)
    return;

  g_free (self->about_worth_knowing);
  self->about_worth_knowing = g_strdup (about_worth_knowing);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_WORTH_KNOWING]);
}

const char *
tandem_plan_version_get_about_supported_by (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->about_supported_by;
}

void
tandem_plan_version_set_about_supported_by (TandemPlanVersion *self,
                                            const char        *about_supported_by)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->about_supported_by, about_supported_by) == 0)
    return;

  g_free (self->about_supported_by);
  self->about_supported_by = g_strdup (about_supported_by);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_SUPPORTED_BY]);
}

const char *
tandem_plan_version_get_strengths (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->strengths;
}

void
tandem_plan_version_set_strengths (TandemPlanVersion *self,
                                   const char        *strengths)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->strengths, strengths) == 0)
    return;

  g_free (self->strengths);
  self->strengths = g_strdup (strengths);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTHS]);
}

const char *
tandem_plan_version_get_support (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->support;
}

void
tandem_plan_version_set_support (TandemPlanVersion *self,
                                 const char        *support)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->support, support) == 0)
    return;

  g_free (self->support);
  self->support = g_strdup (support);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPORT]);
}

const char *
tandem_plan_version_get_contingency_triggers (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->contingency_triggers;
}

void
tandem_plan_version_set_contingency_triggers (TandemPlanVersion *self,
                                              const char        *contingency_triggers)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->contingency_triggers, contingency_triggers) == 0)
    return;

  g_free (self->contingency_triggers);
  self->contingency_triggers = g_strdup (contingency_triggers);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENCY_TRIGGERS]);
}

const char *
tandem_plan_version_get_contingency_warning_signs (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->contingency_warning_signs;
}

void
tandem_plan_version_set_contingency_warning_signs (TandemPlanVersion *self,
                                                   const char        *contingency_warning_signs)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->contingency_warning_signs, contingency_warning_signs) == 0)
    return;

  g_free (self->contingency_warning_signs);
  self->contingency_warning_signs = g_strdup (contingency_warning_signs);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENCY_WARNING_SIGNS]);
}

const char *
tandem_plan_version_get_contingency_coping (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->contingency_coping;
}

void
tandem_plan_version_set_contingency_coping (TandemPlanVersion *self,
                                            const char        *contingency_coping)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->contingency_coping, contingency_coping) == 0)
    return;

  g_free (self->contingency_coping);
  self->contingency_coping = g_strdup (contingency_coping);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENCY_COPING]);
}

const char *
tandem_plan_version_get_contingency_actions (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->contingency_actions;
}

void
tandem_plan_version_set_contingency_actions (TandemPlanVersion *self,
                                             const char        *contingency_actions)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->contingency_actions, contingency_actions) == 0)
    return;

  g_free (self->contingency_actions);
  self->contingency_actions = g_strdup (contingency_actions);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENCY_ACTIONS]);
}

const char *
tandem_plan_version_get_contingency_contacts (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->contingency_contacts;
}

void
tandem_plan_version_set_contingency_contacts (TandemPlanVersion *self,
                                              const char        *contingency_contacts)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->contingency_contacts, contingency_contacts) == 0)
    return;

  g_free (self->contingency_contacts);
  self->contingency_contacts = g_strdup (contingency_contacts);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINGENCY_CONTACTS]);
}

TandemPlanAgreedWith
tandem_plan_version_get_agreed_with (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->agreed_with;
}

void
tandem_plan_version_set_agreed_with (TandemPlanVersion    *self,
                                     TandemPlanAgreedWith  agreed_with)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->agreed_with == agreed_with)
    return;

  self->agreed_with = agreed_with;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_WITH]);
}

const char *
tandem_plan_version_get_representative_name (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->representative_name;
}

void
tandem_plan_version_set_representative_name (TandemPlanVersion *self,
                                             const char        *representative_name)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->representative_name, representative_name) == 0)
    return;

  g_free (self->representative_name);
  self->representative_name = g_strdup (representative_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTATIVE_NAME]);
}

const char *
tandem_plan_version_get_representative_role (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->representative_role;
}

void
tandem_plan_version_set_representative_role (TandemPlanVersion *self,
                                             const char        *representative_role)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->representative_role, representative_role) == 0)
    return;

  g_free (self->representative_role);
  self->representative_role = g_strdup (representative_role);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTATIVE_ROLE]);
}

const char *
tandem_plan_version_get_agreed_on (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->agreed_on;
}

void
tandem_plan_version_set_agreed_on (TandemPlanVersion *self,
                                   const char        *agreed_on)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->agreed_on, agreed_on) == 0)
    return;

  g_free (self->agreed_on);
  self->agreed_on = g_strdup (agreed_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_ON]);
}

const char *
tandem_plan_version_get_agreed_how (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->agreed_how;
}

void
tandem_plan_version_set_agreed_how (TandemPlanVersion *self,
                                    const char        *agreed_how)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->agreed_how, agreed_how) == 0)
    return;

  g_free (self->agreed_how);
  self->agreed_how = g_strdup (agreed_how);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_HOW]);
}

gint64
tandem_plan_version_get_agreed_by_staff_id (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->agreed_by_staff_id;
}

void
tandem_plan_version_set_agreed_by_staff_id (TandemPlanVersion *self,
                                            gint64             agreed_by_staff_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->agreed_by_staff_id == agreed_by_staff_id)
    return;

  self->agreed_by_staff_id = agreed_by_staff_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREED_BY_STAFF_ID]);
}

const char *
tandem_plan_version_get_review_on (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->review_on;
}

void
tandem_plan_version_set_review_on (TandemPlanVersion *self,
                                   const char        *review_on)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->review_on, review_on) == 0)
    return;

  g_free (self->review_on);
  self->review_on = g_strdup (review_on);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ON]);
}

gint64
tandem_plan_version_get_review_staff_id (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->review_staff_id;
}

void
tandem_plan_version_set_review_staff_id (TandemPlanVersion *self,
                                         gint64             review_staff_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->review_staff_id == review_staff_id)
    return;

  self->review_staff_id = review_staff_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_STAFF_ID]);
}

gint64
tandem_plan_version_get_prepared_by_staff_id (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->prepared_by_staff_id;
}

void
tandem_plan_version_set_prepared_by_staff_id (TandemPlanVersion *self,
                                              gint64             prepared_by_staff_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->prepared_by_staff_id == prepared_by_staff_id)
    return;

  self->prepared_by_staff_id = prepared_by_staff_id;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREPARED_BY_STAFF_ID]);
}

const char *
tandem_plan_version_get_language (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), NULL);

  return self->language;
}

void
tandem_plan_version_set_language (TandemPlanVersion *self,
                                  const char        *language)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

TandemPlanFormat
tandem_plan_version_get_format (TandemPlanVersion *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (self), 0);

  return self->format;
}

void
tandem_plan_version_set_format (TandemPlanVersion *self,
                                TandemPlanFormat   format)
{
  g_return_if_fail (TANDEM_IS_PLAN_VERSION (self));

  if (self->format == format)
    return;

  self->format = format;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}
