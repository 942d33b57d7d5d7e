/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TANDEM_POSTCODE_ERROR (tandem_postcode_error_quark ())

typedef enum
{
  TANDEM_POSTCODE_ERROR_EMPTY,
  TANDEM_POSTCODE_ERROR_FORMAT,
} TandemPostcodeError;

GQuark  tandem_postcode_error_quark (void);
char   *tandem_postcode_normalize   (const char  *text,
                                     GError     **error);
char   *tandem_postcode_compact     (const char  *text);

G_END_DECLS
