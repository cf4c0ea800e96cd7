#!/usr/bin/env bash
# The REPL on a real terminal (docs/repl.md): tmux runs `vial` in a 120x40
# pane, keys are sent with send-keys and the screen is read with
# capture-pane. Two sessions share a history file:
#   1. bindings, a multi-line entry, tab completion (a module, a function
#      list, an Erlang module, a variable), an error, Ctrl-C on an infinite
#      loop, Ctrl-C at the prompt, v/1, then Ctrl-D;
#   2. up-arrow brings back the last entry of session 1, a multi-line one,
#      whole; it runs again; System.halt(3) ends the session;
#   3. two sessions at once keep each other's history entries.
# Every wait polls the screen until the text shows (or a time limit), so the
# test keeps to the speed of the build (debug-asan is slow). The screens are
# saved in OUT_DIR (repl-session1.txt, repl-session2.txt).
# usage: repl-tmux-test.sh VIAL OUT_DIR      exit 77 (skip) without tmux
set -uo pipefail
vial=$(realpath "$1")
out_dir=$(realpath -m "${2:-.}")
mkdir -p "$out_dir"

source "$(dirname "$0")/../lib/tmux-or-skip.sh"

work=$(mktemp -d)
sock="vial-repl-test-$$"
tmux_() { env -u TMUX tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
  tmux_ kill-server 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT

limit=${VIAL_REPL_TEST_TIMEOUT:-90}
session=""
failed=0

screen() { tmux_ capture-pane -p -J -S - -t "$session"; }

save_screen() { screen > "$out_dir/repl-$session.txt"; }

fail() {
  echo "FAIL ($session): $1"
  echo "---- screen ----"
  screen
  echo "----------------"
  save_screen
  exit 1
}

# wait_for TEXT [COUNT]: until TEXT shows on the screen (COUNT times).
wait_for() {
  local text=$1 count=${2:-1} deadline=$((SECONDS + limit))
  while ((SECONDS < deadline)); do
    local n
    n=$(screen | grep -cF -- "$text")
    ((n >= count)) && return 0
    sleep 0.1
  done
  fail "timed out waiting for: $text (x$count)"
}

# expect TEXT: TEXT is on the screen now.
expect() { screen | grep -qF -- "$1" || fail "missing: $1"; }
expect_not() { ! screen | grep -qF -- "$1" || fail "unexpected: $1"; }

keys() { tmux_ send-keys -t "$session" "$@"; }
# type TEXT: the characters of TEXT (no key names).
type_() { tmux_ send-keys -t "$session" -l -- "$1"; }

start() {
  session=$1
  tmux_ new-session -d -s "$session" -x 120 -y 40 \
    "env HOME='$work' VIAL_HISTORY='$work/history' TERM=xterm-256color ASAN_OPTIONS=detect_leaks=0 '$vial';
     echo \"[vial exited with status \$?]\"; sleep 600"
  wait_for "Interactive Vial ("
  wait_for "vial(1)> "
}

# --- session 1 ---------------------------------------------------------------
start session1

# Bindings.
type_ "answer = 20 + 22"; keys Enter
wait_for "vial(2)> "
expect "42"

# A multi-line entry: the prompt continues while `do` is open.
type_ "defmodule Greeter do"; keys Enter
wait_for "...(2)> "
type_ '  def hello(name), do: "hi " <> name'; keys Enter
wait_for "...(2)> " 2
type_ "end"; keys Enter
wait_for "vial(3)> "
expect "{:module, Greeter,"

# Completion of a module defined in the session and of its function.
type_ "Gree"; keys Tab
wait_for "vial(3)> Greeter"
type_ ".hel"; keys Tab
wait_for "vial(3)> Greeter.hello"
type_ '("vial")'; keys Enter
wait_for "vial(4)> "
expect '"hi vial"'

# Several completions: listed under the line.
type_ "Enum.ma"; keys Tab
wait_for "map_every"
expect "map_join"
expect "max_by"
keys C-u
# An Erlang module, then a variable of the session.
type_ ":lis"; keys Tab
wait_for "vial(4)> :lists"
keys C-u
type_ "ans"; keys Tab
wait_for "vial(4)> answer"
type_ " * 2"; keys Enter
wait_for "vial(5)> "
expect "84"

# An error is printed as iex prints it; the session goes on and the entry
# number stays.
type_ "1 + :a"; keys Enter
wait_for "** (ArithmeticError) bad argument in arithmetic expression"
wait_for ":erlang.+(1, :a)"
wait_for "vial(5)> " 2

# Ctrl-C stops an infinite loop (its evaluation process is killed).
type_ "Stream.repeatedly(fn -> :spin end) |> Enum.each(fn _ -> :ok end)"; keys Enter
wait_for "Enum.each(fn _ -> :ok end)"
sleep 1
keys C-c
wait_for "** (EXIT) interrupted"
wait_for "vial(5)> " 3

# The bindings survive the interrupted evaluation; Ctrl-C at the prompt
# drops the line being typed.
type_ "this line is dropped"; keys C-c
wait_for "vial(5)> " 4
type_ "answer + 1"; keys Enter
wait_for "vial(6)> "
expect "43"
expect_not "undefined function this"

# v/1: the result of entry 1.
type_ "v(1) + v(5)"; keys Enter
wait_for "vial(7)> "
expect "85"

# The last entry of this session is a multi-line one (session 2 recalls it).
type_ "Enum.map([1, 2, 3], fn n ->"; keys Enter
wait_for "...(7)> "
type_ "  n * 10"; keys Enter
wait_for "...(7)> " 2
type_ "end)"; keys Enter
wait_for "[10, 20, 30]"
wait_for "vial(8)> "

# Ctrl-D on an empty line ends the session.
keys C-d
wait_for "[vial exited with status 0]"
save_screen

# One history item per entry; the multi-line entry is one item.
[[ -s "$work/history" ]] || fail "no history file"
grep -qF 'Enum.map([1,\0402,\0403],\040fn\040n\040->\012\040\040n\040*\04010\012end)' "$work/history" ||
  { cat "$work/history"; fail "the multi-line entry is not one history item"; }

# --- session 2 ---------------------------------------------------------------
start session2
expect_not "answer"
keys Up
wait_for "vial(1)> Enum.map([1, 2, 3], fn n ->"
expect "  n * 10"
expect "end)"
keys Enter
wait_for "[10, 20, 30]"
wait_for "vial(2)> "
# Further back: an entry of session 1 before it.
keys Up Up
wait_for "vial(2)> v(1) + v(5)"
keys C-u
# Bindings do not outlive their session.
type_ "answer"; keys Enter
wait_for "undefined function answer/0"
wait_for "vial(2)> " 2
# System.halt ends the session too (with its status); the entry that did
# it is in the history already.
type_ "System.halt(3)"; keys Enter
wait_for "[vial exited with status 3]"
save_screen
grep -qxF 'System.halt(3)' "$work/history" || fail "System.halt(3) is not in the history"

# --- sessions 3 and 4, at the same time -----------------------------------------
# Each keeps the other's entries in the history file.
start session3
start session4
session=session3; type_ "from_three = 3"; keys Enter; wait_for "vial(2)> "
session=session4; type_ "from_four = 4"; keys Enter; wait_for "vial(2)> "
session=session3; keys C-d; wait_for "[vial exited with status 0]"
session=session4; keys C-d; wait_for "[vial exited with status 0]"
for entry in "from_three = 3" "from_four = 4" "System.halt(3)"; do
  grep -qxF "$(sed 's/ /\\040/g' <<< "$entry")" "$work/history" || { cat "$work/history"; fail "$entry is not in the history"; }
done

echo "repl tmux test passed (screens in $out_dir/repl-session1.txt, repl-session2.txt)"
