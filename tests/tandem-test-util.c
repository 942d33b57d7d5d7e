/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "tandem-date.h"
#include "tandem-test-util.h"

TandemTestDir *
tandem_test_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  TandemTestDir *dir = g_new0 (TandemTestDir, 1);

  dir->path = g_dir_make_tmp ("tandem-test-XXXXXX", &error);
  g_assert_no_error (error);

  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

void
tandem_test_dir_free (TandemTestDir *dir)
{
  remove_tree (dir->path);
  g_free (dir->path);
  g_free (dir);
}

char *
tandem_test_dir_file (TandemTestDir *dir,
                      const char    *name)
{
  return g_build_filename (dir->path, name, NULL);
}

TandemStore *
tandem_test_open_store (TandemTestDir *dir)
{
  g_autofree char *path = tandem_test_dir_file (dir, "tandem.db");
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_store_open (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

TandemPerson *
tandem_test_add_person (TandemStore *store,
                        const char  *given_name,
                        const char  *family_name,
                        const char  *nhs_number)
{
  g_autoptr(GError) error = NULL;
  TandemPerson *person = tandem_person_new ();

  tandem_person_set_given_name (person, given_name);
  tandem_person_set_family_name (person, family_name);
  tandem_person_set_nhs_number (person, nhs_number);
  tandem_store_save_person (store, person, &error);
  g_assert_no_error (error);

  return person;
}

TandemReferral *
tandem_test_add_referral (TandemStore          *store,
                          TandemPerson         *person,
                          const char           *received_on,
                          TandemPriority        priority,
                          TandemReferralStatus  status)
{
  g_autoptr(GError) error = NULL;
  TandemReferral *referral = tandem_referral_new ();

  tandem_referral_set_person_id (referral, tandem_record_get_id (person));
  tandem_referral_set_received_on (referral, received_on);
  tandem_referral_set_priority (referral, priority);
  if (status != TANDEM_REFERRAL_RECEIVED)
    tandem_referral_change_status (referral, status, received_on);
  tandem_store_save_referral (store, referral, &error);
  g_assert_no_error (error);

  return referral;
}

char *
tandem_test_days_ago (guint days)
{
  GDate date;

  tandem_date_set_today (&date);
  g_date_subtract_days (&date, days);
  return tandem_date_to_iso (&date);
}

TandemContact *
tandem_test_add_contact (TandemStore  *store,
                         TandemPerson *person,
                         gint64        referral_id,
                         const char   *contact_date)
{
  g_autoptr(GError) error = NULL;
  TandemContact *contact = tandem_contact_new ();

  tandem_contact_set_person_id (contact, tandem_record_get_id (person));
  tandem_contact_set_referral_id (contact, referral_id);
  tandem_contact_set_contact_date (contact, contact_date);
  tandem_contact_set_mode (contact, TANDEM_CONTACT_PHONE);
  tandem_contact_set_duration_minutes (contact, 30);
  tandem_store_save_contact (store, contact, &error);
  g_assert_no_error (error);

  return contact;
}

/* Sets @date from a YYYY-MM-DD that must be valid. */
void
tandem_test_set_date (GDate      *date,
                      const char *iso)
{
  g_assert_true (tandem_date_from_iso (iso, date));
}

/* The ISO date @days days before @day. */
char *
tandem_test_days_before (const GDate *day,
                         guint        days)
{
  GDate date = *day;

  g_date_subtract_days (&date, days);
  return tandem_date_to_iso (&date);
}

/* An asset in the directory with the given check, verified today. */
TandemAsset *
tandem_test_add_asset (TandemStore       *store,
                       const char        *name,
                       TandemSuitability  suitability)
{
  TandemAsset *asset = tandem_asset_new ();
  g_autofree char *today = tandem_test_days_ago (0);
  g_autoptr(GError) error = NULL;

  tandem_asset_set_name (asset, name);
  tandem_asset_set_organisation (asset, "Test Community Association");
  tandem_asset_set_suitability (asset, suitability);
  tandem_asset_set_verified_on (asset, today);
  g_assert_true (tandem_store_save_asset (store, asset, &error));
  g_assert_no_error (error);

  return asset;
}

/* A signpost made today to a non-red @asset, to be followed up on @follow_up_on (or never,
 * when empty), with @outcome recorded today unless pending. */
TandemSignpost *
tandem_test_add_signpost (TandemStore           *store,
                          gint64                 person_id,
                          TandemAsset           *asset,
                          const char            *follow_up_on,
                          TandemSignpostOutcome  outcome)
{
  TandemSignpost *signpost = tandem_signpost_new ();
  g_autofree char *today = tandem_test_days_ago (0);
  g_autoptr(GError) error = NULL;

  tandem_signpost_set_person_id (signpost, person_id);
  tandem_signpost_set_asset_id (signpost, tandem_record_get_id (asset));
  tandem_signpost_set_asset_name (signpost, tandem_asset_get_name (asset));
  tandem_signpost_set_made_on (signpost, today);
  tandem_signpost_set_follow_up_on (signpost, follow_up_on);
  tandem_signpost_set_outcome (signpost, outcome);
  if (outcome != TANDEM_SIGNPOST_OUTCOME_PENDING)
    tandem_signpost_set_outcome_on (signpost, today);
  g_assert_true (tandem_store_save_signpost (store, signpost, &error));
  g_assert_no_error (error);

  return signpost;
}
