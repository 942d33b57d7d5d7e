/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset-category.h"
#include "tandem-asset-row.h"
#include "tandem-enum-strings.h"

/* One asset in the directory's list: its name and organisation, its needs categories as
 * coloured dots with their names, where and what it costs, and badges for its suitability
 * check and for needing checking. A badge says its meaning in words and with an icon, never
 * by colour alone.
 *
 * The list makes rows whenever a search moves its top, so a row is a handful of widgets: the
 * categories are drawn in one, not a widget each. */
struct _TandemAssetRow
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *name_label;
  GtkWidget  *details_label;
  GtkWidget  *chips;
  GtkWidget  *suitability_icon;
  GtkWidget  *suitability_label;
  GtkWidget  *suitability_badge;
  GtkWidget  *stale_badge;

  GPtrArray  *chip_labels;   /* char *, the categories' names */
  GPtrArray  *chip_colours;  /* char *, #rrggbb */
};

G_DEFINE_FINAL_TYPE (TandemAssetRow, tandem_asset_row, GTK_TYPE_WIDGET)

#define DOT_RADIUS 5.0
#define CHIP_GAP 12
#define MORE_WIDTH 28

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

  /* Setting a tooltip is dear (it redoes the accessible description): rows are rebound at
   * every keystroke of a search, so only when it changes. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (badge),
                 tandem_suitability_get_label (suitability)) != 0)
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

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), "document-open-recent-symbolic");
  gtk_label_set_text (GTK_LABEL (label), _("Needs checking"));
  gtk_widget_set_tooltip_text (badge,
                               _("Nobody has confirmed lately that this still runs as described"));
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

/* Dots and names from the start edge, as many as fit; right to left in RTL. */
static void
draw_chips (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  TandemAssetRow *self = data;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL;
  GdkRGBA fg;
  int x = 0;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);

  for (guint i = 0; i < self->chip_labels->len; i++)
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (GTK_WIDGET (area), g_ptr_array_index (self->chip_labels, i));
      int text_width, text_height;
      int chip_width;
      double dot_x;

      gboolean last = i + 1 == self->chip_labels->len;

      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      chip_width = 2 * DOT_RADIUS + 4 + text_width;

      /* Those that do not fit are counted, so that none is silently missing. */
      if (x > 0 && x + chip_width > width - (last ? 0 : MORE_WIDTH))
        {
          g_autofree char *more = g_strdup_printf ("+%u", self->chip_labels->len - i);
          g_autoptr(PangoLayout) more_layout = gtk_widget_create_pango_layout (GTK_WIDGET (area),
                                                                               more);

          pango_layout_get_pixel_size (more_layout, &text_width, &text_height);
          cairo_move_to (cr, rtl ? width - x - text_width : x, (height - text_height) / 2.0);
          gdk_cairo_set_source_rgba (cr, &fg);
          pango_cairo_show_layout (cr, more_layout);
          break;
        }

      dot_x = rtl ? width - x - DOT_RADIUS : x + DOT_RADIUS;
      tandem_asset_draw_dot (cr, dot_x, height / 2.0, DOT_RADIUS,
                             g_ptr_array_index (self->chip_colours, i));

      cairo_move_to (cr, rtl ? width - x - chip_width : x + 2 * DOT_RADIUS + 4,
                     (height - text_height) / 2.0);
      gdk_cairo_set_source_rgba (cr, &fg);
      pango_cairo_show_layout (cr, layout);
      x += chip_width + CHIP_GAP;
    }
}

static void
tandem_asset_row_dispose (GObject *object)
{
  TandemAssetRow *self = (TandemAssetRow *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->chip_labels, g_ptr_array_unref);
  g_clear_pointer (&self->chip_colours, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_asset_row_parent_class)->dispose (object);
}

static void
tandem_asset_row_class_init (TandemAssetRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_asset_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tandemassetrow");
}

static GtkWidget *
text_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
tandem_asset_row_init (TandemAssetRow *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  self->chip_labels = g_ptr_array_new_with_free_func (g_free);
  self->chip_colours = g_ptr_array_new_with_free_func (g_free);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 8);
  gtk_widget_set_margin_bottom (self->box, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->name_label = text_label ("heading");
  self->details_label = text_label ("dim-label");
  gtk_widget_add_css_class (self->details_label, "caption");
  self->chips = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chips), 16);
  gtk_widget_add_css_class (self->chips, "caption");
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chips), draw_chips, self, NULL);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), self->name_label);
  gtk_box_append (GTK_BOX (text), self->details_label);
  gtk_box_append (GTK_BOX (text), self->chips);

  self->suitability_badge = badge_new (&self->suitability_icon, &self->suitability_label);
  self->stale_badge = tandem_stale_badge_new ();
  gtk_widget_set_valign (badges, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (badges), self->suitability_badge);
  gtk_box_append (GTK_BOX (badges), self->stale_badge);

  gtk_box_append (GTK_BOX (self->box), text);
  gtk_box_append (GTK_BOX (self->box), badges);
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
  g_auto(GStrv) keys = g_strsplit (tandem_asset_get_categories (asset), ",", -1);
  g_autofree char *details = dup_details (asset);
  g_autoptr(GString) accessible = g_string_new (NULL);

  g_return_if_fail (TANDEM_IS_ASSET_ROW (self));

  gtk_label_set_text (GTK_LABEL (self->name_label), tandem_asset_get_name (asset));
  gtk_label_set_text (GTK_LABEL (self->details_label), details);

  g_ptr_array_set_size (self->chip_labels, 0);
  g_ptr_array_set_size (self->chip_colours, 0);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      TandemAssetCategory *category = g_hash_table_lookup (categories, keys[i]);

      if (category == NULL)
        continue;
      g_ptr_array_add (self->chip_labels, g_strdup (tandem_asset_category_get_label (category)));
      g_ptr_array_add (self->chip_colours, g_strdup (tandem_asset_category_get_colour (category)));
      g_string_append_printf (accessible, "%s%s", accessible->len > 0 ? ", " : "",
                              tandem_asset_category_get_label (category));
    }
  gtk_widget_set_visible (self->chips, self->chip_labels->len > 0);
  gtk_widget_queue_draw (self->chips);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chips), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible->str, -1);

  set_badge_suitability (self->suitability_badge, self->suitability_icon,
                         self->suitability_label, tandem_asset_get_suitability (asset));
  gtk_widget_set_visible (self->stale_badge, stale);
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

  return gtk_label_get_text (GTK_LABEL (self->suitability_label));
}

gboolean
tandem_asset_row_get_stale_shown (TandemAssetRow *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_ROW (self), FALSE);

  return gtk_widget_get_visible (self->stale_badge);
}
