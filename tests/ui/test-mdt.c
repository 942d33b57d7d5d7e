/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "tandem-actions-button.h"
#include "tandem-caseload-view.h"
#include "tandem-date.h"
#include "tandem-mdt-group.h"
#include "tandem-person-page.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* A coach puts a case forward for the MDT huddle from the person's page, and the actions a
 * huddle gave them wait on their caseload and on the person's page until they are done. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  TandemStaff   *me;
  TandemPerson  *person;
  GSettings     *settings;
  TandemWindow  *window;
  GtkWidget     *view;
  GtkWidget     *group;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (fixture->settings, "caseload-scope", "everyone");
  g_settings_set_string (fixture->settings, "caseload-show", "all");

  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);
  fixture->me = tandem_staff_new ();
  tandem_staff_set_name (fixture->me, "Robin Ash");
  tandem_staff_set_role (fixture->me, TANDEM_ROLE_HEALTH_COACH);
  tandem_store_save_staff (fixture->store, fixture->me, &error);
  g_assert_no_error (error);
  fixture->person = tandem_test_add_person (fixture->store, "Maryam", "Okafor", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "caseload-scope");
  g_settings_reset (fixture->settings, "caseload-show");
  g_settings_reset (fixture->settings, "last-signed-in");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->me);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static gint64
person_id (Fixture *fixture)
{
  return tandem_record_get_id (fixture->person);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = tandem_ui_open_window (fixture->store);
  fixture->view = tandem_window_get_caseload_view (fixture->window);
  tandem_ui_sign_in (tandem_window_get_session (fixture->window),
                     tandem_record_get_id (fixture->me));
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, fixture->window, 5000);
}

static void
show_person (Fixture *fixture)
{
  GtkWidget *page;

  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (fixture->view), person_id (fixture));
  page = tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_PERSON_PAGE);
  fixture->group = tandem_ui_find_by_type (page, TANDEM_TYPE_MDT_GROUP);
  g_assert_nonnull (fixture->group);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
}

/* Whether the group shows a row with this title. */
static gboolean
group_has_row (GtkWidget  *widget,
               const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return TRUE;

      if (group_has_row (child, title))
        return TRUE;
    }

  return FALSE;
}

static guint
count_waiting (Fixture *fixture)
{
  g_autoptr(GPtrArray) flags = tandem_store_list_waiting_mdt_flags (fixture->store, NULL);

  return flags->len;
}

static void
test_put_forward (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *button;
  GtkWidget *dialog;
  GtkWidget *entry;
  g_autoptr(GPtrArray) flags = NULL;

  open_window (fixture);
  show_person (fixture);
  g_assert_true (group_has_row (fixture->group, "Not waiting for a huddle, and no open actions"));

  button = tandem_ui_find_button (fixture->group, "Put Forward for MDT…");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  dialog = tandem_ui_wait_window (ADW_TYPE_MESSAGE_DIALOG);
  entry = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));

  /* No reason, no flag: the button waits for one. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "put-forward"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Low mood 😔 and housing worries");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          "put-forward"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "put-forward");
  tandem_ui_wait_window_gone (ADW_TYPE_MESSAGE_DIALOG);

  flags = tandem_store_list_mdt_flags (fixture->store, person_id (fixture), NULL);
  g_assert_cmpuint (flags->len, ==, 1);
  g_assert_cmpstr (tandem_mdt_flag_get_reason (g_ptr_array_index (flags, 0)), ==,
                   "Low mood 😔 and housing worries");
  g_assert_cmpint (tandem_mdt_flag_get_flagged_by_id (g_ptr_array_index (flags, 0)), ==,
                   tandem_record_get_id (fixture->me));
  g_assert_true (group_has_row (fixture->group, "Waiting for the next huddle"));

  /* Withdrawn, it waits no longer. */
  g_assert_true (gtk_widget_activate_action (fixture->group, "mdt.withdraw", "x",
                                             tandem_record_get_id (g_ptr_array_index (flags, 0))));
  g_assert_cmpuint (count_waiting (fixture), ==, 0);
  g_assert_false (group_has_row (fixture->group, "Waiting for the next huddle"));
}

/* A huddle case for the person, with an action for me, as the huddle store writes them. */
static TandemAgreedAction *
add_huddle_action (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  TandemAgreedAction *action = tandem_agreed_action_new ();

  sql = g_strdup_printf ("INSERT INTO huddle (id, held_on, created_at, updated_at) "
                         "VALUES (1, '2026-11-10', '', '');"
                         "INSERT INTO huddle_case (id, huddle_id, person_id, position) "
                         "VALUES (1, 1, %" G_GINT64_FORMAT ", 0);", person_id (fixture));
  g_assert_true (tandem_store_exec (fixture->store, sql, &error));

  tandem_agreed_action_set_huddle_case_id (action, 1);
  tandem_agreed_action_set_description (action, "Ask the GP about a medication review");
  tandem_agreed_action_set_owner_id (action, tandem_record_get_id (fixture->me));
  tandem_agreed_action_set_due_on (action, "2026-11-01");
  g_assert_true (tandem_store_save_agreed_action (fixture->store, action, &error));
  g_assert_no_error (error);

  return action;
}

static gint64
add_colleague (Fixture *fixture)
{
  g_autoptr(TandemStaff) colleague = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (colleague, "Sam Birch");
  g_assert_true (tandem_store_save_staff (fixture->store, colleague, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (colleague);
}

static void
test_actions_reach_their_owner (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(TandemAgreedAction) action = NULL;
  GtkWidget *button;
  g_autoptr(GPtrArray) open = NULL;

  open_window (fixture);
  button = tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_ACTIONS_BUTTON);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));

  action = add_huddle_action (fixture);

  /* On my caseload: the button counts it, and its row opens the person. */
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpuint (tandem_actions_button_get_n_open (TANDEM_ACTIONS_BUTTON (button)), ==, 1);
  g_signal_emit_by_name (button, "person-activated", person_id (fixture));
  g_assert_cmpint (tandem_caseload_view_get_shown_person (TANDEM_CASELOAD_VIEW (fixture->view)),
                   ==, person_id (fixture));

  /* Someone else using Tandem has no such action. */
  tandem_ui_sign_in (tandem_window_get_session (fixture->window),
                     add_colleague (fixture));
  g_assert_false (gtk_widget_get_visible (button));
  tandem_ui_sign_in (tandem_window_get_session (fixture->window),
                     tandem_record_get_id (fixture->me));
  g_assert_true (gtk_widget_get_visible (button));

  /* On the person's page, where it is marked done. */
  show_person (fixture);
  g_assert_true (group_has_row (fixture->group, "Ask the GP about a medication review"));
  g_assert_true (gtk_widget_activate_action (fixture->group, "mdt.done", "x",
                                             tandem_record_get_id (action)));
  open = tandem_store_list_open_person_actions (fixture->store, person_id (fixture), NULL);
  g_assert_cmpuint (open->len, ==, 0);
  g_assert_false (group_has_row (fixture->group, "Ask the GP about a medication review"));
  g_assert_false (gtk_widget_get_visible (button));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/mdt/put-forward", Fixture, NULL, fixture_set_up, test_put_forward,
              fixture_tear_down);
  g_test_add ("/mdt/actions-reach-their-owner", Fixture, NULL, fixture_set_up,
              test_actions_reach_their_owner, fixture_tear_down);

  return g_test_run ();
}
