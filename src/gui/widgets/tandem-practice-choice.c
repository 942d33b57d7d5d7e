/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-practice-choice"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-practice-choice.h"

/* A practice filter: fills a drop-down with "All practices" and the PCN's practices, and
 * follows the choice as a practice id (0 for all). Practices change in Preferences; the
 * choice is kept while the practice exists. Bind "practice-id" to what it filters. */
struct _TandemPracticeChoice
{
  GObject      parent_instance;

  GtkDropDown *drop_down;    /* not owned: the widget owns this object */
  TandemTeam  *team;
  GArray      *practice_ids; /* gint64 per item of the drop-down */
  gint64       practice_id;
};

G_DEFINE_FINAL_TYPE (TandemPracticeChoice, tandem_practice_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PRACTICE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
selected_cb (TandemPracticeChoice *self)
{
  guint selected = gtk_drop_down_get_selected (self->drop_down);
  gint64 practice_id = 0;

  if (selected < self->practice_ids->len)
    practice_id = g_array_index (self->practice_ids, gint64, selected);

  if (practice_id == self->practice_id)
    return;

  self->practice_id = practice_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE_ID]);
}

static void
fill (TandemPracticeChoice *self)
{
  GListModel *practices = tandem_team_get_practices (self->team);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;
  gint64 all = 0;

  g_array_set_size (self->practice_ids, 0);
  gtk_string_list_append (list, _("All practices"));
  g_array_append_val (self->practice_ids, all);

  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(TandemPractice) practice = g_list_model_get_item (practices, i);
      gint64 id = tandem_record_get_id (practice);

      if (id == self->practice_id)
        selected = self->practice_ids->len;
      if (tandem_practice_get_retired (practice))
        {
          /* Translators: a practice that has left the PCN, in a list of practices */
          g_autofree char *label = g_strdup_printf (_("%s (left)"),
                                                    tandem_practice_get_name (practice));

          gtk_string_list_append (list, label);
        }
      else
        gtk_string_list_append (list, tandem_practice_get_name (practice));
      g_array_append_val (self->practice_ids, id);
    }

  g_signal_handlers_block_by_func (self->drop_down, selected_cb, self);
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->drop_down, selected);
  g_signal_handlers_unblock_by_func (self->drop_down, selected_cb, self);
  selected_cb (self);
}

static void
tandem_practice_choice_finalize (GObject *object)
{
  TandemPracticeChoice *self = (TandemPracticeChoice *) object;

  g_clear_object (&self->team);
  g_clear_pointer (&self->practice_ids, g_array_unref);

  G_OBJECT_CLASS (tandem_practice_choice_parent_class)->finalize (object);
}

static void
tandem_practice_choice_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TandemPracticeChoice *self = TANDEM_PRACTICE_CHOICE (object);

  switch (prop_id)
    {
    case PROP_PRACTICE_ID:
      g_value_set_int64 (value, self->practice_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_practice_choice_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TandemPracticeChoice *self = TANDEM_PRACTICE_CHOICE (object);

  switch (prop_id)
    {
    case PROP_PRACTICE_ID:
      tandem_practice_choice_set_practice_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_practice_choice_class_init (TandemPracticeChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_practice_choice_finalize;
  object_class->get_property = tandem_practice_choice_get_property;
  object_class->set_property = tandem_practice_choice_set_property;

  /* The practice chosen, or 0 for all of them. */
  properties[PROP_PRACTICE_ID] =
    g_param_spec_int64 ("practice-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_practice_choice_init (TandemPracticeChoice *self)
{
  self->practice_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * tandem_practice_choice_new:
 * @drop_down: the drop-down to fill; it keeps the choice alive
 *
 * Returns: (transfer none): the choice, owned by @drop_down
 */
TandemPracticeChoice *
tandem_practice_choice_new (GtkDropDown *drop_down,
                            TandemTeam  *team)
{
  TandemPracticeChoice *self;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), NULL);
  g_return_val_if_fail (TANDEM_IS_TEAM (team), NULL);

  self = g_object_new (TANDEM_TYPE_PRACTICE_CHOICE, NULL);
  self->drop_down = drop_down;
  self->team = g_object_ref (team);
  g_object_set_data_full (G_OBJECT (drop_down), "tandem-practice-choice", self, g_object_unref);

  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (team, "changed", G_CALLBACK (fill), self, G_CONNECT_SWAPPED);
  fill (self);

  return self;
}

gint64
tandem_practice_choice_get_practice_id (TandemPracticeChoice *self)
{
  g_return_val_if_fail (TANDEM_IS_PRACTICE_CHOICE (self), 0);

  return self->practice_id;
}

void
tandem_practice_choice_set_practice_id (TandemPracticeChoice *self,
                                        gint64                practice_id)
{
  g_return_if_fail (TANDEM_IS_PRACTICE_CHOICE (self));

  for (guint i = 0; i < self->practice_ids->len; i++)
    {
      if (g_array_index (self->practice_ids, gint64, i) == practice_id)
        {
          gtk_drop_down_set_selected (self->drop_down, i);
          return;
        }
    }
}
