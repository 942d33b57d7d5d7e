/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-csv"

#include "config.h"

#include <string.h>

#include "tandem-csv.h"

/* Writing CSV, as the directory's export and the coverage view's export do. (Reading it is
 * libcsv's work: see tandem-oruk-csv.c.) */

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/**
 * tandem_csv_append_field:
 * @value: (nullable): the field's text; %NULL is an empty field
 * @first: whether it starts a row, so no comma goes before it
 *
 * Appends one field to a CSV row, quoted as RFC 4180 says when it must be (a comma, a quote
 * or a line break in it), and also when it starts or ends with a space or a tab, which
 * spreadsheets and libcsv (our own importer) would otherwise drop.
 */
void
tandem_csv_append_field (GString    *row,
                         const char *value,
                         gboolean    first)
{
  const char *text = value != NULL ? value : "";

  if (!first)
    g_string_append_c (row, ',');

  if (strpbrk (text, ",\"\r\n") == NULL && !is_blank (*text) &&
      (*text == '\0' || !is_blank (text[strlen (text) - 1])))
    {
      g_string_append (row, text);
      return;
    }

  g_string_append_c (row, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}
