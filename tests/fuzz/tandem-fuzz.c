/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "tandem-fuzz.h"

/**
 * tandem_fuzz_split:
 * @max_fields: the most fields to return; the last holds the rest of the input, up to its next NUL
 *
 * Splits an input into text fields at NUL bytes, so that one input fills several fields
 * and libFuzzer's mutations move text between them.
 *
 * Returns: (transfer full): at least one field, at most @max_fields
 */
GStrv
tandem_fuzz_split (const guint8 *data,
                   gsize         size,
                   guint         max_fields)
{
  GPtrArray *fields = g_ptr_array_new ();
  gsize start = 0;
  guint n = 1;

  for (gsize i = 0; i < size && n < max_fields; i++)
    {
      if (data[i] == '\0')
        {
          g_ptr_array_add (fields, g_strndup ((const char *) data + start, i - start));
          start = i + 1;
          n++;
        }
    }
  g_ptr_array_add (fields, g_strndup ((const char *) data + start, size - start));

  g_ptr_array_add (fields, NULL);
  return (GStrv) g_ptr_array_free (fields, FALSE);
}

/* The input as a string, cut at its first NUL byte as a C caller would see it. */
char *
tandem_fuzz_text (const guint8 *data,
                  gsize         size)
{
  return g_strndup ((const char *) data, size);
}

/* A folder for files the target writes on every input. In memory where the system has a
 * memory file system: on a disk, rewriting a file makes some file systems flush it to the
 * disk, which took a CSV import from a thousand inputs a second to a hundred. */
char *
tandem_fuzz_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;

  if (g_access ("/dev/shm", W_OK) == 0)
    {
      path = g_build_filename ("/dev/shm", "tandem-fuzz-XXXXXX", NULL);
      if (g_mkdtemp (path) == NULL)
        g_clear_pointer (&path, g_free);
    }

  if (path == NULL && (path = g_dir_make_tmp ("tandem-fuzz-XXXXXX", &error)) == NULL)
    g_error ("Cannot make a temporary folder: %s", error->message);

  return path;
}

/* Removes a folder the fuzz target made, and the plain files in it. */
void
tandem_fuzz_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }

  g_rmdir (path);
}
