/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-coverage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-coverage.h"
#include "tandem-csv.h"
#include "tandem-geo.h"
#include "tandem-postcode.h"
#include "tandem-search.h"

/* The coverage of the directory: for each category (a row) and practice (a column), how many
 * active assets are in the practice's area beside how many people registered there need
 * something in that category. A gap is a cell with people and no assets.
 *
 * An asset is in a practice's area when both have coordinates and the asset is within the
 * radius; when either lacks coordinates, when both are in the same postcode district (the
 * outward code, "LS6" of "LS6 3HN"): a district is a few kilometres across, about the default
 * radius, and a council feed often gives a postcode without coordinates. An asset without
 * coordinates whose district matches no practice is counted under "area not known", so the
 * table never silently drops an asset the team would expect to see. */

struct _TandemCoverage
{
  GObject     parent_instance;

  GPtrArray  *categories;   /* TandemAssetCategory, the rows */
  GPtrArray  *practices;    /* TandemPractice, the columns */
  GHashTable *rows;         /* category key -> row + 1 */
  char      **districts;    /* each practice's postcode district, or NULL */
  double      radius_km;
  guint      *assets;       /* [row * n_practices + column] */
  guint      *people;       /* [row * n_practices + column] */
  guint      *unknown;      /* [row] */
};

G_DEFINE_FINAL_TYPE (TandemCoverage, tandem_coverage, G_TYPE_OBJECT)

/* What people's words must contain for a need to count under a category: a word, a phrase,
 * or the start of a word when it ends with "*". English, because referral reasons and plan
 * needs are written by the team in English; matched without case or accents. A category the
 * team added is matched by its own name. */
static const struct {
  const char *key;
  const char *words[16];
} need_words[] = {
  { "loneliness", { "lonel*", "isolat*", "alone", "on my own", "meet people", "meet new people",
                    "friends", "company", "socialis*", "socializ*", NULL } },
  { "mental-wellbeing", { "low mood", "anxi*", "depress*", "stress*", "worry", "worries",
                          "worried", "mental*", "confidence", "panic*", "wellbeing", NULL } },
  { "physical-activity", { "active", "activity", "exercis*", "walk*", "fitness", "balance",
                           "fall", "falls", "swim*", "sport*", "strength", "gym", NULL } },
  { "healthy-eating", { "eat", "eating", "diet*", "weight", "diabet*", "cook*", "food",
                        "meal*", "nutrition", NULL } },
  { "money", { "money", "debt*", "benefit*", "arrears", "bills", "financ*", "collector*",
               "credit", "afford*", NULL } },
  { "housing", { "housing", "damp", "mould", "mold", "landlord*", "homeless*", "evict*",
                 "rent", "tenan*", NULL } },
  { "employment", { "job", "jobs", "work", "employ*", "unemploy*", "volunteer*", "redundan*",
                    "career*", NULL } },
  { "carers", { "carer", "carers", "caring", "cares for", NULL } },
  { "arts", { "art", "arts", "craft*", "music*", "sing", "singing", "choir*", "paint*",
              "creativ*", "drawing", "theatre", NULL } },
  { "green", { "garden*", "nature", "allotment*", "park", "parks", "outdoor*", "countryside",
               NULL } },
  { "learning", { "learn*", "digital", "computer*", "english", "course*", "read", "reading",
                  "skills", "internet", "online", "literacy", "esol", NULL } },
  { "bereavement", { "bereave*", "died", "death", "grief", "griev*", "widow*", "loss",
                     "lost someone", NULL } },
  { "domestic-abuse", { "domestic abuse", "domestic violence", "abusive", "coercive*",
                        "violent partner", NULL } },
  { "substance-use", { "alcohol*", "drink*", "drug*", "substance*", "gambl*", "smok*",
                       "addict*", NULL } },
  { "faith", { "faith*", "church*", "mosque*", "temple*", "gurdwara*", "synagogue*",
               "religio*", "cultur*", "spiritual*", NULL } },
  { "families", { "child*", "kids", "parent*", "family", "families", "baby", "babies",
                  "pregnan*", NULL } },
  { "older-people", { "older", "elderly", "retire*", "pension*", "dementia", "frail*",
                      NULL } },
};

/* The folded words of @text, each between spaces, so a needle " word " or " stem" finds
 * whole words and word starts only. */
static char *
spaced_words (const char *text)
{
  g_autofree char *folded = tandem_search_fold (text);
  GString *words = g_string_new (" ");
  gboolean space = TRUE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          g_string_append_unichar (words, c);
          space = FALSE;
        }
      else if (c == '\'' || c == 0x2019)
        continue;   /* "carer's" is one word */
      else if (!space)
        {
          g_string_append_c (words, ' ');
          space = TRUE;
        }
    }

  if (!space)
    g_string_append_c (words, ' ');

  return g_string_free (words, FALSE);
}

static gboolean
words_mention (const char *words,
               const char *word)
{
  gsize length = strlen (word);
  g_autofree char *needle = NULL;

  if (length > 0 && word[length - 1] == '*')
    needle = g_strdup_printf (" %.*s", (int) length - 1, word);
  else
    needle = g_strdup_printf (" %s ", word);

  return strstr (words, needle) != NULL;
}

static gboolean
words_mention_category (const char          *words,
                        TandemAssetCategory *category)
{
  const char *key = tandem_asset_category_get_key (category);
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (need_words); i++)
    {
      if (!g_str_equal (need_words[i].key, key))
        continue;

      for (guint j = 0; need_words[i].words[j] != NULL; j++)
        {
          if (words_mention (words, need_words[i].words[j]))
            return TRUE;
        }
      return FALSE;
    }

  name = spaced_words (tandem_asset_category_get_name (category));
  if (g_str_equal (name, " "))
    return FALSE;

  return strstr (words, name) != NULL;
}

/* The outward code of a postcode, or NULL when it is not one. */
static char *
postcode_district (const char *postcode)
{
  g_autofree char *normal = tandem_postcode_normalize (postcode, NULL);
  const char *space;

  if (normal == NULL)
    return NULL;

  space = strchr (normal, ' ');
  return space != NULL ? g_strndup (normal, space - normal) : NULL;
}

static gboolean
in_area (TandemCoverage *self,
         guint           column,
         gboolean        has_coordinates,
         double          latitude,
         double          longitude,
         const char     *district)
{
  TandemPractice *practice = g_ptr_array_index (self->practices, column);

  if (has_coordinates && tandem_practice_get_has_coordinates (practice))
    {
      double km = tandem_geo_distance_km (latitude, longitude,
                                               tandem_practice_get_latitude (practice),
                                               tandem_practice_get_longitude (practice));
      return km <= self->radius_km;
    }

  return district != NULL && self->districts[column] != NULL &&
         g_str_equal (district, self->districts[column]);
}

static guint
cell (TandemCoverage *self,
      guint           row,
      guint           column)
{
  return row * self->practices->len + column;
}

static void
append_csv_number (GString *csv,
                   guint    number)
{
  g_string_append_printf (csv, ",%u", number);
}

static void
tandem_coverage_finalize (GObject *object)
{
  TandemCoverage *self = (TandemCoverage *)object;

  /* Not a GStrv: a practice without a district leaves a NULL in the middle. */
  for (guint i = 0; self->districts != NULL && i < self->practices->len; i++)
    g_free (self->districts[i]);
  g_clear_pointer (&self->districts, g_free);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->practices, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->assets, g_free);
  g_clear_pointer (&self->people, g_free);
  g_clear_pointer (&self->unknown, g_free);

  G_OBJECT_CLASS (tandem_coverage_parent_class)->finalize (object);
}

static void
tandem_coverage_class_init (TandemCoverageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_coverage_finalize;
}

static void
tandem_coverage_init (TandemCoverage *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_object_unref);
  self->practices = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * tandem_coverage_new:
 * @categories: (element-type TandemAssetCategory): the directory's categories, in order
 * @practices: (element-type TandemPractice): the practices
 * @radius_km: how far from a practice an asset counts as in its area
 *
 * An empty table of the categories and practices still in use (retired ones are left out),
 * to fill with tandem_coverage_add_asset() and tandem_coverage_add_person().
 *
 * Returns: (transfer full): the table
 */
TandemCoverage *
tandem_coverage_new (GPtrArray  *categories,
                     GListModel *practices,
                     double      radius_km)
{
  TandemCoverage *self = g_object_new (TANDEM_TYPE_COVERAGE, NULL);
  guint n_practices;

  g_return_val_if_fail (categories != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (practices), NULL);
  g_return_val_if_fail (radius_km > 0, NULL);

  self->radius_km = radius_km;

  for (guint i = 0; i < categories->len; i++)
    {
      TandemAssetCategory *category = g_ptr_array_index (categories, i);

      if (tandem_asset_category_get_retired (category))
        continue;
      g_ptr_array_add (self->categories, g_object_ref (category));
      g_hash_table_insert (self->rows, g_strdup (tandem_asset_category_get_key (category)),
                           GUINT_TO_POINTER (self->categories->len));
    }

  n_practices = g_list_model_get_n_items (practices);
  for (guint i = 0; i < n_practices; i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);

      if (tandem_practice_get_retired (practice))
        continue;
      g_ptr_array_add (self->practices, g_object_ref (practice));
    }

  /* One entry a practice, NULL for a practice without a valid postcode. */
  self->districts = g_new0 (char *, self->practices->len + 1);
  for (guint i = 0; i < self->practices->len; i++)
    self->districts[i] = postcode_district (
      tandem_practice_get_postcode (g_ptr_array_index (self->practices, i)));

  self->assets = g_new0 (guint, self->categories->len * self->practices->len + 1);
  self->people = g_new0 (guint, self->categories->len * self->practices->len + 1);
  self->unknown = g_new0 (guint, self->categories->len + 1);

  return self;
}

/**
 * tandem_coverage_add_asset:
 * @categories: the asset's category keys, comma-separated
 * @postcode: (nullable): the asset's postcode
 *
 * Counts an active asset in every practice area it is in, under each of its categories.
 */
void
tandem_coverage_add_asset (TandemCoverage *self,
                           const char     *categories,
                           gboolean        has_coordinates,
                           double          latitude,
                           double          longitude,
                           const char     *postcode)
{
  g_auto(GStrv) keys = NULL;
  g_autofree char *district = NULL;
  g_autofree gboolean *inside = NULL;
  gboolean anywhere = FALSE;

  g_return_if_fail (TANDEM_IS_COVERAGE (self));

  if (categories == NULL || categories[0] == '\0')
    return;

  district = postcode_district (postcode);
  inside = g_new0 (gboolean, self->practices->len + 1);
  for (guint column = 0; column < self->practices->len; column++)
    {
      inside[column] = in_area (self, column, has_coordinates, latitude, longitude, district);
      anywhere |= inside[column];
    }

  keys = g_strsplit (categories, ",", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (self->rows, g_strstrip (keys[i])));

      if (row-- == 0)
        continue;

      for (guint column = 0; column < self->practices->len; column++)
        {
          if (inside[column])
            self->assets[cell (self, row, column)]++;
        }
      if (!anywhere && !has_coordinates)
        self->unknown[row]++;
    }
}

/**
 * tandem_coverage_add_person:
 * @practice_id: the practice the person is registered with
 * @text: (nullable): the person's referral reasons and plan needs, in their words
 *
 * Counts a person once under each category their words mention, in their practice's column.
 * People registered with a practice not in the table are not counted.
 */
void
tandem_coverage_add_person (TandemCoverage *self,
                            gint64          practice_id,
                            const char     *text)
{
  g_autofree char *words = NULL;
  guint column;

  g_return_if_fail (TANDEM_IS_COVERAGE (self));

  for (column = 0; column < self->practices->len; column++)
    {
      if (tandem_record_get_id (g_ptr_array_index (self->practices, column)) == practice_id)
        break;
    }
  if (column == self->practices->len || text == NULL)
    return;

  words = spaced_words (text);
  for (guint row = 0; row < self->categories->len; row++)
    {
      if (words_mention_category (words, g_ptr_array_index (self->categories, row)))
        self->people[cell (self, row, column)]++;
    }
}

double
tandem_coverage_get_radius_km (TandemCoverage *self)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), 0);

  return self->radius_km;
}

guint
tandem_coverage_get_n_categories (TandemCoverage *self)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), 0);

  return self->categories->len;
}

/**
 * tandem_coverage_get_category:
 *
 * Returns: (transfer none): the category of row @row
 */
TandemAssetCategory *
tandem_coverage_get_category (TandemCoverage *self,
                              guint           row)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (row < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, row);
}

guint
tandem_coverage_get_n_practices (TandemCoverage *self)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), 0);

  return self->practices->len;
}

/**
 * tandem_coverage_get_practice:
 *
 * Returns: (transfer none): the practice of column @column
 */
TandemPractice *
tandem_coverage_get_practice (TandemCoverage *self,
                              guint           column)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), NULL);
  g_return_val_if_fail (column < self->practices->len, NULL);

  return g_ptr_array_index (self->practices, column);
}

/**
 * tandem_coverage_practice_has_area:
 *
 * Returns: whether the practice has coordinates or a postcode, so that assets can be placed
 *   in its area at all
 */
gboolean
tandem_coverage_practice_has_area (TandemCoverage *self,
                                   guint           column)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), FALSE);
  g_return_val_if_fail (column < self->practices->len, FALSE);

  return tandem_practice_get_has_coordinates (g_ptr_array_index (self->practices, column)) ||
         self->districts[column] != NULL;
}

guint
tandem_coverage_get_assets (TandemCoverage *self,
                            guint           row,
                            guint           column)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), 0);
  g_return_val_if_fail (row < self->categories->len, 0);
  g_return_val_if_fail (column < self->practices->len, 0);

  return self->assets[cell (self, row, column)];
}

guint
tandem_coverage_get_people (TandemCoverage *self,
                            guint           row,
                            guint           column)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), 0);
  g_return_val_if_fail (row < self->categories->len, 0);
  g_return_val_if_fail (column < self->practices->len, 0);

  return self->people[cell (self, row, column)];
}

/**
 * tandem_coverage_get_assets_area_unknown:
 *
 * Returns: how many assets of row @row have no coordinates and a postcode in no practice's
 *   district
 */
guint
tandem_coverage_get_assets_area_unknown (TandemCoverage *self,
                                         guint           row)
{
  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), 0);
  g_return_val_if_fail (row < self->categories->len, 0);

  return self->unknown[row];
}

/**
 * tandem_coverage_is_gap:
 *
 * Returns: whether people at the practice need something in the category and nothing in it
 *   is known in the practice's area
 */
gboolean
tandem_coverage_is_gap (TandemCoverage *self,
                        guint           row,
                        guint           column)
{
  return tandem_coverage_get_people (self, row, column) > 0 &&
         tandem_coverage_get_assets (self, row, column) == 0;
}

guint
tandem_coverage_count_gaps (TandemCoverage *self)
{
  guint gaps = 0;

  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), 0);

  for (guint row = 0; row < self->categories->len; row++)
    for (guint column = 0; column < self->practices->len; column++)
      gaps += tandem_coverage_is_gap (self, row, column);

  return gaps;
}

/**
 * tandem_coverage_to_csv:
 *
 * The table as CSV (RFC 4180, lines ending in CRLF): a category a line, and for each practice
 * a column of assets and a column of people, then the assets whose area is not known.
 *
 * Returns: (transfer full): the CSV text
 */
char *
tandem_coverage_to_csv (TandemCoverage *self)
{
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (TANDEM_IS_COVERAGE (self), NULL);

  tandem_csv_append_field (csv, _("Category"), TRUE);
  for (guint column = 0; column < self->practices->len; column++)
    {
      const char *name = tandem_practice_get_name (g_ptr_array_index (self->practices, column));
      g_autofree char *assets = NULL;
      g_autofree char *people = NULL;

      /* Translators: a column of the coverage CSV file; %s is a practice's name. */
      assets = g_strdup_printf (_("%s: assets"), name);
      /* Translators: a column of the coverage CSV file; %s is a practice's name. */
      people = g_strdup_printf (_("%s: people"), name);
      tandem_csv_append_field (csv, assets, FALSE);
      tandem_csv_append_field (csv, people, FALSE);
    }
  tandem_csv_append_field (csv, _("Area not known: assets"), FALSE);
  g_string_append (csv, "\r\n");

  for (guint row = 0; row < self->categories->len; row++)
    {
      tandem_csv_append_field (csv, tandem_asset_category_get_label (
                          g_ptr_array_index (self->categories, row)), TRUE);
      for (guint column = 0; column < self->practices->len; column++)
        {
          append_csv_number (csv, self->assets[cell (self, row, column)]);
          append_csv_number (csv, self->people[cell (self, row, column)]);
        }
      append_csv_number (csv, self->unknown[row]);
      g_string_append (csv, "\r\n");
    }

  return g_string_free (csv, FALSE);
}

/**
 * tandem_coverage_categories_for_text:
 * @text: (nullable): a referral reason or plan need in someone's words
 *
 * Returns: (transfer full): the keys of the built-in categories @text mentions, in the
 *   directory's order
 */
GStrv
tandem_coverage_categories_for_text (const char *text)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_autofree char *words = spaced_words (text ? text : "");

  for (guint i = 0; i < G_N_ELEMENTS (need_words); i++)
    {
      for (guint j = 0; need_words[i].words[j] != NULL; j++)
        {
          if (words_mention (words, need_words[i].words[j]))
            {
              g_strv_builder_add (keys, need_words[i].key);
              break;
            }
        }
    }

  return g_strv_builder_end (keys);
}
