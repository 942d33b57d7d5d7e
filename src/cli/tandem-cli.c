/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include "tandem-audit-entry.h"
#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-example-data.h"
#include "tandem-keyring.h"
#include "tandem-language.h"
#include "tandem-measure-history.h"
#include "tandem-minutes-document.h"
#include "tandem-nhs-number.h"
#include "tandem-oruk-export.h"
#include "tandem-oruk-import.h"
#include "tandem-passphrase.h"
#include "tandem-plan-batch.h"
#include "tandem-plan-diff.h"
#include "tandem-plan-document.h"
#include "tandem-store.h"
#include "tandem-store-backup.h"
#include "tandem-store-opener.h"
#include "tandem-subject-access-document.h"

/* tandem-cli: the same store as the app, from a terminal or a script, without a display.
 * Output is for people unless --json is given; errors go to standard error with a non-zero
 * exit status. */

static char *database_path;
static gboolean json_output;
static int passphrase_fd = -1;
static char *passphrase_file;

static const GOptionEntry shared_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database_path,
    N_("Use the database at PATH instead of the default"), N_("PATH") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &json_output,
    N_("Write machine-readable JSON"), NULL },
  { "passphrase-fd", 0, 0, G_OPTION_ARG_INT, &passphrase_fd,
    N_("Read the database's passphrase from file descriptor FD instead of using the keyring"),
    N_("FD") },
  { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file,
    N_("Read the database's passphrase from FILE, which only you may read"), N_("FILE") },
  { NULL }
};

typedef int (*CommandFunc) (TandemStore *store,
                            int          argc,
                            char       **argv);

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("tandem-cli: %s\n", message);
  return 1;
}

static void
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static GOptionContext *
command_context (const char         *parameters,
                 const char         *summary,
                 const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, shared_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  return context;
}

static gboolean
parse_command (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fail ("%s", error->message);
      return FALSE;
    }

  return TRUE;
}

static void
example_progress_cb (guint    done,
                     guint    total,
                     gpointer user_data)
{
  if (json_output || !isatty (fileno (stderr)))
    return;

  /* Translators: progress of adding example people, as in "Added 500 of 1000 people" */
  g_printerr ("\r%s", "");
  g_printerr (_("Added %u of %u people"), done, total);
  if (done == total)
    g_printerr ("\n");
}

static int
example_data_command (TandemStore  *store,
                      int           argc,
                      char        **argv)
{
  int n_people = 200;
  int seed = 1;
  const GOptionEntry entries[] = {
    { "people", 'n', 0, G_OPTION_ARG_INT, &n_people, N_("How many people to add"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("The same seed gives the same people"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("Add a fictional caseload for trying Tandem out."), entries);
  g_autoptr(GError) error = NULL;
  GDate today;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (n_people < 0 || n_people > 1000000)
    return fail (_("--people must be between 0 and 1,000,000"));

  tandem_date_set_today (&today);
  if (!tandem_example_data_generate (store, n_people, seed, &today, example_progress_cb, NULL,
                                     NULL, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "people_added");
      json_builder_add_int_value (builder, n_people);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
    }
  else
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "Added %d example person\n",
                            "Added %d example people\n", n_people),
               n_people);
    }

  return 0;
}

/* printf pads by bytes; names with accents or in other scripts need padding by characters. */
static char *
pad (const char *text,
     guint       width)
{
  glong length = g_utf8_strlen (text, -1);
  GString *padded = g_string_new (text);

  for (glong i = length; i < (glong) width; i++)
    g_string_append_c (padded, ' ');

  return g_string_free (padded, FALSE);
}

static void
print_person_line (TandemPerson *person)
{
  g_autofree char *nhs = tandem_nhs_number_format (tandem_person_get_nhs_number (person));
  g_autofree char *name = tandem_person_dup_full_name (person);
  g_autofree char *birth = tandem_date_format (tandem_person_get_date_of_birth (person));
  g_autofree char *nhs_column = pad (nhs, 12);
  g_autofree char *name_column = pad (name, 32);
  g_autofree char *birth_column = pad (birth, 12);

  g_print ("%-8" G_GINT64_FORMAT " %s %s %s %s\n", tandem_record_get_id (person), nhs_column,
           name_column, birth_column, tandem_person_get_postcode (person));
}

static int
people_search_command (TandemStore  *store,
                       int           argc,
                       char        **argv)
{
  int limit = 50;
  const GOptionEntry entries[] = {
    { "limit", 'l', 0, G_OPTION_ARG_INT, &limit, N_("Show at most N people"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("TEXT"), _("Find people by name, NHS number or postcode."), entries);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (argc < 2)
    return fail (_("Say what to search for, for example: tandem-cli people search Smith"));

  text = g_strjoinv (" ", argv + 1);
  people = tandem_store_search_people (store, text, MAX (limit, 1), &error);
  if (people == NULL)
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < people->len; i++)
        json_array_add_element (array, tandem_record_to_json (g_ptr_array_index (people, i)));

      json_node_set_array (root, array);
      print_json (root);
      return 0;
    }

  for (guint i = 0; i < people->len; i++)
    print_person_line (g_ptr_array_index (people, i));

  if (people->len == 0)
    g_printerr (_("Nobody matches “%s”\n"), text);

  return 0;
}

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *column = NULL;

  if (value == NULL || value[0] == '\0')
    return;

  column = pad (label, 24);
  g_print ("  %s %s\n", column, value);
}

static void
print_person (TandemPerson *person)
{
  g_autofree char *name = tandem_person_dup_full_name (person);
  g_autofree char *nhs = tandem_nhs_number_format (tandem_person_get_nhs_number (person));
  g_autofree char *birth = tandem_date_format (tandem_person_get_date_of_birth (person));
  g_autofree char *language = tandem_language_dup_display (tandem_person_get_language (person));
  g_auto(GStrv) lines = g_strsplit (tandem_person_get_address (person), "\n", -1);
  g_autofree char *address = g_strjoinv (", ", lines);
  g_autofree char *needs = tandem_flags_get_labels (TANDEM_TYPE_COMMUNICATION_NEEDS,
                                                    tandem_person_get_communication_needs (person));
  g_autofree char *risks = tandem_flags_get_labels (TANDEM_TYPE_RISK_FLAGS,
                                                    tandem_person_get_risk_flags (person));

  g_print ("%s (id %" G_GINT64_FORMAT ")\n", name, tandem_record_get_id (person));
  print_field (_("NHS number"), nhs);
  print_field (_("Preferred name"), tandem_person_get_preferred_name (person));
  print_field (_("Pronouns"), tandem_person_get_pronouns (person));
  print_field (_("Date of birth"), birth);
  print_field (_("Address"), address);
  print_field (_("Postcode"), tandem_person_get_postcode (person));
  print_field (_("Phone"), tandem_person_get_phone (person));
  print_field (_("Email"), tandem_person_get_email (person));
  print_field (_("Preferred language"), language);
  print_field (_("Interpreter"), tandem_person_get_interpreter_needed (person) ? _("Needed") : "");
  print_field (_("Communication needs"), needs);
  print_field (_("Consent to record"), tandem_person_get_consent_to_record (person) ? _("Yes") : _("No"));
  print_field (_("Consent to share"), tandem_person_get_consent_to_share (person) ? _("Yes") : _("No"));
  print_field (_("Safeguarding"), tandem_person_get_safeguarding_concern (person) ? _("Concern recorded") : "");
  print_field (_("Risks"), risks);
}

static void
print_referral (TandemReferral *referral)
{
  g_autofree char *received = tandem_date_format (tandem_referral_get_received_on (referral));

  g_print ("  %s  %-11s %-8s %s (id %" G_GINT64_FORMAT ")\n", received,
           tandem_referral_status_get_label (tandem_referral_get_status (referral)),
           tandem_priority_get_label (tandem_referral_get_priority (referral)),
           tandem_role_get_label (tandem_referral_get_for_role (referral)),
           tandem_record_get_id (referral));
}

static void
print_contact (TandemContact *contact)
{
  g_autofree char *date = tandem_date_format (tandem_contact_get_contact_date (contact));

  g_print ("  %s  %-12s %s\n", date,
           tandem_contact_mode_get_label (tandem_contact_get_mode (contact)),
           tandem_contact_get_note (contact));
}

static JsonNode *
records_to_json (GPtrArray *records)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < records->len; i++)
    json_array_add_element (array, tandem_record_to_json (g_ptr_array_index (records, i)));

  json_node_take_array (node, array);
  return node;
}

/* Reads the person id a command is given. */
static gboolean
parse_person_id (int      argc,
                 char   **argv,
                 gint64  *id)
{
  if (argc != 2 || !g_ascii_string_to_signed (argv[1], 10, 1, G_MAXINT64, id, NULL))
    {
      fail (_("Give the person's id, a number, as shown by “people search”"));
      return FALSE;
    }

  return TRUE;
}

static int
people_show_command (TandemStore  *store,
                     int           argc,
                     char        **argv)
{
  g_autoptr(GOptionContext) context =
    command_context (_("ID"), _("Show everything about one person."), NULL);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (!parse_person_id (argc, argv, &id))
    return 2;

  if ((person = tandem_store_load_person (store, id, &error)) == NULL ||
      (referrals = tandem_store_list_referrals (store, id, &error)) == NULL ||
      (contacts = tandem_store_list_contacts (store, id, &error)) == NULL ||
      !tandem_store_record_audit (store, TANDEM_AUDIT_VIEW, "person", id, id, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonObject) object = json_object_new ();
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);

      json_object_set_member (object, "person", tandem_record_to_json (person));
      json_object_set_member (object, "referrals", records_to_json (referrals));
      json_object_set_member (object, "contacts", records_to_json (contacts));
      json_node_set_object (root, object);
      print_json (root);
      return 0;
    }

  print_person (person);

  g_print ("\n%s\n", _("Referrals"));
  for (guint i = 0; i < referrals->len; i++)
    print_referral (g_ptr_array_index (referrals, i));

  g_print ("\n%s\n", _("Contacts"));
  for (guint i = 0; i < contacts->len; i++)
    print_contact (g_ptr_array_index (contacts, i));

  return 0;
}

static void
print_text_fields (const TandemPlanField *fields,
                   guint                  n_fields,
                   TandemPlanVersion     *version)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *text = NULL;

      g_object_get (version, fields[i].property, &text, NULL);
      if (text != NULL && text[0] != '\0')
        g_print ("  %s\n    %s\n", _(fields[i].heading), text);
    }
}

static void
print_plan_items (TandemPlan *plan)
{
  GListModel *needs = tandem_plan_get_needs (plan);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (plan, need);

      g_print ("  %u. %s\n", i + 1, tandem_plan_need_get_words (need));
      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);
          g_autofree char *text = tandem_plan_describe_goal (goal);
          GListModel *actions = tandem_plan_get_actions (plan, goal);

          g_print ("     %s: %s\n", _("Goal"), text);
          for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
            {
              g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, k);
              g_autofree char *action_text = tandem_plan_describe_action (action);

              g_print ("       - %s\n", action_text);
            }
        }
    }
}

/* The plan's support connected: the groups and services in the directory. */
static void
print_signposts (GPtrArray *signposts)
{
  for (guint i = 0; signposts != NULL && i < signposts->len; i++)
    {
      TandemSignpost *signpost = g_ptr_array_index (signposts, i);
      g_autofree char *made_on = tandem_date_format (tandem_signpost_get_made_on (signpost));
      g_autofree char *line = NULL;

      /* Translators: a group or service a person was put in touch with, how, when and what
       * came of it, as in "Walking group (Warm handover, 3 March 2026): Still attending" */
      line = g_strdup_printf (_("%s (%s, %s): %s"), tandem_signpost_get_asset_name (signpost),
                              tandem_enum_get_label (TANDEM_TYPE_HANDOVER,
                                                     tandem_signpost_get_handover (signpost)),
                              made_on,
                              tandem_enum_get_label (TANDEM_TYPE_SIGNPOST_OUTCOME,
                                                     tandem_signpost_get_outcome (signpost)));
      g_print ("    %s\n", line);
    }
  if (signposts == NULL || signposts->len == 0)
    g_print ("    %s\n", _("Not signposted or referred to community support yet"));
}

static void
print_plan (TandemPerson *person,
            TandemPlan   *plan,
            GPtrArray    *signposts)
{
  TandemPlanVersion *version = tandem_plan_get_version (plan);
  g_autofree char *name = tandem_person_dup_full_name (person);
  g_autofree char *agreed = tandem_date_format (tandem_plan_version_get_agreed_on (version));
  g_autofree char *review = tandem_date_format (tandem_plan_version_get_review_on (version));
  g_autofree char *language = tandem_language_dup_display (tandem_plan_version_get_language (version));
  const TandemPlanField *fields;
  guint n_fields;

  /* Translators: as in "Personalised care and support plan for Ada Lovelace, version 2" */
  g_print (_("Personalised care and support plan for %s, version %d\n"), name,
           tandem_plan_version_get_number (version));
  if (tandem_plan_version_get_state (version) == TANDEM_PLAN_AGREED)
    print_field (_("Agreed"), agreed);
  else
    print_field (_("State"), _("Draft, not yet agreed"));
  print_field (_("Review"), review);
  print_field (_("Language"), language);
  print_field (_("Format"), tandem_enum_get_label (TANDEM_TYPE_PLAN_FORMAT,
                                                   tandem_plan_version_get_format (version)));

  g_print ("\n%s\n", _("About me"));
  fields = tandem_plan_get_about_me_fields (&n_fields);
  print_text_fields (fields, n_fields, version);

  g_print ("\n%s\n    %s\n", _("Strengths"), tandem_plan_version_get_strengths (version));

  g_print ("\n%s\n", _("Needs, goals and actions"));
  print_plan_items (plan);

  g_print ("\n%s\n", _("Community support connected"));
  print_signposts (signposts);
  if (tandem_plan_version_get_support (version)[0] != '\0')
    g_print ("\n%s\n    %s\n", _("Other support, as written"),
             tandem_plan_version_get_support (version));

  g_print ("\n%s\n", _("If things get worse"));
  fields = tandem_plan_get_contingency_fields (&n_fields);
  print_text_fields (fields, n_fields, version);
}

/* The version of @id's plan numbered @number, or the latest when @number is 0. */
static TandemPlan *
load_plan_version (TandemStore   *store,
                   gint64         id,
                   int            number,
                   TandemPerson **person)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlanVersion *chosen = NULL;
  TandemPlan *plan;

  if ((*person = tandem_store_load_person (store, id, &error)) == NULL ||
      (versions = tandem_store_list_plan_versions (store, id, &error)) == NULL)
    {
      fail ("%s", error->message);
      return NULL;
    }

  if (versions->len == 0)
    {
      fail (_("This person has no plan yet"));
      return NULL;
    }

  for (guint i = 0; i < versions->len && chosen == NULL; i++)
    {
      TandemPlanVersion *version = g_ptr_array_index (versions, i);

      if (number == 0 || tandem_plan_version_get_number (version) == number)
        chosen = version;
    }

  if (chosen == NULL)
    {
      fail (_("The plan has no version %d: it has versions 1 to %d"), number,
            tandem_plan_version_get_number (g_ptr_array_index (versions, 0)));
      return NULL;
    }

  plan = tandem_store_load_plan (store, tandem_record_get_id (chosen), &error);
  if (plan == NULL)
    fail ("%s", error->message);

  return plan;
}

static int
plan_show_command (TandemStore  *store,
                   int           argc,
                   char        **argv)
{
  int number = 0;
  const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_INT, &number, N_("Show version N instead of the latest"),
      N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("ID"), _("Show a person's plan: the latest version, or --version N."),
                     entries);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GPtrArray) signposts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!parse_command (context, &argc, &argv) || !parse_person_id (argc, argv, &id))
    return 2;

  plan = load_plan_version (store, id, number, &person);
  if (plan == NULL)
    return 1;

  if (!tandem_store_record_audit (store, TANDEM_AUDIT_VIEW, "plan_version",
                                  tandem_record_get_id (tandem_plan_get_version (plan)), id,
                                  &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonNode) root = tandem_plan_to_json (plan);

      json_object_set_int_member (json_node_get_object (root), "person_id", id);
      print_json (root);
      return 0;
    }

  signposts = tandem_store_list_signposts (store, id, &error);
  if (signposts == NULL)
    return fail ("%s", error->message);
  print_plan (person, plan, signposts);
  return 0;
}

/* The print options both export commands take. */
static char *print_language;
static gboolean print_large;
static gboolean print_bilingual;

static const GOptionEntry print_entries[] = {
  { "language", 'l', 0, G_OPTION_ARG_STRING, &print_language,
    N_("Print in LANGUAGE, a tag such as ur or pa-Guru, instead of the plan’s own"),
    N_("LANGUAGE") },
  { "large-print", 0, 0, G_OPTION_ARG_NONE, &print_large, N_("Print in large print"), NULL },
  { "bilingual", 0, 0, G_OPTION_ARG_NONE, &print_bilingual,
    N_("Print each heading in English too"), NULL },
  { NULL }
};

static int
plan_export_command (TandemStore  *store,
                     int           argc,
                     char        **argv)
{
  int number = 0;
  char *output = NULL;
  const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_INT, &number, N_("Print version N instead of the latest"),
      N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("ID --output FILE"),
                     _("Print a person's plan as a PDF, in the plan's language or another."),
                     entries);
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(TandemTeam) team = tandem_team_new (store);
  g_autoptr(TandemPlanDocument) document = NULL;
  g_autoptr(GPtrArray) signposts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output_path = NULL;
  TandemPlanDocumentOptions options;
  TandemPlanDocumentSource source;
  gint64 id;

  g_option_context_add_main_entries (context, print_entries, GETTEXT_PACKAGE);
  if (!parse_command (context, &argc, &argv) || !parse_person_id (argc, argv, &id))
    return 2;
  output_path = output;

  if (output_path == NULL)
    return fail (_("Say where to write the PDF with --output FILE")) + 1;

  plan = load_plan_version (store, id, number, &person);
  if (plan == NULL)
    return 1;

  if (!tandem_team_reload (team, &error))
    return fail ("%s", error->message);

  options = (TandemPlanDocumentOptions) { print_language, print_large, print_bilingual };
  tandem_plan_document_source_init (&source, plan, person, team);
  signposts = tandem_store_list_signposts (store, tandem_record_get_id (person), &error);
  if (signposts == NULL)
    return fail ("%s", error->message);
  source.signposts = signposts;
  document = tandem_plan_document_new (&source, &options, &error);
  if (document == NULL ||
      !tandem_store_record_audit (store, TANDEM_AUDIT_PRINT, "plan_version",
                                  tandem_record_get_id (tandem_plan_get_version (plan)), id,
                                  &error) ||
      !tandem_plan_document_write_pdf_file (document, output_path, NULL, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, output_path);
      json_builder_set_member_name (builder, "language");
      json_builder_add_string_value (builder, tandem_plan_document_get_language (document));
      json_builder_set_member_name (builder, "pages");
      json_builder_add_int_value (builder, tandem_plan_document_get_n_pages (document));
      json_builder_end_object (builder);
      print_json (json_builder_get_root (builder));
    }

  return 0;
}

/* Everyone with a plan, or only those whose review is due within a week or overdue. */
static GArray *
list_people_with_plans (TandemStore  *store,
                        gboolean      only_due,
                        GError      **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (4096);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GDate today;

  if (!tandem_store_load_caseload (store, 0, TRUE, entries, strings, error))
    {
      g_array_unref (ids);
      return NULL;
    }

  tandem_date_set_today (&today);
  for (guint i = 0; i < entries->len; i++)
    {
      TandemCaseloadEntry *entry = &g_array_index (entries, TandemCaseloadEntry, i);
      TandemReviewState state = tandem_plan_review_state_on (entry->review_on,
                                                             g_date_get_julian (&today));

      if (!only_due || state == TANDEM_REVIEW_DUE_SOON || state == TANDEM_REVIEW_OVERDUE)
        g_array_append_val (ids, entry->person_id);
    }

  return ids;
}

static int
plans_export_command (TandemStore  *store,
                      int           argc,
                      char        **argv)
{
  gboolean only_due = FALSE;
  gboolean combined = FALSE;
  int n_threads = (int) g_get_num_processors ();
  char *output = NULL;
  const GOptionEntry entries[] = {
    { "due", 0, 0, G_OPTION_ARG_NONE, &only_due,
      N_("Only plans whose review is due within a week or overdue"), NULL },
    { "combined", 0, 0, G_OPTION_ARG_NONE, &combined,
      N_("Write one PDF with every plan instead of a folder with one for each person"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to PATH: a folder, or a file with --combined"), N_("PATH") },
    { "threads", 0, 0, G_OPTION_ARG_INT, &n_threads, N_("Lay out N plans at once"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("Print many people's plans as PDFs."), entries);
  g_autoptr(TandemPlanBatch) batch = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output_path = NULL;
  TandemPlanDocumentOptions options;
  GPtrArray *problems;

  g_option_context_add_main_entries (context, print_entries, GETTEXT_PACKAGE);
  if (!parse_command (context, &argc, &argv))
    return 2;
  output_path = output;

  if (output_path == NULL || argc != 1)
    return fail (_("Say where to write the plans with --output PATH")) + 1;

  ids = list_people_with_plans (store, only_due, &error);
  if (ids == NULL)
    return fail ("%s", error->message);

  options = (TandemPlanDocumentOptions) { print_language, print_large, print_bilingual };
  batch = tandem_plan_batch_new (store, &options);
  for (guint i = 0; i < ids->len; i++)
    tandem_plan_batch_add_person (batch, g_array_index (ids, gint64, i));

  destination = g_file_new_for_commandline_arg (output_path);
  if (!tandem_plan_batch_write (batch, destination,
                                combined ? TANDEM_PLAN_BATCH_COMBINED
                                         : TANDEM_PLAN_BATCH_FILE_PER_PLAN,
                                (guint) MAX (n_threads, 1), NULL, &error))
    return fail ("%s", error->message);

  problems = tandem_plan_batch_get_problems (batch);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("tandem-cli: %s\n", (const char *) g_ptr_array_index (problems, i));

  if (!json_output)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Printed %u plan\n", "Printed %u plans\n",
                          ids->len - problems->len),
             ids->len - problems->len);

  return problems->len > 0 ? 1 : 0;
}

/* A result's scores in a few words, as in "Metric 19.98 (raw 22)" or "Level 2 (score 50.1)". */
static char *
describe_result (TandemMeasureResult *result)
{
  TandemMeasureKind kind = tandem_measure_result_get_kind (result);
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);
  g_autofree double *answers = g_new (double, info->n_items);
  TandemMeasureScore score;
  GString *text;

  if (!tandem_measure_result_score (result, &score, NULL))
    return g_strdup (_("Not scored: the result is incomplete"));

  switch (kind)
    {
    case TANDEM_MEASURE_SWEMWBS:
      return g_strdup_printf (_("Metric %.2f (raw %.0f)"), score.score, score.raw);
    case TANDEM_MEASURE_PAM:
      return g_strdup_printf (_("Level %d (score %.1f)"), score.level, score.score);
    case TANDEM_MEASURE_WEMWBS:
    case TANDEM_MEASURE_HEALTH_CONFIDENCE:
      return g_strdup_printf (_("Score %.0f"), score.score);
    case TANDEM_MEASURE_MYCAW:
    case TANDEM_MEASURE_ONS4:
    case TANDEM_MEASURE_WELLBEING_STAR:
    default:
      break;
    }

  /* Measures read item by item. */
  tandem_measure_parse_answers (tandem_measure_result_get_answers (result), answers,
                                info->n_items);
  text = g_string_new (NULL);
  for (guint i = 0; i < info->n_items; i++)
    {
      if (isnan (answers[i]))
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%g", answers[i]);
    }

  return g_string_free (text, FALSE);
}

static int
measures_list_command (TandemStore  *store,
                       int           argc,
                       char        **argv)
{
  g_autoptr(GOptionContext) context =
    command_context (_("ID"), _("List a person's outcome measures, the earliest first."), NULL);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!parse_command (context, &argc, &argv) || !parse_person_id (argc, argv, &id))
    return 2;

  if ((results = tandem_store_list_measure_results (store, id, &error)) == NULL ||
      !tandem_store_record_audit (store, TANDEM_AUDIT_VIEW, "person", id, id, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonNode) root = records_to_json (results);
      JsonArray *array = json_node_get_array (root);

      /* With the scores, which the records themselves do not carry. */
      for (guint i = 0; i < results->len; i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);
          TandemMeasureScore score;

          if (!tandem_measure_result_score (g_ptr_array_index (results, i), &score, NULL))
            continue;
          if (!isnan (score.score))
            json_object_set_double_member (object, "score", score.score);
          if (!isnan (score.raw))
            json_object_set_double_member (object, "raw", score.raw);
          if (score.level > 0)
            json_object_set_int_member (object, "level", score.level);
        }
      print_json (root);
      return 0;
    }

  for (guint i = 0; i < results->len; i++)
    {
      TandemMeasureResult *result = g_ptr_array_index (results, i);
      const TandemMeasureInfo *info = tandem_measure_get_info (tandem_measure_result_get_kind (result));
      g_autofree char *date = tandem_date_format (tandem_measure_result_get_taken_on (result));
      g_autofree char *scores = describe_result (result);
      g_autofree char *date_column = pad (date, 12);
      g_autofree char *name_column = pad (_(info->name), 28);
      g_autofree char *stage_column =
        pad (tandem_measure_stage_get_label (tandem_measure_result_get_stage (result)), 10);

      g_print ("%s %s %s %s\n", date_column, name_column, stage_column, scores);
    }

  if (results->len == 0)
    g_printerr ("%s\n", _("No outcome measures recorded for this person"));

  return 0;
}

/* The community directory */

static void
import_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  if (json_output || !isatty (fileno (stderr)))
    return;

  g_printerr ("\r");
  /* Translators: progress of an import, as in "Imported 500 of 800 services" */
  g_printerr (_("Imported %u of %u services"), done, total);
  if (done == total)
    g_printerr ("\n");
}

static JsonNode *
report_to_json (TandemOrukReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "read");
  json_builder_add_int_value (builder, report->n_read);
  json_builder_set_member_name (builder, "added");
  json_builder_add_int_value (builder, report->added);
  json_builder_set_member_name (builder, "updated");
  json_builder_add_int_value (builder, report->updated);
  json_builder_set_member_name (builder, "unchanged");
  json_builder_add_int_value (builder, report->unchanged);
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->problems->len; i++)
    {
      TandemOrukProblem *problem = g_ptr_array_index (report->problems, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, problem->source);
      json_builder_set_member_name (builder, "record");
      json_builder_add_string_value (builder, problem->record);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, problem->name);
      json_builder_set_member_name (builder, "skipped");
      json_builder_add_boolean_value (builder, problem->skipped);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, problem->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_report (TandemOrukReport *report)
{
  g_print (_("Read %u services: %u added, %u updated, %u unchanged, %u skipped\n"),
           report->n_read, report->added, report->updated, report->unchanged,
           tandem_oruk_report_count_skipped (report));

  for (guint i = 0; i < report->problems->len; i++)
    {
      TandemOrukProblem *problem = g_ptr_array_index (report->problems, i);

      /* Translators: one line of an import's report: the feed, the record's id or name,
       * then what was wrong with it */
      g_print (problem->skipped ? _("Skipped %s %s (%s): %s\n") : _("Warning %s %s (%s): %s\n"),
               problem->source, problem->record, problem->name, problem->reason);
    }
}

static int
directory_import_command (TandemStore  *store,
                          int           argc,
                          char        **argv)
{
  g_autoptr(GOptionContext) context =
    command_context (_("FILE|FOLDER"),
                     _("Import an Open Referral UK directory: a v1 or v3 JSON file, a folder "
                       "of them, or a folder of v3 CSV tables. Importing the same feed again "
                       "updates it and keeps the team's notes, checks and edits."),
                     NULL);
  g_autoptr(TandemOrukReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (argc != 2)
    return fail (_("Say which file or folder to import, for example: "
                   "tandem-cli directory import services.json"));

  ok = tandem_oruk_import_run (store, argv[1], import_progress_cb, NULL, NULL, &report, &error);
  if (!ok)
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonNode) root = report_to_json (report);

      print_json (root);
    }
  else
    print_report (report);

  return 0;
}

static int
directory_export_command (TandemStore  *store,
                          int           argc,
                          char        **argv)
{
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("oruk-json (Open Referral UK v3, the default) or csv"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("FILE"), _("Export the directory to share it, without the team's notes "
                                  "and suitability checks."), entries);
  g_autoptr(GError) error = NULL;
  TandemOrukExportFormat export_format;
  guint n = 0;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (format == NULL || g_str_equal (format, "oruk-json"))
    export_format = TANDEM_ORUK_EXPORT_JSON;
  else if (g_str_equal (format, "csv"))
    export_format = TANDEM_ORUK_EXPORT_CSV;
  else
    {
      fail (_("Unknown format “%s”: use oruk-json or csv"), format);
      return 2;
    }

  if (argc != 2)
    {
      fail (_("Say which file to write, for example: "
              "tandem-cli directory export --format csv directory.csv"));
      return 2;
    }

  if (!tandem_oruk_export_run (store, argv[1], export_format, &n, &error))
    return fail ("%s: %s", argv[1], error->message);

  if (!json_output)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u asset to %s\n",
                          "Exported %u assets to %s\n", n),
             n, argv[1]);

  return 0;
}

static void
print_asset_line (TandemAsset *asset)
{
  g_autofree char *name = pad (tandem_asset_get_name (asset), 40);
  g_autofree char *organisation = pad (tandem_asset_get_organisation (asset), 32);

  g_print ("%-8" G_GINT64_FORMAT " %s %s %s\n", tandem_record_get_id (asset), name,
           organisation, tandem_asset_get_postcode (asset));
}

static int
print_assets (GPtrArray *assets)
{
  if (json_output)
    {
      g_autoptr(JsonNode) root = records_to_json (assets);

      print_json (root);
      return 0;
    }

  for (guint i = 0; i < assets->len; i++)
    print_asset_line (g_ptr_array_index (assets, i));

  return 0;
}

static int
directory_search_command (TandemStore  *store,
                          int           argc,
                          char        **argv)
{
  g_autoptr(GOptionContext) context =
    command_context (_("TEXT"), _("Find assets by name, organisation, description, category "
                                  "or place."), NULL);
  g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (argc < 2)
    return fail (_("Say what to search for, for example: tandem-cli directory search walking"));

  text = g_strjoinv (" ", argv + 1);
  if ((ids = tandem_store_search_assets (store, text, &error)) == NULL)
    return fail ("%s", error->message);

  for (guint i = 0; i < ids->len; i++)
    {
      TandemAsset *asset = tandem_store_load_asset (store, g_array_index (ids, gint64, i),
                                                    &error);

      if (asset == NULL)
        return fail ("%s", error->message);
      g_ptr_array_add (assets, asset);
    }

  print_assets (assets);
  if (assets->len == 0 && !json_output)
    g_printerr (_("No asset matches “%s”\n"), text);

  return 0;
}

static int
directory_stale_command (TandemStore  *store,
                         int           argc,
                         char        **argv)
{
  int months = 6;
  const GOptionEntry entries[] = {
    { "months", 'm', 0, G_OPTION_ARG_INT, &months,
      N_("Stale when not verified for N months (6 by default)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("List the assets nobody has verified lately."), entries);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GDate today;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (months < 1 || months > 120)
    {
      fail (_("--months must be between 1 and 120"));
      return 2;
    }

  if ((all = tandem_store_list_assets (store, &error)) == NULL)
    return fail ("%s", error->message);

  tandem_date_set_today (&today);
  for (guint i = 0; i < all->len; i++)
    if (tandem_asset_is_stale (g_ptr_array_index (all, i), &today, months))
      g_ptr_array_add (stale, g_object_ref (g_ptr_array_index (all, i)));

  print_assets (stale);
  if (stale->len == 0 && !json_output)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Every asset was verified in the last %d month\n",
                             "Every asset was verified in the last %d months\n", months),
                months);

  return 0;
}

static void
add_due_json (JsonBuilder                *builder,
              TandemWorkerDue            *worker,
              const TandemSupervisionDue *due)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "staff_id");
  json_builder_add_int_value (builder, worker->staff_id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, worker->name);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, tandem_enum_to_nick (TANDEM_TYPE_ROLE, worker->role));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, tandem_enum_to_nick (TANDEM_TYPE_SUPERVISION_KIND,
                                                               due->kind));
  json_builder_set_member_name (builder, "last_on");
  if (due->never)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, due->last_on);
  json_builder_set_member_name (builder, "due_on");
  json_builder_add_string_value (builder, due->due_on);
  json_builder_set_member_name (builder, "days_left");
  json_builder_add_int_value (builder, due->days_left);
  json_builder_set_member_name (builder, "overdue");
  json_builder_add_boolean_value (builder, due->state == TANDEM_DUE_OVERDUE);
  json_builder_end_object (builder);
}

static void
print_due (TandemWorkerDue            *worker,
           const TandemSupervisionDue *due)
{
  g_autofree char *last = due->never ? g_strdup (_("never")) : tandem_date_format (due->last_on);
  g_autofree char *when = tandem_supervision_due_describe (due);

  /* Translators: a worker whose supervision is due: name (role): kind, when last, when due,
   * as in "Ada Lovelace (Health coach): Clinical supervision, last 1 Sep 2026, Due in 3 days,
   * on 1 Dec 2026" */
  g_print (_("%s (%s): %s, last %s, %s\n"), worker->name,
           tandem_enum_get_label (TANDEM_TYPE_ROLE, worker->role),
           tandem_enum_get_label (TANDEM_TYPE_SUPERVISION_KIND, due->kind), last, when);
}

static int
supervision_due_command (TandemStore  *store,
                         int           argc,
                         char        **argv)
{
  int days = TANDEM_SUPERVISION_DUE_SOON_DAYS;
  const GOptionEntry entries[] = {
    { "days", 0, 0, G_OPTION_ARG_INT, &days,
      N_("Also list supervision due within N days (14 by default)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("List the staff whose supervision is overdue or due soon, by the "
                             "expected frequencies for their role."), entries);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) workers = NULL;
  g_autoptr(GError) error = NULL;
  guint n_listed = 0;
  GDate today;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (days < 0 || days > 366)
    {
      fail (_("--days must be between 0 and 366"));
      return 2;
    }

  tandem_date_set_today (&today);
  if ((workers = tandem_store_list_supervision_due (store, &today, &error)) == NULL)
    return fail ("%s", error->message);

  json_builder_begin_array (builder);
  for (guint i = 0; i < workers->len; i++)
    {
      TandemWorkerDue *worker = g_ptr_array_index (workers, i);

      for (guint k = 0; k < worker->dues->len; k++)
        {
          const TandemSupervisionDue *due = &g_array_index (worker->dues, TandemSupervisionDue, k);

          if (due->days_left > days)
            continue;

          n_listed++;
          if (json_output)
            add_due_json (builder, worker, due);
          else
            print_due (worker, due);
        }
    }
  json_builder_end_array (builder);

  if (json_output)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      print_json (root);
    }
  else if (n_listed == 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "Nobody’s supervision is overdue or due in the next %d day\n",
                             "Nobody’s supervision is overdue or due in the next %d days\n",
                             days),
                days);

  return 0;
}

static int
huddle_list_command (TandemStore  *store,
                     int           argc,
                     char        **argv)
{
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("List MDT huddles, the newest first, with their cases."), NULL);
  g_autoptr(TandemTeam) team = tandem_team_new (store);
  g_autoptr(GPtrArray) huddles = NULL;
  g_autoptr(GError) error = NULL;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (argc != 1)
    return fail (_("“huddle list” takes no arguments")) + 1;

  huddles = tandem_store_list_huddles (store, &error);
  if (huddles == NULL || !tandem_team_reload (team, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < huddles->len; i++)
        {
          TandemHuddle *huddle = g_ptr_array_index (huddles, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, tandem_record_get_id (huddle));
          json_builder_set_member_name (builder, "held_on");
          json_builder_add_string_value (builder, tandem_huddle_get_held_on (huddle));
          json_builder_set_member_name (builder, "chair_id");
          json_builder_add_int_value (builder, tandem_huddle_get_chair_id (huddle));
          json_builder_set_member_name (builder, "cases");
          json_builder_add_int_value (builder, tandem_huddle_get_case_count (huddle));
          json_builder_set_member_name (builder, "open");
          json_builder_add_int_value (builder, tandem_huddle_get_open_count (huddle));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      print_json (root);
      return 0;
    }

  if (huddles->len == 0)
    g_print ("%s\n", _("No huddles yet"));

  for (guint i = 0; i < huddles->len; i++)
    {
      TandemHuddle *huddle = g_ptr_array_index (huddles, i);
      TandemStaff *chair = tandem_team_find_staff (team, tandem_huddle_get_chair_id (huddle));
      guint n_cases = tandem_huddle_get_case_count (huddle);
      g_autofree char *cases = NULL;

      /* Translators: how many cases a huddle's agenda has and how many are still open */
      cases = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case, %u open",
                                            "%u cases, %u open", n_cases),
                               n_cases, (guint) tandem_huddle_get_open_count (huddle));
      g_print ("%-6" G_GINT64_FORMAT " %s  %-24s %s\n", tandem_record_get_id (huddle),
               tandem_huddle_get_held_on (huddle),
               chair != NULL ? tandem_staff_get_name (chair) : "", cases);
    }

  return 0;
}

static int
huddle_minutes_command (TandemStore  *store,
                        int           argc,
                        char        **argv)
{
  char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("ID --output FILE"),
                     _("Print a huddle's minutes as a PDF. Cases are named by initials and "
                       "NHS number only."),
                     entries);
  g_autoptr(TandemTeam) team = tandem_team_new (store);
  g_autoptr(TandemMinutesDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output_path = NULL;
  gint64 id;

  if (!parse_command (context, &argc, &argv))
    return 2;
  output_path = output;

  if (argc != 2 || !g_ascii_string_to_signed (argv[1], 10, 1, G_MAXINT64, &id, NULL))
    return fail (_("Give the huddle's id, a number, as shown by “huddle list”")) + 1;

  if (output_path == NULL)
    return fail (_("Say where to write the PDF with --output FILE")) + 1;

  if (!tandem_team_reload (team, &error))
    return fail ("%s", error->message);

  document = tandem_minutes_document_load (store, id, team, &error);
  if (document == NULL ||
      !tandem_store_record_audit (store, TANDEM_AUDIT_EXPORT, "huddle", id, 0, &error) ||
      !tandem_minutes_document_write_pdf_file (document, output_path, NULL, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, output_path);
      json_builder_set_member_name (builder, "pages");
      json_builder_add_int_value (builder, tandem_minutes_document_get_n_pages (document));
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
    }

  return 0;
}

static int
subject_access_command (TandemStore  *store,
                        int           argc,
                        char        **argv)
{
  char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF and the JSON into the folder DIR"), N_("DIR") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("ID --output DIR"),
                     _("Export everything held about a person, for a subject access request: "
                       "a PDF to read and JSON for software, named with the person's id and "
                       "today's date. The export is recorded in the audit trail."),
                     entries);
  g_auto(TandemSubjectAccessFiles) files = { NULL, NULL, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *output_path = NULL;
  gint64 id;

  if (!parse_command (context, &argc, &argv) || !parse_person_id (argc, argv, &id))
    return 2;
  output_path = output;

  if (output_path == NULL)
    return fail (_("Say which folder to write into with --output DIR")) + 1;

  if (!g_file_test (output_path, G_FILE_TEST_IS_DIR))
    return fail (_("There is no folder %s. Make it first, or choose another."), output_path) + 1;

  if (!tandem_subject_access_export (store, id, output_path, NULL, &files, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "pdf");
      json_builder_add_string_value (builder, files.pdf_path);
      json_builder_set_member_name (builder, "json");
      json_builder_add_string_value (builder, files.json_path);
      json_builder_set_member_name (builder, "records");
      json_builder_add_int_value (builder, files.n_records);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
    }
  else
    g_print ("%s\n%s\n", files.pdf_path, files.json_path);

  return 0;
}

/* The passphrase given with --passphrase-fd or --passphrase-file (or the rekey command's
 * --new-… options), or NULL for the keyring. */
static gboolean
read_passphrase_option (int               fd,
                        const char       *file,
                        TandemStoreKey  **key,
                        GError          **error)
{
  *key = NULL;

  if (fd >= 0)
    *key = tandem_store_key_read_passphrase_fd (fd, error);
  else if (file != NULL)
    *key = tandem_store_key_read_passphrase_file (file, error);
  else
    return TRUE;

  return *key != NULL;
}

static int
rekey_command (TandemStore  *store,
               int           argc,
               char        **argv)
{
  int new_fd = -1;
  g_autofree char *new_file = NULL;
  const GOptionEntry entries[] = {
    { "new-passphrase-fd", 0, 0, G_OPTION_ARG_INT, &new_fd,
      N_("Encrypt with the passphrase read from file descriptor FD"), N_("FD") },
    { "new-passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &new_file,
      N_("Encrypt with the passphrase read from FILE, which only you may read"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("Encrypt the database with a new key: a new random key kept in "
                             "the keyring, or a new passphrase."), entries);
  g_autoptr(TandemStoreKey) passphrase = NULL;
  g_autoptr(GError) error = NULL;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (!read_passphrase_option (new_fd, new_file, &passphrase, &error))
    return fail ("%s", error->message);
  if (passphrase != NULL)
    {
      g_autofree char *text = tandem_store_key_dup_cipher_key (passphrase);

      if (!tandem_passphrase_check_length (text, &error))
        {
          tandem_store_key_free_text (g_steal_pointer (&text));
          return fail ("%s", error->message);
        }
      tandem_store_key_free_text (g_steal_pointer (&text));
    }

  if (!tandem_store_change_key (store, passphrase, NULL, &error))
    return fail ("%s", error->message);

  g_print ("%s\n", passphrase != NULL
                    ? _("The database is now encrypted with the new passphrase.")
                    : _("The database is now encrypted with a new key, kept in your keyring."));
  return 0;
}

/* The audit trail's chain checked, its problems added to the others. */
static gboolean
verify_audit_into (TandemStore  *store,
                   GPtrArray    *problems,
                   guint64      *n_entries,
                   GError      **error)
{
  g_autoptr(GPtrArray) audit_problems = NULL;

  if (!tandem_store_verify_audit (store, &audit_problems, n_entries, error))
    return FALSE;

  for (guint i = 0; i < audit_problems->len; i++)
    g_ptr_array_add (problems, g_strdup (g_ptr_array_index (audit_problems, i)));
  return TRUE;
}

static int
check_command (TandemStore  *store,
               int           argc,
               char        **argv)
{
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("Check the database's integrity, its links between records, its "
                             "schema version and its audit trail's chain."), NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_audit_entries = 0;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (!tandem_store_check (store, &problems, &error) ||
      !verify_audit_into (store, problems, &n_audit_entries, &error))
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "schema_version");
      json_builder_add_int_value (builder, tandem_store_get_schema_version (store));
      json_builder_set_member_name (builder, "latest_schema_version");
      json_builder_add_int_value (builder, tandem_store_get_latest_schema_version ());
      json_builder_set_member_name (builder, "audit_entries");
      json_builder_add_int_value (builder, (gint64) n_audit_entries);
      json_builder_set_member_name (builder, "ok");
      json_builder_add_boolean_value (builder, problems->len == 0);
      json_builder_set_member_name (builder, "problems");
      json_builder_begin_array (builder);
      for (guint i = 0; i < problems->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (problems, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
    }
  else
    {
      g_print (_("Database: %s\n"), tandem_store_get_path (store));
      g_print (_("Schema version: %d\n"), tandem_store_get_schema_version (store));
      g_print (_("Audit trail: %" G_GUINT64_FORMAT " entries\n"), n_audit_entries);
      for (guint i = 0; i < problems->len; i++)
        g_print ("%s\n", (const char *) g_ptr_array_index (problems, i));
      g_print ("%s\n", problems->len == 0 ? _("No problems found") : _("Problems found"));
    }

  return problems->len == 0 ? 0 : 1;
}

/* What a backup holds, for the person deciding whether to restore it. */
static void
print_backup_info (TandemBackupInfo *info)
{
  g_autofree char *made = info->made ? g_date_time_format (info->made, "%Y-%m-%d %H:%M") : NULL;

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, info->path);
      json_builder_set_member_name (builder, "made");
      json_builder_add_string_value (builder, made);
      json_builder_set_member_name (builder, "schema_version");
      json_builder_add_int_value (builder, info->schema_version);
      json_builder_set_member_name (builder, "people");
      json_builder_add_int_value (builder, info->n_people);
      json_builder_set_member_name (builder, "referrals");
      json_builder_add_int_value (builder, info->n_referrals);
      json_builder_set_member_name (builder, "plans");
      json_builder_add_int_value (builder, info->n_plans);
      json_builder_set_member_name (builder, "staff");
      json_builder_add_int_value (builder, info->n_staff);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
      return;
    }

  g_print (_("Backup: %s\n"), info->path);
  if (made != NULL)
    g_print (_("Made: %s\n"), made);
  g_print (_("Schema version: %d\n"), info->schema_version);
  g_print (_("People: %u\n"), info->n_people);
  g_print (_("Referrals: %u\n"), info->n_referrals);
  g_print (_("People with a plan: %u\n"), info->n_plans);
  g_print (_("Staff: %u\n"), info->n_staff);
}

static void
print_backup_progress (double   fraction,
                       gpointer user_data)
{
  if (json_output || !isatty (fileno (stderr)))
    return;

  g_printerr (_("\rBacking up… %3.0f%%"), fraction * 100);
  if (fraction >= 1.0)
    g_printerr ("\n");
}

static int
backup_command (TandemStore  *store,
                int           argc,
                char        **argv)
{
  gboolean automatic = FALSE;
  int keep = 14;
  const GOptionEntry entries[] = {
    { "automatic", 0, 0, G_OPTION_ARG_NONE, &automatic,
      N_("Name it as an automatic backup and remove the oldest beyond --keep"), NULL },
    { "keep", 0, 0, G_OPTION_ARG_INT, &keep,
      N_("How many automatic backups to keep (14)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("DIR"), _("Back up the database into the folder DIR, encrypted with its "
                                 "key, and check the backup."), entries);
  g_autoptr(TandemBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;

  if (!parse_command (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return fail ("%s", _("Give the folder to back up into.")) + 1;
  if (keep < 1)
    return fail ("%s", _("--keep must be at least 1.")) + 1;

  backup = tandem_store_backup (store, argv[1],
                                automatic ? TANDEM_BACKUP_AUTOMATIC : TANDEM_BACKUP_MANUAL,
                                print_backup_progress, NULL, NULL, &error);
  if (backup == NULL)
    return fail ("%s", error->message);
  if (automatic)
    tandem_backup_prune (argv[1], (guint) keep);

  info = tandem_backup_inspect (backup, tandem_store_get_key (store));
  print_backup_info (info);
  return 0;
}

/* Asks on the terminal; anything but yes is no. */
static gboolean
confirm (const char *question)
{
  char answer[16] = "";

  g_printerr ("%s ", question);
  if (fgets (answer, sizeof answer, stdin) == NULL)
    return FALSE;

  /* The question shows the letters to type, "[y/N]", untranslated like them. */
  g_strstrip (answer);
  return g_ascii_strcasecmp (answer, "y") == 0 || g_ascii_strcasecmp (answer, "yes") == 0;
}

/* The database's key, for restoring: the passphrase given, or the keyring's key. */
static TandemStoreKey *
restore_key (const char  *path,
             GError     **error)
{
  TandemStoreKey *key = NULL;

  if (!read_passphrase_option (passphrase_fd, passphrase_file, &key, error))
    return NULL;
  if (key != NULL)
    return key;

  key = tandem_keyring_lookup_sync (path, TANDEM_KEYRING_SLOT_CURRENT, NULL, error);
  if (key == NULL && (error == NULL || *error == NULL))
    g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_KEY,
                         _("Your keyring has no key for this database. Give its passphrase "
                           "with --passphrase-fd or --passphrase-file."));
  return key;
}

/* Runs without an open store: the database may be too damaged to open, which is when a
 * backup is needed most. */
static int
restore_command (TandemStore  *unused,
                 int           argc,
                 char        **argv)
{
  gboolean yes = FALSE;
  int backup_fd = -1;
  g_autofree char *backup_file = NULL;
  const GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Restore without asking"), NULL },
    { "backup-passphrase-fd", 0, 0, G_OPTION_ARG_INT, &backup_fd,
      N_("Read the backup with the passphrase from file descriptor FD, for a backup made "
         "before the database's key changed"), N_("FD") },
    { "backup-passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &backup_file,
      N_("Read the backup with the passphrase from FILE"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (_("FILE"), _("Replace the database with the backup FILE. The database "
                                  "is kept beside it, with .before-restore added to its name."),
                     entries);
  g_autoptr(TandemStoreKey) key = NULL;
  g_autoptr(TandemStoreKey) backup_key = NULL;
  g_autoptr(TandemBackupInfo) info = NULL;
  g_autoptr(TandemStore) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!parse_command (context, &argc, &argv))
    return 2;
  if (argc != 2)
    return fail ("%s", _("Give the backup file to restore.")) + 1;

  path = database_path ? g_canonicalize_filename (database_path, NULL)
                       : tandem_store_dup_default_path ();
  key = restore_key (path, &error);
  if (key == NULL)
    return fail ("%s: %s", path, error->message);
  if (!read_passphrase_option (backup_fd, backup_file, &backup_key, &error))
    return fail ("%s", error->message);
  if (backup_key == NULL)
    backup_key = tandem_store_key_ref (key);

  info = tandem_backup_inspect (argv[1], backup_key);
  if (info->problem != NULL)
    return fail ("%s: %s", argv[1], info->problem->message);
  print_backup_info (info);

  /* Replacing a database under a running Tandem would lose what it saves next. */
  if (tandem_store_in_use (path))
    return fail ("%s", _("Tandem or another program is using the database. Quit it on this "
                         "computer first, then restore."));

  if (!yes && !isatty (fileno (stdin)))
    return fail ("%s", _("Add --yes to restore without being asked."));
  if (!yes && !confirm (_("Replace the database with this backup? [y/N]")))
    return fail ("%s", _("Nothing was restored."));

  restored = tandem_store_restore (path, argv[1], backup_key, key, TANDEM_STORE_VIEWER_SYSTEM,
                                   &error);
  if (restored == NULL)
    return fail ("%s", error->message);

  if (!json_output)
    g_print (_("Restored. The database it replaced is at %s.before-restore\n"), path);
  return 0;
}

static int
audit_verify_command (TandemStore  *store,
                      int           argc,
                      char        **argv)
{
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("Check that no audit trail entry has been changed or removed."),
                     NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_entries = 0;

  if (!parse_command (context, &argc, &argv))
    return 2;

  if (!tandem_store_verify_audit (store, &problems, &n_entries, &error))
    return fail ("%s", error->message);

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (problems, i));

  if (problems->len > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "The audit trail has been tampered with: %u problem in %" G_GUINT64_FORMAT " entries\n",
                          "The audit trail has been tampered with: %u problems in %" G_GUINT64_FORMAT " entries\n",
                          problems->len),
             problems->len, n_entries);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "The audit trail is whole: %" G_GUINT64_FORMAT " entry checked\n",
                          "The audit trail is whole: %" G_GUINT64_FORMAT " entries checked\n",
                          (gulong) MIN (n_entries, G_MAXULONG)),
             n_entries);

  return problems->len == 0 ? 0 : 1;
}

static int
audit_list_command (TandemStore  *store,
                    int           argc,
                    char        **argv)
{
  gint64 person_id = 0;
  gint64 staff_id = 0;
  char *action = NULL;
  char *from = NULL;
  char *to = NULL;
  int limit = 0;
  gboolean csv_output = FALSE;
  const GOptionEntry entries[] = {
    { "person", 'p', 0, G_OPTION_ARG_INT64, &person_id, N_("Only entries about person ID"),
      N_("ID") },
    { "staff", 's', 0, G_OPTION_ARG_INT64, &staff_id, N_("Only entries by member of staff ID"),
      N_("ID") },
    { "action", 'a', 0, G_OPTION_ARG_STRING, &action,
      N_("Only one kind: create, change, delete, view, print, export, sign-in, sign-in-failed, "
         "erase, backup or restore"), N_("ACTION") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From DATE (YYYY-MM-DD)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("To DATE (YYYY-MM-DD)"), N_("DATE") },
    { "limit", 'l', 0, G_OPTION_ARG_INT, &limit, N_("Show at most N, the newest"), N_("N") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv_output, N_("Write CSV, as the app exports it"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    command_context (NULL, _("List audit trail entries, the newest first."), entries);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *action_nick = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  TandemAuditFilter filter = { 0, 0, -1, NULL, NULL };

  if (!parse_command (context, &argc, &argv))
    return 2;
  action_nick = action;
  from_text = from;
  to_text = to;

  if (action_nick != NULL)
    {
      filter.action = tandem_enum_from_nick (TANDEM_TYPE_AUDIT_ACTION, action_nick, -1);
      if (filter.action < 0)
        return fail (_("“%s” is not a kind of audit entry. See --help for the kinds."),
                     action_nick) + 1;
    }

  filter.person_id = person_id;
  filter.staff_id = staff_id;
  filter.from = from_text;
  filter.to = to_text;
  found = tandem_store_list_audit (store, &filter, (guint) MAX (limit, 0), &error);
  if (found == NULL)
    return fail ("%s", error->message);

  if (json_output)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < found->len; i++)
        {
          TandemAuditEntry *entry = g_ptr_array_index (found, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, tandem_audit_entry_get_id (entry));
          json_builder_set_member_name (builder, "at");
          json_builder_add_string_value (builder, tandem_audit_entry_get_at (entry));
          json_builder_set_member_name (builder, "staff_id");
          json_builder_add_int_value (builder, tandem_audit_entry_get_staff_id (entry));
          json_builder_set_member_name (builder, "action");
          json_builder_add_string_value (builder,
                                         tandem_enum_to_nick (TANDEM_TYPE_AUDIT_ACTION,
                                                              tandem_audit_entry_get_action (entry)));
          json_builder_set_member_name (builder, "record_type");
          json_builder_add_string_value (builder, tandem_audit_entry_get_record_type (entry));
          json_builder_set_member_name (builder, "record_id");
          json_builder_add_int_value (builder, tandem_audit_entry_get_record_id (entry));
          json_builder_set_member_name (builder, "person_id");
          json_builder_add_int_value (builder, tandem_audit_entry_get_person_id (entry));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      print_json (json_builder_get_root (builder));
      return 0;
    }

  csv = g_string_new (NULL);
  if (csv_output)
    tandem_audit_append_csv_header (csv);

  for (guint i = 0; i < found->len; i++)
    {
      TandemAuditEntry *entry = g_ptr_array_index (found, i);
      g_autofree char *who = NULL;
      g_autofree char *record = NULL;
      g_autofree char *person = NULL;

      if (csv_output)
        {
          tandem_audit_entry_append_csv (entry, csv);
          continue;
        }

      who = tandem_audit_entry_describe_who (entry);
      record = tandem_audit_entry_describe_record (entry);
      person = tandem_audit_entry_describe_person (entry);
      g_string_append_printf (csv, "%-6" G_GINT64_FORMAT " %s  %-18s %-16s %-24s %s\n",
                              tandem_audit_entry_get_id (entry),
                              tandem_audit_entry_get_at (entry), who,
                              tandem_audit_action_get_label (tandem_audit_entry_get_action (entry)),
                              record, person);
    }

  fputs (csv->str, stdout);
  return 0;
}

static const struct {
  const char  *words;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "example-data", example_data_command, N_("Add a fictional caseload (--people N)") },
  { "people search", people_search_command, N_("Find people by name, NHS number or postcode") },
  { "people show", people_show_command, N_("Show one person with referrals and contacts") },
  { "plan show", plan_show_command, N_("Show a person's plan (--version N)") },
  { "plan export", plan_export_command, N_("Print a person's plan as a PDF (--output FILE)") },
  { "plans export", plans_export_command, N_("Print many plans as PDFs (--due, --combined)") },
  { "measures list", measures_list_command, N_("List a person's outcome measures") },
  { "directory import", directory_import_command,
    N_("Import an Open Referral UK file or folder") },
  { "directory export", directory_export_command,
    N_("Export the directory (--format oruk-json|csv)") },
  { "directory search", directory_search_command, N_("Find assets in the directory") },
  { "directory stale", directory_stale_command, N_("List assets not verified lately (--months N)") },
  { "huddle list", huddle_list_command, N_("List MDT huddles, the newest first") },
  { "huddle minutes", huddle_minutes_command,
    N_("Print a huddle's minutes as a PDF (--output FILE)") },
  { "subject-access", subject_access_command,
    N_("Export everything held about a person as PDF and JSON (--output DIR)") },
  { "supervision due", supervision_due_command,
    N_("List staff overdue or due for supervision (--days N)") },
  { "check", check_command, N_("Check integrity, links, schema version and audit trail") },
  { "backup", backup_command, N_("Back up the database into a folder (--automatic, --keep N)") },
  { "restore", restore_command, N_("Replace the database with a backup (--yes)") },
  { "audit verify", audit_verify_command,
    N_("Check that no audit trail entry was changed or removed") },
  { "audit list", audit_list_command,
    N_("List audit trail entries (--person, --staff, --action, --csv)") },
  { "rekey", rekey_command,
    N_("Encrypt with a new key (--new-passphrase-fd FD, --new-passphrase-file FILE)") },
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-18s %s", commands[i].words, _(commands[i].summary));

  return g_string_free (text, FALSE);
}

/* Finds the command named by the first one or two words of @argv. */
static guint
find_command (int    argc,
              char **argv,
              guint *n_words)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(GStrv) words = g_strsplit (commands[i].words, " ", -1);
      guint n = g_strv_length (words);
      gboolean match = (guint) argc >= n;

      for (guint w = 0; match && w < n; w++)
        match = g_str_equal (argv[w], words[w]);

      if (match)
        {
          *n_words = n;
          return i;
        }
    }

  return G_MAXUINT;
}

/* Encrypting a database from before encryption can take a while. */
static void
print_progress (double   fraction,
                gpointer user_data)
{
  g_printerr (_("\rEncrypting the database… %3.0f%%"), fraction * 100);
  if (fraction >= 1.0)
    g_printerr ("\n");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemStoreKey) passphrase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  guint n_words = 0;
  guint command;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  description = describe_commands ();
  context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_option_context_set_summary (context, _("Work with a Tandem database from the command line."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, shared_entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  /* Stop at the command: what follows is the command's to parse. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail ("%s", error->message) + 1;

  command = find_command (argc - 1, argv + 1, &n_words);
  if (command == G_MAXUINT)
    {
      if (argc > 1)
        fail (_("Unknown command “%s”"), argv[1]);
      g_printerr ("%s\n", description);
      return 2;
    }

  /* The command sees its own name as argv[0], like a program of its own, and its --help
   * says so. */
  name = g_strdup_printf ("tandem-cli %s", commands[command].words);
  argv[n_words] = name;
  g_set_prgname (name);

  if (commands[command].func == restore_command)
    return restore_command (NULL, argc - n_words, argv + n_words);

  if (!read_passphrase_option (passphrase_fd, passphrase_file, &passphrase, &error))
    return fail ("%s", error->message);

  path = database_path ? g_canonicalize_filename (database_path, NULL)
                       : tandem_store_dup_default_path ();
  store = tandem_store_open_encrypted (path, passphrase, print_progress, NULL, NULL, &error);
  if (store == NULL && passphrase == NULL &&
      (error->domain == TANDEM_KEYRING_ERROR ||
       g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NO_KEY)))
    return fail ("%s: %s\n%s", path, error->message,
                 _("To use a passphrase instead, give --passphrase-fd or --passphrase-file."));
  if (store == NULL)
    return fail ("%s: %s", path, error->message);

  /* The tool reads for whoever holds the database key, who could read the whole file anyway:
   * every person, whatever the caseload scope, but no supervision record, since it is
   * nobody's supervisor. The app's staff see what the access rules give each of them. */
  tandem_store_set_viewer (store, TANDEM_STORE_VIEWER_SYSTEM);

  return commands[command].func (store, argc - n_words, argv + n_words);
}
