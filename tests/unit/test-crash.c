/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pulling the plug: a child process writes through the store while this process kills it
 * with SIGKILL at random moments. After every kill the database must open, pass SQLite's
 * integrity and foreign key checks, and hold every write the child reported, which it did
 * only once the store call had returned, that is after COMMIT.
 *
 * TANDEM_CRASH_KILLS sets how many kills (200 unless set; `make soak` runs thousands) and
 * TANDEM_CRASH_SEED the random seed, printed at the start so that a failure can be run
 * again: the same writes, each child killed after the same number of them. Where inside the
 * next write the kill lands depends on how fast the child runs, so a replay is close to the
 * failing run, not identical to it. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tandem-date.h"
#include "tandem-test-util.h"

/* Each line the child writes to the pipe: a kind, a record's id, the record it belongs to
 * (a person, or a plan version), and a sequence number that only grows. */
#define KIND_READY       'S'
#define KIND_FAILED      'E'
#define KIND_PERSON      'P'  /* a person saved, named after the sequence number */
#define KIND_RENAME      'U'  /* a saved person renamed after a later number */
#define KIND_DELETE      'D'  /* a person with nothing else recorded, deleted */
#define KIND_REFERRAL    'R'
#define KIND_CONTACT     'C'
#define KIND_UNCONTACT   'X'  /* a contact deleted */
#define KIND_MEASURE     'M'
#define KIND_PLAN        'V'  /* a person's first plan version */
#define KIND_NEED        'N'  /* a need written into a plan */
#define KIND_UNCOMMITTED 'u'  /* a person saved inside a transaction never committed */
/* Sent before a deletion, whose commit the kill may let through before it is reported. */
#define KIND_DELETING    'd'
#define KIND_UNCONTACTING 'x'

/* Far more than a child writes before it is killed: a child that gets there has outrun
 * every delay, and the parent says so. */
#define MAX_WRITES_PER_LIFE 20000

#define DEFAULT_KILLS 200

/* A full check of every write reported so far, on top of the writes of the latest life. */
#define FULL_CHECK_EVERY 50

typedef struct
{
  char   kind;
  gint64 id;
  gint64 owner;  /* the person or plan version the record belongs to */
  gint64 seq;
  gboolean gone;
  gint64 doubt_seq;  /* a deletion the child was making when it was killed, or 0 */
} Expected;

/* What the child has reported committed, as the database must now show it: one entry per
 * record, keyed by table and id. */
typedef struct
{
  GHashTable *records;      /* "P12" → Expected */
  guint       writes;
  guint       uncommitted;  /* writes made in a transaction the child never committed */
} Ledger;

static Ledger *
ledger_new (void)
{
  Ledger *ledger = g_new0 (Ledger, 1);

  ledger->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return ledger;
}

static void
ledger_free (Ledger *ledger)
{
  g_hash_table_unref (ledger->records);
  g_free (ledger);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Ledger, ledger_free)

/* The table a kind of write changes: renames and deletions change people. */
static char
table_of (char kind)
{
  switch (kind)
    {
    case KIND_RENAME:
    case KIND_DELETE:
    case KIND_DELETING:
      return KIND_PERSON;
    case KIND_UNCONTACT:
    case KIND_UNCONTACTING:
      return KIND_CONTACT;
    default:
      return kind;
    }
}

static char *
record_key (char   kind,
            gint64 id)
{
  return g_strdup_printf ("%c%" G_GINT64_FORMAT, table_of (kind), id);
}

/* Records @write in @ledger; returns the entry it changed, for the check after this kill. */
static Expected *
ledger_apply (Ledger         *ledger,
              const Expected *write)
{
  g_autofree char *key = record_key (write->kind, write->id);
  Expected *entry = g_hash_table_lookup (ledger->records, key);

  /* A deletion announced is not yet a write: it is in doubt until its report comes. */
  if (write->kind != KIND_DELETING && write->kind != KIND_UNCONTACTING)
    ledger->writes++;
  /* A new record may take the id of one deleted before it (the tables give the highest id
   * plus one), so it replaces that one's entry, in place: the list of entries this life
   * touched may hold it. */
  if (entry == NULL)
    {
      entry = g_memdup2 (write, sizeof *write);
      g_hash_table_insert (ledger->records, g_steal_pointer (&key), entry);
    }
  else if (table_of (write->kind) == write->kind)
    *entry = *write;

  switch (write->kind)
    {
    case KIND_RENAME:
      entry->seq = write->seq;
      break;
    case KIND_DELETING:
    case KIND_UNCONTACTING:
      entry->doubt_seq = write->seq;
      break;
    case KIND_DELETE:
    case KIND_UNCONTACT:
      entry->seq = write->seq;
      entry->gone = TRUE;
      entry->doubt_seq = 0;
      break;
    case KIND_UNCOMMITTED:
      ledger->uncommitted++;
      entry->gone = TRUE;
      break;
    default:
      break;
    }

  return entry;
}

/* A contact or a measure result found among its person's, or NULL. */
static gpointer
find_listed (GPtrArray *records,
             gint64     id)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (tandem_record_get_id (records->pdata[i]) == id)
      return records->pdata[i];

  return NULL;
}

/* The write number at the end of @text, after @prefix; -1 if it has none. */
static gint64
seq_in (const char *text,
        const char *prefix)
{
  if (text == NULL || !g_str_has_prefix (text, prefix))
    return -1;

  return g_ascii_strtoll (text + strlen (prefix), NULL, 10);
}

/* A record that should be there is, as written or as written later (the child may have
 * committed a rename it was killed before reporting). One deleted is absent, or its id was
 * taken by a record made after the deletion: the tables give a new record the highest id
 * plus one, and the child may have made one it was killed before reporting. */
static gboolean
seq_holds (const Expected *entry,
           gint64          found_seq)
{
  if (entry->gone)
    return found_seq < 0 || found_seq > entry->seq;

  return found_seq >= entry->seq;
}

static gboolean
plan_has_need (TandemPlan *plan,
               gint64      id,
               gint64      seq)
{
  GListModel *needs = tandem_plan_get_needs (plan);
  g_autofree char *words = g_strdup_printf ("Need %" G_GINT64_FORMAT, seq);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);

      if (tandem_record_get_id (need) == id)
        return g_strcmp0 (tandem_plan_need_get_words (need), words) == 0;
    }

  return FALSE;
}

static gboolean
person_holds (TandemStore    *store,
              const Expected *entry)
{
  g_autoptr(TandemPerson) person = tandem_store_load_person (store, entry->id, NULL);

  return seq_holds (entry, person ? seq_in (tandem_person_get_family_name (person),
                                            "Crash-") : -1);
}

static gboolean
contact_holds (TandemStore    *store,
               const Expected *entry)
{
  g_autoptr(GPtrArray) contacts = tandem_store_list_contacts (store, entry->owner, NULL);
  TandemContact *contact = find_listed (contacts, entry->id);

  return seq_holds (entry, contact ? seq_in (tandem_contact_get_note (contact), "Contact ")
                                   : -1);
}

/* Whether the record @entry describes is in @store as reported: present, or absent once
 * deleted or never committed. */
static gboolean
entry_holds_certain (TandemStore    *store,
                     const Expected *entry)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(TandemReferral) referral = NULL;
  g_autoptr(TandemPerson) person = NULL;

  switch (entry->kind)
    {
    case KIND_PERSON:
      return person_holds (store, entry);
    case KIND_UNCOMMITTED:
      person = tandem_store_load_person (store, entry->id, NULL);
      return person == NULL;
    case KIND_REFERRAL:
      referral = tandem_store_load_referral (store, entry->id, NULL);
      return referral != NULL && tandem_referral_get_person_id (referral) == entry->owner;
    case KIND_CONTACT:
      return contact_holds (store, entry);
    case KIND_MEASURE:
      records = tandem_store_list_measure_results (store, entry->owner, NULL);
      return find_listed (records, entry->id) != NULL;
    case KIND_PLAN:
      version = tandem_store_load_plan_version (store, entry->id, NULL);
      return version != NULL && tandem_plan_version_get_person_id (version) == entry->owner;
    case KIND_NEED:
      plan = tandem_store_load_plan (store, entry->owner, NULL);
      return plan != NULL && plan_has_need (plan, entry->id, entry->seq);
    default:
      g_error ("Unknown kind of write '%c'", entry->kind);
    }
}

/* As entry_holds_certain(); a deletion the child was killed while making may have been
 * committed or not, and the database says which: the ledger takes its answer. */
static gboolean
entry_holds (TandemStore *store,
             Expected    *entry)
{
  Expected deleted = *entry;

  if (entry->doubt_seq == 0 || entry_holds_certain (store, entry))
    {
      entry->doubt_seq = 0;
      return entry_holds_certain (store, entry);
    }

  deleted.gone = TRUE;
  deleted.seq = entry->doubt_seq;
  deleted.doubt_seq = 0;
  if (!entry_holds_certain (store, &deleted))
    return FALSE;

  *entry = deleted;
  return TRUE;
}

static const char *
describe_kind (char kind)
{
  switch (kind)
    {
    case KIND_PERSON:      return "person";
    case KIND_UNCOMMITTED: return "uncommitted person";
    case KIND_REFERRAL:    return "referral";
    case KIND_CONTACT:     return "contact";
    case KIND_MEASURE:     return "measure result";
    case KIND_PLAN:        return "plan version";
    case KIND_NEED:        return "plan need";
    default:               return "record";
    }
}

/* Opens the database at @path as Tandem would after the crash and checks it: SQLite's
 * integrity and foreign key checks, then each of @entries (Expected *). Returns FALSE with
 * @error saying what is wrong. */
static gboolean
check_database (const char      *path,
                TandemStoreKey  *key,
                GPtrArray       *entries,
                GError         **error)
{
  g_autoptr(TandemStore) store = tandem_store_open (path, key, error);
  g_autoptr(GPtrArray) problems = NULL;

  if (store == NULL || !tandem_store_check (store, &problems, error))
    return FALSE;

  if (problems->len > 0)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CORRUPT,
                   "%u problems, the first: %s", problems->len,
                   (const char *) problems->pdata[0]);
      return FALSE;
    }

  /* The audit trail's chain is whole too: no crash leaves an entry half written. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  if (!tandem_store_verify_audit (store, &problems, NULL, error))
    return FALSE;
  if (problems->len > 0)
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CORRUPT,
                   "The audit trail is broken: %s", (const char *) problems->pdata[0]);
      return FALSE;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Expected *entry = entries->pdata[i];

      if (!entry_holds (store, entry))
        {
          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                       "%s %" G_GINT64_FORMAT " (of %" G_GINT64_FORMAT ", write %"
                       G_GINT64_FORMAT ") is %s", describe_kind (entry->kind), entry->id,
                       entry->owner, entry->seq,
                       entry->gone ? "there, but was deleted or never committed"
                                   : "missing or not as saved");
          return FALSE;
        }
    }

  return TRUE;
}

static GPtrArray *
ledger_entries (Ledger *ledger)
{
  GPtrArray *entries = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer entry;

  g_hash_table_iter_init (&iter, ledger->records);
  while (g_hash_table_iter_next (&iter, NULL, &entry))
    g_ptr_array_add (entries, entry);

  return entries;
}

/* The child */

typedef struct
{
  int             fd;
  GRand          *rand;
  TandemStore    *store;
  gint64          seq;
  GArray         *people;       /* persons saved in this life */
  GArray         *bare;         /* of those, persons with nothing else recorded */
  GArray         *referrals;    /* referral, person pairs */
  GArray         *contacts;     /* contact, person pairs */
  GArray         *plans;        /* plan version, person pairs */
  char           *today;
} Child;

typedef struct
{
  gint64 id;
  gint64 owner;
} Pair;

static void
report (Child  *child,
        char    kind,
        gint64  id,
        gint64  owner)
{
  g_autofree char *line = g_strdup_printf ("%c %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                           " %" G_GINT64_FORMAT "\n",
                                           kind, id, owner, child->seq);
  gsize length = strlen (line);

  /* Shorter than PIPE_BUF, so the pipe takes the line whole or not at all. */
  if (write (child->fd, line, length) != (gssize) length)
    _exit (4);
}

static void G_GNUC_NORETURN
child_fail (Child        *child,
            const GError *error)
{
  g_autofree char *line = g_strdup_printf ("%c %s\n", KIND_FAILED,
                                           error ? error->message : "unknown");

  if (write (child->fd, line, strlen (line)) < 0)
    _exit (4);
  _exit (3);
}

static gint64
pick (Child  *child,
      GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (child->rand, 0, ids->len));
}

static Pair
pick_pair (Child  *child,
           GArray *pairs)
{
  return g_array_index (pairs, Pair, g_rand_int_range (child->rand, 0, pairs->len));
}

static void
forget (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        g_array_remove_index_fast (ids, i);
        return;
      }
}

static void
forget_pair (GArray *pairs,
             gint64  id)
{
  for (guint i = 0; i < pairs->len; i++)
    if (g_array_index (pairs, Pair, i).id == id)
      {
        g_array_remove_index_fast (pairs, i);
        return;
      }
}

static gboolean
save_person (Child   *child,
             GError **error)
{
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autofree char *family = g_strdup_printf ("Crash-%" G_GINT64_FORMAT, child->seq);
  gint64 id;

  tandem_person_set_given_name (person, "Kim");
  tandem_person_set_family_name (person, family);
  if (!tandem_store_save_person (child->store, person, error))
    return FALSE;

  id = tandem_record_get_id (person);
  g_array_append_val (child->people, id);
  g_array_append_val (child->bare, id);
  report (child, KIND_PERSON, id, 0);
  return TRUE;
}

static gboolean
rename_person (Child   *child,
               GError **error)
{
  gint64 id = pick (child, child->people);
  g_autoptr(TandemPerson) person = tandem_store_load_person (child->store, id, error);
  g_autofree char *family = g_strdup_printf ("Crash-%" G_GINT64_FORMAT, child->seq);

  if (person == NULL)
    return FALSE;

  tandem_person_set_family_name (person, family);
  if (!tandem_store_save_person (child->store, person, error))
    return FALSE;

  report (child, KIND_RENAME, id, 0);
  return TRUE;
}

static gboolean
delete_person (Child   *child,
               GError **error)
{
  gint64 id = pick (child, child->bare);

  report (child, KIND_DELETING, id, 0);
  if (!tandem_store_delete_person (child->store, id, error))
    return FALSE;

  forget (child->bare, id);
  forget (child->people, id);
  report (child, KIND_DELETE, id, 0);
  return TRUE;
}

static gboolean
save_referral (Child   *child,
               GError **error)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  Pair pair = { 0, pick (child, child->people) };

  tandem_referral_set_person_id (referral, pair.owner);
  tandem_referral_set_received_on (referral, child->today);
  tandem_referral_set_priority (referral, TANDEM_PRIORITY_ROUTINE);
  if (!tandem_store_save_referral (child->store, referral, error))
    return FALSE;

  pair.id = tandem_record_get_id (referral);
  g_array_append_val (child->referrals, pair);
  forget (child->bare, pair.owner);
  report (child, KIND_REFERRAL, pair.id, pair.owner);
  return TRUE;
}

static gboolean
save_contact (Child   *child,
              GError **error)
{
  g_autoptr(TandemContact) contact = tandem_contact_new ();
  Pair referral = pick_pair (child, child->referrals);
  Pair pair = { 0, referral.owner };
  g_autofree char *note = g_strdup_printf ("Contact %" G_GINT64_FORMAT, child->seq);

  tandem_contact_set_person_id (contact, referral.owner);
  tandem_contact_set_referral_id (contact, referral.id);
  tandem_contact_set_contact_date (contact, child->today);
  tandem_contact_set_mode (contact, TANDEM_CONTACT_PHONE);
  tandem_contact_set_duration_minutes (contact, 30);
  tandem_contact_set_note (contact, note);
  if (!tandem_store_save_contact (child->store, contact, error))
    return FALSE;

  pair.id = tandem_record_get_id (contact);
  g_array_append_val (child->contacts, pair);
  report (child, KIND_CONTACT, pair.id, pair.owner);
  return TRUE;
}

static gboolean
delete_contact (Child   *child,
                GError **error)
{
  Pair pair = pick_pair (child, child->contacts);

  report (child, KIND_UNCONTACTING, pair.id, pair.owner);
  if (!tandem_store_delete_contact (child->store, pair.id, error))
    return FALSE;

  forget_pair (child->contacts, pair.id);
  report (child, KIND_UNCONTACT, pair.id, pair.owner);
  return TRUE;
}

static gboolean
save_measure (Child   *child,
              GError **error)
{
  g_autoptr(TandemMeasureResult) result = tandem_measure_result_new ();
  gint64 person = pick (child, child->people);

  tandem_measure_result_set_person_id (result, person);
  tandem_measure_result_set_kind (result, TANDEM_MEASURE_SWEMWBS);
  tandem_measure_result_set_stage (result, TANDEM_STAGE_BASELINE);
  tandem_measure_result_set_taken_on (result, child->today);
  tandem_measure_result_set_answers (result, "3,3,3,4,3,3,3");
  if (!tandem_store_save_measure_result (child->store, result, error))
    return FALSE;

  forget (child->bare, person);
  report (child, KIND_MEASURE, tandem_record_get_id (result), person);
  return TRUE;
}

/* A plan for a person who has none yet: each person's first, made in this life. */
static gboolean
create_plan (Child   *child,
             GError **error)
{
  g_autoptr(TandemPlanVersion) version = NULL;
  Pair pair = { 0, pick (child, child->people) };

  for (guint i = 0; i < child->plans->len; i++)
    if (g_array_index (child->plans, Pair, i).owner == pair.owner)
      return TRUE;

  version = tandem_store_create_plan (child->store, pair.owner, 0, error);
  if (version == NULL)
    return FALSE;

  pair.id = tandem_record_get_id (version);
  g_array_append_val (child->plans, pair);
  forget (child->bare, pair.owner);
  report (child, KIND_PLAN, pair.id, pair.owner);
  return TRUE;
}

static gboolean
save_need (Child   *child,
           GError **error)
{
  g_autoptr(TandemPlanNeed) need = tandem_plan_need_new ();
  g_autofree char *words = g_strdup_printf ("Need %" G_GINT64_FORMAT, child->seq);
  Pair plan = pick_pair (child, child->plans);

  tandem_plan_need_set_version_id (need, plan.id);
  tandem_plan_need_set_position (need, 0);
  tandem_plan_need_set_words (need, words);
  if (!tandem_store_save_plan_item (child->store, need, error))
    return FALSE;

  report (child, KIND_NEED, tandem_record_get_id (need), plan.id);
  return TRUE;
}

/* The control: a person saved inside a transaction that is never committed, reported at
 * once. The parent must find it absent, or the check could not tell committed from not. */
static void G_GNUC_NORETURN
hold_uncommitted (Child *child)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPerson) person = tandem_person_new ();

  tandem_person_set_given_name (person, "Kim");
  tandem_person_set_family_name (person, "Uncommitted");
  if (!tandem_store_begin (child->store, &error) ||
      !tandem_store_save_person (child->store, person, &error))
    child_fail (child, error);

  report (child, KIND_UNCOMMITTED, tandem_record_get_id (person), 0);
  for (;;)
    pause ();
}

/* One write, chosen at random among those the records made so far allow. */
static gboolean
write_one (Child   *child,
           GError **error)
{
  guint choice = g_rand_int_range (child->rand, 0, 100);

  child->seq++;
  if (child->people->len == 0 || choice < 20)
    return save_person (child, error);
  if (choice < 32)
    return rename_person (child, error);
  if (choice < 37 && child->bare->len > 0)
    return delete_person (child, error);
  if (choice < 52)
    return save_referral (child, error);
  if (choice < 67 && child->referrals->len > 0)
    return save_contact (child, error);
  if (choice < 72 && child->contacts->len > 0)
    return delete_contact (child, error);
  if (choice < 82)
    return save_measure (child, error);
  if (choice < 88)
    return create_plan (child, error);
  if (child->plans->len > 0)
    return save_need (child, error);

  return save_person (child, error);
}

static void G_GNUC_NORETURN
run_child (const char     *path,
           TandemStoreKey *key,
           guint32         seed,
           guint           life,
           int             fd)
{
  g_autoptr(GError) error = NULL;
  Child child = { 0 };
  guint uncommitted_after;

  child.fd = fd;
  child.rand = g_rand_new_with_seed (seed);
  child.seq = (gint64) life * (MAX_WRITES_PER_LIFE + 1);
  child.people = g_array_new (FALSE, FALSE, sizeof (gint64));
  child.bare = g_array_new (FALSE, FALSE, sizeof (gint64));
  child.referrals = g_array_new (FALSE, FALSE, sizeof (Pair));
  child.contacts = g_array_new (FALSE, FALSE, sizeof (Pair));
  child.plans = g_array_new (FALSE, FALSE, sizeof (Pair));
  child.today = tandem_test_days_ago (0);
  /* One life in eight ends with a write left uncommitted, after a few committed ones. */
  uncommitted_after = g_rand_int_range (child.rand, 0, 8) == 0
                      ? (guint) g_rand_int_range (child.rand, 0, 40) : G_MAXUINT;

  child.store = tandem_store_open (path, key, &error);
  if (child.store == NULL)
    child_fail (&child, error);
  report (&child, KIND_READY, 0, 0);

  for (guint i = 0; i < MAX_WRITES_PER_LIFE; i++)
    {
      if (i == uncommitted_after)
        hold_uncommitted (&child);
      if (!write_one (&child, &error))
        child_fail (&child, error);
    }

  _exit (0);
}

/* The parent */

typedef struct
{
  char           *path;
  TandemStoreKey *key;
  GRand          *rand;
  guint32         seed;
  Ledger         *ledger;
  guint           kills;
  guint           early_kills;   /* kills before the child had opened the database */
  guint           finished;      /* children that wrote all they could before the kill */
} Harness;

static void
read_available (int      fd,
                GString *output,
                int      timeout_ms)
{
  struct pollfd poll_fd = { fd, POLLIN, 0 };
  char buffer[4096];
  gssize n;

  if (poll (&poll_fd, 1, timeout_ms) <= 0)
    return;

  n = read (fd, buffer, sizeof buffer);
  if (n > 0)
    g_string_append_len (output, buffer, n);
}

/* Whether the child has reported @n_lines lines, or will report no more: it failed, or it
 * holds its uncommitted write until it is killed. */
static gboolean
has_reported (GString *output,
              guint    n_lines)
{
  const char *line = output->str;
  const char *end;
  guint lines = 0;

  while ((end = strchr (line, '\n')) != NULL)
    {
      if (*line == KIND_FAILED || *line == KIND_UNCOMMITTED)
        return TRUE;
      lines++;
      line = end + 1;
    }

  return lines >= n_lines;
}

/* Reads what the child writes until @until (monotonic time), or until it has reported
 * @n_lines lines when that is not 0; returns FALSE if the pipe closed first. */
static gboolean
read_until (int       fd,
            GString  *output,
            gint64    until,
            guint     n_lines)
{
  struct pollfd poll_fd = { fd, POLLIN, 0 };

  for (;;)
    {
      gint64 left = until - g_get_monotonic_time ();
      char buffer[4096];
      gssize n;
      int rc;

      if (n_lines > 0 && has_reported (output, n_lines))
        return TRUE;
      if (left <= 0)
        return TRUE;

      rc = poll (&poll_fd, 1, (int) MAX (1, left / 1000));
      if (rc < 0 && errno == EINTR)
        continue;
      if (rc <= 0)
        continue;

      n = read (fd, buffer, sizeof buffer);
      if (n <= 0)
        return FALSE;
      g_string_append_len (output, buffer, n);
    }
}

static void
read_to_end (int      fd,
             GString *output)
{
  gsize before;

  do
    {
      before = output->len;
      read_available (fd, output, 1000);
    }
  while (output->len > before);
}

/* Applies the child's report to the ledger; returns the entries it touched. */
static GPtrArray *
apply_report (Harness    *harness,
              const char *text,
              guint       life)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *touched = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      Expected write = { 0 };
      char *end;

      if (lines[i][0] == '\0' || lines[i][0] == KIND_READY)
        continue;
      if (lines[i][0] == KIND_FAILED)
        g_error ("Life %u: the child failed to write: %s (seed %u)", life, lines[i] + 2,
                 harness->seed);

      if (strchr ("PUDdRCXxMVNu", lines[i][0]) == NULL)
        g_error ("Life %u: the child reported \"%s\"", life, lines[i]);
      write.kind = lines[i][0];
      write.id = g_ascii_strtoll (lines[i] + 2, &end, 10);
      write.owner = g_ascii_strtoll (end, &end, 10);
      write.seq = g_ascii_strtoll (end, &end, 10);
      g_assert_cmpint (write.id, >, 0);
      g_ptr_array_add (touched, ledger_apply (harness->ledger, &write));
    }

  return touched;
}

static void
check_or_die (Harness   *harness,
              GPtrArray *entries,
              guint      life)
{
  g_autoptr(GError) error = NULL;

  if (!check_database (harness->path, harness->key, entries, &error))
    g_error ("After kill %u (seed %u; the database is kept at %s): %s", life,
             harness->seed, harness->path, error->message);
}

/* Once the control has been checked absent its id may be taken by the next person saved:
 * it stays in the count, not in the ledger. */
static void
forget_uncommitted (Harness   *harness,
                    GPtrArray *touched)
{
  for (guint i = 0; i < touched->len; i++)
    {
      Expected *entry = touched->pdata[i];

      if (entry->kind == KIND_UNCOMMITTED)
        {
          g_autofree char *key = record_key (KIND_UNCOMMITTED, entry->id);

          g_ptr_array_remove_index_fast (touched, i--);
          g_hash_table_remove (harness->ledger->records, key);
        }
    }
}

static void
run_life (Harness *harness,
          guint    life)
{
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(GPtrArray) touched = NULL;
  /* One kill in ten lands while the child opens the database; the others among its writes,
   * after a number of them and part of the next. Counting writes rather than time keeps the
   * kills among the writes however busy the machine is. */
  gboolean early = g_rand_int_range (harness->rand, 0, 10) == 0;
  guint writes = early ? 0 : g_rand_int_range (harness->rand, 0, 40);
  gint64 delay = g_rand_int_range (harness->rand, 0, early ? 3000 : 2000);
  guint32 child_seed = g_rand_int (harness->rand);
  int fds[2];
  int status = 0;
  pid_t pid;

  g_assert_no_errno (pipe (fds));
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      run_child (harness->path, harness->key, child_seed, life, fds[1]);
    }
  close (fds[1]);

  if (!early)
    read_until (fds[0], output, g_get_monotonic_time () + 30 * G_USEC_PER_SEC, 1 + writes);
  read_until (fds[0], output, g_get_monotonic_time () + delay, 0);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  read_to_end (fds[0], output);
  close (fds[0]);

  touched = apply_report (harness, output->str, life);
  if (WIFEXITED (status))
    {
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      harness->finished++;
    }
  else
    g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  if (output->len == 0)
    harness->early_kills++;

  check_or_die (harness, touched, life);
  forget_uncommitted (harness, touched);
  harness->kills++;

  if (life % FULL_CHECK_EVERY == FULL_CHECK_EVERY - 1)
    {
      g_autoptr(GPtrArray) all = ledger_entries (harness->ledger);

      check_or_die (harness, all, life);
    }
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && *value != '\0' ? (guint) g_ascii_strtoull (value, NULL, 10)
                                         : fallback;
}

static void
run_kills (TandemStoreKey *key)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autoptr(GPtrArray) all = NULL;
  guint kills = env_uint ("TANDEM_CRASH_KILLS", DEFAULT_KILLS);
  gint64 start = g_get_monotonic_time ();
  Harness harness = { 0 };

  harness.path = tandem_test_dir_file (dir, "tandem.db");
  harness.key = key;
  harness.seed = env_uint ("TANDEM_CRASH_SEED", g_random_int ());
  harness.rand = g_rand_new_with_seed (harness.seed);
  harness.ledger = ledger;
  g_test_message ("Crash test seed %u: set TANDEM_CRASH_SEED=%u to run it again",
                  harness.seed, harness.seed);

  /* The database exists, with its schema, before the first child: opening it the first
   * time is not what is being tested. */
  g_object_unref (tandem_store_open (harness.path, key, NULL));

  for (guint life = 0; life < kills; life++)
    run_life (&harness, life);

  all = ledger_entries (ledger);
  check_or_die (&harness, all, kills);

  g_test_message ("%u kills (%u before the database was open) in %.1f s: %u writes reported "
                  "committed, all present; %u uncommitted writes, all absent",
                  harness.kills, harness.early_kills,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                  ledger->writes - ledger->uncommitted, ledger->uncommitted);
  g_assert_cmpuint (harness.kills, ==, kills);
  g_assert_cmpuint (ledger->writes, >, kills);
  /* Every kill landed while the child was still at work. */
  g_assert_cmpuint (harness.finished, ==, 0);

  g_rand_free (harness.rand);
  g_free (harness.path);
}

static void
test_kills_raw_key (void)
{
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();

  run_kills (key);
}

/* The checker itself: given writes that are not in the database, it must say so. */

static void
assert_check_fails (const char     *path,
                    TandemStoreKey *key,
                    const Expected *entry)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (entries, (gpointer) entry);
  g_assert_false (check_database (path, key, entries, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

static void
test_checker_catches_missing (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = tandem_store_open (path, key, NULL);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Kim", "Crash-7", NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = tandem_record_get_id (person);
  Expected saved = { KIND_PERSON, id, 0, 7, FALSE };
  Expected renamed_later = { KIND_PERSON, id, 0, 8, FALSE };
  Expected never_saved = { KIND_PERSON, id + 1, 0, 9, FALSE };
  Expected deleted = { KIND_PERSON, id, 0, 7, TRUE };
  Expected uncommitted = { KIND_UNCOMMITTED, id, 0, 7, TRUE };
  Expected contact = { KIND_CONTACT, 1, id, 10, FALSE };

  g_clear_object (&store);

  g_ptr_array_add (entries, &saved);
  g_assert_true (check_database (path, key, entries, &error));
  g_assert_no_error (error);

  assert_check_fails (path, key, &renamed_later);
  assert_check_fails (path, key, &never_saved);
  assert_check_fails (path, key, &deleted);
  assert_check_fails (path, key, &uncommitted);
  assert_check_fails (path, key, &contact);
}

static gboolean
check_one (const char     *path,
           TandemStoreKey *key,
           Expected       *entry)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (entries, entry);
  return check_database (path, key, entries, &error);
}

/* A deletion the child was killed while making: whichever way the database went, the ledger
 * follows it and holds it to that from then on. */
static void
test_checker_deletion_in_doubt (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = tandem_store_open (path, key, NULL);
  g_autoptr(TandemPerson) kept = tandem_test_add_person (store, "Kim", "Crash-1", NULL);
  g_autoptr(TandemPerson) deleted = tandem_test_add_person (store, "Kim", "Crash-2", NULL);
  Expected kept_entry = { KIND_PERSON, tandem_record_get_id (kept), 0, 1, FALSE, 3 };
  Expected deleted_entry = { KIND_PERSON, tandem_record_get_id (deleted), 0, 2, FALSE, 4 };

  g_assert_true (tandem_store_delete_person (store, tandem_record_get_id (deleted), NULL));
  g_clear_object (&store);

  g_assert_true (check_one (path, key, &kept_entry));
  g_assert_false (kept_entry.gone);
  g_assert_cmpint (kept_entry.doubt_seq, ==, 0);

  g_assert_true (check_one (path, key, &deleted_entry));
  g_assert_true (deleted_entry.gone);
  g_assert_cmpint (deleted_entry.seq, ==, 4);
  g_assert_cmpint (deleted_entry.doubt_seq, ==, 0);

  /* Settled: the person deleted may not come back, the one kept may not go. */
  store = tandem_store_open (path, key, NULL);
  g_assert_true (tandem_store_delete_person (store, tandem_record_get_id (kept), NULL));
  g_clear_object (&store);
  g_assert_false (check_one (path, key, &kept_entry));
}

/* A database damaged on disk fails the check (or does not open), however the ledger reads. */
static void
test_checker_catches_damage (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStoreKey) key = tandem_store_key_new_random ();
  g_autoptr(TandemStore) store = tandem_store_open (path, key, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  for (guint i = 0; i < 200; i++)
    g_object_unref (tandem_test_add_person (store, "Kim", "Crash-1", NULL));
  g_clear_object (&store);

  /* A run of bytes in the last page but one, past any header, overwritten. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  memset (contents + length - 4096 - 2048, 0x5a, 64);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  g_assert_false (check_database (path, key, entries, &error));
  g_assert_nonnull (error);
  g_test_message ("Damaged database: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/checker/missing", test_checker_catches_missing);
  g_test_add_func ("/crash/checker/in-doubt", test_checker_deletion_in_doubt);
  g_test_add_func ("/crash/checker/damage", test_checker_catches_damage);
  g_test_add_func ("/crash/kills", test_kills_raw_key);

  return g_test_run ();
}
