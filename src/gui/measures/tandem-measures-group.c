/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-measures-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-enum-strings.h"
#include "tandem-gui-util.h"
#include "tandem-measure-chart.h"
#include "tandem-measure-editor.h"
#include "tandem-measure-history.h"
#include "tandem-measures-group.h"

/* A person's outcome measures on their record: a row per measure they have results for, which
 * says the latest score and the change since baseline, and opens to the chart and each result
 * with its buttons to correct or delete it. The group rereads the results whenever the store
 * says the person changed. */
struct _TandemMeasuresGroup
{
  AdwPreferencesGroup  parent_instance;

  TandemSession       *session;
  gint64               person_id;
  GPtrArray           *results;    /* TandemMeasureResult, the earliest first */
  GPtrArray           *rows;       /* rows this group added */
  GHashTable          *expanded;   /* kinds whose row the user opened */

  GtkWidget           *add_button;
};

G_DEFINE_FINAL_TYPE (TandemMeasuresGroup, tandem_measures_group, ADW_TYPE_PREFERENCES_GROUP)

static void reload (TandemMeasuresGroup *self);

static TandemStore *
get_store (TandemMeasuresGroup *self)
{
  return tandem_session_get_store (self->session);
}

static GtkWindow *
get_window (TandemMeasuresGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static TandemMeasureResult *
find_result (TandemMeasuresGroup *self,
             gint64               id)
{
  for (guint i = 0; self->results != NULL && i < self->results->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (self->results, i)) == id)
        return g_ptr_array_index (self->results, i);
    }

  return NULL;
}

static void
add_row (TandemMeasuresGroup *self,
         GtkWidget           *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (TandemMeasuresGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));

  g_ptr_array_set_size (self->rows, 0);
}

static void
add_empty_row (TandemMeasuresGroup *self,
                 const char          *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  add_row (self, row);
}

static char *
dup_day_text (guint32 day)
{
  g_autofree char *iso = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  iso = tandem_date_to_iso (&date);
  return tandem_date_format (iso);
}

/* A measure with a score: its latest, and how it changed. */
static char *
dup_score_subtitle (TandemMeasureHistory *history)
{
  const TandemMeasurePoint *points, *latest;
  g_autofree char *value = NULL;
  g_autofree char *day = NULL;
  g_autofree char *change = NULL;
  guint n = 0;

  points = tandem_measure_history_get_points (history, 0, &n);
  if (n == 0)
    return NULL;

  latest = &points[n - 1];
  value = tandem_measure_format_value (latest->value);
  day = dup_day_text (latest->day);
  change = tandem_measure_history_dup_change_text (history, 0);

  if (change != NULL)
    /* Translators: the latest score, its date and the change since baseline, like
     * “19.98 on 2 Jun 2026 · Up 3.56 since baseline: better” */
    return g_strdup_printf (_("%s on %s · %s"), value, day, change);

  if (latest->stage == TANDEM_STAGE_BASELINE)
    /* Translators: a score and its date, like “19.98 on 3 Mar 2026 (baseline)” */
    return g_strdup_printf (_("%s on %s (baseline)"), value, day);

  /* Translators: a score and its date, like “23.21 on 2 Jun 2026” */
  return g_strdup_printf (_("%s on %s"), value, day);
}

/* A measure read answer by answer: when it was last taken, and how many answers are better. */
static char *
dup_answers_subtitle (TandemMeasureHistory *history)
{
  guint n_series = tandem_measure_history_get_n_series (history);
  guint n_changed = 0, n_better = 0;
  guint32 last = 0;
  g_autofree char *day = NULL;
  g_autofree char *latest = NULL;

  for (guint s = 0; s < n_series; s++)
    {
      const TandemMeasurePoint *baseline, *follow_up;
      guint n = 0;
      const TandemMeasurePoint *points = tandem_measure_history_get_points (history, s, &n);

      if (n > 0)
        last = MAX (last, points[n - 1].day);

      if (tandem_measure_history_get_change (history, s, &baseline, &follow_up))
        {
          gboolean up = follow_up->value > baseline->value;

          n_changed++;
          if (follow_up->value != baseline->value &&
              up == tandem_measure_history_get_higher_is_better (history, s))
            n_better++;
        }
    }

  if (last == 0)
    return NULL;

  day = dup_day_text (last);
  /* Translators: when a measure that has no total was last taken, like
   * “Latest on 2 Jun 2026” */
  latest = g_strdup_printf (_("Latest on %s"), day);
  if (n_changed == 0)
    return g_steal_pointer (&latest);

  /* Translators: the first part is like “Latest on 2 Jun 2026”; then how many of a measure’s
   * answers are better than at the baseline, like “3 of 4 better since baseline” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u of %u better since baseline",
                                       "%s · %u of %u better since baseline", n_better),
                          latest, n_better, n_changed);
}

static char *
dup_result_title (TandemMeasuresGroup *self,
                  TandemMeasureResult *result)
{
  g_autofree char *day = tandem_date_format (tandem_measure_result_get_taken_on (result));
  TandemStaff *staff = tandem_team_find_staff (tandem_session_get_team (self->session),
                                               tandem_measure_result_get_staff_id (result));
  const char *stage = tandem_measure_stage_get_label (tandem_measure_result_get_stage (result));

  if (staff != NULL)
    /* Translators: a result: its date, baseline or follow-up, and who took it */
    return g_strdup_printf (_("%s · %s · %s"), day, stage, tandem_staff_get_name (staff));

  /* Translators: a result: its date, and baseline or follow-up */
  return g_strdup_printf (_("%s · %s"), day, stage);
}

static char *
dup_result_subtitle (TandemMeasureResult *result)
{
  TandemMeasureKind kind = tandem_measure_result_get_kind (result);
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);
  g_autofree double *answers = g_new (double, info->n_items);
  g_autofree char *score = NULL;
  const char *details = tandem_measure_result_get_details (result);

  tandem_measure_parse_answers (tandem_measure_result_get_answers (result), answers,
                                info->n_items);
  score = tandem_measure_dup_score_text (kind, answers, info->n_items);
  if (score == NULL)
    score = g_strdup (_("Cannot be scored: correct its answers"));

  if (details != NULL && details[0] != '\0')
    return g_strdup_printf ("%s\n%s", score, details);

  return g_steal_pointer (&score);
}

static GtkWidget *
make_result_row (TandemMeasuresGroup *self,
                 TandemMeasureResult *result)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = dup_result_title (self, result);
  g_autofree char *subtitle = dup_result_subtitle (result);
  gint64 id = tandem_record_get_id (result);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("document-edit-symbolic", _("Edit Result"),
                                                     "measures.edit", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("user-trash-symbolic", _("Delete Result"),
                                                     "measures.delete", id));
  return row;
}

static GtkWidget *
make_chart_row (TandemMeasureHistory *history)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *chart = tandem_measure_chart_new (history);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_start (chart, 6);
  gtk_widget_set_margin_end (chart, 12);
  gtk_widget_set_margin_top (chart, 12);
  gtk_widget_set_margin_bottom (chart, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), chart);
  return row;
}

static void
expanded_cb (GtkWidget           *row,
             GParamSpec          *pspec,
             TandemMeasuresGroup *self)
{
  gpointer kind = g_object_get_data (G_OBJECT (row), "tandem-kind");

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->expanded, kind);
  else
    g_hash_table_remove (self->expanded, kind);
}

static void
add_measure (TandemMeasuresGroup *self,
             TandemMeasureKind    kind)
{
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);
  g_autoptr(TandemMeasureHistory) history = tandem_measure_history_new (kind, self->results);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = tandem_measure_history_get_n_series (history) == 1
                              ? dup_score_subtitle (history)
                              : dup_answers_subtitle (history);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->name));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle ? subtitle : "");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (self->expanded, GINT_TO_POINTER (kind)));
  g_object_set_data (G_OBJECT (row), "tandem-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), self, 0);

  if (tandem_measure_history_get_n_results (history) > 0)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), make_chart_row (history));

  /* The latest first, as for contacts. */
  for (guint i = self->results->len; i > 0; i--)
    {
      TandemMeasureResult *result = g_ptr_array_index (self->results, i - 1);

      if (tandem_measure_result_get_kind (result) == kind)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), make_result_row (self, result));
    }

  add_row (self, row);
}

static gboolean
has_kind (GPtrArray         *results,
          TandemMeasureKind  kind)
{
  for (guint i = 0; i < results->len; i++)
    {
      if (tandem_measure_result_get_kind (g_ptr_array_index (results, i)) == kind)
        return TRUE;
    }

  return FALSE;
}

/* A result begun and not added yet is waiting as a draft: say so, and offer to carry on. */
static void
add_draft_row (TandemMeasuresGroup *self)
{
  g_autofree char *draft = tandem_store_load_draft (get_store (self), "new-measure",
                                                    self->person_id, NULL);
  GtkWidget *row;
  GtkWidget *button;

  if (draft == NULL)
    return;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 _("A result you began has not been added yet"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "document-open-recent-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  button = gtk_button_new_with_mnemonic (_("C_ontinue"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "measures.add");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  add_row (self, row);
}

static void
reload (TandemMeasuresGroup *self)
{
  g_autoptr(GEnumClass) kinds = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  gtk_widget_set_sensitive (self->add_button, self->session != NULL && self->person_id != 0);

  if (self->session == NULL || self->person_id == 0)
    return;

  add_draft_row (self);

  self->results = tandem_store_list_measure_results (get_store (self), self->person_id, &error);
  if (self->results == NULL)
    {
      /* Translators: %s says what went wrong reading the database */
      g_autofree char *message = g_strdup_printf (_("The outcome measures cannot be shown: %s"),
                                                  error->message);

      add_empty_row (self, message);
      return;
    }

  if (self->results->len == 0)
    {
      add_empty_row (self, _("No measures recorded yet"));
      return;
    }

  kinds = g_type_class_ref (TANDEM_TYPE_MEASURE_KIND);
  for (guint i = 0; i < kinds->n_values; i++)
    {
      if (has_kind (self->results, kinds->values[i].value))
        add_measure (self, kinds->values[i].value);
    }
}

static void
store_changed_cb (TandemMeasuresGroup *self,
                  gint64               person_id)
{
  if (person_id == 0 || person_id == self->person_id)
    reload (self);
}

static void
open_editor (TandemMeasuresGroup *self,
             TandemMeasureResult *result)
{
  TandemMeasureEditor *editor;

  editor = tandem_measure_editor_new (get_window (self), get_store (self),
                                      tandem_session_get_team (self->session), self->person_id,
                                      result, tandem_session_get_current_staff (self->session));

  /* Closing it may leave a draft, or take one away. */
  g_signal_connect_object (editor, "destroy", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TandemMeasuresGroup *self = TANDEM_MEASURES_GROUP (widget);

  if (self->session == NULL || self->person_id == 0)
    return;

  open_editor (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemMeasuresGroup *self = TANDEM_MEASURES_GROUP (widget);
  TandemMeasureResult *result = find_result (self, g_variant_get_int64 (parameter));

  if (result != NULL)
    open_editor (self, result);
}

/* Undo adds a deleted result again, as a new row with what it held. */
static gboolean
add_result_again (TandemStore  *store,
                  gpointer      result,
                  GError      **error)
{
  tandem_record_set_id (result, 0);
  return tandem_store_save_measure_result (store, result, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemMeasuresGroup *self = TANDEM_MEASURES_GROUP (widget);
  TandemMeasureResult *result = find_result (self, g_variant_get_int64 (parameter));
  g_autoptr(TandemMeasureResult) previous = NULL;
  g_autoptr(GError) error = NULL;

  if (result == NULL)
    return;

  previous = tandem_record_copy (result);
  if (!tandem_store_delete_measure_result (get_store (self), previous, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  tandem_toast_show_undo (GTK_WIDGET (self), _("Result deleted"), get_store (self), previous,
                          add_result_again);
}

static void
tandem_measures_group_dispose (GObject *object)
{
  TandemMeasuresGroup *self = (TandemMeasuresGroup *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_measures_group_parent_class)->dispose (object);
}

static void
tandem_measures_group_class_init (TandemMeasuresGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_measures_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-measures-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemMeasuresGroup, add_button);

  gtk_widget_class_install_action (widget_class, "measures.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "measures.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "measures.delete", "x", delete_action);
}

static void
tandem_measures_group_init (TandemMeasuresGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->expanded = g_hash_table_new (NULL, NULL);
}

GtkWidget *
tandem_measures_group_new (void)
{
  return g_object_new (TANDEM_TYPE_MEASURES_GROUP, NULL);
}

void
tandem_measures_group_set_session (TandemMeasuresGroup *self,
                                   TandemSession       *session)
{
  g_return_if_fail (TANDEM_IS_MEASURES_GROUP (self));
  g_return_if_fail (TANDEM_IS_SESSION (session));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (tandem_session_get_store (session), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  /* Results name who took them. */
  g_signal_connect_object (tandem_session_get_team (session), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

/**
 * tandem_measures_group_set_person_id:
 * @person_id: the person whose results to show, or 0
 */
void
tandem_measures_group_set_person_id (TandemMeasuresGroup *self,
                                     gint64               person_id)
{
  g_return_if_fail (TANDEM_IS_MEASURES_GROUP (self));

  if (self->person_id != person_id)
    g_hash_table_remove_all (self->expanded);

  self->person_id = person_id;
  reload (self);
}

gint64
tandem_measures_group_get_person_id (TandemMeasuresGroup *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURES_GROUP (self), 0);

  return self->person_id;
}

/**
 * tandem_measures_group_get_results:
 *
 * Returns: (transfer none) (element-type TandemMeasureResult) (nullable): the person's results
 *   shown, the earliest first
 */
GPtrArray *
tandem_measures_group_get_results (TandemMeasuresGroup *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURES_GROUP (self), NULL);

  return self->results;
}
