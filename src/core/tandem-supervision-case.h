/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SUPERVISION_CASE (tandem_supervision_case_get_type ())

/* A person's case discussed in supervision: why, and any safeguarding escalation. The
 * person's name is read with the case, for showing it; it is not stored with it. */
typedef struct
{
  gint64            person_id;
  char             *person_name;
  char             *reason;
  TandemEscalation  escalation;
  char             *escalation_note;
} TandemSupervisionCase;

GType                  tandem_supervision_case_get_type (void) G_GNUC_CONST;
TandemSupervisionCase *tandem_supervision_case_new      (gint64                       person_id);
TandemSupervisionCase *tandem_supervision_case_copy     (const TandemSupervisionCase *self);
void                   tandem_supervision_case_free     (TandemSupervisionCase       *self);
void                   tandem_supervision_case_set_texts (TandemSupervisionCase      *self,
                                                          const char                 *person_name,
                                                          const char                 *reason,
                                                          const char                 *escalation_note);
gboolean               tandem_supervision_case_equal    (const TandemSupervisionCase *a,
                                                         const TandemSupervisionCase *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemSupervisionCase, tandem_supervision_case_free)

G_END_DECLS
