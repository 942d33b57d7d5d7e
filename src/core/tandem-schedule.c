/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-schedule"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-asset.h"
#include "tandem-schedule.h"

/* Weekly schedules: see tandem-schedule.h for the form. */

static const struct {
  TandemDays  day;
  const char *nick;     /* the stored form */
  const char *english;  /* ORUK v1 weekday names, and what people type */
  const char *ical;     /* iCalendar BYDAY, as ORUK v3 uses */
} days[] = {
  { TANDEM_DAYS_MONDAY, "mon", "monday", "mo" },
  { TANDEM_DAYS_TUESDAY, "tue", "tuesday", "tu" },
  { TANDEM_DAYS_WEDNESDAY, "wed", "wednesday", "we" },
  { TANDEM_DAYS_THURSDAY, "thu", "thursday", "th" },
  { TANDEM_DAYS_FRIDAY, "fri", "friday", "fr" },
  { TANDEM_DAYS_SATURDAY, "sat", "saturday", "sa" },
  { TANDEM_DAYS_SUNDAY, "sun", "sunday", "su" },
};

void
tandem_session_clear (TandemSession *session)
{
  g_clear_pointer (&session->note, g_free);
}

/**
 * tandem_days_from_name:
 * @name: a day as stored ("tue"), in English ("Tuesday", "tues") or in iCalendar ("TU")
 *
 * Returns: the day, or %TANDEM_DAYS_NONE when @name names none
 */
TandemDays
tandem_days_from_name (const char *name)
{
  g_autofree char *stripped = NULL;
  g_autofree char *lower = NULL;
  gsize length;

  if (name == NULL)
    return TANDEM_DAYS_NONE;

  stripped = g_strstrip (g_strdup (name));
  lower = g_ascii_strdown (stripped, -1);
  length = strlen (lower);
  if (length >= 3 && g_str_has_suffix (lower, "."))
    lower[--length] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      if (g_str_equal (lower, days[i].ical) ||
          (length >= 3 && g_str_has_prefix (days[i].english, lower)))
        return days[i].day;
    }

  return TANDEM_DAYS_NONE;
}

const char *
tandem_days_get_label (TandemDays day)
{
  switch (day)
    {
    case TANDEM_DAYS_MONDAY: return _("Monday");
    case TANDEM_DAYS_TUESDAY: return _("Tuesday");
    case TANDEM_DAYS_WEDNESDAY: return _("Wednesday");
    case TANDEM_DAYS_THURSDAY: return _("Thursday");
    case TANDEM_DAYS_FRIDAY: return _("Friday");
    case TANDEM_DAYS_SATURDAY: return _("Saturday");
    case TANDEM_DAYS_SUNDAY: return _("Sunday");
    case TANDEM_DAYS_NONE:
    default:
      return "";
    }
}

static const char *
day_nick (TandemDays day)
{
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (days[i].day == day)
      return days[i].nick;

  return "";
}

/* Reads "HH:MM" or "H.MM" or "HH:MM:SS" at *text, moving past it. */
static gboolean
parse_time (const char **text,
            int         *minutes)
{
  const char *p = *text;
  guint64 hours, mins;
  char *end;

  if (!g_ascii_isdigit (*p))
    return FALSE;

  hours = g_ascii_strtoull (p, &end, 10);
  if ((*end != ':' && *end != '.') || end - p > 2 || !g_ascii_isdigit (end[1]) ||
      !g_ascii_isdigit (end[2]))
    return FALSE;

  mins = (end[1] - '0') * 10 + (end[2] - '0');
  p = end + 3;
  if (*p == ':' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]))
    p += 3;

  if (hours > 24 || mins > 59 || (hours == 24 && mins > 0))
    return FALSE;

  *minutes = (int) (hours * 60 + mins);
  *text = p;
  return TRUE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;
  return p;
}

/**
 * tandem_schedule_parse_line:
 * @line: one line of a schedule
 * @session: (out caller-allocates): filled in; clear it with tandem_session_clear()
 *
 * Returns: %FALSE when @line starts with a day but its times cannot be read, or it closes
 *   before it opens
 */
gboolean
tandem_schedule_parse_line (const char    *line,
                            TandemSession *session)
{
  const char *p = skip_spaces (line);
  const char *word_end = p;
  g_autofree char *word = NULL;

  session->day = TANDEM_DAYS_NONE;
  session->opens = session->closes = -1;
  session->note = NULL;

  while (g_ascii_isalpha (*word_end) || *word_end == '.')
    word_end++;
  word = g_strndup (p, word_end - p);
  session->day = tandem_days_from_name (word);

  if (session->day == TANDEM_DAYS_NONE)
    {
      session->note = g_strstrip (g_strdup (line));
      return TRUE;
    }

  p = skip_spaces (word_end);
  if (g_ascii_isdigit (*p))
    {
      if (!parse_time (&p, &session->opens))
        return FALSE;
      p = skip_spaces (p);
      /* A hyphen, an en dash or "to" between the times. */
      if (*p == '-')
        p++;
      else if (g_str_has_prefix (p, "\u2013"))
        p += strlen ("\u2013");
      else if (g_ascii_strncasecmp (p, "to ", 3) == 0)
        p += 3;
      else
        return FALSE;
      p = skip_spaces (p);
      if (!parse_time (&p, &session->closes) || session->closes <= session->opens)
        return FALSE;
    }

  p = skip_spaces (p);
  if (*p != '\0')
    session->note = g_strstrip (g_strdup (p));

  return TRUE;
}

/**
 * tandem_schedule_get_days:
 *
 * Returns: the #TandemDays the schedule's sessions fall on
 */
guint
tandem_schedule_get_days (const char *schedule)
{
  g_auto(GStrv) lines = NULL;
  guint mask = 0;

  if (schedule == NULL)
    return 0;

  lines = g_strsplit (schedule, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      TandemSession session;

      if (tandem_schedule_parse_line (lines[i], &session))
        mask |= session.day;
      tandem_session_clear (&session);
    }

  return mask;
}

static void
append_time (GString *out,
             int      minutes)
{
  g_string_append_printf (out, "%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * tandem_schedule_session_to_line:
 *
 * Returns: the stored form of one session, as an import writes it
 */
char *
tandem_schedule_session_to_line (TandemDays  day,
                                 int         opens,
                                 int         closes,
                                 const char *note)
{
  GString *out = g_string_new (day_nick (day));

  if (opens >= 0 && closes > opens)
    {
      g_string_append_c (out, ' ');
      append_time (out, opens);
      g_string_append_c (out, '-');
      append_time (out, closes);
    }

  if (note != NULL && *note != '\0')
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, note);
    }

  return g_string_free (out, FALSE);
}

/**
 * tandem_schedule_format_line:
 *
 * Returns: one session for people to read, such as "Tuesday 10:00–12:00"
 */
char *
tandem_schedule_format_line (const TandemSession *session)
{
  GString *out = g_string_new (tandem_days_get_label (session->day));

  if (session->opens >= 0 && session->closes > session->opens)
    {
      g_string_append_c (out, ' ');
      append_time (out, session->opens);
      g_string_append (out, "\u2013");
      append_time (out, session->closes);
    }

  if (session->note != NULL && *session->note != '\0')
    {
      if (out->len > 0)
        g_string_append (out, session->day != TANDEM_DAYS_NONE ? ", " : "");
      g_string_append (out, session->note);
    }

  return g_string_free (out, FALSE);
}

/**
 * tandem_schedule_format:
 *
 * Returns: the whole schedule for people to read, one session per line
 */
char *
tandem_schedule_format (const char *schedule)
{
  g_auto(GStrv) lines = g_strsplit (schedule != NULL ? schedule : "", "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      TandemSession session;
      g_autofree char *text = NULL;

      if (*g_strstrip (lines[i]) == '\0')
        continue;

      if (tandem_schedule_parse_line (lines[i], &session))
        text = tandem_schedule_format_line (&session);
      else
        text = g_strdup (lines[i]);
      tandem_session_clear (&session);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, text);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * tandem_schedule_check:
 *
 * Returns: %FALSE with an error naming the first line whose day has times that cannot be read
 */
gboolean
tandem_schedule_check (const char  *schedule,
                       GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (schedule != NULL ? schedule : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      TandemSession session;
      gboolean ok = tandem_schedule_parse_line (lines[i], &session);

      tandem_session_clear (&session);
      if (!ok)
        {
          g_set_error (error, TANDEM_ASSET_ERROR, TANDEM_ASSET_ERROR_INVALID,
                       /* Translators: the schedule form, as in "tue 10:00-12:00" */
                       _("Line %u of the opening times, \u201c%s\u201d, has times that cannot "
                         "be read. Write a day and its hours like \u201ctue 10:00-12:00\u201d."),
                       i + 1, g_strstrip (lines[i]));
          return FALSE;
        }
    }

  return TRUE;
}
