/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plans-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-batch-dialog.h"
#include "tandem-caseload-row.h"
#include "tandem-caseload-selection.h"
#include "tandem-compat.h"
#include "tandem-enums.h"
#include "tandem-enum-strings.h"
#include "tandem-gui-util.h"
#include "tandem-loading-spinner.h"
#include "tandem-plan-page.h"
#include "tandem-plans-view.h"
#include "tandem-practice-choice.h"
#include "tandem-print-choices.h"

/* The Plans section: everyone with a care and support plan, the reviews falling due first,
 * beside the plan chosen. The list is a TandemCaseload of people with a plan, loaded the
 * first time the section is shown, with the caseload's search and filters. */
struct _TandemPlansView
{
  AdwBin                   parent_instance;

  TandemSession           *session;
  TandemCaseload          *plans;
  TandemCaseloadSelection *selection;
  gint64                   shown_person_id;

  GtkWidget               *leaflet;
  GtkWidget               *list_pane;
  GtkWidget               *search_entry;
  GtkWidget               *scope_dropdown;
  GtkWidget               *filter_dropdown;
  GtkWidget               *practice_dropdown;
  GtkWidget               *list_stack;
  GtkWidget               *list_scroller;
  GtkWidget               *list_view;
  GtkWidget               *spinner;
  GtkWidget               *no_results_page;
  GtkWidget               *count_label;
  GtkWidget               *content_stack;
  GtkWidget               *plan_page;
};

G_DEFINE_FINAL_TYPE (TandemPlansView, tandem_plans_view, ADW_TYPE_BIN)

enum {
  SCOPE_MINE,
  SCOPE_EVERYONE,
};

static void
update_count (TandemPlansView *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  guint n_plans = tandem_caseload_get_n_people (self->plans);
  g_autofree char *text = NULL;

  if (n_items == n_plans)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u plan", "%u plans", n_plans),
                            n_plans);
  else
    /* Translators: how many plans the list shows of all the plans in Tandem */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u plan", "%u of %u plans",
                                         n_plans),
                            n_items, n_plans);

  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

static void
update_no_results (TandemPlansView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  AdwStatusPage *page = ADW_STATUS_PAGE (self->no_results_page);

  if (text[0] != '\0')
    {
      g_autofree char *description =
        g_strdup_printf (_("No plan here is for anyone matching “%s”. Search by the start of "
                           "a name, an NHS number or a postcode, or show every plan with the "
                           "filters above."),
                         text);

      adw_status_page_set_title (page, _("No Matches"));
      tandem_status_page_set_text (page, description);
    }
  else
    {
      adw_status_page_set_title (page, _("No Plans to Show"));
      adw_status_page_set_description (page, _("No plan matches these filters. Try "
                                               "“Everyone’s plans” or “All plans”."));
    }
}

static void
update_stack (TandemPlansView *self)
{
  const char *page;

  if (tandem_caseload_get_n_people (self->plans) == 0)
    page = tandem_caseload_get_loading (self->plans) ? "loading" : "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->plans)) == 0)
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.print-due",
                                 g_str_equal (page, "list"));
  update_count (self);
}

static void
show_person (TandemPlansView *self,
             gint64           person_id)
{
  self->shown_person_id = person_id;
  tandem_plan_page_set_person_id (TANDEM_PLAN_PAGE (self->plan_page), person_id);
  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack),
                                    person_id != 0 ? "plan" : "none");
  tandem_caseload_selection_set_person_id (self->selection, person_id);
}

/**
 * tandem_plans_view_show_person:
 * @person_id: whose plan to show, or 0 for nobody's
 *
 * Shows the person's plan, or the way to start one when they have none yet; on a narrow
 * window, instead of the list.
 */
void
tandem_plans_view_show_person (TandemPlansView *self,
                               gint64           person_id)
{
  g_return_if_fail (TANDEM_IS_PLANS_VIEW (self));

  show_person (self, person_id);
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), person_id != 0
                                                     ? ADW_NAVIGATION_DIRECTION_FORWARD
                                                     : ADW_NAVIGATION_DIRECTION_BACK);
}

gint64
tandem_plans_view_get_shown_person (TandemPlansView *self)
{
  g_return_val_if_fail (TANDEM_IS_PLANS_VIEW (self), 0);

  return self->shown_person_id;
}

static void
selection_changed_cb (TandemPlansView *self)
{
  gint64 person_id = tandem_caseload_selection_get_person_id (self->selection);

  if (person_id != 0 && person_id != self->shown_person_id)
    show_person (self, person_id);
}

static void
list_activate_cb (TandemPlansView *self,
                  guint            position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (self->plan_page);
}

static void
plan_go_back_cb (TandemPlansView *self)
{
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (self->list_view);
}

static void
search_changed_cb (TandemPlansView *self)
{
  if (self->plans == NULL)
    return;

  tandem_caseload_set_search_text (self->plans,
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (TandemPlansView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search box opens the first plan found. */
static void
search_activate_cb (TandemPlansView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    list_activate_cb (self, 0);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, tandem_caseload_row_new_for_plans ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TandemPlansView          *self)
{
  tandem_caseload_row_set_item (TANDEM_CASELOAD_ROW (gtk_list_item_get_child (list_item)),
                                gtk_list_item_get_item (list_item),
                                tandem_session_get_team (self->session));
}

static void
apply_scope (TandemPlansView *self)
{
  TandemStaff *me = tandem_session_get_current_staff (self->session);
  guint scope = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->scope_dropdown));

  g_settings_set_string (tandem_session_get_settings (self->session), "plans-scope",
                         scope == SCOPE_MINE ? "mine" : "everyone");
  tandem_caseload_set_staff_id (self->plans, scope == SCOPE_MINE && me != NULL
                                             ? tandem_record_get_id (me) : 0);
}

static void
apply_filter (TandemPlansView *self)
{
  TandemPlanFilter filter = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->filter_dropdown));

  tandem_caseload_set_plan_filter (self->plans, filter);
  g_settings_set_string (tandem_session_get_settings (self->session), "plans-filter",
                         tandem_enum_to_nick (TANDEM_TYPE_PLAN_FILTER, filter));
}

static void
practice_chosen_cb (TandemPlansView      *self,
                    GParamSpec           *pspec,
                    TandemPracticeChoice *choice)
{
  tandem_session_set_database_id (self->session, "plans-practice",
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
fill_filters (TandemPlansView *self)
{
  GSettings *settings = tandem_session_get_settings (self->session);
  g_autofree char *scope = g_settings_get_string (settings, "plans-scope");
  g_autofree char *filter = g_settings_get_string (settings, "plans-filter");
  const char * const scopes[] = { _("My plans"), _("Everyone’s plans"), NULL };
  /* In the order of TandemPlanFilter. */
  const char * const filters[] = {
    _("All plans"), _("Drafts"), _("Agreed"), _("Review due soon"), _("Review overdue"), NULL
  };

  set_dropdown_strings (self->scope_dropdown, scopes);
  set_dropdown_strings (self->filter_dropdown, filters);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->scope_dropdown),
                              g_str_equal (scope, "mine") ? SCOPE_MINE : SCOPE_EVERYONE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->filter_dropdown),
                              tandem_enum_from_nick (TANDEM_TYPE_PLAN_FILTER, filter,
                                                     TANDEM_PLAN_FILTER_ALL));
  apply_scope (self);
  apply_filter (self);
}

static void
plans_failed_cb (TandemPlansView *self,
                 const GError    *error)
{
  tandem_toast_show_message (GTK_WIDGET (self), error->message);
}

/* Prints the plans of the people listed whose review is coming up or overdue: the filters
 * and search chosen say whose, as they do for the list. */
static void
print_due_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemPlansView *self = TANDEM_PLANS_VIEW (widget);
  g_autoptr(GArray) people = NULL;
  TandemBatchDialog *dialog;

  if (self->plans == NULL)
    return;

  people = tandem_print_list_due_people (G_LIST_MODEL (self->plans));
  dialog = tandem_batch_dialog_new (widget, tandem_session_get_store (self->session), people);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  tandem_plans_view_focus_search (TANDEM_PLANS_VIEW (widget));
}

static void
tandem_plans_view_dispose (GObject *object)
{
  TandemPlansView *self = (TandemPlansView *) object;

  g_clear_object (&self->selection);
  g_clear_object (&self->plans);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tandem_plans_view_parent_class)->dispose (object);
}

static void
tandem_plans_view_class_init (TandemPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plans_view_dispose;

  g_type_ensure (TANDEM_TYPE_PLAN_PAGE);
  g_type_ensure (TANDEM_TYPE_LOADING_SPINNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, practice_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, count_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemPlansView, plan_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_go_back_cb);

  gtk_widget_class_install_action (widget_class, "plans.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "plans.print-due", NULL, print_due_action);
}

static void
tandem_plans_view_init (TandemPlansView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_view = tandem_compat_list_new ();
  gtk_widget_add_css_class (self->list_view, "tandem-caseload-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Plans"), -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->list_scroller), self->list_view);

  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (self->search_entry), 0);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->search_entry), self->list_pane);
}

/**
 * tandem_plans_view_set_session:
 *
 * Shows the session's plans, starting to load them. Call once, when the section is first
 * shown: until then nobody has paid for reading them.
 */
void
tandem_plans_view_set_session (TandemPlansView *self,
                               TandemSession   *session)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  TandemPracticeChoice *practices;

  g_return_if_fail (TANDEM_IS_PLANS_VIEW (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  self->plans = g_object_ref (tandem_session_get_plans (session));

  self->selection = tandem_caseload_selection_new (self->plans);
  g_signal_connect_object (self->selection, "notify::person-id", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  tandem_compat_list_set_factory (self->list_view, factory);
  tandem_compat_list_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  tandem_plan_page_set_session (TANDEM_PLAN_PAGE (self->plan_page), session);
  g_object_bind_property (self->leaflet, "folded", self->plan_page, "folded",
                          G_BINDING_SYNC_CREATE);

  fill_filters (self);
  practices = tandem_practice_choice_new (GTK_DROP_DOWN (self->practice_dropdown),
                                          tandem_session_get_team (session));
  tandem_practice_choice_set_practice_id (practices,
                                          tandem_session_get_database_id (session,
                                                                          "plans-practice"));
  g_object_bind_property (practices, "practice-id", self->plans, "practice-id",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (practices, "notify::practice-id", G_CALLBACK (practice_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scope_dropdown, "notify::selected", G_CALLBACK (apply_scope),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_dropdown, "notify::selected", G_CALLBACK (apply_filter),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (apply_scope), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->plans, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plans, "notify::loading", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plans, "notify::n-people", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plans, "failed", G_CALLBACK (plans_failed_cb), self,
                           G_CONNECT_SWAPPED);
  update_stack (self);
}

gboolean
tandem_plans_view_has_session (TandemPlansView *self)
{
  g_return_val_if_fail (TANDEM_IS_PLANS_VIEW (self), FALSE);

  return self->session != NULL;
}

void
tandem_plans_view_focus_search (TandemPlansView *self)
{
  g_return_if_fail (TANDEM_IS_PLANS_VIEW (self));

  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (self->search_entry);
}

/**
 * tandem_plans_view_get_list_view:
 *
 * Returns: (transfer none): the list, for tests
 */
GtkWidget *
tandem_plans_view_get_list_view (TandemPlansView *self)
{
  g_return_val_if_fail (TANDEM_IS_PLANS_VIEW (self), NULL);

  return self->list_view;
}

/**
 * tandem_plans_view_get_plan_page:
 *
 * Returns: (transfer none): the page showing the chosen plan, for tests
 */
GtkWidget *
tandem_plans_view_get_plan_page (TandemPlansView *self)
{
  g_return_val_if_fail (TANDEM_IS_PLANS_VIEW (self), NULL);

  return self->plan_page;
}
