#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-benchmarks.sh BUILD_DIR [--launches N] [--keystrokes N] [--rounds N]
#
# The performance benchmarks of the issue, side by side on this machine in one run:
#
#   1. Launch: time from exec to the first drawn frame of Tandem's sign-in page, on an
#      encrypted database of 100,000 people made by `tandem-cli example-data` (the caseload
#      is read behind it), of a bare GTK 4 + libadwaita window with an empty
#      list (bare-window) and of gnome-text-editor opening an empty document, and the
#      resident memory of each at that frame. The three launches are interleaved, in a
#      rotating order, N times each (15 by default) after one warm-up launch each, so that
#      the machine's noise hits them alike. Each is measured the same way by
#      first-frame-probe.so (see the comment at its top).
#   2. Search as you type: search-bench, in the real window (see the comment at its top).
#      It draws with GTK's cairo renderer unless GSK_RENDERER says otherwise: under Xvfb the
#      default GL renderer is Mesa's llvmpipe, which rasterises the whole window in software
#      for every frame (about 30 ms here, whatever changed), a floor that says nothing about
#      Tandem and that a desktop's GPU does not have; cairo redraws only what changed.
#      The launches keep the default renderer: the three programs pay for it alike.
#   3. Plans: plan-bench (see the comment at its top): from choosing a person to the first
#      frame of their plan page, for a plan of 20 goals and 60 actions, and the store's time
#      to save one edit, over 1,000 edits. Its own temporary store; the cairo renderer, as
#      for the search.
#   4. Printing: print-bench (see the comment at its top): one plan printed as a PDF in
#      English, Arabic, Bengali and Urdu, 100 times each; a batch of 500 plans; LibreOffice
#      converting the same plan, alone and 20 at once. Its own temporary store.
#   5. Print preview: preview-bench (see the comment at its top): Poppler's render of page 1
#      of a printed plan at 96 dpi, in English and Urdu, 100 times each, and the layout, PDF
#      and Poppler load before it. No display is needed.
#   6. MDT huddles: huddle-bench (see the comment at its top): starting huddle mode on a
#      huddle of 30 cases, each with a plan and outcome history, to its first case drawn,
#      and moving to the next case and drawing it. Its own temporary store; the cairo
#      renderer, as for the search.
#   7. Encryption: encryption-bench (see the comment at its top): the keyring's lookup of the
#      key and opening the encrypted 100,000-person database with it, and reading its caseload,
#      searching and counting, beside the same on a plain copy of it.
#   8. Backup: backup-bench (see the comment at its top): a checked backup of the encrypted
#      100,000-person database, as "Back Up Now" makes it, three times, its size, and
#      restoring it.
#  8b. Audit trail: audit-bench (see the comment at its top): editing a plan, opening a
#      record and reading the caseload, with the audit trail's triggers on and off by turns.
#  8c. People's rights: rights-bench (see the comment at its top): a subject access export of
#      the longest record and erasures, on an encrypted store of 10,000 people.
#   9. Directory import: directory-import-bench (see the comment at its top): both real
#      ORUK v1 feeds of ../shared/testdata/oruk into a fresh database, parse and store timed
#      apart. Skipped, with a message, when that folder is not there.
#
# Everything runs under one Xvfb, with GSettings in memory and XDG folders of its own, and a
# throwaway keyring (tests/with-keyring.sh: gnome-keyring-daemon on a private D-Bus session
# bus, which the three launched programs all see), so nothing of the user's is read or
# changed. The 100,000-person database is encrypted, as Tandem makes them; the fictional
# database's key is cached beside it, to put into each run's keyring with secret-tool. It prints figures and the goals they are
# checked against; a missed goal is reported, not an error. The exit status is non-zero
# only when something could not run.
#
# Needs (Debian): xvfb, xauth, gnome-text-editor, libreoffice-writer-nogui, gnome-keyring,
# libsecret-tools; `make bench` installs them.

set -u

usage () {
  echo "Usage: $0 BUILD_DIR [--launches N] [--keystrokes N] [--rounds N]" >&2
  exit 2
}

die () {
  echo "run-benchmarks: $*" >&2
  exit 1
}

[ $# -ge 1 ] || usage
[ -d "$1" ] ||
  die "no build folder $1 (build first: meson setup $1 -Dbuildtype=release && ninja -C $1)"
BUILD_DIR=$(cd "$1" && pwd)
shift

LAUNCHES=15
KEYSTROKES=1000
ROUNDS=3
INNER=0
while [ $# -gt 0 ]; do
  case "$1" in
    --launches) LAUNCHES=${2:?}; shift 2 ;;
    --keystrokes) KEYSTROKES=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --inner) INNER=1; shift ;;
    *) usage ;;
  esac
done

TANDEM=$BUILD_DIR/src/tandem
TANDEM_CLI=$BUILD_DIR/src/tandem-cli
BARE=$BUILD_DIR/tests/bench/bare-window
PROBE=$BUILD_DIR/tests/bench/first-frame-probe.so
SEARCH_BENCH=$BUILD_DIR/tests/bench/search-bench
PLAN_BENCH=$BUILD_DIR/tests/bench/plan-bench
PRINT_BENCH=$BUILD_DIR/tests/bench/print-bench
PREVIEW_BENCH=$BUILD_DIR/tests/bench/preview-bench
DIRECTORY_BENCH=$BUILD_DIR/tests/bench/directory-import-bench
ORUK_TESTDATA=$(cd "$(dirname "$0")/../.." && pwd)/../shared/testdata/oruk
MAP_BENCH=$BUILD_DIR/tests/bench/map-bench
DIRECTORY_SEARCH_BENCH=$BUILD_DIR/tests/bench/directory-search-bench
HUDDLE_BENCH=$BUILD_DIR/tests/bench/huddle-bench
ENCRYPTION_BENCH=$BUILD_DIR/tests/bench/encryption-bench
BACKUP_BENCH=$BUILD_DIR/tests/bench/backup-bench
AUDIT_BENCH=$BUILD_DIR/tests/bench/audit-bench
RIGHTS_BENCH=$BUILD_DIR/tests/bench/rights-bench
WITH_KEYRING=$(cd "$(dirname "$0")/.." && pwd)/with-keyring.sh
BENCH_DIR=$BUILD_DIR/bench
# The number goes up whenever the example data changes, so a cached database made by an
# older generator is not measured by mistake (2: with plans and outcome measures; 4:
# encrypted, with staff who sign in, and the schema's covering indexes).
DB=$BENCH_DIR/tandem-100k-4.db
KEY_CACHE=$DB.key
N_PEOPLE=100000

# The issue's goals.
GOAL_RATIO_BARE=1.3
GOAL_RSS_MB=150

# The key of the database as Tandem's keyring schema keeps it.
keyring_attributes () {
  echo xdg:schema org.tandemcare.Tandem.DatabaseKey database "$1" slot current
}

# First of all, a keyring of our own for everything that follows.
if [ -z "${TANDEM_BENCH_KEYRING:-}" ]; then
  command -v gnome-keyring-daemon > /dev/null && command -v secret-tool > /dev/null ||
    die "gnome-keyring-daemon or secret-tool is missing: install them with make bench."
  TANDEM_BENCH_KEYRING=1 exec "$WITH_KEYRING" bash "$0" "$BUILD_DIR" \
    --launches "$LAUNCHES" --keystrokes "$KEYSTROKES" --rounds "$ROUNDS"
fi

# Outside the display: check what is needed, make the database, then run this script again
# under one Xvfb for all the measurements.
if [ "$INNER" = 0 ]; then
  for f in "$TANDEM" "$TANDEM_CLI" "$BARE" "$PROBE" "$SEARCH_BENCH" "$PLAN_BENCH" \
           "$PRINT_BENCH" "$PREVIEW_BENCH" "$DIRECTORY_BENCH" "$MAP_BENCH" \
           "$DIRECTORY_SEARCH_BENCH" "$HUDDLE_BENCH" "$ENCRYPTION_BENCH" \
           "$BACKUP_BENCH" "$AUDIT_BENCH" "$RIGHTS_BENCH" "$BUILD_DIR/data/gschemas.compiled"; do
    [ -e "$f" ] || die "$f is missing: build first with ninja -C $BUILD_DIR"
  done
  if ! command -v gnome-text-editor > /dev/null; then
    die "gnome-text-editor is missing: the launch is compared with it." \
        "Install it with make bench (or apt-get install gnome-text-editor)."
  fi
  if ! command -v xvfb-run > /dev/null || ! command -v xauth > /dev/null; then
    die "xvfb-run is missing: install it with make bench (or apt-get install xvfb xauth)."
  fi

  mkdir -p "$BENCH_DIR" || die "cannot make $BENCH_DIR"
  if [ -f "$DB" ] && [ -f "$KEY_CACHE" ]; then
    # shellcheck disable=SC2046
    tr -d '\n' < "$KEY_CACHE" | secret-tool store --label="Tandem benchmark database" \
      $(keyring_attributes "$DB") 2>/dev/null
  fi
  if [ -f "$DB" ] && "$TANDEM_CLI" --database "$DB" check > /dev/null 2>&1; then
    echo "Using the cached database $DB"
  else
    echo "Making a database of $N_PEOPLE fictional people in $DB (once; about a minute)..."
    rm -f "$DB" "$KEY_CACHE" "$DB.new" "$DB.new-wal" "$DB.new-shm"
    "$TANDEM_CLI" --database "$DB.new" example-data --people "$N_PEOPLE" > /dev/null 2>&1 ||
      die "tandem-cli example-data failed"
    # The key, kept by the CLI in this run's keyring under the new file's name, moves with it.
    # shellcheck disable=SC2046
    ( umask 077 && secret-tool lookup $(keyring_attributes "$DB.new") > "$KEY_CACHE" ) ||
      die "the new database's key is not in the keyring"
    # shellcheck disable=SC2046
    tr -d '\n' < "$KEY_CACHE" | secret-tool store --label="Tandem benchmark database" \
      $(keyring_attributes "$DB") || die "cannot keep the key in the keyring"
    mv "$DB.new" "$DB" || die "cannot move the database into place"
    rm -f "$DB.new-wal" "$DB.new-shm"
    "$TANDEM_CLI" --database "$DB" check > /dev/null || die "the new database fails its check"
  fi

  exec xvfb-run -a -s "-screen 0 1400x900x24" bash "$0" "$BUILD_DIR" --inner \
    --launches "$LAUNCHES" --keystrokes "$KEYSTROKES" --rounds "$ROUNDS"
fi

# Inside the display.

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tandem-bench.XXXXXX") || die "cannot make a temporary folder"
trap 'rm -rf "$WORK"' EXIT

export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR=$BUILD_DIR/data
export NO_AT_BRIDGE=1
export GTK_A11Y=none
export LC_ALL=C.UTF-8
export LANGUAGE=
export XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache
export XDG_STATE_HOME=$WORK/state XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

PROGRAMS="tandem bare gte"

label_of () {
  case "$1" in
    tandem) echo "Tandem, sign-in, $N_PEOPLE people" ;;
    bare) echo "bare GTK4+libadwaita window" ;;
    gte) echo "gnome-text-editor, empty doc" ;;
  esac
}

# launch PROGRAM OUT [PNG]: one launch measured by the probe; its line goes to OUT.
launch () {
  local program=$1 out=$2 png=${3:-}

  rm -f "$out"
  case "$program" in
    tandem)
      PROBE_OUT=$out PROBE_PNG=$png LD_PRELOAD=$PROBE \
        PROBE_T0_NS=$(date +%s%N) "$TANDEM" --database "$DB" ;;
    bare)
      PROBE_OUT=$out PROBE_PNG=$png LD_PRELOAD=$PROBE \
        PROBE_T0_NS=$(date +%s%N) "$BARE" ;;
    gte)
      PROBE_OUT=$out PROBE_PNG=$png LD_PRELOAD=$PROBE \
        PROBE_T0_NS=$(date +%s%N) gnome-text-editor --standalone ;;
  esac > "$WORK/$program.log" 2>&1
  local status=$?

  if [ $status -ne 0 ] || [ ! -s "$out" ]; then
    echo "run-benchmarks: $program did not reach its first frame (exit status $status):" >&2
    tail -n 20 "$WORK/$program.log" >&2
    return 1
  fi
}

# field NAME FILE: the values of NAME=... from each probe line in FILE.
field () {
  sed -n "s/.*\\<$1=\\([0-9.-]*\\).*/\\1/p" "$2"
}

# summary: min, median and max of the numbers on standard input.
summary () {
  sort -g | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "nan nan nan"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.1f %.1f %.1f\n", v[1], m, v[NR]
    }'
}

# verdict VALUE LIMIT: MET when VALUE <= LIMIT; verdict_below: when VALUE < LIMIT.
verdict () {
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "MET" : "MISSED" }'
}

verdict_below () {
  awk -v v="$1" -v l="$2" 'BEGIN { print (v < l) ? "MET" : "MISSED" }'
}

echo
echo "Tandem benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -n): $(nproc) CPUs," \
     "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), Xvfb 1400x900x24"
GTE_VERSION=$(gnome-text-editor --version 2>/dev/null | sed -n '1s/^Text Editor \([^ ]*\).*/\1/p')
echo "  gnome-text-editor $GTE_VERSION," \
     "$BUILD_DIR buildtype $(grep -o '"name": "buildtype", "value": "[a-z]*"' \
       "$BUILD_DIR/meson-info/intro-buildoptions.json" 2>/dev/null | sed 's/.*"\([a-z]*\)"$/\1/')"

echo
echo "Launch to first drawn frame: 1 warm-up + $LAUNCHES launches of each, interleaved"
failed=0
for program in $PROGRAMS; do
  : > "$WORK/$program.results"
  # The warm-up fills the disk cache and Mesa's shader cache; it also saves what the
  # counted frame looked like.
  launch "$program" "$WORK/warmup.out" "$BENCH_DIR/first-frame-$program.png" || failed=1
done
[ $failed = 0 ] || die "a warm-up launch failed"

for i in $(seq 1 "$LAUNCHES"); do
  # Rotate the order so that no program always runs first or last.
  case $(( i % 3 )) in
    0) order="tandem bare gte" ;;
    1) order="bare gte tandem" ;;
    2) order="gte tandem bare" ;;
  esac
  for program in $order; do
    if launch "$program" "$WORK/one.out"; then
      cat "$WORK/one.out" >> "$WORK/$program.results"
    else
      failed=1
    fi
  done
  printf '.' >&2
done
echo >&2
[ $failed = 0 ] || die "some launches failed"
renderers=$(sed -n 's/.*renderer=\([A-Za-z]*\).*/\1/p' "$WORK"/*.results | sort -u | tr '\n' ' ')

declare -A MEDIAN RSS
printf '\n  %-32s %8s %8s %8s   %8s %8s   %9s %12s\n' \
  "ms from exec (n=$LAUNCHES)" "min" "median" "max" "present" "1st paint" "RSS MB" "RSS min-max"
for program in $PROGRAMS; do
  results=$WORK/$program.results
  read -r min med max < <(field first-frame-ms "$results" | summary)
  read -r _ present _ < <(field present-ms "$results" | summary)
  read -r _ paint _ < <(field first-paint-ms "$results" | summary)
  read -r rmin rmed rmax < <(field rss-kb "$results" | awk '{ print $1 / 1024 }' | summary)
  printf '  %-32s %8s %8s %8s   %8s %8s   %9s %12s\n' "$(label_of "$program")" \
    "$min" "$med" "$max" "$present" "$paint" "$rmed" "$rmin-$rmax"
  MEDIAN[$program]=$med
  RSS[$program]=$rmed
done
echo "  (present, 1st paint: medians of when the window was presented and first painted; for"
echo "  Tandem the counted frame is the first of its sign-in page: the database is open (key from"
echo "  the keyring) and the caseload is being read behind it for when someone signs in."
echo "  Renderer: ${renderers% }.)"

ratio_bare=$(awk -v a="${MEDIAN[tandem]}" -v b="${MEDIAN[bare]}" 'BEGIN { printf "%.2f", a / b }')
ratio_gte=$(awk -v a="${MEDIAN[tandem]}" -v b="${MEDIAN[gte]}" 'BEGIN { printf "%.2f", a / b }')
rss_extra=$(awk -v a="${RSS[tandem]}" -v b="${RSS[bare]}" 'BEGIN { printf "%.1f", a - b }')

echo
echo "Goals (launch and memory)"
printf '  %-44s %10s     goal %-12s %s\n' "Tandem / bare window, medians" "${ratio_bare}x" \
  "<= ${GOAL_RATIO_BARE}x" "$(verdict "$ratio_bare" "$GOAL_RATIO_BARE")"
printf '  %-44s %10s     goal %-12s %s\n' "Tandem / gnome-text-editor, medians" "${ratio_gte}x" \
  "<= 1x" "$(verdict "$ratio_gte" 1)"
printf '  %-44s %10s MB  goal %-12s %s\n' "Tandem resident memory, at sign-in" \
  "${RSS[tandem]}" "< ${GOAL_RSS_MB} MB" "$(verdict_below "${RSS[tandem]}" "$GOAL_RSS_MB")"
echo "  (of which the bare window, same toolkit and renderer, takes ${RSS[bare]} MB:" \
     "Tandem adds $rss_extra MB)"
echo "  The counted frames are saved as $BENCH_DIR/first-frame-*.png"

echo
GSK_RENDERER=${GSK_RENDERER:-cairo} "$SEARCH_BENCH" "$DB" --keystrokes "$KEYSTROKES" \
  --rounds "$ROUNDS" || die "search-bench failed"

echo
GSK_RENDERER=${GSK_RENDERER:-cairo} "$PLAN_BENCH" --runs 30 --edits 1000 || die "plan-bench failed"

echo
GSK_RENDERER=${GSK_RENDERER:-cairo} "$HUDDLE_BENCH" --runs 10 || die "huddle-bench failed"

echo
"$PRINT_BENCH" --runs 100 --batch 500 || die "print-bench failed"

echo
"$PREVIEW_BENCH" --runs 100 || die "preview-bench failed"

echo
"$ENCRYPTION_BENCH" "$DB" --runs 20 || die "encryption-bench failed"

echo
"$BACKUP_BENCH" "$DB" --runs 3 || die "backup-bench failed"

echo
"$AUDIT_BENCH" --people 2000 --rounds 10 --edits 50 || die "audit-bench failed"

echo
"$RIGHTS_BENCH" 10000 || die "rights-bench failed"

echo
"$DIRECTORY_BENCH" "$ORUK_TESTDATA" --runs 5 || die "directory-import-bench failed"
GSK_RENDERER=${GSK_RENDERER:-cairo} "$DIRECTORY_SEARCH_BENCH" --assets 20000 --rounds 3 ||
  die "directory-search-bench failed"
GSK_RENDERER=${GSK_RENDERER:-cairo} "$MAP_BENCH" --markers 5000 --frames 300 ||
  die "map-bench failed"
