/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-subject-access-document"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <string.h>

#include "tandem-audit-entry.h"
#include "tandem-date.h"
#include "tandem-document-flow.h"
#include "tandem-document-fonts.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-language.h"
#include "tandem-plan.h"
#include "tandem-subject-access-document.h"

/* Everything held about a person, for them to read: the readable half of a subject access
 * request (the JSON is the other). Each section lists one kind of record, oldest first, with
 * every field that holds something; what the person or staff wrote is printed as written.
 * It is for the person, so it uses the interface's language and the plans' renderer. */
struct _TandemSubjectAccessDocument
{
  GObject             parent_instance;

  TandemDocumentFlow *flow;
  char               *title;
  char               *author;
};

G_DEFINE_FINAL_TYPE (TandemSubjectAccessDocument, tandem_subject_access_document, G_TYPE_OBJECT)

#define LABEL_WIDTH 0.30

static void
tandem_subject_access_document_finalize (GObject *object)
{
  TandemSubjectAccessDocument *self = (TandemSubjectAccessDocument *) object;

  g_clear_object (&self->flow);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (tandem_subject_access_document_parent_class)->finalize (object);
}

static void
tandem_subject_access_document_class_init (TandemSubjectAccessDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_subject_access_document_finalize;
}

static void
tandem_subject_access_document_init (TandemSubjectAccessDocument *self)
{
}

static char *
dup_person_name (TandemPerson *person)
{
  return g_strdup_printf ("%s %s", tandem_person_get_given_name (person),
                          tandem_person_get_family_name (person));
}

/* A label and what the record says, on one row; nothing when the record says nothing. */
static void
add_field (TandemDocumentFlow *flow,
           const char         *label,
           const char         *value)
{
  double width = tandem_document_flow_get_width (flow);
  TandemFlowRow *row;
  guint cell;

  if (value == NULL || value[0] == '\0')
    return;

  row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_PLAIN);
  cell = tandem_flow_row_add_cell (row, 0, width * LABEL_WIDTH);
  tandem_flow_row_add_label (row, cell, TANDEM_FLOW_LABEL, label);
  cell = tandem_flow_row_add_cell (row, width * LABEL_WIDTH, width * (1 - LABEL_WIDTH));
  tandem_flow_row_add_text (row, cell, TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN, value);
}

static void
add_date_field (TandemDocumentFlow *flow,
                const char         *label,
                const char         *iso)
{
  g_autofree char *date = tandem_date_format (iso);

  add_field (flow, label, date);
}

static void
add_enum_field (TandemDocumentFlow *flow,
                const char         *label,
                GType               type,
                int                 value)
{
  add_field (flow, label, tandem_enum_get_label (type, value));
}

static void
add_yes_no_field (TandemDocumentFlow *flow,
                  const char         *label,
                  gboolean            value)
{
  add_field (flow, label, value ? _("Yes") : _("No"));
}

/* One record's heading: a shaded band with its date and what it is. */
static void
add_band (TandemDocumentFlow *flow,
          const char         *iso,
          const char         *what)
{
  g_autofree char *date = tandem_date_format (iso);
  double width = tandem_document_flow_get_width (flow);
  TandemFlowRow *row;
  guint cell;

  tandem_document_flow_add_space (flow, 6);
  row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_BAND);
  cell = tandem_flow_row_add_cell (row, 0, width * LABEL_WIDTH);
  tandem_flow_row_add_text (row, cell, TANDEM_FLOW_STRONG, TANDEM_FLOW_TEMPLATE,
                            date[0] != '\0' ? date : _("Not dated"));
  cell = tandem_flow_row_add_cell (row, width * LABEL_WIDTH, width * (1 - LABEL_WIDTH));
  tandem_flow_row_add_text (row, cell, TANDEM_FLOW_STRONG, TANDEM_FLOW_WRITTEN, what);
  tandem_document_flow_keep_with_next (flow);
}

/* A section's heading, and what to say when it has nothing, so an empty section reads as
 * "nothing held" rather than as something left out. */
static gboolean
add_section (TandemDocumentFlow *flow,
             const char         *heading,
             guint               n_records)
{
  tandem_document_flow_add_space (flow, 14);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_HEADING, heading, TRUE);
  tandem_document_flow_add_space (flow, 2);

  if (n_records == 0)
    tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE,
                                   _("Nothing of this kind is held."), 0);
  return n_records > 0;
}

static void
add_title (TandemDocumentFlow  *flow,
           TandemSubjectAccess *access)
{
  g_autofree char *name = dup_person_name (access->person);
  g_autofree char *day = g_strndup (access->produced_at, 10);
  g_autofree char *produced = tandem_date_format (day);
  g_autofree char *intro = NULL;

  tandem_document_flow_add_heading (flow, TANDEM_FLOW_TITLE,
                                    _("Everything we hold about you"), FALSE);
  tandem_document_flow_add_space (flow, 4);
  tandem_document_flow_add_text (flow, TANDEM_FLOW_HEADING, TANDEM_FLOW_WRITTEN, name, 0);
  tandem_document_flow_add_space (flow, 6);
  add_field (flow, _("NHS number"), tandem_person_get_nhs_number (access->person));
  add_field (flow, _("Produced on"), produced);
  tandem_document_flow_add_space (flow, 6);
  tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE,
                                 _("This is a copy of every record the social prescribing "
                                   "team holds about you: your details, referrals, contacts, "
                                   "every version of your plan, questionnaires, places you "
                                   "were put in touch with, what was said about you at team "
                                   "meetings and in staff supervision, and a log of who "
                                   "looked at or changed your records. Notes that are about "
                                   "other people or about staff themselves are left out."),
                                 0);
}

static void
add_details (TandemDocumentFlow  *flow,
             TandemSubjectAccess *access)
{
  TandemPerson *person = access->person;
  g_autofree char *needs = tandem_flags_get_labels (TANDEM_TYPE_COMMUNICATION_NEEDS,
                                                    tandem_person_get_communication_needs (person));
  g_autofree char *risks = tandem_flags_get_labels (TANDEM_TYPE_RISK_FLAGS,
                                                    tandem_person_get_risk_flags (person));
  g_autofree char *language = NULL;

  add_section (flow, _("Your details"), 1);
  add_field (flow, _("Given name"), tandem_person_get_given_name (person));
  add_field (flow, _("Family name"), tandem_person_get_family_name (person));
  add_field (flow, _("Preferred name"), tandem_person_get_preferred_name (person));
  add_field (flow, _("Pronouns"), tandem_person_get_pronouns (person));
  add_date_field (flow, _("Date of birth"), tandem_person_get_date_of_birth (person));
  add_enum_field (flow, _("Sex"), TANDEM_TYPE_SEX, tandem_person_get_sex (person));
  add_field (flow, _("Gender identity"), tandem_person_get_gender_identity (person));
  add_field (flow, _("Address"), tandem_person_get_address (person));
  add_field (flow, _("Postcode"), tandem_person_get_postcode (person));
  add_field (flow, _("Phone"), tandem_person_get_phone (person));
  add_field (flow, _("Email"), tandem_person_get_email (person));
  language = tandem_language_dup_display (tandem_person_get_language (person));
  add_field (flow, _("Language"), language);
  add_yes_no_field (flow, _("Interpreter needed"), tandem_person_get_interpreter_needed (person));
  add_field (flow, _("Communication needs"), needs);
  add_field (flow, _("About communication"), tandem_person_get_communication_notes (person));
  add_yes_no_field (flow, _("Is a carer"), tandem_person_get_is_carer (person));
  add_yes_no_field (flow, _("Has a carer"), tandem_person_get_has_carer (person));
  add_yes_no_field (flow, _("Consent to keep records"),
                    tandem_person_get_consent_to_record (person));
  add_date_field (flow, _("Consent to keep records given on"),
                  tandem_person_get_consent_to_record_date (person));
  add_yes_no_field (flow, _("Consent to share"), tandem_person_get_consent_to_share (person));
  add_date_field (flow, _("Consent to share given on"),
                  tandem_person_get_consent_to_share_date (person));
  add_field (flow, _("Shared with"), tandem_person_get_consent_to_share_with (person));
  add_field (flow, _("What may be shared"), tandem_person_get_consent_to_share_scope (person));
  add_yes_no_field (flow, _("Safeguarding concern"),
                    tandem_person_get_safeguarding_concern (person));
  add_field (flow, _("Risks noted"), risks);
  add_field (flow, _("About risks"), tandem_person_get_risk_notes (person));
}

static void
add_referrals (TandemDocumentFlow  *flow,
               TandemSubjectAccess *access)
{
  if (!add_section (flow, _("Referrals"), access->referrals->len))
    return;

  for (guint i = 0; i < access->referrals->len; i++)
    {
      TandemReferral *referral = g_ptr_array_index (access->referrals, i);

      add_band (flow, tandem_referral_get_received_on (referral),
                tandem_enum_get_label (TANDEM_TYPE_REFERRAL_SOURCE,
                                       tandem_referral_get_source (referral)));
      add_enum_field (flow, _("Status"), TANDEM_TYPE_REFERRAL_STATUS,
                      tandem_referral_get_status (referral));
      add_field (flow, _("Referred by"), tandem_referral_get_referrer_name (referral));
      add_field (flow, _("Their organisation"),
                 tandem_referral_get_referrer_organisation (referral));
      add_field (flow, _("Reasons"), tandem_referral_get_reasons (referral));
      add_date_field (flow, _("First contacted"), tandem_referral_get_contacted_on (referral));
      add_date_field (flow, _("Accepted"), tandem_referral_get_accepted_on (referral));
      add_date_field (flow, _("Ended"), tandem_referral_get_ended_on (referral));
      add_field (flow, _("Outcome"), tandem_referral_get_outcome_note (referral));
    }
}

static void
add_contacts (TandemDocumentFlow  *flow,
              TandemSubjectAccess *access)
{
  if (!add_section (flow, _("Contacts"), access->contacts->len))
    return;

  for (guint i = 0; i < access->contacts->len; i++)
    {
      TandemContact *contact = g_ptr_array_index (access->contacts, i);

      add_band (flow, tandem_contact_get_contact_date (contact),
                tandem_enum_get_label (TANDEM_TYPE_CONTACT_MODE,
                                       tandem_contact_get_mode (contact)));
      add_field (flow, _("With"), tandem_contact_get_with_whom (contact));
      add_field (flow, _("Note"), tandem_contact_get_note (contact));
      add_field (flow, _("Next step"), tandem_contact_get_next_step (contact));
    }
}

static void
add_plan_items (TandemDocumentFlow *flow,
                TandemPlan         *plan)
{
  GListModel *needs = tandem_plan_get_needs (plan);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (plan, need);

      add_field (flow, _("What matters"), tandem_plan_need_get_words (need));
      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);
          GListModel *actions = tandem_plan_get_actions (plan, goal);

          add_field (flow, _("Goal"), tandem_plan_goal_get_words (goal));
          add_field (flow, _("How it went"), tandem_plan_goal_get_outcome (goal));
          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, k);

              add_field (flow, _("Step"), tandem_plan_action_get_what (action));
            }
        }
    }
}

static void
add_plans (TandemDocumentFlow  *flow,
           TandemSubjectAccess *access)
{
  if (!add_section (flow, _("Your plan, every version"), access->plans->len))
    return;

  for (guint i = 0; i < access->plans->len; i++)
    {
      TandemPlan *plan = g_ptr_array_index (access->plans, i);
      TandemPlanVersion *version = tandem_plan_get_version (plan);
      g_autofree char *label = tandem_plan_version_dup_label (version);
      guint n_fields;
      const TandemPlanField *fields;

      add_band (flow, tandem_plan_version_get_agreed_on (version), label);
      if (tandem_plan_version_get_state (version) != TANDEM_PLAN_AGREED)
        add_field (flow, _("Agreed"), _("Not yet: a draft"));
      add_enum_field (flow, _("State"), TANDEM_TYPE_PLAN_STATE,
                      tandem_plan_version_get_state (version));
      fields = tandem_plan_get_about_me_fields (&n_fields);
      for (guint f = 0; f < n_fields; f++)
        {
          g_autofree char *value = NULL;

          g_object_get (version, fields[f].property, &value, NULL);
          add_field (flow, _(fields[f].heading), value);
        }
      add_field (flow, _("Strengths"), tandem_plan_version_get_strengths (version));
      add_plan_items (flow, plan);
      add_field (flow, _("Other support"), tandem_plan_version_get_support (version));
      fields = tandem_plan_get_contingency_fields (&n_fields);
      for (guint f = 0; f < n_fields; f++)
        {
          g_autofree char *value = NULL;

          g_object_get (version, fields[f].property, &value, NULL);
          add_field (flow, _(fields[f].heading), value);
        }
    }
}

static void
add_measures (TandemDocumentFlow  *flow,
              TandemSubjectAccess *access)
{
  if (!add_section (flow, _("Questionnaires"), access->measures->len))
    return;

  for (guint i = 0; i < access->measures->len; i++)
    {
      TandemMeasureResult *result = g_ptr_array_index (access->measures, i);

      add_band (flow, tandem_measure_result_get_taken_on (result),
                tandem_enum_get_label (TANDEM_TYPE_MEASURE_KIND,
                                       tandem_measure_result_get_kind (result)));
      add_enum_field (flow, _("When"), TANDEM_TYPE_MEASURE_STAGE,
                      tandem_measure_result_get_stage (result));
      add_field (flow, _("Answers"), tandem_measure_result_get_answers (result));
      add_field (flow, _("Notes"), tandem_measure_result_get_details (result));
    }
}

static void
add_signposts (TandemDocumentFlow  *flow,
               TandemSubjectAccess *access)
{
  if (!add_section (flow, _("Places and groups you were put in touch with"),
                    access->signposts->len))
    return;

  for (guint i = 0; i < access->signposts->len; i++)
    {
      TandemSignpost *signpost = g_ptr_array_index (access->signposts, i);

      add_band (flow, tandem_signpost_get_made_on (signpost),
                tandem_signpost_get_asset_name (signpost));
      add_field (flow, _("Why"), tandem_signpost_get_reason (signpost));
      add_enum_field (flow, _("Outcome"), TANDEM_TYPE_SIGNPOST_OUTCOME,
                      tandem_signpost_get_outcome (signpost));
      add_field (flow, _("About the outcome"), tandem_signpost_get_outcome_note (signpost));
    }
}

static void
add_meetings (TandemDocumentFlow  *flow,
              TandemSubjectAccess *access)
{
  if (add_section (flow, _("Put forward for a team meeting"), access->mdt_flags->len))
    for (guint i = 0; i < access->mdt_flags->len; i++)
      {
        TandemMdtFlag *flag = g_ptr_array_index (access->mdt_flags, i);

        add_band (flow, tandem_mdt_flag_get_flagged_on (flag), _("Put forward"));
        add_field (flow, _("Why"), tandem_mdt_flag_get_reason (flag));
      }

  if (!add_section (flow, _("Team meetings (MDT huddles)"), access->huddle_cases->len))
    return;

  for (guint i = 0; i < access->huddle_cases->len; i++)
    {
      TandemSubjectHuddleCase *item = g_ptr_array_index (access->huddle_cases, i);

      add_band (flow, item->held_on, _("Discussed at a team meeting"));
      add_field (flow, _("Why"), tandem_huddle_case_get_reason (item->item));
      add_field (flow, _("Situation"), tandem_huddle_case_get_situation (item->item));
      add_field (flow, _("Done so far"), tandem_huddle_case_get_action_to_date (item->item));
      add_field (flow, _("Update"), tandem_huddle_case_get_update_note (item->item));
      add_field (flow, _("Next steps"), tandem_huddle_case_get_next_steps (item->item));
      for (guint j = 0; j < item->actions->len; j++)
        add_field (flow, _("Agreed action"),
                   tandem_agreed_action_get_description (g_ptr_array_index (item->actions, j)));
    }
}

static void
add_supervision (TandemDocumentFlow  *flow,
                 TandemSubjectAccess *access)
{
  if (!add_section (flow, _("Discussed in staff supervision"), access->supervision_cases->len))
    return;

  for (guint i = 0; i < access->supervision_cases->len; i++)
    {
      TandemSubjectSupervisionCase *item = g_ptr_array_index (access->supervision_cases, i);

      add_band (flow, item->held_on,
                tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND, item->kind));
      add_field (flow, _("Why"), item->item->reason);
      if (item->item->escalation != TANDEM_ESCALATION_NONE)
        add_enum_field (flow, _("Raised with"), TANDEM_TYPE_ESCALATION, item->item->escalation);
      add_field (flow, _("About it"), item->item->escalation_note);
    }
}

static void
add_mentions (TandemDocumentFlow  *flow,
              TandemSubjectAccess *access)
{
  if (!add_section (flow, _("Mentioned in meeting notes"), access->mentions->len))
    return;

  for (guint i = 0; i < access->mentions->len; i++)
    {
      TandemSubjectMention *mention = g_ptr_array_index (access->mentions, i);

      add_band (flow, mention->held_on,
                g_str_equal (mention->source, "huddle") ? _("Team meeting notes")
                                                        : _("Staff supervision notes"));
      add_field (flow, _("Note"), mention->text);
    }
}

/* The log as a table, one line an entry: when, who, what they did, to which record. */
static void
add_audit (TandemDocumentFlow  *flow,
           TandemSubjectAccess *access)
{
  double width = tandem_document_flow_get_width (flow);
  const struct { const char *heading; double x, width; } columns[] = {
    { N_("When"), 0.00, 0.24 },
    { N_("Who"), 0.24, 0.30 },
    { N_("What"), 0.54, 0.18 },
    { N_("Record"), 0.72, 0.28 },
  };
  TandemFlowRow *row;

  if (!add_section (flow, _("Who looked at or changed your records"), access->audit->len))
    return;

  row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_HEADER);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    tandem_flow_row_add_label (row, tandem_flow_row_add_cell (row, columns[c].x * width,
                                                              columns[c].width * width),
                               TANDEM_FLOW_TABLE_HEADER, _(columns[c].heading));
  tandem_document_flow_keep_with_next (flow);
  /* The headings just added are repeated on each page the log continues on. */
  tandem_document_flow_begin_table (flow);

  for (guint i = 0; i < access->audit->len; i++)
    {
      TandemAuditEntry *entry = g_ptr_array_index (access->audit, i);
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (tandem_audit_entry_get_at (entry),
                                                              NULL);
      g_autoptr(GDateTime) local = at ? g_date_time_to_local (at) : NULL;
      /* Translators: when an audit entry was made, see g_date_time_format() */
      g_autofree char *when = local ? g_date_time_format (local, _("%-d %b %Y %H:%M"))
                                    : g_strdup (tandem_audit_entry_get_at (entry));
      g_autofree char *who = tandem_audit_entry_describe_who (entry);
      g_autofree char *record = tandem_audit_entry_describe_record (entry);
      const char *texts[] = {
        when, who, tandem_audit_action_get_label (tandem_audit_entry_get_action (entry)), record,
      };

      row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_PLAIN);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        tandem_flow_row_add_text (row, tandem_flow_row_add_cell (row, columns[c].x * width,
                                                                 columns[c].width * width),
                                  TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                  texts[c] ? texts[c] : "");
    }
  tandem_document_flow_end_table (flow);
}

/**
 * tandem_subject_access_document_new:
 * @pcn_name: (nullable): the PCN, named as the document's author
 *
 * Lays the request out on pages, on the calling thread, which may be any thread.
 *
 * Returns: (transfer full): the document, or %NULL with @error set when a font is missing
 */
TandemSubjectAccessDocument *
tandem_subject_access_document_new (TandemSubjectAccess  *access,
                                    const char           *pcn_name,
                                    GError              **error)
{
  g_autoptr(TandemSubjectAccessDocument) self = NULL;
  g_autoptr(TandemDocumentCatalog) catalog = NULL;
  g_autofree char *name = NULL;
  gboolean paginated;

  g_return_val_if_fail (access != NULL && access->person != NULL, NULL);

  catalog = tandem_document_catalog_get ("en", error);
  if (catalog == NULL)
    return NULL;

  name = dup_person_name (access->person);

  tandem_document_fonts_lock ();
  self = g_object_new (TANDEM_TYPE_SUBJECT_ACCESS_DOCUMENT, NULL);
  self->flow = tandem_document_flow_new (catalog, FALSE, FALSE);
  /* Translators: the subject access document's title in the PDF's properties; %s is a name */
  self->title = g_strdup_printf (_("Everything held about %s"), name);
  self->author = g_strdup (pcn_name);

  add_title (self->flow, access);
  add_details (self->flow, access);
  add_referrals (self->flow, access);
  add_contacts (self->flow, access);
  add_plans (self->flow, access);
  add_measures (self->flow, access);
  add_signposts (self->flow, access);
  add_meetings (self->flow, access);
  add_supervision (self->flow, access);
  add_mentions (self->flow, access);
  add_audit (self->flow, access);
  tandem_document_flow_set_running_header (self->flow, name, _("Subject access request"));
  tandem_document_flow_set_footer (self->flow, _("Confidential: for the person named"), NULL,
                                   NULL);
  paginated = tandem_document_flow_paginate (self->flow, error);
  tandem_document_fonts_unlock ();

  return paginated ? g_steal_pointer (&self) : NULL;
}

guint
tandem_subject_access_document_get_n_pages (TandemSubjectAccessDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_SUBJECT_ACCESS_DOCUMENT (self), 0);

  return tandem_document_flow_get_n_pages (self->flow);
}

void
tandem_subject_access_document_draw_page (TandemSubjectAccessDocument *self,
                                          cairo_t                     *cr,
                                          guint                        page)
{
  g_return_if_fail (TANDEM_IS_SUBJECT_ACCESS_DOCUMENT (self));

  tandem_document_fonts_lock ();
  tandem_document_flow_draw_page (self->flow, cr, page);
  tandem_document_fonts_unlock ();
}

/**
 * tandem_subject_access_document_write_pdf_file:
 * @path: where to write; replaced only once the whole PDF is written
 */
gboolean
tandem_subject_access_document_write_pdf_file (TandemSubjectAccessDocument  *self,
                                               const char                   *path,
                                               GCancellable                 *cancellable,
                                               GError                      **error)
{
  g_return_val_if_fail (TANDEM_IS_SUBJECT_ACCESS_DOCUMENT (self), FALSE);

  return tandem_document_flow_write_pdf_file (self->flow, path, self->title,
                                              _("Subject access request"), self->author,
                                              cancellable, error);
}

void
tandem_subject_access_files_clear (TandemSubjectAccessFiles *files)
{
  g_clear_pointer (&files->pdf_path, g_free);
  g_clear_pointer (&files->json_path, g_free);
  files->n_records = 0;
}

/* "subject-access-1234-2026-11-21": the person by id, not name, so the file names say
 * nothing to whoever sees the folder. */
static char *
dup_base_name (gint64 person_id)
{
  g_autofree char *today = tandem_date_today_iso ();

  return g_strdup_printf ("subject-access-%" G_GINT64_FORMAT "-%s", person_id, today);
}

/**
 * tandem_subject_access_export:
 * @folder: where to write the PDF and the JSON
 * @files: (out caller-allocates): the files written; clear with
 *   tandem_subject_access_files_clear()
 *
 * Answers a subject access request: reads everything held about the person, writes it as a
 * PDF to read and as JSON for software, and records the export in the audit trail. Runs on
 * any thread with a store of its own.
 */
gboolean
tandem_subject_access_export (TandemStore               *store,
                              gint64                     person_id,
                              const char                *folder,
                              GCancellable              *cancellable,
                              TandemSubjectAccessFiles  *files,
                              GError                   **error)
{
  g_autoptr(TandemSubjectAccess) access = NULL;
  g_autoptr(TandemSubjectAccessDocument) document = NULL;
  g_autofree char *pcn_name = NULL;
  g_autofree char *base = dup_base_name (person_id);
  g_autofree char *pdf_name = g_strconcat (base, ".pdf", NULL);
  g_autofree char *json_name = g_strconcat (base, ".json", NULL);
  g_autofree char *json = NULL;
  gsize length = 0;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (folder != NULL && files != NULL, FALSE);

  memset (files, 0, sizeof *files);

  access = tandem_store_collect_subject_access (store, person_id, error);
  if (access == NULL)
    return FALSE;
  pcn_name = tandem_store_dup_pcn_name (store, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  document = tandem_subject_access_document_new (access, pcn_name, error);
  if (document == NULL)
    return FALSE;

  files->pdf_path = g_build_filename (folder, pdf_name, NULL);
  files->json_path = g_build_filename (folder, json_name, NULL);
  files->n_records = tandem_subject_access_count_records (access);

  json = tandem_subject_access_to_json_data (access, &length);
  if (!tandem_subject_access_document_write_pdf_file (document, files->pdf_path, cancellable,
                                                      error) ||
      !g_file_set_contents_full (files->json_path, json, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    {
      tandem_subject_access_files_clear (files);
      return FALSE;
    }

  /* Every export is in the audit trail: one that cannot be recorded is not left behind. */
  if (!tandem_store_record_audit (store, TANDEM_AUDIT_EXPORT, "person", person_id, person_id,
                                  error))
    {
      g_unlink (files->pdf_path);
      g_unlink (files->json_path);
      tandem_subject_access_files_clear (files);
      return FALSE;
    }

  return TRUE;
}
