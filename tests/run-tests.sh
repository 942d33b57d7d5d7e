#!/bin/bash
# Runs the test suites and ends with one line: "N passed, N failed" (", N skipped" if any).
# Usage: tests/run-tests.sh BUILD_DIR [MORE_BUILD_DIRS...] [meson test options]
# With several build folders (make test passes the fuzzing build's too), the line counts the
# tests of all of them.
set -u -o pipefail

build_dirs=()
while [ $# -gt 0 ] && [ -f "$1/build.ninja" ]; do
  build_dirs+=("$1")
  shift
done
if [ ${#build_dirs[@]} -eq 0 ]; then
  echo "${1:-No build folder given}: not a configured build folder."
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

count () {
  sed -n "s/^$1:[[:space:]]*\([0-9]*\).*/\1/p" "$log" | tail -n 1
}

passed=0; failed=0; skipped=0; status=0
for build_dir in "${build_dirs[@]}"; do
  meson test -C "$build_dir" --print-errorlogs "$@" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1

  ok=$(count Ok); expected_fail=$(count "Expected Fail"); fail=$(count Fail)
  unexpected_pass=$(count "Unexpected Pass"); skip=$(count Skipped); timeout=$(count Timeout)

  if [ -z "$ok" ]; then
    echo "The tests in $build_dir did not run."
    failed=$((failed + 1))
    continue
  fi

  passed=$((passed + ok + ${expected_fail:-0}))
  failed=$((failed + ${fail:-0} + ${unexpected_pass:-0} + ${timeout:-0}))
  skipped=$((skipped + ${skip:-0}))
done

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"

echo
echo "$summary"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
