#!/usr/bin/env bash
# `vial attach` on a real terminal (docs/nodes.md): a named node runs
# examples/hotswap/service.exs; tmux runs `vial attach NODE` in a 120x40 pane
# and drives it with send-keys, reading the screen with capture-pane:
# bindings, tab completion from the node's modules, a multi-line module
# definition, an error, IO from the node, Ctrl-C on an infinite loop and at
# the prompt, then Ctrl-D, which ends the session and leaves the node
# running. Then `vial load` upgrades the node and a piped `vial attach` sees
# the migrated state. The screen is saved in OUT_DIR/attach-session.txt.
# usage: attach-tmux-test.sh VIAL OUT_DIR      exit 77 (skip) without tmux
set -uo pipefail
vial=$(realpath "$1")
out_dir=$(realpath -m "${2:-.}")
mkdir -p "$out_dir"
root=$(cd "$(dirname "$0")/../.." && pwd)

source "$(dirname "$0")/../lib/tmux-or-skip.sh"

work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
node="attach$$"
sock="vial-attach-test-$$"
session=attach-session
tmux_() { env -u TMUX tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
  tmux_ kill-server 2> /dev/null
  [ -n "${node_pid:-}" ] && kill "$node_pid" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
limit=${VIAL_REPL_TEST_TIMEOUT:-90}

screen() { tmux_ capture-pane -p -J -S - -t "$session"; }
fail() {
  echo "FAIL: $1"
  echo "---- screen ----"
  screen
  echo "----------------"
  screen > "$out_dir/$session.txt"
  exit 1
}
wait_for() {  # wait_for TEXT [COUNT]: until TEXT shows on the screen (COUNT times)
  local text=$1 count=${2:-1} deadline=$((SECONDS + limit))
  while ((SECONDS < deadline)); do
    (($(screen | grep -cF -- "$text") >= count)) && return 0
    sleep 0.1
  done
  fail "timed out waiting for: $text (x$count)"
}
keys() { tmux_ send-keys -t "$session" "$@"; }
type_() { tmux_ send-keys -t "$session" -l -- "$1"; }

cd "$root"
"$vial" run --name "$node" examples/hotswap/service.exs > "$work/node.log" 2>&1 &
node_pid=$!
for _ in $(seq $((limit * 10))); do grep -q '^ready' "$work/node.log" && break; sleep 0.1; done
grep -q '^ready' "$work/node.log" || { cat "$work/node.log"; echo "FAIL: the node did not start"; exit 1; }

tmux_ new-session -d -s "$session" -x 120 -y 40 \
  "env XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' HOME='$work' VIAL_HISTORY='$work/history' TERM=xterm-256color ASAN_OPTIONS=detect_leaks=0 '$vial' attach '$node';
   echo \"[attach exited with status \$?]\"; sleep 600"
wait_for "Interactive Vial ("
wait_for "vial(1)> "

# A binding, made by a call into the node's own GenServer.
type_ "n = Stats.record(5)"; keys Enter
wait_for "{:v1, 1, 5}"
wait_for "vial(2)> "

# Tab completion of the node's modules: "Stat" -> "Stats", ".summ" -> ".summary".
type_ "Stat"; keys Tab
wait_for "vial(2)> Stats"
type_ ".summ"; keys Tab
wait_for "vial(2)> Stats.summary"
keys Enter
wait_for '"1 values, total 5"'
wait_for "vial(3)> "

# A multi-line entry: a module defined in the node.
type_ "defmodule Remote do"; keys Enter
wait_for "...(3)> "
type_ "def hi, do: :hello"; keys Enter
type_ "end"; keys Enter
wait_for "{:module, Remote,"
type_ "Remote.hi()"; keys Enter
wait_for ":hello"

# Output of the node's processes comes to this terminal.
type_ 'IO.puts("printed by " <> inspect(self()))'; keys Enter
wait_for "printed by #PID<"

# An error, and the session goes on.
type_ "1 / 0"; keys Enter
wait_for "** (ArithmeticError) bad argument in arithmetic expression"

# Ctrl-C on an infinite loop, then at the prompt.
type_ "Stream.repeatedly(fn -> 1 end) |> Enum.each(fn _ -> :ok end)"; keys Enter
sleep 1
keys C-c
wait_for "** (EXIT) interrupted"
type_ "this line is dropped"; keys C-c
type_ "n"; keys Enter
wait_for "{:v1, 1, 5}" 2

keys C-d
wait_for "[attach exited with status 0]"
screen > "$out_dir/$session.txt"
kill -0 "$node_pid" 2> /dev/null || fail "the node ended with the session"

# vial load, then a piped attach sees version 2 with the state migrated.
"$vial" load "$node" examples/hotswap/stats_v2.ex > "$work/load.txt" 2>&1 || { cat "$work/load.txt"; fail "vial load failed"; }
printf 'Stats.summary()\nRemote.hi()\n' | "$vial" attach "$node" > "$work/piped.txt" 2>&1
status=$?
cat "$work/piped.txt"
[ "$status" = 0 ] || fail "the piped attach exited with $status"
grep -qF '"1 values, total 5, max nil, mean 5.0"' "$work/piped.txt" || fail "the piped attach did not see version 2's state"
grep -qF ':hello' "$work/piped.txt" || fail "the module defined in the first session is gone"
echo "attach: all checks passed (screen in $out_dir/$session.txt)"
