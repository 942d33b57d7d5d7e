/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-postcode"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-postcode.h"

G_DEFINE_QUARK (tandem-postcode-error-quark, tandem_postcode_error)

/* The Royal Mail format: an outward code (area, district, optional sub-district) and an
 * inward code (sector digit and a unit of two letters that never uses C, I, K, M, O or V).
 * GIR 0AA is the one historic exception still in use. It ends at \z, the very end: "$" would
 * also match before a final line break, which for GRegex includes a vertical tab. */
#define POSTCODE_PATTERN \
  "^(?:([A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-Z]?)([0-9][ABD-HJLNP-UW-Z]{2})|(GIR)(0AA))\\z"

static GRegex *
postcode_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (POSTCODE_PATTERN, G_REGEX_OPTIMIZE, 0, NULL));

  return regex;
}

/**
 * tandem_postcode_compact:
 * @text: a postcode as typed
 *
 * Returns: (transfer full): @text in capitals with every space removed (and any byte that
 *   is not UTF-8 replaced by U+FFFD)
 */
char *
tandem_postcode_compact (const char *text)
{
  g_autoptr(GString) compact = g_string_new (NULL);
  /* A command-line argument can be any bytes: stepping through invalid UTF-8 by its lead
   * bytes would run past the end of the string. */
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (compact, g_unichar_toupper (c));
    }

  return g_string_free (g_steal_pointer (&compact), FALSE);
}

/**
 * tandem_postcode_normalize:
 * @text: a UK postcode as typed, in any case and spacing
 * @error: the reason it is not valid
 *
 * Returns: (transfer full) (nullable): the postcode in capitals with one space before the
 *   inward code ("LS1 4AB"), or %NULL with @error set
 */
char *
tandem_postcode_normalize (const char  *text,
                           GError     **error)
{
  g_autofree char *compact = tandem_postcode_compact (text);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *outward = NULL;
  g_autofree char *inward = NULL;

  if (compact[0] == '\0')
    {
      g_set_error (error, TANDEM_POSTCODE_ERROR, TANDEM_POSTCODE_ERROR_EMPTY,
                   _("Enter the postcode"));
      return NULL;
    }

  if (!g_regex_match (postcode_regex (), compact, 0, &match))
    {
      g_set_error (error, TANDEM_POSTCODE_ERROR, TANDEM_POSTCODE_ERROR_FORMAT,
                   _("This is not a UK postcode: it should look like LS1 4AB or SW1A 2AA"));
      return NULL;
    }

  outward = g_match_info_fetch (match, 1);
  inward = g_match_info_fetch (match, 2);
  if (outward == NULL || outward[0] == '\0')
    {
      g_free (outward);
      g_free (inward);
      outward = g_match_info_fetch (match, 3);
      inward = g_match_info_fetch (match, 4);
    }

  return g_strdup_printf ("%s %s", outward, inward);
}
