/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-opener"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-keyring.h"
#include "tandem-store-opener.h"

/* How the app and tandem-cli open a database: always encrypted, with the key from the
 * keyring, or from a passphrase where the user chose one. A database from before encryption
 * is encrypted on the way. Nothing here ever makes a new database where one exists.
 *
 * These calls block (the keyring may ask the user to unlock it): the app runs them in a
 * worker thread. */

static TandemStore *
open_with_keyring_key (const char    *path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(TandemStoreKey) key = NULL;
  g_autoptr(TandemStoreKey) next = NULL;
  g_autoptr(GError) local_error = NULL;
  TandemStore *store;

  key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, cancellable, error);
  if (key == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_KEY,
                             _("This database is encrypted and your keyring has no key for "
                               "it. Enter its passphrase, or restore a backup."));
      return NULL;
    }

  store = tandem_store_open (path, key, &local_error);
  if (store != NULL)
    return store;
  if (!g_error_matches (local_error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_KEY))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* A change of key stopped half-way: the database may already have the next one. */
  next = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_NEXT, cancellable, NULL);
  if (next == NULL || (store = tandem_store_open (path, next, NULL)) == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (tandem_keyring_store_sync (path, TANDEM_KEYRING_SLOT_CURRENT, next, cancellable, NULL))
    tandem_keyring_clear_sync (path, TANDEM_KEYRING_SLOT_NEXT, cancellable, NULL);
  return store;
}

/* A new key for a database about to be made or encrypted: kept in the keyring first, so a
 * database never exists whose key is nowhere. */
static TandemStoreKey *
make_keyring_key (const char    *path,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(TandemStoreKey) key = NULL;
  g_autoptr(GError) local_error = NULL;

  key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, cancellable,
                                    &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (key != NULL)
    return g_steal_pointer (&key);

  key = tandem_store_key_new_random ();
  if (!tandem_keyring_store_sync (path, TANDEM_KEYRING_SLOT_CURRENT, key, cancellable, error))
    return NULL;

  return g_steal_pointer (&key);
}

/**
 * tandem_store_open_encrypted:
 * @path: the database
 * @passphrase: (nullable): a key made with tandem_store_key_new_passphrase(), or %NULL to use
 *   the keyring
 * @progress: (nullable): progress of encrypting a database from before encryption, called
 *   in this thread
 *
 * Opens the database at @path, encrypted: with @passphrase when given, otherwise with the
 * key the keyring keeps for it. A missing database is made, with a new random key put in the
 * keyring first (unless @passphrase is given). An unencrypted database is encrypted first.
 *
 * Returns: (transfer full): the store, or %NULL with @error set; among the errors:
 *   TANDEM_KEYRING_ERROR_UNAVAILABLE or _LOCKED (offer a passphrase, or to unlock the
 *   keyring and try again), TANDEM_STORE_ERROR_NO_KEY (the keyring has no key for this
 *   database: ask for its passphrase), TANDEM_STORE_ERROR_WRONG_KEY
 */
TandemStore *
tandem_store_open_encrypted (const char               *path,
                             TandemStoreKey           *passphrase,
                             TandemStoreProgressFunc   progress,
                             gpointer                  user_data,
                             GCancellable             *cancellable,
                             GError                  **error)
{
  g_autoptr(TandemStoreKey) key = NULL;
  TandemStoreFile file;

  g_return_val_if_fail (path != NULL, NULL);

  file = tandem_store_inspect_file (path);

  if (file == TANDEM_STORE_FILE_ENCRYPTED)
    return passphrase != NULL
           ? tandem_store_open (path, passphrase, error)
           : open_with_keyring_key (path, cancellable, error);

  key = passphrase != NULL ? tandem_store_key_ref (passphrase)
                           : make_keyring_key (path, cancellable, error);
  if (key == NULL)
    return NULL;

  if (file == TANDEM_STORE_FILE_PLAIN &&
      !tandem_store_encrypt_file (path, key, progress, user_data, error))
    return NULL;

  return tandem_store_open (path, key, error);
}

/**
 * tandem_store_change_key:
 * @passphrase: (nullable): the new passphrase as a key, or %NULL for a new random key kept in
 *   the keyring
 *
 * Re-keys @store's database, for an administrator or the command line. A new keyring key
 * is stored as the keyring's next key before the database changes and becomes its current
 * key after, so that whatever happens in between, a key that opens the database is kept.
 * Moving to a passphrase removes the keyring's key once the database has changed.
 */
gboolean
tandem_store_change_key (TandemStore     *store,
                         TandemStoreKey  *passphrase,
                         GCancellable    *cancellable,
                         GError         **error)
{
  const char *path = tandem_store_get_path (store);
  g_autoptr(TandemStoreKey) key = NULL;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);

  /* The key is the whole team's on this computer: an administrator's to change, or the
   * command line's, whose user holds the key anyway. */
  if (tandem_store_get_viewer (store) != TANDEM_STORE_VIEWER_SYSTEM &&
      !tandem_store_may_manage_staff (store))
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                           _("Only an administrator can change the database's key."));
      return FALSE;
    }

  if (passphrase != NULL)
    {
      if (!tandem_store_rekey (store, passphrase, error))
        return FALSE;

      /* The old key opens nothing now; a keyring without one is simply not asked. */
      tandem_keyring_clear_sync (path, TANDEM_KEYRING_SLOT_CURRENT, cancellable, NULL);
      return TRUE;
    }

  key = tandem_store_key_new_random ();
  if (!tandem_keyring_store_sync (path, TANDEM_KEYRING_SLOT_NEXT, key, cancellable, error))
    return FALSE;

  if (!tandem_store_rekey (store, key, error))
    {
      tandem_keyring_clear_sync (path, TANDEM_KEYRING_SLOT_NEXT, cancellable, NULL);
      return FALSE;
    }

  if (!tandem_keyring_store_sync (path, TANDEM_KEYRING_SLOT_CURRENT, key, cancellable, error))
    return FALSE;   /* the next slot still holds it, and opening finds it there */

  tandem_keyring_clear_sync (path, TANDEM_KEYRING_SLOT_NEXT, cancellable, NULL);
  return TRUE;
}
