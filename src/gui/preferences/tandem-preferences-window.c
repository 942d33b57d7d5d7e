/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-preferences-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-asset-category.h"
#include "tandem-asset-row.h"
#include "tandem-enum-strings.h"
#include "tandem-application.h"
#include "tandem-backup-group.h"
#include "tandem-encryption-group.h"
#include "tandem-retention-group.h"
#include "tandem-enums.h"
#include "tandem-frameworks-page.h"
#include "tandem-gui-util.h"
#include "tandem-passphrase-dialog.h"
#include "tandem-preferences-window.h"
#include "tandem-team-editor.h"

/* Preferences: the caseload's reminders (this desktop's settings), and the PCN's practices
 * and staff (in the database, shared by everyone). Who is using Tandem is whoever signed in. */
struct _TandemPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  TandemSession        *session;
  GPtrArray            *team_rows;

  GtkWidget            *waiting_spin;
  GtkWidget            *contact_spin;
  GtkWidget            *lock_spin;
  GtkWidget            *encryption_group;
  GtkWidget            *retention_group;
  GtkWidget            *tile_url_row;
  GtkWidget            *tile_attribution_row;
  GtkWidget            *pcn_row;
  GtkWidget            *scope_row;
  GtkWidget            *add_staff_button;
  GtkWidget            *practices_group;
  GtkWidget            *staff_group;
  GtkWidget            *stale_spin;
  GtkWidget            *categories_group;
  GPtrArray            *category_rows;
  GtkWidget            *supervision_group;
  GPtrArray            *frequency_rows;
};

G_DEFINE_FINAL_TYPE (TandemPreferencesWindow, tandem_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_error (TandemPreferencesWindow *self,
            const char              *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), tandem_toast_new (message));
}

static void
pcn_apply_cb (TandemPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_store_set_pcn_name (tandem_session_get_store (self->session),
                                  gtk_editable_get_text (GTK_EDITABLE (self->pcn_row)), &error))
    show_error (self, error->message);
}

/* The map's tile server: checked before it is kept, so a typing slip does not leave the map
 * asking a malformed address for every tile. */
static void
tile_url_apply_cb (TandemPreferencesWindow *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tile_url_row))));
  GSettings *settings = tandem_session_get_settings (self->session);

  if (!(g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")) ||
      strstr (url, "{z}") == NULL || strstr (url, "{x}") == NULL ||
      (strstr (url, "{y}") == NULL && strstr (url, "{tmsy}") == NULL))
    {
      show_error (self, _("A tile server address starts with https:// and contains {z}, {x} "
                          "and {y}, as in https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
      return;
    }

  g_settings_set_string (settings, "map-tile-url", url);
}

static void
tile_attribution_apply_cb (TandemPreferencesWindow *self)
{
  g_settings_set_string (tandem_session_get_settings (self->session), "map-tile-attribution",
                         gtk_editable_get_text (GTK_EDITABLE (self->tile_attribution_row)));
}

static void
map_reset_cb (TandemPreferencesWindow *self)
{
  GSettings *settings = tandem_session_get_settings (self->session);
  g_autofree char *url = NULL;
  g_autofree char *attribution = NULL;

  g_settings_reset (settings, "map-tile-url");
  g_settings_reset (settings, "map-tile-attribution");
  url = g_settings_get_string (settings, "map-tile-url");
  attribution = g_settings_get_string (settings, "map-tile-attribution");
  gtk_editable_set_text (GTK_EDITABLE (self->tile_url_row), url);
  gtk_editable_set_text (GTK_EDITABLE (self->tile_attribution_row), attribution);
}

static void
scope_selected_cb (TandemPreferencesWindow *self)
{
  TandemStore *store = tandem_session_get_store (self->session);
  TandemCaseloadScope scope = adw_combo_row_get_selected (ADW_COMBO_ROW (self->scope_row)) == 1
                              ? TANDEM_CASELOAD_SCOPE_OWN : TANDEM_CASELOAD_SCOPE_TEAM;
  g_autoptr(GError) error = NULL;

  if (scope == tandem_store_get_caseload_scope (store, NULL))
    return;

  if (!tandem_store_set_caseload_scope (store, scope, &error))
    show_error (self, error->message);
}

static void
fill_scope (TandemPreferencesWindow *self,
            gboolean                 manager)
{
  TandemStore *store = tandem_session_get_store (self->session);
  TandemCaseloadScope scope = tandem_store_get_caseload_scope (store, NULL);

  g_signal_handlers_block_by_func (self->scope_row, scope_selected_cb, self);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->scope_row),
                              scope == TANDEM_CASELOAD_SCOPE_OWN ? 1 : 0);
  g_signal_handlers_unblock_by_func (self->scope_row, scope_selected_cb, self);

  gtk_widget_set_sensitive (self->scope_row, manager);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scope_row),
                               manager
                               ? _("Supervisors always see the whole team")
                               : _("Only an administrator can change this"));
}

static void
passphrase_clicked_cb (GtkButton               *button,
                       TandemPreferencesWindow *self)
{
  TandemStaff *member = g_object_get_data (G_OBJECT (button), "tandem-record");

  gtk_window_present (GTK_WINDOW (tandem_passphrase_dialog_new (GTK_WINDOW (self),
                                                                tandem_session_get_store (self->session),
                                                                member)));
}

static GtkWidget *
make_passphrase_button (TandemPreferencesWindow *self,
                        TandemStaff             *member,
                        gboolean                 own)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (own ? _("Change _Passphrase…")
                                                        : _("Set _Passphrase…"));
  g_autofree char *label = own ? g_strdup (_("Change your passphrase"))
                               : g_strdup_printf (_("Set the passphrase of %s"),
                                                  tandem_staff_get_name (member));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "tandem-record", g_object_ref (member),
                          g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (passphrase_clicked_cb), self, 0);
  return button;
}

/* Role, then what matters for signing in: administrator, no passphrase yet, left. */
static char *
dup_staff_subtitle (TandemStaff *member)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_ptr_array_add (parts, (char *) tandem_role_get_label (tandem_staff_get_role (member)));
  if (tandem_staff_get_retired (member))
    g_ptr_array_add (parts, (char *) _("has left the team"));
  else
    {
      if (tandem_staff_get_administrator (member))
        g_ptr_array_add (parts, (char *) _("Administrator"));
      if (!tandem_staff_get_has_passphrase (member))
        g_ptr_array_add (parts, (char *) _("Cannot sign in yet"));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
edit_clicked_cb (GtkButton               *button,
                 TandemPreferencesWindow *self)
{
  GObject *record = g_object_get_data (G_OBJECT (button), "tandem-record");
  TandemStore *store = tandem_session_get_store (self->session);
  TandemTeamEditor *editor;

  if (TANDEM_IS_PRACTICE (record))
    editor = tandem_team_editor_new_practice (GTK_WINDOW (self), store, TANDEM_PRACTICE (record));
  else
    editor = tandem_team_editor_new_staff (GTK_WINDOW (self), store, TANDEM_STAFF (record));

  gtk_window_present (GTK_WINDOW (editor));
}

static GtkWidget *
make_team_row (TandemPreferencesWindow *self,
               gpointer                 record,
               const char              *title,
               const char              *subtitle,
               gboolean                 editable)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *tooltip = g_strdup_printf (_("Edit %s"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_ptr_array_add (self->team_rows, row);
  if (!editable)
    return row;

  button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  g_object_set_data_full (G_OBJECT (button), "tandem-record", g_object_ref (record),
                          g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (edit_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  return row;
}

static char *
dup_practice_subtitle (TandemPractice *practice)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (tandem_practice_get_ods_code (practice)[0] != '\0')
    g_ptr_array_add (parts, (char *) tandem_practice_get_ods_code (practice));
  if (tandem_practice_get_postcode (practice)[0] != '\0')
    g_ptr_array_add (parts, (char *) tandem_practice_get_postcode (practice));
  if (tandem_practice_get_retired (practice))
    g_ptr_array_add (parts, (char *) _("has left the PCN"));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
fill_team (TandemPreferencesWindow *self)
{
  TandemTeam *team = tandem_session_get_team (self->session);
  GListModel *practices = tandem_team_get_practices (team);
  GListModel *staff = tandem_team_get_staff (team);
  gboolean manager = tandem_store_may_manage_staff (tandem_session_get_store (self->session));
  gint64 viewer = tandem_store_get_viewer (tandem_session_get_store (self->session));

  for (guint i = 0; i < self->team_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->team_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->team_rows, 0);

  gtk_editable_set_text (GTK_EDITABLE (self->pcn_row), tandem_team_get_pcn_name (team) ?: "");

  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);
      g_autofree char *subtitle = dup_practice_subtitle (practice);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->practices_group),
                                 make_team_row (self, practice, tandem_practice_get_name (practice),
                                                subtitle, TRUE));
    }

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      g_autofree char *subtitle = dup_staff_subtitle (member);
      gint64 id = tandem_record_get_id (member);
      gboolean own = id == viewer;
      GtkWidget *row = make_team_row (self, member, tandem_staff_get_name (member), subtitle,
                                      manager);

      /* Administrators set anyone's passphrase; everyone may change their own. */
      if (!tandem_staff_get_retired (member) && (manager || own))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   make_passphrase_button (self, member, own));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->staff_group), row);
    }

  gtk_widget_set_sensitive (self->add_staff_button, manager);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->staff_group),
                                         manager
                                         ? _("Administrators add staff, retire those who leave "
                                             "and set passphrases.")
                                         : _("Only administrators manage staff. You can change "
                                             "your own passphrase."));
  fill_scope (self, manager);

}

static void
add_practice_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemPreferencesWindow *self = TANDEM_PREFERENCES_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (tandem_team_editor_new_practice (GTK_WINDOW (self),
                                                                   tandem_session_get_store (self->session),
                                                                   NULL)));
}

static void
add_staff_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemPreferencesWindow *self = TANDEM_PREFERENCES_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (tandem_team_editor_new_staff (GTK_WINDOW (self),
                                                                tandem_session_get_store (self->session),
                                                                NULL)));
}

/* A small palette that reads on light and dark backgrounds, named for screen readers. */
static const struct {
  const char *colour;
  const char *name;
} palette[] = {
  { "#3584e4", N_("Blue") },
  { "#2190a4", N_("Teal") },
  { "#33d17a", N_("Green") },
  { "#f6d32d", N_("Yellow") },
  { "#ff7800", N_("Orange") },
  { "#e01b24", N_("Red") },
  { "#c061cb", N_("Pink") },
  { "#9141ac", N_("Purple") },
  { "#986a44", N_("Brown") },
  { "#77767b", N_("Grey") },
};

static void
save_category (TandemPreferencesWindow *self,
               TandemAssetCategory     *category)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_store_save_asset_category (tandem_session_get_store (self->session), category,
                                         &error))
    show_error (self, error->message);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  tandem_asset_draw_dot (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1,
                         g_object_get_data (G_OBJECT (area), "tandem-colour"));
}

static GtkWidget *
swatch_new (const char *colour)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 16);
  g_object_set_data_full (G_OBJECT (area), "tandem-colour", g_strdup (colour), g_free);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, NULL, NULL);
  return area;
}

static void
colour_chosen_cb (GtkButton               *button,
                  TandemPreferencesWindow *self)
{
  TandemAssetCategory *category = g_object_get_data (G_OBJECT (button), "tandem-category");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  tandem_asset_category_set_colour (category, g_object_get_data (G_OBJECT (button),
                                                                 "tandem-colour"));
  save_category (self, category);
}

static GtkWidget *
make_colour_button (TandemPreferencesWindow *self,
                    TandemAssetCategory     *category)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *label = g_strdup_printf (_("Colour of %s"),
                                            tandem_asset_category_get_label (category));

  gtk_menu_button_set_child (GTK_MENU_BUTTON (button),
                             swatch_new (tandem_asset_category_get_colour (category)));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      GtkWidget *choice = gtk_button_new ();

      gtk_button_set_child (GTK_BUTTON (choice), swatch_new (palette[i].colour));
      gtk_widget_add_css_class (choice, "flat");
      gtk_widget_set_tooltip_text (choice, _(palette[i].name));
      gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(palette[i].name), -1);
      g_object_set_data (G_OBJECT (choice), "tandem-colour", (gpointer) palette[i].colour);
      g_object_set_data_full (G_OBJECT (choice), "tandem-category", g_object_ref (category),
                              g_object_unref);
      g_signal_connect_object (choice, "clicked", G_CALLBACK (colour_chosen_cb), self, 0);
      gtk_grid_attach (GTK_GRID (grid), choice, i % 5, i / 5, 1, 1);
    }

  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

static void
category_renamed_cb (AdwEntryRow             *row,
                     TandemPreferencesWindow *self)
{
  TandemAssetCategory *category = g_object_get_data (G_OBJECT (row), "tandem-category");

  tandem_asset_category_set_name (category, gtk_editable_get_text (GTK_EDITABLE (row)));
  save_category (self, category);
}

static void
retire_clicked_cb (GtkButton               *button,
                   TandemPreferencesWindow *self)
{
  TandemAssetCategory *category = g_object_get_data (G_OBJECT (button), "tandem-category");

  tandem_asset_category_set_retired (category, !tandem_asset_category_get_retired (category));
  save_category (self, category);
}

static GtkWidget *
make_category_row (TandemPreferencesWindow *self,
                   TandemAssetCategory     *category)
{
  GtkWidget *row = adw_entry_row_new ();
  gboolean retired = tandem_asset_category_get_retired (category);
  GtkWidget *retire = gtk_button_new_with_mnemonic (retired ? _("Use _Again") : _("_Retire"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 retired ? _("Category name (retired)") : _("Category name"));
  gtk_editable_set_text (GTK_EDITABLE (row), tandem_asset_category_get_label (category));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), make_colour_button (self, category));
  gtk_widget_set_valign (retire, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (retire, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), retire);
  if (retired)
    gtk_widget_add_css_class (row, "dim-label");

  g_object_set_data_full (G_OBJECT (row), "tandem-category", g_object_ref (category),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (retire), "tandem-category", g_object_ref (category),
                          g_object_unref);
  g_signal_connect_object (row, "apply", G_CALLBACK (category_renamed_cb), self, 0);
  g_signal_connect_object (retire, "clicked", G_CALLBACK (retire_clicked_cb), self, 0);
  return row;
}

static void
fill_categories (TandemPreferencesWindow *self)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->category_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->categories_group),
                                  g_ptr_array_index (self->category_rows, i));
  g_ptr_array_set_size (self->category_rows, 0);

  categories = tandem_store_list_asset_categories (tandem_session_get_store (self->session),
                                                   &error);
  if (categories == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < categories->len; i++)
    {
      GtkWidget *row = make_category_row (self, g_ptr_array_index (categories, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->categories_group), row);
      g_ptr_array_add (self->category_rows, row);
    }
}

static void
add_category_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemPreferencesWindow *self = TANDEM_PREFERENCES_WINDOW (widget);
  g_autoptr(TandemAssetCategory) category = tandem_asset_category_new ();

  tandem_asset_category_set_name (category, _("New category"));
  tandem_asset_category_set_colour (category,
                                    palette[self->category_rows->len % G_N_ELEMENTS (palette)].colour);
  save_category (self, category);
}

/* Expected supervision: a row per role, opening onto the interval for each kind. */

static char *
dup_frequency_summary (GArray     *frequencies,
                       TandemRole  role)
{
  GString *summary = g_string_new (NULL);

  for (guint kind = 0; kind < TANDEM_N_SUPERVISION_KINDS; kind++)
    {
      guint days = tandem_supervision_frequency_lookup ((gpointer) frequencies->data,
                                                        frequencies->len, role, kind);

      if (days == 0)
        continue;
      if (summary->len > 0)
        g_string_append (summary, " · ");
      /* Translators: how often a kind of supervision is expected, as in
       * "Clinical supervision every 91 days" */
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%s every %u day",
                                                    "%s every %u days", days),
                              tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND, kind), days);
    }

  if (summary->len == 0)
    g_string_append (summary, _("No supervision expected"));

  return g_string_free (summary, FALSE);
}

static void fill_frequencies (TandemPreferencesWindow *self);

static void
frequency_changed_cb (GtkSpinButton           *spin,
                      TandemPreferencesWindow *self)
{
  TandemRole role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "role"));
  TandemSupervisionKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "kind"));
  GtkWidget *expander = g_object_get_data (G_OBJECT (spin), "expander");
  TandemStore *store = tandem_session_get_store (self->session);
  g_autoptr(GArray) frequencies = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;

  if (!tandem_store_set_supervision_frequency (store, role, kind,
                                               gtk_spin_button_get_value_as_int (spin), &error) ||
      (frequencies = tandem_store_list_supervision_frequencies (store, &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }

  summary = dup_frequency_summary (frequencies, role);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), summary);
}

static GtkWidget *
make_frequency_row (TandemPreferencesWindow *self,
                    GtkWidget               *expander,
                    TandemRole               role,
                    TandemSupervisionKind    kind,
                    guint                    days)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 365, 1);
  g_autofree char *label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND, kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Days between sessions; 0 for not expected"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), days);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a spin button, as in
   * "Days between Clinical supervision sessions for Health and wellbeing coach" */
  label = g_strdup_printf (_("Days between %s sessions for %s"),
                           tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND, kind),
                           tandem_enum_get_label (TANDEM_TYPE_ROLE, role));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (spin), "role", GINT_TO_POINTER (role));
  g_object_set_data (G_OBJECT (spin), "kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (spin), "expander", expander);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (frequency_changed_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

  return row;
}

static void
fill_frequencies (TandemPreferencesWindow *self)
{
  g_autoptr(GArray) frequencies = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->frequency_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->supervision_group),
                                  g_ptr_array_index (self->frequency_rows, i));
  g_ptr_array_set_size (self->frequency_rows, 0);

  frequencies = tandem_store_list_supervision_frequencies (tandem_session_get_store (self->session),
                                                           &error);
  if (frequencies == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint role = 0; role < TANDEM_N_ROLES; role++)
    {
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *summary = dup_frequency_summary (frequencies, role);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                     tandem_enum_get_label (TANDEM_TYPE_ROLE, role));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), summary);
      for (guint kind = 0; kind < TANDEM_N_SUPERVISION_KINDS; kind++)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                  make_frequency_row (self, expander, role, kind,
                                                      tandem_supervision_frequency_lookup ((gpointer) frequencies->data,
                                                                                           frequencies->len,
                                                                                           role, kind)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->supervision_group), expander);
      g_ptr_array_add (self->frequency_rows, expander);
    }
}

static void
reset_supervision_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TandemPreferencesWindow *self = TANDEM_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!tandem_store_reset_supervision_frequencies (tandem_session_get_store (self->session),
                                                   &error))
    {
      show_error (self, error->message);
      return;
    }

  fill_frequencies (self);
}

static void
tandem_preferences_window_dispose (GObject *object)
{
  TandemPreferencesWindow *self = (TandemPreferencesWindow *) object;

  /* The parent class disposes the widgets from the template, in an order that keeps
   * libadwaita's view switchers and stacks consistent; gtk_widget_dispose_template() would
   * dispose a stack before the switcher watching it. */
  g_clear_object (&self->session);
  g_clear_pointer (&self->team_rows, g_ptr_array_unref);
  g_clear_pointer (&self->category_rows, g_ptr_array_unref);
  g_clear_pointer (&self->frequency_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_preferences_window_parent_class)->dispose (object);
}

static void
tandem_preferences_window_class_init (TandemPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, waiting_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, contact_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, lock_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, encryption_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, retention_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, pcn_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, scope_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, add_staff_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, practices_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, staff_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, stale_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, categories_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, supervision_group);
  gtk_widget_class_bind_template_callback (widget_class, pcn_apply_cb);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, tile_url_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow,
                                        tile_attribution_row);
  gtk_widget_class_bind_template_callback (widget_class, tile_url_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, tile_attribution_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_reset_cb);

  gtk_widget_class_install_action (widget_class, "preferences.add-practice", NULL,
                                   add_practice_action);
  gtk_widget_class_install_action (widget_class, "preferences.add-staff", NULL, add_staff_action);
  gtk_widget_class_install_action (widget_class, "preferences.add-category", NULL,
                                   add_category_action);
  gtk_widget_class_install_action (widget_class, "preferences.reset-supervision", NULL,
                                   reset_supervision_action);
}

static void
tandem_preferences_window_init (TandemPreferencesWindow *self)
{
  g_type_ensure (TANDEM_TYPE_ENCRYPTION_GROUP);
  g_type_ensure (TANDEM_TYPE_RETENTION_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->team_rows = g_ptr_array_new ();
  self->category_rows = g_ptr_array_new ();
  self->frequency_rows = g_ptr_array_new ();
}

/* The application's scheduler makes the backups; outside the application (a test), one of
 * the page's own. */
static void
add_backups_page (TandemPreferencesWindow *self,
                  TandemSession           *session)
{
  GApplication *application = g_application_get_default ();
  g_autoptr(TandemBackupScheduler) scheduler = NULL;
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  if (TANDEM_IS_APPLICATION (application))
    scheduler = tandem_application_get_backup_scheduler (TANDEM_APPLICATION (application));
  if (scheduler != NULL)
    g_object_ref (scheduler);
  else
    {
      scheduler = tandem_backup_scheduler_new (tandem_session_get_settings (session));
      tandem_backup_scheduler_set_session (scheduler, session);
    }

  adw_preferences_page_set_title (page, _("Backups"));
  adw_preferences_page_set_icon_name (page, "drive-harddisk-symbolic");
  adw_preferences_page_set_name (page, "backups");
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (tandem_backup_group_new (session,
                                                                                scheduler)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

TandemPreferencesWindow *
tandem_preferences_window_new (GtkWindow     *parent,
                               TandemSession *session)
{
  TandemPreferencesWindow *self;
  GSettings *settings = tandem_session_get_settings (session);
  g_autofree char *map_url = NULL;
  g_autofree char *map_attribution = NULL;

  self = g_object_new (TANDEM_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->session = g_object_ref (session);

  g_settings_bind (settings, "waiting-warning-days",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->waiting_spin)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "contact-interval-days",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->contact_spin)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "lock-after-minutes",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->lock_spin)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  tandem_encryption_group_set_session (TANDEM_ENCRYPTION_GROUP (self->encryption_group), session);
  tandem_retention_group_set_session (TANDEM_RETENTION_GROUP (self->retention_group), session);

  g_settings_bind (settings, "directory-stale-months",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->stale_spin)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  map_url = g_settings_get_string (settings, "map-tile-url");
  map_attribution = g_settings_get_string (settings, "map-tile-attribution");
  gtk_editable_set_text (GTK_EDITABLE (self->tile_url_row), map_url);
  gtk_editable_set_text (GTK_EDITABLE (self->tile_attribution_row), map_attribution);

  add_backups_page (self, session);
  fill_team (self);
  fill_categories (self);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (tandem_frameworks_page_new (session)));
  fill_frequencies (self);
  g_signal_connect_object (tandem_session_get_store (session), "directory-changed",
                           G_CALLBACK (fill_categories), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scope_row, "notify::selected", G_CALLBACK (scope_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_session_get_team (session), "changed", G_CALLBACK (fill_team),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (fill_team), self,
                           G_CONNECT_SWAPPED);

  return self;
}
