/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-avatar"

#include "config.h"

#include "tandem-avatar.h"

/* A person's initials on a coloured circle. The colour comes from the name, so the same
 * person has the same colour in the caseload list and on their page; the list's rows draw
 * avatars with tandem_avatar_append(), the page uses the widget. */
struct _TandemAvatar
{
  GtkWidget  parent_instance;

  char      *text;
  int        size;
};

G_DEFINE_FINAL_TYPE (TandemAvatar, tandem_avatar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The GNOME palette, darkened where white initials would not stand out on it. */
static const GdkRGBA colors[] = {
  { 0.208, 0.518, 0.894, 1 },   /* blue */
  { 0.149, 0.635, 0.412, 1 },   /* green */
  { 0.898, 0.647, 0.039, 1 },   /* yellow */
  { 0.902, 0.380, 0.000, 1 },   /* orange */
  { 0.753, 0.110, 0.157, 1 },   /* red */
  { 0.569, 0.255, 0.675, 1 },   /* purple */
  { 0.596, 0.416, 0.267, 1 },   /* brown */
  { 0.369, 0.361, 0.392, 1 },   /* dark grey */
  { 0.102, 0.373, 0.706, 1 },   /* dark blue */
  { 0.180, 0.494, 0.467, 1 },   /* teal */
};

/* "SO" for Siobhán O'Neill: the first letters of the first and last names. */
static char *
dup_initials (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  GString *initials = g_string_new (NULL);
  guint n = g_strv_length (words);

  for (guint i = 0; i < n; i++)
    {
      if (words[i][0] == '\0' || (i != 0 && i != n - 1))
        continue;
      g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (words[i])));
    }

  return g_string_free (initials, FALSE);
}

/**
 * tandem_avatar_append:
 * @widget: the widget drawing, for its fonts
 * @name: the person's full name
 *
 * Draws the avatar of @name, @size across, with its top left corner at @x, @y.
 */
void
tandem_avatar_append (GtkWidget   *widget,
                      GtkSnapshot *snapshot,
                      const char  *name,
                      float        x,
                      float        y,
                      float        size)
{
  const GdkRGBA white = { 1, 1, 1, 1 };
  g_autofree char *initials = dup_initials (name ? name : "");
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, initials);
  PangoAttrList *attributes = pango_attr_list_new ();
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, y, size, size);
  GskRoundedRect circle;
  int width, height;

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attributes, pango_attr_scale_new (MAX (size / 40.0, 0.5)));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_get_pixel_size (layout, &width, &height);

  gsk_rounded_rect_init_from_rect (&circle, &bounds, size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, &colors[g_str_hash (name ? name : "") % G_N_ELEMENTS (colors)],
                             &bounds);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (size - width) / 2.0f,
                                                         y + (size - height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, &white);
  gtk_snapshot_restore (snapshot);
}

static void
tandem_avatar_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = TANDEM_AVATAR (widget)->size;
}

static void
tandem_avatar_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  TandemAvatar *self = TANDEM_AVATAR (widget);
  float size = MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget));

  tandem_avatar_append (widget, snapshot, self->text,
                        (gtk_widget_get_width (widget) - size) / 2,
                        (gtk_widget_get_height (widget) - size) / 2, size);
}

static void
tandem_avatar_finalize (GObject *object)
{
  TandemAvatar *self = (TandemAvatar *) object;

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (tandem_avatar_parent_class)->finalize (object);
}

static void
tandem_avatar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TandemAvatar *self = TANDEM_AVATAR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SIZE:
      g_value_set_int (value, self->size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_avatar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TandemAvatar *self = TANDEM_AVATAR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      tandem_avatar_set_text (self, g_value_get_string (value));
      break;

    case PROP_SIZE:
      tandem_avatar_set_size (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_avatar_class_init (TandemAvatarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_avatar_finalize;
  object_class->get_property = tandem_avatar_get_property;
  object_class->set_property = tandem_avatar_set_property;
  widget_class->measure = tandem_avatar_measure;
  widget_class->snapshot = tandem_avatar_snapshot;

  /* The person's full name. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SIZE] =
    g_param_spec_int ("size", NULL, NULL,
                      8, 512, 40,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "tandem-avatar");
  /* The name is shown beside the avatar: the initials say nothing more. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
tandem_avatar_init (TandemAvatar *self)
{
  self->size = 40;
}

GtkWidget *
tandem_avatar_new (void)
{
  return g_object_new (TANDEM_TYPE_AVATAR, NULL);
}

const char *
tandem_avatar_get_text (TandemAvatar *self)
{
  g_return_val_if_fail (TANDEM_IS_AVATAR (self), NULL);

  return self->text;
}

void
tandem_avatar_set_text (TandemAvatar *self,
                        const char   *text)
{
  g_return_if_fail (TANDEM_IS_AVATAR (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

int
tandem_avatar_get_size (TandemAvatar *self)
{
  g_return_val_if_fail (TANDEM_IS_AVATAR (self), 0);

  return self->size;
}

void
tandem_avatar_set_size (TandemAvatar *self,
                        int           size)
{
  g_return_if_fail (TANDEM_IS_AVATAR (self));

  if (self->size == size)
    return;

  self->size = size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}
