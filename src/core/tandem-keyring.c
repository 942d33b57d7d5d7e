/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "tandem-keyring.h"

/* Database keys in the desktop's keyring (the Secret Service, through libsecret), one per
 * database file, under Tandem's own schema. The key is stored as hexadecimal text; libsecret
 * keeps it in memory that is not swapped out and wipes it when freed. */

G_DEFINE_QUARK (tandem-keyring-error-quark, tandem_keyring_error)

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "org.tandemcare.Tandem.DatabaseKey", SECRET_SCHEMA_NONE,
    {
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "slot", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };

  return &schema;
}

static const char *
slot_name (TandemKeyringSlot slot)
{
  return slot == TANDEM_KEYRING_SLOT_NEXT ? "next" : "current";
}

/* libsecret's errors say what went wrong to a programmer; these say what to do. */
static void
translate_error (GError **error)
{
  GError *original;
  TandemKeyringError code;
  const char *message;

  if (error == NULL || *error == NULL || (*error)->domain == TANDEM_KEYRING_ERROR)
    return;

  original = *error;
  g_debug ("Keyring: %s", original->message);

  if (g_error_matches (original, SECRET_ERROR, SECRET_ERROR_IS_LOCKED) ||
      g_error_matches (original, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      code = TANDEM_KEYRING_ERROR_LOCKED;
      message = _("Your keyring is locked, so Tandem cannot read the database key. Unlock "
                  "it (signing out of the desktop and in again does) and try again.");
    }
  else if (original->domain == G_DBUS_ERROR || original->domain == G_IO_ERROR)
    {
      code = TANDEM_KEYRING_ERROR_UNAVAILABLE;
      message = _("This desktop has no keyring for Tandem to keep the database key in.");
    }
  else
    {
      code = TANDEM_KEYRING_ERROR_FAILED;
      message = _("The keyring could not be used. Try again; if it keeps failing, restart "
                  "the computer.");
    }

  *error = g_error_new_literal (TANDEM_KEYRING_ERROR, code, message);
  g_error_free (original);
}

static TandemStoreKey *
key_from_password (char    *password,
                   GError **error)
{
  TandemStoreKey *key;

  if (password == NULL)
    return NULL;

  key = tandem_store_key_new_from_hex (password);
  secret_password_free (password);

  if (key == NULL)
    g_set_error_literal (error, TANDEM_KEYRING_ERROR, TANDEM_KEYRING_ERROR_FAILED,
                         _("The database key in your keyring is damaged. Enter the "
                           "database's passphrase or restore a backup."));
  return key;
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);
  TandemStoreKey *key;

  if (error != NULL)
    {
      translate_error (&error);
      g_task_return_error (task, error);
      return;
    }

  key = key_from_password (password, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, key, (GDestroyNotify) tandem_store_key_unref);
}

/**
 * tandem_keyring_lookup_async:
 * @database: the database's canonical path
 *
 * Looks up the key of @database. The desktop may ask the user to unlock the keyring.
 */
void
tandem_keyring_lookup_async (const char          *database,
                             TandemKeyringSlot    slot,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, tandem_keyring_lookup_async);
  secret_password_lookup (get_schema (), cancellable, lookup_cb, task,
                          "database", database, "slot", slot_name (slot), NULL);
}

/**
 * tandem_keyring_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the key, or %NULL with no error when the keyring has
 *   none for this database, or %NULL with @error set
 */
TandemStoreKey *
tandem_keyring_lookup_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

TandemStoreKey *
tandem_keyring_lookup_sync (const char         *database,
                            TandemKeyringSlot   slot,
                            GCancellable       *cancellable,
                            GError            **error)
{
  GError *local_error = NULL;
  char *password;

  password = secret_password_lookup_sync (get_schema (), cancellable, &local_error,
                                          "database", database, "slot", slot_name (slot),
                                          NULL);
  if (local_error != NULL)
    {
      translate_error (&local_error);
      g_propagate_error (error, local_error);
      return NULL;
    }

  return key_from_password (password, error);
}

static char *
describe_item (const char *database)
{
  g_autofree char *name = g_path_get_basename (database);

  /* Translators: the label of the keyring item; %s is the database's file name */
  return g_strdup_printf (_("Tandem database key for %s"), name);
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &error))
    {
      translate_error (&error);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/**
 * tandem_keyring_store_async:
 *
 * Keeps @key in the default keyring for @database, replacing any key it had in @slot.
 */
void
tandem_keyring_store_async (const char          *database,
                            TandemKeyringSlot    slot,
                            TandemStoreKey      *key,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *label = describe_item (database);
  char *hex = tandem_store_key_dup_hex (key);

  g_task_set_source_tag (task, tandem_keyring_store_async);
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, hex, cancellable,
                         store_cb, task,
                         "database", database, "slot", slot_name (slot), NULL);
  tandem_store_key_free_text (hex);
}

gboolean
tandem_keyring_store_finish (GAsyncResult  *result,
                             GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
tandem_keyring_store_sync (const char         *database,
                           TandemKeyringSlot   slot,
                           TandemStoreKey     *key,
                           GCancellable       *cancellable,
                           GError            **error)
{
  g_autofree char *label = describe_item (database);
  GError *local_error = NULL;
  char *hex = tandem_store_key_dup_hex (key);
  gboolean stored;

  stored = secret_password_store_sync (get_schema (), SECRET_COLLECTION_DEFAULT, label, hex,
                                       cancellable, &local_error,
                                       "database", database, "slot", slot_name (slot), NULL);
  tandem_store_key_free_text (hex);

  if (!stored)
    {
      translate_error (&local_error);
      g_propagate_error (error, local_error);
    }
  return stored;
}

/**
 * tandem_keyring_clear_sync:
 *
 * Removes the key kept for @database in @slot, if any.
 */
gboolean
tandem_keyring_clear_sync (const char         *database,
                           TandemKeyringSlot   slot,
                           GCancellable       *cancellable,
                           GError            **error)
{
  GError *local_error = NULL;

  secret_password_clear_sync (get_schema (), cancellable, &local_error,
                              "database", database, "slot", slot_name (slot), NULL);
  if (local_error != NULL)
    {
      translate_error (&local_error);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}
