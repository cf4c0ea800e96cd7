#!/usr/bin/env bash
# Compiled modules: `vial compile -o DIR` saves .vbc files, `vial run -pa DIR`
# loads them on demand, and a damaged or foreign .vbc file is refused with a
# clear message (never a crash): the call then fails as a call to a missing
# module does, as BEAM does with a bad .beam file. The expected output of the
# good runs (compile.expected, main.expected) was recorded from
# `elixirc geometry.ex uses.ex -o DIR` and `elixir -pa DIR main.exs`.
# usage: run-vbc-tests.sh VIAL DIR
set -uo pipefail
vial=$(realpath "$1")
cd "$2" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
# check NAME WANT_STATUS WANT_STDOUT_FILE|- WANT_STDERR_TEXT|- -- ARGS...
check() {
  local name=$1 want_status=$2 want_out=$3 want_err=$4
  shift 5
  "$vial" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
  local status=$?
  local ok=1
  [[ $status -eq $want_status ]] || ok=0
  if [[ $want_out != - ]] && ! cmp -s "$want_out" "$tmp/out"; then ok=0; fi
  if [[ $want_err != - ]] && ! grep -qF -- "$want_err" "$tmp/err"; then ok=0; fi
  if [[ $ok -eq 1 ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name: vial $* (status $status, expected $want_status)"
    [[ $want_out != - ]] && diff -u --label expected --label actual "$want_out" "$tmp/out" | head -20
    [[ $want_err != - ]] && echo "  expected in stderr: $want_err"
    echo "--- stderr:"; head -10 "$tmp/err"
  fi
}

out=$tmp/ebin
check "compile" 0 compile.expected - -- compile -o "$out" geometry.ex uses.ex
for m in Geometry Geometry.Inner Uses; do
  if [[ -f $out/Elixir.$m.vbc ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: no Elixir.$m.vbc"; fi
done
check "run with -pa" 0 main.expected - -- run -pa "$out" main.exs
check "run without -pa" 1 - "** (UndefinedFunctionError) function Geometry.area/1 is undefined (module Geometry is not available)" -- run main.exs
check "compile: missing -o folder" 1 - "vial: compile: -o needs a folder" -- compile geometry.ex -o
check "compile: no file" 1 - "vial: compile: missing FILE" -- compile -o "$out"
check "run: -pa without folder" 1 - "vial: run: -pa needs a folder" -- run -pa

# Damaged copies of Elixir.Geometry.vbc, one kind of damage at a time.
damage() {  # damage KIND: writes $tmp/bad/Elixir.Geometry.vbc
  rm -rf "$tmp/bad" && cp -r "$out" "$tmp/bad"
  local f=$tmp/bad/Elixir.Geometry.vbc size
  size=$(stat -c %s "$f")
  case $1 in
    flip) printf '\xff' | dd of="$f" bs=1 seek=$((size / 2)) conv=notrunc status=none ;;
    truncate) truncate -s $((size - 7)) "$f" ;;
    text) cp geometry.ex "$f" ;;
    empty) : > "$f" ;;
    other) cp "$out/Elixir.Uses.vbc" "$f" ;;
  esac
}
not_available="** (UndefinedFunctionError) function Geometry.area/1 is undefined (module Geometry is not available)"
damage flip
check "flipped byte" 1 - "Elixir.Geometry.vbc: checksum mismatch (the file is corrupt)" -- run -pa "$tmp/bad" main.exs
check "flipped byte: then undefined" 1 - "$not_available" -- run -pa "$tmp/bad" main.exs
damage truncate
check "truncated" 1 - "Elixir.Geometry.vbc: truncated (" -- run -pa "$tmp/bad" main.exs
damage text
check "not a vbc" 1 - "Elixir.Geometry.vbc: not a .vbc file" -- run -pa "$tmp/bad" main.exs
damage empty
check "empty" 1 - "Elixir.Geometry.vbc: not a .vbc file" -- run -pa "$tmp/bad" main.exs
damage other
check "another module" 1 - "Elixir.Geometry.vbc: the file holds module Uses, not Geometry" -- run -pa "$tmp/bad" main.exs

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
