/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-batch-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-batch-dialog.h"
#include "tandem-date.h"
#include "tandem-gui-util.h"
#include "tandem-print-choices.h"

/* Prints the plans of everyone whose review is coming up, before the week's reviews: how
 * they are printed, where they go, then a TandemPlanBatch on several threads, its progress
 * as "12 of 48" with a way to stop, and at the end where they are and whose plan could not
 * be printed. The window is not modal: Tandem can be used while the plans print. */
struct _TandemBatchDialog
{
  AdwWindow             parent_instance;

  TandemStore          *store;
  GArray               *person_ids;       /* gint64 */
  GArray               *languages;        /* TandemDocumentLanguage, offered after "own" */
  GtkWidget            *anchor;           /* where the final toast goes; weak */
  TandemPlanBatch      *batch;
  TandemPlanBatchOutput output;
  GFile                *destination;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *progress_text;
  gboolean              running;
  gboolean              finished;

  GtkWidget            *cancel_button;
  GtkWidget            *print_button;
  GtkWidget            *open_button;
  GtkWidget            *stack;
  GtkWidget            *summary_label;
  GtkWidget            *language_row;
  GtkWidget            *large_print_switch;
  GtkWidget            *bilingual_switch;
  GtkWidget            *output_row;
  GtkWidget            *progress_bar;
  GtkWidget            *done_page;
  GtkWidget            *problems_list;
};

G_DEFINE_FINAL_TYPE (TandemBatchDialog, tandem_batch_dialog, ADW_TYPE_WINDOW)

/* Helpers */

static const TandemDocumentLanguage *
chosen_language (TandemBatchDialog *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->language_row));

  /* The first choice is each plan's own language. */
  if (position == 0 || position > self->languages->len)
    return NULL;

  return &g_array_index (self->languages, TandemDocumentLanguage, position - 1);
}

static void
update_buttons (TandemBatchDialog *self)
{
  gtk_widget_set_visible (self->print_button, !self->running && !self->finished);
  gtk_widget_set_visible (self->open_button, self->finished && self->destination != NULL);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button),
                        self->finished ? _("_Close") : _("_Cancel"));
  gtk_button_set_label (GTK_BUTTON (self->open_button),
                        self->output == TANDEM_PLAN_BATCH_COMBINED ? _("_Open")
                                                                   : _("_Open Folder"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.choose",
                                 !self->running && self->person_ids->len > 0);
}

static void
language_selected_cb (TandemBatchDialog *self)
{
  const TandemDocumentLanguage *language = chosen_language (self);
  const char *note = language ? tandem_print_get_language_note (language)
                              : _("Plans in a language Tandem cannot print are listed at "
                                  "the end");

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->language_row), note ? note : "");
}

/* The choice shown in full, never ellipsized: at this dialog's width GTK 4.8 measures an
 * ellipsized label in a combo row inconsistently, and a shortened language name helps no one. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
}

static void
set_choice_factory (GtkWidget *combo_row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  adw_combo_row_set_factory (ADW_COMBO_ROW (combo_row), factory);
}

static void
fill_languages (TandemBatchDialog *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  self->languages = tandem_print_list_languages ();
  gtk_string_list_append (titles, _("Each plan’s own language"));
  for (guint i = 0; i < self->languages->len; i++)
    {
      g_autofree char *title =
        tandem_print_dup_language_title (&g_array_index (self->languages,
                                                         TandemDocumentLanguage, i));

      gtk_string_list_append (titles, title);
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (self->language_row), G_LIST_MODEL (titles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->language_row), 0);
  g_signal_connect_object (self->language_row, "notify::selected",
                           G_CALLBACK (language_selected_cb), self, G_CONNECT_SWAPPED);
  language_selected_cb (self);
}

/* The rows are in the order of TandemPlanBatchOutput. */
static void
output_selected_cb (TandemBatchDialog *self)
{
  gboolean combined = adw_combo_row_get_selected (ADW_COMBO_ROW (self->output_row)) ==
                      TANDEM_PLAN_BATCH_COMBINED;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->output_row),
                               combined ? _("Every plan one after another, to print in one go")
                                        : _("In a folder you choose, each named after the "
                                            "person"));
}

/* Opening what was printed */

static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    tandem_toast_show_message (widget, error->message);
}

static void
launch (GtkWidget *widget,
        GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GAppLaunchContext) context =
    G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (widget)));

  g_app_info_launch_default_for_uri_async (uri, context, NULL, launch_done_cb,
                                           g_object_ref (widget));
}

static void
toast_open_cb (AdwToast  *toast,
               GtkWidget *anchor)
{
  launch (anchor, g_object_get_data (G_OBJECT (toast), "tandem-file"));
}

/* The end of a batch with nothing to report but where the plans are. */
static void
show_done_toast (TandemBatchDialog *self,
                 guint              n_printed)
{
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (self->anchor == NULL)
    return;

  /* Translators: said when a batch of plans has been printed to PDF */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u plan printed", "%u plans printed",
                                       n_printed),
                          n_printed);
  toast = tandem_toast_new (text);
  adw_toast_set_button_label (toast, self->output == TANDEM_PLAN_BATCH_COMBINED
                                     ? _("_Open") : _("_Open Folder"));
  g_object_set_data_full (G_OBJECT (toast), "tandem-file", g_object_ref (self->destination),
                          g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_open_cb), self->anchor, 0);
  tandem_toast_show (self->anchor, toast);
}

/* Running */

static void
n_done_cb (TandemBatchDialog *self)
{
  guint n_done = tandem_plan_batch_get_n_done (self->batch);
  guint n_plans = tandem_plan_batch_get_n_plans (self->batch);

  g_free (self->progress_text);
  self->progress_text = tandem_print_dup_progress (n_done, n_plans);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), self->progress_text);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                 n_plans > 0 ? (double) n_done / n_plans : 0);
}

static void
add_problem_row (TandemBatchDialog *self,
                 const char        *problem)
{
  GtkWidget *label = gtk_label_new (problem);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_append (GTK_LIST_BOX (self->problems_list), label);
}

/* What could not be printed, kept on screen to be read and acted on. */
static void
show_problems (TandemBatchDialog *self,
               GPtrArray         *problems,
               guint              n_printed)
{
  AdwStatusPage *page = ADW_STATUS_PAGE (self->done_page);
  g_autofree char *text = NULL;

  adw_status_page_set_title (page, n_printed > 0 ? _("Some Plans Not Printed")
                                                 : _("No Plans Printed"));
  /* Translators: how many plans of a batch were printed, before the list of those that
   * were not */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u plan was printed. These could not be:",
                                       "%u of %u plans were printed. These could not be:",
                                       tandem_plan_batch_get_n_plans (self->batch)),
                          n_printed, tandem_plan_batch_get_n_plans (self->batch));
  tandem_status_page_set_text (page, text);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    add_problem_row (self, g_ptr_array_index (problems, i));
  gtk_widget_set_visible (self->problems_list, problems != NULL && problems->len > 0);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "done");
}

static void
show_failure (TandemBatchDialog *self,
              const GError      *error)
{
  adw_status_page_set_title (ADW_STATUS_PAGE (self->done_page), _("Plans Not Printed"));
  tandem_status_page_set_text (ADW_STATUS_PAGE (self->done_page), error->message);
  gtk_widget_set_visible (self->problems_list, FALSE);
  g_clear_object (&self->destination);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "done");
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TandemBatchDialog) self = user_data;
  TandemPlanBatch *batch = TANDEM_PLAN_BATCH (object);
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = tandem_plan_batch_get_problems (batch);
  gboolean ok = tandem_plan_batch_write_finish (batch, result, &error);
  guint n_printed;

  /* The window went with the main window: nobody is left to tell. */
  if (self->batch == NULL)
    return;

  self->running = FALSE;
  self->finished = TRUE;
  n_printed = tandem_plan_batch_get_n_plans (self->batch) - (problems ? problems->len : 0);

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Cancelled on purpose: the batch kept no half-written file; the window goes. */
      if (self->anchor != NULL)
        tandem_toast_show_message (self->anchor, _("Printing cancelled"));
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (!ok)
    show_failure (self, error);
  else if (problems != NULL && problems->len > 0)
    show_problems (self, problems, n_printed);
  else
    {
      show_done_toast (self, n_printed);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  update_buttons (self);
}

/* Choosing where */

static char *
dup_combined_name (void)
{
  g_autofree char *today = tandem_date_today_iso ();

  /* Translators: the suggested name of one PDF of every plan due for review, without
   * ".pdf"; %s is the date as 2026-05-01 */
  return g_strdup_printf (_("Plans due for review, %s.pdf"), today);
}

static void
chooser_response_cb (TandemBatchDialog    *self,
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

  if (self->output == TANDEM_PLAN_BATCH_COMBINED && (path = g_file_get_path (file)) != NULL)
    {
      pdf_path = tandem_print_dup_with_pdf_suffix (path);
      g_clear_object (&file);
      file = g_file_new_for_path (pdf_path);
    }

  tandem_batch_dialog_start (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemBatchDialog *self = TANDEM_BATCH_DIALOG (widget);
  gboolean combined = adw_combo_row_get_selected (ADW_COMBO_ROW (self->output_row)) ==
                      TANDEM_PLAN_BATCH_COMBINED;
  g_autofree char *name = NULL;

  if (self->running || self->chooser != NULL)
    return;

  self->output = combined ? TANDEM_PLAN_BATCH_COMBINED : TANDEM_PLAN_BATCH_FILE_PER_PLAN;
  self->chooser = gtk_file_chooser_native_new (combined ? _("Save Plans as One PDF")
                                                        : _("Choose a Folder for the Plans"),
                                               GTK_WINDOW (self),
                                               combined ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                        : GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               combined ? _("_Save") : _("_Choose"),
                                               _("_Cancel"));
  if (combined)
    {
      name = dup_combined_name ();
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemBatchDialog *self = TANDEM_BATCH_DIALOG (widget);

  /* While printing, Cancel stops the batch; the window goes when it has stopped. */
  if (self->running)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemBatchDialog *self = TANDEM_BATCH_DIALOG (widget);

  if (self->destination != NULL)
    launch (widget, self->destination);
}

/* Overrides */

static gboolean
tandem_batch_dialog_close_request (GtkWindow *window)
{
  TandemBatchDialog *self = TANDEM_BATCH_DIALOG (window);

  /* Closing while printing stops it, as Cancel does, and waits for that. */
  if (self->running)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (tandem_batch_dialog_parent_class)->close_request (window);
}

static void
tandem_batch_dialog_dispose (GObject *object)
{
  TandemBatchDialog *self = (TandemBatchDialog *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->batch != NULL)
    g_signal_handlers_disconnect_by_data (self->batch, self);
  g_clear_object (&self->batch);
  if (self->anchor != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->anchor), (gpointer *) &self->anchor);
  self->anchor = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_BATCH_DIALOG);

  G_OBJECT_CLASS (tandem_batch_dialog_parent_class)->dispose (object);
}

static void
tandem_batch_dialog_finalize (GObject *object)
{
  TandemBatchDialog *self = (TandemBatchDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->destination);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->languages, g_array_unref);
  g_free (self->progress_text);

  G_OBJECT_CLASS (tandem_batch_dialog_parent_class)->finalize (object);
}

static void
tandem_batch_dialog_class_init (TandemBatchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tandem_batch_dialog_dispose;
  object_class->finalize = tandem_batch_dialog_finalize;
  window_class->close_request = tandem_batch_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-batch-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, large_print_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, bilingual_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, output_row);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, TandemBatchDialog, problems_list);

  gtk_widget_class_install_action (widget_class, "batch.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "batch.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "batch.open", NULL, open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "batch.cancel", NULL);
}

static void
tandem_batch_dialog_init (TandemBatchDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tandem_batch_dialog_new:
 * @anchor: the view it is opened from: its window is the dialog's parent, and the toast at
 *   the end is shown there
 * @person_ids: (element-type gint64): whose plans to print, in order
 */
TandemBatchDialog *
tandem_batch_dialog_new (GtkWidget   *anchor,
                         TandemStore *store,
                         GArray      *person_ids)
{
  TandemBatchDialog *self;
  GtkRoot *root;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (anchor), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (person_ids != NULL, NULL);

  root = gtk_widget_get_root (anchor);
  self = g_object_new (TANDEM_TYPE_BATCH_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->anchor = anchor;
  g_object_add_weak_pointer (G_OBJECT (anchor), (gpointer *) &self->anchor);
  self->store = g_object_ref (store);
  self->person_ids = g_array_ref (person_ids);

  summary = tandem_print_dup_batch_summary (person_ids->len);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
  set_choice_factory (self->language_row);
  set_choice_factory (self->output_row);
  fill_languages (self);
  g_signal_connect_object (self->output_row, "notify::selected",
                           G_CALLBACK (output_selected_cb), self, G_CONNECT_SWAPPED);
  output_selected_cb (self);
  update_buttons (self);

  return self;
}

/* Chooses how the plans are saved, as the user would. */
void
tandem_batch_dialog_set_output (TandemBatchDialog     *self,
                                TandemPlanBatchOutput  output)
{
  g_return_if_fail (TANDEM_IS_BATCH_DIALOG (self));

  self->output = output;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->output_row), output);
}

/**
 * tandem_batch_dialog_start:
 * @destination: the folder, or the combined PDF, the user chose
 *
 * Prints the plans with the options chosen, on as many threads as the computer has
 * processors, showing how far it has got. The dialog's Print button calls this once a place
 * is chosen; tests call it directly.
 */
void
tandem_batch_dialog_start (TandemBatchDialog *self,
                           GFile             *destination)
{
  const TandemDocumentLanguage *language;
  TandemPlanDocumentOptions options = { NULL };

  g_return_if_fail (TANDEM_IS_BATCH_DIALOG (self));
  g_return_if_fail (G_IS_FILE (destination));

  if (self->running || self->finished)
    return;

  language = chosen_language (self);
  options.language = language ? language->tag : NULL;
  options.large_print = gtk_switch_get_active (GTK_SWITCH (self->large_print_switch));
  options.bilingual = gtk_switch_get_active (GTK_SWITCH (self->bilingual_switch));
  self->output = adw_combo_row_get_selected (ADW_COMBO_ROW (self->output_row)) ==
                 TANDEM_PLAN_BATCH_COMBINED
                 ? TANDEM_PLAN_BATCH_COMBINED : TANDEM_PLAN_BATCH_FILE_PER_PLAN;

  self->batch = tandem_plan_batch_new (self->store, &options);
  for (guint i = 0; i < self->person_ids->len; i++)
    tandem_plan_batch_add_person (self->batch, g_array_index (self->person_ids, gint64, i));

  g_set_object (&self->destination, destination);
  self->cancellable = g_cancellable_new ();
  self->running = TRUE;
  g_signal_connect_swapped (self->batch, "notify::n-done", G_CALLBACK (n_done_cb), self);
  n_done_cb (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "progress");
  update_buttons (self);

  tandem_plan_batch_write_async (self->batch, destination, self->output,
                                 g_get_num_processors (), self->cancellable, write_done_cb,
                                 g_object_ref (self));
}

gboolean
tandem_batch_dialog_get_running (TandemBatchDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_BATCH_DIALOG (self), FALSE);

  return self->running;
}

/* "12 of 48", as the progress bar says. */
const char *
tandem_batch_dialog_get_progress_text (TandemBatchDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_BATCH_DIALOG (self), NULL);

  return self->progress_text;
}

void
tandem_batch_dialog_cancel (TandemBatchDialog *self)
{
  g_return_if_fail (TANDEM_IS_BATCH_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "batch.cancel", NULL);
}
