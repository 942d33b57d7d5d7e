/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-cpd-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-cpd-editor.h"
#include "tandem-date.h"

/* Adding an activity to a worker's CPD log, or correcting one: when, what, how many hours,
 * what they learned and their reflection, the evidence, and the competency it built. The
 * competency is chosen from the frameworks in use, a widget of the editor's own. */
struct _TandemCpdEditor
{
  TandemEditorWindow  parent_instance;

  TandemCpdEntry     *entry;
  TandemForm         *form;
  GtkWidget          *competency_row;
  GArray             *competency_ids;   /* gint64 per choice; 0 for none */
};

G_DEFINE_FINAL_TYPE (TandemCpdEditor, tandem_cpd_editor, TANDEM_TYPE_EDITOR_WINDOW)

static const char * const groups[] = {
  "",
  N_("Learning"),
  NULL
};

static const TandemFieldSpec fields[] = {
  { "done-on", N_("Done on (day/month/year)"), TANDEM_FIELD_DATE, 0 },
  { "activity", N_("Activity"), TANDEM_FIELD_TEXT, 0 },
  { "hours", N_("Hours, such as 1.5"), TANDEM_FIELD_NUMBER, 0 },
  { "learning", N_("What I learned"), TANDEM_FIELD_LONG_TEXT, 1 },
  { "reflection", N_("Reflection"), TANDEM_FIELD_LONG_TEXT, 1 },
  { "evidence", N_("Evidence, such as a certificate or where notes are kept"),
    TANDEM_FIELD_TEXT, 1 },
};

static gint64
chosen_competency (TandemCpdEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->competency_row));

  if (selected >= self->competency_ids->len)
    return 0;

  return g_array_index (self->competency_ids, gint64, selected);
}

static void
choose_competency (TandemCpdEditor *self,
                   gint64           competency_id)
{
  for (guint i = 0; i < self->competency_ids->len; i++)
    {
      if (g_array_index (self->competency_ids, gint64, i) == competency_id)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (self->competency_row), i);
          return;
        }
    }

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->competency_row), 0);
}

static void
competency_selected_cb (TandemCpdEditor *self)
{
  tandem_editor_window_changed (TANDEM_EDITOR_WINDOW (self));
}

static void
tandem_cpd_editor_check (TandemEditorWindow *editor,
                         GHashTable         *errors)
{
  TandemCpdEditor *self = TANDEM_CPD_EDITOR (editor);
  GDate today;

  tandem_cpd_entry_set_competency_id (self->entry, chosen_competency (self));
  tandem_date_set_today (&today);
  tandem_cpd_entry_check (self->entry, &today, errors);
}

static gboolean
tandem_cpd_editor_save (TandemEditorWindow  *editor,
                        GError             **error)
{
  TandemCpdEditor *self = TANDEM_CPD_EDITOR (editor);

  return tandem_store_save_cpd_entry (tandem_editor_window_get_store (editor), self->entry, error);
}

static JsonObject *
tandem_cpd_editor_read_widgets (TandemEditorWindow *editor)
{
  JsonObject *input = json_object_new ();

  json_object_set_int_member (input, "competency-id",
                              chosen_competency (TANDEM_CPD_EDITOR (editor)));
  return input;
}

static void
tandem_cpd_editor_write_widgets (TandemEditorWindow *editor,
                                 JsonObject         *input)
{
  choose_competency (TANDEM_CPD_EDITOR (editor),
                     json_object_get_int_member_with_default (input, "competency-id", 0));
}

static void
tandem_cpd_editor_dispose (GObject *object)
{
  TandemCpdEditor *self = (TandemCpdEditor *) object;

  g_clear_object (&self->entry);
  g_clear_object (&self->form);
  g_clear_pointer (&self->competency_ids, g_array_unref);

  G_OBJECT_CLASS (tandem_cpd_editor_parent_class)->dispose (object);
}

static void
tandem_cpd_editor_class_init (TandemCpdEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_cpd_editor_dispose;
  editor_class->check = tandem_cpd_editor_check;
  editor_class->save = tandem_cpd_editor_save;
  editor_class->read_widgets = tandem_cpd_editor_read_widgets;
  editor_class->write_widgets = tandem_cpd_editor_write_widgets;
}

static void
tandem_cpd_editor_init (TandemCpdEditor *self)
{
  self->competency_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
}

/* The competencies of the frameworks in use, named with their framework when there are
 * several, and the entry's own even if its framework was retired since. */
static GtkStringList *
list_competencies (TandemCpdEditor  *self,
                   TandemStore      *store,
                   GError          **error)
{
  g_autoptr(GPtrArray) frameworks = tandem_store_list_competency_frameworks (store, error);
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint n_active = 0;

  gtk_string_list_append (names, _("None"));
  g_array_append_val (self->competency_ids, none);

  if (frameworks == NULL)
    return names;

  for (guint i = 0; i < frameworks->len; i++)
    n_active += !tandem_competency_framework_get_retired (g_ptr_array_index (frameworks, i));

  for (guint i = 0; i < frameworks->len; i++)
    {
      TandemCompetencyFramework *framework = g_ptr_array_index (frameworks, i);

      for (guint c = 0; c < tandem_competency_framework_get_n_competencies (framework); c++)
        {
          const TandemCompetency *competency = tandem_competency_framework_get_competency (framework, c);
          const char *name = tandem_competency_framework_get_competency_name (framework, competency);
          g_autofree char *label = NULL;

          if (tandem_competency_framework_get_retired (framework) &&
              competency->id != tandem_cpd_entry_get_competency_id (self->entry))
            continue;

          /* Translators: a competency and the framework it is from, like “Promoting
           * autonomy (Somerset health coaching competencies)” */
          label = n_active > 1 ? g_strdup_printf (_("%s (%s)"), name,
                                                  tandem_competency_framework_get_display_name (framework))
                               : g_strdup (name);
          gtk_string_list_append (names, label);
          g_array_append_val (self->competency_ids, competency->id);
        }
    }

  return names;
}

static void
add_competency_row (TandemCpdEditor  *self,
                    TandemStore      *store,
                    GError          **error)
{
  g_autoptr(GtkStringList) names = list_competencies (self, store, error);
  GtkWidget *group = adw_preferences_group_new ();

  self->competency_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->competency_row),
                                 _("Linked competency"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->competency_row), G_LIST_MODEL (names));
  choose_competency (self, tandem_cpd_entry_get_competency_id (self->entry));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->competency_row);
  tandem_editor_window_add_widget (TANDEM_EDITOR_WINDOW (self), group);
  g_signal_connect_object (self->competency_row, "notify::selected",
                           G_CALLBACK (competency_selected_cb), self, G_CONNECT_SWAPPED);
}

/**
 * tandem_cpd_editor_new:
 * @staff_id: whose CPD it is
 * @entry: (nullable): the entry to correct, or %NULL to add one
 */
TandemCpdEditor *
tandem_cpd_editor_new (GtkWindow      *parent,
                       TandemSession  *session,
                       gint64          staff_id,
                       TandemCpdEntry *entry)
{
  TandemStore *store = tandem_session_get_store (session);
  TandemCpdEditor *self;
  g_autoptr(GError) error = NULL;
  gboolean is_new = entry == NULL;

  self = g_object_new (TANDEM_TYPE_CPD_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "team", tandem_session_get_team (session),
                       "draft-kind", is_new ? "new-cpd" : "cpd",
                       "draft-id", is_new ? staff_id : tandem_record_get_id (entry),
                       "is-new", is_new,
                       "title", is_new ? _("Add CPD") : _("Edit CPD"),
                       NULL);

  if (is_new)
    {
      g_autofree char *today = tandem_date_today_iso ();

      self->entry = tandem_cpd_entry_new ();
      tandem_cpd_entry_set_staff_id (self->entry, staff_id);
      tandem_cpd_entry_set_done_on (self->entry, today);
    }
  else
    self->entry = tandem_record_copy (entry);

  self->form = tandem_form_new (TANDEM_TYPE_CPD_ENTRY, fields, G_N_ELEMENTS (fields), groups,
                                tandem_session_get_team (session));
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "cpd", self->form, self->entry);
  add_competency_row (self, store, &error);

  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  /* The entry can still be written; only linking a competency has to wait. */
  if (error != NULL)
    tandem_editor_window_show_banner (TANDEM_EDITOR_WINDOW (self), "dialog-warning-symbolic",
                                      error->message);
  return self;
}

/* Returns: (transfer none): the row choosing the linked competency, for tests */
GtkWidget *
tandem_cpd_editor_get_competency_row (TandemCpdEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_EDITOR (self), NULL);

  return self->competency_row;
}
