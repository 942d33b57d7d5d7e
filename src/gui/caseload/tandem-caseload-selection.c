/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload-selection"

#include "config.h"

#include "tandem-caseload-selection.h"

/* Which person the caseload list highlights, kept as a person id rather than as an item.
 *
 * GtkSingleSelection remembers the selected item and, when the list changes around it,
 * looks for the same item among every new one: on a caseload of 100,000 that is 100,000 items
 * made per keystroke, because the caseload makes items only when asked. A person id needs no
 * items at all, and the person stays selected when a search hides and shows them again. */
struct _TandemCaseloadSelection
{
  GObject         parent_instance;

  TandemCaseload *caseload;
  gint64          person_id;
};

static void list_model_iface_init      (GListModelInterface      *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TandemCaseloadSelection, tandem_caseload_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                      selection_model_iface_init))

enum {
  PROP_0,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
tandem_caseload_selection_get_item_type (GListModel *model)
{
  return TANDEM_TYPE_CASELOAD_ITEM;
}

static guint
tandem_caseload_selection_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (TANDEM_CASELOAD_SELECTION (model)->caseload));
}

static gpointer
tandem_caseload_selection_get_item (GListModel *model,
                                    guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (TANDEM_CASELOAD_SELECTION (model)->caseload),
                                position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tandem_caseload_selection_get_item_type;
  iface->get_n_items = tandem_caseload_selection_get_n_items;
  iface->get_item = tandem_caseload_selection_get_item;
}

static gboolean
tandem_caseload_selection_is_selected (GtkSelectionModel *model,
                                       guint              position)
{
  TandemCaseloadSelection *self = TANDEM_CASELOAD_SELECTION (model);

  return self->person_id != 0 &&
         tandem_caseload_get_person_id (self->caseload, position) == self->person_id;
}

static gboolean
tandem_caseload_selection_select_item (GtkSelectionModel *model,
                                       guint              position,
                                       gboolean           unselect_rest)
{
  TandemCaseloadSelection *self = TANDEM_CASELOAD_SELECTION (model);
  gint64 person_id = tandem_caseload_get_person_id (self->caseload, position);

  if (person_id == 0)
    return FALSE;

  tandem_caseload_selection_set_person_id (self, person_id);
  return TRUE;
}

static gboolean
tandem_caseload_selection_unselect_item (GtkSelectionModel *model,
                                         guint              position)
{
  TandemCaseloadSelection *self = TANDEM_CASELOAD_SELECTION (model);

  if (!tandem_caseload_selection_is_selected (model, position))
    return FALSE;

  tandem_caseload_selection_set_person_id (self, 0);
  return TRUE;
}

static gboolean
tandem_caseload_selection_unselect_all (GtkSelectionModel *model)
{
  tandem_caseload_selection_set_person_id (TANDEM_CASELOAD_SELECTION (model), 0);
  return TRUE;
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = tandem_caseload_selection_is_selected;
  iface->select_item = tandem_caseload_selection_select_item;
  iface->unselect_item = tandem_caseload_selection_unselect_item;
  iface->unselect_all = tandem_caseload_selection_unselect_all;
}

/* The selection follows the person through any change: rows are remade with their
 * selection state by the list, so the change only passes on. */
static void
caseload_items_changed_cb (TandemCaseloadSelection *self,
                           guint                    position,
                           guint                    removed,
                           guint                    added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
tandem_caseload_selection_dispose (GObject *object)
{
  TandemCaseloadSelection *self = (TandemCaseloadSelection *) object;

  if (self->caseload != NULL)
    g_signal_handlers_disconnect_by_data (self->caseload, self);
  g_clear_object (&self->caseload);

  G_OBJECT_CLASS (tandem_caseload_selection_parent_class)->dispose (object);
}

static void
tandem_caseload_selection_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  TandemCaseloadSelection *self = TANDEM_CASELOAD_SELECTION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_caseload_selection_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  TandemCaseloadSelection *self = TANDEM_CASELOAD_SELECTION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      tandem_caseload_selection_set_person_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_caseload_selection_class_init (TandemCaseloadSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_caseload_selection_dispose;
  object_class->get_property = tandem_caseload_selection_get_property;
  object_class->set_property = tandem_caseload_selection_set_property;

  /* The person highlighted, or 0 for nobody. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_caseload_selection_init (TandemCaseloadSelection *self)
{
}

TandemCaseloadSelection *
tandem_caseload_selection_new (TandemCaseload *caseload)
{
  TandemCaseloadSelection *self;

  g_return_val_if_fail (TANDEM_IS_CASELOAD (caseload), NULL);

  self = g_object_new (TANDEM_TYPE_CASELOAD_SELECTION, NULL);
  self->caseload = g_object_ref (caseload);
  g_signal_connect_swapped (caseload, "items-changed", G_CALLBACK (caseload_items_changed_cb), self);

  return self;
}

gint64
tandem_caseload_selection_get_person_id (TandemCaseloadSelection *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_SELECTION (self), 0);

  return self->person_id;
}

static void
emit_position_changed (TandemCaseloadSelection *self,
                       gint64                   person_id)
{
  guint position;

  if (person_id == 0)
    return;

  position = tandem_caseload_find_person (self->caseload, person_id);
  if (position != G_MAXUINT)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, 1);
}

void
tandem_caseload_selection_set_person_id (TandemCaseloadSelection *self,
                                         gint64                   person_id)
{
  gint64 previous;

  g_return_if_fail (TANDEM_IS_CASELOAD_SELECTION (self));

  if (self->person_id == person_id)
    return;

  previous = self->person_id;
  self->person_id = person_id;

  emit_position_changed (self, previous);
  emit_position_changed (self, person_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}
