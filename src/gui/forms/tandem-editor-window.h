/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "tandem-form.h"
#include "tandem-store.h"
#include "tandem-team.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_EDITOR_WINDOW (tandem_editor_window_get_type ())

G_DECLARE_DERIVABLE_TYPE (TandemEditorWindow, tandem_editor_window, TANDEM, EDITOR_WINDOW, AdwWindow)

struct _TandemEditorWindowClass
{
  AdwWindowClass parent_class;

  /* Checks what only the whole record can tell, after the fields were applied; adds a message
   * per property to @errors. Optional. */
  void     (*check)  (TandemEditorWindow  *self,
                      GHashTable          *errors);
  /* Writes the records to the store. */
  gboolean (*save)   (TandemEditorWindow  *self,
                      GError             **error);

  /* For what a form's table of fields cannot express, such as a questionnaire's items: widgets
   * the subclass adds with tandem_editor_window_add_widget(), whose values take part like a
   * form's. read_widgets() gives them as typed, one member per name, kept in the draft; and
   * write_widgets() shows them again from it. check() applies them to the record and reports a
   * message per name; those no form has a field for go to show_widget_errors(), with the
   * timing a form's messages have (for an empty value, only once the user tried to add), and
   * focus_widget_error() moves to the first. The subclass calls tandem_editor_window_changed()
   * when the user changes them. All optional. */
  JsonObject *(*read_widgets)       (TandemEditorWindow  *self);
  void        (*write_widgets)      (TandemEditorWindow  *self,
                                     JsonObject          *input);
  void        (*show_widget_errors) (TandemEditorWindow  *self,
                                     GHashTable          *errors);
  gboolean    (*focus_widget_error) (TandemEditorWindow  *self);
};

void         tandem_editor_window_add_form      (TandemEditorWindow *self,
                                                 const char         *name,
                                                 TandemForm         *form,
                                                 gpointer            record);
void         tandem_editor_window_add_widget    (TandemEditorWindow *self,
                                                 GtkWidget          *widget);
void         tandem_editor_window_start         (TandemEditorWindow *self);
void         tandem_editor_window_changed       (TandemEditorWindow *self);
void         tandem_editor_window_set_form_enabled (TandemEditorWindow *self,
                                                    const char         *name,
                                                    gboolean            enabled);
gboolean     tandem_editor_window_get_form_enabled (TandemEditorWindow *self,
                                                    const char         *name);
TandemStore *tandem_editor_window_get_store     (TandemEditorWindow *self);
TandemTeam  *tandem_editor_window_get_team      (TandemEditorWindow *self);
gboolean     tandem_editor_window_get_is_new    (TandemEditorWindow *self);
TandemForm  *tandem_editor_window_get_form      (TandemEditorWindow *self,
                                                 const char         *name);
void         tandem_editor_window_show_banner   (TandemEditorWindow *self,
                                                 const char         *icon_name,
                                                 const char         *text);
void         tandem_editor_window_add_banner_button (TandemEditorWindow *self,
                                                     const char         *label,
                                                     GCallback           callback,
                                                     gpointer            user_data);
void         tandem_editor_window_hide_banner   (TandemEditorWindow *self);
void         tandem_editor_window_add_toast     (TandemEditorWindow *self,
                                                 AdwToast           *toast);
void         tandem_editor_window_finish        (TandemEditorWindow *self);
gboolean     tandem_editor_window_flush         (TandemEditorWindow *self);

G_END_DECLS
