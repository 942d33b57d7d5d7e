/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "tandem-document-catalog.h"
#include "tandem-document-fonts.h"
#include "tandem-example-data.h"
#include "tandem-plan-batch.h"
#include "tandem-plan-document.h"
#include "tandem-poppler-autocleanups.h"
#include "tandem-print-autocleanups.h"
#include "tandem-test-util.h"

/* Printed plans, read back from the PDF with Poppler as a reader's software would. */

static const char * const section_headings[] = {
  DN_("About me"),
  DN_("My strengths"),
  DN_("What I want to work on"),
  DN_("Support I am connected to"),
  DN_("If things get worse"),
  DN_("Agreement and review"),
};

static TandemPlanNeed *
add_need (TandemPlan *plan,
          gint64      id,
          const char *words)
{
  TandemPlanNeed *need = tandem_plan_need_new ();

  tandem_record_set_id (need, id);
  tandem_plan_need_set_position (need, (int) id);
  tandem_plan_need_set_words (need, words);
  tandem_plan_insert_need (plan, need);
  return need;
}

static void
add_goal (TandemPlan     *plan,
          TandemPlanNeed *need,
          gint64          id,
          const char     *words,
          const char     *action_what)
{
  g_autoptr(TandemPlanGoal) goal = tandem_plan_goal_new ();

  tandem_record_set_id (goal, id);
  tandem_plan_goal_set_need_id (goal, tandem_record_get_id (need));
  tandem_plan_goal_set_words (goal, words);
  tandem_plan_goal_set_importance (goal, 8);
  tandem_plan_goal_set_status (goal, TANDEM_GOAL_IN_PROGRESS);
  tandem_plan_goal_set_target_on (goal, "2027-03-31");
  tandem_plan_insert_goal (plan, goal);

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(TandemPlanAction) action = tandem_plan_action_new ();

      tandem_record_set_id (action, id * 10 + i);
      tandem_plan_action_set_goal_id (action, id);
      tandem_plan_action_set_position (action, i);
      tandem_plan_action_set_what (action, action_what);
      tandem_plan_action_set_who (action, i == 0 ? "Me" : "Ayesha (coach)");
      tandem_plan_action_set_due_on (action, "2027-01-15");
      tandem_plan_action_set_status (action, (TandemActionStatus) i);
      tandem_plan_action_set_confidence (action, 6 + i);
      tandem_plan_insert_action (plan, action);
    }
}

/* A plan as a coach and a person write one: several scripts, an emoji, a phone number,
 * Romanian's comma-below letters and a paragraph long enough to flow across pages. */
static TandemPlan *
new_plan (const char *about_important)
{
  g_autoptr(TandemPlanVersion) version = tandem_plan_version_new ();
  g_autoptr(TandemPlanNeed) need1 = NULL;
  g_autoptr(TandemPlanNeed) need2 = NULL;
  TandemPlan *plan;

  tandem_record_set_id (version, 1);
  tandem_plan_version_set_number (version, 2);
  tandem_plan_version_set_state (version, TANDEM_PLAN_AGREED);
  tandem_plan_version_set_about_important (version, about_important);
  tandem_plan_version_set_about_people (version, "میری بیٹی اور میرا پوتا۔ My neighbour Rose 🌹.");
  tandem_plan_version_set_about_communication (version, "Text me on 07700 900123 first.");
  tandem_plan_version_set_about_wellness (version, "Mă simt bine dimineața, când ies în parc.");
  tandem_plan_version_set_about_do_dont (version, "আমার সাথে ধীরে কথা বলুন।");
  tandem_plan_version_set_strengths (version, "Patient, funny, a very good cook.");
  tandem_plan_version_set_support (version, "Riverside Walking Group, Tuesdays at 10.");
  tandem_plan_version_set_contingency_triggers (version, "Letters about money.");
  tandem_plan_version_set_contingency_coping (version, "ਸੈਰ ਕਰਨਾ ਅਤੇ ਸੰਗੀਤ ਸੁਣਨਾ।");
  tandem_plan_version_set_contingency_contacts (version, "NHS 111. My son Imran 07700 900456.");
  tandem_plan_version_set_agreed_with (version, TANDEM_PLAN_AGREED_WITH_PERSON);
  tandem_plan_version_set_agreed_on (version, "2026-10-11");
  tandem_plan_version_set_agreed_how (version, "Face to face");
  tandem_plan_version_set_review_on (version, "2027-01-03");
  tandem_plan_version_set_language (version, "ur");

  plan = tandem_plan_new (version);
  need1 = add_need (plan, 1, "Since my fall I am nervous about going out alone.");
  add_goal (plan, need1, 11, "Go to the shops on my own again", "Walk to the corner shop");
  add_goal (plan, need1, 12, "Sleep through the night", "Try the sleep diary for two weeks");
  need2 = add_need (plan, 2, "مجھے پیسوں کی فکر ہے۔");
  add_goal (plan, need2, 21, "بجلی کا بل وقت پر ادا کرنا", "Citizens Advice appointment");

  return plan;
}

static TandemPerson *
new_person (void)
{
  TandemPerson *person = tandem_person_new ();

  tandem_person_set_given_name (person, "Nasreen");
  tandem_person_set_family_name (person, "Akhtar");
  tandem_person_set_nhs_number (person, "9434765919");
  tandem_person_set_date_of_birth (person, "1956-04-03");
  return person;
}

static TandemPlanDocument *
new_document (TandemPlan                      *plan,
              const TandemPlanDocumentOptions *options,
              GError                         **error)
{
  g_autoptr(TandemPerson) person = new_person ();
  TandemPlanDocumentSource source;

  tandem_plan_document_source_init (&source, plan, person, NULL);
  source.practice_name = "Canal Street Surgery";
  source.prepared_by = "Ayesha Begum";
  source.reviewer = "Ayesha Begum";
  source.printed_on = "2026-11-21";

  return tandem_plan_document_new (&source, options, error);
}

static GBytes *
write_pdf (TandemPlanDocument *document)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_plan_document_write_pdf (document, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static PopplerDocument *
read_pdf (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* Text as compared here: without spaces, line breaks, the invisible marks of bidi and the
 * marks over and under letters (Arabic's shadda), which PDF readers place where the glyphs
 * fall rather than where they were written. */
static char *
normalize (const char *text)
{
  GString *result = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_FORMAT &&
          g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (result, c);
    }

  return g_string_free (result, FALSE);
}

/* Whether every letter of @word is in @text, as often as in @word. Poppler reads right-to-left
 * text back in an order of its own: Nastaliq's stacked letters in the order they are drawn
 * ("میری" comes back as "م یری" with a letter elsewhere), Arabic's lam-alef ligature turned
 * round, the words of a line last to first; so there only the letters can be compared (the
 * outline has the exact headings). */
static gboolean
contains_letters (const char *text,
                  const char *word)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gpointer c = GUINT_TO_POINTER (g_utf8_get_char (p));

      g_hash_table_insert (counts, c, GUINT_TO_POINTER (GPOINTER_TO_UINT (
        g_hash_table_lookup (counts, c)) + 1));
    }

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gpointer c = GUINT_TO_POINTER (g_utf8_get_char (p));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, c));

      if (n == 0)
        return FALSE;
      g_hash_table_insert (counts, c, GUINT_TO_POINTER (n - 1));
    }

  return TRUE;
}

static char *
dup_all_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }

  return g_string_free (text, FALSE);
}

/* The outline's titles, in order, with the page (from 0) and top of each. */
static GPtrArray *
read_outline (PopplerDocument *document,
              GArray          *pages,
              GArray          *tops)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *iter = poppler_index_iter_new (document);

  if (iter == NULL)
    return titles;

  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerDest *dest = action->goto_dest.dest;
      int page;
      double top;

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_ptr_array_add (titles, g_strdup (action->any.title));
      if (dest->type == POPPLER_DEST_NAMED)
        {
          PopplerDest *named = poppler_document_find_dest (document, dest->named_dest);

          page = named->page_num - 1;
          top = named->top;
          poppler_dest_free (named);
        }
      else
        {
          page = dest->page_num - 1;
          top = dest->top;
        }
      g_array_append_val (pages, page);
      g_array_append_val (tops, top);
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));

  poppler_index_iter_free (iter);
  return titles;
}

/* Where the ink of the line of text drawn from @top falls across the page, in points: from
 * its first row with ink to the next row without. */
static void
measure_ink (PopplerDocument *document,
             int              page_number,
             double           top,
             double          *ink_left,
             double          *ink_right)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, page_number);
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  gboolean inked = FALSE;
  double width, page_height;
  int stride;
  guint8 *data;

  poppler_page_get_size (page, &width, &page_height);
  /* A destination's top counts from the bottom of the page, as PDF does. */
  top = page_height - top;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) page_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  *ink_left = width;
  *ink_right = 0;

  for (int y = MAX ((int) top, 0); y < (int) page_height; y++)
    {
      guint32 *row = (guint32 *) (data + y * stride);
      gboolean row_inked = FALSE;

      for (int x = 0; x < (int) width; x++)
        {
          if ((row[x] & 0xffffff) != 0xffffff)
            {
              *ink_left = MIN (*ink_left, x);
              *ink_right = MAX (*ink_right, x);
              row_inked = TRUE;
            }
        }

      if (inked && !row_inked)
        break;
      inked |= row_inked;
    }
}

/* Where the first @needle on page 1 starts across the page, in points. */
static double
find_x (PopplerDocument *pdf,
        const char      *needle)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, 0);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rectangles = NULL;
  const char *found = strstr (text, needle);
  guint n_rectangles;
  glong offset;

  g_assert_nonnull (found);
  g_assert_true (poppler_page_get_text_layout (page, &rectangles, &n_rectangles));
  offset = g_utf8_pointer_to_offset (text, found);
  g_assert_cmpint (offset, <, (glong) n_rectangles);

  return rectangles[offset].x1;
}

/* The NHS number reads 943 476 5919 from left to right, in every direction of text: in
 * right-to-left text its groups are isolated so as not to be reordered. (Poppler's text
 * of a right-to-left line lists the groups right to left, so their places are compared.) */
static void
assert_nhs_number_in_order (PopplerDocument *pdf)
{
  double first = find_x (pdf, "943");
  double second = find_x (pdf, "476");
  double third = find_x (pdf, "5919");

  g_assert_cmpfloat (first, <, second);
  g_assert_cmpfloat (second, <, third);
}

/* Every language: its headings are printed, translated, found where its direction puts
 * them, with no missing glyph, and the PDF says what it is. */
static void
test_every_language (void)
{
  g_autoptr(GArray) languages = tandem_document_catalog_list_languages ();
  g_autoptr(TandemPlan) plan = new_plan ("To be well enough to visit my sister in Lahore.");
  guint n_translated = 0;

  for (guint l = 0; l < languages->len; l++)
    {
      TandemDocumentLanguage *language = &g_array_index (languages, TandemDocumentLanguage, l);
      TandemPlanDocumentOptions options = { language->tag, FALSE, FALSE };
      g_autoptr(TandemDocumentCatalog) catalog = NULL;
      g_autoptr(TandemPlanDocument) document = NULL;
      g_autoptr(PopplerDocument) pdf = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) titles = NULL;
      g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (int));
      g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *title = NULL;
      TandemPlanDocumentStats stats;

      g_test_message ("Printing in %s", language->tag);
      g_assert_true (language->translated);
      n_translated++;

      catalog = tandem_document_catalog_get (language->tag, &error);
      g_assert_no_error (error);
      g_assert_cmpint (tandem_document_catalog_is_rtl (catalog), ==, language->rtl);
      if (!g_str_equal (language->tag, "en"))
        g_assert_cmpuint (tandem_document_catalog_count_messages (catalog), >, 60);

      document = new_document (plan, &options, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (tandem_plan_document_get_language (document), ==, language->tag);

      tandem_plan_document_get_stats (document, &stats);
      g_assert_cmpuint (stats.n_layouts, >, 50);
      g_assert_cmpuint (stats.n_unknown_glyphs, ==, 0);
      g_assert_cmpuint (stats.n_split_rows, ==, 0);

      bytes = write_pdf (document);
      pdf = read_pdf (bytes);
      g_assert_cmpint (poppler_document_get_n_pages (pdf), ==,
                       tandem_plan_document_get_n_pages (document));
      g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 2);

      title = poppler_document_get_title (pdf);
      g_assert_cmpstr (title, ==, tandem_plan_document_get_title (document));
      g_assert_nonnull (strstr (title, "Nasreen Akhtar"));

      /* The section headings, translated, in the outline and on the pages. */
      text = dup_all_text (pdf);
      titles = read_outline (pdf, pages, tops);
      g_assert_cmpuint (titles->len, ==, G_N_ELEMENTS (section_headings));
      for (guint i = 0; i < G_N_ELEMENTS (section_headings); i++)
        {
          const char *expected = tandem_document_catalog_gettext (catalog, section_headings[i]);
          g_autofree char *normal_text = normalize (text);
          g_autofree char *normal_heading = normalize (expected);
          double ink_left, ink_right;

          g_assert_cmpstr (g_ptr_array_index (titles, i), ==, expected);
          if (!g_str_equal (language->tag, "en"))
            g_assert_cmpstr (expected, !=, section_headings[i]);
          if (language->rtl)
            g_assert_true (contains_letters (normal_text, normal_heading));
          else
            g_assert_nonnull (strstr (normal_text, normal_heading));

          /* A right-to-left heading starts at the right margin, right of the centre. */
          measure_ink (pdf, g_array_index (pages, int, i),
                       g_array_index (tops, double, i), &ink_left, &ink_right);
          g_assert_cmpfloat (ink_left, <, ink_right);
          if (language->rtl)
            {
              g_assert_cmpfloat (ink_left, >, TANDEM_PLAN_DOCUMENT_PAGE_WIDTH / 2);
              g_assert_cmpfloat (ink_right, >, TANDEM_PLAN_DOCUMENT_PAGE_WIDTH - 70);
            }
          else
            {
              g_assert_cmpfloat (ink_right, <, TANDEM_PLAN_DOCUMENT_PAGE_WIDTH / 2);
              g_assert_cmpfloat (ink_left, <, 70);
            }
        }

      /* What the person wrote is there as written, and the NHS number in its groups. */
      g_assert_nonnull (strstr (text, "Lahore"));
      assert_nhs_number_in_order (pdf);

      /* Only English is reviewed; the others say so, in English too (whose words Poppler
       * lists last to first in a right-to-left line). */
      {
        g_autofree char *normal_text = normalize (text);
        gboolean says_so = strstr (normal_text, "notyetreviewedbyanativespeaker") != NULL ||
                           strstr (normal_text, "speaker.nativeabyreviewedyetnot") != NULL;

        g_assert_cmpint (says_so, ==, !g_str_equal (language->tag, "en"));
      }
    }

  /* English and the ten most common main languages in England after it. */
  g_assert_cmpuint (n_translated, ==, 11);
}

/* The document's language depends on nothing in the environment. */
static void
test_independent_of_environment (void)
{
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  const char *tags[] = { "ur", "pl", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      TandemPlanDocumentOptions options = { tags[i], FALSE, FALSE };
      g_autoptr(TandemPlanDocument) first = new_document (plan, &options, NULL);
      g_autoptr(TandemPlanDocument) second = NULL;
      g_autoptr(PopplerDocument) first_pdf = NULL;
      g_autoptr(PopplerDocument) second_pdf = NULL;
      g_autoptr(GBytes) first_bytes = write_pdf (first);
      g_autoptr(GBytes) second_bytes = NULL;
      g_autofree char *first_text = NULL;
      g_autofree char *second_text = NULL;

      g_setenv ("LANGUAGE", "de:fr", TRUE);
      g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
      setlocale (LC_ALL, "");
      second = new_document (plan, &options, NULL);
      second_bytes = write_pdf (second);
      g_setenv ("LANGUAGE", "", TRUE);
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      setlocale (LC_ALL, "");

      first_pdf = read_pdf (first_bytes);
      second_pdf = read_pdf (second_bytes);
      first_text = dup_all_text (first_pdf);
      second_text = dup_all_text (second_pdf);
      g_assert_cmpstr (first_text, ==, second_text);
    }
}

static gpointer
render_in_thread (gpointer data)
{
  TandemPlan *plan = data;
  TandemPlanDocumentOptions options = { "bn", FALSE, FALSE };
  TandemPlanDocument *document = new_document (plan, &options, NULL);
  GBytes *bytes = write_pdf (document);

  g_object_unref (document);
  return bytes;
}

/* Printed on a worker thread, a document is the same as on the main one. */
static void
test_worker_thread (void)
{
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  TandemPlanDocumentOptions options = { "bn", FALSE, FALSE };
  g_autoptr(TandemPlanDocument) document = new_document (plan, &options, NULL);
  g_autoptr(GBytes) here = write_pdf (document);
  g_autoptr(GBytes) there = g_thread_join (g_thread_new ("print", render_in_thread, plan));
  g_autoptr(PopplerDocument) here_pdf = read_pdf (here);
  g_autoptr(PopplerDocument) there_pdf = read_pdf (there);
  g_autofree char *here_text = dup_all_text (here_pdf);
  g_autofree char *there_text = dup_all_text (there_pdf);

  g_assert_cmpstr (here_text, ==, there_text);
}

static double
smallest_text (PopplerDocument *pdf)
{
  double smallest = G_MAXDOUBLE;

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      GList *attributes = poppler_page_get_text_attributes (page);

      for (GList *l = attributes; l != NULL; l = l->next)
        {
          PopplerTextAttributes *attribute = l->data;

          if (attribute->font_size > 0)
            smallest = MIN (smallest, attribute->font_size);
        }
      poppler_page_free_text_attributes (attributes);
    }

  return smallest;
}

/* Large print: no text under 16 points, and so more pages. */
static void
test_large_print (void)
{
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  TandemPlanDocumentOptions standard = { "pl", FALSE, FALSE };
  TandemPlanDocumentOptions large = { "pl", TRUE, FALSE };
  g_autoptr(TandemPlanDocument) standard_document = new_document (plan, &standard, NULL);
  g_autoptr(TandemPlanDocument) large_document = new_document (plan, &large, NULL);
  g_autoptr(GBytes) standard_bytes = write_pdf (standard_document);
  g_autoptr(GBytes) large_bytes = write_pdf (large_document);
  g_autoptr(PopplerDocument) standard_pdf = read_pdf (standard_bytes);
  g_autoptr(PopplerDocument) large_pdf = read_pdf (large_bytes);

  g_assert_cmpfloat (smallest_text (standard_pdf), <, 10);
  g_assert_cmpfloat (smallest_text (large_pdf), >=, 16 - 0.01);
  g_assert_cmpint (poppler_document_get_n_pages (large_pdf), >,
                   poppler_document_get_n_pages (standard_pdf));
}

/* Bilingual headings: the language's, with English under them; English alone has none. */
static void
test_bilingual (void)
{
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  TandemPlanDocumentOptions options = { "pl", FALSE, TRUE };
  g_autoptr(TandemPlanDocument) document = new_document (plan, &options, NULL);
  g_autoptr(GBytes) bytes = write_pdf (document);
  g_autoptr(PopplerDocument) pdf = read_pdf (bytes);
  g_autoptr(TandemDocumentCatalog) polish = tandem_document_catalog_get ("pl", NULL);
  g_autofree char *text = dup_all_text (pdf);

  for (guint i = 0; i < G_N_ELEMENTS (section_headings); i++)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s",
                                               tandem_document_catalog_gettext (polish,
                                                                                section_headings[i]),
                                               section_headings[i]);

      g_assert_nonnull (strstr (text, both));
    }
}

/* Text longer than a page flows on; a row taller than a page is split between lines, not
 * lost; nothing is cut. */
static void
test_long_text (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(TandemPlanDocument) document = NULL;
  g_autoptr(TandemPlanAction) action = tandem_plan_action_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *normal_text = NULL;
  guint n_starts = 0;
  TandemPlanDocumentOptions options = { "ar", FALSE, FALSE };
  TandemPlanDocumentStats stats;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (long_text, "Sentence %u of what matters to me. ", i);
  g_string_append (long_text, "The very end.");

  plan = new_plan (long_text->str);
  tandem_record_set_id (action, 999);
  tandem_plan_action_set_goal_id (action, 11);
  tandem_plan_action_set_what (action, long_text->str);
  tandem_plan_insert_action (plan, action);

  document = new_document (plan, &options, &error);
  g_assert_no_error (error);
  tandem_plan_document_get_stats (document, &stats);
  g_assert_cmpuint (stats.n_split_rows, ==, 1);
  g_assert_cmpuint (stats.n_unknown_glyphs, ==, 0);

  bytes = write_pdf (document);
  pdf = read_pdf (bytes);
  text = dup_all_text (pdf);
  normal_text = normalize (text);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >, 8);
  /* Twice, in About me and in the action's row, whole. */
  for (const char *p = strstr (normal_text, "Sentence0ofwhat"); p != NULL;
       p = strstr (p + 1, "Sentence0ofwhat"))
    n_starts++;
  g_assert_cmpuint (n_starts, ==, 2);
  g_assert_nonnull (strstr (normal_text, "Sentence399ofwhatmatterstome.Theveryend."));
  g_assert_nonnull (strstr (strstr (normal_text, "Sentence399ofwhatmatterstome.Theveryend.") + 1,
                            "Sentence399ofwhatmatterstome.Theveryend."));
}

/* Metadata, and fonts embedded as subsets so that the text can be searched. */
static void
test_pdf_properties (void)
{
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  TandemPlanDocumentOptions options = { "ur", FALSE, FALSE };
  g_autoptr(TandemPlanDocument) document = new_document (plan, &options, NULL);
  g_autoptr(GBytes) bytes = write_pdf (document);
  g_autoptr(PopplerDocument) pdf = read_pdf (bytes);
  PopplerFontInfo *fonts = poppler_font_info_new (pdf);
  PopplerFontsIter *iter = NULL;
  g_autofree char *author = poppler_document_get_author (pdf);
  g_autofree char *subject = poppler_document_get_subject (pdf);
  guint n_noto = 0;

  g_assert_cmpstr (author, ==, "Ayesha Begum");
  g_assert_nonnull (subject);
  g_assert_cmpint (poppler_document_get_creation_date (pdf), >, 0);

  g_assert_true (poppler_font_info_scan (fonts, poppler_document_get_n_pages (pdf), &iter));
  do
    {
      const char *name = poppler_fonts_iter_get_name (iter);

      /* The emoji are pictures (Type 3), named by nothing; cairo names some fonts it
       * converts to CFF "CairoFont". */
      g_assert_true (poppler_fonts_iter_is_embedded (iter));
      if (name != NULL)
        g_assert_true (poppler_fonts_iter_is_subset (iter));
      if (name != NULL && strstr (name, "Noto") != NULL)
        n_noto++;
    }
  while (poppler_fonts_iter_next (iter));
  poppler_fonts_iter_free (iter);
  poppler_font_info_free (fonts);

  g_assert_cmpuint (n_noto, >=, 3);
}

/* A language without a template is refused with a message saying what to do. */
static void
test_language_not_available (void)
{
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  TandemPlanDocumentOptions options = { "ta", FALSE, FALSE };
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemPlanDocument) document = new_document (plan, &options, &error);

  g_assert_null (document);
  g_assert_error (error, TANDEM_DOCUMENT_CATALOG_ERROR,
                  TANDEM_DOCUMENT_CATALOG_ERROR_NOT_TRANSLATED);
  g_assert_nonnull (strstr (error->message, "English"));
}

/* With the Arabic-script fonts gone, an Urdu plan is refused, naming the package, instead
 * of printing empty boxes. Run in a process of its own, whose fontconfig sees only the
 * other Noto fonts. */
static void
test_missing_font (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
      g_autofree char *config_path = tandem_test_dir_file (dir, "fonts.conf");
      g_autofree char *config = g_strdup_printf (
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
        "<fontconfig>\n"
        "  <dir>/usr/share/fonts/truetype/noto</dir>\n"
        "  <cachedir>%s</cachedir>\n"
        "  <selectfont><rejectfont>\n"
        "    <glob>*Arabic*</glob><glob>*Urdu*</glob><glob>*Nastaliq*</glob>\n"
        "  </rejectfont></selectfont>\n"
        "</fontconfig>\n", dir->path);
      g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
      TandemPlanDocumentOptions options = { "ur", FALSE, FALSE };
      g_autoptr(TandemPlanDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (config_path, config, -1, NULL));
      g_setenv ("FONTCONFIG_FILE", config_path, TRUE);

      document = new_document (plan, &options, &error);
      g_assert_null (document);
      g_assert_error (error, TANDEM_DOCUMENT_FONT_ERROR, TANDEM_DOCUMENT_FONT_ERROR_MISSING);
      g_print ("%s\n", error->message);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*No font to print*Install the package fonts-noto-core*");
}

/* A stream that takes the first write, then cancels: the user pressing Cancel while a PDF
 * is being written. */
typedef struct
{
  GOutputStream  parent_instance;
  GCancellable  *cancellable;
} CancellingStream;

typedef GOutputStreamClass CancellingStreamClass;

static GType cancelling_stream_get_type (void);
G_DEFINE_TYPE (CancellingStream, cancelling_stream, G_TYPE_OUTPUT_STREAM)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CancellingStream, g_object_unref)

static gssize
cancelling_stream_write (GOutputStream  *stream,
                         const void     *buffer,
                         gsize           count,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_cancellable_cancel (((CancellingStream *) stream)->cancellable);
  return (gssize) count;
}

static void
cancelling_stream_class_init (CancellingStreamClass *klass)
{
  klass->write_fn = cancelling_stream_write;
}

static void
cancelling_stream_init (CancellingStream *self)
{
}

/* Cancelled while it is written, a PDF stops with G_IO_ERROR_CANCELLED, and a file being
 * replaced is left as it was. */
static void
test_cancel_write (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autofree char *path = tandem_test_dir_file (dir, "plan.pdf");
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  TandemPlanDocumentOptions options = { "ur", FALSE, FALSE };
  g_autoptr(TandemPlanDocument) document = new_document (plan, &options, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CancellingStream) stream = g_object_new (cancelling_stream_get_type (), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  stream->cancellable = cancellable;
  g_assert_false (tandem_plan_document_write_pdf (document, G_OUTPUT_STREAM (stream),
                                                  cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "the plan printed before", -1, NULL));
  g_assert_false (tandem_plan_document_write_pdf_file (document, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the plan printed before");
}

static GFile *
new_test_file (TandemTestDir *dir,
               const char    *name)
{
  g_autofree char *path = tandem_test_dir_file (dir, name);

  return g_file_new_for_path (path);
}

static TandemPlanBatch *
new_batch (TandemStore *store,
           guint       *n_with_plans)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (1024);
  TandemPlanBatch *batch = tandem_plan_batch_new (store, NULL);

  g_assert_true (tandem_store_load_caseload (store, 0, TRUE, entries, strings, NULL));
  for (guint i = 0; i < entries->len; i++)
    tandem_plan_batch_add_person (batch, g_array_index (entries, TandemCaseloadEntry,
                                                        i).person_id);
  *n_with_plans = entries->len;
  return batch;
}

/* Many plans at once, in their own languages: a file each, or one file; a cancelled batch
 * leaves no file behind. */
static void
test_batch (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemPlanBatch) each = NULL;
  g_autoptr(TandemPlanBatch) combined = NULL;
  g_autoptr(TandemPlanBatch) cancelled = NULL;
  g_autoptr(GFile) folder = new_test_file (dir, "plans");
  g_autoptr(GFile) combined_file = new_test_file (dir, "plans.pdf");
  g_autoptr(GFile) cancelled_file = new_test_file (dir, "cancelled.pdf");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFileEnumerator) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  guint n_people, n_files = 0, n_problems;
  GFileInfo *info;
  GDate today;

  tandem_test_set_date (&today, "2026-11-21");
  g_assert_true (tandem_example_data_generate (store, 60, 7, &today, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  each = new_batch (store, &n_people);
  g_assert_cmpuint (n_people, >, 5);
  g_assert_true (tandem_plan_batch_write (each, folder, TANDEM_PLAN_BATCH_FILE_PER_PLAN, 2,
                                          NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_plan_batch_get_n_done (each), ==, n_people);

  /* Plans in a language without a template are reported, not printed. */
  n_problems = tandem_plan_batch_get_problems (each)->len;
  files = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, &error);
  g_assert_no_error (error);
  while ((info = g_file_enumerator_next_file (files, NULL, NULL)) != NULL)
    {
      g_assert_true (g_str_has_suffix (g_file_info_get_name (info), ".pdf"));
      n_files++;
      g_object_unref (info);
    }
  g_assert_cmpuint (n_files + n_problems, ==, n_people);
  g_assert_cmpuint (n_files, >, 0);

  combined = new_batch (store, &n_people);
  g_assert_true (tandem_plan_batch_write (combined, combined_file, TANDEM_PLAN_BATCH_COMBINED,
                                          2, NULL, &error));
  g_assert_no_error (error);
  bytes = g_file_load_bytes (combined_file, NULL, NULL, &error);
  g_assert_no_error (error);
  pdf = read_pdf (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, (int) n_files * 2);

  cancelled = new_batch (store, &n_people);
  g_cancellable_cancel (cancellable);
  g_assert_false (tandem_plan_batch_write (cancelled, cancelled_file,
                                           TANDEM_PLAN_BATCH_COMBINED, 2, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_query_exists (cancelled_file, NULL));
}

/* The support connected: the assets the person was put in touch with, how and what came of
 * it, with the labels in the document's language. */
static void
test_signposts (void)
{
  g_autoptr(TandemPlan) plan = new_plan ("To walk to the park.");
  g_autoptr(TandemPerson) person = new_person ();
  g_autoptr(GPtrArray) signposts = g_ptr_array_new_with_free_func (g_object_unref);
  TandemPlanDocumentOptions english = { "en", FALSE, FALSE };
  TandemPlanDocumentOptions spanish = { "es", FALSE, FALSE };
  TandemPlanDocumentSource source;
  g_autoptr(GError) error = NULL;
  TandemSignpost *signpost;

  signpost = tandem_signpost_new ();
  tandem_signpost_set_asset_name (signpost, "Tuesday Walking Group");
  tandem_signpost_set_handover (signpost, TANDEM_HANDOVER_WARM);
  tandem_signpost_set_outcome (signpost, TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING);
  g_ptr_array_add (signposts, signpost);
  signpost = tandem_signpost_new ();
  tandem_signpost_set_asset_name (signpost, "Carers' Café");
  g_ptr_array_add (signposts, signpost);

  tandem_plan_document_source_init (&source, plan, person, NULL);
  source.printed_on = "2026-11-21";
  source.signposts = signposts;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TandemPlanDocument) document =
        tandem_plan_document_new (&source, i == 0 ? &english : &spanish, &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PopplerDocument) pdf = NULL;
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;

      g_assert_no_error (error);
      bytes = write_pdf (document);
      pdf = read_pdf (bytes);
      text = dup_all_text (pdf);
      flat = normalize (text);

      if (i == 0)
        {
          g_assert_nonnull (strstr (flat, "Groupsandservices"));
          g_assert_nonnull (strstr (flat, "TuesdayWalkingGroup(Warmhandover):Stillattending"));
          g_assert_nonnull (strstr (flat, "Carers'Café(Giveninformation):Notknownyet"));
        }
      else
        {
          g_assert_nonnull (strstr (flat, "TuesdayWalkingGroup"));
          g_assert_nonnull (strstr (flat, "Sigueasistiendo"));
          g_assert_null (strstr (flat, "Stillattending"));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-document/every-language", test_every_language);
  g_test_add_func ("/plan-document/independent-of-environment", test_independent_of_environment);
  g_test_add_func ("/plan-document/worker-thread", test_worker_thread);
  g_test_add_func ("/plan-document/large-print", test_large_print);
  g_test_add_func ("/plan-document/bilingual", test_bilingual);
  g_test_add_func ("/plan-document/long-text", test_long_text);
  g_test_add_func ("/plan-document/pdf-properties", test_pdf_properties);
  g_test_add_func ("/plan-document/language-not-available", test_language_not_available);
  g_test_add_func ("/plan-document/missing-font", test_missing_font);
  g_test_add_func ("/plan-document/cancel-write", test_cancel_write);
  g_test_add_func ("/plan-document/batch", test_batch);
  g_test_add_func ("/plan-document/signposts", test_signposts);

  return g_test_run ();
}
