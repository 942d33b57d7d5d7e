/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset-chooser.h"
#include "tandem-asset-row.h"
#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"

/* Picks an asset from the directory by searching as you type. The chosen asset stays at the
 * top of the list while the user searches on, so they can see what they picked; each row
 * says whether the asset's suitability check allows using it and whether its entry is old
 * enough to need checking before sending someone there. */
struct _TandemAssetChooser
{
  AdwBin        parent_instance;

  TandemStore  *store;
  guint         stale_months; /* how long a verification lasts */
  TandemAsset  *asset;       /* the chosen one, or NULL */
  GPtrArray    *found;       /* TandemAsset, the search's first results */
  GPtrArray    *rows;        /* the rows in results, each with its asset as data */

  GtkWidget    *group;
  GtkWidget    *search_entry;
  GtkWidget    *results;
  GtkWidget    *error_label;
};

G_DEFINE_FINAL_TYPE (TandemAssetChooser, tandem_asset_chooser, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Enough to pick from while typing; a longer list means the search needs another word. */
#define MAX_RESULTS 8

static GtkWidget *
valign_center (GtkWidget *badge)
{
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  return badge;
}

static GtkWidget *
make_row (TandemAssetChooser *self,
          TandemAsset        *asset,
          gboolean            chosen)
{
  GtkWidget *row = adw_action_row_new ();
  TandemSuitability suitability = tandem_asset_get_suitability (asset);
  g_autoptr(GString) subtitle = g_string_new (tandem_asset_get_organisation (asset));
  GDate today;

  tandem_date_set_today (&today);

  if (tandem_asset_get_postcode (asset)[0] != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, _(" · "));
      g_string_append (subtitle, tandem_asset_get_postcode (asset));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_asset_get_name (asset));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (chosen)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Chosen"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      gtk_widget_add_css_class (row, "tandem-asset-chosen");
    }

  if (tandem_asset_is_stale (asset, &today, self->stale_months))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), valign_center (tandem_stale_badge_new ()));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             valign_center (tandem_suitability_badge_new (suitability)));

  g_object_set_data_full (G_OBJECT (row), "tandem-asset", g_object_ref (asset), g_object_unref);
  return row;
}

static void
clear_results (TandemAssetChooser *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (GTK_LIST_BOX (self->results), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_result_row (TandemAssetChooser *self,
                GtkWidget          *row)
{
  gtk_list_box_append (GTK_LIST_BOX (self->results), row);
  g_ptr_array_add (self->rows, row);
}

static void
add_note_row (TandemAssetChooser *self,
              const char         *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  add_result_row (self, row);
}

static void
fill_results (TandemAssetChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gint64 chosen_id = self->asset ? tandem_record_get_id (self->asset) : 0;

  clear_results (self);

  if (self->asset != NULL)
    add_result_row (self, make_row (self, self->asset, TRUE));

  for (guint i = 0; i < self->found->len; i++)
    {
      TandemAsset *asset = g_ptr_array_index (self->found, i);

      if (tandem_record_get_id (asset) != chosen_id)
        add_result_row (self, make_row (self, asset, FALSE));
    }

  if (self->found->len == 0 && text[0] != '\0')
    add_note_row (self, _("No assets match this search"));
  else if (self->asset == NULL && text[0] == '\0')
    add_note_row (self, _("Type a name, a need such as “walking” or a place"));

  gtk_widget_set_visible (self->results, self->rows->len > 0);
}

static void
search (TandemAssetChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (self->found, 0);

  if (self->store != NULL && text[0] != '\0')
    {
      ids = tandem_store_search_assets (self->store, text, &error);

      for (guint i = 0; ids != NULL && i < ids->len && self->found->len < MAX_RESULTS; i++)
        {
          TandemAsset *asset = tandem_store_load_asset (self->store,
                                                        g_array_index (ids, gint64, i), &error);

          if (asset == NULL)
            break;
          g_ptr_array_add (self->found, asset);
        }
    }

  tandem_asset_chooser_set_error (self, error ? error->message : NULL);
  fill_results (self);
}

static void
set_asset (TandemAssetChooser *self,
           TandemAsset        *asset)
{
  if (self->asset == asset)
    return;

  g_set_object (&self->asset, asset);
  fill_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSET]);
}

static void
search_changed_cb (TandemAssetChooser *self)
{
  search (self);
}

/* Enter takes the first match, so a user who typed a full name need not reach for the list. */
static void
search_activate_cb (TandemAssetChooser *self)
{
  if (self->found->len > 0)
    set_asset (self, g_ptr_array_index (self->found, 0));
}

static void
row_activated_cb (TandemAssetChooser *self,
                  GtkListBoxRow      *row)
{
  TandemAsset *asset = g_object_get_data (G_OBJECT (row), "tandem-asset");

  if (asset != NULL)
    set_asset (self, asset);
}

static void
tandem_asset_chooser_dispose (GObject *object)
{
  TandemAssetChooser *self = (TandemAssetChooser *) object;

  /* No gtk_widget_dispose_template(): the template's root is the AdwBin's child, which
   * AdwBin unparents itself; disposing it first leaves AdwBin a dangling child. */
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->asset);
  g_clear_pointer (&self->found, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_asset_chooser_parent_class)->dispose (object);
}

static void
tandem_asset_chooser_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemAssetChooser *self = TANDEM_ASSET_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_ASSET:
      g_value_set_object (value, self->asset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_chooser_class_init (TandemAssetChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_asset_chooser_dispose;
  object_class->get_property = tandem_asset_chooser_get_property;

  /* The asset chosen, or NULL. */
  properties[PROP_ASSET] =
    g_param_spec_object ("asset", NULL, NULL,
                         TANDEM_TYPE_ASSET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-asset-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemAssetChooser, group);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetChooser, results);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetChooser, error_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
tandem_asset_chooser_init (TandemAssetChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->found = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new ();
}

/**
 * tandem_asset_chooser_new:
 * @stale_months: how long a verification lasts, as the directory's preference says
 */
GtkWidget *
tandem_asset_chooser_new (TandemStore *store,
                          guint        stale_months)
{
  TandemAssetChooser *self;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  self = g_object_new (TANDEM_TYPE_ASSET_CHOOSER, NULL);
  self->store = g_object_ref (store);
  self->stale_months = stale_months;
  fill_results (self);
  return GTK_WIDGET (self);
}

/**
 * tandem_asset_chooser_get_asset:
 *
 * Returns: (transfer none) (nullable): the asset chosen
 */
TandemAsset *
tandem_asset_chooser_get_asset (TandemAssetChooser *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CHOOSER (self), NULL);

  return self->asset;
}

/**
 * tandem_asset_chooser_set_asset_id:
 * @asset_id: the asset to choose, or 0 for none
 *
 * Chooses an asset by its id, as a draft or a plan goal names it; an asset no longer in the
 * directory leaves nothing chosen.
 */
void
tandem_asset_chooser_set_asset_id (TandemAssetChooser *self,
                                   gint64              asset_id)
{
  g_autoptr(TandemAsset) asset = NULL;

  g_return_if_fail (TANDEM_IS_ASSET_CHOOSER (self));

  if (asset_id != 0)
    asset = tandem_store_load_asset (self->store, asset_id, NULL);
  set_asset (self, asset);
}

/**
 * tandem_asset_chooser_set_search_text:
 *
 * Searches as if the user typed @text; tests and a plan goal's words use it.
 */
void
tandem_asset_chooser_set_search_text (TandemAssetChooser *self,
                                      const char         *text)
{
  g_return_if_fail (TANDEM_IS_ASSET_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Now, not after the entry's typing delay. */
  search (self);
}

guint
tandem_asset_chooser_get_n_results (TandemAssetChooser *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CHOOSER (self), 0);

  return self->found->len;
}

/**
 * tandem_asset_chooser_choose_result:
 *
 * Chooses the search result at @position, as a click on its row does.
 */
void
tandem_asset_chooser_choose_result (TandemAssetChooser *self,
                                    guint               position)
{
  g_return_if_fail (TANDEM_IS_ASSET_CHOOSER (self));
  g_return_if_fail (position < self->found->len);

  set_asset (self, g_ptr_array_index (self->found, position));
}

/**
 * tandem_asset_chooser_set_error:
 * @message: (nullable): what is wrong with the choice, or %NULL
 */
void
tandem_asset_chooser_set_error (TandemAssetChooser *self,
                                const char         *message)
{
  g_return_if_fail (TANDEM_IS_ASSET_CHOOSER (self));

  gtk_label_set_text (GTK_LABEL (self->error_label), message ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

gboolean
tandem_asset_chooser_grab_search_focus (TandemAssetChooser *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_CHOOSER (self), FALSE);

  return gtk_widget_grab_focus (self->search_entry);
}
