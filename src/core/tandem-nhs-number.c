/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-nhs-number"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-nhs-number.h"

G_DEFINE_QUARK (tandem-nhs-number-error-quark, tandem_nhs_number_error)

#define NHS_NUMBER_LENGTH 10

/* People type NHS numbers as printed on letters ("943 476 5919") or copied from clinical
 * systems ("943-476-5919"), so spaces and hyphens are allowed between digits. */
static gboolean
is_separator (gunichar c)
{
  return c == '-' || g_unichar_isspace (c);
}

/**
 * tandem_nhs_number_check_digit:
 * @first_nine: the first nine digits
 *
 * Computes the modulus 11 check digit.
 *
 * Returns: the check digit 0-9, or 10 when no valid NHS number starts with these digits
 */
int
tandem_nhs_number_check_digit (const char *first_nine)
{
  int sum = 0;
  int remainder;

  for (int i = 0; i < 9; i++)
    sum += (first_nine[i] - '0') * (10 - i);

  remainder = sum % 11;
  if (remainder == 0)
    return 0;

  return 11 - remainder;
}

/**
 * tandem_nhs_number_normalize:
 * @text: an NHS number as typed
 * @error: the reason it is not valid
 *
 * Returns: (transfer full) (nullable): the ten digits, or %NULL with @error set
 */
char *
tandem_nhs_number_normalize (const char  *text,
                             GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean all_same = TRUE;

  /* Any bytes may come from a command line or a file: invalid UTF-8 is not stepped through,
   * which could run past the end of the string. */
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_CHARACTERS,
                   _("An NHS number has only digits: remove the letters or symbols"));
      return NULL;
    }

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_separator (c))
        continue;

      if (c < '0' || c > '9')
        {
          g_set_error (error, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_CHARACTERS,
                       _("An NHS number has only digits: remove the letters or symbols"));
          return NULL;
        }

      g_string_append_c (digits, (char) c);
    }

  if (digits->len == 0)
    {
      g_set_error (error, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_EMPTY,
                   _("Enter the NHS number"));
      return NULL;
    }

  if (digits->len != NHS_NUMBER_LENGTH)
    {
      g_set_error (error, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_LENGTH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An NHS number has 10 digits; this has %u",
                                "An NHS number has 10 digits; this has %u",
                                digits->len),
                   (guint) digits->len);
      return NULL;
    }

  for (gsize i = 1; i < digits->len; i++)
    all_same &= digits->str[i] == digits->str[0];

  if (all_same)
    {
      g_set_error (error, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_SAME_DIGITS,
                   _("This is not a real NHS number: all its digits are the same"));
      return NULL;
    }

  if (tandem_nhs_number_check_digit (digits->str) != digits->str[9] - '0')
    {
      g_set_error (error, TANDEM_NHS_NUMBER_ERROR, TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT,
                   _("This NHS number fails its check digit: one of the digits is probably "
                     "mistyped"));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

gboolean
tandem_nhs_number_is_valid (const char *text)
{
  g_autofree char *digits = tandem_nhs_number_normalize (text, NULL);

  return digits != NULL;
}

/**
 * tandem_nhs_number_format:
 * @digits: ten digits
 *
 * Returns: (transfer full): the number grouped 3-3-4 as the NHS prints it, or a copy of
 *   @digits when it is not ten digits long
 */
char *
tandem_nhs_number_format (const char *digits)
{
  if (digits == NULL)
    return g_strdup ("");

  if (strlen (digits) != NHS_NUMBER_LENGTH)
    return g_strdup (digits);

  return g_strdup_printf ("%.3s %.3s %.4s", digits, digits + 3, digits + 6);
}

/* Numbers starting 999 are reserved for testing and never issued to a person. */
gboolean
tandem_nhs_number_is_test (const char *digits)
{
  return digits != NULL && g_str_has_prefix (digits, "999");
}
