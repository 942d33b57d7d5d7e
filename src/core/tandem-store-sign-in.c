/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-sign-in"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-passphrase.h"
#include "tandem-store-private.h"

/* Staff sign-in: passphrases as Argon2id hashes, the slowdown after wrong ones, and who may
 * manage staff. A successful sign-in makes that member of staff the store's viewer, the one
 * every access rule is checked against.
 *
 * Until anyone has a passphrase the team has no administrator and anyone may set up staff,
 * as before sign-in existed; the first to set a passphrase becomes the administrator. From
 * then on some member of staff still working is always an administrator. */

/* Wrong passphrases allowed before each further try must wait; the wait doubles from
 * FIRST_WAIT_SECONDS up to MAX_WAIT_SECONDS. */
#define FREE_TRIES         3
#define FIRST_WAIT_SECONDS 5
#define MAX_WAIT_SECONDS   300

static gboolean
query_flag (TandemStore  *self,
            const char   *sql,
            gint64        staff_id,
            GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = tandem_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, staff_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0) != 0;
  if (rc != SQLITE_DONE)
    tandem_store_fail (self, rc, error);

  return FALSE;
}

/**
 * tandem_store_has_administrator:
 *
 * Returns: whether a member of staff still working is an administrator; %FALSE with @error
 *   set when the database cannot be read
 */
gboolean
tandem_store_has_administrator (TandemStore  *self,
                                GError      **error)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return query_flag (self,
                     "SELECT EXISTS (SELECT 1 FROM staff WHERE administrator AND NOT retired)",
                     0, error);
}

/**
 * tandem_store_is_administrator:
 *
 * Returns: whether @staff_id is an administrator still working
 */
gboolean
tandem_store_is_administrator (TandemStore *self,
                               gint64       staff_id)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return staff_id > 0 &&
         query_flag (self,
                     "SELECT EXISTS (SELECT 1 FROM staff WHERE id = ?1 AND administrator "
                     "AND NOT retired)",
                     staff_id, NULL);
}

/* Staff may be added, changed and retired by anyone until the team has an administrator,
 * then by administrators only. */
gboolean
tandem_store_require_staff_manager (TandemStore  *self,
                                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!tandem_store_has_administrator (self, &local_error))
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (tandem_store_is_administrator (self, tandem_store_get_viewer (self)))
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                       _("Only an administrator can add or change members of staff. Ask one "
                         "of your administrators to do it."));
  return FALSE;
}

/**
 * tandem_store_may_manage_staff:
 *
 * Returns: whether the viewer may add and change staff and the PCN's settings: an
 *   administrator, or anyone while the team has none. For greying out what would be refused.
 */
gboolean
tandem_store_may_manage_staff (TandemStore *self)
{
  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  return tandem_store_require_staff_manager (self, NULL);
}

/* Checked inside a staff write, before it commits: once anyone can sign in, somebody must
 * still be able to manage staff. */
gboolean
tandem_store_require_administrator_left (TandemStore  *self,
                                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean stranded;

  stranded = query_flag (self,
                         "SELECT EXISTS (SELECT 1 FROM staff WHERE passphrase_hash != '') "
                         "AND NOT EXISTS (SELECT 1 FROM staff WHERE administrator "
                         "AND NOT retired)",
                         0, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!stranded)
    return TRUE;

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       _("Tandem needs at least one administrator. Make someone else an "
                         "administrator first."));
  return FALSE;
}

typedef struct
{
  gint64      staff_id;
  const char *hash;
} PassphraseWrite;

static gboolean
write_passphrase (TandemStore    *self,
                  gconstpointer   data,
                  GError        **error)
{
  const PassphraseWrite *write = data;
  g_autoptr(TandemStoreStatement) stmt = NULL;

  /* The first passphrase in a team without an administrator makes one. */
  stmt = tandem_store_prepare (self,
                               "UPDATE staff SET passphrase_hash = ?2, failed_sign_ins = 0, "
                               "last_failed_sign_in = NULL, administrator = administrator OR "
                               "NOT EXISTS (SELECT 1 FROM staff WHERE administrator "
                               "AND NOT retired) "
                               "WHERE id = ?1 AND NOT retired",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, write->staff_id);
  sqlite3_bind_text (stmt, 2, write->hash, -1, SQLITE_STATIC);
  if (!tandem_store_step_changed (self, stmt,
                                  _("This member of staff has left the team or no longer exists."),
                                  error))
    return FALSE;

  tandem_store_queue_team_change (self);
  return TRUE;
}

/**
 * tandem_store_set_staff_passphrase:
 * @passphrase: the new passphrase, at least %TANDEM_PASSPHRASE_MIN_LENGTH characters
 *
 * Sets the sign-in passphrase of @staff_id. Allowed for the member of staff themselves (the
 * viewer), for an administrator, and for anyone while the team has no administrator, in
 * which case @staff_id becomes the administrator. Clears their wrong tries.
 */
gboolean
tandem_store_set_staff_passphrase (TandemStore  *self,
                                   gint64        staff_id,
                                   const char   *passphrase,
                                   GError      **error)
{
  g_autofree char *hash = NULL;
  PassphraseWrite write;
  gint64 viewer;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  viewer = tandem_store_get_viewer (self);
  if (viewer != staff_id && !tandem_store_require_staff_manager (self, error))
    return FALSE;

  /* Hashing is the slow part: done before the transaction so the database is not held. */
  hash = tandem_passphrase_hash (passphrase, error);
  if (hash == NULL)
    return FALSE;

  write = (PassphraseWrite) { staff_id, hash };
  return tandem_store_write (self, write_passphrase, &write, error);
}

/**
 * tandem_store_set_staff_passphrase_hash:
 * @hash: a hash made by tandem_passphrase_hash()
 *
 * As tandem_store_set_staff_passphrase(), with the passphrase already hashed: for setting up
 * many members of staff with one passphrase (example data, tests), where hashing it for each
 * would cost a fraction of a second apiece. The same members of staff may do it.
 */
gboolean
tandem_store_set_staff_passphrase_hash (TandemStore  *self,
                                        gint64        staff_id,
                                        const char   *hash,
                                        GError      **error)
{
  PassphraseWrite write = { staff_id, hash };

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);
  g_return_val_if_fail (hash != NULL && g_str_has_prefix (hash, "$argon2id$"), FALSE);

  if (tandem_store_get_viewer (self) != staff_id &&
      !tandem_store_require_staff_manager (self, error))
    return FALSE;

  return tandem_store_write (self, write_passphrase, &write, error);
}

typedef struct
{
  char   *name;
  char   *hash;
  int     failed;
  gint64  last_failed;
  gboolean retired;
} Credentials;

static void
credentials_clear (Credentials *credentials)
{
  g_free (credentials->name);
  if (credentials->hash != NULL)
    {
      memset (credentials->hash, 0, strlen (credentials->hash));
      g_free (credentials->hash);
    }
}

static gboolean
read_credentials (TandemStore  *self,
                  gint64        staff_id,
                  Credentials  *out,
                  GError      **error)
{
  g_autoptr(TandemStoreStatement) stmt = NULL;
  int rc;

  stmt = tandem_store_prepare (self,
                               "SELECT name, passphrase_hash, failed_sign_ins, "
                               "last_failed_sign_in, retired FROM staff WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out->name = g_strdup (tandem_store_column_text (stmt, 0));
      out->hash = g_strdup (tandem_store_column_text (stmt, 1));
      out->failed = sqlite3_column_int (stmt, 2);
      out->last_failed = sqlite3_column_int64 (stmt, 3);
      out->retired = sqlite3_column_int (stmt, 4);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return tandem_store_fail (self, rc, error);

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       _("This member of staff no longer exists."));
  return FALSE;
}

/* How long after the last wrong passphrase the next try must wait, in seconds. */
static gint64
wait_after (int failed)
{
  gint64 wait = FIRST_WAIT_SECONDS;

  if (failed < FREE_TRIES)
    return 0;

  for (int i = FREE_TRIES; i < failed && wait < MAX_WAIT_SECONDS; i++)
    wait *= 2;

  return MIN (wait, MAX_WAIT_SECONDS);
}

static gint64
remaining_wait (const Credentials *credentials,
                gint64             now)
{
  return MAX (0, credentials->last_failed + wait_after (credentials->failed) - now);
}

/**
 * tandem_store_get_sign_in_wait:
 *
 * Returns: how many seconds @staff_id must still wait before trying a passphrase again, after
 *   too many wrong ones; 0 when they may try now (or cannot be read)
 */
guint
tandem_store_get_sign_in_wait (TandemStore *self,
                               gint64       staff_id)
{
  Credentials credentials = { 0 };
  gint64 wait;

  g_return_val_if_fail (TANDEM_IS_STORE (self), 0);

  if (!read_credentials (self, staff_id, &credentials, NULL))
    return 0;

  wait = remaining_wait (&credentials, g_get_real_time () / G_USEC_PER_SEC);
  credentials_clear (&credentials);
  return (guint) MIN (wait, G_MAXUINT);
}

static gboolean
write_sign_in_result (TandemStore    *self,
                      gconstpointer   data,
                      GError        **error)
{
  const gint64 *result = data;   /* { staff id, 1 if it failed, now } */
  g_autoptr(TandemStoreStatement) stmt = NULL;

  if (result[1])
    stmt = tandem_store_prepare (self,
                                 "UPDATE staff SET failed_sign_ins = failed_sign_ins + 1, "
                                 "last_failed_sign_in = ?2 WHERE id = ?1",
                                 error);
  else
    stmt = tandem_store_prepare (self,
                                 "UPDATE staff SET failed_sign_ins = 0, "
                                 "last_failed_sign_in = NULL WHERE id = ?1 AND ?2 IS NOT NULL",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, result[0]);
  sqlite3_bind_int64 (stmt, 2, result[2]);
  if (!tandem_store_step_done (self, stmt, error))
    return FALSE;

  /* Whoever tried is recorded as the one who did it: nobody is signed in yet. */
  return tandem_store_append_audit (self, result[0],
                                    result[1] ? TANDEM_AUDIT_SIGN_IN_FAILED : TANDEM_AUDIT_SIGN_IN,
                                    "staff", result[0], 0, error);
}

/**
 * tandem_store_sign_in:
 *
 * Checks @passphrase for @staff_id and, when it is right, makes them the store's viewer.
 * After %FREE_TRIES wrong passphrases each try must wait longer than the last, counted in
 * the database so that restarting does not reset it.
 *
 * Returns: %TRUE when signed in; otherwise %FALSE with @error set: WRONG_PASSPHRASE,
 *   TRY_LATER (the message says how long), DENIED (no passphrase set, or left the team), or
 *   a database error
 */
gboolean
tandem_store_sign_in (TandemStore  *self,
                      gint64        staff_id,
                      const char   *passphrase,
                      GError      **error)
{
  Credentials credentials = { 0 };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 result[3] = { staff_id, 0, now };
  gint64 wait;
  gboolean right;

  g_return_val_if_fail (TANDEM_IS_STORE (self), FALSE);

  if (!read_credentials (self, staff_id, &credentials, error))
    return FALSE;

  if (credentials.retired || credentials.hash == NULL || credentials.hash[0] == '\0')
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DENIED,
                   credentials.retired
                   ? _("%s has left the team and can no longer sign in.")
                   : _("%s has no passphrase yet. Ask an administrator to set one."),
                   credentials.name);
      credentials_clear (&credentials);
      return FALSE;
    }

  wait = remaining_wait (&credentials, now);
  if (wait > 0)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TRY_LATER,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Too many wrong passphrases. Wait %d second and try again.",
                                "Too many wrong passphrases. Wait %d seconds and try again.",
                                (gulong) wait),
                   (int) wait);
      credentials_clear (&credentials);
      return FALSE;
    }

  right = tandem_passphrase_verify (credentials.hash, passphrase);
  result[1] = !right;
  credentials_clear (&credentials);

  if (!tandem_store_write (self, write_sign_in_result, result, error))
    return FALSE;

  if (!right)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_WRONG_PASSPHRASE,
                           _("That passphrase is not right. Check Caps Lock and try again."));
      return FALSE;
    }

  tandem_store_set_viewer (self, staff_id);
  return TRUE;
}
