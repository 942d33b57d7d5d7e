/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <csv.h>
#include <string.h>

#include "tandem-csv.h"
#include "tandem-fuzz.h"
#include "tandem-nhs-number.h"
#include "tandem-postcode.h"

/* The small parsers people type into, and the CSV writer the exports use. Each is fed the
 * raw bytes, valid UTF-8 or not: a command-line argument or a spreadsheet cell can be
 * anything. Besides not crashing, each keeps the properties below. */

/* NHS numbers: a number that is accepted normalises to ten digits with a good check digit,
 * and its printed form reads back as the same number. */
static void
run_nhs_number (const guint8 *data,
                gsize         size)
{
  g_autofree char *text = tandem_fuzz_text (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = tandem_nhs_number_normalize (text, &error);
  g_autofree char *formatted = NULL;
  g_autofree char *again = NULL;

  TANDEM_FUZZ_CHECK ((digits == NULL) != (error == NULL));
  TANDEM_FUZZ_CHECK (tandem_nhs_number_is_valid (text) == (digits != NULL));
  g_free (tandem_nhs_number_format (text));

  if (digits == NULL)
    return;

  TANDEM_FUZZ_CHECK (strlen (digits) == 10 && strspn (digits, "0123456789") == 10);
  TANDEM_FUZZ_CHECK (tandem_nhs_number_check_digit (digits) == digits[9] - '0');
  formatted = tandem_nhs_number_format (digits);
  again = tandem_nhs_number_normalize (formatted, NULL);
  TANDEM_FUZZ_CHECK (g_strcmp0 (again, digits) == 0);
}

const TandemFuzzTarget tandem_fuzz_nhs_number = { "nhs-number", NULL, run_nhs_number, NULL };

/* Postcodes: an accepted postcode is in its one printed form, which is accepted as itself,
 * and differs from what was typed only in case and spacing. */
static void
run_postcode (const guint8 *data,
              gsize         size)
{
  g_autofree char *text = tandem_fuzz_text (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *postcode = tandem_postcode_normalize (text, &error);
  g_autofree char *compact = tandem_postcode_compact (text);
  g_autofree char *again = NULL;
  g_autofree char *compact_again = NULL;

  TANDEM_FUZZ_CHECK ((postcode == NULL) != (error == NULL));
  if (postcode == NULL)
    return;

  TANDEM_FUZZ_CHECK (g_utf8_validate (postcode, -1, NULL));
  again = tandem_postcode_normalize (postcode, NULL);
  TANDEM_FUZZ_CHECK (g_strcmp0 (again, postcode) == 0);
  compact_again = tandem_postcode_compact (postcode);
  TANDEM_FUZZ_CHECK (g_strcmp0 (compact_again, compact) == 0);
  TANDEM_FUZZ_CHECK (strlen (postcode) >= 6 && strlen (postcode) <= 8);
}

const TandemFuzzTarget tandem_fuzz_postcode = { "postcode", NULL, run_postcode, NULL };

/* CSV: a row written by the exports reads back, with the same reader the importer uses, as
 * exactly the fields that were written. */
typedef struct
{
  GPtrArray *fields;
  guint      n_rows;
} ReadBack;

static void
read_field_cb (void   *data,
               size_t  length,
               void   *user_data)
{
  ReadBack *read_back = user_data;

  g_ptr_array_add (read_back->fields, g_strndup (data != NULL ? data : "", length));
}

static void
read_row_cb (int   terminator,
             void *user_data)
{
  ReadBack *read_back = user_data;

  read_back->n_rows++;
}

static void
run_csv_field (const guint8 *data,
               gsize         size)
{
  g_auto(GStrv) fields = tandem_fuzz_split (data, size, 16);
  g_autoptr(GString) row = g_string_new (NULL);
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_free);
  ReadBack read_back = { read, 0 };
  struct csv_parser parser;
  guint n_fields = g_strv_length (fields);
  gsize parsed;
  int status;

  for (guint i = 0; fields[i] != NULL; i++)
    tandem_csv_append_field (row, fields[i], i == 0);
  g_string_append (row, "\r\n");

  csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  parsed = csv_parse (&parser, row->str, row->len, read_field_cb, read_row_cb, &read_back);
  status = csv_fini (&parser, read_field_cb, read_row_cb, &read_back);
  csv_free (&parser);

  TANDEM_FUZZ_CHECK (parsed == row->len && status == 0);

  /* A row of one empty field is an empty line, which every reader skips. */
  if (n_fields == 1 && *fields[0] == '\0')
    {
      TANDEM_FUZZ_CHECK (read_back.n_rows == 0);
      return;
    }

  TANDEM_FUZZ_CHECK (read_back.n_rows == 1);
  TANDEM_FUZZ_CHECK (read->len == n_fields);
  for (guint i = 0; i < n_fields; i++)
    TANDEM_FUZZ_CHECK (g_str_equal (g_ptr_array_index (read, i), fields[i]));
}

const TandemFuzzTarget tandem_fuzz_csv_field = { "csv-field", NULL, run_csv_field, NULL };
