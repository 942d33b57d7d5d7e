/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>

#include "tandem-asset.h"
#include "tandem-caseload-selection.h"
#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-filter-list.h"
#include "tandem-id-selection.h"
#include "tandem-test-util.h"

/* The selection of the long lists: kept by id through searches, and a large change passed on
 * as a removal and an insertion that each describe the list as it is at that moment. No
 * display is needed: nothing here is drawn. */

typedef struct
{
  GListModel *model;
  guint       n_before;
  guint       n_signals;
  gboolean    consistent;
} Emission;

static void
emission_cb (GListModel *model,
             guint       position,
             guint       removed,
             guint       added,
             Emission   *emission)
{
  guint n_items = g_list_model_get_n_items (model);

  /* Every emission must describe the list as it is when emitted, and the items after the
   * change must be there. */
  emission->consistent &= n_items == emission->n_before - removed + added;
  emission->consistent &= removed == 0 || added == 0;
  for (guint i = position + added; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      emission->consistent &= item != NULL;
    }
  emission->n_before = n_items;
  emission->n_signals++;
}

static gboolean
id_below (gpointer item,
          gpointer data)
{
  return tandem_record_get_id (item) < GPOINTER_TO_INT (data);
}

static gboolean
id_odd (gpointer item,
        gpointer data)
{
  return tandem_record_get_id (item) % 2 == 1;
}

/* Assets with ids 1 to @n, in a filtered list. */
static TandemFilterList *
filter_list_new (guint n)
{
  g_autoptr(GListStore) store = g_list_store_new (TANDEM_TYPE_ASSET);

  for (guint i = 1; i <= n; i++)
    {
      g_autoptr(TandemAsset) asset = tandem_asset_new ();

      tandem_record_set_id (asset, i);
      g_list_store_append (store, asset);
    }

  return tandem_filter_list_new (G_LIST_MODEL (store), NULL, NULL, NULL);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *n_notified)
{
  (*n_notified)++;
}

static void
selection_changed_cb (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      guint             *n_changed)
{
  (*n_changed)++;
}

/* The asset selected stays selected wherever it moves, and when hidden and shown again. */
static void
test_follows_id (void)
{
  g_autoptr(TandemFilterList) list = filter_list_new (10);
  g_autoptr(TandemIdSelection) selection = tandem_id_selection_new (G_LIST_MODEL (list));
  GtkSelectionModel *model = GTK_SELECTION_MODEL (selection);
  guint n_notified = 0, n_changed = 0;

  g_signal_connect (selection, "notify::selected-id", G_CALLBACK (notify_cb), &n_notified);
  g_signal_connect (selection, "selection-changed", G_CALLBACK (selection_changed_cb), &n_changed);
  g_assert_true (tandem_id_selection_get_model (selection) == G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 10);
  g_assert_cmpint (tandem_id_selection_get_selected_id (selection), ==, 0);

  g_assert_true (gtk_selection_model_select_item (model, 4, TRUE));
  g_assert_cmpint (tandem_id_selection_get_selected_id (selection), ==, 5);
  g_assert_true (gtk_selection_model_is_selected (model, 4));
  g_assert_false (gtk_selection_model_is_selected (model, 3));
  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);

  /* Only odd ids: asset 5 moves to position 2. */
  tandem_filter_list_set_func (list, id_odd, NULL, NULL);
  tandem_filter_list_refilter (list, TANDEM_FILTER_LIST_NARROWER);
  g_assert_true (gtk_selection_model_is_selected (model, 2));
  g_assert_false (gtk_selection_model_is_selected (model, 4));

  /* Hidden, then shown again: still selected. */
  tandem_filter_list_set_func (list, id_below, GINT_TO_POINTER (4), NULL);
  tandem_filter_list_refilter (list, TANDEM_FILTER_LIST_DIFFERENT);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    g_assert_false (gtk_selection_model_is_selected (model, i));
  tandem_filter_list_set_func (list, NULL, NULL, NULL);
  tandem_filter_list_refilter (list, TANDEM_FILTER_LIST_WIDER);
  g_assert_true (gtk_selection_model_is_selected (model, 4));
  g_assert_cmpint (tandem_id_selection_get_selected_id (selection), ==, 5);

  g_assert_false (gtk_selection_model_unselect_item (model, 3));
  g_assert_true (gtk_selection_model_unselect_item (model, 4));
  g_assert_cmpint (tandem_id_selection_get_selected_id (selection), ==, 0);

  tandem_id_selection_set_selected_id (selection, 7);
  g_assert_true (gtk_selection_model_is_selected (model, 6));
  g_assert_true (gtk_selection_model_unselect_all (model));
  g_assert_false (gtk_selection_model_is_selected (model, 6));
  g_assert_cmpuint (n_notified, ==, 4);

  g_assert_finalize_object (g_steal_pointer (&selection));
  g_assert_finalize_object (g_steal_pointer (&list));
}

/* A large change reaches the list as a removal, then an insertion; a small one at once. */
static void
test_large_change (void)
{
  g_autoptr(TandemFilterList) list = filter_list_new (1000);
  g_autoptr(TandemIdSelection) selection = tandem_id_selection_new (G_LIST_MODEL (list));
  Emission emission = { G_LIST_MODEL (selection), 1000, 0, TRUE };

  g_signal_connect (selection, "items-changed", G_CALLBACK (emission_cb), &emission);

  tandem_filter_list_set_func (list, id_odd, NULL, NULL);
  tandem_filter_list_refilter (list, TANDEM_FILTER_LIST_NARROWER);
  g_assert_true (emission.consistent);
  g_assert_cmpuint (emission.n_signals, ==, 2);
  g_assert_cmpuint (emission.n_before, ==, 500);

  tandem_filter_list_set_func (list, NULL, NULL, NULL);
  tandem_filter_list_refilter (list, TANDEM_FILTER_LIST_WIDER);
  g_assert_true (emission.consistent);
  g_assert_cmpuint (emission.n_signals, ==, 4);
  g_assert_cmpuint (emission.n_before, ==, 1000);

  /* Ids 1 to 99 stay: only a removal. */
  tandem_filter_list_set_func (list, id_below, GINT_TO_POINTER (100), NULL);
  tandem_filter_list_refilter (list, TANDEM_FILTER_LIST_NARROWER);
  g_assert_true (emission.consistent);
  g_assert_cmpuint (emission.n_signals, ==, 5);
  g_assert_cmpuint (emission.n_before, ==, 99);

  g_assert_finalize_object (g_steal_pointer (&selection));
  g_assert_finalize_object (g_steal_pointer (&list));
}

/* The caseload's selection asks the caseload for ids, and passes a search on in two steps;
 * an item stays the same object while it is held. */
static void
test_caseload (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemCaseload) caseload = tandem_caseload_new (store);
  g_autoptr(TandemCaseloadSelection) selection = NULL;
  g_autoptr(TandemCaseloadItem) first = NULL;
  g_autoptr(TandemCaseloadItem) again = NULL;
  g_autoptr(GError) error = NULL;
  Emission emission = { 0 };
  guint n_notified = 0;
  gint64 person_id;
  GDate today;

  tandem_date_set_today (&today);
  tandem_example_data_generate (store, 400, 3, &today, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  tandem_caseload_set_show (caseload, TANDEM_CASELOAD_SHOW_ALL);
  g_assert_true (tandem_caseload_load (caseload, &error));

  selection = tandem_caseload_selection_new (caseload);
  g_signal_connect (selection, "notify::person-id", G_CALLBACK (notify_cb), &n_notified);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 400);

  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  again = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  g_assert_true (first == again);

  person_id = tandem_caseload_get_person_id (caseload, 10);
  g_assert_true (gtk_selection_model_select_item (GTK_SELECTION_MODEL (selection), 10, TRUE));
  g_assert_cmpint (tandem_caseload_selection_get_person_id (selection), ==, person_id);
  g_assert_cmpuint (n_notified, ==, 1);

  emission.model = G_LIST_MODEL (selection);
  emission.n_before = 400;
  emission.consistent = TRUE;
  g_signal_connect (selection, "items-changed", G_CALLBACK (emission_cb), &emission);

  /* Only test-range NHS numbers from 999 000 01: a few people remain. */
  tandem_caseload_set_search_text (caseload, "99900001");
  g_assert_true (emission.consistent);
  g_assert_cmpuint (emission.n_signals, >=, 1);
  g_assert_cmpuint (emission.n_before, <, 400);
  g_assert_cmpuint (emission.n_before, >, 0);

  tandem_caseload_set_search_text (caseload, "");
  g_assert_true (emission.consistent);
  g_assert_cmpuint (emission.n_before, ==, 400);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (selection), 10));

  tandem_caseload_selection_set_person_id (selection, 0);
  g_assert_false (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (selection), 10));
  g_assert_cmpuint (n_notified, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/id-selection/follows-id", test_follows_id);
  g_test_add_func ("/id-selection/large-change", test_large_change);
  g_test_add_func ("/id-selection/caseload", test_caseload);

  return g_test_run ();
}
