/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "tandem-caseload.h"
#include "tandem-id-selection.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CASELOAD_SELECTION (tandem_caseload_selection_get_type ())

G_DECLARE_FINAL_TYPE (TandemCaseloadSelection, tandem_caseload_selection, TANDEM, CASELOAD_SELECTION, TandemIdSelection)

TandemCaseloadSelection *tandem_caseload_selection_new           (TandemCaseload          *caseload);
gint64                   tandem_caseload_selection_get_person_id (TandemCaseloadSelection *self);
void                     tandem_caseload_selection_set_person_id (TandemCaseloadSelection *self,
                                                                  gint64                   person_id);

G_END_DECLS
