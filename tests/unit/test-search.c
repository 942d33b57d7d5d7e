/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "tandem-search.h"

static void
assert_folds (const char *text,
              const char *expected)
{
  g_autofree char *folded = tandem_search_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

static TandemPerson *
make_person (const char *given_name,
             const char *family_name,
             const char *preferred_name,
             const char *nhs_number,
             const char *postcode)
{
  TandemPerson *person = tandem_person_new ();

  tandem_person_set_given_name (person, given_name);
  tandem_person_set_family_name (person, family_name);
  tandem_person_set_preferred_name (person, preferred_name);
  tandem_person_set_nhs_number (person, nhs_number);
  tandem_person_set_postcode (person, postcode);

  return person;
}

static gboolean
query_matches (const char   *text,
               TandemPerson *person)
{
  g_autoptr(TandemSearchQuery) query = tandem_search_query_new (text);
  g_autofree char *key = tandem_search_key_for_person (person);

  g_assert_nonnull (query);
  return tandem_search_query_matches (query, key);
}

static void
assert_matches (const char   *text,
                TandemPerson *person)
{
  g_test_message ("\"%s\" should match", text);
  g_assert_true (query_matches (text, person));
}

static void
assert_no_match (const char   *text,
                 TandemPerson *person)
{
  g_test_message ("\"%s\" should not match", text);
  g_assert_false (query_matches (text, person));
}

static void
test_fold_latin (void)
{
  assert_folds ("Zoë", "zoe");
  assert_folds ("Łukasz", "lukasz");
  assert_folds ("Ștefan", "stefan");
  assert_folds ("Țurcanu", "turcanu");
  assert_folds ("ÆSIR", "aesir");
  assert_folds ("Søren", "soren");
  assert_folds ("Straße", "strasse");
  assert_folds ("Œuvre", "oeuvre");
  assert_folds ("Siobhán O'Neill-Ó Briain", "siobhan o'neill-o briain");
  assert_folds ("Conceição Gonçalves", "conceicao goncalves");
  assert_folds ("Nguyễn", "nguyen");
  /* Decomposed input folds the same as precomposed. */
  assert_folds ("Zoe\u0308", "zoe");
  assert_folds ("", "");
  assert_folds (NULL, "");
}

static void
test_fold_other_scripts (void)
{
  /* Other scripts are kept as they are: their marks are letters and vowels, not accents. */
  const char *kept[] = {
    "محمد",          /* Arabic, Muhammad */
    "أحمد",          /* Arabic, Ahmad: alef with hamza above */
    "عائشہ",         /* Urdu, Ayesha: yeh with hamza above */
    "\u0645\u064f\u062d\u064e\u0645\u064e\u0651\u062f",  /* Arabic with vowel marks */
    "রহমান",         /* Bengali, Rahman */
    "চৌধুরী",        /* Bengali, Chowdhury: vowel signs */
    "ਗੁਰਪ੍ਰੀਤ",       /* Gurmukhi, Gurpreet */
    "王秀英",         /* Chinese */
  };

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_test_message ("%s", kept[i]);
      assert_folds (kept[i], kept[i]);
    }

  /* Case folds in scripts that have case, and their accents go as Latin ones do. */
  assert_folds ("ΑΘΗΝΑ", "αθηνα");
  assert_folds ("Ελένη", "ελενη");
  assert_folds ("ОЛЕНА", "олена");
}

static void
test_key_for_person (void)
{
  g_autoptr(TandemPerson) person = make_person ("Zoë", "O'Neill", "Zo", "9434765919", "LS1 4AB");
  g_autofree char *key = tandem_search_key_for_person (person);

  /* Every word starts after a space, so that matching a word's start is a substring search. */
  g_assert_true (g_str_has_prefix (key, " zoe "));
  g_assert_nonnull (strstr (key, " o "));
  g_assert_nonnull (strstr (key, " neill"));
  g_assert_nonnull (strstr (key, " oneill"));
  g_assert_nonnull (strstr (key, " zo "));
  g_assert_nonnull (strstr (key, " 9434765919"));
  g_assert_nonnull (strstr (key, " 943 476 5919"));
  g_assert_nonnull (strstr (key, " ls1 4ab"));
  g_assert_nonnull (strstr (key, " ls14ab"));
}

static void
test_names (void)
{
  g_autoptr(TandemPerson) zoe = make_person ("Zoë", "O'Neill", NULL, NULL, NULL);
  g_autoptr(TandemPerson) smith_jones = make_person ("Alan", "Smith-Jones", NULL, NULL, NULL);
  g_autoptr(TandemPerson) peggy = make_person ("Margaret", "Walker", "Peggy", NULL, NULL);
  g_autoptr(TandemPerson) stefan = make_person ("Ștefan", "Dumitrașcu", NULL, NULL, NULL);
  g_autoptr(TandemPerson) arabic = make_person ("أحمد", "الحداد", NULL, NULL, NULL);
  g_autoptr(TandemPerson) urdu = make_person ("عائشہ", "چوہدری", NULL, NULL, NULL);

  assert_matches ("zoe o'n", zoe);
  assert_matches ("Zoë O'N", zoe);
  assert_matches ("ZOE", zoe);
  assert_matches ("oneill", zoe);
  assert_matches ("o'neill", zoe);
  assert_matches ("neill", zoe);
  assert_matches ("o neill zoe", zoe);
  assert_no_match ("zoe smith", zoe);
  assert_no_match ("oe", zoe);

  assert_matches ("smith jones", smith_jones);
  assert_matches ("smithjones", smith_jones);
  assert_matches ("smith-jones", smith_jones);
  assert_matches ("jones", smith_jones);
  assert_matches ("alan smi", smith_jones);
  /* Only the starts of words match. */
  assert_no_match ("mith", smith_jones);
  assert_no_match ("ones", smith_jones);
  assert_no_match ("ithjones", smith_jones);

  /* The preferred name and the recorded one both find a person. */
  assert_matches ("peggy", peggy);
  assert_matches ("margaret wal", peggy);

  assert_matches ("stefan", stefan);
  assert_matches ("ștefan dumitrascu", stefan);

  assert_matches ("أحمد", arabic);
  assert_matches ("الحد", arabic);
  assert_no_match ("حمد", arabic);
  assert_matches ("عائشہ چو", urdu);
}

static void
test_nhs_number (void)
{
  g_autoptr(TandemPerson) person = make_person ("Ann", "Smith", NULL, "9434765919", NULL);
  g_autoptr(TandemPerson) other = make_person ("Bob", "Jones", NULL, "9431234760", NULL);

  assert_matches ("943 476", person);
  assert_matches ("943476", person);
  assert_matches ("9434765919", person);
  assert_matches ("943 476 5919", person);
  assert_matches ("943-476-5919", person);
  assert_matches ("943", person);
  /* The later groups as printed on a letter. */
  assert_matches ("476 5919", person);
  assert_matches ("476", person);
  assert_matches ("5919", person);

  /* The groups typed together are one number, not words to find anywhere. */
  assert_no_match ("943 476", other);
  assert_no_match ("476 5919", other);
  assert_no_match ("943 4765919", other);
  assert_no_match ("434765919", person);
  assert_no_match ("765919", person);
}

static void
test_postcode (void)
{
  g_autoptr(TandemPerson) person = make_person ("Ann", "Smith", NULL, NULL, "LS1 4AB");

  assert_matches ("ls1 4", person);
  assert_matches ("ls14ab", person);
  assert_matches ("LS1 4AB", person);
  assert_matches ("ls1", person);
  assert_matches ("ann ls1", person);
  assert_no_match ("ls2", person);
  assert_no_match ("s1 4ab", person);
}

static void
test_no_words (void)
{
  const char *empty[] = { "", "   ", "'-'", "...", "🙂", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(TandemSearchQuery) query = tandem_search_query_new (empty[i]);

      g_test_message ("\"%s\"", empty[i] ? empty[i] : "(null)");
      g_assert_null (query);
    }
}

static void
test_narrows (void)
{
  g_autoptr(TandemSearchQuery) sm = tandem_search_query_new ("sm");
  g_autoptr(TandemSearchQuery) smi = tandem_search_query_new ("smi");
  g_autoptr(TandemSearchQuery) zoe = tandem_search_query_new ("zoe");
  g_autoptr(TandemSearchQuery) zoe_o = tandem_search_query_new ("zoe o");
  g_autoptr(TandemSearchQuery) zo = tandem_search_query_new ("zo");
  g_autoptr(TandemSearchQuery) ann = tandem_search_query_new ("ann");

  g_assert_true (tandem_search_query_narrows (smi, sm));
  g_assert_false (tandem_search_query_narrows (sm, smi));
  g_assert_true (tandem_search_query_narrows (zoe_o, zoe));
  g_assert_false (tandem_search_query_narrows (zoe, zoe_o));
  g_assert_true (tandem_search_query_narrows (zoe, zo));
  g_assert_true (tandem_search_query_narrows (smi, smi));
  g_assert_false (tandem_search_query_narrows (ann, sm));
}

static void
test_many_words (void)
{
  g_autoptr(TandemPerson) person = make_person ("Ann", "Smith", NULL, NULL, NULL);
  g_autoptr(TandemSearchQuery) query =
    tandem_search_query_new ("ann smith ann smith ann smith ann smith ann smith ann smith");
  g_autofree char *key = tandem_search_key_for_person (person);

  /* Pasted text is cut to a few words rather than refused. */
  g_assert_nonnull (query);
  g_assert_true (tandem_search_query_matches (query, key));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold/latin", test_fold_latin);
  g_test_add_func ("/search/fold/other-scripts", test_fold_other_scripts);
  g_test_add_func ("/search/key-for-person", test_key_for_person);
  g_test_add_func ("/search/names", test_names);
  g_test_add_func ("/search/nhs-number", test_nhs_number);
  g_test_add_func ("/search/postcode", test_postcode);
  g_test_add_func ("/search/no-words", test_no_words);
  g_test_add_func ("/search/narrows", test_narrows);
  g_test_add_func ("/search/many-words", test_many_words);

  return g_test_run ();
}
