/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enum-strings.h"
#include "tandem-example-data.h"
#include "tandem-passphrase-group.h"
#include "tandem-welcome-page.h"

/* The first run: name the PCN and its practices, and say who you are with a passphrase: the
 * person setting up becomes the administrator and is signed in. Or try Tandem out with a
 * fictional caseload, set up for the PCN typed here or, when nothing is typed, for an
 * example PCN too, whose staff sign in with the example passphrase. */
struct _TandemWelcomePage
{
  AdwBin         parent_instance;

  TandemSession *session;
  GPtrArray     *practice_rows;

  GtkWidget     *pcn_row;
  GtkWidget     *practices_group;
  GtkWidget     *name_row;
  GtkWidget     *role_row;
  GtkWidget     *passphrase_group;
  GtkWidget     *error_label;
  GtkWidget     *button_stack;
  GtkWidget     *progress_bar;
};

G_DEFINE_FINAL_TYPE (TandemWelcomePage, tandem_welcome_page, ADW_TYPE_BIN)

enum {
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_blank (GtkWidget *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] == '\0';
}

static void
entry_changed_cb (TandemWelcomePage *self,
                  GtkWidget         *row)
{
  gtk_widget_remove_css_class (row, "error");
}

static void
remove_practice_clicked_cb (GtkWidget *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_ENTRY_ROW);
  TandemWelcomePage *self = TANDEM_WELCOME_PAGE (gtk_widget_get_ancestor (button,
                                                                          TANDEM_TYPE_WELCOME_PAGE));

  g_ptr_array_remove (self->practice_rows, row);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->practices_group), row);
}

static GtkWidget *
add_practice_row (TandemWelcomePage *self)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *title = g_strdup_printf (_("Practice %u"), self->practice_rows->len + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->practice_rows->len > 0)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove This Practice"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove This Practice"), -1);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_practice_clicked_cb), NULL);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
    }

  g_ptr_array_add (self->practice_rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->practices_group), row);
  return row;
}

static void
add_practice_clicked_cb (TandemWelcomePage *self)
{
  gtk_widget_grab_focus (add_practice_row (self));
}

static gboolean
form_is_empty (TandemWelcomePage *self)
{
  gboolean empty = is_blank (self->pcn_row) && is_blank (self->name_row);

  for (guint i = 0; empty && i < self->practice_rows->len; i++)
    empty = is_blank (g_ptr_array_index (self->practice_rows, i));

  return empty;
}

/* Marks what is missing and says so; the user's typing stays as it is. */
static gboolean
check_form (TandemWelcomePage *self)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  GtkWidget *first = NULL;
  gboolean any_practice = FALSE;

  if (is_blank (self->pcn_row))
    {
      g_ptr_array_add (missing, (char *) _("the PCN’s name"));
      gtk_widget_add_css_class (first = self->pcn_row, "error");
    }

  for (guint i = 0; i < self->practice_rows->len; i++)
    any_practice |= !is_blank (g_ptr_array_index (self->practice_rows, i));

  if (!any_practice)
    {
      GtkWidget *row = g_ptr_array_index (self->practice_rows, 0);

      g_ptr_array_add (missing, (char *) _("at least one practice"));
      gtk_widget_add_css_class (row, "error");
      if (first == NULL)
        first = row;
    }

  if (is_blank (self->name_row))
    {
      g_ptr_array_add (missing, (char *) _("your name"));
      gtk_widget_add_css_class (self->name_row, "error");
      if (first == NULL)
        first = self->name_row;
    }

  if (missing->len > 0)
    {
      g_autofree char *list = NULL;
      g_autofree char *message = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (_(", "), (char **) missing->pdata);
      message = g_strdup_printf (_("Enter %s."), list);
      gtk_label_set_text (GTK_LABEL (self->error_label), message);
      gtk_widget_set_visible (self->error_label, TRUE);
      gtk_widget_grab_focus (first);
      return FALSE;
    }

  gtk_widget_set_visible (self->error_label, FALSE);
  return TRUE;
}

static void
show_error (TandemWelcomePage *self,
            const char        *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->button_stack), "buttons");
}

/* The passphrase is checked before anything is saved, so that once the team is saved only
 * the computer (memory, disk) can stop its owner from signing in. */
static char *
dup_passphrase (TandemWelcomePage *self)
{
  g_autoptr(GError) error = NULL;
  char *passphrase;

  passphrase = tandem_passphrase_group_dup_passphrase (TANDEM_PASSPHRASE_GROUP (self->passphrase_group),
                                                       &error);
  if (passphrase == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
    }

  return passphrase;
}

static gboolean
save_team (TandemWelcomePage  *self,
           TandemStaff        *me,
           GError            **error)
{
  TandemStore *store = tandem_session_get_store (self->session);

  if (!tandem_store_begin (store, error))
    return FALSE;

  if (!tandem_store_set_pcn_name (store, gtk_editable_get_text (GTK_EDITABLE (self->pcn_row)), error))
    goto failed;

  for (guint i = 0; i < self->practice_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->practice_rows, i);
      g_autoptr(TandemPractice) practice = NULL;
      g_autofree char *name = NULL;

      if (is_blank (row))
        continue;

      name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
      practice = tandem_practice_new ();
      tandem_practice_set_name (practice, name);
      if (!tandem_store_save_practice (store, practice, error))
        goto failed;
    }

  if (!tandem_store_save_staff (store, me, error))
    goto failed;

  return tandem_store_commit (store, error);

failed:
  tandem_store_rollback (store);
  tandem_record_set_id (me, 0);
  return FALSE;
}

/* Sets up the PCN typed in; says what is wrong and returns FALSE otherwise. */
static gboolean
set_up_from_form (TandemWelcomePage *self)
{
  g_autoptr(TandemStaff) me = tandem_staff_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *passphrase = NULL;
  TandemStore *store = tandem_session_get_store (self->session);
  gint64 me_id;

  if (!check_form (self) || (passphrase = dup_passphrase (self)) == NULL)
    return FALSE;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  tandem_staff_set_name (me, name);
  tandem_staff_set_role (me, adw_combo_row_get_selected (ADW_COMBO_ROW (self->role_row)));

  if (!save_team (self, me, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  /* The first passphrase makes its owner the administrator. Should this fail, the PCN is
   * saved all the same and the sign-in page offers to set sign-in up again. */
  me_id = tandem_record_get_id (me);
  if (!tandem_store_set_staff_passphrase (store, me_id, passphrase, &error) ||
      !tandem_session_sign_in (self->session, me_id, passphrase, &error))
    g_warning ("Could not set up signing in: %s", error->message);

  tandem_passphrase_group_clear (TANDEM_PASSPHRASE_GROUP (self->passphrase_group));
  return TRUE;
}

static void
start_clicked_cb (TandemWelcomePage *self)
{
  if (set_up_from_form (self))
    g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

/* With the example PCN, the user is signed in as its first link worker, so "My caseload"
 * has people; all its staff have the example passphrase. */
static void
sign_in_example_staff (TandemWelcomePage *self)
{
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (self->session));

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      g_autoptr(GError) error = NULL;

      if (tandem_staff_get_role (member) != TANDEM_ROLE_LINK_WORKER)
        continue;

      if (!tandem_session_sign_in (self->session, tandem_record_get_id (member),
                                   TANDEM_EXAMPLE_PASSPHRASE, &error))
        g_warning ("Could not sign in to the example team: %s", error->message);
      return;
    }
}

static void
example_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(TandemWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tandem_session_load_example_finish (TANDEM_SESSION (object), result, &error))
    {
      show_error (self, error->message);
      return;
    }

  if (tandem_session_get_locked (self->session))
    sign_in_example_staff (self);

  gtk_stack_set_visible_child_name (GTK_STACK (self->button_stack), "buttons");
  g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

static void
example_clicked_cb (TandemWelcomePage *self)
{
  if (!form_is_empty (self) && !set_up_from_form (self))
    return;

  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_stack_set_visible_child_name (GTK_STACK (self->button_stack), "progress");
  tandem_session_load_example_async (self->session, TANDEM_EXAMPLE_CASELOAD_SIZE, NULL,
                                     example_loaded_cb, g_object_ref (self));
}

static void
tandem_welcome_page_dispose (GObject *object)
{
  TandemWelcomePage *self = (TandemWelcomePage *) object;

  /* The parent class disposes the widgets from the template, in an order that keeps
   * libadwaita's view switchers and stacks consistent; gtk_widget_dispose_template() would
   * dispose a stack before the switcher watching it. */
  g_clear_object (&self->session);
  g_clear_pointer (&self->practice_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_welcome_page_parent_class)->dispose (object);
}

static void
tandem_welcome_page_class_init (TandemWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_welcome_page_dispose;

  g_type_ensure (TANDEM_TYPE_PASSPHRASE_GROUP);

  /**
   * TandemWelcomePage::done:
   *
   * The PCN is set up and, unless something went wrong, whoever set it up is signed in: the
   * caseload can be shown.
   */
  signals[SIGNAL_DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, pcn_row);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, practices_group);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, role_row);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, passphrase_group);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, button_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomePage, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_practice_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, example_clicked_cb);
}

static void
tandem_welcome_page_init (TandemWelcomePage *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->practice_rows = g_ptr_array_new ();

  for (int role = TANDEM_ROLE_LINK_WORKER; role <= TANDEM_ROLE_SUPERVISOR; role++)
    gtk_string_list_append (roles, tandem_role_get_label (role));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->role_row), G_LIST_MODEL (roles));

  add_practice_row (self);
}

void
tandem_welcome_page_set_session (TandemWelcomePage *self,
                                 TandemSession     *session)
{
  g_return_if_fail (TANDEM_IS_WELCOME_PAGE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_object_bind_property (session, "example-progress", self->progress_bar, "fraction",
                          G_BINDING_SYNC_CREATE);
}
