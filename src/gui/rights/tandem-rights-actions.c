/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-rights-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-rights-actions.h"
#include "tandem-subject-access-document.h"
#include "tandem-window.h"

/* The two things a person may ask of their record, as the person page and the retention
 * list offer them: a copy of everything (Subject Access Export…) and erasure (Erase
 * Record…). The store decides who may; these only ask, run and report. */

/* Subject access export. A record with years of contacts, plans and audit entries takes a
 * while to read and lay out, so all of it runs on a worker thread with its own connection. */

typedef struct
{
  TandemStore              *store;
  gint64                    person_id;
  char                     *folder;
  TandemSubjectAccessFiles  files;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->store);
  g_free (job->folder);
  tandem_subject_access_files_clear (&job->files);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(TandemStore) sibling = NULL;
  GError *error = NULL;

  sibling = tandem_store_open_sibling (job->store, &error);
  if (sibling != NULL &&
      tandem_subject_access_export (sibling, job->person_id, job->folder, cancellable,
                                    &job->files, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * tandem_subject_access_export_async:
 * @folder: where to write the PDF and the JSON; it must be on this computer
 *
 * Writes everything held about @person_id to @folder, as the session's member of staff may
 * read it, on a worker thread, and records the export in the audit trail.
 */
void
tandem_subject_access_export_async (TandemSession       *session,
                                    gint64               person_id,
                                    GFile               *folder,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (TANDEM_IS_SESSION (session));
  g_return_if_fail (G_IS_FILE (folder));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_subject_access_export_async);

  job = g_new0 (ExportJob, 1);
  job->store = g_object_ref (tandem_session_get_store (session));
  job->person_id = person_id;
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  if ((job->folder = g_file_get_path (folder)) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Tandem can save only to folders on this computer. Choose "
                                 "another place."));
      return;
    }

  g_task_run_in_thread (task, export_thread);
}

/**
 * tandem_subject_access_export_finish:
 * @folder_uri: (out) (optional): the folder written to, for opening it
 * @n_records: (out) (optional): how many records were exported
 */
gboolean
tandem_subject_access_export_finish (GAsyncResult  *result,
                                     char         **folder_uri,
                                     guint         *n_records,
                                     GError       **error)
{
  ExportJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        tandem_subject_access_export_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  if (folder_uri != NULL)
    *folder_uri = g_filename_to_uri (job->folder, NULL, NULL);
  if (n_records != NULL)
    *n_records = job->files.n_records;

  return TRUE;
}

static void
free_uri (gpointer  data,
          GClosure *closure)
{
  g_free (data);
}

static void
open_folder_cb (AdwToast   *toast,
                const char *uri)
{
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
show_failure (GtkWindow  *parent,
              const char *heading,
              const char *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  guint n_records = 0;
  AdwToast *toast;

  if (!tandem_subject_access_export_finish (result, &uri, &n_records, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (parent, _("Subject Access Not Exported"), error->message);
      return;
    }

  if (!TANDEM_IS_WINDOW (parent))
    return;

  /* Translators: shown once a subject access export is written, with “Open Folder” */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u record as PDF and JSON",
                                        "Exported %u records as PDF and JSON", n_records),
                           n_records);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open Folder"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_folder_cb),
                         g_steal_pointer (&uri), free_uri, 0);
  tandem_window_add_toast (TANDEM_WINDOW (parent), toast);
}

typedef struct
{
  GtkWindow     *parent;
  TandemSession *session;
  gint64         person_id;
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
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (folder != NULL)
    {
      if (TANDEM_IS_WINDOW (choosing->parent))
        tandem_window_add_toast (TANDEM_WINDOW (choosing->parent),
                                 adw_toast_new (_("Exporting everything held…")));
      tandem_subject_access_export_async (choosing->session, choosing->person_id, folder, NULL,
                                          export_done_cb,
                                          choosing->parent ? g_object_ref (choosing->parent)
                                                           : NULL);
    }

  choosing_free (choosing);
  g_object_unref (chooser);
}

/**
 * tandem_rights_export_subject_access:
 * @parent: (nullable): the window asked from, where the outcome is shown
 *
 * Asks for a folder, then writes everything held about @person_id there as a PDF and JSON.
 */
void
tandem_rights_export_subject_access (GtkWindow     *parent,
                                     TandemSession *session,
                                     gint64         person_id)
{
  GtkFileChooserNative *chooser;
  Choosing *choosing;

  g_return_if_fail (TANDEM_IS_SESSION (session));

  chooser = gtk_file_chooser_native_new (_("Choose a Folder for the Export"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  choosing = g_new0 (Choosing, 1);
  choosing->parent = parent ? g_object_ref (parent) : NULL;
  choosing->session = g_object_ref (session);
  choosing->person_id = person_id;
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Erasure. */

/**
 * tandem_rights_dup_erase_body:
 *
 * Returns: (transfer full): what the erase confirmation says: what goes, what stays, and
 *   that backups expire on their own schedule, with how many are kept
 */
char *
tandem_rights_dup_erase_body (GSettings  *settings,
                              const char *name)
{
  guint kept = g_settings_get_uint (settings, "backup-keep");
  g_autofree char *backups = NULL;

  if (kept > 0)
    backups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Backups are not changed: they expire on their own "
                                            "schedule, and the last %u is kept.",
                                            "Backups are not changed: they expire on their own "
                                            "schedule, and the last %u are kept.", kept),
                               kept);
  else
    backups = g_strdup (_("Backups are not changed: they expire on their own schedule."));

  /* Translators: %s is the person's name; the second sentence is about backups */
  return g_strdup_printf (_("Everything held about %s will be erased for good: their details, "
                            "referrals, contacts, every version of their plan, questionnaires, "
                            "signposting, and what was recorded about them at meetings and in "
                            "supervision. Their name is taken out of other notes. The audit "
                            "trail keeps that a record was erased, without personal data. %s"),
                          name, backups);
}

typedef struct
{
  GtkWindow     *parent;
  TandemSession *session;
  gint64         person_id;
  char          *name;
} Erasing;

static void
erasing_free (Erasing *erasing)
{
  g_clear_object (&erasing->parent);
  g_clear_object (&erasing->session);
  g_free (erasing->name);
  g_free (erasing);
}

static void
erasing_closure_free (gpointer  data,
                      GClosure *closure)
{
  erasing_free (data);
}

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   Erasing          *erasing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "erase") != 0)
    return;

  if (!tandem_store_erase_person (tandem_session_get_store (erasing->session),
                                  erasing->person_id, &error))
    {
      show_failure (erasing->parent, _("Record Not Erased"), error->message);
      return;
    }

  if (TANDEM_IS_WINDOW (erasing->parent))
    {
      /* Translators: %s is the name of the person whose record was erased */
      message = g_strdup_printf (_("Erased the record of %s"), erasing->name);
      tandem_window_add_toast (TANDEM_WINDOW (erasing->parent), adw_toast_new (message));
    }
}

/**
 * tandem_rights_erase_person:
 *
 * Asks, naming the person, whether to erase their record for good, then erases it. Views
 * showing the person learn it from the store's change notice.
 */
void
tandem_rights_erase_person (GtkWindow     *parent,
                            TandemSession *session,
                            gint64         person_id,
                            const char    *name)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Erasing *erasing;

  g_return_if_fail (TANDEM_IS_SESSION (session));
  g_return_if_fail (name != NULL);

  /* Translators: %s is the person's name */
  heading = g_strdup_printf (_("Erase the Record of %s?"), name);
  body = tandem_rights_dup_erase_body (tandem_session_get_settings (session), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase for Good"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  erasing = g_new0 (Erasing, 1);
  erasing->parent = parent ? g_object_ref (parent) : NULL;
  erasing->session = g_object_ref (session);
  erasing->person_id = person_id;
  erasing->name = g_strdup (name);
  g_signal_connect_data (dialog, "response", G_CALLBACK (erase_response_cb), erasing,
                         erasing_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
