/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-frameworks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-framework-dialog.h"
#include "tandem-frameworks-page.h"

/* Preferences' Competence page: the competency frameworks reviews can rate against, and a
 * way to add one. Frameworks differ between areas; the built-in one cannot be changed. */
struct _TandemFrameworksPage
{
  AdwPreferencesPage  parent_instance;

  TandemSession      *session;
  GtkWidget          *group;
  GPtrArray          *rows;
};

G_DEFINE_FINAL_TYPE (TandemFrameworksPage, tandem_frameworks_page, ADW_TYPE_PREFERENCES_PAGE)

static char *
dup_subtitle (TandemCompetencyFramework *framework)
{
  guint n = tandem_competency_framework_get_n_competencies (framework);
  const char *version = tandem_competency_framework_get_version (framework);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u competency",
                                                         "%u competencies", n),
                                            n);
  g_autofree char *text = NULL;

  if (version != NULL && version[0] != '\0')
    /* Translators: a competency framework's version and how many competencies it has */
    text = g_strdup_printf (_("Version %s · %s"), version, count);
  else
    text = g_strdup (count);

  if (tandem_competency_framework_is_built_in (framework))
    /* Translators: said of the competency framework that comes with Tandem */
    return g_strdup_printf (_("%s · Comes with Tandem"), text);

  return g_steal_pointer (&text);
}

static void
fill (TandemFrameworksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  frameworks = tandem_store_list_competency_frameworks (tandem_session_get_store (self->session),
                                                        &error);
  if (frameworks == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
      g_ptr_array_add (self->rows, row);
      return;
    }

  for (guint i = 0; i < frameworks->len; i++)
    {
      TandemCompetencyFramework *framework = g_ptr_array_index (frameworks, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = dup_subtitle (framework);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     tandem_competency_framework_get_display_name (framework));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
add_framework_cb (TandemFrameworksPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TandemFrameworkDialog *dialog;

  dialog = tandem_framework_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        tandem_session_get_store (self->session));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tandem_frameworks_page_dispose (GObject *object)
{
  TandemFrameworksPage *self = (TandemFrameworksPage *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_frameworks_page_parent_class)->dispose (object);
}

static void
tandem_frameworks_page_class_init (TandemFrameworksPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tandem_frameworks_page_dispose;
}

static void
tandem_frameworks_page_init (TandemFrameworksPage *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Add _Framework…"));

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Competence"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "starred-symbolic");

  self->rows = g_ptr_array_new ();
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   _("Competency Frameworks"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("What competency reviews rate against. Frameworks "
                                           "differ between areas: add the one yours uses."));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_framework_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (self->group));
}

GtkWidget *
tandem_frameworks_page_new (TandemSession *session)
{
  TandemFrameworksPage *self;

  g_return_val_if_fail (TANDEM_IS_SESSION (session), NULL);

  self = g_object_new (TANDEM_TYPE_FRAMEWORKS_PAGE, NULL);
  self->session = g_object_ref (session);
  g_signal_connect_object (tandem_session_get_store (session), "supervision-changed",
                           G_CALLBACK (fill), self, G_CONNECT_SWAPPED);
  fill (self);
  return GTK_WIDGET (self);
}
