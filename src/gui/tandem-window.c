/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-audit-window.h"
#include "tandem-caseload-view.h"
#include "tandem-directory-view.h"
#include "tandem-gui-util.h"
#include "tandem-huddles-view.h"
#include "tandem-plans-view.h"
#include "tandem-preferences-window.h"
#include "tandem-sign-in-page.h"
#include "tandem-store.h"
#include "tandem-supervision-view.h"
#include "tandem-welcome-page.h"
#include "tandem-window.h"

/* The main window: the sections of Tandem under one header bar, or the welcome on first run,
 * or, when the database cannot be opened, what went wrong and what to do about it.
 *
 * While nobody is signed in (at start, and after locking) the window holds only the sign-in
 * page: the main content is taken out of the window, kept as it was for whoever comes back.
 * Someone else signing in gets fresh sections instead, showing nothing of the last person's
 * work. */
struct _TandemWindow
{
  AdwApplicationWindow  parent_instance;

  TandemSession        *session;
  GSettings            *settings;   /* the window's own size */

  GtkWidget            *toast_overlay;    /* the main content */
  GtkWidget            *lock_content;     /* the sign-in page under a bare header bar */
  GtkWidget            *sign_in_page;
  GtkWidget            *focus_kept;       /* weak: the focus when locked */
  gint64                shown_staff_id;   /* whose work the sections hold */
  GMenu                *signed_in_section;

  GtkWidget            *switcher_title;
  GtkWidget            *switcher_bar;
  GtkWidget            *main_stack;
  GtkWidget            *view_stack;
  GtkWidget            *caseload_view;
  GtkWidget            *plans_view;
  GtkWidget            *directory_view;
  GtkWidget            *supervision_view;
  GtkWidget            *huddles_view;
};

G_DEFINE_FINAL_TYPE (TandemWindow, tandem_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_page (TandemWindow *self,
           const char   *name)
{
  gboolean sections = g_str_equal (name, "sections");

  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack), name);
  adw_view_switcher_title_set_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (self->switcher_title),
                                                     sections);
  gtk_widget_set_visible (self->switcher_bar, sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person", sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-caseload", sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plans", sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-directory", sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-supervision", sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-huddles", sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plan", sections);
}

/* The Plans and Directory sections read their records the first time they are shown, not at
 * every start. */
static void
section_changed_cb (TandemWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));
  TandemPlansView *plans_view = TANDEM_PLANS_VIEW (self->plans_view);
  TandemDirectoryView *directory_view = TANDEM_DIRECTORY_VIEW (self->directory_view);

  if (self->session != NULL && g_strcmp0 (name, "plans") == 0 &&
      !tandem_plans_view_has_session (plans_view))
    tandem_plans_view_set_session (plans_view, self->session);

  if (self->session != NULL && g_strcmp0 (name, "directory") == 0 &&
      !tandem_directory_view_has_session (directory_view))
    tandem_directory_view_set_session (directory_view, self->session);

  if (self->session != NULL && g_strcmp0 (name, "supervision") == 0 &&
      !tandem_supervision_view_has_session (TANDEM_SUPERVISION_VIEW (self->supervision_view)))
    tandem_supervision_view_set_session (TANDEM_SUPERVISION_VIEW (self->supervision_view),
                                         self->session);

  if (self->session != NULL && g_strcmp0 (name, "huddles") == 0 &&
      !tandem_huddles_view_has_session (TANDEM_HUDDLES_VIEW (self->huddles_view)))
    tandem_huddles_view_set_session (TANDEM_HUDDLES_VIEW (self->huddles_view), self->session);
}

static void
show_section (TandemWindow *self,
              const char   *name)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->view_stack), name);
}

static void
add_section (TandemWindow *self,
             GtkWidget    *view,
             const char   *name,
             const char   *title,
             const char   *icon_name)
{
  AdwViewStackPage *page;

  page = adw_view_stack_add_titled (ADW_VIEW_STACK (self->view_stack), view, name, title);
  adw_view_stack_page_set_use_underline (page, TRUE);
  adw_view_stack_page_set_icon_name (page, icon_name);
}

/* Makes the sections afresh, on the caseload: at start, and when someone else signs in, so
 * that no person page, search or note of the last member of staff is left anywhere. */
static void
build_sections (TandemWindow *self)
{
  GtkWidget *old[] = { self->caseload_view, self->plans_view, self->directory_view,
                       self->supervision_view, self->huddles_view };

  for (guint i = 0; i < G_N_ELEMENTS (old); i++)
    if (old[i] != NULL)
      adw_view_stack_remove (ADW_VIEW_STACK (self->view_stack), old[i]);

  self->caseload_view = g_object_new (TANDEM_TYPE_CASELOAD_VIEW, NULL);
  self->plans_view = g_object_new (TANDEM_TYPE_PLANS_VIEW, NULL);
  self->directory_view = g_object_new (TANDEM_TYPE_DIRECTORY_VIEW, NULL);
  self->supervision_view = g_object_new (TANDEM_TYPE_SUPERVISION_VIEW, NULL);
  self->huddles_view = g_object_new (TANDEM_TYPE_HUDDLES_VIEW, NULL);

  add_section (self, self->caseload_view, "caseload", _("_Caseload"), "tandem-caseload-symbolic");
  add_section (self, self->plans_view, "plans", _("_Plans"), "tandem-plans-symbolic");
  add_section (self, self->directory_view, "directory", _("_Directory"),
               "tandem-directory-symbolic");
  add_section (self, self->supervision_view, "supervision", _("_Supervision"),
               "tandem-supervision-symbolic");
  add_section (self, self->huddles_view, "huddles", _("_Huddles"), "system-users-symbolic");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->view_stack), "caseload");

  if (self->session != NULL)
    tandem_caseload_view_set_session (TANDEM_CASELOAD_VIEW (self->caseload_view), self->session);
}

/* The primary menu says who is signed in, next to the item that locks. */
static void
update_signed_in (TandemWindow *self)
{
  TandemStaff *me = self->session != NULL ? tandem_session_get_current_staff (self->session)
                                          : NULL;
  g_autofree char *label = NULL;

  if (g_menu_model_get_n_items (G_MENU_MODEL (self->signed_in_section)) > 1)
    g_menu_remove (self->signed_in_section, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-audit",
                                 me != NULL && !tandem_session_get_locked (self->session) &&
                                 tandem_store_may_read_audit (tandem_session_get_store (self->session)));

  if (me == NULL || tandem_session_get_locked (self->session))
    return;

  /* Translators: in the main menu; the name of the member of staff using Tandem. */
  label = g_strdup_printf (_("Signed in as %s"), tandem_staff_get_name (me));
  g_menu_insert (self->signed_in_section, 0, label, NULL);
}

static void
current_staff_changed_cb (TandemWindow *self)
{
  /* Someone signed in straight over someone else, without locking: the sections, already
   * shown to them, follow the new member of staff as they always did. */
  if (!tandem_session_get_locked (self->session))
    self->shown_staff_id = tandem_record_get_id (TANDEM_RECORD (tandem_session_get_current_staff (self->session)));

  update_signed_in (self);
}

static void
build_lock_content (TandemWindow *self)
{
  GtkWidget *header = adw_header_bar_new ();

  self->lock_content = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  self->sign_in_page = tandem_sign_in_page_new (self->session);
  gtk_widget_set_vexpand (self->sign_in_page, TRUE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Tandem"), NULL));
  gtk_box_append (GTK_BOX (self->lock_content), header);
  gtk_box_append (GTK_BOX (self->lock_content), self->sign_in_page);
}

/* Takes the main content out of the window, focus and all, and shows the sign-in page. */
static void
lock_window (TandemWindow *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  if (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)) == self->lock_content)
    return;

  g_clear_weak_pointer (&self->focus_kept);
  if (focus != NULL && gtk_widget_is_ancestor (focus, self->toast_overlay))
    g_set_weak_pointer (&self->focus_kept, focus);

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), self->lock_content);
  gtk_window_set_title (GTK_WINDOW (self), _("Tandem"));
  update_signed_in (self);
  tandem_sign_in_page_reset (TANDEM_SIGN_IN_PAGE (self->sign_in_page));
}

/* Puts the main content back: as it was for the member of staff who left it, afresh for
 * anyone else. */
static void
unlock_window (TandemWindow *self)
{
  gint64 me = tandem_record_get_id (TANDEM_RECORD (tandem_session_get_current_staff (self->session)));

  if (self->shown_staff_id != 0 && self->shown_staff_id != me)
    {
      g_clear_weak_pointer (&self->focus_kept);
      build_sections (self);
    }
  self->shown_staff_id = me;

  update_signed_in (self);
  if (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)) == self->toast_overlay)
    return;

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), self->toast_overlay);
  if (self->focus_kept != NULL)
    gtk_widget_grab_focus (self->focus_kept);
  else if (g_str_equal (tandem_window_get_page (self), "sections"))
    tandem_caseload_view_focus_search (TANDEM_CASELOAD_VIEW (self->caseload_view));
  g_clear_weak_pointer (&self->focus_kept);
}

/* The welcome shows nothing personal and is needed before anyone can sign in, so it stays
 * while locked; everything else makes way for the sign-in page. */
static void
locked_changed_cb (TandemWindow *self)
{
  if (!tandem_session_get_locked (self->session))
    unlock_window (self);
  else if (!g_str_equal (tandem_window_get_page (self), "welcome"))
    lock_window (self);
}

static void
welcome_done_cb (TandemWindow *self)
{
  show_page (self, "sections");
  if (tandem_session_get_locked (self->session))
    {
      lock_window (self);
      return;
    }

  tandem_caseload_view_focus_search (TANDEM_CASELOAD_VIEW (self->caseload_view));
}

/* Says what could not be done and what the user can do about it. */
static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));

  /* Ctrl+N adds what the section shown lists: an asset in the Directory, a session in
   * Supervision, a person elsewhere. */
  if (g_strcmp0 (name, "directory") == 0)
    {
      gtk_widget_activate_action (self->directory_view, "directory.new-asset", NULL);
      return;
    }

  if (g_strcmp0 (name, "supervision") == 0)
    {
      tandem_supervision_view_record_session (TANDEM_SUPERVISION_VIEW (self->supervision_view));
      return;
    }

  show_section (self, "caseload");
  gtk_widget_activate_action (self->caseload_view, "caseload.new-person", NULL);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));

  /* Searches the section shown. */
  if (g_strcmp0 (name, "plans") == 0)
    tandem_plans_view_focus_search (TANDEM_PLANS_VIEW (self->plans_view));
  else if (g_strcmp0 (name, "directory") == 0)
    tandem_directory_view_focus_search (TANDEM_DIRECTORY_VIEW (self->directory_view));
  else
    tandem_caseload_view_focus_search (TANDEM_CASELOAD_VIEW (self->caseload_view));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *name = "caseload";

  if (g_str_equal (action_name, "win.show-plans"))
    name = "plans";
  else if (g_str_equal (action_name, "win.show-directory"))
    name = "directory";
  else if (g_str_equal (action_name, "win.show-supervision"))
    name = "supervision";
  else if (g_str_equal (action_name, "win.show-huddles"))
    name = "huddles";

  show_section (TANDEM_WINDOW (widget), name);
}

/* Opens a person's plan, from their record in the caseload. */
static void
show_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);

  show_section (self, "plans");
  tandem_plans_view_show_person (TANDEM_PLANS_VIEW (self->plans_view),
                                 g_variant_get_int64 (parameter));
}

/* Ctrl+P prints the plan shown in the Plans section, wherever the focus is. */
static void
print_plan_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  const char *name = adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));

  if (g_strcmp0 (name, "plans") == 0)
    gtk_widget_activate_action (tandem_plans_view_get_plan_page (TANDEM_PLANS_VIEW (self->plans_view)),
                                "plan.print", NULL);
}

static void
show_audit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (tandem_audit_window_new (GTK_WINDOW (self), self->session, 0)));
}

static void
tandem_window_dispose (GObject *object)
{
  TandemWindow *self = (TandemWindow *) object;

  /* The parent class disposes the widgets from the template, in an order that keeps
   * libadwaita's view switchers and stacks consistent; gtk_widget_dispose_template() would
   * dispose a stack before the switcher watching it. */
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->focus_kept);

  /* Both contents are kept alive by the window's own references, whichever is shown. The
   * focus leaves first: a focused entry row watches the window's focus as it goes. */
  if (self->lock_content != NULL &&
      adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)) == self->lock_content)
    {
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), NULL);
    }
  g_clear_object (&self->lock_content);
  g_clear_object (&self->toast_overlay);

  G_OBJECT_CLASS (tandem_window_parent_class)->dispose (object);
}

static void
tandem_window_class_init (TandemWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, signed_in_section);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-caseload", NULL, show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-plans", NULL, show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-directory", NULL, show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-supervision", NULL,
                                   show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-huddles", NULL, show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan", "x", show_plan_action);
  gtk_widget_class_install_action (widget_class, "win.print-plan", NULL, print_plan_action);
  gtk_widget_class_install_action (widget_class, "win.show-audit", NULL, show_audit_action);
  gtk_widget_class_bind_template_callback (widget_class, section_changed_cb);
}

static void
tandem_window_init (TandemWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_ref (self->toast_overlay);
  build_sections (self);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/* The welcome is only needed on first run, so it is only built then. */
static void
show_welcome (TandemWindow *self)
{
  GtkWidget *welcome = g_object_new (TANDEM_TYPE_WELCOME_PAGE, NULL);

  tandem_welcome_page_set_session (TANDEM_WELCOME_PAGE (welcome), self->session);
  g_signal_connect_object (welcome, "done", G_CALLBACK (welcome_done_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (GTK_STACK (self->main_stack), welcome, "welcome");
  show_page (self, "welcome");
}

/**
 * tandem_window_new:
 * @session: the session of the open database (see TandemUnlockWindow for when it could not
 *   be opened)
 */
TandemWindow *
tandem_window_new (GtkApplication *application,
                   TandemSession  *session)
{
  TandemWindow *self;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);

  self = g_object_new (TANDEM_TYPE_WINDOW, "application", application, NULL);
  self->session = g_object_ref (session);
  tandem_caseload_view_set_session (TANDEM_CASELOAD_VIEW (self->caseload_view), self->session);
  build_lock_content (self);
  g_signal_connect_object (session, "notify::locked", G_CALLBACK (locked_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::current-staff",
                           G_CALLBACK (current_staff_changed_cb), self, G_CONNECT_SWAPPED);

  if (tandem_team_is_set_up (tandem_session_get_team (self->session)))
    show_page (self, "sections");
  else
    show_welcome (self);

  locked_changed_cb (self);
  return self;
}

/**
 * tandem_window_get_page:
 *
 * Returns: what the window shows: "sections" or "welcome"
 */
const char *
tandem_window_get_page (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (self->main_stack));
}

/**
 * tandem_window_get_session:
 *
 * Returns: (transfer none) (nullable): the session, or %NULL when no database is open
 */
TandemSession *
tandem_window_get_session (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * tandem_window_get_caseload_view:
 *
 * Returns: (transfer none): the Caseload section
 */
GtkWidget *
tandem_window_get_caseload_view (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->caseload_view;
}

/**
 * tandem_window_get_plans_view:
 *
 * Returns: (transfer none): the Plans section
 */
GtkWidget *
tandem_window_get_plans_view (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->plans_view;
}

/**
 * tandem_window_get_directory_view:
 *
 * Returns: (transfer none): the Directory section
 */
GtkWidget *
tandem_window_get_directory_view (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->directory_view;
}

/**
 * tandem_window_get_supervision_view:
 *
 * Returns: (transfer none): the Supervision section
 */
GtkWidget *
tandem_window_get_supervision_view (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->supervision_view;
}

/**
 * tandem_window_get_huddles_view:
 *
 * Returns: (transfer none): the Huddles section
 */
GtkWidget *
tandem_window_get_huddles_view (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->huddles_view;
}

void
tandem_window_add_toast (TandemWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (TANDEM_IS_WINDOW (self));

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

void
tandem_window_show_preferences (TandemWindow *self)
{
  g_return_if_fail (TANDEM_IS_WINDOW (self));

  if (self->session == NULL)
    return;

  gtk_window_present (GTK_WINDOW (tandem_preferences_window_new (GTK_WINDOW (self), self->session)));
}
