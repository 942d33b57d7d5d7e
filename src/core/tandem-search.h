/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "tandem-person.h"

G_BEGIN_DECLS

typedef struct _TandemSearchQuery TandemSearchQuery;

char              *tandem_search_fold              (const char              *text);
char              *tandem_search_key_for_person    (TandemPerson            *person);
TandemSearchQuery *tandem_search_query_new         (const char              *text);
void               tandem_search_query_free        (TandemSearchQuery       *query);
gboolean           tandem_search_query_matches     (const TandemSearchQuery *query,
                                                    const char              *key);
gboolean           tandem_search_query_narrows     (const TandemSearchQuery *query,
                                                    const TandemSearchQuery *previous);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemSearchQuery, tandem_search_query_free)

G_END_DECLS
