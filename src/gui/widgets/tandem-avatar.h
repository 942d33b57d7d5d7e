/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_AVATAR (tandem_avatar_get_type ())

G_DECLARE_FINAL_TYPE (TandemAvatar, tandem_avatar, TANDEM, AVATAR, GtkWidget)

GtkWidget  *tandem_avatar_new        (void);
const char *tandem_avatar_get_text   (TandemAvatar *self);
void        tandem_avatar_set_text   (TandemAvatar *self,
                                      const char   *text);
int         tandem_avatar_get_size   (TandemAvatar *self);
void        tandem_avatar_set_size   (TandemAvatar *self,
                                      int           size);

void        tandem_avatar_append     (GtkWidget    *widget,
                                      GtkSnapshot  *snapshot,
                                      const char   *name,
                                      float         x,
                                      float         y,
                                      float         size);

G_END_DECLS
