/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-example-data"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-measure.h"
#include "tandem-nhs-number.h"

/* A fictional caseload for trying Tandem out and for benchmarks: everyone here is made up.
 * NHS numbers come from the 999 range reserved for testing, phone numbers from Ofcom's range
 * for drama, email addresses from example.org, and postcodes from an area (RV) that does not
 * exist. Names and languages reflect a diverse English town, with the apostrophes, hyphens
 * and diacritics real records have. The same seed always gives the same caseload. */

typedef struct
{
  const char *given;
  TandemSex   sex;
} GivenName;

typedef struct
{
  const GivenName *given;
  guint            n_given;
  const char     **family;
  guint            n_family;
  const char     **languages;   /* BCP 47 tags people of this background might prefer */
  guint            n_languages;
  guint            weight;      /* share of the caseload, out of the total of weights */
} Background;

static const GivenName british_given[] = {
  { "Margaret", TANDEM_SEX_FEMALE }, { "Susan", TANDEM_SEX_FEMALE }, { "Jean", TANDEM_SEX_FEMALE },
  { "Patricia", TANDEM_SEX_FEMALE }, { "Siobhán", TANDEM_SEX_FEMALE }, { "Chloë", TANDEM_SEX_FEMALE },
  { "Emma", TANDEM_SEX_FEMALE }, { "Rhiannon", TANDEM_SEX_FEMALE }, { "Zoë", TANDEM_SEX_FEMALE },
  { "Kathleen", TANDEM_SEX_FEMALE }, { "Joan", TANDEM_SEX_FEMALE }, { "Lucy", TANDEM_SEX_FEMALE },
  { "John", TANDEM_SEX_MALE }, { "David", TANDEM_SEX_MALE }, { "Robert", TANDEM_SEX_MALE },
  { "Peter", TANDEM_SEX_MALE }, { "Gareth", TANDEM_SEX_MALE }, { "Seán", TANDEM_SEX_MALE },
  { "Michael", TANDEM_SEX_MALE }, { "Alan", TANDEM_SEX_MALE }, { "Callum", TANDEM_SEX_MALE },
  { "Dylan", TANDEM_SEX_MALE }, { "Keith", TANDEM_SEX_MALE }, { "Liam", TANDEM_SEX_MALE },
};
static const char *british_family[] = {
  "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts",
  "O'Neill", "O'Brien", "McDonald", "MacLeod", "Smith-Jones", "Hughes", "Walker", "Wright",
  "Robinson", "Thompson", "Hall", "Green", "Clarke", "Ap Rhys", "D'Arcy", "Fitzgerald",
};
static const char *british_languages[] = { "en" };

static const GivenName polish_given[] = {
  { "Agnieszka", TANDEM_SEX_FEMALE }, { "Małgorzata", TANDEM_SEX_FEMALE },
  { "Katarzyna", TANDEM_SEX_FEMALE }, { "Zofia", TANDEM_SEX_FEMALE }, { "Łucja", TANDEM_SEX_FEMALE },
  { "Łukasz", TANDEM_SEX_MALE }, { "Paweł", TANDEM_SEX_MALE }, { "Krzysztof", TANDEM_SEX_MALE },
  { "Wojciech", TANDEM_SEX_MALE }, { "Tomasz", TANDEM_SEX_MALE },
};
static const char *polish_family[] = {
  "Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
  "Szymańska", "Woźniak", "Dąbrowski",
};
static const char *polish_languages[] = { "pl", "pl", "en" };

static const GivenName romanian_given[] = {
  { "Ioana", TANDEM_SEX_FEMALE }, { "Mihaela", TANDEM_SEX_FEMALE }, { "Ștefania", TANDEM_SEX_FEMALE },
  { "Andrei", TANDEM_SEX_MALE }, { "Ștefan", TANDEM_SEX_MALE }, { "Constantin", TANDEM_SEX_MALE },
};
static const char *romanian_family[] = {
  "Popescu", "Ionescu", "Țurcanu", "Constantinescu", "Dumitrașcu", "Stănescu",
};
static const char *romanian_languages[] = { "ro", "ro", "en" };

static const GivenName south_asian_given[] = {
  { "Ayesha", TANDEM_SEX_FEMALE }, { "Fatima", TANDEM_SEX_FEMALE }, { "Nasreen", TANDEM_SEX_FEMALE },
  { "Priya", TANDEM_SEX_FEMALE }, { "Harpreet", TANDEM_SEX_FEMALE }, { "Rukhsana", TANDEM_SEX_FEMALE },
  { "Shirin", TANDEM_SEX_FEMALE }, { "Mohammed", TANDEM_SEX_MALE }, { "Imran", TANDEM_SEX_MALE },
  { "Gurpreet", TANDEM_SEX_MALE }, { "Rajesh", TANDEM_SEX_MALE }, { "Abdul", TANDEM_SEX_MALE },
  { "Tariq", TANDEM_SEX_MALE }, { "Sanjay", TANDEM_SEX_MALE },
};
static const char *south_asian_family[] = {
  "Khan", "Begum", "Patel", "Kaur", "Singh", "Hussain", "Ahmed", "Rahman", "Chowdhury",
  "Mistry", "Akhtar", "Iqbal", "Shah", "Uddin",
};
static const char *south_asian_languages[] = {
  "ur", "pa-Guru", "pa-Arab", "bn", "gu", "en", "en", "hi",
};

static const GivenName arabic_given[] = {
  { "Amira", TANDEM_SEX_FEMALE }, { "Layla", TANDEM_SEX_FEMALE }, { "Huda", TANDEM_SEX_FEMALE },
  { "Omar", TANDEM_SEX_MALE }, { "Youssef", TANDEM_SEX_MALE }, { "Khalid", TANDEM_SEX_MALE },
};
static const char *arabic_family[] = { "Al-Sayed", "Haddad", "El-Amin", "Mansour", "Nasser" };
static const char *arabic_languages[] = { "ar", "ar", "en", "fa" };

static const GivenName other_given[] = {
  { "João", TANDEM_SEX_MALE }, { "Conceição", TANDEM_SEX_FEMALE }, { "Chinedu", TANDEM_SEX_MALE },
  { "Ngozi", TANDEM_SEX_FEMALE }, { "Hodan", TANDEM_SEX_FEMALE }, { "Abdirahman", TANDEM_SEX_MALE },
  { "Wei", TANDEM_SEX_MALE }, { "Mei", TANDEM_SEX_FEMALE }, { "Olena", TANDEM_SEX_FEMALE },
  { "Dmytro", TANDEM_SEX_MALE }, { "Giulia", TANDEM_SEX_FEMALE }, { "Marisol", TANDEM_SEX_FEMALE },
};
static const char *other_family[] = {
  "Gonçalves", "Okafor", "Adeyemi", "Warsame", "Mohamud", "Chen", "Wang", "Shevchenko",
  "Bianchi", "García", "Fernández", "N'Diaye",
};
static const char *other_languages[] = { "pt", "so", "zh-Hans", "uk", "it", "es", "en", "en" };

static const Background backgrounds[] = {
  { british_given, G_N_ELEMENTS (british_given), british_family, G_N_ELEMENTS (british_family),
    british_languages, G_N_ELEMENTS (british_languages), 64 },
  { polish_given, G_N_ELEMENTS (polish_given), polish_family, G_N_ELEMENTS (polish_family),
    polish_languages, G_N_ELEMENTS (polish_languages), 7 },
  { romanian_given, G_N_ELEMENTS (romanian_given), romanian_family, G_N_ELEMENTS (romanian_family),
    romanian_languages, G_N_ELEMENTS (romanian_languages), 4 },
  { south_asian_given, G_N_ELEMENTS (south_asian_given), south_asian_family,
    G_N_ELEMENTS (south_asian_family), south_asian_languages, G_N_ELEMENTS (south_asian_languages), 14 },
  { arabic_given, G_N_ELEMENTS (arabic_given), arabic_family, G_N_ELEMENTS (arabic_family),
    arabic_languages, G_N_ELEMENTS (arabic_languages), 4 },
  { other_given, G_N_ELEMENTS (other_given), other_family, G_N_ELEMENTS (other_family),
    other_languages, G_N_ELEMENTS (other_languages), 7 },
};

static const struct {
  const char *given;
  const char *preferred;
} nicknames[] = {
  { "Margaret", "Peggy" }, { "Patricia", "Pat" }, { "Robert", "Bob" }, { "Kathleen", "Kath" },
  { "Michael", "Mick" }, { "Katarzyna", "Kasia" }, { "Mohammed", "Mo" }, { "Małgorzata", "Gosia" },
};

static const char *streets[] = {
  "Mill Lane", "Church Street", "Station Road", "Victoria Terrace", "Canal Side", "Park View",
  "Orchard Close", "Queen's Road", "St Mary's Walk", "Weavers Court", "Riverside Drive",
  "Chapel Row", "Hillcrest Avenue", "The Green",
};

static const char *reasons[] = {
  "Lonely since her husband died last year; would like to meet people nearby.",
  "Rent arrears and a letter from the landlord; anxious about money.",
  "Low mood, wants to get more active but does not know where to start.",
  "Caring for his wife with dementia and exhausted; no break for months.",
  "Frequent GP appointments about low-level worries; wants someone to talk to.",
  "Recently moved here, speaks little English, unsure how services work.",
  "Type 2 diabetes, wants help with eating well and walking more.",
  "Lost job in the spring; struggling with benefits claim and motivation.",
  "Housing damp and mould affecting asthma; needs help with the council.",
  "Bereaved; wants to find a group to talk with others who have lost someone.",
  "Long COVID fatigue; wants support to pace activity and return to work.",
  "Several long-term conditions and many appointments; wants one plan that joins up.",
  "Isolated after a fall; nervous about going out alone.",
  "Debt on credit cards and catalogues; calls from collectors.",
  "Wants to volunteer to rebuild confidence after a period of depression.",
};

static const struct {
  TandemReferralSource source;
  const char          *name;
  const char          *role;
  const char          *organisation;
  guint                weight;
} referrers[] = {
  { TANDEM_SOURCE_GP, "Dr Anna Khan", "GP", "", 25 },
  { TANDEM_SOURCE_GP, "Dr Tom Hughes", "GP", "", 20 },
  { TANDEM_SOURCE_PRACTICE_NURSE, "Jo Barker", "Practice nurse", "", 10 },
  { TANDEM_SOURCE_PHARMACIST, "Ravi Mehta", "Clinical pharmacist", "", 5 },
  { TANDEM_SOURCE_SOCIAL_CARE, "Claire Dunn", "Social worker", "Adult social care", 10 },
  { TANDEM_SOURCE_HOSPITAL, "Ward 12 discharge team", "Discharge coordinator", "General hospital", 5 },
  { TANDEM_SOURCE_MENTAL_HEALTH, "Talking Therapies", "Psychological wellbeing practitioner", "NHS Talking Therapies", 5 },
  { TANDEM_SOURCE_VCSE, "Age Friendly Riverside", "Volunteer coordinator", "Age Friendly Riverside", 8 },
  { TANDEM_SOURCE_SELF, "", "", "", 10 },
  { TANDEM_SOURCE_FAMILY, "", "Daughter", "", 2 },
};

static const char *contact_notes[] = {
  "Talked through what matters most: getting out of the house twice a week.",
  "Went through the benefits letter together; booked a Citizens Advice appointment.",
  "Feeling brighter; has been to the walking group once.",
  "Did not want to talk long today; agreed to call again next week.",
  "Met at the café; discussed carers' support and a break.",
  "Phoned the housing officer together about the damp.",
  "Reviewed goals; confidence walking alone is up from 3 to 6.",
};

static const char *next_steps[] = {
  "Call next week to see how the group went.",
  "Send the leaflet about the carers' centre.",
  "Accompany to the first session on Tuesday.",
  "Review goals at the next meeting.",
  "Check whether the council has replied.",
  "",
};


/* Plans, in people's own words. Each need comes with the goals and actions that go with it. */
static const struct {
  const char *need;
  const char *goals[2];
  const char *actions[2][2];
} plan_needs[] = {
  { "I feel lonely most days and the evenings are long.",
    { "Meet new people nearby", "Have something to look forward to each week" },
    { { "Try the Tuesday walking group", "Ask about the lunch club at St Mary's" },
      { "Look at the library's events board together", "" } } },
  { "Money worries keep me awake at night.",
    { "Get on top of the rent arrears", "Stop the calls from collectors" },
    { { "Book a Citizens Advice appointment", "Open every letter with someone" },
      { "Ask the debt adviser to write to the creditors", "" } } },
  { "I want to be more active but don't know where to start.",
    { "Walk to the park and back without stopping", "Lose a stone by the summer" },
    { { "Walk ten minutes every day", "Join the chair-based exercise class" },
      { "Swap one takeaway a week for a home-cooked meal", "Go to the healthy eating course" } } },
  { "Caring for my wife leaves me no time for myself.",
    { "Have one afternoon a week to myself", "Know what help we can get" },
    { { "Ask the carers' centre about a sitting service", "Go to the carers' coffee morning" },
      { "Ask the council for a carer's assessment", "" } } },
  { "The damp in the flat makes my chest worse.",
    { "Get the mould sorted", "Fewer chest infections this winter" },
    { { "Report the damp to the council in writing", "Photograph the walls each week" },
      { "Book the flu jab at the practice", "" } } },
  { "Since the fall I'm nervous about going out alone.",
    { "Go to the shops on my own again", "Feel steady on my feet" },
    { { "Walk to the corner shop with my daughter, then alone", "" },
      { "Go to the strength and balance class", "Ask about a falls alarm" } } },
};

static const char *about_important[] = {
  "My grandchildren, my garden and my faith.",
  "Staying in my own home and keeping my independence.",
  "Getting back to work and being there for my kids.",
  "My dog Bella; she gets me out of the house.",
};

static const char *about_people[] = {
  "My daughter Sara, who phones every evening.",
  "My neighbour Pat, and my brother in Leeds.",
  "My wife; we have been married forty years.",
  "My friends from the mosque.",
};

static const char *about_communication[] = {
  "Please speak slowly and check I have understood.",
  "I prefer face to face; I don't like long phone calls.",
  "Text me first; I don't answer unknown numbers.",
  "I read better in my own language; my son can help on the phone.",
};

static const char *about_wellness[] = {
  "I feel best after being outdoors. Bad days are worse in winter.",
  "My breathing is worse when I'm stressed.",
  "I sleep badly when I'm worried about money.",
};

static const char *about_do_dont[] = {
  "Please do call before you visit. Please don't ring before ten.",
  "Please do tell me straight. Please don't talk over me.",
  "Please do remind me the day before. Please don't send lots of leaflets.",
};

static const char *about_support[] = {
  "Mornings are better for me; a text reminder the day before helps.",
  "Afternoons, after my wife's carer has been.",
  "Someone to come with me the first time I go somewhere new.",
};

static const char *about_worth_knowing[] = {
  "I used to be a nurse.",
  "I have hearing aids but don't always wear them.",
  "I'm left-handed and my writing is shaky.",
  "",
};

static const char *strengths[] = {
  "Good sense of humour. Knows the area well. Loves cooking for others.",
  "Determined, and keeps trying. Close family nearby.",
  "Practical and good with his hands. Used to run a football team.",
};

static const char *support_connected[] = {
  "Riverside Walking Group (Tuesdays, 10am). Citizens Advice Riverside.",
  "Carers' Centre sitting service. Age Friendly Riverside befriending.",
  "Strength and balance class at the leisure centre. Library coffee morning.",
};

static const char *contingency_triggers[] = {
  "Letters about money; anniversaries; being stuck indoors.",
  "Winter, and when my wife has a bad week.",
};

static const char *contingency_signs[] = {
  "Not answering the phone; staying in bed; not eating.",
  "Getting short-tempered and not sleeping.",
};

static const char *contingency_coping[] = {
  "A walk with the dog; calling my sister; listening to the radio.",
  "Gardening, and a cup of tea with a neighbour.",
};

static const char *contingency_actions[] = {
  "Ring the practice and ask for a call back from my coach.",
  "My daughter will come round and help me call the GP.",
};

static const char *contingency_contacts[] = {
  "Practice reception 01632 960100. Samaritans 116 123. My daughter Sara 07700 900123.",
  "NHS 111, option 2 for mental health. My brother Dev 07700 900456.",
};

static const char *pcn_practices[][3] = {
  { "Riverside Medical Centre", "Y90001", "RV1 2AB" },
  { "Canal Street Surgery", "Y90002", "RV2 4DF" },
  { "Hillview Health Centre", "Y90003", "RV3 6GH" },
  { "Parkside Family Practice", "Y90004", "RV4 8JL" },
};

static const struct {
  const char *name;
  TandemRole  role;
} pcn_staff[] = {
  { "Sam Patel", TANDEM_ROLE_LINK_WORKER },
  { "Bethan Morgan", TANDEM_ROLE_LINK_WORKER },
  { "Kofi Mensah", TANDEM_ROLE_HEALTH_COACH },
  { "Aisling Byrne", TANDEM_ROLE_CARE_COORDINATOR },
  { "Dawn Fletcher", TANDEM_ROLE_CHWW },
  { "Helen Okonjo", TANDEM_ROLE_SUPERVISOR },
};

/* Letters the inward part of a postcode may use. */
static const char postcode_letters[] = "ABDEFGHJLNPQRSTUWXYZ";

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

typedef struct
{
  TandemStore *store;
  GRand       *rand;
  GDate        today;
  GPtrArray   *practices;     /* TandemPractice, not retired */
  GPtrArray   *staff;         /* TandemStaff, not retired */
  guint32      next_nhs;      /* the next nine-digit stem to try */
} Generator;

static gboolean
chance (Generator *gen,
        guint      percent)
{
  return (guint) g_rand_int_range (gen->rand, 0, 100) < percent;
}

static char *
date_days_ago (Generator *gen,
               guint      days)
{
  GDate date = gen->today;

  g_date_subtract_days (&date, days);
  return tandem_date_to_iso (&date);
}

static gboolean
ensure_team (Generator  *gen,
             GError    **error)
{
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autofree char *pcn = NULL;
  g_autoptr(GError) local_error = NULL;

  pcn = tandem_store_dup_pcn_name (gen->store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (pcn == NULL && !tandem_store_set_pcn_name (gen->store, "Riverside Primary Care Network", error))
    return FALSE;

  practices = tandem_store_list_practices (gen->store, error);
  staff = tandem_store_list_staff (gen->store, error);
  if (practices == NULL || staff == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);

      if (!tandem_practice_get_retired (practice))
        g_ptr_array_add (gen->practices, g_steal_pointer (&practice));
    }

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (!tandem_staff_get_retired (member))
        g_ptr_array_add (gen->staff, g_steal_pointer (&member));
    }

  if (gen->practices->len == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (pcn_practices); i++)
        {
          g_autoptr(TandemPractice) practice = tandem_practice_new ();

          tandem_practice_set_name (practice, pcn_practices[i][0]);
          tandem_practice_set_ods_code (practice, pcn_practices[i][1]);
          tandem_practice_set_postcode (practice, pcn_practices[i][2]);
          if (!tandem_store_save_practice (gen->store, practice, error))
            return FALSE;
          g_ptr_array_add (gen->practices, g_steal_pointer (&practice));
        }
    }

  if (gen->staff->len == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (pcn_staff); i++)
        {
          g_autoptr(TandemStaff) member = tandem_staff_new ();

          tandem_staff_set_name (member, pcn_staff[i].name);
          tandem_staff_set_role (member, pcn_staff[i].role);
          if (!tandem_store_save_staff (gen->store, member, error))
            return FALSE;
          g_ptr_array_add (gen->staff, g_steal_pointer (&member));
        }
    }

  return TRUE;
}

/* The next test-range NHS number nobody in the store has yet. */
static char *
next_nhs_number (Generator  *gen,
                 GError    **error)
{
  while (gen->next_nhs <= 999999999)
    {
      g_autofree char *stem = g_strdup_printf ("%09u", gen->next_nhs++);
      g_autofree char *number = NULL;
      g_autoptr(TandemPerson) existing = NULL;
      g_autoptr(GError) local_error = NULL;
      int check = tandem_nhs_number_check_digit (stem);

      if (check == 10)
        continue;

      number = g_strdup_printf ("%s%d", stem, check);
      if (!tandem_nhs_number_is_valid (number))
        continue;

      existing = tandem_store_find_person_by_nhs_number (gen->store, number, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      if (existing == NULL)
        return g_steal_pointer (&number);
    }

  g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FAILED,
                       _("The range of test NHS numbers is used up"));
  return NULL;
}

static const Background *
pick_background (Generator *gen)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < G_N_ELEMENTS (backgrounds); i++)
    total += backgrounds[i].weight;

  roll = g_rand_int_range (gen->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (backgrounds); i++)
    {
      if (roll < backgrounds[i].weight)
        return &backgrounds[i];
      roll -= backgrounds[i].weight;
    }

  return &backgrounds[0];
}

static TandemPerson *
make_person (Generator  *gen,
             GError    **error)
{
  const Background *background = pick_background (gen);
  const GivenName *given = &background->given[g_rand_int_range (gen->rand, 0, background->n_given)];
  const char *family = background->family[g_rand_int_range (gen->rand, 0, background->n_family)];
  const char *language = background->languages[g_rand_int_range (gen->rand, 0,
                                                                  background->n_languages)];
  g_autoptr(TandemPerson) person = tandem_person_new ();
  g_autofree char *nhs_number = next_nhs_number (gen, error);
  g_autofree char *birth = NULL;
  g_autofree char *address = NULL;
  g_autofree char *postcode = NULL;
  g_autofree char *phone = NULL;
  TandemPractice *practice = g_ptr_array_index (gen->practices,
                                                g_rand_int_range (gen->rand, 0, gen->practices->len));
  /* Older people are referred more often: ages 18 to 95, weighted towards the later years. */
  guint age = 18 + (guint) (77 * g_rand_double (gen->rand) * (0.5 + 0.5 * g_rand_double (gen->rand)) + 0.5);

  if (nhs_number == NULL)
    return NULL;

  age = MIN (age, 95);
  birth = date_days_ago (gen, age * 365 + g_rand_int_range (gen->rand, 0, 365));
  address = g_strdup_printf ("%d %s\nRiverside", g_rand_int_range (gen->rand, 1, 180),
                             PICK (gen->rand, streets));
  postcode = g_strdup_printf ("RV%d %d%c%c", g_rand_int_range (gen->rand, 1, 10),
                              g_rand_int_range (gen->rand, 0, 10),
                              postcode_letters[g_rand_int_range (gen->rand, 0, sizeof postcode_letters - 1)],
                              postcode_letters[g_rand_int_range (gen->rand, 0, sizeof postcode_letters - 1)]);
  phone = g_strdup_printf ("07700 900%03d", g_rand_int_range (gen->rand, 0, 1000));

  tandem_person_set_nhs_number (person, nhs_number);
  tandem_person_set_given_name (person, given->given);
  tandem_person_set_family_name (person, family);
  tandem_person_set_sex (person, given->sex);
  tandem_person_set_date_of_birth (person, birth);
  tandem_person_set_address (person, address);
  tandem_person_set_postcode (person, postcode);
  tandem_person_set_phone (person, phone);
  tandem_person_set_practice_id (person, tandem_record_get_id (practice));
  tandem_person_set_language (person, language);
  tandem_person_set_interpreter_needed (person, !g_str_equal (language, "en") && chance (gen, 45));

  for (guint i = 0; i < G_N_ELEMENTS (nicknames); i++)
    if (g_str_equal (nicknames[i].given, given->given) && chance (gen, 50))
      tandem_person_set_preferred_name (person, nicknames[i].preferred);

  if (chance (gen, 25))
    {
      g_autofree char *email = g_strdup_printf ("person%u@example.org", gen->next_nhs);

      tandem_person_set_email (person, email);
    }

  if (age > 70 && chance (gen, 20))
    tandem_person_set_communication_needs (person, TANDEM_NEEDS_LARGE_PRINT);
  else if (chance (gen, 3))
    tandem_person_set_communication_needs (person, TANDEM_NEEDS_EASY_READ);
  else if (chance (gen, 1))
    tandem_person_set_communication_needs (person, TANDEM_NEEDS_BSL);

  tandem_person_set_is_carer (person, chance (gen, 10));
  tandem_person_set_has_carer (person, age > 75 && chance (gen, 25));

  if (chance (gen, 3))
    {
      tandem_person_set_safeguarding_concern (person, TRUE);
      tandem_person_set_risk_notes (person, "Safeguarding referral made by GP; see practice record.");
    }
  else if (chance (gen, 6))
    {
      tandem_person_set_risk_flags (person, chance (gen, 50) ? TANDEM_RISK_LONE_WORKING
                                                            : TANDEM_RISK_SELF_NEGLECT);
      tandem_person_set_risk_notes (person, "Visit in pairs or meet at the practice.");
    }

  return g_steal_pointer (&person);
}

static TandemStaff *
pick_staff (Generator  *gen,
            TandemRole  role)
{
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();

  for (guint i = 0; i < gen->staff->len; i++)
    if (tandem_staff_get_role (g_ptr_array_index (gen->staff, i)) == role)
      g_ptr_array_add (matching, g_ptr_array_index (gen->staff, i));

  if (matching->len == 0)
    return g_ptr_array_index (gen->staff, g_rand_int_range (gen->rand, 0, gen->staff->len));

  return g_ptr_array_index (matching, g_rand_int_range (gen->rand, 0, matching->len));
}

static TandemRole
pick_role (Generator *gen)
{
  guint roll = g_rand_int_range (gen->rand, 0, 100);

  if (roll < 60)
    return TANDEM_ROLE_LINK_WORKER;
  if (roll < 80)
    return TANDEM_ROLE_HEALTH_COACH;
  if (roll < 95)
    return TANDEM_ROLE_CARE_COORDINATOR;
  return TANDEM_ROLE_CHWW;
}

static guint
pick_referrer (Generator *gen)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < G_N_ELEMENTS (referrers); i++)
    total += referrers[i].weight;

  roll = g_rand_int_range (gen->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (referrers); i++)
    {
      if (roll < referrers[i].weight)
        return i;
      roll -= referrers[i].weight;
    }

  return 0;
}

/* Where an episode received @age days ago has got to. Recent ones are mostly still waiting;
 * older ones have mostly been taken up or ended. */
static TandemReferralStatus
pick_status (Generator *gen,
             guint      age)
{
  guint roll = g_rand_int_range (gen->rand, 0, 100);

  if (age < 10)
    return roll < 70 ? TANDEM_REFERRAL_RECEIVED : TANDEM_REFERRAL_CONTACTED;
  if (age < 30)
    return roll < 25 ? TANDEM_REFERRAL_RECEIVED
         : roll < 45 ? TANDEM_REFERRAL_CONTACTED
         : roll < 85 ? TANDEM_REFERRAL_ACTIVE
         : roll < 93 ? TANDEM_REFERRAL_DECLINED
         : TANDEM_REFERRAL_NO_RESPONSE;
  if (age < 150)
    return roll < 3 ? TANDEM_REFERRAL_CONTACTED
         : roll < 70 ? TANDEM_REFERRAL_ACTIVE
         : roll < 80 ? TANDEM_REFERRAL_CLOSED
         : roll < 90 ? TANDEM_REFERRAL_DECLINED
         : TANDEM_REFERRAL_NO_RESPONSE;
  return roll < 15 ? TANDEM_REFERRAL_ACTIVE
       : roll < 75 ? TANDEM_REFERRAL_CLOSED
       : roll < 88 ? TANDEM_REFERRAL_DECLINED
       : TANDEM_REFERRAL_NO_RESPONSE;
}

static gboolean
add_contacts (Generator       *gen,
              TandemReferral  *referral,
              guint            start_age,
              guint            end_age,
              GError         **error)
{
  guint n = 1 + g_rand_int_range (gen->rand, 0, 8);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemContact) contact = tandem_contact_new ();
      g_autofree char *date = NULL;
      guint span = start_age > end_age ? start_age - end_age : 0;
      guint age = start_age - (span * (i + 1)) / (n + 1);
      static const TandemContactMode modes[] = {
        TANDEM_CONTACT_PHONE, TANDEM_CONTACT_PHONE, TANDEM_CONTACT_FACE_TO_FACE,
        TANDEM_CONTACT_FACE_TO_FACE, TANDEM_CONTACT_HOME_VISIT, TANDEM_CONTACT_VIDEO,
        TANDEM_CONTACT_GROUP, TANDEM_CONTACT_MESSAGE,
      };

      date = date_days_ago (gen, age);
      tandem_contact_set_person_id (contact, tandem_referral_get_person_id (referral));
      tandem_contact_set_referral_id (contact, tandem_record_get_id (referral));
      tandem_contact_set_contact_date (contact, date);
      tandem_contact_set_mode (contact, PICK (gen->rand, modes));
      tandem_contact_set_duration_minutes (contact, 15 * g_rand_int_range (gen->rand, 1, 6));
      tandem_contact_set_staff_id (contact, tandem_referral_get_assigned_staff_id (referral));
      tandem_contact_set_note (contact, PICK (gen->rand, contact_notes));
      tandem_contact_set_next_step (contact, PICK (gen->rand, next_steps));

      if (!tandem_store_save_contact (gen->store, contact, error))
        return FALSE;
    }

  return TRUE;
}


/* Writes the plan's words, as a coach would with the person beside them. */
static void
fill_plan_version (Generator         *gen,
                   TandemPlanVersion *version)
{
  g_object_set (version,
                "about-important", PICK (gen->rand, about_important),
                "about-people", PICK (gen->rand, about_people),
                "about-communication", PICK (gen->rand, about_communication),
                "about-wellness", PICK (gen->rand, about_wellness),
                "about-do-dont", PICK (gen->rand, about_do_dont),
                "about-support", PICK (gen->rand, about_support),
                "about-worth-knowing", PICK (gen->rand, about_worth_knowing),
                "about-supported-by", chance (gen, 30) ? "My daughter helped me write this." : "",
                "strengths", PICK (gen->rand, strengths),
                "support", PICK (gen->rand, support_connected),
                "contingency-triggers", PICK (gen->rand, contingency_triggers),
                "contingency-warning-signs", PICK (gen->rand, contingency_signs),
                "contingency-coping", PICK (gen->rand, contingency_coping),
                "contingency-actions", PICK (gen->rand, contingency_actions),
                "contingency-contacts", PICK (gen->rand, contingency_contacts),
                NULL);
}

static gboolean
add_plan_goal (Generator       *gen,
               TandemPlanNeed  *need,
               guint            need_index,
               guint            goal_index,
               guint            age,
               GError         **error)
{
  g_autoptr(TandemPlanGoal) goal = tandem_plan_goal_new ();
  g_autofree char *target = NULL;
  GDate target_day = gen->today;

  g_date_add_days (&target_day, g_rand_int_range (gen->rand, 30, 180));
  target = tandem_date_to_iso (&target_day);

  tandem_plan_goal_set_need_id (goal, tandem_record_get_id (need));
  tandem_plan_goal_set_position (goal, goal_index);
  tandem_plan_goal_set_words (goal, plan_needs[need_index].goals[goal_index]);
  tandem_plan_goal_set_importance (goal, g_rand_int_range (gen->rand, 5, 11));
  tandem_plan_goal_set_status (goal, age > 60 && chance (gen, 30) ? TANDEM_GOAL_ACHIEVED
                                     : age > 14 ? TANDEM_GOAL_IN_PROGRESS
                                     : TANDEM_GOAL_NOT_STARTED);
  tandem_plan_goal_set_target_on (goal, target);

  if (!tandem_store_save_plan_item (gen->store, goal, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (plan_needs[need_index].actions[goal_index]); i++)
    {
      const char *what = plan_needs[need_index].actions[goal_index][i];
      g_autoptr(TandemPlanAction) action = NULL;
      g_autofree char *due = NULL;

      if (what[0] == '\0')
        continue;

      due = date_days_ago (gen, age / 2 - MIN (age / 2, 7 * i));
      action = tandem_plan_action_new ();
      tandem_plan_action_set_goal_id (action, tandem_record_get_id (goal));
      tandem_plan_action_set_position (action, i);
      tandem_plan_action_set_what (action, what);
      tandem_plan_action_set_who (action, chance (gen, 50) ? "Me" : "Me, with my coach");
      tandem_plan_action_set_due_on (action, due);
      tandem_plan_action_set_status (action, age > 30 && chance (gen, 50) ? TANDEM_ACTION_DONE
                                             : age > 7 ? TANDEM_ACTION_IN_PROGRESS
                                             : TANDEM_ACTION_PLANNED);
      tandem_plan_action_set_confidence (action, g_rand_int_range (gen->rand, 3, 10));

      if (!tandem_store_save_plan_item (gen->store, action, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_plan_needs (Generator          *gen,
                TandemPlanVersion  *version,
                guint               age,
                GError            **error)
{
  guint n_needs = g_rand_int_range (gen->rand, 1, 4);
  guint first = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (plan_needs));

  for (guint i = 0; i < n_needs; i++)
    {
      guint index = (first + i) % G_N_ELEMENTS (plan_needs);
      guint n_goals = g_rand_int_range (gen->rand, 1, 3);
      g_autoptr(TandemPlanNeed) need = tandem_plan_need_new ();

      tandem_plan_need_set_version_id (need, tandem_record_get_id (version));
      tandem_plan_need_set_position (need, i);
      tandem_plan_need_set_words (need, plan_needs[index].need);
      if (!tandem_store_save_plan_item (gen->store, need, error))
        return FALSE;

      for (guint j = 0; j < n_goals; j++)
        {
          if (!add_plan_goal (gen, need, index, j, age, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Agrees @version @age days ago, with its review twelve weeks on. */
static gboolean
agree_plan_version (Generator          *gen,
                    TandemPlanVersion  *version,
                    guint               age,
                    GError            **error)
{
  g_autofree char *agreed = date_days_ago (gen, age);
  g_autofree char *review = NULL;
  GDate review_day = gen->today;

  g_date_subtract_days (&review_day, age);
  g_date_add_days (&review_day, 84);
  review = tandem_date_to_iso (&review_day);

  if (chance (gen, 10))
    {
      tandem_plan_version_set_agreed_with (version, TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE);
      tandem_plan_version_set_representative_name (version, "Sara Ahmed");
      tandem_plan_version_set_representative_role (version, "Daughter, with lasting power of attorney");
    }
  tandem_plan_version_set_agreed_on (version, agreed);
  tandem_plan_version_set_agreed_how (version, chance (gen, 70) ? "Face to face" : "By phone");
  tandem_plan_version_set_agreed_by_staff_id (version,
                                              tandem_plan_version_get_prepared_by_staff_id (version));
  tandem_plan_version_set_review_on (version, review);

  return tandem_store_agree_plan (gen->store, version, &gen->today, error);
}

static gboolean
add_measure (Generator           *gen,
             TandemReferral      *referral,
             TandemMeasureKind    kind,
             TandemMeasureStage   stage,
             guint                age,
             int                  shift,
             GError             **error)
{
  const TandemMeasureInfo *info = tandem_measure_get_info (kind);
  g_autoptr(TandemMeasureResult) result = tandem_measure_result_new ();
  g_autofree double *answers = g_new (double, info->n_items);
  g_autofree char *text = NULL;
  g_autofree char *taken = date_days_ago (gen, age);

  /* Answers around the middle of the scale, moved by @shift steps in the better direction. */
  for (guint i = 0; i < info->n_items; i++)
    {
      double middle = (info->item_min + info->item_max) / 2;
      int direction = info->higher_is_better && !(kind == TANDEM_MEASURE_ONS4 && i == 3) ? 1 : -1;
      double value = middle + direction * shift + g_rand_int_range (gen->rand, -1, 2);

      answers[i] = CLAMP (round (value), info->item_min, info->item_max);
    }
  if (kind == TANDEM_MEASURE_PAM)
    answers[0] = CLAMP (45 + 4 * shift + g_rand_int_range (gen->rand, -30, 31) / 10.0, 0, 100);

  text = tandem_measure_format_answers (answers, info->n_items);
  tandem_measure_result_set_person_id (result, tandem_referral_get_person_id (referral));
  tandem_measure_result_set_kind (result, kind);
  tandem_measure_result_set_stage (result, stage);
  tandem_measure_result_set_taken_on (result, taken);
  tandem_measure_result_set_answers (result, text);
  tandem_measure_result_set_staff_id (result, tandem_referral_get_assigned_staff_id (referral));

  return tandem_store_save_measure_result (gen->store, result, error);
}

/* Baseline measures when the person was first seen, and a follow-up twelve weeks on, most
 * showing some improvement. */
static gboolean
add_measures (Generator       *gen,
              TandemReferral  *referral,
              guint            start_age,
              GError         **error)
{
  static const TandemMeasureKind kinds[] = {
    TANDEM_MEASURE_SWEMWBS, TANDEM_MEASURE_SWEMWBS, TANDEM_MEASURE_ONS4, TANDEM_MEASURE_PAM,
    TANDEM_MEASURE_WELLBEING_STAR,
  };
  TandemMeasureKind kind = PICK (gen->rand, kinds);

  if (!add_measure (gen, referral, kind, TANDEM_STAGE_BASELINE, start_age, -1, error))
    return FALSE;

  if (start_age < 84)
    return TRUE;

  return add_measure (gen, referral, kind, TANDEM_STAGE_FOLLOW_UP, start_age - 84,
                      g_rand_int_range (gen->rand, 0, 3), error);
}

/* A plan for someone being worked with: drafted at the first meeting, agreed a fortnight
 * later, and reviewed every twelve weeks since. Some reviews are due or overdue today. */
static gboolean
add_plan (Generator       *gen,
          TandemReferral  *referral,
          guint            start_age,
          GError         **error)
{
  g_autoptr(TandemPlanVersion) version = NULL;
  gint64 person_id = tandem_referral_get_person_id (referral);
  gint64 staff_id = tandem_referral_get_assigned_staff_id (referral);
  guint agreed_age;

  version = tandem_store_create_plan (gen->store, person_id, staff_id, error);
  if (version == NULL)
    return FALSE;

  fill_plan_version (gen, version);
  if (!tandem_store_save_plan_version (gen->store, version, error) ||
      !add_plan_needs (gen, version, start_age, error) ||
      !add_measures (gen, referral, start_age, error))
    return FALSE;

  /* Recent plans, and a few older ones, are still drafts. */
  if (start_age < 21 || chance (gen, 10))
    return TRUE;

  agreed_age = start_age - 14;
  if (!agree_plan_version (gen, version, agreed_age, error))
    return FALSE;

  /* Most reviews happen on time, within a week of their date; a few are missed and are now
   * overdue. */
  while (agreed_age > 84 + 7 && chance (gen, 85))
    {
      g_autoptr(TandemPlanVersion) review = NULL;

      review = tandem_store_start_plan_review (gen->store, person_id, staff_id, error);
      if (review == NULL)
        return FALSE;

      agreed_age -= 84 + g_rand_int_range (gen->rand, 0, 8);
      tandem_plan_version_set_strengths (review, PICK (gen->rand, strengths));
      if (!agree_plan_version (gen, review, agreed_age, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_referral (Generator     *gen,
              TandemPerson  *person,
              guint          age,
              gboolean       earlier,
              GError       **error)
{
  g_autoptr(TandemReferral) referral = tandem_referral_new ();
  g_autofree char *received = date_days_ago (gen, age);
  TandemReferralStatus status = earlier ? TANDEM_REFERRAL_CLOSED : pick_status (gen, age);
  guint referrer = pick_referrer (gen);
  TandemRole role = pick_role (gen);
  guint roll = g_rand_int_range (gen->rand, 0, 100);
  guint days_to_contact = g_rand_int_range (gen->rand, 1, 12);
  guint first_contact_age = age - MIN (age, days_to_contact);
  guint end_age = first_contact_age / 3;

  tandem_referral_set_person_id (referral, tandem_record_get_id (person));
  tandem_referral_set_received_on (referral, received);
  tandem_referral_set_source (referral, referrers[referrer].source);
  tandem_referral_set_method (referral, referrers[referrer].source == TANDEM_SOURCE_SELF
                                        ? TANDEM_METHOD_PHONE : TANDEM_METHOD_CLINICAL_SYSTEM);
  tandem_referral_set_referrer_name (referral, referrers[referrer].name);
  tandem_referral_set_referrer_role (referral, referrers[referrer].role);
  tandem_referral_set_referrer_organisation (referral, referrers[referrer].organisation);
  tandem_referral_set_reasons (referral, PICK (gen->rand, reasons));
  tandem_referral_set_for_role (referral, role);
  tandem_referral_set_priority (referral, roll < 8 ? TANDEM_PRIORITY_URGENT
                                          : roll < 28 ? TANDEM_PRIORITY_SOON
                                          : TANDEM_PRIORITY_ROUTINE);

  /* The waiting list is mostly not yet allocated to anyone. */
  if (status != TANDEM_REFERRAL_RECEIVED || chance (gen, 40))
    tandem_referral_set_assigned_staff_id (referral,
                                           tandem_record_get_id (pick_staff (gen, role)));

  if (status != TANDEM_REFERRAL_RECEIVED)
    {
      g_autofree char *contacted = date_days_ago (gen, first_contact_age);
      g_autofree char *ended = date_days_ago (gen, end_age);

      tandem_referral_change_status (referral, TANDEM_REFERRAL_CONTACTED, contacted);
      if (status == TANDEM_REFERRAL_ACTIVE || status == TANDEM_REFERRAL_CLOSED)
        tandem_referral_change_status (referral, TANDEM_REFERRAL_ACTIVE, contacted);
      if (status != TANDEM_REFERRAL_CONTACTED && status != TANDEM_REFERRAL_ACTIVE)
        tandem_referral_change_status (referral, status, ended);
      if (status == TANDEM_REFERRAL_CLOSED)
        tandem_referral_set_outcome_note (referral, "Goals met; attending groups independently.");
      else if (status == TANDEM_REFERRAL_DECLINED)
        tandem_referral_set_outcome_note (referral, "Did not feel it was the right time.");
    }

  if (!tandem_store_save_referral (gen->store, referral, error))
    return FALSE;

  if (status == TANDEM_REFERRAL_ACTIVE)
    return add_contacts (gen, referral, first_contact_age,
                         (guint) g_rand_int_range (gen->rand, 0, 50), error) &&
           (!chance (gen, 75) || add_plan (gen, referral, first_contact_age, error));
  if (status == TANDEM_REFERRAL_CLOSED)
    return add_contacts (gen, referral, first_contact_age, end_age, error);

  return TRUE;
}

static gboolean
add_one (Generator  *gen,
         GError    **error)
{
  g_autoptr(TandemPerson) person = make_person (gen, error);
  guint age = g_rand_int_range (gen->rand, 0, 400);
  g_autofree char *consent = NULL;

  if (person == NULL)
    return FALSE;

  consent = date_days_ago (gen, age);
  tandem_person_set_consent_to_record (person, chance (gen, 97));
  tandem_person_set_consent_to_record_date (person, tandem_person_get_consent_to_record (person)
                                                    ? consent : "");
  if (chance (gen, 85))
    {
      tandem_person_set_consent_to_share (person, TRUE);
      tandem_person_set_consent_to_share_date (person, consent);
      tandem_person_set_consent_to_share_with (person, "GP practice");
      tandem_person_set_consent_to_share_scope (person, "Referral outcome and plan summary");
    }

  if (!tandem_store_save_person (gen->store, person, error))
    return FALSE;

  /* Some people come back: an earlier, closed episode before the current one. */
  if (age > 60 && chance (gen, 18) &&
      !add_referral (gen, person, age + g_rand_int_range (gen->rand, 200, 500), TRUE, error))
    return FALSE;

  return add_referral (gen, person, age, FALSE, error);
}

/**
 * tandem_example_data_generate:
 * @store: where to add the people
 * @n_people: how many
 * @seed: the same seed gives the same people
 * @today: the day the caseload is made as of
 * @progress: (nullable): called now and then with how many people are done
 *
 * Adds fictional people with referral episodes, contacts, plans and outcome measures, in one
 * transaction: cancelled or failed, nothing is added. Sets up an example PCN, practices and staff when the store has
 * none.
 */
gboolean
tandem_example_data_generate (TandemStore         *store,
                              guint                n_people,
                              guint32              seed,
                              const GDate         *today,
                              TandemProgressFunc   progress,
                              gpointer             progress_data,
                              GCancellable        *cancellable,
                              GError             **error)
{
  Generator gen = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_date_valid (today), FALSE);

  gen.store = store;
  gen.rand = g_rand_new_with_seed (seed);
  gen.today = *today;
  gen.practices = g_ptr_array_new_with_free_func (g_object_unref);
  gen.staff = g_ptr_array_new_with_free_func (g_object_unref);
  gen.next_nhs = 999000000;

  if (!tandem_store_begin (store, error))
    ok = FALSE;

  ok = ok && ensure_team (&gen, error);

  for (guint i = 0; ok && i < n_people; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        ok = add_one (&gen, error);

      if (ok && progress != NULL && (i % 500 == 0 || i + 1 == n_people))
        progress (i + 1, n_people, progress_data);
    }

  if (ok)
    ok = tandem_store_commit (store, error);
  else
    tandem_store_rollback (store);

  g_rand_free (gen.rand);
  g_ptr_array_unref (gen.practices);
  g_ptr_array_unref (gen.staff);

  return ok;
}
