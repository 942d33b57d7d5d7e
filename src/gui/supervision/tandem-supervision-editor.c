/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-supervision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-supervision-editor.h"

/* Recording a supervision session, or reading and correcting one. A new session is line
 * management, today, led by the user, for the worker whose page it was opened from. The
 * session's own fields are a form; its members with their wellbeing checks, the cases
 * discussed and the actions agreed are TandemSessionParts, kept in the draft through the
 * editor's widget hooks like the form. */
struct _TandemSupervisionEditor
{
  TandemEditorWindow        parent_instance;

  TandemSupervisionSession *session;
  TandemForm               *form;
  TandemSessionParts       *parts;
};

G_DEFINE_FINAL_TYPE (TandemSupervisionEditor, tandem_supervision_editor, TANDEM_TYPE_EDITOR_WINDOW)

static const char * const groups[] = {
  "",
  N_("Notes"),
  NULL
};

static const TandemFieldSpec fields[] = {
  { "kind", N_("Kind"), TANDEM_FIELD_CHOICE, 0 },
  { "held-on", N_("Held on (day/month/year)"), TANDEM_FIELD_DATE, 0 },
  { "supervisor-id", N_("Supervisor"), TANDEM_FIELD_STAFF, 0 },
  { "duration-minutes", N_("Minutes"), TANDEM_FIELD_MINUTES, 0 },
  { "notes", N_("What was talked about"), TANDEM_FIELD_LONG_TEXT, 1 },
};

static void
parts_changed_cb (TandemSupervisionEditor *self)
{
  tandem_editor_window_changed (TANDEM_EDITOR_WINDOW (self));
}

/* Which field a whole-session problem belongs to, so the message shows beside it. */
static const char *
problem_field (TandemSupervisionSession *session)
{
  GDate held;
  GDate today;
  gint64 supervisor = tandem_supervision_session_get_supervisor_id (session);

  tandem_date_set_today (&today);
  if (!tandem_date_from_iso (tandem_supervision_session_get_held_on (session), &held) ||
      g_date_compare (&held, &today) > 0)
    return "held-on";

  if (tandem_supervision_session_get_duration_minutes (session) > TANDEM_SUPERVISION_MAX_MINUTES)
    return "duration-minutes";

  if ((supervisor == 0 && tandem_supervision_session_get_kind (session) != TANDEM_SUPERVISION_PEER) ||
      (supervisor != 0 && tandem_supervision_session_has_member (session, supervisor)))
    return "supervisor-id";

  return "parts";
}

static void
tandem_supervision_editor_check (TandemEditorWindow *editor,
                                 GHashTable         *errors)
{
  TandemSupervisionEditor *self = TANDEM_SUPERVISION_EDITOR (editor);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  if (!tandem_session_parts_apply (self->parts, self->session, &message))
    {
      g_hash_table_insert (errors, g_strdup ("parts"), g_steal_pointer (&message));
      return;
    }

  tandem_date_set_today (&today);
  if (!tandem_supervision_session_check (self->session, &today, &error))
    g_hash_table_insert (errors, g_strdup (problem_field (self->session)),
                         g_strdup (error->message));
}

static gboolean
tandem_supervision_editor_save (TandemEditorWindow  *editor,
                                GError             **error)
{
  TandemSupervisionEditor *self = TANDEM_SUPERVISION_EDITOR (editor);

  if (!tandem_store_save_supervision_session (tandem_editor_window_get_store (editor),
                                              self->session, error))
    return FALSE;

  tandem_session_parts_sync_ids (self->parts, self->session);
  return TRUE;
}

static JsonObject *
tandem_supervision_editor_read_widgets (TandemEditorWindow *editor)
{
  return tandem_session_parts_read (TANDEM_SUPERVISION_EDITOR (editor)->parts);
}

static void
tandem_supervision_editor_write_widgets (TandemEditorWindow *editor,
                                         JsonObject         *input)
{
  tandem_session_parts_write (TANDEM_SUPERVISION_EDITOR (editor)->parts, input);
}

static void
tandem_supervision_editor_show_widget_errors (TandemEditorWindow *editor,
                                              GHashTable         *errors)
{
  tandem_session_parts_show_message (TANDEM_SUPERVISION_EDITOR (editor)->parts,
                                     g_hash_table_lookup (errors, "parts"));
}

static void
tandem_supervision_editor_dispose (GObject *object)
{
  TandemSupervisionEditor *self = (TandemSupervisionEditor *) object;

  g_clear_object (&self->session);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (tandem_supervision_editor_parent_class)->dispose (object);
}

static void
tandem_supervision_editor_class_init (TandemSupervisionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_supervision_editor_dispose;
  editor_class->check = tandem_supervision_editor_check;
  editor_class->save = tandem_supervision_editor_save;
  editor_class->read_widgets = tandem_supervision_editor_read_widgets;
  editor_class->write_widgets = tandem_supervision_editor_write_widgets;
  editor_class->show_widget_errors = tandem_supervision_editor_show_widget_errors;
}

static void
tandem_supervision_editor_init (TandemSupervisionEditor *self)
{
}

static TandemSupervisionSession *
new_session (gint64       worker_id,
             TandemStaff *current_staff)
{
  TandemSupervisionSession *session = tandem_supervision_session_new ();
  g_autofree char *today = tandem_date_today_iso ();

  tandem_supervision_session_set_held_on (session, today);
  if (current_staff != NULL && tandem_record_get_id (current_staff) != worker_id)
    tandem_supervision_session_set_supervisor_id (session, tandem_record_get_id (current_staff));
  g_ptr_array_add (tandem_supervision_session_get_members (session),
                   tandem_supervision_member_new (worker_id));

  return session;
}

/**
 * tandem_supervision_editor_new:
 * @worker_id: the member of staff supervised, for a new session
 * @session: (nullable): the session to read or correct, loaded whole, or %NULL to record one
 * @current_staff: (nullable): the member of staff using Tandem, the supervisor by default
 */
TandemSupervisionEditor *
tandem_supervision_editor_new (GtkWindow                *parent,
                               TandemStore              *store,
                               TandemTeam               *team,
                               gint64                    worker_id,
                               TandemSupervisionSession *session,
                               TandemStaff              *current_staff)
{
  TandemSupervisionEditor *self;
  gboolean is_new = session == NULL;

  self = g_object_new (TANDEM_TYPE_SUPERVISION_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "team", team,
                       "draft-kind", is_new ? "new-supervision" : "supervision",
                       "draft-id", is_new ? worker_id : tandem_record_get_id (session),
                       "is-new", is_new,
                       "title", is_new ? _("Record Session") : _("Supervision Session"),
                       "default-height", 720,
                       NULL);

  self->session = is_new ? new_session (worker_id, current_staff)
                         : tandem_supervision_session_dup (session);

  self->form = tandem_form_new (TANDEM_TYPE_SUPERVISION_SESSION, fields, G_N_ELEMENTS (fields),
                                groups, team);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (tandem_form_get_group (self->form, 1)),
                                         _("Confidential: only those supervised, whoever led the "
                                           "session and their supervisors can read them."));
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "session", self->form,
                                 self->session);

  self->parts = TANDEM_SESSION_PARTS (tandem_session_parts_new (store, team));
  tandem_session_parts_set_session (self->parts, self->session);
  tandem_editor_window_add_widget (TANDEM_EDITOR_WINDOW (self), GTK_WIDGET (self->parts));
  g_signal_connect_object (self->parts, "changed", G_CALLBACK (parts_changed_cb), self,
                           G_CONNECT_SWAPPED);

  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  return self;
}

/**
 * tandem_supervision_editor_get_parts:
 *
 * Returns: (transfer none): the members, cases and actions
 */
TandemSessionParts *
tandem_supervision_editor_get_parts (TandemSupervisionEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_EDITOR (self), NULL);

  return self->parts;
}

/**
 * tandem_supervision_editor_get_session:
 *
 * Returns: (transfer none): the session as edited
 */
TandemSupervisionSession *
tandem_supervision_editor_get_session (TandemSupervisionEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_EDITOR (self), NULL);

  return self->session;
}
