/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A language a person may prefer, identified by its BCP 47 tag. Where a language is written in
 * more than one script (Panjabi in Gurmukhi or Shahmukhi) the tag carries the script. */
typedef struct
{
  const char *tag;
  const char *name;        /* English name, marked for translation */
  const char *autonym;     /* the language's name for itself, never translated */
  gboolean    rtl;
} TandemLanguage;

const TandemLanguage *tandem_language_get_all      (guint      *n_languages);
const TandemLanguage *tandem_language_lookup       (const char *tag);
char                 *tandem_language_dup_display  (const char *tag);

G_END_DECLS
