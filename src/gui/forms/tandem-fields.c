/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-fields"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset.h"
#include "tandem-asset-category.h"
#include "tandem-contact.h"
#include "tandem-fields.h"
#include "tandem-person.h"
#include "tandem-practice.h"
#include "tandem-referral.h"
#include "tandem-staff.h"

/* The fields of every form in Tandem, in the order people fill them in. */

static const char * const person_groups[] = {
  N_("Person"),
  N_("Contact Details"),
  N_("Communication"),
  N_("Caring"),
  N_("Consent"),
  N_("Safeguarding and Risk"),
  NULL
};

static const TandemFieldSpec person_fields[] = {
  { "given-name", N_("Given name"), TANDEM_FIELD_TEXT, 0 },
  { "family-name", N_("Family name"), TANDEM_FIELD_TEXT, 0 },
  { "preferred-name", N_("Preferred name"), TANDEM_FIELD_TEXT, 0 },
  { "pronouns", N_("Pronouns"), TANDEM_FIELD_TEXT, 0 },
  { "nhs-number", N_("NHS number"), TANDEM_FIELD_TEXT, 0 },
  { "date-of-birth", N_("Date of birth (day/month/year)"), TANDEM_FIELD_DATE, 0 },
  { "sex", N_("Sex"), TANDEM_FIELD_CHOICE, 0 },
  { "gender-identity", N_("Gender identity"), TANDEM_FIELD_TEXT, 0 },
  { "address", N_("Address"), TANDEM_FIELD_LONG_TEXT, 1 },
  { "postcode", N_("Postcode"), TANDEM_FIELD_TEXT, 1 },
  { "phone", N_("Phone"), TANDEM_FIELD_TEXT, 1 },
  { "email", N_("Email"), TANDEM_FIELD_TEXT, 1 },
  { "practice-id", N_("Registered practice"), TANDEM_FIELD_PRACTICE, 1 },
  { "language", N_("Preferred language"), TANDEM_FIELD_LANGUAGE, 2 },
  { "interpreter-needed", N_("Needs an interpreter"), TANDEM_FIELD_SWITCH, 2 },
  { "communication-needs", N_("Communication needs"), TANDEM_FIELD_FLAGS, 2 },
  { "communication-notes", N_("How to communicate with them"), TANDEM_FIELD_LONG_TEXT, 2 },
  { "is-carer", N_("Cares for someone"), TANDEM_FIELD_SWITCH, 3 },
  { "has-carer", N_("Has a carer"), TANDEM_FIELD_SWITCH, 3 },
  { "consent-to-record", N_("Agrees to a record in Tandem"), TANDEM_FIELD_SWITCH, 4 },
  { "consent-to-record-date", N_("Agreed on (day/month/year)"), TANDEM_FIELD_DATE, 4,
    "consent-to-record" },
  { "consent-to-share", N_("Agrees to share with their GP and others"), TANDEM_FIELD_SWITCH, 4 },
  { "consent-to-share-date", N_("Agreed on (day/month/year)"), TANDEM_FIELD_DATE, 4,
    "consent-to-share" },
  { "consent-to-share-with", N_("Who may be told"), TANDEM_FIELD_TEXT, 4, "consent-to-share" },
  { "consent-to-share-scope", N_("What may be shared"), TANDEM_FIELD_TEXT, 4, "consent-to-share" },
  { "safeguarding-concern", N_("Safeguarding concern"), TANDEM_FIELD_SWITCH, 5 },
  { "risk-flags", N_("Risks to be aware of"), TANDEM_FIELD_FLAGS, 5 },
  { "risk-notes", N_("Notes on safeguarding and risk"), TANDEM_FIELD_LONG_TEXT, 5 },
};

static const char * const referral_groups[] = {
  N_("Referral"),
  N_("Referrer"),
  N_("Episode"),
  NULL
};

/* The episode's status and dates come last, and only when editing: a new referral starts as
 * received, and moves on with the Accept, Decline and Close buttons. */
static const TandemFieldSpec referral_fields[] = {
  { "received-on", N_("Received on (day/month/year)"), TANDEM_FIELD_DATE, 0 },
  { "for-role", N_("For"), TANDEM_FIELD_CHOICE, 0 },
  { "priority", N_("Priority"), TANDEM_FIELD_CHOICE, 0 },
  { "reasons", N_("Reasons for referral"), TANDEM_FIELD_LONG_TEXT, 0 },
  { "assigned-staff-id", N_("Worker"), TANDEM_FIELD_STAFF, 0 },
  { "source", N_("Referred by"), TANDEM_FIELD_CHOICE, 1 },
  { "method", N_("Arrived by"), TANDEM_FIELD_CHOICE, 1 },
  { "referrer-name", N_("Referrer’s name"), TANDEM_FIELD_TEXT, 1 },
  { "referrer-role", N_("Referrer’s role"), TANDEM_FIELD_TEXT, 1 },
  { "referrer-organisation", N_("Referrer’s organisation"), TANDEM_FIELD_TEXT, 1 },
  { "referrer-contact", N_("How to reach the referrer"), TANDEM_FIELD_TEXT, 1 },
  { "status", N_("Status"), TANDEM_FIELD_CHOICE, 2 },
  { "contacted-on", N_("First contact on (day/month/year)"), TANDEM_FIELD_DATE, 2 },
  { "accepted-on", N_("Accepted on (day/month/year)"), TANDEM_FIELD_DATE, 2 },
  { "ended-on", N_("Ended on (day/month/year)"), TANDEM_FIELD_DATE, 2 },
  { "outcome-note", N_("Why it ended"), TANDEM_FIELD_LONG_TEXT, 2 },
};

#define N_NEW_REFERRAL_FIELDS 11

static const char * const contact_groups[] = {
  "",
  NULL
};

static const TandemFieldSpec contact_fields[] = {
  { "contact-date", N_("Date (day/month/year)"), TANDEM_FIELD_DATE, 0 },
  { "mode", N_("How"), TANDEM_FIELD_CHOICE, 0 },
  { "duration-minutes", N_("Minutes"), TANDEM_FIELD_MINUTES, 0 },
  { "staff-id", N_("Made by"), TANDEM_FIELD_STAFF, 0 },
  { "with-whom", N_("Also there"), TANDEM_FIELD_TEXT, 0 },
  { "note", N_("What happened"), TANDEM_FIELD_LONG_TEXT, 0 },
  { "next-step", N_("Next step"), TANDEM_FIELD_TEXT, 0 },
};

static const char * const practice_groups[] = {
  "",
  NULL
};

static const TandemFieldSpec practice_fields[] = {
  { "name", N_("Practice name"), TANDEM_FIELD_TEXT, 0 },
  { "ods-code", N_("ODS code"), TANDEM_FIELD_TEXT, 0 },
  { "postcode", N_("Postcode"), TANDEM_FIELD_TEXT, 0 },
  { "latitude", N_("Latitude (for example 51.4545)"), TANDEM_FIELD_NUMBER, 0 },
  { "longitude", N_("Longitude (for example -2.5879)"), TANDEM_FIELD_NUMBER, 0 },
  { "retired", N_("Has left the PCN"), TANDEM_FIELD_SWITCH, 0 },
};

static const char * const staff_groups[] = {
  "",
  NULL
};

static const TandemFieldSpec staff_fields[] = {
  { "name", N_("Name"), TANDEM_FIELD_TEXT, 0 },
  { "role", N_("Role"), TANDEM_FIELD_CHOICE, 0 },
  { "retired", N_("Has left the team"), TANDEM_FIELD_SWITCH, 0 },
  { "administrator", N_("Administrator: manages staff and passphrases"), TANDEM_FIELD_SWITCH, 0 },
};

static const char * const asset_groups[] = {
  N_("About"),
  N_("Where and When"),
  N_("Who and How"),
  N_("Accessibility and Languages"),
  N_("Contacts"),
  N_("Suitability and Safeguarding Check"),
  N_("Notes"),
  NULL
};

static const TandemFieldSpec asset_fields[] = {
  { "name", N_("Name"), TANDEM_FIELD_TEXT, 0 },
  { "organisation", N_("Organisation"), TANDEM_FIELD_TEXT, 0 },
  { "description", N_("What it offers"), TANDEM_FIELD_LONG_TEXT, 0 },
  { "categories", N_("Needs it helps with"), TANDEM_FIELD_KEYS, 0 },
  { "asset-type", N_("Kind of asset"), TANDEM_FIELD_CHOICE, 0 },
  { "active", N_("Still running"), TANDEM_FIELD_SWITCH, 0 },
  { "address", N_("Address"), TANDEM_FIELD_LONG_TEXT, 1 },
  { "postcode", N_("Postcode"), TANDEM_FIELD_TEXT, 1 },
  { "latitude", N_("Latitude (for example 51.4545)"), TANDEM_FIELD_NUMBER, 1 },
  { "longitude", N_("Longitude (for example -2.5879)"), TANDEM_FIELD_NUMBER, 1 },
  { "schedule", N_("Opening times"), TANDEM_FIELD_LONG_TEXT, 1 },
  { "cost", N_("Cost"), TANDEM_FIELD_CHOICE, 1 },
  { "cost-note", N_("Cost in words"), TANDEM_FIELD_TEXT, 1 },
  { "eligibility", N_("Who it is for"), TANDEM_FIELD_LONG_TEXT, 2 },
  { "minimum-age", N_("Youngest age (empty for no limit)"), TANDEM_FIELD_NUMBER, 2 },
  { "maximum-age", N_("Oldest age (empty for no limit)"), TANDEM_FIELD_NUMBER, 2 },
  { "access-routes", N_("How to get in"), TANDEM_FIELD_FLAGS, 2 },
  { "capacity", N_("Places or waiting time"), TANDEM_FIELD_TEXT, 2 },
  { "accessibility", N_("Accessibility"), TANDEM_FIELD_FLAGS, 3 },
  { "accessibility-note", N_("Accessibility in words"), TANDEM_FIELD_TEXT, 3 },
  { "languages", N_("Languages spoken (separated by commas)"), TANDEM_FIELD_TEXT, 3 },
  { "phone", N_("Phone"), TANDEM_FIELD_TEXT, 4 },
  { "email", N_("Email"), TANDEM_FIELD_TEXT, 4 },
  { "website", N_("Website"), TANDEM_FIELD_TEXT, 4 },
  { "suitability", N_("Status"), TANDEM_FIELD_CHOICE, 5 },
  { "safeguarding-policy-seen", N_("Safeguarding policy seen"), TANDEM_FIELD_SWITCH, 5 },
  { "volunteer-checks", N_("Staff and volunteers checked"), TANDEM_FIELD_SWITCH, 5 },
  { "insurance", N_("Public liability insurance"), TANDEM_FIELD_SWITCH, 5 },
  { "checked-by", N_("Checked by"), TANDEM_FIELD_TEXT, 5 },
  { "checked-on", N_("Checked on (day/month/year)"), TANDEM_FIELD_DATE, 5 },
  { "suitability-note", N_("What the check found"), TANDEM_FIELD_LONG_TEXT, 5 },
  { "verified-on", N_("Last verified (day/month/year)"), TANDEM_FIELD_DATE, 6 },
  { "notes", N_("The team’s notes"), TANDEM_FIELD_LONG_TEXT, 6 },
};

TandemForm *
tandem_fields_new_person_form (TandemTeam *team)
{
  return tandem_form_new (TANDEM_TYPE_PERSON, person_fields, G_N_ELEMENTS (person_fields),
                          person_groups, team);
}

/**
 * tandem_fields_new_referral_form:
 * @with_episode: whether to include the status and dates of the episode
 */
TandemForm *
tandem_fields_new_referral_form (TandemTeam *team,
                                 gboolean    with_episode)
{
  static const char * const new_referral_groups[] = { N_("Referral"), N_("Referrer"), NULL };

  return tandem_form_new (TANDEM_TYPE_REFERRAL, referral_fields,
                          with_episode ? G_N_ELEMENTS (referral_fields) : N_NEW_REFERRAL_FIELDS,
                          with_episode ? referral_groups : new_referral_groups, team);
}

TandemForm *
tandem_fields_new_contact_form (TandemTeam *team)
{
  return tandem_form_new (TANDEM_TYPE_CONTACT, contact_fields, G_N_ELEMENTS (contact_fields),
                          contact_groups, team);
}

TandemForm *
tandem_fields_new_practice_form (void)
{
  return tandem_form_new (TANDEM_TYPE_PRACTICE, practice_fields, G_N_ELEMENTS (practice_fields),
                          practice_groups, NULL);
}

TandemForm *
tandem_fields_new_staff_form (void)
{
  return tandem_form_new (TANDEM_TYPE_STAFF, staff_fields, G_N_ELEMENTS (staff_fields),
                          staff_groups, NULL);
}

/**
 * tandem_fields_new_asset_form:
 * @categories: (element-type TandemAssetCategory): the directory's needs categories; those
 *   retired are not offered, but an asset keeps them
 */
TandemForm *
tandem_fields_new_asset_form (GPtrArray *categories)
{
  TandemForm *form = tandem_form_new (TANDEM_TYPE_ASSET, asset_fields, G_N_ELEMENTS (asset_fields),
                                      asset_groups, NULL);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) key_array = NULL;
  g_auto(GStrv) label_array = NULL;

  for (guint i = 0; i < categories->len; i++)
    {
      TandemAssetCategory *category = g_ptr_array_index (categories, i);

      if (tandem_asset_category_get_retired (category))
        continue;

      g_strv_builder_add (keys, tandem_asset_category_get_key (category));
      g_strv_builder_add (labels, tandem_asset_category_get_label (category));
    }

  key_array = g_strv_builder_end (keys);
  label_array = g_strv_builder_end (labels);
  tandem_form_set_key_choices (form, "categories", (const char * const *) key_array,
                               (const char * const *) label_array);
  tandem_form_set_hint (form, "schedule",
                        _("One session a line, such as “tue 10:00-12:00 walk from the library”. "
                          "A line without a day is a note, such as “closed on bank holidays”."));
  return form;
}
