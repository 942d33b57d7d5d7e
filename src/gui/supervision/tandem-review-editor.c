/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-review-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-review-editor.h"

/* Recording a review of a worker's competence, or correcting one: the date, who reviewed,
 * an overall note, and for each competency of the framework a level from its scale with the
 * evidence for it and a note. A new review starts from the levels of the worker's latest
 * review of the same framework, since most competencies move a step at a time.
 *
 * The ratings are widgets of the editor's own, which take part in the draft and the messages
 * through TandemEditorWindow's read_widgets() and friends. */

typedef struct
{
  gint64     competency_id;
  GtkWidget *group;
  GtkWidget *level_row;
  GtkWidget *evidence_row;
  GtkWidget *note_row;
  char      *description;
} RatingRows;

struct _TandemReviewEditor
{
  TandemEditorWindow         parent_instance;

  TandemCompetencyReview    *review;
  GPtrArray                 *frameworks;   /* TandemCompetencyFramework to choose from */
  GPtrArray                 *others;       /* the worker's reviews, the newest first */
  TandemCompetencyFramework *framework;    /* the one rated against */
  TandemForm                *form;
  GtkWidget                 *framework_row;
  GtkWidget                 *ratings_box;
  GPtrArray                 *ratings;      /* RatingRows */
};

G_DEFINE_FINAL_TYPE (TandemReviewEditor, tandem_review_editor, TANDEM_TYPE_EDITOR_WINDOW)

static const char * const groups[] = {
  "",
  NULL
};

static const TandemFieldSpec fields[] = {
  { "reviewed-on", N_("Reviewed on (day/month/year)"), TANDEM_FIELD_DATE, 0 },
  { "reviewer-id", N_("Reviewed by"), TANDEM_FIELD_STAFF, 0 },
  { "note", N_("Overall note"), TANDEM_FIELD_LONG_TEXT, 0 },
};

static void
rating_rows_free (gpointer data)
{
  RatingRows *rows = data;

  g_free (rows->description);
  g_free (rows);
}

static char *
member_name (const char *prefix,
             gint64      competency_id)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT, prefix, competency_id);
}

static void
widget_changed_cb (TandemReviewEditor *self)
{
  tandem_editor_window_changed (TANDEM_EDITOR_WINDOW (self));
}

/* "3 · Competent": the number is how reviews and the portfolio speak of levels too. */
static GtkStringList *
make_levels (TandemCompetencyFramework *framework)
{
  GtkStringList *levels = gtk_string_list_new (NULL);

  gtk_string_list_append (levels, _("Not rated yet"));
  for (guint i = 0; i < tandem_competency_framework_get_n_levels (framework); i++)
    {
      int level = tandem_competency_framework_get_level (framework, i)->level;
      /* Translators: a level of a competency scale: its number and name, like “3 · Competent” */
      g_autofree char *label = g_strdup_printf (_("%d · %s"), level,
                                                tandem_competency_framework_get_level_name (framework,
                                                                                            level));

      gtk_string_list_append (levels, label);
    }

  return levels;
}

static RatingRows *
add_rating_rows (TandemReviewEditor     *self,
                 const TandemCompetency *competency)
{
  RatingRows *rows = g_new0 (RatingRows, 1);
  g_autoptr(GtkStringList) levels = make_levels (self->framework);

  rows->competency_id = competency->id;
  rows->description = g_strdup (competency->description);
  rows->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (rows->group),
                                   tandem_competency_framework_get_competency_name (self->framework,
                                                                                    competency));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (rows->group),
                                         competency->description);

  rows->level_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->level_row), _("Level"));
  adw_combo_row_set_model (ADW_COMBO_ROW (rows->level_row), G_LIST_MODEL (levels));
  rows->evidence_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->evidence_row), _("Evidence"));
  rows->note_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->note_row), _("Note"));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), rows->level_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), rows->evidence_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), rows->note_row);
  gtk_box_append (GTK_BOX (self->ratings_box), rows->group);

  g_signal_connect_object (rows->level_row, "notify::selected", G_CALLBACK (widget_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rows->evidence_row, "changed", G_CALLBACK (widget_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (rows->note_row, "changed", G_CALLBACK (widget_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return rows;
}

static int
level_index (TandemCompetencyFramework *framework,
             int                        level)
{
  for (guint i = 0; i < tandem_competency_framework_get_n_levels (framework); i++)
    {
      if (tandem_competency_framework_get_level (framework, i)->level == level)
        return i + 1;
    }

  return 0;
}

/* Shows @review's ratings, or with @levels_only only their levels. */
static void
show_ratings (TandemReviewEditor     *self,
              TandemCompetencyReview *review,
              gboolean                levels_only)
{
  for (guint i = 0; i < self->ratings->len; i++)
    {
      RatingRows *rows = g_ptr_array_index (self->ratings, i);
      const TandemCompetencyRating *rating =
        review ? tandem_competency_review_find_rating (review, rows->competency_id) : NULL;

      adw_combo_row_set_selected (ADW_COMBO_ROW (rows->level_row),
                                  rating ? level_index (self->framework, rating->level) : 0);
      if (levels_only)
        continue;
      gtk_editable_set_text (GTK_EDITABLE (rows->evidence_row), rating ? rating->evidence : "");
      gtk_editable_set_text (GTK_EDITABLE (rows->note_row), rating ? rating->note : "");
    }
}

static TandemCompetencyReview *
find_latest_review (TandemReviewEditor *self,
                    gint64              framework_id)
{
  for (guint i = 0; self->others != NULL && i < self->others->len; i++)
    {
      TandemCompetencyReview *other = g_ptr_array_index (self->others, i);

      if (tandem_competency_review_get_framework_id (other) == framework_id &&
          tandem_record_get_id (other) != tandem_record_get_id (self->review))
        return other;
    }

  return NULL;
}

static void
build_ratings (TandemReviewEditor *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->ratings, 0);
  while ((child = gtk_widget_get_first_child (self->ratings_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->ratings_box), child);

  for (guint i = 0; i < tandem_competency_framework_get_n_competencies (self->framework); i++)
    g_ptr_array_add (self->ratings,
                     add_rating_rows (self,
                                      tandem_competency_framework_get_competency (self->framework, i)));
}

static TandemCompetencyFramework *
find_framework (TandemReviewEditor *self,
                gint64              id)
{
  for (guint i = 0; i < self->frameworks->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (self->frameworks, i)) == id)
        return g_ptr_array_index (self->frameworks, i);
    }

  return NULL;
}

/* Rates against another framework: its competencies, with the levels last given in it. */
static void
use_framework (TandemReviewEditor        *self,
               TandemCompetencyFramework *framework)
{
  if (framework == NULL || framework == self->framework)
    return;

  self->framework = framework;
  tandem_competency_review_set_framework_id (self->review, tandem_record_get_id (framework));
  tandem_competency_review_set_ratings (self->review, NULL);
  build_ratings (self);
  show_ratings (self, find_latest_review (self, tandem_record_get_id (framework)), TRUE);
}

static void
framework_selected_cb (TandemReviewEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->framework_row));

  if (selected >= self->frameworks->len)
    return;

  use_framework (self, g_ptr_array_index (self->frameworks, selected));
  tandem_editor_window_changed (TANDEM_EDITOR_WINDOW (self));
}

/* Applies the ratings as chosen to the review; a competency not rated yet has none. */
static void
apply_ratings (TandemReviewEditor *self)
{
  g_autoptr(GPtrArray) ratings = g_ptr_array_new ();
  g_autoptr(GArray) storage = g_array_sized_new (FALSE, TRUE, sizeof (TandemCompetencyRating),
                                                 self->ratings->len);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      RatingRows *rows = g_ptr_array_index (self->ratings, i);
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (rows->level_row));
      TandemCompetencyRating rating = { 0 };

      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
          selected > tandem_competency_framework_get_n_levels (self->framework))
        continue;

      rating.competency_id = rows->competency_id;
      rating.level = tandem_competency_framework_get_level (self->framework, selected - 1)->level;
      rating.evidence = (char *) gtk_editable_get_text (GTK_EDITABLE (rows->evidence_row));
      rating.note = (char *) gtk_editable_get_text (GTK_EDITABLE (rows->note_row));
      g_array_append_val (storage, rating);
    }

  for (guint i = 0; i < storage->len; i++)
    g_ptr_array_add (ratings, &g_array_index (storage, TandemCompetencyRating, i));

  tandem_competency_review_set_ratings (self->review, ratings);
}

static void
tandem_review_editor_check (TandemEditorWindow *editor,
                            GHashTable         *errors)
{
  TandemReviewEditor *self = TANDEM_REVIEW_EDITOR (editor);
  GDate today;

  apply_ratings (self);
  tandem_date_set_today (&today);
  tandem_competency_review_check (self->review, self->framework, &today, errors);
}

static gboolean
tandem_review_editor_save (TandemEditorWindow  *editor,
                           GError             **error)
{
  TandemReviewEditor *self = TANDEM_REVIEW_EDITOR (editor);

  return tandem_store_save_competency_review (tandem_editor_window_get_store (editor),
                                              self->review, error);
}

static JsonObject *
tandem_review_editor_read_widgets (TandemEditorWindow *editor)
{
  TandemReviewEditor *self = TANDEM_REVIEW_EDITOR (editor);
  JsonObject *input = json_object_new ();

  json_object_set_int_member (input, "framework-id", tandem_record_get_id (self->framework));
  for (guint i = 0; i < self->ratings->len; i++)
    {
      RatingRows *rows = g_ptr_array_index (self->ratings, i);
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (rows->level_row));
      g_autofree char *rating = member_name ("rating", rows->competency_id);
      g_autofree char *evidence = member_name ("evidence", rows->competency_id);
      g_autofree char *note = member_name ("note", rows->competency_id);
      g_autofree char *level = NULL;

      /* Empty until rated, so "rate this" waits until the user tries to add the review. */
      if (selected > 0 && selected <= tandem_competency_framework_get_n_levels (self->framework))
        level = g_strdup_printf ("%d", tandem_competency_framework_get_level (self->framework,
                                                                              selected - 1)->level);
      json_object_set_string_member (input, rating, level ? level : "");
      json_object_set_string_member (input, evidence,
                                     gtk_editable_get_text (GTK_EDITABLE (rows->evidence_row)));
      json_object_set_string_member (input, note,
                                     gtk_editable_get_text (GTK_EDITABLE (rows->note_row)));
    }

  return input;
}

static void
tandem_review_editor_write_widgets (TandemEditorWindow *editor,
                                    JsonObject         *input)
{
  TandemReviewEditor *self = TANDEM_REVIEW_EDITOR (editor);
  gint64 framework_id = json_object_get_int_member_with_default (input, "framework-id", 0);
  TandemCompetencyFramework *framework = find_framework (self, framework_id);
  guint index;


  if (framework != NULL && self->framework_row != NULL &&
      g_ptr_array_find (self->frameworks, framework, &index))
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->framework_row), index);
  use_framework (self, framework);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      RatingRows *rows = g_ptr_array_index (self->ratings, i);
      g_autofree char *rating = member_name ("rating", rows->competency_id);
      g_autofree char *evidence = member_name ("evidence", rows->competency_id);
      g_autofree char *note = member_name ("note", rows->competency_id);
      const char *level = json_object_get_string_member_with_default (input, rating, "");

      adw_combo_row_set_selected (ADW_COMBO_ROW (rows->level_row),
                                  level[0] != '\0'
                                  ? level_index (self->framework, atoi (level)) : 0);
      gtk_editable_set_text (GTK_EDITABLE (rows->evidence_row),
                             json_object_get_string_member_with_default (input, evidence, ""));
      gtk_editable_set_text (GTK_EDITABLE (rows->note_row),
                             json_object_get_string_member_with_default (input, note, ""));
    }
}

static void
tandem_review_editor_show_widget_errors (TandemEditorWindow *editor,
                                         GHashTable         *errors)
{
  TandemReviewEditor *self = TANDEM_REVIEW_EDITOR (editor);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      RatingRows *rows = g_ptr_array_index (self->ratings, i);
      g_autofree char *key = member_name ("rating", rows->competency_id);
      const char *message = errors ? g_hash_table_lookup (errors, key) : NULL;

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (rows->group),
                                             message ? message : rows->description);
      if (message != NULL)
        gtk_widget_add_css_class (rows->level_row, "error");
      else
        gtk_widget_remove_css_class (rows->level_row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (rows->level_row), GTK_ACCESSIBLE_STATE_INVALID,
                                   message ? GTK_ACCESSIBLE_INVALID_TRUE
                                           : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
    }
}

static gboolean
tandem_review_editor_focus_widget_error (TandemEditorWindow *editor)
{
  TandemReviewEditor *self = TANDEM_REVIEW_EDITOR (editor);

  for (guint i = 0; i < self->ratings->len; i++)
    {
      RatingRows *rows = g_ptr_array_index (self->ratings, i);

      if (gtk_widget_has_css_class (rows->level_row, "error"))
        return gtk_widget_grab_focus (rows->level_row);
    }

  return FALSE;
}

static void
tandem_review_editor_dispose (GObject *object)
{
  TandemReviewEditor *self = (TandemReviewEditor *) object;

  g_clear_object (&self->review);
  g_clear_object (&self->form);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_clear_pointer (&self->others, g_ptr_array_unref);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);
  self->framework = NULL;

  G_OBJECT_CLASS (tandem_review_editor_parent_class)->dispose (object);
}

static void
tandem_review_editor_class_init (TandemReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_review_editor_dispose;
  editor_class->check = tandem_review_editor_check;
  editor_class->save = tandem_review_editor_save;
  editor_class->read_widgets = tandem_review_editor_read_widgets;
  editor_class->write_widgets = tandem_review_editor_write_widgets;
  editor_class->show_widget_errors = tandem_review_editor_show_widget_errors;
  editor_class->focus_widget_error = tandem_review_editor_focus_widget_error;
}

static void
tandem_review_editor_init (TandemReviewEditor *self)
{
  self->ratings = g_ptr_array_new_with_free_func (rating_rows_free);
  self->ratings_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
}

/* The frameworks in use, and the review's own even if it was retired since. */
static GPtrArray *
list_frameworks (TandemStore  *store,
                 gint64        keep_id,
                 GError      **error)
{
  g_autoptr(GPtrArray) all = tandem_store_list_competency_frameworks (store, error);
  GPtrArray *frameworks;

  if (all == NULL)
    return NULL;

  frameworks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      TandemCompetencyFramework *framework = g_ptr_array_index (all, i);

      if (!tandem_competency_framework_get_retired (framework) ||
          tandem_record_get_id (framework) == keep_id)
        g_ptr_array_add (frameworks, g_object_ref (framework));
    }

  return frameworks;
}

/* Several frameworks in use: a new review chooses which it rates against. */
static void
add_framework_chooser (TandemReviewEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *group;
  guint index = 0;

  for (guint i = 0; i < self->frameworks->len; i++)
    gtk_string_list_append (names,
                            tandem_competency_framework_get_display_name (g_ptr_array_index (self->frameworks, i)));

  group = adw_preferences_group_new ();
  self->framework_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->framework_row), _("Framework"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->framework_row), G_LIST_MODEL (names));
  g_ptr_array_find (self->frameworks, self->framework, &index);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->framework_row), index);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->framework_row);
  tandem_editor_window_add_widget (TANDEM_EDITOR_WINDOW (self), group);
  g_signal_connect_object (self->framework_row, "notify::selected",
                           G_CALLBACK (framework_selected_cb), self, G_CONNECT_SWAPPED);
}

static TandemCompetencyReview *
new_review (TandemReviewEditor *self,
            gint64              staff_id,
            TandemStaff        *current_staff)
{
  TandemCompetencyReview *review = tandem_competency_review_new ();
  g_autofree char *today = tandem_date_today_iso ();

  tandem_competency_review_set_staff_id (review, staff_id);
  tandem_competency_review_set_reviewed_on (review, today);
  if (current_staff != NULL && tandem_record_get_id (current_staff) != staff_id)
    tandem_competency_review_set_reviewer_id (review, tandem_record_get_id (current_staff));

  return review;
}

/* The framework of the worker's latest review if still in use, otherwise the first. */
static TandemCompetencyFramework *
default_framework (TandemReviewEditor *self)
{
  TandemCompetencyFramework *framework = NULL;

  if (self->others != NULL && self->others->len > 0)
    framework = find_framework (self,
                                tandem_competency_review_get_framework_id (g_ptr_array_index (self->others, 0)));

  if (framework == NULL && self->frameworks->len > 0)
    framework = g_ptr_array_index (self->frameworks, 0);

  return framework;
}

/**
 * tandem_review_editor_new:
 * @staff_id: the worker reviewed
 * @review: (nullable): the review to correct, or %NULL to add one
 *
 * Returns: (transfer none): the editor, or %NULL with @error set when the store cannot be
 *   read or there is no framework to rate against
 */
TandemReviewEditor *
tandem_review_editor_new (GtkWindow              *parent,
                          TandemSession          *session,
                          gint64                  staff_id,
                          TandemCompetencyReview  *review,
                          GError                 **error)
{
  TandemStore *store = tandem_session_get_store (session);
  TandemTeam *team = tandem_session_get_team (session);
  TandemReviewEditor *self;
  gboolean is_new = review == NULL;

  self = g_object_new (TANDEM_TYPE_REVIEW_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "team", team,
                       "draft-kind", is_new ? "new-competency-review" : "competency-review",
                       "draft-id", is_new ? staff_id : tandem_record_get_id (review),
                       "is-new", is_new,
                       "title", is_new ? _("New Competency Review") : _("Edit Competency Review"),
                       NULL);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);

  self->frameworks = list_frameworks (store,
                                      is_new ? 0 : tandem_competency_review_get_framework_id (review),
                                      error);
  if (self->frameworks != NULL)
    self->others = tandem_store_list_competency_reviews (store, staff_id, error);
  if (self->others == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  if (is_new)
    {
      self->review = new_review (self, staff_id, tandem_session_get_current_staff (session));
      self->framework = default_framework (self);
    }
  else
    {
      self->review = tandem_record_copy (review);
      self->framework = find_framework (self, tandem_competency_review_get_framework_id (review));
    }

  if (self->framework == NULL)
    {
      g_set_error_literal (error, TANDEM_COMPETENCE_ERROR, TANDEM_COMPETENCE_ERROR_INVALID,
                           _("There is no competency framework to review against. Add one in "
                             "Preferences."));
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  tandem_competency_review_set_framework_id (self->review, tandem_record_get_id (self->framework));
  self->form = tandem_form_new (TANDEM_TYPE_COMPETENCY_REVIEW, fields, G_N_ELEMENTS (fields),
                                groups, team);
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "review", self->form, self->review);

  if (is_new && self->frameworks->len > 1)
    add_framework_chooser (self);
  tandem_editor_window_add_widget (TANDEM_EDITOR_WINDOW (self), self->ratings_box);

  build_ratings (self);
  if (is_new)
    show_ratings (self, find_latest_review (self, tandem_record_get_id (self->framework)), TRUE);
  else
    show_ratings (self, self->review, FALSE);

  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));
  return self;
}

TandemCompetencyReview *
tandem_review_editor_get_review (TandemReviewEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_REVIEW_EDITOR (self), NULL);

  return self->review;
}

/**
 * tandem_review_editor_get_level_row:
 * @index: a competency's place in the framework
 *
 * Returns: (transfer none) (nullable): the row choosing the competency's level, for tests
 */
GtkWidget *
tandem_review_editor_get_level_row (TandemReviewEditor *self,
                                    guint               index)
{
  g_return_val_if_fail (TANDEM_IS_REVIEW_EDITOR (self), NULL);

  if (index >= self->ratings->len)
    return NULL;

  return ((RatingRows *) g_ptr_array_index (self->ratings, index))->level_row;
}
