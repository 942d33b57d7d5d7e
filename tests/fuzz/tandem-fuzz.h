/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One fuzz target: what libFuzzer calls in the fuzzing build (fuzz-main.c), and what the
 * unit suite feeds the seeds and the regression inputs through in every build. */
typedef struct
{
  const char *name;                  /* its folder in corpus/ and regressions/ */
  void      (*init) (void);          /* once per process, before any input; may be NULL */
  void      (*run)  (const guint8 *data,
                     gsize         size);
  void      (*reset) (void);         /* undoes init, for leak checkers; may be NULL */
} TandemFuzzTarget;

extern const TandemFuzzTarget tandem_fuzz_nhs_number;
extern const TandemFuzzTarget tandem_fuzz_postcode;
extern const TandemFuzzTarget tandem_fuzz_csv_field;
extern const TandemFuzzTarget tandem_fuzz_oruk_json;
extern const TandemFuzzTarget tandem_fuzz_oruk_csv;
extern const TandemFuzzTarget tandem_fuzz_plan_document;

GStrv  tandem_fuzz_split (const guint8 *data,
                          gsize         size,
                          guint         max_fields);
char  *tandem_fuzz_text  (const guint8 *data,
                          gsize         size);
char  *tandem_fuzz_make_temp_dir (void);
void   tandem_fuzz_remove_dir    (const char   *path);

/* A property the code must keep: a broken one aborts, which libFuzzer reports as a crash
 * and saves the input that broke it. Not g_assert(): it must hold in every build. */
#define TANDEM_FUZZ_CHECK(condition) \
  G_STMT_START { \
    if (G_UNLIKELY (!(condition))) \
      g_error ("%s:%d: property broken: %s", __FILE__, __LINE__, #condition); \
  } G_STMT_END

G_END_DECLS
