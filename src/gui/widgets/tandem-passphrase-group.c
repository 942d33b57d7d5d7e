/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-passphrase-group"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-passphrase-group.h"
#include "tandem-passphrase.h"

/* Choosing a new passphrase, wherever one is chosen (signing in for the first time, setting
 * a colleague's, the database's): typed twice, with a strength hint that follows the typing,
 * so a slip of the finger is caught before it locks someone out. It is "ready" once the
 * passphrase is long enough and typed the same twice. */
struct _TandemPassphraseGroup
{
  AdwBin     parent_instance;

  GtkWidget *group;
  GtkWidget *passphrase_row;
  GtkWidget *confirm_row;
  GtkWidget *strength_bar;
  GtkWidget *hint_label;
  gboolean   ready;
};

G_DEFINE_FINAL_TYPE (TandemPassphraseGroup, tandem_passphrase_group, ADW_TYPE_BIN)

enum {
  SIGNAL_ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
strength_label (TandemPassphraseStrength strength)
{
  switch (strength)
    {
    case TANDEM_PASSPHRASE_TOO_SHORT:
      return _("Too short");
    case TANDEM_PASSPHRASE_WEAK:
      return _("Weak");
    case TANDEM_PASSPHRASE_FAIR:
      return _("Fair");
    case TANDEM_PASSPHRASE_GOOD:
      return _("Good");
    case TANDEM_PASSPHRASE_STRONG:
    default:
      return _("Strong");
    }
}

static void
set_ready (TandemPassphraseGroup *self,
           gboolean               ready)
{
  if (self->ready == ready)
    return;

  self->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
update (TandemPassphraseGroup *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  const char *again = gtk_editable_get_text (GTK_EDITABLE (self->confirm_row));
  g_autofree char *hint = NULL;
  g_autofree char *message = NULL;
  TandemPassphraseStrength strength;

  set_ready (self, tandem_passphrase_check_length (text, NULL) && g_str_equal (text, again));

  if (text[0] == '\0')
    {
      gtk_level_bar_set_value (GTK_LEVEL_BAR (self->strength_bar), 0);
      gtk_label_set_text (GTK_LABEL (self->hint_label),
                          _("Several unrelated words are easy to remember and hard to guess."));
      return;
    }

  strength = tandem_passphrase_rate (text, &hint);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->strength_bar), strength);

  if (again[0] != '\0' && !g_str_equal (text, again))
    message = g_strdup (_("The two passphrases are not the same yet."));
  else if (hint != NULL)
    /* Translators: the strength of a passphrase being chosen, then what would improve it. */
    message = g_strdup_printf (_("%s: %s."), strength_label (strength), hint);
  else
    message = g_strdup_printf ("%s.", strength_label (strength));
  gtk_label_set_text (GTK_LABEL (self->hint_label), message);
}

static void
passphrase_changed_cb (TandemPassphraseGroup *self)
{
  gtk_widget_remove_css_class (self->passphrase_row, "error");
  update (self);
}

static void
confirm_changed_cb (TandemPassphraseGroup *self)
{
  gtk_widget_remove_css_class (self->confirm_row, "error");
  update (self);
}

static void
passphrase_activated_cb (TandemPassphraseGroup *self)
{
  gtk_widget_grab_focus (self->confirm_row);
}

static void
confirm_activated_cb (TandemPassphraseGroup *self)
{
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

static void
tandem_passphrase_group_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TandemPassphraseGroup *self = TANDEM_PASSPHRASE_GROUP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self->group)));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value,
                          adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (self->group)));
      break;

    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_passphrase_group_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  TandemPassphraseGroup *self = TANDEM_PASSPHRASE_GROUP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                       g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                             g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_passphrase_group_class_init (TandemPassphraseGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tandem_passphrase_group_get_property;
  object_class->set_property = tandem_passphrase_group_set_property;

  /* The heading above the two rows, and the line under it. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  /* Whether the passphrase is long enough and typed the same twice. */
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemPassphraseGroup::activate:
   *
   * Enter was pressed in the second passphrase row: the form can be sent.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-passphrase-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseGroup, group);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseGroup, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseGroup, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseGroup, strength_bar);
  gtk_widget_class_bind_template_child (widget_class, TandemPassphraseGroup, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_activated_cb);
}

static void
tandem_passphrase_group_init (TandemPassphraseGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_level_bar_set_max_value (GTK_LEVEL_BAR (self->strength_bar), TANDEM_PASSPHRASE_STRONG);
  /* Weak shows red, fair and good amber, strong green. */
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (self->strength_bar), GTK_LEVEL_BAR_OFFSET_LOW,
                                  TANDEM_PASSPHRASE_WEAK);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (self->strength_bar), GTK_LEVEL_BAR_OFFSET_HIGH,
                                  TANDEM_PASSPHRASE_GOOD);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (self->strength_bar), GTK_LEVEL_BAR_OFFSET_FULL,
                                  TANDEM_PASSPHRASE_STRONG);
  passphrase_changed_cb (self);
}

/**
 * tandem_passphrase_group_dup_passphrase:
 *
 * Returns: (transfer full): the passphrase chosen; or %NULL with @error set, worded for the
 *   user, when it is too short or the two rows differ, that row marked and focused
 */
char *
tandem_passphrase_group_dup_passphrase (TandemPassphraseGroup  *self,
                                        GError                **error)
{
  const char *passphrase;

  g_return_val_if_fail (TANDEM_IS_PASSPHRASE_GROUP (self), NULL);

  passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  if (!tandem_passphrase_check_length (passphrase, error))
    {
      gtk_widget_add_css_class (self->passphrase_row, "error");
      gtk_widget_grab_focus (self->passphrase_row);
      return NULL;
    }

  if (!g_str_equal (passphrase, gtk_editable_get_text (GTK_EDITABLE (self->confirm_row))))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The two passphrases are different. Type the same one twice."));
      gtk_widget_add_css_class (self->confirm_row, "error");
      gtk_widget_grab_focus (self->confirm_row);
      return NULL;
    }

  return g_strdup (passphrase);
}

gboolean
tandem_passphrase_group_get_ready (TandemPassphraseGroup *self)
{
  g_return_val_if_fail (TANDEM_IS_PASSPHRASE_GROUP (self), FALSE);

  return self->ready;
}

/* Forgets what was typed, once it is no longer needed. */
void
tandem_passphrase_group_clear (TandemPassphraseGroup *self)
{
  g_return_if_fail (TANDEM_IS_PASSPHRASE_GROUP (self));

  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->confirm_row), "");
}
