/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-coverage-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-coverage-view.h"
#include "tandem-gui-util.h"

/* The coverage view: categories down, practices across, each cell "assets / people", so a
 * supervisor sees where people need something no asset nearby offers. Gaps are marked with
 * an icon and the word "none" in bold, not by colour alone. Counting reads every asset and
 * person, so it runs in a worker thread on its own connection, again whenever the directory,
 * the people or the practices change. */

/* Changes often come in bursts (an import, a caseload loaded): count once they settle. */
#define RELOAD_DELAY_MS 300

static const double radii_km[] = { 1, 2, 3, 5, 10 };

struct _TandemCoverageView
{
  AdwBin                parent_instance;

  TandemStore          *store;
  TandemCoverage       *coverage;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  guint                 reload_source;
  gboolean              out_of_date;   /* the store changed while the view was hidden */
  double                radius_km;

  GtkWidget            *radius_choice;
  GtkWidget            *summary;
  GtkWidget            *stack;
  GtkWidget            *spinner;
  GtkWidget            *legend;
  GtkWidget            *grid;
  GtkWidget            *error_page;
};

G_DEFINE_FINAL_TYPE (TandemCoverageView, tandem_coverage_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RADIUS_KM,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (TandemCoverageView *self);

static GtkWidget *
header_label (const char *text,
              gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
      gtk_widget_set_valign (label, GTK_ALIGN_END);
    }
  return label;
}

static GtkWidget *
cell_widget (TandemCoverage *coverage,
             guint           row,
             guint           column)
{
  guint assets = tandem_coverage_get_assets (coverage, row, column);
  guint people = tandem_coverage_get_people (coverage, row, column);
  const char *category = tandem_asset_category_get_label (tandem_coverage_get_category (coverage,
                                                                                      row));
  const char *practice = tandem_practice_get_name (tandem_coverage_get_practice (coverage,
                                                                                column));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  gtk_widget_add_css_class (box, "tandem-coverage-cell");

  if (!tandem_coverage_practice_has_area (coverage, column))
    {
      /* Translators: a coverage cell for a practice with no known place: "? assets / N people". */
      text = g_strdup_printf (_("? / %u"), people);
      tooltip = g_strdup_printf (_("%s has no postcode or coordinates, so no asset can be placed "
                                   "in its area. Add them in Preferences."), practice);
    }
  else if (tandem_coverage_is_gap (coverage, row, column))
    {
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      /* Translators: a gap in the coverage table: no assets for %u people. */
      text = g_strdup_printf (_("<b>none</b> / %u"), people);
      gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (box, "gap");
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Gap: %u person at %s needs help with “%s”, and no "
                                              "asset for it is known in the practice’s area",
                                              "Gap: %u people at %s need help with “%s”, and no "
                                              "asset for it is known in the practice’s area",
                                              people),
                                 people, practice, category);
    }
  else
    {
      /* Translators: a coverage cell: assets in the area / people who need them. */
      text = g_strdup_printf (_("%u / %u"), assets, people);
      tooltip = g_strdup_printf (_("%s, %s: %u assets in the area, %u people"), category,
                                 practice, assets, people);
      if (assets == 0 && people == 0)
        gtk_widget_add_css_class (label, "dim-label");
    }

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_tooltip_text (box, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  return box;
}

static void
clear_grid (TandemCoverageView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
}

static void
fill_grid (TandemCoverageView *self)
{
  TandemCoverage *coverage = self->coverage;
  guint n_practices = tandem_coverage_get_n_practices (coverage);
  guint n_categories = tandem_coverage_get_n_categories (coverage);

  clear_grid (self);

  gtk_grid_attach (GTK_GRID (self->grid), header_label (_("Category"), FALSE), 0, 0, 1, 1);
  for (guint column = 0; column < n_practices; column++)
    {
      TandemPractice *practice = tandem_coverage_get_practice (coverage, column);

      gtk_grid_attach (GTK_GRID (self->grid),
                       header_label (tandem_practice_get_name (practice), TRUE),
                       column + 1, 0, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (self->grid), header_label (_("Area not known"), TRUE),
                   n_practices + 1, 0, 1, 1);

  for (guint row = 0; row < n_categories; row++)
    {
      TandemAssetCategory *category = tandem_coverage_get_category (coverage, row);
      GtkWidget *name = gtk_label_new (tandem_asset_category_get_label (category));
      g_autofree char *unknown = g_strdup_printf ("%u",
                                                  tandem_coverage_get_assets_area_unknown (coverage,
                                                                                           row));
      GtkWidget *unknown_label = gtk_label_new (unknown);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_grid_attach (GTK_GRID (self->grid), name, 0, row + 1, 1, 1);
      for (guint column = 0; column < n_practices; column++)
        gtk_grid_attach (GTK_GRID (self->grid), cell_widget (coverage, row, column),
                         column + 1, row + 1, 1, 1);
      gtk_label_set_xalign (GTK_LABEL (unknown_label), 0);
      gtk_widget_add_css_class (unknown_label, "dim-label");
      gtk_widget_set_tooltip_text (unknown_label,
                                   _("Assets with no coordinates and a postcode outside every "
                                     "practice’s district"));
      gtk_grid_attach (GTK_GRID (self->grid), unknown_label, n_practices + 1, row + 1, 1, 1);
    }
}

static void
show_coverage (TandemCoverageView *self)
{
  guint gaps = tandem_coverage_count_gaps (self->coverage);
  g_autofree char *summary = NULL;
  g_autofree char *legend = NULL;

  if (tandem_coverage_get_n_practices (self->coverage) == 0)
    {
      gtk_label_set_text (GTK_LABEL (self->summary), "");
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }

  if (gaps == 0)
    summary = g_strdup (_("No gaps: every need counted has an asset nearby"));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u gap: people need something no asset nearby offers",
                                            "%u gaps: people need something no asset nearby offers",
                                            gaps),
                               gaps);
  gtk_label_set_text (GTK_LABEL (self->summary), summary);

  legend = g_strdup_printf (_("Each cell: active assets within %g km of the practice (or in its "
                              "postcode district when coordinates are missing) / people "
                              "registered there whose referral reasons or plan needs mention "
                              "the category."),
                            tandem_coverage_get_radius_km (self->coverage));
  gtk_label_set_text (GTK_LABEL (self->legend), legend);

  fill_grid (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "table");
}

static void
set_loading (TandemCoverageView *self,
             gboolean            loading)
{
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), loading);
  if (loading && self->coverage == NULL)
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "loading");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TandemStore *store = g_object_get_data (G_OBJECT (task), "store");
  double radius_km = *(double *) task_data;
  g_autoptr(TandemStore) sibling = NULL;
  TandemCoverage *coverage = NULL;
  GError *error = NULL;

  sibling = tandem_store_open_sibling (store, &error);
  if (sibling != NULL)
    coverage = tandem_store_load_coverage (sibling, radius_km, &error);

  if (coverage == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, coverage, g_object_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  TandemCoverageView *self = TANDEM_COVERAGE_VIEW (object);
  g_autoptr(TandemCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;

  coverage = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_loading (self, FALSE);

  if (coverage == NULL)
    {
      tandem_status_page_set_text (ADW_STATUS_PAGE (self->error_page), error->message);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "error");
      return;
    }

  g_set_object (&self->coverage, coverage);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coverage.export", TRUE);
  show_coverage (self);
}

static void
reload (TandemCoverageView *self)
{
  g_autoptr(GTask) task = NULL;
  double *radius_km;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, loaded_cb, NULL);
  g_task_set_source_tag (task, reload);
  g_object_set_data_full (G_OBJECT (task), "store", g_object_ref (self->store), g_object_unref);
  radius_km = g_new (double, 1);
  *radius_km = self->radius_km;
  g_task_set_task_data (task, radius_km, g_free);
  /* A late result of a cancelled count is dropped, not shown over a newer one. */
  g_task_set_return_on_cancel (task, TRUE);

  set_loading (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

static gboolean
reload_timeout_cb (gpointer data)
{
  TandemCoverageView *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Counting reads every person's needs: a hidden view counts again only when it is shown. */
static void
store_changed_cb (TandemCoverageView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->out_of_date = TRUE;
      return;
    }

  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
radius_selected_cb (TandemCoverageView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->radius_choice));

  if (selected < G_N_ELEMENTS (radii_km))
    tandem_coverage_view_set_radius_km (self, radii_km[selected]);
}

static void
csv_saved_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TandemCoverageView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    message = g_strdup_printf (_("The table could not be saved: %s. Choose another folder or "
                                 "name."), error->message);
  else
    {
      name = g_file_get_basename (G_FILE (object));
      message = g_strdup_printf (_("Saved “%s”"), name);
    }

  tandem_toast_show_message (GTK_WIDGET (self), message);
}

static void
chooser_response_cb (TandemCoverageView   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *csv;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL || self->coverage == NULL)
    return;

  csv = tandem_coverage_to_csv (self->coverage);
  bytes = g_bytes_new_take (csv, strlen (csv));
  g_steal_pointer (&csv);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL, csv_saved_cb,
                                       g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemCoverageView *self = TANDEM_COVERAGE_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->coverage == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Coverage as CSV"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV spreadsheets"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* Translators: the suggested file name of the coverage export. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("coverage.csv"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
tandem_coverage_view_dispose (GObject *object)
{
  TandemCoverageView *self = TANDEM_COVERAGE_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->coverage);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_COVERAGE_VIEW);

  G_OBJECT_CLASS (tandem_coverage_view_parent_class)->dispose (object);
}

static void
tandem_coverage_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemCoverageView *self = TANDEM_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_RADIUS_KM:
      g_value_set_double (value, self->radius_km);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, tandem_coverage_view_is_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_coverage_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemCoverageView *self = TANDEM_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_RADIUS_KM:
      tandem_coverage_view_set_radius_km (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
reload_if_out_of_date (TandemCoverageView *self)
{
  if (!self->out_of_date || self->store == NULL)
    return;

  self->out_of_date = FALSE;
  reload (self);
}

static void
tandem_coverage_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tandem_coverage_view_parent_class)->map (widget);

  reload_if_out_of_date (TANDEM_COVERAGE_VIEW (widget));
}

static void
tandem_coverage_view_class_init (TandemCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_coverage_view_dispose;
  object_class->get_property = tandem_coverage_view_get_property;
  object_class->set_property = tandem_coverage_view_set_property;
  widget_class->map = tandem_coverage_view_map;

  /* How far from a practice an asset counts as in its area. */
  properties[PROP_RADIUS_KM] =
    g_param_spec_double ("radius-km", NULL, NULL,
                         0.1, 100, TANDEM_COVERAGE_DEFAULT_RADIUS_KM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether a count is under way. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-coverage-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCoverageView, radius_choice);
  gtk_widget_class_bind_template_child (widget_class, TandemCoverageView, summary);
  gtk_widget_class_bind_template_child (widget_class, TandemCoverageView, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemCoverageView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TandemCoverageView, legend);
  gtk_widget_class_bind_template_child (widget_class, TandemCoverageView, grid);
  gtk_widget_class_bind_template_child (widget_class, TandemCoverageView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, radius_selected_cb);

  gtk_widget_class_install_action (widget_class, "coverage.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "coverage.export", NULL);
}

static void
tandem_coverage_view_init (TandemCoverageView *self)
{
  self->radius_km = TANDEM_COVERAGE_DEFAULT_RADIUS_KM;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->radius_choice), 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coverage.export", FALSE);
}

GtkWidget *
tandem_coverage_view_new (void)
{
  return g_object_new (TANDEM_TYPE_COVERAGE_VIEW, NULL);
}

/**
 * tandem_coverage_view_set_store:
 * @store: the store to count from
 *
 * Counts the coverage in a worker thread, and again whenever the directory, the people or
 * the practices change.
 */
void
tandem_coverage_view_set_store (TandemCoverageView *self,
                                TandemStore        *store)
{
  g_return_if_fail (TANDEM_IS_COVERAGE_VIEW (self));
  g_return_if_fail (store == NULL || TANDEM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_object (&self->coverage);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coverage.export", FALSE);

  if (store == NULL)
    return;

  g_signal_connect_object (store, "directory-changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "team-changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->out_of_date = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload_if_out_of_date (self);
}

void
tandem_coverage_view_set_radius_km (TandemCoverageView *self,
                                    double              radius_km)
{
  g_return_if_fail (TANDEM_IS_COVERAGE_VIEW (self));
  g_return_if_fail (radius_km > 0);

  if (self->radius_km == radius_km)
    return;

  self->radius_km = radius_km;
  for (guint i = 0; i < G_N_ELEMENTS (radii_km); i++)
    {
      if (radii_km[i] == radius_km)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->radius_choice), i);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RADIUS_KM]);
  reload (self);
}

double
tandem_coverage_view_get_radius_km (TandemCoverageView *self)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE_VIEW (self), 0);

  return self->radius_km;
}

/**
 * tandem_coverage_view_get_coverage:
 *
 * Returns: (transfer none) (nullable): the table shown, once counted
 */
TandemCoverage *
tandem_coverage_view_get_coverage (TandemCoverageView *self)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE_VIEW (self), NULL);

  return self->coverage;
}

gboolean
tandem_coverage_view_is_loading (TandemCoverageView *self)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * tandem_coverage_view_get_grid:
 *
 * Returns: (transfer none): the table's grid, for tests
 */
GtkWidget *
tandem_coverage_view_get_grid (TandemCoverageView *self)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE_VIEW (self), NULL);

  return self->grid;
}
