/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-asset-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-asset-category.h"
#include "tandem-asset-editor.h"
#include "tandem-asset-page.h"
#include "tandem-asset-row.h"
#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-gui-util.h"
#include "tandem-schedule.h"

/* Everything Tandem knows about one asset, in the order a link worker asks: what it is, where
 * and when, who it is for and how to get in, whether it is safe to send someone, whether
 * anyone has checked lately that it still runs, and what happened to the people sent there.
 *
 * The page is rebuilt from the store whenever the directory changes, so it never shows an
 * asset as it was. */
struct _TandemAssetPage
{
  AdwBin          parent_instance;

  TandemSession  *session;
  gint64          asset_id;
  TandemAsset    *asset;
  gboolean        folded;
  gboolean        stale;

  GtkWidget      *stale_revealer;
  GtkWidget      *stale_label;
  GtkWidget      *scroller;
  GtkWidget      *content;
};

G_DEFINE_FINAL_TYPE (TandemAssetPage, tandem_asset_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

enum {
  SIGNAL_GO_BACK,
  SIGNAL_GONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static TandemStore *
get_store (TandemAssetPage *self)
{
  return tandem_session_get_store (self->session);
}

static GtkWindow *
get_window (TandemAssetPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static GtkWidget *
add_group (TandemAssetPage *self,
           const char      *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self->content), group);
  return group;
}

/* A row of the page: a title over its value. */
static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* Libadwaita 1.2 reads a row's subtitle as markup: values typed by people or imported are
 * escaped first. Empty values are left out, so the page shows what is known. */
static void
add_text_row (GtkWidget  *group,
              const char *title,
              const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || value[0] == '\0')
    return;

  escaped = g_markup_escape_text (value, -1);
  add_row (group, title, escaped);
}

static void
add_link_row (GtkWidget  *group,
              const char *title,
              const char *value,
              const char *scheme)
{
  g_autofree char *uri = NULL;
  GtkWidget *row;
  GtkWidget *link;

  if (value == NULL || value[0] == '\0')
    return;

  uri = scheme != NULL ? g_strconcat (scheme, value, NULL)
                       : (strstr (value, "://") != NULL ? g_strdup (value)
                                                        : g_strconcat ("https://", value, NULL));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  link = gtk_link_button_new_with_label (uri, value);
  gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link))),
                           PANGO_ELLIPSIZE_MIDDLE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
clear_content (TandemAssetPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
}

static char *
dup_category_names (TandemAssetPage *self)
{
  g_autoptr(GPtrArray) categories = tandem_store_list_asset_categories (get_store (self), NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      TandemAssetCategory *category = g_ptr_array_index (categories, i);

      if (tandem_asset_has_category (self->asset, tandem_asset_category_get_key (category)))
        g_ptr_array_add (names, (char *) tandem_asset_category_get_label (category));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (_(", "), (char **) names->pdata);
}

static void
build_header (TandemAssetPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (tandem_asset_get_name (self->asset));
  GtkWidget *organisation = gtk_label_new (tandem_asset_get_organisation (self->asset));
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_wrap (GTK_LABEL (organisation), TRUE);
  gtk_label_set_xalign (GTK_LABEL (organisation), 0);
  gtk_widget_add_css_class (organisation, "dim-label");
  gtk_widget_set_visible (organisation, tandem_asset_get_organisation (self->asset)[0] != '\0');

  gtk_box_append (GTK_BOX (badges),
                  tandem_suitability_badge_new (tandem_asset_get_suitability (self->asset)));
  if (!tandem_asset_get_active (self->asset))
    {
      GtkWidget *inactive = gtk_label_new (_("No longer running"));

      gtk_widget_add_css_class (inactive, "tandem-badge");
      gtk_widget_add_css_class (inactive, "error");
      gtk_box_append (GTK_BOX (badges), inactive);
    }

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), organisation);
  gtk_box_append (GTK_BOX (box), badges);
  gtk_box_append (GTK_BOX (self->content), box);
}

static void
build_what (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("What It Offers"));
  g_autofree char *categories = dup_category_names (self);

  add_text_row (group, _("Description"), tandem_asset_get_description (self->asset));
  add_text_row (group, _("Needs it helps with"), categories);
  add_text_row (group, _("Kind of asset"),
                tandem_asset_type_get_label (tandem_asset_get_asset_type (self->asset)));
}

static void
build_where (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("Where and When"));
  g_autofree char *schedule = tandem_schedule_format (tandem_asset_get_schedule (self->asset));
  g_autofree char *cost = NULL;
  TandemAssetCost cost_kind = tandem_asset_get_cost (self->asset);
  const char *cost_note = tandem_asset_get_cost_note (self->asset);

  add_text_row (group, _("Address"), tandem_asset_get_address (self->asset));
  add_text_row (group, _("Postcode"), tandem_asset_get_postcode (self->asset));
  if (tandem_asset_get_has_coordinates (self->asset))
    {
      g_autofree char *position = g_strdup_printf ("%.5f, %.5f",
                                                   tandem_asset_get_latitude (self->asset),
                                                   tandem_asset_get_longitude (self->asset));

      add_text_row (group, _("Coordinates"), position);
    }
  add_text_row (group, _("Opening times"), schedule[0] != '\0' ? schedule : _("Not known"));

  if (cost_note[0] != '\0' && cost_kind != TANDEM_COST_UNKNOWN)
    cost = g_strdup_printf (_("%s: %s"), tandem_asset_cost_get_label (cost_kind), cost_note);
  else
    cost = g_strdup (cost_note[0] != '\0' ? cost_note : tandem_asset_cost_get_label (cost_kind));
  add_text_row (group, _("Cost"), cost);
}

static char *
dup_age_range (TandemAsset *asset)
{
  int youngest = tandem_asset_get_minimum_age (asset);
  int oldest = tandem_asset_get_maximum_age (asset);

  if (youngest > 0 && oldest > 0)
    return g_strdup_printf (_("%d to %d"), youngest, oldest);
  if (youngest > 0)
    return g_strdup_printf (_("%d and over"), youngest);
  if (oldest > 0)
    return g_strdup_printf (_("Up to %d"), oldest);
  return g_strdup (_("Any age"));
}

static void
build_who (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("Who It Is For and How to Get In"));
  g_autofree char *ages = dup_age_range (self->asset);
  g_autofree char *routes = tandem_flags_get_labels (TANDEM_TYPE_ACCESS_ROUTES,
                                                     tandem_asset_get_access_routes (self->asset));

  add_text_row (group, _("Who it is for"), tandem_asset_get_eligibility (self->asset));
  add_text_row (group, _("Ages"), ages);
  add_text_row (group, _("How to get in"), routes);
  add_text_row (group, _("Places or waiting time"), tandem_asset_get_capacity (self->asset));
}

static void
build_access (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("Accessibility and Languages"));
  g_autofree char *features = tandem_flags_get_labels (TANDEM_TYPE_ACCESSIBILITY,
                                                       tandem_asset_get_accessibility (self->asset));

  add_text_row (group, _("Accessibility"), features[0] != '\0' ? features : _("Not recorded"));
  add_text_row (group, _("Accessibility in words"),
                tandem_asset_get_accessibility_note (self->asset));
  add_text_row (group, _("Languages spoken"), tandem_asset_get_languages (self->asset));
}

static void
build_contacts (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("Contacts"));

  add_link_row (group, _("Phone"), tandem_asset_get_phone (self->asset), "tel:");
  add_link_row (group, _("Email"), tandem_asset_get_email (self->asset), "mailto:");
  add_link_row (group, _("Website"), tandem_asset_get_website (self->asset), NULL);
  if (gtk_widget_get_first_child (group) != NULL &&
      tandem_asset_get_phone (self->asset)[0] == '\0' &&
      tandem_asset_get_email (self->asset)[0] == '\0' &&
      tandem_asset_get_website (self->asset)[0] == '\0')
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("No phone, email or website recorded."));
}

static void
add_check_row (GtkWidget  *group,
               const char *title,
               gboolean    done)
{
  GtkWidget *row = add_row (group, title, done ? _("Yes") : _("No, or not seen"));
  GtkWidget *icon = gtk_image_new_from_icon_name (done ? "emblem-ok-symbolic"
                                                       : "window-close-symbolic");

  gtk_widget_add_css_class (icon, done ? "success" : "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
}

static void
build_check (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("Suitability and Safeguarding Check"));
  TandemSuitability suitability = tandem_asset_get_suitability (self->asset);
  g_autofree char *checked_on = tandem_date_format (tandem_asset_get_checked_on (self->asset));
  const char *checked_by = tandem_asset_get_checked_by (self->asset);
  g_autofree char *checked = NULL;
  GtkWidget *row;

  row = add_row (group, _("Status"), tandem_suitability_get_label (suitability));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tandem_suitability_badge_new (suitability));
  if (suitability == TANDEM_SUITABILITY_RED)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("Red: people can only be referred here with a "
                                             "recorded reason for overriding the check."));

  add_text_row (group, _("What the check found"), tandem_asset_get_suitability_note (self->asset));
  if (checked_by[0] != '\0' && checked_on[0] != '\0')
    /* Translators: who made a suitability check, and the date */
    checked = g_strdup_printf (_("%s, %s"), checked_by, checked_on);
  else
    checked = g_strdup (checked_by[0] != '\0' ? checked_by : checked_on);
  add_text_row (group, _("Checked by"), checked[0] != '\0' ? checked : _("Not checked yet"));
  add_check_row (group, _("Safeguarding policy seen"),
                 tandem_asset_get_safeguarding_policy_seen (self->asset));
  add_check_row (group, _("Staff and volunteers checked"),
                 tandem_asset_get_volunteer_checks (self->asset));
  add_check_row (group, _("Public liability insurance"), tandem_asset_get_insurance (self->asset));
}

static void
build_verified (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("Last Verified"));
  g_autofree char *verified = tandem_date_format (tandem_asset_get_verified_on (self->asset));
  GtkWidget *row;

  row = add_row (group, _("Last confirmed it runs as described"),
                 verified[0] != '\0' ? verified : _("Never"));
  if (self->stale)
    {
      GtkWidget *badge = gtk_label_new (_("Needs checking"));

      gtk_widget_add_css_class (badge, "tandem-badge");
      gtk_widget_add_css_class (badge, "warning");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
}

/* How many people were sent here and what came of it, without naming anyone. */
static void
build_people (TandemAssetPage *self)
{
  GtkWidget *group = add_group (self, _("People Connected"));
  g_autoptr(GPtrArray) signposts = NULL;
  g_autoptr(GError) error = NULL;
  guint outcomes[TANDEM_SIGNPOST_OUTCOME_DECLINED + 1] = { 0 };
  guint referrals = 0;
  g_autofree char *summary = NULL;

  signposts = tandem_store_list_asset_signposts (get_store (self), self->asset_id, &error);
  if (signposts == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), error->message);
      return;
    }

  if (signposts->len == 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Nobody has been signposted or referred here "
                                               "yet."));
      return;
    }

  for (guint i = 0; i < signposts->len; i++)
    {
      TandemSignpost *signpost = g_ptr_array_index (signposts, i);
      TandemSignpostOutcome outcome = tandem_signpost_get_outcome (signpost);

      if (outcome <= TANDEM_SIGNPOST_OUTCOME_DECLINED)
        outcomes[outcome]++;
      if (tandem_signpost_get_kind (signpost) == TANDEM_SIGNPOST_REFERRAL)
        referrals++;
    }

  /* Translators: the first %u counts people signposted or referred, the second referrals */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u person connected, %u of them by referral",
                                          "%u people connected, %u of them by referral",
                                          signposts->len),
                             signposts->len, referrals);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), summary);

  for (int outcome = TANDEM_SIGNPOST_OUTCOME_ATTENDED; outcome <= TANDEM_SIGNPOST_OUTCOME_DECLINED; outcome++)
    {
      g_autofree char *count = g_strdup_printf ("%u", outcomes[outcome]);

      add_text_row (group, tandem_signpost_outcome_get_label (outcome), count);
    }
  if (outcomes[TANDEM_SIGNPOST_OUTCOME_PENDING] > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", outcomes[TANDEM_SIGNPOST_OUTCOME_PENDING]);

      add_text_row (group, _("Not followed up yet"), count);
    }
}

static void
build_source (TandemAssetPage *self)
{
  GtkWidget *group;

  if (tandem_asset_get_notes (self->asset)[0] != '\0')
    {
      group = add_group (self, _("The Team’s Notes"));
      add_text_row (group, _("Notes"), tandem_asset_get_notes (self->asset));
    }

  group = add_group (self, _("Source"));
  add_text_row (group, _("Imported from"),
                tandem_asset_get_source (self->asset)[0] != '\0'
                ? tandem_asset_get_source (self->asset) : _("Added here"));
  add_text_row (group, _("Open Referral UK id"), tandem_asset_get_oruk_id (self->asset));
}

static void
update_stale (TandemAssetPage *self)
{
  guint months = g_settings_get_uint (tandem_session_get_settings (self->session),
                                      "directory-stale-months");
  GDate today;

  tandem_date_set_today (&today);
  self->stale = tandem_asset_is_stale (self->asset, &today, months);

  if (self->stale)
    {
      g_autofree char *text = NULL;

      if (tandem_asset_get_verified_on (self->asset)[0] == '\0')
        text = g_strdup (_("Nobody has confirmed that this runs as described. Check with them, "
                           "then verify it."));
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Not confirmed in the last month. Check it still "
                                             "runs as described, then verify it.",
                                             "Not confirmed in the last %u months. Check it "
                                             "still runs as described, then verify it.", months),
                                months);
      gtk_label_set_text (GTK_LABEL (self->stale_label), text);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->stale_revealer), self->stale);
}

static void
reload (TandemAssetPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemAsset) asset = NULL;

  clear_content (self);
  g_clear_object (&self->asset);

  if (self->session == NULL || self->asset_id == 0)
    {
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->stale_revealer), FALSE);
      return;
    }

  asset = tandem_store_load_asset (get_store (self), self->asset_id, &error);
  if (asset == NULL)
    {
      if (error != NULL)
        tandem_toast_show_message (GTK_WIDGET (self), error->message);
      else
        g_signal_emit (self, signals[SIGNAL_GONE], 0);
      return;
    }

  self->asset = g_steal_pointer (&asset);
  update_stale (self);
  build_header (self);
  build_what (self);
  build_where (self);
  build_who (self);
  build_access (self);
  build_contacts (self);
  build_check (self);
  build_verified (self);
  build_people (self);
  build_source (self);
}

static void
back_clicked_cb (TandemAssetPage *self)
{
  g_signal_emit (self, signals[SIGNAL_GO_BACK], 0);
}

static gboolean
save_asset_again (TandemStore  *store,
                  gpointer      record,
                  GError      **error)
{
  return tandem_store_save_asset (store, record, error);
}

static gboolean
add_asset_again (TandemStore  *store,
                 gpointer      record,
                 GError      **error)
{
  tandem_record_set_id (record, 0);
  return tandem_store_save_asset (store, record, error);
}

/* The map is the directory view's: ask it to take a pin for this asset. */
static void
place_pin_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemAssetPage *self = TANDEM_ASSET_PAGE (widget);

  if (self->asset != NULL)
    gtk_widget_activate_action (widget, "directory.place-pin", "x", self->asset_id);
}

static void
verify_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemAssetPage *self = TANDEM_ASSET_PAGE (widget);
  g_autoptr(TandemAsset) previous = NULL;
  g_autofree char *today = tandem_date_today_iso ();
  g_autoptr(GError) error = NULL;

  if (self->asset == NULL)
    return;

  previous = tandem_record_copy (self->asset);
  if (!tandem_store_verify_asset (get_store (self), self->asset_id, today, &error))
    {
      tandem_toast_show_message (widget, error->message);
      return;
    }

  /* The store said the directory changed; the page may not be listening yet in a test. */
  if (self->asset != NULL && g_strcmp0 (tandem_asset_get_verified_on (self->asset), today) != 0)
    reload (self);
  tandem_toast_show_undo (widget, _("Verified today"), get_store (self), previous,
                          save_asset_again);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemAssetPage *self = TANDEM_ASSET_PAGE (widget);

  if (self->asset == NULL)
    return;

  gtk_window_present (GTK_WINDOW (tandem_asset_editor_new (get_window (self), get_store (self),
                                                           self->asset)));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TandemAssetPage  *self)
{
  g_autoptr(TandemAsset) previous = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->asset == NULL)
    return;

  previous = tandem_record_copy (self->asset);
  if (!tandem_store_delete_asset (get_store (self), self->asset_id, &error))
    {
      tandem_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  message = g_strdup_printf (_("Deleted %s"), tandem_asset_get_name (previous));
  tandem_toast_show_undo (GTK_WIDGET (self), message, get_store (self), previous,
                          add_asset_again);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemAssetPage *self = TANDEM_ASSET_PAGE (widget);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->asset == NULL)
    return;

  heading = g_strdup_printf (_("Delete %s?"), tandem_asset_get_name (self->asset));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), heading,
                                                       _("It leaves the directory. People "
                                                         "signposted or referred here keep "
                                                         "its name in their records. An asset "
                                                         "that has closed can instead be "
                                                         "marked as no longer running.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tandem_asset_page_dispose (GObject *object)
{
  TandemAssetPage *self = (TandemAssetPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_ASSET_PAGE);
  g_clear_object (&self->asset);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tandem_asset_page_parent_class)->dispose (object);
}

static void
tandem_asset_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TandemAssetPage *self = TANDEM_ASSET_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TandemAssetPage *self = TANDEM_ASSET_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_asset_page_class_init (TandemAssetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_asset_page_dispose;
  object_class->get_property = tandem_asset_page_get_property;
  object_class->set_property = tandem_asset_page_set_property;

  /* Whether the page is shown alone, with a button back to the list. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_GO_BACK] =
    g_signal_new ("go-back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemAssetPage::gone:
   *
   * The asset shown no longer exists: it was deleted, here or elsewhere.
   */
  signals[SIGNAL_GONE] =
    g_signal_new ("gone",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-asset-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemAssetPage, stale_revealer);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetPage, stale_label);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemAssetPage, content);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "asset.verify", NULL, verify_action);
  gtk_widget_class_install_action (widget_class, "asset.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "asset.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "asset.place-pin", NULL, place_pin_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "asset.edit",
                                       NULL);
}

static void
tandem_asset_page_init (TandemAssetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
tandem_asset_page_set_session (TandemAssetPage *self,
                               TandemSession   *session)
{
  g_return_if_fail (TANDEM_IS_ASSET_PAGE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (tandem_session_get_store (session), "directory-changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  /* A signpost to the asset is a change to its person, and changes People Connected. */
  g_signal_connect_object (tandem_session_get_store (session), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_session_get_settings (session),
                           "changed::directory-stale-months", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
}

/**
 * tandem_asset_page_set_asset_id:
 * @asset_id: the asset to show, or 0 for none
 */
void
tandem_asset_page_set_asset_id (TandemAssetPage *self,
                                gint64           asset_id)
{
  g_return_if_fail (TANDEM_IS_ASSET_PAGE (self));

  if (self->asset_id != asset_id)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  self->asset_id = asset_id;
  reload (self);
}

/**
 * tandem_asset_page_get_asset:
 *
 * Returns: (transfer none) (nullable): the asset shown, as last read
 */
TandemAsset *
tandem_asset_page_get_asset (TandemAssetPage *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_PAGE (self), NULL);

  return self->asset;
}

gboolean
tandem_asset_page_get_stale_shown (TandemAssetPage *self)
{
  g_return_val_if_fail (TANDEM_IS_ASSET_PAGE (self), FALSE);

  return self->asset != NULL &&
         gtk_revealer_get_reveal_child (GTK_REVEALER (self->stale_revealer));
}
