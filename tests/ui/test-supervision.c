/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-competence-group.h"
#include "tandem-cpd-group.h"
#include "tandem-date.h"
#include "tandem-supervision-editor.h"
#include "tandem-store-private.h"
#include "tandem-supervision-view.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* Supervision as a supervisor records it: their supervisee shows overdue, a session is
 * recorded through the editor with a wellbeing check, a case and an action, and the badge
 * changes. Another coach chosen as the user sees none of it. */

typedef struct
{
  TandemTestDir *dir;
  TandemStore   *store;
  GSettings     *settings;
  TandemWindow  *window;
  gint64         lead;
  gint64         coach;
  gint64         other;
  gint64         person;
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

static void
add_session (Fixture               *fixture,
             TandemSupervisionKind  kind,
             guint                  days_ago)
{
  g_autoptr(TandemSupervisionSession) session = tandem_supervision_session_new ();
  g_autofree char *held_on = tandem_test_days_ago (days_ago);
  g_autoptr(GError) error = NULL;

  tandem_supervision_session_set_kind (session, kind);
  tandem_supervision_session_set_supervisor_id (session, fixture->lead);
  tandem_supervision_session_set_held_on (session, held_on);
  tandem_supervision_session_set_notes (session, "Earlier notes");
  g_ptr_array_add (tandem_supervision_session_get_members (session),
                   tandem_supervision_member_new (fixture->coach));
  tandem_store_set_viewer (fixture->store, fixture->lead);
  g_assert_true (tandem_store_save_supervision_session (fixture->store, session, &error));
  g_assert_no_error (error);
  tandem_store_set_viewer (fixture->store, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GArray) supervisors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  fixture->store = tandem_test_open_store (fixture->dir);
  fixture->settings = g_settings_new (APPLICATION_ID);
  tandem_store_set_pcn_name (fixture->store, "Test PCN", &error);
  g_assert_no_error (error);

  fixture->lead = add_staff (fixture->store, "Cat Lead", TANDEM_ROLE_SUPERVISOR);
  fixture->coach = add_staff (fixture->store, "Ada Coach", TANDEM_ROLE_HEALTH_COACH);
  fixture->other = add_staff (fixture->store, "Ben Coach", TANDEM_ROLE_HEALTH_COACH);
  g_array_append_val (supervisors, fixture->lead);
  tandem_store_set_viewer (fixture->store, fixture->lead);
  g_assert_true (tandem_store_set_supervisors (fixture->store, fixture->coach, supervisors,
                                               &error));
  person = tandem_test_add_person (fixture->store, "Margaret", "Okafor", NULL);
  fixture->person = tandem_record_get_id (person);

  /* Line management is overdue; the rest is up to date. */
  add_session (fixture, TANDEM_SUPERVISION_LINE_MANAGEMENT, 40);
  add_session (fixture, TANDEM_SUPERVISION_CLINICAL, 10);
  add_session (fixture, TANDEM_SUPERVISION_COACHING, 5);
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

static TandemSupervisionView *
open_view (Fixture *fixture,
           gint64   me)
{
  TandemSupervisionView *view;

  fixture->window = tandem_ui_open_window (fixture->store);
  if (me != 0)
    tandem_ui_sign_in (tandem_window_get_session (fixture->window), me);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-supervision", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  view = TANDEM_SUPERVISION_VIEW (tandem_window_get_supervision_view (fixture->window));
  g_assert_true (tandem_supervision_view_has_session (view));
  return view;
}

static GtkListBoxRow *
find_worker_row (TandemSupervisionView *view,
                 gint64                 staff_id)
{
  GtkListBox *list = tandem_supervision_view_get_worker_list (view);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "staff-id")) == staff_id)
      return row;

  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static TandemDueState
row_state (GtkListBoxRow *row)
{
  g_assert_nonnull (row);
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "due-state"));
}

static void
fill_parts (Fixture                 *fixture,
            TandemSupervisionEditor *editor)
{
  g_autofree char *json = g_strdup_printf (
    "{\"members\": [{\"staff_id\": %" G_GINT64_FORMAT ", \"coping\": 2, \"workload\": 1, "
    "\"supported\": 4, \"note\": \"Long waits for GP replies\"}],"
    " \"cases\": [{\"person_id\": %" G_GINT64_FORMAT ", \"person_name\": \"Margaret Okafor\", "
    "\"reason\": \"Missed three sessions\", \"escalation\": \"safeguarding-lead\", "
    "\"note\": \"Told the lead the same day\"}],"
    " \"actions\": [{\"description\": \"Book a home visit\", \"owner_id\": %" G_GINT64_FORMAT
    ", \"due\": \"\", \"done\": false}]}",
    fixture->coach, fixture->person, fixture->coach);
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  tandem_session_parts_write (tandem_supervision_editor_get_parts (editor),
                              json_node_get_object (node));
  tandem_editor_window_changed (TANDEM_EDITOR_WINDOW (editor));
}

static void
test_record_session (Fixture       *fixture,
                     gconstpointer  data)
{
  TandemSupervisionView *view = open_view (fixture, fixture->lead);
  TandemWorkerPage *page = tandem_supervision_view_get_worker_page (view);
  TandemSupervisionEditor *editor;
  g_autoptr(TandemSupervisionSession) saved = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *first;
  TandemSupervisionCase *item;

  /* The lead sees themselves and the coach they supervise, who is overdue. */
  g_assert_cmpuint (count_rows (tandem_supervision_view_get_worker_list (view)), ==, 2);
  g_assert_cmpint (row_state (find_worker_row (view, fixture->coach)), ==, TANDEM_DUE_OVERDUE);
  g_assert_null (find_worker_row (view, fixture->other));
  g_assert_cmpstr (tandem_supervision_view_get_state (view), ==, "none");

  tandem_supervision_view_show_worker (view, fixture->coach);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpstr (tandem_supervision_view_get_state (view), ==, "worker");
  g_assert_cmpint (tandem_worker_page_get_worker_id (page), ==, fixture->coach);
  g_assert_cmpuint (count_rows (tandem_worker_page_get_sessions_list (page)), ==, 3);

  /* Ctrl+N in this section records a session for the worker shown. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-person", NULL);
  editor = TANDEM_SUPERVISION_EDITOR (tandem_ui_wait_window (TANDEM_TYPE_SUPERVISION_EDITOR));
  tandem_form_set_text (tandem_editor_window_get_form (TANDEM_EDITOR_WINDOW (editor), "session"),
                        "notes", "Talked through a hard week");
  fill_parts (fixture, editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  g_assert_true (tandem_ui_wait_window_gone (TANDEM_TYPE_SUPERVISION_EDITOR));
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);

  /* Listed first, newest first; the badge is no longer overdue. */
  g_assert_cmpuint (count_rows (tandem_worker_page_get_sessions_list (page)), ==, 4);
  first = gtk_list_box_get_row_at_index (tandem_worker_page_get_sessions_list (page), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Line management");
  g_assert_cmpint (row_state (find_worker_row (view, fixture->coach)), !=, TANDEM_DUE_OVERDUE);

  /* Saved whole. */
  sessions = tandem_store_list_worker_sessions (fixture->store, fixture->coach, &error);
  saved = tandem_store_load_supervision_session (fixture->store,
                                                 tandem_record_get_id (g_ptr_array_index (sessions, 0)),
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_supervision_session_get_notes (saved), ==, "Talked through a hard week");
  g_assert_cmpint (tandem_supervision_session_get_supervisor_id (saved), ==, fixture->lead);
  g_assert_cmpint (tandem_supervision_session_find_member (saved, fixture->coach)->coping, ==, 2);
  g_assert_cmpuint (tandem_supervision_session_get_cases (saved)->len, ==, 1);
  item = g_ptr_array_index (tandem_supervision_session_get_cases (saved), 0);
  g_assert_cmpint (item->escalation, ==, TANDEM_ESCALATION_SAFEGUARDING_LEAD);
  g_assert_cmpuint (tandem_supervision_session_get_actions (saved)->len, ==, 1);

  /* Another coach as the user: only their own record, and none of the coach's notes. */
  tandem_ui_sign_in (tandem_window_get_session (fixture->window),
                     fixture->other);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpuint (count_rows (tandem_supervision_view_get_worker_list (view)), ==, 1);
  g_assert_null (find_worker_row (view, fixture->coach));
  g_assert_cmpint (tandem_worker_page_get_worker_id (page), ==, fixture->other);
  g_assert_cmpuint (count_rows (tandem_worker_page_get_sessions_list (page)), ==, 0);
  g_assert_null (tandem_worker_page_open_session (page, tandem_record_get_id (saved)));
  g_assert_null (tandem_ui_find_window (TANDEM_TYPE_SUPERVISION_EDITOR));
}

static void
test_nobody_chosen (Fixture       *fixture,
                    gconstpointer  data)
{
  TandemSupervisionView *view;
  g_autoptr(GError) error = NULL;

  /* With everyone retired, nobody can sign in: the section has nobody to show. */
  g_assert_true (tandem_store_exec (fixture->store, "UPDATE staff SET retired = 1", &error));
  g_assert_no_error (error);
  view = open_view (fixture, 0);
  g_assert_cmpstr (tandem_supervision_view_get_state (view), ==, "no-staff");
  g_assert_null (tandem_supervision_view_record_session (view));
}

/* The worker page carries the worker's competence and CPD below their sessions, and follows
 * the worker shown; its header exports the portfolio. */
static guint
count_of_type (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_of_type (child, type);

  return n;
}

static void
test_worker_page_parts (Fixture       *fixture,
                        gconstpointer  data)
{
  TandemSupervisionView *view = open_view (fixture, fixture->lead);
  TandemWorkerPage *page = tandem_supervision_view_get_worker_page (view);

  tandem_supervision_view_show_worker (view, fixture->coach);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpuint (count_of_type (GTK_WIDGET (page), TANDEM_TYPE_COMPETENCE_GROUP), ==, 1);
  g_assert_cmpuint (count_of_type (GTK_WIDGET (page), TANDEM_TYPE_CPD_GROUP), ==, 1);
  g_assert_nonnull (tandem_ui_find_button (GTK_WIDGET (page), "Export Portfolio…"));

  /* Another worker: their groups replace the first worker's. */
  tandem_supervision_view_show_worker (view, fixture->lead);
  tandem_ui_wait_frames (GTK_WIDGET (fixture->window), 1);
  g_assert_cmpint (tandem_worker_page_get_worker_id (page), ==, fixture->lead);
  g_assert_cmpuint (count_of_type (GTK_WIDGET (page), TANDEM_TYPE_COMPETENCE_GROUP), ==, 1);
  g_assert_cmpuint (count_of_type (GTK_WIDGET (page), TANDEM_TYPE_CPD_GROUP), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

  g_test_add ("/supervision/record-session", Fixture, NULL, fixture_set_up, test_record_session,
              fixture_tear_down);
  g_test_add ("/supervision/nobody-chosen", Fixture, NULL, fixture_set_up, test_nobody_chosen,
              fixture_tear_down);

  g_test_add ("/supervision/worker-page-parts", Fixture, NULL, fixture_set_up,
              test_worker_page_parts, fixture_tear_down);

  return g_test_run ();
}
