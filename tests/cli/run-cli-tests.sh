#!/usr/bin/env bash
# Tests of `vial` itself: exit statuses and the messages a person sees when a
# command is wrong, a file is missing or the source does not parse.
# Each case: expected status | expected text in stderr (or stdout for status 0) | arguments.
# usage: run-cli-tests.sh VIAL DIR
set -uo pipefail
vial=$(realpath "$1")
cd "$2" || exit 1

cases=(
  "0|vial 0.|--version"
  "0|Usage: vial <command>|help"
  "0|Usage: vial <command>|--help"
  "2|vial: unknown command 'frobnicate' (see 'vial help')|frobnicate"
  "2|vial: unknown option --bogus (see 'vial help')|--bogus"
  "1|vial: cannot read no_such_file.exs: No such file or directory|run no_such_file.exs"
  "1|vial: run: missing FILE|run"
  "1|vial: run: unknown option --frob|run --frob x.exs"
  "1|vial: cannot read no_such_file.exs: No such file or directory|parse no_such_file.exs"
  "1|vial: parse: unknown format 'xml' (expected inspect or erlang)|parse --format=xml syntax_error.exs"
  "1|vial: parse: missing FILE|parse"
  "1|** (SyntaxError) syntax_error.exs:1:12: syntax error before: ')'|run syntax_error.exs"
  "1|  1 | IO.puts(1 +)|run syntax_error.exs"
  "1|    |            ^|run syntax_error.exs"
  "1|** (SyntaxError) syntax_error.exs:1:12: syntax error before: ')'|parse syntax_error.exs"
  "1|** (SyntaxError) reserved_end.exs:4:3: syntax error before: end.|run reserved_end.exs"
  "1|** (TokenMissingError) missing_terminator.exs:2:1: missing terminator: \" (for string starting at line 1)|run missing_terminator.exs"
)

passed=0
failed=0
for c in "${cases[@]}"; do
  IFS='|' read -r want_status want_text args <<< "$c"
  # shellcheck disable=SC2086
  out=$("$vial" $args 2> err.tmp < /dev/null)
  status=$?
  err=$(cat err.tmp)
  rm -f err.tmp
  text=$err
  [[ $want_status -eq 0 ]] && text=$out
  if [[ $status -eq $want_status ]] && grep -qF -- "$want_text" <<< "$text"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: vial $args"
    echo "  expected status $want_status and text: $want_text"
    echo "  got status $status, stdout: $out"
    echo "  stderr: $err"
  fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
