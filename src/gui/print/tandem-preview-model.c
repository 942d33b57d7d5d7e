/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-preview-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-poppler-autocleanups.h"
#include "tandem-preview-model.h"
#include "tandem-print-autocleanups.h"
#include "tandem-print-choices.h"

/* What the print preview shows: a plan printed with the options chosen, made into the very
 * PDF that "Save as PDF…" writes, read back with Poppler and one page of it rendered for the
 * screen.
 *
 * All of that runs on a worker, one job at a time. A job either builds (lays the plan out,
 * writes the PDF in memory, opens it with Poppler and renders the page shown) or only renders
 * another page or size of the PDF already built. Requests are not queued: they set what is
 * wanted, a running job that a request makes useless is cancelled, and when it returns the
 * next job is made from what is wanted then. Ten quick changes of the options so make at most
 * two documents. Since jobs never overlap, a Poppler document is only ever used by one thread
 * at a time, and never by the main thread. */
struct _TandemPreviewModel
{
  GObject             parent_instance;

  /* What is printed: read by the worker, never changed after construction. */
  TandemPlan         *plan;
  TandemPerson       *person;
  char               *practice_name;
  char               *pcn_name;
  char               *prepared_by;
  char               *reviewer;
  GPtrArray          *signposts;   /* TandemSignpost, or NULL */

  /* What is wanted. */
  char               *language;
  gboolean            large_print;
  gboolean            bilingual;
  guint               page;
  double              scale;

  /* What was made, for those options. */
  TandemPlanDocument *document;
  PopplerDocument    *poppler;
  guint               n_pages;
  GdkTexture         *texture;
  GError             *error;

  GCancellable       *running;       /* the job on the worker; NULL when there is none */
  gboolean            running_build;
  gboolean            need_build;
  gboolean            need_render;
};

G_DEFINE_FINAL_TYPE (TandemPreviewModel, tandem_preview_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_LARGE_PRINT,
  PROP_BILINGUAL,
  PROP_PAGE,
  PROP_SCALE,
  PROP_LOADING,
  PROP_N_PAGES,
  PROP_DOCUMENT,
  PROP_TEXTURE,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule (TandemPreviewModel *self);

/* Jobs */

typedef struct
{
  gboolean         build;

  /* To build: the options and what the document shows, copied on the main thread. */
  TandemPlan      *plan;
  TandemPerson    *person;
  char            *practice_name;
  char            *pcn_name;
  char            *prepared_by;
  char            *reviewer;
  GPtrArray       *signposts;
  char            *language;
  gboolean         large_print;
  gboolean         bilingual;

  /* To render. */
  PopplerDocument *poppler;           /* when not building */
  guint            page;
  double           scale;
} Job;

typedef struct
{
  TandemPlanDocument *document;       /* NULL when only rendering */
  PopplerDocument    *poppler;
  guint               page;
  double              scale;
  cairo_surface_t    *surface;        /* NULL when the page could not be rendered */
} Result;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->plan);
  g_clear_object (&job->person);
  g_free (job->practice_name);
  g_free (job->pcn_name);
  g_free (job->prepared_by);
  g_free (job->reviewer);
  g_clear_pointer (&job->signposts, g_ptr_array_unref);
  g_free (job->language);
  g_clear_object (&job->poppler);
  g_free (job);
}

static void
result_free (Result *result)
{
  g_clear_object (&result->document);
  g_clear_object (&result->poppler);
  g_clear_pointer (&result->surface, cairo_surface_destroy);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

/**
 * tandem_preview_write_pdf_bytes:
 *
 * Writes @document as a PDF in memory, on any thread.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
tandem_preview_write_pdf_bytes (TandemPlanDocument  *document,
                                GCancellable        *cancellable,
                                GError             **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!tandem_plan_document_write_pdf (document, stream, cancellable, error) ||
      !g_output_stream_close (stream, cancellable, error))
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/**
 * tandem_preview_render_page:
 * @scale: device pixels for each point of the page
 *
 * Renders a page of @document on white, as the preview shows it, on the thread that owns
 * @document.
 *
 * Returns: (transfer full) (nullable): the page, or %NULL if @document has no such page
 */
cairo_surface_t *
tandem_preview_render_page (PopplerDocument *document,
                            guint            page,
                            double           scale)
{
  g_autoptr(PopplerPage) poppler_page = poppler_document_get_page (document, page);
  g_autoptr(cairo_t) cr = NULL;
  cairo_surface_t *surface;
  double width, height;

  if (poppler_page == NULL)
    return NULL;

  poppler_page_get_size (poppler_page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        MAX (1, (int) ceil (width * scale)),
                                        MAX (1, (int) ceil (height * scale)));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (poppler_page, cr);
  g_clear_pointer (&cr, cairo_destroy);
  cairo_surface_flush (surface);

  return surface;
}

static TandemPlanDocument *
build_document (Job     *job,
                GError **error)
{
  TandemPlanDocumentSource source = {
    .plan = job->plan,
    .person = job->person,
    .practice_name = job->practice_name,
    .pcn_name = job->pcn_name,
    .prepared_by = job->prepared_by,
    .reviewer = job->reviewer,
    .signposts = job->signposts,
  };
  TandemPlanDocumentOptions options = {
    .language = job->language,
    .large_print = job->large_print,
    .bilingual = job->bilingual,
  };

  return tandem_plan_document_new (&source, &options, error);
}

static gboolean
build (Job           *job,
       Result        *result,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GBytes) pdf = NULL;

  result->document = build_document (job, error);
  if (result->document == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Not cancelled half way: with cairo 1.16, a PDF surface finished after fewer pages than
   * its outline points to crashes. Writing to memory takes a fraction of the layout's time. */
  pdf = tandem_preview_write_pdf_bytes (result->document, NULL, error);
  if (pdf == NULL)
    return FALSE;

  result->poppler = poppler_document_new_from_bytes (pdf, NULL, error);
  return result->poppler != NULL;
}

static void
run_job (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(Result) result = g_new0 (Result, 1);
  GError *error = NULL;

  if (job->build)
    {
      if (!build (job, result, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  else
    {
      result->poppler = g_object_ref (job->poppler);
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  result->page = MIN (job->page, (guint) MAX (poppler_document_get_n_pages (result->poppler) - 1,
                                              0));
  result->scale = job->scale;
  result->surface = tandem_preview_render_page (result->poppler, result->page, result->scale);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) result_free);
}

/* Applying what a job made */

/* The surface's pixels, shown without a copy: cairo's ARGB32 is GDK's default memory
 * format, and the bytes keep the surface alive. */
static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) height * stride,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
set_texture (TandemPreviewModel *self,
             GdkTexture         *texture)
{
  if (g_set_object (&self->texture, texture))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXTURE]);
}

static void
set_error (TandemPreviewModel *self,
           const GError       *error)
{
  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
set_n_pages (TandemPreviewModel *self,
             guint               n_pages)
{
  if (self->n_pages == n_pages)
    return;

  self->n_pages = n_pages;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

/* A new document for the options: the same page stays shown if the document still has it. */
static void
apply_build (TandemPreviewModel *self,
             Result             *result)
{
  g_set_object (&self->document, result->document);
  g_set_object (&self->poppler, result->poppler);
  if (self->error != NULL)
    set_error (self, NULL);
  set_n_pages (self, tandem_plan_document_get_n_pages (self->document));

  if (self->page >= self->n_pages)
    {
      self->page = tandem_print_clamp_page (self->page, self->n_pages);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
apply_render (TandemPreviewModel *self,
              Result             *result)
{
  g_autoptr(GdkTexture) texture = NULL;

  if (result->poppler != self->poppler || result->surface == NULL)
    return;

  /* Another page is wanted now: the one rendered would only flash by. */
  if (result->page != self->page)
    {
      self->need_render = TRUE;
      return;
    }

  texture = texture_from_surface (result->surface);
  set_texture (self, texture);

  /* Another size: the page is shown scaled until it is rendered sharp. */
  if (fabs (result->scale - self->scale) > 1e-3)
    self->need_render = TRUE;
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *async_result,
             gpointer      user_data)
{
  TandemPreviewModel *self = TANDEM_PREVIEW_MODEL (object);
  g_autoptr(Result) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean was_build = self->running_build;

  g_clear_object (&self->running);
  result = g_task_propagate_pointer (G_TASK (async_result), &error);

  if (result == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && was_build)
    {
      /* Nothing printable for these options: nothing to print or save either. */
      g_clear_object (&self->document);
      g_clear_object (&self->poppler);
      set_n_pages (self, 0);
      set_texture (self, NULL);
      set_error (self, error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
    }
  else if (result == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      set_error (self, error);
    }
  else if (result != NULL)
    {
      if (result->document != NULL)
        apply_build (self, result);
      apply_render (self, result);
    }

  schedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static Job *
job_new (TandemPreviewModel *self,
         gboolean            build)
{
  Job *job = g_new0 (Job, 1);

  job->build = build;
  job->page = self->page;
  job->scale = self->scale;

  if (!build)
    {
      job->poppler = g_object_ref (self->poppler);
      return job;
    }

  job->plan = g_object_ref (self->plan);
  job->person = g_object_ref (self->person);
  job->practice_name = g_strdup (self->practice_name);
  job->pcn_name = g_strdup (self->pcn_name);
  job->prepared_by = g_strdup (self->prepared_by);
  job->reviewer = g_strdup (self->reviewer);
  job->signposts = self->signposts ? g_ptr_array_ref (self->signposts) : NULL;
  job->language = g_strdup (self->language);
  job->large_print = self->large_print;
  job->bilingual = self->bilingual;
  return job;
}

static void
start_job (TandemPreviewModel *self,
           gboolean            build)
{
  g_autoptr(GTask) task = NULL;

  self->running = g_cancellable_new ();
  self->running_build = build;
  self->need_render = FALSE;
  if (build)
    self->need_build = FALSE;

  task = g_task_new (self, self->running, job_done_cb, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_name (task, build ? "[tandem] build preview" : "[tandem] render preview");
  g_task_set_task_data (task, job_new (self, build), job_free);
  g_task_run_in_thread (task, run_job);
}

/* Starts the job wanted, or stops the running one when what it makes is no longer wanted. */
static void
schedule (TandemPreviewModel *self)
{
  if (self->running != NULL)
    {
      /* A build is outdated by new options; a render by another page or size, but it is
       * never cancelled for a render, which follows it anyway. */
      if (self->need_build || (self->need_render && !self->running_build))
        g_cancellable_cancel (self->running);
      return;
    }

  if (self->need_build)
    start_job (self, TRUE);
  else if (self->need_render && self->poppler != NULL)
    start_job (self, FALSE);
  else
    self->need_render = FALSE;
}

static void
request_build (TandemPreviewModel *self)
{
  self->need_build = TRUE;
  schedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
request_render (TandemPreviewModel *self)
{
  self->need_render = TRUE;
  schedule (self);
}

/* Overrides */

static void
tandem_preview_model_dispose (GObject *object)
{
  TandemPreviewModel *self = (TandemPreviewModel *) object;

  g_clear_object (&self->texture);
  g_clear_object (&self->document);
  g_clear_object (&self->poppler);

  G_OBJECT_CLASS (tandem_preview_model_parent_class)->dispose (object);
}

static void
tandem_preview_model_finalize (GObject *object)
{
  TandemPreviewModel *self = (TandemPreviewModel *) object;

  g_clear_object (&self->plan);
  g_clear_object (&self->person);
  g_free (self->practice_name);
  g_free (self->pcn_name);
  g_free (self->prepared_by);
  g_free (self->reviewer);
  g_clear_pointer (&self->signposts, g_ptr_array_unref);
  g_free (self->language);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (tandem_preview_model_parent_class)->finalize (object);
}

static void
tandem_preview_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemPreviewModel *self = TANDEM_PREVIEW_MODEL (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_LARGE_PRINT:
      g_value_set_boolean (value, self->large_print);
      break;

    case PROP_BILINGUAL:
      g_value_set_boolean (value, self->bilingual);
      break;

    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, tandem_preview_model_get_loading (self));
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_TEXTURE:
      g_value_set_object (value, self->texture);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_preview_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemPreviewModel *self = TANDEM_PREVIEW_MODEL (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      tandem_preview_model_set_language (self, g_value_get_string (value));
      break;

    case PROP_LARGE_PRINT:
      tandem_preview_model_set_large_print (self, g_value_get_boolean (value));
      break;

    case PROP_BILINGUAL:
      tandem_preview_model_set_bilingual (self, g_value_get_boolean (value));
      break;

    case PROP_PAGE:
      tandem_preview_model_set_page (self, g_value_get_uint (value));
      break;

    case PROP_SCALE:
      tandem_preview_model_set_scale (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_preview_model_class_init (TandemPreviewModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = tandem_preview_model_dispose;
  object_class->finalize = tandem_preview_model_finalize;
  object_class->get_property = tandem_preview_model_get_property;
  object_class->set_property = tandem_preview_model_set_property;

  /* The language the plan is to be printed in, a BCP 47 tag; %NULL for the plan's own. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, flags);

  properties[PROP_LARGE_PRINT] =
    g_param_spec_boolean ("large-print", NULL, NULL, FALSE, flags);

  /* Whether each heading is printed in English too. */
  properties[PROP_BILINGUAL] =
    g_param_spec_boolean ("bilingual", NULL, NULL, FALSE, flags);

  /* The page shown, from 0. */
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /* Device pixels for each point of the page. */
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, 0.05, 20.0, 96.0 / 72.0, flags);

  /* Whether a document for the options chosen is still being made. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, read_only);

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0, read_only);

  /* The document for the options, to print or save; %NULL until it is made, or when it
   * cannot be. */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, TANDEM_TYPE_PLAN_DOCUMENT, read_only);

  /* The page shown, rendered. */
  properties[PROP_TEXTURE] =
    g_param_spec_object ("texture", NULL, NULL, GDK_TYPE_TEXTURE, read_only);

  /* Why the plan cannot be printed with these options; the message says what to do. */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_preview_model_init (TandemPreviewModel *self)
{
  self->scale = 96.0 / 72.0;
}

/**
 * tandem_preview_model_new:
 * @plan: the version to print, which nobody changes while the model has it
 * @team: (nullable): where the practice's and the staff's names are found
 * @options: (nullable): how to print it first; %NULL for the plan's own language
 *
 * Starts making the plan's document.
 */
TandemPreviewModel *
tandem_preview_model_new (TandemPlan                      *plan,
                          TandemPerson                    *person,
                          TandemTeam                      *team,
                          GPtrArray                       *signposts,
                          const TandemPlanDocumentOptions *options)
{
  TandemPreviewModel *self;
  TandemPlanDocumentSource source;

  g_return_val_if_fail (TANDEM_IS_PLAN (plan), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (person), NULL);

  self = g_object_new (TANDEM_TYPE_PREVIEW_MODEL, NULL);
  self->plan = g_object_ref (plan);
  self->person = g_object_ref (person);

  /* The team can change while a worker builds: its names are copied here. */
  tandem_plan_document_source_init (&source, plan, person, team);
  self->practice_name = g_strdup (source.practice_name);
  self->pcn_name = g_strdup (source.pcn_name);
  self->prepared_by = g_strdup (source.prepared_by);
  self->reviewer = g_strdup (source.reviewer);
  /* The worker only reads them; nothing changes a signpost loaded for printing. */
  self->signposts = signposts ? g_ptr_array_ref (signposts) : NULL;

  if (options != NULL)
    {
      self->language = g_strdup (options->language);
      self->large_print = !!options->large_print;
      self->bilingual = !!options->bilingual;
    }

  request_build (self);
  return self;
}

TandemPlan *
tandem_preview_model_get_plan (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), NULL);

  return self->plan;
}

TandemPerson *
tandem_preview_model_get_person (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), NULL);

  return self->person;
}

/* The language asked for; %NULL for the plan's own. */
const char *
tandem_preview_model_get_language (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), NULL);

  return self->language;
}

void
tandem_preview_model_set_language (TandemPreviewModel *self,
                                   const char         *language)
{
  g_return_if_fail (TANDEM_IS_PREVIEW_MODEL (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  request_build (self);
}

gboolean
tandem_preview_model_get_large_print (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), FALSE);

  return self->large_print;
}

void
tandem_preview_model_set_large_print (TandemPreviewModel *self,
                                      gboolean            large_print)
{
  g_return_if_fail (TANDEM_IS_PREVIEW_MODEL (self));

  large_print = !!large_print;
  if (self->large_print == large_print)
    return;

  self->large_print = large_print;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE_PRINT]);
  request_build (self);
}

gboolean
tandem_preview_model_get_bilingual (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), FALSE);

  return self->bilingual;
}

void
tandem_preview_model_set_bilingual (TandemPreviewModel *self,
                                    gboolean            bilingual)
{
  g_return_if_fail (TANDEM_IS_PREVIEW_MODEL (self));

  bilingual = !!bilingual;
  if (self->bilingual == bilingual)
    return;

  self->bilingual = bilingual;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BILINGUAL]);
  request_build (self);
}

guint
tandem_preview_model_get_page (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), 0);

  return self->page;
}

/**
 * tandem_preview_model_set_page:
 * @page: from 0; past the last page, the last
 *
 * Shows another page, once it is rendered.
 */
void
tandem_preview_model_set_page (TandemPreviewModel *self,
                               guint               page)
{
  g_return_if_fail (TANDEM_IS_PREVIEW_MODEL (self));

  if (self->n_pages > 0)
    page = MIN (page, self->n_pages - 1);
  if (self->page == page)
    return;

  self->page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  request_render (self);
}

double
tandem_preview_model_get_scale (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), 1.0);

  return self->scale;
}

/* Renders the page again for another size, in device pixels for each point. */
void
tandem_preview_model_set_scale (TandemPreviewModel *self,
                                double              scale)
{
  g_return_if_fail (TANDEM_IS_PREVIEW_MODEL (self));

  scale = CLAMP (scale, 0.05, 20.0);
  if (fabs (self->scale - scale) < 1e-3)
    return;

  self->scale = scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
  request_render (self);
}

gboolean
tandem_preview_model_get_loading (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), FALSE);

  return self->need_build || (self->running != NULL && self->running_build);
}

/* The pages of the document for the options; 0 while it is made or if it cannot be. */
guint
tandem_preview_model_get_n_pages (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), 0);

  return self->n_pages;
}

/**
 * tandem_preview_model_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown, to print or save
 */
TandemPlanDocument *
tandem_preview_model_get_document (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), NULL);

  return self->document;
}

/* The language of the document shown: the one asked for, or the plan's own made concrete. */
const char *
tandem_preview_model_get_document_language (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), NULL);

  return self->document ? tandem_plan_document_get_language (self->document) : NULL;
}

/**
 * tandem_preview_model_get_texture:
 *
 * Returns: (transfer none) (nullable): the page shown, rendered
 */
GdkTexture *
tandem_preview_model_get_texture (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), NULL);

  return self->texture;
}

/**
 * tandem_preview_model_get_error:
 *
 * Returns: (nullable): why the document for the options could not be made
 */
const GError *
tandem_preview_model_get_error (TandemPreviewModel *self)
{
  g_return_val_if_fail (TANDEM_IS_PREVIEW_MODEL (self), NULL);

  return self->error;
}

/* Stops the work under way, when nobody will look at it: the preview is closing. */
void
tandem_preview_model_cancel (TandemPreviewModel *self)
{
  g_return_if_fail (TANDEM_IS_PREVIEW_MODEL (self));

  self->need_build = FALSE;
  self->need_render = FALSE;
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
}
