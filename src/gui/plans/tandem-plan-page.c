/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-gp-summary.h"
#include "tandem-gui-util.h"
#include "tandem-language.h"
#include "tandem-plan-action-row.h"
#include "tandem-plan-agree-dialog.h"
#include "tandem-plan-compare-dialog.h"
#include "tandem-plan-goal-row.h"
#include "tandem-plan-input.h"
#include "tandem-plan-need-row.h"
#include "tandem-plan-page.h"
#include "tandem-plan-section.h"
#include "tandem-plan-preview.h"
#include "tandem-signpost-dialog.h"

/* One person's personalised care and support plan, read top to bottom as the printed copy
 * is: who it is for and where it stands, then the PRSB sections in order. A draft is edited
 * in place and saved as the user types, through a TandemPlanEditor that also undoes; an
 * agreed or earlier version is shown with no editing parts at all.
 *
 * The page rebuilds its widgets only when it shows another version. Changes while editing
 * come back from the editor as signals, and touch only the rows concerned, so that the focus
 * stays where the user is working. */
struct _TandemPlanPage
{
  AdwBin              parent_instance;

  TandemSession      *session;
  gint64              person_id;
  TandemPerson       *person;
  GPtrArray          *versions;        /* TandemPlanVersion, the latest first */
  TandemPlan         *plan;            /* the version shown */
  TandemPlanEditor   *editor;          /* NULL when the version shown is read-only */
  GHashTable         *rows;            /* need, goal or action -> its TandemPlanItemRow */
  GHashTable         *version_inputs;  /* property of the version -> TandemPlanInput */
  GHashTable         *folded_sections; /* names of the sections the user folded */
  GSimpleActionGroup *version_actions;
  GQueue              build_steps;     /* BuildStep: what is left to build, in page order */
  guint               build_source;
  GdkFrameClock      *build_clock;     /* waited on for the first frame */
  gulong              build_paint_handler;
  guint               own_changes;     /* > 0 while the page itself changes the store */
  gboolean            focus_new_items;
  gboolean            folded;

  GtkWidget          *needs_box;
  GtkWidget          *needs_empty;
  GtkWidget          *signposts_list;  /* in the Support section, once built */
  GtkWidget          *written_support; /* the support as written, in the Support section */

  GtkWidget          *toolbar;
  GtkWidget          *toolbar_separator;
  GtkWidget          *back_button;
  GtkWidget          *version_button;
  GtkWidget          *history_box;
  GtkWidget          *agree_button;
  GtkWidget          *review_button;
  GtkWidget          *copy_button;
  GtkWidget          *print_button;
  GtkWidget          *more_button;
  GtkWidget          *stack;
  GtkWidget          *empty_page;
  GtkWidget          *error_page;
  GtkWidget          *scroller;
  GtkWidget          *name_label;
  GtkWidget          *state_badge;
  GtkWidget          *state_label;
  GtkWidget          *details_label;
  GtkWidget          *banner_box;
  GtkWidget          *banner_label;
  GtkWidget          *latest_button;
  GtkWidget          *sections_box;
};

G_DEFINE_FINAL_TYPE (TandemPlanPage, tandem_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_BUILDING,
  N_PROPS
};

enum {
  SIGNAL_GO_BACK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void reload (TandemPlanPage *self,
                    gint64          version_id);
static void finish_building (TandemPlanPage *self);
static void fill_header (TandemPlanPage *self);
static void update_written_support (TandemPlanPage *self);
static GtkWidget *build_need (TandemPlanPage *self,
                              TandemPlanNeed *need,
                              gboolean        with_goals);

/* Helpers */

static TandemStore *
get_store (TandemPlanPage *self)
{
  return tandem_session_get_store (self->session);
}

static TandemTeam *
get_team (TandemPlanPage *self)
{
  return tandem_session_get_team (self->session);
}

static gint64
current_staff_id (TandemPlanPage *self)
{
  TandemStaff *staff = tandem_session_get_current_staff (self->session);

  return staff ? tandem_record_get_id (staff) : 0;
}

static const char *
staff_name (TandemPlanPage *self,
            gint64          staff_id)
{
  TandemStaff *staff = staff_id ? tandem_team_find_staff (get_team (self), staff_id) : NULL;

  return staff ? tandem_staff_get_name (staff) : NULL;
}

static TandemPlanVersion *
shown_version (TandemPlanPage *self)
{
  return self->plan ? tandem_plan_get_version (self->plan) : NULL;
}

static TandemPlanVersion *
latest_version (TandemPlanPage *self)
{
  return self->versions && self->versions->len > 0 ? g_ptr_array_index (self->versions, 0) : NULL;
}

static gboolean
showing_latest (TandemPlanPage *self)
{
  return shown_version (self) != NULL && latest_version (self) != NULL &&
         tandem_record_get_id (shown_version (self)) == tandem_record_get_id (latest_version (self));
}

static void
show_message (TandemPlanPage *self,
              const char     *message)
{
  tandem_toast_show_message (GTK_WIDGET (self), message);
}

static GtkWindow *
get_window (TandemPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Rows */

static GtkWidget *
row_for (TandemPlanPage *self,
         gpointer        item)
{
  return item ? g_hash_table_lookup (self->rows, item) : NULL;
}

/* The box holding the rows of @item and its siblings. */
static GtkWidget *
container_for (TandemPlanPage *self,
               gpointer        item)
{
  gpointer parent;
  GtkWidget *row;

  if (TANDEM_IS_PLAN_NEED (item))
    return self->needs_box;

  parent = TANDEM_IS_PLAN_GOAL (item)
           ? (gpointer) tandem_plan_find_need (self->plan, tandem_plan_goal_get_need_id (item))
           : (gpointer) tandem_plan_find_goal (self->plan, tandem_plan_action_get_goal_id (item));
  row = row_for (self, parent);
  return row ? tandem_plan_item_row_get_children_box (TANDEM_PLAN_ITEM_ROW (row)) : NULL;
}

static GListModel *
siblings_of (TandemPlanPage *self,
             gpointer        item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return tandem_plan_get_needs (self->plan);
  if (TANDEM_IS_PLAN_GOAL (item))
    return tandem_plan_get_goals (self->plan,
                                  tandem_plan_find_need (self->plan,
                                                         tandem_plan_goal_get_need_id (item)));

  return tandem_plan_get_actions (self->plan,
                                  tandem_plan_find_goal (self->plan,
                                                         tandem_plan_action_get_goal_id (item)));
}

static void
number_rows (TandemPlanPage *self,
             GListModel     *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      GtkWidget *row = row_for (self, item);

      if (row != NULL)
        tandem_plan_item_row_set_position (TANDEM_PLAN_ITEM_ROW (row), i, n);
    }
}

static void
update_needs_empty (TandemPlanPage *self)
{
  if (self->needs_empty != NULL)
    gtk_widget_set_visible (self->needs_empty,
                            g_list_model_get_n_items (tandem_plan_get_needs (self->plan)) == 0);
}

/* Puts @row among its siblings' rows where its item is in the plan. */
static void
place_row (TandemPlanPage *self,
           gpointer        item,
           GtkWidget      *row)
{
  GtkWidget *box = container_for (self, item);
  GListModel *siblings = siblings_of (self, item);
  g_autoptr(GObject) before = NULL;
  guint position = 0;

  g_object_get (item, "position", &position, NULL);
  if (position > 0)
    before = g_list_model_get_item (siblings, position - 1);

  if (gtk_widget_get_parent (row) == NULL)
    gtk_box_append (GTK_BOX (box), row);
  gtk_box_reorder_child_after (GTK_BOX (box), row, row_for (self, before));
}

/* Each row's "move-by", "remove", "add-child" and "drop-item" come here. */

static void
focus_row (TandemPlanPage *self,
           gpointer        item,
           const char     *property)
{
  GtkWidget *row = row_for (self, item);

  if (row != NULL)
    tandem_plan_item_row_focus (TANDEM_PLAN_ITEM_ROW (row), property);
}

static void
add_under (TandemPlanPage *self,
           gpointer        parent,
           guint           position)
{
  gpointer item;

  if (self->editor == NULL)
    return;

  finish_building (self);
  item = tandem_plan_editor_add (self->editor, parent, position);
  if (item != NULL)
    focus_row (self, item, NULL);
}

static void
row_add_child_cb (TandemPlanPage    *self,
                  TandemPlanItemRow *row)
{
  add_under (self, tandem_plan_item_row_get_item (row), G_MAXUINT);
}

static void
move_item (TandemPlanPage *self,
           gpointer        item,
           guint           position)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  finish_building (self);
  if (self->editor == NULL || !tandem_plan_editor_move (self->editor, item, position))
    return;

  /* Reordering keeps the widget, and so the focus; the drag handle or menu leaves it
   * elsewhere, so then it goes to the moved item. */
  if (focus == NULL || !gtk_widget_is_ancestor (focus, row_for (self, item)))
    focus_row (self, item, NULL);
}

static void
row_move_by_cb (TandemPlanPage    *self,
                int                delta,
                TandemPlanItemRow *row)
{
  gpointer item = tandem_plan_item_row_get_item (row);
  int position = 0;

  g_object_get (item, "position", &position, NULL);
  if (position + delta < 0)
    return;

  move_item (self, item, position + delta);
}

static void
row_drop_item_cb (TandemPlanPage    *self,
                  GObject           *dropped,
                  gboolean           after,
                  TandemPlanItemRow *row)
{
  int target = 0;
  int from = 0;

  g_object_get (tandem_plan_item_row_get_item (row), "position", &target, NULL);
  g_object_get (dropped, "position", &from, NULL);
  if (after)
    target++;
  if (from < target)
    target--;

  move_item (self, dropped, MAX (target, 0));
}

/* The toast's Undo takes back the removal only while nothing else has happened since: after
 * that, Ctrl+Z goes back step by step. The toast is not dismissed early: libadwaita 1.2
 * crashes when a toast is dismissed while it is still sliding in. */
static void
undo_toast_clicked_cb (TandemPlanPage *self,
                       AdwToast       *toast)
{
  TandemPlanEditor *editor = g_object_get_data (G_OBJECT (toast), "tandem-editor");
  guint serial = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "tandem-serial"));

  if (self->editor != NULL && self->editor == editor &&
      tandem_plan_editor_get_serial (self->editor) == serial)
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.undo", NULL);
}

static void
row_remove_cb (TandemPlanPage    *self,
               TandemPlanItemRow *row)
{
  gpointer item = tandem_plan_item_row_get_item (row);
  const char *message;
  AdwToast *toast;

  finish_building (self);
  if (self->editor == NULL || !tandem_plan_editor_remove (self->editor, item))
    return;

  message = TANDEM_IS_PLAN_NEED (item) ? _("Need removed")
            : TANDEM_IS_PLAN_GOAL (item) ? _("Goal removed") : _("Action removed");
  toast = tandem_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  /* Held, not just remembered, so that no later editor can reuse its address. */
  g_object_set_data_full (G_OBJECT (toast), "tandem-editor", g_object_ref (self->editor),
                          g_object_unref);
  g_object_set_data (G_OBJECT (toast), "tandem-serial",
                     GUINT_TO_POINTER (tandem_plan_editor_get_serial (self->editor)));
  tandem_toast_show (GTK_WIDGET (self), toast);
}

static GtkWidget *
add_row (TandemPlanPage *self,
         gpointer        item,
         GtkWidget      *row)
{
  g_hash_table_insert (self->rows, item, row);

  if (self->editor != NULL)
    {
      g_signal_connect_object (row, "move-by", G_CALLBACK (row_move_by_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "remove", G_CALLBACK (row_remove_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "add-child", G_CALLBACK (row_add_child_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "drop-item", G_CALLBACK (row_drop_item_cb), self,
                               G_CONNECT_SWAPPED);
    }

  return row;
}

static GtkWidget *
build_action (TandemPlanPage   *self,
              TandemPlanAction *action)
{
  return add_row (self, action, tandem_plan_action_row_new (action, self->editor));
}

static GtkWidget *
build_goal (TandemPlanPage *self,
            TandemPlanGoal *goal)
{
  GtkWidget *row = add_row (self, goal, tandem_plan_goal_row_new (goal, self->editor));
  GtkWidget *box = tandem_plan_item_row_get_children_box (TANDEM_PLAN_ITEM_ROW (row));
  GListModel *actions = tandem_plan_get_actions (self->plan, goal);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(TandemPlanAction) action = g_list_model_get_item (actions, i);

      gtk_box_append (GTK_BOX (box), build_action (self, action));
    }
  number_rows (self, actions);

  return row;
}

static GtkWidget *
build_need (TandemPlanPage *self,
            TandemPlanNeed *need,
            gboolean        with_goals)
{
  GtkWidget *row = add_row (self, need, tandem_plan_need_row_new (need, self->editor));
  GtkWidget *box = tandem_plan_item_row_get_children_box (TANDEM_PLAN_ITEM_ROW (row));
  GListModel *goals = tandem_plan_get_goals (self->plan, need);

  if (!with_goals)
    return row;   /* its goals come in steps of their own */

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, i);

      gtk_box_append (GTK_BOX (box), build_goal (self, goal));
    }
  number_rows (self, goals);

  return row;
}

static GtkWidget *
build_item (TandemPlanPage *self,
            gpointer        item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    return build_need (self, item, TRUE);
  if (TANDEM_IS_PLAN_GOAL (item))
    return build_goal (self, item);

  return build_action (self, item);
}

/* Building in steps. A plan of twenty goals and sixty actions is a few thousand widgets,
 * which take far longer to make and lay out than a frame. So the page shows the header and
 * About me at once, and builds the rest in small steps after the first frame, in the order
 * of the page, while the user reads the top. Anything that needs a row finishes the building
 * first, so nothing sees a page half built. */

typedef enum
{
  STEP_NEED,      /* a need's row, without its goals */
  STEP_GOAL,      /* a goal's row, with its actions */
  STEP_SECTION,   /* the fields of a section */
} StepKind;

typedef struct
{
  StepKind           kind;
  GObject           *item;
  TandemPlanSection *section;
  void             (*fill) (TandemPlanPage    *self,
                            TandemPlanSection *section);
} BuildStep;

/* How long one step of building may hold up the main loop. */
#define BUILD_SLICE_US 6000

static void
build_step_free (gpointer data)
{
  BuildStep *step = data;

  g_clear_object (&step->item);
  g_free (step);
}

static void
queue_step (TandemPlanPage    *self,
            StepKind           kind,
            gpointer           item,
            TandemPlanSection *section,
            void             (*fill) (TandemPlanPage *, TandemPlanSection *))
{
  BuildStep *step = g_new0 (BuildStep, 1);

  step->kind = kind;
  step->item = item ? g_object_ref (item) : NULL;
  step->section = section;
  step->fill = fill;
  g_queue_push_tail (&self->build_steps, step);
}

static void
run_step (TandemPlanPage *self,
          BuildStep      *step)
{
  GListModel *siblings;
  GtkWidget *row;
  guint position = 0;

  switch (step->kind)
    {
    case STEP_NEED:
      row = build_need (self, TANDEM_PLAN_NEED (step->item), FALSE);
      gtk_box_append (GTK_BOX (self->needs_box), row);
      break;

    case STEP_GOAL:
      gtk_box_append (GTK_BOX (container_for (self, step->item)),
                      build_goal (self, TANDEM_PLAN_GOAL (step->item)));
      break;

    case STEP_SECTION:
    default:
      step->fill (self, step->section);
      return;
    }

  siblings = siblings_of (self, step->item);
  g_object_get (step->item, "position", &position, NULL);
  tandem_plan_item_row_set_position (TANDEM_PLAN_ITEM_ROW (row_for (self, step->item)), position,
                                     g_list_model_get_n_items (siblings));
}

static gboolean
build_some_cb (gpointer data)
{
  TandemPlanPage *self = data;
  gint64 start = g_get_monotonic_time ();
  BuildStep *step;

  while (g_get_monotonic_time () - start < BUILD_SLICE_US &&
         (step = g_queue_pop_head (&self->build_steps)) != NULL)
    {
      run_step (self, step);
      build_step_free (step);
    }

  if (self->build_steps.length > 0)
    return G_SOURCE_CONTINUE;

  self->build_source = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILDING]);
  return G_SOURCE_REMOVE;
}

static void
stop_building (TandemPlanPage *self)
{
  g_clear_handle_id (&self->build_source, g_source_remove);
  if (self->build_clock != NULL)
    g_clear_signal_handler (&self->build_paint_handler, self->build_clock);
  g_clear_object (&self->build_clock);
}

static void
finish_building (TandemPlanPage *self)
{
  BuildStep *step;

  if (self->build_steps.length == 0)
    return;

  stop_building (self);
  while ((step = g_queue_pop_head (&self->build_steps)) != NULL)
    {
      run_step (self, step);
      build_step_free (step);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILDING]);
}

static void
first_paint_cb (GdkFrameClock  *clock,
                TandemPlanPage *self)
{
  stop_building (self);
  self->build_source = g_idle_add (build_some_cb, self);
}

/* Builds the rest once the first frame is on screen. */
static void
start_building (TandemPlanPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  stop_building (self);
  if (self->build_steps.length == 0)
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILDING]);
  if (clock != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->build_clock = g_object_ref (clock);
      self->build_paint_handler = g_signal_connect (clock, "after-paint",
                                                    G_CALLBACK (first_paint_cb), self);
    }
  else
    self->build_source = g_idle_add (build_some_cb, self);
}

/* The editor's signals */

static void
editor_item_added_cb (TandemPlanPage *self,
                      GObject        *item)
{
  GtkWidget *row;

  finish_building (self);
  row = build_item (self, item);
  place_row (self, item, row);
  number_rows (self, siblings_of (self, item));
  update_needs_empty (self);
}

static gboolean
forget_row (gpointer key,
            gpointer value,
            gpointer data)
{
  return value == data || gtk_widget_is_ancestor (value, data);
}

static void
editor_item_removed_cb (TandemPlanPage *self,
                        GObject        *item)
{
  GtkWidget *row;
  GtkWidget *box;

  finish_building (self);
  row = row_for (self, item);

  if (row == NULL)
    return;

  box = gtk_widget_get_parent (row);
  g_hash_table_foreach_remove (self->rows, forget_row, row);
  gtk_box_remove (GTK_BOX (box), row);

  number_rows (self, siblings_of (self, item));
  update_needs_empty (self);
}

static void
editor_item_moved_cb (TandemPlanPage *self,
                      GObject        *item)
{
  GtkWidget *row;

  finish_building (self);
  row = row_for (self, item);

  if (row == NULL)
    return;

  place_row (self, item, row);
  number_rows (self, siblings_of (self, item));
}

static void
editor_field_changed_cb (TandemPlanPage *self,
                         GObject        *record,
                         const char     *property)
{
  GtkWidget *input;

  finish_building (self);

  if (TANDEM_IS_PLAN_VERSION (record))
    {
      input = g_hash_table_lookup (self->version_inputs, g_intern_string (property));
      if (input != NULL)
        tandem_plan_input_refresh (TANDEM_PLAN_INPUT (input));
      if (g_str_equal (property, "support"))
        update_written_support (self);
      /* The header says the plan's language and format. */
      if (g_str_equal (property, "language") || g_str_equal (property, "format"))
        fill_header (self);
      return;
    }

  if (row_for (self, record) != NULL)
    tandem_plan_item_row_refresh (TANDEM_PLAN_ITEM_ROW (row_for (self, record)), property);
}

static void
editor_failed_cb (TandemPlanPage *self,
                  const GError   *error)
{
  show_message (self, error->message);
}

static void
update_history_actions (TandemPlanPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.undo",
                                 self->editor && tandem_plan_editor_get_can_undo (self->editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.redo",
                                 self->editor && tandem_plan_editor_get_can_redo (self->editor));

}

/* Sections */

static void
section_expanded_cb (TandemPlanPage    *self,
                     GParamSpec        *pspec,
                     TandemPlanSection *section)
{
  const char *name = tandem_plan_section_get_name (section);

  if (tandem_plan_section_get_expanded (section))
    g_hash_table_remove (self->folded_sections, name);
  else
    g_hash_table_add (self->folded_sections, g_strdup (name));
}

static TandemPlanSection *
add_section (TandemPlanPage *self,
             const char     *name,
             const char     *title)
{
  GtkWidget *section = tandem_plan_section_new (name, title);

  tandem_plan_section_set_expanded (TANDEM_PLAN_SECTION (section),
                                    !g_hash_table_contains (self->folded_sections, name));
  g_signal_connect_object (section, "notify::expanded", G_CALLBACK (section_expanded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->sections_box), section);
  return TANDEM_PLAN_SECTION (section);
}

static GtkWidget *
add_version_input (TandemPlanPage      *self,
                   TandemPlanSection   *section,
                   TandemPlanInputKind  kind,
                   const char          *property,
                   const char          *heading)
{
  GtkWidget *input = tandem_plan_input_new (kind, shown_version (self), property, heading,
                                            self->editor);

  g_hash_table_insert (self->version_inputs, (gpointer) g_intern_string (property), input);
  tandem_plan_section_append (section, input);
  return input;
}

static void
add_fields (TandemPlanPage        *self,
            TandemPlanSection     *section,
            const TandemPlanField *fields,
            guint                  n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    add_version_input (self, section, TANDEM_PLAN_INPUT_PROSE, fields[i].property,
                       _(fields[i].heading));
}

/* A section holding one field, such as Strengths: the section's heading is the field's. */
static void
fill_single_field (TandemPlanPage    *self,
                   TandemPlanSection *section,
                   const char        *property,
                   const char        *title)
{
  GtkWidget *input = add_version_input (self, section, TANDEM_PLAN_INPUT_PROSE, property, title);

  tandem_plan_input_set_heading_visible (TANDEM_PLAN_INPUT (input), FALSE);
}

static void
fill_strengths (TandemPlanPage    *self,
                TandemPlanSection *section)
{
  fill_single_field (self, section, "strengths", _("Strengths"));
}

/* The support connected: each signpost or referral to an asset, how the person was connected
 * and what came of it, read from the store rather than written in the plan, so the plan says
 * what really happened. */
static void
fill_signposts (TandemPlanPage *self)
{
  g_autoptr(GPtrArray) signposts = NULL;
  GtkWidget *child;

  if (self->signposts_list == NULL)
    return;

  while ((child = gtk_widget_get_first_child (self->signposts_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->signposts_list), child);

  signposts = tandem_store_list_signposts (get_store (self), self->person_id, NULL);
  if (signposts == NULL || signposts->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Not signposted or referred to community support yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (GTK_LIST_BOX (self->signposts_list), row);
      return;
    }

  for (guint i = 0; i < signposts->len; i++)
    {
      TandemSignpost *signpost = g_ptr_array_index (signposts, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *made_on = tandem_date_format (tandem_signpost_get_made_on (signpost));
      g_autofree char *subtitle = NULL;

      /* Translators: a signpost in a plan's Support section: kind, how, date and outcome, as
       * in "Referral · Warm handover · 3 March 2026 · Still attending" */
      subtitle = g_strdup_printf (_("%s · %s · %s · %s"),
                                  tandem_enum_get_label (TANDEM_TYPE_SIGNPOST_KIND,
                                                         tandem_signpost_get_kind (signpost)),
                                  tandem_enum_get_label (TANDEM_TYPE_HANDOVER,
                                                         tandem_signpost_get_handover (signpost)),
                                  made_on,
                                  tandem_enum_get_label (TANDEM_TYPE_SIGNPOST_OUTCOME,
                                                         tandem_signpost_get_outcome (signpost)));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     tandem_signpost_get_asset_name (signpost));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (GTK_LIST_BOX (self->signposts_list), row);
    }
}

/* Before the directory, plans named their support in words. The words stay, read-only, until
 * the link worker has signposted the person to what they name and removes them from a
 * draft; new plans never have any. */
static void
update_written_support (TandemPlanPage *self)
{
  const char *words;

  if (self->written_support == NULL)
    return;

  words = tandem_plan_version_get_support (shown_version (self));
  gtk_widget_set_visible (self->written_support, words != NULL && words[0] != '\0');
}

static void
remove_written_support_cb (TandemPlanPage *self)
{
  if (self->editor != NULL)
    tandem_plan_editor_set_text (self->editor, shown_version (self), "support", "");
}

static GtkWidget *
make_written_support (TandemPlanPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *input = tandem_plan_input_new (TANDEM_PLAN_INPUT_PROSE, shown_version (self),
                                            "support", _("Other support, as written"), NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 12);

  /* Refreshed like the version's other fields when undo brings the words back. */
  g_hash_table_insert (self->version_inputs, (gpointer) g_intern_string ("support"), input);
  gtk_box_append (GTK_BOX (box), input);

  gtk_label_set_text (GTK_LABEL (note),
                      self->editor != NULL
                      ? _("Written before plans linked groups and services in the directory. "
                          "Signpost the person to those these words name, then remove the "
                          "words.")
                      : _("Written before plans linked groups and services in the directory."));
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), note);

  if (self->editor != NULL)
    {
      GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove These Words"));

      gtk_widget_set_halign (remove, GTK_ALIGN_START);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_written_support_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), remove);
    }

  return box;
}

static void
fill_support (TandemPlanPage    *self,
              TandemPlanSection *section)
{
  GtkWidget *heading = gtk_label_new (_("Community support connected"));
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *signpost = gtk_button_new_with_mnemonic (_("_Signpost or Refer…"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "tandem-plan-heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  tandem_plan_section_append (section, heading);
  tandem_plan_section_append (section, list);

  /* Support for the plan as a whole rather than for one goal. */
  gtk_widget_set_halign (signpost, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (signpost, _("Connect the person with a group or service in the "
                                           "directory"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (signpost), "plan.signpost-goal");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (signpost), "(ss)", "", "");
  tandem_plan_section_append (section, signpost);

  self->written_support = make_written_support (self);
  tandem_plan_section_append (section, self->written_support);
  update_written_support (self);

  self->signposts_list = list;
  fill_signposts (self);
}

static void
fill_contingency (TandemPlanPage    *self,
                  TandemPlanSection *section)
{
  const TandemPlanField *fields;
  guint n_fields;

  fields = tandem_plan_get_contingency_fields (&n_fields);
  add_fields (self, section, fields, n_fields);
}

static GtkWidget *
make_add_need_button (void)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add _Need"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "plan.add-need");
  gtk_widget_set_tooltip_text (button, _("Add a need or concern"));
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
add_needs_section (TandemPlanPage *self)
{
  TandemPlanSection *section = add_section (self, "needs", _("Needs and Concerns"));
  GListModel *needs = tandem_plan_get_needs (self->plan);

  if (self->editor != NULL)
    tandem_plan_section_add_suffix (section, make_add_need_button ());

  self->needs_empty = gtk_label_new (self->editor
                                           ? _("No needs or concerns written yet. Add what "
                                               "the person wants help with, in their words.")
                                           : _("No needs or concerns were written."));
  gtk_label_set_wrap (GTK_LABEL (self->needs_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->needs_empty), 0);
  gtk_widget_add_css_class (self->needs_empty, "dim-label");
  tandem_plan_section_append (section, self->needs_empty);

  self->needs_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  tandem_plan_section_append (section, self->needs_box);
  update_needs_empty (self);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(TandemPlanNeed) need = g_list_model_get_item (needs, i);
      GListModel *goals = tandem_plan_get_goals (self->plan, need);

      queue_step (self, STEP_NEED, need, NULL, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (goals); j++)
        {
          g_autoptr(TandemPlanGoal) goal = g_list_model_get_item (goals, j);

          queue_step (self, STEP_GOAL, goal, NULL, NULL);
        }
    }
}

static GtkWidget *
make_fact_row (const char *title,
               const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value && value[0] ? value : _("Not yet"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static char *
dup_agreed_with (TandemPlanVersion *version)
{
  if (tandem_plan_version_get_agreed_with (version) != TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE)
    return g_strdup (_("The person"));

  /* Translators: a representative's name and how they are related to the person */
  return g_strdup_printf (_("%s, %s"), tandem_plan_version_get_representative_name (version),
                          tandem_plan_version_get_representative_role (version));
}

static void
fill_agreement (TandemPlanPage    *self,
                TandemPlanSection *section)
{
  TandemPlanVersion *version = shown_version (self);
  gboolean agreed = tandem_plan_version_get_state (version) == TANDEM_PLAN_AGREED;
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *with = agreed ? dup_agreed_with (version) : NULL;
  g_autofree char *on = tandem_date_format (tandem_plan_version_get_agreed_on (version));
  g_autofree char *review = tandem_date_format (tandem_plan_version_get_review_on (version));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  /* The plan starts in the person's language and format, and can be changed before it is
   * agreed: it is printed in them. */
  add_version_input (self, section, TANDEM_PLAN_INPUT_LANGUAGE, "language",
                     _("Language of the plan"));
  add_version_input (self, section, TANDEM_PLAN_INPUT_CHOICE, "format", _("Format"));

  gtk_list_box_append (GTK_LIST_BOX (list), make_fact_row (_("Agreed with"), with));
  gtk_list_box_append (GTK_LIST_BOX (list), make_fact_row (_("Agreed on"), on));
  gtk_list_box_append (GTK_LIST_BOX (list),
                       make_fact_row (_("How it was agreed"),
                                      tandem_plan_version_get_agreed_how (version)));
  gtk_list_box_append (GTK_LIST_BOX (list),
                       make_fact_row (_("Agreed by"),
                                      staff_name (self, tandem_plan_version_get_agreed_by_staff_id (version))));
  gtk_list_box_append (GTK_LIST_BOX (list), make_fact_row (_("Review on"), review));
  gtk_list_box_append (GTK_LIST_BOX (list),
                       make_fact_row (_("Responsible for the review"),
                                      staff_name (self, tandem_plan_version_get_review_staff_id (version))));
  gtk_list_box_append (GTK_LIST_BOX (list),
                       make_fact_row (_("Prepared by"),
                                      staff_name (self, tandem_plan_version_get_prepared_by_staff_id (version))));
  tandem_plan_section_append (section, list);
}

static void
clear_sections (TandemPlanPage *self)
{
  GtkWidget *child;

  stop_building (self);
  g_queue_clear_full (&self->build_steps, build_step_free);
  g_hash_table_remove_all (self->rows);
  g_hash_table_remove_all (self->version_inputs);
  self->needs_box = NULL;
  self->needs_empty = NULL;
  self->signposts_list = NULL;
  self->written_support = NULL;

  while ((child = gtk_widget_get_first_child (self->sections_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->sections_box), child);
}

/* The sections in the order of the PRSB standard and the printed copy. */
static void
build_sections (TandemPlanPage *self)
{
  const TandemPlanField *fields;
  TandemPlanSection *section;
  guint n_fields;

  clear_sections (self);

  /* What the first frame shows... */
  section = add_section (self, "about-me", _("About Me"));
  fields = tandem_plan_get_about_me_fields (&n_fields);
  add_fields (self, section, fields, n_fields);
  fill_strengths (self, add_section (self, "strengths", _("Strengths")));

  /* ...and what comes after it, in steps. */
  add_needs_section (self);
  queue_step (self, STEP_SECTION, NULL, add_section (self, "support", _("Support")),
              fill_support);
  queue_step (self, STEP_SECTION, NULL, add_section (self, "contingency",
                                                     _("If Things Get Worse")),
              fill_contingency);
  queue_step (self, STEP_SECTION, NULL, add_section (self, "agreement",
                                                     _("Agreement and Review")),
              fill_agreement);
}

/* The header */

static char *
dup_review_due (TandemPlanVersion *version)
{
  g_autofree char *review = tandem_date_format (tandem_plan_version_get_review_on (version));

  if (review[0] == '\0')
    return g_strdup (_("Review date set when agreed"));

  /* Translators: when a plan's review is due */
  return g_strdup_printf (_("Review due %s"), review);
}

/* "Version 2 · Draft", or for an agreed version when and with whom, and when its review is
 * due: the first thing anyone needs to know about a plan. */
static char *
dup_state_text (TandemPlanPage    *self,
                TandemPlanVersion *version)
{
  int number = tandem_plan_version_get_number (version);
  g_autofree char *on = NULL;
  g_autofree char *with = NULL;
  g_autofree char *review = NULL;

  if (tandem_plan_version_get_state (version) != TANDEM_PLAN_AGREED)
    {
      if (tandem_plan_version_get_is_review (version))
        /* Translators: the version number of a plan being reviewed */
        return g_strdup_printf (_("Version %d · Draft review"), number);

      /* Translators: the version number of a plan not yet agreed */
      return g_strdup_printf (_("Version %d · Draft"), number);
    }

  on = tandem_date_format (tandem_plan_version_get_agreed_on (version));
  if (tandem_plan_version_get_agreed_with (version) == TANDEM_PLAN_AGREED_WITH_REPRESENTATIVE)
    with = g_strdup (tandem_plan_version_get_representative_name (version));
  else
    with = g_strdup (_("the person"));
  review = dup_review_due (version);

  /* Translators: when a plan was agreed, with whom, and when its review is due */
  return g_strdup_printf (_("Agreed on %s with %s · %s"), on, with, review);
}

static char *
dup_details (TandemPlanPage    *self,
             TandemPlanVersion *version)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *language = tandem_language_dup_display (tandem_plan_version_get_language (version));
  const char *reviewer = staff_name (self, tandem_plan_version_get_review_staff_id (version));
  const char *preparer = staff_name (self, tandem_plan_version_get_prepared_by_staff_id (version));

  if (tandem_plan_version_get_state (version) == TANDEM_PLAN_AGREED)
    g_string_append_printf (text, _("Version %d"), tandem_plan_version_get_number (version));
  else
    g_string_append (text, _("Review date set when agreed"));

  if (reviewer != NULL)
    /* Translators: who is responsible for reviewing a plan */
    g_string_append_printf (text, _(" · Review by %s"), reviewer);
  if (preparer != NULL)
    /* Translators: who prepared a plan */
    g_string_append_printf (text, _(" · Prepared by %s"), preparer);

  g_string_append_c (text, '\n');
  /* Translators: the language a plan is written in, and the format it is printed in */
  g_string_append_printf (text, _("%s · %s"), language,
                          tandem_plan_format_get_label (tandem_plan_version_get_format (version)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_badge (TandemPlanPage *self,
           const char     *text,
           const char     *style)
{
  gtk_label_set_text (GTK_LABEL (self->state_badge), text);
  gtk_widget_set_visible (self->state_badge, text != NULL);
  gtk_widget_remove_css_class (self->state_badge, "warning");
  gtk_widget_remove_css_class (self->state_badge, "error");
  gtk_widget_remove_css_class (self->state_badge, "accent");
  if (style != NULL)
    gtk_widget_add_css_class (self->state_badge, style);
}

static void
fill_header (TandemPlanPage *self)
{
  TandemPlanVersion *version = shown_version (self);
  g_autofree char *name = self->person ? tandem_person_dup_full_name (self->person) : g_strdup ("");
  g_autofree char *state = dup_state_text (self, version);
  g_autofree char *details = dup_details (self, version);
  gboolean agreed = tandem_plan_version_get_state (version) == TANDEM_PLAN_AGREED;
  GDate today;

  tandem_date_set_today (&today);
  gtk_label_set_text (GTK_LABEL (self->name_label), name);
  gtk_label_set_text (GTK_LABEL (self->state_label), state);
  gtk_label_set_text (GTK_LABEL (self->details_label), details);

  /* The badge only says what needs attention: the state is in words beside it. */
  if (agreed && !showing_latest (self))
    set_badge (self, _("Earlier version"), NULL);
  else if (agreed && tandem_plan_version_get_review_state (version, &today) == TANDEM_REVIEW_OVERDUE)
    set_badge (self, _("Review overdue"), "error");
  else if (agreed && tandem_plan_version_get_review_state (version, &today) == TANDEM_REVIEW_DUE_SOON)
    set_badge (self, _("Review due soon"), "warning");
  else
    set_badge (self, NULL, NULL);

  gtk_widget_set_visible (self->banner_box, agreed || !showing_latest (self));
  gtk_widget_set_visible (self->latest_button, !showing_latest (self));
  if (!showing_latest (self))
    {
      g_autofree char *text = NULL;

      /* Translators: the version shown and the latest version of the plan */
      text = g_strdup_printf (_("This is version %d, kept as it was. The latest is version %d."),
                              tandem_plan_version_get_number (version),
                              tandem_plan_version_get_number (latest_version (self)));
      gtk_label_set_text (GTK_LABEL (self->banner_label), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->banner_label),
                        _("An agreed plan is kept as it was agreed. To change it, start a "
                          "review."));
}

/* Versions */

static void
fill_versions (TandemPlanPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->version_actions), "show");
  TandemPlanVersion *version = shown_version (self);
  g_autofree char *label = NULL;

  for (guint i = 0; i < self->versions->len; i++)
    {
      TandemPlanVersion *each = g_ptr_array_index (self->versions, i);
      g_autofree char *text = tandem_plan_version_dup_label (each);
      g_autoptr(GMenuItem) item = g_menu_item_new (text, NULL);

      g_menu_item_set_action_and_target_value (item, "version.show",
                                               g_variant_new_int64 (tandem_record_get_id (each)));
      g_menu_append_item (menu, item);
    }

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_int64 (tandem_record_get_id (version)));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->version_button), G_MENU_MODEL (menu));

  /* Translators: the version of the plan shown, on the button choosing another */
  label = g_strdup_printf (_("Version %d"), tandem_plan_version_get_number (version));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->version_button), label);
}

static void
update_actions (TandemPlanPage *self)
{
  TandemPlanVersion *version = shown_version (self);
  gboolean has_plan = version != NULL;
  gboolean draft = has_plan && self->editor != NULL;
  gboolean agreed = has_plan && tandem_plan_version_get_state (version) == TANDEM_PLAN_AGREED;
  gboolean latest = showing_latest (self);

  /* With no plan there is nothing for the toolbar to offer, but the way back. */
  gtk_widget_set_visible (self->toolbar, has_plan || self->folded);
  gtk_widget_set_visible (self->toolbar_separator, has_plan || self->folded);
  gtk_widget_set_visible (self->version_button, has_plan);
  /* A narrow window has no room for the undo buttons; Ctrl+Z still works. */
  gtk_widget_set_visible (self->history_box, draft && !self->folded);
  gtk_widget_set_visible (self->agree_button, draft);
  gtk_widget_set_visible (self->review_button, agreed && latest);
  gtk_widget_set_visible (self->copy_button, agreed);
  gtk_widget_set_visible (self->print_button, has_plan);
  gtk_widget_set_visible (self->more_button, has_plan);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.start",
                                 self->person != NULL && !has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.agree", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.start-review", agreed && latest);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.copy-gp-summary", agreed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.compare",
                                 self->versions != NULL && self->versions->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.discard-review",
                                 draft && tandem_plan_version_get_is_review (version));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-need", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-action", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-up", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-down", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.show-latest", has_plan && !latest);
  update_history_actions (self);
}

/* Showing a version */

static void
drop_editor (TandemPlanPage *self)
{
  if (self->editor == NULL)
    return;

  tandem_plan_editor_flush (self->editor);
  g_signal_handlers_disconnect_by_data (self->editor, self);
  g_clear_object (&self->editor);
}

static void
show_error (TandemPlanPage *self,
            const char     *message)
{
  tandem_status_page_set_text (ADW_STATUS_PAGE (self->error_page), message);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "error");
}

static void
show_empty (TandemPlanPage *self)
{
  g_autofree char *name = self->person ? tandem_person_dup_display_name (self->person) : NULL;
  g_autofree char *text = NULL;

  /* Translators: shown for someone without a plan; %s is how they like to be called */
  text = g_strdup_printf (_("Write a personalised care and support plan with %s: what matters "
                            "to them, their goals, and the support that will help."),
                          name ? name : "");
  tandem_status_page_set_text (ADW_STATUS_PAGE (self->empty_page), text);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

static void
connect_editor (TandemPlanPage *self)
{
  g_signal_connect_swapped (self->editor, "item-added", G_CALLBACK (editor_item_added_cb), self);
  g_signal_connect_swapped (self->editor, "item-removed", G_CALLBACK (editor_item_removed_cb),
                            self);
  g_signal_connect_swapped (self->editor, "item-moved", G_CALLBACK (editor_item_moved_cb), self);
  g_signal_connect_swapped (self->editor, "field-changed", G_CALLBACK (editor_field_changed_cb),
                            self);
  g_signal_connect_swapped (self->editor, "failed", G_CALLBACK (editor_failed_cb), self);
  g_signal_connect_swapped (self->editor, "notify::can-undo", G_CALLBACK (update_history_actions),
                            self);
  g_signal_connect_swapped (self->editor, "notify::can-redo", G_CALLBACK (update_history_actions),
                            self);
}

static void
show_plan (TandemPlanPage *self,
           TandemPlan     *plan)
{
  g_set_object (&self->plan, plan);

  /* Only the latest version, and only while it is a draft, can change. */
  if (!tandem_plan_is_frozen (plan) && showing_latest (self))
    {
      self->editor = tandem_plan_editor_new (get_store (self), plan);
      connect_editor (self);
    }

  fill_header (self);
  build_sections (self);
  fill_versions (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "plan");
  start_building (self);
}

/* Shows @version_id, or the latest version when 0, rereading everything from the store. */
static void
reload (TandemPlanPage *self,
        gint64          version_id)
{
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  drop_editor (self);
  g_clear_object (&self->plan);
  g_clear_object (&self->person);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  clear_sections (self);

  if (self->person_id == 0 || self->session == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "none");
      update_actions (self);
      return;
    }

  self->person = tandem_store_load_person (get_store (self), self->person_id, &error);
  if (self->person != NULL)
    self->versions = tandem_store_list_plan_versions (get_store (self), self->person_id, &error);

  if (self->versions == NULL)
    show_error (self, error->message);
  else if (self->versions->len == 0)
    show_empty (self);
  else
    {
      if (version_id == 0)
        version_id = tandem_record_get_id (latest_version (self));

      plan = tandem_store_load_plan (get_store (self), version_id, &error);
      if (plan == NULL)
        show_error (self, error->message);
      else
        show_plan (self, plan);
    }

  update_actions (self);
}

/* The store says the person changed: someone else may have started, agreed or reviewed their
 * plan. The page rebuilds only when the versions did change, so what the user is editing
 * keeps its undo; otherwise only their name may need updating. */
static gboolean
versions_equal (GPtrArray *a,
                GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      TandemPlanVersion *x = g_ptr_array_index (a, i);
      TandemPlanVersion *y = g_ptr_array_index (b, i);

      if (tandem_record_get_id (x) != tandem_record_get_id (y) ||
          tandem_plan_version_get_state (x) != tandem_plan_version_get_state (y))
        return FALSE;
    }

  return TRUE;
}

static void
store_changed_cb (TandemPlanPage *self,
                  gint64          person_id)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(TandemPerson) person = NULL;
  gint64 shown;

  if (self->own_changes > 0 || self->person_id == 0 ||
      (person_id != 0 && person_id != self->person_id))
    return;

  versions = tandem_store_list_plan_versions (get_store (self), self->person_id, NULL);
  if (versions != NULL && versions_equal (versions, self->versions) && self->plan != NULL)
    {
      person = tandem_store_load_person (get_store (self), self->person_id, NULL);
      if (person != NULL)
        {
          g_set_object (&self->person, person);
          fill_header (self);
        }
      fill_signposts (self);
      return;
    }

  shown = self->plan && !showing_latest (self) ? tandem_record_get_id (shown_version (self)) : 0;
  reload (self, shown);
}

static void
team_changed_cb (TandemPlanPage *self)
{
  if (self->plan != NULL)
    fill_header (self);
}

/* Actions */

/* From a goal: the signpost serves that goal, and starts with its words as the reason. */
static void
signpost_goal_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  TandemSignpostDialog *dialog;
  const char *key;
  const char *words;

  if (self->person_id == 0 || self->session == NULL)
    return;

  g_variant_get (parameter, "(&s&s)", &key, &words);
  dialog = tandem_signpost_dialog_new (get_window (self), self->session, self->person_id,
                                       key, words);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_clicked_cb (TandemPlanPage *self)
{
  g_signal_emit (self, signals[SIGNAL_GO_BACK], 0);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  g_autoptr(TandemPlanVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first;

  self->own_changes++;
  version = tandem_store_create_plan (get_store (self), self->person_id, current_staff_id (self),
                                      &error);
  self->own_changes--;

  if (version == NULL)
    {
      show_message (self, error->message);
      return;
    }

  reload (self, 0);
  first = g_hash_table_lookup (self->version_inputs, "about-important");
  if (first != NULL)
    tandem_plan_input_focus (TANDEM_PLAN_INPUT (first));
}

static void
agreed_cb (TandemPlanPage *self)
{
  reload (self, 0);
  show_message (self, _("Plan agreed: it is now kept as it is"));
}

static void
agree_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  TandemPlanAgreeDialog *dialog;

  if (self->editor == NULL || !tandem_plan_editor_flush (self->editor))
    return;

  dialog = tandem_plan_agree_dialog_new (get_window (self), self->session, shown_version (self));
  g_signal_connect_object (dialog, "agreed", G_CALLBACK (agreed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_review_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  g_autoptr(TandemPlanVersion) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  self->own_changes++;
  draft = tandem_store_start_plan_review (get_store (self), self->person_id,
                                          current_staff_id (self), &error);
  self->own_changes--;

  if (draft == NULL)
    {
      show_message (self, error->message);
      return;
    }

  reload (self, 0);
  /* Translators: the number of the new version a review starts */
  message = g_strdup_printf (_("Review started: version %d is a draft"),
                             tandem_plan_version_get_number (draft));
  show_message (self, message);
}

/**
 * tandem_plan_page_dup_gp_summary:
 *
 * Returns: (transfer full) (nullable): what "Copy for GP Record" puts on the clipboard, for
 *   an agreed version
 */
char *
tandem_plan_page_dup_gp_summary (TandemPlanPage *self)
{
  TandemGpPlanSource source = { 0 };
  TandemStaff *worker;

  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), NULL);

  if (self->plan == NULL || !tandem_plan_is_frozen (self->plan) || self->person == NULL)
    return NULL;

  worker = tandem_team_find_staff (get_team (self),
                                   tandem_plan_version_get_prepared_by_staff_id (shown_version (self)));
  source.pcn_name = tandem_team_get_pcn_name (get_team (self));
  source.person = self->person;
  source.plan = self->plan;
  source.worker_name = worker ? tandem_staff_get_name (worker) : NULL;
  source.worker_role = worker ? tandem_staff_get_role (worker) : TANDEM_ROLE_LINK_WORKER;

  return tandem_gp_summary_for_plan (&source);
}

static void
copy_gp_summary_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  g_autofree char *text = tandem_plan_page_dup_gp_summary (self);

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_message (self, _("Copied"));
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  TandemPlanCompareDialog *dialog;

  if (self->editor != NULL)
    tandem_plan_editor_flush (self->editor);

  dialog = tandem_plan_compare_dialog_new (get_window (self), get_store (self), self->versions,
                                           tandem_record_get_id (shown_version (self)));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The preview is of the plan as saved, read again for it alone: the page goes on editing its
 * own copy while the preview's worker reads the other. One preview for each version: asking
 * again brings an agreed version's forward. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  gint64 version_id;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GPtrArray) signposts = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlanPreview *preview;

  if (self->plan == NULL || !tandem_plan_page_flush (self))
    return;

  version_id = tandem_record_get_id (shown_version (self));
  preview = tandem_plan_preview_find (version_id);
  /* A draft may have changed since its preview was made: that one gives way to a new one. */
  if (preview != NULL && !tandem_plan_is_frozen (self->plan))
    g_clear_pointer ((GtkWindow **) &preview, gtk_window_destroy);
  if (preview != NULL)
    {
      gtk_window_present (GTK_WINDOW (preview));
      return;
    }

  plan = tandem_store_load_plan (get_store (self), version_id, &error);
  if (plan != NULL)
    person = tandem_store_load_person (get_store (self), self->person_id, &error);
  if (person == NULL)
    {
      show_message (self, error->message);
      return;
    }

  signposts = tandem_store_list_signposts (get_store (self), self->person_id, NULL);
  preview = tandem_plan_preview_new (get_window (self), get_store (self), plan, person,
                                     get_team (self), signposts);
  gtk_window_present (GTK_WINDOW (preview));
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TandemPlanPage   *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "discard") != 0 || self->plan == NULL)
    return;

  drop_editor (self);
  self->own_changes++;
  ok = tandem_store_delete_plan_draft (get_store (self), shown_version (self), &error);
  self->own_changes--;

  reload (self, 0);
  show_message (self, ok ? _("Review discarded") : error->message);
}

static void
discard_review_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  int number = tandem_plan_version_get_number (shown_version (self));

  /* Translators: the draft version a review made, and the agreed version before it */
  body = g_strdup_printf (_("Version %d and everything changed in it will be deleted. "
                            "Version %d stays as it was agreed."), number, number - 1);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self),
                                                       _("Discard This Review?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Review"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Puts the focus where the last change, undo or redo happened, so that the user sees it. */
static void
focus_touched (TandemPlanPage *self)
{
  const char *property = NULL;
  gpointer touched = tandem_plan_editor_get_touched (self->editor, &property);
  GtkWidget *input;

  if (TANDEM_IS_PLAN_VERSION (touched))
    {
      input = g_hash_table_lookup (self->version_inputs, g_intern_string (property));
      if (input != NULL)
        tandem_plan_input_focus (TANDEM_PLAN_INPUT (input));
    }
  else if (touched != NULL)
    focus_row (self, touched, property);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);

  finish_building (self);
  if (self->editor != NULL && tandem_plan_editor_undo (self->editor))
    focus_touched (self);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);

  finish_building (self);
  if (self->editor != NULL && tandem_plan_editor_redo (self->editor))
    focus_touched (self);
}

static void
add_need_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_under (TANDEM_PLAN_PAGE (widget), NULL, G_MAXUINT);
}

/* The row of the need, goal or action the keyboard focus is in, the innermost. */
static TandemPlanItemRow *
focused_row (TandemPlanPage *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  row = gtk_widget_get_ancestor (focus, TANDEM_TYPE_PLAN_ITEM_ROW);
  return row ? TANDEM_PLAN_ITEM_ROW (row) : NULL;
}

static void
move_focused (TandemPlanPage *self,
              int             delta)
{
  TandemPlanItemRow *row = focused_row (self);

  if (row != NULL)
    row_move_by_cb (self, delta, row);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_focused (TANDEM_PLAN_PAGE (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_focused (TANDEM_PLAN_PAGE (widget), 1);
}

/* Ctrl+Return: a new action under the goal the focus is in, after the focused action if
 * there is one; in a need, a new goal. */
static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);
  TandemPlanItemRow *row = focused_row (self);
  gpointer item;
  int position = 0;

  if (row == NULL)
    return;

  item = tandem_plan_item_row_get_item (row);
  if (TANDEM_IS_PLAN_ACTION (item))
    {
      g_object_get (item, "position", &position, NULL);
      add_under (self, tandem_plan_editor_get_parent (self->editor, item), position + 1);
    }
  else
    add_under (self, item, G_MAXUINT);
}

static void
show_latest_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  tandem_plan_page_show_version (TANDEM_PLAN_PAGE (widget), 0);
}

static void
show_version_cb (GSimpleAction  *action,
                 GVariant       *parameter,
                 TandemPlanPage *self)
{
  tandem_plan_page_show_version (self, g_variant_get_int64 (parameter));
}

/* Overrides */

static void
tandem_plan_page_unmap (GtkWidget *widget)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (widget);

  /* Leaving the page, or closing the window, saves what was typed last. */
  if (self->editor != NULL)
    tandem_plan_editor_flush (self->editor);

  GTK_WIDGET_CLASS (tandem_plan_page_parent_class)->unmap (widget);
}

static void
tandem_plan_page_dispose (GObject *object)
{
  TandemPlanPage *self = (TandemPlanPage *) object;

  stop_building (self);
  g_queue_clear_full (&self->build_steps, build_step_free);
  drop_editor (self);
  if (self->rows != NULL)
    g_hash_table_remove_all (self->rows);
  if (self->version_inputs != NULL)
    g_hash_table_remove_all (self->version_inputs);
  g_clear_object (&self->plan);
  g_clear_object (&self->person);
  g_clear_object (&self->session);
  g_clear_object (&self->version_actions);
  g_clear_pointer (&self->versions, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PLAN_PAGE);

  G_OBJECT_CLASS (tandem_plan_page_parent_class)->dispose (object);
}

static void
tandem_plan_page_finalize (GObject *object)
{
  TandemPlanPage *self = (TandemPlanPage *) object;

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->version_inputs, g_hash_table_unref);
  g_clear_pointer (&self->folded_sections, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_plan_page_parent_class)->finalize (object);
}

static void
tandem_plan_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    case PROP_BUILDING:
      g_value_set_boolean (value, self->build_steps.length > 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TandemPlanPage *self = TANDEM_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          update_actions (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

static void
tandem_plan_page_class_init (TandemPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plan_page_dispose;
  object_class->finalize = tandem_plan_page_finalize;
  object_class->get_property = tandem_plan_page_get_property;
  object_class->set_property = tandem_plan_page_set_property;
  widget_class->unmap = tandem_plan_page_unmap;

  /* Whether the page is alone in a narrow window, and so needs a way back to the list. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the rows of the plan shown are still being made, after its first frame. */
  properties[PROP_BUILDING] =
    g_param_spec_boolean ("building", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemPlanPage::go-back:
   *
   * The user asked to go back to the list of plans.
   */
  signals[SIGNAL_GO_BACK] =
    g_signal_new ("go-back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, toolbar_separator);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, version_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, history_box);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, agree_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, print_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, state_badge);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, banner_box);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, latest_button);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPage, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "plan.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "plan.agree", NULL, agree_action);
  gtk_widget_class_install_action (widget_class, "plan.start-review", NULL, start_review_action);
  gtk_widget_class_install_action (widget_class, "plan.copy-gp-summary", NULL,
                                   copy_gp_summary_action);
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plan.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "plan.discard-review", NULL,
                                   discard_review_action);
  gtk_widget_class_install_action (widget_class, "plan.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "plan.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "plan.add-need", NULL, add_need_action);
  gtk_widget_class_install_action (widget_class, "plan.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "plan.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "plan.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "plan.show-latest", NULL, show_latest_action);
  gtk_widget_class_install_action (widget_class, "plan.signpost-goal", "(ss)",
                                   signpost_goal_action);
}

static void
tandem_plan_page_init (TandemPlanPage *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autoptr(GSimpleAction) show = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new (NULL, NULL);
  self->version_inputs = g_hash_table_new (NULL, NULL);
  self->folded_sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  show = g_simple_action_new_stateful ("show", G_VARIANT_TYPE_INT64, g_variant_new_int64 (0));
  g_signal_connect (show, "activate", G_CALLBACK (show_version_cb), self);
  self->version_actions = g_simple_action_group_new ();
  g_action_map_add_action (G_ACTION_MAP (self->version_actions), G_ACTION (show));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "version",
                                  G_ACTION_GROUP (self->version_actions));

  /* Before the text the focus is in, which would otherwise take Ctrl+Z, Alt+Up and
   * Ctrl+Return for itself. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>z", "plan.undo");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control><Shift>z", "plan.redo");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Up", "plan.move-up");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Down", "plan.move-down");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>Return", "plan.add-action");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>KP_Enter", "plan.add-action");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>p", "plan.print");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_actions (self);
}

void
tandem_plan_page_set_session (TandemPlanPage *self,
                              TandemSession  *session)
{
  g_return_if_fail (TANDEM_IS_PLAN_PAGE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (tandem_session_get_store (session), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_session_get_team (session), "changed",
                           G_CALLBACK (team_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * tandem_plan_page_set_person_id:
 * @person_id: whose plan to show, or 0
 *
 * Shows the latest version of the person's plan, or a way to start one. What was typed in
 * the plan shown before is saved first.
 */
void
tandem_plan_page_set_person_id (TandemPlanPage *self,
                                gint64          person_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_PAGE (self));

  self->person_id = person_id;
  reload (self, 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

gint64
tandem_plan_page_get_person_id (TandemPlanPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), 0);

  return self->person_id;
}

/**
 * tandem_plan_page_show_version:
 * @version_id: a version of the person's plan, or 0 for the latest
 *
 * Shows that version; any but the latest draft is read-only.
 */
void
tandem_plan_page_show_version (TandemPlanPage *self,
                               gint64          version_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_PAGE (self));

  reload (self, version_id);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

/**
 * tandem_plan_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the version shown, with everything in it
 */
TandemPlan *
tandem_plan_page_get_plan (TandemPlanPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), NULL);

  return self->plan;
}

/**
 * tandem_plan_page_get_editor:
 *
 * Returns: (transfer none) (nullable): what edits the version shown; %NULL when it is
 *   read-only
 */
TandemPlanEditor *
tandem_plan_page_get_editor (TandemPlanPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), NULL);

  /* Whoever changes the plan through the editor needs every row there to follow it. */
  finish_building (self);
  return self->editor;
}

gboolean
tandem_plan_page_get_read_only (TandemPlanPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), TRUE);

  return self->editor == NULL;
}

/**
 * tandem_plan_page_find_input:
 * @record: the version shown, or one of its needs, goals or actions
 *
 * Returns: (transfer none) (nullable): the #TandemPlanInput showing @property of @record
 */
GtkWidget *
tandem_plan_page_find_input (TandemPlanPage *self,
                             gpointer        record,
                             const char     *property)
{
  GtkWidget *row;

  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), NULL);

  finish_building (self);
  if (TANDEM_IS_PLAN_VERSION (record))
    return g_hash_table_lookup (self->version_inputs, g_intern_string (property));

  row = row_for (self, record);
  return row ? tandem_plan_item_row_find_input (TANDEM_PLAN_ITEM_ROW (row), property) : NULL;
}

/**
 * tandem_plan_page_find_row:
 *
 * Returns: (transfer none) (nullable): the #TandemPlanItemRow of a need, goal or action
 */
GtkWidget *
tandem_plan_page_find_row (TandemPlanPage *self,
                           gpointer        item)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), NULL);

  finish_building (self);
  return row_for (self, item);
}

/**
 * tandem_plan_page_flush:
 *
 * Saves what was typed and not yet saved.
 *
 * Returns: %FALSE if the store refused some of it (a toast says why)
 */
gboolean
tandem_plan_page_flush (TandemPlanPage *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PAGE (self), FALSE);

  return self->editor == NULL || tandem_plan_editor_flush (self->editor);
}
