#!/usr/bin/env bash
# Records what Elixir 1.14 makes of each tests/parse/NAME.exs, for
# tests/run-parse-tests.sh to compare `vial parse --format=erlang` against:
#   NAME.expected  the quoted form as :io_lib.format('~w', [...]) prints it, or,
#                  when the file does not parse, the first line `elixir NAME.exs`
#                  prints on stderr (the error message)
#   NAME.inspect   for files that parse, Kernel.inspect/1 of the quoted form
#                  (what `vial parse NAME.exs` prints by default)
#   NAME.stderr    for errors, the whole message (snippet included) without
#                  the stack trace line
#   NAME.exitcode  0, or elixir's exit status for the syntax error
#
# usage: tools/record-parse.sh [DIR [NAME.exs...]]   (DIR defaults to tests/parse)
set -uo pipefail

dir=${1:-$(dirname "$0")/../tests/parse}
shift || true
if ! command -v elixir >/dev/null 2>&1; then
  echo "record-parse: elixir is not installed; nothing recorded" >&2
  exit 0
fi
cd "$dir" || exit 1
if [ $# -gt 0 ]; then files=("$@"); else files=(*.exs); fi

# Errors are recorded by running the file itself so that the message names the
# file as `vial parse NAME.exs` will; only files that fail to parse are run.
quote='IO.puts(:io_lib.format(~c"~w", [Code.string_to_quoted!(File.read!(hd(System.argv())))]))'
inspect='IO.puts(inspect(Code.string_to_quoted!(File.read!(hd(System.argv())))))'
for f in "${files[@]}"; do
  name=${f%.exs}
  if out=$(elixir -e "$quote" "$f" 2>/dev/null); then
    printf '%s\n' "$out" >"$name.expected"
    elixir -e "$inspect" "$f" >"$name.inspect" 2>/dev/null
    echo 0 >"$name.exitcode"
  else
    err=$(elixir "$f" 2>&1 >/dev/null)
    code=$?
    printf '%s\n' "$(head -n 1 <<<"$err")" >"$name.expected"
    # The whole message too (snippet included), without the stack trace
    # that follows it: its lines start with four spaces and "(".
    grep -v '^    (' <<<"$err" >"$name.stderr"
    echo "$code" >"$name.exitcode"
  fi
  echo "recorded $name ($(cat "$name.exitcode"))"
done
