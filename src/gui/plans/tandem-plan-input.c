/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-plan-input"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enum-strings.h"
#include "tandem-language.h"
#include "tandem-plan-input.h"

/* One field of the plan under its heading: a version's About me field, a goal's status, an
 * action's review date. It edits one property of one record through the plan editor, which
 * saves it; without an editor (an agreed or earlier version) it only shows the value, with no
 * sign of editing at all.
 *
 * A plan has a few hundred of these, so they are built in code, as little as each needs:
 * the choice menus and the date picker are made when first opened, and a date's message
 * when there is first something wrong with it. The text widgets keep no undo of their own:
 * Ctrl+Z belongs to the page, which undoes typing and changes to the plan alike. */
struct _TandemPlanInput
{
  GtkWidget            parent_instance;

  TandemPlanInputKind  kind;
  GObject             *record;
  const char          *property;      /* interned */
  TandemPlanEditor    *editor;        /* NULL when read-only */
  int                  value;         /* choices and scores; a language's index */
  guint                updating;      /* > 0 while the input shows the record's value */

  GtkWidget           *heading;
  GtkWidget           *editor_widget; /* GtkTextView, GtkEntry or GtkMenuButton */
  GtkWidget           *value_label;   /* read-only */
  GtkWidget           *message;       /* a date that is not right */
  guint                message_source;
};

G_DEFINE_FINAL_TYPE (TandemPlanInput, tandem_plan_input, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Long enough to finish typing a date before being told it is not one. */
#define MESSAGE_DELAY_MS 800

static char *
dup_text (TandemPlanInput *self)
{
  char *text = NULL;

  g_object_get (self->record, self->property, &text, NULL);
  return text ? text : g_strdup ("");
}

static int
get_int (TandemPlanInput *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record),
                                                    self->property);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (self->record, self->property, &value);

  return G_TYPE_IS_ENUM (pspec->value_type) ? g_value_get_enum (&value) : g_value_get_int (&value);
}

/* Languages are chosen from Tandem's list by their index in it; a tag not in the list (set
 * outside Tandem) shows as it is, as the index -1. */
static int
get_language_index (TandemPlanInput *self)
{
  g_autofree char *tag = dup_text (self);
  const TandemLanguage *language = tandem_language_lookup (tag);
  guint n_languages;

  return language ? (int) (language - tandem_language_get_all (&n_languages)) : -1;
}

static char *
dup_language_label (TandemPlanInput *self,
                    int              index)
{
  g_autofree char *tag = NULL;
  guint n_languages;
  const TandemLanguage *languages = tandem_language_get_all (&n_languages);

  if (index >= 0 && (guint) index < n_languages)
    return tandem_language_dup_display (languages[index].tag);

  tag = dup_text (self);
  return tandem_language_dup_display (tag);
}

static GType
enum_type (TandemPlanInput *self)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), self->property)->value_type;
}

/**
 * tandem_plan_input_dup_score_label:
 * @score: 1 to 10, or 0 when not given
 */
char *
tandem_plan_input_dup_score_label (int score)
{
  if (score <= 0)
    return g_strdup (_("Not given"));

  /* Translators: a score the person gave, such as their confidence */
  return g_strdup_printf (_("%d out of 10"), score);
}

static char *
dup_choice_label (TandemPlanInput *self,
                  int              value)
{
  if (self->kind == TANDEM_PLAN_INPUT_SCORE)
    return tandem_plan_input_dup_score_label (value);
  if (self->kind == TANDEM_PLAN_INPUT_LANGUAGE)
    return dup_language_label (self, value);

  return g_strdup (tandem_enum_get_label (enum_type (self), value));
}

/* What a read-only field shows. */
static char *
dup_display (TandemPlanInput *self)
{
  g_autofree char *text = NULL;

  switch (self->kind)
    {
    case TANDEM_PLAN_INPUT_PROSE:
    case TANDEM_PLAN_INPUT_LINE:
      return dup_text (self);

    case TANDEM_PLAN_INPUT_DATE:
      text = dup_text (self);
      return tandem_date_format (text);

    case TANDEM_PLAN_INPUT_LANGUAGE:
      return dup_language_label (self, get_language_index (self));

    case TANDEM_PLAN_INPUT_CHOICE:
    case TANDEM_PLAN_INPUT_SCORE:
    default:
      return dup_choice_label (self, get_int (self));
    }
}

static void
show_display (TandemPlanInput *self)
{
  g_autofree char *text = dup_display (self);
  gboolean empty = text[0] == '\0';

  gtk_label_set_text (GTK_LABEL (self->value_label), empty ? _("Not recorded") : text);
  if (empty)
    gtk_widget_add_css_class (self->value_label, "dim-label");
  else
    gtk_widget_remove_css_class (self->value_label, "dim-label");
}

static char *
dup_typed (TandemPlanInput *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (self->kind != TANDEM_PLAN_INPUT_PROSE)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor_widget)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor_widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_typed (TandemPlanInput *self,
           const char      *text)
{
  self->updating++;
  if (self->kind == TANDEM_PLAN_INPUT_PROSE)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor_widget)),
                              text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->editor_widget), text);
  self->updating--;
}

/* Dates */

static void
set_message (TandemPlanInput *self,
             const char      *message)
{
  gboolean invalid = message != NULL;

  if (self->message == NULL && !invalid)
    return;

  if (self->message == NULL)
    {
      self->message = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
      gtk_label_set_xalign (GTK_LABEL (self->message), 0);
      gtk_widget_add_css_class (self->message, "caption");
      gtk_widget_add_css_class (self->message, "error");
      gtk_widget_set_parent (self->message, GTK_WIDGET (self));
    }

  gtk_label_set_text (GTK_LABEL (self->message), message);
  gtk_widget_set_visible (self->message, invalid);
  if (invalid)
    gtk_widget_add_css_class (self->editor_widget, "error");
  else
    gtk_widget_remove_css_class (self->editor_widget, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (self->editor_widget),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* The typed date as stored, "" when nothing is typed, or %NULL with @error when it is not a
 * date. */
static char *
parse_typed_date (TandemPlanInput  *self,
                  GError          **error)
{
  g_autofree char *typed = dup_typed (self);
  GDate date;

  g_strstrip (typed);
  if (typed[0] == '\0')
    return g_strdup ("");

  if (!tandem_date_parse (typed, &date, error))
    return NULL;

  return tandem_date_to_iso (&date);
}

static void
check_date (TandemPlanInput *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = parse_typed_date (self, &error);

  g_clear_handle_id (&self->message_source, g_source_remove);
  set_message (self, iso == NULL ? error->message : NULL);
}

static gboolean
message_timeout_cb (gpointer data)
{
  TandemPlanInput *self = data;

  self->message_source = 0;
  check_date (self);
  return G_SOURCE_REMOVE;
}

/* A date is saved once it is one; until then what was typed stays as it is, and a message
 * says what is wrong once the user pauses or moves on. */
static void
date_changed (TandemPlanInput *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = parse_typed_date (self, &error);

  g_clear_handle_id (&self->message_source, g_source_remove);
  if (iso == NULL)
    {
      self->message_source = g_timeout_add (MESSAGE_DELAY_MS, message_timeout_cb, self);
      return;
    }

  set_message (self, NULL);
  tandem_plan_editor_set_text (self->editor, self->record, self->property, iso);
}

static void
date_focus_leave_cb (TandemPlanInput *self)
{
  check_date (self);
}

static void
calendar_day_selected_cb (TandemPlanInput *self,
                          GtkCalendar     *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%d/%m/%Y");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (self->editor_widget), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_grab_focus (self->editor_widget);
}

/* The calendar is made when first asked for: most dates are typed. */
static void
create_calendar (GtkMenuButton *button,
                 gpointer       data)
{
  TandemPlanInput *self = data;
  g_autofree char *typed = NULL;
  GtkWidget *popover;
  GtkWidget *calendar;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = gtk_popover_new ();
  calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (button, popover);

  typed = dup_text (self);
  if (typed[0] != '\0')
    {
      GDate date;

      if (tandem_date_from_iso (typed, &date))
        {
          g_autoptr(GDateTime) shown = g_date_time_new_local (g_date_get_year (&date),
                                                              g_date_get_month (&date),
                                                              g_date_get_day (&date), 0, 0, 0);

          gtk_calendar_select_day (GTK_CALENDAR (calendar), shown);
        }
    }

  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Text */

static void
text_changed_cb (TandemPlanInput *self)
{
  g_autofree char *text = NULL;

  if (self->updating > 0 || self->editor == NULL)
    return;

  if (self->kind == TANDEM_PLAN_INPUT_DATE)
    {
      date_changed (self);
      return;
    }

  text = dup_typed (self);
  tandem_plan_editor_set_text (self->editor, self->record, self->property, text);
}

/* Choices */

static void
update_choice_label (TandemPlanInput *self)
{
  g_autofree char *label = dup_choice_label (self, self->value);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->editor_widget), label);
}

static void
create_choice_menu (GtkMenuButton *button,
                    gpointer       data)
{
  TandemPlanInput *self = data;
  g_autoptr(GMenu) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  if (self->kind == TANDEM_PLAN_INPUT_LANGUAGE)
    {
      guint n_languages;
      const TandemLanguage *languages = tandem_language_get_all (&n_languages);

      for (guint i = 0; i < n_languages; i++)
        {
          g_autofree char *label = tandem_language_dup_display (languages[i].tag);
          g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

          g_menu_item_set_action_and_target_value (item, "input.value", g_variant_new_int32 (i));
          g_menu_append_item (menu, item);
        }
    }
  else if (self->kind == TANDEM_PLAN_INPUT_SCORE)
    {
      for (int i = 0; i <= 10; i++)
        {
          g_autofree char *label = tandem_plan_input_dup_score_label (i);
          g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

          g_menu_item_set_action_and_target_value (item, "input.value", g_variant_new_int32 (i));
          g_menu_append_item (menu, item);
        }
    }
  else
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type (self));

      for (guint i = 0; i < klass->n_values; i++)
        {
          g_autoptr(GMenuItem) item = NULL;

          item = g_menu_item_new (tandem_enum_get_label (enum_type (self), klass->values[i].value),
                                  NULL);
          g_menu_item_set_action_and_target_value (item, "input.value",
                                                   g_variant_new_int32 (klass->values[i].value));
          g_menu_append_item (menu, item);
        }
    }

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
set_value (TandemPlanInput *self,
           int              value)
{
  if (self->value == value)
    return;

  self->value = value;
  if (self->editor_widget != NULL)
    update_choice_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);

  if (self->updating > 0 || self->editor == NULL)
    return;

  if (self->kind == TANDEM_PLAN_INPUT_LANGUAGE)
    {
      guint n_languages;
      const TandemLanguage *languages = tandem_language_get_all (&n_languages);

      if (value >= 0 && (guint) value < n_languages)
        tandem_plan_editor_set_text (self->editor, self->record, self->property,
                                     languages[value].tag);
      return;
    }

  /* A change the store refused leaves the record as it was: show that. */
  if (!tandem_plan_editor_set_int (self->editor, self->record, self->property, value))
    tandem_plan_input_refresh (self);
}

/* Building */

static GtkWidget *
make_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "tandem-plan-heading");
  return label;
}

static void
build_read_only (TandemPlanInput *self)
{
  self->value_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (self->value_label), TRUE);
  gtk_widget_add_css_class (self->value_label, "tandem-plan-value");
  gtk_widget_set_parent (self->value_label, GTK_WIDGET (self));
  show_display (self);
}

static void
build_prose (TandemPlanInput *self)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *text = dup_text (self);

  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_add_css_class (view, "tandem-plan-prose");
  g_signal_connect_object (buffer, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->editor_widget = view;
  gtk_widget_set_parent (view, GTK_WIDGET (self));
}

static GtkWidget *
make_entry (TandemPlanInput *self)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = dup_text (self);

  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 10);
  gtk_widget_set_hexpand (entry, TRUE);

  if (self->kind == TANDEM_PLAN_INPUT_DATE)
    {
      g_autofree char *input = tandem_date_to_input (text);

      gtk_editable_set_text (GTK_EDITABLE (entry), input);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("dd/mm/yyyy"));
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (entry), text);

  g_signal_connect_object (entry, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return entry;
}

static void
build_line (TandemPlanInput *self)
{
  self->editor_widget = make_entry (self);
  gtk_widget_set_parent (self->editor_widget, GTK_WIDGET (self));
}

static void
build_date (TandemPlanInput *self,
            const char      *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *button = gtk_menu_button_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *tooltip = g_strdup_printf (_("Choose the %s from a calendar"), heading);

  self->editor_widget = make_entry (self);
  g_signal_connect_object (focus, "leave", G_CALLBACK (date_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->editor_widget, focus);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_calendar, self, NULL);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);

  gtk_widget_add_css_class (box, "linked");
  gtk_box_append (GTK_BOX (box), self->editor_widget);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
}

static void
build_choice (TandemPlanInput *self)
{
  GtkWidget *button = gtk_menu_button_new ();

  self->editor_widget = button;
  self->value = self->kind == TANDEM_PLAN_INPUT_LANGUAGE ? get_language_index (self)
                                                        : get_int (self);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_choice_menu, self,
                                         NULL);
  gtk_widget_set_halign (button, GTK_ALIGN_FILL);
  gtk_widget_add_css_class (button, "tandem-plan-choice");
  update_choice_label (self);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
}

static void
tandem_plan_input_dispose (GObject *object)
{
  TandemPlanInput *self = (TandemPlanInput *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->message_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->editor_widget = NULL;
  self->message = NULL;
  g_clear_object (&self->editor);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (tandem_plan_input_parent_class)->dispose (object);
}

static void
tandem_plan_input_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TandemPlanInput *self = TANDEM_PLAN_INPUT (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_input_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TandemPlanInput *self = TANDEM_PLAN_INPUT (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      set_value (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_plan_input_class_init (TandemPlanInputClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_plan_input_dispose;
  object_class->get_property = tandem_plan_input_get_property;
  object_class->set_property = tandem_plan_input_set_property;

  /* The value chosen, for choices and scores; the menu's radio items follow it. */
  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "input.value", "value");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tandemplaninput");
}

static void
tandem_plan_input_init (TandemPlanInput *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
}

/**
 * tandem_plan_input_new:
 * @record: the version, need, goal or action
 * @property: the property of @record the input shows
 * @heading: what the field is, shown above it and given to assistive technologies
 * @editor: (nullable): what saves changes; %NULL to show the value read-only
 */
GtkWidget *
tandem_plan_input_new (TandemPlanInputKind  kind,
                       gpointer             record,
                       const char          *property,
                       const char          *heading,
                       TandemPlanEditor    *editor)
{
  TandemPlanInput *self;

  g_return_val_if_fail (G_IS_OBJECT (record), NULL);
  g_return_val_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (record), property), NULL);

  self = g_object_new (TANDEM_TYPE_PLAN_INPUT, NULL);
  self->kind = kind;
  self->record = g_object_ref (record);
  self->property = g_intern_string (property);
  self->editor = editor ? g_object_ref (editor) : NULL;

  self->heading = make_heading (heading);
  gtk_widget_set_parent (self->heading, GTK_WIDGET (self));

  if (editor == NULL)
    build_read_only (self);
  else if (kind == TANDEM_PLAN_INPUT_PROSE)
    build_prose (self);
  else if (kind == TANDEM_PLAN_INPUT_LINE)
    build_line (self);
  else if (kind == TANDEM_PLAN_INPUT_DATE)
    build_date (self, heading);
  else
    build_choice (self);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->editor_widget ? self->editor_widget
                                                                      : self->value_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->heading, NULL, -1);
  return GTK_WIDGET (self);
}

/* A field alone under a section's heading needs no heading of its own on screen; it keeps
 * it for assistive technologies. */
void
tandem_plan_input_set_heading_visible (TandemPlanInput *self,
                                       gboolean         visible)
{
  g_return_if_fail (TANDEM_IS_PLAN_INPUT (self));

  gtk_widget_set_visible (self->heading, visible);
}

/**
 * tandem_plan_input_get_record:
 *
 * Returns: (transfer none): the record edited
 */
gpointer
tandem_plan_input_get_record (TandemPlanInput *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_INPUT (self), NULL);

  return self->record;
}

const char *
tandem_plan_input_get_property_name (TandemPlanInput *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_INPUT (self), NULL);

  return self->property;
}

/**
 * tandem_plan_input_get_editor:
 *
 * Returns: (transfer none) (nullable): what the user types or chooses in: a #GtkTextView,
 *   #GtkEntry or #GtkMenuButton; %NULL when read-only
 */
GtkWidget *
tandem_plan_input_get_editor (TandemPlanInput *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_INPUT (self), NULL);

  return self->editor_widget;
}

/**
 * tandem_plan_input_get_message:
 *
 * Returns: (nullable): what is wrong with the date typed, as shown under it
 */
const char *
tandem_plan_input_get_message (TandemPlanInput *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_INPUT (self), NULL);

  if (self->message == NULL || !gtk_widget_get_visible (self->message))
    return NULL;

  return gtk_label_get_text (GTK_LABEL (self->message));
}

/**
 * tandem_plan_input_refresh:
 *
 * Shows the record's value again after it changed elsewhere, such as by undo. What the user
 * is typing is left alone when it already says the same.
 */
void
tandem_plan_input_refresh (TandemPlanInput *self)
{
  g_autofree char *text = NULL;
  g_autofree char *typed = NULL;

  g_return_if_fail (TANDEM_IS_PLAN_INPUT (self));

  if (self->editor_widget == NULL)
    {
      show_display (self);
      return;
    }

  switch (self->kind)
    {
    case TANDEM_PLAN_INPUT_PROSE:
    case TANDEM_PLAN_INPUT_LINE:
      text = dup_text (self);
      typed = dup_typed (self);
      if (!g_str_equal (text, typed))
        set_typed (self, text);
      break;

    case TANDEM_PLAN_INPUT_DATE:
      text = dup_text (self);
      typed = parse_typed_date (self, NULL);
      if (g_strcmp0 (text, typed) != 0)
        {
          g_autofree char *input = tandem_date_to_input (text);

          set_typed (self, input);
          set_message (self, NULL);
        }
      break;

    case TANDEM_PLAN_INPUT_LANGUAGE:
      self->updating++;
      set_value (self, get_language_index (self));
      self->updating--;
      break;

    case TANDEM_PLAN_INPUT_CHOICE:
    case TANDEM_PLAN_INPUT_SCORE:
    default:
      self->updating++;
      set_value (self, get_int (self));
      self->updating--;
      break;
    }
}

/* Puts the keyboard focus in the field, at the end of what is written. */
gboolean
tandem_plan_input_focus (TandemPlanInput *self)
{
  g_return_val_if_fail (TANDEM_IS_PLAN_INPUT (self), FALSE);

  if (self->editor_widget == NULL)
    return gtk_widget_grab_focus (self->value_label);

  if (self->kind == TANDEM_PLAN_INPUT_PROSE)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor_widget));
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
    }

  return gtk_widget_grab_focus (self->editor_widget);
}

/**
 * tandem_plan_input_choose:
 *
 * Chooses @value in a choice or score, as the user does from its menu.
 */
void
tandem_plan_input_choose (TandemPlanInput *self,
                          int              value)
{
  g_return_if_fail (TANDEM_IS_PLAN_INPUT (self));
  g_return_if_fail (self->editor_widget != NULL);

  gtk_widget_activate_action (GTK_WIDGET (self), "input.value", "i", value);
}
