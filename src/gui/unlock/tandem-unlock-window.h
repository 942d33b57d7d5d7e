/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  TANDEM_UNLOCK_CHOOSE,   /* a new database, or one to encrypt, and no keyring: choose one */
  TANDEM_UNLOCK_ENTER,    /* an encrypted database the keyring cannot open: type it */
} TandemUnlockMode;

#define TANDEM_TYPE_UNLOCK_WINDOW (tandem_unlock_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemUnlockWindow, tandem_unlock_window, TANDEM, UNLOCK_WINDOW,
                      AdwApplicationWindow)

TandemUnlockWindow *tandem_unlock_window_new             (GtkApplication     *application);
void                tandem_unlock_window_show_progress   (TandemUnlockWindow *self,
                                                          const char         *title,
                                                          const char         *description,
                                                          double              fraction);
void                tandem_unlock_window_ask_passphrase  (TandemUnlockWindow *self,
                                                          TandemUnlockMode    mode,
                                                          const GError       *problem,
                                                          gboolean            keyring_may_work);
void                tandem_unlock_window_show_error      (TandemUnlockWindow *self,
                                                          const GError       *error);

G_END_DECLS
