/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-postcode.h"

static void
assert_normalizes (const char *text,
                   const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *postcode = tandem_postcode_normalize (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (postcode, ==, expected);
}

static void
assert_refused (const char *text,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *postcode = tandem_postcode_normalize (text, &error);

  g_assert_error (error, TANDEM_POSTCODE_ERROR, code);
  g_assert_null (postcode);
}

static void
test_valid (void)
{
  assert_normalizes ("ls14ab", "LS1 4AB");
  assert_normalizes ("LS1 4AB", "LS1 4AB");
  assert_normalizes ("SW1A 2AA", "SW1A 2AA");
  assert_normalizes ("sw1a2aa", "SW1A 2AA");
  assert_normalizes ("EC1A 1BB", "EC1A 1BB");
  assert_normalizes ("W1A 0AX", "W1A 0AX");
  assert_normalizes ("M1 1AE", "M1 1AE");
  assert_normalizes ("m11ae", "M1 1AE");
  assert_normalizes ("B33 8TH", "B33 8TH");
  assert_normalizes ("CR2 6XH", "CR2 6XH");
  assert_normalizes ("DN55 1PT", "DN55 1PT");
  assert_normalizes ("GIR 0AA", "GIR 0AA");
  assert_normalizes ("gir0aa", "GIR 0AA");
}

static void
test_spaces (void)
{
  assert_normalizes ("  LS1   4AB  ", "LS1 4AB");
  assert_normalizes ("L S 1 4 A B", "LS1 4AB");
  assert_normalizes ("\tdn55\u00a01pt\n", "DN55 1PT");
}

static void
test_invalid (void)
{
  assert_refused ("LS1", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("12345", TANDEM_POSTCODE_ERROR_FORMAT);
  /* C is never used in the unit of the inward code. */
  assert_refused ("LS1 4CB", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("LS1 4AI", TANDEM_POSTCODE_ERROR_FORMAT);
  /* Q never starts a postcode. */
  assert_refused ("QS1 1AA", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("LS1 4ABC", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("LS1-4AB", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("4AB LS1", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("GIR 1AA", TANDEM_POSTCODE_ERROR_FORMAT);
  /* Nothing after the postcode, not even what a regular expression's "$" would allow
   * before it (found by the fuzzer). */
  assert_refused ("N55 1PT\v", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("N55 1PT\xc2\x85", TANDEM_POSTCODE_ERROR_FORMAT);
  /* Bytes that are not UTF-8, as a command line can pass, ending in a lead byte whose
   * sequence would run past the end of the string. */
  assert_refused ("LS1 4AB\xc7", TANDEM_POSTCODE_ERROR_FORMAT);
  assert_refused ("\xf0", TANDEM_POSTCODE_ERROR_FORMAT);
}

static void
test_empty (void)
{
  assert_refused ("", TANDEM_POSTCODE_ERROR_EMPTY);
  assert_refused ("   ", TANDEM_POSTCODE_ERROR_EMPTY);
  assert_refused (NULL, TANDEM_POSTCODE_ERROR_EMPTY);
}

static void
test_compact (void)
{
  g_autofree char *compact = tandem_postcode_compact ("ls1 4ab");
  g_autofree char *spaced = tandem_postcode_compact ("  SW1A   2AA ");
  g_autofree char *empty = tandem_postcode_compact (NULL);
  g_autofree char *unchecked = tandem_postcode_compact ("not a postcode");

  g_assert_cmpstr (compact, ==, "LS14AB");
  g_assert_cmpstr (spaced, ==, "SW1A2AA");
  g_assert_cmpstr (empty, ==, "");
  /* Compacting does not validate. */
  g_assert_cmpstr (unchecked, ==, "NOTAPOSTCODE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/postcode/valid", test_valid);
  g_test_add_func ("/postcode/spaces", test_spaces);
  g_test_add_func ("/postcode/invalid", test_invalid);
  g_test_add_func ("/postcode/empty", test_empty);
  g_test_add_func ("/postcode/compact", test_compact);

  return g_test_run ();
}
