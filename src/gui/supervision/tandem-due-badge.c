/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-due-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-due-badge.h"

/* How pressing supervision is, as the same small pill wherever it shows: overdue in the
 * error colour, due soon as a warning, up to date in green. */

const char *
tandem_due_state_get_label (TandemDueState state)
{
  switch (state)
    {
    case TANDEM_DUE_OVERDUE: return _("Overdue");
    case TANDEM_DUE_SOON: return _("Due soon");
    case TANDEM_DUE_UP_TO_DATE:
    default: return _("Up to date");
    }
}

/**
 * tandem_due_badge_new:
 *
 * Returns: (transfer floating): a badge saying @state
 */
GtkWidget *
tandem_due_badge_new (TandemDueState state)
{
  GtkWidget *badge = gtk_label_new (tandem_due_state_get_label (state));

  gtk_widget_add_css_class (badge, "tandem-badge");
  gtk_widget_add_css_class (badge, state == TANDEM_DUE_OVERDUE ? "error"
                                   : state == TANDEM_DUE_SOON ? "warning" : "success");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  return badge;
}
