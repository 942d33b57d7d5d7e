/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-section"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-plan-section.h"

/* One part of the plan under its heading, as in the printed copy, which the user can fold
 * away: the heading is a button that shows or hides what is under it. */
struct _TandemPlanSection
{
  GtkWidget  parent_instance;

  char      *name;
  gboolean   expanded;

  GtkWidget *header;
  GtkWidget *toggle;
  GtkWidget *arrow;
  GtkWidget *title_label;
  GtkWidget *suffixes;
  GtkWidget *content;
};

G_DEFINE_FINAL_TYPE (TandemPlanSection, tandem_plan_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_state (TandemPlanSection *self)
{
  gtk_widget_set_visible (self->content, self->expanded);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->arrow),
                                self->expanded ? "pan-down-symbolic"
                                               : (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                                                  ? "pan-start-symbolic" : "pan-end-symbolic"));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_STATE_EXPANDED,
                               self->expanded, -1);
  gtk_widget_set_tooltip_text (self->toggle, self->expanded ? _("Hide this section")
                                                            : _("Show this section"));
}

static void
toggle_clicked_cb (TandemPlanSection *self)
{
  tandem_plan_section_set_expanded (self, !self->expanded);
}

static void
tandem_plan_section_dispose (GObject *object)
{
  TandemPlanSection *self = (TandemPlanSection *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PLAN_SECTION);

  G_OBJECT_CLASS (tandem_plan_section_parent_class)->dispose (object);
}

static void
tandem_plan_section_finalize (GObject *object)
{
  TandemPlanSection *self = (TandemPlanSection *) object;

  g_free (self->name);

  G_OBJECT_CLASS (tandem_plan_section_parent_class)->finalize (object);
}

static void
tandem_plan_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TandemPlanSection *self = TANDEM_PLAN_SECTION (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_section_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TandemPlanSection *self = TANDEM_PLAN_SECTION (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      tandem_plan_section_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_section_class_init (TandemPlanSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plan_section_dispose;
  object_class->finalize = tandem_plan_section_finalize;
  object_class->get_property = tandem_plan_section_get_property;
  object_class->set_property = tandem_plan_section_set_property;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-plan-section.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPlanSection, header);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanSection, toggle);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanSection, arrow);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanSection, title_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanSection, suffixes);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanSection, content);
  gtk_widget_class_bind_template_callback (widget_class, toggle_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tandemplansection");
}

static void
tandem_plan_section_init (TandemPlanSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  self->expanded = TRUE;
  update_state (self);
}

/**
 * tandem_plan_section_new:
 * @name: what the page remembers the section's folding by
 * @title: the heading
 */
GtkWidget *
tandem_plan_section_new (const char *name,
                         const char *title)
{
  TandemPlanSection *self = g_object_new (TANDEM_TYPE_PLAN_SECTION, NULL);

  self->name = g_strdup (name);
  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  return GTK_WIDGET (self);
}

const char *
tandem_plan_section_get_name (TandemPlanSection *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_SECTION (self), NULL);

  return self->name;
}

gboolean
tandem_plan_section_get_expanded (TandemPlanSection *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_SECTION (self), FALSE);

  return self->expanded;
}

void
tandem_plan_section_set_expanded (TandemPlanSection *self,
                                  gboolean           expanded)
{
  g_return_if_fail (TANDEM_IS_PLAN_SECTION (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/* Puts @widget at the end of the heading's line, such as a button adding to the section. */
void
tandem_plan_section_add_suffix (TandemPlanSection *self,
                                GtkWidget         *widget)
{
  g_return_if_fail (TANDEM_IS_PLAN_SECTION (self));

  gtk_box_append (GTK_BOX (self->suffixes), widget);
}

void
tandem_plan_section_append (TandemPlanSection *self,
                            GtkWidget         *child)
{
  g_return_if_fail (TANDEM_IS_PLAN_SECTION (self));

  gtk_box_append (GTK_BOX (self->content), child);
}
