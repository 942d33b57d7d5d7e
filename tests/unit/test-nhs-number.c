/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-nhs-number.h"

/* Asserts that @text normalises to @expected. */
static void
assert_valid (const char *text,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = tandem_nhs_number_normalize (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (digits, ==, expected);
  g_assert_true (tandem_nhs_number_is_valid (text));
}

static void
assert_invalid (const char *text,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = tandem_nhs_number_normalize (text, &error);

  g_assert_error (error, TANDEM_NHS_NUMBER_ERROR, code);
  g_assert_null (digits);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (tandem_nhs_number_is_valid (text));
}

static void
test_valid (void)
{
  assert_valid ("9434765919", "9434765919");
  assert_valid ("4000000020", "4000000020");

  g_assert_cmpint (tandem_nhs_number_check_digit ("943476591"), ==, 9);
  g_assert_cmpint (tandem_nhs_number_check_digit ("400000002"), ==, 0);
}

static void
test_check_digit_error (void)
{
  assert_invalid ("9434765918", TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT);
  assert_invalid ("4000000021", TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT);
  /* Two digits swapped, the commonest slip. */
  assert_invalid ("4934765919", TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT);
}

static void
test_same_digits (void)
{
  /* 0000000000 passes the modulus 11 check (sum 0, check digit 0) and 1111111111 would
   * too if the check were all there is: both must be refused for being all the same. */
  g_assert_cmpint (tandem_nhs_number_check_digit ("000000000"), ==, 0);

  assert_invalid ("1111111111", TANDEM_NHS_NUMBER_ERROR_SAME_DIGITS);
  assert_invalid ("0000000000", TANDEM_NHS_NUMBER_ERROR_SAME_DIGITS);
  assert_invalid ("999 999 9999", TANDEM_NHS_NUMBER_ERROR_SAME_DIGITS);
}

static void
test_length (void)
{
  assert_invalid ("943476591", TANDEM_NHS_NUMBER_ERROR_LENGTH);
  assert_invalid ("94347659190", TANDEM_NHS_NUMBER_ERROR_LENGTH);
  assert_invalid ("9", TANDEM_NHS_NUMBER_ERROR_LENGTH);
  assert_invalid ("943 476 591", TANDEM_NHS_NUMBER_ERROR_LENGTH);
}

static void
test_letters (void)
{
  assert_invalid ("943476591A", TANDEM_NHS_NUMBER_ERROR_CHARACTERS);
  assert_invalid ("NHS9434765919", TANDEM_NHS_NUMBER_ERROR_CHARACTERS);
  assert_invalid ("943.476.5919", TANDEM_NHS_NUMBER_ERROR_CHARACTERS);
  /* Bytes that are not UTF-8, as a command line can pass: never stepped through. */
  assert_invalid ("943 476 591\xc7", TANDEM_NHS_NUMBER_ERROR_CHARACTERS);
  assert_invalid ("943 476 5919 \xf0", TANDEM_NHS_NUMBER_ERROR_CHARACTERS);
  assert_invalid ("943/476/5919", TANDEM_NHS_NUMBER_ERROR_CHARACTERS);
  /* Digits of another script are not what the NHS prints. */
  assert_invalid ("٩٤٣٤٧٦٥٩١٩", TANDEM_NHS_NUMBER_ERROR_CHARACTERS);
}

static void
test_separators (void)
{
  assert_valid ("943 476 5919", "9434765919");
  assert_valid ("943-476-5919", "9434765919");
  assert_valid ("  943 476 5919  ", "9434765919");
  assert_valid ("943  476\t5919", "9434765919");
  assert_valid ("943 - 476 - 5919", "9434765919");
  /* A no-break space, as pasted from a letter. */
  assert_valid ("943\u00a0476\u00a05919", "9434765919");
}

static void
test_check_digit_ten (void)
{
  g_autofree char *stem = NULL;

  /* Find a stem whose check digit computes to 10: no number starting with it is valid,
   * whatever its last digit. */
  for (guint n = 100000000; n < 100001000 && stem == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%09u", n);

      if (tandem_nhs_number_check_digit (candidate) == 10)
        stem = g_steal_pointer (&candidate);
    }

  g_assert_nonnull (stem);

  for (int last = 0; last <= 9; last++)
    {
      g_autofree char *number = g_strdup_printf ("%s%d", stem, last);

      assert_invalid (number, TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT);
    }
}

static void
test_empty (void)
{
  assert_invalid ("", TANDEM_NHS_NUMBER_ERROR_EMPTY);
  assert_invalid ("   ", TANDEM_NHS_NUMBER_ERROR_EMPTY);
  assert_invalid (" - ", TANDEM_NHS_NUMBER_ERROR_EMPTY);
  assert_invalid (NULL, TANDEM_NHS_NUMBER_ERROR_EMPTY);
}

static void
test_format (void)
{
  g_autofree char *grouped = tandem_nhs_number_format ("9434765919");
  g_autofree char *short_number = tandem_nhs_number_format ("94347");
  g_autofree char *none = tandem_nhs_number_format (NULL);
  g_autofree char *empty = tandem_nhs_number_format ("");

  g_assert_cmpstr (grouped, ==, "943 476 5919");
  /* Anything not ten digits long is shown as it is. */
  g_assert_cmpstr (short_number, ==, "94347");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (empty, ==, "");
}

static void
test_is_test (void)
{
  g_assert_true (tandem_nhs_number_is_test ("9990000018"));
  g_assert_true (tandem_nhs_number_is_test ("9991234567"));
  g_assert_false (tandem_nhs_number_is_test ("9434765919"));
  g_assert_false (tandem_nhs_number_is_test ("9899999999"));
  g_assert_false (tandem_nhs_number_is_test ("99"));
  g_assert_false (tandem_nhs_number_is_test (""));
  g_assert_false (tandem_nhs_number_is_test (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nhs-number/valid", test_valid);
  g_test_add_func ("/nhs-number/check-digit-error", test_check_digit_error);
  g_test_add_func ("/nhs-number/same-digits", test_same_digits);
  g_test_add_func ("/nhs-number/length", test_length);
  g_test_add_func ("/nhs-number/letters", test_letters);
  g_test_add_func ("/nhs-number/separators", test_separators);
  g_test_add_func ("/nhs-number/check-digit-ten", test_check_digit_ten);
  g_test_add_func ("/nhs-number/empty", test_empty);
  g_test_add_func ("/nhs-number/format", test_format);
  g_test_add_func ("/nhs-number/is-test", test_is_test);

  return g_test_run ();
}
