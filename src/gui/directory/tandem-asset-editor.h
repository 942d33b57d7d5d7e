/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-editor-window.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ASSET_EDITOR (tandem_asset_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemAssetEditor, tandem_asset_editor, TANDEM, ASSET_EDITOR, TandemEditorWindow)

TandemAssetEditor *tandem_asset_editor_new       (GtkWindow         *parent,
                                                  TandemStore       *store,
                                                  TandemAsset       *asset);
TandemAsset       *tandem_asset_editor_get_asset (TandemAssetEditor *self);

G_END_DECLS
