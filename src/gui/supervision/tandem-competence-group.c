/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-competence-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-competence-group.h"
#include "tandem-competency-chart.h"
#include "tandem-date.h"
#include "tandem-gui-util.h"
#include "tandem-review-editor.h"

/* A worker's competence: a row per competency of their latest review, saying its level and
 * how it changed, with a chart of it over time; then every review, to correct or delete.
 * What is shown is what the store lets the current member of staff read, so it is reread
 * whenever supervision records or the viewer change. */
struct _TandemCompetenceGroup
{
  AdwPreferencesGroup  parent_instance;

  TandemSession       *session;
  gint64               staff_id;
  GPtrArray           *reviews;       /* TandemCompetencyReview, the newest first */
  GPtrArray           *frameworks;    /* TandemCompetencyFramework */
  GPtrArray           *rows;          /* rows this group added */
  GPtrArray           *charts;        /* TandemCompetencyChart, by competency */
  gboolean             history_expanded;

  GtkWidget           *add_button;
};

G_DEFINE_FINAL_TYPE (TandemCompetenceGroup, tandem_competence_group, ADW_TYPE_PREFERENCES_GROUP)

static TandemStore *
get_store (TandemCompetenceGroup *self)
{
  return tandem_session_get_store (self->session);
}

static GtkWindow *
get_window (TandemCompetenceGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static TandemCompetencyReview *
find_review (TandemCompetenceGroup *self,
             gint64                 id)
{
  for (guint i = 0; self->reviews != NULL && i < self->reviews->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (self->reviews, i)) == id)
        return g_ptr_array_index (self->reviews, i);
    }

  return NULL;
}

static TandemCompetencyFramework *
find_framework (TandemCompetenceGroup *self,
                gint64                 id)
{
  for (guint i = 0; self->frameworks != NULL && i < self->frameworks->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (self->frameworks, i)) == id)
        return g_ptr_array_index (self->frameworks, i);
    }

  return NULL;
}

static void
add_row (TandemCompetenceGroup *self,
         GtkWidget             *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (TandemCompetenceGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));

  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->charts, 0);
}

static void
add_message_row (TandemCompetenceGroup *self,
                 const char            *title,
                 const char            *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "dim-label");
  add_row (self, row);
}

static const char *
staff_name (TandemCompetenceGroup *self,
            gint64                 id)
{
  TandemStaff *staff = tandem_team_find_staff (tandem_session_get_team (self->session), id);

  return staff != NULL ? tandem_staff_get_name (staff) : NULL;
}

static char *
dup_level_text (TandemCompetencyFramework *framework,
                int                        level)
{
  const char *name = tandem_competency_framework_get_level_name (framework, level);

  /* Translators: a level of a competency scale: its number and name, like “3 · Competent” */
  return g_strdup_printf (_("%d · %s"), level, name ? name : "");
}

/* "3 · Competent", and how that compares with the review before. */
static char *
dup_competency_subtitle (TandemCompetencyFramework *framework,
                         TandemCompetencySeries    *series)
{
  TandemCompetencyPoint *points = (TandemCompetencyPoint *) series->points->data;
  guint n = series->points->len;
  g_autofree char *latest = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *day = NULL;

  if (n == 0)
    return g_strdup (_("Not rated yet"));

  latest = dup_level_text (framework, points[n - 1].level);
  if (n == 1)
    return g_steal_pointer (&latest);

  previous = dup_level_text (framework, points[n - 2].level);
  day = tandem_date_format (points[n - 2].reviewed_on);
  if (points[n - 1].level > points[n - 2].level)
    /* Translators: a competency's level now, then the level at the review before and its
     * date, like “3 · Competent, up from 2 · Advanced beginner on 4 Mar 2026” */
    return g_strdup_printf (_("%s, up from %s on %s"), latest, previous, day);
  if (points[n - 1].level < points[n - 2].level)
    /* Translators: as “up from”, for a level lower than at the review before */
    return g_strdup_printf (_("%s, down from %s on %s"), latest, previous, day);

  /* Translators: a competency's level, the same as at the review on the date given */
  return g_strdup_printf (_("%s, the same as on %s"), latest, day);
}

/* The chart in words, for those who cannot see it. */
static char *
dup_chart_description (TandemCompetencyFramework *framework,
                       TandemCompetencySeries    *series)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < series->points->len; i++)
    {
      TandemCompetencyPoint *point = &g_array_index (series->points, TandemCompetencyPoint, i);
      g_autofree char *level = dup_level_text (framework, point->level);
      g_autofree char *day = tandem_date_format (point->reviewed_on);

      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: a competency's level at a review and its date, like
       * “2 · Advanced beginner on 4 Mar 2026” */
      g_string_append_printf (text, _("%s on %s"), level, day);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_competency_row (TandemCompetenceGroup     *self,
                    TandemCompetencyFramework *framework,
                    TandemCompetencyReview    *latest,
                    TandemCompetencySeries    *series,
                    guint32                    first_day,
                    guint32                    last_day)
{
  const TandemCompetency *competency = tandem_competency_framework_find_competency (framework,
                                                                                    series->competency_id);
  const TandemCompetencyRating *rating = tandem_competency_review_find_rating (latest,
                                                                               series->competency_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *chart = tandem_competency_chart_new ();
  g_autofree char *subtitle = dup_competency_subtitle (framework, series);
  g_autofree char *description = dup_chart_description (framework, series);
  g_autofree char *full = NULL;
  const char *name = tandem_competency_framework_get_competency_name (framework, competency);

  if (rating != NULL && rating->evidence != NULL && rating->evidence[0] != '\0')
    full = g_strdup_printf ("%s\n%s", subtitle, rating->evidence);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), full ? full : subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  tandem_competency_chart_set_points (TANDEM_COMPETENCY_CHART (chart), series->points,
                                      tandem_competency_framework_get_max_level (framework),
                                      first_day, last_day);
  gtk_widget_set_tooltip_text (chart, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_set_margin_top (chart, 6);
  gtk_widget_set_margin_bottom (chart, 6);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chart);
  g_ptr_array_add (self->charts, chart);
  add_row (self, row);
}

/* The dates every chart spans, so their points line up down the page. */
static void
get_day_range (GPtrArray *history,
               guint32   *first_day,
               guint32   *last_day)
{
  *first_day = G_MAXUINT32;
  *last_day = 0;

  for (guint i = 0; i < history->len; i++)
    {
      TandemCompetencySeries *series = g_ptr_array_index (history, i);

      for (guint p = 0; p < series->points->len; p++)
        {
          guint32 day = g_array_index (series->points, TandemCompetencyPoint, p).day;

          *first_day = MIN (*first_day, day);
          *last_day = MAX (*last_day, day);
        }
    }

  if (*first_day > *last_day)
    *first_day = *last_day = 0;
}

static void
add_latest (TandemCompetenceGroup  *self,
            TandemCompetencyReview *latest)
{
  TandemCompetencyFramework *framework = find_framework (self,
                                                         tandem_competency_review_get_framework_id (latest));
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  guint32 first_day, last_day;

  if (framework == NULL)
    return;

  history = tandem_store_load_competency_history (get_store (self), self->staff_id,
                                                  tandem_record_get_id (framework), &error);
  if (history == NULL)
    {
      /* Translators: %s says what went wrong reading the database */
      g_autofree char *message = g_strdup_printf (_("The competency history cannot be shown: %s"),
                                                  error->message);

      add_message_row (self, message, NULL);
      return;
    }

  get_day_range (history, &first_day, &last_day);
  for (guint i = 0; i < history->len; i++)
    add_competency_row (self, framework, latest, g_ptr_array_index (history, i), first_day,
                        last_day);
}

static GtkWidget *
make_review_row (TandemCompetenceGroup  *self,
                 TandemCompetencyReview *review)
{
  GtkWidget *row = adw_action_row_new ();
  TandemCompetencyFramework *framework = find_framework (self,
                                                         tandem_competency_review_get_framework_id (review));
  g_autofree char *day = tandem_date_format (tandem_competency_review_get_reviewed_on (review));
  const char *reviewer = staff_name (self, tandem_competency_review_get_reviewer_id (review));
  const char *note = tandem_competency_review_get_note (review);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 id = tandem_record_get_id (review);

  /* Translators: a competency review: its date and who reviewed */
  title = reviewer ? g_strdup_printf (_("%s · %s"), day, reviewer) : g_strdup (day);
  subtitle = g_strdup_printf ("%s%s%s",
                              framework ? tandem_competency_framework_get_display_name (framework) : "",
                              note && note[0] ? "\n" : "", note ? note : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("document-edit-symbolic", _("Edit Review"),
                                                     "competence.edit", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("user-trash-symbolic", _("Delete Review"),
                                                     "competence.delete", id));
  return row;
}

static void
history_expanded_cb (TandemCompetenceGroup *self,
                     GParamSpec            *pspec,
                     GtkWidget             *row)
{
  self->history_expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row));
}

static void
add_history (TandemCompetenceGroup *self)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review", "%u reviews", self->reviews->len),
                     self->reviews->len);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Review History"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), self->history_expanded);
  for (guint i = 0; i < self->reviews->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              make_review_row (self, g_ptr_array_index (self->reviews, i)));

  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (history_expanded_cb), self,
                           G_CONNECT_SWAPPED);
  add_row (self, row);
}

static void
set_description (TandemCompetenceGroup  *self,
                 TandemCompetencyReview *latest)
{
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  const char *reviewer;

  if (latest == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
      return;
    }

  day = tandem_date_format (tandem_competency_review_get_reviewed_on (latest));
  reviewer = staff_name (self, tandem_competency_review_get_reviewer_id (latest));
  if (reviewer != NULL)
    /* Translators: the date of the latest competency review and who reviewed */
    text = g_strdup_printf (_("Latest review on %s by %s"), day, reviewer);
  else
    /* Translators: the date of the latest competency review */
    text = g_strdup_printf (_("Latest review on %s"), day);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), text);
}

static void
reload (TandemCompetenceGroup *self)
{
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  set_description (self, NULL);

  self->frameworks = tandem_store_list_competency_frameworks (get_store (self), &error);
  if (self->frameworks != NULL)
    self->reviews = tandem_store_list_competency_reviews (get_store (self), self->staff_id, &error);

  if (self->reviews == NULL)
    {
      /* Translators: %s says what went wrong reading the database */
      g_autofree char *message = g_strdup_printf (_("The competency reviews cannot be shown: %s"),
                                                  error->message);

      add_message_row (self, message, NULL);
      return;
    }

  if (self->reviews->len == 0)
    {
      add_message_row (self, _("No competency reviews yet"),
                       _("A review rates each competency with its evidence; after two, the "
                         "charts show how each has grown."));
      return;
    }

  set_description (self, g_ptr_array_index (self->reviews, 0));
  add_latest (self, g_ptr_array_index (self->reviews, 0));
  add_history (self);
}

static void
open_editor (TandemCompetenceGroup  *self,
             TandemCompetencyReview *review)
{
  g_autoptr(GError) error = NULL;
  TandemReviewEditor *editor = tandem_review_editor_new (get_window (self), self->session,
                                                         self->staff_id, review, &error);

  if (editor == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (TANDEM_COMPETENCE_GROUP (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemCompetenceGroup *self = TANDEM_COMPETENCE_GROUP (widget);
  TandemCompetencyReview *review = find_review (self, g_variant_get_int64 (parameter));

  if (review != NULL)
    open_editor (self, review);
}

/* Undo adds a deleted review again, with its ratings, as a new record. */
static gboolean
add_review_again (TandemStore  *store,
                  gpointer      review,
                  GError      **error)
{
  tandem_record_set_id (review, 0);
  return tandem_store_save_competency_review (store, review, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemCompetenceGroup *self = TANDEM_COMPETENCE_GROUP (widget);
  TandemCompetencyReview *review = find_review (self, g_variant_get_int64 (parameter));
  g_autoptr(TandemCompetencyReview) previous = NULL;
  g_autoptr(GError) error = NULL;

  if (review == NULL)
    return;

  previous = tandem_record_copy (review);
  if (!tandem_store_delete_competency_review (get_store (self), previous, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  tandem_toast_show_undo (GTK_WIDGET (self), _("Review deleted"), get_store (self), previous,
                          add_review_again);
}

static void
tandem_competence_group_dispose (GObject *object)
{
  TandemCompetenceGroup *self = (TandemCompetenceGroup *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->charts, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_competence_group_parent_class)->dispose (object);
}

static void
tandem_competence_group_class_init (TandemCompetenceGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_competence_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-competence-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCompetenceGroup, add_button);

  gtk_widget_class_install_action (widget_class, "competence.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "competence.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "competence.delete", "x", delete_action);
}

static void
tandem_competence_group_init (TandemCompetenceGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->charts = g_ptr_array_new ();
}

/**
 * tandem_competence_group_new:
 * @staff_id: the worker whose competence to show
 *
 * Returns: (transfer floating): the group, kept up to date with the store
 */
GtkWidget *
tandem_competence_group_new (TandemSession *session,
                             gint64         staff_id)
{
  TandemCompetenceGroup *self;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);

  self = g_object_new (TANDEM_TYPE_COMPETENCE_GROUP, NULL);
  self->session = g_object_ref (session);
  self->staff_id = staff_id;

  g_signal_connect_object (tandem_session_get_store (session), "supervision-changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  /* Reviews name who reviewed. */
  g_signal_connect_object (tandem_session_get_team (session), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);

  return GTK_WIDGET (self);
}

gint64
tandem_competence_group_get_staff_id (TandemCompetenceGroup *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCE_GROUP (self), 0);

  return self->staff_id;
}

/**
 * tandem_competence_group_get_reviews:
 *
 * Returns: (transfer none) (element-type TandemCompetencyReview) (nullable): the reviews
 *   shown, the newest first
 */
GPtrArray *
tandem_competence_group_get_reviews (TandemCompetenceGroup *self)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCE_GROUP (self), NULL);

  return self->reviews;
}

/**
 * tandem_competence_group_get_chart:
 * @index: a competency's place in the latest review's framework
 *
 * Returns: (transfer none) (nullable): its chart
 */
GtkWidget *
tandem_competence_group_get_chart (TandemCompetenceGroup *self,
                                   guint                  index)
{
  g_return_val_if_fail (TANDEM_IS_COMPETENCE_GROUP (self), NULL);

  return index < self->charts->len ? g_ptr_array_index (self->charts, index) : NULL;
}
