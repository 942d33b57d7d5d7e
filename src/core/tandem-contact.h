/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CONTACT (tandem_contact_get_type ())

G_DECLARE_FINAL_TYPE (TandemContact, tandem_contact, TANDEM, CONTACT, TandemRecord)

TandemContact     *tandem_contact_new                  (void);
gint64             tandem_contact_get_person_id        (TandemContact     *self);
void               tandem_contact_set_person_id        (TandemContact     *self,
                                                        gint64             person_id);
gint64             tandem_contact_get_referral_id      (TandemContact     *self);
void               tandem_contact_set_referral_id      (TandemContact     *self,
                                                        gint64             referral_id);
const char        *tandem_contact_get_contact_date     (TandemContact     *self);
void               tandem_contact_set_contact_date     (TandemContact     *self,
                                                        const char        *contact_date);
TandemContactMode  tandem_contact_get_mode             (TandemContact     *self);
void               tandem_contact_set_mode             (TandemContact     *self,
                                                        TandemContactMode  mode);
int                tandem_contact_get_duration_minutes (TandemContact     *self);
void               tandem_contact_set_duration_minutes (TandemContact     *self,
                                                        int                duration_minutes);
gint64             tandem_contact_get_staff_id         (TandemContact     *self);
void               tandem_contact_set_staff_id         (TandemContact     *self,
                                                        gint64             staff_id);
const char        *tandem_contact_get_with_whom        (TandemContact     *self);
void               tandem_contact_set_with_whom        (TandemContact     *self,
                                                        const char        *with_whom);
const char        *tandem_contact_get_note             (TandemContact     *self);
void               tandem_contact_set_note             (TandemContact     *self,
                                                        const char        *note);
const char        *tandem_contact_get_next_step        (TandemContact     *self);
void               tandem_contact_set_next_step        (TandemContact     *self,
                                                        const char        *next_step);

#define TANDEM_CONTACT_ERROR (tandem_contact_error_quark ())

typedef enum
{
  TANDEM_CONTACT_ERROR_INVALID,
} TandemContactError;

GQuark         tandem_contact_error_quark (void);
gboolean       tandem_contact_check       (TandemContact  *self,
                                           GError        **error);

G_END_DECLS
