/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-avatar.h"
#include "tandem-caseload-row.h"
#include "tandem-enum-strings.h"
#include "tandem-referral.h"

/* One person in the caseload list: who they are and what needs attention, at a glance. The
 * Plans section lists people with the same rows, with badges for their plan instead of their
 * referral.
 *
 * The row is one widget that draws its avatar, text and badges itself. GTK 4.8's list keeps
 * about 200 rows alive and makes new ones whenever the top of the list changes, at every
 * keystroke of a search: a row built from a dozen widgets cost a millisecond to make, this
 * one a few microseconds. It measures without laying out any text, and lays out text only
 * when drawn, which only the rows on screen are. */

typedef enum
{
  BADGE_PLAIN,
  BADGE_WARNING,
  BADGE_ERROR,
} BadgeStyle;

typedef struct
{
  char        *text;
  BadgeStyle   style;
  PangoLayout *layout;
} Badge;

struct _TandemCaseloadRow
{
  GtkWidget     parent_instance;

  char         *name;
  char         *full_name;     /* for the avatar */
  char         *details;
  GArray       *badges;        /* Badge */
  gboolean      flagged;       /* safeguarding concern or risk */
  gboolean      for_plans;

  PangoLayout  *name_layout;
  PangoLayout  *details_layout;
  int           layout_width;  /* the text width the layouts were made for */
};

G_DEFINE_FINAL_TYPE (TandemCaseloadRow, tandem_caseload_row, GTK_TYPE_WIDGET)

#define PADDING_X      12
#define PADDING_Y      8
#define AVATAR_SIZE    40
#define GAP            12
#define LINE_GAP       3
#define BADGE_PAD_X    8
#define BADGE_PAD_Y    1
#define BADGE_GAP      4
#define ICON_SIZE      16
#define DETAILS_SCALE  0.85
#define BADGE_SCALE    0.8

static void
badge_clear (gpointer data)
{
  Badge *badge = data;

  g_clear_pointer (&badge->text, g_free);
  g_clear_object (&badge->layout);
}

static void
clear_layouts (TandemCaseloadRow *self)
{
  g_clear_object (&self->name_layout);
  g_clear_object (&self->details_layout);

  for (guint i = 0; i < self->badges->len; i++)
    g_clear_object (&g_array_index (self->badges, Badge, i).layout);

  self->layout_width = -1;
}

/* The height of a line of the row's font at @scale, from the font's metrics: measuring
 * never lays text out. */
static int
line_height (GtkWidget *widget,
             double     scale)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int height = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);

  /* Pango 1.50 has no g_autoptr for font metrics. */
  pango_font_metrics_unref (metrics);
  return (int) (PANGO_PIXELS_CEIL (height) * scale + 0.5);
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
      int text = line_height (widget, 1) + LINE_GAP + line_height (widget, DETAILS_SCALE) +
                 LINE_GAP + line_height (widget, BADGE_SCALE) + 2 * BADGE_PAD_Y;

      *minimum = *natural = 2 * PADDING_Y + MAX (AVATAR_SIZE, text);
    }
}

static PangoLayout *
make_layout (TandemCaseloadRow *self,
             const char        *text,
             double             scale,
             int                weight,
             int                width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = pango_attr_list_new ();

  if (scale != 1)
    pango_attr_list_insert (attributes, pango_attr_scale_new (scale));
  if (weight != PANGO_WEIGHT_NORMAL)
    pango_attr_list_insert (attributes, pango_attr_weight_new (weight));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
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
  self->name_layout = make_layout (self, self->name, 1, PANGO_WEIGHT_BOLD, MAX (name_width, 1));
  self->details_layout = make_layout (self, self->details, DETAILS_SCALE, PANGO_WEIGHT_NORMAL,
                                      MAX (text_width, 1));

  for (guint i = 0; i < self->badges->len; i++)
    {
      Badge *badge = &g_array_index (self->badges, Badge, i);

      badge->layout = make_layout (self, badge->text, BADGE_SCALE, PANGO_WEIGHT_BOLD, -1);
    }
}

static GdkRGBA
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA     fallback)
{
  GdkRGBA color;

  if (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    return color;

  return fallback;
}

static void
append_rounded (GtkSnapshot     *snapshot,
                const GdkRGBA   *color,
                float            x,
                float            y,
                float            width,
                float            height)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
  gtk_snapshot_pop (snapshot);
}

static void
append_layout (GtkSnapshot   *snapshot,
               PangoLayout   *layout,
               const GdkRGBA *color,
               float          x,
               float          y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* x of something @width wide that starts at @x in left-to-right, mirrored in right-to-left. */
static float
place (gboolean rtl,
       int      row_width,
       float    x,
       float    width)
{
  return rtl ? row_width - x - width : x;
}

static void
snapshot_flag (TandemCaseloadRow *self,
               GtkSnapshot       *snapshot,
               const GdkRGBA     *color,
               float              x,
               float              y)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GtkIconPaintable) icon = NULL;

  icon = gtk_icon_theme_lookup_icon (theme, "dialog-warning-symbolic", NULL, ICON_SIZE,
                                     gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                     gtk_widget_get_direction (GTK_WIDGET (self)), 0);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), GDK_SNAPSHOT (snapshot),
                                            ICON_SIZE, ICON_SIZE, color, 1);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_badges (TandemCaseloadRow *self,
                 GtkSnapshot       *snapshot,
                 const GdkRGBA     *foreground,
                 gboolean           rtl,
                 int                row_width,
                 float              x,
                 float              y)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA warning = lookup_color (widget, "warning_color", (GdkRGBA) { 0.61, 0.43, 0.01, 1 });
  GdkRGBA error = lookup_color (widget, "error_color", (GdkRGBA) { 0.75, 0.11, 0.16, 1 });

  for (guint i = 0; i < self->badges->len; i++)
    {
      Badge *badge = &g_array_index (self->badges, Badge, i);
      const GdkRGBA *text = badge->style == BADGE_WARNING ? &warning
                          : badge->style == BADGE_ERROR ? &error : foreground;
      GdkRGBA background = *text;
      int width, height;
      float badge_x;

      pango_layout_get_pixel_size (badge->layout, &width, &height);
      width += 2 * BADGE_PAD_X;
      height += 2 * BADGE_PAD_Y;
      if (x + width > row_width - PADDING_X)
        break;

      background.alpha = badge->style == BADGE_PLAIN ? 0.1f : 0.16f;
      badge_x = place (rtl, row_width, x, width);
      append_rounded (snapshot, &background, badge_x, y, width, height);
      append_layout (snapshot, badge->layout, text, badge_x + BADGE_PAD_X, y + BADGE_PAD_Y);
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
  dim.alpha *= 0.55f;

  ensure_layouts (self, text_width);
  pango_layout_get_pixel_size (self->name_layout, &name_width, &name_height);
  pango_layout_get_pixel_size (self->details_layout, NULL, &details_height);

  tandem_avatar_append (widget, snapshot, self->full_name,
                        place (rtl, width, PADDING_X, AVATAR_SIZE), PADDING_Y, AVATAR_SIZE);
  /* The name is laid out to its full width, and right to left Pango sets it against the
   * right edge of that width: mirror the whole width, not the width of the text. */
  append_layout (snapshot, self->name_layout, &foreground,
                 place (rtl, width, text_x, pango_layout_get_width (self->name_layout) / PANGO_SCALE),
                 y);
  if (self->flagged)
    {
      GdkRGBA error = lookup_color (widget, "error_color", (GdkRGBA) { 0.75, 0.11, 0.16, 1 });

      snapshot_flag (self, snapshot, &error,
                     place (rtl, width, text_x + name_width + 6, ICON_SIZE),
                     y + (name_height - ICON_SIZE) / 2.0f);
    }

  y += name_height + LINE_GAP;
  append_layout (snapshot, self->details_layout, &dim,
                 place (rtl, width, text_x, text_width), y);
  y += details_height + LINE_GAP;
  snapshot_badges (self, snapshot, &foreground, rtl, width, text_x, y);
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
  self->badges = g_array_new (FALSE, TRUE, sizeof (Badge));
  g_array_set_clear_func (self->badges, badge_clear);
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
           BadgeStyle         style)
{
  Badge badge = { text, style, NULL };

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
                 BADGE_ERROR);
      break;

    case TANDEM_REVIEW_DUE_SOON:
      if (days == 0)
        add_badge (self, g_strdup (_("Review due today")), BADGE_WARNING);
      else
        add_badge (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review in %d day",
                                                       "Review in %d days", days),
                                          days),
                   BADGE_WARNING);
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
    add_badge (self, g_strdup (_("Outcome due")), BADGE_WARNING);
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
    add_badge (self, g_strdup_printf (_("Version %u agreed"), number), BADGE_PLAIN);
  else if (number > 1)
    /* Translators: a plan's badge: the version being written at a review */
    add_badge (self, g_strdup_printf (_("Version %u draft"), number), BADGE_PLAIN);
  else
    add_badge (self, g_strdup (_("Draft")), BADGE_PLAIN);

  if (tandem_caseload_item_get_review_state (item) == TANDEM_REVIEW_NOT_DUE && days > 0)
    add_badge (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review in %d day",
                                                   "Review in %d days", days),
                                      days),
               BADGE_PLAIN);
}

static void
add_badges (TandemCaseloadRow  *self,
            TandemCaseloadItem *item)
{
  TandemReferralStatus status;
  int days;

  if (!tandem_caseload_item_has_referral (item))
    {
      add_badge (self, g_strdup (_("No referral")), BADGE_PLAIN);
      add_review_due_badge (self, item);
      add_outcome_due_badge (self, item);
      return;
    }

  status = tandem_caseload_item_get_status (item);
  days = tandem_caseload_item_get_days_waiting (item);

  if (tandem_referral_status_is_open (status) &&
      tandem_caseload_item_get_priority (item) == TANDEM_PRIORITY_URGENT)
    add_badge (self, g_strdup (_("Urgent")), BADGE_ERROR);

  add_badge (self, g_strdup (tandem_referral_status_get_label (status)), BADGE_PLAIN);

  if (tandem_caseload_item_is_waiting_too_long (item))
    add_badge (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Waiting %d day",
                                                   "Waiting %d days", days),
                                      days),
               BADGE_WARNING);

  if (tandem_caseload_item_is_contact_overdue (item))
    add_badge (self, g_strdup (_("Contact overdue")), BADGE_WARNING);

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
    g_string_append_printf (label, _(", %s"), g_array_index (self->badges, Badge, i).text);

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
