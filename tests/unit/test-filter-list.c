/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "tandem-asset.h"
#include "tandem-filter-list.h"

/* The directory's filtered list: what it shows, which items it checks again, and how it
 * tells of a change. */

typedef struct
{
  GListStore       *store;
  TandemFilterList *list;
  const char       *wanted;     /* letters a name must contain, or NULL for all */
  guint             n_checked;  /* how many times the filter ran */
  guint             n_signals;
  guint             position, removed, added;
  gboolean          consistent;
  guint             n_before;
} Fixture;

static gboolean
name_matches (gpointer item,
              gpointer data)
{
  Fixture *fixture = data;

  fixture->n_checked++;
  return fixture->wanted == NULL ||
         strstr (tandem_asset_get_name (item), fixture->wanted) != NULL;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->consistent &= g_list_model_get_n_items (model) == fixture->n_before - removed + added;
  fixture->n_before = g_list_model_get_n_items (model);
  fixture->n_signals++;
  fixture->position = position;
  fixture->removed = removed;
  fixture->added = added;
}

static void
fixture_set_up (Fixture    *fixture,
                const char *names)
{
  g_auto(GStrv) split = g_strsplit (names, " ", -1);

  fixture->store = g_list_store_new (TANDEM_TYPE_ASSET);
  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autoptr(TandemAsset) asset = tandem_asset_new ();

      tandem_asset_set_name (asset, split[i]);
      g_list_store_append (fixture->store, asset);
    }

  fixture->list = tandem_filter_list_new (G_LIST_MODEL (fixture->store), name_matches, fixture,
                                          NULL);
  fixture->n_before = g_list_model_get_n_items (G_LIST_MODEL (fixture->list));
  fixture->consistent = TRUE;
  g_signal_connect (fixture->list, "items-changed", G_CALLBACK (items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture)
{
  g_assert_true (fixture->consistent);
  g_assert_finalize_object (fixture->list);
  g_assert_finalize_object (fixture->store);
}

/* The names shown, separated by spaces. */
static char *
dup_shown (Fixture *fixture)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->list)); i++)
    {
      g_autoptr(TandemAsset) asset = g_list_model_get_item (G_LIST_MODEL (fixture->list), i);

      g_string_append_printf (shown, "%s%s", i > 0 ? " " : "", tandem_asset_get_name (asset));
    }

  return g_string_free (g_steal_pointer (&shown), FALSE);
}

#define assert_shown(fixture, expected) G_STMT_START { \
  g_autofree char *shown_ = dup_shown (fixture); \
  g_assert_cmpstr (shown_, ==, expected); \
} G_STMT_END

static void
test_narrow_and_widen (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, "apple banana cherry damson elder fig grape");
  assert_shown (&fixture, "apple banana cherry damson elder fig grape");
  g_assert_cmpuint (g_list_model_get_item_type (G_LIST_MODEL (fixture.list)), ==,
                    TANDEM_TYPE_ASSET);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture.list), 7));

  /* Narrower: only the items shown are checked. */
  fixture.wanted = "a";
  fixture.n_checked = 0;
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_NARROWER);
  assert_shown (&fixture, "apple banana damson grape");
  g_assert_cmpuint (fixture.n_checked, ==, 7);

  fixture.wanted = "an";
  fixture.n_checked = 0;
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_NARROWER);
  assert_shown (&fixture, "banana");
  g_assert_cmpuint (fixture.n_checked, ==, 4);

  /* Wider: the items shown stay without being checked; the others are. */
  fixture.wanted = "e";
  fixture.n_checked = 0;
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_WIDER);
  assert_shown (&fixture, "apple banana cherry elder grape");
  g_assert_cmpuint (fixture.n_checked, ==, 6);

  /* Different: every item is checked. */
  fixture.wanted = "r";
  fixture.n_checked = 0;
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_DIFFERENT);
  assert_shown (&fixture, "cherry elder grape");
  g_assert_cmpuint (fixture.n_checked, ==, 7);

  fixture_tear_down (&fixture);
}

/* A refilter that changes nothing tells nothing. */
static void
test_no_change (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, "aa ab ac ad ae af ag");

  fixture.wanted = "a";
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_DIFFERENT);
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_NARROWER);
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_WIDER);
  g_assert_cmpuint (fixture.n_signals, ==, 0);

  fixture_tear_down (&fixture);
}

static gboolean
not_b_or_e (gpointer item,
            gpointer data)
{
  const char *name = tandem_asset_get_name (item);

  return strchr (name, 'b') == NULL && strchr (name, 'e') == NULL;
}

/* A change is told as the stretch between the start and end that did not change. */
static void
test_change_between (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, "aa ab ac ad ae af ag");

  tandem_filter_list_set_func (fixture.list, not_b_or_e, NULL, NULL);
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_NARROWER);
  assert_shown (&fixture, "aa ac ad af ag");
  g_assert_cmpuint (fixture.n_signals, ==, 1);
  g_assert_cmpuint (fixture.position, ==, 1);
  g_assert_cmpuint (fixture.removed, ==, 4);
  g_assert_cmpuint (fixture.added, ==, 2);

  fixture_tear_down (&fixture);
}

/* The source's changes are followed, with the filter applied to them. */
static void
test_source_changes (void)
{
  Fixture fixture = { 0 };
  g_autoptr(TandemAsset) asset = tandem_asset_new ();

  fixture_set_up (&fixture, "apple banana cherry");
  fixture.wanted = "an";
  tandem_filter_list_refilter (fixture.list, TANDEM_FILTER_LIST_DIFFERENT);
  assert_shown (&fixture, "banana");

  tandem_asset_set_name (asset, "mango");
  g_list_store_append (fixture.store, asset);
  assert_shown (&fixture, "banana mango");

  g_list_store_remove_all (fixture.store);
  assert_shown (&fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture.list)), ==, 0);

  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter-list/narrow-and-widen", test_narrow_and_widen);
  g_test_add_func ("/filter-list/no-change", test_no_change);
  g_test_add_func ("/filter-list/change-between", test_change_between);
  g_test_add_func ("/filter-list/source-changes", test_source_changes);

  return g_test_run ();
}
