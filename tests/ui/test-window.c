/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "tandem-caseload-view.h"
#include "tandem-compat.h"
#include "tandem-test-util.h"
#include "tandem-gui-util.h"
#include "tandem-ui-util.h"
#include "tandem-unlock-window.h"

/* The window: what it shows on first run, with an empty caseload, and when the database
 * cannot be opened. */

static const char *
main_page (TandemWindow *window)
{
  return tandem_window_get_page (window);
}

static const char *
list_page (TandemWindow *window)
{
  GtkWidget *view = tandem_window_get_caseload_view (window);
  GtkWidget *list_view = tandem_caseload_view_get_list_view (TANDEM_CASELOAD_VIEW (view));
  GtkWidget *stack = gtk_widget_get_ancestor (list_view, GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
set_up_team (TandemStore *store)
{
  g_autoptr(TandemStaff) me = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_store_set_pcn_name (store, "Test PCN", &error);
  g_assert_no_error (error);
  tandem_staff_set_name (me, "Robin Ash");
  tandem_store_save_staff (store, me, &error);
  g_assert_no_error (error);
}

static void
test_first_run_shows_welcome (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  TandemWindow *window = tandem_ui_open_window (store);

  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 5000);

  g_assert_cmpstr (main_page (window), ==, "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_caseload (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  TandemWindow *window;

  set_up_team (store);
  window = tandem_ui_open_window (store);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 5000);
  tandem_ui_wait_frames (GTK_WIDGET (window), 1);

  g_assert_cmpstr (main_page (window), ==, "sections");
  g_assert_cmpstr (list_page (window), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_caseload_shows_people (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemReferral) referral = NULL;
  g_autofree char *today = tandem_test_days_ago (0);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  TandemWindow *window;
  GtkWidget *list_view;

  set_up_team (store);
  person = tandem_test_add_person (store, "Siobhán", "O'Neill", "9434765919");
  referral = tandem_test_add_referral (store, person, today, TANDEM_PRIORITY_URGENT,
                                       TANDEM_REFERRAL_RECEIVED);
  g_settings_set_string (settings, "caseload-scope", "everyone");

  window = tandem_ui_open_window (store);
  gtk_window_present (GTK_WINDOW (window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, window, 5000);
  tandem_ui_wait_frames (GTK_WIDGET (window), 1);

  list_view = tandem_caseload_view_get_list_view (TANDEM_CASELOAD_VIEW (tandem_window_get_caseload_view (window)));
  g_assert_cmpstr (list_page (window), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_compat_list_get_model (list_view))), ==, 1);

  g_settings_reset (settings, "caseload-scope");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A database that cannot be opened: what went wrong, then what to do. */
static void
test_open_error_page (void)
{
  g_autoptr(GError) error = g_error_new_literal (TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_BUSY,
                                                 "The database is busy");
  TandemUnlockWindow *window = tandem_unlock_window_new (NULL);
  GtkWidget *status;
  const char *text;

  gtk_window_present (GTK_WINDOW (window));
  tandem_unlock_window_show_error (window, error);
  tandem_ui_wait_frames (GTK_WIDGET (window), 1);

  status = tandem_ui_find_visible_status_page (GTK_WIDGET (window));
  text = adw_status_page_get_description (ADW_STATUS_PAGE (status));
  g_assert_true (g_str_has_prefix (text, "The database is busy"));
  g_assert_nonnull (strstr (text, "Close any other copy of Tandem"));
  g_assert_nonnull (tandem_ui_find_button (GTK_WIDGET (window), "Try Again"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Names and messages in toasts are text, not markup: "&" must not lose the whole toast. */
static void
test_toast_text_is_plain (void)
{
  g_autoptr(AdwToast) toast = g_object_ref_sink (tandem_toast_new ("Added Tom & Jerry <3"));

  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Added Tom &amp; Jerry &lt;3");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add_func ("/window/first-run-shows-welcome", test_first_run_shows_welcome);
  g_test_add_func ("/window/toast-text-is-plain", test_toast_text_is_plain);
  g_test_add_func ("/window/empty-caseload", test_empty_caseload);
  g_test_add_func ("/window/caseload-shows-people", test_caseload_shows_people);
  g_test_add_func ("/window/open-error-page", test_open_error_page);

  return g_test_run ();
}
