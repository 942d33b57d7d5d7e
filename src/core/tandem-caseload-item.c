/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload-item"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-caseload-item.h"
#include "tandem-nhs-number.h"
#include "tandem-plan.h"
#include "tandem-referral.h"

/* One row of the caseload list. Items are made when the list needs them, only for the rows
 * on screen, from the compact entry the caseload keeps for everyone; so they are immutable
 * snapshots, replaced when the person changes. */
struct _TandemCaseloadItem
{
  GObject              parent_instance;

  TandemCaseloadEntry  entry;
  char                *display_name;
  char                *full_name;
  char                *nhs_number;
  char                *postcode;
  int                  days_waiting;
  int                  days_since_contact;
  int                  days_to_review;
  TandemReviewState    review_state;
  guint                waiting_too_long : 1;
  guint                contact_overdue : 1;
  guint                outcome_due : 1;
};

G_DEFINE_FINAL_TYPE (TandemCaseloadItem, tandem_caseload_item, G_TYPE_OBJECT)

static void
tandem_caseload_item_finalize (GObject *object)
{
  TandemCaseloadItem *self = (TandemCaseloadItem *) object;

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->nhs_number, g_free);
  g_clear_pointer (&self->postcode, g_free);

  G_OBJECT_CLASS (tandem_caseload_item_parent_class)->finalize (object);
}

static void
tandem_caseload_item_class_init (TandemCaseloadItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_caseload_item_finalize;
}

static void
tandem_caseload_item_init (TandemCaseloadItem *self)
{
}

/**
 * tandem_caseload_rules_waiting_too_long:
 *
 * A referral is waiting too long when nobody has started working with the person within the
 * team's warning limit of its receipt.
 */
gboolean
tandem_caseload_rules_waiting_too_long (const TandemCaseloadRules *rules,
                                        const TandemCaseloadEntry *entry)
{
  return entry->status != TANDEM_CASELOAD_NO_REFERRAL &&
         tandem_referral_status_is_waiting (entry->status) &&
         entry->received_on != 0 &&
         rules->today > entry->received_on + rules->waiting_warning_days;
}

/**
 * tandem_caseload_rules_contact_overdue:
 *
 * A contact is overdue when someone the team is actively working with has not been in touch
 * for longer than the team's contact interval, counted from the start of the episode when
 * there has been no contact yet.
 */
gboolean
tandem_caseload_rules_contact_overdue (const TandemCaseloadRules *rules,
                                       const TandemCaseloadEntry *entry)
{
  guint32 since;

  if (entry->status != TANDEM_REFERRAL_ACTIVE)
    return FALSE;

  since = MAX (entry->last_contact_on, entry->received_on);
  return since != 0 && rules->today > since + rules->contact_interval_days;
}

/**
 * tandem_caseload_rules_outcome_due:
 *
 * An outcome is due once the follow-up date of a signpost or referral to an asset has come
 * and nobody has recorded what happened (see tandem_signpost_is_follow_up_due()).
 */
gboolean
tandem_caseload_rules_outcome_due (const TandemCaseloadRules *rules,
                                   const TandemCaseloadEntry *entry)
{
  return entry->follow_up_on != 0 && entry->follow_up_on <= rules->today;
}

/**
 * tandem_caseload_rules_review_state:
 *
 * Returns: how the review of the person's plan stands: it is due once the latest agreed
 *   version's review date is near, even while a review draft is being written
 */
TandemReviewState
tandem_caseload_rules_review_state (const TandemCaseloadRules *rules,
                                    const TandemCaseloadEntry *entry)
{
  if (entry->plan_state == TANDEM_CASELOAD_NO_PLAN ||
      (entry->plan_state == TANDEM_PLAN_DRAFT && entry->review_on == 0))
    return TANDEM_REVIEW_NOT_AGREED;

  return tandem_plan_review_state_on (entry->review_on, rules->today);
}

static const char *
blank_to_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

TandemCaseloadItem *
tandem_caseload_item_new (const TandemCaseloadEntry *entry,
                          const TandemCaseloadRules *rules)
{
  TandemCaseloadItem *self = g_object_new (TANDEM_TYPE_CASELOAD_ITEM, NULL);
  const char *preferred = blank_to_null (entry->preferred_name);

  self->entry = *entry;
  /* Translators: a person's name: given (or preferred) name, then family name */
  self->display_name = g_strdup_printf (C_("person name", "%s %s"),
                                        preferred ? preferred : entry->given_name,
                                        entry->family_name);
  self->full_name = g_strdup_printf (C_("person name", "%s %s"), entry->given_name,
                                     entry->family_name);
  self->nhs_number = tandem_nhs_number_format (entry->nhs_number);
  self->postcode = g_strdup (entry->postcode);
  self->entry.given_name = self->entry.family_name = NULL;
  self->entry.preferred_name = self->entry.postcode = NULL;

  self->days_waiting = -1;
  if (entry->status != TANDEM_CASELOAD_NO_REFERRAL &&
      tandem_referral_status_is_waiting (entry->status) && entry->received_on != 0)
    self->days_waiting = (int) rules->today - (int) entry->received_on;

  self->days_since_contact = -1;
  if (entry->last_contact_on != 0)
    self->days_since_contact = (int) rules->today - (int) entry->last_contact_on;

  self->waiting_too_long = tandem_caseload_rules_waiting_too_long (rules, entry);
  self->contact_overdue = tandem_caseload_rules_contact_overdue (rules, entry);
  self->outcome_due = tandem_caseload_rules_outcome_due (rules, entry);
  self->review_state = tandem_caseload_rules_review_state (rules, entry);
  self->days_to_review = entry->review_on != 0 ? (int) entry->review_on - (int) rules->today : 0;

  return self;
}

gint64
tandem_caseload_item_get_person_id (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.person_id;
}

gint64
tandem_caseload_item_get_referral_id (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.referral_id;
}

/* The name colleagues use: the preferred name in place of the given name. */
const char *
tandem_caseload_item_get_display_name (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), NULL);
  return self->display_name;
}

const char *
tandem_caseload_item_get_full_name (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), NULL);
  return self->full_name;
}

/* Grouped 3-3-4, or empty when not known. */
const char *
tandem_caseload_item_get_nhs_number (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), NULL);
  return self->nhs_number;
}

const char *
tandem_caseload_item_get_postcode (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), NULL);
  return self->postcode;
}

gint64
tandem_caseload_item_get_practice_id (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.practice_id;
}

gint64
tandem_caseload_item_get_assigned_staff_id (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.assigned_staff_id;
}

gboolean
tandem_caseload_item_has_referral (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), FALSE);
  return self->entry.status != TANDEM_CASELOAD_NO_REFERRAL;
}

TandemReferralStatus
tandem_caseload_item_get_status (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.status;
}

TandemPriority
tandem_caseload_item_get_priority (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.priority;
}

TandemRole
tandem_caseload_item_get_role (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.role;
}

/* Days since the referral arrived while nobody has started working with the person; -1 when
 * the person is not waiting. */
int
tandem_caseload_item_get_days_waiting (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), -1);
  return self->days_waiting;
}

gboolean
tandem_caseload_item_is_waiting_too_long (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), FALSE);
  return self->waiting_too_long;
}

gboolean
tandem_caseload_item_is_contact_overdue (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), FALSE);
  return self->contact_overdue;
}

/* Whether a signpost or referral to an asset waits for its outcome past its follow-up date. */
gboolean
tandem_caseload_item_is_outcome_due (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), FALSE);
  return self->outcome_due;
}

/* -1 when there has been no contact. */
int
tandem_caseload_item_get_days_since_contact (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), -1);
  return self->days_since_contact;
}

gboolean
tandem_caseload_item_has_safeguarding (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), FALSE);
  return (self->entry.flags & TANDEM_CASELOAD_ENTRY_SAFEGUARDING) != 0;
}

gboolean
tandem_caseload_item_has_risk (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), FALSE);
  return (self->entry.flags & TANDEM_CASELOAD_ENTRY_RISK) != 0;
}

gboolean
tandem_caseload_item_has_plan (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), FALSE);
  return self->entry.plan_state != TANDEM_CASELOAD_NO_PLAN;
}

/* Only meaningful when the person has a plan. */
TandemPlanState
tandem_caseload_item_get_plan_state (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), TANDEM_PLAN_DRAFT);
  return self->entry.plan_state == TANDEM_CASELOAD_NO_PLAN ? TANDEM_PLAN_DRAFT
                                                          : self->entry.plan_state;
}

guint
tandem_caseload_item_get_plan_number (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->entry.plan_state == TANDEM_CASELOAD_NO_PLAN ? 0 : self->entry.plan_number;
}

TandemReviewState
tandem_caseload_item_get_review_state (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), TANDEM_REVIEW_NOT_AGREED);
  return self->review_state;
}

/**
 * tandem_caseload_item_get_days_to_review:
 *
 * Returns: the days until the plan's review, negative once it is overdue; 0 when the plan
 *   has no review date (see tandem_caseload_item_get_review_state())
 */
int
tandem_caseload_item_get_days_to_review (TandemCaseloadItem *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD_ITEM (self), 0);
  return self->days_to_review;
}
