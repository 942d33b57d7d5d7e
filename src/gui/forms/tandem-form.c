/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-form"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-enum-strings.h"
#include "tandem-form.h"
#include "tandem-language.h"
#include "tandem-record.h"

/* A form for one kind of record, built from a table of fields so that every form in Tandem
 * looks and behaves the same: boxed lists of rows in groups, a message under any field whose
 * value is not right, and "changed" whenever the user edits.
 *
 * The form reads and writes the values as typed, as a JSON object keyed by property name
 * (see tandem-record-input.c). It knows nothing of saving: its owner turns the input into a
 * record and keeps it as a draft until it is valid. */

typedef struct
{
  const TandemFieldSpec *spec;
  GtkWidget             *row;       /* what the field shows as, in its group */
  GtkWidget             *editor;    /* the widget holding the value */
  GtkWidget             *message;   /* the row under it that says what is wrong */
  GtkWidget             *message_label;
  GType                  value_type;
  GArray                *values;    /* int64: what each item of a choice stands for */
  GPtrArray             *checks;    /* GtkCheckButton per flag or key */
  GtkWidget             *hint;      /* a line of help under a long text, or NULL */
  GStrv                  other_keys; /* keys written that are not among the choices */
} Field;

struct _TandemForm
{
  GObject      parent_instance;

  GType        record_type;
  TandemTeam  *team;
  GPtrArray   *groups;     /* AdwPreferencesGroup */
  GArray      *fields;     /* Field */
  guint        writing;    /* > 0 while the form sets its own widgets */
};

G_DEFINE_FINAL_TYPE (TandemForm, tandem_form, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
field_clear (gpointer data)
{
  Field *field = data;

  g_clear_pointer (&field->values, g_array_unref);
  g_clear_pointer (&field->checks, g_ptr_array_unref);
  g_clear_pointer (&field->other_keys, g_strfreev);
}

static Field *
find_field (TandemForm *self,
            const char *name)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);

      if (g_str_equal (field->spec->name, name))
        return field;
    }

  return NULL;
}

static void
emit_changed (TandemForm *self)
{
  if (self->writing == 0)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* Rows that depend on a switch are only editable while it is on; their values are kept. */
static void
update_dependants (TandemForm *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);
      Field *owner;

      if (field->spec->enabled_by == NULL)
        continue;

      owner = find_field (self, field->spec->enabled_by);
      if (owner != NULL)
        gtk_widget_set_sensitive (field->row, gtk_switch_get_active (GTK_SWITCH (owner->editor)));
    }
}

static void
editable_changed_cb (TandemForm *self)
{
  emit_changed (self);
}

static void
switch_active_cb (TandemForm *self)
{
  update_dependants (self);
  emit_changed (self);
}

static void
calendar_day_selected_cb (GtkCalendar *calendar,
                          GtkEditable *editable)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%d/%m/%Y");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (editable, text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
make_entry_row (Field *field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->spec->title));
  field->editor = row;
  return row;
}

/* A date is typed as day/month/year, or picked from a calendar in a popover. */
static GtkWidget *
make_date_row (Field *field)
{
  GtkWidget *row = make_entry_row (field);
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *tooltip = g_strdup_printf (_("Choose the %s from a calendar"),
                                              _(field->spec->title));

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb),
                           row, 0);
  return row;
}

/* Rows are AdwPreferencesRows so that their group puts them inside its boxed list. */
static GtkWidget *
make_long_text_row (Field *field)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_(field->spec->title));
  GtkWidget *view = gtk_text_view_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->spec->title));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "tandem-long-text");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);

  field->hint = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (field->hint), 0);
  gtk_label_set_wrap (GTK_LABEL (field->hint), TRUE);
  gtk_widget_add_css_class (field->hint, "caption");
  gtk_widget_add_css_class (field->hint, "dim-label");
  gtk_widget_set_visible (field->hint, FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  field->hint, NULL, -1);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), field->hint);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  field->editor = view;
  return row;
}

static GtkWidget *
make_switch_row (Field *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->spec->title));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

  field->editor = toggle;
  return row;
}

static GtkWidget *
make_combo_row (Field            *field,
                GtkStringList    *labels)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->spec->title));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_unref (labels);

  field->editor = row;
  return row;
}

static GtkWidget *
make_choice_row (Field *field)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (field->value_type);
  GtkStringList *labels = gtk_string_list_new (NULL);

  field->values = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < klass->n_values; i++)
    {
      gint64 value = klass->values[i].value;

      gtk_string_list_append (labels, tandem_enum_get_label (field->value_type, value));
      g_array_append_val (field->values, value);
    }

  return make_combo_row (field, labels);
}

/* Practices and staff who have left stay choosable for the records that name them. */
static GtkWidget *
make_team_row (Field      *field,
               GListModel *members,
               const char *none_label)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  gint64 none = 0;

  field->values = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (labels, none_label);
  g_array_append_val (field->values, none);

  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(GObject) member = g_list_model_get_item (members, i);
      gint64 id = tandem_record_get_id (member);
      g_autofree char *name = NULL;
      gboolean retired = FALSE;

      g_object_get (member, "name", &name, "retired", &retired, NULL);
      if (retired)
        {
          /* Translators: a practice or member of staff no longer with the PCN */
          g_autofree char *label = g_strdup_printf (_("%s (left)"), name);

          gtk_string_list_append (labels, label);
        }
      else
        gtk_string_list_append (labels, name);

      g_array_append_val (field->values, id);
    }

  return make_combo_row (field, labels);
}

static GtkWidget *
make_language_row (Field *field)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  const TandemLanguage *languages;
  guint n_languages;

  languages = tandem_language_get_all (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      g_autofree char *label = tandem_language_dup_display (languages[i].tag);

      gtk_string_list_append (labels, label);
    }

  return make_combo_row (field, labels);
}

static GtkWidget *
make_flags_row (TandemForm *self,
                Field      *field)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (field->value_type);
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->spec->title));
  field->checks = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    {
      GtkWidget *check;
      GtkWidget *check_row;

      if (klass->values[i].value == 0)
        continue;

      check = gtk_check_button_new ();
      check_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (check_row),
                                     tandem_enum_get_label (field->value_type,
                                                            klass->values[i].value));
      adw_action_row_add_prefix (ADW_ACTION_ROW (check_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (check_row), check);
      g_object_set_data (G_OBJECT (check), "tandem-nick", (gpointer) klass->values[i].value_nick);
      g_signal_connect_object (check, "toggled", G_CALLBACK (editable_changed_cb), self,
                               G_CONNECT_SWAPPED);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), check_row);
      g_ptr_array_add (field->checks, check);
    }

  field->editor = row;
  return row;
}

/* The choices come later, from tandem_form_set_key_choices(): they are data, not an enum. */
static GtkWidget *
make_keys_row (Field *field)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->spec->title));
  field->checks = g_ptr_array_new ();
  field->editor = row;
  return row;
}

static GtkWidget *
make_minutes_row (Field *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 24 * 60, 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->spec->title));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(field->spec->title), -1);

  field->editor = spin;
  return row;
}

static GtkWidget *
make_message_row (Field *field)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "tandem-message-row");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_widget_set_visible (row, FALSE);

  field->message_label = label;
  return row;
}

static void
connect_editor (TandemForm *self,
                Field      *field)
{
  switch (field->spec->kind)
    {
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_NUMBER:
      g_signal_connect_object (field->editor, "changed", G_CALLBACK (editable_changed_cb), self,
                               G_CONNECT_SWAPPED);
      break;

    case TANDEM_FIELD_LONG_TEXT:
      g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->editor)), "changed",
                               G_CALLBACK (editable_changed_cb), self, G_CONNECT_SWAPPED);
      break;

    case TANDEM_FIELD_SWITCH:
      g_signal_connect_object (field->editor, "notify::active", G_CALLBACK (switch_active_cb),
                               self, G_CONNECT_SWAPPED);
      break;

    case TANDEM_FIELD_CHOICE:
    case TANDEM_FIELD_PRACTICE:
    case TANDEM_FIELD_STAFF:
    case TANDEM_FIELD_LANGUAGE:
      g_signal_connect_object (field->editor, "notify::selected", G_CALLBACK (editable_changed_cb),
                               self, G_CONNECT_SWAPPED);
      break;

    case TANDEM_FIELD_MINUTES:
      g_signal_connect_object (field->editor, "value-changed", G_CALLBACK (editable_changed_cb),
                               self, G_CONNECT_SWAPPED);
      break;

    case TANDEM_FIELD_FLAGS:
    default:
      break;
    }
}

static GtkWidget *
make_row (TandemForm *self,
          Field      *field)
{
  switch (field->spec->kind)
    {
    case TANDEM_FIELD_TEXT:
      return make_entry_row (field);
    case TANDEM_FIELD_LONG_TEXT:
      return make_long_text_row (field);
    case TANDEM_FIELD_DATE:
      return make_date_row (field);
    case TANDEM_FIELD_SWITCH:
      return make_switch_row (field);
    case TANDEM_FIELD_CHOICE:
      return make_choice_row (field);
    case TANDEM_FIELD_FLAGS:
      return make_flags_row (self, field);
    case TANDEM_FIELD_PRACTICE:
      return make_team_row (field, self->team ? tandem_team_get_practices (self->team) : NULL,
                            _("Not recorded"));
    case TANDEM_FIELD_STAFF:
      return make_team_row (field, self->team ? tandem_team_get_staff (self->team) : NULL,
                            _("Nobody yet"));
    case TANDEM_FIELD_LANGUAGE:
      return make_language_row (field);
    case TANDEM_FIELD_MINUTES:
      return make_minutes_row (field);
    case TANDEM_FIELD_NUMBER:
      return make_entry_row (field);
    case TANDEM_FIELD_KEYS:
      return make_keys_row (field);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
tandem_form_finalize (GObject *object)
{
  TandemForm *self = (TandemForm *) object;

  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->team);

  G_OBJECT_CLASS (tandem_form_parent_class)->finalize (object);
}

static void
tandem_form_class_init (TandemFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_form_finalize;

  /**
   * TandemForm::changed:
   *
   * Emitted when the user changed a value; not when tandem_form_write() did.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tandem_form_init (TandemForm *self)
{
  self->fields = g_array_new (FALSE, TRUE, sizeof (Field));
  g_array_set_clear_func (self->fields, field_clear);
  self->groups = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * tandem_form_new:
 * @record_type: the #TandemRecord type whose properties the fields edit
 * @fields: (array length=n_fields): the fields, in order
 * @group_titles: (array zero-terminated=1): a title, marked with N_(), for each group; an
 *   empty title makes a group without a heading
 * @team: (nullable): the team, for practice and staff fields
 *
 * Returns: (transfer full): a form; put its groups where they belong with
 *   tandem_form_get_group()
 */
TandemForm *
tandem_form_new (GType                   record_type,
                 const TandemFieldSpec  *fields,
                 guint                   n_fields,
                 const char * const     *group_titles,
                 TandemTeam             *team)
{
  GObjectClass *record_class = g_type_class_ref (record_type);
  TandemForm *self = g_object_new (TANDEM_TYPE_FORM, NULL);

  self->record_type = record_type;
  self->team = team ? g_object_ref (team) : NULL;

  for (guint i = 0; group_titles[i] != NULL; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      if (group_titles[i][0] != '\0')
        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(group_titles[i]));
      g_ptr_array_add (self->groups, g_object_ref_sink (group));
    }

  g_array_set_size (self->fields, n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);
      GParamSpec *pspec = g_object_class_find_property (record_class, fields[i].name);
      GtkWidget *group;

      g_return_val_if_fail (pspec != NULL, self);
      g_return_val_if_fail (fields[i].group < self->groups->len, self);

      field->spec = &fields[i];
      field->value_type = pspec->value_type;
      field->row = make_row (self, field);
      field->message = make_message_row (field);
      connect_editor (self, field);

      /* A single reference, not a list: no NULL after it. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (field->editor),
                                      GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, field->message_label,
                                      -1);

      group = g_ptr_array_index (self->groups, fields[i].group);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->message);
    }

  update_dependants (self);
  g_type_class_unref (record_class);
  return self;
}

guint
tandem_form_get_n_groups (TandemForm *self)
{
  g_return_val_if_fail (TANDEM_IS_FORM (self), 0);

  return self->groups->len;
}

/**
 * tandem_form_get_group:
 *
 * Returns: (transfer none): the #AdwPreferencesGroup holding the rows of @group
 */
GtkWidget *
tandem_form_get_group (TandemForm *self,
                       guint       group)
{
  g_return_val_if_fail (TANDEM_IS_FORM (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);

  return g_ptr_array_index (self->groups, group);
}

/**
 * tandem_form_get_row:
 *
 * Returns: (transfer none) (nullable): the row of the field editing @name
 */
GtkWidget *
tandem_form_get_row (TandemForm *self,
                     const char *name)
{
  Field *field;

  g_return_val_if_fail (TANDEM_IS_FORM (self), NULL);

  field = find_field (self, name);
  return field ? field->row : NULL;
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gint64
selected_value (Field *field)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (field->editor));

  if (field->values == NULL || selected >= field->values->len)
    return 0;

  return g_array_index (field->values, gint64, selected);
}

/* The keys ticked, in the order of the choices, then any the choices do not offer (such as a
 * retired category), which stay on the record. */
static char *
dup_checked_keys (Field *field)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint i = 0; i < field->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (field->checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (keys, g_object_get_data (G_OBJECT (check), "tandem-key"));
    }
  for (guint i = 0; field->other_keys != NULL && field->other_keys[i] != NULL; i++)
    g_ptr_array_add (keys, field->other_keys[i]);
  g_ptr_array_add (keys, NULL);

  return g_strjoinv (",", (char **) keys->pdata);
}

static void
read_field (Field      *field,
            JsonObject *input)
{
  const char *name = field->spec->name;

  switch (field->spec->kind)
    {
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_NUMBER:
      json_object_set_string_member (input, name,
                                     gtk_editable_get_text (GTK_EDITABLE (field->editor)));
      break;

    case TANDEM_FIELD_KEYS:
      {
        g_autofree char *keys = dup_checked_keys (field);

        json_object_set_string_member (input, name, keys);
      }
      break;

    case TANDEM_FIELD_LONG_TEXT:
      {
        g_autofree char *text = text_view_get_text (GTK_TEXT_VIEW (field->editor));

        json_object_set_string_member (input, name, text);
      }
      break;

    case TANDEM_FIELD_SWITCH:
      json_object_set_boolean_member (input, name,
                                      gtk_switch_get_active (GTK_SWITCH (field->editor)));
      break;

    case TANDEM_FIELD_CHOICE:
      json_object_set_string_member (input, name,
                                     tandem_enum_to_nick (field->value_type,
                                                          (int) selected_value (field)));
      break;

    case TANDEM_FIELD_PRACTICE:
    case TANDEM_FIELD_STAFF:
      json_object_set_int_member (input, name, selected_value (field));
      break;

    case TANDEM_FIELD_LANGUAGE:
      {
        guint n_languages;
        const TandemLanguage *languages = tandem_language_get_all (&n_languages);
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (field->editor));

        json_object_set_string_member (input, name,
                                       selected < n_languages ? languages[selected].tag : "en");
      }
      break;

    case TANDEM_FIELD_FLAGS:
      {
        JsonArray *nicks = json_array_new ();

        for (guint i = 0; i < field->checks->len; i++)
          {
            GtkCheckButton *check = g_ptr_array_index (field->checks, i);

            if (gtk_check_button_get_active (check))
              json_array_add_string_element (nicks, g_object_get_data (G_OBJECT (check),
                                                                       "tandem-nick"));
          }
        json_object_set_array_member (input, name, nicks);
      }
      break;

    case TANDEM_FIELD_MINUTES:
      json_object_set_int_member (input, name,
                                  gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->editor)));
      break;

    default:
      g_return_if_reached ();
    }
}

/**
 * tandem_form_read:
 *
 * Returns: (transfer full): every field's value as the user typed or chose it
 */
JsonObject *
tandem_form_read (TandemForm *self)
{
  JsonObject *input = json_object_new ();

  g_return_val_if_fail (TANDEM_IS_FORM (self), NULL);

  for (guint i = 0; i < self->fields->len; i++)
    read_field (&g_array_index (self->fields, Field, i), input);

  return input;
}

static void
select_value (Field  *field,
              gint64  value)
{
  for (guint i = 0; field->values != NULL && i < field->values->len; i++)
    {
      if (g_array_index (field->values, gint64, i) == value)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (field->editor), i);
          return;
        }
    }
}

/* A record's number arrives as a number, a draft's as the text typed. 0 shows as empty: for
 * an age it means no limit, and coordinates of exactly 0 are an asset without any. */
static void
write_number (Field    *field,
              JsonNode *node)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE] = "";

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      gtk_editable_set_text (GTK_EDITABLE (field->editor), json_node_get_string (node));
      return;
    }

  if (json_node_get_double (node) != 0.0)
    g_ascii_formatd (text, sizeof text, field->value_type == G_TYPE_DOUBLE ? "%.6f" : "%.0f",
                     json_node_get_double (node));
  gtk_editable_set_text (GTK_EDITABLE (field->editor), text);
}

static void
write_keys (Field      *field,
            const char *value)
{
  g_auto(GStrv) keys = g_strsplit (value ? value : "", ",", -1);
  g_autoptr(GStrvBuilder) others = g_strv_builder_new ();

  for (guint i = 0; i < field->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (field->checks, i);
      const char *key = g_object_get_data (G_OBJECT (check), "tandem-key");

      gtk_check_button_set_active (check, g_strv_contains ((const char * const *) keys, key));
    }

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *key = g_strstrip (g_strdup (keys[i]));
      gboolean offered = FALSE;

      for (guint j = 0; j < field->checks->len; j++)
        offered |= g_strcmp0 (g_object_get_data (g_ptr_array_index (field->checks, j),
                                                 "tandem-key"), key) == 0;
      if (!offered && key[0] != '\0')
        g_strv_builder_add (others, key);
    }

  g_clear_pointer (&field->other_keys, g_strfreev);
  field->other_keys = g_strv_builder_end (others);
}

static void
write_field (Field    *field,
             JsonNode *node)
{
  switch (field->spec->kind)
    {
    case TANDEM_FIELD_TEXT:
    case TANDEM_FIELD_DATE:
      gtk_editable_set_text (GTK_EDITABLE (field->editor), json_node_get_string (node) ?: "");
      break;

    case TANDEM_FIELD_NUMBER:
      write_number (field, node);
      break;

    case TANDEM_FIELD_KEYS:
      write_keys (field, json_node_get_string (node));
      break;

    case TANDEM_FIELD_LONG_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->editor)),
                                json_node_get_string (node) ?: "", -1);
      break;

    case TANDEM_FIELD_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (field->editor), json_node_get_boolean (node));
      break;

    case TANDEM_FIELD_CHOICE:
      select_value (field, tandem_enum_from_nick (field->value_type, json_node_get_string (node), 0));
      break;

    case TANDEM_FIELD_PRACTICE:
    case TANDEM_FIELD_STAFF:
      select_value (field, json_node_get_int (node));
      break;

    case TANDEM_FIELD_LANGUAGE:
      {
        guint n_languages;
        const TandemLanguage *languages = tandem_language_get_all (&n_languages);
        const char *tag = json_node_get_string (node);

        for (guint i = 0; tag != NULL && i < n_languages; i++)
          if (g_ascii_strcasecmp (languages[i].tag, tag) == 0)
            adw_combo_row_set_selected (ADW_COMBO_ROW (field->editor), i);
      }
      break;

    case TANDEM_FIELD_FLAGS:
      for (guint i = 0; i < field->checks->len; i++)
        {
          GtkCheckButton *check = g_ptr_array_index (field->checks, i);
          const char *nick = g_object_get_data (G_OBJECT (check), "tandem-nick");
          JsonArray *nicks = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
          gboolean active = FALSE;

          for (guint j = 0; nicks != NULL && j < json_array_get_length (nicks); j++)
            active |= g_strcmp0 (json_array_get_string_element (nicks, j), nick) == 0;

          gtk_check_button_set_active (check, active);
        }
      break;

    case TANDEM_FIELD_MINUTES:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->editor), json_node_get_int (node));
      break;

    default:
      g_return_if_reached ();
    }
}

/**
 * tandem_form_write:
 * @input: values by property name, as tandem_record_to_input() or tandem_form_read() give
 *
 * Shows @input in the fields it has a value for, without emitting ::changed.
 */
void
tandem_form_write (TandemForm *self,
                   JsonObject *input)
{
  g_return_if_fail (TANDEM_IS_FORM (self));

  self->writing++;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);
      JsonNode *node = json_object_get_member (input, field->spec->name);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        write_field (field, node);
    }
  update_dependants (self);
  self->writing--;
}

/**
 * tandem_form_set_text:
 *
 * Sets a text field as if the user typed @text, emitting ::changed. Tests and the welcome's
 * example button use it.
 */
void
tandem_form_set_text (TandemForm *self,
                      const char *name,
                      const char *text)
{
  Field *field;

  g_return_if_fail (TANDEM_IS_FORM (self));

  field = find_field (self, name);
  g_return_if_fail (field != NULL);

  if (field->spec->kind == TANDEM_FIELD_LONG_TEXT)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->editor)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->editor), text);
}

static void
show_message (Field      *field,
              const char *message)
{
  gboolean invalid = message != NULL;

  gtk_label_set_text (GTK_LABEL (field->message_label), message);
  gtk_widget_set_visible (field->message, invalid);

  if (invalid)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (field->editor), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/**
 * tandem_form_show_errors:
 * @errors: (nullable): messages by property name; %NULL or empty clears every message
 *
 * Shows each message under its field, and clears the others.
 */
void
tandem_form_show_errors (TandemForm *self,
                         GHashTable *errors)
{
  g_return_if_fail (TANDEM_IS_FORM (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);

      show_message (field, errors ? g_hash_table_lookup (errors, field->spec->name) : NULL);
    }
}

/**
 * tandem_form_focus_first_error:
 *
 * Returns: %TRUE if a field shows a message and now has the keyboard focus
 */
gboolean
tandem_form_focus_first_error (TandemForm *self)
{
  g_return_val_if_fail (TANDEM_IS_FORM (self), FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);

      if (gtk_widget_get_visible (field->message))
        return gtk_widget_grab_focus (field->editor);
    }

  return FALSE;
}

void
tandem_form_set_sensitive (TandemForm *self,
                           gboolean    sensitive)
{
  g_return_if_fail (TANDEM_IS_FORM (self));

  /* Rows, not groups: a group's header may hold the switch that turns the form back on. */
  for (guint i = 0; i < self->fields->len; i++)
    gtk_widget_set_sensitive (g_array_index (self->fields, Field, i).row, sensitive);

  if (sensitive)
    update_dependants (self);
}

static void
update_keys_subtitle (Field *field)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < field->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (field->checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (labels, g_object_get_data (G_OBJECT (check), "tandem-label"));
    }
  g_ptr_array_add (labels, NULL);

  subtitle = labels->len > 1 ? g_strjoinv (_(", "), (char **) labels->pdata) : g_strdup (_("None"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (field->editor), subtitle);
}

static void
key_toggled_cb (GtkCheckButton *check,
                TandemForm     *self)
{
  Field *field = find_field (self, g_object_get_data (G_OBJECT (check), "tandem-field"));

  update_keys_subtitle (field);
  emit_changed (self);
}

/**
 * tandem_form_set_key_choices:
 * @name: a %TANDEM_FIELD_KEYS field
 * @keys: (array zero-terminated=1): what each choice stores
 * @labels: (array zero-terminated=1): what each choice shows, as many as @keys
 *
 * Offers @keys to tick. Call it once, before the form is written.
 */
void
tandem_form_set_key_choices (TandemForm         *self,
                             const char         *name,
                             const char * const *keys,
                             const char * const *labels)
{
  Field *field;

  g_return_if_fail (TANDEM_IS_FORM (self));

  field = find_field (self, name);
  g_return_if_fail (field != NULL && field->spec->kind == TANDEM_FIELD_KEYS);
  g_return_if_fail (field->checks->len == 0);

  for (guint i = 0; keys[i] != NULL && labels[i] != NULL; i++)
    {
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *check_row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (check_row), labels[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (check_row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (check_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (check_row), check);
      g_object_set_data_full (G_OBJECT (check), "tandem-key", g_strdup (keys[i]), g_free);
      g_object_set_data_full (G_OBJECT (check), "tandem-label", g_strdup (labels[i]), g_free);
      g_object_set_data (G_OBJECT (check), "tandem-field", (gpointer) field->spec->name);
      g_signal_connect_object (check, "toggled", G_CALLBACK (key_toggled_cb), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (field->editor), check_row);
      g_ptr_array_add (field->checks, check);
    }

  update_keys_subtitle (field);
}

/**
 * tandem_form_set_hint:
 * @name: a %TANDEM_FIELD_LONG_TEXT field
 * @hint: (nullable): a line of help shown under it, such as the form its text takes
 */
void
tandem_form_set_hint (TandemForm *self,
                      const char *name,
                      const char *hint)
{
  Field *field;

  g_return_if_fail (TANDEM_IS_FORM (self));

  field = find_field (self, name);
  g_return_if_fail (field != NULL && field->hint != NULL);

  gtk_label_set_text (GTK_LABEL (field->hint), hint);
  gtk_widget_set_visible (field->hint, hint != NULL && hint[0] != '\0');
}

/**
 * tandem_form_set_keys:
 * @keys: comma-separated keys to tick, as if the user ticked them
 *
 * For tests: sets a %TANDEM_FIELD_KEYS field, emitting ::changed.
 */
void
tandem_form_set_keys (TandemForm *self,
                      const char *name,
                      const char *keys)
{
  Field *field;

  g_return_if_fail (TANDEM_IS_FORM (self));

  field = find_field (self, name);
  g_return_if_fail (field != NULL && field->spec->kind == TANDEM_FIELD_KEYS);

  write_keys (field, keys);
}
