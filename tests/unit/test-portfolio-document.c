/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "tandem-portfolio-document.h"
#include "tandem-poppler-autocleanups.h"
#include "tandem-store-private.h"
#include "tandem-test-util.h"

static gint64
add_staff (TandemStore *store,
           const char  *name,
           TandemRole   role)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  g_assert_true (tandem_store_save_staff (store, staff, &error));
  g_assert_no_error (error);
  return tandem_record_get_id (staff);
}

static void
exec (TandemStore *store,
      const char  *sql)
{
  g_assert_cmpint (sqlite3_exec (tandem_store_get_db (store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
}

static void
add_review (TandemStore               *store,
            TandemCompetencyFramework *framework,
            gint64                     worker,
            gint64                     reviewer,
            const char                *day,
            int                        level)
{
  g_autoptr(TandemCompetencyReview) review = tandem_competency_review_new ();
  g_autoptr(GError) error = NULL;

  tandem_competency_review_set_staff_id (review, worker);
  tandem_competency_review_set_reviewer_id (review, reviewer);
  tandem_competency_review_set_framework_id (review, tandem_record_get_id (framework));
  tandem_competency_review_set_reviewed_on (review, day);
  tandem_competency_review_set_note (review, "Growing in confidence with group work.");
  for (guint i = 0; i < tandem_competency_framework_get_n_competencies (framework); i++)
    tandem_competency_review_set_rating (review,
                                         tandem_competency_framework_get_competency (framework, i)->id,
                                         level, "Observed sessions", "");
  g_assert_true (tandem_store_save_competency_review (store, review, &error));
  g_assert_no_error (error);
}

static void
add_cpd (TandemStore *store,
         gint64       worker,
         const char  *day,
         const char  *activity,
         double       hours)
{
  g_autoptr(TandemCpdEntry) entry = tandem_cpd_entry_new ();
  g_autoptr(GError) error = NULL;

  tandem_cpd_entry_set_staff_id (entry, worker);
  tandem_cpd_entry_set_done_on (entry, day);
  tandem_cpd_entry_set_activity (entry, activity);
  tandem_cpd_entry_set_hours (entry, hours);
  tandem_cpd_entry_set_learning (entry, "Reflective listening");
  g_assert_true (tandem_store_save_cpd_entry (store, entry, &error));
  g_assert_no_error (error);
}

static char *
dup_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }

  return g_string_free (text, FALSE);
}

/* A worker's portfolio: their name, role and period, the supervision they had without its
 * notes, their ratings and how they grew, and their CPD with the hours per year. */
static void
test_portfolio (void)
{
  g_autoptr(TandemTestDir) dir = tandem_test_dir_new ();
  g_autoptr(TandemStore) store = tandem_test_open_store (dir);
  g_autoptr(TandemTeam) team = NULL;
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(TandemPortfolioDocument) document = NULL;
  g_autoptr(TandemPerson) person = tandem_test_add_person (store, "Rhiannon", "Price", NULL);
  g_autofree char *path = tandem_test_dir_file (dir, "portfolio.pdf");
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  TandemPortfolioSource source;
  gint64 worker = add_staff (store, "Amara Okafor", TANDEM_ROLE_HEALTH_COACH);
  gint64 supervisor = add_staff (store, "Gwen Harris", TANDEM_ROLE_SUPERVISOR);
  const char *output = g_getenv ("TANDEM_PORTFOLIO_OUTPUT");

  sql = g_strdup_printf ("INSERT INTO staff_supervisor VALUES (%1$" G_GINT64_FORMAT ", %2$"
                         G_GINT64_FORMAT ");"
                         "INSERT INTO supervision_session (id, kind, supervisor_id, held_on, "
                         "duration_minutes, notes, created_at, updated_at) VALUES "
                         "(1, 'clinical', %2$" G_GINT64_FORMAT ", '2025-05-01', 90, "
                         "'Private notes never printed', '', ''),"
                         "(2, 'line-management', %2$" G_GINT64_FORMAT ", '2025-06-03', 60, "
                         "'', '', '');"
                         "INSERT INTO supervision_member (session_id, staff_id) VALUES "
                         "(1, %1$" G_GINT64_FORMAT "), (2, %1$" G_GINT64_FORMAT ");"
                         "INSERT INTO supervision_case (session_id, person_id, reason) VALUES "
                         "(1, %3$" G_GINT64_FORMAT ", 'Worried about housing');",
                         worker, supervisor, tandem_record_get_id (person));
  exec (store, sql);

  tandem_store_set_viewer (store, supervisor);
  frameworks = tandem_store_list_competency_frameworks (store, &error);
  g_assert_no_error (error);
  add_review (store, g_ptr_array_index (frameworks, 0), worker, supervisor, "2025-01-10", 1);
  add_review (store, g_ptr_array_index (frameworks, 0), worker, supervisor, "2025-07-10", 3);
  add_cpd (store, worker, "2024-10-01", "Motivational interviewing workshop", 7);
  add_cpd (store, worker, "2025-02-01", "Safeguarding adults level 2", 3);
  add_cpd (store, worker, "2025-03-01", "Reading group on coaching", 1.5);

  team = tandem_team_new (store);
  g_assert_true (tandem_team_reload (team, &error));
  g_assert_true (tandem_portfolio_source_load (&source, store, team, worker, &error));
  g_assert_no_error (error);
  g_free (source.printed_on);
  source.printed_on = g_strdup ("2025-11-21");

  document = tandem_portfolio_document_new (&source, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tandem_portfolio_document_get_n_pages (document), >=, 1);
  g_assert_true (tandem_portfolio_document_write_pdf_file (document, path, NULL, &error));
  g_assert_no_error (error);
  if (output != NULL)
    g_assert_true (tandem_portfolio_document_write_pdf_file (document, output, NULL, NULL));

  text = dup_text (path);
  g_assert_nonnull (strstr (text, "Amara Okafor"));
  g_assert_nonnull (strstr (text, "Health and wellbeing"));
  g_assert_nonnull (strstr (text, "Supervision record"));
  g_assert_nonnull (strstr (text, "Gwen Harris"));
  g_assert_nonnull (strstr (text, "2 sessions, 2.5 hours"));
  g_assert_null (strstr (text, "Private notes"));
  g_assert_null (strstr (text, "housing"));
  g_assert_nonnull (strstr (text, "Person-centred approach"));
  g_assert_nonnull (strstr (text, "3 · Competent"));
  g_assert_nonnull (strstr (text, "+2"));
  g_assert_nonnull (strstr (text, "2025: 4.5 hours in 2 activities"));
  g_assert_nonnull (strstr (text, "2024: 7 hours in 1 activity"));
  g_assert_nonnull (strstr (text, "Motivational interviewing workshop"));
  tandem_portfolio_source_clear (&source);

  /* Another coach's portfolio of the worker is empty: nothing they may not read. */
  tandem_store_set_viewer (store, add_staff (store, "Tom Baker", TANDEM_ROLE_HEALTH_COACH));
  g_assert_true (tandem_team_reload (team, &error));
  g_assert_true (tandem_portfolio_source_load (&source, store, team, worker, &error));
  g_clear_object (&document);
  document = tandem_portfolio_document_new (&source, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_portfolio_document_write_pdf_file (document, path, NULL, &error));
  g_free (text);
  text = dup_text (path);
  g_assert_nonnull (strstr (text, "No supervision recorded in this period."));
  g_assert_nonnull (strstr (text, "No competency review in this period."));
  g_assert_nonnull (strstr (text, "No CPD recorded in this period."));
  g_assert_null (strstr (text, "Motivational"));
  tandem_portfolio_source_clear (&source);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/portfolio-document/portfolio", test_portfolio);

  return g_test_run ();
}
