/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-passphrase-dialog.h"
#include "tandem-preferences-window.h"
#include "tandem-session.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* Staff administration in Preferences: an administrator sets a colleague's passphrase and
 * retires another; a worker who is not an administrator sees the team read-only and may
 * change only their own passphrase. */

#define LEAD_PASSPHRASE  "plum Vortex 71 ledger"
#define COACH_PASSPHRASE "amber Kettle 42 window"

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemSession *session;
  GtkWidget     *preferences;
  gint64         lead;
  gint64         coach;
  gint64         leaver;
} Fixture;

static gint64
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (staff);
}

static TandemStaff *
find_staff (TandemStore *store,
            gint64       id)
{
  g_autoptr(GListModel) staff = tandem_store_list_staff (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (tandem_record_get_id (member) == id)
        return g_steal_pointer (&member);
    }

  g_assert_not_reached ();
}

static void
sign_in (Fixture    *fixture,
         gint64      staff_id,
         const char *passphrase)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_session_sign_in (fixture->session, staff_id, passphrase, &error));
  g_assert_no_error (error);
  fixture->preferences = GTK_WIDGET (tandem_preferences_window_new (NULL, fixture->session));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (fixture->preferences),
                                                "team");
  gtk_window_present (GTK_WINDOW (fixture->preferences));
  tandem_ui_wait_frames (fixture->preferences, 2);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);

  fixture->lead = add_staff (fixture->store, "Cat Lead", TANDEM_ROLE_SUPERVISOR);
  fixture->coach = add_staff (fixture->store, "Ada Coach", TANDEM_ROLE_HEALTH_COACH);
  fixture->leaver = add_staff (fixture->store, "Ben Leaver", TANDEM_ROLE_LINK_WORKER);

  /* The first passphrase in a team with no administrator makes one. */
  g_assert_true (tandem_store_set_staff_passphrase (fixture->store, fixture->lead,
                                                    LEAD_PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_is_administrator (fixture->store, fixture->lead));

  fixture->session = tandem_session_new (fixture->store, fixture->settings);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->preferences != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->preferences));
  g_settings_reset (fixture->settings, "current-staff");
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

/* Types into the dialog's password rows, in the order they are shown. */
static void
type_passphrases (GtkWidget  *dialog,
                  const char *first,
                  const char *second)
{
  const char *texts[] = { first, second };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *row = tandem_ui_find_password_row (dialog, i);

      g_assert_nonnull (row);
      gtk_editable_set_text (GTK_EDITABLE (row), texts[i]);
    }
}

static void
test_administrator (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TandemStaff) coach = NULL;
  g_autoptr(TandemStaff) leaver = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *dialog;
  GtkWidget *set;

  sign_in (fixture, fixture->lead, LEAD_PASSPHRASE);

  row = tandem_ui_find_row (fixture->preferences, "Cat Lead");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Administrator"));
  row = tandem_ui_find_row (fixture->preferences, "Ada Coach");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Cannot sign in yet"));
  g_assert_nonnull (tandem_ui_find_button (fixture->preferences, "Add Member of Staff"));
  g_assert_true (gtk_widget_get_sensitive (tandem_ui_find_button (fixture->preferences,
                                                                  "Add Member of Staff")));

  /* Set the coach's passphrase: the Set button waits for two matching, long enough ones. */
  button = tandem_ui_find_button (row, "Set Passphrase…");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  dialog = tandem_ui_wait_window (TANDEM_TYPE_PASSPHRASE_DIALOG);
  g_assert_nonnull (dialog);
  set = tandem_ui_find_button (dialog, "Set");

  type_passphrases (dialog, "short", "short");
  g_assert_false (gtk_widget_get_sensitive (set));
  type_passphrases (dialog, COACH_PASSPHRASE, "amber Kettle 42 windoe");
  g_assert_false (gtk_widget_get_sensitive (set));
  type_passphrases (dialog, COACH_PASSPHRASE, COACH_PASSPHRASE);
  g_assert_true (gtk_widget_get_sensitive (set));
  gtk_widget_activate (set);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PASSPHRASE_DIALOG));

  coach = find_staff (fixture->store, fixture->coach);
  g_assert_true (tandem_staff_get_has_passphrase (coach));
  row = tandem_ui_find_row (fixture->preferences, "Ada Coach");
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                         "Cannot sign in yet"));

  /* Retire the leaver, as the editor's switch does. */
  leaver = find_staff (fixture->store, fixture->leaver);
  tandem_staff_set_retired (leaver, TRUE);
  g_assert_true (tandem_store_save_staff (fixture->store, leaver, &error));
  g_assert_no_error (error);
  row = tandem_ui_find_row (fixture->preferences, "Ben Leaver");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "has left the team"));
  g_assert_null (tandem_ui_find_button (row, "Set Passphrase…"));
}

static void
test_not_administrator (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TandemStaff) leaver = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  GtkWidget *dialog;

  /* The administrator gives the coach a passphrase; the coach signs in. */
  tandem_store_set_viewer (fixture->store, fixture->lead);
  g_assert_true (tandem_store_set_staff_passphrase (fixture->store, fixture->coach,
                                                    COACH_PASSPHRASE, &error));
  g_assert_no_error (error);
  sign_in (fixture, fixture->coach, COACH_PASSPHRASE);

  g_assert_false (gtk_widget_get_sensitive (tandem_ui_find_button (fixture->preferences,
                                                                   "Add Member of Staff")));
  g_assert_null (tandem_ui_find_button (fixture->preferences, "Set Passphrase…"));
  row = tandem_ui_find_row (fixture->preferences, "Ben Leaver");
  g_assert_nonnull (row);
  g_assert_null (tandem_ui_find_by_type (row, GTK_TYPE_BUTTON));

  /* The store refuses what the interface does not offer. */
  leaver = find_staff (fixture->store, fixture->leaver);
  tandem_staff_set_retired (leaver, TRUE);
  g_assert_false (tandem_store_save_staff (fixture->store, leaver, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_false (tandem_store_set_staff_passphrase (fixture->store, fixture->leaver,
                                                     "another long passphrase", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);

  /* Their own passphrase: the current one first; a wrong one is said in place and what
   * was typed stays. */
  row = tandem_ui_find_row (fixture->preferences, "Ada Coach");
  gtk_widget_activate (tandem_ui_find_button (row, "Change Passphrase…"));
  dialog = tandem_ui_wait_window (TANDEM_TYPE_PASSPHRASE_DIALOG);
  g_assert_nonnull (dialog);
  {
    GtkWidget *current = tandem_ui_find_password_row (dialog, 0);
    GtkWidget *new_row = tandem_ui_find_password_row (dialog, 1);
    GtkWidget *repeat = tandem_ui_find_password_row (dialog, 2);
    GtkWidget *set = tandem_ui_find_button (dialog, "Set");

    g_assert_true (gtk_widget_get_visible (current));
    gtk_editable_set_text (GTK_EDITABLE (current), "not my passphrase");
    gtk_editable_set_text (GTK_EDITABLE (new_row), "violet Harbour 9 lantern");
    gtk_editable_set_text (GTK_EDITABLE (repeat), "violet Harbour 9 lantern");
    gtk_widget_activate (set);
    tandem_ui_wait_frames (dialog, 1);
    g_assert_true (gtk_widget_get_visible (dialog));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (new_row)), ==,
                     "violet Harbour 9 lantern");

    gtk_editable_set_text (GTK_EDITABLE (current), COACH_PASSPHRASE);
    gtk_widget_activate (set);
    g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PASSPHRASE_DIALOG));
  }

  g_assert_true (tandem_store_sign_in (fixture->store, fixture->coach,
                                       "violet Harbour 9 lantern", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/staff-access/administrator", Fixture, NULL, fixture_set_up, test_administrator,
              fixture_tear_down);
  g_test_add ("/staff-access/not-administrator", Fixture, NULL, fixture_set_up,
              test_not_administrator, fixture_tear_down);

  return g_test_run ();
}
