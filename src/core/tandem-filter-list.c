/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-filter-list"

#include "config.h"

#include "tandem-filter-list.h"

/* The items of a list that a filter lets through, in the list's order: the directory's
 * search as you type over 20,000 assets.
 *
 * GtkFilterListModel looks each item up in the source list (a sequence search and a
 * reference per item) and each shown item up in a bitset, and tells of a change as one
 * stretch from the first change to the last. This keeps the source's items in an array and
 * the shown ones as indices into it, so that refiltering is a walk over an array calling the
 * filter; only the items shown before are checked when the filter narrows, only the others
 * when it widens; and the change is told as the stretch between the unchanged start and end
 * of the list. The source is read again whole when it changes, which for the directory is
 * when it is loaded. */
struct _TandemFilterList
{
  GObject               parent_instance;

  GListModel           *source;
  GPtrArray            *items;   /* the source's items */
  GArray               *shown;   /* guint indices into items, in order */

  TandemFilterListFunc  func;
  gpointer              user_data;
  GDestroyNotify        destroy;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TandemFilterList, tandem_filter_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
tandem_filter_list_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (TANDEM_FILTER_LIST (model)->source);
}

static guint
tandem_filter_list_get_n_items (GListModel *model)
{
  return TANDEM_FILTER_LIST (model)->shown->len;
}

static gpointer
tandem_filter_list_get_item (GListModel *model,
                             guint       position)
{
  TandemFilterList *self = TANDEM_FILTER_LIST (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, g_array_index (self->shown, guint,
                                                                      position)));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tandem_filter_list_get_item_type;
  iface->get_n_items = tandem_filter_list_get_n_items;
  iface->get_item = tandem_filter_list_get_item;
}

static gboolean
matches (TandemFilterList *self,
         guint             index)
{
  return self->func == NULL || self->func (g_ptr_array_index (self->items, index),
                                           self->user_data);
}

/* Which items show now, given @before, the indices shown before. */
static GArray *
filter (TandemFilterList       *self,
        GArray                 *before,
        TandemFilterListChange  change)
{
  GArray *after = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                     change == TANDEM_FILTER_LIST_NARROWER ? before->len : 64);
  guint next = 0;  /* the next index of before */

  if (change == TANDEM_FILTER_LIST_NARROWER)
    {
      for (guint i = 0; i < before->len; i++)
        if (matches (self, g_array_index (before, guint, i)))
          g_array_append_val (after, g_array_index (before, guint, i));
      return after;
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      gboolean was_shown = next < before->len && g_array_index (before, guint, next) == i;

      if (was_shown)
        next++;
      if ((was_shown && change == TANDEM_FILTER_LIST_WIDER) || matches (self, i))
        g_array_append_val (after, i);
    }

  return after;
}

/* Tells of the change from @before to what shows now as one stretch, between the start and
 * the end the two have in common. */
static void
emit_change (TandemFilterList *self,
             GArray           *before)
{
  GArray *after = self->shown;
  guint prefix = 0, suffix = 0;

  while (prefix < before->len && prefix < after->len &&
         g_array_index (before, guint, prefix) == g_array_index (after, guint, prefix))
    prefix++;

  while (suffix < before->len - prefix && suffix < after->len - prefix &&
         g_array_index (before, guint, before->len - 1 - suffix) ==
         g_array_index (after, guint, after->len - 1 - suffix))
    suffix++;

  if (prefix == before->len && prefix == after->len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, before->len - prefix - suffix,
                              after->len - prefix - suffix);
}

/* The source changed: its items are read again and every one is checked. */
static void
source_items_changed_cb (TandemFilterList *self)
{
  guint n_items = g_list_model_get_n_items (self->source);
  guint n_shown = self->shown->len;

  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (self->items, g_list_model_get_item (self->source, i));

  g_array_set_size (self->shown, 0);
  for (guint i = 0; i < n_items; i++)
    if (matches (self, i))
      g_array_append_val (self->shown, i);

  if (n_shown > 0 || self->shown->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_shown, self->shown->len);
}

static void
tandem_filter_list_dispose (GObject *object)
{
  TandemFilterList *self = (TandemFilterList *) object;

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  tandem_filter_list_set_func (self, NULL, NULL, NULL);

  G_OBJECT_CLASS (tandem_filter_list_parent_class)->dispose (object);
}

static void
tandem_filter_list_finalize (GObject *object)
{
  TandemFilterList *self = (TandemFilterList *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (tandem_filter_list_parent_class)->finalize (object);
}

static void
tandem_filter_list_class_init (TandemFilterListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_filter_list_dispose;
  object_class->finalize = tandem_filter_list_finalize;
}

static void
tandem_filter_list_init (TandemFilterList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * tandem_filter_list_new:
 * @source: the list to filter
 * @func: (nullable): whether an item shows; all do without a function
 *
 * Returns: (transfer full): the items of @source that @func lets through, following the
 *   changes of @source
 */
TandemFilterList *
tandem_filter_list_new (GListModel           *source,
                        TandemFilterListFunc  func,
                        gpointer              user_data,
                        GDestroyNotify        destroy)
{
  TandemFilterList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (TANDEM_TYPE_FILTER_LIST, NULL);
  self->source = g_object_ref (source);
  tandem_filter_list_set_func (self, func, user_data, destroy);
  g_signal_connect_object (source, "items-changed", G_CALLBACK (source_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  source_items_changed_cb (self);

  return self;
}

/**
 * tandem_filter_list_set_func:
 * @func: (nullable): the new filter
 *
 * Changes the filter without refiltering: call tandem_filter_list_refilter() next.
 */
void
tandem_filter_list_set_func (TandemFilterList     *self,
                             TandemFilterListFunc  func,
                             gpointer              user_data,
                             GDestroyNotify        destroy)
{
  g_return_if_fail (TANDEM_IS_FILTER_LIST (self));

  if (self->destroy != NULL)
    self->destroy (self->user_data);

  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;
}

/**
 * tandem_filter_list_refilter:
 * @change: how the filter changed; when unsure, %TANDEM_FILTER_LIST_DIFFERENT
 *
 * Checks the items again after the filter changed.
 */
void
tandem_filter_list_refilter (TandemFilterList       *self,
                             TandemFilterListChange  change)
{
  g_autoptr(GArray) before = NULL;

  g_return_if_fail (TANDEM_IS_FILTER_LIST (self));

  before = self->shown;
  self->shown = filter (self, before, change);
  emit_change (self, before);
}
