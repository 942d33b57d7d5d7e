/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-compat"

#include "config.h"

#include "tandem-compat.h"

/* Where the toolkit versions Tandem runs on differ enough to matter, in one place.
 *
 * Long lists: GTK before 4.12 keeps 200 rows of a GtkListView alive, and makes up to 200 new
 * ones whenever the top of the list changes, as it does at each keystroke of a search. Its
 * GtkGridView keeps about 30 rows per column. So before 4.12 a long list is a grid of one
 * column, which looks and behaves the same and updates several times faster; from 4.12 it
 * is a GtkListView, which screen readers present as a list. Both emit "activate" with the
 * position. */

static gboolean
use_list_view (void)
{
  return gtk_get_major_version () > 4 ||
         (gtk_get_major_version () == 4 && gtk_get_minor_version () >= 12);
}

/**
 * tandem_compat_list_new:
 *
 * Returns: (transfer floating): a widget showing a long list of rows
 */
GtkWidget *
tandem_compat_list_new (void)
{
  if (use_list_view ())
    return gtk_list_view_new (NULL, NULL);

  return g_object_new (GTK_TYPE_GRID_VIEW,
                       "min-columns", 1,
                       "max-columns", 1,
                       NULL);
}

void
tandem_compat_list_set_model (GtkWidget         *list,
                              GtkSelectionModel *model)
{
  if (GTK_IS_LIST_VIEW (list))
    gtk_list_view_set_model (GTK_LIST_VIEW (list), model);
  else
    gtk_grid_view_set_model (GTK_GRID_VIEW (list), model);
}

/**
 * tandem_compat_list_get_model:
 *
 * Returns: (transfer none) (nullable): the list's model
 */
GtkSelectionModel *
tandem_compat_list_get_model (GtkWidget *list)
{
  if (GTK_IS_LIST_VIEW (list))
    return gtk_list_view_get_model (GTK_LIST_VIEW (list));

  return gtk_grid_view_get_model (GTK_GRID_VIEW (list));
}

void
tandem_compat_list_set_factory (GtkWidget          *list,
                                GtkListItemFactory *factory)
{
  if (GTK_IS_LIST_VIEW (list))
    gtk_list_view_set_factory (GTK_LIST_VIEW (list), factory);
  else
    gtk_grid_view_set_factory (GTK_GRID_VIEW (list), factory);
}
