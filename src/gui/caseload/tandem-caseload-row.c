/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-caseload-row.h"
#include "tandem-enum-strings.h"
#include "tandem-referral.h"

/* One person in the caseload list: who they are and what needs attention, at a glance.
 * Rows are recycled as the list scrolls, so setting an item only changes labels. */
struct _TandemCaseloadRow
{
  GtkWidget  parent_instance;

  GtkWidget *avatar;
  GtkWidget *name_label;
  GtkWidget *safeguarding_icon;
  GtkWidget *detail_label;
  GtkWidget *priority_badge;
  GtkWidget *status_badge;
  GtkWidget *waiting_badge;
  GtkWidget *contact_badge;
};

G_DEFINE_FINAL_TYPE (TandemCaseloadRow, tandem_caseload_row, GTK_TYPE_WIDGET)

static void
tandem_caseload_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), TANDEM_TYPE_CASELOAD_ROW);

  /* A plain widget owns its children: the ones not bound to fields are left to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tandem_caseload_row_parent_class)->dispose (object);
}

static void
tandem_caseload_row_class_init (TandemCaseloadRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_caseload_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-caseload-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, safeguarding_icon);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, priority_badge);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, status_badge);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, waiting_badge);
  gtk_widget_class_bind_template_child (widget_class, TandemCaseloadRow, contact_badge);
}

static void
tandem_caseload_row_init (TandemCaseloadRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tandem_caseload_row_new (void)
{
  return g_object_new (TANDEM_TYPE_CASELOAD_ROW, NULL);
}

static char *
dup_details (TandemCaseloadItem *item,
             TandemTeam         *team)
{
  const char *parts[4] = { NULL, NULL, NULL, NULL };
  TandemPractice *practice = NULL;
  g_autofree char *nhs = NULL;
  guint n = 0;

  if (team != NULL)
    practice = tandem_team_find_practice (team, tandem_caseload_item_get_practice_id (item));

  if (tandem_caseload_item_get_nhs_number (item)[0] != '\0')
    /* Translators: an NHS number in a list row, as in "NHS 943 476 5919" */
    parts[n++] = nhs = g_strdup_printf (_("NHS %s"), tandem_caseload_item_get_nhs_number (item));
  if (tandem_caseload_item_get_postcode (item)[0] != '\0')
    parts[n++] = tandem_caseload_item_get_postcode (item);
  if (practice != NULL)
    parts[n++] = tandem_practice_get_name (practice);

  /* Translators: separates the details of a person in a list row */
  return g_strjoinv (_(" · "), (char **) parts);
}

static void
set_badge (GtkWidget  *badge,
           const char *text)
{
  gtk_label_set_text (GTK_LABEL (badge), text);
  gtk_widget_set_visible (badge, text != NULL);
}

/**
 * tandem_caseload_row_set_item:
 * @item: (nullable): the person to show
 * @team: (nullable): for practice names
 */
void
tandem_caseload_row_set_item (TandemCaseloadRow  *self,
                              TandemCaseloadItem *item,
                              TandemTeam         *team)
{
  g_autofree char *details = NULL;
  g_autofree char *waiting = NULL;
  TandemReferralStatus status;
  int days;

  g_return_if_fail (TANDEM_IS_CASELOAD_ROW (self));

  if (item == NULL)
    return;

  details = dup_details (item, team);
  adw_avatar_set_text (ADW_AVATAR (self->avatar), tandem_caseload_item_get_full_name (item));
  gtk_label_set_text (GTK_LABEL (self->name_label), tandem_caseload_item_get_display_name (item));
  gtk_label_set_text (GTK_LABEL (self->detail_label), details);
  gtk_widget_set_visible (self->safeguarding_icon,
                          tandem_caseload_item_has_safeguarding (item) ||
                          tandem_caseload_item_has_risk (item));

  if (!tandem_caseload_item_has_referral (item))
    {
      set_badge (self->priority_badge, NULL);
      set_badge (self->status_badge, _("No referral"));
      set_badge (self->waiting_badge, NULL);
      gtk_widget_set_visible (self->contact_badge, FALSE);
      return;
    }

  status = tandem_caseload_item_get_status (item);
  days = tandem_caseload_item_get_days_waiting (item);

  if (tandem_caseload_item_is_waiting_too_long (item))
    waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Waiting %d day", "Waiting %d days",
                                            days),
                               days);

  set_badge (self->priority_badge,
             tandem_referral_status_is_open (status) &&
             tandem_caseload_item_get_priority (item) == TANDEM_PRIORITY_URGENT
             ? _("Urgent") : NULL);
  set_badge (self->status_badge, tandem_referral_status_get_label (status));
  set_badge (self->waiting_badge, waiting);
  gtk_widget_set_visible (self->contact_badge, tandem_caseload_item_is_contact_overdue (item));
}
