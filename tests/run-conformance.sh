#!/usr/bin/env bash
# Conformance runner: runs every *.exs under DIR with `VIAL run` and compares
# its stdout with NAME.expected and its exit status with NAME.exitcode (0 when
# that file is absent). Both were recorded from real Elixir 1.14 by
# tools/record-expected.sh. Arguments for System.argv/0 come from NAME.args
# (one per line), if present. Stderr is not compared. Scripts in a folder
# with a file named .not-conformance are skipped (examples/hotswap: a
# service with its own test, tests/hotswap/).
#
# usage: run-conformance.sh VIAL DIR [FILTER]
set -uo pipefail

vial=$(realpath "$1")
dir=$(realpath "$2")
filter=${3:-}
timeout_s=${VIAL_TEST_TIMEOUT:-30}

passed=0
failed=0
failures=()
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

while IFS= read -r -d '' script; do
  rel=${script#"$dir"/}
  [[ -n "$filter" && "$rel" != *"$filter"* ]] && continue
  [[ -f "$(dirname "$script")/.not-conformance" ]] && continue
  base=${script%.exs}
  if [[ ! -f "$base.expected" ]]; then
    echo "MISSING $rel: no ${rel%.exs}.expected (record it with tools/record-expected.sh)"
    failed=$((failed + 1)); failures+=("$rel"); continue
  fi
  args=()
  [[ -f "$base.args" ]] && mapfile -t args < "$base.args"
  want_status=0
  [[ -f "$base.exitcode" ]] && want_status=$(tr -d '[:space:]' < "$base.exitcode")

  (cd "$(dirname "$script")" && timeout "$timeout_s" "$vial" run "$(basename "$script")" "${args[@]}" \
     > "$tmp/out" 2> "$tmp/err" < /dev/null)
  status=$?

  if [[ $status -eq $want_status ]] && cmp -s "$tmp/out" "$base.expected"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); failures+=("$rel")
    echo "FAIL $rel (exit $status, expected $want_status)"
    diff -u --label expected --label actual "$base.expected" "$tmp/out" | head -40
    if [[ -s "$tmp/err" ]]; then echo "--- stderr:"; head -20 "$tmp/err"; fi
    echo
  fi
done < <(find "$dir" -name '*.exs' -print0 | sort -z)

if [[ $failed -gt 0 ]]; then
  echo "failed:"; printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
