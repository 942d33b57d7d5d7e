/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-store-schema"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-store-private.h"

/* The schema's history. PRAGMA user_version says how many of these migrations a database has
 * had; each runs once, in order, in its own transaction with the version bump, so a database
 * is never left between two versions. Released migrations never change: a fix is a new one.
 *
 * SQLCipher 3.4 speaks SQLite 3.15: no ALTER TABLE ... RENAME COLUMN or DROP COLUMN, so a
 * migration that reshapes a table creates the new one, copies the rows and swaps them. */

static const char migration_1[] =
  "CREATE TABLE pcn ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name TEXT NOT NULL"
  ");"
  "CREATE TABLE practice ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  ods_code TEXT NOT NULL DEFAULT '',"
  "  postcode TEXT NOT NULL DEFAULT '',"
  "  retired INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE staff ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  role TEXT NOT NULL,"
  "  retired INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE person ("
  "  id INTEGER PRIMARY KEY,"
  "  nhs_number TEXT UNIQUE,"
  "  given_name TEXT NOT NULL,"
  "  family_name TEXT NOT NULL,"
  "  preferred_name TEXT NOT NULL DEFAULT '',"
  "  pronouns TEXT NOT NULL DEFAULT '',"
  "  date_of_birth TEXT NOT NULL DEFAULT '',"
  "  sex TEXT NOT NULL DEFAULT 'not-known',"
  "  gender_identity TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  postcode TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  practice_id INTEGER REFERENCES practice (id),"
  "  language TEXT NOT NULL DEFAULT 'en',"
  "  interpreter_needed INTEGER NOT NULL DEFAULT 0,"
  "  communication_needs TEXT NOT NULL DEFAULT '',"
  "  communication_notes TEXT NOT NULL DEFAULT '',"
  "  is_carer INTEGER NOT NULL DEFAULT 0,"
  "  has_carer INTEGER NOT NULL DEFAULT 0,"
  "  consent_to_record INTEGER NOT NULL DEFAULT 0,"
  "  consent_to_record_date TEXT NOT NULL DEFAULT '',"
  "  consent_to_share INTEGER NOT NULL DEFAULT 0,"
  "  consent_to_share_date TEXT NOT NULL DEFAULT '',"
  "  consent_to_share_with TEXT NOT NULL DEFAULT '',"
  "  consent_to_share_scope TEXT NOT NULL DEFAULT '',"
  "  safeguarding_concern INTEGER NOT NULL DEFAULT 0,"
  "  risk_flags TEXT NOT NULL DEFAULT '',"
  "  risk_notes TEXT NOT NULL DEFAULT '',"
  /* Kept by the store in the same transaction as the rows they come from, because the
   * caseload reads them for every person at start-up: the words search matches
   * (tandem-search.c) and the date of the latest contact. */
  "  search_key TEXT NOT NULL DEFAULT '',"
  "  last_contact_on TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX person_practice ON person (practice_id);"
  "CREATE TABLE referral ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  received_on TEXT NOT NULL,"
  "  source TEXT NOT NULL,"
  "  method TEXT NOT NULL,"
  "  referrer_name TEXT NOT NULL DEFAULT '',"
  "  referrer_role TEXT NOT NULL DEFAULT '',"
  "  referrer_organisation TEXT NOT NULL DEFAULT '',"
  "  referrer_contact TEXT NOT NULL DEFAULT '',"
  "  reasons TEXT NOT NULL DEFAULT '',"
  "  for_role TEXT NOT NULL,"
  "  priority TEXT NOT NULL,"
  "  status TEXT NOT NULL,"
  "  assigned_staff_id INTEGER REFERENCES staff (id),"
  "  contacted_on TEXT NOT NULL DEFAULT '',"
  "  accepted_on TEXT NOT NULL DEFAULT '',"
  "  ended_on TEXT NOT NULL DEFAULT '',"
  "  outcome_note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX referral_person ON referral (person_id);"
  "CREATE INDEX referral_staff ON referral (assigned_staff_id);"
  "CREATE TABLE contact ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  referral_id INTEGER REFERENCES referral (id) ON DELETE SET NULL,"
  "  contact_date TEXT NOT NULL,"
  "  mode TEXT NOT NULL,"
  "  duration_minutes INTEGER NOT NULL DEFAULT 0,"
  "  staff_id INTEGER REFERENCES staff (id),"
  "  with_whom TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  next_step TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX contact_person_date ON contact (person_id, contact_date);"
  "CREATE INDEX contact_referral ON contact (referral_id);"
  "CREATE INDEX contact_staff ON contact (staff_id);"
  /* What the user typed in a form that is not yet a valid record. */
  "CREATE TABLE draft ("
  "  kind TEXT NOT NULL,"
  "  record_id INTEGER NOT NULL,"
  "  data TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL,"
  "  PRIMARY KEY (kind, record_id)"
  ");";

/* Personalised care and support plans, in versions: a draft until agreed, then frozen. The
 * triggers make an agreed version unchangeable by any query, not only through the store;
 * deleting a person still removes their plans. Outcome measures taken with people. */
static const char migration_2[] =
  "CREATE TABLE plan_version ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL,"
  "  state TEXT NOT NULL,"
  "  is_review INTEGER NOT NULL DEFAULT 0,"
  "  about_important TEXT NOT NULL DEFAULT '',"
  "  about_people TEXT NOT NULL DEFAULT '',"
  "  about_communication TEXT NOT NULL DEFAULT '',"
  "  about_wellness TEXT NOT NULL DEFAULT '',"
  "  about_do_dont TEXT NOT NULL DEFAULT '',"
  "  about_support TEXT NOT NULL DEFAULT '',"
  "  about_worth_knowing TEXT NOT NULL DEFAULT '',"
  "  about_supported_by TEXT NOT NULL DEFAULT '',"
  "  strengths TEXT NOT NULL DEFAULT '',"
  "  support TEXT NOT NULL DEFAULT '',"
  "  contingency_triggers TEXT NOT NULL DEFAULT '',"
  "  contingency_warning_signs TEXT NOT NULL DEFAULT '',"
  "  contingency_coping TEXT NOT NULL DEFAULT '',"
  "  contingency_actions TEXT NOT NULL DEFAULT '',"
  "  contingency_contacts TEXT NOT NULL DEFAULT '',"
  "  agreed_with TEXT NOT NULL DEFAULT 'person',"
  "  representative_name TEXT NOT NULL DEFAULT '',"
  "  representative_role TEXT NOT NULL DEFAULT '',"
  "  agreed_on TEXT NOT NULL DEFAULT '',"
  "  agreed_how TEXT NOT NULL DEFAULT '',"
  "  agreed_by_staff_id INTEGER REFERENCES staff (id),"
  "  review_on TEXT NOT NULL DEFAULT '',"
  "  review_staff_id INTEGER REFERENCES staff (id),"
  "  prepared_by_staff_id INTEGER REFERENCES staff (id),"
  "  language TEXT NOT NULL DEFAULT 'en',"
  "  format TEXT NOT NULL DEFAULT 'standard',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL,"
  "  UNIQUE (person_id, number)"
  ");"
  "CREATE TABLE plan_need ("
  "  id INTEGER PRIMARY KEY,"
  "  version_id INTEGER NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,"
  "  key TEXT NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  words TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX plan_need_version ON plan_need (version_id, position);"
  "CREATE TABLE plan_goal ("
  "  id INTEGER PRIMARY KEY,"
  "  need_id INTEGER NOT NULL REFERENCES plan_need (id) ON DELETE CASCADE,"
  "  key TEXT NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  words TEXT NOT NULL DEFAULT '',"
  "  importance INTEGER NOT NULL DEFAULT 0 CHECK (importance BETWEEN 0 AND 10),"
  "  status TEXT NOT NULL,"
  "  target_on TEXT NOT NULL DEFAULT '',"
  "  outcome TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX plan_goal_need ON plan_goal (need_id, position);"
  "CREATE TABLE plan_action ("
  "  id INTEGER PRIMARY KEY,"
  "  goal_id INTEGER NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,"
  "  key TEXT NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  what TEXT NOT NULL DEFAULT '',"
  "  who TEXT NOT NULL DEFAULT '',"
  "  due_on TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL,"
  "  confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 10),"
  "  review_on TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX plan_action_goal ON plan_action (goal_id, position);"
  "CREATE TRIGGER plan_version_frozen BEFORE UPDATE ON plan_version "
  "  WHEN OLD.state = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_need_frozen_insert BEFORE INSERT ON plan_need "
  "  WHEN (SELECT state FROM plan_version WHERE id = NEW.version_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_need_frozen_update BEFORE UPDATE ON plan_need "
  "  WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_need_frozen_delete BEFORE DELETE ON plan_need "
  "  WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_goal_frozen_insert BEFORE INSERT ON plan_goal "
  "  WHEN (SELECT v.state FROM plan_version v JOIN plan_need n ON n.version_id = v.id "
  "        WHERE n.id = NEW.need_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_goal_frozen_update BEFORE UPDATE ON plan_goal "
  "  WHEN (SELECT v.state FROM plan_version v JOIN plan_need n ON n.version_id = v.id "
  "        WHERE n.id = OLD.need_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_goal_frozen_delete BEFORE DELETE ON plan_goal "
  "  WHEN (SELECT v.state FROM plan_version v JOIN plan_need n ON n.version_id = v.id "
  "        WHERE n.id = OLD.need_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_action_frozen_insert BEFORE INSERT ON plan_action "
  "  WHEN (SELECT v.state FROM plan_version v JOIN plan_need n ON n.version_id = v.id "
  "        JOIN plan_goal g ON g.need_id = n.id WHERE g.id = NEW.goal_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_action_frozen_update BEFORE UPDATE ON plan_action "
  "  WHEN (SELECT v.state FROM plan_version v JOIN plan_need n ON n.version_id = v.id "
  "        JOIN plan_goal g ON g.need_id = n.id WHERE g.id = OLD.goal_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TRIGGER plan_action_frozen_delete BEFORE DELETE ON plan_action "
  "  WHEN (SELECT v.state FROM plan_version v JOIN plan_need n ON n.version_id = v.id "
  "        JOIN plan_goal g ON g.need_id = n.id WHERE g.id = OLD.goal_id) = 'agreed' "
  "  BEGIN SELECT RAISE (ABORT, 'agreed plan versions cannot change'); END;"
  "CREATE TABLE measure_result ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  stage TEXT NOT NULL,"
  "  taken_on TEXT NOT NULL,"
  "  answers TEXT NOT NULL DEFAULT '',"
  "  details TEXT NOT NULL DEFAULT '',"
  "  score REAL,"
  "  raw REAL,"
  "  level INTEGER NOT NULL DEFAULT 0,"
  "  staff_id INTEGER REFERENCES staff (id),"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX measure_person ON measure_result (person_id, kind, taken_on);";

/* The community directory and signposting. An asset's ORUK id (NULL for a local asset) is how
 * a re-import finds it; local_edits names the imported fields a person has changed here, which
 * an import then leaves alone. asset_search is the full-text index the store keeps beside
 * each asset (docid = asset id): its name, description, categories and places. Categories
 * are a table so a PCN can add its own; the built-in ones have fixed keys. A signpost keeps
 * its asset's name so the person's record still reads right if the asset goes. Practices
 * gain coordinates for "distance from the practice" and the map. */
static const char migration_3[] =
  "ALTER TABLE practice ADD COLUMN latitude REAL;"
  "ALTER TABLE practice ADD COLUMN longitude REAL;"
  "CREATE TABLE asset_category ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  colour TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL,"
  "  retired INTEGER NOT NULL DEFAULT 0"
  ");"
  "INSERT INTO asset_category (key, name, colour, position) VALUES "
  "  ('loneliness', 'Loneliness and social connection', '#3584e4', 1),"
  "  ('mental-wellbeing', 'Mental wellbeing', '#9141ac', 2),"
  "  ('physical-activity', 'Physical activity', '#2ec27e', 3),"
  "  ('healthy-eating', 'Healthy eating and weight', '#e5a50a', 4),"
  "  ('money', 'Money, debt and benefits', '#c64600', 5),"
  "  ('housing', 'Housing', '#865e3c', 6),"
  "  ('employment', 'Employment and volunteering', '#1c71d8', 7),"
  "  ('carers', 'Carers', '#e01b24', 8),"
  "  ('arts', 'Arts and creativity', '#c061cb', 9),"
  "  ('green', 'Green and nature', '#26a269', 10),"
  "  ('learning', 'Learning and digital skills', '#1a5fb4', 11),"
  "  ('bereavement', 'Bereavement', '#5e5c64', 12),"
  "  ('domestic-abuse', 'Domestic abuse', '#a51d2d', 13),"
  "  ('substance-use', 'Substance use', '#986a44', 14),"
  "  ('faith', 'Faith and culture', '#613583', 15),"
  "  ('families', 'Families and children', '#f66151', 16),"
  "  ('older-people', 'Older people', '#63452c', 17);"
  "CREATE TABLE asset ("
  "  id INTEGER PRIMARY KEY,"
  "  oruk_id TEXT UNIQUE,"
  "  source TEXT NOT NULL DEFAULT '',"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  asset_type TEXT NOT NULL DEFAULT 'association',"
  "  active INTEGER NOT NULL DEFAULT 1,"
  "  address TEXT NOT NULL DEFAULT '',"
  "  postcode TEXT NOT NULL DEFAULT '',"
  "  latitude REAL,"
  "  longitude REAL,"
  "  schedule TEXT NOT NULL DEFAULT '',"
  "  open_days INTEGER NOT NULL DEFAULT 0,"
  "  cost TEXT NOT NULL DEFAULT 'unknown',"
  "  cost_note TEXT NOT NULL DEFAULT '',"
  "  eligibility TEXT NOT NULL DEFAULT '',"
  "  minimum_age INTEGER NOT NULL DEFAULT 0,"
  "  maximum_age INTEGER NOT NULL DEFAULT 0,"
  "  access_routes TEXT NOT NULL DEFAULT '',"
  "  accessibility TEXT NOT NULL DEFAULT '',"
  "  accessibility_note TEXT NOT NULL DEFAULT '',"
  "  languages TEXT NOT NULL DEFAULT '',"
  "  capacity TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  website TEXT NOT NULL DEFAULT '',"
  "  suitability TEXT NOT NULL DEFAULT 'unchecked',"
  "  safeguarding_policy_seen INTEGER NOT NULL DEFAULT 0,"
  "  volunteer_checks INTEGER NOT NULL DEFAULT 0,"
  "  insurance INTEGER NOT NULL DEFAULT 0,"
  "  checked_by TEXT NOT NULL DEFAULT '',"
  "  checked_on TEXT NOT NULL DEFAULT '',"
  "  suitability_note TEXT NOT NULL DEFAULT '',"
  "  verified_on TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  local_edits TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX asset_verified ON asset (verified_on);"
  "CREATE TABLE asset_in_category ("
  "  asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
  "  category_id INTEGER NOT NULL REFERENCES asset_category (id),"
  "  PRIMARY KEY (asset_id, category_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX asset_in_category_category ON asset_in_category (category_id);"
  "CREATE VIRTUAL TABLE asset_search USING fts4 ("
  "  name, description, categories, places, prefix=\"1,2,3\", "
  "  tokenize=unicode61 \"remove_diacritics=1\""
  ");"
  "CREATE TABLE signpost ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  asset_id INTEGER REFERENCES asset (id) ON DELETE SET NULL,"
  "  asset_name TEXT NOT NULL,"
  "  goal_key TEXT NOT NULL DEFAULT '',"
  "  kind TEXT NOT NULL,"
  "  made_on TEXT NOT NULL,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  handover TEXT NOT NULL,"
  "  staff_id INTEGER REFERENCES staff (id),"
  "  red_override INTEGER NOT NULL DEFAULT 0,"
  "  override_reason TEXT NOT NULL DEFAULT '',"
  "  follow_up_on TEXT NOT NULL DEFAULT '',"
  "  outcome TEXT NOT NULL DEFAULT 'pending',"
  "  outcome_on TEXT NOT NULL DEFAULT '',"
  "  outcome_note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX signpost_person ON signpost (person_id, made_on);"
  "CREATE INDEX signpost_asset ON signpost (asset_id);"
  "CREATE INDEX signpost_follow_up ON signpost (outcome, follow_up_on);";

/* A plan's support connected links assets in the directory instead of naming them in words.
 * Words that name an asset become a signpost to it, dated when a version of the plan first
 * said so and giving those words as its reason; the words stay in the plan as the support
 * "as written". Short names would match by accident, and a red asset needs an override that
 * someone chooses to record, so both stay in words only. No follow-up date: nobody planned
 * one, and the caseload should not show years of follow-ups as overdue. */
static const char migration_4[] =
  "INSERT INTO signpost (person_id, asset_id, asset_name, kind, made_on, reason, handover,"
  "  staff_id, created_at, updated_at) "
  "SELECT v.person_id, a.id, a.name, 'signpost',"
  "  MIN(CASE WHEN v.agreed_on != '' THEN v.agreed_on ELSE substr(v.created_at, 1, 10) END),"
  "  v.support, 'information', v.prepared_by_staff_id,"
  "  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
  "FROM plan_version v JOIN asset a"
  "  ON length(a.name) >= 5 AND a.suitability != 'red'"
  "  AND instr(lower(v.support), lower(a.name)) > 0 "
  "WHERE NOT EXISTS (SELECT 1 FROM signpost s"
  "                  WHERE s.person_id = v.person_id AND s.asset_id = a.id) "
  /* With one MIN (), SQLite takes the other columns from the row holding the minimum. */
  "GROUP BY v.person_id, a.id;";

/* Supervision, competence and CPD, and MDT huddles.
 *
 * Who supervises whom is a list of pairs, since a worker has a line manager and a clinical
 * supervisor. Expected frequencies are per role and kind; a missing pair means none is
 * expected. Monthly is 31 days and "every 2-3 months" 91, so nobody is flagged overdue while
 * still inside what domain.md allows. A session's members are its supervisees (several in a
 * group), each with their own wellbeing check (0 = not asked, otherwise 1-5).
 *
 * Competency frameworks are data: the built-in one has a key so its names show translated.
 * Agreed actions from supervision and from huddles share one table: each belongs to exactly
 * one of the two. An MDT flag is taken onto a huddle's agenda by the huddle case that names
 * it, so a flag no case names is still waiting for a huddle. */
static const char migration_5[] =
  "CREATE TABLE staff_supervisor ("
  "  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  supervisor_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (staff_id, supervisor_id),"
  "  CHECK (staff_id != supervisor_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX staff_supervisor_supervisor ON staff_supervisor (supervisor_id);"
  "CREATE TABLE supervision_frequency ("
  "  role TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  interval_days INTEGER NOT NULL CHECK (interval_days > 0),"
  "  PRIMARY KEY (role, kind)"
  ") WITHOUT ROWID;"
  "INSERT INTO supervision_frequency (role, kind, interval_days) VALUES"
  "  ('link-worker', 'line-management', 31), ('link-worker', 'clinical', 91),"
  "  ('health-coach', 'line-management', 31), ('health-coach', 'clinical', 91),"
  "  ('health-coach', 'coaching', 31),"
  "  ('care-coordinator', 'line-management', 31), ('care-coordinator', 'clinical', 91),"
  "  ('chww', 'line-management', 31), ('chww', 'clinical', 91),"
  "  ('supervisor', 'line-management', 31);"
  "CREATE TABLE supervision_session ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL,"
  "  supervisor_id INTEGER REFERENCES staff (id),"
  "  held_on TEXT NOT NULL,"
  "  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes >= 0),"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX supervision_session_supervisor ON supervision_session (supervisor_id);"
  "CREATE TABLE supervision_member ("
  "  session_id INTEGER NOT NULL REFERENCES supervision_session (id) ON DELETE CASCADE,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id),"
  "  coping INTEGER NOT NULL DEFAULT 0 CHECK (coping BETWEEN 0 AND 5),"
  "  workload INTEGER NOT NULL DEFAULT 0 CHECK (workload BETWEEN 0 AND 5),"
  "  supported INTEGER NOT NULL DEFAULT 0 CHECK (supported BETWEEN 0 AND 5),"
  "  wellbeing_note TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (session_id, staff_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX supervision_member_staff ON supervision_member (staff_id, session_id);"
  "CREATE TABLE supervision_case ("
  "  id INTEGER PRIMARY KEY,"
  "  session_id INTEGER NOT NULL REFERENCES supervision_session (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  escalation TEXT NOT NULL DEFAULT 'none',"
  "  escalation_note TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX supervision_case_session ON supervision_case (session_id);"
  "CREATE INDEX supervision_case_person ON supervision_case (person_id);"
  "CREATE TABLE competency_framework ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT UNIQUE,"
  "  name TEXT NOT NULL,"
  "  version TEXT NOT NULL DEFAULT '',"
  "  retired INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE competency_level ("
  "  framework_id INTEGER NOT NULL REFERENCES competency_framework (id) ON DELETE CASCADE,"
  "  level INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  PRIMARY KEY (framework_id, level)"
  ") WITHOUT ROWID;"
  "CREATE TABLE competency ("
  "  id INTEGER PRIMARY KEY,"
  "  framework_id INTEGER NOT NULL REFERENCES competency_framework (id) ON DELETE CASCADE,"
  "  key TEXT,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (framework_id, key)"
  ");"
  "CREATE INDEX competency_framework_position ON competency (framework_id, position);"
  "INSERT INTO competency_framework (id, key, name, version) "
  "  VALUES (1, 'somerset', 'Somerset health coaching competencies', '1');"
  "INSERT INTO competency_level (framework_id, level, name) VALUES"
  "  (1, 0, 'Absence'), (1, 1, 'Novice'), (1, 2, 'Advanced beginner'), (1, 3, 'Competent'),"
  "  (1, 4, 'Proficient'), (1, 5, 'Expert');"
  "INSERT INTO competency (framework_id, key, position, name) VALUES"
  "  (1, 'person-centred', 0, 'Person-centred approach'),"
  "  (1, 'autonomy', 1, 'Promoting autonomy'),"
  "  (1, 'action-planning', 2, 'Action planning and goal setting'),"
  "  (1, 'setbacks', 3, 'Managing setbacks and problem solving'),"
  "  (1, 'self-efficacy', 4, 'Supporting competence and self-efficacy'),"
  "  (1, 'self-monitoring', 5, 'Self-monitoring');"
  "CREATE TABLE competency_review ("
  "  id INTEGER PRIMARY KEY,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id),"
  "  reviewer_id INTEGER REFERENCES staff (id),"
  "  framework_id INTEGER NOT NULL REFERENCES competency_framework (id),"
  "  reviewed_on TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX competency_review_staff ON competency_review (staff_id, reviewed_on);"
  "CREATE TABLE competency_rating ("
  "  review_id INTEGER NOT NULL REFERENCES competency_review (id) ON DELETE CASCADE,"
  "  competency_id INTEGER NOT NULL REFERENCES competency (id),"
  "  level INTEGER NOT NULL CHECK (level >= 0),"
  "  evidence TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (review_id, competency_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE cpd_entry ("
  "  id INTEGER PRIMARY KEY,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id),"
  "  done_on TEXT NOT NULL,"
  "  activity TEXT NOT NULL,"
  "  hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),"
  "  learning TEXT NOT NULL DEFAULT '',"
  "  reflection TEXT NOT NULL DEFAULT '',"
  "  competency_id INTEGER REFERENCES competency (id) ON DELETE SET NULL,"
  "  evidence TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX cpd_entry_staff ON cpd_entry (staff_id, done_on);"
  "CREATE TABLE mdt_flag ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  reason TEXT NOT NULL,"
  "  flagged_by_id INTEGER REFERENCES staff (id),"
  "  flagged_on TEXT NOT NULL,"
  "  created_at TEXT NOT NULL"
  ");"
  "CREATE INDEX mdt_flag_person ON mdt_flag (person_id);"
  "CREATE TABLE huddle ("
  "  id INTEGER PRIMARY KEY,"
  "  held_on TEXT NOT NULL,"
  "  chair_id INTEGER REFERENCES staff (id),"
  "  minutes_per_case INTEGER NOT NULL DEFAULT 5 CHECK (minutes_per_case > 0),"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  "CREATE INDEX huddle_held_on ON huddle (held_on);"
  "CREATE TABLE huddle_attendee ("
  "  id INTEGER PRIMARY KEY,"
  "  huddle_id INTEGER NOT NULL REFERENCES huddle (id) ON DELETE CASCADE,"
  "  staff_id INTEGER REFERENCES staff (id),"
  "  name TEXT NOT NULL,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  present INTEGER NOT NULL DEFAULT 1"
  ");"
  "CREATE INDEX huddle_attendee_huddle ON huddle_attendee (huddle_id);"
  "CREATE TABLE huddle_case ("
  "  id INTEGER PRIMARY KEY,"
  "  huddle_id INTEGER NOT NULL REFERENCES huddle (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  flag_id INTEGER REFERENCES mdt_flag (id) ON DELETE SET NULL,"
  "  carried_from_id INTEGER REFERENCES huddle_case (id) ON DELETE SET NULL,"
  "  situation TEXT NOT NULL DEFAULT '',"
  "  action_to_date TEXT NOT NULL DEFAULT '',"
  "  update_note TEXT NOT NULL DEFAULT '',"
  "  next_steps TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'open',"
  "  seconds_discussed INTEGER NOT NULL DEFAULT 0 CHECK (seconds_discussed >= 0),"
  "  UNIQUE (huddle_id, person_id)"
  ");"
  "CREATE INDEX huddle_case_person ON huddle_case (person_id, huddle_id);"
  "CREATE INDEX huddle_case_flag ON huddle_case (flag_id);"
  "CREATE TABLE agreed_action ("
  "  id INTEGER PRIMARY KEY,"
  "  supervision_id INTEGER REFERENCES supervision_session (id) ON DELETE CASCADE,"
  "  huddle_case_id INTEGER REFERENCES huddle_case (id) ON DELETE CASCADE,"
  "  description TEXT NOT NULL,"
  "  owner_id INTEGER REFERENCES staff (id),"
  "  due_on TEXT NOT NULL DEFAULT '',"
  "  done_on TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL,"
  "  CHECK ((supervision_id IS NULL) != (huddle_case_id IS NULL))"
  ");"
  "CREATE INDEX agreed_action_owner ON agreed_action (owner_id, done_on);"
  "CREATE INDEX agreed_action_supervision ON agreed_action (supervision_id);"
  "CREATE INDEX agreed_action_huddle_case ON agreed_action (huddle_case_id);";

/* Version 6: staff sign-in and the caseload access rule.
 *
 * A member of staff signs in with a passphrase kept only as its Argon2id hash ('' = none set
 * yet, so they cannot sign in). Administrators manage staff; the first member of staff to set
 * a passphrase where there is no administrator becomes one. Wrong passphrases are counted
 * with the time of the last one (Unix seconds), so the slowdown survives a restart. The PCN
 * chooses whether workers see the whole team's caseload or only the people referred to them. */
static const char migration_6[] =
  "ALTER TABLE staff ADD COLUMN passphrase_hash TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE staff ADD COLUMN administrator INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE staff ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE staff ADD COLUMN last_failed_sign_in INTEGER;"
  "ALTER TABLE pcn ADD COLUMN caseload_scope TEXT NOT NULL DEFAULT 'team';";

/* Version 7: covering indexes for reading the caseload and searching people.
 *
 * The caseload reads a few columns of every referral and plan version, and a search matches
 * every person's search key. Read from the tables, every page of those wide rows is read, and
 * in an encrypted database decrypted; these indexes hold just those columns, a fraction of
 * the pages. The one on referral starts with person_id, so it also does the work of the
 * index it replaces. */
static const char migration_7[] =
  "CREATE INDEX referral_caseload ON referral "
  "  (person_id, status, priority, for_role, assigned_staff_id, received_on);"
  "DROP INDEX referral_person;"
  "CREATE INDEX plan_version_caseload ON plan_version (person_id, number, state, review_on);"
  "CREATE INDEX person_search ON person (search_key, family_name, given_name);";

/* Schema 8: the audit trail. Each entry says who did what to which record, by id only: no
 * personal data, so an erased person's entries can stay. Entries are chained: each hash covers
 * the one before it, and audit_head keeps the newest, so an edited, removed or truncated entry
 * shows when the chain is checked (tandem_store_verify_audit). Triggers keep it append-only
 * for every program, not just Tandem. The PCN's retention period joins the PCN's settings. */
static const char migration_8[] =
  "CREATE TABLE audit ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL,"
  "  staff_id INTEGER,"
  "  action TEXT NOT NULL,"
  "  record_type TEXT NOT NULL,"
  "  record_id INTEGER,"
  "  person_id INTEGER,"
  "  hash BLOB NOT NULL"
  ");"
  "CREATE INDEX audit_person ON audit (person_id, id);"
  "CREATE INDEX audit_staff ON audit (staff_id, id);"
  "CREATE TABLE audit_head ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  last_id INTEGER NOT NULL,"
  "  last_hash BLOB NOT NULL"
  ");"
  "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, zeroblob (32));"
  "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
  "BEGIN SELECT RAISE (ABORT, 'the audit trail cannot be changed'); END;"
  "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
  "BEGIN SELECT RAISE (ABORT, 'the audit trail cannot be changed'); END;"
  "CREATE TRIGGER audit_head_follows AFTER INSERT ON audit "
  "BEGIN UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1; END;"
  "ALTER TABLE pcn ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 8;";

static const char *const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
};

int
tandem_store_schema_latest (void)
{
  return G_N_ELEMENTS (migrations);
}

int
tandem_store_read_schema_version (TandemStore *self)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (tandem_store_get_db (self), "PRAGMA user_version", -1, &stmt,
                          NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  return version;
}

static gboolean
run_migration (TandemStore    *self,
               gconstpointer   data,
               GError        **error)
{
  int version = GPOINTER_TO_INT (data);
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version);

  g_debug ("Migrating the schema to version %d", version);

  return tandem_store_exec (self, migrations[version - 1], error) &&
         tandem_store_exec (self, bump, error);
}

/**
 * tandem_store_migrate_to:
 * @version: the schema version wanted, at most tandem_store_schema_latest()
 *
 * Runs the migrations that take the database from its version to @version. Tests use it to
 * build a database as an older release left it.
 */
gboolean
tandem_store_migrate_to (TandemStore  *self,
                         int           version,
                         GError      **error)
{
  int current = tandem_store_read_schema_version (self);

  if (current < 0)
    return tandem_store_fail (self, sqlite3_errcode (tandem_store_get_db (self)), error);

  if (current > tandem_store_schema_latest ())
    {
      g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TOO_NEW,
                   _("This database was last used by a newer version of Tandem (schema %d; this "
                     "version knows up to %d). Update Tandem to open it."),
                   current, tandem_store_schema_latest ());
      return FALSE;
    }

  for (int next = current + 1; next <= version; next++)
    {
      if (!tandem_store_write (self, run_migration, GINT_TO_POINTER (next), error))
        return FALSE;
    }

  return TRUE;
}

gboolean
tandem_store_migrate (TandemStore  *self,
                      GError      **error)
{
  return tandem_store_migrate_to (self, tandem_store_schema_latest (), error);
}
