/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-avatar.h"
#include "tandem-caseload-row.h"
#include "tandem-enum-strings.h"
#include "tandem-referral.h"
#include "tandem-row-painter.h"

/* One person in the caseload list: who they are and what needs attention, at a glance. The
 * Plans section lists people with the same rows, with badges for their plan instead of their
 * referral.
 *
 * The row is one widget that draws its avatar, text and badges itself. GTK 4.8's list keeps
 * about 200 rows alive and makes new ones whenever the top of the list changes, at every
 * keystroke of a search: a row built from a dozen widgets cost a millisecond to make, this
 * one a few microseconds. It measures without laying out any text, and lays out text only
 * when drawn, which only the rows on screen are. Its text and badges are drawn as the
 * directory's rows draw theirs (tandem-row-painter.h). */

struct _TandemCaseloadRow
{
  GtkWidget     parent_instance;

  char         *name;
  char         *full_name;     /* for the avatar */
  char         *details;
  GArray       *badges;        /* TandemBadge */
  gboolean      flagged;       /* safeguarding concern or risk */
  gboolean      for_plans;

  PangoLayout  *name_layout;
  PangoLayout  *details_layout;
  int           layout_width;  /* the text width the layouts were made for */
};

G_DEFINE_FINAL_TYPE (TandemCaseloadRow, tandem_caseload_row, GTK_TYPE_WIDGET)

#define PADDING_X      TANDEM_ROW_PADDING_X
#define PADDING_Y      TANDEM_ROW_PADDING_Y
#define AVATAR_SIZE    40
#define GAP            TANDEM_ROW_GAP
#define LINE_GAP       TANDEM_ROW_LINE_GAP
#define BADGE_GAP      4
#define ICON_SIZE      16
#define DETAILS_SCALE  TANDEM_ROW_DETAILS_SCALE

static void
clear_layouts (TandemCaseloadRow *self)
{
  g_clear_object (&self->name_layout);
  g_clear_object (&self->details_layout);

  for (guint i = 0; i < self->badges->len; i++)
    tandem_badge_clear_layout (&g_array_index (self->badges, TandemBadge, i));

  self->layout_width = -1;
}

static void
tandem_caseload_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 2 * PADDING_X + AVATAR_SIZE + GAP + 80;
      *natural = 2 * PADDING_X + AVATAR_SIZE + GAP + 320;
    }
  else
    {
      int text = tandem_row_line_height (widget, 1) + LINE_GAP +
                 tandem_row_line_height (widget, DETAILS_SCALE) + LINE_GAP +
                 tandem_badge_get_height (widget);

      *minimum = *natural = 2 * PADDING_Y + MAX (AVATAR_SIZE, text);
    }
}

static void
ensure_layouts (TandemCaseloadRow *self,
                int                text_width)
{
  int name_width = text_width - (self->flagged ? ICON_SIZE + 6 : 0);

  if (self->layout_width == text_width && self->name_layout != NULL)
    return;

  clear_layouts (self);
  self->layout_width = text_width;
  self->name_layout = tandem_row_make_layout (GTK_WIDGET (self), self->name, 1, PANGO_WEIGHT_BOLD,
                                              MAX (name_width, 1));
  self->details_layout = tandem_row_make_layout (GTK_WIDGET (self), self->details, DETAILS_SCALE,
                                                 PANGO_WEIGHT_NORMAL, MAX (text_width, 1));
}

static void
snapshot_badges (TandemCaseloadRow *self,
                 GtkSnapshot       *snapshot,
                 gboolean           rtl,
                 int                row_width,
                 float              x,
                 float              y)
{
  for (guint i = 0; i < self->badges->len; i++)
    {
      TandemBadge *badge = &g_array_index (self->badges, TandemBadge, i);
      int width;

      tandem_badge_get_size (badge, GTK_WIDGET (self), &width, NULL);
      if (x + width > row_width - PADDING_X)
        break;

      tandem_badge_append (badge, GTK_WIDGET (self), snapshot,
                           tandem_row_place (rtl, row_width, x, width), y);
      x += width + BADGE_GAP;
    }
}

static void
tandem_caseload_row_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  TandemCaseloadRow *self = TANDEM_CASELOAD_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  float text_x = PADDING_X + AVATAR_SIZE + GAP;
  int text_width = width - text_x - PADDING_X;
  GdkRGBA foreground;
  GdkRGBA dim;
  int name_width, name_height, details_height;
  float y = PADDING_Y;

  if (self->name == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  dim = foreground;
  dim.alpha *= TANDEM_ROW_DIM_ALPHA;

  ensure_layouts (self, text_width);
  pango_layout_get_pixel_size (self->name_layout, &name_width, &name_height);
  pango_layout_get_pixel_size (self->details_layout, NULL, &details_height);

  tandem_avatar_append (widget, snapshot, self->full_name,
                        tandem_row_place (rtl, width, PADDING_X, AVATAR_SIZE), PADDING_Y,
                        AVATAR_SIZE);
  /* The name is laid out to its full width, and right to left Pango sets it against the
   * right edge of that width: mirror the whole width, not the width of the text. */
  tandem_row_append_layout (snapshot, self->name_layout, &foreground,
                            tandem_row_place (rtl, width, text_x,
                                              pango_layout_get_width (self->name_layout) / PANGO_SCALE),
                            y);
  if (self->flagged)
    {
      GdkRGBA error = tandem_row_lookup_color (widget, "error_color",
                                               (GdkRGBA) { 0.75, 0.11, 0.16, 1 });

      tandem_row_append_icon (widget, snapshot, "dialog-warning-symbolic", &error,
                              tandem_row_place (rtl, width, text_x + name_width + 6, ICON_SIZE),
                              y + (name_height - ICON_SIZE) / 2.0f, ICON_SIZE);
    }

  y += name_height + LINE_GAP;
  tandem_row_append_layout (snapshot, self->details_layout, &dim,
                            tandem_row_place (rtl, width, text_x, text_width), y);
  y += details_height + LINE_GAP;
  snapshot_badges (self, snapshot, rtl, width, text_x, y);
}

static void
tandem_caseload_row_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tandem_caseload_row_parent_class)->css_changed (widget, change);

  /* The font or colours may have changed: make the text again at the next draw. */
  clear_layouts (TANDEM_CASELOAD_ROW (widget));
  gtk_widget_queue_resize (widget);
}

static void
tandem_caseload_row_direction_changed (GtkWidget        *widget,
                                       GtkTextDirection  previous)
{
  clear_layouts (TANDEM_CASELOAD_ROW (widget));
  gtk_widget_queue_draw (widget);
}

static void
tandem_caseload_row_finalize (GObject *object)
{
  TandemCaseloadRow *self = (TandemCaseloadRow *) object;

  clear_layouts (self);
  g_clear_pointer (&self->badges, g_array_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (tandem_caseload_row_parent_class)->finalize (object);
}

static void
tandem_caseload_row_class_init (TandemCaseloadRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_caseload_row_finalize;
  widget_class->measure = tandem_caseload_row_measure;
  widget_class->snapshot = tandem_caseload_row_snapshot;
  widget_class->css_changed = tandem_caseload_row_css_changed;
  widget_class->direction_changed = tandem_caseload_row_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "tandem-caseload-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
tandem_caseload_row_init (TandemCaseloadRow *self)
{
  self->badges = g_array_new (FALSE, TRUE, sizeof (TandemBadge));
  g_array_set_clear_func (self->badges, tandem_badge_clear);
  self->layout_width = -1;
}

GtkWidget *
tandem_caseload_row_new (void)
{
  return g_object_new (TANDEM_TYPE_CASELOAD_ROW, NULL);
}

/**
 * tandem_caseload_row_new_for_plans:
 *
 * Returns: a row for the Plans section, whose badges say where the person's plan stands
 */
GtkWidget *
tandem_caseload_row_new_for_plans (void)
{
  TandemCaseloadRow *self = g_object_new (TANDEM_TYPE_CASELOAD_ROW, NULL);

  self->for_plans = TRUE;
  return GTK_WIDGET (self);
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
add_badge (TandemCaseloadRow *self,
           char              *text,
           TandemBadgeStyle   style)
{
  TandemBadge badge = { text, NULL, style, NULL };

  g_array_append_val (self->badges, badge);
}

/* A plan's review, when it is due soon or overdue: what the caseload shows for this week. */
static void
add_review_due_badge (TandemCaseloadRow  *self,
                      TandemCaseloadItem *item)
{
  int days = tandem_caseload_item_get_days_to_review (item);

  switch (tandem_caseload_item_get_review_state (item))
    {
    case TANDEM_REVIEW_OVERDUE:
      add_badge (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review overdue %d day",
                                                     "Review overdue %d days", -days),
                                        -days),
                 TANDEM_BADGE_ERROR);
      break;

    case TANDEM_REVIEW_DUE_SOON:
      if (days == 0)
        add_badge (self, g_strdup (_("Review due today")), TANDEM_BADGE_WARNING);
      else
        add_badge (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review in %d day",
                                                       "Review in %d days", days),
                                          days),
                   TANDEM_BADGE_WARNING);
      break;

    case TANDEM_REVIEW_NOT_AGREED:
    case TANDEM_REVIEW_NOT_DUE:
    default:
      break;
    }
}

/* A signpost or referral to an asset whose follow-up date has come: ask how it went. */
static void
add_outcome_due_badge (TandemCaseloadRow  *self,
                       TandemCaseloadItem *item)
{
  if (tandem_caseload_item_is_outcome_due (item))
    add_badge (self, g_strdup (_("Outcome due")), TANDEM_BADGE_WARNING);
}

/* What needs doing first: a review due or overdue comes before the plan's version, so it
 * shows however narrow the list. */
static void
add_plan_badges (TandemCaseloadRow  *self,
                 TandemCaseloadItem *item)
{
  guint number = tandem_caseload_item_get_plan_number (item);
  int days = tandem_caseload_item_get_days_to_review (item);

  add_review_due_badge (self, item);

  if (tandem_caseload_item_get_plan_state (item) == TANDEM_PLAN_AGREED)
    /* Translators: a plan's badge: its version number and that it was agreed */
    add_badge (self, g_strdup_printf (_("Version %u agreed"), number), TANDEM_BADGE_PLAIN);
  else if (number > 1)
    /* Translators: a plan's badge: the version being written at a review */
    add_badge (self, g_strdup_printf (_("Version %u draft"), number), TANDEM_BADGE_PLAIN);
  else
    add_badge (self, g_strdup (_("Draft")), TANDEM_BADGE_PLAIN);

  if (tandem_caseload_item_get_review_state (item) == TANDEM_REVIEW_NOT_DUE && days > 0)
    add_badge (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review in %d day",
                                                   "Review in %d days", days),
                                      days),
               TANDEM_BADGE_PLAIN);
}

static void
add_badges (TandemCaseloadRow  *self,
            TandemCaseloadItem *item)
{
  TandemReferralStatus status;
  int days;

  if (!tandem_caseload_item_has_referral (item))
    {
      add_badge (self, g_strdup (_("No referral")), TANDEM_BADGE_PLAIN);
      add_review_due_badge (self, item);
      add_outcome_due_badge (self, item);
      return;
    }

  status = tandem_caseload_item_get_status (item);
  days = tandem_caseload_item_get_days_waiting (item);

  if (tandem_referral_status_is_open (status) &&
      tandem_caseload_item_get_priority (item) == TANDEM_PRIORITY_URGENT)
    add_badge (self, g_strdup (_("Urgent")), TANDEM_BADGE_ERROR);

  add_badge (self, g_strdup (tandem_referral_status_get_label (status)), TANDEM_BADGE_PLAIN);

  if (tandem_caseload_item_is_waiting_too_long (item))
    add_badge (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Waiting %d day",
                                                   "Waiting %d days", days),
                                      days),
               TANDEM_BADGE_WARNING);

  if (tandem_caseload_item_is_contact_overdue (item))
    add_badge (self, g_strdup (_("Contact overdue")), TANDEM_BADGE_WARNING);

  add_review_due_badge (self, item);
  add_outcome_due_badge (self, item);
}

/* Screen readers get what the row draws, in reading order. */
static void
update_accessible (TandemCaseloadRow *self)
{
  g_autoptr(GString) label = g_string_new (self->name);

  if (self->flagged)
    g_string_append_printf (label, _(", %s"), _("safeguarding concern or risk recorded"));
  if (self->details[0] != '\0')
    g_string_append_printf (label, _(", %s"), self->details);
  for (guint i = 0; i < self->badges->len; i++)
    g_string_append_printf (label, _(", %s"), g_array_index (self->badges, TandemBadge, i).text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label->str, -1);
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
  g_return_if_fail (TANDEM_IS_CASELOAD_ROW (self));

  clear_layouts (self);
  g_array_set_size (self->badges, 0);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->details, g_free);

  if (item != NULL)
    {
      self->name = g_strdup (tandem_caseload_item_get_display_name (item));
      self->full_name = g_strdup (tandem_caseload_item_get_full_name (item));
      self->details = dup_details (item, team);
      self->flagged = tandem_caseload_item_has_safeguarding (item) ||
                      tandem_caseload_item_has_risk (item);
      if (self->for_plans)
        add_plan_badges (self, item);
      else
        add_badges (self, item);
      update_accessible (self);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
