/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-portfolio-document"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-document-flow.h"
#include "tandem-document-fonts.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-portfolio-document.h"

/* A worker's portfolio for appraisal: their supervision record (when, what kind, how long,
 * with whom and how many cases, never the notes), their latest competency ratings and how
 * each changed over the period, and their CPD with the hours per year. It is for the worker
 * and their manager, so it is written in the interface's language, with the same renderer
 * as plans. */
struct _TandemPortfolioDocument
{
  GObject             parent_instance;

  TandemDocumentFlow *flow;
  char               *title;
  char               *author;
};

G_DEFINE_FINAL_TYPE (TandemPortfolioDocument, tandem_portfolio_document, G_TYPE_OBJECT)

static void
tandem_portfolio_document_finalize (GObject *object)
{
  TandemPortfolioDocument *self = (TandemPortfolioDocument *) object;

  g_clear_object (&self->flow);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (tandem_portfolio_document_parent_class)->finalize (object);
}

static void
tandem_portfolio_document_class_init (TandemPortfolioDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_portfolio_document_finalize;
}

static void
tandem_portfolio_document_init (TandemPortfolioDocument *self)
{
}

static gboolean
in_period (const TandemPortfolioSource *source,
           const char                  *iso)
{
  if (iso == NULL)
    return FALSE;
  if (source->from != NULL && g_strcmp0 (iso, source->from) < 0)
    return FALSE;
  return g_strcmp0 (iso, source->to != NULL ? source->to : source->printed_on) <= 0;
}

static char *
format_date (TandemDocumentFlow *flow,
             const char         *iso)
{
  g_autofree char *date = tandem_date_format (iso);

  return tandem_document_flow_isolate (flow, date);
}

static char *
format_hours (double hours)
{
  g_autofree char *number = tandem_cpd_format_hours (hours);

  /* Translators: a number of hours, like “1.5 hours” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours",
                                       hours == 1.0 ? 1 : 2),
                          number);
}

static char *
format_level (TandemCompetencyFramework *framework,
              int                        level)
{
  const char *name = tandem_competency_framework_get_level_name (framework, level);

  /* Translators: a level of a competency scale: its number and name, like “3 · Competent” */
  return g_strdup_printf (_("%d · %s"), level, name ? name : "");
}

/* The earliest date any record of the period has, for its start. */
static const char *
find_first_date (const TandemPortfolioSource *source)
{
  const char *first = NULL;

  for (guint i = 0; source->supervision != NULL && i < source->supervision->len; i++)
    {
      const char *day = ((TandemSupervisionSummary *) g_ptr_array_index (source->supervision, i))->held_on;

      if (first == NULL || g_strcmp0 (day, first) < 0)
        first = day;
    }
  for (guint i = 0; source->reviews != NULL && i < source->reviews->len; i++)
    {
      const char *day = tandem_competency_review_get_reviewed_on (g_ptr_array_index (source->reviews, i));

      if (first == NULL || g_strcmp0 (day, first) < 0)
        first = day;
    }
  for (guint i = 0; source->cpd != NULL && i < source->cpd->len; i++)
    {
      const char *day = tandem_cpd_entry_get_done_on (g_ptr_array_index (source->cpd, i));

      if (first == NULL || g_strcmp0 (day, first) < 0)
        first = day;
    }

  return first;
}

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

static char *
dup_period (TandemDocumentFlow          *flow,
            const TandemPortfolioSource *source)
{
  const char *from = source->from != NULL ? source->from : find_first_date (source);
  g_autofree char *start = NULL;
  g_autofree char *end = format_date (flow, source->to != NULL ? source->to : source->printed_on);

  if (from == NULL)
    /* Translators: the period of a portfolio with no records yet, up to a date */
    return g_strdup_printf (_("Up to %s"), end);

  start = format_date (flow, from);
  /* Translators: the period a portfolio covers, like “3 Mar 2025 to 21 Nov 2026” */
  return g_strdup_printf (_("%s to %s"), start, end);
}

static void
add_title (TandemDocumentFlow          *flow,
           const TandemPortfolioSource *source)
{
  g_autofree char *period = dup_period (flow, source);
  g_autofree char *printed = format_date (flow, source->printed_on);
  const char *labels[3];
  const char *values[3];

  tandem_document_flow_add_heading (flow, TANDEM_FLOW_TITLE,
                                    _("Supervision and CPD portfolio"), FALSE);
  tandem_document_flow_add_space (flow, 4);
  tandem_document_flow_add_text (flow, TANDEM_FLOW_HEADING, TANDEM_FLOW_WRITTEN,
                                 source->staff_name, 0);
  tandem_document_flow_add_space (flow, 8);

  labels[0] = _("Role"), values[0] = tandem_enum_get_label (TANDEM_TYPE_ROLE, source->role);
  labels[1] = _("Period"), values[1] = period;
  labels[2] = _("Printed on"), values[2] = printed;
  add_details_row (flow, labels, values, 3);
}

static void
add_section (TandemDocumentFlow *flow,
             const char         *heading)
{
  tandem_document_flow_add_space (flow, 14);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_HEADING, heading, TRUE);
  tandem_document_flow_add_space (flow, 4);
}

static void
add_body (TandemDocumentFlow *flow,
          const char         *text)
{
  tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE, text, 0);
}

typedef struct
{
  const char *heading;
  double      x;
  double      width;
} Column;

static TandemFlowRow *
add_table_row (TandemDocumentFlow *flow,
               TandemFlowRowKind   kind,
               const Column       *columns,
               guint               n_columns,
               guint              *cells)
{
  TandemFlowRow *row = tandem_document_flow_add_row (flow, kind);
  double width = tandem_document_flow_get_width (flow);

  for (guint i = 0; i < n_columns; i++)
    cells[i] = tandem_flow_row_add_cell (row, columns[i].x * width, columns[i].width * width);

  if (kind == TANDEM_FLOW_ROW_HEADER)
    {
      for (guint i = 0; i < n_columns; i++)
        tandem_flow_row_add_label (row, cells[i], TANDEM_FLOW_TABLE_HEADER, columns[i].heading);
      /* Column headings never end a page. */
      tandem_document_flow_keep_with_next (flow);
    }

  return row;
}

static void
add_supervision (TandemDocumentFlow          *flow,
                 const TandemPortfolioSource *source)
{
  const Column columns[] = {
    { _("Date"), 0.00, 0.18 },
    { _("Kind"), 0.18, 0.26 },
    { _("Duration"), 0.44, 0.14 },
    { _("Supervisor"), 0.58, 0.26 },
    { _("Cases discussed"), 0.84, 0.16 },
  };
  guint cells[G_N_ELEMENTS (columns)];
  guint n_sessions = 0, minutes = 0;
  g_autofree char *total = NULL;
  g_autofree char *hours = NULL;

  add_section (flow, _("Supervision record"));

  for (guint i = 0; source->supervision != NULL && i < source->supervision->len; i++)
    {
      TandemSupervisionSummary *session = g_ptr_array_index (source->supervision, i);

      if (in_period (source, session->held_on))
        n_sessions++, minutes += session->duration_minutes;
    }

  if (n_sessions == 0)
    {
      add_body (flow, _("No supervision recorded in this period."));
      return;
    }

  hours = format_hours (minutes / 60.0);
  /* Translators: how many supervision sessions a portfolio lists, then their hours */
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session, %s in all. Notes are "
                                        "confidential and not included.",
                                        "%u sessions, %s in all. Notes are confidential and "
                                        "not included.", n_sessions),
                           n_sessions, hours);
  add_body (flow, total);
  tandem_document_flow_add_space (flow, 4);

  add_table_row (flow, TANDEM_FLOW_ROW_HEADER, columns, G_N_ELEMENTS (columns), cells);
  tandem_document_flow_begin_table (flow);
  for (guint i = 0; i < source->supervision->len; i++)
    {
      TandemSupervisionSummary *session = g_ptr_array_index (source->supervision, i);
      g_autofree char *day = NULL;
      g_autofree char *duration = NULL;
      g_autofree char *cases = NULL;
      TandemFlowRow *row;

      if (!in_period (source, session->held_on))
        continue;

      day = format_date (flow, session->held_on);
      /* Translators: how long a supervision session took, in minutes */
      duration = g_strdup_printf (_("%d min"), session->duration_minutes);
      cases = g_strdup_printf ("%u", session->n_cases);
      row = add_table_row (flow, TANDEM_FLOW_ROW_PLAIN, columns, G_N_ELEMENTS (columns), cells);
      tandem_flow_row_add_text (row, cells[0], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, day);
      tandem_flow_row_add_text (row, cells[1], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND,
                                                       session->kind));
      tandem_flow_row_add_text (row, cells[2], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, duration);
      tandem_flow_row_add_text (row, cells[3], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                session->supervisor_name);
      tandem_flow_row_add_text (row, cells[4], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, cases);
    }
  tandem_document_flow_end_table (flow);
}

/* The first and last levels of a competency within the period. */
static gboolean
find_change (const TandemPortfolioSource  *source,
             TandemCompetencySeries       *series,
             const TandemCompetencyPoint **first,
             const TandemCompetencyPoint **last)
{
  *first = *last = NULL;

  for (guint i = 0; i < series->points->len; i++)
    {
      const TandemCompetencyPoint *point = &g_array_index (series->points, TandemCompetencyPoint, i);

      if (!in_period (source, point->reviewed_on))
        continue;
      if (*first == NULL)
        *first = point;
      *last = point;
    }

  return *last != NULL;
}

static char *
dup_change_text (const TandemCompetencyPoint *first,
                 const TandemCompetencyPoint *last)
{
  int change = last->level - first->level;

  if (first == last)
    return g_strdup (_("First review"));
  if (change == 0)
    return g_strdup (_("No change"));

  /* Translators: how many levels a competency went up or down, like “+2” or “−1” */
  return change > 0 ? g_strdup_printf (_("+%d"), change) : g_strdup_printf (_("−%d"), -change);
}

static void
add_competency_row (TandemDocumentFlow          *flow,
                    const TandemPortfolioSource *source,
                    TandemCompetencyReview      *latest,
                    TandemCompetencySeries      *series,
                    const Column                *columns,
                    guint                        n_columns)
{
  TandemCompetencyFramework *framework = source->framework;
  const TandemCompetency *competency = tandem_competency_framework_find_competency (framework,
                                                                                    series->competency_id);
  const TandemCompetencyRating *rating = tandem_competency_review_find_rating (latest,
                                                                               series->competency_id);
  const TandemCompetencyPoint *first, *last;
  g_autofree char *now = NULL;
  g_autofree char *before = NULL;
  g_autofree char *change = NULL;
  guint cells[4];
  TandemFlowRow *row;

  if (competency == NULL || !find_change (source, series, &first, &last))
    return;

  now = format_level (framework, last->level);
  change = dup_change_text (first, last);
  if (first != last)
    {
      g_autofree char *level = format_level (framework, first->level);
      g_autofree char *day = format_date (flow, first->reviewed_on);

      /* Translators: a competency's level at an earlier review, and its date */
      before = g_strdup_printf (_("%s on %s"), level, day);
    }

  row = add_table_row (flow, TANDEM_FLOW_ROW_PLAIN, columns, n_columns, cells);
  tandem_flow_row_add_text (row, cells[0], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                            tandem_competency_framework_get_competency_name (framework, competency));
  if (rating != NULL && rating->evidence != NULL && rating->evidence[0] != '\0')
    tandem_flow_row_add_text (row, cells[0], TANDEM_FLOW_SMALL, TANDEM_FLOW_WRITTEN,
                              rating->evidence);
  tandem_flow_row_add_text (row, cells[1], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, now);
  tandem_flow_row_add_text (row, cells[2], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                            before ? before : "");
  tandem_flow_row_add_text (row, cells[3], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, change);
}

static TandemCompetencyReview *
find_latest_review (const TandemPortfolioSource *source)
{
  for (guint i = 0; source->reviews != NULL && i < source->reviews->len; i++)
    {
      TandemCompetencyReview *review = g_ptr_array_index (source->reviews, i);

      if (source->framework != NULL &&
          tandem_competency_review_get_framework_id (review) == tandem_record_get_id (source->framework) &&
          in_period (source, tandem_competency_review_get_reviewed_on (review)))
        return review;
    }

  return NULL;
}

static void
add_competence (TandemDocumentFlow          *flow,
                const TandemPortfolioSource *source)
{
  const Column columns[] = {
    { _("Competency"), 0.00, 0.36 },
    { _("Latest level"), 0.36, 0.22 },
    { _("Earlier in the period"), 0.58, 0.28 },
    { _("Change"), 0.86, 0.14 },
  };
  guint cells[G_N_ELEMENTS (columns)];
  TandemCompetencyReview *latest = find_latest_review (source);
  g_autofree char *day = NULL;
  g_autofree char *intro = NULL;
  const char *reviewer;

  add_section (flow, _("Competence"));

  if (latest == NULL || source->history == NULL)
    {
      add_body (flow, _("No competency review in this period."));
      return;
    }

  day = format_date (flow, tandem_competency_review_get_reviewed_on (latest));
  reviewer = source->staff_names
             ? g_hash_table_lookup (source->staff_names,
                                    &(gint64) { tandem_competency_review_get_reviewer_id (latest) })
             : NULL;
  if (reviewer != NULL)
    /* Translators: the latest competency review: its date, the reviewer and the framework */
    intro = g_strdup_printf (_("Latest review on %s by %s, against the %s."), day, reviewer,
                             tandem_competency_framework_get_display_name (source->framework));
  else
    /* Translators: the latest competency review: its date and the framework */
    intro = g_strdup_printf (_("Latest review on %s, against the %s."), day,
                             tandem_competency_framework_get_display_name (source->framework));
  add_body (flow, intro);
  tandem_document_flow_add_space (flow, 4);

  add_table_row (flow, TANDEM_FLOW_ROW_HEADER, columns, G_N_ELEMENTS (columns), cells);
  tandem_document_flow_begin_table (flow);
  for (guint i = 0; i < source->history->len; i++)
    add_competency_row (flow, source, latest, g_ptr_array_index (source->history, i), columns,
                        G_N_ELEMENTS (columns));
  tandem_document_flow_end_table (flow);

  if (!tandem_competency_review_get_note (latest) || !tandem_competency_review_get_note (latest)[0])
    return;

  tandem_document_flow_add_space (flow, 6);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_SUBHEADING, _("Reviewer’s note"), FALSE);
  tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN,
                                 tandem_competency_review_get_note (latest), 0);
}

static const char *
competency_name (const TandemPortfolioSource *source,
                 gint64                       id)
{
  for (guint i = 0; id != 0 && source->frameworks != NULL && i < source->frameworks->len; i++)
    {
      TandemCompetencyFramework *framework = g_ptr_array_index (source->frameworks, i);
      const TandemCompetency *competency = tandem_competency_framework_find_competency (framework, id);

      if (competency != NULL)
        return tandem_competency_framework_get_competency_name (framework, competency);
    }

  return "";
}

/* Hours per calendar year, counted over the entries in the period. */
static void
add_cpd_totals (TandemDocumentFlow          *flow,
                const TandemPortfolioSource *source)
{
  int year = 0;
  double hours = 0;
  guint n = 0;

  for (guint i = 0; i <= source->cpd->len; i++)
    {
      TandemCpdEntry *entry = i < source->cpd->len ? g_ptr_array_index (source->cpd, i) : NULL;
      int entry_year = entry ? atoi (tandem_cpd_entry_get_done_on (entry)) : 0;

      if (entry != NULL && !in_period (source, tandem_cpd_entry_get_done_on (entry)))
        continue;

      if (n > 0 && entry_year != year)
        {
          g_autofree char *total = format_hours (hours);
          g_autofree char *line = NULL;

          /* Translators: a year's CPD, like “2026: 12.5 hours in 4 activities” */
          line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d: %s in %u activity",
                                               "%d: %s in %u activities", n),
                                  year, total, n);
          tandem_document_flow_add_text (flow, TANDEM_FLOW_STRONG, TANDEM_FLOW_TEMPLATE, line, 0);
          hours = 0, n = 0;
        }

      if (entry != NULL)
        year = entry_year, hours += tandem_cpd_entry_get_hours (entry), n++;
    }
}

static void
add_cpd (TandemDocumentFlow          *flow,
         const TandemPortfolioSource *source)
{
  const Column columns[] = {
    { _("Date"), 0.00, 0.17 },
    { _("Activity and learning"), 0.17, 0.47 },
    { _("Hours"), 0.64, 0.10 },
    { _("Competency"), 0.74, 0.26 },
  };
  guint cells[G_N_ELEMENTS (columns)];
  gboolean any = FALSE;

  add_section (flow, _("Continuing professional development"));

  for (guint i = 0; source->cpd != NULL && i < source->cpd->len; i++)
    any |= in_period (source, tandem_cpd_entry_get_done_on (g_ptr_array_index (source->cpd, i)));

  if (!any)
    {
      add_body (flow, _("No CPD recorded in this period."));
      return;
    }

  add_cpd_totals (flow, source);
  tandem_document_flow_add_space (flow, 6);

  add_table_row (flow, TANDEM_FLOW_ROW_HEADER, columns, G_N_ELEMENTS (columns), cells);
  tandem_document_flow_begin_table (flow);
  for (guint i = 0; i < source->cpd->len; i++)
    {
      TandemCpdEntry *entry = g_ptr_array_index (source->cpd, i);
      g_autofree char *day = NULL;
      g_autofree char *hours = NULL;
      const char *learning = tandem_cpd_entry_get_learning (entry);
      TandemFlowRow *row;

      if (!in_period (source, tandem_cpd_entry_get_done_on (entry)))
        continue;

      day = format_date (flow, tandem_cpd_entry_get_done_on (entry));
      hours = tandem_cpd_format_hours (tandem_cpd_entry_get_hours (entry));
      row = add_table_row (flow, TANDEM_FLOW_ROW_PLAIN, columns, G_N_ELEMENTS (columns), cells);
      tandem_flow_row_add_text (row, cells[0], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, day);
      tandem_flow_row_add_text (row, cells[1], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                tandem_cpd_entry_get_activity (entry));
      if (learning != NULL && learning[0] != '\0')
        tandem_flow_row_add_text (row, cells[1], TANDEM_FLOW_SMALL, TANDEM_FLOW_WRITTEN, learning);
      tandem_flow_row_add_text (row, cells[2], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE, hours);
      tandem_flow_row_add_text (row, cells[3], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                competency_name (source, tandem_cpd_entry_get_competency_id (entry)));
    }
  tandem_document_flow_end_table (flow);
}

static void
set_margins (TandemDocumentFlow          *flow,
             const TandemPortfolioSource *source)
{
  tandem_document_flow_set_running_header (flow, source->staff_name,
                                            _("Supervision and CPD portfolio"));
  tandem_document_flow_set_footer (flow, _("Confidential: for appraisal"), NULL, NULL);
}

/**
 * tandem_portfolio_source_load:
 * @team: where the reviewers' names and the PCN's are found
 *
 * Reads a worker's portfolio from @store, as its viewer may read it, on the calling thread.
 * Clear @source with tandem_portfolio_source_clear() even on failure.
 */
gboolean
tandem_portfolio_source_load (TandemPortfolioSource  *source,
                              TandemStore            *store,
                              TandemTeam             *team,
                              gint64                  staff_id,
                              GError                **error)
{
  TandemStaff *staff = tandem_team_find_staff (team, staff_id);
  GListModel *members = tandem_team_get_staff (team);

  memset (source, 0, sizeof *source);
  if (staff == NULL)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND,
                           _("This member of staff is no longer in the team."));
      return FALSE;
    }

  source->staff_name = g_strdup (tandem_staff_get_name (staff));
  source->role = tandem_staff_get_role (staff);
  source->pcn_name = tandem_team_is_set_up (team) ? g_strdup (tandem_team_get_pcn_name (team))
                                                  : NULL;
  source->printed_on = tandem_date_today_iso ();
  source->staff_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (members, i);

      g_hash_table_insert (source->staff_names, g_memdup2 (&(gint64) { tandem_record_get_id (member) },
                                                           sizeof (gint64)),
                           g_strdup (tandem_staff_get_name (member)));
    }

  if ((source->supervision = tandem_store_list_supervision_summary (store, staff_id, error)) == NULL ||
      (source->reviews = tandem_store_list_competency_reviews (store, staff_id, error)) == NULL ||
      (source->cpd = tandem_store_list_cpd_entries (store, staff_id, error)) == NULL ||
      (source->frameworks = tandem_store_list_competency_frameworks (store, error)) == NULL)
    return FALSE;

  if (source->reviews->len == 0)
    return TRUE;

  source->framework = tandem_store_load_competency_framework (store,
                                                              tandem_competency_review_get_framework_id (g_ptr_array_index (source->reviews, 0)),
                                                              error);
  if (source->framework == NULL)
    return FALSE;

  source->history = tandem_store_load_competency_history (store, staff_id,
                                                          tandem_record_get_id (source->framework),
                                                          error);
  return source->history != NULL;
}

void
tandem_portfolio_source_clear (TandemPortfolioSource *source)
{
  g_clear_pointer (&source->staff_name, g_free);
  g_clear_pointer (&source->pcn_name, g_free);
  g_clear_pointer (&source->from, g_free);
  g_clear_pointer (&source->to, g_free);
  g_clear_pointer (&source->printed_on, g_free);
  g_clear_pointer (&source->supervision, g_ptr_array_unref);
  g_clear_pointer (&source->reviews, g_ptr_array_unref);
  g_clear_object (&source->framework);
  g_clear_pointer (&source->history, g_ptr_array_unref);
  g_clear_pointer (&source->cpd, g_ptr_array_unref);
  g_clear_pointer (&source->frameworks, g_ptr_array_unref);
  g_clear_pointer (&source->staff_names, g_hash_table_unref);
}

/**
 * tandem_portfolio_document_new:
 *
 * Lays the portfolio out on pages, on the calling thread, which may be any thread.
 *
 * Returns: (transfer full): the document, or %NULL with @error set when a font is missing
 */
TandemPortfolioDocument *
tandem_portfolio_document_new (const TandemPortfolioSource  *source,
                               GError                      **error)
{
  g_autoptr(TandemPortfolioDocument) self = NULL;
  g_autoptr(TandemDocumentCatalog) catalog = NULL;
  g_autofree char *today = NULL;
  TandemPortfolioSource dated;
  gboolean paginated;

  g_return_val_if_fail (source != NULL && source->staff_name != NULL, NULL);

  /* The template words come from the interface's catalog; the document's own catalog only
   * sets the shaping and direction, which English does for the languages staff use. */
  catalog = tandem_document_catalog_get ("en", error);
  if (catalog == NULL)
    return NULL;

  dated = *source;
  if (dated.printed_on == NULL)
    dated.printed_on = today = tandem_date_today_iso ();

  tandem_document_fonts_lock ();
  self = g_object_new (TANDEM_TYPE_PORTFOLIO_DOCUMENT, NULL);
  self->flow = tandem_document_flow_new (catalog, FALSE, FALSE);
  /* Translators: the portfolio's title in the PDF's properties; %s is the worker's name */
  self->title = g_strdup_printf (_("Supervision and CPD portfolio: %s"), source->staff_name);
  self->author = g_strdup (source->pcn_name);

  add_title (self->flow, &dated);
  add_supervision (self->flow, &dated);
  add_competence (self->flow, &dated);
  add_cpd (self->flow, &dated);
  set_margins (self->flow, &dated);
  paginated = tandem_document_flow_paginate (self->flow, error);
  tandem_document_fonts_unlock ();

  return paginated ? g_steal_pointer (&self) : NULL;
}

const char *
tandem_portfolio_document_get_title (TandemPortfolioDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_PORTFOLIO_DOCUMENT (self), NULL);

  return self->title;
}

guint
tandem_portfolio_document_get_n_pages (TandemPortfolioDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_PORTFOLIO_DOCUMENT (self), 0);

  return tandem_document_flow_get_n_pages (self->flow);
}

void
tandem_portfolio_document_draw_page (TandemPortfolioDocument *self,
                                     cairo_t                 *cr,
                                     guint                    page)
{
  g_return_if_fail (TANDEM_IS_PORTFOLIO_DOCUMENT (self));

  tandem_document_fonts_lock ();
  tandem_document_flow_draw_page (self->flow, cr, page);
  tandem_document_fonts_unlock ();
}

/**
 * tandem_portfolio_document_write_pdf_file:
 * @path: where to write; replaced only once the whole PDF is written
 */
gboolean
tandem_portfolio_document_write_pdf_file (TandemPortfolioDocument  *self,
                                          const char               *path,
                                          GCancellable             *cancellable,
                                          GError                  **error)
{
  g_return_val_if_fail (TANDEM_IS_PORTFOLIO_DOCUMENT (self), FALSE);

  return tandem_document_flow_write_pdf_file (self->flow, path, self->title,
                                              _("Supervision and CPD portfolio"), self->author,
                                              cancellable, error);
}
