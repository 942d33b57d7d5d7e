/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-session"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-example-data.h"
#include "tandem-session.h"

/* Everything a window works with: the store it opened, the team and caseload read from it,
 * the desktop's settings, and who is using Tandem. Views get the session rather than each
 * piece, so a later sign-in changes who the current member of staff is in one place. */
struct _TandemSession
{
  GObject         parent_instance;

  TandemStore    *store;
  TandemTeam     *team;
  TandemCaseload *caseload;
  TandemCaseload *plans;      /* made when first wanted */
  GSettings      *settings;
  TandemStaff    *current_staff;
  gboolean        locked;
  double          example_progress;
  guint           midnight_source;
};

G_DEFINE_FINAL_TYPE (TandemSession, tandem_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CURRENT_STAFF,
  PROP_LOCKED,
  PROP_EXAMPLE_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * tandem_session_get_database_id:
 * @key: a setting of type a{sx}
 *
 * Ids are only meaningful within one database, so settings that keep one, such as who is
 * using Tandem or the practice a list is filtered by, keep one for each database file.
 *
 * Returns: the id kept under @key for this session's database, or 0
 */
gint64
tandem_session_get_database_id (TandemSession *self,
                                const char    *key)
{
  g_autoptr(GVariant) ids = NULL;
  gint64 id = 0;

  g_return_val_if_fail (TANDEM_IS_SESSION (self), 0);

  ids = g_settings_get_value (self->settings, key);
  g_variant_lookup (ids, tandem_store_get_path (self->store), "x", &id);
  return id;
}

void
tandem_session_set_database_id (TandemSession *self,
                                const char    *key,
                                gint64         id)
{
  g_autoptr(GVariant) ids = NULL;
  const char *path;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *other;
  gint64 other_id;

  g_return_if_fail (TANDEM_IS_SESSION (self));

  path = tandem_store_get_path (self->store);
  ids = g_settings_get_value (self->settings, key);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sx}"));
  g_variant_iter_init (&iter, ids);
  while (g_variant_iter_next (&iter, "{&sx}", &other, &other_id))
    {
      if (!g_str_equal (other, path))
        g_variant_builder_add (&builder, "{sx}", other, other_id);
    }
  g_variant_builder_add (&builder, "{sx}", path, id);

  g_settings_set_value (self->settings, key, g_variant_builder_end (&builder));
}

/* Someone signed in keeps their up-to-date record when the team changes (a new name, say);
 * one who has left the team, or whose record is gone, is signed out. Nobody else is ever
 * picked: the current member of staff is only ever whoever signed in. */
static void
update_current_staff (TandemSession *self)
{
  TandemStaff *found;

  if (self->current_staff == NULL)
    return;

  found = tandem_team_find_staff (self->team, tandem_record_get_id (TANDEM_RECORD (self->current_staff)));
  if (found != NULL && tandem_staff_get_retired (found))
    found = NULL;

  if (found == NULL)
    {
      tandem_store_set_viewer (self->store, 0);
      tandem_session_lock (self);
    }

  if (g_set_object (&self->current_staff, found))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STAFF]);
}

static gboolean midnight_cb (gpointer data);

/* Waiting times and overdue contacts count days: a window left open overnight moves on. */
static void
schedule_midnight (TandemSession *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      0, 0, 0);
  g_autoptr(GDateTime) midnight = g_date_time_add_days (today, 1);
  GTimeSpan until = g_date_time_difference (midnight, now);

  self->midnight_source = g_timeout_add_seconds ((guint) (until / G_TIME_SPAN_SECOND) + 1,
                                                 midnight_cb, self);
}

static gboolean
midnight_cb (gpointer data)
{
  TandemSession *self = data;
  GDate today;

  tandem_date_set_today (&today);
  tandem_caseload_set_today (self->caseload, &today);
  if (self->plans != NULL)
    tandem_caseload_set_today (self->plans, &today);
  schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

static void
tandem_session_dispose (GObject *object)
{
  TandemSession *self = (TandemSession *) object;

  g_clear_handle_id (&self->midnight_source, g_source_remove);

  g_clear_object (&self->caseload);
  g_clear_object (&self->plans);
  g_clear_object (&self->team);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->current_staff);

  G_OBJECT_CLASS (tandem_session_parent_class)->dispose (object);
}

static void
tandem_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TandemSession *self = TANDEM_SESSION (object);

  switch (prop_id)
    {
    case PROP_CURRENT_STAFF:
      g_value_set_object (value, self->current_staff);
      break;

    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;

    case PROP_EXAMPLE_PROGRESS:
      g_value_set_double (value, self->example_progress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_session_class_init (TandemSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_session_dispose;
  object_class->get_property = tandem_session_get_property;

  properties[PROP_CURRENT_STAFF] =
    g_param_spec_object ("current-staff", NULL, NULL,
                         TANDEM_TYPE_STAFF,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the windows must show nothing personal until someone signs in. */
  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How far "Load Example Caseload" has got, from 0 to 1. */
  properties[PROP_EXAMPLE_PROGRESS] =
    g_param_spec_double ("example-progress", NULL, NULL,
                         0, 1, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_session_init (TandemSession *self)
{
  /* Nobody is signed in until someone signs in. */
  self->locked = TRUE;
}

/**
 * tandem_session_new:
 *
 * Reads the team from @store and starts loading the caseload in a worker thread: the sooner
 * it starts, the more of it overlaps with building the window.
 */
TandemSession *
tandem_session_new (TandemStore *store,
                    GSettings   *settings)
{
  TandemSession *self = g_object_new (TANDEM_TYPE_SESSION, NULL);
  g_autoptr(GError) error = NULL;

  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  self->team = tandem_team_new (store);
  self->caseload = tandem_caseload_new (store);

  if (!tandem_team_reload (self->team, &error))
    g_warning ("Could not read the team: %s", error->message);

  g_settings_bind (settings, "waiting-warning-days", self->caseload, "waiting-warning-days",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "contact-interval-days", self->caseload, "contact-interval-days",
                   G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->team, "changed", G_CALLBACK (update_current_staff), self,
                           G_CONNECT_SWAPPED);
  schedule_midnight (self);
  tandem_caseload_load_async (self->caseload, NULL, NULL, NULL);

  return self;
}

TandemStore *
tandem_session_get_store (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), NULL);

  return self->store;
}

TandemTeam *
tandem_session_get_team (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), NULL);

  return self->team;
}

TandemCaseload *
tandem_session_get_caseload (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), NULL);

  return self->caseload;
}

/**
 * tandem_session_get_plans:
 *
 * Returns: (transfer none): the people with a plan, in the order their reviews fall due;
 *   read in a worker thread the first time they are asked for
 */
TandemCaseload *
tandem_session_get_plans (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), NULL);

  if (self->plans == NULL)
    {
      self->plans = tandem_caseload_new_for_plans (self->store);
      tandem_caseload_load_async (self->plans, NULL, NULL, NULL);
    }

  return self->plans;
}

GSettings *
tandem_session_get_settings (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), NULL);

  return self->settings;
}

/**
 * tandem_session_get_current_staff:
 *
 * Returns: (transfer none) (nullable): who signed in, or %NULL before anyone has; while
 *   locked, who signed in last, whose work is kept for them
 */
TandemStaff *
tandem_session_get_current_staff (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), NULL);

  return self->current_staff;
}

/**
 * tandem_session_get_last_staff_id:
 *
 * Returns: who last signed in to this database on this desktop, to offer them first, or 0
 */
gint64
tandem_session_get_last_staff_id (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), 0);

  return tandem_session_get_database_id (self, "last-signed-in");
}

gboolean
tandem_session_get_locked (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), FALSE);

  return self->locked;
}

/**
 * tandem_session_lock:
 *
 * Locks Tandem: windows hide everything personal until someone signs in again. Who was
 * signed in stays the current member of staff meanwhile, so their unsaved work waits for them.
 */
void
tandem_session_lock (TandemSession *self)
{
  g_return_if_fail (TANDEM_IS_SESSION (self));

  if (self->locked)
    return;

  self->locked = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}

/**
 * tandem_session_sign_in:
 *
 * Signs @staff_id in with @passphrase (see tandem_store_sign_in()): they become the current
 * member of staff, the store's viewer and the one offered first next time, and Tandem
 * unlocks.
 *
 * Returns: %TRUE when signed in, or %FALSE with @error set, worded for the user
 */
gboolean
tandem_session_sign_in (TandemSession  *self,
                        gint64          staff_id,
                        const char     *passphrase,
                        GError        **error)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), FALSE);

  if (!tandem_store_sign_in (self->store, staff_id, passphrase, error))
    return FALSE;

  /* Someone just added (the set-up page) may not be in the team read so far. */
  if (tandem_team_find_staff (self->team, staff_id) == NULL &&
      !tandem_team_reload (self->team, error))
    {
      tandem_store_set_viewer (self->store, 0);
      return FALSE;
    }

  tandem_session_set_database_id (self, "last-signed-in", staff_id);
  if (g_set_object (&self->current_staff, tandem_team_find_staff (self->team, staff_id)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STAFF]);

  if (self->locked)
    {
      self->locked = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
    }

  return TRUE;
}

double
tandem_session_get_example_progress (TandemSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), 0);

  return self->example_progress;
}

typedef struct
{
  TandemSession *session;
  double         fraction;
} Progress;

static gboolean
set_progress_cb (gpointer data)
{
  Progress *progress = data;

  progress->session->example_progress = progress->fraction;
  g_object_notify_by_pspec (G_OBJECT (progress->session), properties[PROP_EXAMPLE_PROGRESS]);
  g_object_unref (progress->session);
  g_free (progress);

  return G_SOURCE_REMOVE;
}

/* Called in the worker: hands the fraction to the main thread. */
static void
example_progress_cb (guint    done,
                     guint    total,
                     gpointer user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->session = g_object_ref (user_data);
  progress->fraction = total > 0 ? (double) done / total : 1;
  g_idle_add (set_progress_cb, progress);
}

static void
example_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TandemSession *self = source_object;
  guint n_people = GPOINTER_TO_UINT (task_data);
  g_autoptr(TandemStore) sibling = NULL;
  GError *error = NULL;
  GDate today;

  sibling = tandem_store_open_sibling (self->store, &error);
  tandem_date_set_today (&today);

  /* The worker's connection acts for whoever signed in, as the window's does. */
  if (sibling != NULL)
    tandem_store_set_viewer (sibling, tandem_store_get_viewer (self->store));

  if (sibling == NULL ||
      !tandem_example_data_generate (sibling, n_people, g_random_int (), &today,
                                     example_progress_cb, self, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tandem_session_load_example_async:
 *
 * Adds a fictional caseload in a worker thread, with its own connection to the store, so the
 * window stays responsive; "example-progress" follows it.
 */
void
tandem_session_load_example_async (TandemSession       *self,
                                   guint                n_people,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TANDEM_IS_SESSION (self));

  self->example_progress = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXAMPLE_PROGRESS]);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_session_load_example_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (n_people), NULL);
  g_task_run_in_thread (task, example_thread);
}

/**
 * tandem_session_load_example_finish:
 *
 * Rereads the team and caseload, which another connection changed.
 */
gboolean
tandem_session_load_example_finish (TandemSession  *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (TANDEM_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  tandem_store_notify_reset (self->store);
  return TRUE;
}
