/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-html-text"

#include "config.h"

#include <string.h>

#include "tandem-html-text.h"

/* Directory feeds write descriptions in HTML, often pasted from a word processor. A link
 * worker reads them as plain text, so tags become line breaks and bullets, entities become
 * characters, and everything else is dropped. It reads any input to the end in one pass:
 * a stray "<" or an unclosed tag is taken as text, never as a reason to stop. */

typedef struct
{
  GString  *out;
  guint     pending_breaks;  /* line breaks owed before the next text, at most 2 */
  gboolean  pending_space;
  gboolean  pending_bullet;
  gboolean  keep_newlines;   /* plain text: its own line breaks count */
} Writer;

static const struct {
  const char *name;
  gunichar    character;
} entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", ' ' }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 },
  { "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "hellip", 0x2026 },
  { "bull", 0x2022 }, { "middot", 0x00B7 }, { "pound", 0x00A3 }, { "euro", 0x20AC },
  { "copy", 0x00A9 }, { "reg", 0x00AE }, { "trade", 0x2122 }, { "deg", 0x00B0 },
  { "frac12", 0x00BD }, { "frac14", 0x00BC }, { "frac34", 0x00BE }, { "times", 0x00D7 },
  { "eacute", 0x00E9 }, { "egrave", 0x00E8 }, { "aacute", 0x00E1 }, { "agrave", 0x00E0 },
  { "ccedil", 0x00E7 }, { "ouml", 0x00F6 }, { "uuml", 0x00FC }, { "auml", 0x00E4 },
  { "iacute", 0x00ED }, { "oacute", 0x00F3 }, { "uacute", 0x00FA }, { "ntilde", 0x00F1 },
  { "shy", 0 }, { "zwnj", 0 }, { "zwj", 0 },
};

/* Tags after which text starts on a new line. */
static const char * const block_tags[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "blockquote",
  "section", "article", "header", "footer", "pre", "address", "dl", "dt", "dd", "hr",
  "form", "fieldset", "figure", "main", "nav",
};

static void
flush_pending (Writer *writer)
{
  if (writer->out->len > 0)
    {
      if (writer->pending_breaks > 0)
        {
          for (guint i = 0; i < MIN (writer->pending_breaks, 2); i++)
            g_string_append_c (writer->out, '\n');
        }
      else if (writer->pending_space)
        g_string_append_c (writer->out, ' ');
    }

  if (writer->pending_bullet)
    g_string_append (writer->out, "\u2022 ");

  writer->pending_breaks = 0;
  writer->pending_space = FALSE;
  writer->pending_bullet = FALSE;
}

static void
write_break (Writer *writer,
             guint   at_least)
{
  writer->pending_breaks = MAX (writer->pending_breaks, at_least);
  writer->pending_space = FALSE;
}

static void
write_char (Writer   *writer,
            gunichar  c)
{
  if (c == '\n' && writer->keep_newlines)
    {
      write_break (writer, MIN (writer->pending_breaks + 1, 2));
      return;
    }

  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0)
    {
      if (writer->pending_breaks == 0)
        writer->pending_space = TRUE;
      return;
    }

  flush_pending (writer);
  g_string_append_unichar (writer->out, c);
}

/* Reads an entity at @p ("&amp;", "&#39;", "&#x2019;"), writing its character. Returns the
 * length read, or 0 when it is no entity and the "&" is a character of its own. */
static gsize
read_entity (Writer     *writer,
             const char *p)
{
  const char *end = p + 1;
  gunichar c = 0;

  while (end - p < 12 && (g_ascii_isalnum (*end) || *end == '#'))
    end++;
  if (*end != ';' || end == p + 1)
    return 0;

  if (p[1] == '#')
    {
      gboolean hex = p[2] == 'x' || p[2] == 'X';
      const char *digits = p + (hex ? 3 : 2);
      char *digits_end = NULL;
      guint64 value;

      if (digits == end)
        return 0;
      value = g_ascii_strtoull (digits, &digits_end, hex ? 16 : 10);
      if (digits_end != end || value > 0x10FFFF)
        return 0;
      c = (gunichar) value;
      /* Control characters and broken surrogates are not text. */
      if (!g_unichar_validate (c) || c == 0 || (c < 0x20 && c != '\n' && c != '\t'))
        return end - p + 1;
    }
  else
    {
      g_autofree char *name = g_strndup (p + 1, end - p - 1);
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
        {
          if (strcmp (name, entities[i].name) == 0)
            {
              c = entities[i].character;
              found = TRUE;
              break;
            }
        }
      if (!found)
        return 0;
      if (c == 0)
        return end - p + 1;
    }

  write_char (writer, c);
  return end - p + 1;
}

/* Finds the ">" that ends the tag starting at @p, past quoted attribute values; NULL when
 * the tag never ends. */
static const char *
find_tag_end (const char *p)
{
  char quote = 0;

  for (const char *q = p + 1; *q != '\0'; q++)
    {
      if (quote != 0)
        {
          if (*q == quote)
            quote = 0;
        }
      else if (*q == '"' || *q == '\'')
        quote = *q;
      else if (*q == '>')
        return q;
    }

  /* An unbalanced quote: the first ">" will do. */
  return strchr (p, '>');
}

static gboolean
is_block_tag (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (block_tags); i++)
    if (strcmp (name, block_tags[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Skips what a script or style element holds, to its end tag or the end of the input. */
static const char *
skip_element_content (const char *p,
                      const char *name)
{
  g_autofree char *end_tag = g_strconcat ("</", name, NULL);
  gsize length = strlen (end_tag);

  for (; *p != '\0'; p++)
    {
      if (*p == '<' && g_ascii_strncasecmp (p, end_tag, length) == 0)
        {
          const char *close = strchr (p, '>');

          return close != NULL ? close + 1 : p + strlen (p);
        }
    }

  return p;
}

static void
write_tag (Writer     *writer,
           const char *name,
           gboolean    closing)
{
  if (strcmp (name, "br") == 0)
    write_break (writer, MIN (writer->pending_breaks + 1, 2));
  else if (strcmp (name, "li") == 0)
    {
      write_break (writer, 1);
      writer->pending_bullet = !closing;
    }
  else if (strcmp (name, "td") == 0 || strcmp (name, "th") == 0)
    {
      if (writer->pending_breaks == 0)
        writer->pending_space = TRUE;
    }
  else if (is_block_tag (name))
    {
      write_break (writer, 1);
      writer->pending_bullet = FALSE;
    }
}

/* Reads the markup at @p, a "<", and returns where the text goes on. */
static const char *
read_markup (Writer     *writer,
             const char *p)
{
  const char *end;
  const char *name_start = p + 1;
  const char *name_end;
  gboolean closing = FALSE;
  g_autofree char *name = NULL;

  if (g_str_has_prefix (p, "<!--"))
    {
      const char *close = strstr (p + 4, "-->");

      return close != NULL ? close + 3 : p + strlen (p);
    }

  if (*name_start == '/')
    {
      closing = TRUE;
      name_start++;
    }

  /* "a < b", "<3", or a "<" at the very end: text, not markup. */
  if (!g_ascii_isalpha (*name_start) && *name_start != '!' && *name_start != '?')
    {
      write_char (writer, '<');
      return p + 1;
    }

  end = find_tag_end (p);
  if (end == NULL)
    {
      write_char (writer, '<');
      return p + 1;
    }

  name_end = name_start;
  while (g_ascii_isalnum (*name_end))
    name_end++;
  name = g_ascii_strdown (name_start, name_end - name_start);

  if (!closing && (strcmp (name, "script") == 0 || strcmp (name, "style") == 0) &&
      end[-1] != '/')
    return skip_element_content (end + 1, name);

  write_tag (writer, name, closing);
  return end + 1;
}

/* Whether @text has anything that looks like a tag; text without one is plain text whose
 * own line breaks are kept. */
static gboolean
has_markup (const char *text)
{
  for (const char *p = strchr (text, '<'); p != NULL; p = strchr (p + 1, '<'))
    {
      const char *name = p[1] == '/' ? p + 2 : p + 1;

      if ((g_ascii_isalpha (*name) || *name == '!') && strchr (name, '>') != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * tandem_html_to_text:
 * @html: (nullable): HTML or plain text
 *
 * Turns a description as a directory feed writes it into plain text: paragraphs, blocks
 * and `<br>` become line breaks (at most one blank line in a row), list items start with
 * "• ", runs of white space become one space, entities are decoded, scripts and styles are
 * dropped, and the result is trimmed. Text with no markup keeps its own line breaks.
 *
 * Returns: (transfer full): the plain text, never %NULL
 */
char *
tandem_html_to_text (const char *html)
{
  g_autofree char *valid = NULL;
  Writer writer = { 0 };
  const char *p;

  if (html == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (html, -1);
  writer.out = g_string_sized_new (strlen (valid));
  writer.keep_newlines = !has_markup (valid);

  p = valid;
  while (*p != '\0')
    {
      if (*p == '<')
        p = read_markup (&writer, p);
      else if (*p == '&')
        {
          gsize length = read_entity (&writer, p);

          if (length == 0)
            write_char (&writer, '&');
          p += MAX (length, 1);
        }
      else if (*p == '\r')
        p++;
      else
        {
          write_char (&writer, g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
    }

  return g_string_free (writer.out, FALSE);
}
