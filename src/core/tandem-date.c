/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-date.h"

G_DEFINE_QUARK (tandem-date-error-quark, tandem_date_error)

/* Nobody on a caseload was born before this many years ago; an older date is a typing slip. */
#define OLDEST_AGE_YEARS 125

static gboolean
parse_number (const char **p,
              guint        max_digits,
              guint       *value,
              guint       *n_digits)
{
  *value = 0;
  *n_digits = 0;

  while (g_ascii_isdigit (**p) && *n_digits < max_digits)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*p)++;
      (*n_digits)++;
    }

  return *n_digits > 0;
}

static gboolean
is_date_separator (char c)
{
  return c == '/' || c == '-' || c == '.' || c == ' ';
}

/* Reads the three numbers of a date and whether it was written year first (ISO 8601). */
static gboolean
split_date (const char *text,
            guint      *day,
            guint      *month,
            guint      *year,
            guint      *year_digits)
{
  const char *p = text;
  guint numbers[3];
  guint digits[3];

  for (guint i = 0; i < 3; i++)
    {
      if (!parse_number (&p, 4, &numbers[i], &digits[i]))
        return FALSE;

      if (i < 2)
        {
          if (!is_date_separator (*p))
            return FALSE;
          while (is_date_separator (*p))
            p++;
        }
    }

  if (*p != '\0')
    return FALSE;

  if (digits[0] == 4)
    {
      *year = numbers[0];
      *year_digits = digits[0];
      *month = numbers[1];
      *day = numbers[2];
    }
  else
    {
      *day = numbers[0];
      *month = numbers[1];
      *year = numbers[2];
      *year_digits = digits[2];
    }

  return TRUE;
}

/**
 * tandem_date_parse:
 * @text: a date as typed: day/month/year as people in the UK write it ("3/4/1956",
 *   "03-04-1956", "03.04.1956") or ISO 8601 ("1956-04-03")
 * @date: (out caller-allocates): the date
 * @error: the reason it is not a date
 */
gboolean
tandem_date_parse (const char  *text,
                   GDate       *date,
                   GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  guint day, month, year, year_digits;

  g_date_clear (date, 1);

  if (stripped[0] == '\0')
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_EMPTY, _("Enter a date"));
      return FALSE;
    }

  if (!split_date (stripped, &day, &month, &year, &year_digits))
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FORMAT,
                   _("Write the date as day/month/year, for example 3/4/1956"));
      return FALSE;
    }

  if (year_digits != 4)
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FORMAT,
                   _("Write the year in full, for example 1956"));
      return FALSE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_IMPOSSIBLE,
                   _("There is no month %u: the month comes second, from 1 to 12"), month);
      return FALSE;
    }

  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_IMPOSSIBLE,
                   _("This date does not exist: that month has %u days"),
                   (guint) g_date_get_days_in_month (month, year >= 1 ? year : 2000));
      return FALSE;
    }

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
tandem_date_parse_not_future (const char  *text,
                              const GDate *today,
                              GDate       *date,
                              GError     **error)
{
  if (!tandem_date_parse (text, date, error))
    return FALSE;

  if (g_date_compare (date, today) > 0)
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FUTURE,
                   _("This date is in the future"));
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_date_parse_birth:
 *
 * Like tandem_date_parse() but also refuses dates of birth in the future or so long ago
 * that they must be a slip of the keyboard.
 */
gboolean
tandem_date_parse_birth (const char  *text,
                         const GDate *today,
                         GDate       *date,
                         GError     **error)
{
  int age;

  if (!tandem_date_parse (text, date, error))
    return FALSE;

  if (g_date_compare (date, today) > 0)
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_FUTURE,
                   _("A date of birth cannot be in the future"));
      return FALSE;
    }

  /* Whole years, as tandem_date_age() counts them: someone born 126 calendar years ago is
   * still 125 until their birthday. */
  age = g_date_get_year (today) - g_date_get_year (date);
  if (g_date_get_month (today) < g_date_get_month (date) ||
      (g_date_get_month (today) == g_date_get_month (date) &&
       g_date_get_day (today) < g_date_get_day (date)))
    age--;

  if (age > OLDEST_AGE_YEARS)
    {
      g_set_error (error, TANDEM_DATE_ERROR, TANDEM_DATE_ERROR_TOO_OLD,
                   _("This would make the person over %d years old: check the year"),
                   OLDEST_AGE_YEARS);
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_date_from_iso:
 * @iso: (nullable): a date stored as YYYY-MM-DD
 * @date: (out caller-allocates): the date, cleared when @iso is not one
 */
gboolean
tandem_date_from_iso (const char *iso,
                      GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);

  /* Exactly YYYY-MM-DD: this runs for every person when the caseload loads. */
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;

  year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  month = (iso[5] - '0') * 10 + (iso[6] - '0');
  day = (iso[8] - '0') * 10 + (iso[9] - '0');

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * tandem_date_iso_to_julian:
 *
 * Returns: the Julian day number of a stored date, or 0 when @iso is not a date
 */
guint32
tandem_date_iso_to_julian (const char *iso)
{
  GDate date;

  if (!tandem_date_from_iso (iso, &date))
    return 0;

  return g_date_get_julian (&date);
}

char *
tandem_date_to_iso (const GDate *date)
{
  if (!g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * tandem_date_to_input:
 * @iso: (nullable): a stored date
 *
 * Returns: (transfer full): the date as the user types it (day/month/year), or an empty string
 */
char *
tandem_date_to_input (const char *iso)
{
  GDate date;

  if (!tandem_date_from_iso (iso, &date))
    return g_strdup ("");

  return g_strdup_printf ("%02u/%02u/%04u",
                          (guint) g_date_get_day (&date),
                          (guint) g_date_get_month (&date),
                          (guint) g_date_get_year (&date));
}

/**
 * tandem_date_format:
 * @iso: (nullable): a stored date
 *
 * Returns: (transfer full): the date for reading, such as "3 Apr 2026", or an empty string
 */
char *
tandem_date_format (const char *iso)
{
  g_autoptr(GDateTime) datetime = NULL;
  GDate date;

  if (!tandem_date_from_iso (iso, &date))
    return g_strdup ("");

  datetime = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 0, 0, 0);

  /* Translators: a date as shown in lists, see g_date_time_format() */
  return g_date_time_format (datetime, _("%-d %b %Y"));
}

void
tandem_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

char *
tandem_date_today_iso (void)
{
  GDate today;

  tandem_date_set_today (&today);
  return tandem_date_to_iso (&today);
}

/**
 * tandem_date_days_between:
 *
 * Returns: the number of days from @from_iso to @to, or 0 when @from_iso is not a date
 */
int
tandem_date_days_between (const char  *from_iso,
                          const GDate *to)
{
  GDate from;

  if (!tandem_date_from_iso (from_iso, &from))
    return 0;

  return g_date_days_between (&from, to);
}

/**
 * tandem_date_age:
 *
 * Returns: age in whole years on @today, or -1 when @birth_iso is not a date
 */
int
tandem_date_age (const char  *birth_iso,
                 const GDate *today)
{
  GDate birth;
  int age;

  if (!tandem_date_from_iso (birth_iso, &birth))
    return -1;

  age = g_date_get_year (today) - g_date_get_year (&birth);
  if (g_date_get_month (today) < g_date_get_month (&birth) ||
      (g_date_get_month (today) == g_date_get_month (&birth) &&
       g_date_get_day (today) < g_date_get_day (&birth)))
    age--;

  return age;
}
