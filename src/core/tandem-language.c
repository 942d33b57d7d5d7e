/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-language"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-language.h"

/* English first, then the main languages of England and Wales after English in the order of
 * the 2021 Census, then others PCN teams meet often. */
static const TandemLanguage languages[] = {
  { "en", N_("English"), "English", FALSE },
  { "pl", N_("Polish"), "Polski", FALSE },
  { "ro", N_("Romanian"), "Română", FALSE },
  { "pa-Guru", N_("Panjabi (Gurmukhi)"), "ਪੰਜਾਬੀ", FALSE },
  { "pa-Arab", N_("Panjabi (Shahmukhi)"), "پنجابی", TRUE },
  { "ur", N_("Urdu"), "اردو", TRUE },
  { "pt", N_("Portuguese"), "Português", FALSE },
  { "es", N_("Spanish"), "Español", FALSE },
  { "ar", N_("Arabic"), "العربية", TRUE },
  { "bn", N_("Bengali"), "বাংলা", FALSE },
  { "gu", N_("Gujarati"), "ગુજરાતી", FALSE },
  { "it", N_("Italian"), "Italiano", FALSE },
  { "ta", N_("Tamil"), "தமிழ்", FALSE },
  { "fr", N_("French"), "Français", FALSE },
  { "lt", N_("Lithuanian"), "Lietuvių", FALSE },
  { "zh-Hans", N_("Chinese (Simplified)"), "简体中文", FALSE },
  { "zh-Hant", N_("Chinese (Traditional)"), "繁體中文", FALSE },
  { "tr", N_("Turkish"), "Türkçe", FALSE },
  { "bg", N_("Bulgarian"), "Български", FALSE },
  { "ru", N_("Russian"), "Русский", FALSE },
  { "fa", N_("Persian"), "فارسی", TRUE },
  { "hu", N_("Hungarian"), "Magyar", FALSE },
  { "el", N_("Greek"), "Ελληνικά", FALSE },
  { "so", N_("Somali"), "Soomaali", FALSE },
  { "tl", N_("Tagalog"), "Tagalog", FALSE },
  { "hi", N_("Hindi"), "हिन्दी", FALSE },
  { "uk", N_("Ukrainian"), "Українська", FALSE },
  { "ku", N_("Kurdish"), "Kurdî", FALSE },
  { "ps", N_("Pashto"), "پښتو", TRUE },
  { "ti", N_("Tigrinya"), "ትግርኛ", FALSE },
  { "sq", N_("Albanian"), "Shqip", FALSE },
  { "ne", N_("Nepali"), "नेपाली", FALSE },
  { "bfi", N_("British Sign Language"), "BSL", FALSE },
};

const TandemLanguage *
tandem_language_get_all (guint *n_languages)
{
  *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

const TandemLanguage *
tandem_language_lookup (const char *tag)
{
  if (tag == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (g_ascii_strcasecmp (languages[i].tag, tag) == 0)
        return &languages[i];
    }

  return NULL;
}

/**
 * tandem_language_dup_display:
 * @tag: (nullable): a BCP 47 tag
 *
 * Returns: (transfer full): "Urdu · اردو" for a known tag, the tag itself for an unknown one
 */
char *
tandem_language_dup_display (const char *tag)
{
  const TandemLanguage *language = tandem_language_lookup (tag);

  if (language == NULL)
    return g_strdup (tag ? tag : "");

  if (g_str_equal (_(language->name), language->autonym))
    return g_strdup (language->autonym);

  /* Translators: a language's name, then its own name for itself, as in "Urdu · اردو" */
  return g_strdup_printf (_("%s · %s"), _(language->name), language->autonym);
}
