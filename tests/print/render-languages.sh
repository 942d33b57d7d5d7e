#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# render-languages.sh BUILD_DIR
#
# Prints one example plan in every language Tandem prints in, and in large print and with
# English headings, with the build's tandem-cli; turns each page into a PNG with pdftoppm,
# into BUILD_DIR/print-samples, for a person to look at (`make print-samples`). The people
# are fictional, made by `tandem-cli example-data` in a temporary database.

set -eu

[ $# -eq 1 ] || { echo "Usage: $0 BUILD_DIR" >&2; exit 2; }
BUILD_DIR=$(cd "$1" && pwd)
CLI=$BUILD_DIR/src/tandem-cli
OUT=$BUILD_DIR/print-samples
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The sample database is encrypted with a throwaway passphrase: no keyring is needed.
( umask 077 && echo "print samples passphrase" > "$WORK/passphrase" )
CLI=("$CLI" --passphrase-file "$WORK/passphrase")

"${CLI[@]}" --database "$WORK/samples.db" example-data --people 40 >/dev/null
# The person with the most written plan: the one whose English copy has the most pages.
best=0 best_pages=0
for id in $("${CLI[@]}" --database "$WORK/samples.db" --json people search "" 2>/dev/null |
            grep -o '"id" : [0-9]*' | grep -o '[0-9]*$' || seq 1 40); do
  if "${CLI[@]}" --database "$WORK/samples.db" --json plan export "$id" --language en \
       --output "$WORK/try.pdf" >"$WORK/try.json" 2>/dev/null; then
    pages=$(grep -o '"pages" : [0-9]*' "$WORK/try.json" | grep -o '[0-9]*$')
    if [ "$pages" -gt "$best_pages" ]; then best=$id best_pages=$pages; fi
  fi
done
[ "$best" -gt 0 ] || { echo "render-languages: no example plan to print" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"
render () {
  local name=$1
  shift
  "${CLI[@]}" --database "$WORK/samples.db" plan export "$best" --output "$OUT/$name.pdf" "$@"
  pdftoppm -r 72 -png "$OUT/$name.pdf" "$OUT/$name"
}

for language in en pl ro pa-Guru ur pt es ar bn gu it; do
  render "$language" --language "$language"
done
render ur-large-print --language ur --large-print
render ur-bilingual --language ur --bilingual

echo "Pages of person $best's plan in every language: $OUT"
