/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-object.h>

#include "tandem-enum-strings.h"
#include "tandem-enums.h"

static GType
enum_type (guint i)
{
  GType types[] = {
    TANDEM_TYPE_ROLE, TANDEM_TYPE_REFERRAL_STATUS, TANDEM_TYPE_PRIORITY,
    TANDEM_TYPE_REFERRAL_SOURCE, TANDEM_TYPE_REFERRAL_METHOD, TANDEM_TYPE_CONTACT_MODE,
    TANDEM_TYPE_SEX, TANDEM_TYPE_CASELOAD_SHOW, TANDEM_TYPE_SUPERVISION_KIND,
    TANDEM_TYPE_ESCALATION, TANDEM_TYPE_HUDDLE_CASE_STATUS,
  };

  return i < G_N_ELEMENTS (types) ? types[i] : G_TYPE_INVALID;
}

static void
test_enum_round_trip (void)
{
  for (guint t = 0; enum_type (t) != G_TYPE_INVALID; t++)
    {
      GType type = enum_type (t);
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      g_test_message ("%s", g_type_name (type));
      g_assert_true (G_TYPE_IS_ENUM (type));
      g_assert_cmpuint (klass->n_values, >=, 3);

      for (guint i = 0; i < klass->n_values; i++)
        {
          const GEnumValue *value = &klass->values[i];
          const char *nick = tandem_enum_to_nick (type, value->value);

          g_assert_cmpstr (nick, ==, value->value_nick);
          g_assert_cmpint (tandem_enum_from_nick (type, nick, -1), ==, value->value);
        }

      /* Nicks from a newer version, or a hand-edited database, fall back. */
      g_assert_cmpint (tandem_enum_from_nick (type, "from-the-future", 1), ==, 1);
      g_assert_cmpint (tandem_enum_from_nick (type, "", 2), ==, 2);
      g_assert_cmpint (tandem_enum_from_nick (type, NULL, 0), ==, 0);
      g_assert_null (tandem_enum_to_nick (type, 999));
    }
}

static void
test_stored_nicks (void)
{
  /* Nicks are stored in databases: these must never change. */
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_ROLE, TANDEM_ROLE_LINK_WORKER), ==,
                   "link-worker");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_ROLE, TANDEM_ROLE_CHWW), ==, "chww");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_REFERRAL_STATUS, TANDEM_REFERRAL_NO_RESPONSE),
                   ==, "no-response");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_PRIORITY, TANDEM_PRIORITY_URGENT), ==,
                   "urgent");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_REFERRAL_SOURCE, TANDEM_SOURCE_OTHER_PRACTICE),
                   ==, "other-practice-staff");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_REFERRAL_METHOD, TANDEM_METHOD_ONLINE_FORM),
                   ==, "online-form");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_CONTACT_MODE, TANDEM_CONTACT_FACE_TO_FACE),
                   ==, "face-to-face");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_SEX, TANDEM_SEX_NOT_KNOWN), ==, "not-known");
  g_assert_cmpstr (tandem_enum_to_nick (TANDEM_TYPE_CASELOAD_SHOW, TANDEM_CASELOAD_SHOW_ALL), ==,
                   "all");
  g_assert_cmpint (tandem_enum_from_nick (TANDEM_TYPE_CONTACT_MODE, "home-visit", 0), ==,
                   TANDEM_CONTACT_HOME_VISIT);
}

static void
test_flags (void)
{
  GType types[] = { TANDEM_TYPE_COMMUNICATION_NEEDS, TANDEM_TYPE_RISK_FLAGS };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (types[t]);
      guint all = 0;
      g_autofree char *all_nicks = NULL;

      g_assert_true (G_TYPE_IS_FLAGS (types[t]));

      for (guint i = 0; i < klass->n_values; i++)
        {
          guint flag = klass->values[i].value;
          g_autofree char *nicks = tandem_flags_to_nicks (types[t], flag);

          if (flag == 0)
            {
              /* "none" is no flag at all, stored as nothing. */
              g_assert_cmpstr (nicks, ==, "");
              continue;
            }

          g_assert_cmpstr (nicks, ==, klass->values[i].value_nick);
          g_assert_cmpuint (tandem_flags_from_nicks (types[t], nicks), ==, flag);
          all |= flag;
        }

      all_nicks = tandem_flags_to_nicks (types[t], all);
      g_assert_cmpuint (tandem_flags_from_nicks (types[t], all_nicks), ==, all);
    }

  {
    g_autofree char *nicks = tandem_flags_to_nicks (TANDEM_TYPE_COMMUNICATION_NEEDS,
                                                    TANDEM_NEEDS_LARGE_PRINT | TANDEM_NEEDS_BSL |
                                                    TANDEM_NEEDS_EMAIL_ONLY);

    g_assert_cmpstr (nicks, ==, "large-print,bsl,email-only");
  }

  /* Order, spaces and unknown nicks do not matter when reading. */
  g_assert_cmpuint (tandem_flags_from_nicks (TANDEM_TYPE_COMMUNICATION_NEEDS, "bsl, large-print"),
                    ==, TANDEM_NEEDS_LARGE_PRINT | TANDEM_NEEDS_BSL);
  g_assert_cmpuint (tandem_flags_from_nicks (TANDEM_TYPE_RISK_FLAGS, "telepathy,self-neglect"),
                    ==, TANDEM_RISK_SELF_NEGLECT);
  g_assert_cmpuint (tandem_flags_from_nicks (TANDEM_TYPE_RISK_FLAGS, ""), ==, TANDEM_RISK_NONE);
  g_assert_cmpuint (tandem_flags_from_nicks (TANDEM_TYPE_RISK_FLAGS, NULL), ==, TANDEM_RISK_NONE);
  g_assert_cmpuint (tandem_flags_from_nicks (TANDEM_TYPE_RISK_FLAGS, ",,"), ==, TANDEM_RISK_NONE);
}

typedef const char *(*LabelFunc) (int value);

static void
assert_labels (GType      type,
               LabelFunc  get_label)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *label = get_label (klass->values[i].value);

      g_test_message ("%s: %s", klass->values[i].value_nick, label);
      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      /* Each value reads differently. */
      g_assert_true (g_hash_table_add (seen, (gpointer) label));
    }
}

static const char *
role_label (int value)
{
  return tandem_role_get_label (value);
}

static const char *
status_label (int value)
{
  return tandem_referral_status_get_label (value);
}

static const char *
priority_label (int value)
{
  return tandem_priority_get_label (value);
}

static const char *
source_label (int value)
{
  return tandem_referral_source_get_label (value);
}

static const char *
method_label (int value)
{
  return tandem_referral_method_get_label (value);
}

static const char *
mode_label (int value)
{
  return tandem_contact_mode_get_label (value);
}

static const char *
sex_label (int value)
{
  return tandem_sex_get_label (value);
}

static void
test_labels (void)
{
  assert_labels (TANDEM_TYPE_ROLE, role_label);
  assert_labels (TANDEM_TYPE_REFERRAL_STATUS, status_label);
  assert_labels (TANDEM_TYPE_PRIORITY, priority_label);
  assert_labels (TANDEM_TYPE_REFERRAL_SOURCE, source_label);
  assert_labels (TANDEM_TYPE_REFERRAL_METHOD, method_label);
  assert_labels (TANDEM_TYPE_CONTACT_MODE, mode_label);
  assert_labels (TANDEM_TYPE_SEX, sex_label);

  g_assert_cmpstr (tandem_role_get_label (TANDEM_ROLE_LINK_WORKER), ==,
                   "Social prescribing link worker");
  g_assert_cmpstr (tandem_referral_status_get_label (TANDEM_REFERRAL_NO_RESPONSE), ==,
                   "No response");
}

static void
test_flag_labels (void)
{
  GType types[] = { TANDEM_TYPE_COMMUNICATION_NEEDS, TANDEM_TYPE_RISK_FLAGS };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (types[t]);

      for (guint i = 0; i < klass->n_values; i++)
        {
          guint flag = klass->values[i].value;
          const char *label = types[t] == TANDEM_TYPE_RISK_FLAGS
                              ? tandem_risk_flag_get_label (flag)
                              : tandem_communication_need_get_label (flag);
          g_autofree char *labels = tandem_flags_get_labels (types[t], flag);

          g_test_message ("%s: %s", klass->values[i].value_nick, label);
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");

          if (flag == 0)
            {
              g_assert_cmpstr (labels, ==, "");
              continue;
            }

          g_assert_cmpstr (labels, ==, label);
          g_assert_true (g_hash_table_add (seen, (gpointer) label));
        }
    }

  {
    g_autofree char *labels = tandem_flags_get_labels (TANDEM_TYPE_COMMUNICATION_NEEDS,
                                                       TANDEM_NEEDS_LARGE_PRINT |
                                                       TANDEM_NEEDS_EASY_READ);

    g_assert_cmpstr (labels, ==, "Large print, Easy read");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enum-strings/enum-round-trip", test_enum_round_trip);
  g_test_add_func ("/enum-strings/stored-nicks", test_stored_nicks);
  g_test_add_func ("/enum-strings/flags", test_flags);
  g_test_add_func ("/enum-strings/labels", test_labels);
  g_test_add_func ("/enum-strings/flag-labels", test_flag_labels);

  return g_test_run ();
}
