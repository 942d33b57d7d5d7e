#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-potfiles.sh SRCDIR
#
# Fails when po/POTFILES.in and the sources disagree: a file with translatable strings that is
# not listed (its strings would never reach translators), or a listed file that does not exist
# (xgettext would stop). Files named in po/POTFILES.skip are left out on purpose.
#
# What counts as translatable:
#   C sources and headers under src/: a string literal passed to _(), N_(), C_(), NC_(),
#     g_dngettext(), g_dpgettext2(), g_dcgettext() or ngettext(), outside comments;
#   GtkBuilder files under ui/: translatable="yes";
#   data/: the desktop file, the metainfo and the GSettings schema.

set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "Usage: $0 SRCDIR" >&2
  exit 2
fi

cd "$1" || exit 2

potfiles=po/POTFILES.in
skipfiles=po/POTFILES.skip

if [ ! -f "$potfiles" ]; then
  echo "$potfiles: missing" >&2
  exit 1
fi

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# The entries of a POTFILES file: no blank lines, no comments, no [encoding] lines.
entries () {
  if [ -f "$1" ]; then
    sed -e 's/#.*$//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' -e '/^\[/d' "$1"
  fi
}

# Prints a C file with its comments removed and its string literals emptied to "", joined
# onto one line, so a marker in a comment or inside a string does not count and a call split
# over lines still matches.
strip_c () {
  awk '
    BEGIN { state = "code" }
    {
      line = $0; out = ""; n = length (line)
      for (i = 1; i <= n; i++) {
        c = substr (line, i, 1); c2 = substr (line, i, 2)
        if (state == "comment") {
          if (c2 == "*/") { state = "code"; i++; out = out " " }
        } else if (state == "string" || state == "char") {
          if (c == "\\") i++
          else if ((state == "string" && c == "\"") || (state == "char" && c == "'\''")) {
            out = out c; state = "code"
          }
        } else if (c2 == "/*") {
          state = "comment"; i++
        } else if (c2 == "//") {
          break
        } else {
          out = out c
          if (c == "\"") state = "string"
          else if (c == "'\''") state = "char"
        }
      }
      # A string or character literal ends with its line (unless continued with a backslash,
      # which this code base does not do); a comment carries on.
      if (state != "comment") state = "code"
      printf "%s ", out
    }
    END { print "" }
  ' "$1"
}

# A marker, then "(", then a string literal before any other parenthesis: _("…"),
# C_("context", "…"), g_dngettext (GETTEXT_PACKAGE, "…", "…", n).
c_marker='(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|g_dpgettext2|g_dcgettext|ngettext)[[:space:]]*\([^()"]*"'

entries "$potfiles" | LC_ALL=C sort > "$tmp/listed"
entries "$skipfiles" | LC_ALL=C sort > "$tmp/skipped"

: > "$tmp/needed"
for dir in src ui; do
  [ -d "$dir" ] || continue
  find "$dir" -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) -print
done | LC_ALL=C sort | while IFS= read -r file; do
  case "$file" in
    *.ui)
      if grep -q "translatable=[\"']yes[\"']" "$file"; then
        echo "$file"
      fi
      ;;
    *)
      if strip_c "$file" | grep -Eq "$c_marker"; then
        echo "$file"
      fi
      ;;
  esac
done >> "$tmp/needed"

for file in data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml; do
  [ -f "$file" ] && echo "$file"
done >> "$tmp/needed"

LC_ALL=C sort -u "$tmp/needed" -o "$tmp/needed"

status=0

LC_ALL=C comm -23 "$tmp/needed" "$tmp/listed" > "$tmp/unlisted"
while IFS= read -r file; do
  if ! grep -qxF "$file" "$tmp/skipped"; then
    echo "$file: has translatable strings but is not in $potfiles" >&2
    status=1
  fi
done < "$tmp/unlisted"

while IFS= read -r file; do
  if [ ! -f "$file" ]; then
    echo "$potfiles: lists $file, which does not exist" >&2
    status=1
  fi
done < "$tmp/listed"

LC_ALL=C uniq -d "$tmp/listed" > "$tmp/twice"
while IFS= read -r file; do
  echo "$potfiles: lists $file more than once" >&2
  status=1
done < "$tmp/twice"

# GtkBuilder takes translatable="true" too, but xgettext extracts only "yes": such strings
# would silently never be translated.
if [ -d ui ]; then
  find ui -type f -name '*.ui' -print
fi | LC_ALL=C sort | while IFS= read -r file; do
  if grep -Eq "translatable=[\"'](true|TRUE|True|1|y|Y|t|T|YES|Yes)[\"']" "$file"; then
    echo "$file: translatable must be \"yes\" for xgettext to find the string" >&2
    echo fail
  fi
done > "$tmp/spelling"
[ -s "$tmp/spelling" ] && status=1

if [ $status -eq 0 ]; then
  echo "$potfiles: $(wc -l < "$tmp/listed" | tr -d ' ') files, none missing"
fi

exit $status
