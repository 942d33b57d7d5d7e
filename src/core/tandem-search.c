/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-search"

#include "config.h"

#include <string.h>

#include "tandem-nhs-number.h"
#include "tandem-postcode.h"
#include "tandem-search.h"

/* Finding people: every word typed must be the start of a word of the person's names, NHS
 * number or postcode, ignoring case and accents, so "zoe o'n" finds Zoë O'Neill.
 *
 * Each person has a search key: those words, folded, each after a space. The store keeps it
 * with the person and the caseload keeps it in memory, so one matcher serves both, and a
 * keystroke costs a scan of short strings whatever it matches: an index would be quicker
 * for rare words but slower for the first letters typed, which match nearly everyone.
 *
 * The key adds the forms people type that splitting into words would miss: "oneill" for
 * O'Neill, the NHS number whole, grouped 3-3-4 and from its second group on, the postcode with
 * and without its space. */

/* More words than this in a search box is pasted text, not a search. */
#define MAX_QUERY_WORDS 8

struct _TandemSearchQuery
{
  char  *words[MAX_QUERY_WORDS];   /* each folded and with a leading space */
  guint  n_words;
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Latin letters whose accent is not a separate mark in Unicode, so decomposing them does
 * not reach the plain letter people type on an English keyboard. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x0141: case 0x0142: return "l";    /* Łł */
    case 0x00D8: case 0x00F8: return "o";    /* Øø */
    case 0x0110: case 0x0111: return "d";    /* Đđ */
    case 0x00DF: return "ss";                /* ß */
    case 0x00C6: case 0x00E6: return "ae";   /* Ææ */
    case 0x0152: case 0x0153: return "oe";   /* Œœ */
    case 0x0131: return "i";                 /* ı */
    default: return NULL;
    }
}

/**
 * tandem_search_fold:
 * @text: any text
 *
 * Returns: (transfer full): @text without case or accents, for comparing what people type
 *   with what was recorded; other scripts are kept as they are
 */
char *
tandem_search_fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFD);
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autofree char *folded = NULL;
  GUnicodeScript base_script = G_UNICODE_SCRIPT_COMMON;

  if (decomposed == NULL)
    return g_strdup ("");

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special = fold_special (c);

      /* Marks on Latin letters are accents; marks in Indic or Arabic script are vowels
       * and belong to the word. Arabic's vowel marks, hamza and madda have no script of
       * their own in Unicode ("inherited", like accents), so the letter they sit on
       * decides. */
      if (!g_unichar_ismark (c))
        base_script = g_unichar_get_script (c);
      else if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_INHERITED &&
               base_script != G_UNICODE_SCRIPT_ARABIC)
        continue;

      if (special != NULL)
        g_string_append (plain, special);
      else
        g_string_append_unichar (plain, c);
    }

  folded = g_utf8_casefold (plain->str, plain->len);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
}

/* Appends each word of @text, folded, after a space. With @joined, also appends the text
 * with its punctuation removed when that makes a different word ("Smith-Jones" ->
 * "smithjones"). */
static void
append_words (GString    *key,
              const char *text,
              gboolean    joined)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) whole = g_string_new (NULL);
  gboolean in_word = FALSE;
  gboolean split = FALSE;

  if (text == NULL || text[0] == '\0')
    return;

  folded = tandem_search_fold (text);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          if (!in_word)
            g_string_append_c (key, ' ');
          g_string_append_unichar (key, c);
          g_string_append_unichar (whole, c);
          in_word = TRUE;
        }
      else
        {
          if (in_word && !g_unichar_isspace (c))
            split = TRUE;
          if (g_unichar_isspace (c) && whole->len > 0)
            g_string_append_c (whole, ' ');
          in_word = FALSE;
        }
    }

  if (joined && split)
    {
      g_auto(GStrv) parts = g_strsplit (whole->str, " ", -1);

      for (guint i = 0; parts[i]; i++)
        {
          if (parts[i][0] != '\0')
            g_string_append_printf (key, " %s", parts[i]);
        }
    }
}

/**
 * tandem_search_key_for_person:
 *
 * Returns: (transfer full): the words people may type to find @person, folded, each after a
 *   space
 */
char *
tandem_search_key_for_person (TandemPerson *person)
{
  GString *key = g_string_new (NULL);
  const char *nhs_number = tandem_person_get_nhs_number (person);
  const char *postcode = tandem_person_get_postcode (person);

  append_words (key, tandem_person_get_given_name (person), TRUE);
  append_words (key, tandem_person_get_family_name (person), TRUE);
  append_words (key, tandem_person_get_preferred_name (person), TRUE);

  if (nhs_number != NULL && nhs_number[0] != '\0')
    {
      g_autofree char *grouped = tandem_nhs_number_format (nhs_number);

      append_words (key, nhs_number, FALSE);
      append_words (key, grouped, FALSE);
      /* The last two groups typed together ("476 5919" is one word to the query). */
      if (strlen (nhs_number) == 10)
        append_words (key, nhs_number + 3, FALSE);
    }

  if (postcode != NULL && postcode[0] != '\0')
    {
      g_autofree char *compact = tandem_postcode_compact (postcode);

      append_words (key, postcode, FALSE);
      append_words (key, compact, FALSE);
    }

  return g_string_free (key, FALSE);
}

static gboolean
is_number_typed_with_spaces (const char *text)
{
  gboolean has_digit = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        has_digit = TRUE;
      else if (*p != ' ' && *p != '-')
        return FALSE;
    }

  return has_digit;
}

static void
add_word (TandemSearchQuery *query,
          GString           *word)
{
  if (word->len == 0 || query->n_words == MAX_QUERY_WORDS)
    return;

  query->words[query->n_words++] = g_strdup_printf (" %s", word->str);
  g_string_truncate (word, 0);
}

/**
 * tandem_search_query_new:
 * @text: what the user typed
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text has no word to look for
 */
TandemSearchQuery *
tandem_search_query_new (const char *text)
{
  g_autoptr(TandemSearchQuery) query = g_new0 (TandemSearchQuery, 1);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autofree char *folded = tandem_search_fold (text);

  /* "943 476" is the start of one NHS number, not two words. */
  if (is_number_typed_with_spaces (folded))
    {
      for (const char *p = folded; *p; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (word, *p);
      add_word (query, word);
      return g_steal_pointer (&query);
    }

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        g_string_append_unichar (word, c);
      else
        add_word (query, word);
    }
  add_word (query, word);

  if (query->n_words == 0)
    return NULL;

  return g_steal_pointer (&query);
}

void
tandem_search_query_free (TandemSearchQuery *query)
{
  if (query == NULL)
    return;

  for (guint i = 0; i < query->n_words; i++)
    g_free (query->words[i]);
  g_free (query);
}

/**
 * tandem_search_query_matches:
 * @key: a search key from tandem_search_key_for_person()
 *
 * Returns: whether every word of @query starts a word of @key
 */
gboolean
tandem_search_query_matches (const TandemSearchQuery *query,
                             const char              *key)
{
  for (guint i = 0; i < query->n_words; i++)
    {
      if (strstr (key, query->words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * tandem_search_query_narrows:
 *
 * Returns: whether everything @query matches is also matched by @previous, as when the user
 *   types more letters at the end of the search, so only @previous's matches need checking
 */
gboolean
tandem_search_query_narrows (const TandemSearchQuery *query,
                             const TandemSearchQuery *previous)
{
  /* Each of the previous words must be the start of one of the new words. */
  for (guint i = 0; i < previous->n_words; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < query->n_words && !found; j++)
        found = g_str_has_prefix (query->words[j], previous->words[i]);

      if (!found)
        return FALSE;
    }

  return TRUE;
}
