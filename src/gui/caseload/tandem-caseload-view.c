/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-actions-button.h"
#include "tandem-caseload-row.h"
#include "tandem-caseload-selection.h"
#include "tandem-caseload-view.h"
#include "tandem-compat.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-gui-util.h"
#include "tandem-loading-spinner.h"
#include "tandem-person-editor.h"
#include "tandem-person-page.h"
#include "tandem-practice-choice.h"

/* The Caseload section: the list of people a coach works through, with search and filters,
 * beside the record of the person chosen. On a narrow window the two fold into one column.
 *
 * The list shows the session's TandemCaseload; this view only turns widgets into its filter
 * properties and back. */
struct _TandemCaseloadView
{
  AdwBin              parent_instance;

  TandemSession           *session;
  TandemCaseloadSelection *selection;
  gint64                   shown_person_id;
  gboolean                 adding_example;

  GtkWidget          *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *search_entry;
  GtkWidget          *actions_button;
  GtkWidget          *scope_dropdown;
  GtkWidget          *status_dropdown;
  GtkWidget          *practice_dropdown;
  GtkWidget          *role_dropdown;
  GtkWidget          *list_stack;
  GtkWidget          *list_scroller;
  GtkWidget          *list_view;
  GtkWidget          *spinner;
  GtkWidget          *no_results_page;
  GtkWidget          *example_progress;
  GtkWidget          *count_label;
  GtkWidget          *content_stack;
  GtkWidget          *person_page;
};

G_DEFINE_FINAL_TYPE (TandemCaseloadView, tandem_caseload_view, ADW_TYPE_BIN)

enum {
  SCOPE_MINE,
  SCOPE_EVERYONE,
};

static GtkWindow *
get_window (TandemCaseloadView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
add_toast (TandemCaseloadView *self,
           const char         *message)
{
  tandem_toast_show_message (GTK_WIDGET (self), message);
}

static void
update_count (TandemCaseloadView *self)
{
  TandemCaseload *caseload = tandem_session_get_caseload (self->session);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (caseload));
  guint n_people = tandem_caseload_get_n_people (caseload);
  g_autofree char *text = NULL;

  if (n_items == n_people)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n_people),
                            n_people);
  else
    /* Translators: how many people the caseload list shows of everyone in Tandem */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u person", "%u of %u people",
                                         n_people),
                            n_items, n_people);

  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

static void
update_no_results (TandemCaseloadView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  AdwStatusPage *page = ADW_STATUS_PAGE (self->no_results_page);

  if (text[0] != '\0')
    {
      g_autofree char *description =
        g_strdup_printf (_("Nobody here matches “%s”. Search by the start of a name, an NHS "
                           "number or a postcode, or show everyone with the filters above."),
                         text);

      adw_status_page_set_title (page, _("No Matches"));
      tandem_status_page_set_text (page, description);
    }
  else
    {
      adw_status_page_set_title (page, _("Nobody to Show"));
      adw_status_page_set_description (page, _("No one matches these filters. Try “Everyone” or "
                                               "another status."));
    }
}

static void
update_stack (TandemCaseloadView *self)
{
  TandemCaseload *caseload = tandem_session_get_caseload (self->session);
  const char *page;

  if (self->adding_example)
    page = "example";
  else if (tandem_caseload_get_n_people (caseload) == 0)
    page = tandem_caseload_get_loading (caseload) ? "loading" : "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (caseload)) == 0)
    page = "no-results";
  else
    page = "list";

  if (g_str_equal (page, "no-results"))
    update_no_results (self);

  tandem_loading_spinner_set_loading (TANDEM_LOADING_SPINNER (self->spinner),
                                      g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (GTK_STACK (self->list_stack), page);
  gtk_widget_set_visible (self->count_label, g_str_equal (page, "list") ||
                                             g_str_equal (page, "no-results"));
  update_count (self);
}

static void
caseload_items_changed_cb (TandemCaseloadView *self)
{
  update_stack (self);
}

/**
 * tandem_caseload_view_show_person:
 * @person_id: the person to show, or 0 for nobody
 */
void
tandem_caseload_view_show_person (TandemCaseloadView *self,
                                  gint64              person_id)
{
  g_return_if_fail (TANDEM_IS_CASELOAD_VIEW (self));

  self->shown_person_id = person_id;
  tandem_person_page_set_person_id (TANDEM_PERSON_PAGE (self->person_page), person_id);
  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack),
                                    person_id != 0 ? "person" : "none");

  /* The list highlights whoever the page shows, whenever the filters let them be seen. */
  tandem_caseload_selection_set_person_id (self->selection, person_id);
}

gint64
tandem_caseload_view_get_shown_person (TandemCaseloadView *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_VIEW (self), 0);

  return self->shown_person_id;
}

static void
selection_changed_cb (TandemCaseloadView *self)
{
  gint64 person_id = tandem_caseload_selection_get_person_id (self->selection);

  if (person_id != 0 && person_id != self->shown_person_id)
    tandem_caseload_view_show_person (self, person_id);
}

static void person_go_back_cb (TandemCaseloadView *self);

static void
action_person_activated_cb (TandemCaseloadView *self,
                            gint64              person_id)
{
  tandem_caseload_view_show_person (self, person_id);
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
list_activate_cb (TandemCaseloadView *self,
                  guint               position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (self->person_page);
}

static void
person_gone_cb (TandemCaseloadView *self)
{
  tandem_caseload_view_show_person (self, 0);
  person_go_back_cb (self);
}

static void
person_go_back_cb (TandemCaseloadView *self)
{
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (self->list_view);
}

static void
search_changed_cb (TandemCaseloadView *self)
{
  /* The entry may report a search before there is a caseload to search. */
  if (self->session == NULL)
    return;

  tandem_caseload_set_search_text (tandem_session_get_caseload (self->session),
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (TandemCaseloadView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search box opens the first person found. */
static void
search_activate_cb (TandemCaseloadView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    list_activate_cb (self, 0);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, tandem_caseload_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TandemCaseloadView       *self)
{
  tandem_caseload_row_set_item (TANDEM_CASELOAD_ROW (gtk_list_item_get_child (list_item)),
                                gtk_list_item_get_item (list_item),
                                tandem_session_get_team (self->session));
}

static void
apply_scope (TandemCaseloadView *self)
{
  TandemCaseload *caseload = tandem_session_get_caseload (self->session);
  TandemStaff *me = tandem_session_get_current_staff (self->session);
  guint scope = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->scope_dropdown));

  g_settings_set_string (tandem_session_get_settings (self->session), "caseload-scope",
                         scope == SCOPE_MINE ? "mine" : "everyone");
  tandem_caseload_set_staff_id (caseload, scope == SCOPE_MINE && me != NULL
                                          ? tandem_record_get_id (me) : 0);
}

static void
apply_status (TandemCaseloadView *self)
{
  TandemCaseloadShow show = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_dropdown));

  tandem_caseload_set_show (tandem_session_get_caseload (self->session), show);
  g_settings_set_string (tandem_session_get_settings (self->session), "caseload-show",
                         tandem_enum_to_nick (TANDEM_TYPE_CASELOAD_SHOW, show));
}

static void
apply_role (TandemCaseloadView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->role_dropdown));
  int role = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;

  /* The first item is "All roles"; then the roles in order. */
  tandem_caseload_set_role (tandem_session_get_caseload (self->session), role);
  g_settings_set_string (tandem_session_get_settings (self->session), "caseload-role",
                         role < 0 ? "all" : tandem_enum_to_nick (TANDEM_TYPE_ROLE, role));
}

static void
practice_chosen_cb (TandemCaseloadView   *self,
                    GParamSpec           *pspec,
                    TandemPracticeChoice *choice)
{
  tandem_session_set_database_id (self->session, "caseload-practice",
                                  tandem_practice_choice_get_practice_id (choice));
}

static void
set_dropdown_strings (GtkWidget          *dropdown,
                      const char * const *strings)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (strings);

  gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), G_LIST_MODEL (list));
}

static void
fill_filters (TandemCaseloadView *self)
{
  GSettings *settings = tandem_session_get_settings (self->session);
  g_autofree char *scope = g_settings_get_string (settings, "caseload-scope");
  g_autofree char *show = g_settings_get_string (settings, "caseload-show");
  g_autofree char *role_nick = g_settings_get_string (settings, "caseload-role");
  const char * const scopes[] = { _("My caseload"), _("Everyone"), NULL };
  const char * const statuses[] = {
    _("Open"), _("Waiting"), _("Active"), _("Closed"), _("Declined"), _("No response"),
    _("All statuses"), _("Plan review due"), _("Outcome due"), NULL
  };
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  set_dropdown_strings (self->scope_dropdown, scopes);
  set_dropdown_strings (self->status_dropdown, statuses);

  gtk_string_list_append (roles, _("All roles"));
  for (int role = TANDEM_ROLE_LINK_WORKER; role <= TANDEM_ROLE_SUPERVISOR; role++)
    gtk_string_list_append (roles, tandem_role_get_label (role));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->role_dropdown), G_LIST_MODEL (roles));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->scope_dropdown),
                              g_str_equal (scope, "mine") ? SCOPE_MINE : SCOPE_EVERYONE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_dropdown),
                              tandem_enum_from_nick (TANDEM_TYPE_CASELOAD_SHOW, show,
                                                     TANDEM_CASELOAD_SHOW_OPEN));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->role_dropdown),
                              tandem_enum_from_nick (TANDEM_TYPE_ROLE, role_nick, -1) + 1);
  apply_scope (self);
  apply_status (self);
  apply_role (self);
}

static void
new_person_saved_cb (TandemCaseloadView *self,
                     TandemPersonEditor *editor)
{
  TandemPerson *person = tandem_person_editor_get_person (editor);
  g_autofree char *name = tandem_person_dup_display_name (person);
  g_autofree char *message = g_strdup_printf (_("Added %s"), name);

  tandem_caseload_view_show_person (self, tandem_record_get_id (person));
  add_toast (self, message);
}

static void
open_person_cb (TandemCaseloadView *self,
                gint64              person_id)
{
  tandem_caseload_view_show_person (self, person_id);
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemCaseloadView *self = TANDEM_CASELOAD_VIEW (widget);
  TandemPersonEditor *editor;

  editor = tandem_person_editor_new (get_window (self),
                                     tandem_session_get_store (self->session),
                                     tandem_session_get_team (self->session),
                                     NULL,
                                     tandem_session_get_current_staff (self->session));
  g_signal_connect_object (editor, "saved", G_CALLBACK (new_person_saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "open-person", G_CALLBACK (open_person_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
example_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TandemCaseloadView) self = user_data;
  g_autoptr(GError) error = NULL;

  self->adding_example = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caseload.load-example", TRUE);

  if (!tandem_session_load_example_finish (TANDEM_SESSION (object), result, &error))
    add_toast (self, error->message);
  else
    add_toast (self, _("Added a fictional caseload"));

  update_stack (self);
}

static void
load_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemCaseloadView *self = TANDEM_CASELOAD_VIEW (widget);

  self->adding_example = TRUE;
  gtk_widget_action_set_enabled (widget, "caseload.load-example", FALSE);
  update_stack (self);
  tandem_session_load_example_async (self->session, TANDEM_EXAMPLE_CASELOAD_SIZE, NULL,
                                     example_loaded_cb, g_object_ref (self));
}

/* Shortcuts for the person shown work wherever the focus is in the section, the list too. */
static void
person_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemCaseloadView *self = TANDEM_CASELOAD_VIEW (widget);

  if (self->shown_person_id == 0)
    return;

  if (g_str_equal (action_name, "caseload.edit-person"))
    gtk_widget_activate_action (self->person_page, "person.edit", NULL);
  else
    gtk_widget_activate_action (self->person_page, "person.add-contact", NULL);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  tandem_caseload_view_focus_search (TANDEM_CASELOAD_VIEW (widget));
}

static void
caseload_failed_cb (TandemCaseloadView *self,
                    const GError       *error)
{
  add_toast (self, error->message);
}

static void
tandem_caseload_view_dispose (GObject *object)
{
  TandemCaseloadView *self = (TandemCaseloadView *) object;


  /* The parent class disposes the widgets from the template, in an order that keeps
   * libadwaita's view switchers and stacks consistent; gtk_widget_dispose_template() would
   * dispose a stack before the switcher watching it. */
  g_clear_object (&self->selection);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tandem_caseload_view_parent_class)->dispose (object);
}

static void
tandem_caseload_view_class_init (TandemCaseloadViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_caseload_view_dispose;

  g_type_ensure (TANDEM_TYPE_PERSON_PAGE);
  g_type_ensure (TANDEM_TYPE_ACTIONS_BUTTON);
  g_type_ensure (TANDEM_TYPE_LOADING_SPINNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-caseload-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, actions_button);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, practice_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, example_progress);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, count_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadView, person_page);
  gtk_widget_class_bind_template_callback (widget_class, action_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_go_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_gone_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_person_cb);

  gtk_widget_class_install_action (widget_class, "caseload.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "caseload.load-example", NULL,
                                   load_example_action);
  gtk_widget_class_install_action (widget_class, "caseload.focus-search", NULL,
                                   focus_search_action);
  gtk_widget_class_install_action (widget_class, "caseload.edit-person", NULL, person_action);
  gtk_widget_class_install_action (widget_class, "caseload.add-contact", NULL, person_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "caseload.edit-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "caseload.add-contact", NULL);
}

static void
tandem_caseload_view_init (TandemCaseloadView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_view = tandem_compat_list_new ();
  gtk_widget_add_css_class (self->list_view, "tandem-caseload-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Caseload"), -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->list_scroller), self->list_view);

  /* The search is fast enough to run at every keystroke, and typing in the list searches. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (self->search_entry), 0);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->search_entry), self->list_pane);
}

/**
 * tandem_caseload_view_set_session:
 *
 * Shows the session's caseload. Call once, before the view is shown.
 */
void
tandem_caseload_view_set_session (TandemCaseloadView *self,
                                  TandemSession      *session)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  TandemPracticeChoice *practices;
  TandemCaseload *caseload;

  g_return_if_fail (TANDEM_IS_CASELOAD_VIEW (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  caseload = tandem_session_get_caseload (session);

  self->selection = tandem_caseload_selection_new (caseload);
  g_signal_connect_object (self->selection, "notify::person-id", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  tandem_compat_list_set_factory (self->list_view, factory);
  tandem_compat_list_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  tandem_person_page_set_session (TANDEM_PERSON_PAGE (self->person_page), session);
  tandem_actions_button_set_session (TANDEM_ACTIONS_BUTTON (self->actions_button), session);
  g_object_bind_property (self->leaflet, "folded", self->person_page, "folded",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (session, "example-progress", self->example_progress, "fraction",
                          G_BINDING_SYNC_CREATE);

  fill_filters (self);
  practices = tandem_practice_choice_new (GTK_DROP_DOWN (self->practice_dropdown),
                                          tandem_session_get_team (session));
  tandem_practice_choice_set_practice_id (practices,
                                          tandem_session_get_database_id (session,
                                                                          "caseload-practice"));
  g_object_bind_property (practices, "practice-id", caseload, "practice-id",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (practices, "notify::practice-id", G_CALLBACK (practice_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scope_dropdown, "notify::selected", G_CALLBACK (apply_scope),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (apply_status),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->role_dropdown, "notify::selected", G_CALLBACK (apply_role),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (apply_scope), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (caseload, "items-changed", G_CALLBACK (caseload_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (caseload, "notify::loading", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (caseload, "notify::n-people", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (caseload, "failed", G_CALLBACK (caseload_failed_cb), self,
                           G_CONNECT_SWAPPED);
  update_stack (self);
}

void
tandem_caseload_view_focus_search (TandemCaseloadView *self)
{
  g_return_if_fail (TANDEM_IS_CASELOAD_VIEW (self));

  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (self->search_entry);
}

/**
 * tandem_caseload_view_get_list_view:
 *
 * Returns: (transfer none): the list, for tests and benchmarks
 */
GtkWidget *
tandem_caseload_view_get_list_view (TandemCaseloadView *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_VIEW (self), NULL);

  return self->list_view;
}
