/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-oruk-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-html-text.h"
#include "tandem-oruk-csv.h"
#include "tandem-oruk-import.h"
#include "tandem-schedule.h"

/* Open Referral UK import. Councils publish their directories as ORUK v1 service lists,
 * ORUK v3 (HSDS 3.0 UK profile) JSON, or v3 CSV tables. All three are read into the same
 * v3-like JSON shape (the CSV tables are joined into it by tandem-oruk-csv.c) and mapped to
 * assets by one function, so every format follows the same rules:
 *
 * - what a link worker needs is kept: names, plain-text descriptions, the service's own
 *   contacts, the first location, opening times, cost, eligibility, languages, access;
 * - vendor extensions ("pc_...") and the publisher's own staff (assessors' e-mail addresses,
 *   contact people) are never read, so they cannot be stored;
 * - a service with no id, no name or no organisation is skipped and reported; one with
 *   unusable coordinates is kept without its pin, and reported.
 *
 * Parsing touches no store, so it can run on any thread; the store then writes everything
 * in one transaction. */

G_DEFINE_QUARK (tandem-oruk-error-quark, tandem_oruk_error)

typedef struct
{
  const char         *source;
  const char * const *keys;       /* the category keys an import may set, in order */
  TandemOrukReport   *report;
  GHashTable         *seen_ids;
  GPtrArray          *assets;
} Import;

/* The needs taxonomy: words in a feed's taxonomy terms (or, failing those, in a service's
 * name) that put it in one of the built-in categories. Matched at the start of a word,
 * ignoring case. In the categories' order. */
static const struct {
  const char *key;
  const char *words;
} category_words[] = {
  { "loneliness", "loneliness|lonely|social isolation|isolation|befriend|social connection|"
                  "lunch club|friendship" },
  { "mental-wellbeing", "mental health|wellbeing|well-being|counselling|anxiety|depression|"
                        "emotional support" },
  { "physical-activity", "exercise|sport|physical activity|walking|walks|fitness|dance|"
                         "swimming|yoga|tai chi|cycling|football" },
  { "healthy-eating", "healthy eating|nutrition|weight|cooking|cookery" },
  { "money", "debt|benefits|money|financial|welfare rights|budgeting" },
  { "housing", "housing|homeless|tenancy|accommodation" },
  { "employment", "employment|volunteer|job|careers|work skills" },
  { "carers", "carer" },
  { "arts", "arts|creative|music|craft|drama|theatre|singing|choir|painting" },
  { "green", "gardening|garden|nature|allotment|green space|outdoor|conservation" },
  { "learning", "learning|digital skills|digital inclusion|education|computer|literacy|"
                "english for speakers|esol" },
  { "bereavement", "bereavement|bereaved|grief" },
  { "domestic-abuse", "domestic abuse|domestic violence" },
  { "substance-use", "alcohol|drug|substance|addiction|gambling" },
  { "faith", "faith|church|mosque|temple|gurdwara|synagogue|religious|cultural" },
  { "families", "families|family|children|parent|toddler|baby|young people|youth" },
  { "older-people", "older people|elderly|older adults|over 50|over 60|over 65|retired" },
};

/* Words in an accessibility statement that set one of the flags. */
static const struct {
  TandemAccessibility  flag;
  const char          *words;
} accessibility_words[] = {
  { TANDEM_ACCESSIBLE_WHEELCHAIR, "wheelchair|step-free|step free|level access|ramp" },
  { TANDEM_ACCESSIBLE_TOILET, "accessible-toilet|accessible toilet|disabled toilet|toilet" },
  { TANDEM_ACCESSIBLE_HEARING_LOOP, "hearing-loop|hearing loop|induction loop|loop" },
  { TANDEM_ACCESSIBLE_PARKING, "parking" },
  { TANDEM_ACCESSIBLE_BSL, "bsl|sign language" },
  { TANDEM_ACCESSIBLE_QUIET_SPACE, "quiet-space|quiet space|quiet room" },
};

const char * const *
tandem_oruk_builtin_category_keys (void)
{
  static const char *keys[G_N_ELEMENTS (category_words) + 1];

  if (keys[0] == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (category_words); i++)
        keys[i] = category_words[i].key;
    }

  return keys;
}

/* The report */

static void
problem_free (gpointer data)
{
  TandemOrukProblem *problem = data;

  g_free (problem->source);
  g_free (problem->record);
  g_free (problem->name);
  g_free (problem->reason);
  g_free (problem);
}

TandemOrukReport *
tandem_oruk_report_new (void)
{
  TandemOrukReport *report = g_new0 (TandemOrukReport, 1);

  report->problems = g_ptr_array_new_with_free_func (problem_free);
  return report;
}

void
tandem_oruk_report_free (TandemOrukReport *report)
{
  if (report == NULL)
    return;

  g_ptr_array_unref (report->problems);
  g_free (report);
}

guint
tandem_oruk_report_count_skipped (TandemOrukReport *report)
{
  guint n = 0;

  for (guint i = 0; i < report->problems->len; i++)
    n += ((TandemOrukProblem *) g_ptr_array_index (report->problems, i))->skipped;

  return n;
}

static void
add_problem (Import     *import,
             const char *id,
             const char *name,
             gboolean    skipped,
             const char *reason)
{
  TandemOrukProblem *problem = g_new0 (TandemOrukProblem, 1);

  problem->source = g_strdup (import->source);
  problem->record = g_strdup (id != NULL && *id != '\0' ? id : name);
  problem->name = g_strdup (name);
  problem->reason = g_strdup (reason);
  problem->skipped = skipped;
  g_ptr_array_add (import->report->problems, problem);
}

/* Reading JSON leniently: feeds put numbers in strings, nulls where strings go, objects
 * where arrays go. */

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Returns a string or a number as text, or NULL when it is neither. */
static char *
member_dup_text (JsonObject *object,
                 const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strstrip (g_strdup (json_node_get_string (node)));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
      }
    default:
      return NULL;
    }
}

/* The member as plain text, HTML taken out; "" when missing. */
static char *
member_dup_plain (JsonObject *object,
                  const char *name)
{
  g_autofree char *text = member_dup_text (object, name);

  return tandem_html_to_text (text);
}

/* Returns whether the member holds a number, or a string that is one. */
static gboolean
member_number (JsonObject *object,
               const char *name,
               double     *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_INT64 ||
      json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      *value = json_node_get_double (node);
      return isfinite (*value);
    }

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      char *end = NULL;

      while (g_ascii_isspace (*text))
        text++;
      if (*text == '\0')
        return FALSE;
      *value = g_ascii_strtod (text, &end);
      while (g_ascii_isspace (*end))
        end++;
      return *end == '\0' && isfinite (*value);
    }

  return FALSE;
}

/* Whether the member is there with something in it, so that a bad value is worth telling. */
static gboolean
member_present (JsonObject *object,
                const char *name)
{
  g_autofree char *text = NULL;
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  text = member_dup_text (object, name);
  return text == NULL || *text != '\0';
}

static gboolean
matches_word (const char *haystack,
              const char *words)
{
  g_auto(GStrv) list = g_strsplit (words, "|", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize length = strlen (list[i]);

      for (const char *p = strstr (haystack, list[i]); p != NULL; p = strstr (p + 1, list[i]))
        {
          if (p == haystack || !g_ascii_isalnum (p[-1]))
            return TRUE;
          if (p[length - 1] == '\0')
            break;
        }
    }

  return FALSE;
}

/* Mapping */

static void
add_category (GHashTable *found,
              const char *key)
{
  g_hash_table_add (found, (gpointer) key);
}

static void
categories_from_text (Import     *import,
                      const char *text,
                      GHashTable *found)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (category_words); i++)
    {
      if (matches_word (lower, category_words[i].words) &&
          g_strv_contains (import->keys, category_words[i].key))
        add_category (found, category_words[i].key);
    }
}

/* A taxonomy term: Tandem's own vocabulary names the key, others are read for words. */
static void
categories_from_term (Import     *import,
                      JsonObject *term,
                      GHashTable *found)
{
  g_autofree char *vocabulary = member_dup_text (term, "vocabulary");
  g_autofree char *taxonomy = member_dup_text (term, "taxonomy");
  g_autofree char *name = member_dup_text (term, "name");
  g_autofree char *label = member_dup_text (term, "term");
  const char *scheme = vocabulary != NULL ? vocabulary : taxonomy;

  if (g_strcmp0 (scheme, "tandem-access") == 0)
    return;

  if (g_strcmp0 (scheme, "tandem") == 0)
    {
      for (guint i = 0; name != NULL && import->keys[i] != NULL; i++)
        if (g_str_equal (import->keys[i], name))
          add_category (found, import->keys[i]);
      return;
    }

  if (name != NULL)
    categories_from_text (import, name, found);
  if (label != NULL)
    categories_from_text (import, label, found);
}

static guint
access_routes_from_terms (GPtrArray *terms)
{
  guint routes = 0;

  for (guint i = 0; i < terms->len; i++)
    {
      JsonObject *term = g_ptr_array_index (terms, i);
      g_autofree char *taxonomy = member_dup_text (term, "taxonomy");
      g_autofree char *name = member_dup_text (term, "name");
      GFlagsClass *klass;
      GFlagsValue *value;

      if (g_strcmp0 (taxonomy, "tandem-access") != 0 || name == NULL)
        continue;

      klass = g_type_class_ref (TANDEM_TYPE_ACCESS_ROUTES);
      value = g_flags_get_value_by_nick (klass, name);
      if (value != NULL)
        routes |= value->value;
      g_type_class_unref (klass);
    }

  return routes;
}

/* The taxonomy terms of a service: v1 service_taxonomys[].taxonomy, v3
 * attributes[].taxonomy_term, and v3 taxonomy_terms[]. */
static GPtrArray *
collect_terms (JsonObject *service)
{
  GPtrArray *terms = g_ptr_array_new ();
  JsonArray *array;

  if ((array = member_array (service, "service_taxonomys")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *node = json_array_get_element (array, i);

        if (JSON_NODE_HOLDS_OBJECT (node) &&
            member_object (json_node_get_object (node), "taxonomy") != NULL)
          g_ptr_array_add (terms, member_object (json_node_get_object (node), "taxonomy"));
      }

  if ((array = member_array (service, "attributes")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *node = json_array_get_element (array, i);

        if (JSON_NODE_HOLDS_OBJECT (node) &&
            member_object (json_node_get_object (node), "taxonomy_term") != NULL)
          g_ptr_array_add (terms, member_object (json_node_get_object (node), "taxonomy_term"));
      }

  if ((array = member_array (service, "taxonomy_terms")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *node = json_array_get_element (array, i);

        if (JSON_NODE_HOLDS_OBJECT (node))
          g_ptr_array_add (terms, json_node_get_object (node));
      }

  return terms;
}

static char *
map_categories (Import     *import,
                JsonObject *service,
                GPtrArray  *terms,
                const char *name)
{
  g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < terms->len; i++)
    categories_from_term (import, g_ptr_array_index (terms, i), found);

  if (g_hash_table_size (found) == 0)
    categories_from_text (import, name, found);

  for (guint i = 0; import->keys[i] != NULL; i++)
    {
      if (g_hash_table_contains (found, import->keys[i]))
        g_string_append_printf (keys, "%s%s", keys->len > 0 ? "," : "", import->keys[i]);
    }

  return g_string_free (keys, FALSE);
}

/* Calls @func on each object of the array member @name of @object. */
static void
foreach_object (JsonObject *object,
                const char *name,
                void      (*func) (JsonObject *element, gpointer data),
                gpointer    data)
{
  JsonArray *array = object != NULL ? member_array (object, name) : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        func (json_node_get_object (node), data);
    }
}

/* The service's locations: v1 and v3 service_at_locations[].location, v3 locations[]. */
static void
add_location_cb (JsonObject *element,
                 gpointer    data)
{
  JsonObject *location = member_object (element, "location");

  g_ptr_array_add (data, location != NULL ? location : element);
}

static GPtrArray *
collect_locations (JsonObject *service)
{
  GPtrArray *locations = g_ptr_array_new ();

  foreach_object (service, "service_at_locations", add_location_cb, locations);
  foreach_object (service, "locations", add_location_cb, locations);

  return locations;
}

/* The address of a location: a physical one before a postal one. */
static JsonObject *
pick_address (JsonObject *location)
{
  const char * const members[] = { "physical_addresses", "addresses", "postal_addresses" };
  JsonObject *first = NULL;

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      JsonArray *array = member_array (location, members[m]);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *type = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          type = member_dup_text (json_node_get_object (node), "address_type");
          if (type == NULL || g_ascii_strcasecmp (type, "physical") == 0)
            return json_node_get_object (node);
          if (first == NULL)
            first = json_node_get_object (node);
        }
    }

  return first;
}

static void
map_address (TandemAsset *asset,
             JsonObject  *address)
{
  const char * const lines[] = { "address_1", "address_2", "address_3", "address_4", "city",
                                 "state_province" };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *postcode = member_dup_plain (address, "postal_code");

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *line = member_dup_plain (address, lines[i]);

      if (*line != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", line);
    }

  tandem_asset_set_address (asset, text->str);
  tandem_asset_set_postcode (asset, postcode);
}

/* Sets the coordinates when they are usable; returns FALSE when they are there but not. */
static gboolean
map_coordinates (TandemAsset *asset,
                 JsonObject  *location)
{
  double latitude, longitude;
  gboolean has_latitude = member_number (location, "latitude", &latitude);
  gboolean has_longitude = member_number (location, "longitude", &longitude);

  if (!member_present (location, "latitude") && !member_present (location, "longitude"))
    return TRUE;

  /* (0, 0) is in the Gulf of Guinea: a feed's way of saying "not known". */
  if (!has_latitude || !has_longitude || latitude < -90 || latitude > 90 ||
      longitude < -180 || longitude > 180 || (latitude == 0 && longitude == 0))
    return FALSE;

  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, latitude);
  tandem_asset_set_longitude (asset, longitude);
  return TRUE;
}

typedef struct
{
  GString  *note;
  guint     flags;
} Accessibility;

static gboolean
is_flag_nick (const char *text)
{
  GFlagsClass *klass = g_type_class_ref (TANDEM_TYPE_ACCESSIBILITY);
  gboolean found = g_flags_get_value_by_nick (klass, text) != NULL;

  g_type_class_unref (klass);
  return found;
}

static void
add_accessibility_cb (JsonObject *element,
                      gpointer    data)
{
  Accessibility *access = data;
  g_autofree char *statement = member_dup_plain (element, "accessibility");
  g_autofree char *description = member_dup_plain (element, "description");
  g_autofree char *details = member_dup_plain (element, "details");
  g_autofree char *all = g_strjoin (" ", statement, description, details, NULL);
  g_autofree char *lower = g_utf8_strdown (all, -1);
  const char *texts[] = { statement, description, details };

  for (guint i = 0; i < G_N_ELEMENTS (accessibility_words); i++)
    if (matches_word (lower, accessibility_words[i].words))
      access->flags |= accessibility_words[i].flag;

  /* A bare flag name, as Tandem's export writes, says no more than the flag. */
  if (is_flag_nick (statement))
    texts[0] = "";

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (*texts[i] == '\0' || (i == 0 && g_str_equal (statement, description)) ||
          strstr (access->note->str, texts[i]) != NULL)
        continue;
      g_string_append_printf (access->note, "%s%s", access->note->len > 0 ? " " : "",
                              texts[i]);
    }
}

static void
map_location (Import      *import,
              TandemAsset *asset,
              JsonObject  *service,
              const char  *id,
              const char  *name)
{
  g_autoptr(GPtrArray) locations = collect_locations (service);
  Accessibility access = { g_string_new (NULL), 0 };
  JsonObject *location;
  JsonObject *address;

  if (locations->len == 0)
    {
      g_string_free (access.note, TRUE);
      return;
    }

  location = g_ptr_array_index (locations, 0);
  if ((address = pick_address (location)) != NULL)
    map_address (asset, address);

  if (!map_coordinates (asset, location))
    add_problem (import, id, name, FALSE,
                 _("Bad coordinates: imported without a place on the map"));

  foreach_object (location, "accessibility_for_disabilities", add_accessibility_cb, &access);
  foreach_object (location, "accessibility", add_accessibility_cb, &access);
  tandem_asset_set_accessibility (asset, access.flags);
  tandem_asset_set_accessibility_note (asset, access.note->str);
  g_string_free (access.note, TRUE);
}

/* The first phone number of the service itself, of its contacts, or of its locations.
 * Numbers are kept as written, words and all ("Youth line: 0117 ..."): a person reads them. */
static void
find_phone_cb (JsonObject *element,
               gpointer    data)
{
  char **phone = data;

  if (*phone == NULL)
    {
      g_autofree char *number = member_dup_plain (element, "number");

      /* Some tables quote the number inside its field: "\"+44 1234 234567\"". */
      g_strstrip (g_strdelimit (number, "\"", ' '));
      if (*number != '\0')
        *phone = g_steal_pointer (&number);
    }
}

static void
find_contact_phone_cb (JsonObject *element,
                       gpointer    data)
{
  foreach_object (element, "phones", find_phone_cb, data);
}

static void
find_location_phone_cb (JsonObject *element,
                        gpointer    data)
{
  JsonObject *location = member_object (element, "location");

  foreach_object (element, "phones", find_phone_cb, data);
  if (location != NULL)
    foreach_object (location, "phones", find_phone_cb, data);
}

static char *
map_phone (JsonObject *service)
{
  char *phone = NULL;

  foreach_object (service, "phones", find_phone_cb, &phone);
  foreach_object (service, "contacts", find_contact_phone_cb, &phone);
  foreach_object (service, "service_at_locations", find_location_phone_cb, &phone);
  foreach_object (service, "locations", find_location_phone_cb, &phone);

  return phone != NULL ? phone : g_strdup ("");
}

/* Reads "HH:MM" or "HH:MM:SS" into minutes; -1 when it is not a time. */
static int
parse_time (const char *text)
{
  guint hours, minutes;
  char extra;

  if (text == NULL)
    return -1;
  if (sscanf (text, "%2u:%2u%c", &hours, &minutes, &extra) < 2 || hours > 24 || minutes > 59 ||
      (hours == 24 && minutes > 0))
    return -1;

  return (int) (hours * 60 + minutes);
}

typedef struct
{
  GPtrArray *lines;
} Schedule;

/* Adds a line once; a line the schedule could not read back is left out. */
static void
add_line (Schedule *schedule,
          char     *line)
{
  TandemScheduleSession session;
  gboolean readable = *line != '\0' && tandem_schedule_parse_line (line, &session);

  if (readable)
    tandem_schedule_session_clear (&session);

  for (guint i = 0; readable && i < schedule->lines->len; i++)
    if (g_str_equal (g_ptr_array_index (schedule->lines, i), line))
      readable = FALSE;

  if (readable)
    g_ptr_array_add (schedule->lines, line);
  else
    g_free (line);
}

/* A note on the whole schedule. One that starts with a day name ("Tuesdays in term
 * time") would read back as a session, so it starts with a dash instead. */
static void
add_note (Schedule   *schedule,
          const char *note)
{
  TandemScheduleSession session;

  if (*note == '\0')
    return;

  tandem_schedule_parse_line (note, &session);
  add_line (schedule, session.day != TANDEM_DAYS_NONE ? g_strconcat ("\u2013 ", note, NULL)
                                                      : g_strdup (note));
  tandem_schedule_session_clear (&session);
}

static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  g_strdelimit (line, "\r\n\t", ' ');
  return g_strstrip (line);
}

/* v1: one weekday, as a name or a number from 1 (Monday). */
static TandemDays
weekday_from_member (JsonObject *schedule)
{
  g_autofree char *weekday = member_dup_text (schedule, "weekday");
  double number;

  if (member_number (schedule, "weekday", &number) && number >= 1 && number <= 7)
    return 1 << ((int) number - 1);

  return tandem_days_from_name (weekday);
}

/* v3: iCalendar BYDAY, "TU,TH" or "1MO" (the first Monday of a month). */
static guint
days_from_byday (const char *byday)
{
  g_auto(GStrv) parts = g_strsplit (byday != NULL ? byday : "", ",", -1);
  guint days = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *p = g_strstrip (parts[i]);

      while (*p == '+' || *p == '-' || g_ascii_isdigit (*p))
        p++;
      days |= tandem_days_from_name (p);
    }

  return days;
}

static void
add_schedule_cb (JsonObject *element,
                 gpointer    data)
{
  Schedule *schedule = data;
  g_autofree char *byday = member_dup_text (element, "byday");
  g_autofree char *opens_text = member_dup_text (element, "opens_at");
  g_autofree char *closes_text = member_dup_text (element, "closes_at");
  g_autofree char *description = member_dup_plain (element, "description");
  g_autofree char *note = one_line (description);
  int opens = parse_time (opens_text), closes = parse_time (closes_text);
  guint days = days_from_byday (byday) | weekday_from_member (element);
  guint n_days = 0;

  for (TandemDays day = TANDEM_DAYS_MONDAY; day <= TANDEM_DAYS_SUNDAY; day <<= 1)
    n_days += (days & day) != 0;

  /* One day's description is its note ("walk from the library"); a description of many
   * days is a note on the whole schedule. */
  for (TandemDays day = TANDEM_DAYS_MONDAY; day <= TANDEM_DAYS_SUNDAY; day <<= 1)
    {
      g_autofree char *line = NULL;
      TandemScheduleSession session;

      if ((days & day) == 0)
        continue;

      line = tandem_schedule_session_to_line (day, opens, closes, n_days == 1 ? note : NULL);
      /* A note such as "10 places" would read as a time after the day: it goes on a line
       * of its own. */
      if (n_days == 1)
        {
          gboolean readable = tandem_schedule_parse_line (line, &session);

          tandem_schedule_session_clear (&session);
          if (!readable)
            {
              g_free (line);
              line = tandem_schedule_session_to_line (day, opens, closes, NULL);
              n_days = 0;
            }
        }
      add_line (schedule, g_steal_pointer (&line));
    }

  if (n_days != 1)
    add_note (schedule, note);
}

static void
add_location_schedules_cb (JsonObject *element,
                           gpointer    data)
{
  foreach_object (element, "schedules", add_schedule_cb, data);
  foreach_object (element, "regular_schedules", add_schedule_cb, data);
}

static char *
map_schedule (JsonObject *service)
{
  Schedule schedule = { g_ptr_array_new_with_free_func (g_free) };
  char *text;

  foreach_object (service, "schedules", add_schedule_cb, &schedule);
  foreach_object (service, "regular_schedules", add_schedule_cb, &schedule);
  foreach_object (service, "service_at_locations", add_location_schedules_cb, &schedule);

  g_ptr_array_add (schedule.lines, NULL);
  text = g_strjoinv ("\n", (char **) schedule.lines->pdata);
  g_ptr_array_unref (schedule.lines);
  return text;
}

typedef struct
{
  gboolean  free;
  gboolean  donation;
  gboolean  paid;
  GString  *note;
} Cost;

static gboolean
is_cost_word (const char *text)
{
  const char * const words[] = { "free", "paid", "donation", "charge" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (text, words[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
append_note (GString    *note,
             const char *separator,
             const char *text)
{
  if (*text != '\0')
    g_string_append_printf (note, "%s%s", note->len > 0 ? separator : "", text);
}

static void
read_cost_text (Cost       *cost,
                const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  if (matches_word (lower, "free"))
    cost->free = TRUE;
  else if (matches_word (lower, "donation"))
    cost->donation = TRUE;
  else if (matches_word (lower, "paid|charge"))
    cost->paid = TRUE;
}

static void
add_cost_option_cb (JsonObject *element,
                    gpointer    data)
{
  Cost *cost = data;
  g_autofree char *option = member_dup_plain (element, "option");
  g_autofree char *description = member_dup_plain (element, "amount_description");
  g_autoptr(GString) piece = g_string_new (NULL);
  double amount;

  read_cost_text (cost, option);
  read_cost_text (cost, description);

  if (!is_cost_word (option))
    append_note (piece, ": ", option);
  if (member_number (element, "amount", &amount))
    {
      if (amount == 0)
        cost->free = TRUE;
      else if (amount > 0)
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          cost->paid = TRUE;
          append_note (piece, ": ", g_ascii_formatd (buffer, sizeof buffer, "%.2f", amount));
        }
    }
  append_note (piece, " ", description);
  append_note (cost->note, "; ", piece->str);
}

static void
map_cost (TandemAsset *asset,
          JsonObject  *service)
{
  Cost cost = { FALSE, FALSE, FALSE, g_string_new (NULL) };
  g_autofree char *fees = member_dup_plain (service, "fees");

  foreach_object (service, "cost_options", add_cost_option_cb, &cost);
  read_cost_text (&cost, fees);
  append_note (cost.note, "; ", fees);

  /* A free way in is what a link worker needs to know first. */
  tandem_asset_set_cost (asset, cost.free ? TANDEM_COST_FREE :
                                cost.donation ? TANDEM_COST_DONATION :
                                cost.paid ? TANDEM_COST_PAID : TANDEM_COST_UNKNOWN);
  tandem_asset_set_cost_note (asset, cost.note->str);
  g_string_free (cost.note, TRUE);
}

typedef struct
{
  GString *text;
  int      minimum_age;
  int      maximum_age;
} Eligibility;

static int
read_age (JsonObject *object,
          const char *name,
          int         current)
{
  double age;

  /* -1 is ORUK v3's "no limit"; Tandem's is 0. */
  if (!member_number (object, name, &age) || age < 1 || age > 150)
    return current;

  return (int) age;
}

static void
add_eligibility_cb (JsonObject *element,
                    gpointer    data)
{
  Eligibility *eligibility = data;
  g_autofree char *text = member_dup_plain (element, "eligibility");

  append_note (eligibility->text, ", ", text);
  eligibility->minimum_age = read_age (element, "minimum_age", eligibility->minimum_age);
  eligibility->maximum_age = read_age (element, "maximum_age", eligibility->maximum_age);
}

static void
map_eligibility (TandemAsset *asset,
                 JsonObject  *service)
{
  g_autofree char *description = member_dup_plain (service, "eligibility_description");
  Eligibility eligibility = { g_string_new (description), 0, 0 };

  foreach_object (service, "eligibilitys", add_eligibility_cb, &eligibility);
  eligibility.minimum_age = read_age (service, "minimum_age", eligibility.minimum_age);
  eligibility.maximum_age = read_age (service, "maximum_age", eligibility.maximum_age);
  if (eligibility.maximum_age > 0 && eligibility.maximum_age < eligibility.minimum_age)
    eligibility.maximum_age = 0;

  tandem_asset_set_eligibility (asset, eligibility.text->str);
  tandem_asset_set_minimum_age (asset, eligibility.minimum_age);
  tandem_asset_set_maximum_age (asset, eligibility.maximum_age);
  g_string_free (eligibility.text, TRUE);
}

static void
add_language_cb (JsonObject *element,
                 gpointer    data)
{
  g_autofree char *name = member_dup_plain (element, "name");
  g_autofree char *language = member_dup_plain (element, "language");
  g_autofree char *code = member_dup_plain (element, "code");

  append_note (data, ", ", *name != '\0' ? name : *language != '\0' ? language : code);
}

static char *
map_languages (JsonObject *service)
{
  GString *languages = g_string_new (NULL);

  foreach_object (service, "languages", add_language_cb, languages);
  return g_string_free (languages, FALSE);
}

/* When the publisher last checked the service, if it says so with a real date. */
static char *
map_verified_on (JsonObject *service)
{
  const char * const members[] = { "assured_date", "last_modified" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *text = member_dup_text (service, members[i]);
      GDate date;

      if (text != NULL && strlen (text) >= 10)
        {
          text[10] = '\0';
          if (tandem_date_from_iso (text, &date))
            return g_steal_pointer (&text);
        }
    }

  return g_strdup ("");
}

static gboolean
map_status (JsonObject *service)
{
  g_autofree char *status = member_dup_text (service, "status");

  return status == NULL || (g_ascii_strcasecmp (status, "inactive") != 0 &&
                            g_ascii_strcasecmp (status, "defunct") != 0 &&
                            g_ascii_strcasecmp (status, "temporarily closed") != 0);
}

static char *
organisation_name (JsonObject *service,
                   JsonObject *parent)
{
  JsonObject *organisation = member_object (service, "organization");

  if (organisation == NULL)
    organisation = parent;

  return organisation != NULL ? member_dup_plain (organisation, "name") : g_strdup ("");
}

/* Sets every text property the feed did not give to "", as the store gives it back, so
 * that a second import of the same feed finds nothing changed. */
static void
fill_empty_texts (TandemAsset *asset)
{
  guint n_properties;
  g_autofree GParamSpec **properties =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (asset), &n_properties);

  for (guint i = 0; i < n_properties; i++)
    {
      g_autofree char *value = NULL;

      if (properties[i]->value_type != G_TYPE_STRING ||
          (properties[i]->flags & G_PARAM_WRITABLE) == 0)
        continue;
      g_object_get (asset, properties[i]->name, &value, NULL);
      if (value == NULL)
        g_object_set (asset, properties[i]->name, "", NULL);
    }
}

/* Maps one service, or reports why not. @parent is the organisation that lists it, if any. */
static void
import_service (Import     *import,
                JsonObject *service,
                JsonObject *parent)
{
  g_autofree char *id = member_dup_text (service, "id");
  g_autofree char *name = member_dup_plain (service, "name");
  g_autofree char *organisation = organisation_name (service, parent);
  g_autoptr(TandemAsset) asset = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  import->report->n_read++;

  g_strdelimit (name, "\r\n", ' ');
  if (id == NULL || *id == '\0')
    {
      add_problem (import, NULL, name, TRUE, _("No id: it could not be updated later"));
      return;
    }
  if (*name == '\0')
    {
      add_problem (import, id, name, TRUE, _("Empty name"));
      return;
    }
  if (*organisation == '\0')
    {
      add_problem (import, id, name, TRUE, _("No organisation"));
      return;
    }
  if (g_hash_table_contains (import->seen_ids, id))
    {
      add_problem (import, id, name, TRUE, _("The same id as an earlier service"));
      return;
    }

  asset = tandem_asset_new ();
  tandem_asset_set_oruk_id (asset, id);
  tandem_asset_set_source (asset, import->source);
  tandem_asset_set_name (asset, name);
  g_strdelimit (organisation, "\r\n", ' ');
  tandem_asset_set_organisation (asset, organisation);
  text = member_dup_plain (service, "description");
  tandem_asset_set_description (asset, text);
  tandem_asset_set_active (asset, map_status (service));
  g_clear_pointer (&text, g_free);
  text = member_dup_text (service, "url");
  tandem_asset_set_website (asset, text != NULL ? text : "");
  g_clear_pointer (&text, g_free);
  text = member_dup_text (service, "email");
  tandem_asset_set_email (asset, text != NULL ? text : "");
  g_clear_pointer (&text, g_free);
  text = map_phone (service);
  tandem_asset_set_phone (asset, text);
  g_clear_pointer (&text, g_free);
  text = map_schedule (service);
  tandem_asset_set_schedule (asset, text);
  g_clear_pointer (&text, g_free);
  text = map_languages (service);
  tandem_asset_set_languages (asset, text);
  g_clear_pointer (&text, g_free);
  text = map_verified_on (service);
  tandem_asset_set_verified_on (asset, text);
  g_clear_pointer (&text, g_free);

  terms = collect_terms (service);
  text = map_categories (import, service, terms, name);
  tandem_asset_set_categories (asset, text);
  tandem_asset_set_access_routes (asset, access_routes_from_terms (terms));

  map_location (import, asset, service, id, name);
  map_cost (asset, service);
  map_eligibility (asset, service);
  fill_empty_texts (asset);

  /* Whatever else the store would refuse, said as it would say it. */
  if (!tandem_asset_check (asset, &error))
    {
      add_problem (import, id, name, TRUE, error->message);
      return;
    }

  g_hash_table_add (import->seen_ids, g_steal_pointer (&id));
  g_ptr_array_add (import->assets, g_steal_pointer (&asset));
  import->report->n_kept++;
}

static void
import_service_node (Import     *import,
                     JsonNode   *node,
                     JsonObject *parent)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    import_service (import, json_node_get_object (node), parent);
  else
    {
      import->report->n_read++;
      add_problem (import, NULL, "", TRUE, _("Not a service record"));
    }
}

/* The services a JSON document holds: an array of them; v1's {"content": [...]} and v3's
 * {"contents": [...]} pages; an organisation with its {"services": [...]}; or one service. */
static gboolean
import_json_root (Import    *import,
                  JsonNode  *root,
                  GError   **error)
{
  JsonArray *array = NULL;
  JsonObject *parent = NULL;

  /* An empty file, or one of only spaces, is valid JSON with no root at all. */
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    array = json_node_get_array (root);
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);

      if ((array = member_array (object, "contents")) == NULL &&
          (array = member_array (object, "content")) == NULL &&
          (array = member_array (object, "items")) == NULL &&
          (array = member_array (object, "services")) != NULL)
        parent = object;

      if (array == NULL && json_object_has_member (object, "name"))
        {
          import_service (import, object, NULL);
          return TRUE;
        }
    }

  if (array == NULL)
    {
      g_set_error (error, TANDEM_ORUK_ERROR, TANDEM_ORUK_ERROR_NO_SERVICES,
                   _("%s holds no services that Tandem can read. Choose an Open Referral UK "
                     "service list, a service, or a folder of ORUK CSV tables."),
                   import->source);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    import_service_node (import, json_array_get_element (array, i), parent);

  return TRUE;
}

static void
import_init (Import             *import,
             const char         *source,
             const char * const *keys,
             TandemOrukReport   *report,
             GPtrArray          *assets,
             GHashTable         *seen_ids)
{
  import->source = source;
  import->keys = keys != NULL ? keys : tandem_oruk_builtin_category_keys ();
  import->report = report;
  import->assets = assets;
  import->seen_ids = seen_ids;
}

/**
 * tandem_oruk_parse_json_node:
 * @source: the feed's label, for the assets and the report
 * @category_keys: (nullable): the categories assets may be put in, in the directory's
 *   order; the built-in ones when %NULL
 *
 * Maps the services in a JSON document already read.
 *
 * Returns: (transfer container) (element-type TandemAsset): the assets to import
 */
GPtrArray *
tandem_oruk_parse_json_node (JsonNode            *root,
                             const char          *source,
                             const char * const  *category_keys,
                             TandemOrukReport    *report,
                             GError             **error)
{
  g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Import import;

  import_init (&import, source, category_keys, report, assets, seen_ids);
  if (!import_json_root (&import, root, error))
    return NULL;

  return g_steal_pointer (&assets);
}

/* Files and folders */

static char *
source_label (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  char *dot = strrchr (basename, '.');

  if (dot != NULL && dot != basename)
    *dot = '\0';

  return g_steal_pointer (&basename);
}

static gboolean
import_json_file (Import        *import,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  gsize length;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return FALSE;

  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_set_error (error, TANDEM_ORUK_ERROR, TANDEM_ORUK_ERROR_UNREADABLE,
                   _("%s is not readable JSON (%s). Nothing was imported."), name,
                   local_error->message);
      return FALSE;
    }

  return import_json_root (import, json_parser_get_root (parser), error);
}

static gboolean
import_csv_tables (Import        *import,
                   GFile         *folder,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(JsonNode) root = tandem_oruk_csv_read_folder (folder, cancellable, error);

  return root != NULL && import_json_root (import, root, error);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename (*(GFile **) a);
  g_autofree char *name_b = g_file_get_basename (*(GFile **) b);

  return g_strcmp0 (name_a, name_b);
}

/* A folder is either one set of v3 CSV tables, or a set of JSON feeds. */
static gboolean
import_folder (Import        *import,
               GFile         *folder,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = g_file_get_parse_name (folder);
  GFileInfo *info;

  if (tandem_oruk_csv_folder_has_tables (folder))
    return import_csv_tables (import, folder, cancellable, error);

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (children == NULL)
    return FALSE;

  while ((info = g_file_enumerator_next_file (children, cancellable, error)) != NULL)
    {
      if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
        g_ptr_array_add (files, g_file_get_child (folder, g_file_info_get_name (info)));
      g_object_unref (info);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  if (files->len == 0)
    {
      g_set_error (error, TANDEM_ORUK_ERROR, TANDEM_ORUK_ERROR_NO_SERVICES,
                   _("%s has no ORUK JSON files and no service.csv table. Nothing was "
                     "imported."), name);
      return FALSE;
    }

  g_ptr_array_sort (files, compare_files);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *label = source_label (g_ptr_array_index (files, i));

      import->source = label;
      if (!import_json_file (import, g_ptr_array_index (files, i), cancellable, error))
        return FALSE;
      import->source = NULL;
    }

  return TRUE;
}

/**
 * tandem_oruk_parse_path:
 * @path: an ORUK JSON file, or a folder of JSON files or of v3 CSV tables
 * @category_keys: (nullable): as for tandem_oruk_parse_json_node()
 * @report: filled with what was read and what was left out
 *
 * Reads a directory feed. The format is told from the content: a folder with a
 * service.csv (or services.csv) is a set of CSV tables; anything else is read as JSON.
 * A file that cannot be read fails the whole parse, so that an import is never partial.
 *
 * Returns: (transfer container) (element-type TandemAsset): the assets to import, or %NULL
 */
GPtrArray *
tandem_oruk_parse_path (const char          *path,
                        const char * const  *category_keys,
                        GCancellable        *cancellable,
                        TandemOrukReport    *report,
                        GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *label = source_label (file);
  Import import;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (report != NULL, NULL);

  import_init (&import, label, category_keys, report, assets, seen_ids);

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) ==
      G_FILE_TYPE_DIRECTORY)
    ok = import_folder (&import, file, cancellable, error);
  else if (g_str_has_suffix (path, ".csv"))
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);

      ok = import_csv_tables (&import, folder, cancellable, error);
    }
  else
    ok = import_json_file (&import, file, cancellable, error);

  if (!ok || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&assets);
}

/* The directory's categories that an import may set, in its order. */
static GStrv
dup_category_keys (TandemStore  *store,
                   GError      **error)
{
  g_autoptr(GPtrArray) categories = tandem_store_list_asset_categories (store, error);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  if (categories == NULL)
    return NULL;

  for (guint i = 0; i < categories->len; i++)
    {
      TandemAssetCategory *category = g_ptr_array_index (categories, i);

      if (!tandem_asset_category_get_retired (category))
        g_strv_builder_add (keys, tandem_asset_category_get_key (category));
    }

  return g_strv_builder_end (keys);
}

/**
 * tandem_oruk_import_run:
 * @path: as for tandem_oruk_parse_path()
 * @report: (out) (optional): what was read, added, updated, left unchanged and left out;
 *   set even when the import fails
 *
 * Reads a directory feed and imports it into @store in one transaction. Call it from a
 * worker thread with a store of its own (tandem_store_open_sibling()); a cancellation
 * leaves the directory as it was.
 */
gboolean
tandem_oruk_import_run (TandemStore               *store,
                        const char                *path,
                        TandemImportProgressFunc   progress,
                        gpointer                   user_data,
                        GCancellable              *cancellable,
                        TandemOrukReport         **report,
                        GError                   **error)
{
  g_autoptr(TandemOrukReport) local_report = tandem_oruk_report_new ();
  g_autoptr(GPtrArray) assets = NULL;
  g_auto(GStrv) keys = NULL;
  TandemImportTally tally = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);

  if ((keys = dup_category_keys (store, error)) != NULL &&
      (assets = tandem_oruk_parse_path (path, (const char * const *) keys, cancellable,
                                        local_report, error)) != NULL)
    ok = tandem_store_import_assets (store, assets, progress, user_data, cancellable, &tally,
                                     error);

  local_report->added = tally.added;
  local_report->updated = tally.updated;
  local_report->unchanged = tally.unchanged;

  if (report != NULL)
    *report = g_steal_pointer (&local_report);

  return ok;
}
