#!/usr/bin/env bash
# Records the expected behaviour of conformance programs from real Elixir 1.14:
# for each given NAME.exs (default: every tests/conformance/**/*.exs) it runs
# `elixir NAME.exs ARGS` in the script's folder and writes NAME.expected
# (stdout) and NAME.exitcode (only when the status is non-zero). Arguments come
# from NAME.args, one per line. CI never runs this; it compares with the files.
# Elixir's Logger prints crash reports of processes on stdout (its console
# device is :user); Vial prints them on stderr, so elixir runs with Logger's
# console on standard_error: the reports (with their timestamps and pids, at
# no fixed place in the output) stay out of the recorded stdout.
#
# usage: tools/record-expected.sh [FILE.exs...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v elixir >/dev/null; then
  echo "record-expected: elixir is not installed (apt-get install -y elixir)" >&2
  exit 1
fi
version=$(elixir --version 2>/dev/null | grep -o 'Elixir [0-9.]*')
if [[ "$version" != "Elixir 1.14"* ]]; then
  echo "record-expected: need Elixir 1.14, found '$version'" >&2
  exit 1
fi

files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  mapfile -d '' files < <(find "$root/tests/conformance" -name '*.exs' -print0 | sort -z)
fi

for script in "${files[@]}"; do
  script=$(realpath "$script")
  base=${script%.exs}
  args=()
  [[ -f "$base.args" ]] && mapfile -t args < "$base.args"
  set +e
  (cd "$(dirname "$script")" && elixir --erl '-logger console [{device,standard_error}]' "$(basename "$script")" "${args[@]}" > "$base.expected" 2> /dev/null < /dev/null)
  status=$?
  set -e
  if [[ $status -ne 0 ]]; then echo "$status" > "$base.exitcode"; else rm -f "$base.exitcode"; fi
  echo "recorded ${script#"$root"/} (exit $status)"
done
