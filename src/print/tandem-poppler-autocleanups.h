/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <poppler.h>

/* The g_autoptr() cleanups that Debian 12's Poppler-GLib lacks, for the code that reads
 * printed documents back (tests, previews); meson.build probes for each. */

#if !HAVE_POPPLER_DOCUMENT_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
#endif

#if !HAVE_POPPLER_PAGE_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif
