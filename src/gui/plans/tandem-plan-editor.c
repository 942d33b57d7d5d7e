/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-plan-editor.h"

/* Every change to a draft plan goes through here, so that it is written to the store at once
 * and can be undone. Each change is a small command that knows how to do and undo itself
 * through the store; the loaded TandemPlan follows the store, and signals tell the page
 * what to show.
 *
 * Typing is saved a moment after the last keystroke (TANDEM_PLAN_EDITOR_SAVE_DELAY_MS), one
 * short transaction per save. A run of typing in one field is one step of undo, so that
 * Ctrl+Z takes back the sentence just typed rather than its last letter.
 *
 * A removed item keeps its object: undoing the removal saves the same objects again, with
 * new ids, and later commands that point at them still find them. */

/* Typing in the same field within this long of the last save joins the same undo step. */
#define MERGE_WINDOW_US (2 * G_USEC_PER_SEC)

typedef enum
{
  COMMAND_FIELD,
  COMMAND_ADD,
  COMMAND_REMOVE,
  COMMAND_MOVE,
} CommandKind;

typedef struct
{
  CommandKind  kind;
  GObject     *item;       /* the record a field belongs to, or the need, goal or action */
  GObject     *parent;     /* the need or goal an item belongs to; NULL for needs */
  const char  *property;   /* interned; fields only */
  GValue       before;
  GValue       after;
  GPtrArray   *subtree;    /* what a removal took: the item, then what hung off it */
  guint        from;       /* moves: where the item was; additions and removals: its place */
  guint        to;
  gint64       saved_at;   /* fields: when typing last joined this step */
} Command;

typedef struct
{
  TandemPlanEditor *self;
  GObject          *record;
  const char       *property;
  char             *text;
  guint             source;
} Pending;

struct _TandemPlanEditor
{
  GObject      parent_instance;

  TandemStore *store;
  TandemPlan  *plan;
  GPtrArray   *undo_stack;   /* Command, oldest first */
  GPtrArray   *redo_stack;   /* Command, the next to redo last */
  GPtrArray   *pending;      /* Pending typing not saved yet, oldest first */
  gboolean     can_merge;    /* the last thing done was typing, which more typing may join */
  guint        serial;
  GObject     *touched;      /* what the last command done or undone changed */
  const char  *touched_property;
};

G_DEFINE_FINAL_TYPE (TandemPlanEditor, tandem_plan_editor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  SIGNAL_FIELD_CHANGED,
  SIGNAL_ITEM_ADDED,
  SIGNAL_ITEM_REMOVED,
  SIGNAL_ITEM_MOVED,
  SIGNAL_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
command_free (gpointer data)
{
  Command *command = data;

  g_clear_object (&command->item);
  g_clear_object (&command->parent);
  if (G_IS_VALUE (&command->before))
    g_value_unset (&command->before);
  if (G_IS_VALUE (&command->after))
    g_value_unset (&command->after);
  g_clear_pointer (&command->subtree, g_ptr_array_unref);
  g_free (command);
}

static Command *
command_new (CommandKind  kind,
             gpointer     item,
             gpointer     parent)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->item = g_object_ref (item);
  command->parent = parent ? g_object_ref (parent) : NULL;
  return command;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_clear_handle_id (&pending->source, g_source_remove);
  g_clear_object (&pending->record);
  g_free (pending->text);
  g_free (pending);
}

static void
fail (TandemPlanEditor *self,
      const GError     *error)
{
  g_signal_emit (self, signals[SIGNAL_FAILED], 0, error);
}

static void
set_touched (TandemPlanEditor *self,
             GObject          *touched,
             const char       *property)
{
  g_set_object (&self->touched, touched);
  self->touched_property = property;
}

static void
notify_history (TandemPlanEditor *self)
{
  self->serial++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
push (TandemPlanEditor *self,
      Command          *command)
{
  g_ptr_array_add (self->undo_stack, command);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->can_merge = command->kind == COMMAND_FIELD;
  notify_history (self);
}

static gboolean
save_record (TandemPlanEditor  *self,
             gpointer           record,
             GError           **error)
{
  if (TANDEM_IS_PLAN_VERSION (record))
    return tandem_store_save_plan_version (self->store, record, error);

  return tandem_store_save_plan_item (self->store, record, error);
}

/* The item's parent in the store: the version for a need, the need for a goal, the goal for
 * an action. */
static gint64
parent_id_of (TandemPlanEditor *self,
              GObject          *parent)
{
  if (parent == NULL)
    return tandem_record_get_id (tandem_plan_get_version (self->plan));

  return tandem_record_get_id (parent);
}

static void
set_parent_id (gpointer item,
               gint64   parent_id)
{
  if (TANDEM_IS_PLAN_NEED (item))
    tandem_plan_need_set_version_id (item, parent_id);
  else if (TANDEM_IS_PLAN_GOAL (item))
    tandem_plan_goal_set_need_id (item, parent_id);
  else
    tandem_plan_action_set_goal_id (item, parent_id);
}

static guint
position_of (gpointer item)
{
  int position = 0;

  g_object_get (item, "position", &position, NULL);
  return MAX (position, 0);
}

static void
insert_in_plan (TandemPlan *plan,
                gpointer    item)
{
  if (TANDEM_IS_PLAN_NEED (item))
    tandem_plan_insert_need (plan, item);
  else if (TANDEM_IS_PLAN_GOAL (item))
    tandem_plan_insert_goal (plan, item);
  else
    tandem_plan_insert_action (plan, item);
}

/* The item and what hangs off it, parents before their children. */
static GPtrArray *
collect_subtree (TandemPlan *plan,
                 GObject    *item)
{
  GPtrArray *subtree = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (subtree, g_object_ref (item));

  if (TANDEM_IS_PLAN_NEED (item))
    {
      GListModel *goals = tandem_plan_get_goals (plan, TANDEM_PLAN_NEED (item));

      for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
        {
          g_autoptr(GObject) goal = g_list_model_get_item (goals, i);
          g_autoptr(GPtrArray) below = collect_subtree (plan, goal);

          for (guint j = 0; j < below->len; j++)
            g_ptr_array_add (subtree, g_object_ref (g_ptr_array_index (below, j)));
        }
    }
  else if (TANDEM_IS_PLAN_GOAL (item))
    {
      GListModel *actions = tandem_plan_get_actions (plan, TANDEM_PLAN_GOAL (item));

      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        g_ptr_array_add (subtree, g_list_model_get_item (actions, i));
    }

  return subtree;
}

/* Saves @command's item, and anything that hung off it when it was removed, as new rows in
 * one transaction; then shows them in the plan. */
static gboolean
insert_subtree (TandemPlanEditor  *self,
                Command           *command,
                GError           **error)
{
  GPtrArray *subtree = command->subtree;
  GObject *need = NULL;
  GObject *goal = NULL;

  if (!tandem_store_begin (self->store, error))
    return FALSE;

  g_object_set (command->item, "position", (int) command->from, NULL);

  for (guint i = 0; i < subtree->len; i++)
    {
      GObject *item = g_ptr_array_index (subtree, i);

      if (item == command->item)
        set_parent_id (item, parent_id_of (self, command->parent));
      else if (TANDEM_IS_PLAN_GOAL (item))
        set_parent_id (item, tandem_record_get_id (need));
      else
        set_parent_id (item, tandem_record_get_id (goal));

      tandem_record_set_id (item, 0);
      if (!tandem_store_save_plan_item (self->store, item, error))
        {
          tandem_store_rollback (self->store);
          return FALSE;
        }

      if (TANDEM_IS_PLAN_NEED (item))
        need = item;
      else if (TANDEM_IS_PLAN_GOAL (item))
        goal = item;
    }

  if (!tandem_store_commit (self->store, error))
    return FALSE;

  for (guint i = 0; i < subtree->len; i++)
    insert_in_plan (self->plan, g_ptr_array_index (subtree, i));

  g_signal_emit (self, signals[SIGNAL_ITEM_ADDED], 0, command->item);
  return TRUE;
}

static gboolean
delete_subtree (TandemPlanEditor  *self,
                Command           *command,
                GError           **error)
{
  g_autoptr(GPtrArray) subtree = collect_subtree (self->plan, command->item);

  command->from = position_of (command->item);
  if (!tandem_store_delete_plan_item (self->store, command->item, error))
    return FALSE;

  g_clear_pointer (&command->subtree, g_ptr_array_unref);
  command->subtree = g_steal_pointer (&subtree);
  tandem_plan_remove_item (self->plan, command->item);

  g_signal_emit (self, signals[SIGNAL_ITEM_REMOVED], 0, command->item);
  return TRUE;
}

static gboolean
move_to (TandemPlanEditor  *self,
         GObject           *item,
         guint              position,
         GError           **error)
{
  if (!tandem_store_move_plan_item (self->store, item, position, error))
    return FALSE;

  tandem_plan_move_item (self->plan, item, position);
  g_signal_emit (self, signals[SIGNAL_ITEM_MOVED], 0, item);
  return TRUE;
}

static gboolean
set_field (TandemPlanEditor  *self,
           GObject           *record,
           const char        *property,
           const GValue      *value,
           const GValue      *previous,
           GError           **error)
{
  g_object_set_property (record, property, value);
  if (!save_record (self, record, error))
    {
      g_object_set_property (record, property, previous);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_FIELD_CHANGED], 0, record, property);
  return TRUE;
}

/* Does @command, or undoes it when @undo. */
static gboolean
run_command (TandemPlanEditor  *self,
             Command           *command,
             gboolean           undo,
             GError           **error)
{
  switch (command->kind)
    {
    case COMMAND_FIELD:
      return set_field (self, command->item, command->property,
                        undo ? &command->before : &command->after,
                        undo ? &command->after : &command->before, error);

    case COMMAND_ADD:
      return undo ? delete_subtree (self, command, error) : insert_subtree (self, command, error);

    case COMMAND_REMOVE:
      return undo ? insert_subtree (self, command, error) : delete_subtree (self, command, error);

    case COMMAND_MOVE:
      return move_to (self, command->item, undo ? command->from : command->to, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

static Command *
top_command (TandemPlanEditor *self)
{
  if (self->undo_stack->len == 0)
    return NULL;

  return g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
}

/* Whether a save failed for a cause outside the plan that may pass: a full disk, a database
 * read-only or busy, a drive gone for a moment. Typing refused for itself (an agreed plan
 * cannot change) is not worth trying again. */
static gboolean
may_pass (const GError *error)
{
  return g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_FULL) ||
         g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_READ_ONLY) ||
         g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_BUSY) ||
         g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_IO);
}

/* Typing that could not be saved yet waits, without a timer, for the next flush: it is still
 * in its field, and must reach the store once it can. */
static void
keep_typing (TandemPlanEditor *self,
             GObject          *record,
             const char       *property,
             const char       *text)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = self;
  pending->record = g_object_ref (record);
  pending->property = property;
  pending->text = g_strdup (text);
  g_ptr_array_add (self->pending, pending);
}

/* Writes one field's typing: as a new step of undo, or as part of the step typing in the
 * same field just made. */
static gboolean
save_typing (TandemPlanEditor *self,
             GObject          *record,
             const char       *property,
             const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) before = G_VALUE_INIT;
  g_auto(GValue) after = G_VALUE_INIT;
  Command *top = top_command (self);
  gint64 now = g_get_monotonic_time ();

  g_value_init (&before, G_TYPE_STRING);
  g_object_get_property (record, property, &before);
  if (g_strcmp0 (g_value_get_string (&before), text) == 0)
    return TRUE;

  g_value_init (&after, G_TYPE_STRING);
  g_value_set_string (&after, text);

  if (!set_field (self, record, property, &after, &before, &error))
    {
      if (may_pass (error))
        keep_typing (self, record, property, text);
      fail (self, error);
      return FALSE;
    }

  set_touched (self, record, property);

  if (self->can_merge && top != NULL && top->kind == COMMAND_FIELD && top->item == record &&
      top->property == property && now - top->saved_at < MERGE_WINDOW_US)
    {
      g_value_set_string (&top->after, text);
      top->saved_at = now;
      self->serial++;
      return TRUE;
    }

  top = command_new (COMMAND_FIELD, record, NULL);
  top->property = property;
  g_value_init (&top->before, G_TYPE_STRING);
  g_value_copy (&before, &top->before);
  g_value_init (&top->after, G_TYPE_STRING);
  g_value_copy (&after, &top->after);
  top->saved_at = now;
  push (self, top);
  return TRUE;
}

static gboolean
commit_pending (TandemPlanEditor *self,
                Pending          *pending)
{
  g_autoptr(GObject) record = g_object_ref (pending->record);
  g_autofree char *text = g_strdup (pending->text);
  const char *property = pending->property;

  /* Taken off the list first: saving emits signals, and a handler may type or flush. */
  g_ptr_array_remove (self->pending, pending);

  return save_typing (self, record, property, text);
}

static gboolean
pending_timeout_cb (gpointer data)
{
  Pending *pending = data;

  pending->source = 0;
  commit_pending (pending->self, pending);
  return G_SOURCE_REMOVE;
}

static void
tandem_plan_editor_dispose (GObject *object)
{
  TandemPlanEditor *self = (TandemPlanEditor *) object;

  /* Nothing typed is dropped, even by an owner that forgot to flush. */
  if (self->pending != NULL && self->store != NULL)
    tandem_plan_editor_flush (self);

  G_OBJECT_CLASS (tandem_plan_editor_parent_class)->dispose (object);
}

static void
tandem_plan_editor_finalize (GObject *object)
{
  TandemPlanEditor *self = (TandemPlanEditor *) object;

  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_object (&self->touched);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tandem_plan_editor_parent_class)->finalize (object);
}

static void
tandem_plan_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TandemPlanEditor *self = TANDEM_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, tandem_plan_editor_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, tandem_plan_editor_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_editor_class_init (TandemPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_plan_editor_dispose;
  object_class->finalize = tandem_plan_editor_finalize;
  object_class->get_property = tandem_plan_editor_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemPlanEditor::field-changed:
   * @record: the version, need, goal or action
   * @property: the property that changed
   *
   * A field was written to the store: typed, chosen, undone or redone.
   */
  signals[SIGNAL_FIELD_CHANGED] =
    g_signal_new ("field-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, G_TYPE_STRING);

  /**
   * TandemPlanEditor::item-added:
   * @item: a need, goal or action now in the plan, with anything under it
   */
  signals[SIGNAL_ITEM_ADDED] =
    g_signal_new ("item-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  signals[SIGNAL_ITEM_REMOVED] =
    g_signal_new ("item-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * TandemPlanEditor::item-moved:
   * @item: the item, whose position is now its place among its siblings
   */
  signals[SIGNAL_ITEM_MOVED] =
    g_signal_new ("item-moved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * TandemPlanEditor::failed:
   * @error: what the store said
   *
   * A change could not be written; the plan is as it was before it.
   */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
tandem_plan_editor_init (TandemPlanEditor *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (command_free);
  self->redo_stack = g_ptr_array_new_with_free_func (command_free);
  self->pending = g_ptr_array_new_with_free_func (pending_free);
}

/**
 * tandem_plan_editor_new:
 * @plan: a draft, as loaded from @store
 */
TandemPlanEditor *
tandem_plan_editor_new (TandemStore *store,
                        TandemPlan  *plan)
{
  TandemPlanEditor *self;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_PLAN (plan), NULL);

  self = g_object_new (TANDEM_TYPE_PLAN_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->plan = g_object_ref (plan);
  return self;
}

TandemPlan *
tandem_plan_editor_get_plan (TandemPlanEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), NULL);

  return self->plan;
}

/**
 * tandem_plan_editor_set_text:
 * @record: the version, a need, a goal or an action
 * @property: a string property of @record
 *
 * Takes what the user typed in a field; it is saved after a short pause in typing, or by
 * tandem_plan_editor_flush().
 */
void
tandem_plan_editor_set_text (TandemPlanEditor *self,
                             gpointer          record,
                             const char       *property,
                             const char       *text)
{
  Pending *pending = NULL;

  g_return_if_fail (TANDEM_IS_PLAN_EDITOR (self));
  g_return_if_fail (G_IS_OBJECT (record));

  property = g_intern_string (property);
  for (guint i = 0; i < self->pending->len && pending == NULL; i++)
    {
      Pending *other = g_ptr_array_index (self->pending, i);

      if (other->record == record && other->property == property)
        pending = other;
    }

  if (pending == NULL)
    {
      pending = g_new0 (Pending, 1);
      pending->self = self;
      pending->record = g_object_ref (record);
      pending->property = property;
      g_ptr_array_add (self->pending, pending);
    }

  g_free (pending->text);
  pending->text = g_strdup (text ? text : "");
  g_clear_handle_id (&pending->source, g_source_remove);
  pending->source = g_timeout_add (TANDEM_PLAN_EDITOR_SAVE_DELAY_MS, pending_timeout_cb, pending);
}

/**
 * tandem_plan_editor_set_int:
 * @property: an int or enum property of @record, such as a status or a score
 *
 * Saves a choice at once, as a step of its own.
 */
gboolean
tandem_plan_editor_set_int (TandemPlanEditor *self,
                            gpointer          record,
                            const char       *property,
                            int               value)
{
  g_autoptr(GError) error = NULL;
  GParamSpec *pspec;
  Command *command;

  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_return_val_if_fail (pspec != NULL, FALSE);

  tandem_plan_editor_flush (self);

  command = command_new (COMMAND_FIELD, record, NULL);
  command->property = g_intern_string (property);
  g_value_init (&command->before, pspec->value_type);
  g_object_get_property (record, property, &command->before);
  g_value_init (&command->after, pspec->value_type);
  if (G_TYPE_IS_ENUM (pspec->value_type))
    g_value_set_enum (&command->after, value);
  else
    g_value_set_int (&command->after, value);

  if (g_param_values_cmp (pspec, &command->before, &command->after) == 0)
    {
      command_free (command);
      return TRUE;
    }

  if (!run_command (self, command, FALSE, &error))
    {
      command_free (command);
      fail (self, error);
      return FALSE;
    }

  set_touched (self, record, command->property);
  push (self, command);
  return TRUE;
}

/**
 * tandem_plan_editor_flush:
 *
 * Saves any typing still waiting for its pause, now: before the page shows something else,
 * and before any other change so that changes reach the store in the order they were made.
 *
 * Typing that could not be saved for a cause that may pass (a full disk, a read-only or busy
 * database) stays waiting, to be tried again by the next flush.
 *
 * Returns: %FALSE if some of it could not be saved (::failed said why)
 */
gboolean
tandem_plan_editor_flush (TandemPlanEditor *self)
{
  gboolean ok = TRUE;
  guint n;

  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  /* Typing that fails goes back on the list to wait: each is tried once. */
  n = self->pending->len;
  for (guint i = 0; i < n && self->pending->len > 0; i++)
    ok &= commit_pending (self, g_ptr_array_index (self->pending, 0));

  return ok;
}

gboolean
tandem_plan_editor_has_pending (TandemPlanEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  return self->pending->len > 0;
}

static gpointer
new_item_under (TandemPlanEditor *self,
                gpointer          parent)
{
  if (parent == NULL)
    return tandem_plan_need_new ();

  if (TANDEM_IS_PLAN_NEED (parent))
    {
      TandemPlanGoal *goal = tandem_plan_goal_new ();

      tandem_plan_goal_set_status (goal, TANDEM_GOAL_NOT_STARTED);
      return goal;
    }

  g_return_val_if_fail (TANDEM_IS_PLAN_GOAL (parent), NULL);
  return tandem_plan_action_new ();
}

/**
 * tandem_plan_editor_add:
 * @parent: (nullable): %NULL to add a need, a need to add a goal, a goal to add an action
 * @position: where among its siblings; past the end adds it last
 *
 * Returns: (transfer none) (nullable): the new, empty item, or %NULL if it could not be
 *   saved
 */
gpointer
tandem_plan_editor_add (TandemPlanEditor *self,
                        gpointer          parent,
                        guint             position)
{
  g_autoptr(GObject) item = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *siblings;
  Command *command;

  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), NULL);

  tandem_plan_editor_flush (self);

  item = new_item_under (self, parent);
  if (parent == NULL)
    siblings = tandem_plan_get_needs (self->plan);
  else if (TANDEM_IS_PLAN_NEED (parent))
    siblings = tandem_plan_get_goals (self->plan, parent);
  else
    siblings = tandem_plan_get_actions (self->plan, parent);

  command = command_new (COMMAND_ADD, item, parent);
  command->from = MIN (position, g_list_model_get_n_items (siblings));
  command->subtree = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (command->subtree, g_object_ref (item));

  if (!run_command (self, command, FALSE, &error))
    {
      command_free (command);
      fail (self, error);
      return NULL;
    }

  set_touched (self, item, NULL);
  push (self, command);
  return item;
}

/**
 * tandem_plan_editor_get_parent:
 *
 * Returns: (transfer none) (nullable): the need a goal belongs to, or the goal an action
 *   belongs to; %NULL for a need
 */
gpointer
tandem_plan_editor_get_parent (TandemPlanEditor *self,
                               gpointer          item)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), NULL);

  if (TANDEM_IS_PLAN_GOAL (item))
    return tandem_plan_find_need (self->plan, tandem_plan_goal_get_need_id (item));
  if (TANDEM_IS_PLAN_ACTION (item))
    return tandem_plan_find_goal (self->plan, tandem_plan_action_get_goal_id (item));

  return NULL;
}

/**
 * tandem_plan_editor_count_siblings:
 *
 * Returns: how many items are in @item's list, @item included
 */
guint
tandem_plan_editor_count_siblings (TandemPlanEditor *self,
                                   gpointer          item)
{
  gpointer parent;

  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), 0);

  parent = tandem_plan_editor_get_parent (self, item);
  if (TANDEM_IS_PLAN_NEED (item))
    return g_list_model_get_n_items (tandem_plan_get_needs (self->plan));
  if (parent == NULL)
    return 0;
  if (TANDEM_IS_PLAN_GOAL (item))
    return g_list_model_get_n_items (tandem_plan_get_goals (self->plan, parent));

  return g_list_model_get_n_items (tandem_plan_get_actions (self->plan, parent));
}

/**
 * tandem_plan_editor_remove:
 * @item: a need, goal or action, which goes with everything under it
 */
gboolean
tandem_plan_editor_remove (TandemPlanEditor *self,
                           gpointer          item)
{
  g_autoptr(GError) error = NULL;
  Command *command;

  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  tandem_plan_editor_flush (self);

  command = command_new (COMMAND_REMOVE, item, tandem_plan_editor_get_parent (self, item));
  if (!run_command (self, command, FALSE, &error))
    {
      command_free (command);
      fail (self, error);
      return FALSE;
    }

  set_touched (self, command->parent, NULL);
  push (self, command);
  return TRUE;
}

/**
 * tandem_plan_editor_move:
 * @position: the item's new place among its siblings, counting from 0
 */
gboolean
tandem_plan_editor_move (TandemPlanEditor *self,
                         gpointer          item,
                         guint             position)
{
  g_autoptr(GError) error = NULL;
  Command *command;
  guint last;

  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  tandem_plan_editor_flush (self);

  last = tandem_plan_editor_count_siblings (self, item);
  last = last > 0 ? last - 1 : 0;
  position = MIN (position, last);
  if (position == position_of (item))
    return TRUE;

  command = command_new (COMMAND_MOVE, item, NULL);
  command->from = position_of (item);
  command->to = position;
  if (!run_command (self, command, FALSE, &error))
    {
      command_free (command);
      fail (self, error);
      return FALSE;
    }

  set_touched (self, item, NULL);
  push (self, command);
  return TRUE;
}

gboolean
tandem_plan_editor_get_can_undo (TandemPlanEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  return self->undo_stack->len > 0 || self->pending->len > 0;
}

gboolean
tandem_plan_editor_get_can_redo (TandemPlanEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  return self->redo_stack->len > 0;
}

/* Moves the last command of @from to @to, doing or undoing it. */
static gboolean
step (TandemPlanEditor *self,
      GPtrArray        *from,
      GPtrArray        *to,
      gboolean          undo)
{
  g_autoptr(GError) error = NULL;
  Command *command;

  tandem_plan_editor_flush (self);
  if (from->len == 0)
    return FALSE;

  command = g_ptr_array_index (from, from->len - 1);
  if (!run_command (self, command, undo, &error))
    {
      fail (self, error);
      return FALSE;
    }

  if (command->kind == COMMAND_REMOVE && !undo)
    set_touched (self, command->parent, NULL);
  else if (command->kind == COMMAND_ADD && undo)
    set_touched (self, command->parent, NULL);
  else
    set_touched (self, command->item, command->property);

  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  self->can_merge = FALSE;
  notify_history (self);
  return TRUE;
}

/**
 * tandem_plan_editor_undo:
 *
 * Takes back the last change, in the store too; typing not yet saved is saved first, and so
 * is what is taken back.
 *
 * Returns: %TRUE if something was undone
 */
gboolean
tandem_plan_editor_undo (TandemPlanEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  return step (self, self->undo_stack, self->redo_stack, TRUE);
}

gboolean
tandem_plan_editor_redo (TandemPlanEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), FALSE);

  return step (self, self->redo_stack, self->undo_stack, FALSE);
}

/**
 * tandem_plan_editor_get_serial:
 *
 * Returns: a number that changes with every change, undo and redo: a toast offering to undo
 *   one change checks that nothing happened since
 */
guint
tandem_plan_editor_get_serial (TandemPlanEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), 0);

  return self->serial;
}

/**
 * tandem_plan_editor_get_touched:
 * @property: (out) (optional): the field, for a change to a field; otherwise %NULL
 *
 * Returns: (transfer none) (nullable): what the last change, undo or redo was about, so that
 *   the page can put the focus there: a record, or %NULL for the plan's list of needs
 */
gpointer
tandem_plan_editor_get_touched (TandemPlanEditor  *self,
                                const char       **property)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_EDITOR (self), NULL);

  if (property != NULL)
    *property = self->touched_property;

  return self->touched;
}
