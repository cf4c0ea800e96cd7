#!/usr/bin/env bash
# Differential reader tests: `vial parse --format=erlang NAME.exs` against what
# Elixir 1.14 printed for the same file (recorded by tools/record-parse.sh).
# A file that parses must print the recorded quoted form exactly; one that does
# not must fail with the recorded exit status and the same first stderr line
# (and, where NAME.stderr was recorded, the same whole message). Where
# NAME.inspect was recorded, the default `vial parse` output must equal it.
#
# usage: tests/run-parse-tests.sh PATH-TO-VIAL DIR
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 PATH-TO-VIAL DIR" >&2
  exit 2
fi
vial=$(realpath "$1")
dir=$2
cd "$dir" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass=0
fail=0
for f in *.exs; do
  name=${f%.exs}
  if [ ! -f "$name.expected" ]; then
    echo "FAIL $name: no $name.expected (run tools/record-parse.sh)"
    fail=$((fail + 1))
    continue
  fi
  want_code=$(cat "$name.exitcode" 2>/dev/null || echo 0)
  timeout 20 "$vial" parse --format=erlang "$f" >"$tmp/out" 2>"$tmp/err"
  code=$?
  if [ "$want_code" -eq 0 ]; then
    cp "$tmp/out" "$tmp/got"
  else
    head -n 1 "$tmp/err" >"$tmp/got"
  fi
  ok=1
  [ "$code" -eq "$want_code" ] && cmp -s "$tmp/got" "$name.expected" || ok=0
  # Where the whole message was recorded, the snippet must match too.
  if [ $ok -eq 1 ] && [ "$want_code" -ne 0 ] && [ -f "$name.stderr" ] && ! cmp -s "$tmp/err" "$name.stderr"; then
    ok=0
    cp "$tmp/err" "$tmp/got"
    cp "$name.stderr" "$tmp/want"
  else
    cp "$name.expected" "$tmp/want"
  fi
  # Where Kernel.inspect/1 of the form was recorded, the default format too.
  if [ $ok -eq 1 ] && [ "$want_code" -eq 0 ] && [ -f "$name.inspect" ]; then
    timeout 20 "$vial" parse "$f" >"$tmp/inspect" 2>/dev/null
    if ! cmp -s "$tmp/inspect" "$name.inspect"; then
      ok=0
      cp "$tmp/inspect" "$tmp/got"
      cp "$name.inspect" "$tmp/want"
    fi
  fi
  if [ $ok -eq 1 ]; then
    pass=$((pass + 1))
  else
    echo "FAIL $name (exit $code, expected $want_code)"
    diff "$tmp/want" "$tmp/got" | head -n 20
    [ "$code" -ne 0 ] && [ "$want_code" -eq 0 ] && head -n 5 "$tmp/err"
    fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
