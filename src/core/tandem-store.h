/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-agreed-action.h"
#include "tandem-asset.h"
#include "tandem-asset-category.h"
#include "tandem-caseload-entry.h"
#include "tandem-competency-review.h"
#include "tandem-contact.h"
#include "tandem-huddle.h"
#include "tandem-huddle-attendee.h"
#include "tandem-huddle-case.h"
#include "tandem-huddle-summary.h"
#include "tandem-coverage.h"
#include "tandem-cpd-entry.h"
#include "tandem-mdt-flag.h"
#include "tandem-measure-result.h"
#include "tandem-person.h"
#include "tandem-plan.h"
#include "tandem-practice.h"
#include "tandem-referral.h"
#include "tandem-signpost.h"
#include "tandem-staff.h"
#include "tandem-store-key.h"
#include "tandem-subject-access.h"
#include "tandem-supervision-due.h"
#include "tandem-supervision-session.h"

G_BEGIN_DECLS

#define TANDEM_STORE_ERROR (tandem_store_error_quark ())

typedef enum
{
  TANDEM_STORE_ERROR_FAILED,
  TANDEM_STORE_ERROR_CANT_OPEN,
  TANDEM_STORE_ERROR_NOT_A_DATABASE,
  TANDEM_STORE_ERROR_TOO_NEW,
  TANDEM_STORE_ERROR_BUSY,
  TANDEM_STORE_ERROR_FULL,
  TANDEM_STORE_ERROR_READ_ONLY,
  TANDEM_STORE_ERROR_CORRUPT,
  TANDEM_STORE_ERROR_IO,
  TANDEM_STORE_ERROR_NOT_FOUND,
  TANDEM_STORE_ERROR_DUPLICATE,
  TANDEM_STORE_ERROR_INVALID,
  TANDEM_STORE_ERROR_FROZEN,
  TANDEM_STORE_ERROR_DENIED,
  TANDEM_STORE_ERROR_WRONG_PASSPHRASE,
  TANDEM_STORE_ERROR_TRY_LATER,
  TANDEM_STORE_ERROR_WRONG_KEY,
  TANDEM_STORE_ERROR_NO_KEY,
} TandemStoreError;

/* The viewer of a store that reads for the system rather than for a member of staff: the
 * command-line tool, run by whoever holds the database key. It sees every person whatever
 * the caseload scope, and no supervision record, since it is nobody's supervisor. */
#define TANDEM_STORE_VIEWER_SYSTEM (-2)

#define TANDEM_TYPE_STORE (tandem_store_get_type ())

G_DECLARE_FINAL_TYPE (TandemStore, tandem_store, TANDEM, STORE, GObject)

GQuark          tandem_store_error_quark           (void);
char           *tandem_store_dup_default_path      (void);
TandemStore    *tandem_store_open                  (const char     *path,
                                                    TandemStoreKey *key,
                                                    GError        **error);
TandemStore    *tandem_store_open_sibling          (TandemStore    *self,
                                                    GError        **error);
const char     *tandem_store_get_path              (TandemStore    *self);
void            tandem_store_set_cache_size        (TandemStore    *self,
                                                    guint           kibibytes);
void            tandem_store_set_busy_timeout      (TandemStore    *self,
                                                    guint           milliseconds);
gboolean        tandem_store_uses_passphrase       (TandemStore    *self);
TandemStoreKey *tandem_store_get_key               (TandemStore    *self);
gboolean        tandem_store_rekey                 (TandemStore    *self,
                                                    TandemStoreKey *key,
                                                    GError        **error);
int             tandem_store_get_schema_version    (TandemStore    *self);
int             tandem_store_get_latest_schema_version (void);
gboolean        tandem_store_check                 (TandemStore    *self,
                                                    GPtrArray     **problems,
                                                    GError        **error);

gboolean        tandem_store_begin                 (TandemStore    *self,
                                                    GError        **error);
gboolean        tandem_store_commit                (TandemStore    *self,
                                                    GError        **error);
void            tandem_store_rollback              (TandemStore    *self);
void            tandem_store_notify_reset          (TandemStore    *self);
void            tandem_store_set_viewer            (TandemStore    *self,
                                                    gint64          staff_id);
gint64          tandem_store_get_viewer            (TandemStore    *self);

/* The PCN and its team */
char           *tandem_store_dup_pcn_name          (TandemStore    *self,
                                                    GError        **error);
gboolean        tandem_store_set_pcn_name          (TandemStore    *self,
                                                    const char     *name,
                                                    GError        **error);
GListModel     *tandem_store_list_practices        (TandemStore    *self,
                                                    GError        **error);
gboolean        tandem_store_save_practice         (TandemStore    *self,
                                                    TandemPractice *practice,
                                                    GError        **error);
GListModel     *tandem_store_list_staff            (TandemStore    *self,
                                                    GError        **error);
gboolean        tandem_store_save_staff            (TandemStore    *self,
                                                    TandemStaff    *staff,
                                                    GError        **error);

/* Signing in */
gboolean        tandem_store_has_administrator     (TandemStore    *self,
                                                    GError        **error);
gboolean        tandem_store_is_administrator      (TandemStore    *self,
                                                    gint64          staff_id);
gboolean        tandem_store_may_manage_staff      (TandemStore    *self);
gboolean        tandem_store_set_staff_passphrase  (TandemStore    *self,
                                                    gint64          staff_id,
                                                    const char     *passphrase,
                                                    GError        **error);
gboolean        tandem_store_set_staff_passphrase_hash (TandemStore *self,
                                                        gint64       staff_id,
                                                        const char  *hash,
                                                        GError     **error);
guint           tandem_store_get_sign_in_wait      (TandemStore    *self,
                                                    gint64          staff_id);
gboolean        tandem_store_sign_in               (TandemStore    *self,
                                                    gint64          staff_id,
                                                    const char     *passphrase,
                                                    GError        **error);

/* The audit trail */
typedef struct
{
  gint64      person_id;   /* 0 for anyone */
  gint64      staff_id;    /* 0 for anyone */
  int         action;      /* a TandemAuditAction, or -1 for any */
  const char *from;        /* (nullable) first day, YYYY-MM-DD */
  const char *to;          /* (nullable) last day, YYYY-MM-DD */
} TandemAuditFilter;

gboolean        tandem_store_record_audit          (TandemStore    *self,
                                                    TandemAuditAction action,
                                                    const char     *record_type,
                                                    gint64          record_id,
                                                    gint64          person_id,
                                                    GError        **error);
gboolean        tandem_store_may_read_audit        (TandemStore    *self);
GPtrArray      *tandem_store_list_audit            (TandemStore    *self,
                                                    const TandemAuditFilter *filter,
                                                    guint           limit,
                                                    GError        **error);
gboolean        tandem_store_verify_audit          (TandemStore    *self,
                                                    GPtrArray     **problems,
                                                    guint64        *n_entries,
                                                    GError        **error);

/* Who sees which people */
TandemCaseloadScope tandem_store_get_caseload_scope (TandemStore   *self,
                                                    GError        **error);
gboolean        tandem_store_set_caseload_scope    (TandemStore    *self,
                                                    TandemCaseloadScope scope,
                                                    GError        **error);
gboolean        tandem_store_may_read_person       (TandemStore    *self,
                                                    gint64          person_id,
                                                    GError        **error);

/* People */
gboolean        tandem_store_save_person           (TandemStore    *self,
                                                    TandemPerson   *person,
                                                    GError        **error);
TandemPerson   *tandem_store_load_person           (TandemStore    *self,
                                                    gint64          id,
                                                    GError        **error);
TandemPerson   *tandem_store_find_person_by_nhs_number (TandemStore *self,
                                                        const char  *nhs_number,
                                                        GError     **error);
gboolean        tandem_store_delete_person         (TandemStore    *self,
                                                    gint64          id,
                                                    GError        **error);
guint           tandem_store_count_people          (TandemStore    *self,
                                                    GError        **error);
GPtrArray      *tandem_store_search_people         (TandemStore    *self,
                                                    const char     *text,
                                                    guint           limit,
                                                    GError        **error);
gboolean        tandem_store_load_caseload         (TandemStore    *self,
                                                    gint64          person_id,
                                                    gboolean        only_with_plan,
                                                    GArray         *entries,
                                                    GStringChunk   *strings,
                                                    GError        **error);

/* People's rights */
#define TANDEM_RETENTION_DEFAULT_YEARS 8

/* A person whose record is past the PCN's retention period. */
typedef struct
{
  gint64  person_id;
  char   *name;
  char   *nhs_number;     /* "" when not known */
  char   *last_ended_on;  /* ISO 8601: the last day anything happened in their care */
} TandemRetentionCandidate;

void            tandem_retention_candidate_free    (TandemRetentionCandidate *candidate);

gboolean        tandem_store_may_export_subject_access (TandemStore *self);
TandemSubjectAccess *tandem_store_collect_subject_access (TandemStore *self,
                                                          gint64       person_id,
                                                          GError     **error);
gboolean        tandem_store_may_erase_people      (TandemStore    *self);
gboolean        tandem_store_erase_person          (TandemStore    *self,
                                                    gint64          person_id,
                                                    GError        **error);
guint           tandem_store_get_retention_years   (TandemStore    *self,
                                                    GError        **error);
gboolean        tandem_store_set_retention_years   (TandemStore    *self,
                                                    guint           years,
                                                    GError        **error);
GPtrArray      *tandem_store_list_past_retention   (TandemStore    *self,
                                                    const GDate    *today,
                                                    GError        **error);

/* Referrals and contacts */
gboolean        tandem_store_save_referral         (TandemStore    *self,
                                                    TandemReferral *referral,
                                                    GError        **error);
TandemReferral *tandem_store_load_referral         (TandemStore    *self,
                                                    gint64          id,
                                                    GError        **error);
GPtrArray      *tandem_store_list_referrals        (TandemStore    *self,
                                                    gint64          person_id,
                                                    GError        **error);
gboolean        tandem_store_delete_referral       (TandemStore    *self,
                                                    gint64          id,
                                                    GError        **error);
gboolean        tandem_store_save_contact          (TandemStore    *self,
                                                    TandemContact  *contact,
                                                    GError        **error);
GPtrArray      *tandem_store_list_contacts         (TandemStore    *self,
                                                    gint64          person_id,
                                                    GError        **error);
gboolean        tandem_store_delete_contact        (TandemStore    *self,
                                                    gint64          id,
                                                    GError        **error);

/* Plans */
TandemPlanVersion *tandem_store_create_plan        (TandemStore        *self,
                                                    gint64              person_id,
                                                    gint64              staff_id,
                                                    GError            **error);
GPtrArray      *tandem_store_list_plan_versions    (TandemStore        *self,
                                                    gint64              person_id,
                                                    GError            **error);
TandemPlanVersion *tandem_store_load_plan_version  (TandemStore        *self,
                                                    gint64              id,
                                                    GError            **error);
TandemPlan     *tandem_store_load_plan             (TandemStore        *self,
                                                    gint64              version_id,
                                                    GError            **error);
gboolean        tandem_store_save_plan_version     (TandemStore        *self,
                                                    TandemPlanVersion  *version,
                                                    GError            **error);
gboolean        tandem_store_save_plan_item        (TandemStore        *self,
                                                    gpointer            item,
                                                    GError            **error);
gboolean        tandem_store_delete_plan_item      (TandemStore        *self,
                                                    gpointer            item,
                                                    GError            **error);
gboolean        tandem_store_move_plan_item        (TandemStore        *self,
                                                    gpointer            item,
                                                    guint               position,
                                                    GError            **error);
gboolean        tandem_store_agree_plan            (TandemStore        *self,
                                                    TandemPlanVersion  *version,
                                                    const GDate        *today,
                                                    GError            **error);
TandemPlanVersion *tandem_store_start_plan_review  (TandemStore        *self,
                                                    gint64              person_id,
                                                    gint64              staff_id,
                                                    GError            **error);
gboolean        tandem_store_delete_plan_draft     (TandemStore        *self,
                                                    TandemPlanVersion  *version,
                                                    GError            **error);

/* Outcome measures */
gboolean        tandem_store_save_measure_result   (TandemStore          *self,
                                                    TandemMeasureResult  *result,
                                                    GError              **error);
GPtrArray      *tandem_store_list_measure_results  (TandemStore          *self,
                                                    gint64                person_id,
                                                    GError              **error);
gboolean        tandem_store_delete_measure_result (TandemStore          *self,
                                                    TandemMeasureResult  *result,
                                                    GError              **error);

/* The community directory */
typedef struct
{
  guint added;
  guint updated;
  guint unchanged;
} TandemImportTally;

typedef void (*TandemImportProgressFunc) (guint    done,
                                          guint    total,
                                          gpointer user_data);

gboolean        tandem_store_save_asset            (TandemStore          *self,
                                                    TandemAsset          *asset,
                                                    GError              **error);
TandemAsset    *tandem_store_load_asset            (TandemStore          *self,
                                                    gint64                id,
                                                    GError              **error);
gboolean        tandem_store_delete_asset          (TandemStore          *self,
                                                    gint64                id,
                                                    GError              **error);
gboolean        tandem_store_verify_asset          (TandemStore          *self,
                                                    gint64                id,
                                                    const char           *today,
                                                    GError              **error);
GPtrArray      *tandem_store_list_assets           (TandemStore          *self,
                                                    GError              **error);
GArray         *tandem_store_search_assets         (TandemStore          *self,
                                                    const char           *text,
                                                    GError              **error);
GPtrArray      *tandem_store_list_asset_categories (TandemStore          *self,
                                                    GError              **error);
gboolean        tandem_store_save_asset_category   (TandemStore          *self,
                                                    TandemAssetCategory  *category,
                                                    GError              **error);
gboolean        tandem_store_import_assets         (TandemStore              *self,
                                                    GPtrArray                *assets,
                                                    TandemImportProgressFunc  progress,
                                                    gpointer                  user_data,
                                                    GCancellable             *cancellable,
                                                    TandemImportTally        *tally,
                                                    GError                  **error);

/* Supervision */
GArray         *tandem_store_list_supervisors      (TandemStore               *self,
                                                    gint64                     staff_id,
                                                    GError                   **error);
GArray         *tandem_store_list_supervisees      (TandemStore               *self,
                                                    gint64                     supervisor_id,
                                                    GError                   **error);
gboolean        tandem_store_set_supervisors       (TandemStore               *self,
                                                    gint64                     staff_id,
                                                    GArray                    *supervisor_ids,
                                                    GError                   **error);
GArray         *tandem_store_list_supervision_frequencies (TandemStore        *self,
                                                           GError            **error);
gboolean        tandem_store_set_supervision_frequency (TandemStore           *self,
                                                        TandemRole             role,
                                                        TandemSupervisionKind  kind,
                                                        guint                  interval_days,
                                                        GError               **error);
gboolean        tandem_store_reset_supervision_frequencies (TandemStore       *self,
                                                            GError           **error);
gboolean        tandem_store_save_supervision_session (TandemStore            *self,
                                                       TandemSupervisionSession *session,
                                                       GError               **error);
TandemSupervisionSession *tandem_store_load_supervision_session (TandemStore  *self,
                                                                 gint64        id,
                                                                 GError      **error);
gboolean        tandem_store_delete_supervision_session (TandemStore          *self,
                                                         gint64                id,
                                                         GError              **error);
GPtrArray      *tandem_store_list_worker_sessions  (TandemStore               *self,
                                                    gint64                     staff_id,
                                                    GError                   **error);
GPtrArray      *tandem_store_list_supervision_due  (TandemStore               *self,
                                                    const GDate               *today,
                                                    GError                   **error);

/* Agreed actions, from supervision and huddles */
gboolean        tandem_store_save_agreed_action    (TandemStore          *self,
                                                    TandemAgreedAction   *action,
                                                    GError              **error);
gboolean        tandem_store_delete_agreed_action  (TandemStore          *self,
                                                    TandemAgreedAction   *action,
                                                    GError              **error);
GPtrArray      *tandem_store_list_session_actions  (TandemStore          *self,
                                                    gint64                session_id,
                                                    GError              **error);
GPtrArray      *tandem_store_list_huddle_case_actions (TandemStore       *self,
                                                       gint64             huddle_case_id,
                                                       GError           **error);
GPtrArray      *tandem_store_list_open_actions_for_owner (TandemStore    *self,
                                                          gint64          owner_id,
                                                          GError        **error);
GPtrArray      *tandem_store_list_open_person_actions (TandemStore       *self,
                                                       gint64             person_id,
                                                       GError           **error);

/* Cases put forward for an MDT huddle */
gboolean        tandem_store_save_mdt_flag         (TandemStore          *self,
                                                    TandemMdtFlag        *flag,
                                                    GError              **error);
gboolean        tandem_store_withdraw_mdt_flag     (TandemStore          *self,
                                                    TandemMdtFlag        *flag,
                                                    GError              **error);
GPtrArray      *tandem_store_list_mdt_flags        (TandemStore          *self,
                                                    gint64                person_id,
                                                    GError              **error);
GPtrArray      *tandem_store_list_waiting_mdt_flags (TandemStore         *self,
                                                     GError             **error);

/* MDT huddles */
gboolean        tandem_store_create_huddle         (TandemStore           *self,
                                                    TandemHuddle          *huddle,
                                                    GPtrArray             *attendees,
                                                    GError               **error);
gboolean        tandem_store_save_huddle           (TandemStore           *self,
                                                    TandemHuddle          *huddle,
                                                    GError               **error);
gboolean        tandem_store_delete_huddle         (TandemStore           *self,
                                                    gint64                 id,
                                                    GError               **error);
GPtrArray      *tandem_store_list_huddles          (TandemStore           *self,
                                                    GError               **error);
TandemHuddle   *tandem_store_load_huddle           (TandemStore           *self,
                                                    gint64                 id,
                                                    GPtrArray            **attendees,
                                                    GPtrArray            **cases,
                                                    GError               **error);
gboolean        tandem_store_save_huddle_attendee  (TandemStore           *self,
                                                    TandemHuddleAttendee  *attendee,
                                                    GError               **error);
TandemHuddleCase *tandem_store_load_huddle_case    (TandemStore           *self,
                                                    gint64                 id,
                                                    GError               **error);
TandemHuddleCase *tandem_store_add_huddle_case     (TandemStore           *self,
                                                    gint64                 huddle_id,
                                                    gint64                 person_id,
                                                    const char            *reason,
                                                    GError               **error);
gboolean        tandem_store_remove_huddle_case    (TandemStore           *self,
                                                    TandemHuddleCase      *item,
                                                    GError               **error);
gboolean        tandem_store_move_huddle_case      (TandemStore           *self,
                                                    TandemHuddleCase      *item,
                                                    guint                  position,
                                                    GError               **error);
gboolean        tandem_store_save_huddle_case      (TandemStore           *self,
                                                    TandemHuddleCase      *item,
                                                    GError               **error);
TandemHuddleSummary *tandem_store_load_huddle_summary (TandemStore        *self,
                                                       gint64              person_id,
                                                       GError            **error);

/* Signposting and referral to assets */
gboolean        tandem_store_save_signpost         (TandemStore          *self,
                                                    TandemSignpost       *signpost,
                                                    GError              **error);
GPtrArray      *tandem_store_list_signposts        (TandemStore          *self,
                                                    gint64                person_id,
                                                    GError              **error);
GPtrArray      *tandem_store_list_asset_signposts  (TandemStore          *self,
                                                    gint64                asset_id,
                                                    GError              **error);
gboolean        tandem_store_delete_signpost       (TandemStore          *self,
                                                    TandemSignpost       *signpost,
                                                    GError              **error);

/* The directory's coverage of people's needs */
TandemCoverage *tandem_store_load_coverage         (TandemStore          *self,
                                                    double                radius_km,
                                                    GError              **error);

/* Competence and CPD */

/* A session a worker was supervised in, as their portfolio shows it: never its notes. */
typedef struct
{
  char                  *held_on;          /* ISO 8601 date */
  TandemSupervisionKind  kind;
  int                    duration_minutes;
  char                  *supervisor_name;  /* "" when nobody is named */
  guint                  n_cases;          /* cases discussed */
} TandemSupervisionSummary;

void            tandem_supervision_summary_free    (TandemSupervisionSummary *summary);

GPtrArray      *tandem_store_list_competency_frameworks (TandemStore            *self,
                                                         GError                **error);
TandemCompetencyFramework *tandem_store_load_competency_framework (TandemStore  *self,
                                                                   gint64        id,
                                                                   GError      **error);
gboolean        tandem_store_save_competency_framework (TandemStore                *self,
                                                        TandemCompetencyFramework  *framework,
                                                        GError                    **error);
gboolean        tandem_store_save_competency_review (TandemStore             *self,
                                                     TandemCompetencyReview  *review,
                                                     GError                 **error);
TandemCompetencyReview *tandem_store_load_competency_review (TandemStore     *self,
                                                             gint64           id,
                                                             GError         **error);
GPtrArray      *tandem_store_list_competency_reviews (TandemStore          *self,
                                                      gint64                staff_id,
                                                      GError              **error);
gboolean        tandem_store_delete_competency_review (TandemStore             *self,
                                                       TandemCompetencyReview  *review,
                                                       GError                 **error);
GPtrArray      *tandem_store_load_competency_history (TandemStore          *self,
                                                      gint64                staff_id,
                                                      gint64                framework_id,
                                                      GError              **error);
gboolean        tandem_store_save_cpd_entry        (TandemStore          *self,
                                                    TandemCpdEntry       *entry,
                                                    GError              **error);
GPtrArray      *tandem_store_list_cpd_entries      (TandemStore          *self,
                                                    gint64                staff_id,
                                                    GError              **error);
gboolean        tandem_store_delete_cpd_entry      (TandemStore          *self,
                                                    TandemCpdEntry       *entry,
                                                    GError              **error);
GArray         *tandem_store_count_cpd_hours       (TandemStore          *self,
                                                    gint64                staff_id,
                                                    GError              **error);
GPtrArray      *tandem_store_list_supervision_summary (TandemStore        *self,
                                                       gint64              staff_id,
                                                       GError            **error);

/* Drafts: what the user typed in a form that could not be saved yet */
gboolean        tandem_store_save_draft            (TandemStore    *self,
                                                    const char     *kind,
                                                    gint64          record_id,
                                                    const char     *data,
                                                    GError        **error);
char           *tandem_store_load_draft            (TandemStore    *self,
                                                    const char     *kind,
                                                    gint64          record_id,
                                                    GError        **error);
gboolean        tandem_store_delete_draft          (TandemStore    *self,
                                                    const char     *kind,
                                                    gint64          record_id,
                                                    GError        **error);

G_END_DECLS
