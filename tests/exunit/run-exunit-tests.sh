#!/usr/bin/env bash
# `vial test` against what Elixir 1.14's ExUnit prints: each case NAME/ has
# lib.ex, test.exs, args (vial test's arguments) and expected/exitcode
# recorded by tools/record-exunit.sh. The "Finished in" line is masked.
# usage: run-exunit-tests.sh VIAL DIR
set -uo pipefail
vial=$(realpath "$1")
cd "$2" || exit 1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
failed=0 passed=0
for dir in */; do
  dir=${dir%/}
  [ -f "$dir/args" ] || continue
  read -r -a args < "$dir/args"
  actual=$(cd "$dir" && timeout 120 "$vial" test "${args[@]}" 2>/dev/null | sed -E -e 's/^Finished in .*/Finished in (time)/' -e 's/\([0-9.]+ms\)/(time)/'; echo "rc=${PIPESTATUS[0]}")
  expected=$(cat "$dir/expected"; echo "rc=$(cat "$dir/exitcode")")
  if [ "$actual" == "$expected" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $dir"
    diff <(echo "$expected") <(echo "$actual") | head -40
  fi
done
echo "exunit: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
