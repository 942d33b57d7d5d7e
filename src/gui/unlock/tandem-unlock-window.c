/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-unlock-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-gui-util.h"
#include "tandem-passphrase-group.h"
#include "tandem-store.h"
#include "tandem-unlock-window.h"

/* What Tandem shows before its database is open, when opening needs the user: progress
 * while a database from before encryption is encrypted, a passphrase where the keyring
 * cannot help, or what went wrong. It only asks and reports; the application opens. */
struct _TandemUnlockWindow
{
  AdwApplicationWindow  parent_instance;

  AdwStatusPage        *status_page;
  GtkStack             *stack;
  GtkProgressBar       *progress_bar;
  GtkWidget            *enter_list;
  AdwPasswordEntryRow  *passphrase_row;
  TandemPassphraseGroup *choose_group;
  GtkLabel             *problem_label;
  GtkButton            *keyring_button;
  GtkButton            *open_button;
  GtkWidget            *restore_button;        /* on the error page */
  GtkWidget            *restore_enter_button;  /* beside the passphrase of a database */

  TandemUnlockMode      mode;
  guint                 pulse_source;
};

G_DEFINE_FINAL_TYPE (TandemUnlockWindow, tandem_unlock_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  SIGNAL_PASSPHRASE,
  SIGNAL_RETRY,
  SIGNAL_RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Entering, any text will do; choosing, the group says when it is ready. */
static void
update_open_button (TandemUnlockWindow *self)
{
  gboolean ready = self->mode == TANDEM_UNLOCK_CHOOSE
                   ? tandem_passphrase_group_get_ready (self->choose_group)
                   : gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row))[0] != '\0';

  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), ready);
}

static void
passphrase_changed_cb (TandemUnlockWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  update_open_button (self);
}

static void
open_clicked_cb (TandemUnlockWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->open_button)))
    return;

  if (self->mode == TANDEM_UNLOCK_ENTER)
    {
      g_signal_emit (self, signals[SIGNAL_PASSPHRASE], 0,
                     gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)));
      return;
    }

  chosen = tandem_passphrase_group_dup_passphrase (self->choose_group, &error);
  if (chosen == NULL)
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_PASSPHRASE], 0, chosen);
}

static void
passphrase_activated_cb (TandemUnlockWindow *self)
{
  open_clicked_cb (self);
}

static void
keyring_clicked_cb (TandemUnlockWindow *self)
{
  g_signal_emit (self, signals[SIGNAL_RETRY], 0);
}

static void
restore_clicked_cb (TandemUnlockWindow *self)
{
  g_signal_emit (self, signals[SIGNAL_RESTORE], 0);
}

/* A file Tandem cannot read as its database is put right from a backup. */
static gboolean
is_damaged (const GError *error)
{
  return g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_A_DATABASE) ||
         g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CORRUPT);
}

/* The store's message says what went wrong; this adds what to do about it. */
static char *
dup_open_error_description (const GError *error)
{
  const char *advice;

  if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_BUSY))
    advice = _("Close any other copy of Tandem using this database, then open Tandem again.");
  else if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TOO_NEW))
    advice = _("Install the latest version of Tandem.");
  else if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_READ_ONLY))
    advice = _("Ask whoever looks after this computer to let you change the database file and "
               "its folder.");
  else if (is_damaged (error))
    advice = _("Restore the records from a backup, or ask your IT support for help. Tandem "
               "has not changed the file, and keeps it beside the restored one.");
  else
    advice = _("Check that the disk is connected and has free space, then open Tandem again.");

  return g_strdup_printf ("%s\n\n%s", error->message, advice);
}

static void
stop_pulsing (TandemUnlockWindow *self)
{
  g_clear_handle_id (&self->pulse_source, g_source_remove);
}

static gboolean
pulse_cb (gpointer data)
{
  TandemUnlockWindow *self = data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
tandem_unlock_window_dispose (GObject *object)
{
  TandemUnlockWindow *self = (TandemUnlockWindow *) object;

  stop_pulsing (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_UNLOCK_WINDOW);

  G_OBJECT_CLASS (tandem_unlock_window_parent_class)->dispose (object);
}

static void
tandem_unlock_window_class_init (TandemUnlockWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_unlock_window_dispose;

  /* The user gave a passphrase: open (or create) the database with it. */
  signals[SIGNAL_PASSPHRASE] =
    g_signal_new ("passphrase", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The user asked to try the keyring again, or to try again after an error. */
  signals[SIGNAL_RETRY] =
    g_signal_new ("retry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The database is damaged, or will not open with any key to hand, and the user asked to
   * restore it from a backup. */
  signals[SIGNAL_RESTORE] =
    g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tandemcare/Tandem/tandem-unlock-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, enter_list);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, choose_group);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, keyring_button);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, restore_enter_button);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, keyring_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, restore_clicked_cb);
}

static void
tandem_unlock_window_init (TandemUnlockWindow *self)
{
  g_type_ensure (TANDEM_TYPE_PASSPHRASE_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));
}

TandemUnlockWindow *
tandem_unlock_window_new (GtkApplication *application)
{
  return g_object_new (TANDEM_TYPE_UNLOCK_WINDOW, "application", application, NULL);
}

/**
 * tandem_unlock_window_show_progress:
 * @fraction: the share done, or less than 0 when it is not known
 */
void
tandem_unlock_window_show_progress (TandemUnlockWindow *self,
                                    const char         *title,
                                    const char         *description,
                                    double              fraction)
{
  g_return_if_fail (TANDEM_IS_UNLOCK_WINDOW (self));

  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "progress");

  if (fraction < 0)
    {
      gtk_progress_bar_set_show_text (self->progress_bar, FALSE);
      if (self->pulse_source == 0)
        self->pulse_source = g_timeout_add (100, pulse_cb, self);
      return;
    }

  stop_pulsing (self);
  gtk_progress_bar_set_show_text (self->progress_bar, TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0, 1));
}

/**
 * tandem_unlock_window_ask_passphrase:
 * @problem: (nullable): why it is asked: the keyring's or the store's error
 * @keyring_may_work: whether trying the keyring again could help (it was locked)
 *
 * Asks for the database's passphrase, or to choose one. What was typed before stays, and
 * is selected, so a mistyped passphrase is quick to type again.
 */
void
tandem_unlock_window_ask_passphrase (TandemUnlockWindow *self,
                                     TandemUnlockMode    mode,
                                     const GError       *problem,
                                     gboolean            keyring_may_work)
{
  gboolean choose = mode == TANDEM_UNLOCK_CHOOSE;

  g_return_if_fail (TANDEM_IS_UNLOCK_WINDOW (self));

  stop_pulsing (self);
  self->mode = mode;

  adw_status_page_set_title (self->status_page,
                             choose ? _("Choose a Passphrase")
                                    : _("Enter the Database Passphrase"));
  adw_status_page_set_description (self->status_page,
                                   choose
                                   ? _("Tandem keeps its records encrypted. With no keyring "
                                       "to keep the key in, a passphrase protects them: you "
                                       "will type it each time Tandem starts. Keep it safe: "
                                       "without it nobody can open the records.")
                                   : _("The records are encrypted. Type the passphrase chosen "
                                       "for this database."));
  gtk_button_set_label (self->open_button, choose ? _("_Encrypt and Open") : _("_Open"));
  gtk_widget_set_visible (self->enter_list, !choose);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_group), choose);
  gtk_widget_set_visible (GTK_WIDGET (self->keyring_button), keyring_may_work);
  /* A database that will not open may be put right from a backup instead. */
  gtk_widget_set_visible (self->restore_enter_button, !choose);

  gtk_label_set_text (self->problem_label, problem ? problem->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);

  update_open_button (self);
  gtk_stack_set_visible_child_name (self->stack, "passphrase");
  if (choose)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->choose_group));
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
  gtk_editable_select_region (GTK_EDITABLE (self->passphrase_row), 0, -1);
}

/**
 * tandem_unlock_window_show_error:
 *
 * Says why the database could not be opened, with Try Again and Quit, and Restore From
 * Backup when the file is damaged.
 */
void
tandem_unlock_window_show_error (TandemUnlockWindow *self,
                                 const GError       *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (TANDEM_IS_UNLOCK_WINDOW (self));

  stop_pulsing (self);
  description = dup_open_error_description (error);
  adw_status_page_set_title (self->status_page, _("The Records Could Not Be Opened"));
  tandem_status_page_set_text (self->status_page, description);
  gtk_widget_set_visible (self->restore_button, is_damaged (error));
  gtk_stack_set_visible_child_name (self->stack, "error");
}
