/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-supervision-member"

#include "config.h"

#include "tandem-supervision-member.h"

/* A plain struct: a member only exists as part of its session, which copies, compares and
 * stores its members with it. */

G_DEFINE_BOXED_TYPE (TandemSupervisionMember, tandem_supervision_member,
                     tandem_supervision_member_copy, tandem_supervision_member_free)

TandemSupervisionMember *
tandem_supervision_member_new (gint64 staff_id)
{
  TandemSupervisionMember *self = g_new0 (TandemSupervisionMember, 1);

  self->staff_id = staff_id;
  self->wellbeing_note = g_strdup ("");
  return self;
}

TandemSupervisionMember *
tandem_supervision_member_copy (const TandemSupervisionMember *self)
{
  TandemSupervisionMember *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->wellbeing_note = g_strdup (self->wellbeing_note != NULL ? self->wellbeing_note : "");
  return copy;
}

void
tandem_supervision_member_free (TandemSupervisionMember *self)
{
  if (self == NULL)
    return;

  g_free (self->wellbeing_note);
  g_free (self);
}

void
tandem_supervision_member_set_wellbeing_note (TandemSupervisionMember *self,
                                              const char              *note)
{
  g_return_if_fail (self != NULL);

  g_free (self->wellbeing_note);
  self->wellbeing_note = g_strdup (note != NULL ? note : "");
}

gboolean
tandem_supervision_member_equal (const TandemSupervisionMember *a,
                                 const TandemSupervisionMember *b)
{
  return a->staff_id == b->staff_id && a->coping == b->coping && a->workload == b->workload &&
         a->supported == b->supported &&
         g_strcmp0 (a->wellbeing_note ? a->wellbeing_note : "",
                    b->wellbeing_note ? b->wellbeing_note : "") == 0;
}
