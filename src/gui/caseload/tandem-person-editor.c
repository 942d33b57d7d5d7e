/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-person-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-fields.h"
#include "tandem-gui-util.h"
#include "tandem-nhs-number.h"
#include "tandem-person-editor.h"
#include "tandem-record-input.h"

/* Adding a person, usually because a referral arrived: so a new person comes with the
 * referral's details in the same dialog, switched on by default. Editing a person changes
 * only their record.
 *
 * People are deduplicated on NHS number: when the number typed belongs to someone already
 * on Tandem, the dialog says who and offers their record instead of a second one. */
struct _TandemPersonEditor
{
  TandemEditorWindow  parent_instance;

  TandemPerson       *person;
  TandemReferral     *referral;      /* NULL when editing */
  TandemForm         *person_form;
  TandemForm         *referral_form;
  GtkWidget          *referral_switch;
  TandemPerson       *existing;      /* someone else with the NHS number typed */
};

G_DEFINE_FINAL_TYPE (TandemPersonEditor, tandem_person_editor, TANDEM_TYPE_EDITOR_WINDOW)

enum {
  SIGNAL_OPEN_PERSON,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
open_existing_cb (TandemPersonEditor *self)
{
  gint64 id = tandem_record_get_id (self->existing);

  g_signal_emit (self, signals[SIGNAL_OPEN_PERSON], 0, id);
  tandem_editor_window_finish (TANDEM_EDITOR_WINDOW (self));
}

/* The referral typed here belongs to the person already on Tandem. */
static void
add_referral_to_existing_cb (TandemPersonEditor *self)
{
  TandemStore *store = tandem_editor_window_get_store (TANDEM_EDITOR_WINDOW (self));
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonObject) input = tandem_form_read (self->referral_form);
  g_autoptr(GError) error = NULL;
  GDate today;

  tandem_date_set_today (&today);
  if (!tandem_record_apply_input (self->referral, input, &today, errors))
    {
      tandem_form_show_errors (self->referral_form, errors);
      tandem_form_focus_first_error (self->referral_form);
      return;
    }

  tandem_referral_set_person_id (self->referral, tandem_record_get_id (self->existing));
  if (!tandem_store_save_referral (store, self->referral, &error))
    {
      tandem_record_set_id (self->referral, 0);
      tandem_editor_window_add_toast (TANDEM_EDITOR_WINDOW (self), tandem_toast_new (error->message));
      return;
    }

  open_existing_cb (self);
}

static void
show_existing (TandemPersonEditor *self,
               TandemPerson       *existing)
{
  TandemEditorWindow *editor = TANDEM_EDITOR_WINDOW (self);
  g_autofree char *name = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *text = NULL;

  if (existing == NULL)
    {
      if (self->existing != NULL)
        tandem_editor_window_hide_banner (editor);
      g_clear_object (&self->existing);
      return;
    }

  if (self->existing != NULL &&
      tandem_record_get_id (self->existing) == tandem_record_get_id (existing))
    return;

  g_set_object (&self->existing, existing);
  name = tandem_person_dup_full_name (existing);
  birth = tandem_date_format (tandem_person_get_date_of_birth (existing));

  if (birth[0] != '\0')
    /* Translators: the first %s is a person's name, the second their date of birth */
    text = g_strdup_printf (_("%s, born %s, is already on Tandem with this NHS number."), name, birth);
  else
    text = g_strdup_printf (_("%s is already on Tandem with this NHS number."), name);

  tandem_editor_window_show_banner (editor, "avatar-default-symbolic", text);
  tandem_editor_window_add_banner_button (editor, _("_Open Their Record"),
                                          G_CALLBACK (open_existing_cb), self);
  if (self->referral != NULL && gtk_switch_get_active (GTK_SWITCH (self->referral_switch)))
    tandem_editor_window_add_banner_button (editor, _("Add the _Referral to Their Record"),
                                            G_CALLBACK (add_referral_to_existing_cb), self);
}

static void
tandem_person_editor_check (TandemEditorWindow *editor,
                            GHashTable         *errors)
{
  TandemPersonEditor *self = TANDEM_PERSON_EDITOR (editor);
  TandemStore *store = tandem_editor_window_get_store (editor);
  g_autoptr(JsonObject) input = tandem_form_read (self->person_form);
  g_autofree char *digits = NULL;
  g_autoptr(TandemPerson) existing = NULL;

  digits = tandem_nhs_number_normalize (json_object_get_string_member (input, "nhs-number"), NULL);
  if (digits != NULL)
    existing = tandem_store_find_person_by_nhs_number (store, digits, NULL);

  if (existing != NULL && tandem_record_get_id (existing) == tandem_record_get_id (self->person))
    g_clear_object (&existing);

  show_existing (self, existing);

  if (existing != NULL)
    {
      g_autofree char *name = tandem_person_dup_full_name (existing);
      g_autofree char *message = g_strdup_printf (_("This NHS number belongs to %s"), name);

      g_hash_table_insert (errors, g_strdup ("nhs-number"), g_steal_pointer (&message));
    }
}

static gboolean
tandem_person_editor_save (TandemEditorWindow  *editor,
                           GError             **error)
{
  TandemPersonEditor *self = TANDEM_PERSON_EDITOR (editor);
  TandemStore *store = tandem_editor_window_get_store (editor);
  gboolean with_referral = self->referral != NULL &&
                           gtk_switch_get_active (GTK_SWITCH (self->referral_switch));
  gboolean is_new = tandem_record_get_id (self->person) == 0;

  /* The person and their referral arrive together or not at all. */
  if (!tandem_store_begin (store, error))
    return FALSE;

  if (!tandem_store_save_person (store, self->person, error))
    goto failed;

  if (with_referral)
    {
      tandem_referral_set_person_id (self->referral, tandem_record_get_id (self->person));
      if (!tandem_store_save_referral (store, self->referral, error))
        goto failed;
    }

  return tandem_store_commit (store, error);

failed:
  tandem_store_rollback (store);
  if (is_new)
    tandem_record_set_id (self->person, 0);
  if (self->referral != NULL)
    tandem_record_set_id (self->referral, 0);
  return FALSE;
}

static void
referral_switch_cb (TandemPersonEditor *self)
{
  g_autoptr(TandemPerson) existing = self->existing ? g_object_ref (self->existing) : NULL;

  tandem_editor_window_set_form_enabled (TANDEM_EDITOR_WINDOW (self), "referral",
                                         gtk_switch_get_active (GTK_SWITCH (self->referral_switch)));

  /* The banner offers to add the referral only while there is one to add. */
  if (existing != NULL)
    {
      show_existing (self, NULL);
      show_existing (self, existing);
    }
}

static void
tandem_person_editor_dispose (GObject *object)
{
  TandemPersonEditor *self = (TandemPersonEditor *) object;

  g_clear_object (&self->person);
  g_clear_object (&self->referral);
  g_clear_object (&self->person_form);
  g_clear_object (&self->referral_form);
  g_clear_object (&self->existing);

  G_OBJECT_CLASS (tandem_person_editor_parent_class)->dispose (object);
}

static void
tandem_person_editor_class_init (TandemPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_person_editor_dispose;
  editor_class->check = tandem_person_editor_check;
  editor_class->save = tandem_person_editor_save;

  /**
   * TandemPersonEditor::open-person:
   * @person_id: the person already on Tandem the user chose instead
   */
  signals[SIGNAL_OPEN_PERSON] =
    g_signal_new ("open-person",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
tandem_person_editor_init (TandemPersonEditor *self)
{
}

/* A new referral is for the user's own role and, when they are on the team, for them. */
static void
add_referral_form (TandemPersonEditor *self,
                   TandemTeam         *team,
                   TandemStaff        *current_staff)
{
  GtkWidget *group;
  g_autofree char *today = tandem_date_today_iso ();

  self->referral = tandem_referral_new ();
  tandem_referral_set_received_on (self->referral, today);
  if (current_staff != NULL)
    {
      tandem_referral_set_for_role (self->referral, tandem_staff_get_role (current_staff));
      tandem_referral_set_assigned_staff_id (self->referral, tandem_record_get_id (current_staff));
    }

  self->referral_form = tandem_fields_new_referral_form (team, FALSE);
  self->referral_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->referral_switch), TRUE);
  gtk_widget_set_valign (self->referral_switch, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->referral_switch, _("Add a referral with this person"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->referral_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add a referral with this person"), -1);

  group = tandem_form_get_group (self->referral_form, 0);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Switch this off to add the person without a referral."));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->referral_switch);

  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "referral", self->referral_form,
                                 self->referral);
  g_signal_connect_object (self->referral_switch, "notify::active",
                           G_CALLBACK (referral_switch_cb), self, G_CONNECT_SWAPPED);
}

/**
 * tandem_person_editor_new:
 * @person: (nullable): the person to edit, or %NULL to add one
 * @current_staff: (nullable): the member of staff using Tandem
 */
TandemPersonEditor *
tandem_person_editor_new (GtkWindow    *parent,
                          TandemStore  *store,
                          TandemTeam   *team,
                          TandemPerson *person,
                          TandemStaff  *current_staff)
{
  TandemPersonEditor *self;
  gboolean is_new = person == NULL;

  self = g_object_new (TANDEM_TYPE_PERSON_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "team", team,
                       "draft-kind", is_new ? "new-person" : "person",
                       "draft-id", is_new ? (gint64) 0 : tandem_record_get_id (person),
                       "is-new", is_new,
                       "title", is_new ? _("New Person") : _("Edit Person"),
                       NULL);

  self->person = is_new ? tandem_person_new () : tandem_record_copy (person);
  if (is_new)
    tandem_person_set_language (self->person, "en");

  self->person_form = tandem_fields_new_person_form (team);
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "person", self->person_form,
                                 self->person);

  if (is_new)
    add_referral_form (self, team, current_staff);

  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  /* A restored draft may have had the referral switched off. */
  if (is_new)
    gtk_switch_set_active (GTK_SWITCH (self->referral_switch),
                           tandem_editor_window_get_form_enabled (TANDEM_EDITOR_WINDOW (self),
                                                                  "referral"));
  return self;
}

/**
 * tandem_person_editor_get_person:
 *
 * Returns: (transfer none): the person as saved, with their id once added
 */
TandemPerson *
tandem_person_editor_get_person (TandemPersonEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON_EDITOR (self), NULL);

  return self->person;
}
