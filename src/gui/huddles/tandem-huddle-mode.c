/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-huddle-mode"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-gui-util.h"
#include "tandem-huddle-mode.h"
#include "tandem-nhs-number.h"

/* Huddle mode: a full-screen window for the shared screen of an MDT huddle, one case at a
 * time, driven from the keyboard. What the chair needs about the person is on the left, read
 * in one call per case (and the next case's read while the room talks); the minutes are
 * typed on the right and saved whenever the chair moves on, changes the case's outcome,
 * stops the timer or leaves. */
struct _TandemHuddleMode
{
  AdwWindow      parent_instance;

  TandemSession *session;
  TandemHuddle  *huddle;
  GPtrArray     *cases;         /* TandemHuddleCase, in agenda order */
  TandemHuddleCase *saved;      /* the case shown as last saved or read */
  GHashTable    *summaries;     /* person id -> TandemHuddleSummary */
  GArray        *staff_ids;     /* the owner dropdown's ids, in its order */
  guint          position;
  guint          prefetch_id;

  guint          timer_id;
  gint64         timer_started; /* monotonic microseconds, while running */
  int            timer_base;    /* seconds counted before this run */

  GtkWidget     *toast_overlay;
  GtkWidget     *position_label;
  GtkWidget     *name_label;
  GtkWidget     *details_label;
  GtkWidget     *timer_label;
  GtkWidget     *timer_target_label;
  GtkWidget     *timer_button;
  GtkWidget     *stack;
  GtkWidget     *summary_box;
  GtkWidget     *situation_view;
  GtkWidget     *action_to_date_view;
  GtkWidget     *update_view;
  GtkWidget     *next_steps_view;
  GtkWidget     *case_actions_box;
  GtkWidget     *case_actions_label;
  GtkWidget     *reason_label;
  GtkWidget     *plan_label;
  GtkWidget     *safeguarding_label;
  GtkWidget     *risk_label;
  GtkWidget     *scores_label;
  GtkWidget     *open_actions_label;
  GtkWidget     *action_entry;
  GtkWidget     *owner_dropdown;
  GtkWidget     *due_entry;
  GtkWidget     *status_label;
};

G_DEFINE_FINAL_TYPE (TandemHuddleMode, tandem_huddle_mode, ADW_TYPE_WINDOW)

static TandemStore *
get_store (TandemHuddleMode *self)
{
  return tandem_session_get_store (self->session);
}

static TandemHuddleCase *
current_case (TandemHuddleMode *self)
{
  if (self->cases == NULL || self->position >= self->cases->len)
    return NULL;

  return g_ptr_array_index (self->cases, self->position);
}

static void
show_error (TandemHuddleMode *self,
            const GError     *error)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                               tandem_toast_new (error->message));
}

static char *
dup_buffer_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer_text (GtkWidget  *view,
                 const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
}

static int
timer_seconds (TandemHuddleMode *self)
{
  if (self->timer_id == 0)
    return self->timer_base;

  return self->timer_base + (int) ((g_get_monotonic_time () - self->timer_started) / G_USEC_PER_SEC);
}

static void
update_timer (TandemHuddleMode *self)
{
  int seconds = timer_seconds (self);
  int target = tandem_huddle_get_minutes_per_case (self->huddle) * 60;
  g_autofree char *text = g_strdup_printf ("%d:%02d", seconds / 60, seconds % 60);

  gtk_label_set_text (GTK_LABEL (self->timer_label), text);
  /* Over time is plain to the whole room; the last minute warns the chair. */
  if (seconds > target)
    {
      gtk_widget_add_css_class (self->timer_label, "error");
      gtk_widget_remove_css_class (self->timer_label, "warning");
    }
  else if (seconds > target - 60 && self->timer_id != 0)
    {
      gtk_widget_add_css_class (self->timer_label, "warning");
      gtk_widget_remove_css_class (self->timer_label, "error");
    }
  else
    {
      gtk_widget_remove_css_class (self->timer_label, "warning");
      gtk_widget_remove_css_class (self->timer_label, "error");
    }
}

static gboolean
timer_tick_cb (gpointer data)
{
  update_timer (TANDEM_HUDDLE_MODE (data));
  return G_SOURCE_CONTINUE;
}

static void
set_timer_button (TandemHuddleMode *self)
{
  gboolean running = self->timer_id != 0;

  gtk_button_set_icon_name (GTK_BUTTON (self->timer_button),
                            running ? "media-playback-pause-symbolic"
                                    : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (self->timer_button,
                               running ? _("Stop the Timer (Ctrl+Space)")
                                       : _("Start the Timer (Ctrl+Space)"));
}

static void
start_timer (TandemHuddleMode *self)
{
  TandemHuddleCase *item = current_case (self);

  if (item == NULL || self->timer_id != 0)
    return;

  self->timer_base = tandem_huddle_case_get_seconds_discussed (item);
  self->timer_started = g_get_monotonic_time ();
  self->timer_id = g_timeout_add_seconds (1, timer_tick_cb, self);
  set_timer_button (self);
  update_timer (self);
}

/* Stops the timer and adds its time to the case (saved with the case). */
static void
stop_timer (TandemHuddleMode *self)
{
  TandemHuddleCase *item = current_case (self);

  if (self->timer_id == 0)
    return;

  self->timer_base = timer_seconds (self);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (item != NULL)
    tandem_huddle_case_set_seconds_discussed (item, self->timer_base);
  set_timer_button (self);
  update_timer (self);
}

/* Saves what was typed for the case shown. On failure the text stays where it was typed and
 * the toast says why. */
static gboolean
save_current (TandemHuddleMode *self)
{
  TandemHuddleCase *item = current_case (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *situation = NULL;
  g_autofree char *action_to_date = NULL;
  g_autofree char *update = NULL;
  g_autofree char *next_steps = NULL;

  if (item == NULL)
    return TRUE;

  stop_timer (self);
  situation = dup_buffer_text (self->situation_view);
  action_to_date = dup_buffer_text (self->action_to_date_view);
  update = dup_buffer_text (self->update_view);
  next_steps = dup_buffer_text (self->next_steps_view);
  tandem_huddle_case_set_situation (item, situation);
  tandem_huddle_case_set_action_to_date (item, action_to_date);
  tandem_huddle_case_set_update_note (item, update);
  tandem_huddle_case_set_next_steps (item, next_steps);

  /* Moving through the agenda without typing writes nothing. */
  if (self->saved != NULL && tandem_record_equal (self->saved, item))
    return TRUE;

  if (!tandem_store_save_huddle_case (get_store (self), item, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  g_clear_object (&self->saved);
  self->saved = tandem_record_copy (item);
  return TRUE;
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
add_heading (GtkWidget  *box,
             const char *heading)
{
  GtkWidget *label = add_label (box, heading, "heading");

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_margin_top (label, 12);
}

/* The summary's labels are made once and only their text changes from case to case: making
 * and styling new widgets for every case took longer than a frame. */
static void
build_summary (TandemHuddleMode *self)
{
  GtkWidget *box = self->summary_box;

  add_heading (box, _("Reason for Discussion"));
  gtk_widget_set_margin_top (gtk_widget_get_last_child (box), 0);
  self->reason_label = add_label (box, NULL, "huddle-reason");
  add_heading (box, _("Latest Plan"));
  self->plan_label = add_label (box, NULL, NULL);
  add_heading (box, _("Risk and Safeguarding"));
  self->safeguarding_label = add_label (box, _("Safeguarding concern"), "error");
  self->risk_label = add_label (box, NULL, NULL);
  add_heading (box, _("Outcome Scores"));
  self->scores_label = add_label (box, NULL, NULL);
  add_heading (box, _("Open Actions"));
  self->open_actions_label = add_label (box, NULL, NULL);
}

/* Sets a summary label's text, dimmed when it says there is nothing. */
static void
set_text (GtkWidget  *label,
          const char *text,
          const char *nothing)
{
  gboolean empty = text == NULL || *text == '\0';

  gtk_label_set_text (GTK_LABEL (label), empty ? nothing : text);
  if (empty)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

static const char *
staff_name (TandemHuddleMode *self,
            gint64            id)
{
  TandemStaff *staff = id != 0 ? tandem_team_find_staff (tandem_session_get_team (self->session), id)
                               : NULL;

  return staff != NULL ? tandem_staff_get_name (staff) : NULL;
}

static char *
dup_action_text (TandemHuddleMode   *self,
                 TandemAgreedAction *action)
{
  const char *owner = staff_name (self, tandem_agreed_action_get_owner_id (action));
  g_autofree char *due = tandem_date_format (tandem_agreed_action_get_due_on (action));

  if (*due != '\0')
    /* Translators: an action, its owner and its due date, like “Write to the GP · Sam Patel ·
     * due 3 Nov 2026” */
    return g_strdup_printf (_("%s · %s · due %s"), tandem_agreed_action_get_description (action),
                            owner != NULL ? owner : _("nobody named"), due);

  /* Translators: an action and its owner, like “Write to the GP · Sam Patel” */
  return g_strdup_printf (_("%s · %s"), tandem_agreed_action_get_description (action),
                          owner != NULL ? owner : _("nobody named"));
}

static char *
dup_plan_text (TandemHuddleSummary *summary)
{
  GString *text = g_string_new (NULL);
  g_autofree char *state = NULL;

  if (!summary->has_plan)
    return g_string_free (text, FALSE);

  if (summary->review_on != NULL)
    {
      g_autofree char *review = tandem_date_format (summary->review_on);

      /* Translators: a plan's version, its state and its review date, like “Version 2,
       * agreed; review 3 Dec 2026” */
      state = g_strdup_printf (_("Version %d, %s; review %s"), summary->plan_number,
                               tandem_plan_state_get_label (summary->plan_state), review);
    }
  else
    /* Translators: a plan's version and its state, like “Version 1, draft” */
    state = g_strdup_printf (_("Version %d, %s"), summary->plan_number,
                             tandem_plan_state_get_label (summary->plan_state));
  append_line (text, state);

  for (guint i = 0; i < summary->goals->len; i++)
    {
      TandemHuddleGoal *goal = &g_array_index (summary->goals, TandemHuddleGoal, i);
      /* Translators: a goal of the plan and how it stands, like “• Walk to the shops: in
       * progress” */
      g_autofree char *line = g_strdup_printf (_("• %s: %s"), goal->words,
                                               tandem_goal_status_get_label (goal->status));

      append_line (text, line);
    }

  return g_string_free (text, FALSE);
}

static char *
dup_risk_text (TandemHuddleSummary *summary)
{
  GString *text = g_string_new (NULL);

  if (summary->risk_flags != 0)
    {
      g_autofree char *risks = tandem_flags_get_labels (TANDEM_TYPE_RISK_FLAGS, summary->risk_flags);

      append_line (text, risks);
    }

  if (summary->risk_notes != NULL && *summary->risk_notes != '\0')
    append_line (text, summary->risk_notes);

  return g_string_free (text, FALSE);
}

static char *
dup_scores_text (TandemHuddleSummary *summary)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < summary->scores->len; i++)
    {
      TandemHuddleScore *score = &g_array_index (summary->scores, TandemHuddleScore, i);
      g_autofree char *line = NULL;

      if (score->trend != NULL)
        /* Translators: a measure, its latest reading and its trend, like “SWEMWBS: 23.2 on
         * 2 Jun 2026 · Up 3.2 since baseline: better” */
        line = g_strdup_printf (_("%s: %s · %s"), score->name, score->latest, score->trend);
      else
        /* Translators: a measure and its latest reading, like “SWEMWBS: 23.2 on 2 Jun 2026” */
        line = g_strdup_printf (_("%s: %s"), score->name, score->latest);
      append_line (text, line);
    }

  return g_string_free (text, FALSE);
}

/* Open actions from earlier huddles; this case's own are listed with its minutes. */
static char *
dup_open_actions_text (TandemHuddleMode    *self,
                       TandemHuddleSummary *summary,
                       TandemHuddleCase    *item)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < summary->actions->len; i++)
    {
      TandemAgreedAction *action = g_ptr_array_index (summary->actions, i);
      g_autofree char *line = NULL;

      if (tandem_agreed_action_get_huddle_case_id (action) == tandem_record_get_id (item))
        continue;

      line = dup_action_text (self, action);
      append_line (text, line);
    }

  return g_string_free (text, FALSE);
}

static TandemHuddleSummary *
get_summary (TandemHuddleMode  *self,
             gint64             person_id,
             GError           **error)
{
  TandemHuddleSummary *summary = g_hash_table_lookup (self->summaries, &person_id);
  gint64 *key;

  if (summary != NULL)
    return summary;

  summary = tandem_store_load_huddle_summary (get_store (self), person_id, error);
  if (summary == NULL)
    return NULL;

  key = g_new (gint64, 1);
  *key = person_id;
  g_hash_table_insert (self->summaries, key, summary);
  return summary;
}

static void
show_summary (TandemHuddleMode    *self,
              TandemHuddleSummary *summary,
              TandemHuddleCase    *item)
{
  g_autofree char *plan = dup_plan_text (summary);
  g_autofree char *risks = dup_risk_text (summary);
  g_autofree char *scores = dup_scores_text (summary);
  g_autofree char *actions = dup_open_actions_text (self, summary, item);

  set_text (self->reason_label, tandem_huddle_case_get_reason (item), _("No reason given."));
  set_text (self->plan_label, plan, _("No plan yet."));
  gtk_widget_set_visible (self->safeguarding_label, summary->safeguarding_concern);
  set_text (self->risk_label, risks,
            summary->safeguarding_concern ? "" : _("No risk or safeguarding flags."));
  gtk_widget_set_visible (self->risk_label, *risks != '\0' || !summary->safeguarding_concern);
  set_text (self->scores_label, scores, _("No outcome measures recorded."));
  set_text (self->open_actions_label, actions, _("None from earlier huddles."));
}

static void
show_case_actions (TandemHuddleMode *self,
                   TandemHuddleCase *item)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);
  g_autofree char *joined = NULL;

  actions = tandem_store_list_huddle_case_actions (get_store (self), tandem_record_get_id (item),
                                                   &error);
  if (actions == NULL)
    show_error (self, error);

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      g_autofree char *line = dup_action_text (self, g_ptr_array_index (actions, i));

      append_line (text, line);
    }

  joined = g_string_free (text, FALSE);
  set_text (self->case_actions_label, joined, _("None yet."));
}

static void
show_status (TandemHuddleMode *self,
             TandemHuddleCase *item)
{
  TandemHuddleCaseStatus status = tandem_huddle_case_get_status (item);

  if (status == TANDEM_HUDDLE_CASE_OPEN)
    gtk_label_set_text (GTK_LABEL (self->status_label), _("Not decided yet"));
  else
    gtk_label_set_text (GTK_LABEL (self->status_label), tandem_huddle_case_status_get_label (status));
}

static void
select_owner (TandemHuddleMode *self,
              gint64            owner_id)
{
  TandemStaff *current = tandem_session_get_current_staff (self->session);

  if (owner_id == 0 && current != NULL)
    owner_id = tandem_record_get_id (current);

  for (guint i = 0; i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == owner_id)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->owner_dropdown), i);
}

static gboolean
prefetch_cb (gpointer data)
{
  TandemHuddleMode *self = data;

  self->prefetch_id = 0;
  if (self->position + 1 < self->cases->len)
    {
      TandemHuddleCase *next = g_ptr_array_index (self->cases, self->position + 1);

      /* A failure here shows when the case itself is shown. */
      get_summary (self, tandem_huddle_case_get_person_id (next), NULL);
    }

  return G_SOURCE_REMOVE;
}

static void
show_header (TandemHuddleMode    *self,
             TandemHuddleSummary *summary)
{
  g_autofree char *position = NULL;
  g_autofree char *nhs_number = NULL;
  g_autofree char *details = NULL;
  const char *owner = summary->owner_name != NULL ? summary->owner_name : _("No case owner");

  /* Translators: where the huddle is on its agenda, like “Case 2 of 5” */
  position = g_strdup_printf (_("Case %u of %u"), self->position + 1, self->cases->len);
  gtk_label_set_text (GTK_LABEL (self->position_label), position);
  gtk_label_set_text (GTK_LABEL (self->name_label), summary->person_name);

  nhs_number = summary->nhs_number != NULL && *summary->nhs_number != '\0'
               ? tandem_nhs_number_format (summary->nhs_number)
               : g_strdup (_("no NHS number"));
  /* Translators: a person's NHS number and who holds their case, like “NHS number 943 476
   * 5919 · Case owner: Sam Patel” */
  details = g_strdup_printf (_("NHS number %s · Case owner: %s"), nhs_number, owner);
  gtk_label_set_text (GTK_LABEL (self->details_label), details);
}

/**
 * tandem_huddle_mode_show_case:
 * @position: from 0
 *
 * Saves the case shown and shows another.
 *
 * Returns: %FALSE if the case shown could not be saved or the other could not be read: the
 *   window then stays where it was and says why
 */
gboolean
tandem_huddle_mode_show_case (TandemHuddleMode *self,
                              guint             position)
{
  g_autoptr(GError) error = NULL;
  TandemHuddleSummary *summary;
  TandemHuddleCase *item;
  g_autofree char *target = NULL;

  g_return_val_if_fail (TANDEM_IS_HUDDLE_MODE (self), FALSE);

  if (position >= self->cases->len || !save_current (self))
    return FALSE;

  item = g_ptr_array_index (self->cases, position);
  summary = get_summary (self, tandem_huddle_case_get_person_id (item), &error);
  if (summary == NULL)
    {
      show_error (self, error);
      return FALSE;
    }

  self->position = position;
  g_clear_object (&self->saved);
  self->saved = tandem_record_copy (item);
  show_header (self, summary);
  show_summary (self, summary, item);
  set_buffer_text (self->situation_view, tandem_huddle_case_get_situation (item));
  set_buffer_text (self->action_to_date_view, tandem_huddle_case_get_action_to_date (item));
  set_buffer_text (self->update_view, tandem_huddle_case_get_update_note (item));
  set_buffer_text (self->next_steps_view, tandem_huddle_case_get_next_steps (item));
  show_case_actions (self, item);
  show_status (self, item);
  select_owner (self, summary->owner_id);

  self->timer_base = tandem_huddle_case_get_seconds_discussed (item);
  /* Translators: the timer's target for each case, like “of 5 min” */
  target = g_strdup_printf (_("of %d min"), tandem_huddle_get_minutes_per_case (self->huddle));
  gtk_label_set_text (GTK_LABEL (self->timer_target_label), target);
  update_timer (self);

  gtk_widget_grab_focus (self->situation_view);
  if (self->prefetch_id == 0)
    self->prefetch_id = g_idle_add (prefetch_cb, self);

  return TRUE;
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemHuddleMode *self = TANDEM_HUDDLE_MODE (widget);

  if (self->position + 1 < self->cases->len)
    tandem_huddle_mode_show_case (self, self->position + 1);
  else
    save_current (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemHuddleMode *self = TANDEM_HUDDLE_MODE (widget);

  if (self->position > 0)
    tandem_huddle_mode_show_case (self, self->position - 1);
}

static void
timer_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemHuddleMode *self = TANDEM_HUDDLE_MODE (widget);

  if (self->timer_id != 0)
    save_current (self);
  else
    start_timer (self);
}

static void
new_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemHuddleMode *self = TANDEM_HUDDLE_MODE (widget);

  if (current_case (self) != NULL)
    gtk_widget_grab_focus (self->action_entry);
}

static void
set_status (TandemHuddleMode       *self,
            TandemHuddleCaseStatus  status)
{
  TandemHuddleCase *item = current_case (self);
  TandemHuddleCaseStatus before;

  if (item == NULL)
    return;

  before = tandem_huddle_case_get_status (item);
  tandem_huddle_case_set_status (item, status);
  if (!save_current (self))
    {
      tandem_huddle_case_set_status (item, before);
      return;
    }

  show_status (self, item);
}

static void
close_case_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_status (TANDEM_HUDDLE_MODE (widget), TANDEM_HUDDLE_CASE_CLOSED);
}

static void
carry_forward_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  set_status (TANDEM_HUDDLE_MODE (widget), TANDEM_HUDDLE_CASE_CARRIED_FORWARD);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gint64
selected_owner (TandemHuddleMode *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->owner_dropdown));

  return selected < self->staff_ids->len ? g_array_index (self->staff_ids, gint64, selected) : 0;
}

/* Adds the action typed for the case shown; what was typed stays if it cannot be saved. */
static void
add_action_cb (TandemHuddleMode *self)
{
  TandemHuddleCase *item = current_case (self);
  g_autoptr(TandemAgreedAction) action = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due_on = NULL;
  g_autofree char *due_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_entry))));

  if (item == NULL)
    return;

  if (*due_text != '\0')
    {
      GDate date;

      if (!tandem_date_parse (due_text, &date, &error))
        {
          show_error (self, error);
          gtk_widget_grab_focus (self->due_entry);
          return;
        }
      due_on = tandem_date_to_iso (&date);
    }

  action = tandem_agreed_action_new ();
  tandem_agreed_action_set_huddle_case_id (action, tandem_record_get_id (item));
  tandem_agreed_action_set_description (action,
                                        gtk_editable_get_text (GTK_EDITABLE (self->action_entry)));
  tandem_agreed_action_set_owner_id (action, selected_owner (self));
  tandem_agreed_action_set_due_on (action, due_on);
  if (!tandem_store_save_agreed_action (get_store (self), action, &error))
    {
      show_error (self, error);
      gtk_widget_grab_focus (self->action_entry);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->action_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), "");
  show_case_actions (self, item);
  gtk_widget_grab_focus (self->action_entry);
}

static gboolean
tandem_huddle_mode_close_request (GtkWindow *window)
{
  TandemHuddleMode *self = TANDEM_HUDDLE_MODE (window);

  /* Leaving saves; if saving fails, the toast says why and the window stays open. */
  if (!save_current (self))
    return TRUE;

  return GTK_WINDOW_CLASS (tandem_huddle_mode_parent_class)->close_request (window);
}

static void
tandem_huddle_mode_dispose (GObject *object)
{
  TandemHuddleMode *self = (TandemHuddleMode *) object;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->prefetch_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_HUDDLE_MODE);
  g_clear_object (&self->session);
  g_clear_object (&self->huddle);
  g_clear_object (&self->saved);
  g_clear_pointer (&self->cases, g_ptr_array_unref);
  g_clear_pointer (&self->summaries, g_hash_table_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (tandem_huddle_mode_parent_class)->dispose (object);
}

static void
tandem_huddle_mode_class_init (TandemHuddleModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tandem_huddle_mode_dispose;
  window_class->close_request = tandem_huddle_mode_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-huddle-mode.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, position_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, name_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, details_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, timer_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, timer_target_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, timer_button);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, summary_box);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, situation_view);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, action_to_date_view);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, update_view);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, next_steps_view);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, case_actions_box);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, action_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, due_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemHuddleMode, status_label);
  gtk_widget_class_bind_template_callback (widget_class, add_action_cb);

  gtk_widget_class_install_action (widget_class, "huddle.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "huddle.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "huddle.timer", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "huddle.new-action", NULL, new_action_action);
  gtk_widget_class_install_action (widget_class, "huddle.close-case", NULL, close_case_action);
  gtk_widget_class_install_action (widget_class, "huddle.carry-forward", NULL,
                                   carry_forward_action);
  gtk_widget_class_install_action (widget_class, "huddle.leave", NULL, leave_action);

  /* Keys that typing minutes never needs: Alt+arrows, Ctrl+Space, Ctrl+Shift+letters. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "huddle.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "huddle.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK,
                                       "huddle.timer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "huddle.new-action", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "huddle.close-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "huddle.carry-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "huddle.leave", NULL);
}

static void
tandem_huddle_mode_init (TandemHuddleMode *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_summary (self);
  self->case_actions_label = add_label (self->case_actions_box, NULL, NULL);

  self->summaries = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) tandem_huddle_summary_free);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
fill_owners (TandemHuddleMode *self)
{
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (self->session));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      gint64 id = tandem_record_get_id (member);

      if (tandem_staff_get_retired (member))
        continue;

      gtk_string_list_append (names, tandem_staff_get_name (member));
      g_array_append_val (self->staff_ids, id);
    }

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->owner_dropdown), G_LIST_MODEL (names));
}

/**
 * tandem_huddle_mode_new:
 * @parent: (nullable): the window to come back to
 *
 * Opens a huddle in huddle mode, full screen, at its first case.
 *
 * Returns: (transfer none): the window, presented; or %NULL with @error set when the huddle
 *   cannot be read
 */
TandemHuddleMode *
tandem_huddle_mode_new (GtkWindow      *parent,
                        TandemSession  *session,
                        gint64          huddle_id,
                        GError        **error)
{
  TandemHuddleMode *self;
  g_autoptr(TandemHuddle) huddle = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);

  huddle = tandem_store_load_huddle (tandem_session_get_store (session), huddle_id, NULL, &cases,
                                     error);
  if (huddle == NULL)
    return NULL;

  self = g_object_new (TANDEM_TYPE_HUDDLE_MODE, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->huddle = g_steal_pointer (&huddle);
  self->cases = g_steal_pointer (&cases);
  fill_owners (self);

  if (self->cases->len == 0)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "huddle.timer", FALSE);
    }
  else
    tandem_huddle_mode_show_case (self, 0);

  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

guint
tandem_huddle_mode_get_position (TandemHuddleMode *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_MODE (self), 0);

  return self->position;
}

guint
tandem_huddle_mode_get_n_cases (TandemHuddleMode *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_MODE (self), 0);

  return self->cases->len;
}

gboolean
tandem_huddle_mode_get_timer_running (TandemHuddleMode *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_MODE (self), FALSE);

  return self->timer_id != 0;
}

/* Saves what was typed for the case shown; %FALSE when it could not be (a toast says why). */
gboolean
tandem_huddle_mode_save (TandemHuddleMode *self)
{
  g_return_val_if_fail (TANDEM_IS_HUDDLE_MODE (self), FALSE);

  return save_current (self);
}
