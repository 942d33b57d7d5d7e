/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "tandem-fuzz.h"

/* Every seed of the fuzz corpus and every input that once made a fuzz target crash, fed
 * through the same code the fuzzers run (tests/fuzz), in the ordinary build: a fixed crash
 * stays fixed without clang. A broken property aborts the test as it would the fuzzer. */

static const TandemFuzzTarget *targets[] = {
  &tandem_fuzz_nhs_number,
  &tandem_fuzz_postcode,
  &tandem_fuzz_csv_field,
  &tandem_fuzz_oruk_json,
  &tandem_fuzz_oruk_csv,
  &tandem_fuzz_plan_document,
};

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Feeds the files in one folder; returns how many there were. */
static guint
feed_folder (const TandemFuzzTarget *target,
             const char             *folder)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", folder, target->name,
                                                 NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  /* In a fixed order, so that a failure can be run again as it was. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_file_get_contents (file, &contents, &length, &error);
      g_assert_no_error (error);
      g_test_message ("%s", file);
      target->run ((const guint8 *) contents, length);
    }

  return names->len;
}

static void
test_inputs (gconstpointer data)
{
  const TandemFuzzTarget *target = data;

  if (target->init != NULL)
    target->init ();

  /* Every target has seeds; a missing folder would make this test pass by feeding nothing. */
  g_assert_cmpuint (feed_folder (target, "corpus"), >, 0);
  feed_folder (target, "regressions");

  if (target->reset != NULL)
    target->reset ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *path = g_strdup_printf ("/fuzz-inputs/%s", targets[i]->name);

      g_test_add_data_func (path, targets[i], test_inputs);
    }

  return g_test_run ();
}
