/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-assets"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-store-private.h"

/* The community directory: assets, their categories and the full-text index kept beside
 * them. Every change is announced as a directory change. Column N of ASSET_COLUMNS is bound
 * as ?N when written (the id, column 0, only to an update). */

#define ASSET_COLUMNS \
  "id, oruk_id, source, organisation, name, description, asset_type, active, address, " \
  "postcode, latitude, longitude, schedule, open_days, cost, cost_note, eligibility, " \
  "minimum_age, maximum_age, access_routes, accessibility, accessibility_note, languages, " \
  "capacity, phone, email, website, suitability, safeguarding_policy_seen, " \
  "volunteer_checks, insurance, checked_by, checked_on, suitability_note, verified_on, " \
  "notes, local_edits"

#define ASSET_N_COLUMNS 37
#define ASSET_TIMESTAMP 37

/* The categories, in the directory's order, read beside each asset. */
#define ASSET_CATEGORY_KEYS \
  "(SELECT group_concat (key) FROM (SELECT c.key FROM asset_in_category ac " \
  "JOIN asset_category c ON c.id = ac.category_id WHERE ac.asset_id = asset.id " \
  "ORDER BY c.position))"

/* What an import writes. A person's change to one of these here is remembered in
 * local_edits, and an import leaves that property alone from then on; everything else (the
 * notes, the suitability check, the verification) is the team's own and never imported. */
static const char * const imported_properties[] = {
  "organisation", "name", "description", "categories", "active", "address", "postcode",
  "has-coordinates", "latitude", "longitude", "schedule", "cost", "cost-note", "eligibility",
  "minimum-age", "maximum-age", "access-routes", "accessibility", "accessibility-note",
  "languages", "capacity", "phone", "email", "website",
};

static TandemAsset *
asset_from_row (sqlite3_stmt *stmt)
{
  TandemAsset *asset = tandem_asset_new ();

  tandem_record_set_id (asset, sqlite3_column_int64 (stmt, 0));
  tandem_asset_set_oruk_id (asset, tandem_store_column_text (stmt, 1));
  tandem_asset_set_source (asset, tandem_store_column_text (stmt, 2));
  tandem_asset_set_organisation (asset, tandem_store_column_text (stmt, 3));
  tandem_asset_set_name (asset, tandem_store_column_text (stmt, 4));
  tandem_asset_set_description (asset, tandem_store_column_text (stmt, 5));
  tandem_asset_set_asset_type (asset, tandem_store_column_enum (stmt, 6, TANDEM_TYPE_ASSET_TYPE,
                                                                TANDEM_ASSET_ASSOCIATION));
  tandem_asset_set_active (asset, sqlite3_column_int (stmt, 7));
  tandem_asset_set_address (asset, tandem_store_column_text (stmt, 8));
  tandem_asset_set_postcode (asset, tandem_store_column_text (stmt, 9));
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    {
      tandem_asset_set_has_coordinates (asset, TRUE);
      tandem_asset_set_latitude (asset, sqlite3_column_double (stmt, 10));
      tandem_asset_set_longitude (asset, sqlite3_column_double (stmt, 11));
    }
  tandem_asset_set_schedule (asset, tandem_store_column_text (stmt, 12));
  tandem_asset_set_cost (asset, tandem_store_column_enum (stmt, 14, TANDEM_TYPE_ASSET_COST,
                                                          TANDEM_COST_UNKNOWN));
  tandem_asset_set_cost_note (asset, tandem_store_column_text (stmt, 15));
  tandem_asset_set_eligibility (asset, tandem_store_column_text (stmt, 16));
  tandem_asset_set_minimum_age (asset, sqlite3_column_int (stmt, 17));
  tandem_asset_set_maximum_age (asset, sqlite3_column_int (stmt, 18));
  tandem_asset_set_access_routes (asset, tandem_store_column_flags (stmt, 19,
                                                                    TANDEM_TYPE_ACCESS_ROUTES));
  tandem_asset_set_accessibility (asset, tandem_store_column_flags (stmt, 20,
                                                                    TANDEM_TYPE_ACCESSIBILITY));
  tandem_asset_set_accessibility_note (asset, tandem_store_column_text (stmt, 21));
  tandem_asset_set_languages (asset, tandem_store_column_text (stmt, 22));
  tandem_asset_set_capacity (asset, tandem_store_column_text (stmt, 23));
  tandem_asset_set_phone (asset, tandem_store_column_text (stmt, 24));
  tandem_asset_set_email (asset, tandem_store_column_text (stmt, 25));
  tandem_asset_set_website (asset, tandem_store_column_text (stmt, 26));
  tandem_asset_set_suitability (asset, tandem_store_column_enum (stmt, 27,
                                                                 TANDEM_TYPE_SUITABILITY,
                                                                 TANDEM_SUITABILITY_UNCHECKED));
  tandem_asset_set_safeguarding_policy_seen (asset, sqlite3_column_int (stmt, 28));
  tandem_asset_set_volunteer_checks (asset, sqlite3_column_int (stmt, 29));
  tandem_asset_set_insurance (asset, sqlite3_column_int (stmt, 30));
  tandem_asset_set_checked_by (asset, tandem_store_column_text (stmt, 31));
  tandem_asset_set_checked_on (asset, tandem_store_column_text (stmt, 32));
  tandem_asset_set_suitability_note (asset, tandem_store_column_text (stmt, 33));
  tandem_asset_set_verified_on (asset, tandem_store_column_text (stmt, 34));
  tandem_asset_set_notes (asset, tandem_store_column_text (stmt, 35));
  tandem_asset_set_local_edits (asset, tandem_store_column_text (stmt, 36));
  tandem_asset_set_categories (asset, tandem_store_column_text (stmt, ASSET_N_COLUMNS));

  return asset;
}

static void
bind_asset (sqlite3_stmt *stmt,
            TandemAsset  *asset,
            const char   *now)
{
  tandem_store_bind_text_or_null (stmt, 1, tandem_asset_get_oruk_id (asset));
  tandem_store_bind_text (stmt, 2, tandem_asset_get_source (asset));
  tandem_store_bind_text (stmt, 3, tandem_asset_get_organisation (asset));
  tandem_store_bind_text (stmt, 4, tandem_asset_get_name (asset));
  tandem_store_bind_text (stmt, 5, tandem_asset_get_description (asset));
  tandem_store_bind_enum (stmt, 6, TANDEM_TYPE_ASSET_TYPE, tandem_asset_get_asset_type (asset));
  sqlite3_bind_int (stmt, 7, tandem_asset_get_active (asset));
  tandem_store_bind_text (stmt, 8, tandem_asset_get_address (asset));
  tandem_store_bind_text (stmt, 9, tandem_asset_get_postcode (asset));
  if (tandem_asset_get_has_coordinates (asset))
    {
      sqlite3_bind_double (stmt, 10, tandem_asset_get_latitude (asset));
      sqlite3_bind_double (stmt, 11, tandem_asset_get_longitude (asset));
    }
  else
    {
      sqlite3_bind_null (stmt, 10);
      sqlite3_bind_null (stmt, 11);
    }
  tandem_store_bind_text (stmt, 12, tandem_asset_get_schedule (asset));
  sqlite3_bind_int (stmt, 13, tandem_asset_get_open_days (asset));
  tandem_store_bind_enum (stmt, 14, TANDEM_TYPE_ASSET_COST, tandem_asset_get_cost (asset));
  tandem_store_bind_text (stmt, 15, tandem_asset_get_cost_note (asset));
  tandem_store_bind_text (stmt, 16, tandem_asset_get_eligibility (asset));
  sqlite3_bind_int (stmt, 17, tandem_asset_get_minimum_age (asset));
  sqlite3_bind_int (stmt, 18, tandem_asset_get_maximum_age (asset));
  tandem_store_bind_flags (stmt, 19, TANDEM_TYPE_ACCESS_ROUTES,
                           tandem_asset_get_access_routes (asset));
  tandem_store_bind_flags (stmt, 20, TANDEM_TYPE_ACCESSIBILITY,
                           tandem_asset_get_accessibility (asset));
  tandem_store_bind_text (stmt, 21, tandem_asset_get_accessibility_note (asset));
  tandem_store_bind_text (stmt, 22, tandem_asset_get_languages (asset));
  tandem_store_bind_text (stmt, 23, tandem_asset_get_capacity (asset));
  tandem_store_bind_text (stmt, 24, tandem_asset_get_phone (asset));
  tandem_store_bind_text (stmt, 25, tandem_asset_get_email (asset));
  tandem_store_bind_text (stmt, 26, tandem_asset_get_website (asset));
  tandem_store_bind_enum (stmt, 27, TANDEM_TYPE_SUITABILITY, tandem_asset_get_suitability (asset));
  sqlite3_bind_int (stmt, 28, tandem_asset_get_safeguarding_policy_seen (asset));
  sqlite3_bind_int (stmt, 29, tandem_asset_get_volunteer_checks (asset));
  sqlite3_bind_int (stmt, 30, tandem_asset_get_insurance (asset));
  tandem_store_bind_text (stmt, 31, tandem_asset_get_checked_by (asset));
  tandem_store_bind_text (stmt, 32, tandem_asset_get_checked_on (asset));
  tandem_store_bind_text (stmt, 33, tandem_asset_get_suitability_note (asset));
  tandem_store_bind_text (stmt, 34, tandem_asset_get_verified_on (asset));
  tandem_store_bind_text (stmt, 35, tandem_asset_get_notes (asset));
  tandem_store_bind_text (stmt, 36, tandem_asset_get_local_edits (asset));
  sqlite3_bind_text (stmt, ASSET_TIMESTAMP, now, -1, SQLITE_TRANSIENT);
}

#define SELECT_ASSETS "SELECT " ASSET_COLUMNS ", " ASSET_CATEGORY_KEYS " FROM asset "

/* @sql is a literal: the store caches statements by its address. */
static TandemAsset *
load_asset (TandemStore  *self,
            const char   *sql,
            const char   *value,
            gint64        id,
            GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  if (value != NULL)
    tandem_store_bind_text (stmt, 1, value);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return asset_from_row (stmt);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                         _("This asset is no longer in the directory: it may have been "
                           "deleted."));
  else
    tandem_store_fail (self, rc, error);

  return NULL;
}

TandemAsset *
tandem_store_load_asset (TandemStore  *self,
                         gint64        id,
                         GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  return load_asset (self, SELECT_ASSETS "WHERE id = ?1", NULL, id, error);
}

/* The words the search finds a category by: its stored name, and its name as shown. */
static void
append_category_words (TandemStore *self,
                       const char  *key,
                       GString     *words)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self, "SELECT name FROM asset_category WHERE key = ?1", NULL);

  if (stmt == NULL)
    return;

  tandem_store_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = tandem_store_column_text (stmt, 0);

      g_string_append_printf (words, "%s %s ", name, tandem_asset_category_translate (key, name));
    }
}

/* Sets the asset's categories and its row in the search index to match it. */
static gboolean
write_asset_links (TandemStore  *self,
                   TandemAsset  *asset,
                   gint64        id,
                   GError      **error)
{
  g_auto(GStrv) keys = g_strsplit (tandem_asset_get_categories (asset), ",", -1);
  g_autoptr(GString) category_words = g_string_new (NULL);
  g_autoptr(TandemStoreStatement) clear = NULL;
  g_autoptr(TandemStoreStatement) unindex = NULL;
  g_autoptr(TandemStoreStatement) index = NULL;
  g_autofree char *names = NULL;
  g_autofree char *places = NULL;

  clear = tandem_store_prepare (self, "DELETE FROM asset_in_category WHERE asset_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (!tandem_store_step_done (self, clear, error))
    return FALSE;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(TandemStoreStatement) link = NULL;

      if (*keys[i] == '\0')
        continue;

      link = tandem_store_prepare (self,
                                   "INSERT OR IGNORE INTO asset_in_category "
                                   "(asset_id, category_id) "
                                   "SELECT ?1, id FROM asset_category WHERE key = ?2",
                                   error);
      if (link == NULL)
        return FALSE;
      sqlite3_bind_int64 (link, 1, id);
      tandem_store_bind_text (link, 2, keys[i]);
      if (!tandem_store_step_done (self, link, error))
        return FALSE;

      if (sqlite3_changes (tandem_store_get_db (self)) == 0)
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       _("The directory has no category \u201c%s\u201d."), keys[i]);
          return FALSE;
        }

      append_category_words (self, keys[i], category_words);
    }

  unindex = tandem_store_prepare (self, "DELETE FROM asset_search WHERE docid = ?1", error);
  if (unindex == NULL)
    return FALSE;
  sqlite3_bind_int64 (unindex, 1, id);
  if (!tandem_store_step_done (self, unindex, error))
    return FALSE;

  index = tandem_store_prepare (self,
                                "INSERT INTO asset_search (docid, name, description, "
                                "categories, places) VALUES (?1, ?2, ?3, ?4, ?5)",
                                error);
  if (index == NULL)
    return FALSE;

  names = g_strconcat (tandem_asset_get_name (asset), " ",
                       tandem_asset_get_organisation (asset), NULL);
  places = g_strconcat (tandem_asset_get_address (asset), " ",
                        tandem_asset_get_postcode (asset), NULL);
  sqlite3_bind_int64 (index, 1, id);
  tandem_store_bind_text (index, 2, names);
  tandem_store_bind_text (index, 3, tandem_asset_get_description (asset));
  tandem_store_bind_text (index, 4, category_words->str);
  tandem_store_bind_text (index, 5, places);

  return tandem_store_step_done (self, index, error);
}

/* Writes @asset as it is, adding it when it has no id yet. */
static gboolean
put_asset (TandemStore  *self,
           TandemAsset  *asset,
           GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *now = tandem_store_now ();
  gint64 id = tandem_record_get_id (asset);

  if (!tandem_asset_check (asset, error))
    return FALSE;

  if (id == 0)
    stmt = tandem_store_prepare (self,
                                 "INSERT INTO asset (" ASSET_COLUMNS ", created_at, updated_at) "
                                 "VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                 "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, "
                                 "?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, "
                                 "?36, ?37, ?37)",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE asset SET oruk_id = ?1, source = ?2, organisation = ?3, "
                                 "name = ?4, description = ?5, asset_type = ?6, active = ?7, "
                                 "address = ?8, postcode = ?9, latitude = ?10, longitude = ?11, "
                                 "schedule = ?12, open_days = ?13, cost = ?14, cost_note = ?15, "
                                 "eligibility = ?16, minimum_age = ?17, maximum_age = ?18, "
                                 "access_routes = ?19, accessibility = ?20, "
                                 "accessibility_note = ?21, languages = ?22, capacity = ?23, "
                                 "phone = ?24, email = ?25, website = ?26, suitability = ?27, "
                                 "safeguarding_policy_seen = ?28, volunteer_checks = ?29, "
                                 "insurance = ?30, checked_by = ?31, checked_on = ?32, "
                                 "suitability_note = ?33, verified_on = ?34, notes = ?35, "
                                 "local_edits = ?36, updated_at = ?37 WHERE id = ?38",
                                 error);
  if (stmt == NULL)
    return FALSE;

  bind_asset (stmt, asset, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 38, id);

  if (!tandem_store_step_done (self, stmt, &local_error))
    {
      if (g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE))
        g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE,
                     _("Another asset already has the directory id \u201c%s\u201d."),
                     tandem_asset_get_oruk_id (asset));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (id == 0)
    {
      id = sqlite3_last_insert_rowid (tandem_store_get_db (self));
      tandem_record_set_id (asset, id);
    }
  else if (sqlite3_changes (tandem_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This asset is no longer in the directory: it may have been "
                             "deleted."));
      return FALSE;
    }

  tandem_store_queue_directory_change (self);
  return write_asset_links (self, asset, id, error);
}

static gboolean
property_differs (TandemAsset *a,
                  TandemAsset *b,
                  const char  *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), name);
  g_auto(GValue) value_a = G_VALUE_INIT;
  g_auto(GValue) value_b = G_VALUE_INIT;

  g_value_init (&value_a, pspec->value_type);
  g_value_init (&value_b, pspec->value_type);
  g_object_get_property (G_OBJECT (a), name, &value_a);
  g_object_get_property (G_OBJECT (b), name, &value_b);

  /* The model reads NULL and "" alike. */
  if (G_VALUE_HOLDS_STRING (&value_a))
    return g_strcmp0 (g_value_get_string (&value_a) ? g_value_get_string (&value_a) : "",
                      g_value_get_string (&value_b) ? g_value_get_string (&value_b) : "") != 0;

  return g_param_values_cmp (pspec, &value_a, &value_b) != 0;
}

static gboolean
list_contains (const char *list,
               const char *name)
{
  g_auto(GStrv) names = g_strsplit (list, ",", -1);

  return g_strv_contains ((const char * const *) names, name);
}

/* Adds to @asset's local edits the imported properties it changes from @stored. */
static void
note_local_edits (TandemAsset *asset,
                  TandemAsset *stored)
{
  g_autoptr(GString) edits = g_string_new (tandem_asset_get_local_edits (stored));

  for (guint i = 0; i < G_N_ELEMENTS (imported_properties); i++)
    {
      const char *name = imported_properties[i];

      if (property_differs (asset, stored, name) && !list_contains (edits->str, name))
        g_string_append_printf (edits, "%s%s", edits->len > 0 ? "," : "", name);
    }

  tandem_asset_set_local_edits (asset, edits->str);
}

static gboolean
write_asset (TandemStore    *self,
             gconstpointer   data,
             GError        **error)
{
  TandemAsset *asset = (TandemAsset *) data;

  if (tandem_record_get_id (asset) != 0 && *tandem_asset_get_oruk_id (asset) != '\0')
    {
      g_autoptr(TandemAsset) stored = tandem_store_load_asset (self, tandem_record_get_id (asset),
                                                               error);
      if (stored == NULL)
        return FALSE;

      note_local_edits (asset, stored);
    }

  return put_asset (self, asset, error);
}

/**
 * tandem_store_save_asset:
 *
 * Adds or updates an asset as the team edited it. For an imported asset, the imported
 * properties it changes become local edits that later imports leave alone.
 */
gboolean
tandem_store_save_asset (TandemStore  *self,
                         TandemAsset  *asset,
                         GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_ASSET (asset), FALSE);

  return tandem_store_write (self, write_asset, asset, error);
}

static gboolean
write_asset_deletion (TandemStore    *self,
                      gconstpointer   data,
                      GError        **error)
{
  const gint64 *id = data;
  g_autoptr(TandemStoreStatement) unindex = NULL;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  unindex = tandem_store_prepare (self, "DELETE FROM asset_search WHERE docid = ?1", error);
  if (unindex == NULL)
    return FALSE;
  sqlite3_bind_int64 (unindex, 1, *id);
  if (!tandem_store_step_done (self, unindex, error))
    return FALSE;

  stmt = tandem_store_prepare (self, "DELETE FROM asset WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);

  tandem_store_queue_directory_change (self);
  return tandem_store_step_done (self, stmt, error);
}

/**
 * tandem_store_delete_asset:
 *
 * Removes an asset from the directory. Signposting records keep the asset's name.
 */
gboolean
tandem_store_delete_asset (TandemStore  *self,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, write_asset_deletion, &id, error);
}

typedef struct
{
  gint64      id;
  const char *today;
} Verification;

static gboolean
write_verification (TandemStore    *self,
                    gconstpointer   data,
                    GError        **error)
{
  const Verification *verification = data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *now = tandem_store_now ();

  stmt = tandem_store_prepare (self,
                               "UPDATE asset SET verified_on = ?1, updated_at = ?2 WHERE id = ?3",
                               error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_text (stmt, 1, verification->today);
  tandem_store_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, verification->id);

  tandem_store_queue_directory_change (self);
  return tandem_store_step_done (self, stmt, error);
}

/**
 * tandem_store_verify_asset:
 * @today: the date of the verification, YYYY-MM-DD
 *
 * Records that someone confirmed today that the asset runs as described.
 */
gboolean
tandem_store_verify_asset (TandemStore  *self,
                           gint64        id,
                           const char   *today,
                           GError      **error)
{
  Verification verification = { id, today };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_write (self, write_verification, &verification, error);
}

/**
 * tandem_store_list_assets:
 *
 * Returns: (transfer container) (element-type TandemAsset): the whole directory, by name
 */
GPtrArray *
tandem_store_list_assets (TandemStore  *self,
                          GError      **error)
{
  g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self, SELECT_ASSETS "ORDER BY name COLLATE NOCASE, id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (assets, asset_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&assets);
}

/* Turns what a person typed into an FTS4 query: every word must start a word of the asset,
 * so "walk tue" finds "Tuesday walking group". Quotes keep the query's syntax out of it. */
static char *
build_match (const char *text)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_autofree char *folded = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT);
  const char *p = folded != NULL ? folded : "";
  GString *word = g_string_new (NULL);

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_string_append_printf (match, "%s\"%s*\"", match->len > 0 ? " " : "", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return g_string_free (g_steal_pointer (&match), FALSE);
}

/**
 * tandem_store_search_assets:
 * @text: what a person typed
 *
 * Returns: (transfer full): the ids of the assets whose names, descriptions, categories or
 *   places have a word starting with each word of @text, in no order; %NULL with @error
 *   set on failure. An @text with no words matches nothing.
 */
GArray *
tandem_store_search_assets (TandemStore  *self,
                            const char   *text,
                            GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  match = build_match (text != NULL ? text : "");
  if (*match == '\0')
    return g_steal_pointer (&ids);

  stmt = tandem_store_prepare (self,
                               "SELECT docid FROM asset_search WHERE asset_search MATCH ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  tandem_store_bind_text (stmt, 1, match);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* Categories */

/**
 * tandem_store_list_asset_categories:
 *
 * Returns: (transfer container) (element-type TandemAssetCategory): the categories in
 *   order, retired ones included
 */
GPtrArray *
tandem_store_list_asset_categories (TandemStore  *self,
                                    GError      **error)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (TANDEM_IS_STORE (self), NULL);

  stmt = tandem_store_prepare (self,
                               "SELECT id, key, name, colour, position, retired "
                               "FROM asset_category ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TandemAssetCategory *category = tandem_asset_category_new ();

      tandem_record_set_id (category, sqlite3_column_int64 (stmt, 0));
      tandem_asset_category_set_key (category, tandem_store_column_text (stmt, 1));
      tandem_asset_category_set_name (category, tandem_store_column_text (stmt, 2));
      tandem_asset_category_set_colour (category, tandem_store_column_text (stmt, 3));
      tandem_asset_category_set_position (category, sqlite3_column_int (stmt, 4));
      tandem_asset_category_set_retired (category, sqlite3_column_int (stmt, 5));
      g_ptr_array_add (categories, category);
    }

  if (rc != SQLITE_DONE)
    {
      tandem_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&categories);
}

/* A new category's key: "local-" and the next free number, stable whatever it is renamed. */
static char *
next_category_key (TandemStore  *self,
                   GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt =
    tandem_store_prepare (self, "SELECT coalesce (max (id), 0) + 1 FROM asset_category", error);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup_printf ("local-%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
}

static gboolean
write_asset_category (TandemStore    *self,
                      gconstpointer   data,
                      GError        **error)
{
  TandemAssetCategory *category = (TandemAssetCategory *) data;
  g_autoptr(TandemStoreStatement) stmt = NULL;
  g_autofree char *name = g_strstrip (g_strdup (tandem_asset_category_get_name (category)));
  gint64 id = tandem_record_get_id (category);

  if (*name == '\0')
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("Give the category a name."));
      return FALSE;
    }

  if (id == 0)
    {
      g_autofree char *key = next_category_key (self, error);

      if (key == NULL)
        return FALSE;
      tandem_asset_category_set_key (category, key);
      stmt = tandem_store_prepare (self,
                                   "INSERT INTO asset_category (name, colour, retired, key, "
                                   "position) VALUES (?1, ?2, ?3, ?4, "
                                   "(SELECT coalesce (max (position), 0) + 1 FROM "
                                   "asset_category))",
                                   error);
    }
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE asset_category SET name = ?1, colour = ?2, retired = ?3 "
                                 "WHERE id = ?5",
                                 error);
  if (stmt == NULL)
    return FALSE;

  tandem_store_bind_text (stmt, 1, name);
  tandem_store_bind_text (stmt, 2, tandem_asset_category_get_colour (category));
  sqlite3_bind_int (stmt, 3, tandem_asset_category_get_retired (category));
  tandem_store_bind_text (stmt, 4, tandem_asset_category_get_key (category));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 5, id);

  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    tandem_record_set_id (category, sqlite3_last_insert_rowid (tandem_store_get_db (self)));

  tandem_store_queue_directory_change (self);
  return TRUE;
}

/**
 * tandem_store_save_asset_category:
 *
 * Adds a category (giving it a key) or renames, recolours or retires one. Categories are
 * retired rather than deleted, because assets and the coverage view keep pointing at them.
 */
gboolean
tandem_store_save_asset_category (TandemStore          *self,
                                  TandemAssetCategory  *category,
                                  GError              **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_ASSET_CATEGORY (category), FALSE);

  return tandem_store_write (self, write_asset_category, category, error);
}

/* Importing */

static gboolean
is_coordinate (const char *name)
{
  return g_str_equal (name, "latitude") || g_str_equal (name, "longitude") ||
         g_str_equal (name, "has-coordinates");
}

/* Copies the imported properties @stored has not had changed here from @imported. */
static void
merge_import (TandemAsset *stored,
              TandemAsset *imported)
{
  const char *edits = tandem_asset_get_local_edits (stored);
  /* Coordinates go together: a pin placed here keeps both. */
  gboolean coordinates_edited = list_contains (edits, "latitude") ||
                                list_contains (edits, "longitude") ||
                                list_contains (edits, "has-coordinates");

  for (guint i = 0; i < G_N_ELEMENTS (imported_properties); i++)
    {
      const char *name = imported_properties[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (list_contains (edits, name) || (is_coordinate (name) && coordinates_edited))
        continue;

      g_object_get_property (G_OBJECT (imported), name, &value);
      g_object_set_property (G_OBJECT (stored), name, &value);
    }

  tandem_asset_set_source (stored, tandem_asset_get_source (imported));

  /* An import says when the publisher last checked it; a later local check is kept. */
  if (g_strcmp0 (tandem_asset_get_verified_on (imported),
                 tandem_asset_get_verified_on (stored)) > 0)
    tandem_asset_set_verified_on (stored, tandem_asset_get_verified_on (imported));
}

static gboolean
assets_equal (TandemAsset *a,
              TandemAsset *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (imported_properties); i++)
    if (property_differs (a, b, imported_properties[i]))
      return FALSE;

  return g_strcmp0 (tandem_asset_get_verified_on (a), tandem_asset_get_verified_on (b)) == 0 &&
         g_strcmp0 (tandem_asset_get_source (a), tandem_asset_get_source (b)) == 0;
}

/* Adds or updates one imported asset, found by its ORUK id. */
static gboolean
import_one (TandemStore       *self,
            TandemAsset       *imported,
            TandemImportTally *tally,
            GError           **error)
{
  g_autoptr(TandemAsset) stored = NULL;
  g_autoptr(GError) local_error = NULL;

  stored = load_asset (self, SELECT_ASSETS "WHERE oruk_id = ?1",
                       tandem_asset_get_oruk_id (imported), 0, &local_error);
  if (stored == NULL)
    {
      if (!g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      tandem_record_set_id (imported, 0);
      if (!put_asset (self, imported, error))
        return FALSE;
      tally->added++;
      return TRUE;
    }

  {
    g_autoptr(TandemAsset) before = tandem_record_copy (stored);

    merge_import (stored, imported);
    if (assets_equal (before, stored))
      {
        tally->unchanged++;
        return TRUE;
      }
  }

  if (!put_asset (self, stored, error))
    return FALSE;
  tally->updated++;
  return TRUE;
}

/**
 * tandem_store_import_assets:
 * @assets: (element-type TandemAsset): assets read from a directory feed, each with an ORUK
 *   id and already checked
 * @progress: (nullable): called now and then with the number done
 * @tally: (out caller-allocates): how many were added, updated and unchanged
 *
 * Adds the assets that are new and updates the rest by their ORUK id, all in one
 * transaction: a failure or a cancellation leaves the directory as it was. Notes,
 * suitability checks and the properties edited here are never overwritten.
 */
gboolean
tandem_store_import_assets (TandemStore              *self,
                            GPtrArray                *assets,
                            TandemImportProgressFunc  progress,
                            gpointer                  user_data,
                            GCancellable             *cancellable,
                            TandemImportTally        *tally,
                            GError                  **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (assets != NULL, FALSE);

  memset (tally, 0, sizeof *tally);

  if (!tandem_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < assets->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !import_one (self, g_ptr_array_index (assets, i), tally, error))
        {
          tandem_store_rollback (self);
          memset (tally, 0, sizeof *tally);
          return FALSE;
        }

      if (progress != NULL && (i % 64 == 63 || i + 1 == assets->len))
        progress (i + 1, assets->len, user_data);
    }

  return tandem_store_commit (self, error);
}
