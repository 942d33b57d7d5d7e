/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-lock-monitor"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "tandem-gui-util.h"
#include "tandem-lock-monitor.h"
#include "tandem-window.h"
#include "tandem-window-keeper.h"

/* Decides when Tandem locks, so that a screen left unattended shows nothing personal:
 *
 * - after some minutes without input (keys, pointer, scrolling) in any of Tandem's windows,
 *   with a warning a minute before in whichever window is active;
 * - when the desktop session locks (GNOME's screen saver, or logind's Lock for this session);
 * - on demand, with the "lock" action (Ctrl+L).
 *
 * Locking needs someone signed in: with nobody signed in there is nothing to protect. Locking
 * loses nothing, whatever is going on: the main window keeps its content behind the sign-in
 * page, and the window keeper hides every other window until its member of staff is back. */

#define DEFAULT_WARNING_SECONDS 60
/* How long libadwaita 1.2 takes to slide a toast in, at most (when it replaces another). */
#define TOAST_SLIDE_MS 600

struct _TandemLockMonitor
{
  GObject             parent_instance;

  TandemSession      *session;
  TandemWindowKeeper *keeper;
  GListModel         *toplevels;
  GHashTable         *controllers;        /* GtkWindow -> GPtrArray of the controllers added */
  GSimpleAction      *lock_action;
  guint               idle_seconds;
  guint               warning_seconds;
  gint64              last_input;         /* monotonic time */
  gint64              warned_at;          /* since the last input, or 0 */
  GdkSurface         *pointer_surface;    /* compared only, never dereferenced */
  double              pointer_x;
  double              pointer_y;
  guint               timeout_source;
  AdwToast           *warning;            /* owned by the toast overlay showing it */
  gint64              warning_shown_at;
  guint               dismiss_source;

  GCancellable       *cancellable;
  GDBusConnection    *session_bus;
  GDBusConnection    *system_bus;
  guint               screensaver_signal;
  guint               logind_signal;
};

G_DEFINE_FINAL_TYPE (TandemLockMonitor, tandem_lock_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_IDLE_SECONDS,
  PROP_WARNING_SECONDS,
  PROP_WARNING_SHOWN,
  PROP_CAN_LOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule (TandemLockMonitor *self);

static gboolean
is_armed (TandemLockMonitor *self)
{
  return self->idle_seconds > 0 && tandem_lock_monitor_get_can_lock (self);
}

/* A short timeout still warns, half-way through. */
static guint
warning_lead (TandemLockMonitor *self)
{
  return MIN (self->warning_seconds, self->idle_seconds / 2);
}

/* Idle time and the warning */

static gboolean
dismiss_later_cb (gpointer data)
{
  TandemLockMonitor *self = data;

  self->dismiss_source = 0;
  if (self->warning != NULL)
    adw_toast_dismiss (self->warning);

  return G_SOURCE_REMOVE;
}

/* Libadwaita 1.2 frees a toast twice when it is dismissed while still sliding in: the
 * warning waits for its slide to end first. */
static void
dismiss_warning (TandemLockMonitor *self)
{
  gint64 shown_ms;

  if (self->warning == NULL || self->dismiss_source != 0)
    return;

  shown_ms = (g_get_monotonic_time () - self->warning_shown_at) / 1000;
  if (shown_ms >= TOAST_SLIDE_MS)
    adw_toast_dismiss (self->warning);
  else
    self->dismiss_source = g_timeout_add ((guint) (TOAST_SLIDE_MS - shown_ms), dismiss_later_cb,
                                          self);
}

static void
note_input (TandemLockMonitor *self)
{
  self->last_input = g_get_monotonic_time ();
  self->warned_at = 0;
  dismiss_warning (self);
}

static void
warning_dismissed_cb (TandemLockMonitor *self)
{
  self->warning = NULL;
  g_clear_handle_id (&self->dismiss_source, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SHOWN]);
}

static GtkWidget *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
find_shown_window (TandemLockMonitor *self,
                   gboolean           active)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (self->toplevels, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (window)) &&
          (active ? gtk_window_is_active (window) : TANDEM_IS_WINDOW (window)))
        return window;
    }

  return NULL;
}

/* The warning goes where the user looks: the active window, or the dialog or window it sits
 * on when it has no room for a toast (a message dialog), or else the main window. */
static GtkWidget *
find_warning_overlay (TandemLockMonitor *self)
{
  for (GtkWindow *window = find_shown_window (self, TRUE);
       window != NULL;
       window = gtk_window_get_transient_for (window))
    {
      GtkWidget *overlay = find_toast_overlay (GTK_WIDGET (window));

      if (overlay != NULL && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return overlay;
    }

  if (find_shown_window (self, FALSE) != NULL)
    return find_toast_overlay (GTK_WIDGET (find_shown_window (self, FALSE)));

  return NULL;
}

static char *
warning_text (guint seconds)
{
  if (seconds == 60)
    return g_strdup (_("Tandem will lock in a minute unless you use it"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Tandem will lock in %u second unless you use it",
                                       "Tandem will lock in %u seconds unless you use it",
                                       seconds),
                          seconds);
}

/* With no window on screen there is nobody to warn, but the minute still passes. */
static void
warn (TandemLockMonitor *self)
{
  GtkWidget *overlay = find_warning_overlay (self);
  g_autofree char *text = NULL;
  AdwToast *toast;

  self->warned_at = g_get_monotonic_time ();
  if (overlay == NULL || warning_lead (self) == 0)
    return;

  text = warning_text (warning_lead (self));
  toast = tandem_toast_new (text);
  adw_toast_set_button_label (toast, _("Stay Signed In"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (note_input), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (warning_dismissed_cb), self,
                           G_CONNECT_SWAPPED);

  self->warning = toast;
  self->warning_shown_at = g_get_monotonic_time ();
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SHOWN]);
}

/* One timeout at a time, set for the next moment something may happen; input only notes its
 * time, so moving the pointer costs nothing. Tandem never locks on its own without warning
 * first, even when the idle time is shortened below what has already passed. */
static gboolean
timeout_cb (gpointer data)
{
  TandemLockMonitor *self = data;
  gint64 now = g_get_monotonic_time ();
  gint64 idle = now - self->last_input;
  gint64 lead = (gint64) warning_lead (self) * G_USEC_PER_SEC;

  self->timeout_source = 0;

  if (self->warned_at == 0)
    {
      if (idle >= (gint64) self->idle_seconds * G_USEC_PER_SEC - lead)
        warn (self);
    }
  else if (idle >= (gint64) self->idle_seconds * G_USEC_PER_SEC && now - self->warned_at >= lead)
    {
      g_debug ("Locking after %u seconds without input", self->idle_seconds);
      tandem_lock_monitor_lock (self);
      return G_SOURCE_REMOVE;
    }

  schedule (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (TandemLockMonitor *self)
{
  gint64 lead = (gint64) warning_lead (self) * G_USEC_PER_SEC;
  gint64 lock_at = self->last_input + (gint64) self->idle_seconds * G_USEC_PER_SEC;
  gint64 due;

  g_clear_handle_id (&self->timeout_source, g_source_remove);

  if (!is_armed (self))
    {
      self->warned_at = 0;
      dismiss_warning (self);
      return;
    }

  due = self->warned_at == 0 ? lock_at - lead : MAX (lock_at, self->warned_at + lead);
  self->timeout_source = g_timeout_add ((guint) (MAX (due - g_get_monotonic_time (), 0) / 1000) + 1,
                                        timeout_cb, self);
}

/* Input in any window */

/* GTK repeats the last motion when widgets move under a still pointer: only a pointer that
 * moved counts as someone using Tandem. */
static gboolean
pointer_moved (TandemLockMonitor *self,
               GdkEvent          *event)
{
  GdkSurface *surface = gdk_event_get_surface (event);
  double x, y;

  if (!gdk_event_get_position (event, &x, &y))
    return FALSE;

  if (surface == self->pointer_surface && x == self->pointer_x && y == self->pointer_y)
    return FALSE;

  self->pointer_surface = surface;
  self->pointer_x = x;
  self->pointer_y = y;
  return TRUE;
}

static gboolean
event_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          TandemLockMonitor        *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_MOTION_NOTIFY:
      if (pointer_moved (self, event))
        note_input (self);
      break;

    case GDK_BUTTON_PRESS:
    case GDK_KEY_PRESS:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
    case GDK_PAD_BUTTON_PRESS:
    case GDK_PAD_RING:
    case GDK_PAD_STRIP:
      note_input (self);
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
window_finalized_cb (gpointer  data,
                     GObject  *where_the_object_was)
{
  TandemLockMonitor *self = data;

  g_hash_table_remove (self->controllers, where_the_object_was);
}

static gboolean
lock_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  TandemLockMonitor *self = user_data;

  if (!tandem_lock_monitor_get_can_lock (self))
    return FALSE;

  tandem_lock_monitor_lock (self);
  return TRUE;
}

/* Each window gets a controller that sees every event before any widget in it does, and
 * Ctrl+L: the application's shortcut only works in windows added to it, and dialogs and
 * editors are not. */
static void
watch_window (TandemLockMonitor *self,
              GtkWindow         *window)
{
  GPtrArray *controllers;
  GtkEventController *controller;
  GtkShortcut *shortcut;

  if (g_hash_table_contains (self->controllers, window))
    return;

  controllers = g_ptr_array_new ();
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_name (controller, "tandem-lock-monitor");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_ptr_array_add (controllers, controller);

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "tandem-lock-shortcut");
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_l, GDK_CONTROL_MASK),
                               gtk_callback_action_new (lock_shortcut_cb, self, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_ptr_array_add (controllers, controller);

  g_object_weak_ref (G_OBJECT (window), window_finalized_cb, self);
  g_hash_table_insert (self->controllers, window, controllers);
}

static void
unwatch_window (gpointer key,
                gpointer value,
                gpointer user_data)
{
  GPtrArray *controllers = value;

  g_object_weak_unref (key, window_finalized_cb, user_data);
  for (guint i = 0; i < controllers->len; i++)
    gtk_widget_remove_controller (key, g_ptr_array_index (controllers, i));
}

static void
toplevels_changed_cb (TandemLockMonitor *self,
                      guint              position,
                      guint              removed,
                      guint              added,
                      GListModel        *toplevels)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      watch_window (self, window);
    }
}

/* The desktop's lock */

/* A signal already on its way may still arrive after unsubscribing: it finds the monitor gone. */
static GWeakRef *
weak_ref_new (gpointer object)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, object);
  return ref;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
screensaver_cb (GDBusConnection *connection,
                const char      *sender_name,
                const char      *object_path,
                const char      *interface_name,
                const char      *signal_name,
                GVariant        *parameters,
                gpointer         user_data)
{
  g_autoptr(TandemLockMonitor) self = g_weak_ref_get (user_data);
  gboolean active = FALSE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &active);

  if (active && self != NULL)
    {
      g_debug ("The desktop's screen saver is active: locking");
      tandem_lock_monitor_lock (self);
    }
}

static void
logind_lock_cb (GDBusConnection *connection,
                const char      *sender_name,
                const char      *object_path,
                const char      *interface_name,
                const char      *signal_name,
                GVariant        *parameters,
                gpointer         user_data)
{
  g_autoptr(TandemLockMonitor) self = g_weak_ref_get (user_data);

  if (self != NULL)
    {
      g_debug ("logind locked the session: locking");
      tandem_lock_monitor_lock (self);
    }
}

static void
session_bus_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  TandemLockMonitor *self;

  /* No session bus is no desktop lock to follow: not worth a warning. */
  if (bus == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No session bus, so no screen saver to follow: %s", error->message);
      return;
    }

  self = user_data;
  self->session_bus = bus;
  self->screensaver_signal =
    g_dbus_connection_signal_subscribe (bus, "org.gnome.ScreenSaver", "org.gnome.ScreenSaver",
                                        "ActiveChanged", "/org/gnome/ScreenSaver", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, screensaver_cb, weak_ref_new (self),
                                        weak_ref_free);
}

static void
logind_session_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  TandemLockMonitor *self;
  const char *path;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No logind session to follow: %s", error->message);
      return;
    }

  self = user_data;
  g_variant_get (reply, "(&o)", &path);
  self->logind_signal =
    g_dbus_connection_signal_subscribe (self->system_bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Session", "Lock", path, NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, logind_lock_cb, weak_ref_new (self),
                                        weak_ref_free);
}

static void
system_bus_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  TandemLockMonitor *self;

  if (bus == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus, so no logind session to follow: %s", error->message);
      return;
    }

  self = user_data;
  self->system_bus = bus;
  g_dbus_connection_call (bus, "org.freedesktop.login1", "/org/freedesktop/login1",
                          "org.freedesktop.login1.Manager", "GetSessionByPID",
                          g_variant_new ("(u)", (guint32) getpid ()), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                          logind_session_cb, self);
}

/* The session */

static void
update_can_lock (TandemLockMonitor *self)
{
  gboolean can_lock = tandem_lock_monitor_get_can_lock (self);

  if (g_action_get_enabled (G_ACTION (self->lock_action)) != can_lock)
    {
      g_simple_action_set_enabled (self->lock_action, can_lock);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_LOCK]);
    }
}

/* Someone who has just signed in has just used Tandem. */
static void
session_changed_cb (TandemLockMonitor *self)
{
  if (tandem_lock_monitor_get_can_lock (self))
    self->last_input = MAX (self->last_input, g_get_monotonic_time ());

  update_can_lock (self);
  schedule (self);
}

static void
lock_activated_cb (TandemLockMonitor *self)
{
  tandem_lock_monitor_lock (self);
}

static gboolean
minutes_to_seconds (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_uint (value, MIN (g_variant_get_uint32 (variant), G_MAXUINT / 60) * 60);
  return TRUE;
}

static void
tandem_lock_monitor_dispose (GObject *object)
{
  TandemLockMonitor *self = (TandemLockMonitor *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->screensaver_signal != 0)
    g_dbus_connection_signal_unsubscribe (self->session_bus, self->screensaver_signal);
  if (self->logind_signal != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->logind_signal);
  self->screensaver_signal = self->logind_signal = 0;
  g_clear_object (&self->session_bus);
  g_clear_object (&self->system_bus);

  tandem_lock_monitor_set_session (self, NULL);
  g_clear_handle_id (&self->timeout_source, g_source_remove);
  g_clear_handle_id (&self->dismiss_source, g_source_remove);
  if (self->toplevels != NULL)
    g_signal_handlers_disconnect_by_data (self->toplevels, self);
  g_clear_object (&self->toplevels);
  g_hash_table_foreach (self->controllers, unwatch_window, self);
  g_hash_table_remove_all (self->controllers);
  g_clear_object (&self->keeper);
  g_clear_object (&self->lock_action);

  G_OBJECT_CLASS (tandem_lock_monitor_parent_class)->dispose (object);
}

static void
tandem_lock_monitor_finalize (GObject *object)
{
  TandemLockMonitor *self = (TandemLockMonitor *) object;

  g_clear_pointer (&self->controllers, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_lock_monitor_parent_class)->finalize (object);
}

static void
tandem_lock_monitor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TandemLockMonitor *self = TANDEM_LOCK_MONITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_IDLE_SECONDS:
      g_value_set_uint (value, self->idle_seconds);
      break;

    case PROP_WARNING_SECONDS:
      g_value_set_uint (value, self->warning_seconds);
      break;

    case PROP_WARNING_SHOWN:
      g_value_set_boolean (value, tandem_lock_monitor_get_warning_shown (self));
      break;

    case PROP_CAN_LOCK:
      g_value_set_boolean (value, tandem_lock_monitor_get_can_lock (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_lock_monitor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TandemLockMonitor *self = TANDEM_LOCK_MONITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tandem_lock_monitor_set_session (self, g_value_get_object (value));
      break;

    case PROP_IDLE_SECONDS:
      tandem_lock_monitor_set_idle_seconds (self, g_value_get_uint (value));
      break;

    case PROP_WARNING_SECONDS:
      tandem_lock_monitor_set_warning_seconds (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_lock_monitor_class_init (TandemLockMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_lock_monitor_dispose;
  object_class->finalize = tandem_lock_monitor_finalize;
  object_class->get_property = tandem_lock_monitor_get_property;
  object_class->set_property = tandem_lock_monitor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         TANDEM_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Bound to the "lock-after-minutes" setting; tests set it in seconds. */
  properties[PROP_IDLE_SECONDS] =
    g_param_spec_uint ("idle-seconds", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_WARNING_SECONDS] =
    g_param_spec_uint ("warning-seconds", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_WARNING_SECONDS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_WARNING_SHOWN] =
    g_param_spec_boolean ("warning-shown", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_LOCK] =
    g_param_spec_boolean ("can-lock", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_lock_monitor_init (TandemLockMonitor *self)
{
  self->warning_seconds = DEFAULT_WARNING_SECONDS;
  self->last_input = g_get_monotonic_time ();
  self->keeper = tandem_window_keeper_new (NULL);
  self->controllers = g_hash_table_new_full (NULL, NULL, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);
  self->cancellable = g_cancellable_new ();

  self->lock_action = g_simple_action_new ("lock", NULL);
  g_simple_action_set_enabled (self->lock_action, FALSE);
  g_signal_connect_object (self->lock_action, "activate", G_CALLBACK (lock_activated_cb), self,
                           G_CONNECT_SWAPPED);

  self->toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_signal_connect_object (self->toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb),
                           self, G_CONNECT_SWAPPED);
  toplevels_changed_cb (self, 0, 0, g_list_model_get_n_items (self->toplevels), self->toplevels);

  g_bus_get (G_BUS_TYPE_SESSION, self->cancellable, session_bus_cb, self);
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, system_bus_cb, self);
}

/**
 * tandem_lock_monitor_new:
 * @session: (nullable): the session to lock, or %NULL until there is one
 *
 * Returns: (transfer full): a monitor that locks @session when Tandem is left unattended
 */
TandemLockMonitor *
tandem_lock_monitor_new (TandemSession *session)
{
  return g_object_new (TANDEM_TYPE_LOCK_MONITOR, "session", session, NULL);
}

TandemSession *
tandem_lock_monitor_get_session (TandemLockMonitor *self)
{
  g_return_val_if_fail (TANDEM_IS_LOCK_MONITOR (self), NULL);

  return self->session;
}

void
tandem_lock_monitor_set_session (TandemLockMonitor *self,
                                 TandemSession     *session)
{
  g_return_if_fail (TANDEM_IS_LOCK_MONITOR (self));
  g_return_if_fail (session == NULL || TANDEM_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_settings_unbind (self, "idle-seconds");
    }
  g_set_object (&self->session, session);
  tandem_window_keeper_set_session (self->keeper, session);

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::locked", G_CALLBACK (session_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (session_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_settings_bind_with_mapping (tandem_session_get_settings (session), "lock-after-minutes",
                                    self, "idle-seconds", G_SETTINGS_BIND_GET,
                                    minutes_to_seconds, NULL, NULL, NULL);
    }

  session_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

guint
tandem_lock_monitor_get_idle_seconds (TandemLockMonitor *self)
{
  g_return_val_if_fail (TANDEM_IS_LOCK_MONITOR (self), 0);

  return self->idle_seconds;
}

/**
 * tandem_lock_monitor_set_idle_seconds:
 * @seconds: how long without input before Tandem locks, or 0 never to lock on its own
 */
void
tandem_lock_monitor_set_idle_seconds (TandemLockMonitor *self,
                                      guint              seconds)
{
  g_return_if_fail (TANDEM_IS_LOCK_MONITOR (self));

  if (self->idle_seconds == seconds)
    return;

  /* Whoever changed it is using Tandem: the new time counts from now. */
  self->idle_seconds = seconds;
  note_input (self);
  schedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE_SECONDS]);
}

guint
tandem_lock_monitor_get_warning_seconds (TandemLockMonitor *self)
{
  g_return_val_if_fail (TANDEM_IS_LOCK_MONITOR (self), 0);

  return self->warning_seconds;
}

/**
 * tandem_lock_monitor_set_warning_seconds:
 * @seconds: how long before locking on its own Tandem warns (at most half the idle time)
 */
void
tandem_lock_monitor_set_warning_seconds (TandemLockMonitor *self,
                                         guint              seconds)
{
  g_return_if_fail (TANDEM_IS_LOCK_MONITOR (self));

  if (self->warning_seconds == seconds)
    return;

  self->warning_seconds = seconds;
  self->warned_at = 0;
  dismiss_warning (self);
  schedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SECONDS]);
}

gboolean
tandem_lock_monitor_get_warning_shown (TandemLockMonitor *self)
{
  g_return_val_if_fail (TANDEM_IS_LOCK_MONITOR (self), FALSE);

  return self->warning != NULL;
}

/**
 * tandem_lock_monitor_get_can_lock:
 *
 * Returns: whether someone is signed in and Tandem is not locked already
 */
gboolean
tandem_lock_monitor_get_can_lock (TandemLockMonitor *self)
{
  g_return_val_if_fail (TANDEM_IS_LOCK_MONITOR (self), FALSE);

  return self->session != NULL &&
         !tandem_session_get_locked (self->session) &&
         tandem_session_get_current_staff (self->session) != NULL;
}

/**
 * tandem_lock_monitor_lock:
 *
 * Locks Tandem now, if someone is signed in.
 */
void
tandem_lock_monitor_lock (TandemLockMonitor *self)
{
  g_return_if_fail (TANDEM_IS_LOCK_MONITOR (self));

  if (tandem_lock_monitor_get_can_lock (self))
    tandem_session_lock (self->session);
}

/**
 * tandem_lock_monitor_add_actions:
 *
 * Adds the "lock" action to @application, with its shortcut, Ctrl+L.
 */
void
tandem_lock_monitor_add_actions (TandemLockMonitor *self,
                                 GtkApplication    *application)
{
  g_return_if_fail (TANDEM_IS_LOCK_MONITOR (self));
  g_return_if_fail (GTK_IS_APPLICATION (application));

  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (self->lock_action));
  gtk_application_set_accels_for_action (application, "app.lock",
                                         (const char *[]) { "<Control>l", NULL });
}
