/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-directory-export"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-directory-export.h"
#include "tandem-gui-util.h"
#include "tandem-window.h"

/* Export Directory…: a save dialog whose Format choice picks ORUK v3 JSON or CSV, the export
 * on a worker thread, then "Exported 12 assets" in a toast, or why not in a dialog. The
 * whole directory is small enough that there is nothing to cancel. */

#define FORMAT_CHOICE "format"

typedef struct
{
  char                   *path;
  TandemOrukExportFormat  format;
  TandemStore            *store;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->store);
  g_free (job->path);
  g_free (job);
}

/* Telling the user */

static void
show_toast (GtkWidget *anchor,
            AdwToast  *toast)
{
  /* Opened from the window's menu, the window itself is the anchor: its toasts are inside. */
  if (TANDEM_IS_WINDOW (anchor))
    tandem_window_add_toast (TANDEM_WINDOW (anchor), toast);
  else
    tandem_toast_show (anchor, toast);
}

static void
show_error (GtkWidget    *anchor,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (anchor);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                             : NULL,
                                                       _("Directory Not Exported"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_to_file_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GtkWidget) anchor = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_exported = 0;

  if (!tandem_directory_export_finish (result, &n_exported, &error))
    {
      if (gtk_widget_get_root (anchor) != NULL)
        show_error (anchor, error);
      return;
    }

  /* Translators: said when the directory has been saved to a file */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u asset", "Exported %u assets",
                                       n_exported),
                          n_exported);
  show_toast (anchor, tandem_toast_new (text));
}

/* Choosing where */

typedef struct
{
  GtkWidget   *anchor;
  TandemStore *store;
} Choosing;

static void
choosing_free (Choosing *choosing)
{
  g_clear_object (&choosing->anchor);
  g_clear_object (&choosing->store);
  g_free (choosing);
}

/* The name as typed, ending as the chosen format does: a file chooser keeps whatever the
 * user typed, and a council's system may go by the ending. */
static GFile *
dup_file_for_format (GFile                  *file,
                     TandemOrukExportFormat  format)
{
  const char *suffix = format == TANDEM_ORUK_EXPORT_CSV ? ".csv" : ".json";
  const char *other = format == TANDEM_ORUK_EXPORT_CSV ? ".json" : ".csv";
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *stem = NULL;
  g_autofree char *fixed = NULL;

  if (path == NULL || g_str_has_suffix (path, suffix))
    return g_object_ref (file);

  stem = g_str_has_suffix (path, other) ? g_strndup (path, strlen (path) - strlen (other))
                                        : g_strdup (path);
  fixed = g_strconcat (stem, suffix, NULL);
  return g_file_new_for_path (fixed);
}

static void
chooser_response_cb (GtkFileChooserNative *chooser,
                     int                   response,
                     Choosing             *choosing)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  TandemOrukExportFormat format;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (chosen != NULL)
    {
      format = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser),
                                                       FORMAT_CHOICE), "csv") == 0
               ? TANDEM_ORUK_EXPORT_CSV : TANDEM_ORUK_EXPORT_JSON;
      file = dup_file_for_format (chosen, format);
      tandem_directory_export_to_file (choosing->anchor, choosing->store, file, format);
    }

  choosing_free (choosing);
  g_object_unref (chooser);
}

/**
 * tandem_directory_export:
 * @anchor: the view or window it is asked from: its window is the save dialog's parent,
 *   and the toast at the end is shown there
 *
 * Asks where to save the directory and in which format, then saves it.
 */
void
tandem_directory_export (GtkWidget   *anchor,
                         TandemStore *store)
{
  static const char *ids[] = { "json", "csv", NULL };
  const char *labels[] = { _("Open Referral UK version 3 (JSON)"), _("Spreadsheet (CSV)"),
                           NULL };
  GtkRoot *root;
  GtkFileChooserNative *chooser;
  Choosing *choosing;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WIDGET (anchor));
  g_return_if_fail (TANDEM_IS_STORE (store));

  root = gtk_widget_get_root (anchor);
  chooser = gtk_file_chooser_native_new (_("Export Directory"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE, _("Format"),
                               ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), FORMAT_CHOICE, "json");
  /* Translators: the suggested name of an exported directory, without ".json" */
  name = g_strconcat (_("Community directory"), ".json", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  choosing = g_new0 (Choosing, 1);
  choosing->anchor = g_object_ref (anchor);
  choosing->store = g_object_ref (store);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * tandem_directory_export_to_file:
 *
 * Saves the directory to @file in @format, then says how many assets it holds, in a toast
 * near @anchor, or in a dialog why it could not be saved. The save dialog calls this once a
 * place is chosen; tests call it directly.
 */
void
tandem_directory_export_to_file (GtkWidget              *anchor,
                                 TandemStore            *store,
                                 GFile                  *file,
                                 TandemOrukExportFormat  format)
{
  g_return_if_fail (GTK_IS_WIDGET (anchor));
  g_return_if_fail (TANDEM_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  tandem_directory_export_async (store, file, format, NULL, export_to_file_done_cb,
                                 g_object_ref (anchor));
}

/* Running */

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(TandemStore) sibling = NULL;
  GError *error = NULL;
  guint n_exported = 0;

  sibling = tandem_store_open_sibling (job->store, &error);
  if (sibling != NULL &&
      tandem_oruk_export_run (sibling, job->path, job->format, &n_exported, &error))
    g_task_return_int (task, n_exported);
  else
    g_task_return_error (task, error);
}

/**
 * tandem_directory_export_async:
 * @file: where to save; it must be on this computer
 *
 * Saves the whole directory to @file in @format on a worker thread, with a connection of
 * its own.
 */
void
tandem_directory_export_async (TandemStore            *store,
                               GFile                  *file,
                               TandemOrukExportFormat  format,
                               GCancellable           *cancellable,
                               GAsyncReadyCallback     callback,
                               gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  ExportJob *job;

  g_return_if_fail (TANDEM_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_directory_export_async);

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Tandem can save only to folders on this computer. Choose "
                                 "another place."));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->path = g_steal_pointer (&path);
  job->format = format;
  job->store = g_object_ref (store);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * tandem_directory_export_finish:
 * @n_exported: (out) (optional): how many assets were saved
 */
gboolean
tandem_directory_export_finish (GAsyncResult  *result,
                                guint         *n_exported,
                                GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        tandem_directory_export_async, FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;

  if (n_exported != NULL)
    *n_exported = (guint) n;
  return TRUE;
}
