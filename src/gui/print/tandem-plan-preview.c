/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-gui-util.h"
#include "tandem-plan-preview.h"
#include "tandem-print-choices.h"
#include "tandem-print-setup.h"

/* A plan as it will be printed, before it is: the PDF itself, page by page, with the choice
 * of language, large print and English headings beside it, and the ways to print it or save
 * it. Each choice makes the document again on a worker (TandemPreviewModel) while the page
 * shown stays, under a spinner, at the same page and zoom.
 *
 * One window for each plan version: printing the same plan again brings it back. It is not
 * modal, so the plan stays readable beside it. */
struct _TandemPlanPreview
{
  AdwWindow             parent_instance;

  TandemPreviewModel   *model;
  GArray               *languages;     /* TandemDocumentLanguage, those with a translation */
  TandemStore          *store;         /* where printing and saving are recorded */
  gint64                version_id;
  gint64                person_id;
  char                 *person_name;
  char                 *page_text;
  double                zoom;
  gboolean              fit_width;
  gboolean              saving;
  gboolean              printing;
  GCancellable         *cancellable;   /* the save under way; cancelled on closing */
  guint                 fit_source;
  GtkFileChooserNative *chooser;

  GtkWidget            *toast_overlay;
  GtkWidget            *window_title;
  GtkWidget            *language_row;
  GtkWidget            *large_print_switch;
  GtkWidget            *bilingual_row;
  GtkWidget            *bilingual_switch;
  GtkWidget            *draft_label;
  GtkWidget            *stack;
  GtkWidget            *page_scroller;
  GtkWidget            *page_clamp;
  GtkWidget            *page_picture;
  GtkWidget            *spinner;
  GtkWidget            *error_page;
  GtkWidget            *page_label;
  GtkWidget            *zoom_label;
};

G_DEFINE_FINAL_TYPE (TandemPlanPreview, tandem_plan_preview, ADW_TYPE_WINDOW)

/* Helpers */

static void
show_message (TandemPlanPreview *self,
              const char        *message)
{
  tandem_toast_show_message (self->toast_overlay, message);
}

static const TandemDocumentLanguage *
language_at (TandemPlanPreview *self,
             guint              position)
{
  if (self->languages == NULL || position >= self->languages->len)
    return NULL;

  return &g_array_index (self->languages, TandemDocumentLanguage, position);
}

static const TandemDocumentLanguage *
selected_language (TandemPlanPreview *self)
{
  return language_at (self, adw_combo_row_get_selected (ADW_COMBO_ROW (self->language_row)));
}

/* A printed or saved plan leaves the database, so it is recorded in the audit trail before
 * it goes; when that fails it does not go. */
static gboolean
record_output (TandemPlanPreview *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL ||
      tandem_store_record_audit (self->store, TANDEM_AUDIT_PRINT, "plan_version",
                                 self->version_id, self->person_id, &error))
    return TRUE;

  show_message (self, error->message);
  return FALSE;
}

static gboolean
can_output (TandemPlanPreview *self)
{
  return tandem_preview_model_get_document (self->model) != NULL &&
         !tandem_preview_model_get_loading (self->model) &&
         !self->saving && !self->printing;
}

static void
update_actions (TandemPlanPreview *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint page = tandem_preview_model_get_page (self->model);
  guint n_pages = tandem_preview_model_get_n_pages (self->model);

  gtk_widget_action_set_enabled (widget, "preview.print", can_output (self));
  gtk_widget_action_set_enabled (widget, "preview.save-pdf", can_output (self));
  gtk_widget_action_set_enabled (widget, "preview.previous-page", page > 0);
  gtk_widget_action_set_enabled (widget, "preview.first-page", page > 0);
  gtk_widget_action_set_enabled (widget, "preview.next-page", page + 1 < n_pages);
  gtk_widget_action_set_enabled (widget, "preview.last-page", page + 1 < n_pages);
  gtk_widget_action_set_enabled (widget, "preview.zoom-in", self->zoom < TANDEM_PRINT_ZOOM_MAX);
  gtk_widget_action_set_enabled (widget, "preview.zoom-out", self->zoom > TANDEM_PRINT_ZOOM_MIN);
  gtk_widget_action_set_enabled (widget, "preview.zoom-fit", !self->fit_width);
}

/* Zoom */

/* The page's size on screen follows the zoom at once; its pixels follow when the worker has
 * rendered them, until then the page is shown scaled. */
static void
apply_zoom (TandemPlanPreview *self)
{
  int width = (int) round (TANDEM_PLAN_DOCUMENT_PAGE_WIDTH * 96.0 / 72.0 * self->zoom);
  int height = (int) round (TANDEM_PLAN_DOCUMENT_PAGE_HEIGHT * 96.0 / 72.0 * self->zoom);
  g_autofree char *label = tandem_print_dup_zoom_label (self->zoom);

  gtk_widget_set_size_request (self->page_picture, width, height);
  adw_clamp_set_maximum_size (ADW_CLAMP (self->page_clamp), width);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->page_clamp), width);
  gtk_label_set_text (GTK_LABEL (self->zoom_label), label);

  tandem_preview_model_set_scale (self->model,
                                  tandem_print_render_scale (self->zoom,
                                                             gtk_widget_get_scale_factor (GTK_WIDGET (self))));
  update_actions (self);
}

static void
set_zoom (TandemPlanPreview *self,
          double             zoom,
          gboolean           fit_width)
{
  self->fit_width = fit_width;
  self->zoom = CLAMP (zoom, TANDEM_PRINT_ZOOM_MIN, TANDEM_PRINT_ZOOM_MAX);
  apply_zoom (self);
}

static int
viewport_width (TandemPlanPreview *self)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->page_scroller));

  return (int) gtk_adjustment_get_page_size (adjustment);
}

static void
fit_width (TandemPlanPreview *self)
{
  int width = viewport_width (self);

  /* Before the window is laid out there is no width to fit: the allocation comes back here. */
  if (width <= 0)
    {
      self->fit_width = TRUE;
      update_actions (self);
      return;
    }

  set_zoom (self, tandem_print_fit_width_zoom (width), TRUE);
}

static gboolean
refit_cb (gpointer data)
{
  TandemPlanPreview *self = data;
  double zoom;

  self->fit_source = 0;
  if (!self->fit_width || viewport_width (self) <= 0)
    return G_SOURCE_REMOVE;

  /* A pixel or two either way is not worth rendering the page again. */
  zoom = tandem_print_fit_width_zoom (viewport_width (self));
  if (fabs (zoom - self->zoom) * TANDEM_PLAN_DOCUMENT_PAGE_WIDTH > 2.0)
    set_zoom (self, zoom, TRUE);

  return G_SOURCE_REMOVE;
}

/* The viewport's width changes while the window is laid out, when the page's size cannot
 * change: it is fitted again just after. */
static void
viewport_resized_cb (TandemPlanPreview *self)
{
  if (self->fit_width && self->fit_source == 0)
    self->fit_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refit_cb, self, NULL);
}

/* The model's state */

static void
update_page_label (TandemPlanPreview *self)
{
  g_free (self->page_text);
  self->page_text = tandem_print_dup_page_label (tandem_preview_model_get_page (self->model),
                                                 tandem_preview_model_get_n_pages (self->model));
  gtk_label_set_text (GTK_LABEL (self->page_label), self->page_text);
}

static void
model_changed_cb (TandemPlanPreview *self)
{
  const GError *error = tandem_preview_model_get_error (self->model);
  gboolean loading = tandem_preview_model_get_loading (self->model);

  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), loading);
  gtk_widget_set_visible (self->spinner, loading);

  if (error != NULL && !loading)
    {
      tandem_status_page_set_text (ADW_STATUS_PAGE (self->error_page), error->message);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "error");
    }
  else
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "preview");
    }

  gtk_picture_set_paintable (GTK_PICTURE (self->page_picture),
                             GDK_PAINTABLE (tandem_preview_model_get_texture (self->model)));
  update_page_label (self);
  update_actions (self);
}

/* The choices */

static void
language_selected_cb (TandemPlanPreview *self)
{
  const TandemDocumentLanguage *language = selected_language (self);
  const char *note;

  if (language == NULL)
    return;

  note = tandem_print_get_language_note (language);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->language_row), note ? note : "");
  /* An English plan's headings are English already. */
  gtk_widget_set_sensitive (self->bilingual_row, !g_str_equal (language->tag, "en"));
  tandem_preview_model_set_language (self->model, language->tag);
}

static void
large_print_cb (TandemPlanPreview *self)
{
  tandem_preview_model_set_large_print (self->model,
                                        gtk_switch_get_active (GTK_SWITCH (self->large_print_switch)));
}

static void
bilingual_cb (TandemPlanPreview *self)
{
  tandem_preview_model_set_bilingual (self->model,
                                      gtk_switch_get_active (GTK_SWITCH (self->bilingual_switch)));
}

static const TandemDocumentLanguage *
language_of_item (TandemPlanPreview *self,
                  GtkListItem       *list_item)
{
  const char *tag = gtk_string_object_get_string (gtk_list_item_get_item (list_item));

  return language_at (self, tandem_print_find_language (self->languages, tag));
}

static void
setup_language_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_language_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  TandemPlanPreview        *self)
{
  const TandemDocumentLanguage *language = language_of_item (self, list_item);
  g_autofree char *title = language ? tandem_print_dup_language_title (language) : NULL;

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), title ? title : "");
}

/* In the list to choose from, each language says whether its translation was reviewed. */
static void
setup_language_choice_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 30);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), note);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_language_choice_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         TandemPlanPreview        *self)
{
  const TandemDocumentLanguage *language = language_of_item (self, list_item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *note = gtk_widget_get_next_sibling (title);
  g_autofree char *text = language ? tandem_print_dup_language_title (language) : NULL;
  const char *note_text = language ? tandem_print_get_language_note (language) : NULL;

  gtk_label_set_text (GTK_LABEL (title), text ? text : "");
  gtk_label_set_text (GTK_LABEL (note), note_text ? note_text : "");
  gtk_widget_set_visible (note, note_text != NULL);
}

static void
fill_languages (TandemPlanPreview *self,
                const char        *selected)
{
  g_autoptr(GtkStringList) tags = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  self->languages = tandem_print_list_languages ();
  for (guint i = 0; i < self->languages->len; i++)
    gtk_string_list_append (tags, language_at (self, i)->tag);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_language_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_language_cb), self, 0);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_language_choice_cb), NULL);
  g_signal_connect_object (list_factory, "bind", G_CALLBACK (bind_language_choice_cb), self, 0);

  adw_combo_row_set_factory (ADW_COMBO_ROW (self->language_row), factory);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->language_row), list_factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->language_row), G_LIST_MODEL (tags));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->language_row),
                              tandem_print_find_language (self->languages, selected));
}

/* Saving as PDF */

static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TandemPlanPreview) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    show_message (self, error->message);
}

static void
open_saved_cb (AdwToast          *toast,
               TandemPlanPreview *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "tandem-uri");
  g_autoptr(GAppLaunchContext) context = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));
  g_app_info_launch_default_for_uri_async (uri, context, NULL, launch_done_cb,
                                           g_object_ref (self));
}

static void
show_saved (TandemPlanPreview *self,
            const char        *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwToast *toast = tandem_toast_new (_("Plan saved"));

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "tandem-uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_saved_cb), self, 0);
  tandem_toast_show (self->toast_overlay, toast);
}

typedef struct
{
  TandemPlanDocument *document;
  char               *path;
} SaveJob;

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_clear_object (&job->document);
  g_free (job->path);
  g_free (job);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  /* Not cancelled half way, which cairo 1.16 does not survive (see tandem-preview-model.c);
   * closing the window only keeps the result from being shown. */
  if (tandem_plan_document_write_pdf_file (job->document, job->path, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TandemPlanPreview *self = TANDEM_PLAN_PREVIEW (object);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Closing the window cancels the save: then nobody is there to tell. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;
  update_actions (self);

  if (error != NULL)
    show_message (self, error->message);
  else
    show_saved (self, job->path);
}

static void
chooser_response_cb (TandemPlanPreview    *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_message (self, _("Plans can only be saved in a folder on this computer. Choose "
                            "another folder."));
      return;
    }

  pdf_path = tandem_print_dup_with_pdf_suffix (path);
  tandem_plan_preview_save_pdf (self, pdf_path);
}

static void
set_documents_folder (GtkFileChooser *chooser)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = NULL;

  if (documents == NULL || !g_file_test (documents, G_FILE_TEST_IS_DIR))
    return;

  folder = g_file_new_for_path (documents);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemPlanPreview *self = TANDEM_PLAN_PREVIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = tandem_date_today_iso ();
  g_autofree char *name = tandem_print_dup_file_name (self->person_name, today);

  if (!can_output (self) || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Plan as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  set_documents_folder (GTK_FILE_CHOOSER (self->chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Printing */

static void
draw_page_cb (GtkPrintOperation  *operation,
              GtkPrintContext    *context,
              int                 page,
              TandemPlanDocument *document)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale, x, y;

  tandem_print_fit_page (gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context), &scale, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  tandem_plan_document_draw_page (document, cr, page);
  cairo_restore (cr);
}

/* The printer is chosen: the plan is about to be printed. */
static void
begin_print_cb (TandemPlanPreview *self,
                GtkPrintContext   *context,
                GtkPrintOperation *operation)
{
  if (!record_output (self))
    gtk_print_operation_cancel (operation);
}

static void
print_done_cb (TandemPlanPreview       *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  self->printing = FALSE;
  update_actions (self);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      /* The printer and paper chosen are offered first next time. */
      if (!tandem_print_setup_save (gtk_print_operation_get_print_settings (operation),
                                    gtk_print_operation_get_default_page_setup (operation),
                                    &error))
        g_warning ("%s", error->message);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_message (self, error ? error->message : _("The plan could not be printed."));
    }
}

static GtkPrintOperation *
new_print_operation (TandemPlanPreview  *self,
                     TandemPlanDocument *document)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;

  tandem_print_setup_load (&settings, &page_setup);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_n_pages (operation, tandem_plan_document_get_n_pages (document));
  /* The document has its own margins: it is drawn on the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, tandem_plan_document_get_title (document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);

  /* The operation keeps the document it prints, whatever the preview shows next. */
  g_object_set_data_full (G_OBJECT (operation), "tandem-document", g_object_ref (document),
                          g_object_unref);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self,
                           G_CONNECT_SWAPPED);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemPlanPreview *self = TANDEM_PLAN_PREVIEW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (!can_output (self))
    return;

  operation = new_print_operation (self, tandem_preview_model_get_document (self->model));
  self->printing = TRUE;
  update_actions (self);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && self->printing)
    {
      self->printing = FALSE;
      update_actions (self);
      show_message (self, error ? error->message : _("The plan could not be printed."));
    }
}

/* Pages and zoom */

static void
go_to_page (TandemPlanPreview *self,
            guint              page)
{
  tandem_preview_model_set_page (self->model, page);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->page_scroller)), 0);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemPlanPreview *self = TANDEM_PLAN_PREVIEW (widget);
  guint page = tandem_preview_model_get_page (self->model);
  guint n_pages = tandem_preview_model_get_n_pages (self->model);

  if (n_pages == 0)
    return;

  if (g_str_equal (action_name, "preview.previous-page"))
    page = page > 0 ? page - 1 : 0;
  else if (g_str_equal (action_name, "preview.next-page"))
    page = page + 1;
  else if (g_str_equal (action_name, "preview.first-page"))
    page = 0;
  else
    page = n_pages - 1;

  go_to_page (self, tandem_print_clamp_page (page, n_pages));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemPlanPreview *self = TANDEM_PLAN_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    set_zoom (self, tandem_print_zoom_in (self->zoom), FALSE);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    set_zoom (self, tandem_print_zoom_out (self->zoom), FALSE);
  else
    fit_width (self);
}

/* Overrides */

static void
tandem_plan_preview_dispose (GObject *object)
{
  TandemPlanPreview *self = (TandemPlanPreview *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->fit_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  /* A job still on the worker keeps the model until it returns: it must find nobody here. */
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      tandem_preview_model_cancel (self->model);
      g_clear_object (&self->model);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PLAN_PREVIEW);

  G_OBJECT_CLASS (tandem_plan_preview_parent_class)->dispose (object);
}

static void
tandem_plan_preview_finalize (GObject *object)
{
  TandemPlanPreview *self = (TandemPlanPreview *) object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->languages, g_array_unref);
  g_free (self->person_name);
  g_free (self->page_text);

  G_OBJECT_CLASS (tandem_plan_preview_parent_class)->finalize (object);
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            keyval,
             GdkModifierType  modifiers,
             const char      *action)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, NULL);
}

static void
tandem_plan_preview_class_init (TandemPlanPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plan_preview_dispose;
  object_class->finalize = tandem_plan_preview_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-plan-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, language_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, large_print_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, bilingual_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, bilingual_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, draft_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, page_clamp);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, page_picture);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, spinner);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, error_page);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanPreview, zoom_label);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.first-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.last-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_action);

  add_binding (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print");
  add_binding (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "preview.save-pdf");
  add_binding (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page");
  add_binding (widget_class, GDK_KEY_KP_Page_Up, 0, "preview.previous-page");
  add_binding (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page");
  add_binding (widget_class, GDK_KEY_KP_Page_Down, 0, "preview.next-page");
  add_binding (widget_class, GDK_KEY_Home, 0, "preview.first-page");
  add_binding (widget_class, GDK_KEY_KP_Home, 0, "preview.first-page");
  add_binding (widget_class, GDK_KEY_End, 0, "preview.last-page");
  add_binding (widget_class, GDK_KEY_KP_End, 0, "preview.last-page");
  add_binding (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in");
  add_binding (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in");
  add_binding (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in");
  add_binding (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out");
  add_binding (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out");
  add_binding (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-fit");
  add_binding (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "preview.zoom-fit");
  add_binding (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close");
  add_binding (widget_class, GDK_KEY_Escape, 0, "window.close");
}

static void
tandem_plan_preview_init (TandemPlanPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->zoom = 1.0;
  self->fit_width = TRUE;
}

static void
connect_model (TandemPlanPreview *self)
{
  static const char * const changes[] = {
    "notify::loading", "notify::n-pages", "notify::page", "notify::texture", "notify::error",
    "notify::document",
  };

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    g_signal_connect_swapped (self->model, changes[i], G_CALLBACK (model_changed_cb), self);
}

static void
connect_choices (TandemPlanPreview *self)
{
  GtkAdjustment *hadjustment =
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->page_scroller));

  g_signal_connect_object (self->language_row, "notify::selected",
                           G_CALLBACK (language_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->large_print_switch, "notify::active",
                           G_CALLBACK (large_print_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->bilingual_switch, "notify::active",
                           G_CALLBACK (bilingual_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hadjustment, "notify::page-size", G_CALLBACK (viewport_resized_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::scale-factor", G_CALLBACK (apply_zoom), self,
                           G_CONNECT_SWAPPED);
}

/**
 * tandem_plan_preview_new:
 * @parent: (nullable): the window it is printed from
 * @plan: the version to print, loaded for the preview alone: nothing else may change it
 * @team: (nullable): where the practice's and staff names are found
 * @signposts: (nullable) (element-type TandemSignpost): the person's signposts to assets,
 *   loaded for the preview alone
 *
 * Shows the plan as printed, in its own language if Tandem can print in that, at first
 * fitting the window's width.
 */
TandemPlanPreview *
tandem_plan_preview_new (GtkWindow    *parent,
                         TandemStore  *store,
                         TandemPlan   *plan,
                         TandemPerson *person,
                         TandemTeam   *team,
                         GPtrArray    *signposts)
{
  TandemPlanPreview *self;
  TandemPlanVersion *version;
  TandemPlanDocumentOptions options = { NULL };
  g_autoptr(GArray) languages = NULL;

  g_return_val_if_fail (TANDEM_IS_PLAN (plan), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (person), NULL);

  self = g_object_new (TANDEM_TYPE_PLAN_PREVIEW,
                       "transient-for", parent,
                       "modal", FALSE,
                       NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  version = tandem_plan_get_version (plan);
  self->store = store ? g_object_ref (store) : NULL;
  self->version_id = tandem_record_get_id (version);
  self->person_id = tandem_record_get_id (person);
  self->person_name = tandem_person_dup_full_name (person);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title), self->person_name);
  gtk_widget_set_visible (self->draft_label,
                          tandem_plan_version_get_state (version) != TANDEM_PLAN_AGREED);

  languages = tandem_print_list_languages ();
  options.language = tandem_print_default_language (languages,
                                                    tandem_plan_version_get_language (version));
  self->model = tandem_preview_model_new (plan, person, team, signposts, &options);
  connect_model (self);

  fill_languages (self, options.language);
  language_selected_cb (self);
  connect_choices (self);
  apply_zoom (self);
  model_changed_cb (self);

  return self;
}

/**
 * tandem_plan_preview_find:
 *
 * Returns: (transfer none) (nullable): the preview open for that plan version
 */
TandemPlanPreview *
tandem_plan_preview_find (gint64 version_id)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (TANDEM_IS_PLAN_PREVIEW (window) &&
          TANDEM_PLAN_PREVIEW (window)->version_id == version_id)
        return TANDEM_PLAN_PREVIEW (window);
    }

  return NULL;
}

gint64
tandem_plan_preview_get_version_id (TandemPlanPreview *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PREVIEW (self), 0);

  return self->version_id;
}

/**
 * tandem_plan_preview_get_model:
 *
 * Returns: (transfer none): what the preview shows
 */
TandemPreviewModel *
tandem_plan_preview_get_model (TandemPlanPreview *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PREVIEW (self), NULL);

  return self->model;
}

/**
 * tandem_plan_preview_get_picture:
 *
 * Returns: (transfer none): the #GtkPicture showing the page, for tests
 */
GtkWidget *
tandem_plan_preview_get_picture (TandemPlanPreview *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PREVIEW (self), NULL);

  return self->page_picture;
}

/* "Page 2 of 3", as shown under the page. */
const char *
tandem_plan_preview_get_page_label (TandemPlanPreview *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PREVIEW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->page_label));
}

double
tandem_plan_preview_get_zoom (TandemPlanPreview *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PREVIEW (self), 1.0);

  return self->zoom;
}

/* Whether the document is being made, saved or printed. */
gboolean
tandem_plan_preview_get_busy (TandemPlanPreview *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_PREVIEW (self), FALSE);

  return self->saving || self->printing || tandem_preview_model_get_loading (self->model);
}

/* Chooses the language @tag in the picker, as the user would; nothing if it is not offered. */
void
tandem_plan_preview_select_language (TandemPlanPreview *self,
                                     const char        *tag)
{
  guint position;

  g_return_if_fail (TANDEM_IS_PLAN_PREVIEW (self));

  position = tandem_print_find_language (self->languages, tag);
  if (position != G_MAXUINT)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->language_row), position);
}

/**
 * tandem_plan_preview_save_pdf:
 * @path: where to save the PDF, replacing any file there
 *
 * Saves the document shown, on a worker; a toast says when it is saved, with a button to open
 * it, or why it could not be. "Save as PDF…" calls this with the file chosen; tests call it
 * directly.
 */
void
tandem_plan_preview_save_pdf (TandemPlanPreview *self,
                              const char        *path)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (TANDEM_IS_PLAN_PREVIEW (self));
  g_return_if_fail (path != NULL);

  if (!can_output (self))
    {
      show_message (self, _("The printed copy is not ready yet. Save it once it is shown."));
      return;
    }

  if (!record_output (self))
    return;

  job = g_new0 (SaveJob, 1);
  job->document = g_object_ref (tandem_preview_model_get_document (self->model));
  job->path = g_strdup (path);

  self->saving = TRUE;
  update_actions (self);

  task = g_task_new (self, self->cancellable, save_done_cb, NULL);
  g_task_set_source_tag (task, tandem_plan_preview_save_pdf);
  g_task_set_name (task, "[tandem] save plan as PDF");
  g_task_set_task_data (task, job, save_job_free);
  g_task_run_in_thread (task, save_thread);
}
