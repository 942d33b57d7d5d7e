/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload-selection"

#include "config.h"

#include "tandem-caseload-selection.h"

/* Which person the caseload list highlights: a selection by id (tandem-id-selection.h) that
 * asks the caseload for the people's ids, because the caseload makes items only when asked
 * and a caseload of 100,000 must not make them all to find one person. */
struct _TandemCaseloadSelection
{
  TandemIdSelection  parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemCaseloadSelection, tandem_caseload_selection, TANDEM_TYPE_ID_SELECTION)

enum {
  PROP_0,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static TandemCaseload *
get_caseload (TandemIdSelection *self)
{
  return TANDEM_CASELOAD (tandem_id_selection_get_model (self));
}

static gint64
tandem_caseload_selection_get_id (TandemIdSelection *self,
                                  guint              position)
{
  return tandem_caseload_get_person_id (get_caseload (self), position);
}

static guint
tandem_caseload_selection_find_id (TandemIdSelection *self,
                                   gint64             id)
{
  return tandem_caseload_find_person (get_caseload (self), id);
}

static void
selected_id_changed_cb (TandemCaseloadSelection *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
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
      g_value_set_int64 (value, tandem_caseload_selection_get_person_id (self));
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
  TandemIdSelectionClass *selection_class = TANDEM_ID_SELECTION_CLASS (klass);

  object_class->get_property = tandem_caseload_selection_get_property;
  object_class->set_property = tandem_caseload_selection_set_property;
  selection_class->get_id = tandem_caseload_selection_get_id;
  selection_class->find_id = tandem_caseload_selection_find_id;

  /* The person highlighted, or 0 for nobody: the selected id, by its name here. */
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_caseload_selection_init (TandemCaseloadSelection *self)
{
  g_signal_connect (self, "notify::selected-id", G_CALLBACK (selected_id_changed_cb), NULL);
}

TandemCaseloadSelection *
tandem_caseload_selection_new (TandemCaseload *caseload)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (caseload), NULL);

  return g_object_new (TANDEM_TYPE_CASELOAD_SELECTION, "model", caseload, NULL);
}

gint64
tandem_caseload_selection_get_person_id (TandemCaseloadSelection *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_SELECTION (self), 0);

  return tandem_id_selection_get_selected_id (TANDEM_ID_SELECTION (self));
}

void
tandem_caseload_selection_set_person_id (TandemCaseloadSelection *self,
                                         gint64                   person_id)
{
  g_return_if_fail (TANDEM_IS_CASELOAD_SELECTION (self));

  tandem_id_selection_set_selected_id (TANDEM_ID_SELECTION (self), person_id);
}
