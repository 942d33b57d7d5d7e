/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-compare-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-gui-util.h"
#include "tandem-plan-compare-dialog.h"
#include "tandem-plan-diff.h"

/* What changed between two versions of a plan, part by part in the order of the plan: what
 * was added, what was removed, and what changed with its words before and after. It starts
 * with the version the page shows and the one before it. */
struct _TandemPlanCompareDialog
{
  AdwWindow    parent_instance;

  TandemStore *store;
  GPtrArray   *versions;     /* TandemPlanVersion, the latest first, as the combo rows list them */
  GHashTable  *plans;        /* version id -> TandemPlan, loaded when first compared */
  guint        n_changes;

  GtkWidget   *older_row;
  GtkWidget   *newer_row;
  GtkWidget   *results_stack;
  GtkWidget   *changes_box;
  GtkWidget   *error_page;
};

G_DEFINE_FINAL_TYPE (TandemPlanCompareDialog, tandem_plan_compare_dialog, ADW_TYPE_WINDOW)

static const char *
part_title (TandemPlanPart part)
{
  switch (part)
    {
    case TANDEM_PLAN_PART_ABOUT_ME:
      return _("About Me");
    case TANDEM_PLAN_PART_STRENGTHS:
      return _("Strengths");
    case TANDEM_PLAN_PART_NEED:
      return _("Needs and Concerns");
    case TANDEM_PLAN_PART_GOAL:
      return _("Goals");
    case TANDEM_PLAN_PART_ACTION:
      return _("Actions");
    case TANDEM_PLAN_PART_SUPPORT:
      return _("Support");
    case TANDEM_PLAN_PART_CONTINGENCY:
    default:
      return _("If Things Get Worse");
    }
}

static GtkWidget *
make_text (const char *caption,
           const char *text,
           const char *style)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *value = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (value, style);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), value);
  return box;
}

static GtkWidget *
make_change_row (const TandemPlanChange *change)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *badge = gtk_label_new (NULL);
  GtkWidget *heading = gtk_label_new (change->heading);
  g_autofree char *title = NULL;

  switch (change->kind)
    {
    case TANDEM_PLAN_CHANGE_ADDED:
      gtk_label_set_text (GTK_LABEL (badge), _("Added"));
      gtk_widget_add_css_class (badge, "success");
      break;
    case TANDEM_PLAN_CHANGE_REMOVED:
      gtk_label_set_text (GTK_LABEL (badge), _("Removed"));
      gtk_widget_add_css_class (badge, "error");
      break;
    case TANDEM_PLAN_CHANGE_CHANGED:
    default:
      gtk_label_set_text (GTK_LABEL (badge), _("Changed"));
      gtk_widget_add_css_class (badge, "accent");
      break;
    }

  gtk_widget_add_css_class (badge, "tandem-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (top), heading);
  gtk_box_append (GTK_BOX (box), top);

  if (change->before != NULL)
    gtk_box_append (GTK_BOX (box), make_text (_("Before"), change->before,
                                              change->after ? "tandem-change-before"
                                                            : "tandem-change-removed"));
  if (change->after != NULL)
    gtk_box_append (GTK_BOX (box), make_text (change->before ? _("After") : _("Now"),
                                              change->after, NULL));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  /* Translators: what happened to a part of the plan, and which part, for screen readers */
  title = g_strdup_printf (_("%s: %s"), gtk_label_get_text (GTK_LABEL (badge)), change->heading);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static TandemPlan *
load (TandemPlanCompareDialog  *self,
      guint                     index,
      GError                  **error)
{
  TandemPlanVersion *version = g_ptr_array_index (self->versions, index);
  gint64 id = tandem_record_get_id (version);
  TandemPlan *plan = g_hash_table_lookup (self->plans, &id);

  if (plan != NULL)
    return plan;

  plan = tandem_store_load_plan (self->store, id, error);
  if (plan != NULL)
    g_hash_table_insert (self->plans, g_memdup2 (&id, sizeof id), plan);

  return plan;
}

static void
clear_changes (TandemPlanCompareDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->changes_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->changes_box), child);
}

static void
compare (TandemPlanCompareDialog *self)
{
  guint older = adw_combo_row_get_selected (ADW_COMBO_ROW (self->older_row));
  guint newer = adw_combo_row_get_selected (ADW_COMBO_ROW (self->newer_row));
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  TandemPlan *from, *to;
  GtkWidget *group = NULL;
  int part = -1;

  clear_changes (self);
  self->n_changes = 0;
  if (older >= self->versions->len || newer >= self->versions->len)
    return;

  from = load (self, older, &error);
  to = from ? load (self, newer, &error) : NULL;
  if (to == NULL)
    {
      tandem_status_page_set_text (ADW_STATUS_PAGE (self->error_page), error->message);
      gtk_stack_set_visible_child_name (GTK_STACK (self->results_stack), "error");
      return;
    }

  changes = tandem_plan_compare (from, to);
  for (guint i = 0; i < changes->len; i++)
    {
      TandemPlanChange *change = g_ptr_array_index (changes, i);

      if (group == NULL || (int) change->part != part)
        {
          part = change->part;
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), part_title (part));
          gtk_box_append (GTK_BOX (self->changes_box), group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), make_change_row (change));
    }

  self->n_changes = changes->len;
  gtk_stack_set_visible_child_name (GTK_STACK (self->results_stack),
                                    changes->len > 0 ? "changes" : "none");
}

static void
versions_changed_cb (TandemPlanCompareDialog *self)
{
  if (self->versions != NULL)
    compare (self);
}

static void
tandem_plan_compare_dialog_dispose (GObject *object)
{
  TandemPlanCompareDialog *self = (TandemPlanCompareDialog *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->plans, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_plan_compare_dialog_parent_class)->dispose (object);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
tandem_plan_compare_dialog_class_init (TandemPlanCompareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plan_compare_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-plan-compare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPlanCompareDialog, older_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanCompareDialog, newer_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanCompareDialog, results_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanCompareDialog, changes_box);
  gtk_widget_class_bind_template_child (widget_class, TandemPlanCompareDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, versions_changed_cb);

  gtk_widget_class_install_action (widget_class, "compare.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "compare.close", NULL);
}

static void
tandem_plan_compare_dialog_init (TandemPlanCompareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static guint
index_of (TandemPlanCompareDialog *self,
          gint64                   version_id)
{
  for (guint i = 0; i < self->versions->len; i++)
    if (tandem_record_get_id (g_ptr_array_index (self->versions, i)) == version_id)
      return i;

  return 0;
}

/**
 * tandem_plan_compare_dialog_new:
 * @versions: (element-type TandemPlanVersion): the plan's versions, the latest first
 * @shown_id: the version the page shows
 *
 * Returns: (transfer none): the dialog, to present
 */
TandemPlanCompareDialog *
tandem_plan_compare_dialog_new (GtkWindow   *parent,
                                TandemStore *store,
                                GPtrArray   *versions,
                                gint64       shown_id)
{
  TandemPlanCompareDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) same = NULL;
  guint shown;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (versions != NULL && versions->len > 0, NULL);

  self = g_object_new (TANDEM_TYPE_PLAN_COMPARE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  for (guint i = 0; i < versions->len; i++)
    {
      g_autofree char *label = tandem_plan_version_dup_label (g_ptr_array_index (versions, i));

      gtk_string_list_append (labels, label);
    }
  same = gtk_string_list_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (labels)); i++)
    gtk_string_list_append (same, gtk_string_list_get_string (labels, i));

  adw_combo_row_set_model (ADW_COMBO_ROW (self->older_row), G_LIST_MODEL (labels));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->newer_row), G_LIST_MODEL (same));

  /* Set last, so that choosing the defaults compares once. */
  self->versions = g_ptr_array_ref (versions);
  shown = index_of (self, shown_id);
  if (shown + 1 < versions->len)
    tandem_plan_compare_dialog_set_versions (self,
                                             tandem_record_get_id (g_ptr_array_index (versions, shown + 1)),
                                             shown_id);
  else
    tandem_plan_compare_dialog_set_versions (self, shown_id,
                                             tandem_record_get_id (g_ptr_array_index (versions,
                                                                                      shown > 0 ? shown - 1 : 0)));

  return self;
}

/**
 * tandem_plan_compare_dialog_set_versions:
 *
 * Compares @older_id with @newer_id, as choosing them in the dialog does.
 */
void
tandem_plan_compare_dialog_set_versions (TandemPlanCompareDialog *self,
                                         gint64                   older_id,
                                         gint64                   newer_id)
{
  g_return_if_fail (TANDEM_IS_PLAN_COMPARE_DIALOG (self));

  g_signal_handlers_block_by_func (self->older_row, versions_changed_cb, self);
  g_signal_handlers_block_by_func (self->newer_row, versions_changed_cb, self);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->older_row), index_of (self, older_id));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->newer_row), index_of (self, newer_id));
  g_signal_handlers_unblock_by_func (self->older_row, versions_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->newer_row, versions_changed_cb, self);
  compare (self);
}

guint
tandem_plan_compare_dialog_get_n_changes (TandemPlanCompareDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_COMPARE_DIALOG (self), 0);

  return self->n_changes;
}
