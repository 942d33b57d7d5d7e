/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-pdf-writer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "tandem-document-fonts.h"
#include "tandem-plan-document.h"
#include "tandem-pdf-writer.h"

/* An A4 PDF written to a stream: one plan, or many one after another. Pages are drawn on
 * its cairo context; its properties and outline are set here.
 *
 * After a failure or a cancel, the rest of what cairo gives is thrown away but reported as
 * written: told of a write error, cairo 1.16 crashed finishing the PDF. The error is
 * reported by tandem_pdf_writer_finish(), once cairo is done. */
struct _TandemPdfWriter
{
  GOutputStream   *stream;
  GCancellable    *cancellable;
  GError          *error;
  cairo_surface_t *surface;
  cairo_t         *cr;
};

static cairo_status_t
write_to_stream (void                *data,
                 const unsigned char *bytes,
                 unsigned int         length)
{
  TandemPdfWriter *self = data;

  if (self->error == NULL &&
      !g_cancellable_set_error_if_cancelled (self->cancellable, &self->error))
    g_output_stream_write_all (self->stream, bytes, length, NULL, self->cancellable,
                               &self->error);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * tandem_pdf_writer_new:
 * @stream: where the PDF goes; not closed
 * @cancellable: (nullable): stops the writing; the pages are still drawn
 * @author: (nullable): who made the document
 *
 * Returns: (transfer full): a writer, freed by tandem_pdf_writer_finish()
 */
TandemPdfWriter *
tandem_pdf_writer_new (GOutputStream *stream,
                       GCancellable  *cancellable,
                       const char    *title,
                       const char    *subject,
                       const char    *author)
{
  TandemPdfWriter *self = g_new0 (TandemPdfWriter, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* As cairo reads it: no fractions of a second. */
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  self->stream = g_object_ref (stream);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->surface = cairo_pdf_surface_create_for_stream (write_to_stream, self,
                                                       TANDEM_PLAN_DOCUMENT_PAGE_WIDTH,
                                                       TANDEM_PLAN_DOCUMENT_PAGE_HEIGHT);
  self->cr = cairo_create (self->surface);

  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_TITLE, title);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  return self;
}

/* Where pages are drawn, in points from the top left corner; cairo_show_page() ends one. */
cairo_t *
tandem_pdf_writer_get_context (TandemPdfWriter *self)
{
  return self->cr;
}

/* A bookmark to @y points down page @page (from 0). Every page it points to must be drawn
 * before finishing: cairo cannot finish a PDF whose outline points past its end. */
void
tandem_pdf_writer_add_outline (TandemPdfWriter *self,
                               const char      *title,
                               guint            page,
                               double           y,
                               gboolean         open)
{
  g_autofree char *link = g_strdup_printf ("page=%u pos=[0.0 %.1f]", page + 1, y);

  cairo_pdf_surface_add_outline (self->surface, CAIRO_PDF_OUTLINE_ROOT, title, link,
                                 open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
}

/* Whether writing failed or was cancelled: what is drawn from now on goes nowhere. */
gboolean
tandem_pdf_writer_has_failed (TandemPdfWriter *self)
{
  return self->error != NULL;
}

/**
 * tandem_pdf_writer_finish:
 *
 * Writes the end of the PDF (the fonts' subsets among it) and frees the writer.
 *
 * Returns: %TRUE if the whole PDF was written
 */
gboolean
tandem_pdf_writer_finish (TandemPdfWriter  *self,
                          GError          **error)
{
  cairo_status_t status;
  gboolean written;

  tandem_document_fonts_lock ();
  cairo_destroy (self->cr);
  cairo_surface_finish (self->surface);
  status = cairo_surface_status (self->surface);
  cairo_surface_destroy (self->surface);
  tandem_document_fonts_unlock ();

  written = self->error == NULL && status == CAIRO_STATUS_SUCCESS;
  if (self->error != NULL)
    g_propagate_error (error, g_steal_pointer (&self->error));
  else if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, TANDEM_PLAN_DOCUMENT_ERROR, TANDEM_PLAN_DOCUMENT_ERROR_WRITE,
                 _("The PDF could not be written: %s"), cairo_status_to_string (status));

  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);
  g_free (self);

  return written;
}

/**
 * tandem_pdf_file_replace:
 * @created: (out): whether there was no such file before
 *
 * Opens @file to be written, readable by its owner only (a plan is health data). An
 * existing file is replaced only when the stream is closed; see tandem_pdf_file_abandon().
 *
 * Returns: (transfer full): the stream, or %NULL with @error set
 */
GFileOutputStream *
tandem_pdf_file_replace (GFile         *file,
                         GCancellable  *cancellable,
                         gboolean      *created,
                         GError       **error)
{
  *created = !g_file_query_exists (file, cancellable);

  return g_file_replace (file, NULL, FALSE,
                         G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                         cancellable, error);
}

/**
 * tandem_pdf_file_abandon:
 * @created: as tandem_pdf_file_replace() said
 *
 * Closes a file that could not be written whole and leaves things as they were: a file
 * replaced is kept as it was (closed cancelled, GLib throws away what was written beside
 * it), a file created is deleted.
 */
void
tandem_pdf_file_abandon (GFile             *file,
                         GFileOutputStream *stream,
                         gboolean           created)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_cancellable_cancel (cancelled);
  g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
  if (created)
    g_file_delete (file, NULL, NULL);
}
