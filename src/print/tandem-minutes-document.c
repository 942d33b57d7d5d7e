/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-minutes-document"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-document-flow.h"
#include "tandem-document-fonts.h"
#include "tandem-enum-strings.h"
#include "tandem-minutes-document.h"
#include "tandem-nhs-number.h"
#include "tandem-print-autocleanups.h"

/* A huddle's minutes: when, who chaired, who came and who sent apologies, then each case by
 * initials and NHS number with its reason, the minutes under the four headings, the actions
 * agreed and what became of it. Laid out by the same TandemDocumentFlow as plans.
 *
 * Minutes are the team's, not a person's: they are written in the interface's language
 * (its gettext domain), with the English document catalog only for the flow's layout. */
struct _TandemMinutesDocument
{
  GObject             parent_instance;

  TandemDocumentFlow *flow;
  char               *title;
  char               *author;
};

G_DEFINE_FINAL_TYPE (TandemMinutesDocument, tandem_minutes_document, G_TYPE_OBJECT)

/* Columns of the attendance and action tables, as fractions of the text width. */
typedef struct
{
  double x;
  double width;
} Column;

static const Column attendance_columns[] = { { 0, 0.45 }, { 0.47, 0.33 }, { 0.82, 0.18 } };
static const Column action_columns[] = { { 0, 0.56 }, { 0.58, 0.24 }, { 0.84, 0.16 } };

static void
tandem_minutes_document_finalize (GObject *object)
{
  TandemMinutesDocument *self = (TandemMinutesDocument *) object;

  g_clear_object (&self->flow);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (tandem_minutes_document_parent_class)->finalize (object);
}

static void
tandem_minutes_document_class_init (TandemMinutesDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_minutes_document_finalize;
}

static void
tandem_minutes_document_init (TandemMinutesDocument *self)
{
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

static const char *
staff_name (TandemTeam *team,
            gint64      id)
{
  TandemStaff *staff = team != NULL && id != 0 ? tandem_team_find_staff (team, id) : NULL;

  return staff != NULL ? tandem_staff_get_name (staff) : NULL;
}

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

  return row;
}

static void
add_header_row (TandemDocumentFlow *flow,
                const Column       *columns,
                const char * const *headings,
                guint               n_columns)
{
  guint cells[3];
  TandemFlowRow *row = add_table_row (flow, TANDEM_FLOW_ROW_HEADER, columns, n_columns, cells);

  for (guint i = 0; i < n_columns; i++)
    tandem_flow_row_add_label (row, cells[i], TANDEM_FLOW_TABLE_HEADER, headings[i]);
  /* Column headings never end a page. */
  tandem_document_flow_keep_with_next (flow);
}

static void
add_title (TandemDocumentFlow                *flow,
           const TandemMinutesDocumentSource *source)
{
  g_autofree char *held_on = tandem_date_format (tandem_huddle_get_held_on (source->huddle));
  g_autofree char *printed_on = tandem_date_format (source->printed_on);
  const char *chair = staff_name (source->team, tandem_huddle_get_chair_id (source->huddle));
  double width = tandem_document_flow_get_width (flow) / 3;
  const char *labels[] = { _("Held on"), _("Chair"), _("Printed on") };
  const char *values[] = { held_on, chair != NULL ? chair : _("Not recorded"), printed_on };
  TandemFlowRow *row;

  tandem_document_flow_add_heading (flow, TANDEM_FLOW_TITLE, _("MDT huddle minutes"), FALSE);
  tandem_document_flow_add_space (flow, 8);
  row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_PLAIN);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      guint cell = tandem_flow_row_add_cell (row, i * width, width);

      tandem_flow_row_add_label (row, cell, TANDEM_FLOW_LABEL, labels[i]);
      tandem_flow_row_add_text (row, cell, TANDEM_FLOW_STRONG, TANDEM_FLOW_WRITTEN, values[i]);
    }

  if (!is_blank (tandem_huddle_get_notes (source->huddle)))
    {
      tandem_document_flow_add_space (flow, 6);
      tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN,
                                     tandem_huddle_get_notes (source->huddle), 0);
    }
}

static void
add_attendance (TandemDocumentFlow                *flow,
                const TandemMinutesDocumentSource *source)
{
  const char *headings[] = { _("Name"), _("Role"), _("Attendance") };
  guint cells[G_N_ELEMENTS (attendance_columns)];

  tandem_document_flow_add_space (flow, 14);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_HEADING, _("Attendance"), TRUE);
  tandem_document_flow_add_space (flow, 4);

  if (source->attendees == NULL || source->attendees->len == 0)
    {
      tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE,
                                     _("No attendance was recorded."), 0);
      return;
    }

  add_header_row (flow, attendance_columns, headings, G_N_ELEMENTS (attendance_columns));
  tandem_document_flow_begin_table (flow);
  for (guint i = 0; i < source->attendees->len; i++)
    {
      TandemHuddleAttendee *attendee = g_ptr_array_index (source->attendees, i);
      TandemFlowRow *row = add_table_row (flow, TANDEM_FLOW_ROW_PLAIN, attendance_columns,
                                          G_N_ELEMENTS (attendance_columns), cells);

      tandem_flow_row_add_text (row, cells[0], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                tandem_huddle_attendee_get_name (attendee));
      tandem_flow_row_add_text (row, cells[1], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                tandem_huddle_attendee_get_role (attendee));
      tandem_flow_row_add_text (row, cells[2], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                tandem_huddle_attendee_get_present (attendee)
                                ? _("Present") : _("Apologies"));
    }
  tandem_document_flow_end_table (flow);
}

static void
add_minute (TandemDocumentFlow *flow,
            const char         *heading,
            const char         *text)
{
  tandem_document_flow_add_space (flow, 6);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_SUBHEADING, heading, FALSE);
  tandem_document_flow_add_space (flow, 2);
  if (is_blank (text))
    tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE,
                                   _("Nothing minuted."), 0);
  else
    tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_WRITTEN, text, 0);
}

static void
add_case_actions (TandemDocumentFlow *flow,
                  TandemTeam         *team,
                  GPtrArray          *actions)
{
  const char *headings[] = { _("Action"), _("Owner"), _("Due") };
  guint cells[G_N_ELEMENTS (action_columns)];

  tandem_document_flow_add_space (flow, 6);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_SUBHEADING, _("Actions"), FALSE);
  tandem_document_flow_add_space (flow, 2);

  if (actions == NULL || actions->len == 0)
    {
      tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE,
                                     _("No actions agreed."), 0);
      return;
    }

  add_header_row (flow, action_columns, headings, G_N_ELEMENTS (action_columns));
  tandem_document_flow_begin_table (flow);
  for (guint i = 0; i < actions->len; i++)
    {
      TandemAgreedAction *action = g_ptr_array_index (actions, i);
      const char *owner = staff_name (team, tandem_agreed_action_get_owner_id (action));
      g_autofree char *due = tandem_date_format (tandem_agreed_action_get_due_on (action));
      TandemFlowRow *row = add_table_row (flow, TANDEM_FLOW_ROW_PLAIN, action_columns,
                                          G_N_ELEMENTS (action_columns), cells);

      tandem_flow_row_add_text (row, cells[0], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                tandem_agreed_action_get_description (action));
      tandem_flow_row_add_text (row, cells[1], TANDEM_FLOW_TABLE, TANDEM_FLOW_WRITTEN,
                                owner != NULL ? owner : _("Nobody named"));
      tandem_flow_row_add_text (row, cells[2], TANDEM_FLOW_TABLE, TANDEM_FLOW_TEMPLATE,
                                due != NULL && *due != '\0' ? due : _("No date"));
    }
  tandem_document_flow_end_table (flow);
}

static const char *
outcome_text (TandemHuddleCaseStatus status)
{
  switch (status)
    {
    case TANDEM_HUDDLE_CASE_CLOSED:
      return _("Outcome: closed.");

    case TANDEM_HUDDLE_CASE_CARRIED_FORWARD:
      return _("Outcome: carried forward to the next huddle.");

    case TANDEM_HUDDLE_CASE_OPEN:
    default:
      return _("Outcome: not reached; stays open for the next huddle.");
    }
}

/* A case's band names the person by initials and NHS number only. */
static void
add_case (TandemDocumentFlow *flow,
          TandemTeam         *team,
          guint               number,
          TandemHuddleCase   *item,
          GPtrArray          *actions)
{
  const char *nhs_number = tandem_huddle_case_get_nhs_number (item);
  g_autofree char *formatted = is_blank (nhs_number) ? g_strdup (_("no NHS number"))
                                                     : tandem_nhs_number_format (nhs_number);
  g_autofree char *heading = NULL;
  TandemFlowRow *row;
  guint cell;

  /* Translators: a case in the minutes: its number on the agenda, the person's initials and
   * their NHS number, like “Case 2: ZO, 943 476 5919” */
  heading = g_strdup_printf (_("Case %u: %s, %s"), number, tandem_huddle_case_get_initials (item),
                             formatted);

  tandem_document_flow_add_space (flow, 14);
  row = tandem_document_flow_add_row (flow, TANDEM_FLOW_ROW_BAND);
  cell = tandem_flow_row_add_cell (row, 0, tandem_document_flow_get_width (flow));
  tandem_flow_row_add_text (row, cell, TANDEM_FLOW_HEADING, TANDEM_FLOW_TEMPLATE, heading);
  tandem_document_flow_keep_with_next (flow);

  add_minute (flow, _("Reason for discussion"), tandem_huddle_case_get_reason (item));
  add_minute (flow, _("Situation"), tandem_huddle_case_get_situation (item));
  add_minute (flow, _("Action to date"), tandem_huddle_case_get_action_to_date (item));
  add_minute (flow, _("Update"), tandem_huddle_case_get_update_note (item));
  add_minute (flow, _("Next steps"), tandem_huddle_case_get_next_steps (item));
  add_case_actions (flow, team, actions);

  tandem_document_flow_add_space (flow, 6);
  tandem_document_flow_add_text (flow, TANDEM_FLOW_STRONG, TANDEM_FLOW_TEMPLATE,
                                 outcome_text (tandem_huddle_case_get_status (item)), 0);
}

static void
add_minutes (TandemDocumentFlow                *flow,
             const TandemMinutesDocumentSource *source)
{
  add_title (flow, source);
  add_attendance (flow, source);

  tandem_document_flow_add_space (flow, 14);
  tandem_document_flow_add_heading (flow, TANDEM_FLOW_HEADING, _("Cases discussed"), TRUE);
  if (source->cases == NULL || source->cases->len == 0)
    {
      tandem_document_flow_add_space (flow, 4);
      tandem_document_flow_add_text (flow, TANDEM_FLOW_BODY, TANDEM_FLOW_TEMPLATE,
                                     _("The agenda was empty."), 0);
      return;
    }

  for (guint i = 0; i < source->cases->len; i++)
    {
      GPtrArray *actions = source->case_actions != NULL && i < source->case_actions->len
                           ? g_ptr_array_index (source->case_actions, i) : NULL;

      add_case (flow, source->team, i + 1, g_ptr_array_index (source->cases, i), actions);
    }
}

/**
 * tandem_minutes_document_new:
 *
 * Lays the minutes out on pages, on the calling thread, which may be any thread.
 *
 * Returns: (transfer full): the document, or %NULL with @error set when a font is missing
 */
TandemMinutesDocument *
tandem_minutes_document_new (const TandemMinutesDocumentSource  *source,
                             GError                            **error)
{
  g_autoptr(TandemMinutesDocument) self = NULL;
  g_autoptr(TandemDocumentCatalog) catalog = NULL;
  g_autofree char *today = NULL;
  g_autofree char *held_on = NULL;
  g_autofree char *footer = NULL;
  TandemMinutesDocumentSource dated;
  const char *chair;
  gboolean paginated;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (TANDEM_IS_HUDDLE (source->huddle), NULL);

  catalog = tandem_document_catalog_get ("en", error);
  if (catalog == NULL)
    return NULL;

  dated = *source;
  if (dated.printed_on == NULL)
    dated.printed_on = today = tandem_date_today_iso ();

  held_on = tandem_date_format (tandem_huddle_get_held_on (source->huddle));
  chair = staff_name (source->team, tandem_huddle_get_chair_id (source->huddle));

  tandem_document_fonts_lock ();
  self = g_object_new (TANDEM_TYPE_MINUTES_DOCUMENT, NULL);
  self->flow = tandem_document_flow_new (catalog, FALSE, FALSE);
  /* Translators: the minutes' title in the PDF's properties; %s is the date held */
  self->title = g_strdup_printf (_("MDT huddle minutes, %s"), held_on);
  self->author = g_strdup (chair);

  add_minutes (self->flow, &dated);
  /* Translators: the start of each page's footer of a huddle's minutes */
  footer = g_strdup (_("Confidential: MDT huddle minutes"));
  tandem_document_flow_set_running_header (self->flow, self->title, NULL);
  tandem_document_flow_set_footer (self->flow, footer, NULL, NULL);
  paginated = tandem_document_flow_paginate (self->flow, error);
  tandem_document_fonts_unlock ();

  return paginated ? g_steal_pointer (&self) : NULL;
}

/**
 * tandem_minutes_document_load:
 * @team: (nullable): where the chair's and owners' names are found
 *
 * Reads a huddle, its attendance, its cases and their actions from @store and lays out its
 * minutes.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
TandemMinutesDocument *
tandem_minutes_document_load (TandemStore  *store,
                              gint64        huddle_id,
                              TandemTeam   *team,
                              GError      **error)
{
  g_autoptr(TandemHuddle) huddle = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) case_actions = NULL;
  TandemMinutesDocumentSource source = { NULL, };

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  huddle = tandem_store_load_huddle (store, huddle_id, &attendees, &cases, error);
  if (huddle == NULL)
    return NULL;

  case_actions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < cases->len; i++)
    {
      gint64 case_id = tandem_record_get_id (g_ptr_array_index (cases, i));
      GPtrArray *actions = tandem_store_list_huddle_case_actions (store, case_id, error);

      if (actions == NULL)
        return NULL;

      g_ptr_array_add (case_actions, actions);
    }

  source.huddle = huddle;
  source.attendees = attendees;
  source.cases = cases;
  source.case_actions = case_actions;
  source.team = team;

  return tandem_minutes_document_new (&source, error);
}

const char *
tandem_minutes_document_get_title (TandemMinutesDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_MINUTES_DOCUMENT (self), NULL);

  return self->title;
}

guint
tandem_minutes_document_get_n_pages (TandemMinutesDocument *self)
{
  g_return_val_if_fail (TANDEM_IS_MINUTES_DOCUMENT (self), 0);

  return tandem_document_flow_get_n_pages (self->flow);
}

/* Draws @page (from 0) on @cr, in points, A4. */
void
tandem_minutes_document_draw_page (TandemMinutesDocument *self,
                                   cairo_t               *cr,
                                   guint                  page)
{
  g_return_if_fail (TANDEM_IS_MINUTES_DOCUMENT (self));

  tandem_document_flow_draw_page (self->flow, cr, page);
}

/**
 * tandem_minutes_document_write_pdf:
 * @stream: where the PDF goes; not closed
 *
 * Returns: %TRUE if the whole PDF was written
 */
gboolean
tandem_minutes_document_write_pdf (TandemMinutesDocument  *self,
                                   GOutputStream          *stream,
                                   GCancellable           *cancellable,
                                   GError                **error)
{
  g_return_val_if_fail (TANDEM_IS_MINUTES_DOCUMENT (self), FALSE);

  return tandem_document_flow_write_pdf (self->flow, stream, self->title,
                                         _("MDT huddle minutes"), self->author, cancellable,
                                         error);
}

/**
 * tandem_minutes_document_write_pdf_file:
 * @path: where to write; replaced only once the whole PDF is written
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
tandem_minutes_document_write_pdf_file (TandemMinutesDocument  *self,
                                        const char             *path,
                                        GCancellable           *cancellable,
                                        GError                **error)
{
  g_return_val_if_fail (TANDEM_IS_MINUTES_DOCUMENT (self), FALSE);

  return tandem_document_flow_write_pdf_file (self->flow, path, self->title,
                                              _("MDT huddle minutes"), self->author,
                                              cancellable, error);
}
