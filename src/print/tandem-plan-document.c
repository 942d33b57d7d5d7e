/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-document"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-document-flow.h"
#include "tandem-document-fonts.h"
#include "tandem-nhs-number.h"
#include "tandem-plan-document.h"
#include "tandem-print-autocleanups.h"

/* A person's care and support plan as they keep it: the PRSB headings in order, in the
 * person's language, laid out once by TandemDocumentFlow and then drawn on any cairo_t, a
 * PDF, a printer or a preview. What the person and their coach wrote is printed as written. */
struct _TandemPlanDocument
{
  GObject             parent_instance;

  TandemDocumentFlow *flow;
  char               *language;
  char               *title;
  char               *subject;
  char               *author;
};

G_DEFINE_FINAL_TYPE (TandemPlanDocument, tandem_plan_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (tandem-plan-document-error-quark, tandem_plan_document_error)

/* The free-text fields of a version with their printed headings: the same headings as the
 * plan page's, in the document's domain. */
typedef struct
{
  const char *(*get) (TandemPlanVersion *version);
  const char *heading;
} Field;

static const Field about_me_fields[] = {
  { tandem_plan_version_get_about_important, DN_("What is most important to me") },
  { tandem_plan_version_get_about_people, DN_("People who are important to me") },
  { tandem_plan_version_get_about_communication,
    DN_("How I communicate and how to communicate with me") },
  { tandem_plan_version_get_about_wellness, DN_("My wellness") },
  { tandem_plan_version_get_about_do_dont, DN_("Please do and please don’t") },
  { tandem_plan_version_get_about_support, DN_("How and when to support me") },
  { tandem_plan_version_get_about_worth_knowing, DN_("Also worth knowing about me") },
  { tandem_plan_version_get_about_supported_by, DN_("Who supported me to write this") },
};

static const Field contingency_fields[] = {
  { tandem_plan_version_get_contingency_triggers, DN_("What might make things worse") },
  { tandem_plan_version_get_contingency_warning_signs, DN_("Early warning signs") },
  { tandem_plan_version_get_contingency_coping, DN_("What helps me cope") },
  { tandem_plan_version_get_contingency_actions, DN_("What should happen") },
};

static const char * const month_names[] = {
  /* Translators: a month inside a date such as "3 April 2026": use the form your language
   * takes there (Polish "kwietnia", not "kwiecień") */
  DC_("date", "January"), DC_("date", "February"), DC_("date", "March"),
  DC_("date", "April"), DC_("date", "May"), DC_("date", "June"), DC_("date", "July"),
  DC_("date", "August"), DC_("date", "September"), DC_("date", "October"),
  DC_("date", "November"), DC_("date", "December"),
};

static const char * const goal_status_labels[] = {
  [TANDEM_GOAL_NOT_STARTED] = DC_("goal", "Not started"),
  [TANDEM_GOAL_IN_PROGRESS] = DC_("goal", "In progress"),
  [TANDEM_GOAL_ACHIEVED] = DC_("goal", "Achieved"),
  [TANDEM_GOAL_PARTLY_ACHIEVED] = DC_("goal", "Partly achieved"),
  [TANDEM_GOAL_NOT_ACHIEVED] = DC_("goal", "Not achieved"),
};

static const char * const action_status_labels[] = {
  [TANDEM_ACTION_PLANNED] = DC_("action", "Planned"),
  [TANDEM_ACTION_IN_PROGRESS] = DC_("action", "In progress"),
  [TANDEM_ACTION_DONE] = DC_("action", "Done"),
  [TANDEM_ACTION_NOT_DONE] = DC_("action", "Not done"),
};

static const char * const handover_labels[] = {
  [TANDEM_HANDOVER_INFORMATION] = DC_("handover", "Given information"),
  [TANDEM_HANDOVER_WARM] = DC_("handover", "Warm handover"),
  [TANDEM_HANDOVER_ACCOMPANIED] = DC_("handover", "Accompanied"),
};

static const char * const signpost_outcome_labels[] = {
  [TANDEM_SIGNPOST_OUTCOME_PENDING] = DC_("outcome", "Not known yet"),
  [TANDEM_SIGNPOST_OUTCOME_ATTENDED] = DC_("outcome", "Attended"),
  [TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING] = DC_("outcome", "Still attending"),
  [TANDEM_SIGNPOST_OUTCOME_DID_NOT_ATTEND] = DC_("outcome", "Did not attend"),
  [TANDEM_SIGNPOST_OUTCOME_DECLINED] = DC_("outcome", "Declined"),
};

static void
tandem_plan_document_finalize (GObject *object)
{
  TandemPlanDocument *self = (TandemPlanDocument *) object;

  /* Its recorded pages hold fonts. */
  tandem_document_fonts_lock ();
  g_clear_object (&self->flow);
  tandem_document_fonts_unlock ();
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (tandem_plan_document_parent_class)->finalize (object);
}

static void
tandem_plan_document_class_init (TandemPlanDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_plan_document_finalize;
}

static void
tandem_plan_document_init (TandemPlanDocument *self)
{
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/* A date in words of the document's language, isolated in right-to-left text; empty when
 * @iso is not a date. */
static char *
format_date (TandemDocumentFlow *flow,
             const char         *iso)
{
  g_autofree char *date = NULL;
  GDate parsed;

  if (!tandem_date_from_iso (iso, &parsed))
    return g_strdup ("");

  /* Translators: a date: %1$u the day, %2$s the month's name, %3$u the year; reorder
   * them as your language writes dates */
  date = g_strdup_printf (tandem_document_flow_t (flow, DN_("%1$u %2$s %3$u")),
                          (guint) g_date_get_day (&parsed),
                          tandem_document_flow_t (flow,
                                                  month_names[g_date_get_month (&parsed) - 1]),
                          (guint) g_date_get_year (&parsed));

  return tandem_document_flow_isolate (flow, date);
}

static char *
format_nhs_number (TandemDocumentFlow *flow,
                   const char         *nhs_number)
{
  g_autofree char *formatted = NULL;

  if (is_blank (nhs_number))
    return g_strdup ("");

  formatted = tandem_nhs_number_format (nhs_number);
  return tandem_document_flow_isolate (flow, formatted);
}

static char *
dup_person_name (TandemPerson *person)
{
  const char *given = tandem_person_get_given_name (person);
  const char *family = tandem_person_get_family_name (person);
  const char *preferred = tandem_person_get_preferred_name (person);
  g_autofree char *name = g_strstrip (g_strjoin (" ", given ? given : "", family ? family : "",
                                                 NULL));

  /* The name the person goes by comes first: the plan is theirs. */
  if (!is_blank (preferred) && g_strcmp0 (preferred, given) != 0)
    return g_strdup_printf ("%s (%s)", preferred, name);

  return g_steal_pointer (&name);
}

/* "label" over "value" in each of @n cells across the row. */
static void
add_details_row (TandemDocumentFlow *flow,
                 const char * const *labels,
                 const char * const *values,
                 guint               n)
{
  TandemFlowRow *row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_PLAIN);
  double width = tandem_document_flow_get_width (flow) / n;

  for (guint i = 0; i < n; i++)
    {
      guint cell = tandem_flow_row_add_cell (row, i * width, width);

      tandem_flow_row_add_label (row, cell, TANDEM_FLOW_LABEL, labels[i]);
      tandem_flow_row_add_text (row, cell, TANDEM_FLOW_STRONG, TANDEM_FLOW_WRITTEN,
                                values[i] != NULL ? values[i] : "");
    }
}

static void
add_section (TandemDocumentFlow *flow,
             const char         *heading)
{
  tandem_document_flow_add_space (flow, 14);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_HEADING, heading, TRUE);
  tandem_document_flow_add_space (flow, 4);
}

/* A field's heading and what was written under it; nothing when nothing was written. */
static gboolean
add_written_field (TandemDocumentFlow *flow,
                   const char         *heading,
                   const char         *text)
{
  if (is_blank (text))
    return FALSE;

  tandem_document_flow_add_space (flow, 6);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_SUBHEADING, heading, FALSE);
  tandem_document_flow_add_space (flow, 2);
  tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN, text, 0);
  return TRUE;
}

static void
add_nothing_written (TandemDocumentFlow *flow)
{
  /* Translators: printed under a plan's heading when nothing was written there */
  tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE,
                                 tandem_document_flow_t (flow, DN_("Nothing written yet.")), 0);
}

static void
add_fields (TandemDocumentFlow *flow,
            TandemPlanVersion  *version,
            const Field        *fields,
            guint               n_fields)
{
  gboolean any = FALSE;

  for (guint i = 0; i < n_fields; i++)
    any |= add_written_field (flow, fields[i].heading, fields[i].get (version));

  if (!any)
    add_nothing_written (flow);
}

static void
add_title (TandemDocumentFlow             *flow,
           const TandemPlanDocumentSource *source)
{
  TandemPlanVersion *version = tandem_plan_get_version (source->plan);
  g_autofree char *name = dup_person_name (source->person);
  g_autofree char *nhs_number = format_nhs_number (flow, tandem_person_get_nhs_number (source->person));
  g_autofree char *birth = format_date (flow, tandem_person_get_date_of_birth (source->person));
  g_autofree char *agreed = format_date (flow, tandem_plan_version_get_agreed_on (version));
  g_autofree char *printed = format_date (flow, source->printed_on);
  const char *labels[3];
  const char *values[3];

  tandem_document_flow_add_heading (flow, TANDEM_FLOW_TITLE,
                                    DN_("My personalised care and support plan"), FALSE);
  tandem_document_flow_add_space (flow, 4);
  tandem_document_flow_add_text (flow, TANDEM_FLOW_HEADING, TANDEM_FLOW_WRITTEN, name, 0);
  tandem_document_flow_add_space (flow, 8);

  labels[0] = DN_("NHS number"), values[0] = nhs_number;
  labels[1] = DN_("Date of birth"), values[1] = birth;
  labels[2] = DN_("GP practice"), values[2] = source->practice_name;
  add_details_row (flow, labels, values, 3);

  labels[0] = DN_("Prepared by"), values[0] = source->prepared_by;
  if (tandem_plan_version_get_state (version) == TANDEM_PLAN_AGREED)
    labels[1] = DN_("Agreed on"), values[1] = agreed;
  else
    labels[1] = DN_("Status"), values[1] = tandem_document_flow_t (flow, DN_("Draft, not yet agreed"));
  labels[2] = DN_("Printed on"), values[2] = printed;
  add_details_row (flow, labels, values, 3);
}

/* A goal's band: the person's words, how much it matters to them and how it stands. */
static void
add_goal (TandemDocumentFlow *flow,
          TandemPlanGoal     *goal)
{
  TandemFlowRow *row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_BAND);
  double width = tandem_document_flow_get_width (flow);
  g_autofree char *importance = NULL;
  g_autofree char *target = format_date (flow, tandem_plan_goal_get_target_on (goal));
  TandemGoalStatus status = tandem_plan_goal_get_status (goal);
  guint words_cell, status_cell;

  words_cell = tandem_flow_row_add_cell (row, 4, width * 0.66 - 4);
  tandem_flow_row_add_label (row, words_cell, TANDEM_FLOW_LABEL, DN_("My goal"));
  tandem_flow_row_add_text (row, words_cell, TANDEM_FLOW_STRONG, TANDEM_FLOW_WRITTEN,
                            tandem_plan_goal_get_words (goal));
  if (!is_blank (tandem_plan_goal_get_outcome (goal)))
    {
      tandem_flow_row_add_label (row, words_cell, TANDEM_FLOW_LABEL, DN_("Outcome"));
      tandem_flow_row_add_text (row, words_cell, TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                tandem_plan_goal_get_outcome (goal));
    }

  status_cell = tandem_flow_row_add_cell (row, width * 0.66, width * 0.34);
  if (tandem_plan_goal_get_importance (goal) > 0)
    {
      g_autofree char *number = g_strdup_printf (
        /* Translators: how important a goal is to the person, %u from 1 to 10 */
        tandem_document_flow_t (flow, DN_("%u out of 10")),
        (guint) tandem_plan_goal_get_importance (goal));

      importance = tandem_document_flow_isolate (flow, number);
      tandem_flow_row_add_label (row, status_cell, TANDEM_FLOW_LABEL,
                                 DN_("How important to me"));
      tandem_flow_row_add_text (row, status_cell, TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                importance);
    }
  if (status < G_N_ELEMENTS (goal_status_labels))
    {
      tandem_flow_row_add_label (row, status_cell, TANDEM_FLOW_LABEL, DN_("Where it stands"));
      tandem_flow_row_add_text (row, status_cell, TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                tandem_document_flow_t (flow, goal_status_labels[status]));
    }
  if (target[0] != '\0')
    {
      tandem_flow_row_add_label (row, status_cell, TANDEM_FLOW_LABEL, DN_("Hope to by"));
      tandem_flow_row_add_text (row, status_cell, TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                target);
    }
}

/* The columns of the actions table, as fractions of the body's width. */
static const struct {
  const char *heading;
  double      x;
  double      width;
} action_columns[] = {
  { DN_("What I or others will do"), 0.00, 0.36 },
  { DN_("Who"), 0.36, 0.17 },
  { DN_("By when"), 0.53, 0.17 },
  { DN_("Where it stands"), 0.70, 0.15 },
  { DN_("My confidence"), 0.85, 0.15 },
};

static TandemFlowRow *
add_action_row (TandemDocumentFlow *flow,
                TandemFlowRowKind   kind,
                guint              *cells)
{
  TandemFlowRow *row = tandem_document_flow_add_row (flow, kind);
  double width = tandem_document_flow_get_width (flow);

  for (guint i = 0; i < G_N_ELEMENTS (action_columns); i++)
    cells[i] = tandem_flow_row_add_cell (row, action_columns[i].x * width,
                                         action_columns[i].width * width);

  return row;
}

static void
add_actions (TandemDocumentFlow *flow,
             GListModel         *actions)
{
  guint cells[G_N_ELEMENTS (action_columns)];
  TandemFlowRow *row;
  guint n = g_list_model_get_n_items (actions);

  if (n == 0)
    return;

  row = add_action_row (flow, TANDEM_FLOW_ROW_HEADER, cells);
  for (guint i = 0; i < G_N_ELEMENTS (action_columns); i++)
    tandem_flow_row_add_label (row, cells[i], TANDEM_FLOW_TABLE_HEADER, action_columns[i].heading);
  /* Column headings never end a page. */
  tandem_document_flow_keep_with_next (flow);
  tandem_document_flow_begin_table (flow);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, i);
      g_autofree char *due = format_date (flow, tandem_plan_action_get_due_on (action));
      TandemActionStatus status = tandem_plan_action_get_status (action);
      int confidence = tandem_plan_action_get_confidence (action);

      row = add_action_row (flow, TANDEM_FLOW_ROW_PLAIN, cells);
      tandem_flow_row_add_text (row, cells[0], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                tandem_plan_action_get_what (action));
      tandem_flow_row_add_text (row, cells[1], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                tandem_plan_action_get_who (action));
      tandem_flow_row_add_text (row, cells[2], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, due);
      if (status < G_N_ELEMENTS (action_status_labels))
        tandem_flow_row_add_text (row, cells[3], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                  tandem_document_flow_t (flow, action_status_labels[status]));
      if (confidence > 0)
        {
          g_autofree char *number = g_strdup_printf (
            tandem_document_flow_t (flow, DN_("%u out of 10")), (guint) confidence);
          g_autofree char *isolated = tandem_document_flow_isolate (flow, number);

          tandem_flow_row_add_text (row, cells[4], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                    isolated);
        }
    }

  tandem_document_flow_end_table (flow);
}

static void
add_needs (TandemDocumentFlow *flow,
           TandemPlan         *plan)
{
  GListModel *needs = tandem_plan_get_needs (plan);
  guint n_needs = g_list_model_get_n_items (needs);

  /* Translators: the heading of the needs, goals and actions of a printed plan */
  add_section (flow, DN_("What I want to work on"));
  if (n_needs == 0)
    {
      add_nothing_written (flow);
      return;
    }

  for (guint i = 0; i < n_needs; i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (plan, need);
      guint n_goals = g_list_model_get_n_items (goals);

      tandem_document_flow_add_space (flow, 8);
      tandem_document_flow_add_heading (flow, TANDEM_FLOW_SUBHEADING,
                                        DN_("What matters to me or concerns me"), FALSE);
      tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN,
                                     tandem_plan_need_get_words (need), 0);
      tandem_document_flow_keep_with_next (flow);
      tandem_document_flow_add_space (flow, 4);

      for (guint j = 0; j < n_goals; j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);

          /* Not kept with its actions: in large print a goal, the column headings and a
           * row can take most of a page, and the need's heading would be left behind. */
          add_goal (flow, goal);
          add_actions (flow, tandem_plan_get_actions (plan, goal));
          tandem_document_flow_add_space (flow, 6);
        }
    }
}

/* Who to contact, outlined so that it is found at once when things get worse. */
static void
add_contacts (TandemDocumentFlow *flow,
              TandemPlanVersion  *version)
{
  const char *contacts = tandem_plan_version_get_contingency_contacts (version);
  TandemFlowRow *row;
  guint cell;

  if (is_blank (contacts))
    return;

  tandem_document_flow_add_space (flow, 8);
  row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_BOXED);
  cell = tandem_flow_row_add_cell (row, 4, tandem_document_flow_get_width (flow) - 8);
  tandem_flow_row_add_label (row, cell, TANDEM_FLOW_SUBHEADING, DN_("Who to contact"));
  tandem_flow_row_add_text (row, cell, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN, contacts);
}

static void
add_agreement (TandemDocumentFlow             *flow,
               const TandemPlanDocumentSource *source)
{
  TandemPlanVersion *version = tandem_plan_get_version (source->plan);
  g_autofree char *agreed_on = format_date (flow, tandem_plan_version_get_agreed_on (version));
  g_autofree char *review_on = format_date (flow, tandem_plan_version_get_review_on (version));
  g_autofree char *representative = NULL;
  const char *labels[2];
  const char *values[2];

  add_section (flow, DN_("Agreement and review"));

  if (tandem_plan_version_get_state (version) != TANDEM_PLAN_AGREED)
    {
      tandem_document_flow_add_text (flow, TANDEM_FLOW_STRONG, TANDEM_FLOW_TEMPLATE,
                                     tandem_document_flow_t (flow,
                                                             DN_("This plan is a draft: it has "
                                                                 "not been agreed yet.")), 0);
      tandem_document_flow_add_space (flow, 4);
    }

  labels[0] = DN_("Agreed with");
  if (tandem_plan_version_get_agreed_with (version) == TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE)
    {
      const char *name = tandem_plan_version_get_representative_name (version);
      const char *role = tandem_plan_version_get_representative_role (version);

      representative = is_blank (role) ? g_strdup (name ? name : "")
                                       : g_strdup_printf ("%s (%s)", name ? name : "", role);
      values[0] = representative;
    }
  else
    {
      values[0] = tandem_document_flow_t (flow, DN_("Me"));
    }
  labels[1] = DN_("Agreed on"), values[1] = agreed_on;
  add_details_row (flow, labels, values, 2);

  labels[0] = DN_("How it was agreed"), values[0] = tandem_plan_version_get_agreed_how (version);
  labels[1] = DN_("Prepared by"), values[1] = source->prepared_by;
  add_details_row (flow, labels, values, 2);

  labels[0] = DN_("Next review"), values[0] = review_on;
  labels[1] = DN_("Review led by"), values[1] = source->reviewer;
  add_details_row (flow, labels, values, 2);
}

/* The groups and services the person was put in touch with, how, and what came of it, as
 * recorded rather than as written in the plan. */
static void
add_signposts (TandemDocumentFlow *flow,
               GPtrArray          *signposts)
{
  if (signposts == NULL || signposts->len == 0)
    return;

  tandem_document_flow_add_space (flow, 6);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_SUBHEADING,
                                    DN_("Groups and services I was put in touch with"), FALSE);
  tandem_document_flow_add_space (flow, 2);

  for (guint i = 0; i < signposts->len; i++)
    {
      TandemSignpost *signpost = g_ptr_array_index (signposts, i);
      TandemHandover handover = tandem_signpost_get_handover (signpost);
      TandemSignpostOutcome outcome = tandem_signpost_get_outcome (signpost);
      const char *asset_name = tandem_signpost_get_asset_name (signpost);
      g_autofree char *name = tandem_document_flow_isolate (flow, asset_name);
      g_autofree char *line = NULL;

      if (handover >= G_N_ELEMENTS (handover_labels))
        handover = TANDEM_HANDOVER_INFORMATION;
      if (outcome >= G_N_ELEMENTS (signpost_outcome_labels))
        outcome = TANDEM_SIGNPOST_OUTCOME_PENDING;

      /* Translators: a group or service the person was put in touch with, how, and what came
       * of it, as in "Tuesday Walking Group (Warm handover): Still attending" */
      line = g_strdup_printf (tandem_document_flow_t (flow, DN_("%1$s (%2$s): %3$s")),
                              name,
                              tandem_document_flow_t (flow, handover_labels[handover]),
                              tandem_document_flow_t (flow, signpost_outcome_labels[outcome]));
      tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE, line, 0);
    }
}

static void
add_plan (TandemDocumentFlow             *flow,
          const TandemPlanDocumentSource *source)
{
  TandemPlanVersion *version = tandem_plan_get_version (source->plan);

  add_title (flow, source);

  add_section (flow, DN_("About me"));
  add_fields (flow, version, about_me_fields, G_N_ELEMENTS (about_me_fields));

  add_section (flow, DN_("My strengths"));
  if (!is_blank (tandem_plan_version_get_strengths (version)))
    tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN,
                                   tandem_plan_version_get_strengths (version), 0);
  else
    add_nothing_written (flow);

  add_needs (flow, source->plan);

  add_section (flow, DN_("Support I am connected to"));
  if (!is_blank (tandem_plan_version_get_support (version)))
    tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN,
                                   tandem_plan_version_get_support (version), 0);
  else if (source->signposts == NULL || source->signposts->len == 0)
    add_nothing_written (flow);
  add_signposts (flow, source->signposts);

  add_section (flow, DN_("If things get worse"));
  add_fields (flow, version, contingency_fields, G_N_ELEMENTS (contingency_fields));
  add_contacts (flow, version);

  add_agreement (flow, source);
}

static void
set_margins (TandemDocumentFlow             *flow,
             const TandemPlanDocumentSource *source,
             const char                     *name)
{
  g_autofree char *nhs_number = format_nhs_number (flow, tandem_person_get_nhs_number (source->person));
  g_autofree char *footer = NULL;
  const char *note = NULL;
  const char *english_note = NULL;

  /* Translators: the start of each page's footer; %s is the NHS number */
  footer = nhs_number[0] != '\0'
           ? g_strdup_printf (tandem_document_flow_t (flow, DN_("NHS number %s · Confidential")),
                              nhs_number)
           : g_strdup (tandem_document_flow_t (flow, DN_("Confidential")));

  if (!tandem_document_catalog_is_reviewed (tandem_document_flow_get_catalog (flow)))
    {
      english_note = DN_("Template translation not yet reviewed by a native speaker.");
      note = tandem_document_flow_t (flow, english_note);
    }

  tandem_document_flow_set_running_header (flow, name,
                                            tandem_document_flow_t (flow,
                                                                    DN_("My personalised care and support plan")));
  tandem_document_flow_set_footer (flow, footer, note, english_note);
}

/**
 * tandem_plan_document_source_init:
 * @team: (nullable): where the practice's and staff names are found
 *
 * Fills @source from what the store keeps about @plan, for printing today.
 */
void
tandem_plan_document_source_init (TandemPlanDocumentSource *source,
                                  TandemPlan               *plan,
                                  TandemPerson             *person,
                                  TandemTeam               *team)
{
  TandemPlanVersion *version = tandem_plan_get_version (plan);
  TandemPractice *practice = NULL;
  TandemStaff *prepared_by = NULL;
  TandemStaff *reviewer = NULL;

  if (team != NULL)
    {
      practice = tandem_team_find_practice (team, tandem_person_get_practice_id (person));
      prepared_by = tandem_team_find_staff (team,
                                            tandem_plan_version_get_prepared_by_staff_id (version));
      reviewer = tandem_team_find_staff (team, tandem_plan_version_get_review_staff_id (version));
    }

  *source = (TandemPlanDocumentSource) {
    .plan = plan,
    .person = person,
    .practice_name = practice != NULL ? tandem_practice_get_name (practice) : NULL,
    .pcn_name = team != NULL && tandem_team_is_set_up (team) ? tandem_team_get_pcn_name (team)
                                                            : NULL,
    .prepared_by = prepared_by != NULL ? tandem_staff_get_name (prepared_by) : NULL,
    .reviewer = reviewer != NULL ? tandem_staff_get_name (reviewer) : NULL,
  };
}

/**
 * tandem_plan_document_new:
 * @options: (nullable): the language and print options; %NULL for the plan's own
 *
 * Lays the plan out on pages, on the calling thread, which may be any thread.
 *
 * Returns: (transfer full): the document, or %NULL with @error set if it cannot be printed in
 *   that language or a font is missing (the message says what to do)
 */
TandemPlanDocument *
tandem_plan_document_new (const TandemPlanDocumentSource  *source,
                          const TandemPlanDocumentOptions *options,
                          GError                         **error)
{
  static const TandemPlanDocumentOptions plan_options = { NULL, FALSE, FALSE };
  g_autoptr(TandemPlanDocument) self = NULL;
  g_autoptr(TandemDocumentCatalog) catalog = NULL;
  g_autofree char *printed_on = NULL;
  g_autofree char *name = NULL;
  TandemPlanDocumentSource with_date;
  TandemPlanVersion *version;
  const char *language;
  gboolean large_print;
  gboolean paginated;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (TANDEM_IS_PLAN (source->plan), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (source->person), NULL);

  if (options == NULL)
    options = &plan_options;

  version = tandem_plan_get_version (source->plan);
  language = options->language;
  if (language == NULL)
    language = tandem_plan_version_get_language (version);
  if (is_blank (language))
    language = "en";

  catalog = tandem_document_catalog_get (language, error);
  if (catalog == NULL)
    return NULL;

  with_date = *source;
  if (with_date.printed_on == NULL)
    with_date.printed_on = printed_on = tandem_date_today_iso ();

  /* The plan's own format asks for large print too: easy read is printed large as well,
   * its plain words being the coach's to write. */
  large_print = options->large_print ||
                tandem_plan_version_get_format (version) != TANDEM_PLAN_FORMAT_STANDARD;

  tandem_document_fonts_lock ();
  self = g_object_new (TANDEM_TYPE_PLAN_DOCUMENT, NULL);
  self->flow = tandem_document_flow_new (catalog, large_print, options->bilingual);
  self->language = g_strdup (tandem_document_catalog_get_language (catalog));

  name = dup_person_name (source->person);
  /* Translators: the printed plan's title in the PDF's properties; %s is the person's name */
  self->title = g_strdup_printf (tandem_document_flow_t (self->flow,
                                                         DN_("Personalised care and support plan: %s")),
                                 name);
  self->subject = g_strdup (tandem_document_flow_t (self->flow,
                                                    DN_("My personalised care and support plan")));
  self->author = g_strdup (with_date.prepared_by != NULL ? with_date.prepared_by
                                                         : with_date.pcn_name);

  add_plan (self->flow, &with_date);
  set_margins (self->flow, &with_date, name);
  paginated = tandem_document_flow_paginate (self->flow, error);
  tandem_document_fonts_unlock ();

  return paginated ? g_steal_pointer (&self) : NULL;
}

/* The BCP 47 tag of the language the document is printed in. */
const char *
tandem_plan_document_get_language (TandemPlanDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_DOCUMENT (self), NULL);

  return self->language;
}

/* The document's title, in its language, with the person's name. */
const char *
tandem_plan_document_get_title (TandemPlanDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_DOCUMENT (self), NULL);

  return self->title;
}

guint
tandem_plan_document_get_n_pages (TandemPlanDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_DOCUMENT (self), 0);

  return tandem_document_flow_get_n_pages (self->flow);
}

/**
 * tandem_plan_document_draw_page:
 * @cr: an A4 page in points, its origin at the top left
 * @page: from 0
 *
 * Draws a page, from any thread.
 */
void
tandem_plan_document_draw_page (TandemPlanDocument *self,
                                cairo_t            *cr,
                                guint               page)
{
  g_return_if_fail (TANDEM_IS_PLAN_DOCUMENT (self));

  tandem_document_fonts_lock ();
  tandem_document_flow_draw_page (self->flow, cr, page);
  tandem_document_fonts_unlock ();
}

/* The outline (bookmarks) of the sections, each pointing at its heading. */
/**
 * tandem_plan_document_write_pdf:
 * @stream: where the PDF goes; not closed
 *
 * Writes the document as a PDF with its fonts embedded as subsets (so its text can be
 * searched and copied), its title, author, subject and date, and an outline of its sections.
 *
 * Returns: %TRUE if the whole PDF was written
 */
gboolean
tandem_plan_document_write_pdf (TandemPlanDocument  *self,
                                GOutputStream       *stream,
                                GCancellable        *cancellable,
                                GError             **error)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_DOCUMENT (self), FALSE);

  return tandem_document_flow_write_pdf (self->flow, stream, self->title, self->subject,
                                         self->author, cancellable, error);
}

/**
 * tandem_plan_document_write_pdf_file:
 * @path: where to write; replaced only once the whole PDF is written
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
tandem_plan_document_write_pdf_file (TandemPlanDocument  *self,
                                     const char          *path,
                                     GCancellable        *cancellable,
                                     GError             **error)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_DOCUMENT (self), FALSE);

  return tandem_document_flow_write_pdf_file (self->flow, path, self->title, self->subject,
                                              self->author, cancellable, error);
}

/* What laying the document out took, for tests. */
void
tandem_plan_document_get_stats (TandemPlanDocument      *self,
                                TandemPlanDocumentStats *stats)
{
  g_return_if_fail (TANDEM_IS_PLAN_DOCUMENT (self));

  stats->n_layouts = tandem_document_flow_count_layouts (self->flow);
  stats->n_unknown_glyphs = tandem_document_flow_count_unknown_glyphs (self->flow);
  stats->n_split_rows = tandem_document_flow_count_split_rows (self->flow);
}
