/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-editor-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tandem-date.h"
#include "tandem-editor-window.h"
#include "tandem-gui-util.h"
#include "tandem-record-input.h"

/* The dialog every record is added and edited in. Subclasses add their forms and say how to
 * save; this class makes sure nothing typed is ever lost:
 *
 * - what the user types is kept in the store as a draft a moment after each change, valid or
 *   not, so a crash or a closed laptop loses nothing; the next time the same dialog opens it
 *   carries on from the draft;
 * - editing a record saves it as the user works, whenever every field is valid, so there is
 *   no Save button to forget;
 * - a new record is added with Add, once valid; cancelling a form with something typed in it
 *   asks first.
 *
 * Messages about a field appear once the user pauses, not at every keystroke; "this is
 * needed" for an empty field only after they try to add the record. */

typedef struct
{
  char       *name;
  TandemForm *form;
  GObject    *record;
  gboolean    enabled;
  GHashTable *errors;   /* property -> message, from the last check */
} FormEntry;

typedef struct
{
  TandemStore  *store;
  TandemTeam   *team;
  char         *draft_kind;
  gint64        draft_id;
  gboolean      is_new;

  GPtrArray    *forms;           /* FormEntry */
  GHashTable   *widget_errors;   /* name -> message, for the subclass's own widgets */
  guint         draft_source;
  guint         commit_source;
  guint         messages_source;
  gboolean      dirty;           /* the user changed something not yet saved */
  gboolean      show_required;
  gboolean      draft_failed;
  AdwToast     *error_toast;     /* the error shown now, until dismissed */
  char         *error_message;
  gboolean      closing;
  gboolean      started;         /* changes before start() are the subclass's, not the user's */

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *cancel_button;
  GtkWidget       *done_button;
  GtkWidget       *content;
  GtkWidget       *banner_revealer;
  GtkWidget       *banner_icon;
  GtkWidget       *banner_label;
  GtkWidget       *banner_buttons;
} TandemEditorWindowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TandemEditorWindow, tandem_editor_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TEAM,
  PROP_DRAFT_KIND,
  PROP_DRAFT_ID,
  PROP_IS_NEW,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Long enough to finish typing a word, short enough that a crash loses almost nothing. */
#define DRAFT_DELAY_MS 300
#define COMMIT_DELAY_MS 500
#define MESSAGES_DELAY_MS 800

static void
form_entry_free (gpointer data)
{
  FormEntry *entry = data;

  g_free (entry->name);
  g_clear_object (&entry->form);
  g_clear_object (&entry->record);
  g_clear_pointer (&entry->errors, g_hash_table_unref);
  g_free (entry);
}

static FormEntry *
find_form (TandemEditorWindow *self,
           const char         *name)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  for (guint i = 0; i < priv->forms->len; i++)
    {
      FormEntry *entry = g_ptr_array_index (priv->forms, i);

      if (g_str_equal (entry->name, name))
        return entry;
    }

  return NULL;
}

static void
error_toast_dismissed_cb (TandemEditorWindow *self,
                          AdwToast           *toast)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  if (priv->error_toast != toast)
    return;

  priv->error_toast = NULL;
  g_clear_pointer (&priv->error_message, g_free);
}

/* Saving as the user types fails again at every pause while the disk is full or the
 * database read-only: the message stays until dismissed, and one that says it already (the
 * draft's message includes the reason) is not stacked on top of it. */
static void
report_error (TandemEditorWindow *self,
              const char         *message)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  GtkWidget *label;
  AdwToast *toast;

  if (priv->error_toast != NULL && strstr (priv->error_message, message) != NULL)
    return;

  toast = tandem_toast_new (message);
  /* A toast's title is one line, and these messages end with what to do: wrap them. */
  label = gtk_label_new (message);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  adw_toast_set_custom_title (toast, label);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (error_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  if (priv->error_toast != NULL)
    adw_toast_dismiss (priv->error_toast);
  priv->error_toast = toast;
  g_free (priv->error_message);
  priv->error_message = g_strdup (message);
  adw_toast_overlay_add_toast (priv->toast_overlay, toast);
}

/* Applies every enabled form to its record and collects what is wrong. */
static gboolean
check_all (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  TandemEditorWindowClass *klass = TANDEM_EDITOR_WINDOW_GET_CLASS (self);
  g_autoptr(GHashTable) extra = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean ok = TRUE;
  GDate today;

  tandem_date_set_today (&today);
  g_hash_table_remove_all (priv->widget_errors);

  for (guint i = 0; i < priv->forms->len; i++)
    {
      FormEntry *entry = g_ptr_array_index (priv->forms, i);
      g_autoptr(JsonObject) input = tandem_form_read (entry->form);

      g_hash_table_remove_all (entry->errors);
      if (entry->enabled)
        ok &= tandem_record_apply_input (entry->record, input, &today, entry->errors);
    }

  /* Whole-record checks report by property; the first form with that field shows them, and
   * the subclass's own widgets show the others. */
  if (klass->check != NULL)
    klass->check (self, extra);

  if (g_hash_table_size (extra) > 0)
    {
      GHashTableIter iter;
      gpointer key, value;

      ok = FALSE;
      g_hash_table_iter_init (&iter, extra);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          GHashTable *errors = priv->widget_errors;

          for (guint i = 0; i < priv->forms->len; i++)
            {
              FormEntry *entry = g_ptr_array_index (priv->forms, i);

              if (entry->enabled && tandem_form_get_row (entry->form, key) != NULL)
                {
                  errors = entry->errors;
                  break;
                }
            }

          g_hash_table_replace (errors, g_strdup (key), g_strdup (value));
        }
    }

  return ok;
}

/* An empty required field is not worth a message until the user tries to add the record.
 * Returns: (transfer container): the messages of @errors to show now */
static GHashTable *
dup_shown_errors (TandemEditorWindow *self,
                  GHashTable         *errors,
                  JsonObject         *input)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  GHashTable *shown = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, errors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      JsonNode *member = input ? json_object_get_member (input, key) : NULL;
      const char *typed = member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
                          json_node_get_value_type (member) == G_TYPE_STRING
                          ? json_node_get_string (member) : "x";

      if (priv->show_required || typed[0] != '\0')
        g_hash_table_insert (shown, key, value);
    }

  return shown;
}

static void
show_messages (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  TandemEditorWindowClass *klass = TANDEM_EDITOR_WINDOW_GET_CLASS (self);

  for (guint i = 0; i < priv->forms->len; i++)
    {
      FormEntry *entry = g_ptr_array_index (priv->forms, i);
      g_autoptr(JsonObject) input = tandem_form_read (entry->form);
      g_autoptr(GHashTable) shown = dup_shown_errors (self, entry->errors, input);

      tandem_form_show_errors (entry->form, entry->enabled ? shown : NULL);
    }

  if (klass->show_widget_errors != NULL)
    {
      g_autoptr(JsonObject) input = klass->read_widgets ? klass->read_widgets (self) : NULL;
      g_autoptr(GHashTable) shown = dup_shown_errors (self, priv->widget_errors, input);

      klass->show_widget_errors (self, shown);
    }
}

static char *
dup_draft (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  TandemEditorWindowClass *klass = TANDEM_EDITOR_WINDOW_GET_CLASS (self);
  g_autoptr(JsonObject) draft = json_object_new ();
  g_autoptr(JsonObject) enabled = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < priv->forms->len; i++)
    {
      FormEntry *entry = g_ptr_array_index (priv->forms, i);

      json_object_set_object_member (draft, entry->name, tandem_form_read (entry->form));
      json_object_set_boolean_member (enabled, entry->name, entry->enabled);
    }

  json_object_set_object_member (draft, "enabled", json_object_ref (enabled));
  if (klass->read_widgets != NULL)
    json_object_set_object_member (draft, "widgets", klass->read_widgets (self));
  json_node_set_object (root, draft);
  return json_to_string (root, FALSE);
}

static void
write_draft (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = dup_draft (self);

  g_clear_handle_id (&priv->draft_source, g_source_remove);

  if (tandem_store_save_draft (priv->store, priv->draft_kind, priv->draft_id, data, &error))
    {
      priv->draft_failed = FALSE;
      return;
    }

  /* Say it once, not at every keystroke; the text is still in the window. */
  if (!priv->draft_failed)
    {
      g_autofree char *message = g_strdup_printf (_("What you type cannot be kept safe for now: "
                                                    "%s"), error->message);

      report_error (self, message);
    }
  priv->draft_failed = TRUE;
}

static void
delete_draft (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&priv->draft_source, g_source_remove);

  if (!tandem_store_delete_draft (priv->store, priv->draft_kind, priv->draft_id, &error))
    g_warning ("Could not remove a draft: %s", error->message);
}

static gboolean
save (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  if (!TANDEM_EDITOR_WINDOW_GET_CLASS (self)->save (self, &error))
    {
      gboolean draft_failed_before = priv->draft_failed;

      /* When the draft fails too for the first time, its message says both: that what is
       * typed is not safe, and why. */
      write_draft (self);
      if (draft_failed_before || !priv->draft_failed)
        report_error (self, error->message);
      return FALSE;
    }

  priv->dirty = FALSE;
  delete_draft (self);
  return TRUE;
}

static gboolean
draft_timeout_cb (gpointer user_data)
{
  TandemEditorWindow *self = user_data;
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  priv->draft_source = 0;
  write_draft (self);
  return G_SOURCE_REMOVE;
}

static gboolean
messages_timeout_cb (gpointer user_data)
{
  TandemEditorWindow *self = user_data;
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  priv->messages_source = 0;
  check_all (self);
  show_messages (self);
  return G_SOURCE_REMOVE;
}

static gboolean
commit_timeout_cb (gpointer user_data)
{
  TandemEditorWindow *self = user_data;
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  priv->commit_source = 0;
  if (check_all (self))
    save (self);

  return G_SOURCE_REMOVE;
}

static void
restart_timeout (guint       *source,
                 guint        delay,
                 GSourceFunc  func,
                 gpointer     data)
{
  g_clear_handle_id (source, g_source_remove);
  *source = g_timeout_add (delay, func, data);
}

static void
form_changed_cb (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  priv->dirty = TRUE;
  restart_timeout (&priv->draft_source, DRAFT_DELAY_MS, draft_timeout_cb, self);
  restart_timeout (&priv->messages_source, MESSAGES_DELAY_MS, messages_timeout_cb, self);
  if (!priv->is_new)
    restart_timeout (&priv->commit_source, COMMIT_DELAY_MS, commit_timeout_cb, self);
}

static void
close_now (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_clear_handle_id (&priv->draft_source, g_source_remove);
  g_clear_handle_id (&priv->commit_source, g_source_remove);
  g_clear_handle_id (&priv->messages_source, g_source_remove);
  priv->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * tandem_editor_window_flush:
 *
 * For an edited record: saves what is typed now if it is valid, or keeps it as a draft.
 *
 * Returns: %TRUE when everything typed is saved in the record
 */
gboolean
tandem_editor_window_flush (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_EDITOR_WINDOW (self), FALSE);

  g_clear_handle_id (&priv->commit_source, g_source_remove);

  if (!priv->dirty)
    return TRUE;

  if (!priv->is_new && check_all (self))
    return save (self);

  write_draft (self);
  return FALSE;
}

/* The forms come first in the window, then the subclass's own widgets. */
static gboolean
focus_first_error (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  TandemEditorWindowClass *klass = TANDEM_EDITOR_WINDOW_GET_CLASS (self);

  for (guint i = 0; i < priv->forms->len; i++)
    {
      FormEntry *entry = g_ptr_array_index (priv->forms, i);

      if (tandem_form_focus_first_error (entry->form))
        return TRUE;
    }

  return klass->focus_widget_error != NULL && klass->focus_widget_error (self);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemEditorWindow *self = TANDEM_EDITOR_WINDOW (widget);
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_clear_handle_id (&priv->commit_source, g_source_remove);
  g_clear_handle_id (&priv->messages_source, g_source_remove);
  priv->show_required = TRUE;

  if (!check_all (self))
    {
      show_messages (self);
      focus_first_error (self);
      write_draft (self);
      return;
    }

  show_messages (self);

  if ((priv->dirty || priv->is_new) && !save (self))
    return;

  if (priv->is_new)
    g_signal_emit (self, signals[SIGNAL_SAVED], 0);

  close_now (self);
}

static gboolean
close_idle_cb (gpointer data)
{
  close_now (data);
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     TandemEditorWindow *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  delete_draft (self);

  /* The dialog is still closing itself, and this window is its parent: close after it. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_discard (TandemEditorWindow *self,
             const char         *heading,
             const char         *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemEditorWindow *self = TANDEM_EDITOR_WINDOW (widget);
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  /* Changes to a record that neither save nor keep as a draft (the disk is full, the
   * database read-only or busy) live only in this window: closing it would lose them. */
  if (!priv->is_new)
    {
      if (tandem_editor_window_flush (self) || !priv->draft_failed)
        close_now (self);
      else
        ask_discard (self, _("Discard Unsaved Changes?"),
                     _("Your changes could not be saved, nor kept to save later. If you "
                       "discard them they are lost; keep editing to try again once the "
                       "problem is solved."));
      return;
    }

  if (!priv->dirty)
    {
      delete_draft (self);
      close_now (self);
      return;
    }

  write_draft (self);

  ask_discard (self, _("Discard What You Typed?"),
               _("Nothing has been added yet. If you discard it, what you typed is lost."));
}

static gboolean
tandem_editor_window_close_request (GtkWindow *window)
{
  TandemEditorWindow *self = TANDEM_EDITOR_WINDOW (window);
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  if (priv->closing)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "editor.cancel", NULL);
  return TRUE;
}

static void
restore_draft (TandemEditorWindow *self,
               const char         *data)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  TandemEditorWindowClass *klass = TANDEM_EDITOR_WINDOW_GET_CLASS (self);
  g_autoptr(JsonNode) root = json_from_string (data, NULL);
  JsonObject *draft;
  JsonObject *enabled = NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;

  draft = json_node_get_object (root);
  if (json_object_has_member (draft, "enabled"))
    enabled = json_object_get_object_member (draft, "enabled");

  for (guint i = 0; i < priv->forms->len; i++)
    {
      FormEntry *entry = g_ptr_array_index (priv->forms, i);

      if (json_object_has_member (draft, entry->name))
        tandem_form_write (entry->form, json_object_get_object_member (draft, entry->name));
      if (enabled != NULL && json_object_has_member (enabled, entry->name))
        tandem_editor_window_set_form_enabled (self, entry->name,
                                               json_object_get_boolean_member (enabled, entry->name));
    }

  /* After the forms: what the widgets show may depend on a form's value, such as which
   * questionnaire was chosen. */
  if (json_object_has_member (draft, "widgets") && klass->write_widgets != NULL)
    klass->write_widgets (self, json_object_get_object_member (draft, "widgets"));

  priv->dirty = TRUE;
  tandem_editor_window_show_banner (self, "document-open-recent-symbolic",
                                    priv->is_new
                                    ? _("This carries on from what you typed before, which had "
                                        "not been added yet.")
                                    : _("This carries on from changes you typed before, which "
                                        "could not be saved yet."));
}

/**
 * tandem_editor_window_start:
 *
 * Fills the forms, from the draft when there is one and from the records otherwise. Call it
 * once the subclass has added its forms.
 */
void
tandem_editor_window_start (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  for (guint i = 0; i < priv->forms->len; i++)
    {
      FormEntry *entry = g_ptr_array_index (priv->forms, i);
      g_autoptr(JsonObject) input = tandem_record_to_input (entry->record);

      tandem_form_write (entry->form, input);
    }

  draft = tandem_store_load_draft (priv->store, priv->draft_kind, priv->draft_id, &error);
  if (error != NULL)
    report_error (self, error->message);
  else if (draft != NULL)
    restore_draft (self, draft);

  priv->started = TRUE;
  gtk_button_set_label (GTK_BUTTON (priv->done_button), priv->is_new ? _("_Add") : _("_Done"));
  gtk_widget_set_visible (priv->cancel_button, priv->is_new);

  if (priv->dirty)
    {
      check_all (self);
      show_messages (self);
    }
}

static void
tandem_editor_window_dispose (GObject *object)
{
  TandemEditorWindow *self = (TandemEditorWindow *) object;
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_clear_handle_id (&priv->draft_source, g_source_remove);
  g_clear_handle_id (&priv->commit_source, g_source_remove);
  g_clear_handle_id (&priv->messages_source, g_source_remove);

  /* No gtk_widget_dispose_template() here: GTK 4.8 looks the template up on the instance's
   * class, which for a subclass without a template of its own fails. GtkWindow disposes the
   * content anyway, and the fields are not used after this. */

  G_OBJECT_CLASS (tandem_editor_window_parent_class)->dispose (object);
}

static void
tandem_editor_window_finalize (GObject *object)
{
  TandemEditorWindow *self = (TandemEditorWindow *) object;
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_clear_pointer (&priv->forms, g_ptr_array_unref);
  g_clear_pointer (&priv->widget_errors, g_hash_table_unref);
  g_clear_object (&priv->store);
  g_clear_object (&priv->team);
  g_clear_pointer (&priv->draft_kind, g_free);
  g_clear_pointer (&priv->error_message, g_free);

  G_OBJECT_CLASS (tandem_editor_window_parent_class)->finalize (object);
}

static void
tandem_editor_window_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemEditorWindow *self = TANDEM_EDITOR_WINDOW (object);
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_TEAM:
      g_value_set_object (value, priv->team);
      break;

    case PROP_DRAFT_KIND:
      g_value_set_string (value, priv->draft_kind);
      break;

    case PROP_DRAFT_ID:
      g_value_set_int64 (value, priv->draft_id);
      break;

    case PROP_IS_NEW:
      g_value_set_boolean (value, priv->is_new);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_editor_window_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemEditorWindow *self = TANDEM_EDITOR_WINDOW (object);
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    case PROP_TEAM:
      priv->team = g_value_dup_object (value);
      break;

    case PROP_DRAFT_KIND:
      priv->draft_kind = g_value_dup_string (value);
      break;

    case PROP_DRAFT_ID:
      priv->draft_id = g_value_get_int64 (value);
      break;

    case PROP_IS_NEW:
      priv->is_new = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_editor_window_class_init (TandemEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tandem_editor_window_dispose;
  object_class->finalize = tandem_editor_window_finalize;
  object_class->get_property = tandem_editor_window_get_property;
  object_class->set_property = tandem_editor_window_set_property;
  window_class->close_request = tandem_editor_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEAM] =
    g_param_spec_object ("team", NULL, NULL,
                         TANDEM_TYPE_TEAM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* What the draft is of, such as "person" or "new-contact". */
  properties[PROP_DRAFT_KIND] =
    g_param_spec_string ("draft-kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The record edited, or the record a new one will belong to. */
  properties[PROP_DRAFT_ID] =
    g_param_spec_int64 ("draft-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_NEW] =
    g_param_spec_boolean ("is-new", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemEditorWindow::saved:
   *
   * Emitted when a new record was added, just before the window closes.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-editor-window.ui");
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, toast_overlay);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, window_title);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, cancel_button);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, done_button);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, content);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, banner_revealer);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, banner_icon);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, banner_label);
  gtk_widget_class_bind_template_child_private (widget_class, TandemEditorWindow, banner_buttons);

  gtk_widget_class_install_action (widget_class, "editor.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.done", NULL);
}

static void
tandem_editor_window_init (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  priv->forms = g_ptr_array_new_with_free_func (form_entry_free);
  priv->widget_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_object_bind_property (self, "title", priv->window_title, "title", G_BINDING_SYNC_CREATE);
}

/**
 * tandem_editor_window_add_form:
 * @name: what the form is called in drafts
 * @record: the record the form's values are applied to; saving writes it
 *
 * Adds @form's groups below what is already in the window.
 */
void
tandem_editor_window_add_form (TandemEditorWindow *self,
                               const char         *name,
                               TandemForm         *form,
                               gpointer            record)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  FormEntry *entry;

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));
  g_return_if_fail (TANDEM_IS_FORM (form));
  g_return_if_fail (TANDEM_IS_RECORD (record));

  entry = g_new0 (FormEntry, 1);
  entry->name = g_strdup (name);
  entry->form = g_object_ref (form);
  entry->record = g_object_ref (record);
  entry->enabled = TRUE;
  entry->errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_ptr_array_add (priv->forms, entry);

  for (guint i = 0; i < tandem_form_get_n_groups (form); i++)
    gtk_box_append (GTK_BOX (priv->content), tandem_form_get_group (form, i));

  g_signal_connect_object (form, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
}

void
tandem_editor_window_add_widget (TandemEditorWindow *self,
                                 GtkWidget          *widget)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  gtk_box_append (GTK_BOX (priv->content), widget);
}

/**
 * tandem_editor_window_changed:
 *
 * Says the user changed one of the subclass's own widgets: the draft is kept, messages are
 * checked and an edited record is saved, as for a change in a form.
 */
void
tandem_editor_window_changed (TandemEditorWindow *self)
{
  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  form_changed_cb (self);
}

/**
 * tandem_editor_window_set_form_enabled:
 *
 * A disabled form is neither checked nor saved; its values are kept in the draft. Before
 * tandem_editor_window_start() this only sets how the window starts; after, it counts as a
 * change the user made.
 */
void
tandem_editor_window_set_form_enabled (TandemEditorWindow *self,
                                       const char         *name,
                                       gboolean            enabled)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  FormEntry *entry;

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  entry = find_form (self, name);
  g_return_if_fail (entry != NULL);

  if (entry->enabled == !!enabled)
    return;

  entry->enabled = !!enabled;
  tandem_form_set_sensitive (entry->form, enabled);
  if (priv->started)
    form_changed_cb (self);
}

gboolean
tandem_editor_window_get_form_enabled (TandemEditorWindow *self,
                                       const char         *name)
{
  FormEntry *entry;

  g_return_val_if_fail (TANDEM_IS_EDITOR_WINDOW (self), FALSE);

  entry = find_form (self, name);
  return entry != NULL && entry->enabled;
}

TandemStore *
tandem_editor_window_get_store (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_EDITOR_WINDOW (self), NULL);

  return priv->store;
}

TandemTeam *
tandem_editor_window_get_team (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_EDITOR_WINDOW (self), NULL);

  return priv->team;
}

gboolean
tandem_editor_window_get_is_new (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_EDITOR_WINDOW (self), FALSE);

  return priv->is_new;
}

/**
 * tandem_editor_window_get_form:
 *
 * Returns: (transfer none) (nullable): the form added under @name
 */
TandemForm *
tandem_editor_window_get_form (TandemEditorWindow *self,
                               const char         *name)
{
  FormEntry *entry;

  g_return_val_if_fail (TANDEM_IS_EDITOR_WINDOW (self), NULL);

  entry = find_form (self, name);
  return entry ? entry->form : NULL;
}

/**
 * tandem_editor_window_show_banner:
 *
 * Shows @text above the forms, replacing any banner and its buttons.
 */
void
tandem_editor_window_show_banner (TandemEditorWindow *self,
                                  const char         *icon_name,
                                  const char         *text)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  GtkWidget *child;

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  while ((child = gtk_widget_get_first_child (priv->banner_buttons)) != NULL)
    gtk_box_remove (GTK_BOX (priv->banner_buttons), child);

  gtk_image_set_from_icon_name (GTK_IMAGE (priv->banner_icon), icon_name);
  gtk_label_set_text (GTK_LABEL (priv->banner_label), text);
  gtk_revealer_set_reveal_child (GTK_REVEALER (priv->banner_revealer), TRUE);
}

void
tandem_editor_window_add_banner_button (TandemEditorWindow *self,
                                        const char         *label,
                                        GCallback           callback,
                                        gpointer            user_data)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  g_signal_connect_swapped (button, "clicked", callback, user_data);
  gtk_box_append (GTK_BOX (priv->banner_buttons), button);
}

void
tandem_editor_window_hide_banner (TandemEditorWindow *self)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  gtk_revealer_set_reveal_child (GTK_REVEALER (priv->banner_revealer), FALSE);
}

void
tandem_editor_window_add_toast (TandemEditorWindow *self,
                                AdwToast           *toast)
{
  TandemEditorWindowPrivate *priv = tandem_editor_window_get_instance_private (self);

  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  adw_toast_overlay_add_toast (priv->toast_overlay, toast);
}

/**
 * tandem_editor_window_finish:
 *
 * Closes the window, dropping the draft: for when the user chose to go elsewhere, such as to
 * a record that already exists.
 */
void
tandem_editor_window_finish (TandemEditorWindow *self)
{
  g_return_if_fail (TANDEM_IS_EDITOR_WINDOW (self));

  delete_draft (self);
  close_now (self);
}
