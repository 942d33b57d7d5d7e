/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "tandem-caseload-view.h"
#include "tandem-passphrase-group.h"
#include "tandem-sign-in-page.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* The sign-in page and locking the main window: first use sets up the administrator, wrong
 * passphrases say so and slow down, and a locked window shows nothing of anyone's work,
 * which waits for the same member of staff and is not shown to anyone else. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemWindow  *window;
  gint64         ada;
  gint64         ben;
  gint64         person;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);
  fixture->ada = tandem_ui_add_staff (fixture->store, "Ada Lovelace", TANDEM_ROLE_LINK_WORKER);
  fixture->ben = tandem_ui_add_staff (fixture->store, "Ben Okri", TANDEM_ROLE_HEALTH_COACH);
  person = tandem_test_add_person (fixture->store, "Margaret", "Okafor", NULL);
  fixture->person = tandem_record_get_id (person);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "last-signed-in");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static TandemSession *
session (Fixture *fixture)
{
  return tandem_window_get_session (fixture->window);
}

static TandemSignInPage *
open_locked (Fixture *fixture)
{
  GtkWidget *page;

  fixture->window = tandem_ui_open_locked_window (fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);

  page = tandem_ui_find_by_type (GTK_WIDGET (fixture->window), TANDEM_TYPE_SIGN_IN_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  return TANDEM_SIGN_IN_PAGE (page);
}

/* Ada and Ben with passphrases, Ada the administrator; nobody signed in. */
static void
give_passphrases (Fixture *fixture)
{
  g_autoptr(TandemSession) setup = tandem_session_new (fixture->store, fixture->settings);

  tandem_ui_sign_in (setup, fixture->ada);
  tandem_ui_sign_in (setup, fixture->ben);
  tandem_store_set_viewer (fixture->store, 0);
  g_settings_reset (fixture->settings, "last-signed-in");
}

static GtkWidget *
passphrase_row (TandemSignInPage *page)
{
  return tandem_ui_find_by_type (GTK_WIDGET (page), ADW_TYPE_PASSWORD_ENTRY_ROW);
}

static void
type_and_sign_in (TandemSignInPage *page,
                  const char       *passphrase)
{
  GtkWidget *row = passphrase_row (page);

  gtk_editable_set_text (GTK_EDITABLE (row), passphrase);
  g_signal_emit_by_name (row, "entry-activated");
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *needle)
{
  const char *text = NULL;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_TEXT (widget))
    text = gtk_editable_get_text (GTK_EDITABLE (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

  if (text != NULL && strstr (text, needle) != NULL)
    {
      g_test_message ("%s shows “%s”", G_OBJECT_TYPE_NAME (widget), text);
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, needle))
      return TRUE;

  return FALSE;
}

static void
test_first_use (Fixture       *fixture,
                gconstpointer  data)
{
  TandemSignInPage *page = open_locked (fixture);
  GtkWidget *group = tandem_ui_find_by_type (GTK_WIDGET (page), TANDEM_TYPE_PASSPHRASE_GROUP);
  GtkWidget *first = tandem_ui_find_by_type (group, ADW_TYPE_PASSWORD_ENTRY_ROW);
  GtkWidget *second = gtk_widget_get_next_sibling (first);
  GtkWidget *button = tandem_ui_find_button (GTK_WIDGET (page), "Set Up and Sign In");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (tandem_sign_in_page_get_mode (page), ==, "set-up");
  g_assert_true (tandem_session_get_locked (session (fixture)));
  g_assert_false (tandem_store_has_administrator (fixture->store, &error));

  /* Two different passphrases: nothing happens but a message. */
  g_assert_true (tandem_sign_in_page_select_staff (page, fixture->ben));
  gtk_editable_set_text (GTK_EDITABLE (first), "river stone lantern");
  gtk_editable_set_text (GTK_EDITABLE (second), "river stone lantren");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (tandem_session_get_locked (session (fixture)));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_true (shows_text (GTK_WIDGET (page), "different"));
  g_assert_false (tandem_store_has_administrator (fixture->store, &error));

  gtk_editable_set_text (GTK_EDITABLE (second), "river stone lantern");
  g_signal_emit_by_name (second, "entry-activated");
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);

  g_assert_false (tandem_session_get_locked (session (fixture)));
  g_assert_cmpint (tandem_record_get_id (tandem_session_get_current_staff (session (fixture))), ==,
                   fixture->ben);
  g_assert_true (tandem_store_is_administrator (fixture->store, fixture->ben));
  g_assert_cmpint (tandem_store_get_viewer (fixture->store), ==, fixture->ben);
  g_assert_true (gtk_widget_get_mapped (tandem_window_get_caseload_view (fixture->window)));
  g_assert_cmpint (tandem_session_get_last_staff_id (session (fixture)), ==, fixture->ben);
}

static void
test_wrong_passphrase (Fixture       *fixture,
                       gconstpointer  data)
{
  TandemSignInPage *page;
  GtkWidget *row;
  GtkWidget *button;
  int start, end;

  give_passphrases (fixture);
  page = open_locked (fixture);
  row = passphrase_row (page);
  button = tandem_ui_find_button (GTK_WIDGET (page), "Sign In");
  g_assert_cmpstr (tandem_sign_in_page_get_mode (page), ==, "sign-in");

  g_assert_true (tandem_sign_in_page_select_staff (page, fixture->ada));
  type_and_sign_in (page, "not the passphrase");
  g_assert_true (tandem_session_get_locked (session (fixture)));
  g_assert_true (shows_text (GTK_WIDGET (page), "passphrase is not right"));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->window)), row));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (row), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, (int) strlen ("not the passphrase"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "not the passphrase");

  /* After three wrong tries the fourth must wait, and the button counts down. */
  type_and_sign_in (page, "still not it");
  type_and_sign_in (page, "nor this");
  type_and_sign_in (page, "nor that");
  g_assert_true (shows_text (GTK_WIDGET (page), "Wait"));
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_true (g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (button)), "Try Again in"));

  /* Ben has no wait. */
  g_assert_true (tandem_sign_in_page_select_staff (page, fixture->ben));
  g_assert_true (gtk_widget_get_sensitive (button));
  type_and_sign_in (page, TANDEM_UI_PASSPHRASE);
  g_assert_false (tandem_session_get_locked (session (fixture)));
  g_assert_cmpint (tandem_store_get_viewer (fixture->store), ==, fixture->ben);
}

static void
test_lock_keeps_work (Fixture       *fixture,
                      gconstpointer  data)
{
  TandemSignInPage *page;
  GtkWidget *view;
  GtkWidget *search;

  give_passphrases (fixture);
  page = open_locked (fixture);
  g_assert_true (tandem_sign_in_page_select_staff (page, fixture->ada));
  type_and_sign_in (page, TANDEM_UI_PASSPHRASE);
  g_assert_false (tandem_session_get_locked (session (fixture)));
  g_assert_true (tandem_ui_wait_until (tandem_ui_caseload_loaded, fixture->window, 5000));

  view = tandem_window_get_caseload_view (fixture->window);
  search = tandem_ui_find_by_type (view, GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "Okaf");
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (view), fixture->person);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (shows_text (GTK_WIDGET (fixture->window), "Okafor"));

  /* Locked: no person, nor who was signed in, anywhere in the window. */
  tandem_session_lock (session (fixture));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Tandem");
  g_assert_false (shows_text (GTK_WIDGET (fixture->window), "Okafor"));
  g_assert_false (shows_text (GTK_WIDGET (fixture->window), "Margaret"));
  g_assert_false (shows_text (GTK_WIDGET (fixture->window), "Okaf"));
  g_assert_false (shows_text (GTK_WIDGET (fixture->window), "Signed in"));
  g_assert_false (gtk_widget_get_mapped (view));
  g_assert_true (gtk_widget_get_root (view) == NULL);
  g_assert_cmpint (tandem_sign_in_page_get_selected (page), ==, fixture->ada);

  /* Ada comes back to what she left. */
  type_and_sign_in (page, TANDEM_UI_PASSPHRASE);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_true (tandem_window_get_caseload_view (fixture->window) == view);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_cmpint (tandem_caseload_view_get_shown_person (TANDEM_CASELOAD_VIEW (view)), ==,
                   fixture->person);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "Okaf");

  /* Ben signing in next sees none of it. */
  tandem_session_lock (session (fixture));
  g_assert_true (tandem_sign_in_page_select_staff (page, fixture->ben));
  type_and_sign_in (page, TANDEM_UI_PASSPHRASE);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 2);
  view = tandem_window_get_caseload_view (fixture->window);
  search = tandem_ui_find_by_type (view, GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_cmpint (tandem_caseload_view_get_shown_person (TANDEM_CASELOAD_VIEW (view)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_false (shows_text (GTK_WIDGET (fixture->window), "Okaf"));

  /* Closed while locked, the passphrase row focused: both contents go cleanly. */
  tandem_session_lock (session (fixture));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->window)),
                                         passphrase_row (page)));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/sign-in/first-use", Fixture, NULL, fixture_set_up, test_first_use,
              fixture_tear_down);
  g_test_add ("/sign-in/wrong-passphrase", Fixture, NULL, fixture_set_up,
              test_wrong_passphrase, fixture_tear_down);
  g_test_add ("/sign-in/lock-keeps-work", Fixture, NULL, fixture_set_up, test_lock_keeps_work,
              fixture_tear_down);

  return g_test_run ();
}
