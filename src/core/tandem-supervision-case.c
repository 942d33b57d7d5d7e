/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-supervision-case"

#include "config.h"

#include "tandem-supervision-case.h"

/* A plain struct, like a session's members: it exists only as part of its session. */

G_DEFINE_BOXED_TYPE (TandemSupervisionCase, tandem_supervision_case,
                     tandem_supervision_case_copy, tandem_supervision_case_free)

TandemSupervisionCase *
tandem_supervision_case_new (gint64 person_id)
{
  TandemSupervisionCase *self = g_new0 (TandemSupervisionCase, 1);

  self->person_id = person_id;
  tandem_supervision_case_set_texts (self, NULL, NULL, NULL);
  return self;
}

TandemSupervisionCase *
tandem_supervision_case_copy (const TandemSupervisionCase *self)
{
  TandemSupervisionCase *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (TandemSupervisionCase, 1);
  copy->person_id = self->person_id;
  copy->escalation = self->escalation;
  tandem_supervision_case_set_texts (copy, self->person_name, self->reason,
                                     self->escalation_note);
  return copy;
}

void
tandem_supervision_case_free (TandemSupervisionCase *self)
{
  if (self == NULL)
    return;

  g_free (self->person_name);
  g_free (self->reason);
  g_free (self->escalation_note);
  g_free (self);
}

/* Sets the three texts at once; NULL is kept as "", as the store gives them back. Each is
 * copied before the old one is freed, so a text may be passed back to its own case. */
void
tandem_supervision_case_set_texts (TandemSupervisionCase *self,
                                   const char            *person_name,
                                   const char            *reason,
                                   const char            *escalation_note)
{
  char *name = g_strdup (person_name != NULL ? person_name : "");
  char *why = g_strdup (reason != NULL ? reason : "");
  char *note = g_strdup (escalation_note != NULL ? escalation_note : "");

  g_return_if_fail (self != NULL);

  g_free (self->person_name);
  g_free (self->reason);
  g_free (self->escalation_note);
  self->person_name = name;
  self->reason = why;
  self->escalation_note = note;
}

gboolean
tandem_supervision_case_equal (const TandemSupervisionCase *a,
                               const TandemSupervisionCase *b)
{
  return a->person_id == b->person_id && a->escalation == b->escalation &&
         g_strcmp0 (a->reason, b->reason) == 0 &&
         g_strcmp0 (a->escalation_note, b->escalation_note) == 0;
}
