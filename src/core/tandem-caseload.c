/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-caseload"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "tandem-caseload.h"
#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-plan.h"
#include "tandem-referral.h"
#include "tandem-search.h"

/* The caseload: everyone in the store as a list the window can show, in the order a coach
 * works through it, narrowed by filters and search as you type.
 *
 * A PCN may hold 100,000 people, and every keystroke must update the list within a frame. So
 * the caseload keeps one compact TandemCaseloadEntry per person, sorted once when loaded;
 * filtering walks that array, and search matches each entry's search key in memory (see
 * tandem-search.c), looking only at the rows already shown when the user types on. Items
 * are only made for rows on screen.
 *
 * The Plans section lists people the same way, with only those who have a plan, in the
 * order their reviews fall due (see the "plans" property). */
struct _TandemCaseload
{
  GObject               parent_instance;

  TandemStore          *store;
  GArray               *entries;     /* TandemCaseloadEntry, in caseload order */
  GStringChunk         *strings;     /* the entries' strings */
  GArray               *visible;     /* guint indices into entries */
  TandemCaseloadRules   rules;
  gboolean              plans_only;

  gint64                staff_id;
  TandemCaseloadShow    show;
  TandemPlanFilter      plan_filter;
  gint64                practice_id;
  int                   role;
  char                 *search_text;
  TandemSearchQuery    *query;       /* NULL when not searching */

  GHashTable           *items;       /* person id -> TandemCaseloadItem, not owned */

  GCancellable         *load_cancellable;
  guint                 loading : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TandemCaseload, tandem_caseload, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLANS,
  PROP_STAFF_ID,
  PROP_SHOW,
  PROP_PLAN_FILTER,
  PROP_PRACTICE_ID,
  PROP_ROLE,
  PROP_SEARCH_TEXT,
  PROP_WAITING_WARNING_DAYS,
  PROP_CONTACT_INTERVAL_DAYS,
  PROP_LOADING,
  PROP_N_PEOPLE,
  PROP_N_ITEMS,
  N_PROPS
};

enum {
  SIGNAL_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define DEFAULT_WAITING_WARNING_DAYS 14
#define DEFAULT_CONTACT_INTERVAL_DAYS 28

/* Urgent first, then the longest waiting. Within an urgency, people still waiting come
 * before those already being worked with, since they are the ones needing a call. Ended
 * episodes follow, the most recent first, then people with no referral. */
static int
group_of (const TandemCaseloadEntry *entry)
{
  if (entry->status == TANDEM_CASELOAD_NO_REFERRAL)
    return 2 * (TANDEM_PRIORITY_URGENT + 1) + 1;

  if (!tandem_referral_status_is_open (entry->status))
    return 2 * (TANDEM_PRIORITY_URGENT + 1);

  return 2 * (TANDEM_PRIORITY_URGENT - entry->priority) +
         (tandem_referral_status_is_waiting (entry->status) ? 0 : 1);
}

/* The caseload order as one number per entry: the group, then the date received (oldest
 * first for open episodes, most recent first for ended ones). Ties go by person id, a stable
 * order that costs nothing; sorting 100,000 entries then compares integers. */
static guint64
caseload_sort_key (const TandemCaseloadEntry *entry)
{
  guint64 day = entry->received_on;

  if (!tandem_referral_status_is_open (entry->status) ||
      entry->status == TANDEM_CASELOAD_NO_REFERRAL)
    day = G_MAXUINT32 - day;

  return ((guint64) group_of (entry) << 32) | day;
}

/* Plans in the order their reviews fall due, so overdue ones come first; plans never agreed
 * have no review yet and follow. */
static guint64
review_sort_key (const TandemCaseloadEntry *entry)
{
  return ((guint64) (entry->review_on == 0) << 32) | entry->review_on;
}

static guint64
sort_key (gboolean                   plans_only,
          const TandemCaseloadEntry *entry)
{
  return plans_only ? review_sort_key (entry) : caseload_sort_key (entry);
}

static int
compare_entries (gboolean                   plans_only,
                 const TandemCaseloadEntry *x,
                 const TandemCaseloadEntry *y)
{
  guint64 key_x = sort_key (plans_only, x);
  guint64 key_y = sort_key (plans_only, y);

  if (key_x != key_y)
    return key_x < key_y ? -1 : 1;

  return x->person_id < y->person_id ? -1 : x->person_id > y->person_id;
}

static gboolean
show_allows (TandemCaseloadShow         show,
             const TandemCaseloadRules *rules,
             const TandemCaseloadEntry *entry)
{
  if (show == TANDEM_CASELOAD_SHOW_ALL)
    return TRUE;

  if (show == TANDEM_CASELOAD_SHOW_OUTCOME_DUE)
    return tandem_caseload_rules_outcome_due (rules, entry);

  if (show == TANDEM_CASELOAD_SHOW_REVIEW_DUE)
    {
      TandemReviewState review = tandem_caseload_rules_review_state (rules, entry);

      return review == TANDEM_REVIEW_DUE_SOON || review == TANDEM_REVIEW_OVERDUE;
    }

  if (entry->status == TANDEM_CASELOAD_NO_REFERRAL)
    return FALSE;

  switch (show)
    {
    case TANDEM_CASELOAD_SHOW_OPEN:
      return tandem_referral_status_is_open (entry->status);
    case TANDEM_CASELOAD_SHOW_WAITING:
      return tandem_referral_status_is_waiting (entry->status);
    case TANDEM_CASELOAD_SHOW_ACTIVE:
      return entry->status == TANDEM_REFERRAL_ACTIVE;
    case TANDEM_CASELOAD_SHOW_CLOSED:
      return entry->status == TANDEM_REFERRAL_CLOSED;
    case TANDEM_CASELOAD_SHOW_DECLINED:
      return entry->status == TANDEM_REFERRAL_DECLINED;
    case TANDEM_CASELOAD_SHOW_NO_RESPONSE:
      return entry->status == TANDEM_REFERRAL_NO_RESPONSE;
    case TANDEM_CASELOAD_SHOW_ALL:
    case TANDEM_CASELOAD_SHOW_REVIEW_DUE:
    case TANDEM_CASELOAD_SHOW_OUTCOME_DUE:
    default:
      return TRUE;
    }
}

static gboolean
plan_filter_allows (TandemPlanFilter           filter,
                    const TandemCaseloadRules *rules,
                    const TandemCaseloadEntry *entry)
{
  switch (filter)
    {
    case TANDEM_PLAN_FILTER_DRAFTS:
      return entry->plan_state == TANDEM_PLAN_DRAFT;
    case TANDEM_PLAN_FILTER_AGREED:
      return entry->plan_state == TANDEM_PLAN_AGREED;
    case TANDEM_PLAN_FILTER_REVIEW_SOON:
      return tandem_caseload_rules_review_state (rules, entry) == TANDEM_REVIEW_DUE_SOON;
    case TANDEM_PLAN_FILTER_REVIEW_OVERDUE:
      return tandem_caseload_rules_review_state (rules, entry) == TANDEM_REVIEW_OVERDUE;
    case TANDEM_PLAN_FILTER_ALL:
    default:
      return TRUE;
    }
}

static gboolean
entry_is_visible (TandemCaseload            *self,
                  const TandemCaseloadEntry *entry)
{
  if (self->staff_id != 0 && entry->assigned_staff_id != self->staff_id)
    return FALSE;

  if (self->practice_id != 0 && entry->practice_id != self->practice_id)
    return FALSE;

  if (self->role >= 0 && (entry->status == TANDEM_CASELOAD_NO_REFERRAL || entry->role != self->role))
    return FALSE;

  return show_allows (self->show, &self->rules, entry) &&
         plan_filter_allows (self->plan_filter, &self->rules, entry) &&
         (self->query == NULL || tandem_search_query_matches (self->query, entry->search_key));
}

static gint64
person_at (TandemCaseload *self,
           guint           position)
{
  guint index = g_array_index (self->visible, guint, position);

  return g_array_index (self->entries, TandemCaseloadEntry, index).person_id;
}

/* The people on the list now, to compare with after a change. */
static GArray *
dup_visible_people (TandemCaseload *self)
{
  GArray *people = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->visible->len);

  for (guint i = 0; i < self->visible->len; i++)
    {
      gint64 person_id = person_at (self, i);

      g_array_append_val (people, person_id);
    }

  return people;
}

/* Items are made only when the list asks, but the same person gets the same item while the
 * list holds it, so the list can keep that row as it is. Items are snapshots of an entry:
 * when the entry changes, its item is forgotten and the next one made anew. */
static void
item_finalized_cb (gpointer  data,
                   GObject  *item)
{
  TandemCaseload *self = data;
  gint64 person_id = tandem_caseload_item_get_person_id (TANDEM_CASELOAD_ITEM (item));

  if (g_hash_table_lookup (self->items, &person_id) == (gpointer) item)
    g_hash_table_remove (self->items, &person_id);
}

static gboolean
forget_item (gpointer key,
             gpointer value,
             gpointer data)
{
  g_object_weak_unref (value, item_finalized_cb, data);
  return TRUE;
}

static void
forget_items (TandemCaseload *self)
{
  g_hash_table_foreach_remove (self->items, forget_item, self);
}

static void
forget_person_item (TandemCaseload *self,
                    gint64          person_id)
{
  gpointer item = g_hash_table_lookup (self->items, &person_id);

  if (item != NULL)
    {
      g_object_weak_unref (item, item_finalized_cb, self);
      g_hash_table_remove (self->items, &person_id);
    }
}

/* Recomputes which entries show and tells the list only about the stretch that changed, so
 * an edit to one person does not rebuild every row on screen. @before holds the people the
 * list showed before the change; @changed is a person whose row must be remade even if it
 * did not move, or 0. With @narrowing, only rows already shown can still show. */
static void
refilter_from (TandemCaseload *self,
               GArray         *before,
               gint64          changed,
               gboolean        narrowing)
{
  guint old_len = before->len;
  guint prefix = 0;
  guint suffix = 0;
  guint new_len;

  if (narrowing)
    {
      guint kept = 0;

      for (guint i = 0; i < self->visible->len; i++)
        {
          guint index = g_array_index (self->visible, guint, i);

          if (entry_is_visible (self, &g_array_index (self->entries, TandemCaseloadEntry, index)))
            g_array_index (self->visible, guint, kept++) = index;
        }
      g_array_set_size (self->visible, kept);
    }
  else
    {
      g_array_set_size (self->visible, 0);
      for (guint i = 0; i < self->entries->len; i++)
        {
          if (entry_is_visible (self, &g_array_index (self->entries, TandemCaseloadEntry, i)))
            g_array_append_val (self->visible, i);
        }
    }

  new_len = self->visible->len;

  while (prefix < old_len && prefix < new_len &&
         g_array_index (before, gint64, prefix) == person_at (self, prefix) &&
         person_at (self, prefix) != changed)
    prefix++;

  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_array_index (before, gint64, old_len - 1 - suffix) ==
         person_at (self, new_len - 1 - suffix) &&
         person_at (self, new_len - 1 - suffix) != changed)
    suffix++;

  if (prefix == old_len && prefix == new_len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix - suffix,
                              new_len - prefix - suffix);

  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* A filter changed; the entries did not. */
static void
refilter (TandemCaseload *self)
{
  g_autoptr(GArray) before = dup_visible_people (self);

  refilter_from (self, before, 0, FALSE);
}

/* Replaces everything: used after a load, when indices into the old entries mean nothing. */
static void
replace_entries (TandemCaseload *self,
                 GArray         *entries,
                 GStringChunk   *strings)
{
  guint old_len = self->visible->len;

  forget_items (self);
  g_array_unref (self->entries);
  g_string_chunk_free (self->strings);
  self->entries = entries;
  self->strings = strings;
  g_array_set_size (self->visible, 0);

  for (guint i = 0; i < self->entries->len; i++)
    {
      if (entry_is_visible (self, &g_array_index (self->entries, TandemCaseloadEntry, i)))
        g_array_append_val (self->visible, i);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->visible->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PEOPLE]);
}

static void
report_failure (TandemCaseload *self,
                const GError   *error)
{
  g_signal_emit (self, signals[SIGNAL_FAILED], 0, error);
}

static void
remove_person_entry (TandemCaseload *self,
                     gint64          person_id)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      if (g_array_index (self->entries, TandemCaseloadEntry, i).person_id == person_id)
        {
          g_array_remove_index (self->entries, i);
          return;
        }
    }
}

static guint
sorted_position (TandemCaseload            *self,
                 const TandemCaseloadEntry *entry)
{
  guint low = 0;
  guint high = self->entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_entries (self->plans_only,
                           &g_array_index (self->entries, TandemCaseloadEntry, middle), entry) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* One person changed: reread just them and move their entry to where it now sorts. */
static void
reload_person (TandemCaseload *self,
               gint64          person_id)
{
  g_autoptr(GArray) loaded = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  g_autoptr(GArray) before = NULL;
  g_autoptr(GError) error = NULL;
  guint old_n_people = self->entries->len;

  if (!tandem_store_load_caseload (self->store, person_id, self->plans_only, loaded,
                                   self->strings, &error))
    {
      report_failure (self, error);
      return;
    }

  before = dup_visible_people (self);
  forget_person_item (self, person_id);
  remove_person_entry (self, person_id);

  if (loaded->len == 1)
    {
      TandemCaseloadEntry *entry = &g_array_index (loaded, TandemCaseloadEntry, 0);

      g_array_insert_val (self->entries, sorted_position (self, entry), *entry);
    }

  refilter_from (self, before, person_id, FALSE);

  if (self->entries->len != old_n_people)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PEOPLE]);
}

static void
set_loading (TandemCaseload *self,
             gboolean        loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
reload_all_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_caseload_load_finish (TANDEM_CASELOAD (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    report_failure (TANDEM_CASELOAD (object), error);
}

static void
store_changed_cb (TandemCaseload *self,
                  gint64          person_id,
                  TandemStore    *store)
{
  if (person_id == 0)
    tandem_caseload_load_async (self, NULL, reload_all_cb, NULL);
  else
    reload_person (self, person_id);
}

static GType
tandem_caseload_get_item_type (GListModel *model)
{
  return TANDEM_TYPE_CASELOAD_ITEM;
}

static guint
tandem_caseload_get_n_items (GListModel *model)
{
  return TANDEM_CASELOAD (model)->visible->len;
}

static gpointer
tandem_caseload_get_item (GListModel *model,
                          guint       position)
{
  TandemCaseload *self = TANDEM_CASELOAD (model);
  TandemCaseloadItem *item;
  TandemCaseloadEntry *entry;

  if (position >= self->visible->len)
    return NULL;

  entry = &g_array_index (self->entries, TandemCaseloadEntry,
                          g_array_index (self->visible, guint, position));

  item = g_hash_table_lookup (self->items, &entry->person_id);
  if (item != NULL)
    return g_object_ref (item);

  item = tandem_caseload_item_new (entry, &self->rules);
  g_object_weak_ref (G_OBJECT (item), item_finalized_cb, self);
  g_hash_table_insert (self->items, g_memdup2 (&entry->person_id, sizeof (gint64)), item);
  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tandem_caseload_get_item_type;
  iface->get_n_items = tandem_caseload_get_n_items;
  iface->get_item = tandem_caseload_get_item;
}

static void
tandem_caseload_constructed (GObject *object)
{
  TandemCaseload *self = (TandemCaseload *) object;

  G_OBJECT_CLASS (tandem_caseload_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
tandem_caseload_dispose (GObject *object)
{
  TandemCaseload *self = (TandemCaseload *) object;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tandem_caseload_parent_class)->dispose (object);
}

static void
tandem_caseload_finalize (GObject *object)
{
  TandemCaseload *self = (TandemCaseload *) object;

  forget_items (self);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->visible, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->query, tandem_search_query_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (tandem_caseload_parent_class)->finalize (object);
}

static void
tandem_caseload_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TandemCaseload *self = TANDEM_CASELOAD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLANS:
      g_value_set_boolean (value, self->plans_only);
      break;

    case PROP_PLAN_FILTER:
      g_value_set_enum (value, self->plan_filter);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_SHOW:
      g_value_set_enum (value, self->show);
      break;

    case PROP_PRACTICE_ID:
      g_value_set_int64 (value, self->practice_id);
      break;

    case PROP_ROLE:
      g_value_set_int (value, self->role);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    case PROP_WAITING_WARNING_DAYS:
      g_value_set_uint (value, self->rules.waiting_warning_days);
      break;

    case PROP_CONTACT_INTERVAL_DAYS:
      g_value_set_uint (value, self->rules.contact_interval_days);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_N_PEOPLE:
      g_value_set_uint (value, self->entries->len);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->visible->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_caseload_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TandemCaseload *self = TANDEM_CASELOAD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLANS:
      self->plans_only = g_value_get_boolean (value);
      break;

    case PROP_PLAN_FILTER:
      tandem_caseload_set_plan_filter (self, g_value_get_enum (value));
      break;

    case PROP_STAFF_ID:
      tandem_caseload_set_staff_id (self, g_value_get_int64 (value));
      break;

    case PROP_SHOW:
      tandem_caseload_set_show (self, g_value_get_enum (value));
      break;

    case PROP_PRACTICE_ID:
      tandem_caseload_set_practice_id (self, g_value_get_int64 (value));
      break;

    case PROP_ROLE:
      tandem_caseload_set_role (self, g_value_get_int (value));
      break;

    case PROP_SEARCH_TEXT:
      tandem_caseload_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_WAITING_WARNING_DAYS:
      tandem_caseload_set_waiting_warning_days (self, g_value_get_uint (value));
      break;

    case PROP_CONTACT_INTERVAL_DAYS:
      tandem_caseload_set_contact_interval_days (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_caseload_class_init (TandemCaseloadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tandem_caseload_constructed;
  object_class->dispose = tandem_caseload_dispose;
  object_class->finalize = tandem_caseload_finalize;
  object_class->get_property = tandem_caseload_get_property;
  object_class->set_property = tandem_caseload_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* A list of plans: only people with a plan, in the order their reviews fall due. */
  properties[PROP_PLANS] =
    g_param_spec_boolean ("plans", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_FILTER] =
    g_param_spec_enum ("plan-filter", NULL, NULL,
                       TANDEM_TYPE_PLAN_FILTER,
                       TANDEM_PLAN_FILTER_ALL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Only episodes assigned to this member of staff, or everyone's when 0. */
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW] =
    g_param_spec_enum ("show", NULL, NULL,
                       TANDEM_TYPE_CASELOAD_SHOW,
                       TANDEM_CASELOAD_SHOW_OPEN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Only people registered with this practice, or with any when 0. */
  properties[PROP_PRACTICE_ID] =
    g_param_spec_int64 ("practice-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Only episodes for this TandemRole, or for any when -1. */
  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL,
                      -1, TANDEM_ROLE_SUPERVISOR, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WAITING_WARNING_DAYS] =
    g_param_spec_uint ("waiting-warning-days", NULL, NULL,
                       1, 365, DEFAULT_WAITING_WARNING_DAYS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTACT_INTERVAL_DAYS] =
    g_param_spec_uint ("contact-interval-days", NULL, NULL,
                       1, 365, DEFAULT_CONTACT_INTERVAL_DAYS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Everyone in the store, whatever the filters. */
  properties[PROP_N_PEOPLE] =
    g_param_spec_uint ("n-people", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemCaseload::failed:
   * @error: what went wrong, worded for the user
   *
   * Emitted when reading the store failed while the list was updating itself.
   */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
tandem_caseload_init (TandemCaseload *self)
{
  GDate today;

  self->entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  self->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->strings = g_string_chunk_new (4096);
  self->show = TANDEM_CASELOAD_SHOW_OPEN;
  self->role = -1;
  self->rules.waiting_warning_days = DEFAULT_WAITING_WARNING_DAYS;
  self->rules.contact_interval_days = DEFAULT_CONTACT_INTERVAL_DAYS;

  tandem_date_set_today (&today);
  self->rules.today = g_date_get_julian (&today);
}

TandemCaseload *
tandem_caseload_new (TandemStore *store)
{
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  return g_object_new (TANDEM_TYPE_CASELOAD, "store", store, NULL);
}

/**
 * tandem_caseload_new_for_plans:
 *
 * Returns: (transfer full): a list of the people with a plan, in the order their reviews
 *   fall due
 */
TandemCaseload *
tandem_caseload_new_for_plans (TandemStore *store)
{
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  return g_object_new (TANDEM_TYPE_CASELOAD,
                       "store", store,
                       "plans", TRUE,
                       "show", TANDEM_CASELOAD_SHOW_ALL,
                       NULL);
}

TandemStore *
tandem_caseload_get_store (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), NULL);

  return self->store;
}

typedef struct
{
  GArray       *entries;
  GStringChunk *strings;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_pointer (&loaded->entries, g_array_unref);
  g_clear_pointer (&loaded->strings, g_string_chunk_free);
  g_free (loaded);
}

/* Entries come from the store in person id order, so the index breaks ties the way
 * compare_entries() does. */
typedef struct
{
  guint64 key;
  guint   index;
} SortKey;

static int
compare_sort_keys (gconstpointer a,
                   gconstpointer b)
{
  const SortKey *x = a;
  const SortKey *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;

  return x->index < y->index ? -1 : x->index > y->index;
}

/* Puts the entries in caseload order, with their strings copied into a new chunk in that
 * order too. Filtering reads every search key in list order on each keystroke, and reading
 * them in memory order is several times faster than jumping about the chunk the store filled
 * in id order. */
static void
sort_loaded (Loaded   *loaded,
             gboolean  plans_only)
{
  GArray *unsorted = loaded->entries;
  GStringChunk *strings = g_string_chunk_new (64 * 1024);
  g_autofree SortKey *order = g_new (SortKey, MAX (unsorted->len, 1));
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (TandemCaseloadEntry), unsorted->len);

  for (guint i = 0; i < unsorted->len; i++)
    {
      order[i].key = sort_key (plans_only, &g_array_index (unsorted, TandemCaseloadEntry, i));
      order[i].index = i;
    }
  qsort (order, unsorted->len, sizeof (SortKey), compare_sort_keys);

  for (guint i = 0; i < unsorted->len; i++)
    {
      TandemCaseloadEntry entry = g_array_index (unsorted, TandemCaseloadEntry, order[i].index);

      entry.search_key = g_string_chunk_insert (strings, entry.search_key);
      entry.given_name = g_string_chunk_insert (strings, entry.given_name);
      entry.family_name = g_string_chunk_insert (strings, entry.family_name);
      entry.preferred_name = g_string_chunk_insert (strings, entry.preferred_name);
      entry.postcode = g_string_chunk_insert (strings, entry.postcode);
      g_array_append_val (sorted, entry);
    }

  g_array_unref (unsorted);
  g_string_chunk_free (loaded->strings);
  loaded->entries = sorted;
  loaded->strings = strings;
}

static Loaded *
load_sorted (TandemStore  *store,
             gboolean      plans_only,
             GError      **error)
{
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->entries = g_array_new (FALSE, FALSE, sizeof (TandemCaseloadEntry));
  loaded->strings = g_string_chunk_new (64 * 1024);

  if (!tandem_store_load_caseload (store, 0, plans_only, loaded->entries, loaded->strings, error))
    {
      loaded_free (loaded);
      return NULL;
    }

  sort_loaded (loaded, plans_only);
  return loaded;
}

static void
apply_loaded (TandemCaseload *self,
              Loaded         *loaded)
{
  replace_entries (self, g_steal_pointer (&loaded->entries), g_steal_pointer (&loaded->strings));
}

/**
 * tandem_caseload_load:
 *
 * Reads everyone from the store, blocking. The window uses tandem_caseload_load_async().
 */
gboolean
tandem_caseload_load (TandemCaseload  *self,
                      GError         **error)
{
  Loaded *loaded;

  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), FALSE);

  loaded = load_sorted (self->store, self->plans_only, error);
  if (loaded == NULL)
    return FALSE;

  apply_loaded (self, loaded);
  loaded_free (loaded);
  return TRUE;
}

/* Runs in a worker thread with a connection of its own. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TandemCaseload *self = source_object;
  TandemStore *store = task_data;
  g_autoptr(TandemStore) sibling = NULL;
  GError *error = NULL;
  Loaded *loaded;

  sibling = tandem_store_open_sibling (store, &error);
  if (sibling == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* One pass over every row gains nothing from a large page cache. */
  tandem_store_set_cache_size (sibling, 2048);

  loaded = load_sorted (sibling, self->plans_only, &error);
  if (loaded == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, loaded, loaded_free);
}

/* The worker finished: the newest load applies its people, an older cancelled one nothing. */
static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TandemCaseload *self = TANDEM_CASELOAD (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  Loaded *loaded = g_task_propagate_pointer (G_TASK (result), &error);

  if (loaded != NULL)
    {
      apply_loaded (self, loaded);
      loaded_free (loaded);
      set_loading (self, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* A load cancelled for a newer one leaves "loading" to the newer one. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (task) == self->load_cancellable)
    set_loading (self, FALSE);

  g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * tandem_caseload_load_async:
 *
 * Reads everyone from the store in a worker thread; the list changes when it is done, before
 * @callback runs. A load still running is cancelled: the newest wins.
 */
void
tandem_caseload_load_async (TandemCaseload      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  g_autoptr(GTask) worker = NULL;

  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();

  task = g_task_new (self, self->load_cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_caseload_load_async);

  worker = g_task_new (self, self->load_cancellable, load_done_cb, task);
  g_task_set_task_data (worker, g_object_ref (self->store), g_object_unref);
  g_task_set_return_on_cancel (worker, TRUE);

  set_loading (self, TRUE);
  g_task_run_in_thread (worker, load_thread);
}

gboolean
tandem_caseload_load_finish (TandemCaseload  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
tandem_caseload_get_loading (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), FALSE);

  return self->loading;
}

guint
tandem_caseload_get_n_people (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), 0);

  return self->entries->len;
}

/**
 * tandem_caseload_get_person_id:
 *
 * Returns: the person shown at @position, without making an item for them, or 0
 */
gint64
tandem_caseload_get_person_id (TandemCaseload *self,
                               guint           position)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), 0);

  if (position >= self->visible->len)
    return 0;

  return person_at (self, position);
}

/**
 * tandem_caseload_find_person:
 *
 * Returns: the person's position in the list, or %G_MAXUINT when the filters hide them
 */
guint
tandem_caseload_find_person (TandemCaseload *self,
                             gint64          person_id)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), G_MAXUINT);

  for (guint i = 0; i < self->visible->len; i++)
    {
      guint index = g_array_index (self->visible, guint, i);

      if (g_array_index (self->entries, TandemCaseloadEntry, index).person_id == person_id)
        return i;
    }

  return G_MAXUINT;
}

gint64
tandem_caseload_get_staff_id (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), 0);

  return self->staff_id;
}

void
tandem_caseload_set_staff_id (TandemCaseload *self,
                              gint64          staff_id)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (self->staff_id == staff_id)
    return;

  self->staff_id = staff_id;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

TandemCaseloadShow
tandem_caseload_get_show (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), 0);

  return self->show;
}

void
tandem_caseload_set_show (TandemCaseload     *self,
                          TandemCaseloadShow  show)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (self->show == show)
    return;

  self->show = show;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW]);
}

gint64
tandem_caseload_get_practice_id (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), 0);

  return self->practice_id;
}

void
tandem_caseload_set_practice_id (TandemCaseload *self,
                                 gint64          practice_id)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (self->practice_id == practice_id)
    return;

  self->practice_id = practice_id;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE_ID]);
}

int
tandem_caseload_get_role (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), -1);

  return self->role;
}

void
tandem_caseload_set_role (TandemCaseload *self,
                          int             role)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (self->role == role)
    return;

  self->role = role;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
tandem_caseload_get_search_text (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), NULL);

  return self->search_text;
}

void
tandem_caseload_set_search_text (TandemCaseload *self,
                                 const char     *search_text)
{
  g_autoptr(TandemSearchQuery) previous = NULL;
  g_autoptr(GArray) before = NULL;
  gboolean narrowing;

  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (g_strcmp0 (self->search_text, search_text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (search_text);

  previous = g_steal_pointer (&self->query);
  self->query = tandem_search_query_new (search_text);
  narrowing = previous != NULL && self->query != NULL &&
              tandem_search_query_narrows (self->query, previous);

  before = dup_visible_people (self);
  refilter_from (self, before, 0, narrowing);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

guint
tandem_caseload_get_waiting_warning_days (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), 0);

  return self->rules.waiting_warning_days;
}

/* Badges are computed when rows are made, so new thresholds need every row remade. */
static void
remake_rows (TandemCaseload *self)
{
  guint n = self->visible->len;

  forget_items (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, n);
}

void
tandem_caseload_set_waiting_warning_days (TandemCaseload *self,
                                          guint           days)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (self->rules.waiting_warning_days == days)
    return;

  self->rules.waiting_warning_days = days;
  remake_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAITING_WARNING_DAYS]);
}

guint
tandem_caseload_get_contact_interval_days (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), 0);

  return self->rules.contact_interval_days;
}

void
tandem_caseload_set_contact_interval_days (TandemCaseload *self,
                                           guint           days)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (self->rules.contact_interval_days == days)
    return;

  self->rules.contact_interval_days = days;
  remake_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_INTERVAL_DAYS]);
}

/**
 * tandem_caseload_set_today:
 *
 * Sets the day waiting times, overdue contacts, reviews and outcomes due are counted to; tests fix it, the window
 * moves it on at midnight.
 */
void
tandem_caseload_set_today (TandemCaseload *self,
                           const GDate    *today)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));
  g_return_if_fail (g_date_valid (today));

  if (self->rules.today == g_date_get_julian (today))
    return;

  self->rules.today = g_date_get_julian (today);
  refilter (self);
  remake_rows (self);
}

TandemPlanFilter
tandem_caseload_get_plan_filter (TandemCaseload *self)
{
  g_return_val_if_fail (TANDEM_IS_CASELOAD (self), TANDEM_PLAN_FILTER_ALL);

  return self->plan_filter;
}

void
tandem_caseload_set_plan_filter (TandemCaseload   *self,
                                 TandemPlanFilter  plan_filter)
{
  g_return_if_fail (TANDEM_IS_CASELOAD (self));

  if (self->plan_filter == plan_filter)
    return;

  self->plan_filter = plan_filter;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_FILTER]);
}
