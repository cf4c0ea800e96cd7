#!/usr/bin/env bash
# IEx.Server without a terminal (docs/repl.md): tests/repl/server/NAME.exs
# drive the REPL loop with scripted read functions; stdout must match
# NAME.expected. Those texts are Vial's own (IEx.Server's options are
# Vial's), checked line by line against what iex prints for the same
# entries; record one with `vial run NAME.exs > NAME.expected` after
# reading it.
# Pids are compared as #PID<...>, and the line numbers of the REPL's own
# files in stack traces as N (stdlib/iex*.ex change).
# usage: run-server-tests.sh VIAL DIR
set -uo pipefail
vial=$(realpath "$1")
cd "$2" || exit 1
passed=0
failed=0
for script in *.exs; do
  [[ $script == script.exs ]] && continue
  base=${script%.exs}
  out=$(timeout "${VIAL_TEST_TIMEOUT:-60}" "$vial" run "$script" 2> err.tmp; echo "status $?")
  out=$(sed -E -e 's/#PID<[0-9.]+>/#PID<...>/g' -e 's/(iex[a-z_]*\.ex):[0-9]+:/\1:N:/g' <<< "$out")
  if [[ "$out" == "$(cat "$base.expected"; echo "status 0")" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $script"
    diff <(cat "$base.expected"; echo "status 0") <(echo "$out") | head -40
    echo "  stderr: $(head -c 2000 err.tmp)"
  fi
  rm -f err.tmp
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
