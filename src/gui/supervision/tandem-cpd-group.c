/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-cpd-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-cpd-editor.h"
#include "tandem-cpd-group.h"
#include "tandem-date.h"
#include "tandem-gui-util.h"

/* A worker's CPD log: a row per calendar year with its total hours, the latest first and
 * open, each holding that year's activities to correct or delete. Appraisals ask for hours
 * per year, so the total is in the year's own row. Reread whenever supervision records or the
 * viewer change, as what may be read depends on who is viewing. */
struct _TandemCpdGroup
{
  AdwPreferencesGroup  parent_instance;

  TandemSession       *session;
  gint64               staff_id;
  GPtrArray           *entries;      /* TandemCpdEntry, the newest first */
  GArray              *years;        /* TandemCpdYear, the latest first */
  GPtrArray           *frameworks;   /* TandemCompetencyFramework, to name competencies */
  GPtrArray           *rows;         /* rows this group added */
  GHashTable          *year_rows;    /* year -> its expander row */
  GHashTable          *collapsed;    /* years the user closed */
  GHashTable          *opened;       /* years the user opened */

  GtkWidget           *add_button;
};

G_DEFINE_FINAL_TYPE (TandemCpdGroup, tandem_cpd_group, ADW_TYPE_PREFERENCES_GROUP)

static TandemStore *
get_store (TandemCpdGroup *self)
{
  return tandem_session_get_store (self->session);
}

static GtkWindow *
get_window (TandemCpdGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static TandemCpdEntry *
find_entry (TandemCpdGroup *self,
            gint64          id)
{
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (self->entries, i)) == id)
        return g_ptr_array_index (self->entries, i);
    }

  return NULL;
}

static const char *
competency_name (TandemCpdGroup *self,
                 gint64          id)
{
  for (guint i = 0; id != 0 && self->frameworks != NULL && i < self->frameworks->len; i++)
    {
      TandemCompetencyFramework *framework = g_ptr_array_index (self->frameworks, i);
      const TandemCompetency *competency = tandem_competency_framework_find_competency (framework, id);

      if (competency != NULL)
        return tandem_competency_framework_get_competency_name (framework, competency);
    }

  return NULL;
}

static void
add_row (TandemCpdGroup *self,
         GtkWidget      *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (TandemCpdGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));

  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->year_rows);
}

static void
add_message_row (TandemCpdGroup *self,
                 const char     *title,
                 const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "dim-label");
  add_row (self, row);
}

static char *
dup_hours_text (double hours)
{
  g_autofree char *number = tandem_cpd_format_hours (hours);

  /* Translators: a number of hours, like “1.5 hours” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours",
                                       hours == 1.0 ? 1 : 2),
                          number);
}

/**
 * tandem_cpd_dup_year_summary:
 *
 * Returns: (transfer full): a year's total, like “12.5 hours · 4 activities”
 */
char *
tandem_cpd_dup_year_summary (const TandemCpdYear *year)
{
  g_autofree char *hours = dup_hours_text (year->hours);
  g_autofree char *activities =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities",
                                  year->n_entries),
                     year->n_entries);

  /* Translators: a year's CPD: its hours, then how many activities */
  return g_strdup_printf (_("%s · %s"), hours, activities);
}

static GtkWidget *
make_entry_row (TandemCpdGroup *self,
                TandemCpdEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *day = tandem_date_format (tandem_cpd_entry_get_done_on (entry));
  g_autofree char *hours = dup_hours_text (tandem_cpd_entry_get_hours (entry));
  const char *competency = competency_name (self, tandem_cpd_entry_get_competency_id (entry));
  const char *learning = tandem_cpd_entry_get_learning (entry);
  g_autofree char *subtitle = NULL;
  gint64 id = tandem_record_get_id (entry);

  if (competency != NULL)
    /* Translators: a CPD activity: its date, hours and the competency it built */
    subtitle = g_strdup_printf (_("%s · %s · %s"), day, hours, competency);
  else
    /* Translators: a CPD activity: its date and hours */
    subtitle = g_strdup_printf (_("%s · %s"), day, hours);

  if (learning != NULL && learning[0] != '\0')
    {
      char *with_learning = g_strdup_printf ("%s\n%s", subtitle, learning);

      g_free (subtitle);
      subtitle = with_learning;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_cpd_entry_get_activity (entry));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("document-edit-symbolic", _("Edit CPD"),
                                                     "cpd.edit", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("user-trash-symbolic", _("Delete CPD"),
                                                     "cpd.delete", id));
  return row;
}

static void
year_expanded_cb (GtkWidget      *row,
                  GParamSpec     *pspec,
                  TandemCpdGroup *self)
{
  gpointer year = g_object_get_data (G_OBJECT (row), "tandem-year");

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    {
      g_hash_table_remove (self->collapsed, year);
      g_hash_table_add (self->opened, year);
    }
  else
    {
      g_hash_table_remove (self->opened, year);
      g_hash_table_add (self->collapsed, year);
    }
}

/* The latest year starts open; others as the user left them. */
static void
add_year (TandemCpdGroup      *self,
          const TandemCpdYear *year,
          gboolean             latest)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = g_strdup_printf ("%d", year->year);
  g_autofree char *subtitle = tandem_cpd_dup_year_summary (year);
  gpointer key = GINT_TO_POINTER (year->year);
  gboolean expanded = latest ? !g_hash_table_contains (self->collapsed, key)
                             : g_hash_table_contains (self->opened, key);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);
  g_object_set_data (G_OBJECT (row), "tandem-year", key);

  for (guint i = 0; i < self->entries->len; i++)
    {
      TandemCpdEntry *entry = g_ptr_array_index (self->entries, i);
      const char *done_on = tandem_cpd_entry_get_done_on (entry);

      if (done_on != NULL && atoi (done_on) == year->year)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), make_entry_row (self, entry));
    }

  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (year_expanded_cb), self, 0);
  g_hash_table_insert (self->year_rows, key, row);
  add_row (self, row);
}

static gboolean
load (TandemCpdGroup  *self,
      GError         **error)
{
  self->frameworks = tandem_store_list_competency_frameworks (get_store (self), error);
  if (self->frameworks == NULL)
    return FALSE;

  self->entries = tandem_store_list_cpd_entries (get_store (self), self->staff_id, error);
  if (self->entries == NULL)
    return FALSE;

  self->years = tandem_store_count_cpd_hours (get_store (self), self->staff_id, error);
  return self->years != NULL;
}

static void
reload (TandemCpdGroup *self)
{
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);

  if (!load (self, &error))
    {
      /* Translators: %s says what went wrong reading the database */
      g_autofree char *message = g_strdup_printf (_("The CPD log cannot be shown: %s"),
                                                  error->message);

      add_message_row (self, message, NULL);
      return;
    }

  if (self->entries->len == 0)
    {
      add_message_row (self, _("No CPD recorded yet"),
                       _("Courses, reading, shadowing and reflective practice all count: add "
                         "each with its hours and what was learned."));
      return;
    }

  for (guint i = 0; i < self->years->len; i++)
    add_year (self, &g_array_index (self->years, TandemCpdYear, i), i == 0);
}

static void
open_editor (TandemCpdGroup *self,
             TandemCpdEntry *entry)
{
  TandemCpdEditor *editor = tandem_cpd_editor_new (get_window (self), self->session,
                                                   self->staff_id, entry);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (TANDEM_CPD_GROUP (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemCpdGroup *self = TANDEM_CPD_GROUP (widget);
  TandemCpdEntry *entry = find_entry (self, g_variant_get_int64 (parameter));

  if (entry != NULL)
    open_editor (self, entry);
}

/* Undo adds a deleted entry again, as a new record with what it held. */
static gboolean
add_entry_again (TandemStore  *store,
                 gpointer      entry,
                 GError      **error)
{
  tandem_record_set_id (entry, 0);
  return tandem_store_save_cpd_entry (store, entry, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemCpdGroup *self = TANDEM_CPD_GROUP (widget);
  TandemCpdEntry *entry = find_entry (self, g_variant_get_int64 (parameter));
  g_autoptr(TandemCpdEntry) previous = NULL;
  g_autoptr(GError) error = NULL;

  if (entry == NULL)
    return;

  previous = tandem_record_copy (entry);
  if (!tandem_store_delete_cpd_entry (get_store (self), previous, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  tandem_toast_show_undo (GTK_WIDGET (self), _("CPD entry deleted"), get_store (self), previous,
                          add_entry_again);
}

static void
tandem_cpd_group_dispose (GObject *object)
{
  TandemCpdGroup *self = (TandemCpdGroup *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->year_rows, g_hash_table_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->opened, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_cpd_group_parent_class)->dispose (object);
}

static void
tandem_cpd_group_class_init (TandemCpdGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_cpd_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-cpd-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCpdGroup, add_button);

  gtk_widget_class_install_action (widget_class, "cpd.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "cpd.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "cpd.delete", "x", delete_action);
}

static void
tandem_cpd_group_init (TandemCpdGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->year_rows = g_hash_table_new (NULL, NULL);
  self->collapsed = g_hash_table_new (NULL, NULL);
  self->opened = g_hash_table_new (NULL, NULL);
}

/**
 * tandem_cpd_group_new:
 * @staff_id: the worker whose CPD to show
 *
 * Returns: (transfer floating): the group, kept up to date with the store
 */
GtkWidget *
tandem_cpd_group_new (TandemSession *session,
                      gint64         staff_id)
{
  TandemCpdGroup *self;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);

  self = g_object_new (TANDEM_TYPE_CPD_GROUP, NULL);
  self->session = g_object_ref (session);
  self->staff_id = staff_id;

  g_signal_connect_object (tandem_session_get_store (session), "supervision-changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);

  return GTK_WIDGET (self);
}

/**
 * tandem_cpd_group_get_entries:
 *
 * Returns: (transfer none) (element-type TandemCpdEntry) (nullable): the entries shown, the
 *   newest first
 */
GPtrArray *
tandem_cpd_group_get_entries (TandemCpdGroup *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_GROUP (self), NULL);

  return self->entries;
}

/**
 * tandem_cpd_group_get_years:
 *
 * Returns: (transfer none) (element-type TandemCpdYear) (nullable): the yearly totals shown
 */
GArray *
tandem_cpd_group_get_years (TandemCpdGroup *self)
{
  g_return_val_if_fail (TANDEM_IS_CPD_GROUP (self), NULL);

  return self->years;
}

/* Returns: (transfer none) (nullable): the row of @year, for tests */
GtkWidget *
tandem_cpd_group_get_year_row (TandemCpdGroup *self,
                               int             year)
{
  g_return_val_if_fail (TANDEM_IS_CPD_GROUP (self), NULL);

  return g_hash_table_lookup (self->year_rows, GINT_TO_POINTER (year));
}
