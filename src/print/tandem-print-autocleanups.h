/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

/* The g_autoptr() cleanups that Debian 12's Pango and cairo lack, defined here once; the
 * project's meson.build probes for each, so a newer version that has them is used as it
 * is. */

#if !HAVE_PANGO_CONTEXT_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PangoContext, g_object_unref)
#endif

#if !HAVE_CAIRO_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
#endif

#if !HAVE_CAIRO_SURFACE_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
#endif
