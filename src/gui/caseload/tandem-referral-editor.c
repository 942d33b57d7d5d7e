/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-referral-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-fields.h"
#include "tandem-referral-editor.h"

/* Adding another referral episode to a person, or correcting one. When editing, the status
 * and its dates can be set by hand (to record an acceptance on the day it happened), so the
 * dates a status needs are checked: the GP record's code is dated by them. */
struct _TandemReferralEditor
{
  TandemEditorWindow  parent_instance;

  TandemReferral     *referral;
  TandemForm         *form;
};

G_DEFINE_FINAL_TYPE (TandemReferralEditor, tandem_referral_editor, TANDEM_TYPE_EDITOR_WINDOW)

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static void
tandem_referral_editor_check (TandemEditorWindow *editor,
                              GHashTable         *errors)
{
  TandemReferralEditor *self = TANDEM_REFERRAL_EDITOR (editor);
  TandemReferralStatus status = tandem_referral_get_status (self->referral);

  if ((status == TANDEM_REFERRAL_ACTIVE || status == TANDEM_REFERRAL_CLOSED) &&
      is_blank (tandem_referral_get_accepted_on (self->referral)))
    g_hash_table_insert (errors, g_strdup ("accepted-on"),
                         g_strdup (_("Enter the date the person accepted: the GP record’s code "
                                     "is dated by it")));

  if (!tandem_referral_status_is_open (status) &&
      is_blank (tandem_referral_get_ended_on (self->referral)))
    g_hash_table_insert (errors, g_strdup ("ended-on"),
                         g_strdup (_("Enter the date the episode ended")));

  if (tandem_referral_status_is_open (status) &&
      !is_blank (tandem_referral_get_ended_on (self->referral)))
    g_hash_table_insert (errors, g_strdup ("ended-on"),
                         g_strdup (_("An open episode has no end date: clear it, or change the "
                                     "status")));
}

static gboolean
tandem_referral_editor_save (TandemEditorWindow  *editor,
                             GError             **error)
{
  TandemReferralEditor *self = TANDEM_REFERRAL_EDITOR (editor);
  gboolean is_new = tandem_record_get_id (self->referral) == 0;

  if (tandem_store_save_referral (tandem_editor_window_get_store (editor), self->referral, error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (self->referral, 0);
  return FALSE;
}

static void
tandem_referral_editor_dispose (GObject *object)
{
  TandemReferralEditor *self = (TandemReferralEditor *) object;

  g_clear_object (&self->referral);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (tandem_referral_editor_parent_class)->dispose (object);
}

static void
tandem_referral_editor_class_init (TandemReferralEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_referral_editor_dispose;
  editor_class->check = tandem_referral_editor_check;
  editor_class->save = tandem_referral_editor_save;
}

static void
tandem_referral_editor_init (TandemReferralEditor *self)
{
}

/**
 * tandem_referral_editor_new:
 * @person_id: the person the referral is for
 * @referral: (nullable): the referral to edit, or %NULL to add one
 * @current_staff: (nullable): the member of staff using Tandem
 */
TandemReferralEditor *
tandem_referral_editor_new (GtkWindow      *parent,
                            TandemStore    *store,
                            TandemTeam     *team,
                            gint64          person_id,
                            TandemReferral *referral,
                            TandemStaff    *current_staff)
{
  TandemReferralEditor *self;
  gboolean is_new = referral == NULL;

  self = g_object_new (TANDEM_TYPE_REFERRAL_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "team", team,
                       "draft-kind", is_new ? "new-referral" : "referral",
                       "draft-id", is_new ? person_id : tandem_record_get_id (referral),
                       "is-new", is_new,
                       "title", is_new ? _("New Referral") : _("Edit Referral"),
                       NULL);

  if (is_new)
    {
      g_autofree char *today = tandem_date_today_iso ();

      self->referral = tandem_referral_new ();
      tandem_referral_set_person_id (self->referral, person_id);
      tandem_referral_set_received_on (self->referral, today);
      if (current_staff != NULL)
        {
          tandem_referral_set_for_role (self->referral, tandem_staff_get_role (current_staff));
          tandem_referral_set_assigned_staff_id (self->referral,
                                                 tandem_record_get_id (current_staff));
        }
    }
  else
    self->referral = tandem_record_copy (referral);

  self->form = tandem_fields_new_referral_form (team, !is_new);
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "referral", self->form,
                                 self->referral);
  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  return self;
}
