/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes that cannot be made: a full disk, a database that may be read but not changed, and
 * a database another program is writing to. Each must fail with a message that says what to
 * do, and leave everything saved before as it was.
 *
 * The first two run in a child process: the file size limit (RLIMIT_FSIZE) stands in for
 * the full disk, and the child gives up root's privileges, which ignore file modes, so that
 * a read-only file is read-only. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* Whoever runs the tests as root becomes this user in the read-only test. */
#define NOBODY 65534
#define SKIP_NOT_NOBODY "Run as root without the right to become another user, which file " \
                        "modes do not stop: nothing can be made read-only"

#define PEOPLE_BEFORE 40

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

static char *
family_name (guint n)
{
  return g_strdup_printf ("Before-%u", n);
}

/* A database with PEOPLE_BEFORE people in it, closed. */
static void
create_database (const char     *path,
                 TandemStoreKey *key)
{
  g_autoptr(TandemStore) store = open_store (path, key);

  for (guint i = 0; i < PEOPLE_BEFORE; i++)
    {
      g_autofree char *family = family_name (i);

      g_object_unref (tandem_test_add_person (store, "Sam", family, NULL));
    }
}

/* The database opens, passes the integrity check and holds the @n_people people it should:
 * those made by create_database() and @saved, the ids of those saved since. */
static void
assert_intact (const char     *path,
               TandemStoreKey *key,
               GArray         *saved)
{
  g_autoptr(TandemStore) store = open_store (path, key);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint expected = PEOPLE_BEFORE + (saved ? saved->len : 0);

  g_assert_true (tandem_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (tandem_store_count_people (store, &error), ==, expected);
  g_assert_no_error (error);

  for (guint i = 0; i < PEOPLE_BEFORE; i++)
    {
      g_autofree char *family = family_name (i);
      g_autoptr(TandemPerson) person = tandem_store_load_person (store, i + 1, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (tandem_person_get_family_name (person), ==, family);
    }

  for (guint i = 0; saved != NULL && i < saved->len; i++)
    {
      g_autoptr(TandemPerson) person =
        tandem_store_load_person (store, g_array_index (saved, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (tandem_person_get_given_name (person), ==, "Alex");
    }
}

static gboolean
save_new_person (TandemStore  *store,
                 gint64       *id,
                 GError      **error)
{
  g_autoptr(TandemPerson) person = tandem_person_new ();

  tandem_person_set_given_name (person, "Alex");
  tandem_person_set_family_name (person, "Afterwards");
  tandem_person_set_phone (person, "01632 960123");
  if (!tandem_store_save_person (store, person, error))
    return FALSE;

  *id = tandem_record_get_id (person);
  return TRUE;
}

/* What a child found, sent back to the parent in one message. */
typedef struct
{
  int     status;             /* 0, or which step failed unexpectedly */
  int     error_domain_ok;
  int     error_code;
  char    message[512];
  guint   n_saved;
  gint64  saved[4096];
  guint   count_after;        /* people the store still counts after the failure */
  int     retried;            /* a save once the cause was removed succeeded */
} Outcome;

static void
outcome_set_error (Outcome      *outcome,
                   const GError *error)
{
  outcome->error_domain_ok = error->domain == TANDEM_STORE_ERROR;
  outcome->error_code = error->code;
  g_strlcpy (outcome->message, error->message, sizeof outcome->message);
}

typedef void (*ChildFunc) (const char     *path,
                           TandemStoreKey *key,
                           Outcome        *outcome);

/* Runs @func in a child process and returns what it found. */
static Outcome *
run_in_child (ChildFunc       func,
              const char     *path,
              TandemStoreKey *key)
{
  Outcome *outcome = g_new0 (Outcome, 1);
  int fds[2];
  int status = 0;
  gsize got = 0;
  pid_t pid;

  g_assert_no_errno (pipe (fds));
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      func (path, key, outcome);
      if (write (fds[1], outcome, sizeof *outcome) != sizeof *outcome)
        _exit (4);
      _exit (0);
    }

  close (fds[1]);
  while (got < sizeof *outcome)
    {
      gssize n = read (fds[0], (char *) outcome + got, sizeof *outcome - got);

      if (n <= 0)
        break;
      got += n;
    }
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_cmpuint (got, ==, sizeof *outcome);

  return outcome;
}

/* A full disk */

/* Room for a few saves in the write-ahead log, not for hundreds. */
#define FILE_SIZE_LIMIT (192 * 1024)

static void
fill_disk (const char     *path,
           TandemStoreKey *key,
           Outcome        *outcome)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit limit;
  gint64 id = 0;

  /* Past the limit write() fails with EFBIG, as it fails with ENOSPC on a full disk,
   * rather than the process being killed. */
  signal (SIGXFSZ, SIG_IGN);
  getrlimit (RLIMIT_FSIZE, &limit);
  limit.rlim_cur = FILE_SIZE_LIMIT;
  if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
    {
      outcome->status = 1;
      return;
    }

  store = tandem_store_open (path, key, &error);
  if (store == NULL)
    {
      outcome->status = 2;
      outcome_set_error (outcome, error);
      return;
    }

  while (outcome->n_saved < G_N_ELEMENTS (outcome->saved) && save_new_person (store, &id, &error))
    outcome->saved[outcome->n_saved++] = id;

  if (error == NULL)
    {
      outcome->status = 3;
      return;
    }
  outcome_set_error (outcome, error);
  g_clear_error (&error);

  /* A second try while the disk is still full fails the same way. */
  if (save_new_person (store, &id, &error))
    {
      outcome->status = 4;
      return;
    }
  g_clear_error (&error);

  outcome->count_after = tandem_store_count_people (store, &error);
  if (error != NULL)
    {
      outcome->status = 5;
      return;
    }

  /* Space freed: the same store saves again, without being opened anew. */
  limit.rlim_cur = limit.rlim_max;
  setrlimit (RLIMIT_FSIZE, &limit);
  if (save_new_person (store, &id, &error))
    {
      outcome->retried = TRUE;
      outcome->saved[outcome->n_saved++] = id;
    }
}

static void
test_full_disk (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autofree Outcome *outcome = NULL;
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (gint64));

  create_database (path, key);
  outcome = run_in_child (fill_disk, path, key);
  g_test_message ("Full disk after %u saves: error %d, \"%s\"", outcome->n_saved,
                  outcome->error_code, outcome->message);

  g_assert_cmpint (outcome->status, ==, 0);
  g_assert_cmpuint (outcome->n_saved, >, 1);
  g_assert_true (outcome->error_domain_ok);
  g_assert_cmpint (outcome->error_code, ==, TANDEM_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (outcome->message, "Free some space"));
  /* The failed saves left nothing behind, and the saves before them are all there. */
  g_assert_cmpuint (outcome->count_after, ==, PEOPLE_BEFORE + outcome->n_saved - 1);
  g_assert_true (outcome->retried);

  g_array_append_vals (saved, outcome->saved, outcome->n_saved);
  assert_intact (path, key, saved);
}

/* A database that can be read but not written */

static gboolean
become_nobody (void)
{
  if (geteuid () != 0)
    return TRUE;

  return setgid (NOBODY) == 0 && setuid (NOBODY) == 0;
}

static void
write_read_only (const char     *path,
                 TandemStoreKey *key,
                 Outcome        *outcome)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!become_nobody ())
    {
      outcome->status = 1;
      return;
    }

  store = tandem_store_open (path, key, &error);
  if (store == NULL)
    {
      outcome_set_error (outcome, error);
      return;
    }

  if (save_new_person (store, &id, &error))
    {
      outcome->status = 2;
      return;
    }
  outcome_set_error (outcome, error);
  g_clear_error (&error);

  outcome->count_after = tandem_store_count_people (store, &error);
  if (error != NULL)
    outcome->status = 3;
}

/* The file and its folder belong to the user the child becomes. */
static void
give_to_child (const char *path,
               mode_t      mode)
{
  if (geteuid () == 0)
    g_assert_no_errno (chown (path, NOBODY, NOBODY));
  g_assert_no_errno (g_chmod (path, mode));
}

/* The file may not be written, its folder may: Tandem opens it, shows what it holds, and
 * refuses to change it with a message that says why. */
static void
test_read_only_file (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autofree Outcome *outcome = NULL;

  create_database (path, key);
  give_to_child (dir->path, 0700);
  give_to_child (path, 0400);

  outcome = run_in_child (write_read_only, path, key);
  if (outcome->status == 1)
    {
      g_test_skip (SKIP_NOT_NOBODY);
      return;
    }
  g_test_message ("Read-only file: error %d, \"%s\"", outcome->error_code, outcome->message);

  g_assert_cmpint (outcome->status, ==, 0);
  g_assert_true (outcome->error_domain_ok);
  g_assert_cmpint (outcome->error_code, ==, TANDEM_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (outcome->message, "may write to the file"));
  g_assert_cmpuint (outcome->count_after, ==, PEOPLE_BEFORE);

  g_assert_no_errno (g_chmod (path, 0600));
  assert_intact (path, key, NULL);
}

/* Neither the file nor its folder may be written: opening fails, saying what to check. */
static void
test_read_only_folder (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autofree Outcome *outcome = NULL;

  create_database (path, key);
  give_to_child (path, 0400);
  give_to_child (dir->path, 0500);

  outcome = run_in_child (write_read_only, path, key);
  if (outcome->status == 1)
    {
      g_test_skip (SKIP_NOT_NOBODY);
      return;
    }
  g_test_message ("Read-only folder: error %d, \"%s\"", outcome->error_code,
                  outcome->message);

  g_assert_cmpint (outcome->status, ==, 0);
  g_assert_true (outcome->error_domain_ok);
  g_assert_nonnull (strstr (outcome->message, "folder"));

  g_assert_no_errno (g_chmod (dir->path, 0700));
  g_assert_no_errno (g_chmod (path, 0600));
  assert_intact (path, key, NULL);
}

/* Another program writing */

static void
assert_busy_within (TandemStore *store,
                    gint64       at_least_us,
                    gint64       at_most_us)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 id = 0;
  gint64 waited;

  g_assert_false (save_new_person (store, &id, &error));
  waited = g_get_monotonic_time () - start;
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "try again"));
  g_assert_cmpint (waited, >=, at_least_us);
  g_assert_cmpint (waited, <=, at_most_us);
}

/* While another connection holds the write lock a save waits a while, then says the
 * database is busy rather than hanging; reading goes on meanwhile, and once the lock is
 * released the save goes through. */
static void
test_busy (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemStore) other = NULL;
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  create_database (path, key);
  store = open_store (path, key);
  other = open_store (path, key);
  g_assert_true (tandem_store_begin (other, &error));
  g_assert_no_error (error);

  /* As Tandem opens it: the store gives up after its own wait of five seconds. */
  assert_busy_within (store, 4 * G_USEC_PER_SEC, 8 * G_USEC_PER_SEC);

  tandem_store_set_busy_timeout (store, 300);
  assert_busy_within (store, 250 * 1000, 3 * G_USEC_PER_SEC);

  g_assert_cmpuint (tandem_store_count_people (store, &error), ==, PEOPLE_BEFORE);
  g_assert_no_error (error);

  tandem_store_rollback (other);
  g_assert_true (save_new_person (store, &id, &error));
  g_assert_no_error (error);
  g_array_append_val (saved, id);

  g_clear_object (&store);
  g_clear_object (&other);
  assert_intact (path, key, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-failures/full-disk", test_full_disk);
  g_test_add_func ("/store-failures/read-only-file", test_read_only_file);
  g_test_add_func ("/store-failures/read-only-folder", test_read_only_folder);
  g_test_add_func ("/store-failures/busy", test_busy);

  return g_test_run ();
}
