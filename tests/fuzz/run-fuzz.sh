#!/bin/bash
# Runs one libFuzzer target for a set time and prints one line: its executions, their rate,
# and whether anything crashed. New corpus entries go to a scratch folder in the build tree,
# never into the source tree; the seeds and the regression inputs are read from here.
# Usage: tests/fuzz/run-fuzz.sh FUZZER NAME SECONDS SCRATCH_DIR [fresh]
# With "fresh" (the short runs of make test), the scratch corpus starts empty each time, so
# a run takes the same time however many inputs earlier runs found, and the random seed is
# fixed, so a failure there can be replayed; without it (make fuzz), each run starts from
# what the last one found, with a new seed.
set -u -o pipefail

fuzzer=$1
name=$2
seconds=$3
scratch=$4
here=$(cd "$(dirname "$0")" && pwd)

corpus="$scratch/$name"
crashes="$scratch/$name-crashes"
log="$scratch/$name.log"
seed=()
if [ "${5:-}" = fresh ]; then
  rm -rf "$corpus"
  seed=(-seed=1)
fi
mkdir -p "$corpus" "$crashes"

dirs=("$corpus" "$here/corpus/$name")
[ -d "$here/regressions/$name" ] && dirs+=("$here/regressions/$name")

# Leaks count as crashes, except those inside libraries listed in the suppressions;
# undefined behaviour stops the run with the input that caused it. GLib's fatal messages
# (g_error(), a broken property, a critical warning) stop the process with SIGTRAP, which
# libFuzzer only saves the input for when the sanitizer handles that signal.
export G_DEBUG=fatal-criticals
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:handle_sigtrap=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$here/../lsan.supp:print_suppressions=0"

# Feeds are worth fuzzing large; a plan longer than a few pages only makes the shaping of
# text, which is HarfBuzz's work and not ours, slower.
case "$name" in
  plan-document) max_len=8192 ;;
  *) max_len=65536 ;;
esac

"$fuzzer" "${seed[@]}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len="$max_len" \
  -print_final_stats=1 -artifact_prefix="$crashes/" "${dirs[@]}" >"$log" 2>&1
status=$?

stat () {
  sed -n "s/^stat::$1:[[:space:]]*\([0-9]*\).*/\1/p" "$log" | tail -n 1
}

runs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
if [ "$status" -ne 0 ]; then
  tail -n 60 "$log"
  echo "fuzz-$name: FAILED after ${runs:-?} executions; the input is in $crashes," \
       "the whole log in $log"
  exit 1
fi

echo "fuzz-$name: ${runs:-0} executions in ${seconds} s, ${rate:-0} per second, no crash"
