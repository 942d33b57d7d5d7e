/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-batch"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-document-fonts.h"
#include "tandem-pdf-writer.h"
#include "tandem-plan-batch.h"
#include "tandem-print-autocleanups.h"
#include "tandem-team.h"

/* Prints many people's plans at once, for the reviews coming up: each plan is laid out on one
 * of several threads, each with its own connection to the store, and written either to a file
 * of its own or, in order, into one combined PDF. A person whose plan cannot be printed is
 * reported and the others are printed all the same. */
struct _TandemPlanBatch
{
  GObject       parent_instance;

  TandemStore  *store;
  char         *language;
  gboolean      large_print;
  gboolean      bilingual;
  GArray       *person_ids;   /* of gint64 */

  /* While writing: */
  GMainContext *context;      /* where n-done is notified; NULL when writing synchronously */
  GFile        *destination;
  TandemPlanBatchOutput output;
  GCancellable *cancellable;
  guint         next;         /* the next plan a thread takes, atomically */
  guint         n_running;    /* threads still printing, under the lock */
  guint         n_done;       /* atomically */
  GMutex        lock;
  GCond         ready;
  GPtrArray    *documents;    /* for a combined file: each plan's, in order, NULL until made */
  gboolean     *finished;     /* for a combined file: whether each plan's thread is done */
  GHashTable   *file_names;   /* for a file each: names taken */
  GPtrArray    *problems;     /* of char *, a sentence each */
  GError       *error;        /* what stopped the batch */
};

G_DEFINE_FINAL_TYPE (TandemPlanBatch, tandem_plan_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_plan_batch_finalize (GObject *object)
{
  TandemPlanBatch *self = (TandemPlanBatch *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_object (&self->destination);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->finished, g_free);
  g_clear_pointer (&self->file_names, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_error (&self->error);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->ready);

  G_OBJECT_CLASS (tandem_plan_batch_parent_class)->finalize (object);
}

static void
tandem_plan_batch_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TandemPlanBatch *self = TANDEM_PLAN_BATCH (object);

  switch (prop_id)
    {
    case PROP_N_DONE:
      g_value_set_uint (value, tandem_plan_batch_get_n_done (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_batch_class_init (TandemPlanBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_plan_batch_finalize;
  object_class->get_property = tandem_plan_batch_get_property;

  /**
   * TandemPlanBatch:n-done:
   *
   * How many plans have been dealt with, printed or not; notified on the main context of
   * whoever called tandem_plan_batch_write_async().
   */
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_plan_batch_init (TandemPlanBatch *self)
{
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_mutex_init (&self->lock);
  g_cond_init (&self->ready);
}

/**
 * tandem_plan_batch_new:
 * @store: the store the plans are read from; each thread opens its own connection to it
 * @options: (nullable): as for one plan; a %NULL language prints each plan in its own
 */
TandemPlanBatch *
tandem_plan_batch_new (TandemStore                     *store,
                       const TandemPlanDocumentOptions *options)
{
  TandemPlanBatch *self;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  self = g_object_new (TANDEM_TYPE_PLAN_BATCH, NULL);
  self->store = g_object_ref (store);
  if (options != NULL)
    {
      self->language = g_strdup (options->language);
      self->large_print = options->large_print;
      self->bilingual = options->bilingual;
    }

  return self;
}

/* Adds a person: their latest agreed plan is printed, or their draft if none is agreed. */
void
tandem_plan_batch_add_person (TandemPlanBatch *self,
                              gint64           person_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_BATCH (self));
  g_return_if_fail (self->documents == NULL && self->file_names == NULL);

  g_array_append_val (self->person_ids, person_id);
}

guint
tandem_plan_batch_get_n_plans (TandemPlanBatch *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_BATCH (self), 0);

  return self->person_ids->len;
}

guint
tandem_plan_batch_get_n_done (TandemPlanBatch *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_BATCH (self), 0);

  return (guint) g_atomic_int_get (&self->n_done);
}

/**
 * tandem_plan_batch_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): one sentence for each person whose plan was
 *   not printed, saying why
 */
GPtrArray *
tandem_plan_batch_get_problems (TandemPlanBatch *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_BATCH (self), NULL);

  return self->problems;
}

static gboolean
notify_n_done (gpointer data)
{
  g_object_notify_by_pspec (G_OBJECT (data), properties[PROP_N_DONE]);
  return G_SOURCE_REMOVE;
}

static void
plan_done (TandemPlanBatch *self)
{
  g_atomic_int_inc (&self->n_done);
  if (self->context != NULL)
    g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, notify_n_done,
                                g_object_ref (self), g_object_unref);
}

static void
add_problem (TandemPlanBatch *self,
             const char      *name,
             const char      *message)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  /* Translators: a plan the batch could not print: %s the person, %s why */
  g_ptr_array_add (self->problems, g_strdup_printf (_("%s: %s"), name, message));
}

/* The version to print: the latest agreed one, or the latest of all if none is agreed. */
static gint64
find_version (TandemStore  *store,
              gint64        person_id,
              GError      **error)
{
  g_autoptr(GPtrArray) versions = tandem_store_list_plan_versions (store, person_id, error);
  TandemPlanVersion *agreed;

  if (versions == NULL || versions->len == 0)
    return 0;

  agreed = tandem_plan_versions_find_agreed (versions);
  return tandem_record_get_id (agreed != NULL ? agreed : g_ptr_array_index (versions, 0));
}

/* A file name for @person's plan, not yet taken in this batch; the name of the person on
 * the plan keeps the files easy to hand out. */
static GFile *
take_file (TandemPlanBatch *self,
           TandemPerson    *person)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  g_autofree char *name = g_strdup_printf ("%s %s", tandem_person_get_given_name (person),
                                           tandem_person_get_family_name (person));
  g_autofree char *base = NULL;

  /* Nothing a file system refuses, whatever was typed as the name. */
  g_strdelimit (name, "/\\:*?\"<>|", '_');
  g_strstrip (name);

  for (guint n = 1; base == NULL || g_hash_table_contains (self->file_names, base); n++)
    {
      g_free (base);
      /* Translators: the file name of a person's printed plan; %s is their name */
      base = n == 1 ? g_strdup_printf (_("%s, care and support plan.pdf"), name)
                    : g_strdup_printf (_("%s, care and support plan (%u).pdf"), name, n);
    }

  g_hash_table_add (self->file_names, g_strdup (base));
  return g_file_get_child (self->destination, base);
}

/* Lays out one person's plan; %NULL, with the reason added to the problems, if it cannot be
 * printed. */
static TandemPlanDocument *
make_document (TandemPlanBatch *self,
               TandemStore     *store,
               TandemTeam      *team,
               gint64           person_id,
               TandemPerson   **person_out)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(TandemPlan) plan = NULL;
  g_autoptr(GPtrArray) signposts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  TandemPlanDocumentOptions options = { self->language, self->large_print, self->bilingual };
  TandemPlanDocumentSource source;
  TandemPlanDocument *document;
  gint64 version_id;

  person = tandem_store_load_person (store, person_id, &error);
  if (person == NULL)
    {
      add_problem (self, _("Someone no longer in the caseload"), error->message);
      return NULL;
    }

  name = g_strdup_printf ("%s %s", tandem_person_get_given_name (person),
                          tandem_person_get_family_name (person));
  version_id = find_version (store, person_id, &error);
  if (version_id != 0)
    plan = tandem_store_load_plan (store, version_id, &error);
  if (plan == NULL)
    {
      add_problem (self, name, error != NULL ? error->message : _("There is no plan to print."));
      return NULL;
    }

  tandem_plan_document_source_init (&source, plan, person, team);
  signposts = tandem_store_list_signposts (store, person_id, &error);
  if (signposts == NULL)
    {
      add_problem (self, name, error->message);
      return NULL;
    }
  source.signposts = signposts;
  document = tandem_plan_document_new (&source, &options, &error);
  if (document == NULL)
    {
      add_problem (self, name, error->message);
      return NULL;
    }

  /* A printed plan leaves the database: it is recorded before it goes, or not printed. */
  if (!tandem_store_record_audit (store, TANDEM_AUDIT_PRINT, "plan_version", version_id,
                                  person_id, &error))
    {
      add_problem (self, name, error->message);
      g_object_unref (document);
      return NULL;
    }

  if (person_out != NULL)
    *person_out = g_steal_pointer (&person);

  return document;
}

static void
stop (TandemPlanBatch *self,
      GError          *error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  if (self->error == NULL)
    self->error = error;
  else
    g_error_free (error);
  g_cancellable_cancel (self->cancellable);
  g_cond_broadcast (&self->ready);
}

/* One thread's work: plans in turn, until none are left. */
static void
print_plans (gpointer data,
             gpointer user_data)
{
  TandemPlanBatch *self = data;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(TandemTeam) team = NULL;
  GError *error = NULL;
  guint i;

  store = tandem_store_open_sibling (self->store, &error);
  if (store != NULL)
    {
      team = tandem_team_new (store);
      tandem_team_reload (team, NULL);
    }
  else
    {
      stop (self, error);
    }

  while ((i = (guint) g_atomic_int_add (&self->next, 1)) < self->person_ids->len)
    {
      g_autoptr(TandemPlanDocument) document = NULL;
      g_autoptr(TandemPerson) person = NULL;

      if (store != NULL && !g_cancellable_is_cancelled (self->cancellable))
        document = make_document (self, store, team,
                                  g_array_index (self->person_ids, gint64, i), &person);

      if (self->output == TANDEM_PLAN_BATCH_COMBINED)
        {
          g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

          g_ptr_array_index (self->documents, i) = g_steal_pointer (&document);
          self->finished[i] = TRUE;
          g_cond_broadcast (&self->ready);
        }
      else if (document != NULL)
        {
          g_autoptr(GFile) file = take_file (self, person);
          g_autofree char *path = g_file_get_path (file);

          if (!tandem_plan_document_write_pdf_file (document, path, self->cancellable, &error))
            stop (self, g_steal_pointer (&error));
        }

      plan_done (self);
    }

  g_mutex_lock (&self->lock);
  self->n_running--;
  g_cond_broadcast (&self->ready);
  g_mutex_unlock (&self->lock);
}

/* The threads plans are printed on, shared by every batch: a thread keeps its fonts
 * loaded (see tandem_document_fonts_get_font_map()), so the next batch starts at once. */
static GThreadPool *
get_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    {
      GThreadPool *new_pool = g_thread_pool_new (print_plans, NULL, -1, FALSE, NULL);

      g_once_init_leave (&pool, new_pool);
    }

  return pool;
}

/* Waits for plan @i of a combined file; %NULL if it could not be printed or the batch
 * stopped. */
static TandemPlanDocument *
wait_for_document (TandemPlanBatch *self,
                   guint            i)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  while (!self->finished[i] && self->error == NULL &&
         !g_cancellable_is_cancelled (self->cancellable))
    g_cond_wait (&self->ready, &self->lock);

  return g_steal_pointer (&g_ptr_array_index (self->documents, i));
}

/* Every plan into one PDF, in the order they were added, as each is laid out; each person's
 * plan starts an entry in the outline. */
static void
write_combined (TandemPlanBatch *self,
                GOutputStream   *stream)
{
  TandemPdfWriter *writer = tandem_pdf_writer_new (stream, self->cancellable,
                                                   _("Personalised care and support plans"),
                                                   NULL, NULL);
  cairo_t *cr = tandem_pdf_writer_get_context (writer);
  GError *error = NULL;
  guint page = 0;

  for (guint i = 0; i < self->person_ids->len; i++)
    {
      g_autoptr(TandemPlanDocument) document = wait_for_document (self, i);

      if (document == NULL)
        continue;

      tandem_pdf_writer_add_outline (writer, tandem_plan_document_get_title (document), page,
                                     0, FALSE);
      for (guint p = 0; p < tandem_plan_document_get_n_pages (document); p++, page++)
        {
          tandem_plan_document_draw_page (document, cr, p);
          cairo_show_page (cr);
        }

      /* The file cannot be written: the threads stop laying plans out. */
      if (tandem_pdf_writer_has_failed (writer))
        g_cancellable_cancel (self->cancellable);
    }

  if (!tandem_pdf_writer_finish (writer, &error))
    stop (self, error);
}

static void
clear_document (TandemPlanDocument *document)
{
  g_clear_object (&document);
}

static gboolean
prepare (TandemPlanBatch        *self,
         GFile                  *destination,
         TandemPlanBatchOutput   output,
         GCancellable           *cancellable)
{
  g_return_val_if_fail (self->documents == NULL && self->file_names == NULL, FALSE);

  self->destination = g_object_ref (destination);
  self->output = output;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();

  if (output == TANDEM_PLAN_BATCH_COMBINED)
    {
      /* Plans not printed, or already written, leave a NULL. */
      self->documents = g_ptr_array_new_full (self->person_ids->len,
                                              (GDestroyNotify) clear_document);
      g_ptr_array_set_size (self->documents, self->person_ids->len);
      self->finished = g_new0 (gboolean, self->person_ids->len);
    }
  else
    {
      self->file_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }

  return TRUE;
}

static gboolean
run (TandemPlanBatch  *self,
     guint             n_threads,
     GError          **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  GError *local_error = NULL;
  gboolean created = FALSE;

  n_threads = CLAMP (n_threads, 1, MAX (self->person_ids->len, 1));

  if (self->output == TANDEM_PLAN_BATCH_COMBINED)
    {
      stream = tandem_pdf_file_replace (self->destination, self->cancellable, &created,
                                        &local_error);
      if (stream == NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  else if (!g_file_make_directory_with_parents (self->destination, self->cancellable,
                                                &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      g_clear_error (&local_error);
    }

  self->n_running = n_threads;
  for (guint i = 0; i < n_threads; i++)
    g_thread_pool_push (get_pool (), self, NULL);

  if (stream != NULL)
    write_combined (self, G_OUTPUT_STREAM (stream));

  /* Waits for the threads, which may still be writing files of their own. */
  g_mutex_lock (&self->lock);
  while (self->n_running > 0)
    g_cond_wait (&self->ready, &self->lock);
  g_mutex_unlock (&self->lock);

  if (self->error == NULL && g_cancellable_set_error_if_cancelled (self->cancellable,
                                                                   &local_error))
    self->error = local_error;

  if (stream != NULL)
    {
      /* A combined file replaces what was there only once it is whole. */
      if (self->error != NULL)
        tandem_pdf_file_abandon (self->destination, stream, created);
      else if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
        {
          self->error = local_error;
        }
    }

  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_plan_batch_write:
 * @destination: a folder for %TANDEM_PLAN_BATCH_FILE_PER_PLAN (made if needed), a PDF file
 *   for %TANDEM_PLAN_BATCH_COMBINED
 * @n_threads: how many plans to lay out at once
 *
 * Prints every plan added, in the calling thread and @n_threads more. Plans that cannot be
 * printed are listed by tandem_plan_batch_get_problems(); a batch can be written once.
 *
 * Returns: %FALSE if it could not be written or was cancelled; a combined file is then left
 *   as it was, and of a file each only whole files are left
 */
gboolean
tandem_plan_batch_write (TandemPlanBatch        *self,
                         GFile                  *destination,
                         TandemPlanBatchOutput   output,
                         guint                   n_threads,
                         GCancellable           *cancellable,
                         GError                **error)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_BATCH (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  if (!prepare (self, destination, output, cancellable))
    return FALSE;

  return run (self, n_threads, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (run (source_object, GPOINTER_TO_UINT (task_data), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* As tandem_plan_batch_write(), without blocking: "n-done" is notified as plans are done. */
void
tandem_plan_batch_write_async (TandemPlanBatch        *self,
                               GFile                  *destination,
                               TandemPlanBatchOutput   output,
                               guint                   n_threads,
                               GCancellable           *cancellable,
                               GAsyncReadyCallback     callback,
                               gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TANDEM_IS_PLAN_BATCH (self));
  g_return_if_fail (G_IS_FILE (destination));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_plan_batch_write_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (n_threads), NULL);
  /* The batch stops itself when cancelled, reporting how far it got. */
  g_task_set_return_on_cancel (task, FALSE);

  self->context = g_main_context_ref_thread_default ();
  prepare (self, destination, output, cancellable);
  g_task_run_in_thread (task, write_thread);
}

gboolean
tandem_plan_batch_write_finish (TandemPlanBatch  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
