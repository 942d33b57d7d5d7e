/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-record.h"

G_BEGIN_DECLS

/* One competency of a framework, in the framework's order. */
typedef struct
{
  gint64  id;
  char   *key;          /* set for a built-in framework's competencies; NULL otherwise */
  int     position;
  char   *name;         /* as stored: English for a built-in one */
  char   *description;
} TandemCompetency;

/* A point of a framework's scale. */
typedef struct
{
  int   level;
  char *name;           /* as stored: English for a built-in one */
} TandemCompetencyLevel;

#define TANDEM_TYPE_COMPETENCY_FRAMEWORK (tandem_competency_framework_get_type ())

G_DECLARE_FINAL_TYPE (TandemCompetencyFramework, tandem_competency_framework, TANDEM,
                      COMPETENCY_FRAMEWORK, TandemRecord)

TandemCompetencyFramework *tandem_competency_framework_new          (void);
const char   *tandem_competency_framework_get_name          (TandemCompetencyFramework *self);
void          tandem_competency_framework_set_name          (TandemCompetencyFramework *self,
                                                             const char                *name);
const char   *tandem_competency_framework_get_version       (TandemCompetencyFramework *self);
void          tandem_competency_framework_set_version       (TandemCompetencyFramework *self,
                                                             const char                *version);
const char   *tandem_competency_framework_get_key           (TandemCompetencyFramework *self);
void          tandem_competency_framework_set_key           (TandemCompetencyFramework *self,
                                                             const char                *key);
gboolean      tandem_competency_framework_get_retired       (TandemCompetencyFramework *self);
void          tandem_competency_framework_set_retired       (TandemCompetencyFramework *self,
                                                             gboolean                   retired);
gboolean      tandem_competency_framework_is_built_in       (TandemCompetencyFramework *self);
const char   *tandem_competency_framework_get_display_name  (TandemCompetencyFramework *self);

guint         tandem_competency_framework_get_n_competencies (TandemCompetencyFramework *self);
const TandemCompetency *tandem_competency_framework_get_competency (TandemCompetencyFramework *self,
                                                                    guint                      index);
const TandemCompetency *tandem_competency_framework_find_competency (TandemCompetencyFramework *self,
                                                                     gint64                     id);
void          tandem_competency_framework_add_competency    (TandemCompetencyFramework *self,
                                                             gint64                     id,
                                                             const char                *key,
                                                             const char                *name,
                                                             const char                *description);
const char   *tandem_competency_framework_get_competency_name (TandemCompetencyFramework *self,
                                                               const TandemCompetency    *competency);

guint         tandem_competency_framework_get_n_levels      (TandemCompetencyFramework *self);
const TandemCompetencyLevel *tandem_competency_framework_get_level (TandemCompetencyFramework *self,
                                                                    guint                      index);
void          tandem_competency_framework_add_level         (TandemCompetencyFramework *self,
                                                             int                        level,
                                                             const char                *name);
void          tandem_competency_framework_add_dreyfus_levels (TandemCompetencyFramework *self);
gboolean      tandem_competency_framework_has_level         (TandemCompetencyFramework *self,
                                                             int                        level);
int           tandem_competency_framework_get_max_level     (TandemCompetencyFramework *self);
const char   *tandem_competency_framework_get_level_name    (TandemCompetencyFramework *self,
                                                             int                        level);

#define TANDEM_COMPETENCE_ERROR (tandem_competence_error_quark ())

typedef enum
{
  TANDEM_COMPETENCE_ERROR_INVALID,
  TANDEM_COMPETENCE_ERROR_BUILT_IN,
  TANDEM_COMPETENCE_ERROR_NOT_ALLOWED,
} TandemCompetenceError;

GQuark        tandem_competence_error_quark                 (void);
gboolean      tandem_competency_framework_check             (TandemCompetencyFramework *self,
                                                             GHashTable                *errors);
gboolean      tandem_competence_errors_to_error             (GHashTable                *errors,
                                                             GError                   **error);

G_END_DECLS
