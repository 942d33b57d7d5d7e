/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset-category.h"
#include "tandem-asset-row.h"
#include "tandem-enum-strings.h"
#include "tandem-row-painter.h"

/* One asset in the directory's list: its name and organisation, its needs categories as
 * coloured dots with their names, where and what it costs, and badges for its suitability
 * check and for needing checking. A badge says its meaning in words and with an icon, never
 * by colour alone.
 *
 * Like the caseload's rows, the row is one widget that draws itself (tandem-row-painter.h):
 * GTK 4.8's list makes new rows whenever a search moves the top of the list, up to 200 of
 * them per keystroke, and a row of a dozen widgets cost a millisecond to make. It measures
 * without laying out any text, and lays out text only when drawn, which only the rows on
 * screen are. The badge widgets for other pages are here too, so that a suitability check
 * looks the same everywhere. */
struct _TandemAssetRow
{
  GtkWidget          parent_instance;

  char              *name;
  char              *details;
  GPtrArray         *chip_labels;   /* char *, the categories' names */
  GPtrArray         *chip_colours;  /* char *, #rrggbb */
  TandemSuitability  suitability;
  TandemBadge        suitability_badge;
  TandemBadge        stale_badge;
  gboolean           stale;

  PangoLayout       *name_layout;
  PangoLayout       *details_layout;
  GPtrArray         *chip_layouts;  /* PangoLayout, one per chip label */
  int                layout_width;  /* the text width the layouts were made for */

  /* Where the badges were last drawn, for their tooltips. */
  graphene_rect_t    suitability_rect;
  graphene_rect_t    stale_rect;
};

G_DEFINE_FINAL_TYPE (TandemAssetRow, tandem_asset_row, GTK_TYPE_WIDGET)

#define STALE_ICON    "document-open-recent-symbolic"
#define DOT_RADIUS    5.0
#define DOT_GAP       4
#define CHIP_GAP      12
#define CHIPS_HEIGHT  16
#define MORE_WIDTH    28
#define BADGE_GAP     4

static const char *
suitability_icon_name (TandemSuitability suitability)
{
  switch (suitability)
    {
    case TANDEM_SUITABILITY_GREEN: return "emblem-ok-symbolic";
    case TANDEM_SUITABILITY_AMBER: return "dialog-warning-symbolic";
    case TANDEM_SUITABILITY_RED: return "action-unavailable-symbolic";
    case TANDEM_SUITABILITY_UNCHECKED:
    default: return "dialog-question-symbolic";
    }
}

/* The badge the row draws looks as the badge widget's style class makes it look. */
static TandemBadgeStyle
suitability_badge_style (TandemSuitability suitability)
{
  switch (suitability)
    {
    case TANDEM_SUITABILITY_GREEN: return TANDEM_BADGE_SUCCESS;
    case TANDEM_SUITABILITY_AMBER: return TANDEM_BADGE_WARNING;
    case TANDEM_SUITABILITY_RED: return TANDEM_BADGE_ERROR;
    case TANDEM_SUITABILITY_UNCHECKED:
    default: return TANDEM_BADGE_DIM;
    }
}

static const char *
suitability_css_class (TandemSuitability suitability)
{
  switch (suitability)
    {
    case TANDEM_SUITABILITY_GREEN: return "success";
    case TANDEM_SUITABILITY_AMBER: return "warning";
    case TANDEM_SUITABILITY_RED: return "error";
    case TANDEM_SUITABILITY_UNCHECKED:
    default: return "dim";
    }
}

/**
 * tandem_suitability_get_short_label:
 *
 * Returns: the word a badge shows for @suitability
 */
const char *
tandem_suitability_get_short_label (TandemSuitability suitability)
{
  switch (suitability)
    {
    /* Translators: the short form of a suitability check's outcome, on a badge */
    case TANDEM_SUITABILITY_GREEN: return C_("suitability", "Green");
    case TANDEM_SUITABILITY_AMBER: return C_("suitability", "Amber");
    case TANDEM_SUITABILITY_RED: return C_("suitability", "Red");
    case TANDEM_SUITABILITY_UNCHECKED:
    default: return C_("suitability", "Unchecked");
    }
}

static const char *
stale_text (void)
{
  return _("Needs checking");
}

static const char *
stale_tooltip (void)
{
  return _("Nobody has confirmed lately that this still runs as described");
}

static void
set_badge_suitability (GtkWidget         *badge,
                       GtkWidget         *icon,
                       GtkWidget         *label,
                       TandemSuitability  suitability)
{
  const char *classes[] = { "success", "warning", "error", "dim" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (badge, classes[i]);
  gtk_widget_add_css_class (badge, suitability_css_class (suitability));
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), suitability_icon_name (suitability));
  gtk_label_set_text (GTK_LABEL (label), tandem_suitability_get_short_label (suitability));
  gtk_widget_set_tooltip_text (badge, tandem_suitability_get_label (suitability));
}

static GtkWidget *
badge_new (GtkWidget **icon,
           GtkWidget **label)
{
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  *icon = gtk_image_new ();
  *label = gtk_label_new (NULL);
  gtk_image_set_pixel_size (GTK_IMAGE (*icon), 12);
  gtk_widget_add_css_class (badge, "tandem-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (badge, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (badge), *icon);
  gtk_box_append (GTK_BOX (badge), *label);
  return badge;
}

/**
 * tandem_suitability_badge_new:
 *
 * Returns: (transfer floating): a badge saying @suitability in a word, with an icon and colour
 */
GtkWidget *
tandem_suitability_badge_new (TandemSuitability suitability)
{
  GtkWidget *icon, *label;
  GtkWidget *badge = badge_new (&icon, &label);

  set_badge_suitability (badge, icon, label, suitability);
  return badge;
}

/**
 * tandem_stale_badge_new:
 *
 * Returns: (transfer floating): the "Needs checking" badge of an asset nobody has verified
 *   lately
 */
GtkWidget *
tandem_stale_badge_new (void)
{
  GtkWidget *icon, *label;
  GtkWidget *badge = badge_new (&icon, &label);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), STALE_ICON);
  gtk_label_set_text (GTK_LABEL (label), stale_text ());
  gtk_widget_set_tooltip_text (badge, stale_tooltip ());
  gtk_widget_add_css_class (badge, "warning");
  return badge;
}

/**
 * tandem_asset_draw_dot:
 * @colour: (nullable): #rrggbb; grey when it does not parse
 */
void
tandem_asset_draw_dot (cairo_t    *cr,
                       double      x,
                       double      y,
                       double      radius,
                       const char *colour)
{
  GdkRGBA rgba;

  if (colour == NULL || !gdk_rgba_parse (&rgba, colour))
    gdk_rgba_parse (&rgba, "#77767b");

  /* A new path, or cairo would join the dot to the text drawn before it. */
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_fill_preserve (cr);
  /* A rim keeps light colours visible on a light background, dark ones on a dark. */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.5);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}


/* The name is set as a .heading label would be, the rest as a .caption one. */
static double
heading_scale (GtkWidget *widget)
{
  return tandem_row_font_scale (widget, TANDEM_ROW_HEADING_SIZE);
}

static double
caption_scale (GtkWidget *widget)
{
  return tandem_row_font_scale (widget, TANDEM_ROW_CAPTION_SIZE);
}

static void
clear_layouts (TandemAssetRow *self)
{
  g_clear_object (&self->name_layout);
  g_clear_object (&self->details_layout);
  g_ptr_array_set_size (self->chip_layouts, 0);
  tandem_badge_clear_layout (&self->suitability_badge);
  tandem_badge_clear_layout (&self->stale_badge);
  self->layout_width = -1;
}

/* The widest badge shown; it lays the badges' words out, so only the snapshot calls it. */
static int
get_badges_width (TandemAssetRow *self)
{
  int width, stale_width = 0;

  tandem_badge_get_size (&self->suitability_badge, GTK_WIDGET (self), &width, NULL);
  if (self->stale)
    tandem_badge_get_size (&self->stale_badge, GTK_WIDGET (self), &stale_width, NULL);

  return MAX (width, stale_width);
}

static int
get_text_height (TandemAssetRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int height = tandem_row_line_height (widget, heading_scale (widget)) + TANDEM_ROW_LINE_GAP +
               tandem_row_line_height (widget, caption_scale (widget));

  if (self->chip_labels->len > 0)
    height += TANDEM_ROW_LINE_GAP + CHIPS_HEIGHT;

  return height;
}

static int
get_badges_height (TandemAssetRow *self)
{
  int badge = tandem_badge_get_height (GTK_WIDGET (self));

  return self->stale ? 2 * badge + BADGE_GAP : badge;
}

static void
tandem_asset_row_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  TandemAssetRow *self = TANDEM_ASSET_ROW (widget);

  /* Badges are about 100 pixels wide; the text takes what is left and ellipsizes. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 2 * TANDEM_ROW_PADDING_X + 80 + TANDEM_ROW_GAP + 100;
      *natural = 2 * TANDEM_ROW_PADDING_X + 320 + TANDEM_ROW_GAP + 100;
    }
  else
    {
      *minimum = *natural = 2 * TANDEM_ROW_PADDING_Y + MAX (get_text_height (self),
                                                             get_badges_height (self));
    }
}

static void
ensure_layouts (TandemAssetRow *self,
                int             text_width)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->layout_width == text_width && self->name_layout != NULL)
    return;

  g_clear_object (&self->name_layout);
  g_clear_object (&self->details_layout);
  self->layout_width = text_width;
  self->name_layout = tandem_row_make_layout (widget, self->name, heading_scale (widget),
                                              PANGO_WEIGHT_BOLD, MAX (text_width, 1));
  self->details_layout = tandem_row_make_layout (widget, self->details,
                                                 caption_scale (widget), PANGO_WEIGHT_NORMAL,
                                                 MAX (text_width, 1));

  if (self->chip_layouts->len == 0)
    for (guint i = 0; i < self->chip_labels->len; i++)
      g_ptr_array_add (self->chip_layouts,
                       tandem_row_make_layout (widget, g_ptr_array_index (self->chip_labels, i),
                                               caption_scale (widget), PANGO_WEIGHT_NORMAL, -1));
}

/* A category's dot, with the rim tandem_asset_draw_dot() gives it. */
static void
append_dot (GtkSnapshot *snapshot,
            const char  *colour,
            float        x,
            float        y)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                           &GRAPHENE_RECT_INIT (x - DOT_RADIUS - 1,
                                                                y - DOT_RADIUS - 1,
                                                                2 * DOT_RADIUS + 2,
                                                                2 * DOT_RADIUS + 2));

  tandem_asset_draw_dot (cr, x, y, DOT_RADIUS, colour);
  cairo_destroy (cr);
}

/* Dots and names from the start edge, as many as fit; those that do not fit are counted,
 * so that none is silently missing. */
static void
snapshot_chips (TandemAssetRow *self,
                GtkSnapshot    *snapshot,
                const GdkRGBA  *foreground,
                gboolean        rtl,
                float           start,
                int             width,
                float           y)
{
  int row_width = gtk_widget_get_width (GTK_WIDGET (self));
  float middle = y + CHIPS_HEIGHT / 2.0f;
  int x = 0;

  for (guint i = 0; i < self->chip_layouts->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (self->chip_layouts, i);
      gboolean last = i + 1 == self->chip_layouts->len;
      int text_width, text_height, chip_width;

      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      chip_width = 2 * DOT_RADIUS + DOT_GAP + text_width;

      if (x > 0 && x + chip_width > width - (last ? 0 : MORE_WIDTH))
        {
          /* Translators: how many more needs categories an asset has than its row has room
           * for, as in "+2" */
          g_autofree char *count = g_strdup_printf (_("+%u"), self->chip_layouts->len - i);
          /* Kept left to right in a right-to-left row, so that it never reads "2+". */
          g_autofree char *more = g_strdup_printf ("\u2066%s\u2069", count);
          g_autoptr(PangoLayout) more_layout =
            tandem_row_make_layout (GTK_WIDGET (self), more, caption_scale (GTK_WIDGET (self)),
                                    PANGO_WEIGHT_NORMAL, -1);

          pango_layout_get_pixel_size (more_layout, &text_width, &text_height);
          tandem_row_append_layout (snapshot, more_layout, foreground,
                                    tandem_row_place (rtl, row_width, start + x, text_width),
                                    middle - text_height / 2.0f);
          break;
        }

      append_dot (snapshot, g_ptr_array_index (self->chip_colours, i),
                  tandem_row_place (rtl, row_width, start + x, 2 * DOT_RADIUS) + DOT_RADIUS,
                  middle);
      tandem_row_append_layout (snapshot, layout, foreground,
                                tandem_row_place (rtl, row_width,
                                                  start + x + 2 * DOT_RADIUS + DOT_GAP,
                                                  text_width),
                                middle - text_height / 2.0f);
      x += chip_width + CHIP_GAP;
    }
}

/* The badges, each against the end edge, stacked and centred in the row's height. */
static void
snapshot_badges (TandemAssetRow *self,
                 GtkSnapshot    *snapshot,
                 gboolean        rtl)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int row_width = gtk_widget_get_width (widget);
  float y = (gtk_widget_get_height (widget) - get_badges_height (self)) / 2.0f;
  int width, height;
  float x;

  tandem_badge_get_size (&self->suitability_badge, widget, &width, &height);
  x = tandem_row_place (rtl, row_width, row_width - TANDEM_ROW_PADDING_X - width, width);
  tandem_badge_append (&self->suitability_badge, widget, snapshot, x, y);
  self->suitability_rect = GRAPHENE_RECT_INIT (x, y, width, height);

  self->stale_rect = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  if (self->stale)
    {
      y += tandem_badge_get_height (widget) + BADGE_GAP;
      tandem_badge_get_size (&self->stale_badge, widget, &width, &height);
      x = tandem_row_place (rtl, row_width, row_width - TANDEM_ROW_PADDING_X - width, width);
      tandem_badge_append (&self->stale_badge, widget, snapshot, x, y);
      self->stale_rect = GRAPHENE_RECT_INIT (x, y, width, height);
    }
}

static void
tandem_asset_row_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  TandemAssetRow *self = TANDEM_ASSET_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  float text_x = TANDEM_ROW_PADDING_X;
  int text_width = width - 2 * TANDEM_ROW_PADDING_X - TANDEM_ROW_GAP - get_badges_width (self);
  GdkRGBA foreground, dim;
  int name_height, details_height;
  float y = TANDEM_ROW_PADDING_Y;

  if (self->name == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  dim = foreground;
  dim.alpha *= TANDEM_ROW_DIM_ALPHA;

  ensure_layouts (self, text_width);
  pango_layout_get_pixel_size (self->name_layout, NULL, &name_height);
  pango_layout_get_pixel_size (self->details_layout, NULL, &details_height);

  /* The text is laid out to its full width, and right to left Pango sets it against the
   * right edge of that width: mirror the whole width, not the width of the text. */
  tandem_row_append_layout (snapshot, self->name_layout, &foreground,
                            tandem_row_place (rtl, width, text_x, MAX (text_width, 1)), y);
  y += name_height + TANDEM_ROW_LINE_GAP;
  tandem_row_append_layout (snapshot, self->details_layout, &dim,
                            tandem_row_place (rtl, width, text_x, MAX (text_width, 1)), y);
  y += details_height + TANDEM_ROW_LINE_GAP;
  snapshot_chips (self, snapshot, &foreground, rtl, text_x, text_width, y);
  snapshot_badges (self, snapshot, rtl);
}

static gboolean
tandem_asset_row_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_tooltip,
                                GtkTooltip *tooltip)
{
  TandemAssetRow *self = TANDEM_ASSET_ROW (widget);
  const graphene_point_t point = GRAPHENE_POINT_INIT (x, y);

  if (graphene_rect_contains_point (&self->suitability_rect, &point))
    {
      gtk_tooltip_set_text (tooltip, tandem_suitability_get_label (self->suitability));
      return TRUE;
    }
  if (self->stale && graphene_rect_contains_point (&self->stale_rect, &point))
    {
      gtk_tooltip_set_text (tooltip, stale_tooltip ());
      return TRUE;
    }

  return FALSE;
}

static void
tandem_asset_row_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tandem_asset_row_parent_class)->css_changed (widget, change);

  /* The font or colours may have changed: make the text again at the next draw. */
  clear_layouts (TANDEM_ASSET_ROW (widget));
  gtk_widget_queue_resize (widget);
}

static void
tandem_asset_row_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  clear_layouts (TANDEM_ASSET_ROW (widget));
  gtk_widget_queue_draw (widget);
}

static void
tandem_asset_row_finalize (GObject *object)
{
  TandemAssetRow *self = (TandemAssetRow *) object;

  clear_layouts (self);
  g_clear_pointer (&self->chip_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->chip_labels, g_ptr_array_unref);
  g_clear_pointer (&self->chip_colours, g_ptr_array_unref);
  tandem_badge_clear (&self->suitability_badge);
  tandem_badge_clear (&self->stale_badge);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (tandem_asset_row_parent_class)->finalize (object);
}

static void
tandem_asset_row_class_init (TandemAssetRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_asset_row_finalize;
  widget_class->measure = tandem_asset_row_measure;
  widget_class->snapshot = tandem_asset_row_snapshot;
  widget_class->query_tooltip = tandem_asset_row_query_tooltip;
  widget_class->css_changed = tandem_asset_row_css_changed;
  widget_class->direction_changed = tandem_asset_row_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "tandemassetrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
tandem_asset_row_init (TandemAssetRow *self)
{
  self->chip_labels = g_ptr_array_new_with_free_func (g_free);
  self->chip_colours = g_ptr_array_new_with_free_func (g_free);
  self->chip_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->layout_width = -1;

  self->suitability_badge.text = g_strdup (tandem_suitability_get_short_label (self->suitability));
  self->suitability_badge.icon_name = suitability_icon_name (self->suitability);
  self->suitability_badge.style = suitability_badge_style (self->suitability);
  self->stale_badge.text = g_strdup (stale_text ());
  self->stale_badge.icon_name = STALE_ICON;
  self->stale_badge.style = TANDEM_BADGE_WARNING;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
tandem_asset_row_new (void)
{
  return g_object_new (TANDEM_TYPE_ASSET_ROW, NULL);
}

static char *
dup_details (TandemAsset *asset)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  TandemAssetCost cost = tandem_asset_get_cost (asset);

  if (tandem_asset_get_organisation (asset)[0] != '\0')
    g_ptr_array_add (parts, (char *) tandem_asset_get_organisation (asset));
  if (tandem_asset_get_postcode (asset)[0] != '\0')
    g_ptr_array_add (parts, (char *) tandem_asset_get_postcode (asset));
  if (tandem_asset_get_cost_note (asset)[0] != '\0')
    g_ptr_array_add (parts, (char *) tandem_asset_get_cost_note (asset));
  else if (cost != TANDEM_COST_UNKNOWN)
    g_ptr_array_add (parts, (char *) tandem_asset_cost_get_label (cost));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
set_categories (TandemAssetRow *self,
                TandemAsset    *asset,
                GHashTable     *categories)
{
  g_auto(GStrv) keys = g_strsplit (tandem_asset_get_categories (asset), ",", -1);

  g_ptr_array_set_size (self->chip_labels, 0);
  g_ptr_array_set_size (self->chip_colours, 0);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      TandemAssetCategory *category = g_hash_table_lookup (categories, keys[i]);

      if (category == NULL)
        continue;
      g_ptr_array_add (self->chip_labels, g_strdup (tandem_asset_category_get_label (category)));
      g_ptr_array_add (self->chip_colours, g_strdup (tandem_asset_category_get_colour (category)));
    }
}

static void
set_suitability (TandemAssetRow    *self,
                 TandemSuitability  suitability)
{
  if (self->suitability == suitability)
    return;

  self->suitability = suitability;
  tandem_badge_clear (&self->suitability_badge);
  self->suitability_badge.text = g_strdup (tandem_suitability_get_short_label (suitability));
  self->suitability_badge.icon_name = suitability_icon_name (suitability);
  self->suitability_badge.style = suitability_badge_style (suitability);
}

/* Screen readers get what the row draws, in reading order, and the badges' meaning in full. */
static void
update_accessible (TandemAssetRow *self)
{
  g_autoptr(GString) label = g_string_new (self->name);

  if (self->details[0] != '\0')
    g_string_append_printf (label, _(", %s"), self->details);
  for (guint i = 0; i < self->chip_labels->len; i++)
    g_string_append_printf (label, _(", %s"), (char *) g_ptr_array_index (self->chip_labels, i));
  g_string_append_printf (label, _(", %s"), tandem_suitability_get_label (self->suitability));
  if (self->stale)
    g_string_append_printf (label, _(", %s"), stale_text ());

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label->str, -1);
}

/**
 * tandem_asset_row_set_asset:
 * @categories: the directory's categories by key
 * @stale: whether to show "Needs checking"
 */
void
tandem_asset_row_set_asset (TandemAssetRow *self,
                            TandemAsset    *asset,
                            GHashTable     *categories,
                            gboolean        stale)
{
  g_return_if_fail (TANDEM_IS_ASSET_ROW (self));
  g_return_if_fail (TANDEM_IS_ASSET (asset));

  clear_layouts (self);
  g_free (self->name);
  self->name = g_strdup (tandem_asset_get_name (asset));
  g_free (self->details);
  self->details = dup_details (asset);
  set_categories (self, asset, categories);
  set_suitability (self, tandem_asset_get_suitability (asset));
  self->stale = stale;
  update_accessible (self);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * tandem_asset_row_get_badge_text:
 *
 * Returns: the word the suitability badge shows, for tests
 */
const char *
tandem_asset_row_get_badge_text (TandemAssetRow *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_ROW (self), NULL);

  return self->suitability_badge.text;
}

gboolean
tandem_asset_row_get_stale_shown (TandemAssetRow *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_ROW (self), FALSE);

  return self->stale;
}
