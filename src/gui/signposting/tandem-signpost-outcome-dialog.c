/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-signpost-outcome-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-signpost-outcome-dialog.h"

/* Recording what came of a signpost or referral: whether the person went, still goes, did
 * not go or chose not to, when that was learnt, and a note. It edits the signpost itself, so
 * like every edit it is saved as the user works. */
struct _TandemSignpostOutcomeDialog
{
  TandemEditorWindow  parent_instance;

  TandemSignpost     *signpost;
  TandemForm         *form;
};

G_DEFINE_FINAL_TYPE (TandemSignpostOutcomeDialog, tandem_signpost_outcome_dialog,
                     TANDEM_TYPE_EDITOR_WINDOW)

static const char * const group_titles[] = { "", NULL };

static const TandemFieldSpec fields[] = {
  { "outcome", N_("Outcome"), TANDEM_FIELD_CHOICE, 0 },
  { "outcome-on", N_("Learnt on"), TANDEM_FIELD_DATE, 0 },
  { "outcome-note", N_("Note"), TANDEM_FIELD_LONG_TEXT, 0 },
};

/* The outcome's date is only needed once there is an outcome. */
static void
tandem_signpost_outcome_dialog_check (TandemEditorWindow *editor,
                                      GHashTable         *errors)
{
  TandemSignpostOutcomeDialog *self = TANDEM_SIGNPOST_OUTCOME_DIALOG (editor);
  g_autoptr(GError) error = NULL;

  if (!tandem_signpost_check (self->signpost, &error))
    g_hash_table_insert (errors, g_strdup ("outcome-on"), g_strdup (error->message));
}

static gboolean
tandem_signpost_outcome_dialog_save (TandemEditorWindow  *editor,
                                     GError             **error)
{
  TandemSignpostOutcomeDialog *self = TANDEM_SIGNPOST_OUTCOME_DIALOG (editor);

  return tandem_store_save_signpost (tandem_editor_window_get_store (editor), self->signpost,
                                     error);
}

static void
tandem_signpost_outcome_dialog_dispose (GObject *object)
{
  TandemSignpostOutcomeDialog *self = (TandemSignpostOutcomeDialog *) object;

  g_clear_object (&self->signpost);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (tandem_signpost_outcome_dialog_parent_class)->dispose (object);
}

static void
tandem_signpost_outcome_dialog_class_init (TandemSignpostOutcomeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_signpost_outcome_dialog_dispose;
  editor_class->check = tandem_signpost_outcome_dialog_check;
  editor_class->save = tandem_signpost_outcome_dialog_save;
}

static void
tandem_signpost_outcome_dialog_init (TandemSignpostOutcomeDialog *self)
{
}

/**
 * tandem_signpost_outcome_dialog_new:
 * @signpost: the signpost whose outcome to record; the dialog edits a copy
 */
TandemSignpostOutcomeDialog *
tandem_signpost_outcome_dialog_new (GtkWindow      *parent,
                                    TandemStore    *store,
                                    TandemSignpost *signpost)
{
  TandemSignpostOutcomeDialog *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_SIGNPOST (signpost), NULL);
  g_return_val_if_fail (tandem_record_get_id (signpost) != 0, NULL);

  self = g_object_new (TANDEM_TYPE_SIGNPOST_OUTCOME_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "draft-kind", "signpost-outcome",
                       "draft-id", tandem_record_get_id (signpost),
                       "is-new", FALSE,
                       "title", _("Record Outcome"),
                       "default-width", 480,
                       "default-height", 440,
                       NULL);

  self->signpost = tandem_record_copy (signpost);
  if (tandem_signpost_get_outcome_on (self->signpost)[0] == '\0')
    {
      g_autofree char *today = tandem_date_today_iso ();

      tandem_signpost_set_outcome_on (self->signpost, today);
    }

  self->form = tandem_form_new (TANDEM_TYPE_SIGNPOST, fields, G_N_ELEMENTS (fields), group_titles,
                                NULL);
  /* Translators: the asset whose outcome is being recorded, and how the person was sent */
  subtitle = g_strdup_printf (_("%s · %s"), tandem_signpost_get_asset_name (signpost),
                              tandem_enum_get_label (TANDEM_TYPE_SIGNPOST_KIND,
                                                     tandem_signpost_get_kind (signpost)));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (tandem_form_get_group (self->form,
                                                                                      0)),
                                         subtitle);
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "outcome", self->form,
                                 self->signpost);
  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  return self;
}
