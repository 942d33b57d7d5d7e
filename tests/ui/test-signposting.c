/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-asset-chooser.h"
#include "tandem-caseload-view.h"
#include "tandem-compat.h"
#include "tandem-date.h"
#include "tandem-person-page.h"
#include "tandem-signpost-dialog.h"
#include "tandem-signpost-outcome-dialog.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* Signposting and referral as a link worker does it: from the person's page, through the
 * real dialog, then recording what happened, and the caseload saying when to ask. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  TandemStaff   *me;
  GSettings     *settings;
  TandemWindow  *window;
  GtkWidget     *view;
  TandemPerson  *person;
  TandemAsset   *walking;
  TandemAsset   *red;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *received = tandem_test_days_ago (20);
  g_autoptr(TandemReferral) referral = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (fixture->settings, "caseload-scope", "everyone");
  g_settings_set_string (fixture->settings, "caseload-show", "all");

  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);
  fixture->me = tandem_staff_new ();
  tandem_staff_set_name (fixture->me, "Robin Ash");
  tandem_store_save_staff (fixture->store, fixture->me, &error);
  g_assert_no_error (error);

  fixture->person = tandem_test_add_person (fixture->store, "Margaret", "Okafor", NULL);
  referral = tandem_test_add_referral (fixture->store, fixture->person, received,
                                       TANDEM_PRIORITY_ROUTINE, TANDEM_REFERRAL_ACTIVE);
  fixture->walking = tandem_test_add_asset (fixture->store, "Tuesday Walking Group",
                                            TANDEM_SUITABILITY_GREEN);
  fixture->red = tandem_test_add_asset (fixture->store, "Sunrise Healing Circle",
                                        TANDEM_SUITABILITY_RED);
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
  g_clear_object (&fixture->me);
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->walking);
  g_clear_object (&fixture->red);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static GtkWidget *
open_person (Fixture *fixture)
{
  fixture->window = tandem_ui_open_window (fixture->store);
  fixture->view = tandem_window_get_caseload_view (fixture->window);
  tandem_ui_sign_in (tandem_window_get_session (fixture->window),
                     tandem_record_get_id (fixture->me));
  gtk_window_present (GTK_WINDOW (fixture->window));
  tandem_ui_wait_until (tandem_ui_caseload_loaded, fixture->window, 5000);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (fixture->view),
                                    tandem_record_get_id (fixture->person));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  return tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_PERSON_PAGE);
}

static TandemSignpostDialog *
open_signpost_dialog (GtkWidget *page)
{
  gtk_widget_activate_action (page, "person.signpost", NULL);
  return TANDEM_SIGNPOST_DIALOG (tandem_ui_wait_window (TANDEM_TYPE_SIGNPOST_DIALOG));
}

static void
choose (TandemSignpostDialog *dialog,
        const char           *search)
{
  TandemAssetChooser *chooser =
    TANDEM_ASSET_CHOOSER (tandem_signpost_dialog_get_chooser (dialog));

  tandem_asset_chooser_set_search_text (chooser, search);
  g_assert_cmpuint (tandem_asset_chooser_get_n_results (chooser), ==, 1);
  tandem_asset_chooser_choose_result (chooser, 0);
}

static GPtrArray *
list_signposts (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *signposts = tandem_store_list_signposts (fixture->store,
                                                      tandem_record_get_id (fixture->person),
                                                      &error);

  g_assert_no_error (error);
  return signposts;
}

static void
test_signpost_from_person (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *page = open_person (fixture);
  g_autoptr(GPtrArray) signposts = NULL;
  g_autofree char *today = tandem_test_days_ago (0);
  TandemSignpostDialog *dialog;
  TandemEditorWindow *editor;
  TandemSignpost *saved;
  GDate follow_up;

  g_assert_cmpuint (tandem_person_page_get_signposts (TANDEM_PERSON_PAGE (page))->len, ==, 0);

  dialog = open_signpost_dialog (page);
  editor = TANDEM_EDITOR_WINDOW (dialog);

  /* Adding with no asset chosen keeps the dialog open and says what is missing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.done", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 1);
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_SIGNPOST_DIALOG));

  choose (dialog, "walk");
  tandem_form_set_text (tandem_editor_window_get_form (editor, "signpost"), "reason",
                        "Wants to get out and meet people.");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.done", NULL);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_SIGNPOST_DIALOG));

  /* In the store, with the defaults: today, a follow-up in four weeks, by me. */
  signposts = list_signposts (fixture);
  g_assert_cmpuint (signposts->len, ==, 1);
  saved = g_ptr_array_index (signposts, 0);
  g_assert_cmpint (tandem_signpost_get_asset_id (saved), ==,
                   tandem_record_get_id (fixture->walking));
  g_assert_cmpstr (tandem_signpost_get_asset_name (saved), ==, "Tuesday Walking Group");
  g_assert_cmpstr (tandem_signpost_get_reason (saved), ==, "Wants to get out and meet people.");
  g_assert_cmpstr (tandem_signpost_get_made_on (saved), ==, today);
  tandem_date_set_today (&follow_up);
  g_date_add_days (&follow_up, 28);
  {
    g_autofree char *expected = tandem_date_to_iso (&follow_up);

    g_assert_cmpstr (tandem_signpost_get_follow_up_on (saved), ==, expected);
  }
  g_assert_cmpint (tandem_signpost_get_staff_id (saved), ==, tandem_record_get_id (fixture->me));
  g_assert_false (tandem_signpost_get_red_override (saved));
  g_assert_null (tandem_store_load_draft (fixture->store, "new-signpost",
                                          tandem_record_get_id (fixture->person), NULL));

  /* And on the person's page. */
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpuint (tandem_person_page_get_signposts (TANDEM_PERSON_PAGE (page))->len, ==, 1);
  g_assert_nonnull (tandem_ui_find_button (page, "Record Outcome…"));
}

static void
test_red_needs_override (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *page = open_person (fixture);
  g_autoptr(GPtrArray) signposts = NULL;
  g_autofree char *draft = NULL;
  TandemSignpostDialog *dialog;
  TandemEditorWindow *editor;
  TandemForm *override;
  TandemSignpost *saved;

  dialog = open_signpost_dialog (page);
  editor = TANDEM_EDITOR_WINDOW (dialog);
  override = tandem_editor_window_get_form (editor, "override");

  /* Hidden until a red asset is chosen. */
  g_assert_false (gtk_widget_get_visible (tandem_form_get_group (override, 0)));
  choose (dialog, "sunrise");
  g_assert_true (gtk_widget_get_visible (tandem_form_get_group (override, 0)));
  tandem_form_set_text (tandem_editor_window_get_form (editor, "signpost"), "reason",
                        "Asked to go.");

  /* Without the override: not added, the switch marked, what was typed kept. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.done", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 1);
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_SIGNPOST_DIALOG));
  g_assert_true (gtk_widget_has_css_class (tandem_form_get_row (override, "red-override"),
                                           "error"));
  signposts = list_signposts (fixture);
  g_assert_cmpuint (signposts->len, ==, 0);
  g_clear_pointer (&signposts, g_ptr_array_unref);
  draft = tandem_store_load_draft (fixture->store, "new-signpost",
                                   tandem_record_get_id (fixture->person), NULL);
  g_assert_nonnull (draft);
  g_assert_nonnull (strstr (draft, "Asked to go."));

  /* The override needs its reason too. */
  {
    g_autoptr(JsonObject) input = tandem_form_read (override);

    json_object_set_boolean_member (input, "red-override", TRUE);
    tandem_form_write (override, input);
  }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.done", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (dialog), 1);
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_SIGNPOST_DIALOG));
  g_assert_true (gtk_widget_has_css_class (tandem_form_get_row (override, "override-reason"),
                                           "error"));

  tandem_form_set_text (override, "override-reason", "Already booked; going with her sister.");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.done", NULL);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_SIGNPOST_DIALOG));

  signposts = list_signposts (fixture);
  g_assert_cmpuint (signposts->len, ==, 1);
  saved = g_ptr_array_index (signposts, 0);
  g_assert_true (tandem_signpost_get_red_override (saved));
  g_assert_cmpstr (tandem_signpost_get_override_reason (saved), ==,
                   "Already booked; going with her sister.");
}

static void
test_record_outcome (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TandemSignpost) signpost = NULL;
  g_autoptr(TandemSignpost) saved = NULL;
  g_autoptr(GPtrArray) signposts = NULL;
  g_autofree char *today = tandem_test_days_ago (0);
  g_autofree char *due = tandem_test_days_ago (3);
  TandemEditorWindow *editor;
  GtkWidget *page;

  signpost = tandem_test_add_signpost (fixture->store, tandem_record_get_id (fixture->person),
                                       fixture->walking, due, TANDEM_SIGNPOST_OUTCOME_PENDING);
  page = open_person (fixture);

  gtk_widget_activate_action (page, "person.record-outcome", "x",
                              tandem_record_get_id (signpost));
  editor = TANDEM_EDITOR_WINDOW (tandem_ui_wait_window (TANDEM_TYPE_SIGNPOST_OUTCOME_DIALOG));
  {
    TandemForm *form = tandem_editor_window_get_form (editor, "outcome");
    g_autoptr(JsonObject) input = tandem_form_read (form);
    g_autofree char *typed_today = tandem_date_to_input (today);

    /* The date starts at today. */
    g_assert_cmpstr (json_object_get_string_member (input, "outcome-on"), ==, typed_today);
    json_object_set_string_member (input, "outcome", "still-attending");
    tandem_form_write (form, input);
    tandem_form_set_text (form, "outcome-note", "Goes every week with her neighbour.");
  }
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_SIGNPOST_OUTCOME_DIALOG));

  signposts = list_signposts (fixture);
  g_assert_cmpuint (signposts->len, ==, 1);
  saved = g_object_ref (g_ptr_array_index (signposts, 0));
  g_assert_cmpint (tandem_signpost_get_outcome (saved), ==,
                   TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING);
  g_assert_cmpstr (tandem_signpost_get_outcome_on (saved), ==, today);
  g_assert_cmpstr (tandem_signpost_get_outcome_note (saved), ==,
                   "Goes every week with her neighbour.");
}

static GListModel *
list_model (Fixture *fixture)
{
  GtkWidget *list_view = tandem_caseload_view_get_list_view (TANDEM_CASELOAD_VIEW (fixture->view));

  return G_LIST_MODEL (tandem_compat_list_get_model (list_view));
}

static gboolean
caseload_has_n (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (list_model (args[0])) == GPOINTER_TO_UINT (args[1]);
}

static void
test_overdue_in_caseload (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TandemPerson) other = tandem_test_add_person (fixture->store, "Dev", "Sharma", NULL);
  g_autoptr(TandemSignpost) overdue = NULL;
  g_autoptr(TandemSignpost) later = NULL;
  g_autoptr(TandemCaseloadItem) item = NULL;
  g_autofree char *due = tandem_test_days_ago (2);
  g_autofree char *not_yet = NULL;
  gpointer args[2];
  GDate date;

  tandem_date_set_today (&date);
  g_date_add_days (&date, 10);
  not_yet = tandem_date_to_iso (&date);
  overdue = tandem_test_add_signpost (fixture->store, tandem_record_get_id (fixture->person),
                                      fixture->walking, due, TANDEM_SIGNPOST_OUTCOME_PENDING);
  later = tandem_test_add_signpost (fixture->store, tandem_record_get_id (other),
                                    fixture->walking, not_yet, TANDEM_SIGNPOST_OUTCOME_PENDING);
  g_settings_set_string (fixture->settings, "caseload-show", "outcome-due");

  open_person (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==, 1);
  item = g_list_model_get_item (list_model (fixture), 0);
  g_assert_cmpint (tandem_caseload_item_get_person_id (item), ==,
                   tandem_record_get_id (fixture->person));
  g_assert_true (tandem_caseload_item_is_outcome_due (item));

  /* Recording the outcome takes the person off the list. */
  tandem_signpost_set_outcome (overdue, TANDEM_SIGNPOST_OUTCOME_DECLINED);
  tandem_signpost_set_outcome_on (overdue, due);
  g_assert_true (tandem_store_save_signpost (fixture->store, overdue, NULL));
  args[0] = fixture;
  args[1] = GUINT_TO_POINTER (0);
  g_assert_true (tandem_ui_wait_until (caseload_has_n, args, 5000));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/signposting/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("signpost-from-person", test_signpost_from_person);
  ADD ("red-needs-override", test_red_needs_override);
  ADD ("record-outcome", test_record_outcome);
  ADD ("overdue-in-caseload", test_overdue_in_caseload);

#undef ADD

  return g_test_run ();
}
