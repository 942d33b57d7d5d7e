/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-id-selection"

#include "config.h"

#include "tandem-id-selection.h"
#include "tandem-record.h"

/* Which item a long list highlights, kept as an id rather than as an item, and the list's
 * changes passed on in a form GTK 4.8's list handles quickly.
 *
 * GtkSingleSelection remembers the selected item and, when the list changes around it,
 * looks for the same item among every new one: on a caseload of 100,000 that is 100,000 items
 * made per keystroke, and on a directory of 20,000 as many lookups in a filtered model. An id
 * needs no items at all, and the item stays selected when a search hides and shows it again.
 *
 * GTK 4.8's list matches rows to items by pointer: when the item of a row it tracks (the
 * top one, the focused one) is gone and the same change adds many, it fetches every added
 * item looking for it. A search changes a long stretch of the list at every keystroke, so a
 * large change is passed on as a removal and then an insertion, which spares the list the
 * search. In between, the list sees the model as it would be with the removal alone: the
 * kept stretches on either side. */
typedef struct
{
  GListModel *model;
  gint64      selected_id;

  /* While a large change is passed on in two steps: the items the model added at
   * split_position that the list does not see yet. */
  guint       split_position;
  guint       split_added;
} TandemIdSelectionPrivate;

static void list_model_iface_init      (GListModelInterface        *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (TandemIdSelection, tandem_id_selection, G_TYPE_OBJECT,
                         G_ADD_PRIVATE (TandemIdSelection)
                         G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                selection_model_iface_init))

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Below this many rows removed and added, the list's search costs less than remaking rows. */
#define LARGE_CHANGE 256

/* The model's position of what the list sees at @position. */
static guint
model_position (TandemIdSelection *self,
                guint              position)
{
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  return position >= priv->split_position ? position + priv->split_added : position;
}

static GType
tandem_id_selection_get_item_type (GListModel *model)
{
  TandemIdSelectionPrivate *priv =
    tandem_id_selection_get_instance_private (TANDEM_ID_SELECTION (model));

  return g_list_model_get_item_type (priv->model);
}

static guint
tandem_id_selection_get_n_items (GListModel *model)
{
  TandemIdSelectionPrivate *priv =
    tandem_id_selection_get_instance_private (TANDEM_ID_SELECTION (model));

  return g_list_model_get_n_items (priv->model) - priv->split_added;
}

static gpointer
tandem_id_selection_get_item (GListModel *model,
                              guint       position)
{
  TandemIdSelection *self = TANDEM_ID_SELECTION (model);
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  return g_list_model_get_item (priv->model, model_position (self, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tandem_id_selection_get_item_type;
  iface->get_n_items = tandem_id_selection_get_n_items;
  iface->get_item = tandem_id_selection_get_item;
}

static gint64
get_id (TandemIdSelection *self,
        guint              position)
{
  return TANDEM_ID_SELECTION_GET_CLASS (self)->get_id (self, model_position (self, position));
}

static gboolean
tandem_id_selection_is_selected (GtkSelectionModel *model,
                                 guint              position)
{
  TandemIdSelection *self = TANDEM_ID_SELECTION (model);
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  return priv->selected_id != 0 && get_id (self, position) == priv->selected_id;
}

static gboolean
tandem_id_selection_select_item (GtkSelectionModel *model,
                                 guint              position,
                                 gboolean           unselect_rest)
{
  TandemIdSelection *self = TANDEM_ID_SELECTION (model);
  gint64 id = get_id (self, position);

  if (id == 0)
    return FALSE;

  tandem_id_selection_set_selected_id (self, id);
  return TRUE;
}

static gboolean
tandem_id_selection_unselect_item (GtkSelectionModel *model,
                                   guint              position)
{
  if (!tandem_id_selection_is_selected (model, position))
    return FALSE;

  tandem_id_selection_set_selected_id (TANDEM_ID_SELECTION (model), 0);
  return TRUE;
}

static gboolean
tandem_id_selection_unselect_all (GtkSelectionModel *model)
{
  tandem_id_selection_set_selected_id (TANDEM_ID_SELECTION (model), 0);
  return TRUE;
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = tandem_id_selection_is_selected;
  iface->select_item = tandem_id_selection_select_item;
  iface->unselect_item = tandem_id_selection_unselect_item;
  iface->unselect_all = tandem_id_selection_unselect_all;
}

/* The selection follows the id through any change: rows are remade with their selection
 * state by the list, so the change only passes on, in two steps when it is large. */
static void
model_items_changed_cb (TandemIdSelection *self,
                        guint              position,
                        guint              removed,
                        guint              added)
{
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  if (removed == 0 || added == 0 || removed + added < LARGE_CHANGE)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  priv->split_position = position;
  priv->split_added = added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);
  priv->split_position = G_MAXUINT;
  priv->split_added = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, added);
}

static gint64
tandem_id_selection_real_get_id (TandemIdSelection *self,
                                 guint              position)
{
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);
  g_autoptr(GObject) item = g_list_model_get_item (priv->model, position);

  return item != NULL && TANDEM_IS_RECORD (item) ? tandem_record_get_id (item) : 0;
}

static guint
tandem_id_selection_real_find_id (TandemIdSelection *self,
                                  gint64             id)
{
  return G_MAXUINT;
}

static void
tandem_id_selection_constructed (GObject *object)
{
  TandemIdSelection *self = TANDEM_ID_SELECTION (object);
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  G_OBJECT_CLASS (tandem_id_selection_parent_class)->constructed (object);

  g_assert (G_IS_LIST_MODEL (priv->model));
  g_signal_connect_object (priv->model, "items-changed", G_CALLBACK (model_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
tandem_id_selection_dispose (GObject *object)
{
  TandemIdSelectionPrivate *priv =
    tandem_id_selection_get_instance_private (TANDEM_ID_SELECTION (object));

  if (priv->model != NULL)
    g_signal_handlers_disconnect_by_data (priv->model, object);
  g_clear_object (&priv->model);

  G_OBJECT_CLASS (tandem_id_selection_parent_class)->dispose (object);
}

static void
tandem_id_selection_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TandemIdSelection *self = TANDEM_ID_SELECTION (object);
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, priv->model);
      break;

    case PROP_SELECTED_ID:
      g_value_set_int64 (value, priv->selected_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_id_selection_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TandemIdSelection *self = TANDEM_ID_SELECTION (object);
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_MODEL:
      priv->model = g_value_dup_object (value);
      break;

    case PROP_SELECTED_ID:
      tandem_id_selection_set_selected_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_id_selection_class_init (TandemIdSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tandem_id_selection_constructed;
  object_class->dispose = tandem_id_selection_dispose;
  object_class->get_property = tandem_id_selection_get_property;
  object_class->set_property = tandem_id_selection_set_property;

  klass->get_id = tandem_id_selection_real_get_id;
  klass->find_id = tandem_id_selection_real_find_id;

  /* The list the selection is over. */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The id of the item highlighted, or 0 for none. */
  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_id_selection_init (TandemIdSelection *self)
{
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  priv->split_position = G_MAXUINT;
}

/**
 * tandem_id_selection_new:
 * @model: a model of TandemRecord
 *
 * Returns: (transfer full): a selection over @model keyed by the records' ids
 */
TandemIdSelection *
tandem_id_selection_new (GListModel *model)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  return g_object_new (TANDEM_TYPE_ID_SELECTION, "model", model, NULL);
}

/**
 * tandem_id_selection_get_model:
 *
 * Returns: (transfer none): the list the selection is over
 */
GListModel *
tandem_id_selection_get_model (TandemIdSelection *self)
{
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_ID_SELECTION (self), NULL);

  return priv->model;
}

gint64
tandem_id_selection_get_selected_id (TandemIdSelection *self)
{
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_ID_SELECTION (self), 0);

  return priv->selected_id;
}

/* Tells the list which row changed; when the model cannot say where an id is, every row. */
static void
emit_changed (TandemIdSelection *self,
              gint64             id)
{
  guint position, n_items;

  if (id == 0)
    return;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self));
  position = TANDEM_ID_SELECTION_GET_CLASS (self)->find_id (self, id);
  if (position == G_MAXUINT)
    {
      if (n_items > 0)
        gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), 0, n_items);
    }
  else if (position < n_items)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, 1);
}

void
tandem_id_selection_set_selected_id (TandemIdSelection *self,
                                     gint64             id)
{
  TandemIdSelectionPrivate *priv = tandem_id_selection_get_instance_private (self);
  gint64 previous;

  g_return_if_fail (TANDEM_IS_ID_SELECTION (self));

  if (priv->selected_id == id)
    return;

  previous = priv->selected_id;
  priv->selected_id = id;

  emit_changed (self, previous);
  emit_changed (self, id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}
