/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#ifdef HAVE_XTST
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <gdk/x11/gdkx.h>
#endif

#include "tandem-editor-window.h"
#include "tandem-lock-monitor.h"
#include "tandem-person-editor.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"
#include "tandem-window-keeper.h"

/* The automatic lock, as a coach meets it: Ctrl+L, minutes without use with a warning first,
 * the desktop locking; and what happens to an editor with unsaved typing when Tandem locks
 * and the same coach, or a colleague, signs in. */

#define PASSPHRASE "plum Vortex 71 ledger"
#define TYPED_NAME "Zoë Marlowe-Pennington"

static GtkApplication *application;

typedef struct
{
  TandemTestDir     *dir;
  TandemStore       *store;
  TandemStaff       *amira;
  TandemStaff       *ben;
  TandemSession     *session;
  TandemWindow      *window;
  TandemLockMonitor *monitor;
} Fixture;

static TandemStaff *
add_staff (TandemStore *store,
           const char  *name)
{
  g_autoptr(GError) error = NULL;
  TandemStaff *staff = tandem_staff_new ();

  tandem_staff_set_name (staff, name);
  tandem_store_save_staff (store, staff, &error);
  g_assert_no_error (error);
  return staff;
}

static gint64
id_of (TandemStaff *staff)
{
  return tandem_record_get_id (TANDEM_RECORD (staff));
}

static void
sign_in (Fixture     *fixture,
         TandemStaff *staff)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_session_sign_in (fixture->session, id_of (staff), PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_false (tandem_session_get_locked (fixture->session));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);

  if (data == NULL)
    {
      fixture->amira = add_staff (fixture->store, "Amira Haddad");
      fixture->ben = add_staff (fixture->store, "Ben Carter");

      /* The first passphrase makes Amira the administrator, who then sets Ben's. */
      tandem_store_set_staff_passphrase (fixture->store, id_of (fixture->amira), PASSPHRASE,
                                         &error);
      g_assert_no_error (error);
      tandem_store_set_viewer (fixture->store, id_of (fixture->amira));
      tandem_store_set_staff_passphrase (fixture->store, id_of (fixture->ben), PASSPHRASE,
                                         &error);
      g_assert_no_error (error);
    }

  fixture->session = tandem_session_new (fixture->store, settings);
  fixture->window = tandem_window_new (application, fixture->session);
  fixture->monitor = tandem_lock_monitor_new (fixture->session);
  tandem_lock_monitor_add_actions (fixture->monitor, application);
  if (fixture->amira != NULL)
    sign_in (fixture, fixture->amira);

  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, fixture->window, 5000);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
}

static void
destroy_windows (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_autoptr(GPtrArray) windows = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    g_ptr_array_add (windows, g_list_model_get_item (toplevels, i));

  /* Dialogs before the windows they are on, which they refer to until they are gone. */
  for (guint i = windows->len; i > 0; i--)
    {
      gtk_window_destroy (g_ptr_array_index (windows, i - 1));
      g_object_unref (g_ptr_array_index (windows, i - 1));
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_assert_finalize_object (fixture->monitor);
  destroy_windows ();
  g_settings_reset (settings, "current-staff");
  g_settings_reset (settings, "lock-after-minutes");
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->amira);
  g_clear_object (&fixture->ben);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static gboolean
is_locked (gpointer data)
{
  Fixture *fixture = data;

  return tandem_session_get_locked (fixture->session);
}

static gboolean
warning_shown (gpointer data)
{
  Fixture *fixture = data;

  return tandem_lock_monitor_get_warning_shown (fixture->monitor);
}

static gboolean
warning_gone (gpointer data)
{
  return !warning_shown (data);
}

static TandemEditorWindow *
open_editor_with_typing (Fixture *fixture)
{
  TandemPersonEditor *editor;

  editor = tandem_person_editor_new (GTK_WINDOW (fixture->window), fixture->store,
                                     tandem_session_get_team (fixture->session), NULL,
                                     tandem_session_get_current_staff (fixture->session));
  gtk_window_present (GTK_WINDOW (editor));
  tandem_ui_wait_frames (GTK_WIDGET (editor), 1);
  tandem_form_set_text (tandem_editor_window_get_form (TANDEM_EDITOR_WINDOW (editor), "person"),
                        "given-name", TYPED_NAME);
  return TANDEM_EDITOR_WINDOW (editor);
}

/* Whether an entry under @root holds @text: what was typed is still there. */
static gboolean
holds_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_EDITABLE (root) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (holds_text (child, text))
        return TRUE;
    }

  return FALSE;
}

/* Nothing on the desktop (window titles, thumbnails) names anyone while locked. */
static void
assert_no_name_in_shown_titles (void)
{
  static const char * const names[] = { "Amira", "Haddad", "Ben", "Carter", "Zoë", "Marlowe" };
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      const char *title = gtk_window_get_title (window);

      if (!gtk_widget_get_visible (GTK_WIDGET (window)) || title == NULL)
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        g_assert_null (strstr (title, names[j]));
    }
}

static void
test_lock_action (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, "app.lock");

  g_assert_cmpstr (accels[0], ==, "<Control>l");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (application), "lock"));

  g_action_group_activate_action (G_ACTION_GROUP (application), "lock", NULL);
  g_assert_true (tandem_session_get_locked (fixture->session));
  /* Locked, there is nothing more to lock: the menu item is greyed out. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (application), "lock"));

  sign_in (fixture, fixture->amira);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (application), "lock"));
}

/* With nobody signed in, Tandem already shows only the sign-in page: nothing more to lock,
 * and no warning. */
static void
test_nobody_signed_in (Fixture       *fixture,
                       gconstpointer  data)
{
  g_assert_null (tandem_session_get_current_staff (fixture->session));
  g_assert_true (tandem_session_get_locked (fixture->session));
  g_assert_false (tandem_lock_monitor_get_can_lock (fixture->monitor));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (application), "lock"));

  tandem_lock_monitor_set_idle_seconds (fixture->monitor, 1);
  tandem_lock_monitor_lock (fixture->monitor);
  tandem_ui_iterate (1500);
  g_assert_true (tandem_session_get_locked (fixture->session));
  g_assert_false (tandem_lock_monitor_get_warning_shown (fixture->monitor));
}

static void
test_setting_in_minutes (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_assert_cmpuint (tandem_lock_monitor_get_idle_seconds (fixture->monitor), ==, 10 * 60);
  g_settings_set_uint (settings, "lock-after-minutes", 25);
  g_assert_cmpuint (tandem_lock_monitor_get_idle_seconds (fixture->monitor), ==, 25 * 60);
  g_settings_set_uint (settings, "lock-after-minutes", 0);
  g_assert_cmpuint (tandem_lock_monitor_get_idle_seconds (fixture->monitor), ==, 0);
}

static void
test_same_person_gets_windows_back (Fixture       *fixture,
                                    gconstpointer  data)
{
  TandemEditorWindow *editor = open_editor_with_typing (fixture);

  tandem_lock_monitor_lock (fixture->monitor);
  g_assert_true (tandem_session_get_locked (fixture->session));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  assert_no_name_in_shown_titles ();

  /* A window trying to show itself while locked waits with the rest. */
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));

  sign_in (fixture, fixture->amira);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (holds_text (GTK_WIDGET (editor), TYPED_NAME));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) ==
                 GTK_WINDOW (fixture->window));
}

static void
test_other_person_never_sees_them (Fixture       *fixture,
                                   gconstpointer  data)
{
  TandemEditorWindow *editor = open_editor_with_typing (fixture);
  TandemEditorWindow *bens;

  tandem_lock_monitor_lock (fixture->monitor);
  sign_in (fixture, fixture->ben);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  assert_no_name_in_shown_titles ();

  /* Shown by some code path while Ben is signed in, Amira's editor hides again at once. */
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* Ben's own windows lock and come back as Amira's do. */
  bens = open_editor_with_typing (fixture);
  tandem_lock_monitor_lock (fixture->monitor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bens)));

  sign_in (fixture, fixture->amira);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (holds_text (GTK_WIDGET (editor), TYPED_NAME));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bens)));

  tandem_lock_monitor_lock (fixture->monitor);
  sign_in (fixture, fixture->ben);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bens)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
}

/* A dialog of the sign-in screen shows while locked; a dialog of anyone's work does not. */
static void
test_sign_in_dialog_shows (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *sign_in_dialog;
  GtkWidget *work_dialog;

  tandem_lock_monitor_lock (fixture->monitor);
  sign_in_dialog = adw_message_dialog_new (GTK_WINDOW (fixture->window), "Forgotten?", NULL);
  tandem_window_keeper_show_while_locked (GTK_WINDOW (sign_in_dialog));
  work_dialog = adw_message_dialog_new (GTK_WINDOW (fixture->window), "Saved", NULL);
  gtk_window_present (GTK_WINDOW (sign_in_dialog));
  gtk_window_present (GTK_WINDOW (work_dialog));

  g_assert_true (gtk_widget_get_visible (sign_in_dialog));
  g_assert_false (gtk_widget_get_visible (work_dialog));

  /* Work that finished while locked is waiting for whoever was signed in. */
  sign_in (fixture, fixture->amira);
  g_assert_true (gtk_widget_get_visible (work_dialog));
}

static gboolean
shows_label_containing (GtkWidget  *root,
                        const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_label_containing (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
test_idle_warns_then_locks (Fixture       *fixture,
                            gconstpointer  data)
{
  TandemEditorWindow *editor = open_editor_with_typing (fixture);
  gint64 start = g_get_monotonic_time ();

  /* Three seconds without input: the warning comes at two. */
  tandem_lock_monitor_set_idle_seconds (fixture->monitor, 3);
  g_assert_true (tandem_ui_wait_until (warning_shown, fixture, 5000));
  g_assert_false (tandem_session_get_locked (fixture->session));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC - 100000);

  /* The warning is in the window in use, the editor, and says when Tandem will lock. */
  tandem_ui_wait_frames (GTK_WIDGET (editor), 2);
  g_assert_true (shows_label_containing (GTK_WIDGET (editor), "Tandem will lock in 1 second"));
  g_assert_nonnull (tandem_ui_find_button (GTK_WIDGET (editor), "Stay Signed In"));

  g_assert_true (tandem_ui_wait_until (is_locked, fixture, 5000));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 3 * G_USEC_PER_SEC - 100000);
  g_assert_false (tandem_lock_monitor_get_warning_shown (fixture->monitor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
}

static void
test_stay_signed_in (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *button;

  tandem_lock_monitor_set_idle_seconds (fixture->monitor, 4);
  g_assert_true (tandem_ui_wait_until (warning_shown, fixture, 6000));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);
  button = tandem_ui_find_button (GTK_WIDGET (fixture->window), "Stay Signed In");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  g_assert_true (tandem_ui_wait_until (warning_gone, fixture, 2000));

  /* Past the time it would have locked, it has not; four seconds after staying, it does. */
  tandem_ui_iterate (3000);
  g_assert_false (tandem_session_get_locked (fixture->session));
  g_assert_true (tandem_ui_wait_until (is_locked, fixture, 5000));
}

#ifdef HAVE_XTST
static Display *
x_display (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  return GDK_IS_X11_DISPLAY (display) ? gdk_x11_display_get_xdisplay (display) : NULL;
}

static gboolean
is_active (gpointer data)
{
  return gtk_window_is_active (data);
}

static void
test_ctrl_l_locks (Fixture       *fixture,
                   gconstpointer  data)
{
  Display *xdisplay = x_display ();
  TandemEditorWindow *editor;

  if (xdisplay == NULL)
    {
      g_test_skip ("Needs an X display to type on");
      return;
    }

  editor = open_editor_with_typing (fixture);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (tandem_ui_wait_until (is_active, editor, 5000));

  XTestFakeKeyEvent (xdisplay, XKeysymToKeycode (xdisplay, XK_Control_L), True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, XKeysymToKeycode (xdisplay, XK_l), True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, XKeysymToKeycode (xdisplay, XK_l), False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, XKeysymToKeycode (xdisplay, XK_Control_L), False, CurrentTime);
  XFlush (xdisplay);

  g_assert_true (tandem_ui_wait_until (is_locked, fixture, 5000));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
}

/* Moving the pointer over a window is using Tandem: the warning goes and the minutes start
 * again. */
static void
test_input_resets_timer (Fixture       *fixture,
                         gconstpointer  data)
{
  Display *xdisplay = x_display ();
  TandemEditorWindow *editor;
  int x, y;

  if (xdisplay == NULL)
    {
      g_test_skip ("Needs an X display to move the pointer on");
      return;
    }

  editor = open_editor_with_typing (fixture);
  g_assert_true (tandem_ui_wait_until (is_active, editor, 5000));
  tandem_lock_monitor_set_idle_seconds (fixture->monitor, 4);
  g_assert_true (tandem_ui_wait_until (warning_shown, fixture, 6000));

  /* Without a window manager, windows sit at the top left of the screen. */
  x = gtk_widget_get_width (GTK_WIDGET (editor)) / 2;
  y = gtk_widget_get_height (GTK_WIDGET (editor)) / 2;
  XTestFakeMotionEvent (xdisplay, -1, x, y, CurrentTime);
  XTestFakeMotionEvent (xdisplay, -1, x + 7, y + 3, CurrentTime);
  XFlush (xdisplay);

  g_assert_true (tandem_ui_wait_until (warning_gone, fixture, 2000));
  tandem_ui_iterate (3000);
  g_assert_false (tandem_session_get_locked (fixture->session));
  g_assert_true (tandem_ui_wait_until (is_locked, fixture, 5000));
}
#endif

/* Stand-ins for GNOME's screen saver and logind, on the test's own buses. */

static const char logind_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.login1.Manager'>"
  "    <method name='GetSessionByPID'>"
  "      <arg name='pid' type='u' direction='in'/>"
  "      <arg name='session' type='o' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

#define LOGIND_SESSION_PATH "/org/freedesktop/login1/session/c7"

static void
logind_method_cb (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *object_path,
                  const char            *interface_name,
                  const char            *method_name,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  g_dbus_method_invocation_return_value (invocation,
                                         g_variant_new ("(o)", LOGIND_SESSION_PATH));
}

static GDBusConnection *
connect_as (GBusType    bus_type,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (bus_type, NULL, &error);
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GVariant) reply = NULL;

  g_assert_no_error (error);
  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", name, 0), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&connection);
}

/* The monitor subscribes a moment after it starts: the signal is sent until it locks. */
static void
emit_until_locked (Fixture         *fixture,
                   GDBusConnection *connection,
                   const char      *path,
                   const char      *interface,
                   const char      *signal,
                   GVariant        *parameters)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (parameters);

  for (guint i = 0; i < 50 && !tandem_session_get_locked (fixture->session); i++)
    {
      g_autoptr(GError) error = NULL;

      g_dbus_connection_emit_signal (connection, NULL, path, interface, signal, owned, &error);
      g_assert_no_error (error);
      tandem_ui_iterate (100);
    }
}

static void
test_desktop_lock (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDBusConnection) screensaver = connect_as (G_BUS_TYPE_SESSION,
                                                       "org.gnome.ScreenSaver");

  /* The screen saver only locks when it becomes active. */
  g_dbus_connection_emit_signal (screensaver, NULL, "/org/gnome/ScreenSaver",
                                 "org.gnome.ScreenSaver", "ActiveChanged",
                                 g_variant_new ("(b)", FALSE), NULL);
  tandem_ui_iterate (300);
  g_assert_false (tandem_session_get_locked (fixture->session));

  emit_until_locked (fixture, screensaver, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
                     "ActiveChanged", g_variant_new ("(b)", TRUE));
  g_assert_true (tandem_session_get_locked (fixture->session));
  g_dbus_connection_close_sync (screensaver, NULL, NULL);
}

static void
test_logind_lock (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDBusConnection) logind = connect_as (G_BUS_TYPE_SYSTEM, "org.freedesktop.login1");
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (logind_xml, NULL);
  static const GDBusInterfaceVTable vtable = { logind_method_cb };
  g_autoptr(GError) error = NULL;
  guint registration;

  registration = g_dbus_connection_register_object (logind, "/org/freedesktop/login1",
                                                    info->interfaces[0], &vtable, NULL, NULL,
                                                    &error);
  g_assert_no_error (error);

  /* This monitor starts with logind there: it finds its session and follows it. */
  g_clear_object (&fixture->monitor);
  fixture->monitor = tandem_lock_monitor_new (fixture->session);

  emit_until_locked (fixture, logind, LOGIND_SESSION_PATH, "org.freedesktop.login1.Session",
                     "Lock", g_variant_new ("()"));
  g_assert_true (tandem_session_get_locked (fixture->session));
  g_dbus_connection_unregister_object (logind, registration);
  g_dbus_connection_close_sync (logind, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  GTestDBus *bus;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  int status;

  /* A private bus stands for both the session and the system bus. It unsets DISPLAY, which
   * the tests need. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  g_setenv ("DBUS_SYSTEM_BUS_ADDRESS", g_test_dbus_get_bus_address (bus), TRUE);

  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  application = gtk_application_new (APPLICATION_ID ".TestLock", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

#define ADD(path, func, data) \
  g_test_add ("/lock/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("action", test_lock_action, NULL);
  ADD ("nobody-signed-in", test_nobody_signed_in, "empty team");
  ADD ("setting-in-minutes", test_setting_in_minutes, NULL);
  ADD ("same-person-gets-windows-back", test_same_person_gets_windows_back, NULL);
  ADD ("other-person-never-sees-them", test_other_person_never_sees_them, NULL);
  ADD ("sign-in-dialog-shows", test_sign_in_dialog_shows, NULL);
  ADD ("idle-warns-then-locks", test_idle_warns_then_locks, NULL);
  ADD ("stay-signed-in", test_stay_signed_in, NULL);
#ifdef HAVE_XTST
  ADD ("ctrl-l-locks", test_ctrl_l_locks, NULL);
  ADD ("input-resets-timer", test_input_resets_timer, NULL);
#endif
  ADD ("desktop-lock", test_desktop_lock, NULL);
  ADD ("logind-lock", test_logind_lock, NULL);

  status = g_test_run ();

  /* GTK and libadwaita keep the shared connection to the bus until the process ends, which
   * g_test_dbus_down() and unreffing @bus would wait for in vain. */
  g_clear_object (&application);
  g_test_dbus_stop (bus);
  return status;
}
