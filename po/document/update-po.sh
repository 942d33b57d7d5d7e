#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# update-po.sh PODIR LANG...
#
# Merges PODIR/tandem-document.pot into PODIR/LANG.po for each LANG (run by
# `meson compile tandem-document-update-po`). A language with no catalog yet gets one made from
# the template, marked as not reviewed, for a translator to fill in.

set -eu

podir=$1
shift
pot=$podir/tandem-document.pot

for lang in "$@"; do
  po=$podir/$lang.po
  if [ -f "$po" ]; then
    msgmerge --quiet --update --backup=none --previous "$po" "$pot"
  else
    # msginit wants a POSIX locale name: pa-Guru becomes pa_Guru.
    msginit --no-translator --input="$pot" --output-file="$po" \
      --locale="$(echo "$lang" | tr '-' '_')"
    sed -i '/^"Content-Transfer-Encoding:/a "X-Tandem-Review: machine\\n"' "$po"
    echo "$po: made from the template; translate it and set X-Tandem-Review"
  fi
done
