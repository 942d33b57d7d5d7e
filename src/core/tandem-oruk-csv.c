/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-oruk-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <csv.h>
#include <string.h>

#include "tandem-oruk-csv.h"
#include "tandem-oruk-import.h"

/* ORUK v3 CSV tables: one file per entity (service.csv, organization.csv, location.csv...),
 * linked by ids. They are read with libcsv (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside fields) and joined into the nested JSON shape of the v3 API, so that the
 * importer has one mapping for every format. Every value stays a string; the importer
 * reads numbers out of strings. */

typedef struct
{
  char      *name;      /* the file's name, for errors */
  GStrv      header;
  GPtrArray *rows;      /* (element-type JsonObject) */
} Table;

typedef struct
{
  Table      *table;
  GPtrArray  *fields;   /* the row being read */
  guint       n_rows;
  GError     *error;
} Reader;

static void
table_free (Table *table)
{
  g_free (table->name);
  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static void
field_cb (void   *data,
          size_t  length,
          void   *user_data)
{
  Reader *reader = user_data;

  g_ptr_array_add (reader->fields, g_strndup (data != NULL ? data : "", length));
}

static void
row_cb (int   terminator,
        void *user_data)
{
  Reader *reader = user_data;
  Table *table = reader->table;
  JsonObject *row;

  reader->n_rows++;
  if (reader->error != NULL)
    goto out;

  if (table->header == NULL)
    {
      g_ptr_array_add (reader->fields, NULL);
      table->header = (GStrv) g_ptr_array_steal (reader->fields, NULL);
      for (guint i = 0; table->header[i] != NULL; i++)
        g_strstrip (table->header[i]);
      return;
    }

  if (reader->fields->len != g_strv_length (table->header))
    {
      g_set_error (&reader->error, TANDEM_ORUK_ERROR, TANDEM_ORUK_ERROR_UNREADABLE,
                   _("In %s, row %u has %u fields but the header has %u. Nothing was "
                     "imported."),
                   table->name, reader->n_rows, reader->fields->len,
                   g_strv_length (table->header));
      goto out;
    }

  row = json_object_new ();
  for (guint i = 0; i < reader->fields->len; i++)
    {
      const char *value = g_ptr_array_index (reader->fields, i);

      if (*value != '\0' && *table->header[i] != '\0')
        json_object_set_string_member (row, table->header[i], value);
    }
  g_ptr_array_add (table->rows, row);

out:
  g_ptr_array_set_size (reader->fields, 0);
}

static guint
line_at (const char *text,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset && text[i] != '\0'; i++)
    line += text[i] == '\n';

  return line;
}

/* The text of a table as UTF-8: spreadsheets often save in Windows-1252, with a BOM. */
static char *
load_text (GFile         *file,
           GCancellable  *cancellable,
           gsize         *length,
           GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);

  if (!g_file_load_contents (file, cancellable, &contents, length, NULL, error))
    return NULL;

  if (*length >= 3 && memcmp (contents, "\xEF\xBB\xBF", 3) == 0)
    {
      *length -= 3;
      memmove (contents, contents + 3, *length + 1);
    }

  if (!g_utf8_validate (contents, *length, NULL))
    {
      g_autofree char *converted = g_convert (contents, *length, "UTF-8", "WINDOWS-1252", NULL,
                                              length, NULL);

      if (converted == NULL)
        {
          g_set_error (error, TANDEM_ORUK_ERROR, TANDEM_ORUK_ERROR_UNREADABLE,
                       _("%s is not text in UTF-8. Save it as CSV UTF-8 and try again."), name);
          return NULL;
        }
      return g_steal_pointer (&converted);
    }

  return g_steal_pointer (&contents);
}

static Table *
read_table (GFile         *file,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(Table) table = g_new0 (Table, 1);
  g_autofree char *text = NULL;
  struct csv_parser parser;
  Reader reader = { table, g_ptr_array_new_with_free_func (g_free), 0, NULL };
  gsize length;
  gsize parsed;
  int status;

  table->name = g_file_get_basename (file);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  if ((text = load_text (file, cancellable, &length, error)) == NULL)
    {
      g_ptr_array_unref (reader.fields);
      return NULL;
    }

  csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  parsed = csv_parse (&parser, text, length, field_cb, row_cb, &reader);
  status = parsed == length ? csv_fini (&parser, field_cb, row_cb, &reader) : -1;
  if (reader.error == NULL && (parsed != length || status != 0))
    g_set_error (&reader.error, TANDEM_ORUK_ERROR, TANDEM_ORUK_ERROR_UNREADABLE,
                 _("%s is not readable CSV near line %u: %s. Nothing was imported."),
                 table->name, line_at (text, parsed), csv_strerror (csv_error (&parser)));
  csv_free (&parser);
  g_ptr_array_unref (reader.fields);

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return NULL;
    }

  if (table->header == NULL)
    table->header = g_new0 (char *, 1);

  return g_steal_pointer (&table);
}

/* The file of an entity: the v3 specification names them in the singular, the UK
 * profile's examples in the plural. */
static GFile *
find_table_file (GFile      *folder,
                 const char *singular,
                 const char *plural)
{
  g_autofree char *first = g_strconcat (singular, ".csv", NULL);
  g_autofree char *second = g_strconcat (plural, ".csv", NULL);
  g_autoptr(GFile) file = g_file_get_child (folder, first);

  if (g_file_query_exists (file, NULL))
    return g_steal_pointer (&file);

  g_clear_object (&file);
  file = g_file_get_child (folder, second);
  return g_file_query_exists (file, NULL) ? g_steal_pointer (&file) : NULL;
}

gboolean
tandem_oruk_csv_folder_has_tables (GFile *folder)
{
  g_autoptr(GFile) file = find_table_file (folder, "service", "services");

  return file != NULL;
}

/* Reads a table, or gives an empty one when the folder has none. */
static Table *
load_table (GFile         *folder,
            const char    *singular,
            const char    *plural,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFile) file = find_table_file (folder, singular, plural);
  Table *table;

  if (file != NULL)
    return read_table (file, cancellable, error);

  table = g_new0 (Table, 1);
  table->name = g_strconcat (singular, ".csv", NULL);
  table->header = g_new0 (char *, 1);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  return table;
}

/* Rows by the value of one column, which links them to another table. */
static GHashTable *
index_table (Table      *table,
             const char *column)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < table->rows->len; i++)
    {
      JsonObject *row = g_ptr_array_index (table->rows, i);
      const char *key = json_object_get_string_member_with_default (row, column, NULL);
      GPtrArray *rows;

      if (key == NULL)
        continue;
      if ((rows = g_hash_table_lookup (index, key)) == NULL)
        {
          rows = g_ptr_array_new ();
          g_hash_table_insert (index, (gpointer) key, rows);
        }
      g_ptr_array_add (rows, row);
    }

  return index;
}

static void
set_object (JsonObject *object,
            const char *name,
            JsonObject *value)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_object (node, value);
  json_object_set_member (object, name, node);
}

/* Sets @object's member @name to the rows of @index whose link column is @object's
 * @key_column. */
static void
attach (JsonObject *object,
        const char *name,
        GHashTable *index,
        const char *key_column)
{
  const char *key = json_object_get_string_member_with_default (object, key_column, NULL);
  GPtrArray *rows = key != NULL ? g_hash_table_lookup (index, key) : NULL;
  JsonArray *array;

  if (rows == NULL)
    return;

  array = json_array_new ();
  for (guint i = 0; i < rows->len; i++)
    json_array_add_object_element (array, json_object_ref (g_ptr_array_index (rows, i)));
  json_object_set_array_member (object, name, array);
}

static void
attach_one (JsonObject *object,
            const char *name,
            GHashTable *index,
            const char *key_column)
{
  const char *key = json_object_get_string_member_with_default (object, key_column, NULL);
  GPtrArray *rows = key != NULL ? g_hash_table_lookup (index, key) : NULL;

  if (rows != NULL)
    set_object (object, name, g_ptr_array_index (rows, 0));
}

enum {
  T_SERVICE, T_ORGANIZATION, T_LOCATION, T_SERVICE_AT_LOCATION, T_ADDRESS, T_PHONE, T_CONTACT,
  T_SCHEDULE, T_COST_OPTION, T_LANGUAGE, T_ACCESSIBILITY, T_ATTRIBUTE, T_TAXONOMY_TERM,
  N_TABLES
};

static const char * const table_names[N_TABLES][2] = {
  { "service", "services" }, { "organization", "organizations" },
  { "location", "locations" }, { "service_at_location", "service_at_locations" },
  { "address", "addresses" }, { "phone", "phones" }, { "contact", "contacts" },
  { "schedule", "schedules" }, { "cost_option", "cost_options" },
  { "language", "languages" }, { "accessibility", "accessibilities" },
  { "attribute", "attributes" }, { "taxonomy_term", "taxonomy_terms" },
};

/* Joins the tables into v3 service objects. */
static JsonNode *
join_tables (Table **tables)
{
  GHashTable *by_id[N_TABLES] = { NULL };
  g_autoptr(GHashTable) addresses = index_table (tables[T_ADDRESS], "location_id");
  g_autoptr(GHashTable) accessibility = index_table (tables[T_ACCESSIBILITY], "location_id");
  g_autoptr(GHashTable) location_phones = index_table (tables[T_PHONE], "location_id");
  g_autoptr(GHashTable) service_phones = index_table (tables[T_PHONE], "service_id");
  g_autoptr(GHashTable) contact_phones = index_table (tables[T_PHONE], "contact_id");
  g_autoptr(GHashTable) contacts = index_table (tables[T_CONTACT], "service_id");
  g_autoptr(GHashTable) service_locations = index_table (tables[T_SERVICE_AT_LOCATION],
                                                         "service_id");
  g_autoptr(GHashTable) schedules = index_table (tables[T_SCHEDULE], "service_id");
  g_autoptr(GHashTable) costs = index_table (tables[T_COST_OPTION], "service_id");
  g_autoptr(GHashTable) languages = index_table (tables[T_LANGUAGE], "service_id");
  g_autoptr(GHashTable) attributes = index_table (tables[T_ATTRIBUTE], "link_id");
  JsonArray *services = json_array_new ();
  JsonNode *root;

  for (guint t = 0; t < N_TABLES; t++)
    by_id[t] = index_table (tables[t], "id");

  for (guint i = 0; i < tables[T_LOCATION]->rows->len; i++)
    {
      JsonObject *location = g_ptr_array_index (tables[T_LOCATION]->rows, i);

      attach (location, "addresses", addresses, "id");
      attach (location, "accessibility", accessibility, "id");
      attach (location, "phones", location_phones, "id");
    }

  for (guint i = 0; i < tables[T_SERVICE_AT_LOCATION]->rows->len; i++)
    attach_one (g_ptr_array_index (tables[T_SERVICE_AT_LOCATION]->rows, i), "location",
                by_id[T_LOCATION], "location_id");

  for (guint i = 0; i < tables[T_CONTACT]->rows->len; i++)
    attach (g_ptr_array_index (tables[T_CONTACT]->rows, i), "phones", contact_phones, "id");

  for (guint i = 0; i < tables[T_ATTRIBUTE]->rows->len; i++)
    attach_one (g_ptr_array_index (tables[T_ATTRIBUTE]->rows, i), "taxonomy_term",
                by_id[T_TAXONOMY_TERM], "taxonomy_term_id");

  for (guint i = 0; i < tables[T_SERVICE]->rows->len; i++)
    {
      JsonObject *service = g_ptr_array_index (tables[T_SERVICE]->rows, i);

      attach_one (service, "organization", by_id[T_ORGANIZATION], "organization_id");
      attach (service, "service_at_locations", service_locations, "id");
      attach (service, "phones", service_phones, "id");
      attach (service, "contacts", contacts, "id");
      attach (service, "schedules", schedules, "id");
      attach (service, "cost_options", costs, "id");
      attach (service, "languages", languages, "id");
      attach (service, "attributes", attributes, "id");
      json_array_add_object_element (services, json_object_ref (service));
    }

  for (guint t = 0; t < N_TABLES; t++)
    g_hash_table_unref (by_id[t]);

  root = json_node_alloc ();
  json_node_init_array (root, services);
  json_array_unref (services);
  return root;
}

/**
 * tandem_oruk_csv_read_folder:
 *
 * Reads a folder of ORUK v3 CSV tables.
 *
 * Returns: (transfer full): an array of v3 service objects, or %NULL
 */
JsonNode *
tandem_oruk_csv_read_folder (GFile         *folder,
                             GCancellable  *cancellable,
                             GError       **error)
{
  Table *tables[N_TABLES] = { NULL };
  JsonNode *root = NULL;
  guint t;

  for (t = 0; t < N_TABLES; t++)
    {
      tables[t] = load_table (folder, table_names[t][0], table_names[t][1], cancellable, error);
      if (tables[t] == NULL)
        break;
    }

  if (t == N_TABLES)
    root = join_tables (tables);

  for (t = 0; t < N_TABLES; t++)
    g_clear_pointer (&tables[t], table_free);

  return root;
}
