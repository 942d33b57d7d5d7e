/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-gui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-gui-util.h"

/* Small pieces every view builds the same way. */

/**
 * tandem_toast_new:
 * @text: plain text, such as a message from the store or a person's name
 *
 * Returns: (transfer floating): a toast saying @text. Libadwaita 1.2 reads a toast's title as
 *   markup, where a name such as "Tom & Jerry" would not show at all.
 */
AdwToast *
tandem_toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);

  return adw_toast_new (escaped);
}

/**
 * tandem_toast_show:
 * @toast: (transfer floating): the toast
 *
 * Shows @toast in the toast overlay nearest @widget: its dialog's, or the window's.
 */
void
tandem_toast_show (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
tandem_toast_show_message (GtkWidget  *widget,
                           const char *text)
{
  tandem_toast_show (widget, tandem_toast_new (text));
}

typedef struct
{
  TandemStore       *store;
  GObject           *record;
  TandemRestoreFunc  restore;
  GWeakRef           widget;   /* to say where undoing failed */
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->record);
  g_weak_ref_clear (&undo->widget);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) widget = NULL;

  if (undo->restore (undo->store, undo->record, &error))
    return;

  widget = g_weak_ref_get (&undo->widget);
  if (widget != NULL)
    tandem_toast_show_message (widget, error->message);
}

/**
 * tandem_toast_show_undo:
 * @text: what was done, plain text
 * @record: a copy of the record as it was before
 * @restore: puts @record back when the user clicks Undo
 *
 * Says what was done with a toast whose Undo button takes it back; a failure to take it back
 * is said in a toast too.
 */
void
tandem_toast_show_undo (GtkWidget         *widget,
                        const char        *text,
                        TandemStore       *store,
                        gpointer           record,
                        TandemRestoreFunc  restore)
{
  AdwToast *toast = tandem_toast_new (text);
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (store);
  undo->record = g_object_ref (record);
  undo->restore = restore;
  g_weak_ref_init (&undo->widget, widget);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         undo_free, 0);
  tandem_toast_show (widget, toast);
}

/**
 * tandem_status_page_set_text:
 * @description: plain text, such as what the user searched for or a message from the store
 *
 * Sets a status page's description, which libadwaita 1.2 reads as markup.
 */
void
tandem_status_page_set_text (AdwStatusPage *page,
                             const char    *description)
{
  g_autofree char *escaped = g_markup_escape_text (description ? description : "", -1);

  adw_status_page_set_description (page, escaped);
}

/**
 * tandem_icon_button_new:
 * @label: what the button does, for its tooltip and for screen readers
 * @target: the id the action acts on
 *
 * Returns: (transfer floating): a flat button with an icon, as rows have for editing or
 *   deleting what they show
 */
GtkWidget *
tandem_icon_button_new (const char *icon_name,
                        const char *label,
                        const char *action_name,
                        gint64      target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (target));

  return button;
}
