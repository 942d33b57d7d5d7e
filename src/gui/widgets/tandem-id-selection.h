/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_ID_SELECTION (tandem_id_selection_get_type ())

G_DECLARE_DERIVABLE_TYPE (TandemIdSelection, tandem_id_selection, TANDEM, ID_SELECTION, GObject)

/**
 * TandemIdSelectionClass:
 * @get_id: the id of the item at a position of the model; by default the id of the
 *   TandemRecord there
 * @find_id: the position of an id in the model, or %G_MAXUINT; by default %G_MAXUINT, and
 *   the whole list is told that the selection changed
 */
struct _TandemIdSelectionClass
{
  GObjectClass parent_class;

  gint64 (*get_id)  (TandemIdSelection *self,
                     guint              position);
  guint  (*find_id) (TandemIdSelection *self,
                     gint64             id);
};

TandemIdSelection *tandem_id_selection_new             (GListModel        *model);
GListModel        *tandem_id_selection_get_model       (TandemIdSelection *self);
gint64             tandem_id_selection_get_selected_id (TandemIdSelection *self);
void               tandem_id_selection_set_selected_id (TandemIdSelection *self,
                                                        gint64             id);

G_END_DECLS
