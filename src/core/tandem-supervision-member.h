/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_SUPERVISION_MEMBER (tandem_supervision_member_get_type ())

/* A member of staff supervised in a session, with their wellbeing check. Each answer is
 * 0 when not asked, otherwise 1 (struggling) to 5 (well). */
typedef struct
{
  gint64  staff_id;
  int     coping;
  int     workload;
  int     supported;
  char   *wellbeing_note;
} TandemSupervisionMember;

GType                    tandem_supervision_member_get_type (void) G_GNUC_CONST;
TandemSupervisionMember *tandem_supervision_member_new      (gint64                         staff_id);
TandemSupervisionMember *tandem_supervision_member_copy     (const TandemSupervisionMember *self);
void                     tandem_supervision_member_free     (TandemSupervisionMember       *self);
void                     tandem_supervision_member_set_wellbeing_note (TandemSupervisionMember *self,
                                                                       const char              *note);
gboolean                 tandem_supervision_member_equal    (const TandemSupervisionMember *a,
                                                             const TandemSupervisionMember *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemSupervisionMember, tandem_supervision_member_free)

G_END_DECLS
