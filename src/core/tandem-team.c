/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-team"

#include "config.h"

#include "tandem-team.h"

/* The PCN, its practices and its staff, read once and kept up to date: lists and pages show
 * practice and staff names on every row, which must not cost a query each. */
struct _TandemTeam
{
  GObject      parent_instance;

  TandemStore *store;
  char        *pcn_name;
  GListStore  *practices;
  GListStore  *staff;
};

G_DEFINE_FINAL_TYPE (TandemTeam, tandem_team, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
replace_all (GListStore *list,
             GListModel *items)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    g_ptr_array_add (array, g_list_model_get_item (items, i));

  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       array->pdata, array->len);
}

static void
team_changed_cb (TandemTeam  *self,
                 TandemStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_team_reload (self, &error))
    g_warning ("Could not reread the team: %s", error->message);
}

static void
tandem_team_dispose (GObject *object)
{
  TandemTeam *self = (TandemTeam *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->practices);
  g_clear_object (&self->staff);
  g_clear_pointer (&self->pcn_name, g_free);

  G_OBJECT_CLASS (tandem_team_parent_class)->dispose (object);
}

static void
tandem_team_class_init (TandemTeamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_team_dispose;

  /**
   * TandemTeam::changed:
   *
   * Emitted after the team was reread.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tandem_team_init (TandemTeam *self)
{
  self->practices = g_list_store_new (TANDEM_TYPE_PRACTICE);
  self->staff = g_list_store_new (TANDEM_TYPE_STAFF);
}

/**
 * tandem_team_new:
 *
 * Returns: (transfer full): the team; call tandem_team_reload() to read it
 */
TandemTeam *
tandem_team_new (TandemStore *store)
{
  TandemTeam *self;

  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  self = g_object_new (TANDEM_TYPE_TEAM, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "team-changed", G_CALLBACK (team_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

gboolean
tandem_team_reload (TandemTeam  *self,
                    GError     **error)
{
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *pcn_name = NULL;

  g_return_val_if_fail (TANDEM_IS_TEAM (self), FALSE);

  pcn_name = tandem_store_dup_pcn_name (self->store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if ((practices = tandem_store_list_practices (self->store, error)) == NULL ||
      (staff = tandem_store_list_staff (self->store, error)) == NULL)
    return FALSE;

  g_free (self->pcn_name);
  self->pcn_name = g_steal_pointer (&pcn_name);
  replace_all (self->practices, practices);
  replace_all (self->staff, staff);

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}

/* Set up means the first-run welcome has been completed: the PCN has a name. */
gboolean
tandem_team_is_set_up (TandemTeam *self)
{
  g_return_val_if_fail (TANDEM_IS_TEAM (self), FALSE);

  return self->pcn_name != NULL;
}

const char *
tandem_team_get_pcn_name (TandemTeam *self)
{
  g_return_val_if_fail (TANDEM_IS_TEAM (self), NULL);

  return self->pcn_name;
}

/**
 * tandem_team_get_practices:
 *
 * Returns: (transfer none): every practice, retired ones included, by name
 */
GListModel *
tandem_team_get_practices (TandemTeam *self)
{
  g_return_val_if_fail (TANDEM_IS_TEAM (self), NULL);

  return G_LIST_MODEL (self->practices);
}

/**
 * tandem_team_get_staff:
 *
 * Returns: (transfer none): every member of staff, retired ones included, by name
 */
GListModel *
tandem_team_get_staff (TandemTeam *self)
{
  g_return_val_if_fail (TANDEM_IS_TEAM (self), NULL);

  return G_LIST_MODEL (self->staff);
}

static gpointer
find_record (GListModel *list,
             gint64      id)
{
  for (guint i = 0; id > 0 && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (list, i);

      if (tandem_record_get_id (record) == id)
        return record;
    }

  return NULL;
}

/**
 * tandem_team_find_practice:
 *
 * Returns: (transfer none) (nullable): the practice with that id
 */
TandemPractice *
tandem_team_find_practice (TandemTeam *self,
                           gint64      id)
{
  g_return_val_if_fail (TANDEM_IS_TEAM (self), NULL);

  return find_record (G_LIST_MODEL (self->practices), id);
}

/**
 * tandem_team_find_staff:
 *
 * Returns: (transfer none) (nullable): the member of staff with that id
 */
TandemStaff *
tandem_team_find_staff (TandemTeam *self,
                        gint64      id)
{
  g_return_val_if_fail (TANDEM_IS_TEAM (self), NULL);

  return find_record (G_LIST_MODEL (self->staff), id);
}
