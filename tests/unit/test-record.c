/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-contact.h"
#include "tandem-person.h"
#include "tandem-practice.h"
#include "tandem-record-input.h"
#include "tandem-referral.h"
#include "tandem-staff.h"

static TandemPerson *
new_person (void)
{
  TandemPerson *person = tandem_person_new ();

  tandem_record_set_id (person, 42);
  tandem_person_set_given_name (person, "Zoë");
  tandem_person_set_family_name (person, "O'Neill");
  tandem_person_set_nhs_number (person, "9434765919");
  tandem_person_set_date_of_birth (person, "1956-04-03");
  tandem_person_set_sex (person, TANDEM_SEX_FEMALE);
  tandem_person_set_practice_id (person, 3);
  tandem_person_set_interpreter_needed (person, TRUE);
  tandem_person_set_communication_needs (person, TANDEM_NEEDS_LARGE_PRINT | TANDEM_NEEDS_BSL);
  tandem_person_set_risk_flags (person, TANDEM_RISK_NONE);

  return person;
}

static void
test_copy (void)
{
  g_autoptr(TandemPerson) person = new_person ();
  g_autoptr(TandemPerson) copy = tandem_record_copy (person);

  g_assert_true (TANDEM_IS_PERSON (copy));
  g_assert_true (copy != person);
  g_assert_true (tandem_record_equal (person, copy));
  g_assert_cmpint (tandem_record_get_id (copy), ==, 42);
  g_assert_cmpstr (tandem_person_get_given_name (copy), ==, "Zoë");
  /* Strings are copied, not shared. */
  g_assert_true (tandem_person_get_given_name (copy) != tandem_person_get_given_name (person));
  g_assert_cmpuint (tandem_person_get_communication_needs (copy), ==,
                    TANDEM_NEEDS_LARGE_PRINT | TANDEM_NEEDS_BSL);

  /* Independent: changing the copy leaves the original alone. */
  tandem_person_set_given_name (copy, "Zoe");
  tandem_record_set_id (copy, 43);
  g_assert_cmpstr (tandem_person_get_given_name (person), ==, "Zoë");
  g_assert_cmpint (tandem_record_get_id (person), ==, 42);
  g_assert_false (tandem_record_equal (person, copy));
}

static void
test_copy_other_types (void)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autoptr(TandemContact) contact = tandem_contact_new ();
  g_autoptr(TandemPractice) practice = tandem_practice_new ();
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(TandemReferral) referral_copy = NULL;
  g_autoptr(TandemContact) contact_copy = NULL;
  g_autoptr(TandemPractice) practice_copy = NULL;
  g_autoptr(TandemStaff) staff_copy = NULL;

  tandem_referral_set_person_id (referral, 7);
  tandem_referral_set_priority (referral, TANDEM_PRIORITY_URGENT);
  tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, "2024-01-15");
  tandem_contact_set_mode (contact, TANDEM_CONTACT_VIDEO);
  tandem_contact_set_duration_minutes (contact, 25);
  tandem_practice_set_name (practice, "Riverside Surgery");
  tandem_practice_set_retired (practice, TRUE);
  tandem_staff_set_name (staff, "Sam Patel");
  tandem_staff_set_role (staff, TANDEM_ROLE_CHWW);

  referral_copy = tandem_record_copy (referral);
  contact_copy = tandem_record_copy (contact);
  practice_copy = tandem_record_copy (practice);
  staff_copy = tandem_record_copy (staff);

  g_assert_true (tandem_record_equal (referral, referral_copy));
  g_assert_cmpstr (tandem_referral_get_accepted_on (referral_copy), ==, "2024-01-15");
  g_assert_true (tandem_record_equal (contact, contact_copy));
  g_assert_cmpint (tandem_contact_get_duration_minutes (contact_copy), ==, 25);
  g_assert_true (tandem_record_equal (practice, practice_copy));
  g_assert_true (tandem_practice_get_retired (practice_copy));
  g_assert_true (tandem_record_equal (staff, staff_copy));
  g_assert_cmpint (tandem_staff_get_role (staff_copy), ==, TANDEM_ROLE_CHWW);

  /* Records of different types are never equal. */
  g_assert_false (tandem_record_equal (practice, staff));
}

static void
test_equal_detects_changes (void)
{
  g_autoptr(TandemPerson) person = new_person ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  /* Change each property in turn on a copy: every one of them counts. */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (person), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autoptr(TandemPerson) copy = tandem_record_copy (person);
      g_auto(GValue) value = G_VALUE_INIT;
      GType type = pspecs[i]->value_type;

      g_test_message ("property %s", pspecs[i]->name);
      g_value_init (&value, type);
      g_object_get_property (G_OBJECT (copy), pspecs[i]->name, &value);

      if (type == G_TYPE_STRING)
        {
          g_autofree char *changed = g_strconcat (g_value_get_string (&value) ?
                                                  g_value_get_string (&value) : "", "x", NULL);

          g_value_set_string (&value, changed);
        }
      else if (type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, !g_value_get_boolean (&value));
      else if (type == G_TYPE_INT64)
        g_value_set_int64 (&value, g_value_get_int64 (&value) + 1);
      else if (G_TYPE_IS_ENUM (type))
        g_value_set_enum (&value, g_value_get_enum (&value) == 0 ? 1 : 0);
      else if (G_TYPE_IS_FLAGS (type))
        g_value_set_flags (&value, g_value_get_flags (&value) ^ 1);
      else
        g_assert_not_reached ();

      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
      g_assert_false (tandem_record_equal (person, copy));
      g_assert_false (tandem_record_equal (copy, person));
    }
}

static void
test_equal_null_and_empty (void)
{
  g_autoptr(TandemPerson) person = new_person ();
  g_autoptr(TandemPerson) copy = tandem_record_copy (person);

  /* "Not given" is NULL in a new record and "" in one read from the store. */
  g_assert_null (tandem_person_get_pronouns (person));
  tandem_person_set_pronouns (copy, "");
  g_assert_true (tandem_record_equal (person, copy));
  g_assert_true (tandem_record_equal (copy, person));

  tandem_person_set_pronouns (copy, " ");
  g_assert_false (tandem_record_equal (person, copy));
}

static void
test_to_json (void)
{
  g_autoptr(TandemPerson) person = new_person ();
  g_autoptr(JsonNode) node = tandem_record_to_json (person);
  JsonObject *object;
  JsonArray *needs;
  JsonArray *risks;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  object = json_node_get_object (node);

  g_assert_true (json_object_has_member (object, "id"));
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, 42);
  g_assert_cmpstr (json_object_get_string_member (object, "given-name"), ==, "Zoë");
  g_assert_cmpstr (json_object_get_string_member (object, "nhs-number"), ==, "9434765919");
  g_assert_cmpint (json_object_get_int_member (object, "practice-id"), ==, 3);
  g_assert_true (json_object_get_boolean_member (object, "interpreter-needed"));
  g_assert_false (json_object_get_boolean_member (object, "is-carer"));

  /* Enums by the nick the database stores. */
  g_assert_cmpstr (json_object_get_string_member (object, "sex"), ==, "female");

  /* Flags as an array of nicks, empty when none is set. */
  needs = json_object_get_array_member (object, "communication-needs");
  g_assert_cmpuint (json_array_get_length (needs), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (needs, 0), ==, "large-print");
  g_assert_cmpstr (json_array_get_string_element (needs, 1), ==, "bsl");
  risks = json_object_get_array_member (object, "risk-flags");
  g_assert_nonnull (risks);
  g_assert_cmpuint (json_array_get_length (risks), ==, 0);

  /* A string never set is null. */
  g_assert_true (json_object_get_null_member (object, "pronouns"));

  /* One member per property. */
  {
    g_autofree GParamSpec **pspecs = NULL;
    guint n_pspecs;

    pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (person), &n_pspecs);
    g_assert_cmpuint (json_object_get_size (object), ==, n_pspecs);
  }
}

static void
test_to_json_referral (void)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  tandem_referral_set_source (referral, TANDEM_SOURCE_OTHER_PRACTICE);
  tandem_referral_set_for_role (referral, TANDEM_ROLE_CARE_COORDINATOR);
  tandem_referral_change_status (referral, TANDEM_REFERRAL_NO_RESPONSE, "2024-02-01");
  node = tandem_record_to_json (referral);
  object = json_node_get_object (node);

  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "source"), ==, "other-practice-staff");
  g_assert_cmpstr (json_object_get_string_member (object, "for-role"), ==, "care-coordinator");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "no-response");
  g_assert_cmpstr (json_object_get_string_member (object, "priority"), ==, "routine");
  g_assert_cmpstr (json_object_get_string_member (object, "ended-on"), ==, "2024-02-01");
}

/* A place needs both coordinates: one alone is pointed at, and gives no place. */
static void
test_input_coordinates (void)
{
  g_autoptr(TandemPractice) practice = tandem_practice_new ();
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonObject) input = json_object_new ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 21, 11, 2026);

  json_object_set_string_member (input, "latitude", "52.95");
  json_object_set_string_member (input, "longitude", " ");
  g_assert_false (tandem_record_apply_input (practice, input, &today, errors));
  g_assert_true (g_hash_table_contains (errors, "longitude"));
  g_assert_false (tandem_practice_get_has_coordinates (practice));

  g_hash_table_remove_all (errors);
  json_object_set_string_member (input, "longitude", "-1.15");
  g_assert_true (tandem_record_apply_input (practice, input, &today, errors));
  g_assert_cmpuint (g_hash_table_size (errors), ==, 0);
  g_assert_true (tandem_practice_get_has_coordinates (practice));
  g_assert_cmpfloat_with_epsilon (tandem_practice_get_longitude (practice), -1.15, 1e-9);

  json_object_set_string_member (input, "latitude", "");
  json_object_set_string_member (input, "longitude", "");
  g_assert_true (tandem_record_apply_input (practice, input, &today, errors));
  g_assert_false (tandem_practice_get_has_coordinates (practice));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/copy", test_copy);
  g_test_add_func ("/record/copy-other-types", test_copy_other_types);
  g_test_add_func ("/record/equal-detects-changes", test_equal_detects_changes);
  g_test_add_func ("/record/equal-null-and-empty", test_equal_null_and_empty);
  g_test_add_func ("/record/to-json", test_to_json);
  g_test_add_func ("/record/to-json-referral", test_to_json_referral);
  g_test_add_func ("/record/input-coordinates", test_input_coordinates);

  return g_test_run ();
}
