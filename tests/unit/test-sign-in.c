/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "tandem-passphrase.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

static TandemStaff *
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(GError) error = NULL;
  TandemStaff *staff = tandem_staff_new ();

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_no_error (error);

  return staff;
}

static TandemStaff *
find_staff (TandemStore *store,
            gint64       id)
{
  g_autoptr(GListModel) staff = tandem_store_list_staff (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (tandem_record_get_id (member) == id)
        return g_steal_pointer (&member);
    }

  g_assert_not_reached ();
}

static void
test_passphrase_hash (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = tandem_passphrase_hash ("correct horse battery", &error);
  g_autofree char *again = tandem_passphrase_hash ("correct horse battery", &error);
  g_autofree char *hint = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  g_assert_null (strstr (hash, "horse"));
  /* Salted: the same passphrase never hashes the same twice. */
  g_assert_cmpstr (hash, !=, again);
  g_assert_true (tandem_passphrase_verify (hash, "correct horse battery"));
  g_assert_false (tandem_passphrase_verify (hash, "correct horse batterY"));
  g_assert_false (tandem_passphrase_verify ("", "correct horse battery"));

  g_assert_null (tandem_passphrase_hash ("short", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  g_assert_cmpint (tandem_passphrase_rate ("abc", &hint), ==, TANDEM_PASSPHRASE_TOO_SHORT);
  g_assert_nonnull (hint);
  g_clear_pointer (&hint, g_free);
  g_assert_cmpint (tandem_passphrase_rate ("aaaaaaaaaaaa", &hint), ==, TANDEM_PASSPHRASE_WEAK);
  g_assert_nonnull (hint);
  g_clear_pointer (&hint, g_free);
  g_assert_cmpint (tandem_passphrase_rate ("plum Vortex 71 ledger quietly", &hint), >=,
                   TANDEM_PASSPHRASE_GOOD);
  g_assert_null (hint);
}

static void
test_first_passphrase_makes_administrator (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemStaff) amira = add_staff (store, "Amira Haddad", TANDEM_ROLE_SUPERVISOR);
  g_autoptr(TandemStaff) ben = add_staff (store, "Ben Carter", TANDEM_ROLE_HEALTH_COACH);
  g_autoptr(TandemStaff) found = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amira_id = tandem_record_get_id (amira);
  gint64 ben_id = tandem_record_get_id (ben);

  g_assert_false (tandem_store_has_administrator (store, &error));
  g_assert_no_error (error);

  g_assert_true (tandem_store_set_staff_passphrase (store, amira_id, "amira's passphrase", &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_has_administrator (store, NULL));
  g_assert_true (tandem_store_is_administrator (store, amira_id));
  found = find_staff (store, amira_id);
  g_assert_true (tandem_staff_get_administrator (found));
  g_assert_true (tandem_staff_get_has_passphrase (found));

  /* Now nobody signed in may set Ben's passphrase or add staff... */
  g_assert_false (tandem_store_set_staff_passphrase (store, ben_id, "ben's passphrase", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);
  tandem_staff_set_role (ben, TANDEM_ROLE_LINK_WORKER);
  g_assert_false (tandem_store_save_staff (store, ben, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);

  /* ...but the administrator may, and Ben does not become one. */
  g_assert_true (tandem_store_sign_in (store, amira_id, "amira's passphrase", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_viewer (store), ==, amira_id);
  g_assert_true (tandem_store_set_staff_passphrase (store, ben_id, "ben's passphrase", &error));
  g_assert_no_error (error);
  g_assert_false (tandem_store_is_administrator (store, ben_id));
  g_assert_true (tandem_store_save_staff (store, ben, &error));
  g_assert_no_error (error);

  /* The last administrator cannot stop being one, nor retire. */
  g_clear_object (&found);
  found = find_staff (store, amira_id);
  tandem_staff_set_administrator (found, FALSE);
  g_assert_false (tandem_store_save_staff (store, found, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  tandem_staff_set_administrator (found, TRUE);
  tandem_staff_set_retired (found, TRUE);
  g_assert_false (tandem_store_save_staff (store, found, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tandem_store_is_administrator (store, amira_id));

  /* Ben, signed in, may change his own passphrase but not Amira's. */
  g_assert_true (tandem_store_sign_in (store, ben_id, "ben's passphrase", &error));
  g_assert_true (tandem_store_set_staff_passphrase (store, ben_id, "ben's new passphrase",
                                                    &error));
  g_assert_no_error (error);
  g_assert_false (tandem_store_set_staff_passphrase (store, amira_id, "taken over now",
                                                     &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
}

static void
set_last_failure (TandemStore *store,
                  gint64       staff_id,
                  gint64       seconds_ago)
{
  g_autofree char *sql =
    g_strdup_printf ("UPDATE staff SET last_failed_sign_in = %" G_GINT64_FORMAT
                     " WHERE id = %" G_GINT64_FORMAT,
                     g_get_real_time () / G_USEC_PER_SEC - seconds_ago, staff_id);

  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
}

static void
test_wrong_passphrases_slow_down (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemStaff) chloe = add_staff (store, "Chloe Evans", TANDEM_ROLE_LINK_WORKER);
  g_autoptr(TandemStaff) dev = add_staff (store, "Dev Patel", TANDEM_ROLE_LINK_WORKER);
  g_autoptr(GError) error = NULL;
  gint64 id = tandem_record_get_id (chloe);

  g_assert_false (tandem_store_sign_in (store, tandem_record_get_id (dev), "anything at all",
                                        &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED);
  g_clear_error (&error);

  g_assert_true (tandem_store_set_staff_passphrase (store, id, "chloe's passphrase", &error));

  for (int i = 0; i < 3; i++)
    {
      g_assert_false (tandem_store_sign_in (store, id, "a wrong guess", &error));
      g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_PASSPHRASE);
      g_clear_error (&error);
    }
  g_assert_cmpint (tandem_store_get_viewer (store), ==, 0);
  g_assert_cmpuint (tandem_store_get_sign_in_wait (store, id), >, 0);
  g_assert_cmpuint (tandem_store_get_sign_in_wait (store, id), <=, 5);
  g_assert_cmpuint (tandem_store_get_sign_in_wait (store, tandem_record_get_id (dev)), ==, 0);

  /* The fourth try must wait, even with the right passphrase; a reopened store too. */
  g_assert_false (tandem_store_sign_in (store, id, "chloe's passphrase", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TRY_LATER);
  g_clear_error (&error);
  {
    g_autoptr(TandemStore) reopened = tandem_test_open_store (dir);

    g_assert_false (tandem_store_sign_in (reopened, id, "chloe's passphrase", &error));
    g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TRY_LATER);
    g_clear_error (&error);
  }

  /* Once the wait is over, another wrong one doubles it: 10 s is not enough. */
  set_last_failure (store, id, 6);
  g_assert_false (tandem_store_sign_in (store, id, "another wrong guess", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  set_last_failure (store, id, 9);
  g_assert_false (tandem_store_sign_in (store, id, "chloe's passphrase", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TRY_LATER);
  g_clear_error (&error);

  set_last_failure (store, id, 11);
  g_assert_cmpuint (tandem_store_get_sign_in_wait (store, id), ==, 0);
  g_assert_true (tandem_store_sign_in (store, id, "chloe's passphrase", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_store_get_viewer (store), ==, id);

  /* Success clears the count: three more tries before any wait. */
  for (int i = 0; i < 3; i++)
    {
      g_assert_false (tandem_store_sign_in (store, id, "a wrong guess", &error));
      g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_PASSPHRASE);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sign-in/passphrase-hash", test_passphrase_hash);
  g_test_add_func ("/sign-in/first-passphrase-makes-administrator",
                   test_first_passphrase_makes_administrator);
  g_test_add_func ("/sign-in/wrong-passphrases-slow-down", test_wrong_passphrases_slow_down);

  return g_test_run ();
}
