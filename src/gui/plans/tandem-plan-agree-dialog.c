/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-agree-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-gui-util.h"
#include "tandem-plan-agree-dialog.h"

/* Agreeing a draft: with whom, when and how, and when it will be reviewed and by whom. The
 * fields start from what is likely (the person, today, face to face, twelve weeks on, the
 * member of staff using Tandem); Agree checks them with the plan's own rules, shows what is
 * wrong under each field, and only then saves the agreement and freezes the version. */
struct _TandemPlanAgreeDialog
{
  AdwWindow          parent_instance;

  TandemSession     *session;
  TandemPlanVersion *version;      /* a copy: the page's version changes only once agreed */
  GDate              today;
  GArray            *staff_ids;    /* gint64 per item of the review staff row */

  GtkWidget         *toast_overlay;
  GtkWidget         *intro_label;
  GtkWidget         *agree_button;
  GtkWidget         *agreed_with_row;
  GtkWidget         *representative_name_row;
  GtkWidget         *representative_name_message;
  GtkWidget         *representative_name_message_label;
  GtkWidget         *representative_role_row;
  GtkWidget         *representative_role_message;
  GtkWidget         *representative_role_message_label;
  GtkWidget         *agreed_on_row;
  GtkWidget         *agreed_on_message;
  GtkWidget         *agreed_on_message_label;
  GtkWidget         *agreed_how_row;
  GtkWidget         *agreed_how_other_row;
  GtkWidget         *review_on_row;
  GtkWidget         *review_on_message;
  GtkWidget         *review_on_message_label;
  GtkWidget         *review_staff_row;
};

G_DEFINE_FINAL_TYPE (TandemPlanAgreeDialog, tandem_plan_agree_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_AGREED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A review falls due this long after agreeing, unless the user says otherwise. */
#define REVIEW_AFTER_DAYS (12 * 7)

/* The usual ways of agreeing a plan; the last item lets the user say another. */
static const char * const ways[] = {
  N_("Face to face"),
  N_("Phone"),
  N_("Video call"),
  N_("Letter"),
  N_("Another way"),
};

#define OTHER_WAY (G_N_ELEMENTS (ways) - 1)

typedef struct
{
  const char *property;
  gsize       row;       /* offsets into the instance */
  gsize       message;
  gsize       label;
} Field;

#define FIELD(name) { #name, G_STRUCT_OFFSET (TandemPlanAgreeDialog, name##_row), \
                      G_STRUCT_OFFSET (TandemPlanAgreeDialog, name##_message), \
                      G_STRUCT_OFFSET (TandemPlanAgreeDialog, name##_message_label) }

/* The fields that can show a message, in the order they appear. */
static const Field fields[] = {
  FIELD (representative_name),
  FIELD (representative_role),
  FIELD (agreed_on),
  FIELD (review_on),
};

#define MEMBER(self, offset) (*(GtkWidget **) G_STRUCT_MEMBER_P (self, offset))

static gboolean
is_representative (TandemPlanAgreeDialog *self)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (self->agreed_with_row)) ==
         TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE;
}

static void
agreed_with_changed_cb (TandemPlanAgreeDialog *self)
{
  gboolean representative = is_representative (self);

  gtk_widget_set_visible (self->representative_name_row, representative);
  gtk_widget_set_visible (self->representative_role_row, representative);
  if (!representative)
    {
      gtk_widget_set_visible (self->representative_name_message, FALSE);
      gtk_widget_set_visible (self->representative_role_message, FALSE);
    }
}

static void
agreed_how_changed_cb (TandemPlanAgreeDialog *self)
{
  gtk_widget_set_visible (self->agreed_how_other_row,
                          adw_combo_row_get_selected (ADW_COMBO_ROW (self->agreed_how_row)) ==
                          OTHER_WAY);
}

static const char *
entry_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* "agreed-on" for the field agreed_on. */
static char *
property_of (const Field *field)
{
  return g_strdelimit (g_strdup (field->property), "_", '-');
}

static void
show_messages (TandemPlanAgreeDialog *self,
               GHashTable            *errors)
{
  gboolean focused = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *property = property_of (&fields[i]);
      const char *message = g_hash_table_lookup (errors, property);
      GtkWidget *row = MEMBER (self, fields[i].row);

      gtk_label_set_text (GTK_LABEL (MEMBER (self, fields[i].label)), message);
      gtk_widget_set_visible (MEMBER (self, fields[i].message), message != NULL);
      if (message != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   message ? GTK_ACCESSIBLE_INVALID_TRUE
                                           : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);

      if (message != NULL && !focused)
        focused = gtk_widget_grab_focus (row);
    }
}

/* Reads a date field into @property of the version, or says what is wrong with it. */
static void
read_date (TandemPlanAgreeDialog *self,
           GtkWidget             *row,
           const char            *property,
           GHashTable            *errors)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  GDate date;

  if (!tandem_date_parse (entry_text (row), &date, &error))
    {
      g_hash_table_replace (errors, g_strdup (property), g_strdup (error->message));
      g_object_set (self->version, property, "", NULL);
      return;
    }

  iso = tandem_date_to_iso (&date);
  g_object_set (self->version, property, iso, NULL);
}

static char *
dup_how (TandemPlanAgreeDialog *self)
{
  guint way = adw_combo_row_get_selected (ADW_COMBO_ROW (self->agreed_how_row));
  g_autofree char *other = NULL;

  if (way < OTHER_WAY)
    return g_strdup (_(ways[way]));

  other = g_strstrip (g_strdup (entry_text (self->agreed_how_other_row)));
  return g_steal_pointer (&other);
}

/* Applies the fields to the copy of the version, collecting what is wrong. */
static gboolean
read_fields (TandemPlanAgreeDialog *self,
             GHashTable            *errors)
{
  g_autoptr(GHashTable) rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *how = dup_how (self);
  g_autofree char *name = g_strstrip (g_strdup (entry_text (self->representative_name_row)));
  g_autofree char *role = g_strstrip (g_strdup (entry_text (self->representative_role_row)));
  TandemStaff *me = tandem_session_get_current_staff (self->session);
  guint reviewer = adw_combo_row_get_selected (ADW_COMBO_ROW (self->review_staff_row));
  GHashTableIter iter;
  gpointer key, value;

  tandem_plan_version_set_agreed_with (self->version,
                                       is_representative (self)
                                       ? TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE
                                       : TANDEM_PLAN_AGREED_WITH_PERSON);
  tandem_plan_version_set_representative_name (self->version, is_representative (self) ? name : "");
  tandem_plan_version_set_representative_role (self->version, is_representative (self) ? role : "");
  tandem_plan_version_set_agreed_how (self->version, how);
  tandem_plan_version_set_agreed_by_staff_id (self->version, me ? tandem_record_get_id (me) : 0);
  tandem_plan_version_set_review_staff_id (self->version,
                                           reviewer < self->staff_ids->len
                                           ? g_array_index (self->staff_ids, gint64, reviewer) : 0);

  read_date (self, self->agreed_on_row, "agreed-on", errors);
  read_date (self, self->review_on_row, "review-on", errors);

  /* The plan's rules say what else is missing; a date that could not be read keeps its own
   * message rather than "enter a date". */
  tandem_plan_version_check_agreement (self->version, &self->today, rules);
  g_hash_table_iter_init (&iter, rules);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (errors, key))
      g_hash_table_insert (errors, g_strdup (key), g_strdup (value));

  return g_hash_table_size (errors) == 0;
}

static void
report_error (TandemPlanAgreeDialog *self,
              const char            *message)
{
  AdwToast *toast = tandem_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TandemPlanAgreeDialog *self = TANDEM_PLAN_AGREE_DIALOG (widget);
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  TandemStore *store = tandem_session_get_store (self->session);
  gboolean ok;

  ok = read_fields (self, errors);
  show_messages (self, errors);
  if (!ok)
    return;

  if (!tandem_store_save_plan_version (store, self->version, &error) ||
      !tandem_store_agree_plan (store, self->version, &self->today, &error))
    {
      report_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_AGREED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
tandem_plan_agree_dialog_dispose (GObject *object)
{
  TandemPlanAgreeDialog *self = (TandemPlanAgreeDialog *) object;

  g_clear_object (&self->session);
  g_clear_object (&self->version);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (tandem_plan_agree_dialog_parent_class)->dispose (object);
}

static void
tandem_plan_agree_dialog_class_init (TandemPlanAgreeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plan_agree_dialog_dispose;

  /**
   * TandemPlanAgreeDialog::agreed:
   *
   * The version was agreed and is now frozen; the dialog closes.
   */
  signals[SIGNAL_AGREED] =
    g_signal_new ("agreed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-plan-agree-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, agree_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, agreed_with_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, representative_name_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, representative_name_message);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, representative_name_message_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, representative_role_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, representative_role_message);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, representative_role_message_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, agreed_on_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, agreed_on_message);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, agreed_on_message_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, agreed_how_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, agreed_how_other_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, review_on_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, review_on_message);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, review_on_message_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanAgreeDialog, review_staff_row);
  gtk_widget_class_bind_template_callback (widget_class, agreed_with_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, agreed_how_changed_cb);

  gtk_widget_class_install_action (widget_class, "agree.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "agree.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "agree.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "agree.confirm", NULL);
}

static void
tandem_plan_agree_dialog_init (TandemPlanAgreeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tandem_date_set_today (&self->today);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
fill_choices (TandemPlanAgreeDialog *self)
{
  g_autoptr(GtkStringList) with = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) how = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) staff = gtk_string_list_new (NULL);
  GListModel *members = tandem_team_get_staff (tandem_session_get_team (self->session));
  gint64 reviewer = tandem_plan_version_get_review_staff_id (self->version);
  gint64 none = 0;

  gtk_string_list_append (with, tandem_plan_agreed_with_get_label (TANDEM_PLAN_AGREED_WITH_PERSON));
  gtk_string_list_append (with,
                          tandem_plan_agreed_with_get_label (TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->agreed_with_row), G_LIST_MODEL (with));

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    gtk_string_list_append (how, _(ways[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->agreed_how_row), G_LIST_MODEL (how));

  /* Staff who have left stay listed only if they were already named. */
  gtk_string_list_append (staff, _("Nobody yet"));
  g_array_append_val (self->staff_ids, none);
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (members, i);
      gint64 id = tandem_record_get_id (member);

      if (tandem_staff_get_retired (member) && id != reviewer)
        continue;
      gtk_string_list_append (staff, tandem_staff_get_name (member));
      g_array_append_val (self->staff_ids, id);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->review_staff_row), G_LIST_MODEL (staff));
}

static void
select_staff (TandemPlanAgreeDialog *self,
              gint64                 staff_id)
{
  for (guint i = 0; i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == staff_id)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->review_staff_row), i);
}

static void
select_way (TandemPlanAgreeDialog *self,
            const char            *how)
{
  for (guint i = 0; i < OTHER_WAY; i++)
    if (g_strcmp0 (how, _(ways[i])) == 0)
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->agreed_how_row), i);
        return;
      }

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->agreed_how_row), OTHER_WAY);
  gtk_editable_set_text (GTK_EDITABLE (self->agreed_how_other_row), how);
}

/* What the fields start with: what was filled in before, or what is most likely. */
static void
fill_fields (TandemPlanAgreeDialog *self)
{
  TandemPlanVersion *version = self->version;
  TandemStaff *me = tandem_session_get_current_staff (self->session);
  g_autofree char *agreed_on = tandem_date_to_input (tandem_plan_version_get_agreed_on (version));
  g_autofree char *review_on = tandem_date_to_input (tandem_plan_version_get_review_on (version));
  const char *how = tandem_plan_version_get_agreed_how (version);
  gint64 reviewer = tandem_plan_version_get_review_staff_id (version);

  fill_choices (self);

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->agreed_with_row),
                              tandem_plan_version_get_agreed_with (version));
  gtk_editable_set_text (GTK_EDITABLE (self->representative_name_row),
                         tandem_plan_version_get_representative_name (version));
  gtk_editable_set_text (GTK_EDITABLE (self->representative_role_row),
                         tandem_plan_version_get_representative_role (version));
  agreed_with_changed_cb (self);

  select_way (self, how && how[0] ? how : _(ways[0]));
  agreed_how_changed_cb (self);

  select_staff (self, reviewer ? reviewer : me ? tandem_record_get_id (me) : 0);
  tandem_plan_agree_dialog_set_today (self, &self->today);

  if (agreed_on[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->agreed_on_row), agreed_on);
  if (review_on[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->review_on_row), review_on);
}

/**
 * tandem_plan_agree_dialog_new:
 * @version: the draft to agree, with what the user typed in it already saved
 *
 * Returns: (transfer none): the dialog, to present; it closes itself
 */
TandemPlanAgreeDialog *
tandem_plan_agree_dialog_new (GtkWindow         *parent,
                              TandemSession     *session,
                              TandemPlanVersion *version)
{
  TandemPlanAgreeDialog *self;
  g_autofree char *intro = NULL;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);
  g_return_val_if_fail (TANDEM_IS_PLAN_VERSION (version), NULL);

  self = g_object_new (TANDEM_TYPE_PLAN_AGREE_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->version = tandem_record_copy (version);

  /* Translators: the version of the plan about to be agreed */
  intro = g_strdup_printf (_("Agree version %d of the plan once the person, or someone "
                             "speaking for them, has said it is right. It is then kept as it "
                             "is: to change it later, start a review."),
                           tandem_plan_version_get_number (version));
  gtk_label_set_text (GTK_LABEL (self->intro_label), intro);

  fill_fields (self);
  return self;
}

/**
 * tandem_plan_agree_dialog_get_row:
 * @property: "agreed-with", "representative-name", "representative-role", "agreed-on",
 *   "agreed-how", "agreed-how-other", "review-on" or "review-staff-id"
 *
 * Returns: (transfer none) (nullable): the row of that field
 */
GtkWidget *
tandem_plan_agree_dialog_get_row (TandemPlanAgreeDialog *self,
                                  const char            *property)
{
  struct { const char *name; GtkWidget *row; } rows[] = {
    { "agreed-with", self->agreed_with_row },
    { "representative-name", self->representative_name_row },
    { "representative-role", self->representative_role_row },
    { "agreed-on", self->agreed_on_row },
    { "agreed-how", self->agreed_how_row },
    { "agreed-how-other", self->agreed_how_other_row },
    { "review-on", self->review_on_row },
    { "review-staff-id", self->review_staff_row },
  };

  g_return_val_if_fail (TANDEM_IS_PLAN_AGREE_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, property))
      return rows[i].row;

  return NULL;
}

/**
 * tandem_plan_agree_dialog_get_message:
 *
 * Returns: (nullable): the message shown under the field of @property
 */
const char *
tandem_plan_agree_dialog_get_message (TandemPlanAgreeDialog *self,
                                      const char            *property)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_AGREE_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *name = property_of (&fields[i]);

      if (g_str_equal (name, property) && gtk_widget_get_visible (MEMBER (self, fields[i].message)))
        return gtk_label_get_text (GTK_LABEL (MEMBER (self, fields[i].label)));
    }

  return NULL;
}

/**
 * tandem_plan_agree_dialog_set_today:
 *
 * Sets the day the agreement is checked against, and the dates the fields start from when
 * nothing was filled in before.
 */
void
tandem_plan_agree_dialog_set_today (TandemPlanAgreeDialog *self,
                                    const GDate           *today)
{
  g_autofree char *agreed_on = NULL;
  g_autofree char *review_on = NULL;
  GDate review;

  g_return_if_fail (TANDEM_IS_PLAN_AGREE_DIALOG (self));

  self->today = *today;
  review = *today;
  g_date_add_days (&review, REVIEW_AFTER_DAYS);

  agreed_on = g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (today), g_date_get_month (today),
                               g_date_get_year (today));
  review_on = g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&review),
                               g_date_get_month (&review), g_date_get_year (&review));
  gtk_editable_set_text (GTK_EDITABLE (self->agreed_on_row), agreed_on);
  gtk_editable_set_text (GTK_EDITABLE (self->review_on_row), review_on);
}
