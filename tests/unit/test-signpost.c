/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "tandem-date.h"
#include "tandem-test-util.h"

static TandemSignpost *
new_signpost (TandemPerson *person,
              TandemAsset  *asset)
{
  TandemSignpost *signpost = tandem_signpost_new ();
  g_autofree char *today = tandem_test_days_ago (0);

  tandem_signpost_set_person_id (signpost, tandem_record_get_id (person));
  tandem_signpost_set_asset_id (signpost, tandem_record_get_id (asset));
  tandem_signpost_set_asset_name (signpost, tandem_asset_get_name (asset));
  tandem_signpost_set_kind (signpost, TANDEM_SIGNPOST_REFERRAL);
  tandem_signpost_set_handover (signpost, TANDEM_HANDOVER_WARM);
  tandem_signpost_set_made_on (signpost, today);
  return signpost;
}

/* A red asset is used only knowingly: the store refuses it without an override and a reason,
 * and keeps both once given. */
static void
test_red_override (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Rhiannon", "Price", NULL);
  g_autoptr(TandemAsset) red = tandem_test_add_asset (store, "Sunrise Healing Circle",
                                                      TANDEM_SUITABILITY_RED);
  g_autoptr(TandemAsset) amber = tandem_test_add_asset (store, "Dads' Football",
                                                        TANDEM_SUITABILITY_AMBER);
  g_autoptr(TandemSignpost) signpost = new_signpost (person, red);
  g_autoptr(TandemSignpost) other = new_signpost (person, amber);
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;

  /* No override: refused, and nothing is kept. */
  g_assert_false (tandem_store_save_signpost (store, signpost, &error));
  g_assert_error (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE);
  g_clear_error (&error);
  g_assert_cmpint (tandem_record_get_id (signpost), ==, 0);

  /* An override without a reason is no override. */
  tandem_signpost_set_red_override (signpost, TRUE);
  tandem_signpost_set_override_reason (signpost, "   ");
  g_assert_false (tandem_signpost_check (signpost, &error));
  g_assert_error (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE);
  g_clear_error (&error);
  g_assert_false (tandem_store_save_signpost (store, signpost, &error));
  g_assert_error (error, TANDEM_SIGNPOST_ERROR, TANDEM_SIGNPOST_ERROR_NEEDS_OVERRIDE);
  g_clear_error (&error);

  saved = tandem_store_list_signposts (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 0);
  g_clear_pointer (&saved, g_ptr_array_unref);

  /* With the reason: saved, and the override recorded with it. */
  tandem_signpost_set_override_reason (signpost, "Already booked; going with her sister.");
  g_assert_true (tandem_store_save_signpost (store, signpost, &error));
  g_assert_no_error (error);

  /* An amber asset needs no override. */
  g_assert_true (tandem_store_save_signpost (store, other, &error));
  g_assert_no_error (error);

  saved = tandem_store_list_signposts (store, tandem_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 2);
  for (guint i = 0; i < saved->len; i++)
    {
      TandemSignpost *read = g_ptr_array_index (saved, i);

      if (tandem_signpost_get_asset_id (read) == tandem_record_get_id (red))
        {
          g_assert_true (tandem_signpost_get_red_override (read));
          g_assert_cmpstr (tandem_signpost_get_override_reason (read), ==,
                           "Already booked; going with her sister.");
          g_assert_cmpint (tandem_signpost_get_handover (read), ==, TANDEM_HANDOVER_WARM);
        }
      else
        g_assert_false (tandem_signpost_get_red_override (read));
    }

  /* Recording an outcome later does not ask again. */
  tandem_signpost_set_outcome (signpost, TANDEM_SIGNPOST_OUTCOME_DID_NOT_ATTEND);
  tandem_signpost_set_outcome_on (signpost, tandem_signpost_get_made_on (signpost));
  g_assert_true (tandem_store_save_signpost (store, signpost, &error));
  g_assert_no_error (error);
}

/* An outcome is due once its follow-up date comes, until one is recorded. */
static void
test_follow_up_due (void)
{
  g_autoptr(TandemSignpost) signpost = tandem_signpost_new ();
  GDate today;

  tandem_test_set_date (&today, "2024-06-15");
  g_assert_false (tandem_signpost_is_follow_up_due (signpost, &today));

  tandem_signpost_set_follow_up_on (signpost, "2024-06-16");
  g_assert_false (tandem_signpost_is_follow_up_due (signpost, &today));
  tandem_signpost_set_follow_up_on (signpost, "2024-06-15");
  g_assert_true (tandem_signpost_is_follow_up_due (signpost, &today));

  tandem_signpost_set_outcome (signpost, TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING);
  g_assert_false (tandem_signpost_is_follow_up_due (signpost, &today));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/signpost/red-override", test_red_override);
  g_test_add_func ("/signpost/follow-up-due", test_follow_up_due);

  return g_test_run ();
}
