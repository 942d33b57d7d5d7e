/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-competency-review"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-competency-review.h"
#include "tandem-date.h"

/* A review of a worker's competence: who reviewed them, when, against which framework, and a
 * rating of each of its competencies with the evidence for it. The ratings are a property of
 * their own, copied whole, so tandem_record_copy() keeps them for undo. */
struct _TandemCompetencyReview
{
  TandemRecord parent_instance;

  gint64     staff_id;
  gint64     reviewer_id;
  gint64     framework_id;
  char      *reviewed_on;
  char      *note;
  GPtrArray *ratings;    /* TandemCompetencyRating, in the order they were set */
};

G_DEFINE_FINAL_TYPE (TandemCompetencyReview, tandem_competency_review, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_REVIEWER_ID,
  PROP_FRAMEWORK_ID,
  PROP_REVIEWED_ON,
  PROP_NOTE,
  PROP_RATINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rating_free (gpointer data)
{
  TandemCompetencyRating *rating = data;

  g_free (rating->evidence);
  g_free (rating->note);
  g_free (rating);
}

static TandemCompetencyRating *
rating_new (gint64      competency_id,
            int         level,
            const char *evidence,
            const char *note)
{
  TandemCompetencyRating *rating = g_new0 (TandemCompetencyRating, 1);

  rating->competency_id = competency_id;
  rating->level = level;
  rating->evidence = g_strdup (evidence ? evidence : "");
  rating->note = g_strdup (note ? note : "");
  return rating;
}

void
tandem_competency_series_free (TandemCompetencySeries *series)
{
  if (series == NULL)
    return;

  g_clear_pointer (&series->points, g_array_unref);
  g_free (series);
}

static void
tandem_competency_review_finalize (GObject *object)
{
  TandemCompetencyReview *self = (TandemCompetencyReview *) object;

  g_clear_pointer (&self->reviewed_on, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_competency_review_parent_class)->finalize (object);
}

static void
tandem_competency_review_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TandemCompetencyReview *self = TANDEM_COMPETENCY_REVIEW (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_REVIEWER_ID:
      g_value_set_int64 (value, self->reviewer_id);
      break;

    case PROP_FRAMEWORK_ID:
      g_value_set_int64 (value, self->framework_id);
      break;

    case PROP_REVIEWED_ON:
      g_value_set_string (value, self->reviewed_on);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_RATINGS:
      g_value_set_boxed (value, self->ratings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_competency_review_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TandemCompetencyReview *self = TANDEM_COMPETENCY_REVIEW (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      tandem_competency_review_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_REVIEWER_ID:
      tandem_competency_review_set_reviewer_id (self, g_value_get_int64 (value));
      break;

    case PROP_FRAMEWORK_ID:
      tandem_competency_review_set_framework_id (self, g_value_get_int64 (value));
      break;

    case PROP_REVIEWED_ON:
      tandem_competency_review_set_reviewed_on (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      tandem_competency_review_set_note (self, g_value_get_string (value));
      break;

    case PROP_RATINGS:
      tandem_competency_review_set_ratings (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_competency_review_class_init (TandemCompetencyReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_competency_review_finalize;
  object_class->get_property = tandem_competency_review_get_property;
  object_class->set_property = tandem_competency_review_set_property;

  /* The worker reviewed. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REVIEWER_ID] =
    g_param_spec_int64 ("reviewer-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_int64 ("framework-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REVIEWED_ON] =
    g_param_spec_string ("reviewed-on", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* TandemCompetencyRating; setting it copies them. */
  properties[PROP_RATINGS] =
    g_param_spec_boxed ("ratings", NULL, NULL, G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_competency_review_init (TandemCompetencyReview *self)
{
  self->ratings = g_ptr_array_new_with_free_func (rating_free);
}

TandemCompetencyReview *
tandem_competency_review_new (void)
{
  return g_object_new (TANDEM_TYPE_COMPETENCY_REVIEW, NULL);
}

static void
set_id (TandemCompetencyReview *self,
        gint64                 *field,
        gint64                  value,
        guint                   prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_string (TandemCompetencyReview  *self,
            char                   **field,
            const char              *value,
            guint                    prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
tandem_competency_review_get_staff_id (TandemCompetencyReview *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), 0);
  return self->staff_id;
}

void
tandem_competency_review_set_staff_id (TandemCompetencyReview *self,
                                       gint64                  staff_id)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self));
  set_id (self, &self->staff_id, staff_id, PROP_STAFF_ID);
}

gint64
tandem_competency_review_get_reviewer_id (TandemCompetencyReview *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), 0);
  return self->reviewer_id;
}

void
tandem_competency_review_set_reviewer_id (TandemCompetencyReview *self,
                                          gint64                  reviewer_id)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self));
  set_id (self, &self->reviewer_id, reviewer_id, PROP_REVIEWER_ID);
}

gint64
tandem_competency_review_get_framework_id (TandemCompetencyReview *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), 0);
  return self->framework_id;
}

void
tandem_competency_review_set_framework_id (TandemCompetencyReview *self,
                                           gint64                  framework_id)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self));
  set_id (self, &self->framework_id, framework_id, PROP_FRAMEWORK_ID);
}

const char *
tandem_competency_review_get_reviewed_on (TandemCompetencyReview *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), NULL);
  return self->reviewed_on;
}

void
tandem_competency_review_set_reviewed_on (TandemCompetencyReview *self,
                                          const char             *reviewed_on)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self));
  set_string (self, &self->reviewed_on, reviewed_on, PROP_REVIEWED_ON);
}

const char *
tandem_competency_review_get_note (TandemCompetencyReview *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), NULL);
  return self->note;
}

void
tandem_competency_review_set_note (TandemCompetencyReview *self,
                                   const char             *note)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self));
  set_string (self, &self->note, note, PROP_NOTE);
}

/**
 * tandem_competency_review_get_ratings:
 *
 * Returns: (transfer none) (element-type TandemCompetencyRating): the ratings
 */
GPtrArray *
tandem_competency_review_get_ratings (TandemCompetencyReview *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), NULL);
  return self->ratings;
}

/**
 * tandem_competency_review_set_ratings:
 * @ratings: (nullable) (element-type TandemCompetencyRating): copied
 */
void
tandem_competency_review_set_ratings (TandemCompetencyReview *self,
                                      GPtrArray              *ratings)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self));

  if (ratings == self->ratings)
    return;

  g_ptr_array_set_size (self->ratings, 0);
  for (guint i = 0; ratings != NULL && i < ratings->len; i++)
    {
      TandemCompetencyRating *rating = g_ptr_array_index (ratings, i);

      g_ptr_array_add (self->ratings, rating_new (rating->competency_id, rating->level,
                                                  rating->evidence, rating->note));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATINGS]);
}

/* Rates a competency, replacing any rating it had. */
void
tandem_competency_review_set_rating (TandemCompetencyReview *self,
                                     gint64                  competency_id,
                                     int                     level,
                                     const char             *evidence,
                                     const char             *note)
{
  g_return_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self));

  for (guint i = 0; i < self->ratings->len; i++)
    {
      TandemCompetencyRating *rating = g_ptr_array_index (self->ratings, i);

      if (rating->competency_id == competency_id)
        {
          g_ptr_array_index (self->ratings, i) = rating_new (competency_id, level, evidence, note);
          rating_free (rating);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATINGS]);
          return;
        }
    }

  g_ptr_array_add (self->ratings, rating_new (competency_id, level, evidence, note));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATINGS]);
}

/* Returns: (nullable): how the review rated the competency, if it did */
const TandemCompetencyRating *
tandem_competency_review_find_rating (TandemCompetencyReview *self,
                                      gint64                  competency_id)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), NULL);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      TandemCompetencyRating *rating = g_ptr_array_index (self->ratings, i);

      if (rating->competency_id == competency_id)
        return rating;
    }

  return NULL;
}

/**
 * tandem_competency_review_rating_key:
 *
 * Returns: (transfer full): the name a rating's messages are kept under in the @errors of
 *   tandem_competency_review_check(), like "rating-12"
 */
char *
tandem_competency_review_rating_key (gint64 competency_id)
{
  return g_strdup_printf ("rating-%" G_GINT64_FORMAT, competency_id);
}

static void
add_error (GHashTable *errors,
           const char *key,
           const char *message)
{
  if (errors != NULL && !g_hash_table_contains (errors, key))
    g_hash_table_insert (errors, g_strdup (key), g_strdup (message));
}

static gboolean
check_ratings (TandemCompetencyReview    *self,
               TandemCompetencyFramework *framework,
               GHashTable                *errors)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < tandem_competency_framework_get_n_competencies (framework); i++)
    {
      const TandemCompetency *competency = tandem_competency_framework_get_competency (framework, i);
      const TandemCompetencyRating *rating = tandem_competency_review_find_rating (self,
                                                                                   competency->id);
      g_autofree char *key = tandem_competency_review_rating_key (competency->id);
      const char *name = tandem_competency_framework_get_competency_name (framework, competency);

      if (rating == NULL)
        {
          /* Translators: %s is a competency, such as “Promoting autonomy” */
          g_autofree char *message = g_strdup_printf (_("Rate “%s”: every competency of the "
                                                        "framework needs a level"), name);
          add_error (errors, key, message);
          ok = FALSE;
        }
      else if (!tandem_competency_framework_has_level (framework, rating->level))
        {
          /* Translators: %s is a competency, %d the top of the scale */
          g_autofree char *message = g_strdup_printf (_("The level of “%s” is not on the "
                                                        "framework’s scale: choose one from 0 "
                                                        "to %d"),
                                                      name,
                                                      tandem_competency_framework_get_max_level (framework));
          add_error (errors, key, message);
          ok = FALSE;
        }
    }

  for (guint i = 0; i < self->ratings->len; i++)
    {
      TandemCompetencyRating *rating = g_ptr_array_index (self->ratings, i);

      if (tandem_competency_framework_find_competency (framework, rating->competency_id) == NULL)
        {
          add_error (errors, "ratings", _("A rating is of a competency the framework does not "
                                          "have"));
          ok = FALSE;
        }
    }

  return ok;
}

/**
 * tandem_competency_review_check:
 * @framework: the framework the review rates against
 * @today: no review is dated after it
 * @errors: (nullable): property name, or tandem_competency_review_rating_key(), to message
 *
 * Returns: %TRUE if the review can be saved
 */
gboolean
tandem_competency_review_check (TandemCompetencyReview    *self,
                                TandemCompetencyFramework *framework,
                                const GDate               *today,
                                GHashTable                *errors)
{
  gboolean ok = TRUE;
  GDate date;

  g_return_val_if_fail (TANDEM_IS_COMPETENCY_REVIEW (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_COMPETENCY_FRAMEWORK (framework), FALSE);

  if (self->staff_id == 0)
    {
      add_error (errors, "staff-id", _("Choose whose competence this review is of"));
      ok = FALSE;
    }

  if (!tandem_date_from_iso (self->reviewed_on, &date))
    {
      add_error (errors, "reviewed-on", _("Give the date of the review"));
      ok = FALSE;
    }
  else if (g_date_compare (&date, today) > 0)
    {
      add_error (errors, "reviewed-on", _("A review cannot be dated in the future"));
      ok = FALSE;
    }

  if (self->framework_id != tandem_record_get_id (framework))
    {
      add_error (errors, "framework-id", _("The review is not of this framework"));
      ok = FALSE;
    }

  return check_ratings (self, framework, errors) && ok;
}
