/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-unlock-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-passphrase.h"
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
  AdwPasswordEntryRow  *passphrase_row;
  AdwPasswordEntryRow  *confirm_row;
  GtkLabel             *hint_label;
  GtkLabel             *problem_label;
  GtkButton            *keyring_button;
  GtkButton            *open_button;

  TandemUnlockMode      mode;
  guint                 pulse_source;
};

G_DEFINE_FINAL_TYPE (TandemUnlockWindow, tandem_unlock_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  SIGNAL_PASSPHRASE,
  SIGNAL_RETRY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
strength_label (TandemPassphraseStrength strength)
{
  switch (strength)
    {
    case TANDEM_PASSPHRASE_TOO_SHORT:
      return _("Too short");
    case TANDEM_PASSPHRASE_WEAK:
      return _("Weak");
    case TANDEM_PASSPHRASE_FAIR:
      return _("Fair");
    case TANDEM_PASSPHRASE_GOOD:
      return _("Good");
    case TANDEM_PASSPHRASE_STRONG:
    default:
      return _("Strong");
    }
}

/* Choosing: the strength as it is typed, and whether the two match. Entering: any text. */
static void
update_passphrase_state (TandemUnlockWindow *self)
{
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  const char *confirm = gtk_editable_get_text (GTK_EDITABLE (self->confirm_row));
  g_autofree char *hint = NULL;
  g_autofree char *text = NULL;
  TandemPassphraseStrength strength;

  if (self->mode == TANDEM_UNLOCK_ENTER)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), passphrase[0] != '\0');
      return;
    }

  strength = tandem_passphrase_rate (passphrase, &hint);
  if (passphrase[0] == '\0')
    text = g_strdup (_("Several words that belong together only for you make a strong "
                       "passphrase that is easy to remember."));
  else if (confirm[0] != '\0' && !g_str_equal (passphrase, confirm))
    text = g_strdup (_("The two passphrases are not the same."));
  else if (hint != NULL)
    /* Translators: a passphrase's strength, then what would make it stronger */
    text = g_strdup_printf (_("Strength: %s. %s."), strength_label (strength), hint);
  else
    text = g_strdup_printf (_("Strength: %s."), strength_label (strength));

  gtk_label_set_text (self->hint_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button),
                            strength >= TANDEM_PASSPHRASE_FAIR &&
                            g_str_equal (passphrase, confirm));
}

static void
passphrase_changed_cb (TandemUnlockWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  update_passphrase_state (self);
}

static void
open_clicked_cb (TandemUnlockWindow *self)
{
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->open_button)))
    return;

  g_signal_emit (self, signals[SIGNAL_PASSPHRASE], 0, passphrase);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/tandemcare/Tandem/tandem-unlock-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, keyring_button);
  gtk_widget_class_bind_template_child (widget_class, TandemUnlockWindow, open_button);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, keyring_clicked_cb);
}

static void
tandem_unlock_window_init (TandemUnlockWindow *self)
{
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
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_row), choose);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), choose);
  gtk_widget_set_visible (GTK_WIDGET (self->keyring_button), keyring_may_work);

  gtk_label_set_text (self->problem_label, problem ? problem->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);

  update_passphrase_state (self);
  gtk_stack_set_visible_child_name (self->stack, "passphrase");
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
  gtk_editable_select_region (GTK_EDITABLE (self->passphrase_row), 0, -1);
}

/**
 * tandem_unlock_window_show_error:
 *
 * Says why the database could not be opened, with Try Again and Quit.
 */
void
tandem_unlock_window_show_error (TandemUnlockWindow *self,
                                 const GError       *error)
{
  g_return_if_fail (TANDEM_IS_UNLOCK_WINDOW (self));

  stop_pulsing (self);
  adw_status_page_set_title (self->status_page, _("The Records Could Not Be Opened"));
  adw_status_page_set_description (self->status_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}
