/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "tandem-asset-map.h"
#include "tandem-coverage-view.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* The coverage view counts in a worker thread, shows "assets / people" with gaps marked in
 * words and an icon, follows the radius and the store's changes. */

static gboolean
loaded (gpointer view)
{
  return tandem_coverage_view_get_coverage (view) != NULL &&
         !tandem_coverage_view_is_loading (view);
}

static gboolean
has_text (GtkWidget  *root,
          const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_label (GTK_LABEL (child)), text))
        return TRUE;
      if (has_text (child, text))
        return TRUE;
    }

  return FALSE;
}

static guint
count_css_class (GtkWidget  *root,
                 const char *name)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_has_css_class (child, name) + count_css_class (child, name);

  return n;
}

static void
save_asset (TandemStore *store,
            const char  *categories,
            double       latitude)
{
  g_autoptr(TandemAsset) asset = tandem_asset_new ();
  g_autoptr(GError) error = NULL;

  tandem_asset_set_name (asset, "Group");
  tandem_asset_set_categories (asset, categories);
  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, latitude);
  tandem_asset_set_longitude (asset, -1.55);
  g_assert_true (tandem_store_save_asset (store, asset, &error));
  g_assert_no_error (error);
}

static void
test_coverage_view (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPractice) practice = tandem_practice_new ();
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemReferral) referral = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = tandem_coverage_view_new ();
  /* The app has both views: the map's libraries must not upset the store's. */
  GtkWidget *map = g_object_ref_sink (tandem_asset_map_new ());
  GtkWidget *grid = tandem_coverage_view_get_grid (TANDEM_COVERAGE_VIEW (view));

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));

  /* No practices yet: the empty state says what to do. */
  tandem_coverage_view_set_store (TANDEM_COVERAGE_VIEW (view), store);
  g_assert_true (tandem_coverage_view_is_loading (TANDEM_COVERAGE_VIEW (view)));
  g_assert_true (tandem_ui_wait_until (loaded, view, 10000));
  g_assert_nonnull (tandem_ui_find_visible_status_page (view));

  tandem_practice_set_name (practice, "Hyde Park Surgery");
  tandem_practice_set_postcode (practice, "LS6 3HN");
  tandem_practice_set_has_coordinates (practice, TRUE);
  tandem_practice_set_latitude (practice, 53.80);
  tandem_practice_set_longitude (practice, -1.55);
  g_assert_true (tandem_store_save_practice (store, practice, &error));
  save_asset (store, "loneliness", 53.81);
  save_asset (store, "carers", 53.85);

  person = tandem_test_add_person (store, "Ann", "Carer", NULL);
  tandem_person_set_practice_id (person, tandem_record_get_id (practice));
  g_assert_true (tandem_store_save_person (store, person, &error));
  referral = tandem_test_add_referral (store, person, "2024-01-02", TANDEM_PRIORITY_ROUTINE,
                                       TANDEM_REFERRAL_RECEIVED);
  tandem_referral_set_reasons (referral, "Lonely, and caring for her husband");
  g_assert_true (tandem_store_save_referral (store, referral, &error));
  g_assert_no_error (error);

  /* The store's changes bring a new count. */
  tandem_ui_iterate (400);
  g_assert_true (tandem_ui_wait_until (loaded, view, 10000));
  tandem_ui_wait_frames (window, 1);
  g_assert_true (has_text (grid, "Hyde Park Surgery"));
  g_assert_true (has_text (grid, "1 / 1"));
  g_assert_true (has_text (grid, "<b>none</b> / 1"));
  g_assert_cmpuint (count_css_class (grid, "gap"), ==, 1);
  g_assert_true (has_text (view, "1 gap: people need something no asset nearby offers"));

  /* The carers' group is 5.6 km away: a wider area closes the gap. */
  tandem_coverage_view_set_radius_km (TANDEM_COVERAGE_VIEW (view), 10);
  g_assert_true (tandem_ui_wait_until (loaded, view, 10000));
  g_assert_cmpfloat (tandem_coverage_get_radius_km (
    tandem_coverage_view_get_coverage (TANDEM_COVERAGE_VIEW (view))), ==, 10);
  g_assert_cmpuint (count_css_class (grid, "gap"), ==, 0);
  g_assert_true (has_text (view, "No gaps: every need counted has an asset nearby"));

  gtk_window_destroy (GTK_WINDOW (window));
  tandem_ui_iterate (50);
  g_object_unref (map);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add_func ("/coverage-view/counts", test_coverage_view);

  return g_test_run ();
}
