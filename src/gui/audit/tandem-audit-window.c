/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-audit-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-audit-entry.h"
#include "tandem-audit-window.h"
#include "tandem-date.h"
#include "tandem-enums.h"

/* The audit trail, for administrators and supervisors: the newest entries first, narrowed
 * by who, what and when, or to one person when opened from their record. Reading and
 * exporting run on a connection of their own in a worker thread, since the trail grows by
 * every save and every record opened. */

/* More than anyone reads on screen; the export has no limit. */
#define SHOWN_LIMIT 5000

struct _TandemAuditWindow
{
  AdwWindow      parent_instance;

  TandemSession *session;
  gint64         person_id;
  GListStore    *entries;
  GtkStringList *staff_names;
  GArray        *staff_ids;       /* gint64, parallel to staff_names; 0 for anyone */
  GCancellable  *cancellable;     /* the read under way */
  guint          date_source;
  GtkFileChooserNative *chooser;

  GtkWidget     *window_title;
  GtkWidget     *staff_dropdown;
  GtkWidget     *action_dropdown;
  GtkWidget     *from_entry;
  GtkWidget     *to_entry;
  GtkWidget     *person_button;
  GtkWidget     *person_label;
  GtkWidget     *toast_overlay;
  GtkWidget     *stack;
  GtkWidget     *column_view;
  GtkWidget     *error_page;
  GtkWidget     *limit_label;
};

G_DEFINE_FINAL_TYPE (TandemAuditWindow, tandem_audit_window, ADW_TYPE_WINDOW)

/* What a read or an export asks for: the filter with its own copies of the dates. */
typedef struct
{
  TandemStore       *store;    /* a connection for the worker thread */
  TandemAuditFilter  filter;
  char              *from;
  char              *to;
  guint              limit;
  char              *path;     /* the export's file, or NULL for a read */
} Query;

static void
query_free (Query *query)
{
  g_clear_object (&query->store);
  g_free (query->from);
  g_free (query->to);
  g_free (query->path);
  g_free (query);
}

/* A typed date as YYYY-MM-DD; "" when the entry is empty; NULL when it is not a date. */
static char *
read_date (GtkWidget *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  GDate date;

  if (*text == '\0')
    return g_strdup ("");

  g_date_clear (&date, 1);
  if (!tandem_date_parse (text, &date, NULL))
    return NULL;

  return tandem_date_to_iso (&date);
}

static gboolean
check_date (GtkWidget *entry)
{
  g_autofree char *date = read_date (entry);

  if (date == NULL)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");

  return date != NULL;
}

static Query *
query_new (TandemAuditWindow  *self,
           guint               limit,
           GError            **error)
{
  Query *query = g_new0 (Query, 1);
  guint staff = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->staff_dropdown));
  guint action = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->action_dropdown));

  query->store = tandem_store_open_sibling (tandem_session_get_store (self->session), error);
  if (query->store == NULL)
    {
      query_free (query);
      return NULL;
    }

  query->from = read_date (self->from_entry);
  query->to = read_date (self->to_entry);
  query->limit = limit;
  query->filter.person_id = self->person_id;
  query->filter.staff_id = staff < self->staff_ids->len
                           ? g_array_index (self->staff_ids, gint64, staff) : 0;
  /* The first choice is any action; the others follow the enum's order. */
  query->filter.action = action == 0 || action == GTK_INVALID_LIST_POSITION ? -1
                         : (int) action - 1;
  query->filter.from = query->from;
  query->filter.to = query->to;

  return query;
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Query *query = task_data;
  GError *error = NULL;
  GPtrArray *entries;

  entries = tandem_store_list_audit (query->store, &query->filter, query->limit + 1, &error);
  if (entries != NULL)
    g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
show_entries (TandemAuditWindow *self,
              GPtrArray         *entries)
{
  gboolean more = entries->len > SHOWN_LIMIT;
  guint shown = MIN (entries->len, SHOWN_LIMIT);
  g_autofree char *subtitle = NULL;

  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, shown);

  subtitle = more
             ? g_strdup_printf (_("Newest %u entries"), shown)
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", shown),
                                shown);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title), subtitle);

  gtk_widget_set_visible (self->limit_label, more);
  if (more)
    {
      g_autofree char *text =
        g_strdup_printf (_("Only the newest %u entries are shown. Narrow the filters to see "
                           "older ones, or export them all."), SHOWN_LIMIT);
      gtk_label_set_text (GTK_LABEL (self->limit_label), text);
    }

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), shown > 0 ? "entries" : "empty");
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TandemAuditWindow *self = TANDEM_AUDIT_WINDOW (object);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  entries = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (entries == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (self->error_page), error->message);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "error");
      return;
    }

  show_entries (self, entries);
}

static void
reload (TandemAuditWindow *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Query *query;

  if (!check_date (self->from_entry) || !check_date (self->to_entry))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  query = query_new (self, SHOWN_LIMIT, &error);
  if (query == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (self->error_page), error->message);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "error");
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) == 0)
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "loading");

  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, reload);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_run_in_thread (task, read_thread);
}

static void
filter_changed_cb (TandemAuditWindow *self)
{
  if (self->session != NULL)
    reload (self);
}

static gboolean
date_timeout_cb (gpointer user_data)
{
  TandemAuditWindow *self = user_data;

  self->date_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Waits for a pause in typing, so "2", "20", "202"… are not each looked up. */
static void
date_changed_cb (TandemAuditWindow *self)
{
  g_clear_handle_id (&self->date_source, g_source_remove);
  self->date_source = g_timeout_add (300, date_timeout_cb, self);
}

/* Exporting */

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Query *query = task_data;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (query->path);
  GError *error = NULL;

  entries = tandem_store_list_audit (query->store, &query->filter, 0, &error);
  if (entries == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  tandem_audit_append_csv_header (csv);
  for (guint i = 0; i < entries->len; i++)
    tandem_audit_entry_append_csv (g_ptr_array_index (entries, i), csv);

  /* Exporting the trail is itself an action someone may ask about: recorded before the file
   * is written, or the file is not written. */
  if (!tandem_store_record_audit (query->store, TANDEM_AUDIT_EXPORT, "audit", 0,
                                  query->filter.person_id, &error) ||
      !g_file_replace_contents (file, csv->str, csv->len, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_int (task, entries->len);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  TandemAuditWindow *self = TANDEM_AUDIT_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gssize n_entries;

  n_entries = g_task_propagate_int (G_TASK (result), &error);
  if (n_entries < 0)
    {
      message = g_strdup_printf (_("The audit trail could not be exported: %s"), error->message);
    }
  else
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %zd entry",
                                              "Exported %zd entries", n_entries),
                                 n_entries);
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), adw_toast_new (message));
}

/**
 * tandem_audit_window_export_csv:
 * @path: where to write, replacing any file there
 *
 * Writes the entries that match the filters, all of them, as CSV on a worker; a toast says
 * how many or why not. "Export…" calls this with the file chosen; tests call it directly.
 */
void
tandem_audit_window_export_csv (TandemAuditWindow *self,
                                const char        *path)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Query *query = query_new (self, 0, &error);

  if (query == NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                                   adw_toast_new (error->message));
      return;
    }

  query->path = g_strdup (path);
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, tandem_audit_window_export_csv);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_run_in_thread (task, export_thread);
}

static void
chooser_response_cb (TandemAuditWindow    *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                                   adw_toast_new (_("Exports can only be saved in a folder on "
                                                    "this computer. Choose another folder.")));
      return;
    }

  tandem_audit_window_export_csv (self, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemAuditWindow *self = TANDEM_AUDIT_WINDOW (widget);
  g_autofree char *today = tandem_date_today_iso ();
  /* Translators: the file name an audit trail export is offered under; %s is today's date */
  g_autofree char *name = g_strdup_printf (_("Audit trail %s.csv"), today);

  if (self->chooser != NULL)
    return;

  if (!check_date (self->from_entry) || !check_date (self->to_entry))
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                                   adw_toast_new (_("Correct the dates first: type a date like "
                                                    "31/3/2026.")));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Export Audit Trail"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
clear_person_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemAuditWindow *self = TANDEM_AUDIT_WINDOW (widget);

  self->person_id = 0;
  gtk_widget_set_visible (self->person_button, FALSE);
  reload (self);
}

/* The columns */

typedef char *(*DescribeFunc) (TandemAuditEntry *entry);

static char *
describe_when (TandemAuditEntry *entry)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (tandem_audit_entry_get_at (entry),
                                                           NULL);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (tandem_audit_entry_get_at (entry));

  local = g_date_time_to_local (utc);
  /* Translators: when an audit entry was made, in local time; see g_date_time_format() */
  return g_date_time_format (local, _("%-d %b %Y, %H:%M:%S"));
}

static char *
describe_action (TandemAuditEntry *entry)
{
  return g_strdup (tandem_audit_action_get_label (tandem_audit_entry_get_action (entry)));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DescribeFunc              describe)
{
  g_autofree char *text = describe (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_column (TandemAuditWindow *self,
            const char        *title,
            DescribeFunc       describe,
            gboolean           expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), describe);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->column_view), column);
}

static void
fill_staff (TandemAuditWindow *self)
{
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (self->session));
  gint64 anyone = 0;

  gtk_string_list_append (self->staff_names, _("Anyone"));
  g_array_append_val (self->staff_ids, anyone);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      gint64 id = tandem_record_get_id (member);

      gtk_string_list_append (self->staff_names, tandem_staff_get_name (member));
      g_array_append_val (self->staff_ids, id);
    }

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->staff_dropdown),
                           G_LIST_MODEL (self->staff_names));
}

static void
fill_actions (TandemAuditWindow *self)
{
  g_autoptr(GtkStringList) actions = gtk_string_list_new (NULL);
  GEnumClass *klass = g_type_class_ref (TANDEM_TYPE_AUDIT_ACTION);

  gtk_string_list_append (actions, _("Any action"));
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (actions, tandem_audit_action_get_label (klass->values[i].value));
  g_type_class_unref (klass);

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->action_dropdown), G_LIST_MODEL (actions));
}

static void
tandem_audit_window_dispose (GObject *object)
{
  TandemAuditWindow *self = (TandemAuditWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->date_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_AUDIT_WINDOW);

  G_OBJECT_CLASS (tandem_audit_window_parent_class)->dispose (object);
}

static void
tandem_audit_window_finalize (GObject *object)
{
  TandemAuditWindow *self = (TandemAuditWindow *) object;

  g_clear_object (&self->session);
  g_clear_object (&self->entries);
  g_clear_object (&self->staff_names);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (tandem_audit_window_parent_class)->finalize (object);
}

static void
tandem_audit_window_class_init (TandemAuditWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_audit_window_dispose;
  object_class->finalize = tandem_audit_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tandemcare/Tandem/tandem-audit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, action_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, to_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, person_button);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, person_label);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, TandemAuditWindow, limit_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);

  gtk_widget_class_install_action (widget_class, "audit.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "audit.clear-person", NULL,
                                   clear_person_action);
}

static void
tandem_audit_window_init (TandemAuditWindow *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_list_store_new (TANDEM_TYPE_AUDIT_ENTRY);
  self->staff_names = gtk_string_list_new (NULL);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->column_view),
                             GTK_SELECTION_MODEL (selection));

  add_column (self, _("When"), describe_when, FALSE);
  add_column (self, _("Who"), tandem_audit_entry_describe_who, TRUE);
  add_column (self, _("Action"), describe_action, FALSE);
  add_column (self, _("Record"), tandem_audit_entry_describe_record, TRUE);
  add_column (self, _("Person"), tandem_audit_entry_describe_person, TRUE);

  fill_actions (self);
}

/**
 * tandem_audit_window_new:
 * @person_id: the person whose entries to show, or 0 for everyone's
 *
 * Opens the audit trail as the session's member of staff may read it.
 */
TandemAuditWindow *
tandem_audit_window_new (GtkWindow     *parent,
                         TandemSession *session,
                         gint64         person_id)
{
  TandemAuditWindow *self;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);

  self = g_object_new (TANDEM_TYPE_AUDIT_WINDOW,
                       "transient-for", parent,
                       NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  self->session = g_object_ref (session);
  self->person_id = person_id;
  fill_staff (self);

  if (person_id > 0)
    {
      g_autoptr(TandemPerson) person =
        tandem_store_load_person (tandem_session_get_store (session), person_id, NULL);
      g_autofree char *name = person ? tandem_person_dup_full_name (person)
                                     : g_strdup_printf (_("Person #%" G_GINT64_FORMAT),
                                                        person_id);

      gtk_label_set_text (GTK_LABEL (self->person_label), name);
      gtk_widget_set_visible (self->person_button, TRUE);
    }

  reload (self);
  return self;
}

/**
 * tandem_audit_window_get_n_shown:
 *
 * Returns: how many entries the list shows now
 */
guint
tandem_audit_window_get_n_shown (TandemAuditWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_AUDIT_WINDOW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->entries));
}
