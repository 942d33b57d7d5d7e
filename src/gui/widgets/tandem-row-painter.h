/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The sizes custom-drawn list rows share, in pixels or as a scale of the widget's font. */
#define TANDEM_ROW_PADDING_X     12
#define TANDEM_ROW_PADDING_Y     8
#define TANDEM_ROW_GAP           12
#define TANDEM_ROW_LINE_GAP      3
#define TANDEM_ROW_DETAILS_SCALE 0.85
#define TANDEM_ROW_DIM_ALPHA     0.55f
/* The sizes of libadwaita's .heading and .caption style classes, in points. */
#define TANDEM_ROW_HEADING_SIZE  11
#define TANDEM_ROW_CAPTION_SIZE  9

/* What a badge's colour says; always with words, never by colour alone. */
typedef enum
{
  TANDEM_BADGE_PLAIN,
  TANDEM_BADGE_DIM,
  TANDEM_BADGE_SUCCESS,
  TANDEM_BADGE_WARNING,
  TANDEM_BADGE_ERROR,
} TandemBadgeStyle;

/* A pill with a word or two, and an icon before them when @icon_name is set. The layout is
 * made when the badge is first measured or drawn, and dropped with
 * tandem_badge_clear_layout() when the font changes. */
typedef struct
{
  char             *text;
  const char       *icon_name;  /* a static string, or NULL */
  TandemBadgeStyle  style;
  PangoLayout      *layout;
} TandemBadge;

int          tandem_row_line_height     (GtkWidget        *widget,
                                         double            scale);
double       tandem_row_font_scale      (GtkWidget        *widget,
                                         double            points);
PangoLayout *tandem_row_make_layout     (GtkWidget        *widget,
                                         const char       *text,
                                         double            scale,
                                         int               weight,
                                         int               width);
float        tandem_row_place           (gboolean          rtl,
                                         int               row_width,
                                         float             x,
                                         float             width);
GdkRGBA      tandem_row_lookup_color    (GtkWidget        *widget,
                                         const char       *name,
                                         GdkRGBA           fallback);
void         tandem_row_append_layout   (GtkSnapshot      *snapshot,
                                         PangoLayout      *layout,
                                         const GdkRGBA    *color,
                                         float             x,
                                         float             y);
void         tandem_row_append_icon     (GtkWidget        *widget,
                                         GtkSnapshot      *snapshot,
                                         const char       *icon_name,
                                         const GdkRGBA    *color,
                                         float             x,
                                         float             y,
                                         int               size);

void         tandem_badge_clear         (gpointer          badge);
void         tandem_badge_clear_layout  (TandemBadge      *badge);
int          tandem_badge_get_height    (GtkWidget        *widget);
void         tandem_badge_get_size      (TandemBadge      *badge,
                                         GtkWidget        *widget,
                                         int              *width,
                                         int              *height);
void         tandem_badge_append        (TandemBadge      *badge,
                                         GtkWidget        *widget,
                                         GtkSnapshot      *snapshot,
                                         float             x,
                                         float             y);

G_END_DECLS
