/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-directory-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset-category.h"
#include "tandem-asset-editor.h"
#include "tandem-asset-filter.h"
#include "tandem-asset-map.h"
#include "tandem-asset-page.h"
#include "tandem-asset-row.h"
#include "tandem-compat.h"
#include "tandem-coverage-view.h"
#include "tandem-date.h"
#include "tandem-directory-export.h"
#include "tandem-directory-view.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-filter-list.h"
#include "tandem-gui-util.h"
#include "tandem-id-selection.h"
#include "tandem-import-dialog.h"
#include "tandem-loading-spinner.h"

/* The Directory section: the community assets a link worker sends people to, searched as
 * they type and narrowed by filters, beside the page of the asset chosen.
 *
 * The whole directory is read once in a worker thread with a connection of its own, and again
 * whenever it changes; the search text goes to the store's full-text index, and the filters
 * run in memory over what was read (tandem-asset-filter.h), so 20,000 assets never make the
 * window wait.
 *
 * The list is the "list" page of a stack of its own, so that other ways of seeing the
 * directory (a map, coverage) can sit beside it; its switcher shows once there are two. */
struct _TandemDirectoryView
{
  AdwBin              parent_instance;

  TandemSession      *session;
  GtkWidget          *map;
  GtkWidget          *coverage;
  GListStore         *assets;        /* TandemAsset, the whole directory */
  TandemFilterList   *filtered;
  TandemIdSelection  *selection;
  TandemAssetFilter   criteria;
  GHashTable         *categories;    /* key -> TandemAssetCategory */
  GPtrArray          *category_keys; /* char *, per category dropdown item after "Any" */
  GCancellable       *load_cancellable;
  gboolean            loading;
  gboolean            loaded;
  char               *searched;      /* the search text the list was last filtered by */
  gint64              shown_asset_id;

  GtkWidget          *switcher_bar;
  GtkWidget          *pages;
  GtkWidget          *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *search_entry;
  GtkWidget          *filter_button;
  GtkWidget          *filter_popover;
  GtkWidget          *filter_grid;
  GtkWidget          *filters_revealer;
  GtkWidget          *filters_label;
  GtkWidget          *list_stack;
  GtkWidget          *list_scroller;
  GtkWidget          *list_view;
  GtkWidget          *spinner;
  GtkWidget          *no_results_page;
  GtkWidget          *count_label;
  GtkWidget          *content_stack;
  GtkWidget          *asset_page;

  GtkWidget          *category_dropdown;
  GtkWidget          *cost_dropdown;
  GtkWidget          *day_dropdown;
  GtkWidget          *access_dropdown;
  GtkWidget          *language_entry;
  GtkWidget          *suitability_dropdown;
  GtkWidget          *stale_check;
  GtkWidget          *practice_dropdown;
  GtkWidget          *radius_spin;
  GtkWidget          *practice_note;
};

G_DEFINE_FINAL_TYPE (TandemDirectoryView, tandem_directory_view, ADW_TYPE_BIN)

/* The accessibility features offered as a filter, in the dropdown's order after "Any". */
static const TandemAccessibility access_features[] = {
  TANDEM_ACCESSIBLE_WHEELCHAIR,
  TANDEM_ACCESSIBLE_TOILET,
  TANDEM_ACCESSIBLE_HEARING_LOOP,
  TANDEM_ACCESSIBLE_PARKING,
  TANDEM_ACCESSIBLE_BSL,
  TANDEM_ACCESSIBLE_QUIET_SPACE,
};

static TandemStore *
get_store (TandemDirectoryView *self)
{
  return tandem_session_get_store (self->session);
}

static guint
get_stale_months (TandemDirectoryView *self)
{
  return g_settings_get_uint (tandem_session_get_settings (self->session),
                              "directory-stale-months");
}

static void
update_count (TandemDirectoryView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->assets));
  g_autofree char *text = NULL;

  if (shown == all)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u asset", "%u assets", all), all);
  else
    /* Translators: how many assets the list shows of the whole directory */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u asset", "%u of %u assets",
                                         all),
                            shown, all);

  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

static void
update_no_results (TandemDirectoryView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *description = NULL;

  if (text[0] != '\0' && tandem_asset_filter_has_filters (&self->criteria))
    description = g_strdup_printf (_("Nothing matches “%s” with these filters. Try fewer "
                                     "filters or other words."), text);
  else if (text[0] != '\0')
    description = g_strdup_printf (_("Nothing in the directory matches “%s”. Search by the "
                                     "start of a name, a need such as “carers”, or a place."),
                                   text);
  else
    description = g_strdup (_("No asset matches all of these filters. Try fewer filters."));

  tandem_status_page_set_text (ADW_STATUS_PAGE (self->no_results_page), description);
}

static void
update_stack (TandemDirectoryView *self)
{
  const char *page;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->assets)) == 0)
    page = self->loading || !self->loaded ? "loading" : "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    page = "no-results";
  else
    page = "list";

  if (g_str_equal (page, "no-results"))
    update_no_results (self);

  tandem_loading_spinner_set_loading (TANDEM_LOADING_SPINNER (self->spinner),
                                      g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (GTK_STACK (self->list_stack), page);
  gtk_widget_set_visible (self->count_label, g_str_equal (page, "list") ||
                                             g_str_equal (page, "no-results"));
  update_count (self);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  TandemDirectoryView *self = user_data;

  return tandem_asset_filter_matches (&self->criteria, item);
}

/* Says in words which filters are on, so that a short list is never a mystery. */
static void
update_filters_summary (TandemDirectoryView *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GtkDropDown *dropdowns[] = {
    GTK_DROP_DOWN (self->category_dropdown), GTK_DROP_DOWN (self->cost_dropdown),
    GTK_DROP_DOWN (self->day_dropdown), GTK_DROP_DOWN (self->access_dropdown),
    GTK_DROP_DOWN (self->suitability_dropdown),
  };
  g_autofree char *summary = NULL;
  gboolean shown;

  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    {
      guint selected = gtk_drop_down_get_selected (dropdowns[i]);
      GListModel *model = gtk_drop_down_get_model (dropdowns[i]);

      if (selected > 0 && selected != GTK_INVALID_LIST_POSITION && model != NULL)
        g_ptr_array_add (parts, g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model),
                                                                      selected)));
    }
  if (self->criteria.language != NULL && self->criteria.language[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("Speaks “%s”"), self->criteria.language));
  if (self->criteria.stale_only)
    g_ptr_array_add (parts, g_strdup (_("Needs checking")));
  if (self->criteria.near)
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (self->practice_dropdown));
      guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->practice_dropdown));

      /* Translators: a filter, such as "Within 2 km of Riverside Surgery" */
      g_ptr_array_add (parts, g_strdup_printf (_("Within %g km of %s"), self->criteria.radius_km,
                                               gtk_string_list_get_string (GTK_STRING_LIST (model),
                                                                           selected)));
    }
  g_ptr_array_add (parts, NULL);

  summary = g_strjoinv (_(" · "), (char **) parts->pdata);
  shown = parts->len > 1 ||
          gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';
  gtk_label_set_text (GTK_LABEL (self->filters_label),
                      parts->len > 1 ? summary : _("Searching the whole directory"));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->filters_revealer), shown);
}

static void
refilter_by (TandemDirectoryView    *self,
             TandemFilterListChange  change)
{
  if (self->session != NULL)
    {
      self->criteria.stale_months = get_stale_months (self);
      tandem_date_set_today (&self->criteria.today);
    }

  tandem_filter_list_refilter (self->filtered, change);
  update_filters_summary (self);
  update_stack (self);
}

static void
refilter (TandemDirectoryView *self)
{
  refilter_by (self, TANDEM_FILTER_LIST_DIFFERENT);
}

/* The text goes to the store's index; an unreadable index shows nothing rather than all. */
static void
run_search (TandemDirectoryView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (text[0] == '\0' || self->session == NULL)
    {
      tandem_asset_filter_set_search (&self->criteria, NULL);
      return;
    }

  ids = tandem_store_search_assets (get_store (self), text, &error);
  if (ids == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  tandem_asset_filter_set_search (&self->criteria, ids);
}

static void
search_changed_cb (TandemDirectoryView *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  TandemFilterListChange change = TANDEM_FILTER_LIST_DIFFERENT;

  /* Every word must start a word of the asset, so typing on can only narrow the list and
   * deleting only widen it: the list then re-checks only the assets that can change. */
  if (self->searched != NULL && g_str_has_prefix (text, self->searched))
    change = TANDEM_FILTER_LIST_NARROWER;
  else if (self->searched != NULL && g_str_has_prefix (self->searched, text))
    change = TANDEM_FILTER_LIST_WIDER;

  g_free (self->searched);
  self->searched = g_steal_pointer (&text);

  run_search (self);
  refilter_by (self, change);
}

static void
stop_search_cb (TandemDirectoryView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
list_activate_cb (TandemDirectoryView *self,
                  guint                position)
{
  g_autoptr(TandemAsset) asset = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (asset == NULL)
    return;

  tandem_directory_view_show_asset (self, tandem_record_get_id (asset));
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (self->asset_page);
}

/* Enter in the search box opens the first asset found. */
static void
search_activate_cb (TandemDirectoryView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    list_activate_cb (self, 0);
}

static void
asset_go_back_cb (TandemDirectoryView *self)
{
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (self->list_view);
}

static void
asset_gone_cb (TandemDirectoryView *self)
{
  tandem_directory_view_show_asset (self, 0);
  asset_go_back_cb (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, tandem_asset_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TandemDirectoryView      *self)
{
  TandemAsset *asset = gtk_list_item_get_item (list_item);

  tandem_asset_row_set_asset (TANDEM_ASSET_ROW (gtk_list_item_get_child (list_item)), asset,
                              self->categories,
                              tandem_asset_is_stale (asset, &self->criteria.today,
                                                     self->criteria.stale_months));
}

/* Runs in a worker thread with a connection of its own. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(TandemStore) sibling = NULL;
  GPtrArray *assets;
  GError *error = NULL;

  sibling = tandem_store_open_sibling (task_data, &error);
  if (sibling == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* One pass over every row gains nothing from a large page cache. */
  tandem_store_set_cache_size (sibling, 2048);

  assets = tandem_store_list_assets (sibling, &error);
  if (assets == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, assets, (GDestroyNotify) g_ptr_array_unref);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TandemDirectoryView *self = TANDEM_DIRECTORY_VIEW (object);
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GError) error = NULL;

  assets = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  self->loaded = TRUE;

  if (assets == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The directory could not be read: %s"),
                                                  error->message);

      tandem_toast_show_message (GTK_WIDGET (self), message);
      update_stack (self);
      return;
    }

  /* New assets may match the search typed, so it runs again over the new directory. */
  run_search (self);
  tandem_date_set_today (&self->criteria.today);
  g_list_store_splice (self->assets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->assets)),
                       assets->pdata, assets->len);
  refilter (self);
  tandem_directory_view_show_asset (self, self->shown_asset_id);
}

static void
load_categories (TandemDirectoryView *self)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  categories = tandem_store_list_asset_categories (get_store (self), &error);
  if (categories == NULL)
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  g_hash_table_remove_all (self->categories);
  for (guint i = 0; i < categories->len; i++)
    {
      TandemAssetCategory *category = g_ptr_array_index (categories, i);

      g_hash_table_insert (self->categories, g_strdup (tandem_asset_category_get_key (category)),
                           g_object_ref (category));
    }

  if (self->map != NULL)
    tandem_asset_map_set_categories (TANDEM_ASSET_MAP (self->map), categories);
}

static void
reload (TandemDirectoryView *self)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  load_categories (self);

  task = g_task_new (self, self->load_cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, reload);
  g_task_set_task_data (task, g_object_ref (get_store (self)), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  self->loading = TRUE;
  update_stack (self);
  g_task_run_in_thread (task, load_thread);
}

static GtkWidget *
make_dropdown (GtkStringList *strings,
               const char    *label)
{
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return dropdown;
}

static void
add_filter_row (TandemDirectoryView *self,
                int                  row,
                const char          *title,
                GtkWidget           *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (title);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (GTK_GRID (self->filter_grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (self->filter_grid), widget, 1, row, 2, 1);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  TandemAssetCategory *first = *(TandemAssetCategory **) a;
  TandemAssetCategory *second = *(TandemAssetCategory **) b;

  return tandem_asset_category_get_position (first) - tandem_asset_category_get_position (second);
}

/* In the directory's order, as the editor and preferences list them; retired ones are gone. */
static void
fill_category_dropdown (TandemDirectoryView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char *[]) { _("Any need"), NULL });
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;
  guint selected = 0;

  g_hash_table_iter_init (&iter, self->categories);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (categories, value);
  g_ptr_array_sort (categories, compare_positions);
  g_ptr_array_set_size (self->category_keys, 0);

  for (guint i = 0; i < categories->len; i++)
    {
      TandemAssetCategory *category = g_ptr_array_index (categories, i);

      if (tandem_asset_category_get_retired (category))
        continue;
      if (g_strcmp0 (self->criteria.category, tandem_asset_category_get_key (category)) == 0)
        selected = self->category_keys->len + 1;
      g_ptr_array_add (self->category_keys, g_strdup (tandem_asset_category_get_key (category)));
      gtk_string_list_append (names, tandem_asset_category_get_label (category));
    }

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->category_dropdown), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->category_dropdown), selected);
}

static TandemPractice *
dup_chosen_practice (TandemDirectoryView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->practice_dropdown));
  GListModel *practices;

  /* The first item is "Anywhere"; then the team's practices in order. */
  if (self->session == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  practices = tandem_team_get_practices (tandem_session_get_team (self->session));
  return g_list_model_get_item (practices, selected - 1);
}

/* Distance needs the practice's position; one without says so instead of hiding everything. */
static void
apply_distance (TandemDirectoryView *self)
{
  g_autoptr(TandemPractice) practice = dup_chosen_practice (self);
  gboolean located = practice != NULL && tandem_practice_get_has_coordinates (practice);

  self->criteria.near = located;
  self->criteria.radius_km = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->radius_spin));
  if (located)
    {
      self->criteria.latitude = tandem_practice_get_latitude (practice);
      self->criteria.longitude = tandem_practice_get_longitude (practice);
    }

  gtk_widget_set_visible (self->practice_note, practice != NULL && !located);
  gtk_widget_set_sensitive (self->radius_spin, practice != NULL);
}

static void
apply_filters (TandemDirectoryView *self)
{
  guint category = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->category_dropdown));
  guint day = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->day_dropdown));
  guint access = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->access_dropdown));
  guint suitability = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->suitability_dropdown));

  g_clear_pointer (&self->criteria.category, g_free);
  if (category > 0 && category <= self->category_keys->len)
    self->criteria.category = g_strdup (g_ptr_array_index (self->category_keys, category - 1));

  self->criteria.free_only = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->cost_dropdown)) == 1;
  self->criteria.day = day > 0 && day <= 7 ? 1u << (day - 1) : 0;
  self->criteria.accessibility = access > 0 && access <= G_N_ELEMENTS (access_features)
                                 ? access_features[access - 1] : 0;
  self->criteria.suitability = suitability > 0 && suitability <= TANDEM_SUITABILITY_RED + 1
                               ? (int) suitability - 1 : -1;
  g_free (self->criteria.language);
  self->criteria.language = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->language_entry))));
  self->criteria.stale_only = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->stale_check));
  apply_distance (self);

  refilter (self);
}

static void
fill_practices (TandemDirectoryView *self)
{
  GListModel *practices = tandem_team_get_practices (tandem_session_get_team (self->session));
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char *[]) { _("Anywhere"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);

      gtk_string_list_append (names, tandem_practice_get_name (practice));
    }

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->practice_dropdown), G_LIST_MODEL (names));

  if (self->map != NULL)
    tandem_asset_map_set_practices (TANDEM_ASSET_MAP (self->map), practices);
}

static void
build_filters (TandemDirectoryView *self)
{
  g_autoptr(GtkStringList) costs = gtk_string_list_new ((const char *[]) { _("Any cost"), _("Free"), NULL });
  g_autoptr(GtkStringList) days = gtk_string_list_new ((const char *[]) { _("Any day"), NULL });
  g_autoptr(GtkStringList) access = gtk_string_list_new ((const char *[]) { _("Any"), NULL });
  g_autoptr(GtkStringList) statuses = gtk_string_list_new ((const char *[]) { _("Any status"), NULL });
  g_autoptr(GtkStringList) empty = gtk_string_list_new (NULL);
  GtkWidget *near_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *km = gtk_label_new (_("km"));
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_Clear Filters"));
  int row = 0;

  for (guint i = 0; i < 7; i++)
    /* Translators: a filter, such as "Open on Tuesday" */
    {
      g_autofree char *label = g_strdup_printf (_("Open on %s"), tandem_enum_get_label (TANDEM_TYPE_DAYS, 1u << i));

      gtk_string_list_append (days, label);
    }
  for (guint i = 0; i < G_N_ELEMENTS (access_features); i++)
    gtk_string_list_append (access, tandem_accessibility_get_label (access_features[i]));
  for (int i = TANDEM_SUITABILITY_UNCHECKED; i <= TANDEM_SUITABILITY_RED; i++)
    gtk_string_list_append (statuses, tandem_suitability_get_label (i));

  self->category_dropdown = make_dropdown (empty, _("Need"));
  self->cost_dropdown = make_dropdown (costs, _("Cost"));
  self->day_dropdown = make_dropdown (days, _("Open on"));
  self->access_dropdown = make_dropdown (access, _("Accessibility"));
  self->suitability_dropdown = make_dropdown (statuses, _("Suitability check"));
  self->practice_dropdown = make_dropdown (empty, _("Near practice"));
  self->language_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->language_entry), _("Any language"));
  self->stale_check = gtk_check_button_new_with_mnemonic (_("Only those _needing checking"));
  self->radius_spin = gtk_spin_button_new_with_range (0.5, 100, 0.5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->radius_spin), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->radius_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Distance in kilometres"), -1);
  self->practice_note = gtk_label_new (_("This practice has no coordinates yet, so distances "
                                         "cannot be measured from it."));
  gtk_label_set_wrap (GTK_LABEL (self->practice_note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->practice_note), 36);
  gtk_label_set_xalign (GTK_LABEL (self->practice_note), 0);
  gtk_widget_add_css_class (self->practice_note, "caption");
  gtk_widget_add_css_class (self->practice_note, "warning");
  gtk_widget_set_visible (self->practice_note, FALSE);
  gtk_widget_set_hexpand (self->practice_dropdown, TRUE);
  gtk_box_append (GTK_BOX (near_box), self->practice_dropdown);
  gtk_box_append (GTK_BOX (near_box), self->radius_spin);
  gtk_box_append (GTK_BOX (near_box), km);

  add_filter_row (self, row++, _("_Need"), self->category_dropdown);
  add_filter_row (self, row++, _("C_ost"), self->cost_dropdown);
  add_filter_row (self, row++, _("_When"), self->day_dropdown);
  add_filter_row (self, row++, _("_Accessibility"), self->access_dropdown);
  add_filter_row (self, row++, _("_Language"), self->language_entry);
  add_filter_row (self, row++, _("_Suitability"), self->suitability_dropdown);
  add_filter_row (self, row++, _("Ne_ar"), near_box);
  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (self->filter_grid),
                                                                   0, row - 1)),
                                 self->practice_dropdown);
  gtk_grid_attach (GTK_GRID (self->filter_grid), self->practice_note, 1, row++, 2, 1);
  gtk_grid_attach (GTK_GRID (self->filter_grid), self->stale_check, 1, row++, 2, 1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "directory.clear-filters");
  gtk_widget_set_halign (clear, GTK_ALIGN_END);
  gtk_grid_attach (GTK_GRID (self->filter_grid), clear, 1, row++, 2, 1);

  g_signal_connect_object (self->category_dropdown, "notify::selected",
                           G_CALLBACK (apply_filters), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cost_dropdown, "notify::selected", G_CALLBACK (apply_filters),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->day_dropdown, "notify::selected", G_CALLBACK (apply_filters),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->access_dropdown, "notify::selected", G_CALLBACK (apply_filters),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->suitability_dropdown, "notify::selected",
                           G_CALLBACK (apply_filters), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->practice_dropdown, "notify::selected", G_CALLBACK (apply_filters),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->radius_spin, "value-changed", G_CALLBACK (apply_filters), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->language_entry, "changed", G_CALLBACK (apply_filters), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stale_check, "toggled", G_CALLBACK (apply_filters), self,
                           G_CONNECT_SWAPPED);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TandemDirectoryView *self = TANDEM_DIRECTORY_VIEW (widget);
  GtkWidget *dropdowns[] = {
    self->category_dropdown, self->cost_dropdown, self->day_dropdown, self->access_dropdown,
    self->suitability_dropdown, self->practice_dropdown,
  };

  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdowns[i]), 0);
  gtk_editable_set_text (GTK_EDITABLE (self->language_entry), "");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->stale_check), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self->filter_popover));
  apply_filters (self);
  gtk_widget_grab_focus (self->search_entry);
}

static void
new_asset_saved_cb (TandemDirectoryView *self,
                    TandemAssetEditor   *editor)
{
  TandemAsset *asset = tandem_asset_editor_get_asset (editor);
  g_autofree char *message = g_strdup_printf (_("Added %s"), tandem_asset_get_name (asset));

  tandem_directory_view_show_asset (self, tandem_record_get_id (asset));
  tandem_toast_show_message (GTK_WIDGET (self), message);
}

static void
new_asset_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemDirectoryView *self = TANDEM_DIRECTORY_VIEW (widget);
  TandemAssetEditor *editor;

  if (self->session == NULL)
    return;

  editor = tandem_asset_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), get_store (self),
                                    NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (new_asset_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemDirectoryView *self = TANDEM_DIRECTORY_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_window_present (GTK_WINDOW (tandem_import_dialog_new (GTK_WINDOW (root),
                                                            get_store (self))));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemDirectoryView *self = TANDEM_DIRECTORY_VIEW (widget);

  tandem_directory_export (widget, get_store (self));
}

/* The switcher is only worth showing once there is more than one way to see the directory. */
static void
pages_changed_cb (TandemDirectoryView *self)
{
  GtkSelectionModel *pages = adw_view_stack_get_pages (ADW_VIEW_STACK (self->pages));

  gtk_widget_set_visible (self->switcher_bar, g_list_model_get_n_items (G_LIST_MODEL (pages)) > 1);
  g_object_unref (pages);
}

static void
directory_changed_cb (TandemDirectoryView *self)
{
  reload (self);
  fill_category_dropdown (self);
}

static void
map_asset_activated_cb (TandemDirectoryView *self,
                        TandemAsset         *asset)
{
  tandem_directory_view_show_asset (self, tandem_record_get_id (asset));
}

/* The map has set the asset's coordinates where the user clicked: keep them. */
static void
map_pin_placed_cb (TandemDirectoryView *self,
                   TandemAsset         *asset,
                   double               latitude,
                   double               longitude)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_store_save_asset (get_store (self), asset, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      reload (self);
      return;
    }

  tandem_toast_show_message (GTK_WIDGET (self), _("Place saved"));
}

/* Place on Map: the asset page asks for a pin for the asset it shows. */
static void
place_pin_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemDirectoryView *self = TANDEM_DIRECTORY_VIEW (widget);
  gint64 asset_id = g_variant_get_int64 (parameter);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->assets));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TandemAsset) asset = g_list_model_get_item (G_LIST_MODEL (self->assets), i);

      if (tandem_record_get_id (asset) == asset_id)
        {
          adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->pages), "map");
          tandem_asset_map_place_pin (TANDEM_ASSET_MAP (self->map), asset);
          return;
        }
    }
}

/* The map follows the list's search and filters; the coverage view counts the whole
 * directory against people's needs. */
static void
add_overview_pages (TandemDirectoryView *self)
{
  AdwViewStack *pages = ADW_VIEW_STACK (self->pages);
  AdwViewStackPage *page;

  self->map = tandem_asset_map_new ();
  tandem_asset_map_set_assets (TANDEM_ASSET_MAP (self->map), G_LIST_MODEL (self->filtered));
  g_signal_connect_object (self->map, "asset-activated", G_CALLBACK (map_asset_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map, "pin-placed", G_CALLBACK (map_pin_placed_cb), self,
                           G_CONNECT_SWAPPED);
  page = adw_view_stack_add_titled (pages, self->map, "map", _("Map"));
  adw_view_stack_page_set_icon_name (page, "mark-location-symbolic");

  self->coverage = tandem_coverage_view_new ();
  tandem_coverage_view_set_store (TANDEM_COVERAGE_VIEW (self->coverage), get_store (self));
  g_settings_bind (tandem_session_get_settings (self->session), "coverage-radius-km",
                   self->coverage, "radius-km", G_SETTINGS_BIND_DEFAULT);
  page = adw_view_stack_add_titled (pages, self->coverage, "coverage", _("Coverage"));
  adw_view_stack_page_set_icon_name (page, "view-grid-symbolic");
}

static void
tandem_directory_view_dispose (GObject *object)
{
  TandemDirectoryView *self = (TandemDirectoryView *) object;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  /* The list keeps the models until the template goes, after this: they must not call back. */
  if (self->filtered != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->filtered, self);
      tandem_filter_list_set_func (self->filtered, NULL, NULL, NULL);
    }
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->assets);
  g_clear_object (&self->session);
  g_clear_pointer (&self->categories, g_hash_table_unref);
  g_clear_pointer (&self->category_keys, g_ptr_array_unref);
  g_clear_pointer (&self->searched, g_free);
  tandem_asset_filter_clear (&self->criteria);

  /* The parent class disposes the widgets from the template, in an order that keeps
   * libadwaita's view switchers and stacks consistent. */
  G_OBJECT_CLASS (tandem_directory_view_parent_class)->dispose (object);
}

static void
tandem_directory_view_class_init (TandemDirectoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_directory_view_dispose;

  g_type_ensure (TANDEM_TYPE_ASSET_PAGE);
  g_type_ensure (TANDEM_TYPE_LOADING_SPINNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-directory-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, pages);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, filters_revealer);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, filters_label);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemDirectoryView, asset_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, asset_go_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, asset_gone_cb);

  gtk_widget_class_install_action (widget_class, "directory.new-asset", NULL, new_asset_action);
  gtk_widget_class_install_action (widget_class, "directory.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "directory.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "directory.place-pin", "x", place_pin_action);
  gtk_widget_class_install_action (widget_class, "directory.clear-filters", NULL,
                                   clear_filters_action);
}

static void
tandem_directory_view_init (TandemDirectoryView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSelectionModel *pages;

  gtk_widget_init_template (GTK_WIDGET (self));
  tandem_asset_filter_init (&self->criteria);
  self->categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->category_keys = g_ptr_array_new_with_free_func (g_free);

  self->assets = g_list_store_new (TANDEM_TYPE_ASSET);
  self->filtered = tandem_filter_list_new (G_LIST_MODEL (self->assets), filter_func, self, NULL);
  self->selection = tandem_id_selection_new (G_LIST_MODEL (self->filtered));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);

  self->list_view = tandem_compat_list_new ();
  gtk_widget_add_css_class (self->list_view, "tandem-caseload-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Assets"), -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  tandem_compat_list_set_factory (self->list_view, factory);
  tandem_compat_list_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->list_scroller), self->list_view);

  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (self->search_entry), 0);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->search_entry), self->list_pane);

  build_filters (self);

  pages = adw_view_stack_get_pages (ADW_VIEW_STACK (self->pages));
  g_signal_connect_object (pages, "items-changed", G_CALLBACK (pages_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_unref (pages);
  pages_changed_cb (self);
}

/**
 * tandem_directory_view_set_session:
 *
 * Reads the session's directory, in a worker thread. Call once.
 */
void
tandem_directory_view_set_session (TandemDirectoryView *self,
                                   TandemSession       *session)
{
  g_return_if_fail (TANDEM_IS_DIRECTORY_VIEW (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  tandem_asset_page_set_session (TANDEM_ASSET_PAGE (self->asset_page), session);
  g_object_bind_property (self->leaflet, "folded", self->asset_page, "folded",
                          G_BINDING_SYNC_CREATE);

  add_overview_pages (self);
  g_signal_connect_object (get_store (self), "directory-changed",
                           G_CALLBACK (directory_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_session_get_team (session), "changed",
                           G_CALLBACK (fill_practices), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_session_get_settings (session),
                           "changed::directory-stale-months", G_CALLBACK (refilter), self,
                           G_CONNECT_SWAPPED);

  fill_practices (self);
  reload (self);
  fill_category_dropdown (self);
}

gboolean
tandem_directory_view_has_session (TandemDirectoryView *self)
{
  g_return_val_if_fail (TANDEM_IS_DIRECTORY_VIEW (self), FALSE);

  return self->session != NULL;
}

void
tandem_directory_view_focus_search (TandemDirectoryView *self)
{
  g_return_if_fail (TANDEM_IS_DIRECTORY_VIEW (self));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->pages), "list");
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (self->search_entry);
}

/**
 * tandem_directory_view_show_asset:
 * @asset_id: the asset to show on the list page, or 0 for none
 */
void
tandem_directory_view_show_asset (TandemDirectoryView *self,
                                  gint64               asset_id)
{
  g_return_if_fail (TANDEM_IS_DIRECTORY_VIEW (self));

  self->shown_asset_id = asset_id;
  tandem_asset_page_set_asset_id (TANDEM_ASSET_PAGE (self->asset_page), asset_id);
  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack),
                                    asset_id != 0 ? "asset" : "none");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->pages), "list");

  /* The list highlights the asset shown whenever the filters let it be seen. */
  tandem_id_selection_set_selected_id (self->selection, asset_id);
}

/**
 * tandem_directory_view_get_pages:
 *
 * Returns: (transfer none): the stack of ways to see the directory, whose "list" page is the
 *   list; add others with adw_view_stack_add_titled()
 */
AdwViewStack *
tandem_directory_view_get_pages (TandemDirectoryView *self)
{
  g_return_val_if_fail (TANDEM_IS_DIRECTORY_VIEW (self), NULL);

  return ADW_VIEW_STACK (self->pages);
}

/**
 * tandem_directory_view_get_shown_assets:
 *
 * Returns: (transfer none): the assets the search and filters let through, for a map to show
 *   the same ones
 */
GListModel *
tandem_directory_view_get_shown_assets (TandemDirectoryView *self)
{
  g_return_val_if_fail (TANDEM_IS_DIRECTORY_VIEW (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

gboolean
tandem_directory_view_get_loading (TandemDirectoryView *self)
{
  g_return_val_if_fail (TANDEM_IS_DIRECTORY_VIEW (self), FALSE);

  return self->loading || !self->loaded;
}

/**
 * tandem_directory_view_get_list_view:
 *
 * Returns: (transfer none): the list, for tests
 */
GtkWidget *
tandem_directory_view_get_list_view (TandemDirectoryView *self)
{
  g_return_val_if_fail (TANDEM_IS_DIRECTORY_VIEW (self), NULL);

  return self->list_view;
}

/**
 * tandem_directory_view_get_asset_page:
 *
 * Returns: (transfer none): the page of the asset chosen
 */
GtkWidget *
tandem_directory_view_get_asset_page (TandemDirectoryView *self)
{
  g_return_val_if_fail (TANDEM_IS_DIRECTORY_VIEW (self), NULL);

  return self->asset_page;
}

static void
select_item (GtkWidget  *dropdown,
             const char *text)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
        return;
      }

  g_critical ("No filter item “%s”", text);
}

/**
 * tandem_directory_view_set_filter:
 * @name: "need", "cost", "when", "accessibility", "suitability" or "near" (an item's text,
 *   as shown), "language" (text), "radius" (km) or "stale" ("true" or "false")
 *
 * Sets a filter as the user would in the filter popover; for tests and screenshots.
 */
void
tandem_directory_view_set_filter (TandemDirectoryView *self,
                                  const char          *name,
                                  const char          *value)
{
  g_return_if_fail (TANDEM_IS_DIRECTORY_VIEW (self));

  if (g_str_equal (name, "need"))
    select_item (self->category_dropdown, value);
  else if (g_str_equal (name, "cost"))
    select_item (self->cost_dropdown, value);
  else if (g_str_equal (name, "when"))
    select_item (self->day_dropdown, value);
  else if (g_str_equal (name, "accessibility"))
    select_item (self->access_dropdown, value);
  else if (g_str_equal (name, "suitability"))
    select_item (self->suitability_dropdown, value);
  else if (g_str_equal (name, "near"))
    select_item (self->practice_dropdown, value);
  else if (g_str_equal (name, "language"))
    gtk_editable_set_text (GTK_EDITABLE (self->language_entry), value);
  else if (g_str_equal (name, "radius"))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->radius_spin), g_ascii_strtod (value, NULL));
  else if (g_str_equal (name, "stale"))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->stale_check), g_str_equal (value, "true"));
  else
    g_critical ("No directory filter “%s”", name);
}
