/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-plan-item-row.h"

/* What the rows of needs, goals and actions share: a heading with their number, a handle to
 * drag them by and a menu to move or remove them; their fields; and below them the goals
 * or actions that belong to them, with a button to add one. Read-only rows have none of the
 * editing parts.
 *
 * A row asks for changes to the plan by signals, which the page carries out through the
 * editor: the page knows where the focus goes afterwards and what the toast says. */

typedef struct
{
  GObject          *item;
  TandemPlanEditor *editor;      /* NULL when read-only */
  GPtrArray        *inputs;      /* TandemPlanInput, in the order added */

  GtkWidget        *header;
  GtkWidget        *caption;
  GtkWidget        *menu_button;
  GtkWidget        *body;
  GtkWidget        *children;
  GtkWidget        *short_fields;  /* GtkFlowBox, made with the first short field */
  GtkWidget        *add_button;
  char             *add_label;
} TandemPlanItemRowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TandemPlanItemRow, tandem_plan_item_row, GTK_TYPE_WIDGET)

enum {
  SIGNAL_MOVE_BY,
  SIGNAL_REMOVE,
  SIGNAL_ADD_CHILD,
  SIGNAL_DROP_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_title (GObject *item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return _("Need or concern");
  if (TANDEM_IS_PLAN_GOAL (item))
    return _("Goal");

  return _("Action");
}

static void
create_menu (GtkMenuButton *button,
             gpointer       data)
{
  TandemPlanItemRow *self = data;
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) moves = NULL;
  g_autoptr(GMenu) changes = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  moves = g_menu_new ();
  changes = g_menu_new ();
  g_menu_append (moves, _("Move _Up"), "item.move-up");
  g_menu_append (moves, _("Move _Down"), "item.move-down");
  if (priv->add_label != NULL)
    g_menu_append (changes, priv->add_label, "item.add-child");
  g_menu_append (changes, TANDEM_IS_PLAN_NEED (priv->item) ? _("_Remove Need")
                          : TANDEM_IS_PLAN_GOAL (priv->item) ? _("_Remove Goal")
                          : _("_Remove Action"),
                 "item.remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (changes));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_MOVE_BY], 0, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_MOVE_BY], 0, 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_REMOVE], 0);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_ADD_CHILD], 0);
}

/* Dragging */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource     *source,
                 double             x,
                 double             y,
                 TandemPlanItemRow *self)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);

  return gdk_content_provider_new_typed (G_OBJECT_TYPE (priv->item), priv->item);
}

static void
drag_begin_cb (GtkDragSource     *source,
               GdkDrag           *drag,
               TandemPlanItemRow *self)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (priv->header);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gint64
parent_id (GObject *item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return tandem_plan_need_get_version_id (TANDEM_PLAN_NEED (item));
  if (TANDEM_IS_PLAN_GOAL (item))
    return tandem_plan_goal_get_need_id (TANDEM_PLAN_GOAL (item));

  return tandem_plan_action_get_goal_id (TANDEM_PLAN_ACTION (item));
}

/* Items move among their siblings only: a goal stays with its need. */
static gboolean
drop_cb (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         TandemPlanItemRow *self)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  GObject *dropped = g_value_get_object (value);
  gboolean after = y > gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (dropped == NULL || dropped == priv->item || parent_id (dropped) != parent_id (priv->item))
    return FALSE;

  g_signal_emit (self, signals[SIGNAL_DROP_ITEM], 0, dropped, after);
  return TRUE;
}

static void
add_drag_and_drop (TandemPlanItemRow *self,
                   GtkWidget         *handle)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_OBJECT_TYPE (priv->item), GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* Building */

static void
build_header (TandemPlanItemRow *self)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  GtkWidget *handle;

  priv->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (priv->header, "tandem-plan-item-header");

  if (priv->editor != NULL)
    {
      handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
      gtk_widget_add_css_class (handle, "tandem-plan-handle");
      gtk_widget_set_tooltip_text (handle, _("Drag to move; or press Alt+Up or Alt+Down"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (handle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move"), -1);
      gtk_widget_set_cursor_from_name (handle, "grab");
      gtk_box_append (GTK_BOX (priv->header), handle);
      add_drag_and_drop (self, handle);
    }

  priv->caption = gtk_label_new (kind_title (priv->item));
  gtk_label_set_xalign (GTK_LABEL (priv->caption), 0);
  gtk_widget_set_hexpand (priv->caption, TRUE);
  gtk_widget_add_css_class (priv->caption, "tandem-plan-item-caption");
  gtk_box_append (GTK_BOX (priv->header), priv->caption);

  if (priv->editor != NULL)
    {
      priv->menu_button = gtk_menu_button_new ();
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (priv->menu_button), "view-more-symbolic");
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (priv->menu_button), create_menu,
                                             self, NULL);
      gtk_widget_add_css_class (priv->menu_button, "flat");
      gtk_widget_set_valign (priv->menu_button, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (priv->header), priv->menu_button);
    }

  gtk_widget_set_parent (priv->header, GTK_WIDGET (self));
}

static void
add_clicked_cb (TandemPlanItemRow *self)
{
  g_signal_emit (self, signals[SIGNAL_ADD_CHILD], 0);
}

static void
tandem_plan_item_row_dispose (GObject *object)
{
  TandemPlanItemRow *self = (TandemPlanItemRow *) object;
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&priv->inputs, g_ptr_array_unref);
  g_clear_object (&priv->editor);
  g_clear_object (&priv->item);
  g_clear_pointer (&priv->add_label, g_free);

  G_OBJECT_CLASS (tandem_plan_item_row_parent_class)->dispose (object);
}

static void
tandem_plan_item_row_class_init (TandemPlanItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plan_item_row_dispose;

  /**
   * TandemPlanItemRow::move-by:
   * @delta: -1 to move the item up one place, 1 to move it down
   */
  signals[SIGNAL_MOVE_BY] =
    g_signal_new ("move-by",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  signals[SIGNAL_REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemPlanItemRow::add-child:
   *
   * The user asked for a new goal under a need, or a new action under a goal.
   */
  signals[SIGNAL_ADD_CHILD] =
    g_signal_new ("add-child",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemPlanItemRow::drop-item:
   * @item: a sibling dropped on the row
   * @after: whether it was dropped on the lower half, to go after this row's item
   */
  signals[SIGNAL_DROP_ITEM] =
    g_signal_new ("drop-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, G_TYPE_BOOLEAN);

  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "item.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "item.add-child", NULL, add_child_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "tandemplanitem");
}

static void
tandem_plan_item_row_init (TandemPlanItemRow *self)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);
  priv->inputs = g_ptr_array_new ();
}

/**
 * tandem_plan_item_row_construct:
 * @item: the need, goal or action shown
 * @editor: (nullable): what saves changes; %NULL for a read-only row
 * @add_child_label: (nullable): the label of the button adding a goal or action under the
 *   item, or %NULL for an item that has nothing under it
 *
 * Builds the parts every row has; the subclass then adds its fields.
 */
void
tandem_plan_item_row_construct (TandemPlanItemRow *self,
                                gpointer           item,
                                TandemPlanEditor  *editor,
                                const char        *add_child_label)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);

  priv->item = g_object_ref (item);
  priv->editor = editor ? g_object_ref (editor) : NULL;

  build_header (self);

  priv->body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_set_parent (priv->body, GTK_WIDGET (self));

  if (add_child_label == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.add-child", FALSE);
      return;
    }

  priv->add_label = g_strdup (add_child_label);
  priv->children = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (priv->children, "tandem-plan-children");
  gtk_widget_set_parent (priv->children, GTK_WIDGET (self));

  if (editor != NULL)
    {
      GtkWidget *content = adw_button_content_new ();

      priv->add_button = gtk_button_new ();
      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), add_child_label);
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
      gtk_button_set_child (GTK_BUTTON (priv->add_button), content);
      gtk_widget_set_halign (priv->add_button, GTK_ALIGN_START);
      gtk_widget_add_css_class (priv->add_button, "flat");
      gtk_widget_add_css_class (priv->add_button, "tandem-plan-add");
      g_signal_connect_object (priv->add_button, "clicked", G_CALLBACK (add_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_set_parent (priv->add_button, GTK_WIDGET (self));
    }
}

/**
 * tandem_plan_item_row_add_input:
 *
 * Returns: (transfer none): a new field of the item, which the caller puts in place
 */
GtkWidget *
tandem_plan_item_row_add_input (TandemPlanItemRow   *self,
                                TandemPlanInputKind  kind,
                                const char          *property,
                                const char          *heading)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  GtkWidget *input = tandem_plan_input_new (kind, priv->item, property, heading, priv->editor);

  g_ptr_array_add (priv->inputs, input);
  return input;
}

void
tandem_plan_item_row_append (TandemPlanItemRow *self,
                             GtkWidget         *widget)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);

  gtk_box_append (GTK_BOX (priv->body), widget);
}

/**
 * tandem_plan_item_row_add_short_input:
 *
 * Adds a short field, such as a date or a status, beside the row's other short fields: three
 * to a line in a wide window, fewer when narrow.
 *
 * Returns: (transfer none): the new field
 */
GtkWidget *
tandem_plan_item_row_add_short_input (TandemPlanItemRow   *self,
                                      TandemPlanInputKind  kind,
                                      const char          *property,
                                      const char          *heading)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  GtkWidget *input = tandem_plan_item_row_add_input (self, kind, property, heading);
  GtkWidget *child = gtk_flow_box_child_new ();

  if (priv->short_fields == NULL)
    {
      priv->short_fields = gtk_flow_box_new ();
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (priv->short_fields), GTK_SELECTION_NONE);
      gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (priv->short_fields), TRUE);
      gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (priv->short_fields), 1);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (priv->short_fields), 3);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (priv->short_fields), 12);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (priv->short_fields), 10);
      gtk_widget_add_css_class (priv->short_fields, "tandem-plan-short-fields");
      tandem_plan_item_row_append (self, priv->short_fields);
    }

  /* The field takes the focus, not the box around it. */
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), input);
  gtk_flow_box_append (GTK_FLOW_BOX (priv->short_fields), child);
  return input;
}

/**
 * tandem_plan_item_row_get_item:
 *
 * Returns: (transfer none): the need, goal or action
 */
gpointer
tandem_plan_item_row_get_item (TandemPlanItemRow *self)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_PLAN_ITEM_ROW (self), NULL);

  return priv->item;
}

/**
 * tandem_plan_item_row_get_children_box:
 *
 * Returns: (transfer none) (nullable): the box holding the rows of the goals or actions under
 *   the item
 */
GtkWidget *
tandem_plan_item_row_get_children_box (TandemPlanItemRow *self)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_PLAN_ITEM_ROW (self), NULL);

  return priv->children;
}

/**
 * tandem_plan_item_row_find_input:
 * @property: (nullable): a property of the item, or %NULL for its first field
 *
 * Returns: (transfer none) (nullable): the #TandemPlanInput of @property
 */
GtkWidget *
tandem_plan_item_row_find_input (TandemPlanItemRow *self,
                                 const char        *property)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_PLAN_ITEM_ROW (self), NULL);

  for (guint i = 0; i < priv->inputs->len; i++)
    {
      TandemPlanInput *input = g_ptr_array_index (priv->inputs, i);

      if (property == NULL || g_str_equal (tandem_plan_input_get_property_name (input), property))
        return GTK_WIDGET (input);
    }

  return NULL;
}

void
tandem_plan_item_row_refresh (TandemPlanItemRow *self,
                              const char        *property)
{
  GtkWidget *input = tandem_plan_item_row_find_input (self, property);

  if (input != NULL)
    tandem_plan_input_refresh (TANDEM_PLAN_INPUT (input));
}

/**
 * tandem_plan_item_row_focus:
 * @property: (nullable): the field to focus, or %NULL for the first
 */
gboolean
tandem_plan_item_row_focus (TandemPlanItemRow *self,
                            const char        *property)
{
  GtkWidget *input = tandem_plan_item_row_find_input (self, property);

  if (input == NULL)
    input = tandem_plan_item_row_find_input (self, NULL);

  return input != NULL && tandem_plan_input_focus (TANDEM_PLAN_INPUT (input));
}

/**
 * tandem_plan_item_row_set_position:
 * @index: the item's place among its siblings, from 0
 * @count: how many siblings there are
 *
 * Numbers the row, as the printed copy does, and says where it can move.
 */
void
tandem_plan_item_row_set_position (TandemPlanItemRow *self,
                                   guint              index,
                                   guint              count)
{
  TandemPlanItemRowPrivate *priv = tandem_plan_item_row_get_instance_private (self);
  g_autofree char *caption = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (TANDEM_IS_PLAN_ITEM_ROW (self));

  /* Translators: the heading of a need, goal or action and its number, as in "Goal 2" */
  caption = g_strdup_printf (_("%s %u"), kind_title (priv->item), index + 1);
  /* Translators: a need, goal or action, its number and how many there are, as in
   * "Goal 2 of 3", for screen readers */
  label = g_strdup_printf (_("%s %u of %u"), kind_title (priv->item), index + 1, count);
  gtk_label_set_text (GTK_LABEL (priv->caption), caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-up",
                                 priv->editor != NULL && index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-down",
                                 priv->editor != NULL && index + 1 < count);

  if (priv->menu_button != NULL)
    {
      g_autofree char *menu_label = g_strdup_printf (_("%s Menu"), caption);

      gtk_widget_set_tooltip_text (priv->menu_button, menu_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (priv->menu_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
    }
}
