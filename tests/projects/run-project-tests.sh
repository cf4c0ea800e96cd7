#!/usr/bin/env bash
# Runs each tests/projects/NAME/ ("real-world" samples: lib.ex and an ExUnit
# test.exs) as `vial test --require lib.ex test.exs`; every one must pass.
# usage: run-project-tests.sh VIAL DIR
set -uo pipefail
vial=$(realpath "$1")
cd "$2" || exit 1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
failed=0 passed=0
for dir in */; do
  dir=${dir%/}
  [ -f "$dir/test.exs" ] || continue
  if out=$(cd "$dir" && timeout 120 "$vial" test --require lib.ex test.exs 2>&1); then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $dir"
    echo "$out" | tail -40
  fi
done
echo "projects: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
