/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-example-data"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-example-data.h"
#include "tandem-measure.h"
#include "tandem-nhs-number.h"
#include "tandem-passphrase.h"

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

/* Where the example practices are: a fictional town ("Riverside", postcode area RV) laid on
 * an ordinary spot in the East Midlands so the map has real streets under it. RV1 is the
 * town centre, RV2 the canal side to the east, RV3 the hill to the north and RV4 the
 * estates to the south-west. */
static const struct {
  double latitude;
  double longitude;
} practice_places[] = {
  { 52.95200, -1.15000 },   /* Riverside Medical Centre, RV1 */
  { 52.94850, -1.12300 },   /* Canal Street Surgery, RV2 */
  { 52.97000, -1.15600 },   /* Hillview Health Centre, RV3 */
  { 52.93000, -1.18000 },   /* Parkside Family Practice, RV4 */
};

/* The example directory: what a PCN's link workers know of their town. Each asset sits near
 * one of the practices (by index), a few hundred metres east and north of it; its postcode
 * is that practice's district. Nothing for carers is near Parkside (RV4): the coverage view
 * shows that gap. */
typedef struct
{
  const char        *name;
  const char        *organisation;
  const char        *description;
  const char        *categories;
  TandemAssetType    type;
  guint              near;          /* index into pcn_practices */
  int                east;          /* metres from the practice */
  int                north;
  const char        *address;
  const char        *postcode;
  const char        *schedule;
  TandemAssetCost    cost;
  const char        *cost_note;
  const char        *eligibility;
  guint              minimum_age;
  guint              maximum_age;
  TandemAccessRoutes access;
  guint              accessibility; /* TandemAccessibility */
  const char        *languages;
  const char        *capacity;
  const char        *phone;
  TandemSuitability  suitability;
  const char        *suitability_note;
  int                verified_months;  /* months since last verified; -1 for never */
} ExampleAsset;

#define WHEELCHAIR_AND_TOILET (TANDEM_ACCESSIBLE_WHEELCHAIR | TANDEM_ACCESSIBLE_TOILET)

static const ExampleAsset example_assets[] = {
  { "Tuesday Walking Group", "Riverside Walkers",
    "A friendly, gentle hour's walk along the river path, finishing with tea at the café. "
    "Walk leaders are trained; nobody gets left behind.",
    "physical-activity,loneliness,green", TANDEM_ASSET_ASSOCIATION, 0, 250, -150,
    "Meet at the bandstand, Riverside Park", "RV1 3PQ", "tue 10:00-11:00 meet at the bandstand",
    TANDEM_COST_FREE, "", "Anyone who can walk for an hour at a gentle pace", 0, 0,
    TANDEM_ACCESS_DROP_IN | TANDEM_ACCESS_SELF_REFER, 0, "English", "", "01632 960201",
    TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Carers' Café", "Canalside Carers Network",
    "Tea, cake and a break for people looking after someone. Advice on carers' assessments "
    "and respite once a month.",
    "carers,loneliness,mental-wellbeing", TANDEM_ASSET_ASSOCIATION, 1, 300, 200,
    "The Wharf Community Room, 3 Lock Lane", "RV2 5LS",
    "wed 13:30-15:30\nsat 10:00-12:00 first Saturday of the month, with an adviser",
    TANDEM_COST_FREE, "", "Unpaid carers of any age", 0, 0,
    TANDEM_ACCESS_DROP_IN | TANDEM_ACCESS_SELF_REFER, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_HEARING_LOOP,
    "English, Polish", "", "01632 960202", TANDEM_SUITABILITY_GREEN, "", 1 },
  { "Money Matters Debt Advice", "Riverside Citizens Advice",
    "Free, confidential advice on debts, benefits, energy bills and budgeting, face to face "
    "or by phone. Help filling in forms.",
    "money,housing", TANDEM_ASSET_INSTITUTION, 0, -200, 120,
    "Advice Centre, 14 Market Street", "RV1 1MS", "mon 09:30-16:00\nthu 09:30-16:00\nfri 09:30-12:30",
    TANDEM_COST_FREE, "", "Adults living in Riverside", 18, 0,
    TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_REFERRAL | TANDEM_ACCESS_CALL_FIRST,
    WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_HEARING_LOOP, "English, Urdu, Punjabi",
    "Appointments within two weeks", "01632 960203", TANDEM_SUITABILITY_GREEN, "", 3 },
  { "Men's Shed", "Hillview Men's Shed CIO",
    "A workshop where men (and anyone who likes making things) meet to repair, build and "
    "chat. Tools and materials provided.",
    "loneliness,mental-wellbeing,older-people", TANDEM_ASSET_ASSOCIATION, 2, -300, 250,
    "Unit 4, Hill Top Yard", "RV3 7HT", "mon 10:00-15:00\nthu 10:00-15:00",
    TANDEM_COST_DONATION, "£2 towards tea and materials", "Adults; mostly older men", 18, 0,
    TANDEM_ACCESS_DROP_IN | TANDEM_ACCESS_SELF_REFER, TANDEM_ACCESSIBLE_PARKING, "English", "",
    "01632 960204", TANDEM_SUITABILITY_GREEN, "", 4 },
  { "Sakhi Women's Group", "Canal Side Women's Centre",
    "An Urdu-speaking women's group: conversation, cooking, crafts and visiting speakers on "
    "health and benefits. Children under 5 welcome.",
    "loneliness,faith,mental-wellbeing", TANDEM_ASSET_ASSOCIATION, 1, -250, -200,
    "Women's Centre, 22 Canal Street", "RV2 4CS", "thu 10:30-12:30",
    TANDEM_COST_FREE, "", "Women", 16, 0, TANDEM_ACCESS_DROP_IN | TANDEM_ACCESS_SELF_REFER,
    WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_QUIET_SPACE, "Urdu, Punjabi, English", "",
    "01632 960205", TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Grow Together Community Garden", "Parkside Growers",
    "Volunteer-run allotment garden: grow vegetables, learn about food, share a lunch made "
    "from what you picked.",
    "green,healthy-eating,employment", TANDEM_ASSET_PHYSICAL_SPACE, 3, 300, 350,
    "Parkside Allotments, off Elm Road", "RV4 8EA", "wed 10:00-14:00\nsat 10:00-13:00",
    TANDEM_COST_FREE, "", "", 0, 0, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_CALL_FIRST,
    TANDEM_ACCESSIBLE_PARKING, "English", "", "01632 960206", TANDEM_SUITABILITY_GREEN, "", 5 },
  { "Memory Café", "Riverside Dementia Friends",
    "A relaxed afternoon for people living with memory problems and the people who care for "
    "them: music, reminiscence and a cuppa.",
    "older-people,carers,loneliness", TANDEM_ASSET_ASSOCIATION, 0, 400, 500,
    "St Luke's Church Hall, Church Walk", "RV1 4CW", "fri 14:00-16:00",
    TANDEM_COST_DONATION, "Donations welcome", "People with dementia and their carers", 0, 0,
    TANDEM_ACCESS_DROP_IN, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_HEARING_LOOP, "English", "",
    "01632 960207", TANDEM_SUITABILITY_GREEN, "", 1 },
  { "Carers Support Hub", "Hillview Carers Trust",
    "One-to-one support for carers: carers' assessments, emergency plans, breaks and grants.",
    "carers,money", TANDEM_ASSET_INSTITUTION, 2, 200, -300,
    "Hillview Community Centre, Crest Road", "RV3 6CR", "mon 09:00-17:00\nwed 09:00-17:00",
    TANDEM_COST_FREE, "", "Unpaid carers", 0, 0,
    TANDEM_ACCESS_REFERRAL | TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_CALL_FIRST,
    WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_PARKING, "English", "About three weeks' wait",
    "01632 960208", TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Chair-Based Exercise", "Riverside Leisure Trust",
    "Seated exercise to music for strength and balance; good after a fall or for people who "
    "find standing classes hard.",
    "physical-activity,older-people", TANDEM_ASSET_INSTITUTION, 3, -200, 150,
    "Parkside Leisure Centre, Elm Road", "RV4 8LC", "tue 11:00-11:45\nfri 11:00-11:45",
    TANDEM_COST_PAID, "£3 a session, £1.50 with a concession", "", 0, 0,
    TANDEM_ACCESS_SELF_REFER, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_PARKING, "English", "",
    "01632 960209", TANDEM_SUITABILITY_GREEN, "", 3 },
  { "Talking Space Peer Support", "Mind in Riverside",
    "A peer support group for anyone feeling low or anxious, led by people with lived "
    "experience.",
    "mental-wellbeing,loneliness", TANDEM_ASSET_ASSOCIATION, 0, -350, -250,
    "Mind Centre, 5 Bridge Street", "RV1 2BS", "wed 18:00-19:30",
    TANDEM_COST_FREE, "", "Adults", 18, 0, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_CALL_FIRST,
    TANDEM_ACCESSIBLE_QUIET_SPACE, "English", "", "01632 960210", TANDEM_SUITABILITY_GREEN, "", 8 },
  { "Digital Drop-In", "Riverside Libraries",
    "Help with phones, tablets and getting online: the NHS App, online shopping, video calls "
    "with family.",
    "learning,older-people", TANDEM_ASSET_INSTITUTION, 0, 100, 50,
    "Central Library, Market Square", "RV1 1LB", "tue 14:00-16:00\nsat 10:00-12:00",
    TANDEM_COST_FREE, "", "", 0, 0, TANDEM_ACCESS_DROP_IN,
    WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_HEARING_LOOP, "English, Bengali", "",
    "01632 960211", TANDEM_SUITABILITY_GREEN, "", 1 },
  { "Bereavement Listening Service", "Riverside Hospice",
    "Trained volunteers listen, one to one, to anyone grieving a death, whenever it happened.",
    "bereavement,mental-wellbeing", TANDEM_ASSET_INSTITUTION, 2, 450, 100,
    "Riverside Hospice, Hill Road", "RV3 6HR", "mon 10:00-16:00\ntue 10:00-16:00\nthu 10:00-16:00",
    TANDEM_COST_FREE, "", "Adults bereaved by any death", 18, 0,
    TANDEM_ACCESS_REFERRAL | TANDEM_ACCESS_SELF_REFER, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_QUIET_SPACE,
    "English", "Four to six weeks' wait", "01632 960212", TANDEM_SUITABILITY_GREEN, "", 4 },
  { "Canal Boat Trips for Wellbeing", "Riverside Canal Trust",
    "Short trips on an adapted narrowboat, with volunteer crew; a calm way out of the house.",
    "green,mental-wellbeing,loneliness", TANDEM_ASSET_CULTURAL, 1, 500, -100,
    "Lock 7 Moorings, Towpath", "RV2 5TP", "thu 10:00-12:00\nsun 13:00-15:00",
    TANDEM_COST_DONATION, "Suggested donation £5", "", 0, 0, TANDEM_ACCESS_CALL_FIRST,
    TANDEM_ACCESSIBLE_WHEELCHAIR, "English", "Booking needed, 8 places", "01632 960213",
    TANDEM_SUITABILITY_AMBER, "Insurance renewal not yet seen; fine for accompanied trips", 5 },
  { "Community Larder", "Hillview Community Association",
    "Low-cost food club: £4 for a bag of groceries worth three times as much, with cooking "
    "tips and recipe cards.",
    "healthy-eating,money", TANDEM_ASSET_ECONOMIC, 2, -150, -250,
    "Hillview Community Centre, Crest Road", "RV3 6CR", "fri 12:00-14:00",
    TANDEM_COST_PAID, "£4 a visit", "Riverside residents", 0, 0, TANDEM_ACCESS_DROP_IN,
    WHEELCHAIR_AND_TOILET, "English, Polish", "", "01632 960214", TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Healthy Weight Cookery Course", "Riverside Public Health",
    "Six weekly sessions cooking simple, cheap meals, with a dietitian on hand.",
    "healthy-eating,learning", TANDEM_ASSET_INSTITUTION, 3, 150, -250,
    "Parkside Family Hub, Oak Avenue", "RV4 9FH", "mon 13:00-15:00 six-week course",
    TANDEM_COST_FREE, "", "Adults with a BMI over 30 or type 2 diabetes", 18, 0,
    TANDEM_ACCESS_REFERRAL, WHEELCHAIR_AND_TOILET, "English", "Next course starts in a month",
    "01632 960215", TANDEM_SUITABILITY_GREEN, "", 7 },
  { "Volunteer Centre", "Riverside CVS",
    "Find volunteering that suits you, with support for people building confidence to work.",
    "employment,learning", TANDEM_ASSET_INSTITUTION, 0, 150, -350,
    "12 Station Road", "RV1 2SR", "mon 10:00-16:00\nwed 10:00-16:00",
    TANDEM_COST_FREE, "", "", 16, 0, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_DROP_IN,
    WHEELCHAIR_AND_TOILET, "English", "", "01632 960216", TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Knit and Natter", "", "Bring your needles or borrow some; all abilities.",
    "arts,loneliness,older-people", TANDEM_ASSET_ASSOCIATION, 3, -100, -150,
    "Parkside Library, Oak Avenue", "RV4 9PL", "thu 14:00-16:00",
    TANDEM_COST_FREE, "", "", 0, 0, TANDEM_ACCESS_DROP_IN, WHEELCHAIR_AND_TOILET, "English", "",
    "", TANDEM_SUITABILITY_UNCHECKED, "", 11 },
  { "Community Choir", "Riverside Sings", "A choir for people who think they cannot sing. No "
    "auditions, no reading music.",
    "arts,mental-wellbeing,loneliness", TANDEM_ASSET_CULTURAL, 0, -450, 300,
    "United Reformed Church, High Street", "RV1 3HS", "mon 19:00-20:30",
    TANDEM_COST_PAID, "£3 a week, first month free", "", 0, 0, TANDEM_ACCESS_DROP_IN,
    TANDEM_ACCESSIBLE_WHEELCHAIR | TANDEM_ACCESSIBLE_HEARING_LOOP, "English", "",
    "01632 960218", TANDEM_SUITABILITY_GREEN, "", 6 },
  { "Domestic Abuse Support Line", "Riverside Women's Aid",
    "Confidential support, safety planning and refuge places for anyone experiencing domestic "
    "abuse.",
    "domestic-abuse,housing", TANDEM_ASSET_INSTITUTION, 0, 50, 200,
    "Address given on referral", "RV1", "mon 09:00-17:00\ntue 09:00-17:00\nwed 09:00-17:00\n"
    "thu 09:00-17:00\nfri 09:00-17:00",
    TANDEM_COST_FREE, "", "", 16, 0, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_REFERRAL, 0,
    "English, Urdu, Polish, Romanian", "", "01632 960219", TANDEM_SUITABILITY_GREEN, "", 1 },
  { "Recovery Café", "Turning Point Riverside",
    "A sober space for people in recovery from drugs or alcohol, and their families.",
    "substance-use,loneliness", TANDEM_ASSET_ASSOCIATION, 1, 100, 350,
    "The Old Boathouse, Canal Street", "RV2 4BH", "sat 11:00-15:00",
    TANDEM_COST_FREE, "", "Adults in recovery", 18, 0, TANDEM_ACCESS_DROP_IN, TANDEM_ACCESSIBLE_TOILET,
    "English", "", "01632 960220", TANDEM_SUITABILITY_AMBER,
    "New volunteers awaiting DBS checks; staff always present", 3 },
  { "Parkrun Riverside", "parkrun", "A free, timed 5 km walk, jog or run every Saturday "
    "morning. Walkers and volunteers welcome.",
    "physical-activity,green", TANDEM_ASSET_ASSOCIATION, 3, 450, 50,
    "Parkside Park, by the lake", "RV4 8PP", "sat 09:00-10:00",
    TANDEM_COST_FREE, "", "", 4, 0, TANDEM_ACCESS_SELF_REFER, TANDEM_ACCESSIBLE_PARKING,
    "English", "", "", TANDEM_SUITABILITY_GREEN, "", 9 },
  { "Over-60s Lunch Club", "Age UK Riverside",
    "A hot two-course lunch and company, with transport for people who cannot get there.",
    "older-people,loneliness,healthy-eating", TANDEM_ASSET_INSTITUTION, 2, 100, 400,
    "St Michael's Hall, Hill Road", "RV3 7SM", "tue 12:00-14:00\nthu 12:00-14:00",
    TANDEM_COST_PAID, "£5 including transport", "People over 60", 60, 0,
    TANDEM_ACCESS_CALL_FIRST | TANDEM_ACCESS_REFERRAL, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_PARKING,
    "English", "Waiting list for transport", "01632 960222", TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Young Carers Club", "Riverside Carers Centre",
    "Fun, breaks and someone to talk to for children who look after a family member.",
    "carers,families", TANDEM_ASSET_ASSOCIATION, 0, 450, 550,
    "Carers Centre, 40 North Street", "RV1 4NS", "wed 16:00-18:00 term time",
    TANDEM_COST_FREE, "", "Young carers aged 8 to 17", 8, 17, TANDEM_ACCESS_REFERRAL,
    WHEELCHAIR_AND_TOILET, "English", "", "01632 960223", TANDEM_SUITABILITY_GREEN, "", 4 },
  { "Stay and Play", "Parkside Family Hub",
    "Play sessions for under-fives with their parents or carers; health visitors drop in.",
    "families,loneliness", TANDEM_ASSET_INSTITUTION, 3, 50, -300,
    "Parkside Family Hub, Oak Avenue", "RV4 9FH", "mon 09:30-11:00\nfri 09:30-11:00",
    TANDEM_COST_FREE, "", "Children under 5 with an adult", 0, 5, TANDEM_ACCESS_DROP_IN,
    WHEELCHAIR_AND_TOILET, "English, Romanian", "", "01632 960224", TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Mosque Wellbeing Circle", "Canal Street Mosque",
    "A weekly circle on health, faith and family life, with tea; sisters' and brothers' "
    "sessions.",
    "faith,mental-wellbeing,loneliness", TANDEM_ASSET_CULTURAL, 1, -400, 100,
    "Canal Street Mosque, 60 Canal Street", "RV2 4MQ", "fri 14:30-16:00\nsun 11:00-12:30",
    TANDEM_COST_FREE, "", "", 0, 0, TANDEM_ACCESS_DROP_IN, TANDEM_ACCESSIBLE_WHEELCHAIR,
    "Urdu, Arabic, English", "", "01632 960225", TANDEM_SUITABILITY_UNCHECKED, "", -1 },
  { "Polish Community Club", "Riverside Polish Association",
    "Coffee, newspapers and help with letters and forms for Polish speakers.",
    "loneliness,faith,money", TANDEM_ASSET_ASSOCIATION, 1, 250, -350,
    "Polish Club, 8 Wharf Street", "RV2 5WS", "sat 10:00-13:00",
    TANDEM_COST_FREE, "", "", 0, 0, TANDEM_ACCESS_DROP_IN, 0, "Polish, English", "",
    "01632 960226", TANDEM_SUITABILITY_GREEN, "", 13 },
  { "Art for Wellbeing", "Riverside Arts Centre",
    "A ten-week painting course for people with anxiety or depression; materials included.",
    "arts,mental-wellbeing", TANDEM_ASSET_CULTURAL, 0, -150, 450,
    "Arts Centre, 2 Mill Lane", "RV1 3ML", "thu 13:30-15:30 ten-week course",
    TANDEM_COST_FREE, "", "Adults referred by a health professional or link worker", 18, 0,
    TANDEM_ACCESS_REFERRAL, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_QUIET_SPACE, "English",
    "Courses fill quickly", "01632 960227", TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Housing Options Drop-In", "Riverside Borough Council",
    "Advice if you are homeless, at risk of losing your home, or in poor housing.",
    "housing,money", TANDEM_ASSET_INSTITUTION, 0, 300, 100,
    "Civic Centre, Market Square", "RV1 1CC", "mon 09:00-12:00\nwed 09:00-12:00",
    TANDEM_COST_FREE, "", "", 16, 0, TANDEM_ACCESS_DROP_IN | TANDEM_ACCESS_CALL_FIRST,
    WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_HEARING_LOOP | TANDEM_ACCESSIBLE_BSL,
    "English", "", "01632 960228", TANDEM_SUITABILITY_GREEN, "", 16 },
  { "Tai Chi in the Park", "", "Gentle tai chi led by a volunteer; bring comfortable shoes.",
    "physical-activity,green,older-people", TANDEM_ASSET_INDIVIDUAL, 2, -400, -100,
    "Hillview Park, by the pavilion", "RV3 6HP", "sun 09:30-10:30",
    TANDEM_COST_DONATION, "", "", 0, 0, TANDEM_ACCESS_DROP_IN, 0, "English, Cantonese", "", "",
    TANDEM_SUITABILITY_UNCHECKED, "", -1 },
  { "Sunrise Healing Circle", "", "Crystal healing and 'energy work' promising to cure "
    "depression without medication.",
    "mental-wellbeing", TANDEM_ASSET_INDIVIDUAL, 1, 350, 450,
    "Flat 2, 19 Lock Lane", "RV2 5LL", "tue 19:00-21:00",
    TANDEM_COST_PAID, "£30 a session", "", 0, 0, TANDEM_ACCESS_CALL_FIRST, 0, "English", "",
    "01632 960230", TANDEM_SUITABILITY_RED,
    "Tells people to stop prescribed medication; no safeguarding policy or insurance", 2 },
  { "Riverside Swim Sessions", "Riverside Leisure Trust",
    "Quiet adult swims and aqua-fit; discounted with a GP or link worker referral.",
    "physical-activity", TANDEM_ASSET_INSTITUTION, 3, -450, 300,
    "Parkside Leisure Centre, Elm Road", "RV4 8LC", "mon 07:00-09:00\nwed 19:00-20:00\n"
    "sat 08:00-09:00",
    TANDEM_COST_PAID, "£2.50 with a referral card", "", 16, 0,
    TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_REFERRAL, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_PARKING,
    "English", "", "01632 960231", TANDEM_SUITABILITY_GREEN, "", 5 },
  { "Befriending Phone Calls", "Age UK Riverside",
    "A weekly friendly phone call from the same trained volunteer, for people who rarely get "
    "out.",
    "loneliness,older-people", TANDEM_ASSET_INSTITUTION, 2, 300, 200,
    "By phone", "RV3", "mon 10:00-16:00\ntue 10:00-16:00\nwed 10:00-16:00\nthu 10:00-16:00",
    TANDEM_COST_FREE, "", "People over 60 who live alone", 60, 0, TANDEM_ACCESS_REFERRAL, 0,
    "English, Gujarati", "About a month's wait for a volunteer", "01632 960232",
    TANDEM_SUITABILITY_GREEN, "", 3 },
  { "Dads' Football", "Riverside Community Sports",
    "Casual five-a-side for dads and male carers, with a chat about life after.",
    "physical-activity,families,mental-wellbeing", TANDEM_ASSET_ASSOCIATION, 1, -300, 450,
    "Canal Side Sports Hall", "RV2 4SH", "wed 19:30-20:30",
    TANDEM_COST_PAID, "£2", "Fathers and male carers", 18, 0, TANDEM_ACCESS_DROP_IN,
    TANDEM_ACCESSIBLE_TOILET, "English", "", "", TANDEM_SUITABILITY_AMBER,
    "Organiser's safeguarding training out of date", 8 },
  { "Bengali Elders' Group", "Riverside Bangladeshi Welfare Association",
    "Lunch, exercise and advice in Bengali and Sylheti for older people.",
    "older-people,loneliness,faith", TANDEM_ASSET_ASSOCIATION, 0, -300, -450,
    "Welfare Association Hall, 31 Bridge Street", "RV1 2WA", "tue 11:00-14:00\nfri 11:00-14:00",
    TANDEM_COST_PAID, "£2 for lunch", "People over 55", 55, 0, TANDEM_ACCESS_DROP_IN | TANDEM_ACCESS_CALL_FIRST,
    WHEELCHAIR_AND_TOILET, "Bengali, Sylheti, English", "", "01632 960234",
    TANDEM_SUITABILITY_GREEN, "", 2 },
  { "Employment Support Programme", "Riverside Works",
    "A named adviser, CV help and work trials for people out of work through ill health.",
    "employment,money,mental-wellbeing", TANDEM_ASSET_INSTITUTION, 3, 250, -100,
    "Parkside Enterprise Centre, Birch Way", "RV4 8BW", "mon 09:00-17:00\ntue 09:00-17:00\n"
    "wed 09:00-17:00\nthu 09:00-17:00",
    TANDEM_COST_FREE, "", "Adults out of work", 18, 66, TANDEM_ACCESS_REFERRAL | TANDEM_ACCESS_SELF_REFER,
    WHEELCHAIR_AND_TOILET, "English", "", "01632 960235", TANDEM_SUITABILITY_GREEN, "", 12 },
  { "Nature Volunteers", "Riverside Wildlife Trust",
    "Practical conservation outdoors: hedge laying, pond clearing, bird surveys. Tools and "
    "lunch provided.",
    "green,physical-activity,employment", TANDEM_ASSET_ASSOCIATION, 2, -500, 400,
    "Hill Wood car park", "RV3 7HW", "thu 10:00-15:00",
    TANDEM_COST_FREE, "", "", 16, 0, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_CALL_FIRST,
    TANDEM_ACCESSIBLE_PARKING, "English", "", "01632 960236", TANDEM_SUITABILITY_GREEN, "", 4 },
  { "Learn English Conversation Club", "Riverside Adult Learning",
    "Practise everyday English in a relaxed group; childcare on site.",
    "learning,loneliness", TANDEM_ASSET_INSTITUTION, 1, 150, -300,
    "Canal Side Learning Centre", "RV2 4LC", "mon 10:00-12:00\nwed 10:00-12:00",
    TANDEM_COST_FREE, "", "", 16, 0, TANDEM_ACCESS_DROP_IN, WHEELCHAIR_AND_TOILET,
    "English, Arabic, Farsi, Tigrinya", "", "01632 960237", TANDEM_SUITABILITY_GREEN, "", 7 },
  { "Falls Prevention Classes", "Riverside Community Health",
    "Twelve weeks of strength and balance exercise with a physiotherapist.",
    "physical-activity,older-people", TANDEM_ASSET_INSTITUTION, 2, 50, 150,
    "Hillview Health Centre", "RV3 6GH", "tue 14:00-15:00 twelve-week course",
    TANDEM_COST_FREE, "", "People over 65 who have fallen or fear falling", 65, 0,
    TANDEM_ACCESS_REFERRAL, WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_PARKING, "English",
    "Six weeks' wait", "01632 960238", TANDEM_SUITABILITY_GREEN, "", 1 },
  { "Repair Café", "Riverside Transition", "Bring broken things and fix them with volunteers; "
    "tea and cake while you wait.",
    "loneliness,learning", TANDEM_ASSET_ASSOCIATION, 3, -350, -350,
    "Parkside Community Hall, Ash Grove", "RV4 9AG", "sat 10:00-13:00 last Saturday of the month",
    TANDEM_COST_DONATION, "", "", 0, 0, TANDEM_ACCESS_DROP_IN, WHEELCHAIR_AND_TOILET, "English", "",
    "", TANDEM_SUITABILITY_UNCHECKED, "", 10 },
  { "Gambling Harms Support", "Riverside Recovery Partnership",
    "Counselling and peer support for people harmed by gambling, and their families.",
    "substance-use,money,mental-wellbeing", TANDEM_ASSET_INSTITUTION, 0, 200, 350,
    "Recovery Partnership, 9 Mill Lane", "RV1 3RP", "tue 17:00-19:00\nthu 10:00-16:00",
    TANDEM_COST_FREE, "", "", 18, 0, TANDEM_ACCESS_SELF_REFER | TANDEM_ACCESS_REFERRAL,
    WHEELCHAIR_AND_TOILET | TANDEM_ACCESSIBLE_QUIET_SPACE, "English", "", "01632 960240",
    TANDEM_SUITABILITY_GREEN, "", 3 },
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
  GPtrArray   *assets;        /* TandemAsset, active, to signpost people to */
  guint32      next_nhs;      /* the next nine-digit stem to try */
} Generator;

static gboolean
chance_of (GRand *rand,
           guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

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

/* Every example member of staff can sign in with TANDEM_EXAMPLE_PASSPHRASE. The supervisor,
 * the last of them, sets a passphrase first and so becomes the administrator, then sets the
 * others' passphrases. One hash serves them all: each costs a fraction of a second to make. */
static gboolean
set_example_passphrases (Generator  *gen,
                         GError    **error)
{
  TandemStaff *supervisor = g_ptr_array_index (gen->staff, gen->staff->len - 1);
  gint64 supervisor_id = tandem_record_get_id (supervisor);
  gint64 viewer = tandem_store_get_viewer (gen->store);
  g_autofree char *hash = tandem_passphrase_hash (TANDEM_EXAMPLE_PASSPHRASE, error);
  gboolean ok;

  if (hash == NULL ||
      !tandem_store_set_staff_passphrase_hash (gen->store, supervisor_id, hash, error))
    return FALSE;

  tandem_staff_set_administrator (supervisor, TRUE);
  tandem_staff_set_has_passphrase (supervisor, TRUE);

  tandem_store_set_viewer (gen->store, supervisor_id);
  ok = TRUE;
  for (guint i = 0; ok && i + 1 < gen->staff->len; i++)
    {
      TandemStaff *member = g_ptr_array_index (gen->staff, i);

      ok = tandem_store_set_staff_passphrase_hash (gen->store, tandem_record_get_id (member),
                                                   hash, error);
      tandem_staff_set_has_passphrase (member, ok);
    }
  tandem_store_set_viewer (gen->store, viewer);

  return ok;
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
          tandem_practice_set_has_coordinates (practice, TRUE);
          tandem_practice_set_latitude (practice, practice_places[i].latitude);
          tandem_practice_set_longitude (practice, practice_places[i].longitude);
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

      return set_example_passphrases (gen, error);
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


/* The directory */

#define METRES_PER_DEGREE 111320.0

/* A point @east and @north metres from a place: near enough flat over a town. */
static void
offset_place (double  latitude,
              double  longitude,
              double  east,
              double  north,
              double *out_latitude,
              double *out_longitude)
{
  *out_latitude = latitude + north / METRES_PER_DEGREE;
  *out_longitude = longitude + east / (METRES_PER_DEGREE * cos (latitude * G_PI / 180.0));
}

static char *
date_months_ago (const GDate *today,
                 guint        months)
{
  GDate date = *today;

  g_date_subtract_months (&date, months);
  return tandem_date_to_iso (&date);
}

/* The check a supervisor made: what they saw decides the colour. */
static void
set_example_check (TandemAsset       *asset,
                   TandemSuitability  suitability,
                   const char        *note,
                   const char        *checked_on)
{
  tandem_asset_set_suitability (asset, suitability);
  if (suitability == TANDEM_SUITABILITY_UNCHECKED)
    return;

  tandem_asset_set_safeguarding_policy_seen (asset, suitability != TANDEM_SUITABILITY_RED);
  tandem_asset_set_volunteer_checks (asset, suitability == TANDEM_SUITABILITY_GREEN);
  tandem_asset_set_insurance (asset, suitability == TANDEM_SUITABILITY_GREEN);
  tandem_asset_set_checked_by (asset, "Helen Okonjo");
  tandem_asset_set_checked_on (asset, checked_on);
  tandem_asset_set_suitability_note (asset, note);
}

static TandemAsset *
make_example_asset (Generator          *gen,
                    const ExampleAsset *spec)
{
  TandemAsset *asset = tandem_asset_new ();
  g_autofree char *verified = NULL;
  double latitude, longitude;

  offset_place (practice_places[spec->near].latitude, practice_places[spec->near].longitude,
                spec->east, spec->north, &latitude, &longitude);
  if (spec->verified_months >= 0)
    verified = date_months_ago (&gen->today, spec->verified_months);

  tandem_asset_set_name (asset, spec->name);
  tandem_asset_set_organisation (asset, spec->organisation);
  tandem_asset_set_description (asset, spec->description);
  tandem_asset_set_categories (asset, spec->categories);
  tandem_asset_set_asset_type (asset, spec->type);
  tandem_asset_set_address (asset, spec->address);
  tandem_asset_set_postcode (asset, spec->postcode);
  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, latitude);
  tandem_asset_set_longitude (asset, longitude);
  tandem_asset_set_schedule (asset, spec->schedule);
  tandem_asset_set_cost (asset, spec->cost);
  tandem_asset_set_cost_note (asset, spec->cost_note);
  tandem_asset_set_eligibility (asset, spec->eligibility);
  tandem_asset_set_minimum_age (asset, spec->minimum_age);
  tandem_asset_set_maximum_age (asset, spec->maximum_age);
  tandem_asset_set_access_routes (asset, spec->access);
  tandem_asset_set_accessibility (asset, spec->accessibility);
  tandem_asset_set_languages (asset, spec->languages);
  tandem_asset_set_capacity (asset, spec->capacity);
  tandem_asset_set_phone (asset, spec->phone);
  tandem_asset_set_verified_on (asset, verified ? verified : "");
  set_example_check (asset, spec->suitability, spec->suitability_note, verified ? verified : "");

  return asset;
}

/* The example directory, when the store has no assets yet; otherwise the assets it has, so
 * example people can be signposted to them. */
static gboolean
ensure_directory (Generator  *gen,
                  GError    **error)
{
  g_autoptr(GPtrArray) assets = tandem_store_list_assets (gen->store, error);

  if (assets == NULL)
    return FALSE;

  if (assets->len == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (example_assets); i++)
        {
          g_autoptr(TandemAsset) asset = make_example_asset (gen, &example_assets[i]);

          if (!tandem_store_save_asset (gen->store, asset, error))
            return FALSE;
          g_ptr_array_add (assets, g_steal_pointer (&asset));
        }
    }

  for (guint i = 0; i < assets->len; i++)
    {
      TandemAsset *asset = g_ptr_array_index (assets, i);

      if (tandem_asset_get_active (asset))
        g_ptr_array_add (gen->assets, g_object_ref (asset));
    }

  return TRUE;
}

static const char *signpost_reasons[] = {
  "Feels lonely since moving here; wants to meet people nearby.",
  "Wants to get more active after the heart scare.",
  "Struggling with bills and letters from the council.",
  "Caring for her husband and has no time for herself.",
  "Low mood; keen to try something creative.",
  "Would like to get out of the house once a week.",
};

static const char *outcome_notes[] = {
  "Went with her neighbour; says she will go again.",
  "Goes every week now and has made friends there.",
  "Did not feel well enough on the day.",
  "Decided it was not for him after reading the leaflet.",
  "",
};

/* Most people are sent to assets whose check is not red; now and then a link worker uses the
 * red one knowingly, with the override recorded. */
static TandemAsset *
pick_asset (Generator *gen,
            gboolean  *red)
{
  for (guint tries = 0; tries < 20; tries++)
    {
      TandemAsset *asset = g_ptr_array_index (gen->assets,
                                              g_rand_int_range (gen->rand, 0, gen->assets->len));

      *red = tandem_asset_get_suitability (asset) == TANDEM_SUITABILITY_RED;
      if (!*red || chance (gen, 5))
        return asset;
    }

  return NULL;
}

static TandemSignpostOutcome
pick_outcome (Generator *gen)
{
  guint roll = g_rand_int_range (gen->rand, 0, 100);

  return roll < 30 ? TANDEM_SIGNPOST_OUTCOME_ATTENDED
         : roll < 65 ? TANDEM_SIGNPOST_OUTCOME_STILL_ATTENDING
         : roll < 85 ? TANDEM_SIGNPOST_OUTCOME_DID_NOT_ATTEND
         : TANDEM_SIGNPOST_OUTCOME_DECLINED;
}

/* A signpost made @made_age days ago and followed up four weeks later: most outcomes are
 * recorded by then, a few are overdue, and those not yet due are pending. */
static gboolean
add_signpost (Generator       *gen,
              TandemReferral  *referral,
              guint            made_age,
              gboolean         ended,
              GError         **error)
{
  g_autoptr(TandemSignpost) signpost = NULL;
  g_autofree char *made_on = date_days_ago (gen, made_age);
  g_autofree char *follow_up_on = NULL;
  gboolean red = FALSE;
  TandemAsset *asset = pick_asset (gen, &red);
  guint roll = g_rand_int_range (gen->rand, 0, 100);
  GDate follow_up;

  if (asset == NULL)
    return TRUE;

  tandem_date_from_iso (made_on, &follow_up);
  g_date_add_days (&follow_up, 28);
  follow_up_on = tandem_date_to_iso (&follow_up);

  signpost = tandem_signpost_new ();
  tandem_signpost_set_person_id (signpost, tandem_referral_get_person_id (referral));
  tandem_signpost_set_asset_id (signpost, tandem_record_get_id (asset));
  tandem_signpost_set_asset_name (signpost, tandem_asset_get_name (asset));
  tandem_signpost_set_kind (signpost, chance (gen, 40) ? TANDEM_SIGNPOST_REFERRAL
                                                       : TANDEM_SIGNPOST_SIGNPOST);
  tandem_signpost_set_made_on (signpost, made_on);
  tandem_signpost_set_reason (signpost, PICK (gen->rand, signpost_reasons));
  tandem_signpost_set_handover (signpost, roll < 50 ? TANDEM_HANDOVER_INFORMATION
                                          : roll < 85 ? TANDEM_HANDOVER_WARM
                                          : TANDEM_HANDOVER_ACCOMPANIED);
  tandem_signpost_set_staff_id (signpost, tandem_referral_get_assigned_staff_id (referral));
  tandem_signpost_set_follow_up_on (signpost, follow_up_on);
  if (red)
    {
      tandem_signpost_set_red_override (signpost, TRUE);
      tandem_signpost_set_override_reason (signpost, "She had already booked and wanted "
                                           "someone to know; agreed to go with her sister and "
                                           "keep taking her tablets.");
    }

  if (made_age >= 28 && (ended || chance (gen, 80)))
    {
      guint late = g_rand_int_range (gen->rand, 0, 8);
      g_autofree char *outcome_on = NULL;

      /* Asked at the follow-up or within a week after it, never after today. */
      late = MIN (late, made_age - 28);
      outcome_on = date_days_ago (gen, made_age - 28 - late);

      tandem_signpost_set_outcome (signpost, pick_outcome (gen));
      tandem_signpost_set_outcome_on (signpost, outcome_on);
      tandem_signpost_set_outcome_note (signpost, PICK (gen->rand, outcome_notes));
    }

  return tandem_store_save_signpost (gen->store, signpost, error);
}

/* One or two signposts during an episode, from its first contact (@from_age days ago) to its
 * end (@to_age, 0 while it goes on). */
static gboolean
add_signposts (Generator       *gen,
               TandemReferral  *referral,
               guint            from_age,
               guint            to_age,
               GError         **error)
{
  guint n = g_rand_int_range (gen->rand, 1, 3);

  if (gen->assets->len == 0 || from_age <= to_age + 3)
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      guint made_age = g_rand_int_range (gen->rand, to_age + 1, from_age);

      if (!add_signpost (gen, referral, made_age, to_age > 0, error))
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
           (!chance (gen, 75) || add_plan (gen, referral, first_contact_age, error)) &&
           (!chance (gen, 60) || add_signposts (gen, referral, first_contact_age, 0, error));
  if (status == TANDEM_REFERRAL_CLOSED)
    return add_contacts (gen, referral, first_contact_age, end_age, error) &&
           (!chance (gen, 50) || add_signposts (gen, referral, first_contact_age, end_age,
                                                error));

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

/* Competence and CPD: each worker has two reviews some months apart, in which each
 * competency grows a step or two, and a handful of CPD activities over two years. Written as
 * the worker, who may record their own; a worker who already has reviews is left alone, so
 * loading the example twice adds nothing twice. */
static const char *review_evidence[] = {
  "Observed in two coaching sessions",
  "Case discussion in supervision",
  "Feedback from the people supported",
  "Reflective log entries",
  "Peer observation",
};

static const struct {
  const char *activity;
  double      hours;
  const char *learning;
  const char *competency_key;
} example_cpd[] = {
  { "Motivational interviewing workshop", 7, "Rolling with resistance; reflective listening.",
    "autonomy" },
  { "Personalised care e-learning (PCI)", 2.5, "The six components of personalised care.",
    "person-centred" },
  { "Shadowed the social prescribing lead", 3, "How a warm handover is agreed.",
    "action-planning" },
  { "Read: Health coaching, a guide for practitioners", 4, "Scaling questions.",
    "self-efficacy" },
  { "Group supervision on setbacks", 1.5, "Naming setbacks early keeps plans alive.",
    "setbacks" },
  { "Safeguarding adults level 2", 3, "Who to call and when.", NULL },
  { "Outcome measures refresher", 1, "Scoring WEMWBS and ONS4 consistently.",
    "self-monitoring" },
};

static gint64
find_competency_id (TandemCompetencyFramework *framework,
                    const char                *key)
{
  for (guint i = 0; key != NULL && i < tandem_competency_framework_get_n_competencies (framework); i++)
    {
      const TandemCompetency *competency = tandem_competency_framework_get_competency (framework, i);

      if (g_strcmp0 (competency->key, key) == 0)
        return competency->id;
    }

  return 0;
}

static gboolean
add_example_reviews (Generator                  *gen,
                     TandemCompetencyFramework  *framework,
                     gint64                      worker_id,
                     gint64                      reviewer_id,
                     GError                    **error)
{
  g_autoptr(TandemCompetencyReview) earlier = tandem_competency_review_new ();
  g_autoptr(TandemCompetencyReview) later = tandem_competency_review_new ();
  g_autofree char *earlier_on = date_days_ago (gen, g_rand_int_range (gen->rand, 200, 260));
  g_autofree char *later_on = date_days_ago (gen, g_rand_int_range (gen->rand, 20, 60));
  TandemCompetencyReview *reviews[] = { earlier, later };
  const char *days[] = { earlier_on, later_on };

  for (guint r = 0; r < G_N_ELEMENTS (reviews); r++)
    {
      tandem_competency_review_set_staff_id (reviews[r], worker_id);
      tandem_competency_review_set_reviewer_id (reviews[r], reviewer_id);
      tandem_competency_review_set_framework_id (reviews[r], tandem_record_get_id (framework));
      tandem_competency_review_set_reviewed_on (reviews[r], days[r]);
    }
  tandem_competency_review_set_note (earlier, "First review: a good start, building confidence.");
  tandem_competency_review_set_note (later, "Clear growth since the last review.");

  for (guint i = 0; i < tandem_competency_framework_get_n_competencies (framework); i++)
    {
      const TandemCompetency *competency = tandem_competency_framework_get_competency (framework, i);
      int first = g_rand_int_range (gen->rand, 1, 3);
      int growth = g_rand_int_range (gen->rand, 1, 3);

      tandem_competency_review_set_rating (earlier, competency->id, first,
                                           PICK (gen->rand, review_evidence), "");
      tandem_competency_review_set_rating (later, competency->id, MIN (first + growth, 5),
                                           PICK (gen->rand, review_evidence), "");
    }

  return tandem_store_save_competency_review (gen->store, earlier, error) &&
         tandem_store_save_competency_review (gen->store, later, error);
}

static gboolean
add_example_cpd (Generator                  *gen,
                 TandemCompetencyFramework  *framework,
                 gint64                      worker_id,
                 GError                    **error)
{
  guint n = g_rand_int_range (gen->rand, 4, 7);
  guint first = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (example_cpd));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemCpdEntry) entry = tandem_cpd_entry_new ();
      g_autofree char *done_on = date_days_ago (gen, 15 + i * 700 / n +
                                                     g_rand_int_range (gen->rand, 0, 40));
      guint pick = (first + i) % G_N_ELEMENTS (example_cpd);

      tandem_cpd_entry_set_staff_id (entry, worker_id);
      tandem_cpd_entry_set_done_on (entry, done_on);
      tandem_cpd_entry_set_activity (entry, example_cpd[pick].activity);
      tandem_cpd_entry_set_hours (entry, example_cpd[pick].hours);
      tandem_cpd_entry_set_learning (entry, example_cpd[pick].learning);
      tandem_cpd_entry_set_competency_id (entry,
                                          find_competency_id (framework,
                                                              example_cpd[pick].competency_key));
      if (!tandem_store_save_cpd_entry (gen->store, entry, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_worker_competence (Generator                  *gen,
                       TandemCompetencyFramework  *framework,
                       TandemStaff                *worker,
                       gint64                      reviewer_id,
                       GError                    **error)
{
  gint64 worker_id = tandem_record_get_id (worker);
  g_autoptr(GPtrArray) existing = NULL;

  tandem_store_set_viewer (gen->store, worker_id);
  existing = tandem_store_list_competency_reviews (gen->store, worker_id, error);
  if (existing == NULL)
    return FALSE;
  if (existing->len > 0)
    return TRUE;

  return add_example_reviews (gen, framework, worker_id, reviewer_id, error) &&
         add_example_cpd (gen, framework, worker_id, error);
}

static gboolean
add_competence_and_cpd (Generator  *gen,
                        GError    **error)
{
  g_autoptr(GPtrArray) frameworks = tandem_store_list_competency_frameworks (gen->store, error);
  TandemCompetencyFramework *framework = NULL;
  gint64 viewer = tandem_store_get_viewer (gen->store);
  gint64 reviewer_id = 0;
  gboolean ok = TRUE;

  if (frameworks == NULL)
    return FALSE;

  for (guint i = 0; i < frameworks->len; i++)
    {
      if (g_strcmp0 (tandem_competency_framework_get_key (g_ptr_array_index (frameworks, i)),
                     "somerset") == 0)
        framework = g_ptr_array_index (frameworks, i);
    }

  for (guint i = 0; i < gen->staff->len; i++)
    {
      if (tandem_staff_get_role (g_ptr_array_index (gen->staff, i)) == TANDEM_ROLE_SUPERVISOR)
        reviewer_id = tandem_record_get_id (g_ptr_array_index (gen->staff, i));
    }

  for (guint i = 0; ok && framework != NULL && i < gen->staff->len; i++)
    {
      TandemStaff *worker = g_ptr_array_index (gen->staff, i);

      if (tandem_staff_get_role (worker) != TANDEM_ROLE_SUPERVISOR)
        ok = add_worker_competence (gen, framework, worker, reviewer_id, error);
    }

  tandem_store_set_viewer (gen->store, viewer);
  return ok;
}

/* Supervision: the team's supervisor line-manages everyone else and leads their clinical and
 * coaching supervision, a few months of sessions with wellbeing checks, cases and actions,
 * and some supervision overdue. Each entry is one session of one kind for the staff at the
 * listed positions of pcn_staff, so the history reads the same on every run. */
static const struct {
  TandemSupervisionKind kind;
  guint                 days_ago;
  int                   members[3];   /* positions in pcn_staff; -1 ends */
  gboolean              led;          /* by the supervisor; peer sessions are not */
  int                   coping;
  const char           *note;
  const char           *wellbeing;
  const char           *action;
} example_sessions[] = {
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 100, { 0, -1 }, TRUE, 4,
    "Settling into the new referral pathway. Agreed caseload cap of 45.", "", NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 70, { 0, -1 }, TRUE, 3,
    "Caseload at 48: two long-term cases to close or hand over.", "Tired after cover weeks",
    "Close or hand over two long-term cases" },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 40, { 0, -1 }, TRUE, 4, "Back under the cap.", "", NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 10, { 0, -1 }, TRUE, 4,
    "Appraisal objectives drafted.", "", "Send appraisal objectives" },
  { TANDEM_SUPERVISION_CLINICAL, 80, { 0, -1 }, TRUE, 3,
    "Reflected on a person disclosing financial abuse.", "", NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 120, { 1, -1 }, TRUE, 3,
    "Started two new groups at the library.", "", NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 85, { 1, -1 }, TRUE, 2,
    "Lone working at evening groups discussed.", "Worried about a hostile contact",
    "Read the lone working policy" },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 50, { 1, -1 }, TRUE, 3,
    "Follow-up on lone working: buddy system agreed.", "", NULL },
  { TANDEM_SUPERVISION_CLINICAL, 140, { 1, -1 }, TRUE, 3,
    "Boundaries with a person who calls daily.", "", NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 95, { 2, -1 }, TRUE, 4, "Goals for coaching hours.", "",
    NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 65, { 2, -1 }, TRUE, 4, "Training budget agreed.", "",
    "Book motivational interviewing refresher" },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 35, { 2, -1 }, TRUE, 3, "Rota for the summer.", "", NULL },
  { TANDEM_SUPERVISION_COACHING, 60, { 2, -1 }, TRUE, 4,
    "Recorded session reviewed: strong reflective listening.", "", NULL },
  { TANDEM_SUPERVISION_COACHING, 28, { 2, -1 }, TRUE, 4,
    "Working with ambivalence about stopping smoking.", "", NULL },
  { TANDEM_SUPERVISION_CLINICAL, 60, { 2, -1 }, TRUE, 4, "Pain management referrals.", "",
    NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 25, { 3, -1 }, TRUE, 5, "Care home rounds going well.",
    "", NULL },
  { TANDEM_SUPERVISION_CLINICAL, 30, { 3, -1 }, TRUE, 4,
    "Carers' assessments: when to refer on.", "", NULL },
  { TANDEM_SUPERVISION_LINE_MANAGEMENT, 45, { 4, -1 }, TRUE, 2,
    "Door-knocking in the new estate.", "Feels isolated working alone in the community",
    "Pair up for estate visits" },
  { TANDEM_SUPERVISION_GROUP, 20, { 0, 1, 2 }, TRUE, 0,
    "Case discussion: loneliness after bereavement.", "", NULL },
  { TANDEM_SUPERVISION_PEER, 15, { 0, 4, -1 }, FALSE, 0,
    "Shared what works for people who miss appointments.", "", NULL },
};

static TandemStaff *
find_example_staff (Generator *gen,
                    int        position)
{
  for (guint i = 0; i < gen->staff->len; i++)
    if (g_str_equal (tandem_staff_get_name (g_ptr_array_index (gen->staff, i)),
                     pcn_staff[position].name))
      return g_ptr_array_index (gen->staff, i);

  return NULL;
}

static gboolean
assign_example_supervisor (Generator    *gen,
                           TandemStaff  *supervisor,
                           GError      **error)
{
  gint64 supervisor_id = tandem_record_get_id (supervisor);
  gint64 viewer = tandem_store_get_viewer (gen->store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok = TRUE;

  /* Only a supervisor says who supervises whom: the example's does. */
  tandem_store_set_viewer (gen->store, supervisor_id);
  g_array_append_val (ids, supervisor_id);
  for (guint i = 0; ok && i + 1 < G_N_ELEMENTS (pcn_staff); i++)
    {
      TandemStaff *worker = find_example_staff (gen, i);

      if (worker != NULL)
        ok = tandem_store_set_supervisors (gen->store, tandem_record_get_id (worker), ids, error);
    }

  tandem_store_set_viewer (gen->store, viewer);
  return ok;
}

static TandemSupervisionSession *
make_example_session (Generator    *gen,
                      guint         index,
                      TandemStaff  *supervisor,
                      GPtrArray    *people)
{
  g_autoptr(TandemSupervisionSession) session = tandem_supervision_session_new ();
  g_autofree char *held_on = date_days_ago (gen, example_sessions[index].days_ago);

  tandem_supervision_session_set_kind (session, example_sessions[index].kind);
  tandem_supervision_session_set_held_on (session, held_on);
  tandem_supervision_session_set_duration_minutes (session, 45 + 15 * (index % 4));
  tandem_supervision_session_set_notes (session, example_sessions[index].note);
  if (example_sessions[index].led)
    tandem_supervision_session_set_supervisor_id (session, tandem_record_get_id (supervisor));

  for (guint m = 0; m < G_N_ELEMENTS (example_sessions[index].members); m++)
    {
      TandemStaff *worker;
      TandemSupervisionMember *member;

      if (example_sessions[index].members[m] < 0)
        break;
      if ((worker = find_example_staff (gen, example_sessions[index].members[m])) == NULL)
        return NULL;

      member = tandem_supervision_member_new (tandem_record_get_id (worker));
      member->coping = example_sessions[index].coping;
      member->workload = example_sessions[index].coping > 0
                         ? CLAMP (example_sessions[index].coping - 1 + (int) (index % 2), 1, 5) : 0;
      member->supported = example_sessions[index].coping > 0 ? 4 : 0;
      tandem_supervision_member_set_wellbeing_note (member, example_sessions[index].wellbeing);
      g_ptr_array_add (tandem_supervision_session_get_members (session), member);
    }

  /* A case now and then, one escalated to the safeguarding lead. */
  if (people->len > 0 && index % 3 == 1)
    {
      TandemPerson *person = g_ptr_array_index (people, index % people->len);
      TandemSupervisionCase *item = tandem_supervision_case_new (tandem_record_get_id (person));

      if (index % 2 == 1)
        {
          item->escalation = TANDEM_ESCALATION_SAFEGUARDING_LEAD;
          tandem_supervision_case_set_texts (item, NULL, "Signs of financial abuse",
                                             "Raised with the safeguarding lead the same day");
        }
      else
        tandem_supervision_case_set_texts (item, NULL, "Not engaging after three contacts", NULL);
      g_ptr_array_add (tandem_supervision_session_get_cases (session), item);
    }

  if (example_sessions[index].action != NULL)
    {
      TandemAgreedAction *action = tandem_agreed_action_new ();
      g_autofree char *due_on = date_days_ago (gen, example_sessions[index].days_ago - 7);
      TandemSupervisionMember *owner = g_ptr_array_index (tandem_supervision_session_get_members (session), 0);

      tandem_agreed_action_set_description (action, example_sessions[index].action);
      tandem_agreed_action_set_owner_id (action, owner->staff_id);
      tandem_agreed_action_set_due_on (action, due_on);
      /* The older ones are done. */
      if (example_sessions[index].days_ago > 30)
        tandem_agreed_action_set_done_on (action, due_on);
      g_ptr_array_add (tandem_supervision_session_get_actions (session), action);
    }

  return g_steal_pointer (&session);
}

/* Once per database: nothing is added when the supervisor already supervises someone. */
static gboolean
ensure_supervision (Generator  *gen,
                    GError    **error)
{
  TandemStaff *supervisor = find_example_staff (gen, G_N_ELEMENTS (pcn_staff) - 1);
  g_autoptr(GArray) supervisees = NULL;
  g_autoptr(GPtrArray) people = NULL;
  gint64 viewer = tandem_store_get_viewer (gen->store);
  gboolean ok = TRUE;

  if (supervisor == NULL)
    return TRUE;

  supervisees = tandem_store_list_supervisees (gen->store, tandem_record_get_id (supervisor),
                                               error);
  if (supervisees == NULL)
    return FALSE;
  if (supervisees->len > 0)
    return TRUE;

  people = tandem_store_search_people (gen->store, "", 12, error);
  if (people == NULL || !assign_example_supervisor (gen, supervisor, error))
    return FALSE;

  /* Written as the supervisor, who may read every one of them. */
  tandem_store_set_viewer (gen->store, tandem_record_get_id (supervisor));
  for (guint i = 0; ok && i < G_N_ELEMENTS (example_sessions); i++)
    {
      g_autoptr(TandemSupervisionSession) session = make_example_session (gen, i, supervisor,
                                                                         people);

      ok = session == NULL || tandem_store_save_supervision_session (gen->store, session, error);
    }
  tandem_store_set_viewer (gen->store, viewer);

  return ok;
}
/* MDT huddles: two past huddles with minutes, one case closed and others carried forward,
 * open actions owned by the team, and cases put forward and waiting for the next huddle. */
static const struct {
  const char *reason;
  const char *situation;
  const char *action_to_date;
  const char *update;
  const char *next_steps;
  const char *action;
} huddle_minutes[] = {
  { "Low mood and not leaving the house since a bereavement",
    "Lives alone; stopped going to the lunch club after her husband died in the spring.",
    "Two home visits; bereavement café suggested but not yet tried.",
    "GP reviewed medication last week; mood a little brighter.",
    "Coach to go with her to the bereavement café; review at the next huddle.",
    "Go with her to the bereavement café" },
  { "Rent arrears and a notice seeking possession",
    "Arrears of about £1,400 after a change in benefits; notice received this month.",
    "Citizens Advice appointment booked; housing officer told.",
    "Discretionary housing payment applied for.",
    "Chase the decision; carry forward until the notice is withdrawn.",
    "Chase the discretionary housing payment decision" },
  { "Carer strain: looking after a partner with dementia",
    "Sleeping badly, missed two of his own appointments, says he is 'at the end of his tether'.",
    "Carers' assessment requested from the council.",
    "Assessment date set; respite sitting service offered twice a week.",
    "Close: support in place and the carers' group has taken him on.",
    "Send the carers' group details by post" },
  { "Frequent A&E attendance with breathlessness",
    "Five attendances in two months; COPD; smokes; anxious at night.",
    "Practice nurse review; stop smoking service referral.",
    "Rescue pack issued; night-time plan written with her.",
    "Check in weekly by phone; mental health practitioner to offer anxiety work.",
    "Offer anxiety management sessions" },
  { "Isolated after moving to the area, limited English",
    "Moved from Leeds to be near his daughter; no friends locally; Polish speaker.",
    "Interpreter booked for appointments; conversation café found.",
    "Went to the conversation café twice and enjoyed it.",
    "Close: settled and connected.",
    "Ask the café about a volunteer role" },
  { "Safeguarding: possible financial abuse by a relative",
    "Says a nephew 'looks after her money'; bills unpaid though pension is paid in.",
    "Safeguarding lead consulted; bank told with her consent.",
    "Adult social care raised a concern; she wants support, not police.",
    "Carry forward: safeguarding lead to update at the next huddle.",
    "Update the huddle on the safeguarding enquiry" },
};

static const struct {
  const char *name;
  const char *role;
} huddle_visitors[] = {
  { "Dr Anita Rao", "GP" },
  { "Marcus Hale", "Mental health practitioner" },
  { "Grace Adeyemi", "District nurse" },
};

/* People with a current episode and a coach: the caseload an MDT would discuss. */
static GArray *
pick_huddle_people (Generator  *gen,
                    GError    **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GStringChunk) strings = g_string_chunk_new (4096);
  GArray *people = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!tandem_store_load_caseload (gen->store, 0, FALSE, entries, strings, error))
    {
      g_array_unref (people);
      return NULL;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      TandemCaseloadEntry *entry = &g_array_index (entries, TandemCaseloadEntry, i);

      if (entry->assigned_staff_id != 0 &&
          (entry->status == TANDEM_REFERRAL_ACTIVE || entry->status == TANDEM_REFERRAL_CONTACTED))
        g_array_append_val (people, entry->person_id);
    }

  return people;
}

static gboolean
flag_for_mdt (Generator   *gen,
              gint64       person_id,
              const char  *reason,
              guint        days_ago,
              GError     **error)
{
  g_autoptr(TandemMdtFlag) flag = tandem_mdt_flag_new ();
  g_autofree char *flagged_on = date_days_ago (gen, days_ago);

  tandem_mdt_flag_set_person_id (flag, person_id);
  tandem_mdt_flag_set_reason (flag, reason);
  tandem_mdt_flag_set_flagged_by_id (flag,
                                     tandem_record_get_id (pick_staff (gen, TANDEM_ROLE_LINK_WORKER)));
  tandem_mdt_flag_set_flagged_on (flag, flagged_on);
  return tandem_store_save_mdt_flag (gen->store, flag, error);
}

static gint64
hold_huddle (Generator  *gen,
             guint       days_ago,
             GError    **error)
{
  g_autoptr(TandemHuddle) huddle = tandem_huddle_new ();
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *held_on = date_days_ago (gen, days_ago);
  TandemStaff *chair = pick_staff (gen, TANDEM_ROLE_SUPERVISOR);

  tandem_huddle_set_held_on (huddle, held_on);
  tandem_huddle_set_chair_id (huddle, tandem_record_get_id (chair));
  for (guint i = 0; i < gen->staff->len; i++)
    {
      TandemStaff *staff = g_ptr_array_index (gen->staff, i);
      TandemHuddleAttendee *attendee = tandem_huddle_attendee_new ();

      tandem_huddle_attendee_set_staff_id (attendee, tandem_record_get_id (staff));
      tandem_huddle_attendee_set_name (attendee, tandem_staff_get_name (staff));
      tandem_huddle_attendee_set_role (attendee,
                                       tandem_role_get_label (tandem_staff_get_role (staff)));
      tandem_huddle_attendee_set_present (attendee, staff == chair || chance (gen, 85));
      g_ptr_array_add (attendees, attendee);
    }
  for (guint i = 0; i < G_N_ELEMENTS (huddle_visitors); i++)
    {
      TandemHuddleAttendee *visitor = tandem_huddle_attendee_new ();

      tandem_huddle_attendee_set_name (visitor, huddle_visitors[i].name);
      tandem_huddle_attendee_set_role (visitor, huddle_visitors[i].role);
      tandem_huddle_attendee_set_present (visitor, i != 2 || chance (gen, 50));
      g_ptr_array_add (attendees, visitor);
    }

  if (!tandem_store_create_huddle (gen->store, huddle, attendees, error))
    return 0;

  return tandem_record_get_id (huddle);
}

/* Minutes for a case, an action for its owner (done when the case closed long ago) and its
 * outcome. */
static gboolean
minute_case (Generator              *gen,
             TandemHuddleCase       *item,
             guint                   minutes,
             TandemHuddleCaseStatus  status,
             guint                   days_ago,
             GError                **error)
{
  g_autoptr(TandemAgreedAction) action = tandem_agreed_action_new ();
  g_autofree char *due_on = date_days_ago (gen, days_ago > 42 ? days_ago - 14 : 0);
  g_autofree char *done_on = date_days_ago (gen, days_ago > 20 ? days_ago - 20 : 0);

  tandem_huddle_case_set_situation (item, huddle_minutes[minutes].situation);
  tandem_huddle_case_set_action_to_date (item, huddle_minutes[minutes].action_to_date);
  tandem_huddle_case_set_update_note (item, huddle_minutes[minutes].update);
  tandem_huddle_case_set_next_steps (item, huddle_minutes[minutes].next_steps);
  tandem_huddle_case_set_status (item, status);
  tandem_huddle_case_set_seconds_discussed (item, g_rand_int_range (gen->rand, 180, 420));
  if (!tandem_store_save_huddle_case (gen->store, item, error))
    return FALSE;

  tandem_agreed_action_set_huddle_case_id (action, tandem_record_get_id (item));
  tandem_agreed_action_set_description (action, huddle_minutes[minutes].action);
  tandem_agreed_action_set_owner_id (action, tandem_record_get_id (g_ptr_array_index (gen->staff,
                                                                                      minutes % gen->staff->len)));
  tandem_agreed_action_set_due_on (action, due_on);
  if (status == TANDEM_HUDDLE_CASE_CLOSED && days_ago > 40)
    tandem_agreed_action_set_done_on (action, done_on);
  return tandem_store_save_agreed_action (gen->store, action, error);
}

static guint
find_minutes (TandemHuddleCase *item)
{
  for (guint i = 0; i < G_N_ELEMENTS (huddle_minutes); i++)
    if (g_strcmp0 (huddle_minutes[i].reason, tandem_huddle_case_get_reason (item)) == 0)
      return i;

  return 0;
}

/* A case seen before closes with a short update; a new one closes when its minutes say so. */
static gboolean
minute_huddle (Generator  *gen,
               gint64      huddle_id,
               guint       days_ago,
               GError    **error)
{
  g_autoptr(TandemHuddle) huddle = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  huddle = tandem_store_load_huddle (gen->store, huddle_id, NULL, &cases, error);
  if (huddle == NULL)
    return FALSE;

  for (guint i = 0; i < cases->len; i++)
    {
      TandemHuddleCase *item = g_ptr_array_index (cases, i);
      guint minutes = find_minutes (item);
      gboolean closes = tandem_huddle_case_get_carried_from_id (item) != 0 ||
                        g_str_has_prefix (huddle_minutes[minutes].next_steps, "Close");

      if (!minute_case (gen, item, minutes,
                        closes ? TANDEM_HUDDLE_CASE_CLOSED : TANDEM_HUDDLE_CASE_CARRIED_FORWARD,
                        days_ago, error))
        return FALSE;

      if (tandem_huddle_case_get_carried_from_id (item) != 0)
        {
          tandem_huddle_case_set_update_note (item, "Reviewed again: the support agreed is in "
                                                    "place and things have settled.");
          tandem_huddle_case_set_next_steps (item, "Close; the coach will bring it back if "
                                                   "things change.");
          if (!tandem_store_save_huddle_case (gen->store, item, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_huddles (Generator  *gen,
             GError    **error)
{
  g_autoptr(GArray) people = pick_huddle_people (gen, error);
  gint64 huddle;

  if (people == NULL)
    return FALSE;

  /* Too small a caseload for an MDT: nothing to discuss. */
  if (people->len < 9 || gen->staff->len == 0)
    return TRUE;

  for (guint i = 0; i < 3; i++)
    if (!flag_for_mdt (gen, g_array_index (people, gint64, i), huddle_minutes[i].reason, 60 - i,
                       error))
      return FALSE;

  huddle = hold_huddle (gen, 56, error);
  if (huddle == 0 || !minute_huddle (gen, huddle, 56, error))
    return FALSE;

  for (guint i = 3; i < 5; i++)
    if (!flag_for_mdt (gen, g_array_index (people, gint64, i), huddle_minutes[i].reason, 35 - i,
                       error))
      return FALSE;

  huddle = hold_huddle (gen, 28, error);
  if (huddle == 0 || !minute_huddle (gen, huddle, 28, error))
    return FALSE;

  /* Waiting for the next huddle. */
  for (guint i = 5; i < 8; i++)
    if (!flag_for_mdt (gen, g_array_index (people, gint64, i),
                       huddle_minutes[i % G_N_ELEMENTS (huddle_minutes)].reason, 8 - i, error))
      return FALSE;

  return TRUE;
}

/**
 * tandem_example_data_generate:
 * @store: where to add the people
 * @n_people: how many
 * @seed: the same seed gives the same people
 * @today: the day the caseload is made as of
 * @progress: (nullable): called now and then with how many people are done
 *
 * Adds fictional people with referral episodes, contacts, plans, outcome measures and
 * signposts to community assets with their outcomes, in one transaction: cancelled or failed,
 * nothing is added. Sets up an example PCN, practices (with coordinates), staff, a directory
 * of local assets and a few months of supervision (some overdue) when the store has none.
 * Example staff sign in with %TANDEM_EXAMPLE_PASSPHRASE; their supervisor is the
 * administrator.
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
  gen.assets = g_ptr_array_new_with_free_func (g_object_unref);
  gen.next_nhs = 999000000;

  if (!tandem_store_begin (store, error))
    ok = FALSE;

  ok = ok && ensure_team (&gen, error) && ensure_directory (&gen, error);
  ok = ok && add_competence_and_cpd (&gen, error);

  for (guint i = 0; ok && i < n_people; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        ok = add_one (&gen, error);

      if (ok && progress != NULL && (i % 500 == 0 || i + 1 == n_people))
        progress (i + 1, n_people, progress_data);
    }

  ok = ok && ensure_supervision (&gen, error);
  ok = ok && add_huddles (&gen, error);

  if (ok)
    ok = tandem_store_commit (store, error);
  else
    tandem_store_rollback (store);

  g_rand_free (gen.rand);
  g_ptr_array_unref (gen.practices);
  g_ptr_array_unref (gen.staff);
  g_ptr_array_unref (gen.assets);

  return ok;
}

/* Synthetic assets for benchmarks: made of parts, so that names and descriptions share words
 * the way a real directory's do and searches find many of them. */
static const char *synthetic_places[] = {
  "Riverside", "Canal Side", "Hillview", "Parkside", "Old Town", "Meadow Lane", "Station Road",
  "Market Square", "St Luke's", "Brook Street", "Elm Road", "Mill Lane",
};

static const struct {
  const char *name;
  const char *categories;
} synthetic_activities[] = {
  { "Walking Group", "physical-activity,green,loneliness" },
  { "Coffee Morning", "loneliness,older-people" },
  { "Craft Club", "arts,loneliness" },
  { "Debt Advice", "money,housing" },
  { "Community Choir", "arts,mental-wellbeing" },
  { "Gardening Club", "green,healthy-eating" },
  { "Men's Shed", "loneliness,mental-wellbeing" },
  { "Lunch Club", "older-people,healthy-eating" },
  { "Carers' Group", "carers,loneliness" },
  { "Reading Group", "learning,loneliness" },
  { "Food Bank", "money,healthy-eating" },
  { "Job Club", "employment,learning" },
  { "Digital Help", "learning,older-people" },
  { "Peer Support", "mental-wellbeing" },
  { "Dance Class", "physical-activity,arts" },
  { "Bereavement Café", "bereavement,loneliness" },
  { "Recovery Group", "substance-use,mental-wellbeing" },
  { "Parent and Toddler", "families" },
  { "Faith Circle", "faith,loneliness" },
  { "Housing Advice", "housing,money" },
};

static const char *synthetic_days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static TandemAsset *
make_synthetic_asset (GRand       *rand,
                      const GDate *today,
                      guint        number)
{
  TandemAsset *asset = tandem_asset_new ();
  const char *place = PICK (rand, synthetic_places);
  guint activity = g_rand_int_range (rand, 0, G_N_ELEMENTS (synthetic_activities));
  guint hour = g_rand_int_range (rand, 9, 19);
  guint roll = g_rand_int_range (rand, 0, 100);
  TandemSuitability suitability = roll < 70 ? TANDEM_SUITABILITY_GREEN
                                  : roll < 85 ? TANDEM_SUITABILITY_AMBER
                                  : roll < 87 ? TANDEM_SUITABILITY_RED
                                  : TANDEM_SUITABILITY_UNCHECKED;
  g_autofree char *name = g_strdup_printf ("%s %s %u", place, synthetic_activities[activity].name,
                                           number);
  g_autofree char *organisation = g_strdup_printf ("%s Community Association", place);
  g_autofree char *description = g_strdup_printf ("A %s in %s, open to everyone; come along or "
                                                  "ring first.",
                                                  synthetic_activities[activity].name, place);
  g_autofree char *schedule = g_strdup_printf ("%s %02u:00-%02u:00", PICK (rand, synthetic_days),
                                               hour, hour + 2);
  g_autofree char *postcode = g_strdup_printf ("RV%d %d%c%c", g_rand_int_range (rand, 1, 5),
                                               g_rand_int_range (rand, 1, 10),
                                               PICK (rand, postcode_letters),
                                               PICK (rand, postcode_letters));
  g_autofree char *verified = date_months_ago (today, g_rand_int_range (rand, 0, 19));
  double latitude, longitude;

  /* Within about five kilometres of the town centre. */
  offset_place (practice_places[0].latitude, practice_places[0].longitude,
                g_rand_double_range (rand, -5000, 5000), g_rand_double_range (rand, -5000, 5000),
                &latitude, &longitude);

  tandem_asset_set_name (asset, name);
  tandem_asset_set_organisation (asset, organisation);
  tandem_asset_set_description (asset, description);
  tandem_asset_set_categories (asset, synthetic_activities[activity].categories);
  tandem_asset_set_asset_type (asset, g_rand_int_range (rand, TANDEM_ASSET_ASSOCIATION,
                                                        TANDEM_ASSET_CULTURAL + 1));
  tandem_asset_set_postcode (asset, postcode);
  tandem_asset_set_has_coordinates (asset, TRUE);
  tandem_asset_set_latitude (asset, latitude);
  tandem_asset_set_longitude (asset, longitude);
  tandem_asset_set_schedule (asset, schedule);
  tandem_asset_set_cost (asset, g_rand_int_range (rand, TANDEM_COST_UNKNOWN, TANDEM_COST_DONATION + 1));
  tandem_asset_set_access_routes (asset, chance_of (rand, 50) ? TANDEM_ACCESS_DROP_IN
                                                              : TANDEM_ACCESS_CALL_FIRST);
  tandem_asset_set_accessibility (asset, chance_of (rand, 60) ? TANDEM_ACCESSIBLE_WHEELCHAIR
                                                              : TANDEM_ACCESSIBLE_NONE);
  tandem_asset_set_languages (asset, chance_of (rand, 20) ? "English, Urdu" : "English");
  tandem_asset_set_verified_on (asset, verified);
  set_example_check (asset, suitability,
                     suitability == TANDEM_SUITABILITY_RED ? "No safeguarding policy" : "",
                     verified);

  return asset;
}

/**
 * tandem_example_data_add_assets:
 * @store: where to add them
 * @n_assets: how many
 * @seed: the same seed gives the same assets
 *
 * Adds made-up assets with coordinates around the example town, for benchmarks of the
 * directory's search, list and map, in one transaction.
 */
gboolean
tandem_example_data_add_assets (TandemStore  *store,
                                guint         n_assets,
                                guint32       seed,
                                GError      **error)
{
  g_autoptr(GRand) rand = NULL;
  gboolean ok = TRUE;
  GDate today;

  g_return_val_if_fail (TANDEM_IS_STORE (store), FALSE);

  if (!tandem_store_begin (store, error))
    return FALSE;

  rand = g_rand_new_with_seed (seed);
  tandem_date_set_today (&today);

  for (guint i = 0; ok && i < n_assets; i++)
    {
      g_autoptr(TandemAsset) asset = make_synthetic_asset (rand, &today, i + 1);

      ok = tandem_store_save_asset (store, asset, error);
    }

  if (ok)
    return tandem_store_commit (store, error);

  tandem_store_rollback (store);
  return FALSE;
}
