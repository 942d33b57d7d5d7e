/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-avatar.h"
#include "tandem-contact-editor.h"
#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-gp-summary.h"
#include "tandem-gui-util.h"
#include "tandem-language.h"
#include "tandem-mdt-group.h"
#include "tandem-measures-group.h"
#include "tandem-nhs-number.h"
#include "tandem-person-editor.h"
#include "tandem-audit-window.h"
#include "tandem-person-page.h"
#include "tandem-referral-editor.h"
#include "tandem-rights-actions.h"
#include "tandem-signpost-dialog.h"
#include "tandem-signpost-outcome-dialog.h"
#include "tandem-snomed.h"

/* One person's record: who they are, their referral episodes with the buttons that move them
 * on, and the timeline of contacts. The page rereads the person whenever the store says they
 * changed, whoever changed them. */
struct _TandemPersonPage
{
  AdwBin         parent_instance;

  TandemSession *session;
  gint64         person_id;
  TandemPerson  *person;
  GPtrArray     *referrals;       /* TandemReferral, most recent first */
  GPtrArray     *contacts;        /* TandemContact, latest first */
  GPtrArray     *plan_versions;   /* TandemPlanVersion, latest first */
  GPtrArray     *signposts;       /* TandemSignpost, most recent first */
  GPtrArray     *rows;            /* rows this page added to its groups */
  gboolean       folded;

  GtkWidget     *avatar;
  GtkWidget     *name_label;
  GtkWidget     *summary_label;
  GtkWidget     *safeguarding_box;
  GtkWidget     *safeguarding_label;
  GtkWidget     *draft_box;
  GtkWidget     *referrals_group;
  GtkWidget     *measures_group;
  GtkWidget     *mdt_group;
  GtkWidget     *plan_group;
  GtkWidget     *support_group;
  GtkWidget     *details_group;
  GtkWidget     *communication_group;
  GtkWidget     *consent_group;
  GtkWidget     *contacts_group;
  GtkWidget     *scroller;
};

G_DEFINE_FINAL_TYPE (TandemPersonPage, tandem_person_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

enum {
  SIGNAL_GO_BACK,
  SIGNAL_GONE,
  SIGNAL_OPEN_PERSON,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void reload (TandemPersonPage *self);
static void fill_plan (TandemPersonPage *self);
static void fill_support (TandemPersonPage *self);

static GtkWindow *
get_window (TandemPersonPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
show_message (TandemPersonPage *self,
              const char       *message)
{
  tandem_toast_show_message (GTK_WIDGET (self), message);
}

static TandemStore *
get_store (TandemPersonPage *self)
{
  return tandem_session_get_store (self->session);
}

static TandemTeam *
get_team (TandemPersonPage *self)
{
  return tandem_session_get_team (self->session);
}

static gpointer
find_by_id (GPtrArray *records,
            gint64     id)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      if (tandem_record_get_id (g_ptr_array_index (records, i)) == id)
        return g_ptr_array_index (records, i);
    }

  return NULL;
}

static void
clear_rows (TandemPersonPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }

  g_ptr_array_set_size (self->rows, 0);
}

static GtkWidget *
add_row (TandemPersonPage *self,
         GtkWidget        *group,
         GtkWidget        *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

/* A row showing one fact; facts not recorded are left out rather than shown empty. */
static GtkWidget *
make_fact_row (const char *title,
               const char *value)
{
  GtkWidget *row;

  if (value == NULL || value[0] == '\0')
    return NULL;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
add_fact (TandemPersonPage *self,
          GtkWidget        *group,
          const char       *title,
          const char       *value)
{
  GtkWidget *row = make_fact_row (title, value);

  if (row != NULL)
    add_row (self, group, row);
}

/* Phone numbers, postcodes and email addresses read left to right in any language: set
 * apart, a right-to-left interface does not reorder their groups of digits. */
static void
add_left_to_right_fact (TandemPersonPage *self,
                        GtkWidget        *group,
                        const char       *title,
                        const char       *value)
{
  g_autofree char *isolated = NULL;

  if (value != NULL && value[0] != '\0')
    isolated = g_strdup_printf ("\u2066%s\u2069", value);
  add_fact (self, group, title, isolated);
}

static void
add_expander_fact (GtkWidget  *expander,
                   const char *title,
                   const char *value)
{
  GtkWidget *row = make_fact_row (title, value);

  if (row != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static void
add_empty_row (TandemPersonPage *self,
                 GtkWidget        *group,
                 const char       *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  add_row (self, group, row);
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static char *
dup_summary (TandemPerson *person)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *preferred = tandem_person_get_preferred_name (person);
  const char *pronouns = tandem_person_get_pronouns (person);
  const char *nhs = tandem_person_get_nhs_number (person);
  GDate today;
  int age;

  tandem_date_set_today (&today);
  age = tandem_date_age (tandem_person_get_date_of_birth (person), &today);

  if (preferred[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("Likes to be called %s"), preferred));
  if (pronouns[0] != '\0')
    g_ptr_array_add (parts, g_strdup (pronouns));
  if (age >= 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year old",
                                                          "%d years old", age),
                                             age));
  if (nhs[0] != '\0')
    {
      g_autofree char *formatted = tandem_nhs_number_format (nhs);

      g_ptr_array_add (parts, g_strdup_printf (_("NHS %s"), formatted));
    }
  else
    g_ptr_array_add (parts, g_strdup (_("NHS number not recorded")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
fill_header (TandemPersonPage *self)
{
  TandemPerson *person = self->person;
  g_autofree char *full = tandem_person_dup_full_name (person);
  g_autofree char *summary = dup_summary (person);
  g_autofree char *risks = tandem_flags_get_labels (TANDEM_TYPE_RISK_FLAGS,
                                                    tandem_person_get_risk_flags (person));
  g_autoptr(GString) alert = g_string_new (NULL);

  tandem_avatar_set_text (TANDEM_AVATAR (self->avatar), full);
  gtk_label_set_text (GTK_LABEL (self->name_label), full);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);

  if (tandem_person_get_safeguarding_concern (person))
    g_string_append (alert, _("Safeguarding concern recorded."));
  if (risks[0] != '\0')
    {
      if (alert->len > 0)
        g_string_append_c (alert, ' ');
      g_string_append_printf (alert, _("Risks: %s."), risks);
    }
  if (alert->len > 0 && tandem_person_get_risk_notes (person)[0] != '\0')
    g_string_append_printf (alert, "\n%s", tandem_person_get_risk_notes (person));

  gtk_label_set_text (GTK_LABEL (self->safeguarding_label), alert->str);
  gtk_widget_set_visible (self->safeguarding_box, alert->len > 0);
}

static void
fill_details (TandemPersonPage *self)
{
  TandemPerson *person = self->person;
  TandemPractice *practice = tandem_team_find_practice (get_team (self),
                                                        tandem_person_get_practice_id (person));
  g_autofree char *birth = tandem_date_format (tandem_person_get_date_of_birth (person));
  g_autofree char *language = tandem_language_dup_display (tandem_person_get_language (person));
  g_autofree char *needs = tandem_flags_get_labels (TANDEM_TYPE_COMMUNICATION_NEEDS,
                                                    tandem_person_get_communication_needs (person));
  g_autofree char *caring = NULL;
  TandemSex sex = tandem_person_get_sex (person);

  add_fact (self, self->details_group, _("Date of birth"), birth);
  add_fact (self, self->details_group, _("Sex"),
            sex != TANDEM_SEX_NOT_KNOWN ? tandem_sex_get_label (sex) : NULL);
  add_fact (self, self->details_group, _("Gender identity"),
            tandem_person_get_gender_identity (person));
  add_fact (self, self->details_group, _("Address"), tandem_person_get_address (person));
  add_left_to_right_fact (self, self->details_group, _("Postcode"),
                          tandem_person_get_postcode (person));
  add_left_to_right_fact (self, self->details_group, _("Phone"), tandem_person_get_phone (person));
  add_left_to_right_fact (self, self->details_group, _("Email"), tandem_person_get_email (person));
  add_fact (self, self->details_group, _("Registered practice"),
            practice ? tandem_practice_get_name (practice) : NULL);

  if (tandem_person_get_is_carer (person) && tandem_person_get_has_carer (person))
    caring = g_strdup (_("Cares for someone, and has a carer"));
  else if (tandem_person_get_is_carer (person))
    caring = g_strdup (_("Cares for someone"));
  else if (tandem_person_get_has_carer (person))
    caring = g_strdup (_("Has a carer"));
  add_fact (self, self->details_group, _("Caring"), caring);

  add_fact (self, self->communication_group, _("Preferred language"), language);
  add_fact (self, self->communication_group, _("Interpreter"),
            tandem_person_get_interpreter_needed (person) ? _("Needed") : _("Not needed"));
  add_fact (self, self->communication_group, _("Communication needs"), needs);
  add_fact (self, self->communication_group, _("How to communicate"),
            tandem_person_get_communication_notes (person));
}

static char *
dup_consent (gboolean    given,
             const char *date,
             const char *detail)
{
  g_autofree char *formatted = tandem_date_format (date);

  if (!given)
    return g_strdup (_("Not given"));

  if (formatted[0] == '\0')
    return g_strdup (detail && detail[0] ? detail : yes_no (TRUE));

  if (detail != NULL && detail[0] != '\0')
    /* Translators: consent details and the date it was given */
    return g_strdup_printf (_("%s (since %s)"), detail, formatted);

  return g_strdup_printf (_("Given on %s"), formatted);
}

static void
fill_consent (TandemPersonPage *self)
{
  TandemPerson *person = self->person;
  g_autofree char *record = dup_consent (tandem_person_get_consent_to_record (person),
                                         tandem_person_get_consent_to_record_date (person), NULL);
  g_autofree char *share_detail = NULL;
  g_autofree char *share = NULL;

  if (tandem_person_get_consent_to_share_with (person)[0] != '\0' ||
      tandem_person_get_consent_to_share_scope (person)[0] != '\0')
    share_detail = g_strdup_printf ("%s%s%s", tandem_person_get_consent_to_share_with (person),
                                    tandem_person_get_consent_to_share_with (person)[0] &&
                                    tandem_person_get_consent_to_share_scope (person)[0]
                                    ? ": " : "",
                                    tandem_person_get_consent_to_share_scope (person));

  share = dup_consent (tandem_person_get_consent_to_share (person),
                       tandem_person_get_consent_to_share_date (person), share_detail);

  add_fact (self, self->consent_group, _("To a record in Tandem"), record);
  add_fact (self, self->consent_group, _("To share with their GP and others"), share);
}

static const char *
staff_name (TandemPersonPage *self,
            gint64            staff_id)
{
  TandemStaff *staff = tandem_team_find_staff (get_team (self), staff_id);

  return staff ? tandem_staff_get_name (staff) : NULL;
}

static char *
dup_referral_title (TandemReferral *referral)
{
  g_autofree char *received = tandem_date_format (tandem_referral_get_received_on (referral));

  /* Translators: a referral episode: the role it is for, and when it was received */
  return g_strdup_printf (_("%s, received %s"),
                          tandem_role_get_label (tandem_referral_get_for_role (referral)),
                          received);
}

static char *
dup_referral_subtitle (TandemPersonPage *self,
                       TandemReferral   *referral)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  TandemReferralStatus status = tandem_referral_get_status (referral);
  const char *worker = staff_name (self, tandem_referral_get_assigned_staff_id (referral));
  g_autofree char *worker_text = NULL;

  g_ptr_array_add (parts, (char *) tandem_referral_status_get_label (status));
  if (tandem_referral_status_is_open (status))
    g_ptr_array_add (parts, (char *) tandem_priority_get_label (tandem_referral_get_priority (referral)));
  if (worker != NULL)
    g_ptr_array_add (parts, worker_text = g_strdup_printf (_("with %s"), worker));
  else if (tandem_referral_status_is_open (status))
    g_ptr_array_add (parts, (char *) _("not yet allocated"));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
append_date (GString    *text,
             const char *label,
             const char *iso)
{
  g_autofree char *formatted = tandem_date_format (iso);

  if (formatted[0] == '\0')
    return;

  if (text->len > 0)
    g_string_append (text, _(", "));
  /* Translators: a step of a referral and its date, as in "accepted 3 Mar 2026" */
  g_string_append_printf (text, _("%s %s"), label, formatted);
}

static char *
dup_dates (TandemReferral *referral)
{
  GString *text = g_string_new (NULL);

  append_date (text, _("first contact"), tandem_referral_get_contacted_on (referral));
  append_date (text, _("accepted"), tandem_referral_get_accepted_on (referral));
  append_date (text, _("ended"), tandem_referral_get_ended_on (referral));

  return g_string_free (text, FALSE);
}

static char *
dup_code_text (TandemReferral *referral)
{
  g_autoptr(GArray) codes = tandem_snomed_codes_for_referral (referral);
  TandemCodedEntry *entry;
  g_autofree char *date = NULL;

  if (codes->len == 0)
    return g_strdup (tandem_snomed_why_not_coded (referral));

  entry = &g_array_index (codes, TandemCodedEntry, 0);
  date = tandem_date_format (entry->date);
  return g_strdup_printf ("%s %s, %s", entry->code, entry->term, date);
}

static GtkWidget *
make_action_button (const char *label,
                    const char *action,
                    GVariant   *target,
                    gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");

  return button;
}

static GVariant *
status_target (TandemReferral       *referral,
               TandemReferralStatus  status)
{
  return g_variant_new ("(xs)", tandem_record_get_id (referral),
                        tandem_enum_to_nick (TANDEM_TYPE_REFERRAL_STATUS, status));
}

/* The buttons that move an episode on, one click each, and the others. */
static GtkWidget *
make_referral_actions (TandemReferral *referral)
{
  GtkWidget *box = gtk_flow_box_new ();
  TandemReferralStatus status = tandem_referral_get_status (referral);
  gint64 id = tandem_record_get_id (referral);
  GtkWidget *buttons[8];
  guint n = 0;

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  if (tandem_referral_status_is_waiting (status))
    {
      buttons[n++] = make_action_button (_("_Accept"), "person.set-referral-status",
                                         status_target (referral, TANDEM_REFERRAL_ACTIVE), TRUE);
      buttons[n++] = make_action_button (_("_Decline"), "person.set-referral-status",
                                         status_target (referral, TANDEM_REFERRAL_DECLINED), FALSE);
      buttons[n++] = make_action_button (_("_No Response"), "person.set-referral-status",
                                         status_target (referral, TANDEM_REFERRAL_NO_RESPONSE),
                                         FALSE);
      if (status == TANDEM_REFERRAL_RECEIVED)
        buttons[n++] = make_action_button (_("Mark _Contacted"), "person.set-referral-status",
                                           status_target (referral, TANDEM_REFERRAL_CONTACTED),
                                           FALSE);
    }
  else if (status == TANDEM_REFERRAL_ACTIVE)
    buttons[n++] = make_action_button (_("C_lose Episode"), "person.set-referral-status",
                                       status_target (referral, TANDEM_REFERRAL_CLOSED), FALSE);

  buttons[n++] = make_action_button (_("Copy for _GP Record"), "person.copy-gp-summary",
                                     g_variant_new_int64 (id), FALSE);
  buttons[n++] = make_action_button (_("_Edit"), "person.edit-referral",
                                     g_variant_new_int64 (id), FALSE);
  buttons[n++] = make_action_button (_("Dele_te"), "person.delete-referral",
                                     g_variant_new_int64 (id), FALSE);

  for (guint i = 0; i < n; i++)
    gtk_flow_box_append (GTK_FLOW_BOX (box), buttons[i]);

  return box;
}

/* "GP, Dr Anna Khan, GP partner": the kind of referrer, then who, leaving out what is not
 * recorded. */
static char *
dup_referrer (TandemReferral *referral)
{
  const char *parts[] = {
    tandem_referral_source_get_label (tandem_referral_get_source (referral)),
    tandem_referral_get_referrer_name (referral),
    tandem_referral_get_referrer_role (referral),
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, _(", "));
      g_string_append (text, parts[i]);
    }

  return g_string_free (text, FALSE);
}

static void
add_referral (TandemPersonPage *self,
              TandemReferral   *referral,
              gboolean          expanded)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *actions_row = gtk_list_box_row_new ();
  g_autofree char *title = dup_referral_title (referral);
  g_autofree char *subtitle = dup_referral_subtitle (self, referral);
  g_autofree char *dates = dup_dates (referral);
  g_autofree char *code = dup_code_text (referral);
  g_autofree char *referrer = NULL;
  g_autofree char *received_how = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);

  referrer = dup_referrer (referral);
  received_how = g_strdup (tandem_referral_method_get_label (tandem_referral_get_method (referral)));

  add_expander_fact (row, _("Reasons"), tandem_referral_get_reasons (referral));
  add_expander_fact (row, _("Referred by"), referrer);
  add_expander_fact (row, _("Referrer’s organisation"),
                     tandem_referral_get_referrer_organisation (referral));
  add_expander_fact (row, _("How to reach the referrer"),
                     tandem_referral_get_referrer_contact (referral));
  add_expander_fact (row, _("Arrived by"), received_how);
  add_expander_fact (row, _("Dates"), dates);
  add_expander_fact (row, _("Code for the GP record"), code);
  add_expander_fact (row, _("Why it ended"), tandem_referral_get_outcome_note (referral));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions_row), make_referral_actions (referral));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions_row);

  add_row (self, self->referrals_group, row);
}

static void
fill_referrals (TandemPersonPage *self)
{
  gint64 current = 0;

  if (self->referrals->len == 0)
    {
      add_empty_row (self, self->referrals_group, _("No referrals yet"));
      return;
    }

  /* The episode the caseload shows for the person opens expanded. */
  for (guint i = 0; i < self->referrals->len; i++)
    {
      TandemReferral *referral = g_ptr_array_index (self->referrals, i);
      TandemReferral *best = find_by_id (self->referrals, current);
      GDate a, b;

      tandem_date_from_iso (tandem_referral_get_received_on (referral), &a);
      if (best != NULL)
        tandem_date_from_iso (tandem_referral_get_received_on (best), &b);

      if (best == NULL ||
          tandem_referral_compare_currency (tandem_referral_get_status (referral),
                                            tandem_referral_get_priority (referral),
                                            g_date_valid (&a) ? g_date_get_julian (&a) : 0,
                                            tandem_referral_get_status (best),
                                            tandem_referral_get_priority (best),
                                            g_date_valid (&b) ? g_date_get_julian (&b) : 0) < 0)
        current = tandem_record_get_id (referral);
    }

  for (guint i = 0; i < self->referrals->len; i++)
    {
      TandemReferral *referral = g_ptr_array_index (self->referrals, i);

      add_referral (self, referral, tandem_record_get_id (referral) == current);
    }
}

static void
add_contact (TandemPersonPage *self,
             TandemContact    *contact)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = tandem_date_format (tandem_contact_get_contact_date (contact));
  const char *who = staff_name (self, tandem_contact_get_staff_id (contact));
  g_autoptr(GString) title = g_string_new (date);
  g_autoptr(GString) subtitle = g_string_new (tandem_contact_get_note (contact));
  int minutes = tandem_contact_get_duration_minutes (contact);
  gint64 id = tandem_record_get_id (contact);

  g_string_append_printf (title, _(" · %s"),
                          tandem_contact_mode_get_label (tandem_contact_get_mode (contact)));
  if (minutes > 0)
    g_string_append_printf (title, g_dngettext (GETTEXT_PACKAGE, " · %d minute", " · %d minutes",
                                                minutes),
                            minutes);
  if (who != NULL)
    g_string_append_printf (title, _(" · %s"), who);

  if (tandem_contact_get_with_whom (contact)[0] != '\0')
    g_string_append_printf (subtitle, _("\nAlso there: %s"), tandem_contact_get_with_whom (contact));
  if (tandem_contact_get_next_step (contact)[0] != '\0')
    g_string_append_printf (subtitle, _("\nNext: %s"), tandem_contact_get_next_step (contact));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title->str);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_strstrip (subtitle->str));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("document-edit-symbolic", _("Edit Contact"),
                                                     "person.edit-contact", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("user-trash-symbolic", _("Delete Contact"),
                                                     "person.delete-contact", id));

  add_row (self, self->contacts_group, row);
}

static char *
dup_signpost_subtitle (TandemPersonPage *self,
                       TandemSignpost   *signpost)
{
  g_autofree char *made_on = tandem_date_format (tandem_signpost_get_made_on (signpost));
  TandemSignpostOutcome outcome = tandem_signpost_get_outcome (signpost);
  const char *who = staff_name (self, tandem_signpost_get_staff_id (signpost));
  g_autoptr(GString) text = NULL;

  /* Translators: a signpost on a person's page: kind, how, and the date, as in
   * "Referral · Warm handover · 3 March 2026" */
  text = g_string_new (NULL);
  g_string_append_printf (text, _("%s · %s · %s"),
                          tandem_enum_get_label (TANDEM_TYPE_SIGNPOST_KIND,
                                                 tandem_signpost_get_kind (signpost)),
                          tandem_enum_get_label (TANDEM_TYPE_HANDOVER,
                                                 tandem_signpost_get_handover (signpost)),
                          made_on);
  if (who != NULL)
    g_string_append_printf (text, _(" · %s"), who);

  if (outcome != TANDEM_SIGNPOST_OUTCOME_PENDING)
    {
      g_autofree char *outcome_on = tandem_date_format (tandem_signpost_get_outcome_on (signpost));

      /* Translators: what came of a signpost and when it was learnt, as in
       * "Still attending (3 April 2026)" */
      g_string_append_printf (text, _("\n%s (%s)"),
                              tandem_enum_get_label (TANDEM_TYPE_SIGNPOST_OUTCOME, outcome),
                              outcome_on);
    }
  else if (tandem_signpost_get_follow_up_on (signpost)[0] != '\0')
    {
      g_autofree char *follow_up = tandem_date_format (tandem_signpost_get_follow_up_on (signpost));

      g_string_append_printf (text, _("\nAsk how it went on %s"), follow_up);
    }

  if (tandem_signpost_get_reason (signpost)[0] != '\0')
    g_string_append_printf (text, _("\nWhy: %s"), tandem_signpost_get_reason (signpost));
  if (tandem_signpost_get_outcome_note (signpost)[0] != '\0')
    g_string_append_printf (text, _("\nNote: %s"), tandem_signpost_get_outcome_note (signpost));
  if (tandem_signpost_get_red_override (signpost))
    g_string_append_printf (text, _("\nUsed although its suitability check was red: %s"),
                            tandem_signpost_get_override_reason (signpost));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_badge (const char *text,
            const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "tandem-badge");
  gtk_widget_add_css_class (label, style);
  return label;
}

static void
add_signpost (TandemPersonPage *self,
              TandemSignpost   *signpost,
              const GDate      *today)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = dup_signpost_subtitle (self, signpost);
  gint64 id = tandem_record_get_id (signpost);
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_signpost_get_asset_name (signpost));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (tandem_signpost_is_follow_up_due (signpost, today))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_badge (_("Outcome due"), "warning"));

  button = gtk_button_new_with_mnemonic (_("Record _Outcome…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "person.record-outcome");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tandem_icon_button_new ("user-trash-symbolic", _("Delete Signpost"),
                                                     "person.delete-signpost", id));

  add_row (self, self->support_group, row);
}

static void
fill_support (TandemPersonPage *self)
{
  GDate today;

  if (self->signposts->len == 0)
    {
      add_empty_row (self, self->support_group, _("Not signposted or referred anywhere yet"));
      return;
    }

  tandem_date_set_today (&today);
  for (guint i = 0; i < self->signposts->len; i++)
    add_signpost (self, g_ptr_array_index (self->signposts, i), &today);
}

static void
fill_contacts (TandemPersonPage *self)
{
  if (self->contacts->len == 0)
    {
      add_empty_row (self, self->contacts_group, _("No contacts recorded yet"));
      return;
    }

  for (guint i = 0; i < self->contacts->len; i++)
    add_contact (self, g_ptr_array_index (self->contacts, i));
}

static void
update_draft_box (TandemPersonPage *self)
{
  g_autofree char *draft = tandem_store_load_draft (get_store (self), "person", self->person_id,
                                                    NULL);

  gtk_widget_set_visible (self->draft_box, draft != NULL);
}

static void
reload (TandemPersonPage *self)
{
  g_autoptr(GError) error = NULL;
  TandemStore *store;

  clear_rows (self);
  g_clear_object (&self->person);
  g_clear_pointer (&self->referrals, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->plan_versions, g_ptr_array_unref);
  g_clear_pointer (&self->signposts, g_ptr_array_unref);

  if (self->session == NULL || self->person_id == 0)
    return;

  store = get_store (self);
  if ((self->person = tandem_store_load_person (store, self->person_id, &error)) == NULL ||
      (self->referrals = tandem_store_list_referrals (store, self->person_id, &error)) == NULL ||
      (self->contacts = tandem_store_list_contacts (store, self->person_id, &error)) == NULL ||
      (self->plan_versions = tandem_store_list_plan_versions (store, self->person_id,
                                                              &error)) == NULL ||
      (self->signposts = tandem_store_list_signposts (store, self->person_id, &error)) == NULL)
    {
      g_clear_object (&self->person);
      if (!g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
        show_message (self, error->message);
      self->person_id = 0;
      g_signal_emit (self, signals[SIGNAL_GONE], 0);
      return;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.show-audit",
                                 tandem_store_may_read_audit (store));
  /* Offered only to those the store lets do it; the store checks again when asked. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.export-subject-access",
                                 tandem_store_may_export_subject_access (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.erase",
                                 tandem_store_may_erase_people (store));

  fill_header (self);
  update_draft_box (self);
  fill_referrals (self);
  fill_plan (self);
  fill_support (self);
  fill_details (self);
  fill_consent (self);
  fill_contacts (self);
}

static char *
describe_plan (TandemPlanVersion *latest)
{
  g_autofree char *agreed = tandem_date_format (tandem_plan_version_get_agreed_on (latest));
  int number = tandem_plan_version_get_number (latest);

  if (tandem_plan_version_get_state (latest) == TANDEM_PLAN_AGREED)
    /* Translators: a plan's version and the day it was agreed */
    return g_strdup_printf (_("Version %d, agreed on %s"), number, agreed);

  if (tandem_plan_version_get_is_review (latest))
    /* Translators: a plan being reviewed: the draft of its next version */
    return g_strdup_printf (_("Version %d, a draft under review"), number);

  return g_strdup (_("A draft, not yet agreed"));
}

static char *
describe_review (TandemPlanVersion *agreed)
{
  g_autofree char *date = NULL;
  GDate today;

  if (agreed == NULL || tandem_plan_version_get_review_on (agreed)[0] == '\0')
    return NULL;

  date = tandem_date_format (tandem_plan_version_get_review_on (agreed));
  tandem_date_set_today (&today);

  switch (tandem_plan_version_get_review_state (agreed, &today))
    {
    case TANDEM_REVIEW_OVERDUE:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Review overdue since %s"), date);
    case TANDEM_REVIEW_DUE_SOON:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Review due on %s, this week"), date);
    case TANDEM_REVIEW_NOT_DUE:
    case TANDEM_REVIEW_NOT_AGREED:
    default:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Review due on %s"), date);
    }
}

static void
fill_plan (TandemPersonPage *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  gboolean has_plan = self->plan_versions->len > 0;

  if (has_plan)
    {
      TandemPlanVersion *latest = g_ptr_array_index (self->plan_versions, 0);
      g_autofree char *title = describe_plan (latest);
      g_autofree char *review = describe_review (tandem_plan_versions_find_agreed (self->plan_versions));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (review != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), review);
      button = gtk_button_new_with_mnemonic (_("_Open Plan"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No plan yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Write it with the person, in their own words"));
      button = gtk_button_new_with_mnemonic (_("_Start Plan"));
    }

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "person.open-plan");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  add_row (self, self->plan_group, row);
}

/* Opens the person's plan in the Plans section, starting it first if they have none. */
static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemStaff *me = tandem_session_get_current_staff (self->session);
  gint64 person_id = self->person_id;

  if (self->plan_versions != NULL && self->plan_versions->len == 0)
    {
      g_autoptr(TandemPlanVersion) version = NULL;
      g_autoptr(GError) error = NULL;

      version = tandem_store_create_plan (get_store (self), person_id,
                                          me != NULL ? tandem_record_get_id (me) : 0, &error);
      if (version == NULL)
        {
          show_message (self, error->message);
          return;
        }
    }

  gtk_widget_activate_action (widget, "win.show-plan", "x", person_id);
}

static void
store_changed_cb (TandemPersonPage *self,
                  gint64            person_id)
{
  if (person_id == 0 || person_id == self->person_id)
    reload (self);
}

static void
back_clicked_cb (TandemPersonPage *self)
{
  g_signal_emit (self, signals[SIGNAL_GO_BACK], 0);
}

static void
edit_closed_cb (TandemPersonPage *self)
{
  update_draft_box (self);
}

/* The NHS number typed while editing belongs to someone else, and the user went to them. */
static void
edit_open_person_cb (TandemPersonPage *self,
                     gint64            person_id)
{
  g_signal_emit (self, signals[SIGNAL_OPEN_PERSON], 0, person_id);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemPersonEditor *editor;

  if (self->person == NULL)
    return;

  editor = tandem_person_editor_new (get_window (self), get_store (self), get_team (self),
                                     self->person, tandem_session_get_current_staff (self->session));
  g_signal_connect_object (editor, "destroy", G_CALLBACK (edit_closed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "open-person", G_CALLBACK (edit_open_person_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TandemPersonPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->person == NULL)
    return;

  name = tandem_person_dup_full_name (self->person);
  if (!tandem_store_delete_person (get_store (self), self->person_id, &error))
    {
      show_message (self, error->message);
      return;
    }

  message = g_strdup_printf (_("Deleted %s"), name);
  show_message (self, message);
}

/* Opening someone's record is recorded in the audit trail, once per opening: rereading it
 * after a save is not another look. */
static void
record_view (TandemPersonPage *self,
             gint64            person_id)
{
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || person_id <= 0)
    return;

  if (!tandem_store_record_audit (get_store (self), TANDEM_AUDIT_VIEW, "person", person_id,
                                  person_id, &error))
    show_message (self, error->message);
}

static void
show_audit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);

  if (self->person_id == 0)
    return;

  gtk_window_present (GTK_WINDOW (tandem_audit_window_new (get_window (self), self->session,
                                                           self->person_id)));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->person == NULL)
    return;

  name = tandem_person_dup_full_name (self->person);
  heading = g_strdup_printf (_("Delete %s?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), heading,
                                                       _("Their details, referrals and contacts "
                                                         "will be deleted for good. Referrals "
                                                         "that end are better closed, which "
                                                         "keeps the record.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_subject_access_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);

  if (self->person == NULL)
    return;

  tandem_rights_export_subject_access (get_window (self), self->session, self->person_id);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->person == NULL)
    return;

  /* Once erased, the store's change notice finds the person gone and the page closes. */
  name = tandem_person_dup_full_name (self->person);
  tandem_rights_erase_person (get_window (self), self->session, self->person_id, name);
}

static void
add_referral_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemReferralEditor *editor;

  if (self->person == NULL)
    return;

  editor = tandem_referral_editor_new (get_window (self), get_store (self), get_team (self),
                                       self->person_id, NULL,
                                       tandem_session_get_current_staff (self->session));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_referral_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemReferral *referral = find_by_id (self->referrals, g_variant_get_int64 (parameter));
  TandemReferralEditor *editor;

  if (referral == NULL)
    return;

  editor = tandem_referral_editor_new (get_window (self), get_store (self), get_team (self),
                                       self->person_id, referral,
                                       tandem_session_get_current_staff (self->session));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
delete_referral_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             TandemPersonPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "referral-id"));

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!tandem_store_delete_referral (get_store (self), id, &error))
    show_message (self, error->message);
  else
    show_message (self, _("Referral deleted"));
}

/* A referral mistakenly added can go; one that happened is closed instead, so the dialog
 * says so. */
static void
delete_referral_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  AdwMessageDialog *dialog;

  if (find_by_id (self->referrals, id) == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), _("Delete This Referral?"),
                                                       _("Delete a referral only if it was added "
                                                         "by mistake. Its contacts are kept. "
                                                         "An episode that has finished should be "
                                                         "closed instead.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "referral-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_referral_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What Undo does on a person's record: saves a referral or contact as it was before, or
 * adds a deleted one again as a new row. */
static gboolean
save_record (TandemStore  *store,
             gpointer      record,
             GError      **error)
{
  if (TANDEM_IS_REFERRAL (record))
    return tandem_store_save_referral (store, record, error);
  if (TANDEM_IS_SIGNPOST (record))
    return tandem_store_save_signpost (store, record, error);

  return tandem_store_save_contact (store, record, error);
}

static gboolean
add_record_again (TandemStore  *store,
                  gpointer      record,
                  GError      **error)
{
  tandem_record_set_id (record, 0);
  return save_record (store, record, error);
}

static void
show_undo_toast (TandemPersonPage *self,
                 const char       *message,
                 gpointer          previous,
                 gboolean          deleted)
{
  tandem_toast_show_undo (GTK_WIDGET (self), message, get_store (self), previous,
                          deleted ? add_record_again : save_record);
}

static char *
dup_status_message (TandemReferral *referral)
{
  const char *code = tandem_snomed_code_for (tandem_referral_get_for_role (referral),
                                             tandem_referral_get_status (referral));

  switch (tandem_referral_get_status (referral))
    {
    case TANDEM_REFERRAL_ACTIVE:
      return code ? g_strdup_printf (_("Accepted: code %s for the GP record"), code)
                  : g_strdup (_("Accepted"));
    case TANDEM_REFERRAL_DECLINED:
      return code ? g_strdup_printf (_("Declined: code %s for the GP record"), code)
                  : g_strdup (_("Declined"));
    case TANDEM_REFERRAL_NO_RESPONSE:
      return g_strdup (_("Marked as no response: not coded"));
    case TANDEM_REFERRAL_CLOSED:
      return g_strdup (_("Episode closed"));
    case TANDEM_REFERRAL_CONTACTED:
      return g_strdup (_("Marked as contacted"));
    case TANDEM_REFERRAL_RECEIVED:
    default:
      return g_strdup (_("Referral reopened"));
    }
}

/* One click moves an episode on, dated today; a toast offers to undo a slip. */
static void
set_referral_status_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  g_autoptr(TandemReferral) previous = NULL;
  g_autoptr(TandemReferral) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  TandemReferral *referral;
  const char *nick;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &nick);
  referral = find_by_id (self->referrals, id);
  if (referral == NULL)
    return;

  previous = tandem_record_copy (referral);
  changed = tandem_record_copy (referral);
  tandem_referral_change_status (changed,
                                 tandem_enum_from_nick (TANDEM_TYPE_REFERRAL_STATUS, nick,
                                                        TANDEM_REFERRAL_RECEIVED),
                                 NULL);

  /* Whoever accepts a referral nobody was allocated to takes it on. */
  if (tandem_referral_get_status (changed) == TANDEM_REFERRAL_ACTIVE &&
      tandem_referral_get_assigned_staff_id (changed) == 0 &&
      tandem_session_get_current_staff (self->session) != NULL)
    tandem_referral_set_assigned_staff_id (changed,
                                           tandem_record_get_id (tandem_session_get_current_staff (self->session)));

  if (!tandem_store_save_referral (get_store (self), changed, &error))
    {
      show_message (self, error->message);
      return;
    }

  message = dup_status_message (changed);
  show_undo_toast (self, message, previous, FALSE);
}

/**
 * tandem_person_page_dup_gp_summary:
 *
 * Returns: (transfer full) (nullable): the text "Copy for GP Record" puts on the clipboard
 */
char *
tandem_person_page_dup_gp_summary (TandemPersonPage *self,
                                   gint64            referral_id)
{
  TandemReferral *referral;
  TandemStaff *worker;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new ();
  TandemGpSummarySource source = { 0 };

  g_return_val_if_fail (TANDEM_IS_PERSON_PAGE (self), NULL);

  referral = find_by_id (self->referrals, referral_id);
  if (referral == NULL || self->person == NULL)
    return NULL;

  for (guint i = 0; i < self->contacts->len; i++)
    {
      TandemContact *contact = g_ptr_array_index (self->contacts, i);

      if (tandem_contact_get_referral_id (contact) == referral_id)
        g_ptr_array_add (contacts, contact);
    }

  worker = tandem_team_find_staff (get_team (self), tandem_referral_get_assigned_staff_id (referral));
  source.pcn_name = tandem_team_get_pcn_name (get_team (self));
  source.person = self->person;
  source.referral = referral;
  source.contacts = contacts;
  source.worker_name = worker ? tandem_staff_get_name (worker) : NULL;
  source.worker_role = worker ? tandem_staff_get_role (worker) : TANDEM_ROLE_LINK_WORKER;

  return tandem_gp_summary_for_referral (&source);
}

static void
copy_gp_summary_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  g_autofree char *text = tandem_person_page_dup_gp_summary (self, g_variant_get_int64 (parameter));

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_message (self, tandem_person_get_consent_to_share (self->person)
                      ? _("Copied the summary for the GP record")
                      : _("Copied the codes for the GP record: the person has not agreed to "
                          "share more"));
}

static gint64
current_referral_id (TandemPersonPage *self)
{
  for (guint i = 0; self->referrals != NULL && i < self->referrals->len; i++)
    {
      TandemReferral *referral = g_ptr_array_index (self->referrals, i);

      if (tandem_referral_status_is_open (tandem_referral_get_status (referral)))
        return tandem_record_get_id (referral);
    }

  return 0;
}

static void
add_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemContactEditor *editor;

  if (self->person == NULL)
    return;

  editor = tandem_contact_editor_new (get_window (self), get_store (self), get_team (self),
                                      self->person_id, current_referral_id (self), NULL,
                                      tandem_session_get_current_staff (self->session));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemContact *contact = find_by_id (self->contacts, g_variant_get_int64 (parameter));
  TandemContactEditor *editor;

  if (contact == NULL)
    return;

  editor = tandem_contact_editor_new (get_window (self), get_store (self), get_team (self),
                                      self->person_id, 0, contact,
                                      tandem_session_get_current_staff (self->session));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
delete_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemContact *contact = find_by_id (self->contacts, g_variant_get_int64 (parameter));
  g_autoptr(TandemContact) previous = NULL;
  g_autoptr(GError) error = NULL;

  if (contact == NULL)
    return;

  previous = tandem_record_copy (contact);
  if (!tandem_store_delete_contact (get_store (self), tandem_record_get_id (contact), &error))
    {
      show_message (self, error->message);
      return;
    }

  show_undo_toast (self, _("Contact deleted"), previous, TRUE);
}

static void
signpost_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemSignpostDialog *dialog;

  if (self->person == NULL)
    return;

  dialog = tandem_signpost_dialog_new (get_window (self), self->session, self->person_id,
                                       NULL, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_outcome_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemSignpost *signpost = find_by_id (self->signposts, g_variant_get_int64 (parameter));
  TandemSignpostOutcomeDialog *dialog;

  if (signpost == NULL)
    return;

  dialog = tandem_signpost_outcome_dialog_new (get_window (self), get_store (self), signpost);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_signpost_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (widget);
  TandemSignpost *signpost = find_by_id (self->signposts, g_variant_get_int64 (parameter));
  g_autoptr(TandemSignpost) previous = NULL;
  g_autoptr(GError) error = NULL;

  if (signpost == NULL)
    return;

  previous = tandem_record_copy (signpost);
  if (!tandem_store_delete_signpost (get_store (self), signpost, &error))
    {
      show_message (self, error->message);
      return;
    }

  show_undo_toast (self, _("Signpost deleted"), previous, TRUE);
}

static void
tandem_person_page_dispose (GObject *object)
{
  TandemPersonPage *self = (TandemPersonPage *) object;

  /* The parent class disposes the widgets from the template, in an order that keeps
   * libadwaita's view switchers and stacks consistent; gtk_widget_dispose_template() would
   * dispose a stack before the switcher watching it. */
  g_clear_object (&self->session);
  g_clear_object (&self->person);
  g_clear_pointer (&self->referrals, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->plan_versions, g_ptr_array_unref);
  g_clear_pointer (&self->signposts, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_person_page_parent_class)->dispose (object);
}

static void
tandem_person_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_person_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TandemPersonPage *self = TANDEM_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_person_page_class_init (TandemPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_person_page_dispose;
  object_class->get_property = tandem_person_page_get_property;
  object_class->set_property = tandem_person_page_set_property;

  /* Whether the page is alone in a narrow window, and so needs a way back to the list. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemPersonPage::go-back:
   *
   * The user asked to go back to the caseload list.
   */
  signals[SIGNAL_GO_BACK] =
    g_signal_new ("go-back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemPersonPage::gone:
   *
   * The person shown no longer exists: they were deleted, here or elsewhere.
   */
  signals[SIGNAL_GONE] =
    g_signal_new ("gone",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TandemPersonPage::open-person:
   * @person_id: someone else to show
   */
  signals[SIGNAL_OPEN_PERSON] =
    g_signal_new ("open-person",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (TANDEM_TYPE_AVATAR);
  g_type_ensure (TANDEM_TYPE_MEASURES_GROUP);
  g_type_ensure (TANDEM_TYPE_MDT_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, safeguarding_box);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, safeguarding_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, draft_box);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, referrals_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, measures_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, mdt_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, support_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, communication_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, consent_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPersonPage, scroller);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "person.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "person.open-plan", NULL, open_plan_action);
  gtk_widget_class_install_action (widget_class, "person.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "person.show-audit", NULL, show_audit_action);
  gtk_widget_class_install_action (widget_class, "person.export-subject-access", NULL,
                                   export_subject_access_action);
  gtk_widget_class_install_action (widget_class, "person.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "person.add-referral", NULL, add_referral_action);
  gtk_widget_class_install_action (widget_class, "person.edit-referral", "x", edit_referral_action);
  gtk_widget_class_install_action (widget_class, "person.delete-referral", "x",
                                   delete_referral_action);
  gtk_widget_class_install_action (widget_class, "person.set-referral-status", "(xs)",
                                   set_referral_status_action);
  gtk_widget_class_install_action (widget_class, "person.copy-gp-summary", "x",
                                   copy_gp_summary_action);
  gtk_widget_class_install_action (widget_class, "person.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "person.edit-contact", "x", edit_contact_action);
  gtk_widget_class_install_action (widget_class, "person.delete-contact", "x",
                                   delete_contact_action);
  gtk_widget_class_install_action (widget_class, "person.signpost", NULL, signpost_action);
  gtk_widget_class_install_action (widget_class, "person.record-outcome", "x",
                                   record_outcome_action);
  gtk_widget_class_install_action (widget_class, "person.delete-signpost", "x",
                                   delete_signpost_action);

}

static void
tandem_person_page_init (TandemPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

void
tandem_person_page_set_session (TandemPersonPage *self,
                                TandemSession    *session)
{
  g_return_if_fail (TANDEM_IS_PERSON_PAGE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  tandem_measures_group_set_session (TANDEM_MEASURES_GROUP (self->measures_group), session);
  tandem_mdt_group_set_session (TANDEM_MDT_GROUP (self->mdt_group), session);
  g_signal_connect_object (tandem_session_get_store (session), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_session_get_team (session), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
}

/**
 * tandem_person_page_set_person_id:
 * @person_id: the person to show, or 0
 */
void
tandem_person_page_set_person_id (TandemPersonPage *self,
                                  gint64            person_id)
{
  g_return_if_fail (TANDEM_IS_PERSON_PAGE (self));

  if (person_id != self->person_id)
    record_view (self, person_id);

  self->person_id = person_id;
  reload (self);
  tandem_measures_group_set_person_id (TANDEM_MEASURES_GROUP (self->measures_group), person_id);
  tandem_mdt_group_set_person_id (TANDEM_MDT_GROUP (self->mdt_group), person_id);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

/**
 * tandem_person_page_get_person:
 *
 * Returns: (transfer none) (nullable): the person shown
 */
TandemPerson *
tandem_person_page_get_person (TandemPersonPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON_PAGE (self), NULL);

  return self->person;
}

/**
 * tandem_person_page_get_referrals:
 *
 * Returns: (transfer none) (element-type TandemReferral) (nullable): the person's referrals
 */
GPtrArray *
tandem_person_page_get_referrals (TandemPersonPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON_PAGE (self), NULL);

  return self->referrals;
}

/**
 * tandem_person_page_get_signposts:
 *
 * Returns: (transfer none) (element-type TandemSignpost) (nullable): the person's signposts
 *   and referrals to assets, as the Community Support group shows them
 */
GPtrArray *
tandem_person_page_get_signposts (TandemPersonPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PERSON_PAGE (self), NULL);

  return self->signposts;
}
