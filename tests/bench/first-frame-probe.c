/* SPDX-License-Identifier: GPL-3.0-or-later */

/* first-frame-probe: measures, from outside, how long a GTK 4 program takes from launch to
 * its first drawn frame, so that Tandem, a bare window and an unmodified gnome-text-editor
 * are all measured the same way. Load it with LD_PRELOAD.
 *
 * It wraps gtk_window_present(): all three programs show their main window with it
 * (gnome-text-editor 43.2 imports it, see nm -D, and the probe only reports a "present-ms"
 * when it caught the call, so a program that used another path would fail the run rather
 * than be measured differently). On the first window presented it follows the window's
 * GdkFrameClock and, after each painted frame, decides whether that frame counts:
 *
 *   - by default, the first painted frame;
 *   - with PROBE_WAIT_ROWS=1, the first frame in which a mapped GtkListView in the window
 *     has a model with items: for Tandem that is the caseload's first drawn frame, since
 *     the caseload loads in a worker thread while the window is built and first painted.
 *
 * When a frame counts it writes one line to the file named by PROBE_OUT (or to standard
 * output):
 *
 *   first-frame-ms=<ms since launch> rss-kb=<VmRSS> present-ms=<ms> first-paint-ms=<ms>
 *     frames=<frames painted> renderer=<GskRenderer type>
 *
 * and ends the process with _exit(0), without tearing anything down. "Since launch" is
 * CLOCK_REALTIME now minus PROBE_T0_NS, which the caller sets from `date +%s%N` just before
 * it execs the program; "present-ms" is when gtk_window_present() was called and
 * "first-paint-ms" when the window's first frame was painted, whether it counted or not.
 *
 * Other settings, from the environment:
 *   PROBE_PNG=FILE     also save the counted frame's window as a PNG (after taking the time
 *                      and memory), to see what was measured;
 *   PROBE_TRACE=1      print each frame's start and end to standard error;
 *   PROBE_TIMEOUT_S=N  end a program that never gets there with SIGALRM after N seconds
 *                      (default 60), so a broken run fails instead of hanging.
 *
 * It uses nothing of Tandem's: it is loaded into programs that know nothing of it. */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <fcntl.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef void (*PresentFunc) (GtkWindow *window);

static gint64 t0_ns;
static char *out_path;
static char *png_path;
static gboolean wait_rows;
static gboolean trace;
static gint64 before_paint_ns;
static GtkWindow *watched;
static gint64 present_ns;
static gint64 first_paint_ns;
static guint n_frames;

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_REALTIME, &ts);
  return (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double
ms_since_launch (gint64 ns)
{
  return (ns - t0_ns) / 1e6;
}

/* Read with plain system calls: this runs as the process is about to _exit(). */
static long
read_vm_rss_kb (void)
{
  char buffer[4096];
  ssize_t len;
  int fd = open ("/proc/self/status", O_RDONLY | O_CLOEXEC);
  const char *line;

  if (fd < 0)
    return -1;

  len = read (fd, buffer, sizeof buffer - 1);
  close (fd);
  if (len <= 0)
    return -1;

  buffer[len] = '\0';
  line = strstr (buffer, "\nVmRSS:");
  return line != NULL ? strtol (line + strlen ("\nVmRSS:"), NULL, 10) : -1;
}

/* A list view, or the one-column grid view Tandem uses for long lists before GTK 4.12
 * (its src/gui/tandem-compat.c), that is on screen with rows in it. */
static gboolean
has_list_with_rows (GtkWidget *widget)
{
  GtkSelectionModel *model = NULL;

  if (GTK_IS_LIST_VIEW (widget))
    model = gtk_list_view_get_model (GTK_LIST_VIEW (widget));
  else if (GTK_IS_GRID_VIEW (widget))
    model = gtk_grid_view_get_model (GTK_GRID_VIEW (widget));

  if (model != NULL && gtk_widget_get_mapped (widget) &&
      g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_list_with_rows (child))
        return TRUE;
    }

  return FALSE;
}

/* Renders the window as it is now, the way tests/ui does for screenshots. */
static void
save_png (GtkWidget *window)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
      GdkTexture *texture = gsk_renderer_render_texture (renderer, node,
                                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

      gdk_texture_save_to_png (texture, png_path);
      g_object_unref (texture);
      gsk_render_node_unref (node);
    }
  g_object_unref (paintable);
}

static void
report_and_exit (gint64 frame_ns)
{
  char line[256];
  int len;
  int fd;

  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (watched));

  len = snprintf (line, sizeof line,
                  "first-frame-ms=%.2f rss-kb=%ld present-ms=%.2f first-paint-ms=%.2f frames=%u "
                  "renderer=%s\n",
                  ms_since_launch (frame_ns), read_vm_rss_kb (),
                  ms_since_launch (present_ns), ms_since_launch (first_paint_ns), n_frames,
                  renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none");

  if (png_path != NULL)
    save_png (GTK_WIDGET (watched));

  fd = out_path != NULL ? open (out_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)
                        : STDOUT_FILENO;
  if (fd < 0 || write (fd, line, len) != len)
    _exit (3);
  if (fd != STDOUT_FILENO)
    close (fd);

  _exit (0);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 frame_ns = now_ns ();

  n_frames++;
  if (first_paint_ns == 0)
    first_paint_ns = frame_ns;

  if (trace)
    {
      gboolean rows = watched != NULL && has_list_with_rows (GTK_WIDGET (watched));

      fprintf (stderr, "probe: frame %u from %.1f to %.1f ms (%.1f ms)%s\n", n_frames,
               ms_since_launch (before_paint_ns), ms_since_launch (frame_ns),
               (frame_ns - before_paint_ns) / 1e6, rows ? ", list with rows" : "");
    }

  if (watched == NULL || !gtk_widget_get_mapped (GTK_WIDGET (watched)))
    return;

  if (wait_rows && !has_list_with_rows (GTK_WIDGET (watched)))
    return;

  report_and_exit (frame_ns);
}

static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       user_data)
{
  before_paint_ns = now_ns ();
}

static void
follow_frame_clock (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (clock == NULL)
    return;

  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static void
realize_cb (GtkWidget *widget,
            gpointer   user_data)
{
  follow_frame_clock (widget);
}

static void
watch (GtkWindow *window)
{
  if (watched != NULL)
    return;

  watched = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &watched);
  present_ns = now_ns ();

  /* gtk_window_present() realizes the window, which makes its frame clock, so connect
   * before it runs. */
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    follow_frame_clock (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}

void
gtk_window_present (GtkWindow *window)
{
  static PresentFunc real_present;

  if (real_present == NULL)
    real_present = (PresentFunc) dlsym (RTLD_NEXT, "gtk_window_present");

  watch (window);
  real_present (window);
}

/* Unset and empty are the same. */
static char *
dup_env (const char *name)
{
  const char *value = getenv (name);

  return value != NULL && value[0] != '\0' ? strdup (value) : NULL;
}

__attribute__((constructor)) static void
probe_init (void)
{
  const char *t0 = getenv ("PROBE_T0_NS");
  const char *timeout = getenv ("PROBE_TIMEOUT_S");
  const char *rows = getenv ("PROBE_WAIT_ROWS");
  const char *trace_env = getenv ("PROBE_TRACE");

  t0_ns = t0 != NULL ? g_ascii_strtoll (t0, NULL, 10) : now_ns ();
  out_path = dup_env ("PROBE_OUT");
  png_path = dup_env ("PROBE_PNG");
  wait_rows = rows != NULL && g_str_equal (rows, "1");
  trace = trace_env != NULL && g_str_equal (trace_env, "1");

  /* Only this program is measured: what it starts runs as it would. */
  unsetenv ("LD_PRELOAD");

  alarm (timeout != NULL ? (unsigned) atoi (timeout) : 60);
}
