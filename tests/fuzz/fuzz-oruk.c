/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tandem-fuzz.h"
#include "tandem-oruk-import.h"
#include "tandem-store-key.h"

/* The Open Referral UK importer, from a feed's bytes to the directory: the JSON reader, the
 * CSV tables joined into the same shape, the mapping to assets and the store's import. The
 * store is one encrypted database made once per process; each input's import runs inside a
 * transaction that is rolled back, so every input meets the same empty directory. */

static char *store_dir;
static TandemStore *store;

static void
open_store (void)
{
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  store_dir = tandem_fuzz_make_temp_dir ();
  path = g_build_filename (store_dir, "tandem.db", NULL);
  store = tandem_store_open (path, key, &error);
  if (store == NULL)
    g_error ("Cannot open a store to import into: %s", error->message);
}

static void
close_store (void)
{
  g_clear_object (&store);
  tandem_fuzz_remove_dir (store_dir);
  g_clear_pointer (&store_dir, g_free);
}

/* What the parser promises the store: every asset has an ORUK id and a name, and the feed
 * has no id twice. */
static void
check_assets (GPtrArray        *assets,
              TandemOrukReport *report)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < assets->len; i++)
    {
      TandemAsset *asset = g_ptr_array_index (assets, i);
      const char *id = tandem_asset_get_oruk_id (asset);
      const char *name = tandem_asset_get_name (asset);

      TANDEM_FUZZ_CHECK (id != NULL && *id != '\0');
      TANDEM_FUZZ_CHECK (name != NULL && *name != '\0');
      TANDEM_FUZZ_CHECK (g_hash_table_add (ids, (gpointer) id));
    }

  for (guint i = 0; i < report->problems->len; i++)
    {
      TandemOrukProblem *problem = g_ptr_array_index (report->problems, i);

      TANDEM_FUZZ_CHECK (problem->reason != NULL && *problem->reason != '\0');
    }
}

/* Imports the assets twice: the store takes every asset the parser gives it, and the same
 * feed imported again changes nothing. Then undoes both. */
static void
import_twice (GPtrArray *assets)
{
  g_autoptr(GError) error = NULL;
  TandemImportTally first;
  TandemImportTally second;

  if (!tandem_store_begin (store, &error))
    g_error ("Cannot begin a transaction: %s", error->message);

  if (!tandem_store_import_assets (store, assets, NULL, NULL, NULL, &first, &error))
    g_error ("The store refused what the parser read: %s", error->message);
  TANDEM_FUZZ_CHECK (first.added == assets->len);
  TANDEM_FUZZ_CHECK (first.updated == 0 && first.unchanged == 0);

  if (!tandem_store_import_assets (store, assets, NULL, NULL, NULL, &second, &error))
    g_error ("The store refused a feed it had already taken: %s", error->message);
  TANDEM_FUZZ_CHECK (second.unchanged == assets->len);

  tandem_store_rollback (store);
}

static void
import_parsed (GPtrArray        *assets,
               TandemOrukReport *report,
               GError           *error)
{
  TANDEM_FUZZ_CHECK ((assets == NULL) != (error == NULL));
  if (assets == NULL)
    {
      TANDEM_FUZZ_CHECK (error->domain == TANDEM_ORUK_ERROR);
      return;
    }

  check_assets (assets, report);
  import_twice (assets);
}

/* JSON */

static void
run_oruk_json (const guint8 *data,
               gsize         size)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_malloc (size + 1);

  /* As g_file_load_contents() gives it: NUL-terminated after its length. */
  memcpy (text, data, size);
  text[size] = '\0';

  if (!json_parser_load_from_data (parser, text, (gssize) size, NULL))
    return;

  assets = tandem_oruk_parse_json_node (json_parser_get_root (parser), "fuzz", NULL, report,
                                        &error);
  import_parsed (assets, report, error);
}

const TandemFuzzTarget tandem_fuzz_oruk_json = { "oruk-json", open_store, run_oruk_json,
                                                 close_store };

/* CSV tables: the input's NUL-separated parts are the tables in this order, each written to
 * its file in a folder that is imported as the app imports one. An empty part is a table the
 * folder does not have. */
static const char * const table_files[] = {
  "service.csv", "organization.csv", "location.csv", "service_at_location.csv",
  "address.csv", "phone.csv", "contact.csv", "schedule.csv", "cost_option.csv",
  "language.csv", "accessibility.csv", "attribute.csv", "taxonomy_term.csv",
};

static char *tables_dir;

static void
init_oruk_csv (void)
{
  open_store ();
  tables_dir = tandem_fuzz_make_temp_dir ();
}

static void
reset_oruk_csv (void)
{
  close_store ();
  tandem_fuzz_remove_dir (tables_dir);
  g_clear_pointer (&tables_dir, g_free);
}

static void
write_table (const char *path,
             const char *text)
{
  FILE *file;

  /* A new file each time, never one truncated and rewritten: see tandem_fuzz_make_temp_dir(). */
  g_unlink (path);
  if (*text == '\0')
    return;

  if ((file = fopen (path, "wb")) == NULL ||
      fwrite (text, 1, strlen (text), file) != strlen (text) || fclose (file) != 0)
    g_error ("Cannot write %s", path);
}

static void
run_oruk_csv (const guint8 *data,
              gsize         size)
{
  g_auto(GStrv) tables = tandem_fuzz_split (data, size, G_N_ELEMENTS (table_files));
  g_autoptr(TandemOrukReport) report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GError) error = NULL;
  guint n_tables = g_strv_length (tables);

  for (guint i = 0; i < G_N_ELEMENTS (table_files); i++)
    {
      g_autofree char *path = g_build_filename (tables_dir, table_files[i], NULL);

      write_table (path, i < n_tables ? tables[i] : "");
    }

  assets = tandem_oruk_parse_path (tables_dir, NULL, NULL, report, &error);
  import_parsed (assets, report, error);
}

const TandemFuzzTarget tandem_fuzz_oruk_csv = { "oruk-csv", init_oruk_csv, run_oruk_csv,
                                                reset_oruk_csv };
