/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-window-keeper"

#include "config.h"

#include "tandem-window.h"
#include "tandem-window-keeper.h"

/* What locking does to Tandem's other windows. The main window shows the sign-in page while
 * locked; every other window (an editor with unsaved typing, the preferences, huddle mode, a
 * dialog) is hidden rather than closed: nothing typed in it is lost, and a hidden window has
 * no title or thumbnail for anyone to see.
 *
 * Hidden windows are kept for the member of staff who was signed in. They come back when that
 * person signs in again and stay hidden, whoever else signs in meanwhile, until they do. A
 * window that tries to appear while it is kept (a slow job finishing with a dialog, say) is
 * hidden again at once. */

typedef struct
{
  TandemWindowKeeper *keeper;
  GtkWindow          *window;      /* weak */
  gulong              visible_handler;
  gboolean            kept;
  gint64              kept_for;    /* the member of staff whose work it holds; 0 for nobody */
  guint64             kept_order;
} Watch;

struct _TandemWindowKeeper
{
  GObject        parent_instance;

  TandemSession *session;
  GListModel    *toplevels;
  GHashTable    *watches;          /* GtkWindow -> Watch */
  gint64         signed_in;        /* who is, or was until the lock, signed in; 0 for nobody */
  guint64        next_order;
  gboolean       changing;         /* the keeper itself is hiding or showing a window */
};

G_DEFINE_FINAL_TYPE (TandemWindowKeeper, tandem_window_keeper, G_TYPE_OBJECT)

static GQuark
show_while_locked_quark (void)
{
  return g_quark_from_static_string ("tandem-show-while-locked");
}

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
current_staff_id (TandemWindowKeeper *self)
{
  TandemStaff *staff = tandem_session_get_current_staff (self->session);

  return staff != NULL ? tandem_record_get_id (TANDEM_RECORD (staff)) : 0;
}

static gboolean
is_locked (TandemWindowKeeper *self)
{
  return self->session != NULL && tandem_session_get_locked (self->session);
}

/* The main window hides its own content while locked; the shortcuts show nothing personal;
 * the sign-in screen may need a dialog of its own. */
static gboolean
shows_while_locked (GtkWindow *window)
{
  return TANDEM_IS_WINDOW (window) ||
         GTK_IS_SHORTCUTS_WINDOW (window) ||
         g_object_get_qdata (G_OBJECT (window), show_while_locked_quark ()) != NULL;
}

static void
set_shown (TandemWindowKeeper *self,
           Watch              *watch,
           gboolean            shown)
{
  self->changing = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (watch->window), shown);
  self->changing = FALSE;
}

static void
keep (TandemWindowKeeper *self,
      Watch              *watch,
      gint64              staff_id)
{
  watch->kept = TRUE;
  watch->kept_for = staff_id;
  watch->kept_order = self->next_order++;
  set_shown (self, watch, FALSE);
}

static void
keep_shown_windows (TandemWindowKeeper *self)
{
  GHashTableIter iter;
  Watch *watch;

  g_hash_table_iter_init (&iter, self->watches);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &watch))
    {
      if (gtk_widget_get_visible (GTK_WIDGET (watch->window)) &&
          !shows_while_locked (watch->window))
        keep (self, watch, self->signed_in);
    }
}

static guint
transient_depth (GtkWindow *window)
{
  guint depth = 0;

  while ((window = gtk_window_get_transient_for (window)) != NULL)
    depth++;

  return depth;
}

/* Parents before the dialogs on them, and otherwise in the order they were hidden. */
static int
compare_restore_order (gconstpointer a,
                       gconstpointer b)
{
  const Watch *watch_a = *(const Watch * const *) a;
  const Watch *watch_b = *(const Watch * const *) b;
  guint depth_a = transient_depth (watch_a->window);
  guint depth_b = transient_depth (watch_b->window);

  if (depth_a != depth_b)
    return depth_a < depth_b ? -1 : 1;

  return watch_a->kept_order < watch_b->kept_order ? -1 : 1;
}

/* Windows hidden while nobody was signed in hold nobody's work in particular: they come back
 * for whoever signs in next. */
static void
restore_windows (TandemWindowKeeper *self,
                 gint64              staff_id)
{
  g_autoptr(GPtrArray) back = g_ptr_array_new ();
  GHashTableIter iter;
  Watch *watch;

  g_hash_table_iter_init (&iter, self->watches);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &watch))
    {
      if (watch->kept && (watch->kept_for == staff_id || watch->kept_for == 0))
        g_ptr_array_add (back, watch);
    }

  g_ptr_array_sort (back, compare_restore_order);
  for (guint i = 0; i < back->len; i++)
    {
      watch = g_ptr_array_index (back, i);
      watch->kept = FALSE;
      set_shown (self, watch, TRUE);
    }
}

static void
window_visible_cb (GtkWindow  *window,
                   GParamSpec *pspec,
                   Watch      *watch)
{
  TandemWindowKeeper *self = watch->keeper;

  if (self->changing || !gtk_widget_get_visible (GTK_WIDGET (window)) ||
      shows_while_locked (window))
    return;

  if (is_locked (self))
    keep (self, watch, watch->kept ? watch->kept_for : self->signed_in);
  else if (watch->kept && watch->kept_for != self->signed_in)
    keep (self, watch, watch->kept_for);
  else
    watch->kept = FALSE;
}

static void
window_finalized_cb (gpointer  data,
                     GObject  *where_the_object_was)
{
  Watch *watch = data;

  g_hash_table_remove (watch->keeper->watches, where_the_object_was);
}

static void
watch_window (TandemWindowKeeper *self,
              GtkWindow          *window)
{
  Watch *watch;

  if (TANDEM_IS_WINDOW (window) || g_hash_table_contains (self->watches, window))
    return;

  watch = g_new0 (Watch, 1);
  watch->keeper = self;
  watch->window = window;
  watch->visible_handler = g_signal_connect (window, "notify::visible",
                                             G_CALLBACK (window_visible_cb), watch);
  g_object_weak_ref (G_OBJECT (window), window_finalized_cb, watch);
  g_hash_table_insert (self->watches, window, watch);

  if (is_locked (self) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
      !shows_while_locked (window))
    keep (self, watch, self->signed_in);
}

static void
unwatch_window (gpointer key,
                gpointer value,
                gpointer user_data)
{
  Watch *watch = value;

  g_signal_handler_disconnect (watch->window, watch->visible_handler);
  g_object_weak_unref (G_OBJECT (watch->window), window_finalized_cb, watch);
}

/* Windows that close are forgotten when they are finalized. */
static void
toplevels_changed_cb (TandemWindowKeeper *self,
                      guint               position,
                      guint               removed,
                      guint               added,
                      GListModel         *toplevels)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      watch_window (self, window);
    }
}

static void
session_locked_cb (TandemWindowKeeper *self)
{
  if (is_locked (self))
    {
      keep_shown_windows (self);
    }
  else
    {
      self->signed_in = current_staff_id (self);
      restore_windows (self, self->signed_in);
    }
}

static void
current_staff_cb (TandemWindowKeeper *self)
{
  if (!is_locked (self))
    self->signed_in = current_staff_id (self);
}

static void
tandem_window_keeper_dispose (GObject *object)
{
  TandemWindowKeeper *self = (TandemWindowKeeper *) object;

  tandem_window_keeper_set_session (self, NULL);
  if (self->toplevels != NULL)
    g_signal_handlers_disconnect_by_data (self->toplevels, self);
  g_clear_object (&self->toplevels);
  g_hash_table_foreach (self->watches, unwatch_window, NULL);
  g_hash_table_remove_all (self->watches);

  G_OBJECT_CLASS (tandem_window_keeper_parent_class)->dispose (object);
}

static void
tandem_window_keeper_finalize (GObject *object)
{
  TandemWindowKeeper *self = (TandemWindowKeeper *) object;

  g_clear_pointer (&self->watches, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_window_keeper_parent_class)->finalize (object);
}

static void
tandem_window_keeper_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemWindowKeeper *self = TANDEM_WINDOW_KEEPER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_window_keeper_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemWindowKeeper *self = TANDEM_WINDOW_KEEPER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tandem_window_keeper_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_window_keeper_class_init (TandemWindowKeeperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_window_keeper_dispose;
  object_class->finalize = tandem_window_keeper_finalize;
  object_class->get_property = tandem_window_keeper_get_property;
  object_class->set_property = tandem_window_keeper_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         TANDEM_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_window_keeper_init (TandemWindowKeeper *self)
{
  self->watches = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_signal_connect_object (self->toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb),
                           self, G_CONNECT_SWAPPED);
  toplevels_changed_cb (self, 0, 0, g_list_model_get_n_items (self->toplevels), self->toplevels);
}

/**
 * tandem_window_keeper_new:
 * @session: (nullable): the session whose lock hides the windows
 *
 * Returns: (transfer full): a keeper for every window of this process but the main window
 */
TandemWindowKeeper *
tandem_window_keeper_new (TandemSession *session)
{
  return g_object_new (TANDEM_TYPE_WINDOW_KEEPER, "session", session, NULL);
}

TandemSession *
tandem_window_keeper_get_session (TandemWindowKeeper *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW_KEEPER (self), NULL);

  return self->session;
}

void
tandem_window_keeper_set_session (TandemWindowKeeper *self,
                                  TandemSession      *session)
{
  g_return_if_fail (TANDEM_IS_WINDOW_KEEPER (self));
  g_return_if_fail (session == NULL || TANDEM_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::locked", G_CALLBACK (session_locked_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::current-staff", G_CALLBACK (current_staff_cb),
                               self, G_CONNECT_SWAPPED);
      if (!tandem_session_get_locked (session))
        self->signed_in = current_staff_id (self);
      if (is_locked (self))
        keep_shown_windows (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * tandem_window_keeper_is_kept:
 *
 * Returns: whether @window is hidden by the lock, waiting for its member of staff
 */
gboolean
tandem_window_keeper_is_kept (TandemWindowKeeper *self,
                              GtkWindow          *window)
{
  Watch *watch;

  g_return_val_if_fail (TANDEM_IS_WINDOW_KEEPER (self), FALSE);
  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  watch = g_hash_table_lookup (self->watches, window);
  return watch != NULL && watch->kept;
}

/**
 * tandem_window_keeper_show_while_locked:
 *
 * Lets @window show while Tandem is locked: for a dialog of the sign-in screen, which must
 * show nothing personal.
 */
void
tandem_window_keeper_show_while_locked (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  g_object_set_qdata (G_OBJECT (window), show_while_locked_quark (), GINT_TO_POINTER (TRUE));
}
