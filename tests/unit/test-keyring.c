/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "tandem-keyring.h"
#include "tandem-store-opener.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* Run by tests/with-keyring.sh, with a throwaway gnome-keyring-daemon on a private bus. */

static void
assert_same_key (TandemStoreKey *a,
                 TandemStoreKey *b)
{
  g_autofree char *hex_a = tandem_store_key_dup_hex (a);
  g_autofree char *hex_b = tandem_store_key_dup_hex (b);

  g_assert_cmpstr (hex_a, ==, hex_b);
}

static void
lookup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static TandemStoreKey *
lookup_async (const char         *database,
              TandemKeyringSlot   slot,
              GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  tandem_keyring_lookup_async (database, slot, NULL, lookup_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return tandem_keyring_lookup_finish (result, error);
}

static void
store_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *stored = user_data;
  g_autoptr(GError) error = NULL;

  *stored = tandem_keyring_store_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_key_kept_and_reused (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) found = NULL;
  g_autoptr(GError) error = NULL;
  gboolean stored = FALSE;

  /* Nothing yet: no key and no error. */
  found = lookup_async (path, TANDEM_KEYRING_SLOT_CURRENT, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* First run: a new key goes into the keyring and makes the database. */
  tandem_keyring_store_async (path, TANDEM_KEYRING_SLOT_CURRENT, key, NULL, store_done_cb,
                              &stored);
  while (!stored)
    g_main_context_iteration (NULL, TRUE);
  {
    g_autoptr(TandemStore) store = tandem_store_open (path, key, &error);

    g_assert_no_error (error);
    g_object_unref (tandem_test_add_person (store, "Ottoline", "Featherstonehaugh", NULL));
  }

  /* Second run: the key comes back from the keyring and opens it. */
  found = lookup_async (path, TANDEM_KEYRING_SLOT_CURRENT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  assert_same_key (key, found);
  {
    g_autoptr(TandemStore) store = tandem_store_open (path, found, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
  }

  /* Each database has its own key; the other slot is separate. */
  {
    g_autofree char *other = tandem_test_dir_file (dir, "other.db");
    g_autoptr(TandemStoreKey) none = lookup_async (other, TANDEM_KEYRING_SLOT_CURRENT, &error);

    g_assert_no_error (error);
    g_assert_null (none);
  }
  g_assert_null (tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_NEXT, NULL, &error));
  g_assert_no_error (error);
}

static void
test_sync_store_replace_and_clear (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) first = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) second = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_keyring_store_sync (path, TANDEM_KEYRING_SLOT_NEXT, first, NULL,
                                            &error));
  g_assert_true (tandem_keyring_store_sync (path, TANDEM_KEYRING_SLOT_NEXT, second, NULL,
                                            &error));
  g_assert_no_error (error);

  found = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_NEXT, NULL, &error);
  g_assert_no_error (error);
  assert_same_key (second, found);

  g_assert_true (tandem_keyring_clear_sync (path, TANDEM_KEYRING_SLOT_NEXT, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&found, tandem_store_key_unref);
  found = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_NEXT, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (found);
}

static TandemStore *
open_encrypted (const char     *path,
                TandemStoreKey *passphrase)
{
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_store_open_encrypted (path, passphrase, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
test_open_makes_and_reuses_key (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) kept = NULL;
  g_autoptr(GError) error = NULL;
  TandemStore *store;

  store = open_encrypted (path, NULL);
  g_object_unref (tandem_test_add_person (store, "Ottoline", "Featherstonehaugh", NULL));
  g_object_unref (store);
  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_ENCRYPTED);

  kept = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  store = open_encrypted (path, NULL);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
  g_object_unref (store);
}

static void
test_open_encrypts_plain_database (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(GError) error = NULL;
  TandemStore *store;

  store = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (tandem_test_add_person (store, "Ottoline", "Featherstonehaugh", NULL));
  g_object_unref (store);

  store = open_encrypted (path, NULL);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
  g_object_unref (store);
  g_assert_cmpint (tandem_store_inspect_file (path), ==, TANDEM_STORE_FILE_ENCRYPTED);
}

static void
test_missing_key_refused (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) passphrase = tandem_store_key_new_passphrase ("our passphrase");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  g_object_unref (open_encrypted (path, passphrase));
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  /* Made with a passphrase: the keyring has nothing for it, and nothing is made. */
  g_assert_null (tandem_store_open_encrypted (path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_KEY);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);

  g_object_unref (open_encrypted (path, passphrase));
}

static void
test_change_key (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) old_key = NULL;
  g_autoptr(TandemStoreKey) new_key = NULL;
  g_autoptr(TandemStoreKey) passphrase = tandem_store_key_new_passphrase ("a chosen passphrase");
  g_autoptr(GError) error = NULL;
  TandemStore *store;

  store = open_encrypted (path, NULL);
  old_key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, NULL);
  g_assert_true (tandem_store_change_key (store, NULL, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (store);

  new_key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, NULL);
  g_assert_null (tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_NEXT, NULL, NULL));
  g_assert_null (tandem_store_open (path, old_key, NULL));
  g_object_unref (open_encrypted (path, NULL));

  /* To a passphrase: the keyring's key goes. */
  store = open_encrypted (path, NULL);
  g_assert_true (tandem_store_change_key (store, passphrase, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_null (tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, NULL));
  g_assert_null (tandem_store_open (path, new_key, NULL));
  g_object_unref (open_encrypted (path, passphrase));

  /* And back to the keyring. */
  store = open_encrypted (path, passphrase);
  g_assert_true (tandem_store_change_key (store, NULL, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (store);
  g_object_unref (open_encrypted (path, NULL));
}

/* The database took the next key, then the keyring's current key was not replaced. */
static void
test_interrupted_change_recovered (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) next = tandem_store_key_new_random ();
  g_autoptr(TandemStoreKey) current = NULL;
  g_autoptr(GError) error = NULL;
  TandemStore *store;

  store = open_encrypted (path, NULL);
  g_assert_true (tandem_keyring_store_sync (path, TANDEM_KEYRING_SLOT_NEXT, next, NULL, NULL));
  g_assert_true (tandem_store_rekey (store, next, &error));
  g_object_unref (store);

  g_object_unref (open_encrypted (path, NULL));
  current = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, NULL);
  assert_same_key (next, current);
  g_assert_null (tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_NEXT, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/keyring/key-kept-and-reused", test_key_kept_and_reused);
  g_test_add_func ("/keyring/sync-store-replace-and-clear", test_sync_store_replace_and_clear);
  g_test_add_func ("/keyring/open-makes-and-reuses-key", test_open_makes_and_reuses_key);
  g_test_add_func ("/keyring/open-encrypts-plain-database", test_open_encrypts_plain_database);
  g_test_add_func ("/keyring/missing-key-refused", test_missing_key_refused);
  g_test_add_func ("/keyring/change-key", test_change_key);
  g_test_add_func ("/keyring/interrupted-change-recovered", test_interrupted_change_recovered);

  return g_test_run ();
}
