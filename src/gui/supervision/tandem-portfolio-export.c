/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-portfolio-export"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-portfolio-document.h"
#include "tandem-portfolio-export.h"
#include "tandem-window.h"

/* Export Portfolio…: a save dialog, then the worker's portfolio written as a PDF. What goes
 * in it is read from the store on the main thread, as the current member of staff may read
 * it; laying it out and writing it, the slow part, happens on a worker thread. */

typedef struct
{
  TandemPortfolioSource source;
  char                 *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  tandem_portfolio_source_clear (&job->source);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(TandemPortfolioDocument) document = NULL;
  GError *error = NULL;

  document = tandem_portfolio_document_new (&job->source, &error);
  if (document != NULL &&
      tandem_portfolio_document_write_pdf_file (document, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * tandem_portfolio_export_async:
 * @file: where to save; it must be on this computer
 *
 * Writes @staff_id's portfolio to @file as a PDF, reading what the session's member of staff
 * may read now and writing on a worker thread.
 */
void
tandem_portfolio_export_async (TandemSession       *session,
                               gint64               staff_id,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;
  GError *error = NULL;

  g_return_if_fail (TANDEM_IS_SESSION (session));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_portfolio_export_async);

  job = g_new0 (ExportJob, 1);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  if ((job->path = g_file_get_path (file)) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Tandem can save only to folders on this computer. Choose "
                                 "another place."));
      return;
    }

  /* A portfolio leaves the database: recorded before it goes, or it does not. */
  if (!tandem_portfolio_source_load (&job->source, tandem_session_get_store (session),
                                     tandem_session_get_team (session), staff_id, &error) ||
      !tandem_store_record_audit (tandem_session_get_store (session), TANDEM_AUDIT_EXPORT,
                                  "staff", staff_id, 0, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, export_thread);
}

gboolean
tandem_portfolio_export_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        tandem_portfolio_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tandem_portfolio_dup_file_name:
 *
 * Returns: (transfer full): the suggested name, like
 *   “Portfolio – Amara Okafor – 2026-11-21.pdf”
 */
char *
tandem_portfolio_dup_file_name (TandemSession *session,
                                gint64         staff_id)
{
  TandemStaff *staff = tandem_team_find_staff (tandem_session_get_team (session), staff_id);
  g_autofree char *today = tandem_date_today_iso ();
  g_autofree char *name = g_strdup (staff != NULL ? tandem_staff_get_name (staff) : "");

  /* Names with a slash would make a folder. */
  g_strdelimit (name, "/\\", '-');

  /* Translators: the suggested file name of a worker's portfolio: their name and today's
   * date. Keep “.pdf” at the end */
  return g_strdup_printf (_("Portfolio – %s – %s.pdf"), name, today);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (tandem_portfolio_export_finish (result, &error))
    {
      if (TANDEM_IS_WINDOW (parent))
        tandem_window_add_toast (TANDEM_WINDOW (parent),
                                 adw_toast_new (_("Portfolio saved")));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Portfolio Not Saved"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GtkWindow     *parent;
  TandemSession *session;
  gint64         staff_id;
} Choosing;

static void
choosing_free (Choosing *choosing)
{
  g_clear_object (&choosing->parent);
  g_clear_object (&choosing->session);
  g_free (choosing);
}

static void
chooser_response_cb (GtkFileChooserNative *chooser,
                     int                   response,
                     Choosing             *choosing)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    tandem_portfolio_export_async (choosing->session, choosing->staff_id, file, NULL,
                                   export_done_cb,
                                   choosing->parent ? g_object_ref (choosing->parent) : NULL);

  choosing_free (choosing);
  g_object_unref (chooser);
}

/**
 * tandem_portfolio_export:
 * @parent: (nullable): the window asked from: the save dialog's parent, where the toast at
 *   the end or the dialog saying what went wrong is shown
 * @staff_id: the worker whose portfolio to export
 *
 * Asks where to save the worker's portfolio, then writes it as a PDF.
 */
void
tandem_portfolio_export (GtkWindow     *parent,
                         TandemSession *session,
                         gint64         staff_id)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  Choosing *choosing;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (TANDEM_IS_SESSION (session));

  chooser = gtk_file_chooser_native_new (_("Export Portfolio"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = tandem_portfolio_dup_file_name (session, staff_id);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  choosing = g_new0 (Choosing, 1);
  choosing->parent = parent ? g_object_ref (parent) : NULL;
  choosing->session = g_object_ref (session);
  choosing->staff_id = staff_id;
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
