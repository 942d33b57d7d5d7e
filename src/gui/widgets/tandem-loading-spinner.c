/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-loading-spinner"

#include "config.h"

#include "tandem-loading-spinner.h"

/* A spinner for a list still loading that only spins once the load has taken a while: a
 * quick load then shows no spinner flashing by, and a spinner repaints the window many times
 * a second, taking time from the load itself. */
struct _TandemLoadingSpinner
{
  AdwBin      parent_instance;

  GtkWidget  *spinner;
  guint       start_source;
  gboolean    loading;
};

G_DEFINE_FINAL_TYPE (TandemLoadingSpinner, tandem_loading_spinner, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DELAY_MS 500

static gboolean
start_cb (gpointer data)
{
  TandemLoadingSpinner *self = data;

  self->start_source = 0;
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), TRUE);
  return G_SOURCE_REMOVE;
}

static void
tandem_loading_spinner_dispose (GObject *object)
{
  TandemLoadingSpinner *self = (TandemLoadingSpinner *) object;

  g_clear_handle_id (&self->start_source, g_source_remove);

  G_OBJECT_CLASS (tandem_loading_spinner_parent_class)->dispose (object);
}

static void
tandem_loading_spinner_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TandemLoadingSpinner *self = TANDEM_LOADING_SPINNER (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_loading_spinner_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TandemLoadingSpinner *self = TANDEM_LOADING_SPINNER (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      tandem_loading_spinner_set_loading (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_loading_spinner_class_init (TandemLoadingSpinnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_loading_spinner_dispose;
  object_class->get_property = tandem_loading_spinner_get_property;
  object_class->set_property = tandem_loading_spinner_set_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
tandem_loading_spinner_init (TandemLoadingSpinner *self)
{
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_halign (self->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (self->spinner, 32, 32);
  adw_bin_set_child (ADW_BIN (self), self->spinner);
}

gboolean
tandem_loading_spinner_get_loading (TandemLoadingSpinner *self)
{
  g_return_val_if_fail (TANDEM_IS_LOADING_SPINNER (self), FALSE);

  return self->loading;
}

void
tandem_loading_spinner_set_loading (TandemLoadingSpinner *self,
                                    gboolean              loading)
{
  g_return_if_fail (TANDEM_IS_LOADING_SPINNER (self));

  loading = !!loading;
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_clear_handle_id (&self->start_source, g_source_remove);
  if (loading)
    self->start_source = g_timeout_add (DELAY_MS, start_cb, self);
  else
    gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}
