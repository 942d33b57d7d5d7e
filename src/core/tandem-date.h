/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TANDEM_DATE_ERROR (tandem_date_error_quark ())

typedef enum
{
  TANDEM_DATE_ERROR_EMPTY,
  TANDEM_DATE_ERROR_FORMAT,
  TANDEM_DATE_ERROR_IMPOSSIBLE,
  TANDEM_DATE_ERROR_FUTURE,
  TANDEM_DATE_ERROR_TOO_OLD,
} TandemDateError;

GQuark    tandem_date_error_quark     (void);
gboolean  tandem_date_parse           (const char  *text,
                                       GDate       *date,
                                       GError     **error);
gboolean  tandem_date_parse_birth     (const char  *text,
                                       const GDate *today,
                                       GDate       *date,
                                       GError     **error);
gboolean  tandem_date_parse_not_future (const char  *text,
                                        const GDate *today,
                                        GDate       *date,
                                        GError     **error);
gboolean  tandem_date_from_iso        (const char  *iso,
                                       GDate       *date);
guint32   tandem_date_iso_to_julian   (const char  *iso);
char     *tandem_date_to_iso          (const GDate *date);
char     *tandem_date_to_input        (const char  *iso);
char     *tandem_date_format          (const char  *iso);
void      tandem_date_set_today       (GDate       *date);
char     *tandem_date_today_iso       (void);
int       tandem_date_days_between    (const char  *from_iso,
                                       const GDate *to);
int       tandem_date_age             (const char  *birth_iso,
                                       const GDate *today);

G_END_DECLS
