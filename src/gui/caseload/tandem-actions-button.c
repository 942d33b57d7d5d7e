/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-actions-button"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-actions-button.h"
#include "tandem-date.h"

/* The actions the member of staff using Tandem still has to do, agreed at MDT huddles or in
 * their supervision, on their caseload: a button saying how many, shown only when there are
 * some, whose list opens the person an action is about. */
struct _TandemActionsButton
{
  AdwBin          parent_instance;

  TandemSession  *session;
  GPtrArray      *actions;  /* TandemAgreedAction */

  GtkWidget      *menu_button;
  GtkWidget      *list_box;
};

G_DEFINE_FINAL_TYPE (TandemActionsButton, tandem_actions_button, ADW_TYPE_BIN)

enum {
  SIGNAL_PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_subtitle (TandemActionsButton *self,
              TandemAgreedAction  *action,
              const char          *today)
{
  const char *due_on = tandem_agreed_action_get_due_on (action);
  g_autofree char *about = NULL;
  g_autofree char *due = NULL;

  if (tandem_agreed_action_get_person_id (action) != 0)
    {
      g_autoptr(TandemPerson) person =
        tandem_store_load_person (tandem_session_get_store (self->session),
                                  tandem_agreed_action_get_person_id (action), NULL);

      about = person != NULL ? tandem_person_dup_display_name (person) : g_strdup ("");
    }
  else
    about = g_strdup (_("From supervision"));

  if (due_on == NULL || *due_on == '\0')
    return g_steal_pointer (&about);

  due = tandem_date_format (due_on);
  if (tandem_agreed_action_is_overdue (action, today))
    /* Translators: who an action is about, and the date it was due, now past */
    return g_strdup_printf (_("%s · overdue since %s"), about, due);

  /* Translators: who an action is about, and the date it is due */
  return g_strdup_printf (_("%s · due %s"), about, due);
}

static GtkWidget *
make_row (TandemActionsButton *self,
          TandemAgreedAction  *action,
          const char          *today)
{
  g_autofree char *subtitle = dup_subtitle (self, action, today);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 tandem_agreed_action_get_description (action));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row),
                                    tandem_agreed_action_get_person_id (action) != 0);
  if (tandem_agreed_action_is_overdue (action, today))
    gtk_widget_add_css_class (row, "error");

  return row;
}

static void
reload (TandemActionsButton *self)
{
  TandemStaff *staff = tandem_session_get_current_staff (self->session);
  g_autofree char *today = tandem_date_today_iso ();
  g_autofree char *label = NULL;
  GtkWidget *child;

  g_clear_pointer (&self->actions, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (self->list_box)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list_box), child);

  if (staff != NULL)
    self->actions = tandem_store_list_open_actions_for_owner (tandem_session_get_store (self->session),
                                                              tandem_record_get_id (staff), NULL);
  if (self->actions == NULL)
    self->actions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->actions->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list_box),
                         make_row (self, g_ptr_array_index (self->actions, i), today));

  label = g_strdup_printf ("%u", self->actions->len);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->menu_button), label);
  gtk_widget_set_visible (GTK_WIDGET (self), self->actions->len > 0);
}

/* A huddle action is a change to its person, so a person's change matters here only when it
 * is the whole store or someone an open action is about (their name may have changed). */
static void
person_changed_cb (TandemActionsButton *self,
                   gint64               person_id)
{
  gboolean shown = person_id == 0;

  for (guint i = 0; !shown && i < self->actions->len; i++)
    shown = tandem_agreed_action_get_person_id (g_ptr_array_index (self->actions, i)) == person_id;

  if (shown)
    reload (self);
}

static void
row_activated_cb (TandemActionsButton *self,
                  GtkListBoxRow       *row)
{
  TandemAgreedAction *action = g_ptr_array_index (self->actions, gtk_list_box_row_get_index (row));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->menu_button));
  g_signal_emit (self, signals[SIGNAL_PERSON_ACTIVATED], 0,
                 tandem_agreed_action_get_person_id (action));
}

static void
tandem_actions_button_dispose (GObject *object)
{
  TandemActionsButton *self = (TandemActionsButton *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->actions, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_actions_button_parent_class)->dispose (object);
}

static void
tandem_actions_button_class_init (TandemActionsButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_actions_button_dispose;

  /**
   * TandemActionsButton::person-activated:
   * @person_id: the person the chosen action is about
   */
  signals[SIGNAL_PERSON_ACTIVATED] =
    g_signal_new ("person-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
tandem_actions_button_init (TandemActionsButton *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Your Open Actions"));
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_set_size_request (scroller, 320, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list_box);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "object-select-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), popover);
  gtk_widget_set_tooltip_text (self->menu_button, _("Your open actions from huddles and supervision"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your open actions"), -1);
  adw_bin_set_child (ADW_BIN (self), self->menu_button);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
tandem_actions_button_new (void)
{
  return g_object_new (TANDEM_TYPE_ACTIONS_BUTTON, NULL);
}

void
tandem_actions_button_set_session (TandemActionsButton *self,
                                   TandemSession       *session)
{
  TandemStore *store;

  g_return_if_fail (TANDEM_IS_ACTIONS_BUTTON (self));
  g_return_if_fail (TANDEM_IS_SESSION (session));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  store = tandem_session_get_store (session);
  g_signal_connect_object (store, "changed", G_CALLBACK (person_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* New or finished actions announce themselves here. */
  g_signal_connect_object (store, "huddles-changed", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "supervision-changed", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

guint
tandem_actions_button_get_n_open (TandemActionsButton *self)
{
  g_return_val_if_fail (TANDEM_IS_ACTIONS_BUTTON (self), 0);

  return self->actions != NULL ? self->actions->len : 0;
}
