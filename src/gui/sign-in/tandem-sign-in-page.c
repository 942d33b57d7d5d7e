/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-sign-in-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enum-strings.h"
#include "tandem-passphrase-group.h"
#include "tandem-sign-in-page.h"

/* Who is using Tandem: pick yourself from the staff of this database and type your
 * passphrase. Switching user is the same: whoever is at the desk picks themselves.
 *
 * Until anyone has a passphrase (a new database, or one from before sign-in) the page sets
 * sign-in up instead: whoever does it says who they are, or adds themselves, chooses a
 * passphrase and becomes the administrator. */
struct _TandemSignInPage
{
  AdwBin         parent_instance;

  TandemSession *session;
  GPtrArray     *staff_rows;      /* rows of staff_group, set_up_staff_group, waiting_group */
  GtkWidget     *first_check;     /* the radio group of the mode shown */
  GtkWidget     *not_listed_check;

  /* After too many wrong passphrases, who must wait and until when (monotonic). */
  gint64         wait_staff_id;
  gint64         wait_until;
  guint          wait_source;

  GtkWidget     *sign_in_box;
  GtkWidget     *set_up_box;
  GtkWidget     *sign_in_status;
  GtkWidget     *staff_group;
  GtkWidget     *passphrase_row;
  GtkWidget     *error_label;
  GtkWidget     *sign_in_button;
  GtkWidget     *waiting_group;
  GtkWidget     *set_up_staff_group;
  GtkWidget     *new_staff_group;
  GtkWidget     *name_row;
  GtkWidget     *role_row;
  GtkWidget     *new_passphrase;
  GtkWidget     *set_up_error_label;
};

G_DEFINE_FINAL_TYPE (TandemSignInPage, tandem_sign_in_page, ADW_TYPE_BIN)

static gint64
row_staff_id (GtkWidget *row)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "tandem-staff-id"));
}

static GtkWidget *
row_check (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "tandem-check");
}

static void
show_message (GtkWidget  *label,
              const char *message)
{
  gtk_label_set_text (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
}

static gboolean
is_waiting (TandemSignInPage *self)
{
  return self->wait_source != 0 &&
         self->wait_staff_id == tandem_sign_in_page_get_selected (self);
}

/* The button says how long the member of staff picked must still wait, if they must. */
static void
update_sign_in_button (TandemSignInPage *self)
{
  if (is_waiting (self))
    {
      gint64 left = (self->wait_until - g_get_monotonic_time () + G_USEC_PER_SEC - 1) /
                    G_USEC_PER_SEC;
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Try Again in %d Second",
                                                             "Try Again in %d Seconds",
                                                             (gulong) MAX (left, 1)),
                                                (int) MAX (left, 1));

      gtk_button_set_label (GTK_BUTTON (self->sign_in_button), label);
      gtk_widget_set_sensitive (self->sign_in_button, FALSE);
      return;
    }

  gtk_button_set_label (GTK_BUTTON (self->sign_in_button), _("_Sign In"));
  gtk_widget_set_sensitive (self->sign_in_button, tandem_sign_in_page_get_selected (self) != 0);
}

static gboolean
wait_tick_cb (gpointer data)
{
  TandemSignInPage *self = data;

  if (g_get_monotonic_time () < self->wait_until)
    {
      update_sign_in_button (self);
      return G_SOURCE_CONTINUE;
    }

  self->wait_source = 0;
  self->wait_staff_id = 0;
  update_sign_in_button (self);
  show_message (self->error_label, _("You can try again now."));
  return G_SOURCE_REMOVE;
}

static void
start_waiting (TandemSignInPage *self,
               gint64            staff_id,
               int               seconds)
{
  g_clear_handle_id (&self->wait_source, g_source_remove);
  self->wait_staff_id = staff_id;
  self->wait_until = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  self->wait_source = g_timeout_add_seconds (1, wait_tick_cb, self);
  update_sign_in_button (self);
}

static void
passphrase_changed_cb (TandemSignInPage *self)
{
  gtk_widget_remove_css_class (self->passphrase_row, "error");
}

static void
sign_in_cb (TandemSignInPage *self)
{
  gint64 staff_id = tandem_sign_in_page_get_selected (self);
  g_autoptr(GError) error = NULL;

  if (staff_id == 0 || is_waiting (self))
    return;

  if (tandem_session_sign_in (self->session, staff_id,
                              gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)), &error))
    {
      tandem_sign_in_page_reset (self);
      return;
    }

  show_message (self->error_label, error->message);

  if (g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_TRY_LATER))
    start_waiting (self, staff_id,
                   MAX (1, tandem_store_get_sign_in_wait (tandem_session_get_store (self->session),
                                                          staff_id)));

  /* Most often a slip of the finger: the passphrase is selected, ready to be typed over. */
  gtk_widget_add_css_class (self->passphrase_row, "error");
  gtk_widget_grab_focus (self->passphrase_row);
  gtk_editable_select_region (GTK_EDITABLE (self->passphrase_row), 0, -1);
}

static void
check_toggled_cb (GtkCheckButton   *check,
                  TandemSignInPage *self)
{
  if (!gtk_check_button_get_active (check))
    return;

  gtk_widget_set_sensitive (self->name_row, self->not_listed_check != NULL &&
                            gtk_check_button_get_active (GTK_CHECK_BUTTON (self->not_listed_check)));
  gtk_widget_set_sensitive (self->role_row, gtk_widget_get_sensitive (self->name_row));
  show_message (self->error_label, NULL);
  update_sign_in_button (self);
}

static GtkWidget *
add_row (TandemSignInPage *self,
         GtkWidget        *group,
         TandemStaff      *member,
         const char       *title,
         gboolean          choosable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (member != NULL)
    {
      const char *role = tandem_role_get_label (tandem_staff_get_role (member));

      subtitle = tandem_staff_get_administrator (member)
                 ? g_strdup_printf (_("%s · administrator"), role)
                 : g_strdup (role);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data (G_OBJECT (row), "tandem-staff-id",
                         GSIZE_TO_POINTER (tandem_record_get_id (TANDEM_RECORD (member))));
    }

  if (choosable)
    {
      GtkWidget *check = gtk_check_button_new ();

      if (self->first_check == NULL)
        self->first_check = check;
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (self->first_check));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "tandem-check", check);
    }

  g_ptr_array_add (self->staff_rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static gboolean
anyone_can_sign_in (GListModel *staff)
{
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (!tandem_staff_get_retired (member) && tandem_staff_get_has_passphrase (member))
        return TRUE;
    }

  return FALSE;
}

/* Rebuilds the lists from the team, keeping who was picked and what was typed. */
static void
refresh (TandemSignInPage *self)
{
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (self->session));
  gboolean set_up = !anyone_can_sign_in (staff);
  gint64 picked = tandem_sign_in_page_get_selected (self);
  gboolean any_waiting = FALSE;
  gboolean any_listed = FALSE;

  for (guint i = 0; i < self->staff_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->staff_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->staff_rows, 0);
  self->first_check = NULL;
  self->not_listed_check = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      const char *name = tandem_staff_get_name (member);

      if (tandem_staff_get_retired (member))
        continue;

      if (set_up)
        add_row (self, self->set_up_staff_group, member, name, TRUE);
      else if (tandem_staff_get_has_passphrase (member))
        add_row (self, self->staff_group, member, name, TRUE);
      else
        {
          add_row (self, self->waiting_group, member, name, FALSE);
          any_waiting = TRUE;
        }
      any_listed = TRUE;
    }

  if (set_up && any_listed)
    {
      GtkWidget *row = add_row (self, self->set_up_staff_group, NULL, _("I am not listed"), TRUE);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Add yourself to the team"));
      self->not_listed_check = row_check (row);
    }

  gtk_widget_set_visible (self->waiting_group, any_waiting);
  gtk_widget_set_visible (self->set_up_staff_group, set_up && any_listed);
  /* Two boxes, not a stack: a stack of pages of unequal height measures its width as if
   * every wrapping label were on one line. */
  gtk_widget_set_visible (self->sign_in_box, !set_up);
  gtk_widget_set_visible (self->set_up_box, set_up);

  if (picked == 0 || !tandem_sign_in_page_select_staff (self, picked))
    {
      if (!tandem_sign_in_page_select_staff (self, tandem_session_get_last_staff_id (self->session)) &&
          self->first_check != NULL && !set_up)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (self->first_check), TRUE);
      else if (set_up && self->not_listed_check != NULL && picked == 0)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (self->not_listed_check), TRUE);
    }

  gtk_widget_set_sensitive (self->name_row, !any_listed ||
                            (self->not_listed_check != NULL &&
                             gtk_check_button_get_active (GTK_CHECK_BUTTON (self->not_listed_check))));
  gtk_widget_set_sensitive (self->role_row, gtk_widget_get_sensitive (self->name_row));
  update_sign_in_button (self);
}

static void
name_changed_cb (TandemSignInPage *self)
{
  gtk_widget_remove_css_class (self->name_row, "error");
}

/* The member of staff setting up: one picked, or one added from the name and role typed. */
static gint64
set_up_staff (TandemSignInPage  *self,
              GError           **error)
{
  gint64 picked = tandem_sign_in_page_get_selected (self);
  g_autoptr(TandemStaff) me = NULL;
  g_autofree char *name = NULL;

  if (picked != 0)
    return picked;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (name[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Enter your name, or pick yourself from the team."));
      gtk_widget_add_css_class (self->name_row, "error");
      gtk_widget_grab_focus (self->name_row);
      return 0;
    }

  me = tandem_staff_new ();
  tandem_staff_set_name (me, name);
  tandem_staff_set_role (me, TANDEM_ROLE_LINK_WORKER +
                             adw_combo_row_get_selected (ADW_COMBO_ROW (self->role_row)));
  if (!tandem_store_save_staff (tandem_session_get_store (self->session), me, error))
    return 0;

  return tandem_record_get_id (TANDEM_RECORD (me));
}

static void
set_up_cb (TandemSignInPage *self)
{
  TandemPassphraseGroup *group = TANDEM_PASSPHRASE_GROUP (self->new_passphrase);
  g_autofree char *passphrase = NULL;
  g_autoptr(GError) error = NULL;
  gint64 staff_id;

  /* Checked first, so a slip in the passphrase adds nobody. */
  if ((passphrase = tandem_passphrase_group_dup_passphrase (group, &error)) == NULL ||
      (staff_id = set_up_staff (self, &error)) == 0 ||
      !tandem_store_set_staff_passphrase (tandem_session_get_store (self->session), staff_id,
                                          passphrase, &error) ||
      !tandem_session_sign_in (self->session, staff_id, passphrase, &error))
    {
      show_message (self->set_up_error_label, error->message);
      return;
    }

  show_message (self->set_up_error_label, NULL);
  tandem_passphrase_group_clear (group);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
}

static void
tandem_sign_in_page_dispose (GObject *object)
{
  TandemSignInPage *self = (TandemSignInPage *) object;

  g_clear_handle_id (&self->wait_source, g_source_remove);
  g_clear_object (&self->session);
  g_clear_pointer (&self->staff_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_sign_in_page_parent_class)->dispose (object);
}

static void
tandem_sign_in_page_class_init (TandemSignInPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_sign_in_page_dispose;

  g_type_ensure (TANDEM_TYPE_PASSPHRASE_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-sign-in-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, sign_in_box);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, set_up_box);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, sign_in_status);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, staff_group);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, waiting_group);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, set_up_staff_group);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, new_staff_group);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, role_row);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, new_passphrase);
  gtk_widget_class_bind_template_child (widget_class, TandemSignInPage, set_up_error_label);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, set_up_cb);
}

static void
tandem_sign_in_page_init (TandemSignInPage *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->staff_rows = g_ptr_array_new ();

  for (int role = TANDEM_ROLE_LINK_WORKER; role <= TANDEM_ROLE_SUPERVISOR; role++)
    gtk_string_list_append (roles, tandem_role_get_label (role));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->role_row), G_LIST_MODEL (roles));
}

GtkWidget *
tandem_sign_in_page_new (TandemSession *session)
{
  TandemSignInPage *self = g_object_new (TANDEM_TYPE_SIGN_IN_PAGE, NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (tandem_session_get_team (session), "changed", G_CALLBACK (refresh),
                           self, G_CONNECT_SWAPPED);
  refresh (self);

  return GTK_WIDGET (self);
}

/**
 * tandem_sign_in_page_get_mode:
 *
 * Returns: "sign-in", or "set-up" while nobody can sign in yet
 */
const char *
tandem_sign_in_page_get_mode (TandemSignInPage *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGN_IN_PAGE (self), NULL);

  return gtk_widget_get_visible (self->set_up_box) ? "set-up" : "sign-in";
}

/**
 * tandem_sign_in_page_get_selected:
 *
 * Returns: the member of staff picked, or 0 for none (or, setting up, someone to add)
 */
gint64
tandem_sign_in_page_get_selected (TandemSignInPage *self)
{
  g_return_val_if_fail (TANDEM_IS_SIGN_IN_PAGE (self), 0);

  for (guint i = 0; i < self->staff_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->staff_rows, i);
      GtkWidget *check = row_check (row);

      if (check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        return row_staff_id (row);
    }

  return 0;
}

/**
 * tandem_sign_in_page_select_staff:
 *
 * Returns: whether @staff_id is listed to be picked, and now is
 */
gboolean
tandem_sign_in_page_select_staff (TandemSignInPage *self,
                                  gint64            staff_id)
{
  g_return_val_if_fail (TANDEM_IS_SIGN_IN_PAGE (self), FALSE);

  for (guint i = 0; staff_id != 0 && i < self->staff_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->staff_rows, i);

      if (row_check (row) != NULL && row_staff_id (row) == staff_id)
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (row_check (row)), TRUE);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * tandem_sign_in_page_reset:
 *
 * Makes the page ready for the next person at the desk: nothing typed, no message, the
 * member of staff who signed in last picked and the passphrase row focused.
 */
void
tandem_sign_in_page_reset (TandemSignInPage *self)
{
  g_return_if_fail (TANDEM_IS_SIGN_IN_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  gtk_widget_remove_css_class (self->passphrase_row, "error");
  show_message (self->error_label, NULL);
  show_message (self->set_up_error_label, NULL);
  tandem_passphrase_group_clear (TANDEM_PASSPHRASE_GROUP (self->new_passphrase));
  refresh (self);
  tandem_sign_in_page_select_staff (self, tandem_session_get_last_staff_id (self->session));

  if (g_str_equal (tandem_sign_in_page_get_mode (self), "sign-in"))
    gtk_widget_grab_focus (self->passphrase_row);
}
