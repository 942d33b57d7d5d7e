/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-team-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-fields.h"
#include "tandem-team-editor.h"

/* Adding or changing a member practice or a member of staff, from Preferences. */
struct _TandemTeamEditor
{
  TandemEditorWindow  parent_instance;

  GObject            *record;   /* TandemPractice or TandemStaff */
  TandemForm         *form;
};

G_DEFINE_FINAL_TYPE (TandemTeamEditor, tandem_team_editor, TANDEM_TYPE_EDITOR_WINDOW)

static gboolean
tandem_team_editor_save (TandemEditorWindow  *editor,
                         GError             **error)
{
  TandemTeamEditor *self = TANDEM_TEAM_EDITOR (editor);
  TandemStore *store = tandem_editor_window_get_store (editor);
  gboolean is_new = tandem_record_get_id (self->record) == 0;
  gboolean saved;

  if (TANDEM_IS_PRACTICE (self->record))
    saved = tandem_store_save_practice (store, TANDEM_PRACTICE (self->record), error);
  else
    saved = tandem_store_save_staff (store, TANDEM_STAFF (self->record), error);

  if (!saved && is_new)
    tandem_record_set_id (self->record, 0);

  return saved;
}

static void
tandem_team_editor_dispose (GObject *object)
{
  TandemTeamEditor *self = (TandemTeamEditor *) object;

  g_clear_object (&self->record);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (tandem_team_editor_parent_class)->dispose (object);
}

static void
tandem_team_editor_class_init (TandemTeamEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_team_editor_dispose;
  editor_class->save = tandem_team_editor_save;
}

static void
tandem_team_editor_init (TandemTeamEditor *self)
{
}

static TandemTeamEditor *
team_editor_new (GtkWindow   *parent,
                 TandemStore *store,
                 const char  *kind,
                 gpointer     record,
                 gboolean     is_new,
                 const char  *title,
                 TandemForm  *form)
{
  g_autofree char *draft_kind = is_new ? g_strdup_printf ("new-%s", kind) : g_strdup (kind);
  TandemTeamEditor *self;

  self = g_object_new (TANDEM_TYPE_TEAM_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "draft-kind", draft_kind,
                       "draft-id", tandem_record_get_id (record),
                       "is-new", is_new,
                       "title", title,
                       "default-height", 420,
                       NULL);

  self->record = record;
  self->form = form;
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), kind, form, record);
  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  return self;
}

/**
 * tandem_team_editor_new_practice:
 * @practice: (nullable): the practice to edit, or %NULL to add one
 */
TandemTeamEditor *
tandem_team_editor_new_practice (GtkWindow      *parent,
                                 TandemStore    *store,
                                 TandemPractice *practice)
{
  return team_editor_new (parent, store, "practice",
                          practice ? tandem_record_copy (practice) : tandem_practice_new (),
                          practice == NULL,
                          practice ? _("Edit Practice") : _("New Practice"),
                          tandem_fields_new_practice_form ());
}

/**
 * tandem_team_editor_new_staff:
 * @staff: (nullable): the member of staff to edit, or %NULL to add one
 */
TandemTeamEditor *
tandem_team_editor_new_staff (GtkWindow   *parent,
                              TandemStore *store,
                              TandemStaff *staff)
{
  return team_editor_new (parent, store, "staff",
                          staff ? tandem_record_copy (staff) : tandem_staff_new (),
                          staff == NULL,
                          staff ? _("Edit Member of Staff") : _("New Member of Staff"),
                          tandem_fields_new_staff_form ());
}
