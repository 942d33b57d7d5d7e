/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_LOADING_SPINNER (tandem_loading_spinner_get_type ())

G_DECLARE_FINAL_TYPE (TandemLoadingSpinner, tandem_loading_spinner, TANDEM, LOADING_SPINNER, AdwBin)

gboolean tandem_loading_spinner_get_loading (TandemLoadingSpinner *self);
void     tandem_loading_spinner_set_loading (TandemLoadingSpinner *self,
                                             gboolean              loading);

G_END_DECLS
