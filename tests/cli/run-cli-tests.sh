#!/usr/bin/env bash
# Tests of `vial` itself: exit statuses and the messages a person sees when a
# command is wrong, a file is missing or the source does not parse.
# Each case: expected status | arguments | expected text in stderr (stdout for
# status 0); the text comes last so that it may itself contain '|'. A status
# written with an "e" (0e) looks for the text in stderr whatever the status:
# crash reports of processes go to stderr while the program goes on. Leading
# NAME=value words of the arguments are set in the environment instead.
# usage: run-cli-tests.sh VIAL DIR
set -uo pipefail
vial=$(realpath "$1")
cd "$2" || exit 1

cases=(
  "0|--version|vial 0."
  "0|help|Usage: vial [--schedulers N] <command>"
  "0|--help|Usage: vial [--schedulers N] <command>"
  "2|frobnicate|vial: unknown command 'frobnicate' (see 'vial help')"
  "2|--bogus|vial: unknown option --bogus (see 'vial help')"
  "1|run no_such_file.exs|vial: cannot read no_such_file.exs: No such file or directory"
  "1|run|vial: run: missing FILE"
  "1|run --schedulers 0 x.exs|vial: run: --schedulers needs a number from 1 to 1024"
  "2|--schedulers x run x.exs|vial: --schedulers needs a number from 1 to 1024"
  "0|--schedulers 1 run valid.exs|"
  "0|run --schedulers 3 valid.exs|"
  "1|run --frob x.exs|vial: run: unknown option --frob"
  "1|parse no_such_file.exs|vial: cannot read no_such_file.exs: No such file or directory"
  "1|parse --format=xml syntax_error.exs|vial: parse: unknown format 'xml' (expected inspect, erlang or none)"
  "1|parse|vial: parse: missing FILE"
  "0|parse --format=none valid.exs|"
  "0|run gets_eof.exs|Name? :eof"
  "0|-e IO.inspect(System.argv()) a b|[\"a\", \"b\"]"
  "0|-e IO.puts(1) -e IO.puts(2)|2"
  "0|--schedulers 1 -e IO.puts(__ENV__.file)|nofile"
  "1|-e raise(\"x\")|** (RuntimeError) x"
  "1|-e 1+|** (TokenMissingError) nofile:1:2: syntax error: expression is incomplete"
  "1|-e|vial: -e needs an expression"
  "1|run --name|vial: run: --name needs a node name (letters, digits, _ . -)"
  "1|run --name a/b valid.exs|vial: run: --name needs a node name (letters, digits, _ . -)"
  "1|load|vial: load: usage: vial load [--cookie C] NODE FILE.ex..."
  "1|load nonode valid.exs|vial: no node named nonode is running"
  "1|load nonode no_such_file.ex|vial: cannot read no_such_file.ex: No such file or directory"
  "1|attach|vial: attach: usage: vial attach [--cookie C] NODE"
  "1|attach no_node_here|vial: no node named no_node_here is running"
  "1|attach bad/name|vial: invalid node name: bad/name"
  "1|attach --cookie|vial: attach: --cookie needs a value"
  "0|-e IO.puts(__DIR__)|."
  "1|parse --format=none syntax_error.exs|** (SyntaxError) syntax_error.exs:1:12: syntax error before: ')'"
  "1|run syntax_error.exs|** (SyntaxError) syntax_error.exs:1:12: syntax error before: ')'"
  "1|run syntax_error.exs|  1 | IO.puts(1 +)"
  "1|run syntax_error.exs|    |            ^"
  "1|run ./syntax_error.exs|** (SyntaxError) syntax_error.exs:1:12: syntax error before: ')'"
  "1|run ../cli/syntax_error.exs|** (SyntaxError) syntax_error.exs:1:12: syntax error before: ')'"
  "1|parse syntax_error.exs|** (SyntaxError) syntax_error.exs:1:12: syntax error before: ')'"
  "1|run reserved_end.exs|** (SyntaxError) reserved_end.exs:4:3: syntax error before: end."
  "1|run apply_undefined.exs|** (UndefinedFunctionError) function Enum.missing/2 is undefined or private"
  "1|run apply_undefined.exs|    Enum.missing(1, 2)"
  "1|run apply_bad_module.exs|** (ArgumentError) you attempted to apply a function on \"Enum\". Modules (the first argument of apply) must always be an atom"
  "1|run apply_bad_module.exs|    :erlang.apply(\"Enum\", :sum, [[1]])"
  "1|run apply_improper_list.exs|** (ArgumentError) you attempted to apply a function named :sum on module Enum with arguments [[1] | 2]. Arguments (the third argument of apply) must always be a proper list"
  "1|run apply_bad_function.exs|** (ArgumentError) you attempted to apply a function named \"sum\" on module Enum. However \"sum\" is not a valid function name. Function names (the second argument of apply) must always be an atom"
  "1|run remote_call_in_match.exs|** (CompileError) remote_call_in_match.exs:2: cannot invoke remote function :ok._pid/0 inside a match"
  "1|VIAL_MAX_HEAP_WORDS=4000000 run runaway_recursion.exs|** (EXIT) killed: the process reached its maximum heap size"
  "1|VIAL_MAX_HEAP_WORDS=1000000 run runaway_list.exs|** (EXIT) killed: the process reached its maximum heap size"
  "1|VIAL_GC_STRESS=1 VIAL_MAX_HEAP_WORDS=200000 run runaway_list.exs|** (EXIT) killed: the process reached its maximum heap size"
  "1|run bin_construct_error.exs|** (ArgumentError) construction of binary failed: segment 1 of type 'binary': the value \"abc\" is shorter than the size of the segment"
  "1|run bin_construct_error.exs|    bin_construct_error.exs:5: (file)"
  "1|run bin_utf16_error.exs|** (ArgumentError) construction of binary failed: segment 1 of type 'utf16': expected a non-negative integer encodable as utf16 but got: 55296"
  "1|run bin_float_size_error.exs|** (ArgumentError) construction of binary failed: segment 1 of type 'float': expected one of the supported sizes 16, 32, or 64 but got: 8"
  "1|run bin_unknown_spec.exs|** (CompileError) bin_unknown_spec.exs:2: unknown bitstring specifier: foo()"
  "1|run bin_rest_not_last.exs|** (CompileError) bin_rest_not_last.exs:1: a binary field without size is only allowed at the end of a binary pattern"
  "1|run bin_concat_left.exs|** (ArgumentError) the left argument of <> operator inside a match should always be a literal binary because its size can't be verified. Got: x"
  "1|run map_fetch_missing.exs|** (KeyError) key :a not found in: %{}"
  "1|run map_dot_missing.exs|** (KeyError) key :a not found in: %{b: 1}"
  "1|run map_update_badmap.exs|** (BadMapError) expected a map, got: 1"
  "1|run for_reduce_into.exs|** (CompileError) for_reduce_into.exs:1: cannot use :reduce alongside :into/:uniq in comprehension"
  "1|run receive_two_afters.exs|** (CompileError) receive_two_afters.exs:2: expected a single -> clause for :after in \"receive\""
  "1|run receive_two_patterns.exs|** (CompileError) receive_two_patterns.exs:2: expected one argument for :do clauses (->) in \"receive\""
  "1|run receive_timeout_value.exs|** (ErlangError) Erlang error: :timeout_value"
  "1|run receive_timeout_value.exs|    receive_timeout_value.exs:3: M.f/1"
  "1|run for_not_enumerable.exs|** (Protocol.UndefinedError) protocol Enumerable not implemented for :notlist of type Atom"
  "1|run for_into_not_bits.exs|** (ArgumentError) argument error: 1"
  "1|run raise_custom_exception.exs|** (Oops) oops code 7"
  "1|run raise_custom_exception.exs|    raise_custom_exception.exs:7: Runner.go/1"
  "1|run raise_string.exs|** (RuntimeError) fatal problem"
  "1|run raise_string.exs|    raise_string.exs:2: Runner.go/0"
  "1|run raise_key_error_struct.exs|** (KeyError) key :a not found in: %{b: 1}"
  "1|run raise_key_error_struct.exs|    raise_key_error_struct.exs:1: (file)"
  "1|run bad_struct_update.exs|** (BadStructError) expected a struct named S, got: %{a: 1}"
  "1|run bad_struct_update.exs|    bad_struct_update.exs:6: M.f/1"
  "1|run struct_unknown_key.exs|** (CompileError) struct_unknown_key.exs:6: unknown key :b for struct U"
  "1|run struct_same_file.exs|** (CompileError) struct_same_file.exs:4: cannot access struct B, the struct was not yet defined or the struct is being accessed in the same context that defines it"
  "1|run require_same_file.exs|** (CompileError) require_same_file.exs:4: module Shapes is not loaded but was defined. This happens when you depend on a module in the same context in which it is defined. For example:"
  "1|run enum_empty_error.exs|** (Enum.EmptyError) empty error"
  "1|run ref_attribute.exs|** (ArgumentError) cannot inject attribute @r into function/macro because cannot escape #Reference<0."
  "1|run ref_attribute.exs|The supported values are: lists, tuples, maps, atoms, numbers, bitstrings, PIDs and remote functions in the format &Mod.fun/arity"
  "1|run reraise_argument.exs|** (ArgumentError) first"
  "1|run missing_terminator.exs|** (TokenMissingError) missing_terminator.exs:2:1: missing terminator: \" (for string starting at line 1)"
  "1|run macro_not_required.exs|** (UndefinedFunctionError) function NeedsRequire.m/1 is undefined or private. However there is a macro with the same name and arity. Be sure to require NeedsRequire if you intend to invoke this macro"
  "1|run macro_raise.exs|** (RuntimeError) boom 1"
  "1|run macro_raise.exs|    expanding macro: B.m/1"
  "1|run import_unknown.exs|** (CompileError) import_unknown.exs:2: module Nope is not loaded and could not be found"
  "1|run import_undefined.exs|** (CompileError) import_undefined.exs:6: cannot import B.g/1 because it is undefined or private"
  # Processes: crash reports of spawned processes (stderr; Elixir's Logger
  # prints them on stdout by default, see docs/processes.md) and the ways the
  # main process ends the program.
  "0e|run proc_spawn_raise.exs|[error] Process #PID<0."
  "0e|run proc_spawn_raise.exs|> raised an exception"
  "0e|run proc_spawn_raise.exs|** (RuntimeError) boom"
  "0e|run proc_spawn_raise.exs|    proc_spawn_raise.exs:2: anonymous fn/0 in :elixir_compiler_0.__FILE__/1"
  "0|run proc_spawn_raise.exs|main goes on"
  "0e|run proc_spawn_throw.exs|** (ErlangError) Erlang error: {:nocatch, :ball}"
  "0|run proc_spawn_throw.exs|main goes on"
  "0e|run proc_spawn_error.exs|** (ErlangError) Erlang error: :custom_reason"
  "0e|run proc_trapped_raise.exs|** (RuntimeError) trapped boom"
  "0|run proc_trapped_raise.exs|got EXIT: trapped boom"
  "1|run proc_main_exit.exs|** (exit) :boom"
  "1|run proc_main_exit.exs|    proc_main_exit.exs:3: (file)"
  "0|run proc_main_exit_normal.exs|ending normally"
  "3|run proc_main_shutdown.exs|"
  "1|run proc_main_killed_by_link.exs|** (EXIT from #PID<0."
  "1|run proc_main_killed_by_link.exs|>) :boom"
  "1|run proc_main_link_raise.exs|>) an exception was raised:"
  "1|run proc_main_link_raise.exs|    ** (RuntimeError) linked boom"
  "1|run proc_main_kill_self.exs|>) killed"
  "1|run sigil_bad_date.exs|** (ArgumentError) cannot parse \"2024-02-30\" as Date for Calendar.ISO, reason: :invalid_date"
  "1|run sigil_bad_utc.exs|** (ArgumentError) cannot parse \"2024-01-01 00:00:00+01:00\" as UTC DateTime for Calendar.ISO, reason: :non_utc_offset"
  "0e|run redefine_module.exs|warning: redefining module Redef (current version defined in memory)"
  "0e|run redefine_module.exs|  redefine_module.exs:5"
  "0e|run redefine_module.exs|  nofile:1"
  "0|run redefine_module.exs|3"
)

passed=0
failed=0
for c in "${cases[@]}"; do
  IFS='|' read -r want_status args want_text <<< "$c"
  want_stderr=false
  if [[ $want_status == *e ]]; then want_stderr=true; want_status=${want_status%e}; fi
  envs=()
  while [[ ${args%% *} == *=* ]]; do
    envs+=("${args%% *}")
    args=${args#* }
  done
  # shellcheck disable=SC2086
  out=$(env "${envs[@]}" timeout "${VIAL_TEST_TIMEOUT:-30}" "$vial" $args 2> err.tmp < /dev/null)
  status=$?
  err=$(cat err.tmp)
  rm -f err.tmp
  text=$err
  [[ $want_status -eq 0 && $want_stderr == false ]] && text=$out
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
# Programs that read standard input: stdin/NAME.exs runs with NAME.stdin on
# its standard input, and its stdout must be NAME.expected (recorded with
# `elixir NAME.exs < NAME.stdin > NAME.expected`).
for script in stdin/*.exs; do
  base=${script%.exs}
  out=$(cd stdin && timeout "${VIAL_TEST_TIMEOUT:-30}" "$vial" run "$(basename "$script")" \
        < "$(basename "$base").stdin" 2> ../err.tmp; echo "status $?")
  if [[ "$out" == "$(cat "$base.expected"; echo "status 0")" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: vial run $script < $base.stdin"
    diff <(echo "$out") <(cat "$base.expected"; echo "status 0") | head -20
    echo "  stderr: $(cat err.tmp)"
  fi
  rm -f err.tmp
done
# Scripts piped into `vial` with no command (docs/repl.md): piped/NAME.exs
# runs as `vial < NAME.exs`; its stdout must be NAME.expected (recorded with
# `elixir -e "$(cat NAME.exs)"`), its status NAME.exitcode (default 0), and
# NAME.stderr, if present, a line of its stderr.
for script in piped/*.exs; do
  base=${script%.exs}
  want_status=0
  [[ -f $base.exitcode ]] && want_status=$(cat "$base.exitcode")
  out=$(timeout "${VIAL_TEST_TIMEOUT:-30}" "$vial" < "$script" 2> err.tmp; echo "status $?")
  ok=true
  [[ "$out" == "$(cat "$base.expected"; echo "status $want_status")" ]] || ok=false
  if [[ -f $base.stderr ]] && ! grep -qF -- "$(cat "$base.stderr")" err.tmp; then ok=false; fi
  if $ok; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: vial < $script"
    diff <(echo "$out") <(cat "$base.expected"; echo "status $want_status") | head -20
    echo "  stderr: $(cat err.tmp)"
  fi
  rm -f err.tmp
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
