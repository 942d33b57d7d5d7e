/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-caseload-item.h"
#include "tandem-team.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CASELOAD_ROW (tandem_caseload_row_get_type ())

G_DECLARE_FINAL_TYPE (TandemCaseloadRow, tandem_caseload_row, TANDEM, CASELOAD_ROW, GtkWidget)

GtkWidget *tandem_caseload_row_new      (void);
GtkWidget *tandem_caseload_row_new_for_plans (void);
void       tandem_caseload_row_set_item (TandemCaseloadRow  *self,
                                         TandemCaseloadItem *item,
                                         TandemTeam         *team);

G_END_DECLS
