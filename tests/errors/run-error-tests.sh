#!/usr/bin/env bash
# Errors a program meets at run time, reported exactly as Elixir 1.14 reports
# them: NAME.stdout, NAME.stderr and NAME.status were recorded from
# `elixir NAME.exs` (stderr without Elixir's last frame,
# `(elixir 1.14.0) lib/code.ex:...: Code.require_file/2`, which belongs to
# Elixir's own script runner; docs/compat.md). Also run in GC-stress mode by
# CTest.
# usage: run-error-tests.sh VIAL DIR
set -uo pipefail
vial=$(realpath "$1")
cd "$2" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
for script in *.exs; do
  name=${script%.exs}
  timeout 120 "$vial" run "$script" > "$tmp/out" 2> "$tmp/err" < /dev/null
  status=$?
  if [[ $status -eq $(cat "$name.status") ]] && cmp -s "$tmp/out" "$name.stdout" && cmp -s "$tmp/err" "$name.stderr"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $script (exit $status, expected $(cat "$name.status"))"
    diff -u --label expected --label actual "$name.stdout" "$tmp/out" | head -10
    diff -u --label expected --label actual "$name.stderr" "$tmp/err" | head -20
  fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
