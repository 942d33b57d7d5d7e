/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset-editor.h"
#include "tandem-fields.h"
#include "tandem-schedule.h"

/* Adding an asset to the directory, or editing one: every field of the record in one form.
 * Like every editor it keeps what was typed as a draft until it can be saved; what only the
 * whole asset can tell (opening times that do not read, coordinates given by half, ages the
 * wrong way round) is said under the field it concerns. */
struct _TandemAssetEditor
{
  TandemEditorWindow  parent_instance;

  TandemAsset        *asset;
  TandemForm         *form;
};

G_DEFINE_FINAL_TYPE (TandemAssetEditor, tandem_asset_editor, TANDEM_TYPE_EDITOR_WINDOW)

static void
add_error (GHashTable *errors,
           const char *property,
           const char *message)
{
  g_hash_table_replace (errors, g_strdup (property), g_strdup (message));
}

/* Both coordinates or neither is the forms' rule (tandem-record-input.c); here, their range. */
static void
check_coordinates (TandemAssetEditor *self,
                   GHashTable        *errors)
{
  double value = tandem_asset_get_latitude (self->asset);

  if (tandem_asset_get_has_coordinates (self->asset) && (value < -90.0 || value > 90.0))
    add_error (errors, "latitude", _("Latitude goes from -90 to 90; in the UK it is about 50 to 60"));
}

static void
tandem_asset_editor_check (TandemEditorWindow *editor,
                           GHashTable         *errors)
{
  TandemAssetEditor *self = TANDEM_ASSET_EDITOR (editor);
  g_autoptr(JsonObject) input = tandem_form_read (self->form);
  g_autoptr(GError) error = NULL;
  int youngest = tandem_asset_get_minimum_age (self->asset);
  int oldest = tandem_asset_get_maximum_age (self->asset);

  check_coordinates (self, errors);

  if (!tandem_schedule_check (json_object_get_string_member (input, "schedule"), &error))
    add_error (errors, "schedule", error->message);

  if (oldest > 0 && oldest < youngest)
    add_error (errors, "maximum-age", _("The oldest age is below the youngest"));
  else if (youngest > 150 || oldest > 150)
    add_error (errors, youngest > 150 ? "minimum-age" : "maximum-age",
               _("An age limit is over 150"));
}

static gboolean
tandem_asset_editor_save (TandemEditorWindow  *editor,
                          GError             **error)
{
  TandemAssetEditor *self = TANDEM_ASSET_EDITOR (editor);
  TandemStore *store = tandem_editor_window_get_store (editor);
  gboolean is_new = tandem_record_get_id (self->asset) == 0;

  if (!tandem_asset_check (self->asset, error))
    return FALSE;

  if (tandem_store_save_asset (store, self->asset, error))
    return TRUE;

  if (is_new)
    tandem_record_set_id (self->asset, 0);
  return FALSE;
}

static void
tandem_asset_editor_dispose (GObject *object)
{
  TandemAssetEditor *self = (TandemAssetEditor *) object;

  g_clear_object (&self->asset);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (tandem_asset_editor_parent_class)->dispose (object);
}

static void
tandem_asset_editor_class_init (TandemAssetEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TandemEditorWindowClass *editor_class = TANDEM_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = tandem_asset_editor_dispose;
  editor_class->check = tandem_asset_editor_check;
  editor_class->save = tandem_asset_editor_save;
}

static void
tandem_asset_editor_init (TandemAssetEditor *self)
{
}

/**
 * tandem_asset_editor_new:
 * @asset: (nullable): the asset to edit, or %NULL to add one
 */
TandemAssetEditor *
tandem_asset_editor_new (GtkWindow   *parent,
                         TandemStore *store,
                         TandemAsset *asset)
{
  TandemAssetEditor *self;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  gboolean is_new = asset == NULL;

  self = g_object_new (TANDEM_TYPE_ASSET_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "draft-kind", is_new ? "new-asset" : "asset",
                       "draft-id", is_new ? (gint64) 0 : tandem_record_get_id (asset),
                       "is-new", is_new,
                       "title", is_new ? _("New Asset") : _("Edit Asset"),
                       "default-height", 720,
                       NULL);

  if (is_new)
    {
      self->asset = tandem_asset_new ();
      tandem_asset_set_active (self->asset, TRUE);
    }
  else
    self->asset = tandem_record_copy (asset);

  /* Without its categories the form still edits everything else; the asset keeps its own. */
  categories = tandem_store_list_asset_categories (store, &error);
  if (categories == NULL)
    {
      g_warning ("Could not read the needs categories: %s", error->message);
      categories = g_ptr_array_new_with_free_func (g_object_unref);
    }

  self->form = tandem_fields_new_asset_form (categories);
  tandem_editor_window_add_form (TANDEM_EDITOR_WINDOW (self), "asset", self->form, self->asset);
  tandem_editor_window_start (TANDEM_EDITOR_WINDOW (self));

  if (error != NULL)
    tandem_editor_window_show_banner (TANDEM_EDITOR_WINDOW (self), "dialog-warning-symbolic",
                                      _("The needs categories could not be read, so they "
                                        "cannot be changed now."));
  return self;
}

/**
 * tandem_asset_editor_get_asset:
 *
 * Returns: (transfer none): the asset as saved, with its id once added
 */
TandemAsset *
tandem_asset_editor_get_asset (TandemAssetEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_EDITOR (self), NULL);

  return self->asset;
}
