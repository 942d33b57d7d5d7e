/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-measure-answers"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-measure-answers.h"

/* The answers of one outcome measure, as a group of rows in the result editor, and the score
 * they give so far.
 *
 * A measure Tandem administers shows each item in its published words with a button for each
 * point of its scale, so the person's answer is one click; the owners' copyright line goes
 * wherever the items are. A licensed measure shows only Tandem's own label for each number it
 * records, never the questionnaire's wording, with an entry for the number.
 *
 * What the user typed is read and written as a JSON object with a string member per item,
 * "answer-0", "answer-1"..., as the editor keeps it in drafts: a number typed wrong stays
 * exactly as typed. Messages about an item are keyed the same way. */

typedef struct
{
  GtkWidget *row;
  GtkWidget *message;        /* the label saying what is wrong */
  GtkWidget *message_row;    /* the row holding it, for an entry; NULL when it is in the row */
  GtkWidget *band;           /* ONS4: the band the answer falls in */
  GPtrArray *buttons;        /* GtkToggleButton per point of the scale; NULL for an entry */
} Item;

struct _TandemMeasureAnswers
{
  AdwPreferencesGroup  parent_instance;

  TandemMeasureKind    kind;
  GArray              *items;           /* Item */
  GPtrArray           *widgets;         /* what this group added for the measure */
  GtkWidget           *score_row;
  GtkWidget           *score_label;
  GHashTable          *typed_by_kind;   /* kind -> JsonObject typed in another measure */
  guint                writing;         /* > 0 while the group sets its own widgets */
};

G_DEFINE_FINAL_TYPE (TandemMeasureAnswers, tandem_measure_answers, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* More points than this, like ONS4's eleven, are labelled by number, with the scale's words
 * at its ends. */
#define MAX_WORDED_POINTS 6

static void update_score (TandemMeasureAnswers *self);

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->buttons, g_ptr_array_unref);
}

static const TandemMeasureInfo *
get_info (TandemMeasureAnswers *self)
{
  return tandem_measure_get_info (self->kind);
}

/* The item's words for messages and labels: the published text, or Tandem's label
 * translated. */
static const char *
item_label (const TandemMeasureInfo *info,
            guint                    i)
{
  return info->administered ? info->items[i] : _(info->items[i]);
}

static guint
count_points (const TandemMeasureInfo *info)
{
  return (guint) round ((info->item_max - info->item_min) / info->item_step) + 1;
}

static double
point_value (const TandemMeasureInfo *info,
             guint                    point)
{
  return info->item_min + point * info->item_step;
}

static char *
dup_key (guint i)
{
  return g_strdup_printf ("answer-%u", i);
}

static void
add_widget (TandemMeasureAnswers *self,
            GtkWidget            *widget)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), widget);
  g_ptr_array_add (self->widgets, widget);
}

static void
emit_changed (TandemMeasureAnswers *self)
{
  update_score (self);
  if (self->writing == 0)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static int
find_active (GPtrArray *buttons)
{
  for (guint p = 0; p < buttons->len; p++)
    {
      if (gtk_toggle_button_get_active (g_ptr_array_index (buttons, p)))
        return p;
    }

  return -1;
}

/* As with radio buttons, an item's points are one stop for Tab, which lands on the point
 * chosen (or the first), and the arrow keys move between them. So a questionnaire of
 * fourteen items is fourteen presses of Tab, not seventy. */
static void
update_tab_stop (GPtrArray *buttons)
{
  int active = MAX (find_active (buttons), 0);

  for (guint p = 0; p < buttons->len; p++)
    gtk_widget_set_focusable (g_ptr_array_index (buttons, p), (int) p == active);
}

static void
button_toggled_cb (GtkToggleButton      *button,
                   TandemMeasureAnswers *self)
{
  GPtrArray *buttons = g_object_get_data (G_OBJECT (button), "tandem-buttons");

  /* Choosing one point unsets another: react once, to the one chosen. */
  if (!gtk_toggle_button_get_active (button))
    return;

  update_tab_stop (buttons);
  emit_changed (self);
}

static gboolean
points_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GPtrArray             *buttons)
{
  GtkWidget *box = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  int rtl = gtk_widget_get_direction (box) == GTK_TEXT_DIR_RTL ? -1 : 1;
  int last = buttons->len - 1;
  int current = MAX (find_active (buttons), 0);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (box));
  int next;

  for (int p = 0; p <= last; p++)
    {
      if (g_ptr_array_index (buttons, p) == focus)
        current = p;
    }

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      next = current - rtl;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      next = current + rtl;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      next = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      next = last;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  next = CLAMP (next, 0, last);
  gtk_toggle_button_set_active (g_ptr_array_index (buttons, next), TRUE);
  gtk_widget_grab_focus (g_ptr_array_index (buttons, next));
  return GDK_EVENT_STOP;
}

static GtkWidget *
make_caption (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
make_message_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static GtkWidget *
make_point_button (const TandemMeasureInfo *info,
                   guint                    point,
                   gboolean                 worded)
{
  const char *words = info->scale ? info->scale[point] : NULL;
  g_autofree char *number = tandem_measure_format_value (point_value (info, point));
  GtkWidget *button = gtk_toggle_button_new_with_label (worded && words ? words : number);
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  /* Long words wrap inside the button rather than push the row wider than the window. */
  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
    }

  if (words != NULL)
    {
      gtk_widget_set_tooltip_text (button, words);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      words, -1);
    }

  gtk_widget_add_css_class (button, "tandem-scale-point");
  return button;
}

/* An item in its own words, then a button for each point of the scale. */
static GtkWidget *
make_choice_row (TandemMeasureAnswers    *self,
                 const TandemMeasureInfo *info,
                 guint                    i,
                 Item                    *item)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *number = g_strdup_printf ("%u", i + 1);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *text = gtk_label_new (info->items[i]);
  GtkWidget *points = g_object_new (GTK_TYPE_BOX,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO_GROUP,
                                    "homogeneous", TRUE,
                                    NULL);
  guint n_points = count_points (info);
  gboolean worded = n_points <= MAX_WORDED_POINTS;

  GtkEventController *keys = gtk_event_controller_key_new ();

  /* The buttons take the focus, not the row around them. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->items[i]);
  gtk_widget_add_css_class (row, "tandem-measure-item");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_widget_add_css_class (number_label, "dim-label");
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_widget_set_valign (number_label, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (header), number_label);
  gtk_box_append (GTK_BOX (header), text);

  if (self->kind == TANDEM_MEASURE_ONS4)
    {
      item->band = gtk_label_new (NULL);
      gtk_widget_add_css_class (item->band, "tandem-badge");
      gtk_widget_set_valign (item->band, GTK_ALIGN_START);
      gtk_widget_set_visible (item->band, FALSE);
      gtk_box_append (GTK_BOX (header), item->band);
    }

  gtk_widget_add_css_class (points, "linked");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (points), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  text, NULL, -1);
  item->buttons = g_ptr_array_new ();
  for (guint p = 0; p < n_points; p++)
    {
      GtkWidget *button = make_point_button (info, p, worded);

      if (p > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     g_ptr_array_index (item->buttons, 0));
      g_object_set_data_full (G_OBJECT (button), "tandem-buttons", g_ptr_array_ref (item->buttons),
                              (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect_object (button, "toggled", G_CALLBACK (button_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (points), button);
      g_ptr_array_add (item->buttons, button);
    }
  update_tab_stop (item->buttons);

  g_signal_connect_data (keys, "key-pressed", G_CALLBACK (points_key_pressed_cb),
                         g_ptr_array_ref (item->buttons),
                         (GClosureNotify) (void (*) (void)) g_ptr_array_unref, 0);
  gtk_widget_add_controller (points, keys);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), points);

  if (!worded && info->scale != NULL)
    {
      GtkWidget *ends = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *low = make_caption (info->scale[0], 0);
      GtkWidget *high = make_caption (info->scale[n_points - 1], 1);

      gtk_widget_set_hexpand (low, TRUE);
      gtk_box_append (GTK_BOX (ends), low);
      gtk_box_append (GTK_BOX (ends), high);
      gtk_box_append (GTK_BOX (box), ends);
    }

  item->message = make_message_label ();
  gtk_box_append (GTK_BOX (box), item->message);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (points), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                  item->message, -1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
entry_changed_cb (TandemMeasureAnswers *self)
{
  emit_changed (self);
}

/* A number a licensed measure gave, under Tandem's own label for it. */
static GtkWidget *
make_number_row (TandemMeasureAnswers    *self,
                 const TandemMeasureInfo *info,
                 guint                    i,
                 Item                    *item)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *label;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->items[i]));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), info->item_step < 1
                                                        ? GTK_INPUT_PURPOSE_NUMBER
                                                        : GTK_INPUT_PURPOSE_DIGITS);
  g_signal_connect_object (row, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);

  /* As in a form: the message is a row of its own under the field. */
  item->message_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (item->message_row), FALSE);
  gtk_widget_add_css_class (item->message_row, "tandem-message-row");
  gtk_widget_set_visible (item->message_row, FALSE);
  label = item->message = make_message_label ();
  gtk_widget_set_visible (label, TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (item->message_row), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                  label, -1);

  return row;
}

/* The score is what the user looks for: it reads as a value, beside its title. */
static GtkWidget *
make_score_row (TandemMeasureAnswers *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Score"));
  self->score_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->score_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->score_label), 1);
  gtk_label_set_justify (GTK_LABEL (self->score_label), GTK_JUSTIFY_RIGHT);
  gtk_widget_set_hexpand (self->score_label, TRUE);
  gtk_widget_set_margin_top (self->score_label, 6);
  gtk_widget_set_margin_bottom (self->score_label, 6);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->score_label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->score_label, NULL, -1);
  return row;
}

static void
clear (TandemMeasureAnswers *self)
{
  for (guint i = 0; i < self->widgets->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->widgets, i));

  g_ptr_array_set_size (self->widgets, 0);
  g_array_set_size (self->items, 0);
  self->score_row = NULL;
  self->score_label = NULL;
}

static void
build (TandemMeasureAnswers *self)
{
  const TandemMeasureInfo *info = get_info (self);

  clear (self);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _(info->name));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), _(info->description));

  g_array_set_size (self->items, info->n_items);
  for (guint i = 0; i < info->n_items; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      item->row = info->administered ? make_choice_row (self, info, i, item)
                                     : make_number_row (self, info, i, item);
      add_widget (self, item->row);
      if (item->message_row != NULL)
        add_widget (self, item->message_row);
    }

  self->score_row = make_score_row (self);
  add_widget (self, self->score_row);

  /* Widgets that are not rows go below the list. */
  if (info->copyright != NULL)
    add_widget (self, make_caption (info->copyright, 0));
  if (!info->administered)
    add_widget (self, make_caption (_("This measure is licensed: use its own materials with the "
                                      "person, as its licence allows. Tandem records the "
                                      "results, not the questions."), 0));

  for (guint i = 0; i < self->widgets->len; i++)
    if (!GTK_IS_LIST_BOX_ROW (g_ptr_array_index (self->widgets, i)))
      gtk_widget_set_margin_top (g_ptr_array_index (self->widgets, i), 6);

  update_score (self);
}

/* Returns: (transfer full): the answer as typed: the chosen point, or the text of the entry */
static char *
dup_typed (const TandemMeasureInfo *info,
           Item                    *item)
{
  if (item->buttons == NULL)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (item->row)));

  for (guint p = 0; p < item->buttons->len; p++)
    {
      if (gtk_toggle_button_get_active (g_ptr_array_index (item->buttons, p)))
        return tandem_measure_format_value (point_value (info, p));
    }

  return g_strdup ("");
}

/* A number as people type it, with a point or a comma before the decimals. NAN when empty;
 * %FALSE when it is not a number. */
static gboolean
parse_typed (const char *typed,
             double     *value)
{
  g_autofree char *text = g_strstrip (g_strdup (typed ? typed : ""));
  char *end = NULL;

  *value = NAN;
  if (text[0] == '\0')
    return TRUE;

  g_strdelimit (text, ",", '.');
  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value))
    {
      *value = NAN;
      return FALSE;
    }

  return TRUE;
}

/* Returns: (transfer full): the answers, NAN where none is given or it is not a number */
static double *
dup_values (TandemMeasureAnswers *self,
            gboolean             *all_numbers)
{
  const TandemMeasureInfo *info = get_info (self);
  double *values = g_new (double, info->n_items);

  if (all_numbers != NULL)
    *all_numbers = TRUE;

  for (guint i = 0; i < info->n_items && i < self->items->len; i++)
    {
      g_autofree char *typed = dup_typed (info, &g_array_index (self->items, Item, i));

      if (!parse_typed (typed, &values[i]) && all_numbers != NULL)
        *all_numbers = FALSE;
    }

  return values;
}

static void
update_bands (TandemMeasureAnswers *self,
              const double         *values)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      const char *band;

      if (item->band == NULL)
        continue;

      band = tandem_measure_ons4_band (i, values[i]);
      gtk_label_set_text (GTK_LABEL (item->band), band ? band : "");
      gtk_widget_set_visible (item->band, band != NULL);
    }
}

/* What the score row says: a score, stands out; what one needs, recedes. */
typedef enum
{
  STATUS_SCORE,
  STATUS_COMPLETE,
  STATUS_WANTING,
} Status;

static char *
dup_status (TandemMeasureAnswers *self,
            const double         *values,
            gboolean              all_numbers,
            Status               *status)
{
  const TandemMeasureInfo *info = get_info (self);
  guint missing = 0;
  char *text;

  *status = STATUS_WANTING;
  for (guint i = 0; i < info->n_required; i++)
    missing += isnan (values[i]) ? 1 : 0;

  if (missing > 0 && all_numbers)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: said in place of a measure’s score
                                          * while some answers are missing */
                                         "%u more answer is needed for a score",
                                         "%u more answers are needed for a score", missing),
                            missing);

  text = tandem_measure_dup_score_text (self->kind, values, info->n_items);
  if (text == NULL)
    return g_strdup (_("Not scored: an answer needs correcting"));

  *status = STATUS_SCORE;

  /* The answers of these are read one by one, and shown with them already. */
  if (self->kind == TANDEM_MEASURE_ONS4 || self->kind == TANDEM_MEASURE_WELLBEING_STAR)
    {
      g_free (text);
      text = g_strdup (_("Complete: each answer is read on its own, with no total"));
      *status = STATUS_COMPLETE;
    }

  return text;
}

static void
update_score (TandemMeasureAnswers *self)
{
  gboolean all_numbers;
  g_autofree double *values = NULL;
  g_autofree char *text = NULL;
  Status status;

  if (self->score_label == NULL)
    return;

  values = dup_values (self, &all_numbers);
  text = dup_status (self, values, all_numbers, &status);
  update_bands (self, values);
  gtk_label_set_text (GTK_LABEL (self->score_label), text);

  if (status == STATUS_SCORE)
    gtk_widget_add_css_class (self->score_label, "heading");
  else
    gtk_widget_remove_css_class (self->score_label, "heading");

  if (status == STATUS_WANTING)
    gtk_widget_add_css_class (self->score_label, "dim-label");
  else
    gtk_widget_remove_css_class (self->score_label, "dim-label");
}

static void
tandem_measure_answers_finalize (GObject *object)
{
  TandemMeasureAnswers *self = (TandemMeasureAnswers *) object;

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->widgets, g_ptr_array_unref);
  g_clear_pointer (&self->typed_by_kind, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_measure_answers_parent_class)->finalize (object);
}

static void
tandem_measure_answers_class_init (TandemMeasureAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_measure_answers_finalize;

  /**
   * TandemMeasureAnswers::changed:
   *
   * Emitted when the user changed an answer; not when the group set them itself.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tandem_measure_answers_init (TandemMeasureAnswers *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->widgets = g_ptr_array_new ();
  self->typed_by_kind = g_hash_table_new_full (NULL, NULL, NULL,
                                               (GDestroyNotify) json_object_unref);
}

GtkWidget *
tandem_measure_answers_new (TandemMeasureKind kind)
{
  TandemMeasureAnswers *self = g_object_new (TANDEM_TYPE_MEASURE_ANSWERS, NULL);

  self->kind = kind;
  build (self);
  return GTK_WIDGET (self);
}

TandemMeasureKind
tandem_measure_answers_get_kind (TandemMeasureAnswers *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_ANSWERS (self), TANDEM_MEASURE_ONS4);

  return self->kind;
}

/**
 * tandem_measure_answers_set_kind:
 *
 * Shows another measure's items. What was typed for this one comes back if the user returns
 * to it, as a slip in choosing the measure should not cost the answers.
 */
void
tandem_measure_answers_set_kind (TandemMeasureAnswers *self,
                                 TandemMeasureKind     kind)
{
  JsonObject *typed;

  g_return_if_fail (TANDEM_IS_MEASURE_ANSWERS (self));

  if (self->kind == kind)
    return;

  g_hash_table_replace (self->typed_by_kind, GINT_TO_POINTER (self->kind),
                        tandem_measure_answers_read (self));
  self->kind = kind;
  build (self);

  typed = g_hash_table_lookup (self->typed_by_kind, GINT_TO_POINTER (kind));
  if (typed != NULL)
    tandem_measure_answers_write (self, typed);
}

/**
 * tandem_measure_answers_set_answers:
 * @answers: (nullable): answers as a result stores them, such as "3,4,,2"
 *
 * Shows a result's answers, without emitting ::changed.
 */
void
tandem_measure_answers_set_answers (TandemMeasureAnswers *self,
                                    const char           *answers)
{
  const TandemMeasureInfo *info;
  g_autofree double *values = NULL;
  g_autoptr(JsonObject) input = json_object_new ();

  g_return_if_fail (TANDEM_IS_MEASURE_ANSWERS (self));

  info = get_info (self);
  values = g_new (double, info->n_items);
  tandem_measure_parse_answers (answers, values, info->n_items);

  for (guint i = 0; i < info->n_items; i++)
    {
      g_autofree char *key = dup_key (i);
      g_autofree char *typed = isnan (values[i]) ? g_strdup ("")
                                                 : tandem_measure_format_value (values[i]);

      json_object_set_string_member (input, key, typed);
    }

  tandem_measure_answers_write (self, input);
}

/**
 * tandem_measure_answers_dup_answers:
 *
 * Returns: (transfer full): the answers as a result stores them; one missing or not a number
 *   is left empty
 */
char *
tandem_measure_answers_dup_answers (TandemMeasureAnswers *self)
{
  g_autofree double *values = NULL;

  g_return_val_if_fail (TANDEM_IS_MEASURE_ANSWERS (self), NULL);

  values = dup_values (self, NULL);
  return tandem_measure_format_answers (values, get_info (self)->n_items);
}

/**
 * tandem_measure_answers_read:
 *
 * Returns: (transfer full): each answer as typed, by "answer-0", "answer-1"...
 */
JsonObject *
tandem_measure_answers_read (TandemMeasureAnswers *self)
{
  JsonObject *input = json_object_new ();
  const TandemMeasureInfo *info;

  g_return_val_if_fail (TANDEM_IS_MEASURE_ANSWERS (self), input);

  info = get_info (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *key = dup_key (i);
      g_autofree char *typed = dup_typed (info, &g_array_index (self->items, Item, i));

      json_object_set_string_member (input, key, typed);
    }

  return input;
}

static void
write_item (const TandemMeasureInfo *info,
            Item                    *item,
            const char              *typed)
{
  double value;

  if (item->buttons == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (item->row), typed);
      return;
    }

  parse_typed (typed, &value);
  for (guint p = 0; p < item->buttons->len; p++)
    {
      GtkToggleButton *button = g_ptr_array_index (item->buttons, p);

      if (fabs (point_value (info, p) - value) < 1e-9)
        gtk_toggle_button_set_active (button, TRUE);
    }

  /* No point matches: none is chosen. */
  if (isnan (value))
    for (guint p = 0; p < item->buttons->len; p++)
      gtk_toggle_button_set_active (g_ptr_array_index (item->buttons, p), FALSE);

  update_tab_stop (item->buttons);
}

/**
 * tandem_measure_answers_write:
 * @input: answers as tandem_measure_answers_read() gives them
 *
 * Shows the answers @input has a member for, without emitting ::changed.
 */
void
tandem_measure_answers_write (TandemMeasureAnswers *self,
                              JsonObject           *input)
{
  const TandemMeasureInfo *info;

  g_return_if_fail (TANDEM_IS_MEASURE_ANSWERS (self));

  info = get_info (self);
  self->writing++;
  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *key = dup_key (i);
      JsonNode *node = json_object_get_member (input, key);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING)
        write_item (info, &g_array_index (self->items, Item, i), json_node_get_string (node));
    }
  update_score (self);
  self->writing--;
}

/**
 * tandem_measure_answers_check:
 * @errors: where to add a message for each answer that is missing or wrong, by
 *   "answer-0"...
 *
 * The measure's own rules say what is wrong with each answer: every other answer is taken as
 * right when asking them about this one, so each gets its own message.
 */
void
tandem_measure_answers_check (TandemMeasureAnswers *self,
                              GHashTable           *errors)
{
  const TandemMeasureInfo *info;
  g_autofree double *values = NULL;
  g_autofree double *probe = NULL;

  g_return_if_fail (TANDEM_IS_MEASURE_ANSWERS (self));

  info = get_info (self);
  values = dup_values (self, NULL);
  probe = g_new (double, info->n_items);

  for (guint i = 0; i < info->n_items; i++)
    {
      g_autofree char *typed = dup_typed (info, &g_array_index (self->items, Item, i));
      g_autoptr(GError) error = NULL;
      TandemMeasureScore score;
      double value;

      if (!parse_typed (typed, &value))
        {
          g_hash_table_replace (errors, dup_key (i),
                                /* Translators: %s is what a number of a measure is, such as
                                 * “PAM score (0–100)” */
                                g_strdup_printf (_("“%s” must be a number"),
                                                 item_label (info, i)));
          continue;
        }

      for (guint j = 0; j < info->n_items; j++)
        probe[j] = j == i ? values[i] : info->item_min;

      if (!tandem_measure_score (self->kind, probe, info->n_items, &score, &error))
        g_hash_table_replace (errors, dup_key (i), g_strdup (error->message));
    }
}

/**
 * tandem_measure_answers_show_errors:
 * @errors: (nullable): messages by "answer-0"...; %NULL or empty clears them
 */
void
tandem_measure_answers_show_errors (TandemMeasureAnswers *self,
                                    GHashTable           *errors)
{
  g_return_if_fail (TANDEM_IS_MEASURE_ANSWERS (self));

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      g_autofree char *key = dup_key (i);
      const char *message = errors ? g_hash_table_lookup (errors, key) : NULL;
      GtkWidget *editor = item->row;

      if (item->buttons != NULL)
        editor = gtk_widget_get_parent (g_ptr_array_index (item->buttons, 0));

      gtk_label_set_text (GTK_LABEL (item->message), message ? message : "");
      gtk_widget_set_visible (item->message_row ? item->message_row : item->message,
                              message != NULL);
      if (message != NULL)
        gtk_widget_add_css_class (item->row, "error");
      else
        gtk_widget_remove_css_class (item->row, "error");

      gtk_accessible_update_state (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_STATE_INVALID,
                                   message ? GTK_ACCESSIBLE_INVALID_TRUE
                                           : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
    }
}

static gboolean
shows_message (Item *item)
{
  return gtk_widget_get_visible (item->message_row ? item->message_row : item->message);
}

/**
 * tandem_measure_answers_focus_first_error:
 *
 * Returns: %TRUE if an answer shows a message and now has the keyboard focus: its chosen
 *   point, or the first
 */
gboolean
tandem_measure_answers_focus_first_error (TandemMeasureAnswers *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_ANSWERS (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      GtkWidget *target = item->row;

      if (!shows_message (item))
        continue;

      for (guint p = 0; item->buttons != NULL && p < item->buttons->len; p++)
        {
          if (p == 0 || gtk_toggle_button_get_active (g_ptr_array_index (item->buttons, p)))
            target = g_ptr_array_index (item->buttons, p);
        }

      return gtk_widget_grab_focus (target);
    }

  return FALSE;
}

/**
 * tandem_measure_answers_get_item_row:
 *
 * Returns: (transfer none) (nullable): the row of @item: its buttons, or its entry
 */
GtkWidget *
tandem_measure_answers_get_item_row (TandemMeasureAnswers *self,
                                     guint                 item)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_ANSWERS (self), NULL);

  if (item >= self->items->len)
    return NULL;

  return g_array_index (self->items, Item, item).row;
}

/**
 * tandem_measure_answers_get_score_text:
 *
 * Returns: (transfer none): what the score row says: the score so far, or what it needs
 */
const char *
tandem_measure_answers_get_score_text (TandemMeasureAnswers *self)
{
  g_return_val_if_fail (TANDEM_IS_MEASURE_ANSWERS (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->score_label));
}
