#!/usr/bin/env bash
# Records what Elixir 1.14's ExUnit prints for a tests/exunit/NAME case:
# lib.ex is compiled with elixirc (doctests need its docs), test.exs runs
# with ExUnit.start and the case's options (args: vial test's arguments;
# --seed/--exclude/--include/--only become ExUnit.start options). Writes
# NAME/expected (the "Finished in" line masked) and NAME/exitcode.
# usage: tools/record-exunit.sh tests/exunit/NAME...
set -euo pipefail
for dir in "$@"; do
  dir=${dir%/}
  out=$(mktemp -d)
  (cd "$dir" && elixirc -o "$out" lib.ex >/dev/null)
  read -r -a args < "$dir/args"
  opts="" inc="" exc=""
  i=0
  while [ $i -lt ${#args[@]} ]; do
    case "${args[$i]}" in
      --seed) opts+="seed: ${args[$((i+1))]}, "; i=$((i+2)) ;;
      --trace) opts+="trace: true, "; i=$((i+1)) ;;
      --exclude) exc+=":${args[$((i+1))]}, "; i=$((i+2)) ;;
      --only) inc+="${args[$((i+1))]}"; i=$((i+2)) ;;
      *) i=$((i+1)) ;;
    esac
  done
  filters=""
  if [ -n "$exc" ]; then filters+="exclude: [${exc%, }], "; fi
  if [ -n "$inc" ]; then
    key=${inc%%:*} value=${inc#*:}
    if [ "$key" = "$inc" ]; then filters+="include: [:$key], exclude: [:test], "; else filters+="include: [$key: \"$value\"], exclude: [:test], "; fi
  fi
  set +e
  all="${opts}${filters}"
  (cd "$dir" && elixir -pa "$out" -e "ExUnit.start(${all%, })" -r test.exs) > "$dir/expected.raw"
  echo $? > "$dir/exitcode"
  set -e
  sed -E -e 's/^Finished in .*/Finished in (time)/' -e 's/\([0-9.]+ms\)/(time)/' "$dir/expected.raw" > "$dir/expected"
  rm -f "$dir/expected.raw"
  rm -rf "$out"
done
