/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-backup-scheduler"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-backup-scheduler.h"
#include "tandem-store-backup.h"

/* The daily backup, made while Tandem is open, and "Back Up Now".
 *
 * Once a minute it asks whether the daily backup is due (tandem_backup_is_due(): none made or
 * tried since the latest daily time), so a computer switched on after the time backs up
 * within a minute of opening. The backup runs in a worker thread on a connection of its own
 * while everyone goes on working. A failed automatic backup is not retried until the next
 * day's time: ::finished says why, and the window shows it with what to do. */

struct _TandemBackupScheduler
{
  GObject        parent_instance;

  GSettings     *settings;
  TandemSession *session;
  guint          timer;
  GCancellable  *cancellable;
  gboolean       running;
  double         fraction;
};

G_DEFINE_FINAL_TYPE (TandemBackupScheduler, tandem_backup_scheduler, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define CHECK_SECONDS 60

typedef struct
{
  TandemStore      *store;
  char             *folder;
  TandemBackupKind  kind;
  guint             keep;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_free (job->folder);
  g_free (job);
}

/**
 * tandem_backup_dup_folder:
 *
 * Returns: (transfer full): the folder backups go to: the one chosen, or "Tandem backups" in
 *   the Documents folder
 */
char *
tandem_backup_dup_folder (GSettings *settings)
{
  g_autofree char *folder = g_settings_get_string (settings, "backup-folder");
  const char *documents;

  if (folder[0] != '\0')
    return g_steal_pointer (&folder);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  return g_build_filename (documents ? documents : g_get_home_dir (),
                           /* Translators: the folder backups go to unless another is chosen */
                           _("Tandem backups"), NULL);
}

typedef struct
{
  TandemBackupScheduler *self;
  double                 fraction;
} Progress;

static gboolean
report_progress_cb (gpointer data)
{
  Progress *progress = data;

  progress->self->fraction = progress->fraction;
  g_object_notify_by_pspec (G_OBJECT (progress->self), properties[PROP_FRACTION]);
  g_object_unref (progress->self);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Called in the worker thread. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = g_new (Progress, 1);

  progress->self = g_object_ref (user_data);
  progress->fraction = fraction;
  g_main_context_invoke (NULL, report_progress_cb, progress);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  char *path;

  path = tandem_store_backup (job->store, job->folder, job->kind, progress_cb, source_object,
                              cancellable, &error);
  if (path == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (job->kind == TANDEM_BACKUP_AUTOMATIC)
    tandem_backup_prune (job->folder, job->keep);
  g_task_return_pointer (task, path, g_free);
}

static void
set_running (TandemBackupScheduler *self,
             gboolean               running)
{
  self->running = running;
  self->fraction = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  TandemBackupScheduler *self = TANDEM_BACKUP_SCHEDULER (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);

  set_running (self, FALSE);
  g_clear_object (&self->cancellable);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (path != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_settings_set_int64 (self->settings, "backup-last", g_date_time_to_unix (now));
      g_settings_set_string (self->settings, "backup-last-error", "");
    }
  else
    {
      g_message ("Backup failed: %s", error->message);
      g_settings_set_string (self->settings, "backup-last-error", error->message);
    }

  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, path, error ? error->message : NULL);
}

static gboolean
start (TandemBackupScheduler *self,
       TandemBackupKind       kind)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  TandemStore *sibling;
  Job *job;

  if (self->running || self->session == NULL)
    return FALSE;

  /* Opened here, where the store belongs; used only by the worker. */
  sibling = tandem_store_open_sibling (tandem_session_get_store (self->session), &error);
  if (sibling == NULL)
    {
      g_settings_set_string (self->settings, "backup-last-error", error->message);
      g_signal_emit (self, signals[SIGNAL_FINISHED], 0, NULL, error->message);
      return FALSE;
    }

  job = g_new0 (Job, 1);
  job->store = sibling;
  job->folder = tandem_backup_dup_folder (self->settings);
  job->kind = kind;
  job->keep = g_settings_get_uint (self->settings, "backup-keep");

  self->cancellable = g_cancellable_new ();
  set_running (self, TRUE);

  task = g_task_new (self, self->cancellable, backup_done_cb, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, backup_thread);
  return TRUE;
}

/**
 * tandem_backup_scheduler_check:
 *
 * Starts the daily backup if it is due. Called every minute; a test may call it at once.
 */
void
tandem_backup_scheduler_check (TandemBackupScheduler *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (TANDEM_IS_BACKUP_SCHEDULER (self));

  if (self->running || self->session == NULL ||
      !tandem_backup_is_due (now, g_settings_get_int64 (self->settings, "backup-last-attempt"),
                             g_settings_get_uint (self->settings, "backup-hour"),
                             g_settings_get_uint (self->settings, "backup-minute")))
    return;

  /* Tried once a day: a folder that is not there is not retried every minute. */
  g_settings_set_int64 (self->settings, "backup-last-attempt", g_date_time_to_unix (now));
  start (self, TANDEM_BACKUP_AUTOMATIC);
}

static gboolean
check_cb (gpointer data)
{
  tandem_backup_scheduler_check (data);
  return G_SOURCE_CONTINUE;
}

/**
 * tandem_backup_scheduler_back_up_now:
 *
 * Makes a backup now, kept until removed by hand.
 *
 * Returns: whether one was started (not when one is running, or no database is open)
 */
gboolean
tandem_backup_scheduler_back_up_now (TandemBackupScheduler *self)
{
  g_return_val_if_fail (TANDEM_IS_BACKUP_SCHEDULER (self), FALSE);

  return start (self, TANDEM_BACKUP_MANUAL);
}

/**
 * tandem_backup_scheduler_set_session:
 * @session: (nullable): the open database, or %NULL while none is (restoring closes it)
 */
void
tandem_backup_scheduler_set_session (TandemBackupScheduler *self,
                                     TandemSession         *session)
{
  g_return_if_fail (TANDEM_IS_BACKUP_SCHEDULER (self));

  if (session == NULL)
    g_cancellable_cancel (self->cancellable);

  if (!g_set_object (&self->session, session))
    return;

  g_clear_handle_id (&self->timer, g_source_remove);
  if (session != NULL)
    self->timer = g_timeout_add_seconds (CHECK_SECONDS, check_cb, self);
}

gboolean
tandem_backup_scheduler_get_running (TandemBackupScheduler *self)
{
  g_return_val_if_fail (TANDEM_IS_BACKUP_SCHEDULER (self), FALSE);

  return self->running;
}

double
tandem_backup_scheduler_get_fraction (TandemBackupScheduler *self)
{
  g_return_val_if_fail (TANDEM_IS_BACKUP_SCHEDULER (self), 0);

  return self->fraction;
}

static void
tandem_backup_scheduler_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TandemBackupScheduler *self = TANDEM_BACKUP_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_backup_scheduler_dispose (GObject *object)
{
  TandemBackupScheduler *self = (TandemBackupScheduler *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timer, g_source_remove);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tandem_backup_scheduler_parent_class)->dispose (object);
}

static void
tandem_backup_scheduler_finalize (GObject *object)
{
  TandemBackupScheduler *self = (TandemBackupScheduler *) object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (tandem_backup_scheduler_parent_class)->finalize (object);
}

static void
tandem_backup_scheduler_class_init (TandemBackupSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tandem_backup_scheduler_get_property;
  object_class->dispose = tandem_backup_scheduler_dispose;
  object_class->finalize = tandem_backup_scheduler_finalize;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemBackupScheduler::finished:
   * @path: (nullable): the backup made, or %NULL if it failed
   * @message: (nullable): why it failed, worded for the user
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
tandem_backup_scheduler_init (TandemBackupScheduler *self)
{
}

TandemBackupScheduler *
tandem_backup_scheduler_new (GSettings *settings)
{
  TandemBackupScheduler *self = g_object_new (TANDEM_TYPE_BACKUP_SCHEDULER, NULL);

  self->settings = g_object_ref (settings);
  return self;
}
