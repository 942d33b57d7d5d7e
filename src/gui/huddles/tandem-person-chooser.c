/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-person-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-gui-util.h"
#include "tandem-nhs-number.h"
#include "tandem-person-chooser.h"

/* "Add Person…" to a huddle's agenda: the same search as the caseload's (the start of a
 * name, an NHS number or a postcode), the people found, and the reason for discussing them.
 * With no reason typed, the case takes the one it was put forward with. */
struct _TandemPersonChooser
{
  AdwWindow      parent_instance;

  TandemSession *session;
  gint64         huddle_id;
  GPtrArray     *people;          /* TandemPerson, as listed */
  GtkWidget     *toast_overlay;
  GtkWidget     *search_entry;
  GtkWidget     *list;
  GtkWidget     *reason_row;
};

G_DEFINE_FINAL_TYPE (TandemPersonChooser, tandem_person_chooser, ADW_TYPE_WINDOW)

#define MAX_FOUND 30

static void
show_message (TandemPersonChooser *self,
              const char          *message)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), tandem_toast_new (message));
}

static GtkWidget *
person_row_new (TandemPerson *person)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = tandem_person_dup_display_name (person);
  const char *nhs_number = tandem_person_get_nhs_number (person);
  g_autofree char *formatted = nhs_number != NULL && *nhs_number != '\0'
                               ? tandem_nhs_number_format (nhs_number) : g_strdup ("");
  g_autofree char *subtitle = NULL;

  /* Translators: a person found, under their name: NHS number and postcode */
  subtitle = g_strdup_printf (_("%s · %s"), formatted, tandem_person_get_postcode (person));
  /* What people typed is shown as typed, never read as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/**
 * tandem_person_chooser_set_search:
 *
 * Lists the people @text finds, as typing it in the search would.
 */
void
tandem_person_chooser_set_search (TandemPersonChooser *self,
                                  const char          *text)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (TANDEM_IS_PERSON_CHOOSER (self));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      return;
    }

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_clear_pointer (&self->people, g_ptr_array_unref);

  self->people = tandem_store_search_people (tandem_session_get_store (self->session), text,
                                             MAX_FOUND, &error);
  if (self->people == NULL)
    {
      show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < self->people->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), person_row_new (g_ptr_array_index (self->people, i)));
}

static void
search_changed_cb (TandemPersonChooser *self)
{
  tandem_person_chooser_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/**
 * tandem_person_chooser_choose:
 * @index: the person's place in the list of people found
 *
 * Adds them to the agenda and closes; or says why not and stays open.
 */
gboolean
tandem_person_chooser_choose (TandemPersonChooser *self,
                              guint                index)
{
  g_autoptr(TandemHuddleCase) added = NULL;
  g_autoptr(GError) error = NULL;
  TandemPerson *person;

  g_return_val_if_fail (TANDEM_IS_PERSON_CHOOSER (self), FALSE);

  if (self->people == NULL || index >= self->people->len)
    return FALSE;

  person = g_ptr_array_index (self->people, index);
  added = tandem_store_add_huddle_case (tandem_session_get_store (self->session), self->huddle_id,
                                        tandem_record_get_id (person),
                                        gtk_editable_get_text (GTK_EDITABLE (self->reason_row)),
                                        &error);
  if (added == NULL)
    {
      show_message (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
row_activated_cb (TandemPersonChooser *self,
                  GtkListBoxRow       *row)
{
  tandem_person_chooser_choose (self, gtk_list_box_row_get_index (row));
}

/* Enter in the search adds the first person found. */
static void
search_activated_cb (TandemPersonChooser *self)
{
  tandem_person_chooser_choose (self, 0);
}

static void
tandem_person_chooser_dispose (GObject *object)
{
  TandemPersonChooser *self = (TandemPersonChooser *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->people, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_person_chooser_parent_class)->dispose (object);
}

static void
tandem_person_chooser_class_init (TandemPersonChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_person_chooser_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_person_chooser_init (TandemPersonChooser *self)
{
}

static GtkWidget *
build_content (TandemPersonChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *reasons = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_box_append (GTK_BOX (box), header);

  self->search_entry = gtk_search_entry_new ();
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->search_entry), GTK_WIDGET (self));
  g_object_set (self->search_entry, "placeholder-text", _("Name, NHS number or postcode"), NULL);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activated_cb), self);
  gtk_box_append (GTK_BOX (body), self->search_entry);

  self->reason_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row),
                                 _("Reason for discussion (optional)"));
  gtk_widget_add_css_class (reasons, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (reasons), GTK_SELECTION_NONE);
  gtk_list_box_append (GTK_LIST_BOX (reasons), self->reason_row);
  gtk_box_append (GTK_BOX (body), reasons);

  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (body), scrolled);

  gtk_widget_set_margin_start (body, 12);
  gtk_widget_set_margin_end (body, 12);
  gtk_widget_set_margin_bottom (body, 12);
  gtk_widget_set_vexpand (body, TRUE);
  gtk_box_append (GTK_BOX (box), body);
  return box;
}

/**
 * tandem_person_chooser_new:
 *
 * Returns: (transfer none): the chooser, presented, listing the first people
 */
TandemPersonChooser *
tandem_person_chooser_new (GtkWindow     *parent,
                           TandemSession *session,
                           gint64         huddle_id)
{
  TandemPersonChooser *self = g_object_new (TANDEM_TYPE_PERSON_CHOOSER,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            "title", _("Add a Person to the Agenda"),
                                            "default-width", 460,
                                            "default-height", 560,
                                            NULL);

  self->session = g_object_ref (session);
  self->huddle_id = huddle_id;
  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), build_content (self));
  adw_window_set_content (ADW_WINDOW (self), self->toast_overlay);
  tandem_person_chooser_set_search (self, "");

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->search_entry);
  return self;
}
