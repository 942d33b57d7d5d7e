/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-signpost-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset-chooser.h"
#include "tandem-date.h"
#include "tandem-signpost-dialog.h"

/* Signposting or referring a person to an asset from the directory: which asset, how the
 * person was connected to it, why, and when to ask how it went.
 *
 * The asset is picked with a search (a widget of the dialog's own, kept in the draft by its
 * id); everything else is a form. An asset whose suitability check is red may still be used,
 * but only knowingly: the dialog then shows a warning and an override form whose reason is
 * required and recorded with the signpost. The store refuses a red asset without it too, so
 * no other way in can skip the question. */
struct _TandemSignpostDialog
{
  TandemEditorWindow  parent_instance;

  TandemSignpost     *signpost;
  TandemForm         *form;
  TandemForm         *override_form;
  GtkWidget          *chooser;
};

G_DEFINE_FINAL_TYPE (TandemSignpostDialog, tandem_signpost_dialog, TANDEM_TYPE_EDITOR_WINDOW)

/* Four weeks: long enough to have gone a few times, soon enough to help if they did not. */
#define FOLLOW_UP_DAYS 28

static const char * const group_titles[] = { "", N_("Follow-up"), NULL };

static const TandemFieldSpec fields[] = {
  { "kind", N_("Signposting or referral"), TANDEM_FIELD_CHOICE, 0 },
  { "handover", N_("How"), TANDEM_FIELD_CHOICE, 0 },
  { "made-on", N_("Date"), TANDEM_FIELD_DATE, 0 },
  { "reason", N_("Reason"), TANDEM_FIELD_LONG_TEXT, 0 },
  { "follow-up-on", N_("Ask how it went on"), TANDEM_FIELD_DATE, 1 },
  { "staff-id", N_("By"), TANDEM_FIELD_STAFF, 1 },
};

static const char * const override_group_titles[] = { N_("Suitability Check Is Red"), NULL };

static const TandemFieldSpec override_fields[] = {
  { "red-override", N_("Use this asset anyway"), TANDEM_FIELD_SWITCH, 0 },
  { "override-reason", N_("Why it is right for this person"), TANDEM_FIELD_LONG_TEXT, 0,
    "red-override" },
};

static TandemAssetChooser *
get_chooser (TandemSignpostDialog *self)
{
  return TANDEM_ASSET_CHOOSER (self->chooser);
}

static gboolean
asset_is_red (TandemAsset *asset)
{
  return asset != NULL && tandem_asset_get_suitability (asset) == TANDEM_SUITABILITY_RED;
}

/* The override only applies to a red asset: shown, checked and saved only then. The warning
 * goes in the banner when the user picks a red asset; @hide_banner also takes away a
 * warning about the asset picked before. */
static void
update_override (TandemSignpostDialog *self,
                 gboolean              hide_banner)
{
  TandemEditorWindow *editor = TANDEM_EDITOR_WINDOW (self);
  TandemAsset *asset = tandem_asset_chooser_get_asset (get_chooser (self));
  gboolean red = asset_is_red (asset);

  tandem_editor_window_set_form_enabled (editor, "override", red);
  gtk_widget_set_visible (tandem_form_get_group (self->override_form, 0), red);

  if (red)
    {
      g_autofree char *text = NULL;
      const char *note = tandem_asset_get_suitability_note (asset);

      if (note[0] != '\0')
        /* Translators: %s is the note of the check that found the asset unsuitable */
        text = g_strdup_printf (_("This asset’s suitability check is red: %s. Use it only if "
                                  "you are sure it is right for this person, and say why."),
                                note);
      else
        text = g_strdup (_("This asset’s suitability check is red. Use it only if you are sure "
                           "it is right for this person, and say why."));
      tandem_editor_window_show_banner (editor, "dialog-warning-symbolic", text);
    }
  else if (hide_banner)
    tandem_editor_window_hide_banner (editor);
}

static void
chooser_asset_cb (TandemSignpostDialog *self)
{
  update_override (self, TRUE);
  tandem_editor_window_changed (TANDEM_EDITOR_WINDOW (self));
}

static void
tandem_signpost_dialog_check (TandemEditorWindow *editor,
                              GHashTable         *errors)
{
  TandemSignpostDialog *self = TANDEM_SIGNPOST_DIALOG (editor);
  TandemAsset *asset = tandem_asset_chooser_get_asset (get_chooser (self));
  g_autoptr(GError) error = NULL;

  if (asset == NULL)
    {
      g_hash_table_insert (errors, g_strdup ("asset-id"),
                           g_strdup (_("Choose the asset from the directory.")));
      return;
    }

  tandem_signpost_set_asset_id (self->signpost, tandem_record_get_id (asset));
  tandem_signpost_set_asset_name (self->signpost, tandem_asset_get_name (asset));

  if (!asset_is_red (asset))
    {
      tandem_signpost_set_red_override (self->signpost, FALSE);
      tandem_signpost_set_override_reason (self->signpost, "");
    }
  else if (!tandem_signpost_get_red_override (self->signpost))
    {
      g_hash_table_insert (errors, g_strdup ("red-override"),
                           g_strdup (_("Turn this on and say why to use a red asset, or choose "
                                       "another asset.")));
      return;
    }

  if (!tandem_signpost_check (self->signpost, &error))
    g_hash_table_insert (errors,
                         g_strdup (g_error_matches (error, TANDEM_SIGNPOST_ERROR,
                                                    TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE)
                                   ? "override-reason" : "asset-id"),
                         g_strdup (error->message));
}

static gboolean
tandem_signpost_dialog_save (TandemEditorWindow  *editor,
                             GError             **error)
{
  TandemSignpostDialog *self = TANDEM_SIGNPOST_DIALOG (editor);
  gboolean is_new = tandem_record_get_id (self->signpost) == 0;

  if (tandem_store_save_signpost (tandem_editor_window_get_store (editor), self->signpost, error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (self->signpost, 0);
  return FALSE;
}

/* The chosen asset, by id, so a draft finds it again; as text, so that no choice reads as
 * empty and its message waits until the user tries to add. */
static JsonObject *
tandem_signpost_dialog_read_widgets (TandemEditorWindow *editor)
{
  TandemSignpostDialog *self = TANDEM_SIGNPOST_DIALOG (editor);
  TandemAsset *asset = tandem_asset_chooser_get_asset (get_chooser (self));
  JsonObject *input = json_object_new ();
  g_autofree char *id = NULL;

  if (asset != NULL)
    id = g_strdup_printf ("%" G_GINT64_FORMAT, tandem_record_get_id (asset));
  json_object_set_string_member (input, "asset-id", id ? id : "");
  return input;
}

static void
tandem_signpost_dialog_write_widgets (TandemEditorWindow *editor,
                                      JsonObject         *input)
{
  TandemSignpostDialog *self = TANDEM_SIGNPOST_DIALOG (editor);
  const char *id = json_object_get_string_member_with_default (input, "asset-id", "");

  g_signal_handlers_block_by_func (self->chooser, chooser_asset_cb, self);
  tandem_asset_chooser_set_asset_id (get_chooser (self), g_ascii_strtoll (id, NULL, 10));
  g_signal_handlers_unblock_by_func (self->chooser, chooser_asset_cb, self);
}

static void
tandem_signpost_dialog_show_widget_errors (TandemEditorWindow *editor,
                                           GHashTable         *errors)
{
  TandemSignpostDialog *self = TANDEM_SIGNPOST_DIALOG (editor);

  tandem_asset_chooser_set_error (get_chooser (self), g_hash_table_lookup (errors, "asset-id"));
}

static gboolean
tandem_signpost_dialog_focus_widget_error (TandemEditorWindow *editor)
{
  TandemSignpostDialog *self = TANDEM_SIGNPOST_DIALOG (editor);

  if (tandem_asset_chooser_get_asset (get_chooser (self)) != NULL)
    return FALSE;

  return tandem_asset_chooser_grab_search_focus (get_chooser (self));
}

static void
tandem_signpost_dialog_dispose (GObject *object)
{
  TandemSignpostDialog *self = (TandemSignpostDialog *) object;

  g_clear_object (&self->signpost);
  g_clear_object (&self->form);
  g_clear_object (&self->override_form);

  G_OBJECT_CLASS (tandem_signpost_dialog_parent_class)->dispose (object);
}

static void
tandem_signpost_dialog_class_init (TandemSignpostDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_signpost_dialog_dispose;
  editor_class->check = tandem_signpost_dialog_check;
  editor_class->save = tandem_signpost_dialog_save;
  editor_class->read_widgets = tandem_signpost_dialog_read_widgets;
  editor_class->write_widgets = tandem_signpost_dialog_write_widgets;
  editor_class->show_widget_errors = tandem_signpost_dialog_show_widget_errors;
  editor_class->focus_widget_error = tandem_signpost_dialog_focus_widget_error;
}

static void
tandem_signpost_dialog_init (TandemSignpostDialog *self)
{
}

static TandemSignpost *
new_signpost (gint64       person_id,
              const char  *goal_key,
              const char  *reason,
              TandemStaff *current_staff)
{
  TandemSignpost *signpost = tandem_signpost_new ();
  g_autofree char *today = NULL;
  g_autofree char *follow_up = NULL;
  GDate date;

  tandem_date_set_today (&date);
  today = tandem_date_to_iso (&date);
  g_date_add_days (&date, FOLLOW_UP_DAYS);
  follow_up = tandem_date_to_iso (&date);

  tandem_signpost_set_person_id (signpost, person_id);
  tandem_signpost_set_goal_key (signpost, goal_key);
  tandem_signpost_set_reason (signpost, reason);
  tandem_signpost_set_made_on (signpost, today);
  tandem_signpost_set_follow_up_on (signpost, follow_up);
  if (current_staff != NULL)
    tandem_signpost_set_staff_id (signpost, tandem_record_get_id (current_staff));

  return signpost;
}

/**
 * tandem_signpost_dialog_new:
 * @person_id: the person signposted or referred
 * @goal_key: (nullable): the plan goal it serves, by its key
 * @reason: (nullable): the reason to start from, such as the goal's words
 *
 * The member of staff using Tandem makes it, unless changed.
 */
TandemSignpostDialog *
tandem_signpost_dialog_new (GtkWindow     *parent,
                            TandemSession *session,
                            gint64         person_id,
                            const char    *goal_key,
                            const char    *reason)
{
  TandemSignpostDialog *self;
  TandemEditorWindow *editor;
  TandemStore *store;
  TandemTeam *team;
  guint stale_months;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);
  g_return_val_if_fail (person_id > 0, NULL);

  store = tandem_session_get_store (session);
  team = tandem_session_get_team (session);

  /* A goal's signpost keeps its own draft, so starting one from the person page does not
   * carry on from a goal's. */
  self = g_object_new (TANDEM_TYPE_SIGNPOST_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "team", team,
                       "draft-kind", goal_key && goal_key[0] ? "new-goal-signpost" : "new-signpost",
                       "draft-id", person_id,
                       "is-new", TRUE,
                       "title", _("Signpost or Refer"),
                       "default-width", 560,
                       "default-height", 720,
                       NULL);
  editor = TANDEM_EDITOR_WINDOW (self);

  self->signpost = new_signpost (person_id, goal_key, reason,
                                 tandem_session_get_current_staff (session));

  stale_months = g_settings_get_uint (tandem_session_get_settings (session),
                                      "directory-stale-months");
  self->chooser = tandem_asset_chooser_new (store, stale_months);
  tandem_editor_window_add_widget (editor, self->chooser);
  g_signal_connect_object (self->chooser, "notify::asset", G_CALLBACK (chooser_asset_cb), self,
                           G_CONNECT_SWAPPED);

  self->override_form = tandem_form_new (TANDEM_TYPE_SIGNPOST, override_fields,
                                         G_N_ELEMENTS (override_fields), override_group_titles,
                                         team);
  tandem_editor_window_add_form (editor, "override", self->override_form, self->signpost);

  self->form = tandem_form_new (TANDEM_TYPE_SIGNPOST, fields, G_N_ELEMENTS (fields),
                                group_titles, team);
  tandem_editor_window_add_form (editor, "signpost", self->form, self->signpost);

  /* The window starts without the override; a draft that chose a red asset brings it back. */
  update_override (self, FALSE);
  tandem_editor_window_start (editor);
  if (asset_is_red (tandem_asset_chooser_get_asset (get_chooser (self))))
    update_override (self, FALSE);

  return self;
}

/**
 * tandem_signpost_dialog_get_chooser:
 *
 * Returns: (transfer none): the #TandemAssetChooser
 */
GtkWidget *
tandem_signpost_dialog_get_chooser (TandemSignpostDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST_DIALOG (self), NULL);

  return self->chooser;
}

/**
 * tandem_signpost_dialog_get_signpost:
 *
 * Returns: (transfer none): the signpost as last checked; its id is set once added
 */
TandemSignpost *
tandem_signpost_dialog_get_signpost (TandemSignpostDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGNPOST_DIALOG (self), NULL);

  return self->signpost;
}
