/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-application"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-application.h"
#include "tandem-gui-util.h"
#include "tandem-lock-monitor.h"
#include "tandem-session.h"
#include "tandem-store.h"
#include "tandem-window.h"

struct _TandemApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  TandemSession  *session;      /* NULL when the database could not be opened */
  GError         *open_error;
  TandemLockMonitor *lock_monitor;
};

G_DEFINE_FINAL_TYPE (TandemApplication, tandem_application, ADW_TYPE_APPLICATION)

static TandemWindow *
get_window (TandemApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return TANDEM_IS_WINDOW (window) ? TANDEM_WINDOW (window) : NULL;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TandemWindow *window = get_window (user_data);

  if (window != NULL)
    tandem_window_show_preferences (window);
}

static void
help_launched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TandemWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The help could not be opened: %s"),
                                                  error->message);

      tandem_window_add_toast (window, tandem_toast_new (message));
    }
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TandemWindow *window = get_window (user_data);
  g_autoptr(GdkAppLaunchContext) context = NULL;

  if (window == NULL)
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (window)));
  g_app_info_launch_default_for_uri_async ("help:tandem", G_APP_LAUNCH_CONTEXT (context), NULL,
                                           help_launched_cb, g_object_ref (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *developers[] = { "The Tandem developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (user_data),
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Tandem"),
                        "developer-name", _("The Tandem developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Caseloads, referrals and contacts for the "
                                      "personalised care teams of Primary Care Networks."),
                        "developers", developers,
                        "copyright", "© 2026 The Tandem developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "help", help_action },
  { "about", about_action },
};

/* Opens the database and starts reading the caseload. This runs before the toolkit starts
 * up, so that reading 100,000 people in a worker overlaps with it. */
static void
open_database (TandemApplication *self)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *path = NULL;

  path = self->database_path ? g_strdup (self->database_path) : tandem_store_dup_default_path ();
  store = tandem_store_open (path, NULL, &self->open_error);
  if (store == NULL)
    {
      g_warning ("Cannot open %s: %s", path, self->open_error->message);
      return;
    }

  settings = g_settings_new (APPLICATION_ID);
  self->session = tandem_session_new (store, settings);
}

/* The lock: after minutes without use, with the desktop, and app.lock (Ctrl+L). */
static void
start_lock_monitor (TandemApplication *self)
{
  self->lock_monitor = tandem_lock_monitor_new (self->session);
  tandem_lock_monitor_add_actions (self->lock_monitor, GTK_APPLICATION (self));
}

static void
tandem_application_startup (GApplication *application)
{
  open_database (TANDEM_APPLICATION (application));

  G_APPLICATION_CLASS (tandem_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.help",
                                         (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.find",
                                         (const char *[]) { "<Control>f", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.new-person",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-caseload",
                                         (const char *[]) { "<Alt>1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-plans",
                                         (const char *[]) { "<Alt>2", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-directory",
                                         (const char *[]) { "<Alt>3", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-supervision",
                                         (const char *[]) { "<Alt>4", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-huddles",
                                         (const char *[]) { "<Alt>5", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.print-plan",
                                         (const char *[]) { "<Control>p", NULL });
  start_lock_monitor (TANDEM_APPLICATION (application));
}

static void
tandem_application_activate (GApplication *application)
{
  TandemApplication *self = TANDEM_APPLICATION (application);
  TandemWindow *window = get_window (self);

  if (window == NULL)
    window = tandem_window_new (GTK_APPLICATION (self), self->session, self->open_error);

  gtk_window_present (GTK_WINDOW (window));
}

/* --database opens another database: that runs as an instance of its own, so two databases
 * are never mixed up in one process. */
static int
tandem_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  TandemApplication *self = TANDEM_APPLICATION (application);
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &path))
    {
      self->database_path = g_canonicalize_filename (path, NULL);
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
tandem_application_finalize (GObject *object)
{
  TandemApplication *self = (TandemApplication *) object;

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->lock_monitor);
  g_clear_object (&self->session);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (tandem_application_parent_class)->finalize (object);
}

static void
tandem_application_class_init (TandemApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tandem_application_finalize;
  app_class->startup = tandem_application_startup;
  app_class->activate = tandem_application_activate;
  app_class->handle_local_options = tandem_application_handle_local_options;
}

static void
tandem_application_init (TandemApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH instead of the default one"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

TandemApplication *
tandem_application_new (void)
{
  return g_object_new (TANDEM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
