/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tandem-date.h"
#include "tandem-nhs-number.h"
#include "tandem-postcode.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

/* Reads one value with plain SQL: tests look at the database behind the store's back, but
 * only to read. */
static char *
query_text (TandemStore *store,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tandem_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return text;
}

static gint64
query_int (TandemStore *store,
           const char  *sql)
{
  g_autofree char *text = query_text (store, sql);

  g_assert_nonnull (text);
  return g_ascii_strtoll (text, NULL, 10);
}

static TandemPerson *
new_person (const char *given_name,
            const char *family_name,
            const char *nhs_number)
{
  TandemPerson *person = tandem_person_new ();

  tandem_person_set_given_name (person, given_name);
  tandem_person_set_family_name (person, family_name);
  tandem_person_set_nhs_number (person, nhs_number);

  return person;
}

static TandemPractice *
add_practice (TandemStore *store,
              const char  *name)
{
  g_autoptr(GError) error = NULL;
  TandemPractice *practice = tandem_practice_new ();

  tandem_practice_set_name (practice, name);
  g_assert_true (tandem_store_save_practice (store, practice, &error));
  g_assert_no_error (error);

  return practice;
}

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

/* The entry tandem_store_load_caseload() gives for one person. */
static TandemCaseloadEntry
load_entry (TandemStore  *store,
            gint64        person_id,
            GStringChunk *strings)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_load_caseload (store, person_id, FALSE, entries, strings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);

  return g_array_index (entries, TandemCaseloadEntry, 0);
}

static guint32
last_contact_on (TandemStore *store,
                 gint64       person_id)
{
  GStringChunk *strings = g_string_chunk_new (256);
  TandemCaseloadEntry entry = load_entry (store, person_id, strings);

  g_string_chunk_free (strings);
  return entry.last_contact_on;
}

static void
test_open_private_file (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *folder = g_build_filename (dir->path, "new", "folder", NULL);
  g_autofree char *path = g_build_filename (folder, "tandem.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  store = tandem_store_open (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpstr (tandem_store_get_path (store), ==, path);

  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_true (S_ISDIR (buf.st_mode));
  g_assert_cmpint (buf.st_mode & 0077, ==, 0);

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_true (S_ISREG (buf.st_mode));
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* The write-ahead log holds records too. */
  person = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_assert_cmpint (g_stat (wal, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
}

static void
test_open_pragmas (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autofree char *journal_mode = query_text (store, "PRAGMA journal_mode");

  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (query_int (store, "PRAGMA foreign_keys"), ==, 1);

  g_assert_cmpint (tandem_store_get_latest_schema_version (), >=, 1);
  g_assert_cmpint (tandem_store_get_schema_version (store), ==,
                   tandem_store_get_latest_schema_version ());
  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==,
                   tandem_store_get_latest_schema_version ());
}

/* Sets every property of @person to something other than its default. */
static void
fill_person (TandemPerson *person,
             gint64        practice_id)
{
  tandem_person_set_nhs_number (person, "9434765919");
  tandem_person_set_given_name (person, "Margaret");
  tandem_person_set_family_name (person, "O'Neill");
  tandem_person_set_preferred_name (person, "Peggy");
  tandem_person_set_pronouns (person, "she/her");
  tandem_person_set_date_of_birth (person, "1948-11-02");
  tandem_person_set_sex (person, TANDEM_SEX_FEMALE);
  tandem_person_set_gender_identity (person, "Woman");
  tandem_person_set_address (person, "12 Mill Lane\nRiverside");
  tandem_person_set_postcode (person, "LS1 4AB");
  tandem_person_set_phone (person, "07700 900123");
  tandem_person_set_email (person, "peggy@example.org");
  tandem_person_set_practice_id (person, practice_id);
  tandem_person_set_language (person, "pa-Arab");
  tandem_person_set_interpreter_needed (person, TRUE);
  tandem_person_set_communication_needs (person, TANDEM_NEEDS_LARGE_PRINT | TANDEM_NEEDS_AUDIO);
  tandem_person_set_communication_notes (person, "Prefers a phone call to a letter");
  tandem_person_set_is_carer (person, TRUE);
  tandem_person_set_has_carer (person, TRUE);
  tandem_person_set_consent_to_record (person, TRUE);
  tandem_person_set_consent_to_record_date (person, "2024-01-10");
  tandem_person_set_consent_to_share (person, TRUE);
  tandem_person_set_consent_to_share_date (person, "2024-01-11");
  tandem_person_set_consent_to_share_with (person, "GP practice");
  tandem_person_set_consent_to_share_scope (person, "Outcome and plan summary");
  tandem_person_set_safeguarding_concern (person, TRUE);
  tandem_person_set_risk_flags (person, TANDEM_RISK_LONE_WORKING | TANDEM_RISK_SELF_NEGLECT);
  tandem_person_set_risk_notes (person, "Visit in pairs");
}

static void
test_person_round_trip (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPractice) practice = add_practice (store, "Riverside Surgery");
  g_autoptr(TandemPractice) other_practice = add_practice (store, "Abbey Medical Centre");
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autoptr(TandemPerson) loaded = NULL;
  g_autoptr(TandemPerson) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  gint64 id;

  fill_person (person, tandem_record_get_id (practice));
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);
  id = tandem_record_get_id (person);
  g_assert_cmpint (id, >, 0);

  /* The test covers every property: none is left at its default, where a property the store
   * forgot would round-trip by luck. */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (person), &n_pspecs);
  g_assert_cmpuint (n_pspecs, >=, 29);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (person), pspecs[i]->name, &value);
      g_test_message ("property %s", pspecs[i]->name);
      g_assert_false (g_param_value_defaults (pspecs[i], &value));
    }

  loaded = tandem_store_load_person (store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (loaded != person);
  g_assert_true (tandem_record_equal (person, loaded));

  /* Update every property to another value. */
  tandem_person_set_nhs_number (loaded, "4000000020");
  tandem_person_set_given_name (loaded, "Margery");
  tandem_person_set_family_name (loaded, "O'Neil");
  tandem_person_set_preferred_name (loaded, "Meg");
  tandem_person_set_pronouns (loaded, "they/them");
  tandem_person_set_date_of_birth (loaded, "1948-11-03");
  tandem_person_set_sex (loaded, TANDEM_SEX_INDETERMINATE);
  tandem_person_set_gender_identity (loaded, "Non-binary");
  tandem_person_set_address (loaded, "1 Canal Side");
  tandem_person_set_postcode (loaded, "M1 1AE");
  tandem_person_set_phone (loaded, "0113 496 0000");
  tandem_person_set_email (loaded, "meg@example.org");
  tandem_person_set_practice_id (loaded, tandem_record_get_id (other_practice));
  tandem_person_set_language (loaded, "ur");
  tandem_person_set_interpreter_needed (loaded, FALSE);
  tandem_person_set_communication_needs (loaded, TANDEM_NEEDS_BSL);
  tandem_person_set_communication_notes (loaded, "BSL interpreter booked through the practice");
  tandem_person_set_is_carer (loaded, FALSE);
  tandem_person_set_has_carer (loaded, FALSE);
  tandem_person_set_consent_to_record (loaded, FALSE);
  tandem_person_set_consent_to_record_date (loaded, "");
  tandem_person_set_consent_to_share (loaded, FALSE);
  tandem_person_set_consent_to_share_date (loaded, "");
  tandem_person_set_consent_to_share_with (loaded, "");
  tandem_person_set_consent_to_share_scope (loaded, "");
  tandem_person_set_safeguarding_concern (loaded, FALSE);
  tandem_person_set_risk_flags (loaded, TANDEM_RISK_NONE);
  tandem_person_set_risk_notes (loaded, "");
  g_assert_false (tandem_record_equal (person, loaded));

  g_assert_true (tandem_store_save_person (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (loaded), ==, id);

  reloaded = tandem_store_load_person (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_record_equal (loaded, reloaded));
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
}

static void
test_person_round_trip_sparse (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = new_person ("Ann", "Smith", NULL);
  g_autoptr(TandemPerson) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* Only the names given: what was never set comes back as not given. */
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);

  loaded = tandem_store_load_person (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_true (tandem_record_equal (person, loaded));
  g_assert_cmpstr (tandem_person_get_nhs_number (loaded), ==, "");
  g_assert_cmpint (tandem_person_get_practice_id (loaded), ==, 0);
  g_assert_cmpint (tandem_person_get_sex (loaded), ==, TANDEM_SEX_NOT_KNOWN);
  g_assert_cmpuint (tandem_person_get_communication_needs (loaded), ==, TANDEM_NEEDS_NONE);
  g_assert_cmpuint (query_int (store, "SELECT count(*) FROM person WHERE nhs_number IS NULL"),
                    ==, 1);
}

static void
test_person_text_preserved (void)
{
  static const struct {
    const char *given;
    const char *family;
  } names[] = {
    { "Zoë", "O'Neill" },
    { "Siobhán", "Ó Briain-Mac Giolla Phádraig" },
    { "Łukasz", "Wiśniewski" },
    { "Ștefania", "Țurcanu" },
    { "فاطمة", "الحداد" },                     /* Arabic */
    { "عائشہ", "چوہدری" },                      /* Urdu */
    { "ਹਰਪ੍ਰੀਤ", "ਕੌਰ" },                        /* Panjabi, Gurmukhi */
    { "秀英", "王" },                            /* Chinese */
    { "Ngozi 🌻", "Okafor 👩🏾‍⚕️" },             /* emoji, with a skin tone and a joiner */
    { "Robert'); DROP TABLE person; --", "\"Bobby\" \\ Tables" },
    { "  Spaces  ", "\tTab\nNewline" },
  };
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* 100 KB of notes in several scripts. */
  while (long_text->len < 100 * 1024)
    g_string_append_printf (long_text, "Line %u: Zoë said «ça va» — مرحبا — 你好 🙂\n",
                            (guint) long_text->len);
  g_assert_true (g_utf8_validate (long_text->str, long_text->len, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(TandemPerson) person = new_person (names[i].given, names[i].family, NULL);
      g_autoptr(GError) error = NULL;
      gint64 id;

      tandem_person_set_risk_notes (person, long_text->str);
      g_assert_true (tandem_store_save_person (store, person, &error));
      g_assert_no_error (error);
      id = tandem_record_get_id (person);
      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TandemPerson) loaded =
        tandem_store_load_person (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (tandem_person_get_given_name (loaded), ==, names[i].given);
      g_assert_cmpstr (tandem_person_get_family_name (loaded), ==, names[i].family);
      g_assert_cmpuint (strlen (tandem_person_get_given_name (loaded)), ==,
                        strlen (names[i].given));
      g_assert_cmpuint (strlen (tandem_person_get_risk_notes (loaded)), ==, long_text->len);
      g_assert_cmpint (memcmp (tandem_person_get_risk_notes (loaded), long_text->str,
                               long_text->len), ==, 0);
    }

  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, G_N_ELEMENTS (names));
}

static void
assert_save_refused (TandemStore  *store,
                     TandemPerson *person,
                     GQuark        domain,
                     int           code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tandem_store_save_person (store, person, &error));
  g_assert_error (error, domain, code);
  g_assert_cmpint (tandem_record_get_id (person), ==, 0);
}

static void
test_person_refused (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = new_person ("Ann", "Smith", NULL);
  g_autofree char *tomorrow = NULL;
  GDate date;

  tandem_person_set_nhs_number (person, "9434765918");
  assert_save_refused (store, person, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT);
  tandem_person_set_nhs_number (person, "1111111111");
  assert_save_refused (store, person, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_SAME_DIGITS);
  /* Stored as ten digits only: the form normalises what was typed. */
  tandem_person_set_nhs_number (person, "943 476 5919");
  assert_save_refused (store, person, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_FORMAT);
  tandem_person_set_nhs_number (person, "");

  tandem_person_set_given_name (person, NULL);
  assert_save_refused (store, person, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_REQUIRED);
  tandem_person_set_given_name (person, "  ");
  assert_save_refused (store, person, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_REQUIRED);
  tandem_person_set_given_name (person, "Ann");
  tandem_person_set_family_name (person, "");
  assert_save_refused (store, person, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_REQUIRED);
  tandem_person_set_family_name (person, "Smith");

  tandem_person_set_postcode (person, "LS1");
  assert_save_refused (store, person, TANDEM_POSTCODE_ERROR, TANDEM_POSTCODE_ERROR_FORMAT);
  tandem_person_set_postcode (person, "ls1 4ab");
  assert_save_refused (store, person, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_FORMAT);
  tandem_person_set_postcode (person, NULL);

  tandem_date_set_today (&date);
  g_date_add_days (&date, 1);
  tomorrow = tandem_date_to_iso (&date);
  tandem_person_set_date_of_birth (person, tomorrow);
  assert_save_refused (store, person, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FUTURE);
  tandem_person_set_date_of_birth (person, "1956-02-30");
  assert_save_refused (store, person, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FORMAT);
  tandem_person_set_date_of_birth (person, NULL);

  tandem_person_set_consent_to_share_date (person, "yesterday");
  assert_save_refused (store, person, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FORMAT);
  tandem_person_set_consent_to_share_date (person, NULL);

  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 0);

  /* With everything put right it saves. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tandem_store_save_person (store, person, &error));
    g_assert_no_error (error);
    g_assert_cmpint (tandem_record_get_id (person), >, 0);
  }
}

static void
test_person_duplicate_nhs_number (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) zoe = tandem_test_add_person (store, "Zoë", "O'Neill", "9434765919");
  g_autoptr(TandemPerson) other = new_person ("Zoe", "Neill", "9434765919");
  g_autoptr(TandemPerson) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (tandem_store_save_person (store, other, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Zoë O'Neill"));
  g_assert_nonnull (strstr (error->message, "943 476 5919"));
  g_assert_cmpint (tandem_record_get_id (other), ==, 0);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
  g_clear_error (&error);

  /* Saving the owner again with their own number is fine. */
  tandem_person_set_preferred_name (zoe, "Zo");
  g_assert_true (tandem_store_save_person (store, zoe, &error));
  g_assert_no_error (error);

  found = tandem_store_find_person_by_nhs_number (store, "9434765919", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (tandem_record_get_id (found), ==, tandem_record_get_id (zoe));
  g_assert_cmpstr (tandem_person_get_preferred_name (found), ==, "Zo");
  g_clear_object (&found);

  found = tandem_store_find_person_by_nhs_number (store, "4000000020", &error);
  g_assert_no_error (error);
  g_assert_null (found);
  found = tandem_store_find_person_by_nhs_number (store, "", &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* Once the first person's number is corrected the second can have it. */
  tandem_person_set_nhs_number (zoe, "4000000020");
  g_assert_true (tandem_store_save_person (store, zoe, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_save_person (store, other, &error));
  g_assert_no_error (error);

  found = tandem_store_find_person_by_nhs_number (store, "9434765919", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (found), ==, tandem_record_get_id (other));
  g_clear_object (&found);

  /* Any number of people may have no NHS number yet. */
  {
    g_autoptr(TandemPerson) a = tandem_test_add_person (store, "Ann", "Smith", NULL);
    g_autoptr(TandemPerson) b = tandem_test_add_person (store, "Bob", "Smith", "");

    g_assert_cmpint (tandem_record_get_id (a), !=, tandem_record_get_id (b));
    g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 4);
  }
}

static void
test_person_delete (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) ann = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemPerson) bob = tandem_test_add_person (store, "Bob", "Jones", NULL);
  g_autoptr(TandemPerson) gone = NULL;
  g_autoptr(TandemPerson) kept = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_delete_person (store, tandem_record_get_id (ann), &error));
  g_assert_no_error (error);

  gone = tandem_store_load_person (store, tandem_record_get_id (ann), &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);

  kept = tandem_store_load_person (store, tandem_record_get_id (bob), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_person_get_given_name (kept), ==, "Bob");
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);

  /* Saving a person deleted meanwhile says so rather than bringing them back. */
  tandem_person_set_given_name (ann, "Anne");
  g_assert_false (tandem_store_save_person (store, ann, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 1);
}

static void
test_referral_crud (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemStaff) staff = add_staff (store, "Sam Patel", TANDEM_ROLE_HEALTH_COACH);
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autoptr(TandemReferral) loaded = NULL;
  g_autoptr(TandemReferral) gone = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  tandem_referral_set_person_id (referral, tandem_record_get_id (person));
  tandem_referral_set_received_on (referral, "2024-02-01");
  tandem_referral_set_source (referral, TANDEM_SOURCE_PHARMACIST);
  tandem_referral_set_method (referral, TANDEM_METHOD_EMAIL);
  tandem_referral_set_referrer_name (referral, "Priya Shah");
  tandem_referral_set_referrer_role (referral, "Clinical pharmacist");
  tandem_referral_set_referrer_organisation (referral, "Riverside Surgery");
  tandem_referral_set_referrer_contact (referral, "priya.shah@example.org");
  tandem_referral_set_reasons (referral, "Lonely since bereavement; wants to walk more");
  tandem_referral_set_for_role (referral, TANDEM_ROLE_HEALTH_COACH);
  tandem_referral_set_priority (referral, TANDEM_PRIORITY_SOON);
  tandem_referral_set_assigned_staff_id (referral, tandem_record_get_id (staff));
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CONTACTED, "2024-02-03");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-02-10");
  tandem_referral_change_status (referral, TANDEM_REFERRAL_CLOSED, "2024-05-01");
  tandem_referral_set_outcome_note (referral, "Goals met");

  g_assert_true (tandem_store_save_referral (store, referral, &error));
  g_assert_no_error (error);
  id = tandem_record_get_id (referral);
  g_assert_cmpint (id, >, 0);

  loaded = tandem_store_load_referral (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_record_equal (referral, loaded));
  g_assert_cmpstr (tandem_referral_get_accepted_on (loaded), ==, "2024-02-10");

  tandem_referral_change_status (loaded, TANDEM_REFERRAL_ACTIVE, "2024-05-02");
  tandem_referral_set_priority (loaded, TANDEM_PRIORITY_URGENT);
  g_assert_true (tandem_store_save_referral (store, loaded, &error));
  g_assert_no_error (error);
  g_clear_object (&referral);
  referral = tandem_store_load_referral (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_record_equal (referral, loaded));
  g_assert_cmpint (tandem_referral_get_status (referral), ==, TANDEM_REFERRAL_ACTIVE);
  g_assert_cmpstr (tandem_referral_get_ended_on (referral), ==, "");

  g_assert_true (tandem_store_delete_referral (store, id, &error));
  g_assert_no_error (error);
  gone = tandem_store_load_referral (store, id, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);

  g_assert_false (tandem_store_delete_referral (store, id, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
}

static void
test_referral_refused (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autoptr(GError) error = NULL;

  tandem_referral_set_received_on (referral, "2024-02-01");
  g_assert_false (tandem_store_save_referral (store, referral, &error));
  g_assert_error (error, TANDEM_REFERRAL_ERROR, TANDEM_REFERRAL_ERROR_INVALID);
  g_clear_error (&error);

  /* A person who does not exist: the foreign key refuses it. */
  tandem_referral_set_person_id (referral, 4242);
  g_assert_false (tandem_store_save_referral (store, referral, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpint (tandem_record_get_id (referral), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM referral"), ==, 0);
}

static void
test_referral_list_order (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemPerson) other = tandem_test_add_person (store, "Bob", "Jones", NULL);
  g_autoptr(TandemReferral) january = NULL;
  g_autoptr(TandemReferral) march = NULL;
  g_autoptr(TandemReferral) february = NULL;
  g_autoptr(TandemReferral) march_again = NULL;
  g_autoptr(TandemReferral) elsewhere = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GError) error = NULL;
  gint64 expected[4];

  january = tandem_test_add_referral (store, person, "2024-01-15", TANDEM_PRIORITY_ROUTINE,
                                      TANDEM_REFERRAL_CLOSED);
  march = tandem_test_add_referral (store, person, "2024-03-15", TANDEM_PRIORITY_ROUTINE,
                                    TANDEM_REFERRAL_RECEIVED);
  february = tandem_test_add_referral (store, person, "2024-02-15", TANDEM_PRIORITY_URGENT,
                                       TANDEM_REFERRAL_DECLINED);
  march_again = tandem_test_add_referral (store, person, "2024-03-15", TANDEM_PRIORITY_SOON,
                                          TANDEM_REFERRAL_ACTIVE);
  elsewhere = tandem_test_add_referral (store, other, "2024-04-01", TANDEM_PRIORITY_ROUTINE,
                                        TANDEM_REFERRAL_RECEIVED);

  /* Most recently received first; the later added first on the same day. */
  expected[0] = tandem_record_get_id (march_again);
  expected[1] = tandem_record_get_id (march);
  expected[2] = tandem_record_get_id (february);
  expected[3] = tandem_record_get_id (january);

  referrals = tandem_store_list_referrals (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (referrals, i)), ==, expected[i]);

  g_assert_true (tandem_record_equal (g_ptr_array_index (referrals, 2), february));
  g_clear_pointer (&referrals, g_ptr_array_unref);

  referrals = tandem_store_list_referrals (store, 4242, &error);
  g_assert_no_error (error);
  g_assert_nonnull (referrals);
  g_assert_cmpuint (referrals->len, ==, 0);
}

static void
test_contact_crud (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemStaff) staff = add_staff (store, "Sam Patel", TANDEM_ROLE_LINK_WORKER);
  g_autoptr(TandemReferral) referral =
    tandem_test_add_referral (store, person, "2024-01-10", TANDEM_PRIORITY_ROUTINE,
                              TANDEM_REFERRAL_ACTIVE);
  g_autoptr(TandemContact) february = NULL;
  g_autoptr(TandemContact) april = NULL;
  g_autoptr(TandemContact) march = tandem_contact_new ();
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;

  february = tandem_test_add_contact (store, person, tandem_record_get_id (referral), "2024-02-01");
  april = tandem_test_add_contact (store, person, tandem_record_get_id (referral), "2024-04-01");

  tandem_contact_set_person_id (march, tandem_record_get_id (person));
  tandem_contact_set_referral_id (march, tandem_record_get_id (referral));
  tandem_contact_set_contact_date (march, "2024-03-01");
  tandem_contact_set_mode (march, TANDEM_CONTACT_HOME_VISIT);
  tandem_contact_set_duration_minutes (march, 45);
  tandem_contact_set_staff_id (march, tandem_record_get_id (staff));
  tandem_contact_set_with_whom (march, "Ann and her daughter");
  tandem_contact_set_note (march, "Talked about the walking group; «keen» to try");
  tandem_contact_set_next_step (march, "Meet at the walking group on Tuesday");
  g_assert_true (tandem_store_save_contact (store, march, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (march), >, 0);

  contacts = tandem_store_list_contacts (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 3);
  g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (contacts, 0)), ==,
                   tandem_record_get_id (april));
  g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (contacts, 1)), ==,
                   tandem_record_get_id (march));
  g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (contacts, 2)), ==,
                   tandem_record_get_id (february));
  g_assert_true (tandem_record_equal (g_ptr_array_index (contacts, 1), march));
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* An edit moves it in the list. */
  tandem_contact_set_contact_date (march, "2024-05-01");
  tandem_contact_set_note (march, "Now goes every week");
  g_assert_true (tandem_store_save_contact (store, march, &error));
  g_assert_no_error (error);
  contacts = tandem_store_list_contacts (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_true (tandem_record_equal (g_ptr_array_index (contacts, 0), march));
  g_clear_pointer (&contacts, g_ptr_array_unref);

  g_assert_true (tandem_store_delete_contact (store, tandem_record_get_id (february), &error));
  g_assert_no_error (error);
  contacts = tandem_store_list_contacts (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 2);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  g_assert_false (tandem_store_delete_contact (store, tandem_record_get_id (february), &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A contact needs a person and a real date. */
  {
    g_autoptr(TandemContact) orphan = tandem_contact_new ();

    tandem_contact_set_contact_date (orphan, "2024-05-01");
    g_assert_false (tandem_store_save_contact (store, orphan, &error));
    g_assert_error (error, TANDEM_CONTACT_ERROR, TANDEM_CONTACT_ERROR_INVALID);
    g_clear_error (&error);

    tandem_contact_set_person_id (orphan, tandem_record_get_id (person));
    tandem_contact_set_contact_date (orphan, "2024-02-30");
    g_assert_false (tandem_store_save_contact (store, orphan, &error));
    g_assert_error (error, TANDEM_CONTACT_ERROR, TANDEM_CONTACT_ERROR_INVALID);
    g_assert_cmpint (tandem_record_get_id (orphan), ==, 0);
  }
}

static void
test_delete_person_cascades (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) ann = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemPerson) bob = tandem_test_add_person (store, "Bob", "Jones", NULL);
  g_autoptr(TandemReferral) first = tandem_test_add_referral (store, ann, "2023-01-10",
                                                              TANDEM_PRIORITY_ROUTINE,
                                                              TANDEM_REFERRAL_CLOSED);
  g_autoptr(TandemReferral) second = tandem_test_add_referral (store, ann, "2024-01-10",
                                                               TANDEM_PRIORITY_ROUTINE,
                                                               TANDEM_REFERRAL_ACTIVE);
  g_autoptr(TandemReferral) bobs = tandem_test_add_referral (store, bob, "2024-01-10",
                                                             TANDEM_PRIORITY_ROUTINE,
                                                             TANDEM_REFERRAL_ACTIVE);
  g_autoptr(TandemContact) c1 = tandem_test_add_contact (store, ann, tandem_record_get_id (first),
                                                         "2023-02-01");
  g_autoptr(TandemContact) c2 = tandem_test_add_contact (store, ann, tandem_record_get_id (second),
                                                         "2024-02-01");
  g_autoptr(TandemContact) c3 = tandem_test_add_contact (store, ann, 0, "2024-03-01");
  g_autoptr(TandemContact) c4 = tandem_test_add_contact (store, bob, tandem_record_get_id (bobs),
                                                         "2024-03-01");
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM referral"), ==, 3);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM contact"), ==, 4);

  g_assert_true (tandem_store_delete_person (store, tandem_record_get_id (ann), &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM referral"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM contact"), ==, 1);

  referrals = tandem_store_list_referrals (store, tandem_record_get_id (ann), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 0);
  contacts = tandem_store_list_contacts (store, tandem_record_get_id (ann), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 0);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* Bob's records are untouched. */
  contacts = tandem_store_list_contacts (store, tandem_record_get_id (bob), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_true (tandem_record_equal (g_ptr_array_index (contacts, 0), c4));
}

static void
test_delete_referral_keeps_contacts (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) ann = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemReferral) referral = tandem_test_add_referral (store, ann, "2024-01-10",
                                                                 TANDEM_PRIORITY_ROUTINE,
                                                                 TANDEM_REFERRAL_ACTIVE);
  g_autoptr(TandemContact) first = tandem_test_add_contact (store, ann,
                                                            tandem_record_get_id (referral),
                                                            "2024-02-01");
  g_autoptr(TandemContact) second = tandem_test_add_contact (store, ann,
                                                             tandem_record_get_id (referral),
                                                             "2024-03-01");
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_delete_referral (store, tandem_record_get_id (referral), &error));
  g_assert_no_error (error);

  contacts = tandem_store_list_contacts (store, tandem_record_get_id (ann), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 2);
  for (guint i = 0; i < contacts->len; i++)
    {
      TandemContact *contact = g_ptr_array_index (contacts, i);

      g_assert_cmpint (tandem_contact_get_referral_id (contact), ==, 0);
      g_assert_cmpint (tandem_contact_get_person_id (contact), ==, tandem_record_get_id (ann));
    }
  g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (contacts, 0)), ==,
                   tandem_record_get_id (second));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM contact WHERE referral_id IS NULL"),
                   ==, 2);
  g_assert_cmpuint (last_contact_on (store, tandem_record_get_id (ann)), ==,
                    tandem_date_iso_to_julian ("2024-03-01"));
}

static void
test_last_contact (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) ann = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemPerson) bob = tandem_test_add_person (store, "Bob", "Jones", NULL);
  g_autoptr(TandemReferral) referral = tandem_test_add_referral (store, ann, "2024-01-10",
                                                                 TANDEM_PRIORITY_ROUTINE,
                                                                 TANDEM_REFERRAL_ACTIVE);
  gint64 ann_id = tandem_record_get_id (ann);
  gint64 referral_id = tandem_record_get_id (referral);
  g_autoptr(TandemContact) march = NULL;
  g_autoptr(TandemContact) may = NULL;
  g_autoptr(TandemContact) april = NULL;
  g_autoptr(TandemContact) bobs = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (last_contact_on (store, ann_id), ==, 0);

  march = tandem_test_add_contact (store, ann, referral_id, "2024-03-01");
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, tandem_date_iso_to_julian ("2024-03-01"));

  may = tandem_test_add_contact (store, ann, referral_id, "2024-05-01");
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, tandem_date_iso_to_julian ("2024-05-01"));

  /* An earlier contact recorded late does not move it back. */
  april = tandem_test_add_contact (store, ann, 0, "2024-04-01");
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, tandem_date_iso_to_julian ("2024-05-01"));

  /* Someone else's contacts are theirs. */
  bobs = tandem_test_add_contact (store, bob, 0, "2024-06-01");
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, tandem_date_iso_to_julian ("2024-05-01"));
  g_assert_cmpuint (last_contact_on (store, tandem_record_get_id (bob)), ==,
                    tandem_date_iso_to_julian ("2024-06-01"));

  g_assert_true (tandem_store_delete_contact (store, tandem_record_get_id (may), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, tandem_date_iso_to_julian ("2024-04-01"));

  /* Editing a contact's date counts too. */
  tandem_contact_set_contact_date (march, "2024-05-10");
  g_assert_true (tandem_store_save_contact (store, march, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, tandem_date_iso_to_julian ("2024-05-10"));

  /* The contacts of a deleted referral stay, and so does the date. */
  g_assert_true (tandem_store_delete_referral (store, referral_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, tandem_date_iso_to_julian ("2024-05-10"));

  g_assert_true (tandem_store_delete_contact (store, tandem_record_get_id (march), &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_delete_contact (store, tandem_record_get_id (april), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last_contact_on (store, ann_id), ==, 0);
}

static void
test_caseload_entries (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPractice) practice = add_practice (store, "Riverside Surgery");
  g_autoptr(TandemStaff) staff = add_staff (store, "Sam Patel", TANDEM_ROLE_CARE_COORDINATOR);
  g_autoptr(TandemPerson) ann = new_person ("Ann", "Smith", "9434765919");
  g_autoptr(TandemPerson) bob = tandem_test_add_person (store, "Bob", "Jones", NULL);
  g_autoptr(TandemReferral) old = NULL;
  g_autoptr(TandemReferral) current = tandem_referral_new ();
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  GStringChunk *strings = g_string_chunk_new (256);
  g_autoptr(GError) error = NULL;
  TandemCaseloadEntry entry;

  tandem_person_set_preferred_name (ann, "Annie");
  tandem_person_set_postcode (ann, "LS1 4AB");
  tandem_person_set_practice_id (ann, tandem_record_get_id (practice));
  tandem_person_set_safeguarding_concern (ann, TRUE);
  g_assert_true (tandem_store_save_person (store, ann, &error));
  g_assert_no_error (error);

  old = tandem_test_add_referral (store, ann, "2023-01-10", TANDEM_PRIORITY_URGENT,
                                  TANDEM_REFERRAL_CLOSED);
  tandem_referral_set_person_id (current, tandem_record_get_id (ann));
  tandem_referral_set_received_on (current, "2024-02-10");
  tandem_referral_set_priority (current, TANDEM_PRIORITY_SOON);
  tandem_referral_set_for_role (current, TANDEM_ROLE_CARE_COORDINATOR);
  tandem_referral_set_assigned_staff_id (current, tandem_record_get_id (staff));
  tandem_referral_change_status (current, TANDEM_REFERRAL_CONTACTED, "2024-02-12");
  g_assert_true (tandem_store_save_referral (store, current, &error));
  g_assert_no_error (error);

  entry = load_entry (store, tandem_record_get_id (ann), strings);
  g_assert_cmpint (entry.person_id, ==, tandem_record_get_id (ann));
  g_assert_cmpstr (entry.given_name, ==, "Ann");
  g_assert_cmpstr (entry.family_name, ==, "Smith");
  g_assert_cmpstr (entry.preferred_name, ==, "Annie");
  g_assert_cmpstr (entry.postcode, ==, "LS1 4AB");
  g_assert_cmpstr (entry.nhs_number, ==, "9434765919");
  g_assert_nonnull (strstr (entry.search_key, " annie"));
  g_assert_cmpint (entry.practice_id, ==, tandem_record_get_id (practice));
  /* The open episode is the current one, not the closed urgent one. */
  g_assert_cmpint (entry.referral_id, ==, tandem_record_get_id (current));
  g_assert_cmpint (entry.status, ==, TANDEM_REFERRAL_CONTACTED);
  g_assert_cmpint (entry.priority, ==, TANDEM_PRIORITY_SOON);
  g_assert_cmpint (entry.role, ==, TANDEM_ROLE_CARE_COORDINATOR);
  g_assert_cmpint (entry.assigned_staff_id, ==, tandem_record_get_id (staff));
  g_assert_cmpuint (entry.received_on, ==, tandem_date_iso_to_julian ("2024-02-10"));
  g_assert_cmpuint (entry.flags, ==, TANDEM_CASELOAD_ENTRY_SAFEGUARDING);

  entry = load_entry (store, tandem_record_get_id (bob), strings);
  g_assert_cmpint (entry.status, ==, TANDEM_CASELOAD_NO_REFERRAL);
  g_assert_cmpint (entry.referral_id, ==, 0);
  g_assert_cmpstr (entry.nhs_number, ==, "");
  g_assert_cmpuint (entry.flags, ==, 0);

  /* Everyone, in id order, appended to what the array held. */
  g_array_set_size (entries, 1);
  g_assert_true (tandem_store_load_caseload (store, 0, FALSE, entries, strings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpint (tandem_record_get_id (bob), <, tandem_record_get_id (ann));
  g_assert_cmpint (g_array_index (entries, TandemCaseloadEntry, 1).person_id, ==,
                   tandem_record_get_id (bob));
  g_assert_cmpint (g_array_index (entries, TandemCaseloadEntry, 2).person_id, ==,
                   tandem_record_get_id (ann));

  g_string_chunk_free (strings);
}

/* Records the ::changed signals of a store. */
static void
changed_cb (TandemStore *store,
            gint64       person_id,
            gpointer     user_data)
{
  GArray *ids = user_data;

  /* Listeners only hear of committed work. */
  g_assert_true (sqlite3_get_autocommit (tandem_store_get_db (store)));
  g_array_append_val (ids, person_id);
}

static void
count_cb (gpointer  instance,
          gpointer  user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(TandemPerson) ann = NULL;
  g_autoptr(TandemPerson) bob = NULL;
  g_autoptr(TandemPerson) cat = NULL;
  g_autoptr(TandemReferral) referral = NULL;
  g_autoptr(TandemContact) contact = NULL;
  g_autoptr(TandemStaff) staff = NULL;
  g_autoptr(GError) error = NULL;
  guint team_changes = 0;
  gint64 ann_id;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), ids);
  g_signal_connect (store, "team-changed", G_CALLBACK (count_cb), &team_changes);

  ann = tandem_test_add_person (store, "Ann", "Smith", NULL);
  ann_id = tandem_record_get_id (ann);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, ann_id);
  g_array_set_size (ids, 0);

  /* Many writes to two people in one transaction: each announced once, after the commit. */
  g_assert_true (tandem_store_begin (store, &error));
  g_assert_no_error (error);
  tandem_person_set_given_name (ann, "Anne");
  g_assert_true (tandem_store_save_person (store, ann, &error));
  referral = tandem_test_add_referral (store, ann, "2024-01-10", TANDEM_PRIORITY_ROUTINE,
                                       TANDEM_REFERRAL_ACTIVE);
  contact = tandem_test_add_contact (store, ann, tandem_record_get_id (referral), "2024-01-20");
  bob = tandem_test_add_person (store, "Bob", "Jones", NULL);
  tandem_person_set_given_name (ann, "Annie");
  g_assert_true (tandem_store_save_person (store, ann, &error));
  staff = add_staff (store, "Sam Patel", TANDEM_ROLE_LINK_WORKER);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_cmpuint (team_changes, ==, 0);
  g_assert_true (tandem_store_commit (store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, ann_id);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, tandem_record_get_id (bob));
  g_assert_cmpuint (team_changes, ==, 1);
  g_array_set_size (ids, 0);

  /* Rolled back: nothing happened, so nothing is announced. */
  g_assert_true (tandem_store_begin (store, &error));
  g_assert_no_error (error);
  cat = tandem_test_add_person (store, "Cat", "Brown", NULL);
  tandem_person_set_given_name (ann, "Ann");
  g_assert_true (tandem_store_save_person (store, ann, &error));
  tandem_store_rollback (store);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_cmpuint (tandem_store_count_people (store, NULL), ==, 2);
  {
    g_autoptr(TandemPerson) loaded = tandem_store_load_person (store, ann_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (tandem_person_get_given_name (loaded), ==, "Annie");
  }

  /* A failed write announces nothing either. */
  {
    g_autoptr(TandemPerson) invalid = new_person ("Dan", "", NULL);

    g_assert_false (tandem_store_save_person (store, invalid, &error));
    g_assert_error (error, TANDEM_PERSON_ERROR, TANDEM_PERSON_ERROR_REQUIRED);
    g_clear_error (&error);
    g_assert_cmpuint (ids->len, ==, 0);
  }

  /* Deletes are announced with the person they belonged to. */
  g_assert_true (tandem_store_delete_contact (store, tandem_record_get_id (contact), &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_delete_referral (store, tandem_record_get_id (referral), &error));
  g_assert_no_error (error);
  g_assert_true (tandem_store_delete_person (store, tandem_record_get_id (bob), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, ann_id);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, ann_id);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, tandem_record_get_id (bob));
  g_array_set_size (ids, 0);

  /* Another connection wrote: anything may have changed. */
  team_changes = 0;
  tandem_store_notify_reset (store);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 0);
  g_assert_cmpuint (team_changes, ==, 1);
}

static void
test_drafts (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *none = NULL;
  g_autofree char *first = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *other = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *kept = NULL;

  none = tandem_store_load_draft (store, "person", 0, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  g_assert_true (tandem_store_save_draft (store, "person", 0, "{\"given-name\": \"Zoë\"}",
                                          &error));
  g_assert_no_error (error);
  first = tandem_store_load_draft (store, "person", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, "{\"given-name\": \"Zoë\"}");

  g_assert_true (tandem_store_save_draft (store, "person", 0, "{\"given-name\": \"Zoë O\"}",
                                          &error));
  g_assert_no_error (error);
  replaced = tandem_store_load_draft (store, "person", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (replaced, ==, "{\"given-name\": \"Zoë O\"}");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM draft"), ==, 1);

  /* Drafts are per kind of form and per record. */
  g_assert_true (tandem_store_save_draft (store, "person", 7, "seven", &error));
  g_assert_true (tandem_store_save_draft (store, "referral", 0, "", &error));
  g_assert_no_error (error);
  other = tandem_store_load_draft (store, "referral", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (other, ==, "");

  g_assert_true (tandem_store_delete_draft (store, "person", 0, &error));
  g_assert_no_error (error);
  deleted = tandem_store_load_draft (store, "person", 0, &error);
  g_assert_no_error (error);
  g_assert_null (deleted);
  kept = tandem_store_load_draft (store, "person", 7, &error);
  g_assert_cmpstr (kept, ==, "seven");

  /* Deleting what is not there is not an error. */
  g_assert_true (tandem_store_delete_draft (store, "person", 0, &error));
  g_assert_no_error (error);
}

static void
test_team_pcn (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *renamed = NULL;
  guint team_changes = 0;

  g_signal_connect (store, "team-changed", G_CALLBACK (count_cb), &team_changes);

  before = tandem_store_dup_pcn_name (store, &error);
  g_assert_no_error (error);
  g_assert_null (before);

  g_assert_false (tandem_store_set_pcn_name (store, "", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tandem_store_set_pcn_name (store, "  \t", &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tandem_store_set_pcn_name (store, NULL, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (team_changes, ==, 0);

  g_assert_true (tandem_store_set_pcn_name (store, "  Riverside PCN ", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (team_changes, ==, 1);
  after = tandem_store_dup_pcn_name (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, "Riverside PCN");

  g_assert_true (tandem_store_set_pcn_name (store, "Riverside and Abbey PCN", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (team_changes, ==, 2);
  renamed = tandem_store_dup_pcn_name (store, &error);
  g_assert_cmpstr (renamed, ==, "Riverside and Abbey PCN");
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pcn"), ==, 1);
}

static void
test_team_practices (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPractice) riverside = tandem_practice_new ();
  g_autoptr(TandemPractice) abbey = tandem_practice_new ();
  g_autoptr(TandemPractice) unnamed = tandem_practice_new ();
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(TandemPractice) first = NULL;
  g_autoptr(TandemPractice) second = NULL;
  g_autoptr(GError) error = NULL;
  guint team_changes = 0;

  g_signal_connect (store, "team-changed", G_CALLBACK (count_cb), &team_changes);

  practices = tandem_store_list_practices (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, 0);
  g_assert_true (g_list_model_get_item_type (practices) == TANDEM_TYPE_PRACTICE);
  g_clear_object (&practices);

  tandem_practice_set_name (riverside, "Riverside Surgery");
  tandem_practice_set_ods_code (riverside, "B86001");
  tandem_practice_set_postcode (riverside, "LS1 4AB");
  tandem_practice_set_name (abbey, "Abbey Medical Centre");
  tandem_practice_set_ods_code (abbey, "B86002");
  tandem_practice_set_postcode (abbey, "M1 1AE");
  g_assert_true (tandem_store_save_practice (store, riverside, &error));
  g_assert_true (tandem_store_save_practice (store, abbey, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (riverside), >, 0);
  g_assert_cmpint (tandem_record_get_id (abbey), >, tandem_record_get_id (riverside));
  g_assert_cmpuint (team_changes, ==, 2);

  practices = tandem_store_list_practices (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, 2);
  first = g_list_model_get_item (practices, 0);
  second = g_list_model_get_item (practices, 1);
  /* By name. */
  g_assert_true (tandem_record_equal (first, abbey));
  g_assert_true (tandem_record_equal (second, riverside));
  g_clear_object (&practices);
  g_clear_object (&first);
  g_clear_object (&second);

  tandem_practice_set_retired (abbey, TRUE);
  tandem_practice_set_name (abbey, "Abbey Medical Centre (merged)");
  g_assert_true (tandem_store_save_practice (store, abbey, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (team_changes, ==, 3);

  practices = tandem_store_list_practices (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, 2);
  first = g_list_model_get_item (practices, 0);
  g_assert_true (tandem_record_equal (first, abbey));
  g_assert_true (tandem_practice_get_retired (first));

  tandem_practice_set_name (unnamed, " ");
  g_assert_false (tandem_store_save_practice (store, unnamed, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tandem_record_get_id (unnamed), ==, 0);

  tandem_practice_set_name (unnamed, "Gone Surgery");
  tandem_record_set_id (unnamed, 4242);
  g_assert_false (tandem_store_save_practice (store, unnamed, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (team_changes, ==, 3);
}

static void
test_team_staff (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemStaff) sam = add_staff (store, "Sam Patel", TANDEM_ROLE_LINK_WORKER);
  g_autoptr(TandemStaff) bethan = add_staff (store, "Bethan Morgan", TANDEM_ROLE_HEALTH_COACH);
  g_autoptr(TandemStaff) nobody = tandem_staff_new ();
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(TandemStaff) first = NULL;
  g_autoptr(TandemStaff) second = NULL;
  g_autoptr(GError) error = NULL;
  guint team_changes = 0;

  g_signal_connect (store, "team-changed", G_CALLBACK (count_cb), &team_changes);

  staff = tandem_store_list_staff (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 2);
  first = g_list_model_get_item (staff, 0);
  second = g_list_model_get_item (staff, 1);
  g_assert_true (tandem_record_equal (first, bethan));
  g_assert_true (tandem_record_equal (second, sam));
  g_assert_cmpint (tandem_staff_get_role (first), ==, TANDEM_ROLE_HEALTH_COACH);
  g_clear_object (&staff);
  g_clear_object (&first);

  tandem_staff_set_role (sam, TANDEM_ROLE_SUPERVISOR);
  tandem_staff_set_retired (sam, TRUE);
  g_assert_true (tandem_store_save_staff (store, sam, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (team_changes, ==, 1);

  staff = tandem_store_list_staff (store, &error);
  first = g_list_model_get_item (staff, 1);
  g_assert_true (tandem_record_equal (first, sam));
  g_assert_cmpint (tandem_staff_get_role (first), ==, TANDEM_ROLE_SUPERVISOR);
  g_assert_true (tandem_staff_get_retired (first));

  g_assert_false (tandem_store_save_staff (store, nobody, &error));
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID);
  g_assert_cmpuint (team_changes, ==, 1);
}

static void
assert_found (GPtrArray    *people,
              const char   *names[])
{
  guint n = g_strv_length ((char **) names);

  g_assert_nonnull (people);
  g_assert_cmpuint (people->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = tandem_person_dup_full_name (g_ptr_array_index (people, i));

      g_assert_cmpstr (name, ==, names[i]);
    }
}

static void
test_search_people (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) zoe = new_person ("Zoë", "O'Neill", "9434765919");
  g_autoptr(TandemPerson) beth = tandem_test_add_person (store, "Beth", "Smith", NULL);
  g_autoptr(TandemPerson) carl = tandem_test_add_person (store, "Carl", "Smith-Jones", NULL);
  g_autoptr(TandemPerson) adam = new_person ("Adam", "Smith", "4000000020");
  g_autoptr(TandemPerson) dan = tandem_test_add_person (store, "Dan", "Walker", NULL);
  g_autoptr(GError) error = NULL;

  tandem_person_set_postcode (zoe, "LS1 4AB");
  g_assert_true (tandem_store_save_person (store, zoe, &error));
  tandem_person_set_postcode (adam, "M1 1AE");
  g_assert_true (tandem_store_save_person (store, adam, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "smith", 10, &error);
    const char *expected[] = { "Adam Smith", "Beth Smith", "Carl Smith-Jones", NULL };

    g_assert_no_error (error);
    assert_found (people, expected);
    g_assert_cmpint (tandem_record_get_id (g_ptr_array_index (people, 0)), ==,
                     tandem_record_get_id (adam));
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "smith", 2, &error);
    const char *expected[] = { "Adam Smith", "Beth Smith", NULL };

    g_assert_no_error (error);
    assert_found (people, expected);
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "smithjones", 10, &error);
    const char *expected[] = { "Carl Smith-Jones", NULL };

    assert_found (people, expected);
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "zoe o'n", 10, &error);
    const char *expected[] = { "Zoë O'Neill", NULL };

    assert_found (people, expected);
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "943 476", 10, &error);
    const char *expected[] = { "Zoë O'Neill", NULL };

    assert_found (people, expected);
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "ls1 4", 10, &error);
    const char *expected[] = { "Zoë O'Neill", NULL };

    assert_found (people, expected);
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "m11ae", 10, &error);
    const char *expected[] = { "Adam Smith", NULL };

    assert_found (people, expected);
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "nobody", 10, &error);
    const char *expected[] = { NULL };

    g_assert_no_error (error);
    assert_found (people, expected);
  }

  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "--", 10, &error);
    const char *expected[] = { NULL };

    g_assert_no_error (error);
    assert_found (people, expected);
  }

  /* The search key follows an edit. */
  tandem_person_set_family_name (dan, "Walker-Brown");
  g_assert_true (tandem_store_save_person (store, dan, &error));
  {
    g_autoptr(GPtrArray) people = tandem_store_search_people (store, "brown", 10, &error);
    const char *expected[] = { "Dan Walker-Brown", NULL };

    assert_found (people, expected);
  }
}

static void
test_busy (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemStore) other = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = new_person ("Ann", "Smith", "9434765919");
  g_autoptr(TandemPerson) found = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 start, elapsed;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), ids);

  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (other), "BEGIN EXCLUSIVE", NULL, NULL, NULL),
                   ==, SQLITE_OK);

  tandem_store_set_busy_timeout (store, 50);
  start = g_get_monotonic_time ();
  g_assert_false (tandem_store_save_person (store, person, &error));
  elapsed = g_get_monotonic_time () - start;
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC);

  /* Nothing of the failed save stuck to the person or reached listeners. */
  g_assert_cmpint (tandem_record_get_id (person), ==, 0);
  g_assert_cmpstr (tandem_person_get_given_name (person), ==, "Ann");
  g_assert_cmpuint (ids->len, ==, 0);

  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (other), "ROLLBACK", NULL, NULL, NULL),
                   ==, SQLITE_OK);

  /* Once the other program lets go, the same save works. */
  g_assert_true (tandem_store_save_person (store, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (person), >, 0);
  g_assert_cmpuint (ids->len, ==, 1);

  found = tandem_store_find_person_by_nhs_number (other, "9434765919", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (tandem_record_get_id (found), ==, tandem_record_get_id (person));
}

static void
test_not_a_database (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1956);
  g_autofree guint8 *bytes = g_new (guint8, 8192);

  for (guint i = 0; i < 8192; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, 8192, NULL));

  store = tandem_store_open (path, NULL, &error);
  g_assert_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE);
  g_assert_null (store);
  g_clear_error (&error);

  /* The file is left as it was for the user to deal with. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_assert_cmpuint (length, ==, 8192);
    g_assert_cmpmem (contents, length, bytes, 8192);
  }
}

static void
test_check (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ann", "Smith", "9434765919");
  g_autoptr(TandemReferral) referral = tandem_test_add_referral (store, person, "2024-01-10",
                                                                 TANDEM_PRIORITY_ROUTINE,
                                                                 TANDEM_REFERRAL_ACTIVE);
  g_autoptr(TandemContact) contact = tandem_test_add_contact (store, person,
                                                              tandem_record_get_id (referral),
                                                              "2024-01-20");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A contact whose person is gone, as a crash in an old version might have left it. */
  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store),
                                 "PRAGMA foreign_keys = OFF;"
                                 "INSERT INTO contact (person_id, contact_date, mode, created_at, "
                                 "updated_at) VALUES (4242, '2024-01-01', 'phone', '', '');"
                                 "PRAGMA foreign_keys = ON;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (tandem_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "contact"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "person"));
}

static void
test_sibling (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemStore) sibling = NULL;
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Ann", "Smith", NULL);
  g_autoptr(TandemPerson) loaded = NULL;
  g_autoptr(GError) error = NULL;

  sibling = tandem_store_open_sibling (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sibling);
  g_assert_true (sibling != store);
  g_assert_cmpstr (tandem_store_get_path (sibling), ==, tandem_store_get_path (store));

  loaded = tandem_store_load_person (sibling, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tandem_record_get_id (loaded), ==, tandem_record_get_id (person));
  g_assert_cmpstr (tandem_person_get_given_name (loaded), ==, "Ann");
  g_assert_true (tandem_record_equal (loaded, person));
}

/* A failed save inside an outer transaction undoes only itself: the outer transaction goes
 * on and commits what else it did. */
static void
test_nested_failure (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) first = tandem_person_new ();
  g_autoptr(TandemPerson) bad = tandem_person_new ();
  g_autoptr(TandemPerson) last = tandem_person_new ();
  g_autoptr(GError) error = NULL;

  tandem_person_set_given_name (first, "Ada");
  tandem_person_set_family_name (first, "First");
  tandem_person_set_given_name (bad, "Bea");
  tandem_person_set_family_name (bad, "Bad");
  tandem_person_set_nhs_number (bad, "9434765918");
  tandem_person_set_given_name (last, "Cy");
  tandem_person_set_family_name (last, "Last");

  g_assert_true (tandem_store_begin (store, &error));
  g_assert_true (tandem_store_save_person (store, first, &error));
  g_assert_false (tandem_store_save_person (store, bad, &error));
  g_assert_error (error, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT);
  g_clear_error (&error);
  g_assert_true (tandem_store_save_person (store, last, &error));
  g_assert_true (tandem_store_commit (store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (tandem_store_count_people (store, &error), ==, 2);
  g_assert_cmpint (tandem_record_get_id (bad), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open/private-file", test_open_private_file);
  g_test_add_func ("/store/open/pragmas", test_open_pragmas);
  g_test_add_func ("/store/person/round-trip", test_person_round_trip);
  g_test_add_func ("/store/person/round-trip-sparse", test_person_round_trip_sparse);
  g_test_add_func ("/store/person/text-preserved", test_person_text_preserved);
  g_test_add_func ("/store/person/refused", test_person_refused);
  g_test_add_func ("/store/person/duplicate-nhs-number", test_person_duplicate_nhs_number);
  g_test_add_func ("/store/person/delete", test_person_delete);
  g_test_add_func ("/store/referral/crud", test_referral_crud);
  g_test_add_func ("/store/referral/refused", test_referral_refused);
  g_test_add_func ("/store/referral/list-order", test_referral_list_order);
  g_test_add_func ("/store/contact/crud", test_contact_crud);
  g_test_add_func ("/store/delete/person-cascades", test_delete_person_cascades);
  g_test_add_func ("/store/delete/referral-keeps-contacts", test_delete_referral_keeps_contacts);
  g_test_add_func ("/store/last-contact", test_last_contact);
  g_test_add_func ("/store/caseload-entries", test_caseload_entries);
  g_test_add_func ("/store/changed-signal", test_changed_signal);
  g_test_add_func ("/store/drafts", test_drafts);
  g_test_add_func ("/store/team/pcn", test_team_pcn);
  g_test_add_func ("/store/team/practices", test_team_practices);
  g_test_add_func ("/store/team/staff", test_team_staff);
  g_test_add_func ("/store/search-people", test_search_people);
  g_test_add_func ("/store/busy", test_busy);
  g_test_add_func ("/store/not-a-database", test_not_a_database);
  g_test_add_func ("/store/check", test_check);
  g_test_add_func ("/store/sibling", test_sibling);
  g_test_add_func ("/store/nested-failure", test_nested_failure);

  return g_test_run ();
}
