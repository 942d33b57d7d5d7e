/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-contact-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-contact-editor.h"
#include "tandem-date.h"
#include "tandem-fields.h"

/* Recording a contact with a person: today, by the user, within their current episode unless
 * the user says otherwise. */
struct _TandemContactEditor
{
  TandemEditorWindow  parent_instance;

  TandemContact      *contact;
  TandemForm         *form;
};

G_DEFINE_FINAL_TYPE (TandemContactEditor, tandem_contact_editor, TANDEM_TYPE_EDITOR_WINDOW)

static gboolean
tandem_contact_editor_save (TandemEditorWindow  *editor,
                            GError             **error)
{
  TandemContactEditor *self = TANDEM_CONTACT_EDITOR (editor);
  gboolean is_new = tandem_record_get_id (self->contact) == 0;

  if (tandem_store_save_contact (tandem_editor_window_get_store (editor), self->contact, error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (self->contact, 0);
  return FALSE;
}

static void
tandem_contact_editor_dispose (GObject *object)
{
  TandemContactEditor *self = (TandemContactEditor *) object;

  g_clear_object (&self->contact);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (tandem_contact_editor_parent_class)->dispose (object);
}

static void
tandem_contact_editor_class_init (TandemContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_contact_editor_dispose;
  editor_class->save = tandem_contact_editor_save;
}

static void
tandem_contact_editor_init (TandemContactEditor *self)
{
}

/**
 * tandem_contact_editor_new:
 * @person_id: the person contacted
 * @referral_id: the episode a new contact belongs to, or 0
 * @contact: (nullable): the contact to edit, or %NULL to add one
 * @current_staff: (nullable): the member of staff using Tandem
 */
TandemContactEditor *
tandem_contact_editor_new (GtkWindow     *parent,
                           TandemStore   *store,
                           TandemTeam    *team,
                           gint64         person_id,
                           gint64         referral_id,
                           TandemContact *contact,
                           TandemStaff   *current_staff)
{
  TandemContactEditor *self;
  gboolean is_new = contact == NULL;

  self = g_object_new (TANDEM_TYPE_CONTACT_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "team", team,
                       "draft-kind", is_new ? "new-contact" : "contact",
                       "draft-id", is_new ? person_id : tandem_record_get_id (contact),
                       "is-new", is_new,
                       "title", is_new ? _("New Contact") : _("Edit Contact"),
                       "default-height", 620,
                       NULL);

  if (is_new)
    {
      g_autofree char *today = tandem_date_today_iso ();

      self->contact = tandem_contact_new ();
      tandem_contact_set_person_id (self->contact, person_id);
      tandem_contact_set_referral_id (self->contact, referral_id);
      tandem_contact_set_contact_date (self->contact, today);
      tandem_contact_set_mode (self->contact, TANDEM_CONTACT_PHONE);
      tandem_contact_set_duration_minutes (self->contact, 30);
      if (current_staff != NULL)
        tandem_contact_set_staff_id (self->contact, tandem_record_get_id (current_staff));
    }
  else
    self->contact = tandem_record_copy (contact);

  self->form = tandem_fields_new_contact_form (team);
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "contact", self->form,
                                 self->contact);
  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  return self;
}
