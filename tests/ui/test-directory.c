/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-asset-category.h"
#include "tandem-asset-editor.h"
#include "tandem-asset-map.h"
#include "tandem-asset-page.h"
#include "tandem-asset-row.h"
#include "tandem-coverage.h"
#include "tandem-coverage-view.h"
#include "tandem-date.h"
#include "tandem-directory-view.h"
#include "tandem-editor-window.h"
#include "tandem-import-dialog.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* The Directory as a link worker uses it: searching and filtering, adding an asset through
 * the real editor, verifying a stale entry, and seeing a red check at a glance. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemWindow  *window;
  GtkWidget     *view;
} Fixture;

static gint64
add_asset (Fixture           *fixture,
           const char        *name,
           const char        *categories,
           const char        *schedule,
           TandemAssetCost    cost,
           TandemSuitability  suitability,
           const char        *verified_on)
{
  g_autoptr(TandemAsset) asset = tandem_asset_new ();
  g_autoptr(GError) error = NULL;

  tandem_asset_set_name (asset, name);
  tandem_asset_set_organisation (asset, "Test Community Trust");
  tandem_asset_set_categories (asset, categories);
  tandem_asset_set_schedule (asset, schedule);
  tandem_asset_set_cost (asset, cost);
  tandem_asset_set_suitability (asset, suitability);
  tandem_asset_set_verified_on (asset, verified_on);
  tandem_asset_set_active (asset, TRUE);
  tandem_store_save_asset (fixture->store, asset, &error);
  g_assert_no_error (error);
  return tandem_record_get_id (asset);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today_iso ();

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);
  tandem_ui_add_staff (fixture->store, "Sam Worker", TANDEM_ROLE_LINK_WORKER);

  add_asset (fixture, "Riverside Walking Group", "physical-activity,green", "tue 10:00-12:00",
             TANDEM_COST_FREE, TANDEM_SUITABILITY_GREEN, today);
  add_asset (fixture, "Community Choir", "arts,loneliness", "wed 19:00-21:00", TANDEM_COST_PAID,
             TANDEM_SUITABILITY_AMBER, today);
  add_asset (fixture, "Money Advice Drop-in", "money", "tue 13:00-16:00", TANDEM_COST_FREE,
             TANDEM_SUITABILITY_UNCHECKED, today);
}

static gboolean
directory_loaded (gpointer view)
{
  return !tandem_directory_view_get_loading (view);
}

static void
open_directory (Fixture *fixture)
{
  fixture->window = tandem_ui_open_window (fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-directory", NULL);
  fixture->view = tandem_window_get_directory_view (fixture->window);
  g_assert_true (tandem_ui_wait_until (directory_loaded, fixture->view, 5000));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "directory-stale-months");
  g_settings_reset (fixture->settings, "coverage-radius-km");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (tandem_directory_view_get_shown_assets (TANDEM_DIRECTORY_VIEW (fixture->view)));
}

static const char *
shown_name (Fixture *fixture,
            guint    position)
{
  g_autoptr(TandemAsset) asset =
    g_list_model_get_item (tandem_directory_view_get_shown_assets (TANDEM_DIRECTORY_VIEW (fixture->view)),
                           position);

  /* The list holds its own reference, so the name outlives this one. */
  return tandem_asset_get_name (asset);
}

static GtkWidget *
find_search_entry (Fixture *fixture)
{
  return tandem_ui_find_by_type (fixture->view, GTK_TYPE_SEARCH_ENTRY);
}

static void
test_search_narrows (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *entry;

  open_directory (fixture);
  g_assert_cmpuint (n_shown (fixture), ==, 3);

  entry = find_search_entry (fixture);
  gtk_editable_set_text (GTK_EDITABLE (entry), "walk");
  tandem_ui_iterate (50);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (shown_name (fixture, 0), ==, "Riverside Walking Group");

  /* A category's name finds its assets too. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "money");
  tandem_ui_iterate (50);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (shown_name (fixture, 0), ==, "Money Advice Drop-in");

  gtk_editable_set_text (GTK_EDITABLE (entry), "zzzz");
  tandem_ui_iterate (50);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  g_assert_nonnull (tandem_ui_find_button (fixture->view, "Clear Filters"));

  gtk_widget_activate_action (fixture->view, "directory.clear-filters", NULL);
  g_assert_cmpuint (n_shown (fixture), ==, 3);
}

static const char *
category_label (Fixture    *fixture,
                const char *key)
{
  g_autoptr(GPtrArray) categories = tandem_store_list_asset_categories (fixture->store, NULL);

  for (guint i = 0; i < categories->len; i++)
    if (g_str_equal (tandem_asset_category_get_key (g_ptr_array_index (categories, i)), key))
      return g_intern_string (tandem_asset_category_get_label (g_ptr_array_index (categories, i)));

  g_assert_not_reached ();
}

static void
test_filters_narrow (Fixture       *fixture,
                     gconstpointer  data)
{
  TandemDirectoryView *view;

  open_directory (fixture);
  view = TANDEM_DIRECTORY_VIEW (fixture->view);

  tandem_directory_view_set_filter (view, "cost", "Free");
  g_assert_cmpuint (n_shown (fixture), ==, 2);

  tandem_directory_view_set_filter (view, "when", "Open on Tuesday");
  g_assert_cmpuint (n_shown (fixture), ==, 2);

  tandem_directory_view_set_filter (view, "need", category_label (fixture, "physical-activity"));
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (shown_name (fixture, 0), ==, "Riverside Walking Group");

  /* Filters combine with the search. */
  gtk_editable_set_text (GTK_EDITABLE (find_search_entry (fixture)), "choir");
  tandem_ui_iterate (50);
  g_assert_cmpuint (n_shown (fixture), ==, 0);

  gtk_widget_activate_action (fixture->view, "directory.clear-filters", NULL);
  tandem_directory_view_set_filter (view, "when", "Open on Wednesday");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (shown_name (fixture, 0), ==, "Community Choir");

  tandem_directory_view_set_filter (view, "when", "Any day");
  tandem_directory_view_set_filter (view, "suitability", "Amber: suitable with care");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
}

static gboolean
page_not_stale (gpointer page)
{
  return !tandem_asset_page_get_stale_shown (page);
}

static void
test_verify_now_clears_stale (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *page;
  gint64 id;

  id = add_asset (fixture, "Lunch Club", "older-people", "fri 12:00-14:00", TANDEM_COST_PAID,
                  TANDEM_SUITABILITY_GREEN, "2019-01-01");
  open_directory (fixture);
  tandem_directory_view_set_filter (TANDEM_DIRECTORY_VIEW (fixture->view), "stale", "true");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (shown_name (fixture, 0), ==, "Lunch Club");
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (tandem_asset_row_get_stale_shown (TANDEM_ASSET_ROW (tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_ASSET_ROW))));

  tandem_directory_view_show_asset (TANDEM_DIRECTORY_VIEW (fixture->view), id);
  page = tandem_directory_view_get_asset_page (TANDEM_DIRECTORY_VIEW (fixture->view));
  g_assert_true (tandem_asset_page_get_stale_shown (TANDEM_ASSET_PAGE (page)));

  gtk_widget_activate_action (page, "asset.verify", NULL);
  g_assert_true (tandem_ui_wait_until (page_not_stale, page, 5000));
  g_assert_true (tandem_ui_wait_until (directory_loaded, fixture->view, 5000));

  /* Verified, it needs no checking, so the "Needs checking" filter no longer lists it. */
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  tandem_directory_view_set_filter (TANDEM_DIRECTORY_VIEW (fixture->view), "stale", "false");
  g_assert_cmpuint (n_shown (fixture), ==, 4);
}

static gboolean
shows_four (gpointer fixture)
{
  return directory_loaded (((Fixture *) fixture)->view) && n_shown (fixture) == 4;
}

static void
test_editor_adds_asset (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GError) error = NULL;
  TandemEditorWindow *editor;
  TandemForm *form;
  TandemAsset *added = NULL;

  open_directory (fixture);
  gtk_widget_activate_action (fixture->view, "directory.new-asset", NULL);
  editor = TANDEM_EDITOR_WINDOW (tandem_ui_wait_window (TANDEM_TYPE_ASSET_EDITOR));
  form = tandem_editor_window_get_form (editor, "asset");

  tandem_form_set_text (form, "name", "Carers’ Coffee Morning");
  tandem_form_set_keys (form, "categories", "carers,money");
  tandem_form_set_text (form, "latitude", "51.45");

  /* Opening times that do not read, and half the coordinates, are said on the fields and
   * nothing is added; what was typed stays. */
  tandem_form_set_text (form, "schedule", "tue 25:00-26:00");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  tandem_ui_iterate (50);
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_ASSET_EDITOR));
  g_assert_true (gtk_widget_has_css_class (tandem_form_get_row (form, "schedule"), "error"));
  g_assert_true (gtk_widget_has_css_class (tandem_form_get_row (form, "longitude"), "error"));

  tandem_form_set_text (form, "schedule", "tue 10:00-12:00 at the library");
  tandem_form_set_text (form, "longitude", "-2.59");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_ASSET_EDITOR));
  g_assert_true (tandem_ui_wait_until (shows_four, fixture, 5000));

  assets = tandem_store_list_assets (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < assets->len; i++)
    if (g_str_equal (tandem_asset_get_name (g_ptr_array_index (assets, i)), "Carers’ Coffee Morning"))
      added = g_ptr_array_index (assets, i);
  g_assert_nonnull (added);
  g_assert_true (tandem_asset_has_category (added, "carers"));
  g_assert_true (tandem_asset_has_category (added, "money"));
  g_assert_true (tandem_asset_get_has_coordinates (added));
  g_assert_cmpfloat_with_epsilon (tandem_asset_get_longitude (added), -2.59, 1e-9);
  g_assert_cmpuint (tandem_asset_get_open_days (added), ==, TANDEM_DAYS_TUESDAY);

  /* It shows in the list, and a search for its need finds it. */
  gtk_editable_set_text (GTK_EDITABLE (find_search_entry (fixture)), "coffee");
  tandem_ui_iterate (50);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
}

static void
test_red_badge (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *row;

  add_asset (fixture, "Unvetted Befriending", "loneliness", "", TANDEM_COST_FREE,
             TANDEM_SUITABILITY_RED, "2025-01-01");
  open_directory (fixture);
  tandem_directory_view_set_filter (TANDEM_DIRECTORY_VIEW (fixture->view), "suitability",
                                    "Red: not suitable");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);

  row = tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_ASSET_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (tandem_asset_row_get_badge_text (TANDEM_ASSET_ROW (row)), ==, "Red");
}

/* The menu's Import Directory… opens the import, for this store. */
static void
test_import_opens (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *dialog;

  open_directory (fixture);
  gtk_widget_activate_action (fixture->view, "directory.import", NULL);
  dialog = tandem_ui_wait_window (TANDEM_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture->window));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Place on Map switches to the map, which waits for the pin; where it lands is saved. */
static void
test_place_pin (Fixture       *fixture,
                gconstpointer  data)
{
  AdwViewStack *pages;
  GtkWidget *map;
  TandemAsset *pinned;
  g_autoptr(TandemAsset) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  open_directory (fixture);
  pages = tandem_directory_view_get_pages (TANDEM_DIRECTORY_VIEW (fixture->view));
  map = adw_view_stack_get_child_by_name (pages, "map");
  g_assert_nonnull (map);
  g_assert_nonnull (adw_view_stack_get_child_by_name (pages, "coverage"));

  {
    g_autoptr(TandemAsset) first =
      g_list_model_get_item (tandem_directory_view_get_shown_assets (TANDEM_DIRECTORY_VIEW (fixture->view)), 0);

    id = tandem_record_get_id (first);
  }
  gtk_widget_activate_action (fixture->view, "directory.place-pin", "x", id);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (pages), ==, "map");
  pinned = tandem_asset_map_get_pin_asset (TANDEM_ASSET_MAP (map));
  g_assert_nonnull (pinned);
  g_assert_cmpint (tandem_record_get_id (pinned), ==, id);

  /* What the map does on the click. */
  tandem_asset_set_has_coordinates (pinned, TRUE);
  tandem_asset_set_latitude (pinned, 53.8);
  tandem_asset_set_longitude (pinned, -1.55);
  g_signal_emit_by_name (map, "pin-placed", pinned, 53.8, -1.55);

  stored = tandem_store_load_asset (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_asset_get_has_coordinates (stored));
  g_assert_cmpfloat_with_epsilon (tandem_asset_get_latitude (stored), 53.8, 1e-9);
}

/* The distance the coverage view counts around each practice is remembered: the next window
 * starts with it. */
static void
test_coverage_radius_remembered (Fixture       *fixture,
                                 gconstpointer  data)
{
  TandemCoverageView *coverage;

  open_directory (fixture);
  coverage = TANDEM_COVERAGE_VIEW (tandem_ui_find_by_type (fixture->view,
                                                           TANDEM_TYPE_COVERAGE_VIEW));
  g_assert_cmpfloat (tandem_coverage_view_get_radius_km (coverage), ==,
                     TANDEM_COVERAGE_DEFAULT_RADIUS_KM);

  tandem_coverage_view_set_radius_km (coverage, 5);
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "coverage-radius-km"), ==, 5);

  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  open_directory (fixture);
  coverage = TANDEM_COVERAGE_VIEW (tandem_ui_find_by_type (fixture->view,
                                                           TANDEM_TYPE_COVERAGE_VIEW));
  g_assert_cmpfloat (tandem_coverage_view_get_radius_km (coverage), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/directory/search-narrows", test_search_narrows);
  ADD ("/directory/filters-narrow", test_filters_narrow);
  ADD ("/directory/verify-now-clears-stale", test_verify_now_clears_stale);
  ADD ("/directory/editor-adds-asset", test_editor_adds_asset);
  ADD ("/directory/red-badge", test_red_badge);
  ADD ("/directory/import-opens", test_import_opens);
  ADD ("/directory/place-pin", test_place_pin);
  ADD ("/directory/coverage-radius-remembered", test_coverage_radius_remembered);

#undef ADD

  return g_test_run ();
}
