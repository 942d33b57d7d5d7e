/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "tandem-team.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_FIELD_TEXT,
  TANDEM_FIELD_LONG_TEXT,
  TANDEM_FIELD_DATE,
  TANDEM_FIELD_SWITCH,
  TANDEM_FIELD_CHOICE,
  TANDEM_FIELD_FLAGS,
  TANDEM_FIELD_PRACTICE,
  TANDEM_FIELD_STAFF,
  TANDEM_FIELD_LANGUAGE,
  TANDEM_FIELD_MINUTES,
  TANDEM_FIELD_NUMBER,    /* an int or double typed as text; empty for 0 */
  TANDEM_FIELD_KEYS,      /* several of a list of keys, kept comma-separated in a string */
} TandemFieldKind;

/* One field of a form: the record property it edits and how. */
typedef struct
{
  const char      *name;        /* the record's property */
  const char      *title;       /* marked with N_() */
  TandemFieldKind  kind;
  guint            group;       /* index into the form's group titles */
  const char      *enabled_by;  /* a switch field that must be on for this one to apply */
} TandemFieldSpec;

#define TANDEM_TYPE_FORM (tandem_form_get_type ())

G_DECLARE_FINAL_TYPE (TandemForm, tandem_form, TANDEM, FORM, GObject)

TandemForm *tandem_form_new          (GType                   record_type,
                                      const TandemFieldSpec  *fields,
                                      guint                   n_fields,
                                      const char * const     *group_titles,
                                      TandemTeam             *team);
guint       tandem_form_get_n_groups (TandemForm             *self);
GtkWidget  *tandem_form_get_group    (TandemForm             *self,
                                      guint                   group);
GtkWidget  *tandem_form_get_row      (TandemForm             *self,
                                      const char             *name);
JsonObject *tandem_form_read         (TandemForm             *self);
void        tandem_form_write        (TandemForm             *self,
                                      JsonObject             *input);
void        tandem_form_set_text     (TandemForm             *self,
                                      const char             *name,
                                      const char             *text);
void        tandem_form_show_errors  (TandemForm             *self,
                                      GHashTable             *errors);
gboolean    tandem_form_focus_first_error (TandemForm        *self);
void        tandem_form_set_key_choices (TandemForm          *self,
                                         const char          *name,
                                         const char * const  *keys,
                                         const char * const  *labels);
void        tandem_form_set_keys     (TandemForm             *self,
                                      const char             *name,
                                      const char             *keys);
void        tandem_form_set_hint     (TandemForm             *self,
                                      const char             *name,
                                      const char             *hint);
void        tandem_form_set_sensitive (TandemForm            *self,
                                       gboolean               sensitive);

G_END_DECLS
