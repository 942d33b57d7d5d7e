/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <stdlib.h>

#include "tandem-fuzz.h"

/* libFuzzer's entry points for the target named by TANDEM_FUZZ_TARGET (set by meson.build):
 * one executable per target, so each has its own corpus and coverage. */

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  if (TANDEM_FUZZ_TARGET.init != NULL)
    TANDEM_FUZZ_TARGET.init ();
  /* libFuzzer ends a timed run with exit(): the target's temporary files go then. */
  if (TANDEM_FUZZ_TARGET.reset != NULL)
    atexit (TANDEM_FUZZ_TARGET.reset);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  TANDEM_FUZZ_TARGET.run (data, size);
  return 0;
}
