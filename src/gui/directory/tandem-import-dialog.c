/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-import-dialog.h"

/* Imports a council's Open Referral UK directory: the user chooses a file or a folder, the
 * import runs on a worker thread with a connection of its own, showing how far it has got,
 * and at the end the dialog says what was added, updated and left unchanged, and lists each
 * service left out or taken in with a warning, with the reason. The import is one
 * transaction: cancelled or failed, it changes nothing, and the user can choose again. */
struct _TandemImportDialog
{
  AdwWindow             parent_instance;

  TandemStore          *store;             /* NULL once the window has gone */
  char                 *path;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  TandemOrukReport     *report;
  guint                 pulse_id;
  gboolean              running;
  gboolean              close_when_stopped;
  gboolean              from_folder;       /* what the last import read */

  /* Written by the worker thread, shown by the main one. */
  int                   progress_done;
  int                   progress_total;
  int                   progress_queued;

  GtkWidget            *cancel_button;
  GtkWidget            *import_button;
  GtkWidget            *again_button;
  GtkWidget            *stack;
  GtkWidget            *message_box;
  GtkWidget            *message_icon;
  GtkWidget            *message_title;
  GtkWidget            *message_label;
  GtkWidget            *chosen_group;
  GtkWidget            *chosen_row;
  GtkWidget            *chosen_icon;
  GtkWidget            *progress_bar;
  GtkWidget            *report_icon;
  GtkWidget            *report_title;
  GtkWidget            *summary_label;
  GtkWidget            *problems_label;
  GtkWidget            *problems_scroller;
  GtkWidget            *problems_view;
};

G_DEFINE_FINAL_TYPE (TandemImportDialog, tandem_import_dialog, ADW_TYPE_WINDOW)

/* What the worker thread needs, owned by its task. */
typedef struct
{
  TandemStore *store;
  char        *path;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->store);
  g_free (job->path);
  g_free (job);
}

/* Helpers */

static gboolean
is_showing (TandemImportDialog *self,
            const char         *page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->stack)), page) == 0;
}

static void
update_buttons (TandemImportDialog *self)
{
  gboolean choosing = is_showing (self, "choose");
  gboolean reporting = is_showing (self, "report");

  gtk_widget_set_visible (self->import_button, choosing);
  gtk_widget_set_visible (self->again_button, reporting);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button),
                        reporting ? _("_Close") : _("_Cancel"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start",
                                 !self->running && self->path != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-folder", !self->running);
}

static void
show_page (TandemImportDialog *self,
           const char         *page)
{
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), page);
  update_buttons (self);
}

/* A note above the choices: why the last import failed, or that it was cancelled. */
static void
show_message (TandemImportDialog *self,
              const char         *icon_name,
              const char         *css_class,
              const char         *title,
              const char         *text)
{
  gtk_image_set_from_icon_name (GTK_IMAGE (self->message_icon), icon_name);
  gtk_widget_remove_css_class (self->message_icon, "error");
  if (css_class != NULL)
    gtk_widget_add_css_class (self->message_icon, css_class);
  gtk_label_set_text (GTK_LABEL (self->message_title), title);
  gtk_label_set_text (GTK_LABEL (self->message_label), text);
  gtk_widget_set_visible (self->message_box, TRUE);
}

/* What to do next depends on what went wrong: another file, or the same one again later. */
static const char *
get_error_hint (const GError *error)
{
  if (error->domain == TANDEM_STORE_ERROR)
    return _("The directory is as it was. Press Import to try again.");

  return _("Choose another file or folder. Your council’s directory team or open data page "
           "can tell you which file to use.");
}

static void
show_failure (TandemImportDialog *self,
              const GError       *error)
{
  g_autofree char *text = g_strdup_printf ("%s\n\n%s", error->message, get_error_hint (error));

  show_message (self, "dialog-error-symbolic", "error", _("Nothing Imported"), text);
  show_page (self, "choose");
}

static const char *
get_chosen_icon (const char *path)
{
  return g_file_test (path, G_FILE_TEST_IS_DIR) ? "folder-symbolic" : "text-x-generic-symbolic";
}

/* Progress */

static gboolean
pulse_cb (gpointer user_data)
{
  TandemImportDialog *self = user_data;

  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress_bar));
  return G_SOURCE_CONTINUE;
}

/* Reading a feed says nothing of how far it has got: the bar pulses until the services are
 * being stored, one by one. */
static gboolean
show_progress_cb (gpointer user_data)
{
  TandemImportDialog *self = user_data;
  guint done, total;
  g_autofree char *text = NULL;

  g_atomic_int_set (&self->progress_queued, FALSE);
  if (self->store == NULL || !self->running)
    return G_SOURCE_REMOVE;

  done = (guint) g_atomic_int_get (&self->progress_done);
  total = (guint) g_atomic_int_get (&self->progress_total);
  if (total == 0)
    return G_SOURCE_REMOVE;

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  /* Translators: the progress of an import, as "120 of 2,400 services" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u service", "%u of %u services",
                                       total),
                          done, total);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), text);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), (double) done / total);

  return G_SOURCE_REMOVE;
}

/* Called on the worker thread, once for each service: at most one update waits at a time. */
static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  TandemImportDialog *self = user_data;

  g_atomic_int_set (&self->progress_done, (int) done);
  g_atomic_int_set (&self->progress_total, (int) total);
  if (g_atomic_int_compare_and_exchange (&self->progress_queued, FALSE, TRUE))
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress_cb,
                                g_object_ref (self), g_object_unref);
}

static void
start_progress (TandemImportDialog *self)
{
  g_atomic_int_set (&self->progress_done, 0);
  g_atomic_int_set (&self->progress_total, 0);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar),
                             self->from_folder ? _("Reading the folder…") : _("Reading the file…"));
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  self->pulse_id = g_timeout_add (100, pulse_cb, self);
}

/* The report */

static char *
dup_summary (const TandemOrukReport *report)
{
  /* Translators: the result of importing a directory; each %u is a number of services */
  return g_strdup_printf (_("Added %u, updated %u, unchanged %u."),
                          report->added, report->updated, report->unchanged);
}

static char *
dup_problems_heading (guint n_skipped,
                      guint n_warnings)
{
  g_autofree char *skipped = NULL;
  g_autofree char *warnings = NULL;

  /* Translators: part of the heading of the list of problems an import met */
  skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service left out",
                                          "%u services left out", n_skipped),
                             n_skipped);
  /* Translators: part of the heading of the list of problems an import met */
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u imported with a warning",
                                           "%u imported with a warning", n_warnings),
                              n_warnings);

  if (n_warnings == 0)
    return g_steal_pointer (&skipped);
  if (n_skipped == 0)
    return g_steal_pointer (&warnings);

  /* Translators: the heading of the list of problems an import met, as "3 services left
   * out; 2 imported with a warning" */
  return g_strdup_printf (_("%s; %s"), skipped, warnings);
}

static void
setup_problem_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (detail), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");

  gtk_box_append (GTK_BOX (lines), title);
  gtk_box_append (GTK_BOX (lines), reason);
  gtk_box_append (GTK_BOX (lines), detail);
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

/* Where to find the service in the feed: its id, unless it had none, and which of the
 * folder's files it is in. */
static char *
dup_problem_detail (const TandemOrukProblem *problem,
                    gboolean                 from_folder)
{
  gboolean has_id = problem->record != NULL && g_strcmp0 (problem->record, problem->name) != 0;
  const char *source = from_folder ? problem->source : NULL;

  if (has_id && source != NULL)
    /* Translators: where a service is in an imported folder: its id, then the file's name */
    return g_strdup_printf (_("Id %s in %s"), problem->record, source);
  if (has_id)
    /* Translators: a service's id in an imported directory */
    return g_strdup_printf (_("Id %s"), problem->record);

  return g_strdup (source);
}

/* The list's model holds the titles; the rest is read from the report at the same place. */
static void
bind_problem_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 TandemImportDialog       *self)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_last_child (box));
  GtkWidget *reason = gtk_widget_get_next_sibling (title);
  GtkWidget *detail = gtk_widget_get_next_sibling (reason);
  guint position = gtk_list_item_get_position (list_item);
  const TandemOrukProblem *problem;
  g_autofree char *reason_text = NULL;
  g_autofree char *detail_text = NULL;

  if (self->report == NULL || position >= self->report->problems->len)
    return;

  problem = g_ptr_array_index (self->report->problems, position);
  gtk_label_set_text (GTK_LABEL (title),
                      gtk_string_object_get_string (gtk_list_item_get_item (list_item)));

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), problem->skipped ? "action-unavailable-symbolic"
                                                                   : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (icon, "warning");
  if (!problem->skipped)
    gtk_widget_add_css_class (icon, "warning");

  /* Translators: why a service was not imported, as "Left out: Empty name" */
  reason_text = problem->skipped ? g_strdup_printf (_("Left out: %s"), problem->reason)
                                 : g_strdup (problem->reason);
  gtk_label_set_text (GTK_LABEL (reason), reason_text);

  detail_text = dup_problem_detail (problem, self->from_folder);
  gtk_label_set_text (GTK_LABEL (detail), detail_text ? detail_text : "");
  gtk_widget_set_visible (detail, detail_text != NULL && detail_text[0] != '\0');
}

static void
fill_problems (TandemImportDialog *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  for (guint i = 0; i < self->report->problems->len; i++)
    {
      const TandemOrukProblem *problem = g_ptr_array_index (self->report->problems, i);
      g_autofree char *name = problem->name ? g_strstrip (g_strdup (problem->name)) : NULL;

      gtk_string_list_append (titles, name != NULL && name[0] != '\0' ? name
                                                                    : _("Unnamed service"));
    }

  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&titles)));
  gtk_list_view_set_model (GTK_LIST_VIEW (self->problems_view),
                           GTK_SELECTION_MODEL (selection));
}

static void
show_report (TandemImportDialog *self)
{
  TandemOrukReport *report = self->report;
  guint n_skipped = tandem_oruk_report_count_skipped (report);
  guint n_warnings = report->problems->len - n_skipped;
  g_autofree char *summary = dup_summary (report);
  g_autofree char *heading = dup_problems_heading (n_skipped, n_warnings);
  gboolean imported = report->n_kept > 0;

  gtk_image_set_from_icon_name (GTK_IMAGE (self->report_icon),
                                imported ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_label_set_text (GTK_LABEL (self->report_title),
                      imported ? _("Directory Imported") : _("No Services Imported"));
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
  gtk_label_set_text (GTK_LABEL (self->problems_label), heading);
  gtk_widget_set_visible (self->problems_label, report->problems->len > 0);
  gtk_widget_set_visible (self->problems_scroller, report->problems->len > 0);
  fill_problems (self);

  gtk_widget_set_visible (self->message_box, FALSE);
  show_page (self, "report");
}

/* Running */

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(TandemStore) sibling = NULL;
  TandemOrukReport *report = NULL;
  GError *error = NULL;

  sibling = tandem_store_open_sibling (job->store, &error);
  if (sibling != NULL &&
      tandem_oruk_import_run (sibling, job->path, progress_cb, source_object, cancellable,
                              &report, &error))
    {
      g_task_return_pointer (task, report, (GDestroyNotify) tandem_oruk_report_free);
      return;
    }

  g_clear_pointer (&report, tandem_oruk_report_free);
  g_task_return_error (task, error);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  TandemOrukReport *report = g_task_propagate_pointer (G_TASK (result), &error);

  self->running = FALSE;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->cancellable);

  /* The window went with the main window: nobody is left to tell, but the views are. */
  if (self->store == NULL)
    {
      g_clear_pointer (&report, tandem_oruk_report_free);
      return;
    }

  if (report != NULL)
    {
      g_clear_pointer (&self->report, tandem_oruk_report_free);
      self->report = report;
      /* The import wrote through a connection of its own: the views reload. */
      tandem_store_notify_reset (self->store);
    }

  if (self->close_when_stopped)
    gtk_window_destroy (GTK_WINDOW (self));
  else if (report != NULL)
    show_report (self);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_message (self, "dialog-information-symbolic", NULL, _("Import Cancelled"),
                    _("Nothing was changed in the directory."));
      show_page (self, "choose");
    }
  else
    show_failure (self, error);
}

/* Choosing a file or folder */

static void
chooser_response_cb (TandemImportDialog   *self,
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
      show_message (self, "dialog-error-symbolic", "error", _("Cannot Import From There"),
                    _("Tandem can import only files on this computer. Save the directory "
                      "file to a folder here first, then choose it."));
      return;
    }

  tandem_import_dialog_set_path (self, path);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
choose (TandemImportDialog   *self,
        GtkFileChooserAction  action)
{
  gboolean folder = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

  if (self->running || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (folder ? _("Choose a Directory Folder")
                                                      : _("Choose a Directory File"),
                                               GTK_WINDOW (self), action,
                                               folder ? _("_Choose") : _("_Open"),
                                               _("_Cancel"));
  if (!folder)
    {
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("Open Referral UK JSON"), "*.json");
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("All files"), "*");
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Actions */

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose (TANDEM_IMPORT_DIALOG (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose (TANDEM_IMPORT_DIALOG (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  tandem_import_dialog_start (TANDEM_IMPORT_DIALOG (widget));
}

static void
again_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (widget);

  gtk_widget_set_visible (self->message_box, FALSE);
  show_page (self, "choose");
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (widget);

  /* While importing, Cancel stops the import and the dialog stays to say so. */
  if (self->running)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static gboolean
tandem_import_dialog_close_request (GtkWindow *window)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (window);

  /* Closing while importing stops the import, and the window goes once it has stopped. */
  if (self->running)
    {
      self->close_when_stopped = TRUE;
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (tandem_import_dialog_parent_class)->close_request (window);
}

static void
tandem_import_dialog_dispose (GObject *object)
{
  TandemImportDialog *self = (TandemImportDialog *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (tandem_import_dialog_parent_class)->dispose (object);
}

static void
tandem_import_dialog_finalize (GObject *object)
{
  TandemImportDialog *self = (TandemImportDialog *) object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->report, tandem_oruk_report_free);
  g_free (self->path);

  G_OBJECT_CLASS (tandem_import_dialog_parent_class)->finalize (object);
}

static void
tandem_import_dialog_class_init (TandemImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tandem_import_dialog_dispose;
  object_class->finalize = tandem_import_dialog_finalize;
  window_class->close_request = tandem_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, again_button);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, message_box);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, message_icon);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, message_title);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, chosen_group);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, chosen_row);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, chosen_icon);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, report_icon);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, report_title);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, problems_scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, problems_view);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL,
                                   choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.choose-folder", NULL,
                                   choose_folder_action);
  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "import.again", NULL, again_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose-file", NULL);
}

static void
tandem_import_dialog_init (TandemImportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_problem_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_problem_cb), self, 0);
  gtk_list_view_set_factory (GTK_LIST_VIEW (self->problems_view), factory);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
  update_buttons (self);
}

/* Public API */

/**
 * tandem_import_dialog_new:
 * @parent: the window it is opened over
 * @store: the store the views show; the import itself uses a connection of its own
 */
TandemImportDialog *
tandem_import_dialog_new (GtkWindow   *parent,
                          TandemStore *store)
{
  TandemImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  self = g_object_new (TANDEM_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  return self;
}

/**
 * tandem_import_dialog_set_path:
 * @path: an ORUK JSON file, or a folder of v3 CSV tables or JSON files
 *
 * Chooses what Import will read, as the file choosers do.
 */
void
tandem_import_dialog_set_path (TandemImportDialog *self,
                               const char         *path)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;

  g_return_if_fail (TANDEM_IS_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  if (self->running)
    return;

  g_free (self->path);
  self->path = g_strdup (path);

  name = g_path_get_basename (path);
  folder = g_path_get_dirname (path);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chosen_row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->chosen_row), folder);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->chosen_icon), get_chosen_icon (path));
  gtk_widget_set_visible (self->chosen_group, TRUE);
  gtk_widget_set_visible (self->message_box, FALSE);
  show_page (self, "choose");
}

const char *
tandem_import_dialog_get_path (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), NULL);

  return self->path;
}

/**
 * tandem_import_dialog_start:
 *
 * Imports the chosen file or folder on a worker thread, showing its progress; the report,
 * or why nothing was imported, follows. The Import button calls this.
 */
void
tandem_import_dialog_start (TandemImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (TANDEM_IS_IMPORT_DIALOG (self));

  if (self->running || self->path == NULL || self->store == NULL)
    return;

  job = g_new0 (ImportJob, 1);
  job->store = g_object_ref (self->store);
  job->path = g_strdup (self->path);

  self->running = TRUE;
  self->from_folder = g_file_test (self->path, G_FILE_TEST_IS_DIR);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (self->message_box, FALSE);
  start_progress (self);
  show_page (self, "progress");

  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, tandem_import_dialog_start);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/* Chooses @path and imports it: what choosing a file and pressing Import does. */
void
tandem_import_dialog_import_path (TandemImportDialog *self,
                                  const char         *path)
{
  g_return_if_fail (TANDEM_IS_IMPORT_DIALOG (self));

  tandem_import_dialog_set_path (self, path);
  tandem_import_dialog_start (self);
}

/* Cancel, as the button does: stops an import, or closes the dialog when none is running. */
void
tandem_import_dialog_cancel (TandemImportDialog *self)
{
  g_return_if_fail (TANDEM_IS_IMPORT_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "import.cancel", NULL);
}

gboolean
tandem_import_dialog_get_running (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), FALSE);

  return self->running;
}

/**
 * tandem_import_dialog_get_message:
 *
 * Returns: what the dialog says now: the report's summary ("Added 3, updated 1,
 *   unchanged 0."), why the import failed or that it was cancelled, or %NULL while choosing
 *   or importing
 */
const char *
tandem_import_dialog_get_message (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), NULL);

  if (is_showing (self, "report"))
    return gtk_label_get_text (GTK_LABEL (self->summary_label));
  if (is_showing (self, "choose") && gtk_widget_get_visible (self->message_box))
    return gtk_label_get_text (GTK_LABEL (self->message_label));

  return NULL;
}

/* The last import's report, or %NULL before one has finished. */
const TandemOrukReport *
tandem_import_dialog_get_report (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), NULL);

  return self->report;
}
