#!/usr/bin/env bash
# Runs tests/stdlib/*_test.exs on real Elixir, to check that the library
# tests agree with Elixir 1.14 (`vial test tests/stdlib` runs them on Vial).
# usage: tools/stdlib-tests-elixir.sh [FILE...]
set -uo pipefail
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(tests/stdlib/*_test.exs)
args=()
for f in "${files[@]}"; do args+=(-r "$f"); done
exec elixir -e 'ExUnit.start()' "${args[@]}"
