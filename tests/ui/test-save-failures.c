/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-editor-window.h"
#include "tandem-person-editor.h"
#include "tandem-team.h"
#include "tandem-test-util.h"
#include "tandem-ui-util.h"

/* A save that fails, here because another program holds the database's write lock, as a
 * full disk or a read-only file would: the editor stays open with what was typed, says
 * why, and only closes on purpose. */

#define TYPED_NAME "Okonkwo-Ashdown"

typedef struct
{
  TandemTestDir  *dir;
  TandemStoreKey *key;
  TandemStore    *store;
  TandemStore    *other;    /* another program's connection to the same database */
  TandemPerson   *person;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = tandem_test_dir_new ();
  path = tandem_test_dir_file (fixture->dir, "tandem.db");
  fixture->key = tandem_store_key_new_random ();
  fixture->store = tandem_store_open (path, fixture->key, &error);
  g_assert_no_error (error);
  fixture->other = tandem_store_open (path, fixture->key, &error);
  g_assert_no_error (error);
  fixture->person = tandem_test_add_person (fixture->store, "Ruth", "Okonkwo", NULL);
  /* Tandem waits five seconds for the lock; the test needs not. */
  tandem_store_set_busy_timeout (fixture->store, 50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->other);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->key, tandem_store_key_unref);
  g_clear_pointer (&fixture->dir, tandem_test_dir_free);
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
    if (holds_text (child, text))
      return TRUE;

  return FALSE;
}

/* How many labels under @root, shown, say something containing @words. */
static guint
count_labels (GtkWidget  *root,
              const char *words)
{
  guint n = 0;

  if (!gtk_widget_get_visible (root))
    return 0;

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), words) != NULL)
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, words);

  return n;
}

static TandemEditorWindow *
open_editor (Fixture *fixture)
{
  g_autoptr(TandemTeam) team = tandem_team_new (fixture->store);
  TandemPersonEditor *editor = tandem_person_editor_new (NULL, fixture->store, team,
                                                         fixture->person, NULL);

  gtk_window_present (GTK_WINDOW (editor));
  tandem_ui_wait_frames (GTK_WIDGET (editor), 1);
  return TANDEM_EDITOR_WINDOW (editor);
}

static gboolean
editor_gone (gpointer data)
{
  TandemEditorWindow **editor = data;

  return *editor == NULL;
}

/* Whether the editor @editor points to (a weak pointer) closed and went. */
static gboolean
wait_closed (TandemEditorWindow **editor)
{
  return tandem_ui_wait_until (editor_gone, editor, 2000);
}

static void
hold_write_lock (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_begin (fixture->other, &error));
  g_assert_no_error (error);
}

static char *
stored_family_name (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) person =
    tandem_store_load_person (fixture->store, tandem_record_get_id (fixture->person), &error);

  g_assert_no_error (error);
  return g_strdup (tandem_person_get_family_name (person));
}

/* Done, while nothing can be written: the editor stays, with the typing and the reason; once
 * the database is free again, Done saves it. */
static void
test_done_keeps_typing (Fixture       *fixture,
                        gconstpointer  data)
{
  TandemEditorWindow *editor = open_editor (fixture);
  g_autofree char *stored = NULL;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  hold_write_lock (fixture);
  tandem_form_set_text (tandem_editor_window_get_form (editor, "person"), "family-name",
                        TYPED_NAME);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (editor), 2);

  g_assert_nonnull (editor);
  g_assert_true (holds_text (GTK_WIDGET (editor), TYPED_NAME));
  g_assert_cmpuint (count_labels (GTK_WIDGET (editor), "The database is busy"), ==, 1);

  /* Trying again while it is still busy says so once, not once more per try. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  tandem_ui_wait_frames (GTK_WIDGET (editor), 2);
  g_assert_cmpuint (count_labels (GTK_WIDGET (editor), "The database is busy"), ==, 1);

  tandem_store_rollback (fixture->other);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.done", NULL);
  g_assert_true (wait_closed (&editor));

  stored = stored_family_name (fixture);
  g_assert_cmpstr (stored, ==, TYPED_NAME);
}

/* Closing an editor whose changes could neither be saved nor kept as a draft asks first,
 * and keeping on editing keeps them. */
static void
test_close_asks_first (Fixture       *fixture,
                       gconstpointer  data)
{
  TandemEditorWindow *editor = open_editor (fixture);
  AdwMessageDialog *dialog;
  g_autofree char *stored = NULL;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  hold_write_lock (fixture);
  tandem_form_set_text (tandem_editor_window_get_form (editor, "person"), "family-name",
                        TYPED_NAME);
  gtk_window_close (GTK_WINDOW (editor));
  tandem_ui_iterate (100);

  g_assert_nonnull (editor);
  g_assert_true (holds_text (GTK_WIDGET (editor), TYPED_NAME));
  dialog = ADW_MESSAGE_DIALOG (tandem_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Unsaved Changes?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");

  adw_message_dialog_response (dialog, "keep");
  tandem_ui_iterate (50);
  g_assert_nonnull (editor);
  g_assert_true (holds_text (GTK_WIDGET (editor), TYPED_NAME));

  /* Free again: closing saves what was typed, as it does for any edit. */
  tandem_store_rollback (fixture->other);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (wait_closed (&editor));

  stored = stored_family_name (fixture);
  g_assert_cmpstr (stored, ==, TYPED_NAME);
}

/* Discarding on purpose closes the editor and leaves the record as it was. */
static void
test_discard_on_purpose (Fixture       *fixture,
                         gconstpointer  data)
{
  TandemEditorWindow *editor = open_editor (fixture);
  AdwMessageDialog *dialog;
  g_autofree char *stored = NULL;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  hold_write_lock (fixture);
  tandem_form_set_text (tandem_editor_window_get_form (editor, "person"), "family-name",
                        TYPED_NAME);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  tandem_ui_iterate (100);
  g_assert_nonnull (editor);

  dialog = ADW_MESSAGE_DIALOG (tandem_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  tandem_store_rollback (fixture->other);
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (wait_closed (&editor));

  stored = stored_family_name (fixture);
  g_assert_cmpstr (stored, ==, "Okonkwo");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  tandem_ui_init ();

#define ADD(path, func) \
  g_test_add ("/save-failures/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("done-keeps-typing", test_done_keeps_typing);
  ADD ("close-asks-first", test_close_asks_first);
  ADD ("discard-on-purpose", test_discard_on_purpose);

  return g_test_run ();
}
