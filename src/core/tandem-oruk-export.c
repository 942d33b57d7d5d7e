/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-oruk-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-csv.h"
#include "tandem-oruk-export.h"
#include "tandem-oruk-import.h"
#include "tandem-schedule.h"

/* Sharing the directory with a council: ORUK v3 JSON (an array of services, the shape the
 * v3 API serves and Tandem's own import reads) and a flat CSV, one row per asset. What the
 * team keeps for itself (notes, the suitability check, which fields were edited here) is
 * never written. Categories and ways in travel as taxonomy terms of Tandem's own
 * vocabularies, "tandem" and "tandem-access", so that an import by Tandem puts them back. */

static const struct {
  TandemDays  day;
  const char *byday;
} ical_days[] = {
  { TANDEM_DAYS_MONDAY, "MO" }, { TANDEM_DAYS_TUESDAY, "TU" },
  { TANDEM_DAYS_WEDNESDAY, "WE" }, { TANDEM_DAYS_THURSDAY, "TH" },
  { TANDEM_DAYS_FRIDAY, "FR" }, { TANDEM_DAYS_SATURDAY, "SA" }, { TANDEM_DAYS_SUNDAY, "SU" },
};

/* A UUID (version 5 in form) made from @seed, so the same asset always gets the same id. */
static char *
derive_uuid (const char *seed)
{
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA1, seed, -1);

  hex[12] = '5';
  hex[16] = "89ab"[g_ascii_xdigit_value (hex[16]) & 3];
  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16,
                          hex + 20);
}

/**
 * tandem_oruk_export_dup_id:
 * @pcn_name: the PCN's name, which keeps ids of different PCNs apart
 *
 * Returns: the asset's ORUK id, or for a local asset one derived from its row and the PCN,
 *   the same at every export so that a council's re-import updates rather than adds
 */
char *
tandem_oruk_export_dup_id (TandemAsset *asset,
                           const char  *pcn_name)
{
  g_autofree char *seed = NULL;

  if (*tandem_asset_get_oruk_id (asset) != '\0')
    return g_strdup (tandem_asset_get_oruk_id (asset));

  seed = g_strdup_printf ("tandem-asset:%s:%" G_GINT64_FORMAT, pcn_name != NULL ? pcn_name : "",
                          tandem_record_get_id (asset));
  return derive_uuid (seed);
}

static char *
child_id (const char *service_id,
          const char *kind,
          guint       n)
{
  g_autofree char *seed = g_strdup_printf ("%s:%s:%u", service_id, kind, n);

  return derive_uuid (seed);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_nonempty (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  if (value != NULL && *value != '\0')
    add_string (builder, name, value);
}

static void
add_child_id (JsonBuilder *builder,
              const char  *service_id,
              const char  *kind,
              guint        n)
{
  g_autofree char *id = child_id (service_id, kind, n);

  add_string (builder, "id", id);
}

static void
build_organisation (JsonBuilder *builder,
                    TandemAsset *asset,
                    const char  *pcn_name)
{
  /* ORUK wants an organisation; a small group is its own. */
  const char *name = *tandem_asset_get_organisation (asset) != '\0' ?
                     tandem_asset_get_organisation (asset) : tandem_asset_get_name (asset);
  g_autofree char *seed = g_strdup_printf ("tandem-organisation:%s:%s", pcn_name, name);
  g_autofree char *id = derive_uuid (seed);

  json_builder_set_member_name (builder, "organization");
  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string (builder, "name", name);
  json_builder_end_object (builder);
}

static gboolean
has_coordinates (TandemAsset *asset)
{
  return tandem_asset_get_has_coordinates (asset) &&
         !(tandem_asset_get_latitude (asset) == 0 && tandem_asset_get_longitude (asset) == 0);
}

static void
build_accessibility (JsonBuilder *builder,
                     TandemAsset *asset,
                     const char  *id)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (TANDEM_TYPE_ACCESSIBILITY);
  guint n = 0;

  json_builder_set_member_name (builder, "accessibility");
  json_builder_begin_array (builder);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == 0 ||
          (tandem_asset_get_accessibility (asset) & klass->values[i].value) == 0)
        continue;
      json_builder_begin_object (builder);
      add_child_id (builder, id, "accessibility", n++);
      add_string (builder, "accessibility", klass->values[i].value_nick);
      json_builder_end_object (builder);
    }
  if (*tandem_asset_get_accessibility_note (asset) != '\0')
    {
      json_builder_begin_object (builder);
      add_child_id (builder, id, "accessibility", n++);
      add_string (builder, "description", tandem_asset_get_accessibility_note (asset));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_location (JsonBuilder *builder,
                TandemAsset *asset,
                const char  *id)
{
  if (*tandem_asset_get_address (asset) == '\0' && *tandem_asset_get_postcode (asset) == '\0' &&
      !has_coordinates (asset) && tandem_asset_get_accessibility (asset) == 0 &&
      *tandem_asset_get_accessibility_note (asset) == '\0')
    return;

  json_builder_set_member_name (builder, "service_at_locations");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_child_id (builder, id, "service-at-location", 0);
  json_builder_set_member_name (builder, "location");
  json_builder_begin_object (builder);
  add_child_id (builder, id, "location", 0);
  add_string (builder, "location_type", "physical");
  add_string (builder, "name", tandem_asset_get_name (asset));
  if (has_coordinates (asset))
    {
      json_builder_set_member_name (builder, "latitude");
      json_builder_add_double_value (builder, tandem_asset_get_latitude (asset));
      json_builder_set_member_name (builder, "longitude");
      json_builder_add_double_value (builder, tandem_asset_get_longitude (asset));
    }
  if (*tandem_asset_get_address (asset) != '\0' || *tandem_asset_get_postcode (asset) != '\0')
    {
      json_builder_set_member_name (builder, "addresses");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_child_id (builder, id, "address", 0);
      add_string (builder, "address_1", tandem_asset_get_address (asset));
      add_string (builder, "postal_code", tandem_asset_get_postcode (asset));
      add_string (builder, "country", "GB");
      add_string (builder, "address_type", "physical");
      json_builder_end_object (builder);
      json_builder_end_array (builder);
    }
  build_accessibility (builder, asset, id);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static const char *
byday_of (TandemDays day)
{
  for (guint i = 0; i < G_N_ELEMENTS (ical_days); i++)
    if (ical_days[i].day == day)
      return ical_days[i].byday;

  return NULL;
}

static void
add_time (JsonBuilder *builder,
          const char  *name,
          int          minutes)
{
  g_autofree char *text = g_strdup_printf ("%02d:%02d:00", minutes / 60, minutes % 60);

  add_string (builder, name, text);
}

/* One schedule per line: a session is one day with its times and note, a note line a
 * description alone. */
static void
build_schedules (JsonBuilder *builder,
                 TandemAsset *asset,
                 const char  *id)
{
  g_auto(GStrv) lines = g_strsplit (tandem_asset_get_schedule (asset), "\n", -1);
  guint n = 0;

  json_builder_set_member_name (builder, "schedules");
  json_builder_begin_array (builder);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      TandemScheduleSession session;

      if (*g_strstrip (lines[i]) == '\0' || !tandem_schedule_parse_line (lines[i], &session))
        continue;

      json_builder_begin_object (builder);
      add_child_id (builder, id, "schedule", n++);
      if (session.day != TANDEM_DAYS_NONE)
        {
          add_string (builder, "freq", "WEEKLY");
          add_string (builder, "byday", byday_of (session.day));
          if (session.opens >= 0 && session.closes > session.opens)
            {
              add_time (builder, "opens_at", session.opens);
              add_time (builder, "closes_at", session.closes);
            }
        }
      add_nonempty (builder, "description", session.note);
      json_builder_end_object (builder);
      tandem_schedule_session_clear (&session);
    }
  json_builder_end_array (builder);
}

static void
build_cost (JsonBuilder *builder,
            TandemAsset *asset,
            const char  *id)
{
  TandemAssetCost cost = tandem_asset_get_cost (asset);
  const char *note = tandem_asset_get_cost_note (asset);

  if (cost == TANDEM_COST_UNKNOWN && *note == '\0')
    return;

  json_builder_set_member_name (builder, "cost_options");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_child_id (builder, id, "cost", 0);
  switch (cost)
    {
    case TANDEM_COST_FREE:
      add_string (builder, "option", "Free");
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, 0);
      break;
    case TANDEM_COST_PAID:
      add_string (builder, "option", "Paid");
      break;
    case TANDEM_COST_DONATION:
      add_string (builder, "option", "Donation");
      break;
    case TANDEM_COST_UNKNOWN:
    default:
      break;
    }
  add_nonempty (builder, "amount_description", note);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
build_languages (JsonBuilder *builder,
                 TandemAsset *asset,
                 const char  *id)
{
  g_auto(GStrv) names = g_strsplit_set (tandem_asset_get_languages (asset), ",;", -1);
  guint n = 0;

  json_builder_set_member_name (builder, "languages");
  json_builder_begin_array (builder);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (*g_strstrip (names[i]) == '\0')
        continue;
      json_builder_begin_object (builder);
      add_child_id (builder, id, "language", n++);
      add_string (builder, "name", names[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_term (JsonBuilder *builder,
          const char  *id,
          guint        n,
          const char  *taxonomy,
          const char  *name)
{
  g_autofree char *seed = g_strdup_printf ("tandem-term:%s:%s", taxonomy, name);
  g_autofree char *term_id = derive_uuid (seed);

  json_builder_begin_object (builder);
  add_child_id (builder, id, "attribute", n);
  json_builder_set_member_name (builder, "taxonomy_term");
  json_builder_begin_object (builder);
  add_string (builder, "id", term_id);
  add_string (builder, "name", name);
  add_string (builder, "taxonomy", taxonomy);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
build_attributes (JsonBuilder *builder,
                  TandemAsset *asset,
                  const char  *id)
{
  g_auto(GStrv) keys = g_strsplit (tandem_asset_get_categories (asset), ",", -1);
  g_autoptr(GFlagsClass) klass = g_type_class_ref (TANDEM_TYPE_ACCESS_ROUTES);
  guint n = 0;

  json_builder_set_member_name (builder, "attributes");
  json_builder_begin_array (builder);
  for (guint i = 0; keys[i] != NULL; i++)
    if (*keys[i] != '\0')
      add_term (builder, id, n++, "tandem", keys[i]);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 &&
        (tandem_asset_get_access_routes (asset) & klass->values[i].value) != 0)
      add_term (builder, id, n++, "tandem-access", klass->values[i].value_nick);
  json_builder_end_array (builder);
}

static int
age_or_no_limit (int age)
{
  return age > 0 ? age : -1;
}

static void
build_service (JsonBuilder *builder,
               TandemAsset *asset,
               const char  *pcn_name)
{
  g_autofree char *id = tandem_oruk_export_dup_id (asset, pcn_name);

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string (builder, "name", tandem_asset_get_name (asset));
  add_string (builder, "description", tandem_asset_get_description (asset));
  add_nonempty (builder, "url", tandem_asset_get_website (asset));
  add_nonempty (builder, "email", tandem_asset_get_email (asset));
  add_string (builder, "status", tandem_asset_get_active (asset) ? "active" : "inactive");
  add_nonempty (builder, "eligibility_description", tandem_asset_get_eligibility (asset));
  /* -1 is v3's "no limit". */
  json_builder_set_member_name (builder, "minimum_age");
  json_builder_add_int_value (builder, age_or_no_limit (tandem_asset_get_minimum_age (asset)));
  json_builder_set_member_name (builder, "maximum_age");
  json_builder_add_int_value (builder, age_or_no_limit (tandem_asset_get_maximum_age (asset)));
  add_nonempty (builder, "assured_date", tandem_asset_get_verified_on (asset));
  build_organisation (builder, asset, pcn_name);
  build_location (builder, asset, id);
  if (*tandem_asset_get_phone (asset) != '\0')
    {
      json_builder_set_member_name (builder, "phones");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_child_id (builder, id, "phone", 0);
      add_string (builder, "number", tandem_asset_get_phone (asset));
      json_builder_end_object (builder);
      json_builder_end_array (builder);
    }
  build_schedules (builder, asset, id);
  build_cost (builder, asset, id);
  build_languages (builder, asset, id);
  build_attributes (builder, asset, id);
  json_builder_end_object (builder);
}

/**
 * tandem_oruk_export_build_json:
 * @assets: (element-type TandemAsset): the assets to share
 *
 * Returns: (transfer full): an ORUK v3 array of services
 */
JsonNode *
tandem_oruk_export_build_json (GPtrArray  *assets,
                               const char *pcn_name)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < assets->len; i++)
    build_service (builder, g_ptr_array_index (assets, i), pcn_name);
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

/**
 * tandem_oruk_export_check:
 * @n_assets: how many services @root must hold
 *
 * Reads an export back with the importer's rules: every service must come through
 * whole, none skipped and none with a warning, or the export is not written.
 */
gboolean
tandem_oruk_export_check (JsonNode            *root,
                          guint                n_assets,
                          const char * const  *category_keys,
                          GError             **error)
{
  g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) assets = tandem_oruk_parse_json_node (root, "export", category_keys,
                                                             report, error);

  if (assets == NULL)
    return FALSE;

  if (report->problems->len > 0 || assets->len != n_assets)
    {
      TandemOrukProblem *problem = report->problems->len > 0 ?
                                   g_ptr_array_index (report->problems, 0) : NULL;

      g_set_error (error, TANDEM_ORUK_ERROR, TANDEM_ORUK_ERROR_UNREADABLE,
                   _("The export would not read back as Open Referral UK (%s: %s), so it was "
                     "not written."),
                   problem != NULL ? problem->name : "", problem != NULL ? problem->reason : "");
      return FALSE;
    }

  return TRUE;
}

static char *
flags_nicks (GType flags_type,
             guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) != 0)
      g_string_append_printf (text, "%s%s", text->len > 0 ? "," : "",
                              klass->values[i].value_nick);

  return g_string_free (text, FALSE);
}

static const char *
enum_nick (GType enum_type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* The nicks are static strings of the type, which outlives the class reference. */
  return found != NULL ? found->value_nick : "";
}

static const char * const csv_columns[] = {
  "id", "name", "organisation", "description", "categories", "asset_type", "active",
  "address", "postcode", "latitude", "longitude", "schedule", "cost", "cost_note",
  "eligibility", "minimum_age", "maximum_age", "access_routes", "accessibility",
  "accessibility_note", "languages", "capacity", "phone", "email", "website", "verified_on",
};

static void
append_csv_asset (GString     *csv,
                  TandemAsset *asset,
                  const char  *pcn_name)
{
  g_autofree char *id = tandem_oruk_export_dup_id (asset, pcn_name);
  g_autofree char *latitude = NULL, *longitude = NULL;
  g_autofree char *minimum = g_strdup_printf ("%d", tandem_asset_get_minimum_age (asset));
  g_autofree char *maximum = g_strdup_printf ("%d", tandem_asset_get_maximum_age (asset));
  g_autofree char *routes = flags_nicks (TANDEM_TYPE_ACCESS_ROUTES,
                                         tandem_asset_get_access_routes (asset));
  g_autofree char *access = flags_nicks (TANDEM_TYPE_ACCESSIBILITY,
                                         tandem_asset_get_accessibility (asset));
  const char *values[G_N_ELEMENTS (csv_columns)];
  char buffer[2][G_ASCII_DTOSTR_BUF_SIZE];
  guint n = 0;

  if (tandem_asset_get_has_coordinates (asset))
    {
      latitude = g_strdup (g_ascii_formatd (buffer[0], sizeof buffer[0], "%.6f",
                                            tandem_asset_get_latitude (asset)));
      longitude = g_strdup (g_ascii_formatd (buffer[1], sizeof buffer[1], "%.6f",
                                             tandem_asset_get_longitude (asset)));
    }

  values[n++] = id;
  values[n++] = tandem_asset_get_name (asset);
  values[n++] = tandem_asset_get_organisation (asset);
  values[n++] = tandem_asset_get_description (asset);
  values[n++] = tandem_asset_get_categories (asset);
  values[n++] = enum_nick (TANDEM_TYPE_ASSET_TYPE, tandem_asset_get_asset_type (asset));
  values[n++] = tandem_asset_get_active (asset) ? "true" : "false";
  values[n++] = tandem_asset_get_address (asset);
  values[n++] = tandem_asset_get_postcode (asset);
  values[n++] = latitude;
  values[n++] = longitude;
  values[n++] = tandem_asset_get_schedule (asset);
  values[n++] = enum_nick (TANDEM_TYPE_ASSET_COST, tandem_asset_get_cost (asset));
  values[n++] = tandem_asset_get_cost_note (asset);
  values[n++] = tandem_asset_get_eligibility (asset);
  values[n++] = minimum;
  values[n++] = maximum;
  values[n++] = routes;
  values[n++] = access;
  values[n++] = tandem_asset_get_accessibility_note (asset);
  values[n++] = tandem_asset_get_languages (asset);
  values[n++] = tandem_asset_get_capacity (asset);
  values[n++] = tandem_asset_get_phone (asset);
  values[n++] = tandem_asset_get_email (asset);
  values[n++] = tandem_asset_get_website (asset);
  values[n++] = tandem_asset_get_verified_on (asset);
  g_assert (n == G_N_ELEMENTS (csv_columns));

  for (guint i = 0; i < n; i++)
    tandem_csv_append_field (csv, values[i], i == 0);
  g_string_append (csv, "\r\n");
}

/**
 * tandem_oruk_export_build_csv:
 *
 * Returns: the assets as CSV (RFC 4180, UTF-8, CRLF line ends), a header row and one row
 *   per asset; enumerations and flags are written as their stable names
 */
char *
tandem_oruk_export_build_csv (GPtrArray  *assets,
                              const char *pcn_name)
{
  GString *csv = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (csv_columns); i++)
    tandem_csv_append_field (csv, csv_columns[i], i == 0);
  g_string_append (csv, "\r\n");

  for (guint i = 0; i < assets->len; i++)
    append_csv_asset (csv, g_ptr_array_index (assets, i), pcn_name);

  return g_string_free (csv, FALSE);
}

static GStrv
dup_all_category_keys (TandemStore  *store,
                       GError      **error)
{
  g_autoptr(GPtrArray) categories = tandem_store_list_asset_categories (store, error);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  if (categories == NULL)
    return NULL;

  for (guint i = 0; i < categories->len; i++)
    g_strv_builder_add (keys, tandem_asset_category_get_key (g_ptr_array_index (categories, i)));

  return g_strv_builder_end (keys);
}

/**
 * tandem_oruk_export_run:
 * @path: the file to write; replaced whole, or left as it was on failure
 * @n_exported: (out) (optional): how many assets were written
 *
 * Writes the whole directory in @format.
 */
gboolean
tandem_oruk_export_run (TandemStore             *store,
                        const char              *path,
                        TandemOrukExportFormat   format,
                        guint                   *n_exported,
                        GError                 **error)
{
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *pcn_name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);

  if ((assets = tandem_store_list_assets (store, error)) == NULL)
    return FALSE;

  /* A database not set up yet has no PCN name: its ids are still stable. */
  pcn_name = tandem_store_dup_pcn_name (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (pcn_name == NULL)
    pcn_name = g_strdup ("");

  if (format == TANDEM_ORUK_EXPORT_JSON)
    {
      g_autoptr(JsonNode) root = tandem_oruk_export_build_json (assets, pcn_name);
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_auto(GStrv) keys = dup_all_category_keys (store, error);

      if (keys == NULL ||
          !tandem_oruk_export_check (root, assets->len, (const char * const *) keys, error))
        return FALSE;

      json_generator_set_pretty (generator, TRUE);
      json_generator_set_root (generator, root);
      text = json_generator_to_data (generator, NULL);
    }
  else
    text = tandem_oruk_export_build_csv (assets, pcn_name);

  if (!g_file_set_contents (path, text, -1, error))
    return FALSE;

  if (n_exported != NULL)
    *n_exported = assets->len;
  return TRUE;
}
