/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-caseload-view.h"
#include "tandem-compat.h"
#include "tandem-date.h"
#include "tandem-editor-window.h"
#include "tandem-person-editor.h"
#include "tandem-person-page.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* The caseload as a coach uses it: adding people through the real dialog, searching,
 * moving referrals on, and never losing what was typed. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  TandemStaff   *me;
  GSettings     *settings;
  TandemWindow  *window;
  GtkWidget     *view;
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
  tandem_store_save_staff (fixture->store, fixture->me, &error);
  g_assert_no_error (error);
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
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
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
  g_settings_reset (fixture->settings, "caseload-role");
  g_settings_reset (fixture->settings, "caseload-practice");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->me);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
}

static GListModel *
list_model (Fixture *fixture)
{
  GtkWidget *list_view = tandem_caseload_view_get_list_view (TANDEM_CASELOAD_VIEW (fixture->view));

  return G_LIST_MODEL (tandem_compat_list_get_model (list_view));
}

static TandemEditorWindow *
open_new_person_dialog (Fixture *fixture)
{
  gtk_widget_activate_action (fixture->view, "caseload.new-person", NULL);
  return TANDEM_EDITOR_WINDOW (tandem_ui_wait_window (TANDEM_TYPE_PERSON_EDITOR));
}

static void
type_into (TandemEditorWindow *editor,
           const char         *form,
           const char         *field,
           const char         *text)
{
  tandem_form_set_text (tandem_editor_window_get_form (editor, form), field, text);
}

static void
test_add_person_through_dialog (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(TandemPerson) saved = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GError) error = NULL;
  TandemEditorWindow *editor;
  gint64 shown;

  open_window (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==, 0);

  editor = open_new_person_dialog (fixture);
  type_into (editor, "person", "given-name", "Zoë");
  type_into (editor, "person", "family-name", "O'Brien-Ng");
  type_into (editor, "person", "nhs-number", "943 476 5919");
  type_into (editor, "person", "postcode", "ls1 4ab");
  type_into (editor, "person", "date-of-birth", "3/4/1956");
  type_into (editor, "referral", "reasons", "Lonely since moving; would like to meet people.");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PERSON_EDITOR));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==, 1);
  shown = tandem_caseload_view_get_shown_person (TANDEM_CASELOAD_VIEW (fixture->view));
  g_assert_cmpint (shown, >, 0);

  saved = tandem_store_load_person (fixture->store, shown, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_person_get_given_name (saved), ==, "Zoë");
  g_assert_cmpstr (tandem_person_get_family_name (saved), ==, "O'Brien-Ng");
  g_assert_cmpstr (tandem_person_get_nhs_number (saved), ==, "9434765919");
  g_assert_cmpstr (tandem_person_get_postcode (saved), ==, "LS1 4AB");
  g_assert_cmpstr (tandem_person_get_date_of_birth (saved), ==, "1956-04-03");

  /* The referral came with the person, for the member of staff adding it. */
  referrals = tandem_store_list_referrals (fixture->store, shown, &error);
  g_assert_cmpuint (referrals->len, ==, 1);
  g_assert_cmpint (tandem_referral_get_assigned_staff_id (g_ptr_array_index (referrals, 0)), ==,
                   tandem_record_get_id (fixture->me));

  /* Nothing is left as a draft once added. */
  g_assert_null (tandem_store_load_draft (fixture->store, "new-person", 0, NULL));
}

static void
test_invalid_input_is_kept (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *draft = NULL;
  TandemEditorWindow *editor;
  TandemForm *form;
  GtkWidget *row;
  AdwMessageDialog *dialog;

  open_window (fixture);
  editor = open_new_person_dialog (fixture);
  type_into (editor, "person", "given-name", "Amira");
  type_into (editor, "person", "family-name", "Haddad");
  type_into (editor, "person", "nhs-number", "9434765918");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (editor), 1);

  /* Still open, the field marked, a message saying what is wrong, nothing added. */
  g_assert_nonnull (tandem_ui_find_window (TANDEM_TYPE_PERSON_EDITOR));
  form = tandem_editor_window_get_form (editor, "person");
  row = tandem_form_get_row (form, "nhs-number");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "9434765918");
  g_assert_cmpuint (tandem_store_count_people (fixture->store, NULL), ==, 0);

  /* What was typed is kept in the store. */
  draft = tandem_store_load_draft (fixture->store, "new-person", 0, NULL);
  g_assert_nonnull (draft);
  g_assert_nonnull (strstr (draft, "9434765918"));

  /* Cancelling asks before throwing it away. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  dialog = ADW_MESSAGE_DIALOG (tandem_ui_wait_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PERSON_EDITOR));
  g_assert_null (tandem_store_load_draft (fixture->store, "new-person", 0, NULL));
}

static void
test_draft_restored_after_close (Fixture       *fixture,
                                 gconstpointer  data)
{
  TandemEditorWindow *editor;
  GtkWidget *row;

  open_window (fixture);
  editor = open_new_person_dialog (fixture);
  type_into (editor, "person", "given-name", "Ioana");
  type_into (editor, "person", "family-name", "Țurcanu");
  tandem_ui_iterate (500);

  /* As if Tandem stopped: the window goes without asking. */
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PERSON_EDITOR));

  editor = open_new_person_dialog (fixture);
  row = tandem_form_get_row (tandem_editor_window_get_form (editor, "person"), "family-name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Țurcanu");
  gtk_window_destroy (GTK_WINDOW (editor));
}

typedef struct
{
  TandemCaseload *caseload;
  const char     *text;
} SearchDone;

static gboolean
search_done (gpointer data)
{
  SearchDone *done = data;

  return g_strcmp0 (tandem_caseload_get_search_text (done->caseload), done->text) == 0;
}

/* Types into the search box and waits for the list to follow: the entry reports a search
 * from its main loop, not at once. */
static guint
search_for (Fixture    *fixture,
            GtkWidget  *search,
            const char *text)
{
  SearchDone done = {
    tandem_session_get_caseload (tandem_window_get_session (fixture->window)),
    text,
  };

  gtk_editable_set_text (GTK_EDITABLE (search), text);
  g_assert_true (tandem_ui_wait_until (search_done, &done, 5000));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  return g_list_model_get_n_items (list_model (fixture));
}

static void
test_search_narrows_list (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TandemPerson) a = tandem_test_add_person (fixture->store, "Seán", "O'Neill", NULL);
  g_autoptr(TandemPerson) b = tandem_test_add_person (fixture->store, "Łucja", "Nowak", NULL);
  g_autoptr(TandemPerson) c = tandem_test_add_person (fixture->store, "Omar", "Nasser", "9434765919");
  GtkWidget *search;

  open_window (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==, 3);

  search = tandem_ui_find_by_type (fixture->view, GTK_TYPE_SEARCH_ENTRY);

  /* Each word starts a word of a name: O'Neill, not Omar Nasser. */
  g_assert_cmpuint (search_for (fixture, search, "o'ne"), ==, 1);
  g_assert_cmpuint (search_for (fixture, search, "o n"), ==, 2);
  g_assert_cmpuint (search_for (fixture, search, "lucja"), ==, 1);
  g_assert_cmpuint (search_for (fixture, search, "943 476"), ==, 1);
  g_assert_cmpuint (search_for (fixture, search, "zzz"), ==, 0);
  g_assert_cmpuint (search_for (fixture, search, ""), ==, 3);
}

static void
test_duplicate_nhs_offers_existing (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(TandemPerson) existing = tandem_test_add_person (fixture->store, "Omar", "Nasser",
                                                             "9434765919");
  TandemEditorWindow *editor;
  GtkWidget *button;

  open_window (fixture);
  editor = open_new_person_dialog (fixture);
  type_into (editor, "person", "given-name", "Omar");
  type_into (editor, "person", "family-name", "Nassar");
  type_into (editor, "person", "nhs-number", "943-476-5919");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (editor), 1);

  /* No second record: the dialog offers the one that exists. */
  g_assert_cmpuint (tandem_store_count_people (fixture->store, NULL), ==, 1);
  button = tandem_ui_find_button (GTK_WIDGET (editor), "Open Their Record");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PERSON_EDITOR));

  g_assert_cmpint (tandem_caseload_view_get_shown_person (TANDEM_CASELOAD_VIEW (fixture->view)), ==,
                   tandem_record_get_id (existing));
}

static void
test_accept_referral (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (fixture->store, "Jo", "Barker", NULL);
  g_autofree char *received = tandem_test_days_ago (3);
  g_autofree char *today = tandem_test_days_ago (0);
  g_autoptr(TandemReferral) referral = tandem_test_add_referral (fixture->store, person, received,
                                                                 TANDEM_PRIORITY_ROUTINE,
                                                                 TANDEM_REFERRAL_RECEIVED);
  g_autoptr(TandemReferral) saved = NULL;
  GtkWidget *page;

  open_window (fixture);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (fixture->view),
                                    tandem_record_get_id (person));
  page = tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_PERSON_PAGE);
  gtk_widget_activate_action (page, "person.set-referral-status", "(xs)",
                              tandem_record_get_id (referral), "active");
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  saved = tandem_store_load_referral (fixture->store, tandem_record_get_id (referral), NULL);
  g_assert_cmpint (tandem_referral_get_status (saved), ==, TANDEM_REFERRAL_ACTIVE);
  g_assert_cmpstr (tandem_referral_get_accepted_on (saved), ==, today);
  /* Nobody was allocated: whoever accepted takes it on. */
  g_assert_cmpint (tandem_referral_get_assigned_staff_id (saved), ==,
                   tandem_record_get_id (fixture->me));
}

static void
test_gp_summary_respects_consent (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (fixture->store, "Kath", "Walker", NULL);
  g_autofree char *received = tandem_test_days_ago (10);
  g_autoptr(TandemReferral) referral = NULL;
  g_autofree char *copied = NULL;
  GtkWidget *page;

  referral = tandem_test_add_referral (fixture->store, person, received, TANDEM_PRIORITY_ROUTINE,
                                       TANDEM_REFERRAL_ACTIVE);
  open_window (fixture);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (fixture->view),
                                    tandem_record_get_id (person));
  page = tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_PERSON_PAGE);
  gtk_widget_activate_action (page, "person.copy-gp-summary", "x", tandem_record_get_id (referral));

  copied = tandem_ui_read_clipboard (page);
  g_assert_true (g_str_has_prefix (copied, "SNOMED CT 871731000000106"));
  g_assert_null (strstr (copied, "Kath"));
  g_assert_null (strstr (copied, "Walker"));
}

static void
test_edit_saves_as_you_type (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TandemPerson) person = tandem_test_add_person (fixture->store, "Keith", "Hall", NULL);
  g_autoptr(TandemPerson) saved = NULL;
  g_autofree char *draft = NULL;
  TandemEditorWindow *editor;
  GtkWidget *page;

  open_window (fixture);
  tandem_caseload_view_show_person (TANDEM_CASELOAD_VIEW (fixture->view),
                                    tandem_record_get_id (person));
  page = tandem_ui_find_by_type (fixture->view, TANDEM_TYPE_PERSON_PAGE);
  gtk_widget_activate_action (page, "person.edit", NULL);
  editor = TANDEM_EDITOR_WINDOW (tandem_ui_wait_window (TANDEM_TYPE_PERSON_EDITOR));

  /* A valid change is saved without a Save button. */
  type_into (editor, "person", "preferred-name", "Keef");
  g_assert_true (tandem_editor_window_flush (editor));
  saved = tandem_store_load_person (fixture->store, tandem_record_get_id (person), NULL);
  g_assert_cmpstr (tandem_person_get_preferred_name (saved), ==, "Keef");

  /* An invalid one is kept as a draft, and the record keeps its last good value. */
  type_into (editor, "person", "postcode", "not a postcode");
  g_assert_false (tandem_editor_window_flush (editor));
  draft = tandem_store_load_draft (fixture->store, "person", tandem_record_get_id (person), NULL);
  g_assert_nonnull (strstr (draft, "not a postcode"));
  g_clear_object (&saved);
  saved = tandem_store_load_person (fixture->store, tandem_record_get_id (person), NULL);
  g_assert_cmpstr (tandem_person_get_postcode (saved), ==, "");

  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_PERSON_EDITOR));
}

/* Agrees a plan for @person whose review is @days from today. */
static void
add_agreed_plan (TandemStore  *store,
                 TandemPerson *person,
                 int           days)
{
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agreed = tandem_test_days_ago (30);
  g_autofree char *review = NULL;
  GDate today, day;

  tandem_date_set_today (&today);
  day = today;
  g_date_add_days (&day, days);
  review = tandem_date_to_iso (&day);

  version = tandem_store_create_plan (store, tandem_record_get_id (person), 0, &error);
  g_assert_no_error (error);
  tandem_plan_version_set_agreed_on (version, agreed);
  tandem_plan_version_set_review_on (version, review);
  g_assert_true (tandem_store_agree_plan (store, version, &today, &error));
  g_assert_no_error (error);
}

static void
test_review_due_filter (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TandemPerson) soon = tandem_test_add_person (fixture->store, "Due", "Soon", NULL);
  g_autoptr(TandemPerson) later = tandem_test_add_person (fixture->store, "Not", "Yet", NULL);
  g_autoptr(TandemPerson) none = tandem_test_add_person (fixture->store, "No", "Plan", NULL);
  g_autoptr(TandemCaseloadItem) item = NULL;

  add_agreed_plan (fixture->store, soon, 3);
  add_agreed_plan (fixture->store, later, 60);
  g_settings_set_string (fixture->settings, "caseload-show", "review-due");

  open_window (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (list_model (fixture)), ==, 1);
  item = g_list_model_get_item (list_model (fixture), 0);
  g_assert_cmpint (tandem_caseload_item_get_person_id (item), ==, tandem_record_get_id (soon));
  g_assert_cmpint (tandem_caseload_item_get_review_state (item), ==, TANDEM_REVIEW_DUE_SOON);
}

/* The filters' drop-downs in the order of their grid: whose caseload, status, practice, role. */
static GtkWidget *
nth_dropdown (Fixture *fixture,
              guint    n)
{
  GtkWidget *dropdown = tandem_ui_find_by_type (fixture->view, GTK_TYPE_DROP_DOWN);

  for (guint i = 0; i < n; i++)
    dropdown = gtk_widget_get_next_sibling (dropdown);

  g_assert_true (GTK_IS_DROP_DOWN (dropdown));
  return dropdown;
}

/* The role and practice filters are as the user left them when the window opens again; the
 * practice is remembered for this database only, since ids mean nothing in another. */
static void
test_filters_remembered (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TandemPractice) practice = tandem_practice_new ();
  g_autoptr(GVariant) practices = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *role = NULL;
  TandemCaseload *caseload;
  GtkWidget *practice_dropdown;
  GtkWidget *role_dropdown;
  gint64 practice_id;

  tandem_practice_set_name (practice, "Riverside Surgery");
  g_assert_true (tandem_store_save_practice (fixture->store, practice, &error));
  g_assert_no_error (error);
  practice_id = tandem_record_get_id (practice);

  open_window (fixture);
  practice_dropdown = nth_dropdown (fixture, 2);
  role_dropdown = nth_dropdown (fixture, 3);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (practice_dropdown), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (role_dropdown), 1 + TANDEM_ROLE_HEALTH_COACH);

  role = g_settings_get_string (fixture->settings, "caseload-role");
  g_assert_cmpstr (role, ==, "health-coach");
  practices = g_settings_get_value (fixture->settings, "caseload-practice");
  g_assert_cmpuint (g_variant_n_children (practices), ==, 1);

  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  open_window (fixture);
  practice_dropdown = nth_dropdown (fixture, 2);
  role_dropdown = nth_dropdown (fixture, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (practice_dropdown)), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (role_dropdown)), ==,
                    1 + TANDEM_ROLE_HEALTH_COACH);
  caseload = tandem_session_get_caseload (tandem_window_get_session (fixture->window));
  g_assert_cmpint (tandem_caseload_get_practice_id (caseload), ==, practice_id);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/caseload/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add-person-through-dialog", test_add_person_through_dialog);
  ADD ("invalid-input-is-kept", test_invalid_input_is_kept);
  ADD ("draft-restored-after-close", test_draft_restored_after_close);
  ADD ("search-narrows-list", test_search_narrows_list);
  ADD ("duplicate-nhs-offers-existing", test_duplicate_nhs_offers_existing);
  ADD ("accept-referral", test_accept_referral);
  ADD ("gp-summary-respects-consent", test_gp_summary_respects_consent);
  ADD ("edit-saves-as-you-type", test_edit_saves_as_you_type);
  ADD ("review-due-filter", test_review_due_filter);
  ADD ("filters-remembered", test_filters_remembered);

#undef ADD

  return g_test_run ();
}
