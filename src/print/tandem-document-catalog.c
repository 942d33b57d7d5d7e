/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-document-catalog"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <string.h>

#include "tandem-document-catalog.h"
#include "tandem-language.h"

/* The template text of printed documents in one language, read from the catalog that
 * po/document/meson.build compiles with msgfmt and embeds as a resource.
 *
 * Not gettext: a document is in the person's language, which is neither the interface's nor
 * the process locale's, and gettext's answer depends on both, on $LANGUAGE, on which system
 * locales are generated and on what Flatpak left in share/locale. A catalog here depends on
 * nothing but its tag, and once read it never changes, so any thread may use it. */
struct _TandemDocumentCatalog
{
  GObject     parent_instance;

  char       *tag;
  GBytes     *data;       /* the .mo file; the table points into it */
  GHashTable *messages;   /* msgid (with "context\004" when it has one) -> translation */
  gboolean    rtl;
  gboolean    reviewed;
};

G_DEFINE_FINAL_TYPE (TandemDocumentCatalog, tandem_document_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (tandem-document-catalog-error-quark, tandem_document_catalog_error)

/* The languages the issue asks for: English, then the main languages of England and Wales in
 * the order of the 2021 Census. Each prints once its catalog is in po/document/LINGUAS. */
static const char * const document_languages[] = {
  "en", "pl", "ro", "pa-Guru", "ur", "pt", "es", "ar", "bn", "gu", "it",
};

/* The language the template is written in: it needs no catalog. */
#define SOURCE_LANGUAGE "en"

#define MO_MAGIC 0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

static GMutex catalogs_lock;
static GHashTable *catalogs;   /* tag -> TandemDocumentCatalog, read once per process */

static void
tandem_document_catalog_finalize (GObject *object)
{
  TandemDocumentCatalog *self = (TandemDocumentCatalog *) object;

  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->tag, g_free);

  G_OBJECT_CLASS (tandem_document_catalog_parent_class)->finalize (object);
}

static void
tandem_document_catalog_class_init (TandemDocumentCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_document_catalog_finalize;
}

static void
tandem_document_catalog_init (TandemDocumentCatalog *self)
{
  self->messages = g_hash_table_new (g_str_hash, g_str_equal);
}

static char *
resource_path (const char *tag)
{
  return g_strdup_printf ("%s/document/%s.mo", RESOURCE_BASE, tag);
}

/* A tag as Tandem spells it ("pa-Guru" for "pa-guru"), or NULL if no document is printed in
 * that language. */
static const char *
canonical_tag (const char *tag)
{
  if (tag == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (document_languages); i++)
    {
      if (g_ascii_strcasecmp (document_languages[i], tag) == 0)
        return document_languages[i];
    }

  return NULL;
}

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* The string an entry of a .mo table points to, checked to lie inside the file and to end
 * with the NUL that msgfmt writes after it. */
static const char *
mo_string (const guint8 *data,
           gsize         size,
           gsize         entry,
           gboolean      swapped)
{
  guint32 length, offset;

  if (entry > size || size - entry < 8)
    return NULL;

  length = read_u32 (data, entry, swapped);
  offset = read_u32 (data, entry + 4, swapped);
  if (offset >= size || length >= size - offset || data[offset + length] != '\0')
    return NULL;

  return (const char *) data + offset;
}

/* Reads a catalog in the format GNU gettext documents for .mo files ("The Format of GNU MO
 * Files"): a header, then two tables of (length, offset) pairs, originals and translations,
 * in the byte order of the machine that wrote it. */
static gboolean
parse_mo (TandemDocumentCatalog  *self,
          GError                **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (self->data, &size);
  gboolean swapped;
  guint32 n_strings, originals, translations;

  if (size < 28)
    goto corrupt;

  if (read_u32 (data, 0, FALSE) == MO_MAGIC)
    swapped = FALSE;
  else if (read_u32 (data, 0, FALSE) == MO_MAGIC_SWAPPED)
    swapped = TRUE;
  else
    goto corrupt;

  /* Major revisions above 1 would be a format this code does not know. */
  if ((read_u32 (data, 4, swapped) >> 16) > 1)
    goto corrupt;

  n_strings = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);
  if (n_strings > size / 16)
    goto corrupt;

  for (guint32 i = 0; i < n_strings; i++)
    {
      const char *msgid = mo_string (data, size, (gsize) originals + 8 * (gsize) i, swapped);
      const char *msgstr = mo_string (data, size, (gsize) translations + 8 * (gsize) i, swapped);

      if (msgid == NULL || msgstr == NULL || !g_utf8_validate (msgstr, -1, NULL))
        goto corrupt;

      /* The first string of a plural message is its key, the first form its translation:
       * both end at their first NUL. */
      g_hash_table_insert (self->messages, (gpointer) msgid, (gpointer) msgstr);
    }

  return TRUE;

corrupt:
  g_set_error (error, TANDEM_DOCUMENT_CATALOG_ERROR, TANDEM_DOCUMENT_CATALOG_ERROR_CORRUPT,
               _("The printed template’s translation for “%s” is damaged. Reinstall Tandem."),
               self->tag);
  return FALSE;
}

/* The value of @field in the catalog's header, the translation of "": lines such as
 * "X-Tandem-Review: native-speaker". */
static char *
header_field (TandemDocumentCatalog *self,
              const char            *field)
{
  const char *header = g_hash_table_lookup (self->messages, "");
  g_auto(GStrv) lines = NULL;
  gsize field_length = strlen (field);

  if (header == NULL)
    return NULL;

  lines = g_strsplit (header, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_ascii_strncasecmp (lines[i], field, field_length) == 0 &&
          lines[i][field_length] == ':')
        return g_strstrip (g_strdup (lines[i] + field_length + 1));
    }

  return NULL;
}

static TandemDocumentCatalog *
catalog_new (const char  *tag,
             GError     **error)
{
  g_autoptr(TandemDocumentCatalog) self = g_object_new (TANDEM_TYPE_DOCUMENT_CATALOG, NULL);
  g_autofree char *path = NULL;
  g_autofree char *review = NULL;

  self->tag = g_strdup (tag);

  if (g_str_equal (tag, SOURCE_LANGUAGE))
    {
      self->reviewed = TRUE;
      return g_steal_pointer (&self);
    }

  path = resource_path (tag);
  self->data = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (self->data == NULL)
    {
      g_autofree char *name = tandem_language_dup_display (tag);

      g_set_error (error, TANDEM_DOCUMENT_CATALOG_ERROR,
                   TANDEM_DOCUMENT_CATALOG_ERROR_NOT_TRANSLATED,
                   _("Plans cannot be printed in %s yet: the printed template has not been "
                     "translated. Print it in English or in another language."),
                   name);
      return NULL;
    }

  if (!parse_mo (self, error))
    return NULL;

  /* As in GTK, a catalog says which way its language is written by how it translates this
   * string. */
  /* Translators: "default:RTL" if your language is written right to left, otherwise
   * "default:LTR". Nothing else: this is not printed. */
  self->rtl = g_str_equal (tandem_document_catalog_gettext (self, DN_("default:LTR")),
                           "default:RTL");

  review = header_field (self, "X-Tandem-Review");
  self->reviewed = g_strcmp0 (review, "native-speaker") == 0;

  return g_steal_pointer (&self);
}

/**
 * tandem_document_catalog_get:
 * @tag: a BCP 47 tag from tandem_document_catalog_list_languages()
 *
 * The template text for documents in @tag's language. Catalogs are read once and shared;
 * any thread may call this and use the result.
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set if documents cannot be
 *   printed in that language
 */
TandemDocumentCatalog *
tandem_document_catalog_get (const char  *tag,
                             GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  const char *canonical = canonical_tag (tag);
  TandemDocumentCatalog *catalog;

  if (canonical == NULL)
    {
      g_autofree char *name = tandem_language_dup_display (tag);

      g_set_error (error, TANDEM_DOCUMENT_CATALOG_ERROR,
                   TANDEM_DOCUMENT_CATALOG_ERROR_NOT_TRANSLATED,
                   _("Plans cannot be printed in %s: Tandem has no printed template in that "
                     "language. Print it in English or in another language."),
                   name);
      return NULL;
    }

  locker = g_mutex_locker_new (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  catalog = g_hash_table_lookup (catalogs, canonical);
  if (catalog == NULL)
    {
      catalog = catalog_new (canonical, error);
      if (catalog == NULL)
        return NULL;
      g_hash_table_insert (catalogs, (gpointer) canonical, catalog);
    }

  return g_object_ref (catalog);
}

/**
 * tandem_document_catalog_list_languages:
 *
 * Every language a document can be printed in, for a language picker: English first, then
 * by the number of speakers in England and Wales. Those with @translated %FALSE are waiting
 * for a translation and cannot be printed yet.
 *
 * Returns: (transfer full) (element-type TandemDocumentLanguage): the languages
 */
GArray *
tandem_document_catalog_list_languages (void)
{
  GArray *languages = g_array_new (FALSE, TRUE, sizeof (TandemDocumentLanguage));

  for (guint i = 0; i < G_N_ELEMENTS (document_languages); i++)
    {
      g_autoptr(TandemDocumentCatalog) catalog = NULL;
      TandemDocumentLanguage language = { document_languages[i] };

      catalog = tandem_document_catalog_get (document_languages[i], NULL);
      if (catalog != NULL)
        {
          language.translated = TRUE;
          language.reviewed = catalog->reviewed;
          language.rtl = catalog->rtl;
        }
      else
        {
          language.rtl = tandem_language_lookup (document_languages[i])->rtl;
        }

      g_array_append_val (languages, language);
    }

  return languages;
}

/**
 * tandem_document_catalog_is_translated:
 * @tag: (nullable): a BCP 47 tag
 *
 * Returns: whether documents can be printed in @tag's language
 */
gboolean
tandem_document_catalog_is_translated (const char *tag)
{
  g_autoptr(TandemDocumentCatalog) catalog = tandem_document_catalog_get (tag, NULL);

  return catalog != NULL;
}

/* The catalog's tag, as tandem-language.c spells it. */
const char *
tandem_document_catalog_get_language (TandemDocumentCatalog *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_CATALOG (self), NULL);

  return self->tag;
}

gboolean
tandem_document_catalog_is_rtl (TandemDocumentCatalog *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_CATALOG (self), FALSE);

  return self->rtl;
}

/* Whether a native speaker has reviewed the translation; English, the original, counts as
 * reviewed. Documents say so in small print when not. */
gboolean
tandem_document_catalog_is_reviewed (TandemDocumentCatalog *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_CATALOG (self), FALSE);

  return self->reviewed;
}

/**
 * tandem_document_catalog_gettext:
 * @msgid: a string marked with DN_() or DC_()
 *
 * Returns: (transfer none): the translation, or the English original when the catalog has
 *   none (never the context part of a DC_() key)
 */
const char *
tandem_document_catalog_gettext (TandemDocumentCatalog *self,
                                 const char            *msgid)
{
  const char *translation;
  const char *context_end;

  g_return_val_if_fail (TANDEM_IS_DOCUMENT_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = g_hash_table_lookup (self->messages, msgid);
  if (translation != NULL && translation[0] != '\0')
    return translation;

  context_end = strchr (msgid, '\004');
  return context_end != NULL ? context_end + 1 : msgid;
}

/* How many messages the catalog translates, not counting its header. */
guint
tandem_document_catalog_count_messages (TandemDocumentCatalog *self)
{
  g_return_val_if_fail (TANDEM_IS_DOCUMENT_CATALOG (self), 0);

  return g_hash_table_size (self->messages) -
         (g_hash_table_contains (self->messages, "") ? 1 : 0);
}
