/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "tandem-document-catalog.h"

G_BEGIN_DECLS

/* How large a page is shown, as a fraction of its size at 96 dots an inch: a zoom of 1 shows
 * an A4 page 794 pixels wide. */
#define TANDEM_PRINT_ZOOM_MIN 0.25
#define TANDEM_PRINT_ZOOM_MAX 4.0

/* The space around the page in the preview, in pixels, each side. */
#define TANDEM_PRINT_PAGE_MARGIN 24

GArray     *tandem_print_list_languages     (void);
guint       tandem_print_find_language      (GArray      *languages,
                                             const char  *tag);
const char *tandem_print_default_language   (GArray      *languages,
                                             const char  *plan_language);
char       *tandem_print_dup_language_title (const TandemDocumentLanguage *language);
const char *tandem_print_get_language_note  (const TandemDocumentLanguage *language);

char       *tandem_print_dup_page_label     (guint        page,
                                             guint        n_pages);
char       *tandem_print_dup_zoom_label     (double       zoom);
double      tandem_print_zoom_in            (double       zoom);
double      tandem_print_zoom_out           (double       zoom);
double      tandem_print_fit_width_zoom     (int          width);
double      tandem_print_render_scale       (double       zoom,
                                             int          scale_factor);
guint       tandem_print_clamp_page         (guint        page,
                                             guint        n_pages);
void        tandem_print_fit_page           (double       width,
                                             double       height,
                                             double      *scale,
                                             double      *x,
                                             double      *y);

GArray     *tandem_print_list_due_people    (GListModel  *items);
char       *tandem_print_dup_batch_summary  (guint        n_due);
char       *tandem_print_dup_progress       (guint        n_done,
                                             guint        n_plans);

char       *tandem_print_dup_file_name      (const char  *person_name,
                                             const char  *iso_date);
char       *tandem_print_dup_with_pdf_suffix (const char *path);

G_END_DECLS
