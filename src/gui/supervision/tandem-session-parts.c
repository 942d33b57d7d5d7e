/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-session-parts"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-enums.h"
#include "tandem-person.h"
#include "tandem-session-parts.h"

/* The parts of a supervision session a form's table of fields cannot hold: the members
 * supervised with their wellbeing checks, the cases discussed and the actions agreed. What
 * they show is kept as JSON too (read() and write()), so the editor keeps them in its draft
 * like any field; apply() puts them into the session. */

#define SEARCH_LIMIT 8

typedef struct
{
  GtkWidget *row;
  gint64     id;          /* the member of staff, the person, or the action (0 for new) */
  char      *name;
  GtkWidget *entries[3];  /* members: note; cases: reason, note; actions: what, due */
  GtkWidget *combos[3];   /* members: coping, workload, supported; cases: escalation;
                           * actions: owner */
  GtkWidget *done;        /* actions: whether it is done */
  char      *done_on;     /* actions: when, kept while it stays done */
} Item;

struct _TandemSessionParts
{
  GtkBox        parent_instance;

  TandemStore  *store;
  TandemTeam   *team;
  GArray       *staff_ids;      /* the choosable staff, 0 first for nobody */
  GtkStringList *staff_names;
  GPtrArray    *members;        /* Item */
  GPtrArray    *cases;          /* Item */
  GPtrArray    *actions;        /* Item */
  gboolean      writing;        /* changes made by write(), not the user */

  GtkWidget    *message;
  GtkWidget    *members_group;
  GtkWidget    *member_choice;
  GtkWidget    *cases_group;
  GtkWidget    *search_entry;
  GtkWidget    *search_results;
  GtkWidget    *case_button;
  GtkWidget    *actions_group;
};

G_DEFINE_FINAL_TYPE (TandemSessionParts, tandem_session_parts, GTK_TYPE_BOX)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->name);
  g_free (item->done_on);
  g_free (item);
}

static void
changed (TandemSessionParts *self)
{
  if (!self->writing)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static const char *
entry_text (GtkWidget *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static GtkWidget *
add_entry (GtkWidget          *expander,
           const char         *title,
           TandemSessionParts *self)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  g_signal_connect_object (entry, "changed", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
  return entry;
}

static GtkWidget *
add_combo (GtkWidget          *expander,
           const char         *title,
           GListModel         *labels,
           TandemSessionParts *self)
{
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), labels);
  g_signal_connect_object (combo, "notify::selected", G_CALLBACK (changed), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), combo);
  return combo;
}

static void
remove_clicked_cb (GtkButton *button,
                   gpointer   data)
{
  TandemSessionParts *self = g_object_get_data (G_OBJECT (button), "parts");
  GPtrArray *items = data;
  Item *item = g_object_get_data (G_OBJECT (button), "item");
  GtkWidget *group = gtk_widget_get_ancestor (item->row, ADW_TYPE_PREFERENCES_GROUP);

  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), item->row);
  g_ptr_array_remove (items, item);
  changed (self);
}

static Item *
add_item (TandemSessionParts *self,
          GPtrArray          *items,
          GtkWidget          *group,
          const char         *title,
          const char         *remove_label)
{
  Item *item = g_new0 (Item, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  item->row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), FALSE);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "item", item);
  g_object_set_data (G_OBJECT (remove), "parts", self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), items);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (item->row), remove);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), item->row);
  g_ptr_array_add (items, item);
  return item;
}

static void
clear_items (GPtrArray *items,
             GtkWidget *group)
{
  for (guint i = 0; i < items->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group),
                                  ((Item *) g_ptr_array_index (items, i))->row);
  g_ptr_array_set_size (items, 0);
}

static guint
staff_position (TandemSessionParts *self,
                gint64              id)
{
  for (guint i = 0; i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == id)
      return i;

  return 0;
}

static gint64
staff_at (TandemSessionParts *self,
          guint               position)
{
  if (position >= self->staff_ids->len)
    return 0;

  return g_array_index (self->staff_ids, gint64, position);
}

static void
fill_staff (TandemSessionParts *self)
{
  GListModel *staff = tandem_team_get_staff (self->team);
  gint64 nobody = 0;

  g_array_append_val (self->staff_ids, nobody);
  gtk_string_list_append (self->staff_names, _("Nobody"));
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);
      gint64 id = tandem_record_get_id (member);

      if (tandem_staff_get_retired (member))
        continue;

      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (self->staff_names, tandem_staff_get_name (member));
    }
}

/* Members */

static GListModel *
new_answer_labels (void)
{
  /* Translators: a wellbeing question that was not asked in a supervision session */
  const char *labels[] = { N_("Not asked"), N_("1 — Struggling"), N_("2"), N_("3"), N_("4"),
                           N_("5 — Well") };
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_string_list_append (list, _(labels[i]));

  return G_LIST_MODEL (list);
}

static void
add_member_item (TandemSessionParts *self,
                 gint64              staff_id,
                 int                 coping,
                 int                 workload,
                 int                 supported,
                 const char         *note)
{
  TandemStaff *staff = tandem_team_find_staff (self->team, staff_id);
  const char *name = staff != NULL ? tandem_staff_get_name (staff) : _("Unknown member of staff");
  const char *questions[] = { N_("Coping"), N_("Workload manageable"), N_("Feeling supported") };
  int answers[] = { coping, workload, supported };
  Item *item;

  item = add_item (self, self->members, self->members_group, name, _("Remove Member"));
  item->id = staff_id;
  item->name = g_strdup (name);
  if (staff != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->row),
                                   tandem_enum_get_label (TANDEM_TYPE_ROLE,
                                                          tandem_staff_get_role (staff)));

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      g_autoptr(GListModel) labels = new_answer_labels ();

      item->combos[i] = add_combo (item->row, _(questions[i]), labels, self);
      adw_combo_row_set_selected (ADW_COMBO_ROW (item->combos[i]), CLAMP (answers[i], 0, 5));
    }

  item->entries[0] = add_entry (item->row, _("Wellbeing note"), self);
  gtk_editable_set_text (GTK_EDITABLE (item->entries[0]), note != NULL ? note : "");

  /* The check is part of every session: open, not to be missed. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
}

static void
add_member_clicked_cb (TandemSessionParts *self)
{
  gint64 staff_id = staff_at (self, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->member_choice)));

  if (staff_id == 0)
    return;

  for (guint i = 0; i < self->members->len; i++)
    if (((Item *) g_ptr_array_index (self->members, i))->id == staff_id)
      return;

  tandem_session_parts_add_member (self, staff_id);
}

/* Cases */

static void
add_case_item (TandemSessionParts *self,
               gint64              person_id,
               const char         *person_name,
               const char         *reason,
               TandemEscalation    escalation,
               const char         *note)
{
  g_autoptr(GtkStringList) escalations = gtk_string_list_new (NULL);
  Item *item;

  for (guint i = 0; i <= TANDEM_ESCALATION_REFERRAL; i++)
    gtk_string_list_append (escalations, tandem_enum_get_label (TANDEM_TYPE_ESCALATION, i));

  item = add_item (self, self->cases, self->cases_group, person_name, _("Remove Case"));
  item->id = person_id;
  item->name = g_strdup (person_name);
  item->entries[0] = add_entry (item->row, _("Reason for discussing"), self);
  gtk_editable_set_text (GTK_EDITABLE (item->entries[0]), reason != NULL ? reason : "");
  item->combos[0] = add_combo (item->row, _("Safeguarding escalation"),
                               G_LIST_MODEL (escalations), self);
  adw_combo_row_set_selected (ADW_COMBO_ROW (item->combos[0]), escalation);
  item->entries[1] = add_entry (item->row, _("What was done, to whom and when"), self);
  gtk_editable_set_text (GTK_EDITABLE (item->entries[1]), note != NULL ? note : "");
}

static void
result_activated_cb (TandemSessionParts *self,
                     GtkListBoxRow      *row)
{
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "person-id"));
  const char *name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->case_button));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  tandem_session_parts_add_case (self, person_id, name);
}

static void
search_changed_cb (TandemSessionParts *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->search_results)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->search_results), child);

  if (*text == '\0')
    return;

  people = tandem_store_search_people (self->store, text, SEARCH_LIMIT, &error);
  if (people == NULL)
    {
      tandem_session_parts_show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < people->len; i++)
    {
      TandemPerson *person = g_ptr_array_index (people, i);
      g_autofree char *name = tandem_person_dup_display_name (person);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tandem_person_get_nhs_number (person));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "person-id",
                         GSIZE_TO_POINTER ((gsize) tandem_record_get_id (person)));
      gtk_list_box_append (GTK_LIST_BOX (self->search_results), row);
    }
}

static void
search_activate_cb (TandemSessionParts *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->search_results), 0);

  if (first != NULL)
    result_activated_cb (self, first);
}

/* Actions */

static void
action_title_changed_cb (GtkEditable *entry,
                         GtkWidget   *row)
{
  const char *text = gtk_editable_get_text (entry);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *text != '\0' ? text : _("New action"));
}

static void
add_action_item (TandemSessionParts *self,
                 gint64              id,
                 const char         *description,
                 gint64              owner_id,
                 const char         *due,
                 const char         *done_on)
{
  Item *item = add_item (self, self->actions, self->actions_group, "", _("Remove Action"));
  GtkWidget *done_row = adw_action_row_new ();

  item->id = id;
  item->done_on = g_strdup (done_on != NULL ? done_on : "");
  item->entries[0] = add_entry (item->row, _("What is to be done"), self);
  g_signal_connect_object (item->entries[0], "changed", G_CALLBACK (action_title_changed_cb),
                           item->row, 0);
  gtk_editable_set_text (GTK_EDITABLE (item->entries[0]), description != NULL ? description : "");
  action_title_changed_cb (GTK_EDITABLE (item->entries[0]), item->row);
  item->combos[0] = add_combo (item->row, _("Owner"), G_LIST_MODEL (self->staff_names), self);
  adw_combo_row_set_selected (ADW_COMBO_ROW (item->combos[0]), staff_position (self, owner_id));
  item->entries[1] = add_entry (item->row, _("Due by (day/month/year)"), self);
  gtk_editable_set_text (GTK_EDITABLE (item->entries[1]), due != NULL ? due : "");

  item->done = gtk_switch_new ();
  gtk_widget_set_valign (item->done, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (item->done), item->done_on[0] != '\0');
  g_signal_connect_object (item->done, "notify::active", G_CALLBACK (changed), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (done_row), _("Done"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (done_row), item->done);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (done_row), item->done);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), done_row);
}

/* Building */

static GtkWidget *
new_group (TandemSessionParts *self,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (self), group);
  return group;
}

static GtkWidget *
new_header_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
build_members (TandemSessionParts *self)
{
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = new_header_button (_("_Add"));

  self->members_group = new_group (self, _("Supervised"),
                                   _("Who was supervised, and how each is doing: a short "
                                     "wellbeing check from 1 (struggling) to 5 (well)."));
  self->member_choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->staff_names)), NULL);
  gtk_widget_set_valign (self->member_choice, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->member_choice, _("Member of staff to add"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->member_choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Member of staff to add"), -1);
  gtk_widget_set_tooltip_text (add, _("Add Member"));
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_member_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (suffix), self->member_choice);
  gtk_box_append (GTK_BOX (suffix), add);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->members_group), suffix);
}

static void
build_cases (TandemSessionParts *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->cases_group = new_group (self, _("Cases Discussed"),
                                 _("People whose care was talked about, why, and any "
                                   "safeguarding escalation."));

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Name, NHS number or postcode"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find the person"), -1);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb),
                           self, G_CONNECT_SWAPPED);

  self->search_results = gtk_list_box_new ();
  gtk_widget_add_css_class (self->search_results, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->search_results), GTK_SELECTION_NONE);
  g_signal_connect_object (self->search_results, "row-activated",
                           G_CALLBACK (result_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->search_results);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_widget_set_size_request (box, 300, -1);

  gtk_box_append (GTK_BOX (box), self->search_entry);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), NULL);

  self->case_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->case_button), _("Add _Case…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (self->case_button), TRUE);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->case_button), popover);
  gtk_widget_add_css_class (self->case_button, "flat");
  gtk_widget_set_valign (self->case_button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->cases_group),
                                           self->case_button);
}

static void
build_actions (TandemSessionParts *self)
{
  GtkWidget *add = new_header_button (_("Add Ac_tion"));

  self->actions_group = new_group (self, _("Agreed Actions"),
                                   _("What was agreed, who will do it and by when."));
  g_signal_connect_object (add, "clicked", G_CALLBACK (tandem_session_parts_add_action), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->actions_group), add);
}

static void
tandem_session_parts_dispose (GObject *object)
{
  TandemSessionParts *self = (TandemSessionParts *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->team);
  g_clear_object (&self->staff_names);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->cases, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_session_parts_parent_class)->dispose (object);
}

static void
tandem_session_parts_class_init (TandemSessionPartsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_session_parts_dispose;

  /**
   * TandemSessionParts::changed:
   *
   * Emitted when the user changed a member, case or action.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tandem_session_parts_init (TandemSessionParts *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_names = gtk_string_list_new (NULL);
  self->members = g_ptr_array_new_with_free_func (item_free);
  self->cases = g_ptr_array_new_with_free_func (item_free);
  self->actions = g_ptr_array_new_with_free_func (item_free);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_box_append (GTK_BOX (self), self->message);
}

GtkWidget *
tandem_session_parts_new (TandemStore *store,
                          TandemTeam  *team)
{
  TandemSessionParts *self = g_object_new (TANDEM_TYPE_SESSION_PARTS, NULL);

  self->store = g_object_ref (store);
  self->team = g_object_ref (team);
  fill_staff (self);
  build_members (self);
  build_cases (self);
  build_actions (self);

  return GTK_WIDGET (self);
}

void
tandem_session_parts_add_member (TandemSessionParts *self,
                                 gint64              staff_id)
{
  g_return_if_fail (TANDEM_IS_SESSION_PARTS (self));

  add_member_item (self, staff_id, 0, 0, 0, "");
  changed (self);
}

void
tandem_session_parts_add_case (TandemSessionParts *self,
                               gint64              person_id,
                               const char         *person_name)
{
  Item *item;

  g_return_if_fail (TANDEM_IS_SESSION_PARTS (self));

  add_case_item (self, person_id, person_name, "", TANDEM_ESCALATION_NONE, "");
  item = g_ptr_array_index (self->cases, self->cases->len - 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
  gtk_widget_grab_focus (item->entries[0]);
  changed (self);
}

void
tandem_session_parts_add_action (TandemSessionParts *self)
{
  Item *item;

  g_return_if_fail (TANDEM_IS_SESSION_PARTS (self));

  add_action_item (self, 0, "", 0, "", "");
  item = g_ptr_array_index (self->actions, self->actions->len - 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
  gtk_widget_grab_focus (item->entries[0]);
  changed (self);
}

guint
tandem_session_parts_get_n_members (TandemSessionParts *self)
{
  g_return_val_if_fail (TANDEM_IS_SESSION_PARTS (self), 0);

  return self->members->len;
}

/**
 * tandem_session_parts_read:
 *
 * Returns: (transfer full): what the parts show, as typed
 */
JsonObject *
tandem_session_parts_read (TandemSessionParts *self)
{
  JsonObject *input = json_object_new ();
  JsonArray *members = json_array_new ();
  JsonArray *cases = json_array_new ();
  JsonArray *actions = json_array_new ();

  for (guint i = 0; i < self->members->len; i++)
    {
      Item *item = g_ptr_array_index (self->members, i);
      JsonObject *member = json_object_new ();

      json_object_set_int_member (member, "staff_id", item->id);
      json_object_set_int_member (member, "coping",
                                  adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[0])));
      json_object_set_int_member (member, "workload",
                                  adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[1])));
      json_object_set_int_member (member, "supported",
                                  adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[2])));
      json_object_set_string_member (member, "note", entry_text (item->entries[0]));
      json_array_add_object_element (members, member);
    }

  for (guint i = 0; i < self->cases->len; i++)
    {
      Item *item = g_ptr_array_index (self->cases, i);
      JsonObject *object = json_object_new ();
      guint escalation = adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[0]));

      json_object_set_int_member (object, "person_id", item->id);
      json_object_set_string_member (object, "person_name", item->name);
      json_object_set_string_member (object, "reason", entry_text (item->entries[0]));
      json_object_set_string_member (object, "escalation",
                                     tandem_enum_to_nick (TANDEM_TYPE_ESCALATION, escalation));
      json_object_set_string_member (object, "note", entry_text (item->entries[1]));
      json_array_add_object_element (cases, object);
    }

  for (guint i = 0; i < self->actions->len; i++)
    {
      Item *item = g_ptr_array_index (self->actions, i);
      JsonObject *object = json_object_new ();
      guint owner = adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[0]));

      json_object_set_int_member (object, "id", item->id);
      json_object_set_string_member (object, "description", entry_text (item->entries[0]));
      json_object_set_int_member (object, "owner_id", staff_at (self, owner));
      json_object_set_string_member (object, "due", entry_text (item->entries[1]));
      json_object_set_boolean_member (object, "done",
                                      gtk_switch_get_active (GTK_SWITCH (item->done)));
      json_object_set_string_member (object, "done_on", item->done_on);
      json_array_add_object_element (actions, object);
    }

  json_object_set_array_member (input, "members", members);
  json_object_set_array_member (input, "cases", cases);
  json_object_set_array_member (input, "actions", actions);
  return input;
}

static JsonArray *
get_array (JsonObject *input,
           const char *name)
{
  JsonNode *node = json_object_get_member (input, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/**
 * tandem_session_parts_write:
 *
 * Shows the parts in @input, as read() gave them.
 */
void
tandem_session_parts_write (TandemSessionParts *self,
                            JsonObject         *input)
{
  JsonArray *members = get_array (input, "members");
  JsonArray *cases = get_array (input, "cases");
  JsonArray *actions = get_array (input, "actions");

  g_return_if_fail (TANDEM_IS_SESSION_PARTS (self));

  self->writing = TRUE;
  clear_items (self->members, self->members_group);
  clear_items (self->cases, self->cases_group);
  clear_items (self->actions, self->actions_group);

  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonObject *m = json_array_get_object_element (members, i);

      add_member_item (self, json_object_get_int_member_with_default (m, "staff_id", 0),
                       json_object_get_int_member_with_default (m, "coping", 0),
                       json_object_get_int_member_with_default (m, "workload", 0),
                       json_object_get_int_member_with_default (m, "supported", 0),
                       json_object_get_string_member_with_default (m, "note", ""));
    }

  for (guint i = 0; cases != NULL && i < json_array_get_length (cases); i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);
      const char *nick = json_object_get_string_member_with_default (c, "escalation", "none");

      add_case_item (self, json_object_get_int_member_with_default (c, "person_id", 0),
                     json_object_get_string_member_with_default (c, "person_name", ""),
                     json_object_get_string_member_with_default (c, "reason", ""),
                     tandem_enum_from_nick (TANDEM_TYPE_ESCALATION, nick, TANDEM_ESCALATION_NONE),
                     json_object_get_string_member_with_default (c, "note", ""));
    }

  for (guint i = 0; actions != NULL && i < json_array_get_length (actions); i++)
    {
      JsonObject *a = json_array_get_object_element (actions, i);
      gboolean done = json_object_get_boolean_member_with_default (a, "done", FALSE);
      const char *done_on = json_object_get_string_member_with_default (a, "done_on", "");
      g_autofree char *today = tandem_date_today_iso ();

      add_action_item (self, json_object_get_int_member_with_default (a, "id", 0),
                       json_object_get_string_member_with_default (a, "description", ""),
                       json_object_get_int_member_with_default (a, "owner_id", 0),
                       json_object_get_string_member_with_default (a, "due", ""),
                       done ? (*done_on != '\0' ? done_on : today) : "");
    }

  self->writing = FALSE;
}

/**
 * tandem_session_parts_set_session:
 *
 * Shows the members, cases and actions of @session.
 */
void
tandem_session_parts_set_session (TandemSessionParts       *self,
                                  TandemSupervisionSession *session)
{
  g_autoptr(JsonObject) input = json_object_new ();
  JsonArray *members = json_array_new ();
  JsonArray *cases = json_array_new ();
  JsonArray *actions = json_array_new ();
  GPtrArray *list;

  g_return_if_fail (TANDEM_IS_SESSION_PARTS (self));

  list = tandem_supervision_session_get_members (session);
  for (guint i = 0; i < list->len; i++)
    {
      TandemSupervisionMember *member = g_ptr_array_index (list, i);
      JsonObject *object = json_object_new ();

      json_object_set_int_member (object, "staff_id", member->staff_id);
      json_object_set_int_member (object, "coping", member->coping);
      json_object_set_int_member (object, "workload", member->workload);
      json_object_set_int_member (object, "supported", member->supported);
      json_object_set_string_member (object, "note", member->wellbeing_note);
      json_array_add_object_element (members, object);
    }

  list = tandem_supervision_session_get_cases (session);
  for (guint i = 0; i < list->len; i++)
    {
      TandemSupervisionCase *item = g_ptr_array_index (list, i);
      JsonObject *object = json_object_new ();

      json_object_set_int_member (object, "person_id", item->person_id);
      json_object_set_string_member (object, "person_name", item->person_name);
      json_object_set_string_member (object, "reason", item->reason);
      json_object_set_string_member (object, "escalation",
                                     tandem_enum_to_nick (TANDEM_TYPE_ESCALATION,
                                                          item->escalation));
      json_object_set_string_member (object, "note", item->escalation_note);
      json_array_add_object_element (cases, object);
    }

  list = tandem_supervision_session_get_actions (session);
  for (guint i = 0; i < list->len; i++)
    {
      TandemAgreedAction *action = g_ptr_array_index (list, i);
      JsonObject *object = json_object_new ();
      g_autofree char *due = tandem_date_to_input (tandem_agreed_action_get_due_on (action));

      json_object_set_int_member (object, "id", tandem_record_get_id (action));
      json_object_set_string_member (object, "description",
                                     tandem_agreed_action_get_description (action));
      json_object_set_int_member (object, "owner_id", tandem_agreed_action_get_owner_id (action));
      json_object_set_string_member (object, "due", due);
      json_object_set_boolean_member (object, "done", tandem_agreed_action_is_done (action));
      json_object_set_string_member (object, "done_on", tandem_agreed_action_get_done_on (action));
      json_array_add_object_element (actions, object);
    }

  json_object_set_array_member (input, "members", members);
  json_object_set_array_member (input, "cases", cases);
  json_object_set_array_member (input, "actions", actions);
  tandem_session_parts_write (self, input);
}

static TandemAgreedAction *
apply_action (TandemSessionParts        *self,
              Item                      *item,
              TandemSupervisionSession  *session,
              char                     **message)
{
  g_autoptr(TandemAgreedAction) action = tandem_agreed_action_new ();
  const char *due = entry_text (item->entries[1]);
  gboolean done = gtk_switch_get_active (GTK_SWITCH (item->done));
  g_autofree char *due_on = NULL;
  g_autofree char *today = tandem_date_today_iso ();
  GDate date;

  g_autofree char *copy = g_strstrip (g_strdup (due));

  if (*copy != '\0')
    {
      if (!tandem_date_parse (copy, &date, NULL))
        {
          *message = g_strdup_printf (_("The due date of “%s” is not a date: write it as "
                                        "day/month/year."),
                                      entry_text (item->entries[0]));
          return NULL;
        }
      due_on = tandem_date_to_iso (&date);
    }

  /* Done keeps the day it was first marked done; undone forgets it. */
  if (done && item->done_on[0] == '\0')
    {
      g_free (item->done_on);
      item->done_on = g_strdup (today);
    }
  else if (!done && item->done_on[0] != '\0')
    {
      g_free (item->done_on);
      item->done_on = g_strdup ("");
    }

  tandem_record_set_id (action, item->id);
  tandem_agreed_action_set_supervision_id (action, tandem_record_get_id (session));
  tandem_agreed_action_set_description (action, entry_text (item->entries[0]));
  tandem_agreed_action_set_owner_id (action,
                                     staff_at (self,
                                               adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[0]))));
  tandem_agreed_action_set_due_on (action, due_on != NULL ? due_on : "");
  tandem_agreed_action_set_done_on (action, item->done_on);
  return g_steal_pointer (&action);
}

/**
 * tandem_session_parts_apply:
 * @message: (out) (optional): what is wrong, when something typed cannot be read
 *
 * Puts the members, cases and actions shown into @session, replacing its own.
 *
 * Returns: whether everything typed could be read
 */
gboolean
tandem_session_parts_apply (TandemSessionParts        *self,
                            TandemSupervisionSession  *session,
                            char                     **message)
{
  GPtrArray *members = tandem_supervision_session_get_members (session);
  GPtrArray *cases = tandem_supervision_session_get_cases (session);
  GPtrArray *actions = tandem_supervision_session_get_actions (session);
  g_autoptr(GPtrArray) new_actions = g_ptr_array_new_with_free_func (g_object_unref);
  char *ignored = NULL;

  g_return_val_if_fail (TANDEM_IS_SESSION_PARTS (self), FALSE);

  if (message == NULL)
    message = &ignored;

  for (guint i = 0; i < self->actions->len; i++)
    {
      TandemAgreedAction *action = apply_action (self, g_ptr_array_index (self->actions, i),
                                                 session, message);

      if (action == NULL)
        {
          if (message == &ignored)
            g_free (ignored);
          return FALSE;
        }
      g_ptr_array_add (new_actions, action);
    }

  g_ptr_array_set_size (members, 0);
  for (guint i = 0; i < self->members->len; i++)
    {
      Item *item = g_ptr_array_index (self->members, i);
      TandemSupervisionMember *member = tandem_supervision_member_new (item->id);

      member->coping = adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[0]));
      member->workload = adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[1]));
      member->supported = adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[2]));
      tandem_supervision_member_set_wellbeing_note (member, entry_text (item->entries[0]));
      g_ptr_array_add (members, member);
    }

  g_ptr_array_set_size (cases, 0);
  for (guint i = 0; i < self->cases->len; i++)
    {
      Item *item = g_ptr_array_index (self->cases, i);
      TandemSupervisionCase *object = tandem_supervision_case_new (item->id);

      object->escalation = adw_combo_row_get_selected (ADW_COMBO_ROW (item->combos[0]));
      tandem_supervision_case_set_texts (object, item->name, entry_text (item->entries[0]),
                                         entry_text (item->entries[1]));
      g_ptr_array_add (cases, object);
    }

  g_ptr_array_set_size (actions, 0);
  for (guint i = 0; i < new_actions->len; i++)
    g_ptr_array_add (actions, g_object_ref (g_ptr_array_index (new_actions, i)));

  return TRUE;
}

/**
 * tandem_session_parts_show_message:
 * @message: (nullable): what is wrong, or %NULL to hide the message
 */
void
tandem_session_parts_show_message (TandemSessionParts *self,
                                   const char         *message)
{
  g_return_if_fail (TANDEM_IS_SESSION_PARTS (self));

  gtk_label_set_text (GTK_LABEL (self->message), message != NULL ? message : "");
  gtk_widget_set_visible (self->message, message != NULL && *message != '\0');
}

/**
 * tandem_session_parts_sync_ids:
 *
 * Takes the ids the store gave the actions of @session, saved from what apply() put in it,
 * so the next save changes those actions instead of adding them again.
 */
void
tandem_session_parts_sync_ids (TandemSessionParts       *self,
                               TandemSupervisionSession *session)
{
  GPtrArray *actions = tandem_supervision_session_get_actions (session);

  g_return_if_fail (TANDEM_IS_SESSION_PARTS (self));

  for (guint i = 0; i < actions->len && i < self->actions->len; i++)
    ((Item *) g_ptr_array_index (self->actions, i))->id =
      tandem_record_get_id (g_ptr_array_index (actions, i));
}
