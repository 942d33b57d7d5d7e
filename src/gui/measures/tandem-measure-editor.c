/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-measure-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-measure-editor.h"

/* Recording an outcome measure taken with a person, or correcting one. A new result is the
 * measure last taken with them, today, by the user; it is a baseline if they have no result
 * of that measure yet, and a follow-up otherwise.
 *
 * The answers are widgets of their own (see tandem-measure-answers.c), which take part in the
 * draft and the messages through TandemEditorWindow's read_widgets() and friends, so a
 * half-answered questionnaire is kept like any half-typed form. */
struct _TandemMeasureEditor
{
  TandemEditorWindow    parent_instance;

  TandemMeasureResult  *result;
  GPtrArray            *others;    /* the person's results, the earliest first */
  TandemForm           *form;
  TandemMeasureAnswers *answers;
};

G_DEFINE_FINAL_TYPE (TandemMeasureEditor, tandem_measure_editor, TANDEM_TYPE_EDITOR_WINDOW)

static const char * const groups[] = {
  "",
  N_("Concerns"),
  NULL
};

/* Which measure is chosen only when adding: a result stays the measure it was. */
static const TandemFieldSpec fields[] = {
  { "kind", N_("Measure"), TANDEM_FIELD_CHOICE, 0 },
  { "taken-on", N_("Taken on (day/month/year)"), TANDEM_FIELD_DATE, 0 },
  { "stage", N_("Baseline or follow-up"), TANDEM_FIELD_CHOICE, 0 },
  { "staff-id", N_("Taken by"), TANDEM_FIELD_STAFF, 0 },
  { "details", N_("The concerns, in the person’s words"), TANDEM_FIELD_LONG_TEXT, 1 },
};

static TandemMeasureKind
default_kind (GPtrArray *others)
{
  if (others == NULL || others->len == 0)
    return TANDEM_MEASURE_ONS4;

  return tandem_measure_result_get_kind (g_ptr_array_index (others, others->len - 1));
}

static TandemMeasureStage
default_stage (TandemMeasureEditor *self,
               TandemMeasureKind    kind)
{
  for (guint i = 0; self->others != NULL && i < self->others->len; i++)
    {
      TandemMeasureResult *other = g_ptr_array_index (self->others, i);

      if (tandem_measure_result_get_kind (other) == kind &&
          tandem_record_get_id (other) != tandem_record_get_id (self->result))
        return TANDEM_STAGE_FOLLOW_UP;
    }

  return TANDEM_STAGE_BASELINE;
}

static TandemMeasureKind
chosen_kind (TandemMeasureEditor *self)
{
  g_autoptr(JsonObject) input = tandem_form_read (self->form);

  if (!json_object_has_member (input, "kind"))
    return tandem_measure_result_get_kind (self->result);

  return tandem_enum_from_nick (TANDEM_TYPE_MEASURE_KIND,
                                json_object_get_string_member (input, "kind"),
                                TANDEM_MEASURE_ONS4);
}

/* Only MYCaW asks what the person's concerns are. */
static void
update_details (TandemMeasureEditor *self,
                TandemMeasureKind    kind)
{
  gtk_widget_set_visible (tandem_form_get_group (self->form, 1), kind == TANDEM_MEASURE_MYCAW);
}

static void
kind_selected_cb (TandemMeasureEditor *self)
{
  TandemMeasureKind kind = chosen_kind (self);
  g_autoptr(JsonObject) stage = json_object_new ();

  if (kind == tandem_measure_answers_get_kind (self->answers))
    return;

  tandem_measure_answers_set_kind (self->answers, kind);
  update_details (self, kind);

  /* When a draft is restored, its own stage is written after this. */
  json_object_set_string_member (stage, "stage",
                                 tandem_enum_to_nick (TANDEM_TYPE_MEASURE_STAGE,
                                                      default_stage (self, kind)));
  tandem_form_write (self->form, stage);
}

static void
answers_changed_cb (TandemMeasureEditor *self)
{
  tandem_editor_window_changed (TANDEM_EDITOR_WINDOW (self));
}

static void
tandem_measure_editor_check (TandemEditorWindow *editor,
                             GHashTable         *errors)
{
  TandemMeasureEditor *self = TANDEM_MEASURE_EDITOR (editor);
  g_autofree char *answers = tandem_measure_answers_dup_answers (self->answers);

  tandem_measure_result_set_answers (self->result, answers);
  if (tandem_measure_result_get_kind (self->result) != TANDEM_MEASURE_MYCAW)
    tandem_measure_result_set_details (self->result, "");

  tandem_measure_answers_check (self->answers, errors);
}

static gboolean
tandem_measure_editor_save (TandemEditorWindow  *editor,
                            GError             **error)
{
  TandemMeasureEditor *self = TANDEM_MEASURE_EDITOR (editor);
  gboolean is_new = tandem_record_get_id (self->result) == 0;

  if (tandem_store_save_measure_result (tandem_editor_window_get_store (editor), self->result,
                                        error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (self->result, 0);
  return FALSE;
}

static JsonObject *
tandem_measure_editor_read_widgets (TandemEditorWindow *editor)
{
  return tandem_measure_answers_read (TANDEM_MEASURE_EDITOR (editor)->answers);
}

static void
tandem_measure_editor_write_widgets (TandemEditorWindow *editor,
                                     JsonObject         *input)
{
  tandem_measure_answers_write (TANDEM_MEASURE_EDITOR (editor)->answers, input);
}

static void
tandem_measure_editor_show_widget_errors (TandemEditorWindow *editor,
                                          GHashTable         *errors)
{
  tandem_measure_answers_show_errors (TANDEM_MEASURE_EDITOR (editor)->answers, errors);
}

static gboolean
tandem_measure_editor_focus_widget_error (TandemEditorWindow *editor)
{
  return tandem_measure_answers_focus_first_error (TANDEM_MEASURE_EDITOR (editor)->answers);
}

static void
tandem_measure_editor_dispose (GObject *object)
{
  TandemMeasureEditor *self = (TandemMeasureEditor *) object;

  g_clear_object (&self->result);
  g_clear_object (&self->form);
  g_clear_pointer (&self->others, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_measure_editor_parent_class)->dispose (object);
}

static void
tandem_measure_editor_class_init (TandemMeasureEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_measure_editor_dispose;
  editor_class->check = tandem_measure_editor_check;
  editor_class->save = tandem_measure_editor_save;
  editor_class->read_widgets = tandem_measure_editor_read_widgets;
  editor_class->write_widgets = tandem_measure_editor_write_widgets;
  editor_class->show_widget_errors = tandem_measure_editor_show_widget_errors;
  editor_class->focus_widget_error = tandem_measure_editor_focus_widget_error;
}

static void
tandem_measure_editor_init (TandemMeasureEditor *self)
{
}

static TandemMeasureResult *
new_result (TandemMeasureEditor *self,
            gint64               person_id,
            TandemStaff         *current_staff)
{
  TandemMeasureResult *result = tandem_measure_result_new ();
  g_autofree char *today = tandem_date_today_iso ();
  TandemMeasureKind kind = default_kind (self->others);

  tandem_measure_result_set_person_id (result, person_id);
  tandem_measure_result_set_kind (result, kind);
  tandem_measure_result_set_taken_on (result, today);
  if (current_staff != NULL)
    tandem_measure_result_set_staff_id (result, tandem_record_get_id (current_staff));

  return result;
}

/**
 * tandem_measure_editor_new:
 * @person_id: the person the measure was taken with
 * @result: (nullable): the result to correct, or %NULL to add one
 * @current_staff: (nullable): the member of staff using Tandem
 */
TandemMeasureEditor *
tandem_measure_editor_new (GtkWindow           *parent,
                           TandemStore         *store,
                           TandemTeam          *team,
                           gint64               person_id,
                           TandemMeasureResult *result,
                           TandemStaff         *current_staff)
{
  TandemMeasureEditor *self;
  g_autoptr(GError) error = NULL;
  gboolean is_new = result == NULL;
  TandemMeasureKind kind;
  GtkWidget *concerns;

  self = g_object_new (TANDEM_TYPE_MEASURE_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "team", team,
                       "draft-kind", is_new ? "new-measure" : "measure",
                       "draft-id", is_new ? person_id : tandem_record_get_id (result),
                       "is-new", is_new,
                       "title", is_new ? _("New Result") : _("Edit Result"),
                       NULL);

  /* Without them a new result is a baseline: the user can still say otherwise. */
  self->others = tandem_store_list_measure_results (store, person_id, &error);
  if (self->others == NULL)
    g_warning ("Could not list the person’s results: %s", error->message);

  if (is_new)
    {
      self->result = new_result (self, person_id, current_staff);
      kind = tandem_measure_result_get_kind (self->result);
      tandem_measure_result_set_stage (self->result, default_stage (self, kind));
    }
  else
    self->result = tandem_record_copy (result);
  kind = tandem_measure_result_get_kind (self->result);

  self->form = tandem_form_new (TANDEM_TYPE_MEASURE_RESULT,
                                is_new ? fields : fields + 1,
                                is_new ? G_N_ELEMENTS (fields) : G_N_ELEMENTS (fields) - 1,
                                groups, team);
  concerns = tandem_form_get_group (self->form, 1);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (concerns),
                                         _("What the first and second concerns are, as the "
                                           "person named them."));
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "measure", self->form, self->result);

  self->answers = TANDEM_MEASURE_ANSWERS (tandem_measure_answers_new (kind));
  tandem_measure_answers_set_answers (self->answers,
                                      tandem_measure_result_get_answers (self->result));
  tandem_editor_window_add_widget (TANDEM_EDITOR_WINDOW (self), GTK_WIDGET (self->answers));
  update_details (self, kind);

  g_signal_connect_object (self->answers, "changed", G_CALLBACK (answers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (is_new)
    g_signal_connect_object (tandem_form_get_row (self->form, "kind"), "notify::selected",
                             G_CALLBACK (kind_selected_cb), self, G_CONNECT_SWAPPED);

  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  return self;
}

/**
 * tandem_measure_editor_get_answers:
 *
 * Returns: (transfer none): the group of the measure's answers
 */
TandemMeasureAnswers *
tandem_measure_editor_get_answers (TandemMeasureEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_EDITOR (self), NULL);

  return self->answers;
}
