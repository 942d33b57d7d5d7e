/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_FILTER_LIST (tandem_filter_list_get_type ())

G_DECLARE_FINAL_TYPE (TandemFilterList, tandem_filter_list, TANDEM, FILTER_LIST, GObject)

/* How the filter changed since the last refilter: narrower shows only items shown before,
 * wider keeps every item shown before. */
typedef enum
{
  TANDEM_FILTER_LIST_DIFFERENT,
  TANDEM_FILTER_LIST_NARROWER,
  TANDEM_FILTER_LIST_WIDER,
} TandemFilterListChange;

typedef gboolean (*TandemFilterListFunc) (gpointer item,
                                          gpointer user_data);

TandemFilterList *tandem_filter_list_new          (GListModel             *source,
                                                   TandemFilterListFunc    func,
                                                   gpointer                user_data,
                                                   GDestroyNotify          destroy);
void              tandem_filter_list_set_func     (TandemFilterList       *self,
                                                   TandemFilterListFunc    func,
                                                   gpointer                user_data,
                                                   GDestroyNotify          destroy);
void              tandem_filter_list_refilter     (TandemFilterList       *self,
                                                   TandemFilterListChange  change);

G_END_DECLS
