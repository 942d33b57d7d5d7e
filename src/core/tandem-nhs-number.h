/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TANDEM_NHS_NUMBER_ERROR (tandem_nhs_number_error_quark ())

typedef enum
{
  TANDEM_NHS_NUMBER_ERROR_EMPTY,
  TANDEM_NHS_NUMBER_ERROR_CHARACTERS,
  TANDEM_NHS_NUMBER_ERROR_LENGTH,
  TANDEM_NHS_NUMBER_ERROR_SAME_DIGITS,
  TANDEM_NHS_NUMBER_ERROR_CHECK_DIGIT,
} TandemNhsNumberError;

GQuark    tandem_nhs_number_error_quark (void);
char     *tandem_nhs_number_normalize   (const char  *text,
                                         GError     **error);
gboolean  tandem_nhs_number_is_valid    (const char  *text);
int       tandem_nhs_number_check_digit (const char  *first_nine);
char     *tandem_nhs_number_format      (const char  *digits);
gboolean  tandem_nhs_number_is_test     (const char  *digits);

G_END_DECLS
