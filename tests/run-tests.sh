#!/bin/bash
# Runs the test suites and ends with one line: "N passed, N failed" (", N skipped" if any).
# Usage: tests/run-tests.sh BUILD_DIR [meson test options]
set -u -o pipefail

build_dir=$1
shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT

meson test -C "$build_dir" --print-errorlogs "$@" 2>&1 | tee "$log"
status=$?

count () {
  sed -n "s/^$1:[[:space:]]*\([0-9]*\).*/\1/p" "$log" | tail -n 1
}

ok=$(count Ok); expected_fail=$(count "Expected Fail"); fail=$(count Fail)
unexpected_pass=$(count "Unexpected Pass"); skipped=$(count Skipped); timeout=$(count Timeout)

if [ -z "$ok" ]; then
  echo "The tests did not run."
  echo "0 passed, 1 failed"
  exit 1
fi

passed=$((ok + ${expected_fail:-0}))
failed=$((${fail:-0} + ${unexpected_pass:-0} + ${timeout:-0}))
summary="$passed passed, $failed failed"
[ "${skipped:-0}" -gt 0 ] && summary="$summary, $skipped skipped"

echo
echo "$summary"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
