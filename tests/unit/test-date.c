/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "tandem-date.h"
#include "tandem-test-util.h"

/* Every test that needs "today" uses this one, so nothing depends on the day the tests run. */
#define TODAY "2024-06-15"

static void
assert_parses (const char *text,
               guint       day,
               guint       month,
               guint       year)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_assert_true (tandem_date_parse (text, &date, &error));
  g_assert_no_error (error);
  g_assert_true (g_date_valid (&date));
  g_assert_cmpuint (g_date_get_day (&date), ==, day);
  g_assert_cmpuint (g_date_get_month (&date), ==, month);
  g_assert_cmpuint (g_date_get_year (&date), ==, year);
}

static void
assert_refused (const char *text,
                int         code)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_assert_false (tandem_date_parse (text, &date, &error));
  g_assert_error (error, TANDEM_DATE_ERROR, code);
  g_assert_false (g_date_valid (&date));
}

static void
test_parse_formats (void)
{
  assert_parses ("3/4/1956", 3, 4, 1956);
  assert_parses ("03/04/1956", 3, 4, 1956);
  assert_parses ("03-04-1956", 3, 4, 1956);
  assert_parses ("03.04.1956", 3, 4, 1956);
  assert_parses ("3 4 1956", 3, 4, 1956);
  assert_parses ("  3/4/1956  ", 3, 4, 1956);
  /* Year first is ISO 8601, year-month-day. */
  assert_parses ("1956-04-03", 3, 4, 1956);
  assert_parses ("31/12/1999", 31, 12, 1999);
}

static void
test_parse_impossible (void)
{
  assert_refused ("31/02/2021", TANDEM_DATE_ERROR_IMPOSSIBLE);
  assert_refused ("29/02/2023", TANDEM_DATE_ERROR_IMPOSSIBLE);
  assert_refused ("31/04/2021", TANDEM_DATE_ERROR_IMPOSSIBLE);
  assert_refused ("0/4/1956", TANDEM_DATE_ERROR_IMPOSSIBLE);
  assert_refused ("3/13/1956", TANDEM_DATE_ERROR_IMPOSSIBLE);
  assert_refused ("3/0/1956", TANDEM_DATE_ERROR_IMPOSSIBLE);
  assert_refused ("1956-13-03", TANDEM_DATE_ERROR_IMPOSSIBLE);

  assert_parses ("29/02/2024", 29, 2, 2024);
  assert_parses ("29/02/2000", 29, 2, 2000);
  assert_refused ("29/02/1900", TANDEM_DATE_ERROR_IMPOSSIBLE);
}

static void
test_parse_format_errors (void)
{
  /* A two-digit year could be either century. */
  assert_refused ("3/4/56", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("03.04.56", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("3/4/195", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("3/4/19560", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("yesterday", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("3/4", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("3/4/1956/7", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("3/4/1956x", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("3rd April 1956", TANDEM_DATE_ERROR_FORMAT);
  assert_refused ("3//4/1956 /", TANDEM_DATE_ERROR_FORMAT);
}

static void
test_parse_empty (void)
{
  assert_refused ("", TANDEM_DATE_ERROR_EMPTY);
  assert_refused ("   ", TANDEM_DATE_ERROR_EMPTY);
  assert_refused (NULL, TANDEM_DATE_ERROR_EMPTY);
}

static void
test_parse_birth (void)
{
  GDate today;
  GDate date;

  tandem_test_set_date (&today, TODAY);

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tandem_date_parse_birth ("15/06/2024", &today, &date, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_date_compare (&date, &today), ==, 0);
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tandem_date_parse_birth ("16/06/2024", &today, &date, &error));
    g_assert_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FUTURE);
  }

  /* 125 today: the oldest age allowed. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tandem_date_parse_birth ("15/06/1899", &today, &date, &error));
    g_assert_no_error (error);
  }

  /* Still 125, 126 tomorrow. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tandem_date_parse_birth ("16/06/1898", &today, &date, &error));
    g_assert_no_error (error);
  }

  /* 126 today. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tandem_date_parse_birth ("15/06/1898", &today, &date, &error));
    g_assert_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_TOO_OLD);
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tandem_date_parse_birth ("3/4/1856", &today, &date, &error));
    g_assert_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_TOO_OLD);
  }

  /* Errors of the date itself come first. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tandem_date_parse_birth ("31/02/1956", &today, &date, &error));
    g_assert_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_IMPOSSIBLE);
  }
}

static void
test_parse_not_future (void)
{
  GDate today;
  GDate date;

  tandem_test_set_date (&today, TODAY);

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tandem_date_parse_not_future ("15/06/2024", &today, &date, &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tandem_date_parse_not_future ("16/06/2024", &today, &date, &error));
    g_assert_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FUTURE);
  }

  /* No age limit here: only dates of birth have one. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tandem_date_parse_not_future ("1/1/1800", &today, &date, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_date_get_year (&date), ==, 1800);
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tandem_date_parse_not_future ("", &today, &date, &error));
    g_assert_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_EMPTY);
  }
}

static void
test_iso_round_trip (void)
{
  const char *dates[] = { "1956-04-03", "2024-02-29", "2000-01-01", "1899-12-31", "2024-06-15" };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *iso = NULL;

      g_assert_true (tandem_date_from_iso (dates[i], &date));
      iso = tandem_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, dates[i]);
      g_assert_cmpuint (tandem_date_iso_to_julian (dates[i]), ==, g_date_get_julian (&date));
    }

  g_assert_true (tandem_date_from_iso ("1956-04-03", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 3);
  g_assert_cmpuint (g_date_get_month (&date), ==, 4);
  g_assert_cmpuint (g_date_get_year (&date), ==, 1956);

  /* Consecutive days have consecutive Julian numbers. */
  g_assert_cmpuint (tandem_date_iso_to_julian ("2024-03-01") -
                    tandem_date_iso_to_julian ("2024-02-28"), ==, 2);
}

static void
test_iso_invalid (void)
{
  const char *invalid[] = {
    "2021-02-31", "2021-2-3", "", "2021-02-3", "2021/02/03", "03-02-2021", "2021-13-01",
    "2021-00-10", "20210203", "2021-02-03 ", "2021-02-0x", "0000-01-01",
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("%s", invalid[i]);
      g_assert_false (tandem_date_from_iso (invalid[i], &date));
      g_assert_false (g_date_valid (&date));
      g_assert_cmpuint (tandem_date_iso_to_julian (invalid[i]), ==, 0);
    }

  g_assert_false (tandem_date_from_iso (NULL, &date));
  g_assert_cmpuint (tandem_date_iso_to_julian (NULL), ==, 0);

  /* A cleared date has no ISO form. */
  g_date_clear (&date, 1);
  g_assert_null (tandem_date_to_iso (&date));
}

static void
test_to_input (void)
{
  g_autofree char *input = tandem_date_to_input ("1956-04-03");
  g_autofree char *leap = tandem_date_to_input ("2024-02-29");
  g_autofree char *invalid = tandem_date_to_input ("2021-02-31");
  g_autofree char *none = tandem_date_to_input (NULL);
  GDate date;

  g_assert_cmpstr (input, ==, "03/04/1956");
  g_assert_cmpstr (leap, ==, "29/02/2024");
  g_assert_cmpstr (invalid, ==, "");
  g_assert_cmpstr (none, ==, "");

  /* What the form shows parses back to the same date. */
  g_assert_true (tandem_date_parse (input, &date, NULL));
  g_assert_cmpuint (g_date_get_julian (&date), ==, tandem_date_iso_to_julian ("1956-04-03"));
}

static void
test_format (void)
{
  g_autofree char *formatted = tandem_date_format ("2024-03-03");
  g_autofree char *invalid = tandem_date_format ("not a date");

  /* The tests run in the C locale. */
  g_assert_cmpstr (formatted, ==, "3 Mar 2024");
  g_assert_cmpstr (invalid, ==, "");
}

static void
test_age (void)
{
  GDate today;

  tandem_test_set_date (&today, "2024-06-14");
  g_assert_cmpint (tandem_date_age ("1956-06-15", &today), ==, 67);
  tandem_test_set_date (&today, "2024-06-15");
  g_assert_cmpint (tandem_date_age ("1956-06-15", &today), ==, 68);
  tandem_test_set_date (&today, "2024-06-16");
  g_assert_cmpint (tandem_date_age ("1956-06-15", &today), ==, 68);

  /* A birthday later in the year, and an earlier month. */
  tandem_test_set_date (&today, "2024-05-20");
  g_assert_cmpint (tandem_date_age ("1956-06-15", &today), ==, 67);
  tandem_test_set_date (&today, "2024-07-01");
  g_assert_cmpint (tandem_date_age ("1956-06-15", &today), ==, 68);

  /* Born on 29 February: a year older on 1 March in other years. */
  tandem_test_set_date (&today, "2023-02-28");
  g_assert_cmpint (tandem_date_age ("2000-02-29", &today), ==, 22);
  tandem_test_set_date (&today, "2023-03-01");
  g_assert_cmpint (tandem_date_age ("2000-02-29", &today), ==, 23);

  tandem_test_set_date (&today, "2024-06-15");
  g_assert_cmpint (tandem_date_age ("2024-06-15", &today), ==, 0);
  g_assert_cmpint (tandem_date_age ("", &today), ==, -1);
  g_assert_cmpint (tandem_date_age (NULL, &today), ==, -1);
  g_assert_cmpint (tandem_date_age ("1956-02-30", &today), ==, -1);
}

static void
test_days_between (void)
{
  GDate today;

  tandem_test_set_date (&today, TODAY);

  g_assert_cmpint (tandem_date_days_between ("2024-06-15", &today), ==, 0);
  g_assert_cmpint (tandem_date_days_between ("2024-06-10", &today), ==, 5);
  g_assert_cmpint (tandem_date_days_between ("2024-06-20", &today), ==, -5);
  g_assert_cmpint (tandem_date_days_between ("2023-06-15", &today), ==, 366);
  g_assert_cmpint (tandem_date_days_between ("invalid", &today), ==, 0);

  tandem_test_set_date (&today, "2024-03-01");
  g_assert_cmpint (tandem_date_days_between ("2024-02-28", &today), ==, 2);
}

static void
test_today (void)
{
  g_autofree char *iso = tandem_date_today_iso ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected = g_date_time_format (now, "%Y-%m-%d");
  GDate today;

  tandem_date_set_today (&today);
  g_assert_true (g_date_valid (&today));
  g_assert_true (tandem_date_from_iso (iso, &today));

  /* Unless the tests run across midnight. */
  if (g_strcmp0 (iso, expected) != 0)
    g_test_skip ("The day changed during the test");
  else
    g_assert_cmpstr (iso, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse/formats", test_parse_formats);
  g_test_add_func ("/date/parse/impossible", test_parse_impossible);
  g_test_add_func ("/date/parse/format-errors", test_parse_format_errors);
  g_test_add_func ("/date/parse/empty", test_parse_empty);
  g_test_add_func ("/date/parse/birth", test_parse_birth);
  g_test_add_func ("/date/parse/not-future", test_parse_not_future);
  g_test_add_func ("/date/iso/round-trip", test_iso_round_trip);
  g_test_add_func ("/date/iso/invalid", test_iso_invalid);
  g_test_add_func ("/date/to-input", test_to_input);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/age", test_age);
  g_test_add_func ("/date/days-between", test_days_between);
  g_test_add_func ("/date/today", test_today);

  return g_test_run ();
}
