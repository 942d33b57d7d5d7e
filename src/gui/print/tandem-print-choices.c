/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-print-choices"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "tandem-caseload-item.h"
#include "tandem-language.h"
#include "tandem-plan-document.h"
#include "tandem-print-choices.h"

/* What the print preview and the batch dialog show and offer, worked out without widgets so
 * that the unit tests can check it without a display. */

/* The zoom levels Ctrl+plus and Ctrl+minus step through, as GNOME's document viewers do. */
static const double zoom_steps[] = {
  0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0,
};

/* An A4 page's width at 96 dots an inch, a zoom of 1. */
#define PAGE_WIDTH_PX (TANDEM_PLAN_DOCUMENT_PAGE_WIDTH * 96.0 / 72.0)

/**
 * tandem_print_list_languages:
 *
 * The languages a plan can be printed in now: those waiting for a translation are left out,
 * so that nobody picks a language only to be told it cannot be printed.
 *
 * Returns: (transfer full) (element-type TandemDocumentLanguage): English first
 */
GArray *
tandem_print_list_languages (void)
{
  g_autoptr(GArray) all = tandem_document_catalog_list_languages ();
  GArray *languages = g_array_new (FALSE, TRUE, sizeof (TandemDocumentLanguage));

  for (guint i = 0; i < all->len; i++)
    {
      TandemDocumentLanguage *language = &g_array_index (all, TandemDocumentLanguage, i);

      if (language->translated)
        g_array_append_val (languages, *language);
    }

  return languages;
}

/* The position of @tag in @languages, whatever its case, or G_MAXUINT. */
guint
tandem_print_find_language (GArray     *languages,
                            const char *tag)
{
  if (languages == NULL || tag == NULL)
    return G_MAXUINT;

  for (guint i = 0; i < languages->len; i++)
    {
      if (g_ascii_strcasecmp (g_array_index (languages, TandemDocumentLanguage, i).tag, tag) == 0)
        return i;
    }

  return G_MAXUINT;
}

/**
 * tandem_print_default_language:
 * @plan_language: (nullable): the language the plan is written in
 *
 * Returns: the plan's own language when it can be printed in it, otherwise English
 */
const char *
tandem_print_default_language (GArray     *languages,
                               const char *plan_language)
{
  guint position = tandem_print_find_language (languages, plan_language);

  if (position == G_MAXUINT)
    return "en";

  return g_array_index (languages, TandemDocumentLanguage, position).tag;
}

/* "Urdu · اردو": the name the user reads and the one the person reads. */
char *
tandem_print_dup_language_title (const TandemDocumentLanguage *language)
{
  return tandem_language_dup_display (language->tag);
}

/**
 * tandem_print_get_language_note:
 *
 * Returns: (nullable): what the user should know before printing in @language
 */
const char *
tandem_print_get_language_note (const TandemDocumentLanguage *language)
{
  if (language->reviewed)
    return NULL;

  return _("Translation not yet reviewed by a native speaker");
}

char *
tandem_print_dup_page_label (guint page,
                             guint n_pages)
{
  if (n_pages == 0)
    return g_strdup ("");

  /* Translators: where the preview is in a printed plan, as in "Page 2 of 3" */
  return g_strdup_printf (_("Page %u of %u"), MIN (page, n_pages - 1) + 1, n_pages);
}

char *
tandem_print_dup_zoom_label (double zoom)
{
  /* Translators: the preview's zoom level, as in "100%" */
  return g_strdup_printf (_("%d%%"), (int) round (zoom * 100));
}

/* The next zoom step above @zoom; small differences are ignored, since a zoom that fits the
 * width falls between steps. */
double
tandem_print_zoom_in (double zoom)
{
  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    {
      if (zoom_steps[i] > zoom * 1.01)
        return zoom_steps[i];
    }

  return TANDEM_PRINT_ZOOM_MAX;
}

double
tandem_print_zoom_out (double zoom)
{
  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    {
      if (zoom_steps[i - 1] < zoom * 0.99)
        return zoom_steps[i - 1];
    }

  return TANDEM_PRINT_ZOOM_MIN;
}

/* The zoom at which a page fills @width pixels, less its margins. */
double
tandem_print_fit_width_zoom (int width)
{
  double zoom = (width - 2.0 * TANDEM_PRINT_PAGE_MARGIN) / PAGE_WIDTH_PX;

  return CLAMP (zoom, TANDEM_PRINT_ZOOM_MIN, TANDEM_PRINT_ZOOM_MAX);
}

/* Device pixels for each point of the page: what Poppler renders with. */
double
tandem_print_render_scale (double zoom,
                           int    scale_factor)
{
  return zoom * 96.0 / 72.0 * MAX (scale_factor, 1);
}

guint
tandem_print_clamp_page (guint page,
                         guint n_pages)
{
  return n_pages == 0 ? 0 : MIN (page, n_pages - 1);
}

/**
 * tandem_print_fit_page:
 * @width: the printable width of the printer's paper, in points
 * @height: its height
 * @scale: (out): what an A4 page is scaled by to fit it, never more than 1
 * @x: (out): where the page starts across, to centre it
 * @y: (out): where it starts down
 *
 * Plans are laid out on A4. On A4 paper they print at their size; on any other, such as US
 * Letter, the whole page is shrunk to fit and centred, so that nothing is cut off.
 */
void
tandem_print_fit_page (double  width,
                       double  height,
                       double *scale,
                       double *x,
                       double *y)
{
  double fit = MIN (width / TANDEM_PLAN_DOCUMENT_PAGE_WIDTH,
                    height / TANDEM_PLAN_DOCUMENT_PAGE_HEIGHT);

  /* Printers round their paper sizes: within half a percent of A4 is A4. An unknown paper
   * size is taken as A4 too. */
  if (!(fit > 0) || fit > 0.995)
    fit = 1.0;

  *scale = fit;
  *x = MAX (0, (width - TANDEM_PLAN_DOCUMENT_PAGE_WIDTH * *scale) / 2);
  *y = MAX (0, (height - TANDEM_PLAN_DOCUMENT_PAGE_HEIGHT * *scale) / 2);
}

/**
 * tandem_print_list_due_people:
 * @items: (element-type TandemCaseloadItem): the people listed, as the Plans section shows
 *   them
 *
 * Returns: (transfer full) (element-type gint64): those whose plan's review is due soon or
 *   overdue, in the order listed
 */
GArray *
tandem_print_list_due_people (GListModel *items)
{
  GArray *people = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemCaseloadItem) item = g_list_model_get_item (items, i);
      TandemReviewState state = tandem_caseload_item_get_review_state (item);
      gint64 person_id;

      if (state != TANDEM_REVIEW_DUE_SOON && state != TANDEM_REVIEW_OVERDUE)
        continue;

      person_id = tandem_caseload_item_get_person_id (item);
      g_array_append_val (people, person_id);
    }

  return people;
}

/* What the batch dialog says it will print. */
char *
tandem_print_dup_batch_summary (guint n_due)
{
  if (n_due == 0)
    return g_strdup (_("No plan in the list is due for review. Plans due within a week or "
                       "overdue are printed from here."));

  /* Translators: how many plans the batch dialog will print */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u plan in the list is due for review within a week "
                                       "or overdue. Its latest agreed version is printed.",
                                       "%u plans in the list are due for review within a week "
                                       "or overdue. The latest agreed version of each is "
                                       "printed.",
                                       n_due),
                          n_due);
}

/* "12 of 48", under the batch's progress bar. */
char *
tandem_print_dup_progress (guint n_done,
                           guint n_plans)
{
  /* Translators: how many plans of a batch are printed so far, as in "12 of 48" */
  return g_strdup_printf (_("%u of %u"), MIN (n_done, n_plans), n_plans);
}

/* Characters that some file system or other would refuse in a name. */
static gboolean
is_unsafe (gunichar c)
{
  return c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>|", (int) c) != NULL;
}

/**
 * tandem_print_dup_file_name:
 * @person_name: (nullable): whose plan it is
 * @iso_date: (nullable): the day it is printed
 *
 * Returns: (transfer full): a name to offer when a plan is saved, such as
 *   "Care plan, Ada Lovelace, 2026-05-01.pdf", safe on any file system
 */
char *
tandem_print_dup_file_name (const char *person_name,
                            const char *iso_date)
{
  g_autofree char *name = NULL;
  g_autoptr(GString) safe = g_string_new (NULL);

  /* Translators: the suggested name of a plan saved as a PDF, without ".pdf"; %1$s is the
   * person's name, %2$s the date as 2026-05-01; no slashes or colons */
  name = g_strdup_printf (_("Care plan, %1$s, %2$s"),
                          person_name && *person_name ? person_name : _("unnamed"),
                          iso_date ? iso_date : "");

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (is_unsafe (c))
        g_string_append_c (safe, ' ');
      else
        g_string_append_unichar (safe, c);
    }

  g_strstrip (safe->str);
  g_string_set_size (safe, strlen (safe->str));
  g_string_append (safe, ".pdf");
  return g_string_free (g_steal_pointer (&safe), FALSE);
}

/* @path, ending in ".pdf" as a PDF reader expects, whatever the user typed. */
char *
tandem_print_dup_with_pdf_suffix (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    return g_strdup (path);

  return g_strconcat (path, ".pdf", NULL);
}
