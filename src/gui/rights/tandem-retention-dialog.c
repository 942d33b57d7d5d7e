/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-retention-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-caseload-view.h"
#include "tandem-date.h"
#include "tandem-retention-dialog.h"
#include "tandem-rights-actions.h"
#include "tandem-window.h"

/* Records Past Retention: the people whose care ended longer ago than the PCN keeps records,
 * each with Open (to review the record first) and Erase…. Opened from Preferences, where an
 * administrator sets the period. The list follows the store: an erasure, or a referral
 * opened again, takes the person off it. */
struct _TandemRetentionDialog
{
  AdwWindow      parent_instance;

  TandemSession *session;
  GtkWindow     *main_window;
  GtkWidget     *stack;
  GtkWidget     *list;
  GtkWidget     *empty;
  guint          n_people;
};

G_DEFINE_FINAL_TYPE (TandemRetentionDialog, tandem_retention_dialog, ADW_TYPE_WINDOW)

static void fill (TandemRetentionDialog *self);

static void
open_clicked_cb (GtkButton             *button,
                 TandemRetentionDialog *self)
{
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id"));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *caseload;

  if (!TANDEM_IS_WINDOW (self->main_window))
    return;

  /* The record is reviewed in the main window, so the dialogs over it step aside: this one
   * and Preferences, which it was opened from. */
  caseload = tandem_window_get_caseload_view (TANDEM_WINDOW (self->main_window));
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (caseload), person_id);
  gtk_widget_activate_action (GTK_WIDGET (self->main_window), "win.show-caseload", NULL);
  gtk_window_present (self->main_window);
  if (ADW_IS_PREFERENCES_WINDOW (parent))
    gtk_window_close (parent);
  gtk_window_close (GTK_WINDOW (self));
}

static void
erase_clicked_cb (GtkButton             *button,
                  TandemRetentionDialog *self)
{
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id"));
  const char *name = g_object_get_data (G_OBJECT (button), "person-name");

  tandem_rights_erase_person (GTK_WINDOW (self), self->session, person_id, name);
}

static GtkWidget *
add_button (GtkWidget                *row,
            const char               *label,
            const char               *tooltip,
            TandemRetentionCandidate *candidate,
            GCallback                 clicked,
            TandemRetentionDialog    *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "person-id", GSIZE_TO_POINTER (candidate->person_id));
  g_object_set_data_full (G_OBJECT (button), "person-name", g_strdup (candidate->name), g_free);
  g_signal_connect_object (button, "clicked", clicked, self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return button;
}

static GtkWidget *
create_row (TandemRetentionDialog    *self,
            TandemRetentionCandidate *candidate)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *ended = tandem_date_format (candidate->last_ended_on);
  g_autofree char *subtitle = NULL;
  TandemStore *store = tandem_session_get_store (self->session);
  GtkWidget *erase;

  if (candidate->nhs_number[0] != '\0')
    /* Translators: a person past retention: their NHS number and the day their care ended */
    subtitle = g_strdup_printf (_("NHS number %s · last episode ended %s"),
                                candidate->nhs_number, ended);
  else
    /* Translators: a person past retention: the day their care ended */
    subtitle = g_strdup_printf (_("Last episode ended %s"), ended);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), candidate->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  add_button (row, _("_Open"), _("Review this record in the caseload"), candidate,
              G_CALLBACK (open_clicked_cb), self);
  erase = add_button (row, _("_Erase…"), _("Erase this record for good"), candidate,
                      G_CALLBACK (erase_clicked_cb), self);
  gtk_widget_add_css_class (erase, "destructive-action");
  gtk_widget_set_sensitive (erase, tandem_store_may_erase_people (store));

  return row;
}

static void
fill (TandemRetentionDialog *self)
{
  TandemStore *store = tandem_session_get_store (self->session);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  GDate today;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  tandem_date_set_today (&today);
  people = tandem_store_list_past_retention (store, &today, &error);
  if (people == NULL)
    {
      adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("The List Could Not Be Read"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty), error->message);
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->empty);
      self->n_people = 0;
      return;
    }

  for (guint i = 0; i < people->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list),
                         create_row (self, g_ptr_array_index (people, i)));

  self->n_people = people->len;
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), people->len > 0 ? "list" : "empty");
}

static void
store_changed_cb (TandemStore           *store,
                  gint64                 person_id,
                  TandemRetentionDialog *self)
{
  fill (self);
}

static void
tandem_retention_dialog_dispose (GObject *object)
{
  TandemRetentionDialog *self = (TandemRetentionDialog *) object;

  g_clear_object (&self->session);
  g_clear_object (&self->main_window);

  G_OBJECT_CLASS (tandem_retention_dialog_parent_class)->dispose (object);
}

static void
tandem_retention_dialog_class_init (TandemRetentionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tandem_retention_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_retention_dialog_init (TandemRetentionDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Records Past Retention"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 520);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_margin_top (self->list, 18);
  gtk_widget_set_margin_bottom (self->list, 18);
  gtk_widget_set_margin_start (self->list, 12);
  gtk_widget_set_margin_end (self->list, 12);
  gtk_widget_set_valign (self->list, GTK_ALIGN_START);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  self->empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No Records Past Retention"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _("Everyone whose care has ended is still within the period "
                                     "the PCN keeps records for."));

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), self->empty, "empty");

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * tandem_retention_dialog_new:
 * @parent: the window it is opened from; when that is a preferences window, its own parent
 *   is where a record opened for review is shown
 */
GtkWidget *
tandem_retention_dialog_new (GtkWindow     *parent,
                             TandemSession *session)
{
  TandemRetentionDialog *self;
  GtkWindow *main_window = parent;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);

  self = g_object_new (TANDEM_TYPE_RETENTION_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  while (main_window != NULL && !TANDEM_IS_WINDOW (main_window))
    main_window = gtk_window_get_transient_for (main_window);
  self->main_window = main_window ? g_object_ref (main_window) : NULL;

  g_signal_connect_object (tandem_session_get_store (session), "changed",
                           G_CALLBACK (store_changed_cb), self, 0);
  fill (self);

  return GTK_WIDGET (self);
}

guint
tandem_retention_dialog_get_n_people (TandemRetentionDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_RETENTION_DIALOG (self), 0);

  return self->n_people;
}
