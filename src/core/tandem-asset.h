/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_ASSET (tandem_asset_get_type ())

G_DECLARE_FINAL_TYPE (TandemAsset, tandem_asset, TANDEM, ASSET, TandemRecord)

TandemAsset      *tandem_asset_new                          (void);
const char       *tandem_asset_get_oruk_id                  (TandemAsset *self);
void              tandem_asset_set_oruk_id                  (TandemAsset *self,
                                                             const char  *oruk_id);
const char       *tandem_asset_get_source                   (TandemAsset *self);
void              tandem_asset_set_source                   (TandemAsset *self,
                                                             const char  *source);
const char       *tandem_asset_get_organisation             (TandemAsset *self);
void              tandem_asset_set_organisation             (TandemAsset *self,
                                                             const char  *organisation);
const char       *tandem_asset_get_name                     (TandemAsset *self);
void              tandem_asset_set_name                     (TandemAsset *self,
                                                             const char  *name);
const char       *tandem_asset_get_description              (TandemAsset *self);
void              tandem_asset_set_description              (TandemAsset *self,
                                                             const char  *description);
const char       *tandem_asset_get_categories               (TandemAsset *self);
void              tandem_asset_set_categories               (TandemAsset *self,
                                                             const char  *categories);
TandemAssetType   tandem_asset_get_asset_type               (TandemAsset *self);
void              tandem_asset_set_asset_type               (TandemAsset *self,
                                                             TandemAssetType asset_type);
gboolean          tandem_asset_get_active                   (TandemAsset *self);
void              tandem_asset_set_active                   (TandemAsset *self,
                                                             gboolean     active);
const char       *tandem_asset_get_address                  (TandemAsset *self);
void              tandem_asset_set_address                  (TandemAsset *self,
                                                             const char  *address);
const char       *tandem_asset_get_postcode                 (TandemAsset *self);
void              tandem_asset_set_postcode                 (TandemAsset *self,
                                                             const char  *postcode);
gboolean          tandem_asset_get_has_coordinates          (TandemAsset *self);
void              tandem_asset_set_has_coordinates          (TandemAsset *self,
                                                             gboolean     has_coordinates);
double            tandem_asset_get_latitude                 (TandemAsset *self);
void              tandem_asset_set_latitude                 (TandemAsset *self,
                                                             double       latitude);
double            tandem_asset_get_longitude                (TandemAsset *self);
void              tandem_asset_set_longitude                (TandemAsset *self,
                                                             double       longitude);
const char       *tandem_asset_get_schedule                 (TandemAsset *self);
void              tandem_asset_set_schedule                 (TandemAsset *self,
                                                             const char  *schedule);
guint             tandem_asset_get_open_days                (TandemAsset *self);
void              tandem_asset_set_open_days                (TandemAsset *self,
                                                             guint        open_days);
TandemAssetCost   tandem_asset_get_cost                     (TandemAsset *self);
void              tandem_asset_set_cost                     (TandemAsset *self,
                                                             TandemAssetCost cost);
const char       *tandem_asset_get_cost_note                (TandemAsset *self);
void              tandem_asset_set_cost_note                (TandemAsset *self,
                                                             const char  *cost_note);
const char       *tandem_asset_get_eligibility              (TandemAsset *self);
void              tandem_asset_set_eligibility              (TandemAsset *self,
                                                             const char  *eligibility);
int               tandem_asset_get_minimum_age              (TandemAsset *self);
void              tandem_asset_set_minimum_age              (TandemAsset *self,
                                                             int          minimum_age);
int               tandem_asset_get_maximum_age              (TandemAsset *self);
void              tandem_asset_set_maximum_age              (TandemAsset *self,
                                                             int          maximum_age);
guint             tandem_asset_get_access_routes            (TandemAsset *self);
void              tandem_asset_set_access_routes            (TandemAsset *self,
                                                             guint        access_routes);
guint             tandem_asset_get_accessibility            (TandemAsset *self);
void              tandem_asset_set_accessibility            (TandemAsset *self,
                                                             guint        accessibility);
const char       *tandem_asset_get_accessibility_note       (TandemAsset *self);
void              tandem_asset_set_accessibility_note       (TandemAsset *self,
                                                             const char  *accessibility_note);
const char       *tandem_asset_get_languages                (TandemAsset *self);
void              tandem_asset_set_languages                (TandemAsset *self,
                                                             const char  *languages);
const char       *tandem_asset_get_capacity                 (TandemAsset *self);
void              tandem_asset_set_capacity                 (TandemAsset *self,
                                                             const char  *capacity);
const char       *tandem_asset_get_phone                    (TandemAsset *self);
void              tandem_asset_set_phone                    (TandemAsset *self,
                                                             const char  *phone);
const char       *tandem_asset_get_email                    (TandemAsset *self);
void              tandem_asset_set_email                    (TandemAsset *self,
                                                             const char  *email);
const char       *tandem_asset_get_website                  (TandemAsset *self);
void              tandem_asset_set_website                  (TandemAsset *self,
                                                             const char  *website);
TandemSuitability tandem_asset_get_suitability              (TandemAsset *self);
void              tandem_asset_set_suitability              (TandemAsset *self,
                                                             TandemSuitability suitability);
gboolean          tandem_asset_get_safeguarding_policy_seen (TandemAsset *self);
void              tandem_asset_set_safeguarding_policy_seen (TandemAsset *self,
                                                             gboolean     safeguarding_policy_seen);
gboolean          tandem_asset_get_volunteer_checks         (TandemAsset *self);
void              tandem_asset_set_volunteer_checks         (TandemAsset *self,
                                                             gboolean     volunteer_checks);
gboolean          tandem_asset_get_insurance                (TandemAsset *self);
void              tandem_asset_set_insurance                (TandemAsset *self,
                                                             gboolean     insurance);
const char       *tandem_asset_get_checked_by               (TandemAsset *self);
void              tandem_asset_set_checked_by               (TandemAsset *self,
                                                             const char  *checked_by);
const char       *tandem_asset_get_checked_on               (TandemAsset *self);
void              tandem_asset_set_checked_on               (TandemAsset *self,
                                                             const char  *checked_on);
const char       *tandem_asset_get_suitability_note         (TandemAsset *self);
void              tandem_asset_set_suitability_note         (TandemAsset *self,
                                                             const char  *suitability_note);
const char       *tandem_asset_get_verified_on              (TandemAsset *self);
void              tandem_asset_set_verified_on              (TandemAsset *self,
                                                             const char  *verified_on);
const char       *tandem_asset_get_notes                    (TandemAsset *self);
void              tandem_asset_set_notes                    (TandemAsset *self,
                                                             const char  *notes);
const char       *tandem_asset_get_local_edits              (TandemAsset *self);
void              tandem_asset_set_local_edits              (TandemAsset *self,
                                                             const char  *local_edits);

#define TANDEM_ASSET_ERROR (tandem_asset_error_quark ())

typedef enum
{
  TANDEM_ASSET_ERROR_INVALID,
} TandemAssetError;

GQuark       tandem_asset_error_quark (void);
gboolean     tandem_asset_check       (TandemAsset  *self,
                                       GError      **error);
gboolean     tandem_asset_is_stale    (TandemAsset  *self,
                                       const GDate  *today,
                                       guint         months);
gboolean     tandem_asset_has_category (TandemAsset *self,
                                        const char  *key);

G_END_DECLS
