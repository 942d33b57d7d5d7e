/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "tandem-fuzz.h"
#include "tandem-plan-document.h"
#include "tandem-print-autocleanups.h"

/* The plan renderer fed arbitrary plan text. The input's NUL-separated parts fill, in
 * order: the options, the plan's free-text fields, the person's names and the staff
 * names, then needs, goals and their actions, four parts to a goal. Text is made valid
 * UTF-8 first, as every text that reaches a plan is (the forms and the database give
 * nothing else). The pages are drawn on a recording surface, which lays everything out as
 * a PDF would at a fraction of the cost; the options decide when the whole PDF is written. */

static const char * const version_properties[] = {
  "about-important", "about-people", "about-communication", "about-wellness",
  "about-do-dont", "about-support", "about-worth-knowing", "about-supported-by",
  "strengths", "support", "contingency-triggers", "contingency-warning-signs",
  "contingency-coping", "contingency-actions", "contingency-contacts",
  "representative-name", "representative-role", "agreed-how", "language",
};

/* The document languages the options may ask for: NULL is the plan's own. */
static const char * const option_languages[] = {
  NULL, "en", "ur", "pl", "bn", "pa", "ro", "gu", "pt", "ar", "so", "es",
};

enum { STAFF_FIELDS = 6, ITEM_FIELDS = 4, MAX_GOALS = 8 };

#define N_FIELDS (1 + G_N_ELEMENTS (version_properties) + STAFF_FIELDS + ITEM_FIELDS * MAX_GOALS)

static char *
field_text (GStrv  fields,
            guint *next)
{
  const char *field = fields[*next] != NULL ? fields[(*next)++] : "";

  return g_utf8_make_valid (field, -1);
}

static TandemPlanVersion *
new_version (GStrv  fields,
             guint *next,
             guint8 control)
{
  TandemPlanVersion *version = tandem_plan_version_new ();

  tandem_record_set_id (version, 1);
  tandem_plan_version_set_number (version, 1 + control % 3);
  tandem_plan_version_set_state (version, control & 4 ? TANDEM_PLAN_AGREED : TANDEM_PLAN_DRAFT);
  tandem_plan_version_set_agreed_with (version, control & 8 ? TANDEM_PLAN_AGREED_WITH_PERSON
                                                            : TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE);
  tandem_plan_version_set_agreed_on (version, "2026-10-11");
  tandem_plan_version_set_review_on (version, "2027-01-03");

  for (guint i = 0; i < G_N_ELEMENTS (version_properties); i++)
    {
      g_autofree char *text = field_text (fields, next);

      g_object_set (version, version_properties[i], text, NULL);
    }

  return version;
}

static TandemPerson *
new_person (GStrv  fields,
            guint *next)
{
  TandemPerson *person = tandem_person_new ();
  g_autofree char *given = field_text (fields, next);
  g_autofree char *family = field_text (fields, next);
  g_autofree char *preferred = field_text (fields, next);

  tandem_person_set_given_name (person, given);
  tandem_person_set_family_name (person, family);
  tandem_person_set_preferred_name (person, preferred);
  tandem_person_set_nhs_number (person, "9434765919");
  tandem_person_set_date_of_birth (person, "1956-04-03");
  return person;
}

/* Each goal takes four parts: its need's words (a new need when not empty), its words, and
 * what one action does and who does it. */
static void
add_goals (TandemPlan *plan,
           GStrv       fields,
           guint      *next)
{
  TandemPlanNeed *need = NULL;

  for (gint64 id = 1; id <= MAX_GOALS && fields[*next] != NULL; id++)
    {
      g_autofree char *need_words = field_text (fields, next);
      g_autofree char *goal_words = field_text (fields, next);
      g_autofree char *what = field_text (fields, next);
      g_autofree char *who = field_text (fields, next);
      g_autoptr(TandemPlanGoal) goal = tandem_plan_goal_new ();
      g_autoptr(TandemPlanAction) action = tandem_plan_action_new ();

      if (need == NULL || *need_words != '\0')
        {
          g_autoptr(TandemPlanNeed) new_need = tandem_plan_need_new ();

          tandem_record_set_id (new_need, id);
          tandem_plan_need_set_position (new_need, (int) id);
          tandem_plan_need_set_words (new_need, need_words);
          tandem_plan_insert_need (plan, new_need);
          need = new_need;
        }

      tandem_record_set_id (goal, id);
      tandem_plan_goal_set_need_id (goal, tandem_record_get_id (need));
      tandem_plan_goal_set_words (goal, goal_words);
      tandem_plan_goal_set_importance (goal, (int) (id % 11));
      tandem_plan_goal_set_target_on (goal, "2027-03-31");
      tandem_plan_insert_goal (plan, goal);

      tandem_record_set_id (action, id);
      tandem_plan_action_set_goal_id (action, id);
      tandem_plan_action_set_what (action, what);
      tandem_plan_action_set_who (action, who);
      tandem_plan_action_set_due_on (action, "2027-01-15");
      tandem_plan_action_set_confidence (action, (int) (id % 11));
      tandem_plan_insert_action (plan, action);
    }
}

static void
draw_pages (TandemPlanDocument *document)
{
  cairo_rectangle_t page = { 0, 0, TANDEM_PLAN_DOCUMENT_PAGE_WIDTH,
                             TANDEM_PLAN_DOCUMENT_PAGE_HEIGHT };
  guint n_pages = tandem_plan_document_get_n_pages (document);

  TANDEM_FUZZ_CHECK (n_pages >= 1);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(cairo_surface_t) surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR,
                                                                            &page);
      g_autoptr(cairo_t) cr = cairo_create (surface);

      tandem_plan_document_draw_page (document, cr, i);
      TANDEM_FUZZ_CHECK (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
    }
}

static void
write_pdf (TandemPlanDocument *document)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  if (!tandem_plan_document_write_pdf (document, stream, NULL, &error))
    g_error ("A document that was made could not be written: %s", error->message);
  TANDEM_FUZZ_CHECK (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)) > 0);
}

static void
run_plan_document (const guint8 *data,
                   gsize         size)
{
  g_auto(GStrv) fields = tandem_fuzz_split (data, size, N_FIELDS);
  guint8 control = (guint8) fields[0][0];
  guint next = 1;
  g_autoptr(TandemPlanVersion) version = new_version (fields, &next, control);
  g_autoptr(TandemPlan) plan = tandem_plan_new (version);
  g_autoptr(TandemPerson) person = new_person (fields, &next);
  g_autofree char *practice = field_text (fields, &next);
  g_autofree char *pcn = field_text (fields, &next);
  g_autofree char *prepared_by = field_text (fields, &next);
  g_autoptr(TandemPlanDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlanDocumentSource source;
  TandemPlanDocumentOptions options = {
    option_languages[(control >> 4) % G_N_ELEMENTS (option_languages)],
    control & 1, (control & 2) != 0,
  };

  add_goals (plan, fields, &next);

  tandem_plan_document_source_init (&source, plan, person, NULL);
  source.practice_name = *practice != '\0' ? practice : NULL;
  source.pcn_name = *pcn != '\0' ? pcn : NULL;
  source.prepared_by = *prepared_by != '\0' ? prepared_by : NULL;
  source.reviewer = source.prepared_by;
  source.printed_on = "2026-11-21";

  /* A text no installed font can show is refused with an error, never printed as boxes. */
  document = tandem_plan_document_new (&source, &options, &error);
  TANDEM_FUZZ_CHECK ((document == NULL) != (error == NULL));
  if (document == NULL)
    return;

  if (fields[0][0] != '\0' && (fields[0][1] & 3) == 3)
    write_pdf (document);
  else
    draw_pages (document);
}

const TandemFuzzTarget tandem_fuzz_plan_document = { "plan-document", NULL, run_plan_document,
                                                     NULL };
