/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_STAFF (tandem_staff_get_type ())

G_DECLARE_FINAL_TYPE (TandemStaff, tandem_staff, TANDEM, STAFF, TandemRecord)

TandemStaff *tandem_staff_new         (void);
const char  *tandem_staff_get_name    (TandemStaff *self);
void         tandem_staff_set_name    (TandemStaff *self,
                                       const char  *name);
TandemRole   tandem_staff_get_role    (TandemStaff *self);
void         tandem_staff_set_role    (TandemStaff *self,
                                       TandemRole   role);
gboolean     tandem_staff_get_retired (TandemStaff *self);
void         tandem_staff_set_retired (TandemStaff *self,
                                       gboolean     retired);
gboolean     tandem_staff_get_administrator (TandemStaff *self);
void         tandem_staff_set_administrator (TandemStaff *self,
                                             gboolean     administrator);
gboolean     tandem_staff_get_has_passphrase (TandemStaff *self);
void         tandem_staff_set_has_passphrase (TandemStaff *self,
                                              gboolean     has_passphrase);

G_END_DECLS
