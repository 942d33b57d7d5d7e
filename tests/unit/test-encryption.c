/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "tandem-store-encryption.h"
#include "tandem-store-opener.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* Names no page of an encrypted database can contain by chance. */
static const char *const distinctive_names[][2] = {
  { "Zebedee", "Quintrell-Ashworth" },
  { "Philomena", "Vandersteen-Okafor" },
  { "Ignatius", "Brackenthwaite" },
};

static TandemStore *
open_store (const char     *path,
            TandemStoreKey *key)
{
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_store_open (path, key, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
add_distinctive_people (TandemStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (distinctive_names); i++)
    g_object_unref (tandem_test_add_person (store, distinctive_names[i][0],
                                            distinctive_names[i][1], NULL));
}

static void
assert_people_there (TandemStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (tandem_store_count_people (store, &error), ==,
                    G_N_ELEMENTS (distinctive_names));
  g_assert_no_error (error);
}

static gboolean
contains (const char *haystack,
          gsize       length,
          const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (haystack + i, needle, needle_length) == 0)
      return TRUE;

  return FALSE;
}

/* Every file in @folder, read whole: the first that holds a name in clear, or NULL. */
static char *
find_plaintext (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      for (guint i = 0; i < G_N_ELEMENTS (distinctive_names); i++)
        for (guint part = 0; part < 2; part++)
          if (contains (contents, length, distinctive_names[i][part]))
            return g_strdup_printf ("%s holds \"%s\"", name, distinctive_names[i][part]);
    }

  return NULL;
}

static void
assert_no_plaintext (const char *folder)
{
  g_autofree char *found = find_plaintext (folder);

  g_assert_cmpstr (found, ==, NULL);
}

static guint8 *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return (guint8 *) contents;
}

static void
test_no_plaintext_on_disk (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = open_store (path, key);

  add_distinctive_people (store);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_ENCRYPTED);

  /* While open the records are in the write-ahead log; after closing, in the file. */
  assert_no_plaintext (dir->path);
  g_clear_object (&store);
  assert_no_plaintext (dir->path);

  store = open_store (path, key);
  assert_people_there (store);
}

static void
test_wrong_key_refused (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) other = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) passphrase = tandem_store_key_new_passphrase ("not the key");
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *before = NULL;
  g_autofree guint8 *after = NULL;
  gsize before_length, after_length;
  TandemStore *store;

  store = open_store (path, key);
  add_distinctive_people (store);
  g_object_unref (store);
  before = read_file (path, &before_length);

  g_assert_null (tandem_store_open (path, other, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_null (tandem_store_open (path, passphrase, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_null (tandem_store_open (path, NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  /* Not a byte changed, and no empty database was made in its place. */
  after = read_file (path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);

  store = open_store (path, key);
  assert_people_there (store);
  g_object_unref (store);
}

static void
test_plain_database_converted (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autofree char *copy = g_strconcat (path, ".encrypting", NULL);
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(GError) error = NULL;
  TandemStore *store;

  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_MISSING);
  store = open_store (path, NULL);
  add_distinctive_people (store);
  g_object_unref (store);
  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_PLAIN);
  /* The check below can see names: before, they are there in clear. */
  {
    g_autofree char *found = find_plaintext (dir->path);

    g_assert_nonnull (found);
  }

  g_assert_true (tandem_store_encrypt_file (path, key, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_ENCRYPTED);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  assert_no_plaintext (dir->path);

  store = open_store (path, key);
  assert_people_there (store);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==,
                   tandem_store_get_latest_schema_version ());
  g_object_unref (store);
}

static void
record_fraction (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_conversion_reports_progress (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_passphrase ("a passphrase for this");
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  TandemStore *store = open_store (path, NULL);

  add_distinctive_people (store);
  g_object_unref (store);

  g_assert_true (tandem_store_encrypt_file (path, key, record_fraction, fractions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 2);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  store = open_store (path, key);
  assert_people_there (store);
  g_object_unref (store);
}

static void
test_damaged_database_left_alone (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *before = NULL;
  g_autofree guint8 *after = NULL;
  gsize before_length, after_length;
  TandemStore *store = open_store (path, NULL);

  add_distinctive_people (store);
  g_object_unref (store);

  /* Scribble over the middle of the second page onwards: a damaged b-tree. */
  before = read_file (path, &before_length);
  g_assert_cmpuint (before_length, >, 3 * 4096);
  memset (before + 4096 + 100, 0x5a, 2 * 4096 - 200);
  g_assert_true (g_file_set_contents (path, (char *) before, before_length, NULL));

  g_assert_false (tandem_store_encrypt_file (path, key, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  after = read_file (path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_PLAIN);
}

static void
test_rekey (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) first = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) second = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) passphrase = tandem_store_key_new_passphrase ("a new passphrase");
  g_autoptr(GError) error = NULL;
  TandemStore *store = open_store (path, first);

  add_distinctive_people (store);
  g_assert_true (tandem_store_rekey (store, second, &error));
  g_assert_no_error (error);
  assert_people_there (store);
  g_object_unref (store);

  g_assert_null (tandem_store_open (path, first, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);

  store = open_store (path, second);
  assert_people_there (store);
  g_assert_true (tandem_store_rekey (store, passphrase, &error));
  g_assert_no_error (error);
  g_object_unref (store);

  store = open_store (path, passphrase);
  assert_people_there (store);
  g_object_unref (store);
  assert_no_plaintext (dir->path);

  /* A plain database has no key to change. */
  {
    g_autofree char *plain_path = tandem_test_dir_file (dir, "plain.db");
    g_autoptr(TandemStore) plain = open_store (plain_path, NULL);

    g_assert_false (tandem_store_rekey (plain, second, &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED);
  }
}

static gint64
add_staff_with_passphrase (TandemStore *store,
                           const char  *name,
                           const char  *passphrase)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (staff, name);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_true (tandem_store_set_staff_passphrase (store, tandem_record_get_id (staff),
                                                    passphrase, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (staff);
}

/* The database's key is the team's: only an administrator changes it. */
static void
test_change_key_needs_administrator (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) first = tandem_store_key_new_passphrase ("the first passphrase");
  g_autoptr(TandemStoreKey) second = tandem_store_key_new_passphrase ("the second passphrase");
  g_autoptr(TandemStore) store = open_store (path, first);
  g_autoptr(GError) error = NULL;
  gint64 administrator = add_staff_with_passphrase (store, "Helen Okonjo", "helen's passphrase");
  gint64 worker;

  tandem_store_set_viewer (store, administrator);
  worker = add_staff_with_passphrase (store, "Sam Patel", "sam's passphrase");

  tandem_store_set_viewer (store, worker);
  g_assert_false (tandem_store_change_key (store, second, NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);
  /* Refused before anything changed: the first passphrase still opens it. */
  g_object_unref (open_store (path, first));

  tandem_store_set_viewer (store, administrator);
  g_assert_true (tandem_store_change_key (store, second, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = open_store (path, second);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/encryption/no-plaintext-on-disk", test_no_plaintext_on_disk);
  g_test_add_func ("/encryption/wrong-key-refused", test_wrong_key_refused);
  g_test_add_func ("/encryption/plain-database-converted", test_plain_database_converted);
  g_test_add_func ("/encryption/conversion-reports-progress", test_conversion_reports_progress);
  g_test_add_func ("/encryption/damaged-database-left-alone", test_damaged_database_left_alone);
  g_test_add_func ("/encryption/rekey", test_rekey);
  g_test_add_func ("/encryption/change-key-needs-administrator",
                   test_change_key_needs_administrator);

  return g_test_run ();
}
