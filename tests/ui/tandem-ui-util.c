/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "tandem-passphrase.h"
#include "tandem-ui-util.h"

/* Helpers for tests and tools that drive the real widgets under a display. */

/**
 * tandem_ui_init:
 *
 * Does for a test what AdwApplication does for Tandem: libadwaita, the style sheet and the
 * icons in the resources. Call after gtk_init() or gtk_test_init().
 */
void
tandem_ui_init (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GdkDisplay *display = gdk_display_get_default ();

  /* GTK keeps a shader cache in the user's cache folder, which tests point at the build dir. */
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);

  adw_init ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    RESOURCE_BASE "/icons");
  /* The app icon is installed with Tandem; tests use it from the source tree. */
  gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (display), TANDEM_SOURCE_ICONS);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * tandem_ui_wait_until:
 *
 * Runs the main loop until @condition holds or @timeout_ms passes.
 *
 * Returns: whether @condition holds
 */
gboolean
tandem_ui_wait_until (TandemUiCondition condition,
                      gpointer          data,
                      guint             timeout_ms)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add (timeout_ms, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (source);

  return condition (data);
}

void
tandem_ui_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                guint         *remaining)
{
  if (*remaining > 0)
    (*remaining)--;
}

static gboolean
frames_done (gpointer data)
{
  return *(guint *) data == 0;
}

/* Lets @widget lay out and paint @n_frames times. */
void
tandem_ui_wait_frames (GtkWidget *widget,
                       guint      n_frames)
{
  GdkFrameClock *clock;
  gulong handler;
  guint remaining = n_frames;

  if (!gtk_widget_get_realized (widget) || (clock = gtk_widget_get_frame_clock (widget)) == NULL)
    {
      tandem_ui_iterate (50 * n_frames);
      return;
    }

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &remaining);
  for (guint i = 0; i < n_frames; i++)
    gtk_widget_queue_draw (widget);
  tandem_ui_wait_until (frames_done, &remaining, 2000 * n_frames);
  g_signal_handler_disconnect (clock, handler);
}

/**
 * tandem_ui_save_png:
 *
 * Renders @widget as it is on screen, with the renderer of its window, and saves it.
 */
gboolean
tandem_ui_save_png (GtkWidget   *widget,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Nothing was drawn");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

gboolean
tandem_ui_caseload_loaded (gpointer window)
{
  TandemSession *session = tandem_window_get_session (window);
  TandemCaseload *caseload = tandem_session_get_caseload (session);

  return !tandem_caseload_get_loading (caseload);
}

/* The first widget of @type under @root, depth first. */
GtkWidget *
tandem_ui_find_by_type (GtkWidget *root,
                        GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tandem_ui_find_by_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The status page on screen under @root, such as the window's error page. */
GtkWidget *
tandem_ui_find_visible_status_page (GtkWidget *root)
{
  if (ADW_IS_STATUS_PAGE (root) && gtk_widget_get_mapped (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tandem_ui_find_visible_status_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A toplevel window of @type, such as a dialog the test opened by clicking. */
GtkWidget *
tandem_ui_find_window (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

/* A button under @root whose label, without its mnemonic underscore, is @label. */
GtkWidget *
tandem_ui_find_button (GtkWidget  *root,
                       const char *label)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      g_autoptr(GString) plain = g_string_new (gtk_button_get_label (GTK_BUTTON (root)));

      g_string_replace (plain, "_", "", 0);
      if (g_str_equal (plain->str, label))
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tandem_ui_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_password_row (GtkWidget *root,
                   guint     *n)
{
  if (!gtk_widget_get_visible (root))
    return NULL;

  if (ADW_IS_PASSWORD_ENTRY_ROW (root) && (*n)-- == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_password_row (child, n);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The preferences row titled @title under @root. */
GtkWidget *
tandem_ui_find_row (GtkWidget  *root,
                    const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tandem_ui_find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The @n-th (from 0) passphrase row shown under @root, in the order they are laid out. */
GtkWidget *
tandem_ui_find_password_row (GtkWidget *root,
                             guint      n)
{
  return find_password_row (root, &n);
}

static void
clipboard_text_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* What the clipboard holds, as text. */
char *
tandem_ui_read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_text_cb, &text);
  tandem_ui_wait_until (is_set, &text, 5000);
  return text;
}

static gboolean
window_gone (gpointer data)
{
  return tandem_ui_find_window (GPOINTER_TO_SIZE (data)) == NULL;
}

gboolean
tandem_ui_wait_window_gone (GType type)
{
  return tandem_ui_wait_until (window_gone, GSIZE_TO_POINTER (type), 5000);
}

static gboolean
window_shown (gpointer data)
{
  return tandem_ui_find_window (GPOINTER_TO_SIZE (data)) != NULL;
}

/* Waits for a toplevel of @type to be shown and returns it. */
GtkWidget *
tandem_ui_wait_window (GType type)
{
  tandem_ui_wait_until (window_shown, GSIZE_TO_POINTER (type), 5000);
  return tandem_ui_find_window (type);
}

gint64
tandem_ui_add_staff (TandemStore *store,
                     const char  *name,
                     TandemRole   role)
{
  g_autoptr(TandemStaff) staff = tandem_staff_new ();
  g_autoptr(GError) error = NULL;

  tandem_staff_set_name (staff, name);
  tandem_staff_set_role (staff, role);
  tandem_store_save_staff (store, staff, &error);
  g_assert_no_error (error);
  return tandem_record_get_id (TANDEM_RECORD (staff));
}

/* Signs @staff_id in. One without a passphrase is given TANDEM_UI_PASSPHRASE first (as
 * themselves, which the store allows); one hash serves the whole run, since each costs a
 * fraction of a second to make. */
void
tandem_ui_sign_in (TandemSession *session,
                   gint64         staff_id)
{
  static char *hash;
  TandemStore *store = tandem_session_get_store (session);
  TandemTeam *team = tandem_session_get_team (session);
  TandemStaff *member = NULL;
  g_autoptr(GError) error = NULL;

  if (tandem_team_find_staff (team, staff_id) == NULL)
    tandem_team_reload (team, &error);
  g_assert_no_error (error);
  member = tandem_team_find_staff (team, staff_id);
  g_assert_nonnull (member);
  if (!tandem_staff_get_has_passphrase (member))
    {
      gint64 viewer = tandem_store_get_viewer (store);

      if (hash == NULL)
        hash = tandem_passphrase_hash (TANDEM_UI_PASSPHRASE, &error);
      g_assert_no_error (error);
      tandem_store_set_viewer (store, staff_id);
      tandem_store_set_staff_passphrase_hash (store, staff_id, hash, &error);
      tandem_store_set_viewer (store, viewer);
      g_assert_no_error (error);
    }

  tandem_session_sign_in (session, staff_id, TANDEM_UI_PASSPHRASE, &error);
  g_assert_no_error (error);
}

/* A window on @store, as Tandem opens one: with a session that starts loading the caseload,
 * and nobody signed in yet. */
TandemWindow *
tandem_ui_open_locked_window (TandemStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(TandemSession) session = tandem_session_new (store, settings);

  return tandem_window_new (NULL, session);
}

/* A window on @store with its first member of staff still working signed in (by name, the
 * order the team lists them in), or nobody when there is no team yet. */
TandemWindow *
tandem_ui_open_window (TandemStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(TandemSession) session = tandem_session_new (store, settings);
  GListModel *staff = tandem_team_get_staff (tandem_session_get_team (session));

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TandemStaff) member = g_list_model_get_item (staff, i);

      if (!tandem_staff_get_retired (member))
        {
          tandem_ui_sign_in (session, tandem_record_get_id (TANDEM_RECORD (member)));
          break;
        }
    }

  return tandem_window_new (NULL, session);
}

/* A window holding only a plan page, with somewhere for its toasts: the page as the Plans
 * section shows it, without the rest of Tandem. */
GtkWidget *
tandem_ui_new_plan_window (TandemSession  *session,
                           GtkWidget     **page)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  *page = g_object_new (TANDEM_TYPE_PLAN_PAGE, "vexpand", TRUE, NULL);
  tandem_plan_page_set_session (TANDEM_PLAN_PAGE (*page), session);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), *page);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_title (GTK_WINDOW (window), "Plans");
  return window;
}

static void
save_item (TandemStore *store,
           gpointer     item)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_store_save_plan_item (store, item, &error))
    g_error ("%s", error->message);
}

/* A draft plan for @person_id with every section written and needs, goals and actions in
 * the numbers asked for, as a coach would write them. */
TandemPlanVersion *
tandem_ui_add_example_plan (TandemStore *store,
                            gint64       person_id,
                            guint        n_needs,
                            guint        goals_per_need,
                            guint        actions_per_goal)
{
  static const char * const needs[] = {
    "I feel lonely since my wife died and I don’t go out much.",
    "Money is tight and the letters about benefits worry me.",
    "My knees hurt on the stairs and I am scared of falling.",
    "I want to cook proper meals again instead of toast.",
  };
  static const char * const goals[] = {
    "Meet people who like gardening, once a week.",
    "Understand what I am entitled to and sort out the letters.",
    "Walk to the shops and back without stopping.",
    "Cook a hot meal three times a week.",
    "Sleep through the night most nights.",
  };
  static const char * const actions[] = {
    "Visit the community garden on Tuesday morning with Sam.",
    "Ring Citizens Advice to book a benefits check.",
    "Go to the strength and balance class at the leisure centre.",
    "Try the cookery course at the library.",
  };
  g_autoptr(GError) error = NULL;
  TandemPlanVersion *version;
  guint n = 0;

  version = tandem_store_create_plan (store, person_id, 0, &error);
  if (version == NULL)
    g_error ("%s", error->message);

  tandem_plan_version_set_about_important (version,
                                           "My garden, my grandchildren, and being able to stay "
                                           "in my own home.");
  tandem_plan_version_set_about_people (version, "My daughter Sara, my neighbour Joan.");
  tandem_plan_version_set_about_communication (version,
                                               "Speak slowly and face me: I am a bit deaf in my "
                                               "left ear. Letters in large print, please.");
  tandem_plan_version_set_about_wellness (version, "Good days and bad days. Gardening helps.");
  tandem_plan_version_set_strengths (version, "Patient, good with my hands, a sense of humour.");
  tandem_plan_version_set_support (version, "Riverside community garden; Citizens Advice; Age UK "
                                            "befriending.");
  tandem_plan_version_set_contingency_warning_signs (version,
                                                     "Not answering the phone; not eating.");
  tandem_plan_version_set_contingency_contacts (version, "Sara 07700 900123; GP surgery.");
  if (!tandem_store_save_plan_version (store, version, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < n_needs; i++)
    {
      g_autoptr(TandemPlanNeed) need = tandem_plan_need_new ();

      tandem_plan_need_set_version_id (need, tandem_record_get_id (version));
      tandem_plan_need_set_position (need, i);
      tandem_plan_need_set_words (need, needs[i % G_N_ELEMENTS (needs)]);
      save_item (store, need);

      for (guint j = 0; j < goals_per_need; j++, n++)
        {
          g_autoptr(TandemPlanGoal) goal = tandem_plan_goal_new ();
          g_autofree char *target = g_strdup_printf ("2026-%02u-%02u", 4 + n % 8, 1 + n % 27);

          tandem_plan_goal_set_need_id (goal, tandem_record_get_id (need));
          tandem_plan_goal_set_position (goal, j);
          tandem_plan_goal_set_words (goal, goals[n % G_N_ELEMENTS (goals)]);
          tandem_plan_goal_set_importance (goal, 1 + n % 10);
          tandem_plan_goal_set_status (goal, n % 3 == 0 ? TANDEM_GOAL_IN_PROGRESS
                                                        : TANDEM_GOAL_NOT_STARTED);
          tandem_plan_goal_set_target_on (goal, target);
          save_item (store, goal);

          for (guint k = 0; k < actions_per_goal; k++)
            {
              g_autoptr(TandemPlanAction) action = tandem_plan_action_new ();

              tandem_plan_action_set_goal_id (action, tandem_record_get_id (goal));
              tandem_plan_action_set_position (action, k);
              tandem_plan_action_set_what (action, actions[(n + k) % G_N_ELEMENTS (actions)]);
              tandem_plan_action_set_who (action, k % 2 ? "Sam (link worker)" : "Me, with Sara");
              tandem_plan_action_set_due_on (action, target);
              tandem_plan_action_set_confidence (action, 5 + k % 5);
              save_item (store, action);
            }
        }
    }

  return version;
}
