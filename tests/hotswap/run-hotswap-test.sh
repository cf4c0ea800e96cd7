#!/usr/bin/env bash
# The hot-swap test (issue 7, docs/nodes.md): a named node runs
# examples/hotswap/service.exs, whose driver sends the Stats GenServer a
# steady stream of requests; meanwhile `vial load` hot-loads stats_v2.ex.
# Every request must be answered (zero lost), the replies must switch once
# from version 1 to version 2, the state must carry over through
# code_change/3, and the stream must run at MIN_RATE messages/s or more.
# Also checks `vial nodes`, a refused wrong cookie, and that the socket is
# removed when the node ends.
#
# usage: run-hotswap-test.sh VIAL [MIN_RATE]
set -u
VIAL=$(realpath "$1")
MIN_RATE=${2:-10000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
export XDG_RUNTIME_DIR="$WORK/run"   # a private folder for the sockets
mkdir -m 700 "$XDG_RUNTIME_DIR"
NODE="hotswap$$"
LOG="$WORK/node.log"
fails=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "ok: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi
}
cleanup() { [ -n "${NODE_PID:-}" ] && kill "$NODE_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

cd "$ROOT"
"$VIAL" run --name "$NODE" examples/hotswap/service.exs --drive 4 >"$LOG" 2>&1 &
NODE_PID=$!
for _ in $(seq 300); do grep -q '^ready' "$LOG" && break; sleep 0.1; done
check "the node started" grep -q '^ready' "$LOG"

"$VIAL" nodes >"$WORK/nodes.txt" 2>&1
echo "--- vial nodes"; cat "$WORK/nodes.txt"
check "vial nodes lists the node" grep -q "^$NODE	pid $NODE_PID	examples/hotswap/service.exs" "$WORK/nodes.txt"

"$VIAL" load --cookie not-the-cookie "$NODE" examples/hotswap/stats_v2.ex >"$WORK/bad.txt" 2>&1
status=$?
echo "--- vial load --cookie not-the-cookie (exit $status)"; cat "$WORK/bad.txt"
check "a wrong cookie is refused" grep -q "^vial: node $NODE refused: wrong cookie$" "$WORK/bad.txt"
check "a refused load exits 1" test "$status" = 1

# Another user is refused even with the right cookie (SO_PEERCRED): run as
# root, open the socket's folder to others for a moment and greet the node
# as `nobody` with a small Python client. Skipped where that cannot be done.
if [ "$(id -u)" = 0 ] && command -v python3 >/dev/null && command -v runuser >/dev/null; then
  cookie=$(cat "$XDG_RUNTIME_DIR/vial/$NODE.cookie")
  chmod 711 "$WORK" "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR/vial"; chmod 666 "$XDG_RUNTIME_DIR/vial/$NODE.sock"
  reply=$(runuser -u nobody -- python3 -c '
import socket, struct, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
c = sys.argv[2].encode(); s.sendall(struct.pack(">I", len(c) + 1) + b"H" + c)
h = s.recv(4); n = struct.unpack(">I", h)[0]; d = b""
while len(d) < n: d += s.recv(n - len(d))
print(d[:1].decode() + " " + d[1:].decode())' "$XDG_RUNTIME_DIR/vial/$NODE.sock" "$cookie" 2>&1)
  chmod 700 "$WORK" "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR/vial"; chmod 600 "$XDG_RUNTIME_DIR/vial/$NODE.sock"
  echo "--- another user greets the node with the right cookie: $reply"
  check "another user is refused" test "$reply" = "E refused: the node belongs to another user"
else
  echo "skip: another user (needs root, python3 and runuser)"
fi

sleep 1  # let version 1 serve for a while
"$VIAL" load "$NODE" examples/hotswap/stats_v2.ex >"$WORK/load.txt" 2>&1
status=$?
echo "--- vial load $NODE examples/hotswap/stats_v2.ex (exit $status)"; cat "$WORK/load.txt"
check "vial load succeeded" test "$status" = 0
check "vial load reports the new version" grep -q "^reloaded Stats (new version" "$WORK/load.txt"
check "vial load upgraded the GenServer" grep -q "^upgraded #PID<.*> (Stats) with code_change/3$" "$WORK/load.txt"

for _ in $(seq 600); do kill -0 "$NODE_PID" 2>/dev/null || break; sleep 0.1; done
wait "$NODE_PID"
status=$?
NODE_PID=
echo "--- the node's output (exit $status)"; cat "$LOG"
check "the node ended normally" test "$status" = 0
read -r sent answered lost < <(sed -n 's/^sent \([0-9]*\), answered \([0-9]*\), lost \([0-9]*\)$/\1 \2 \3/p' "$LOG")
read -r v1 v2 switches < <(sed -n 's/^replies: \([0-9]*\) from version 1, then \([0-9]*\) from version 2 (switched \([0-9]*\) time(s))$/\1 \2 \3/p' "$LOG")
rate=$(sed -n 's/^rate: \([0-9]*\) messages\/s$/\1/p' "$LOG")
check "every message was answered ($answered of $sent)" test "${sent:-0}" -gt 0 -a "${sent:-0}" = "${answered:-x}"
check "none was lost" test "${lost:-x}" = 0
check "version 1 answered before the load ($v1)" test "${v1:-0}" -gt 0
check "version 2 answered after it ($v2)" test "${v2:-0}" -gt 0
check "the replies switched exactly once" test "${switches:-x}" = 1
check "the state carried over (code_change/3)" grep -q "^state carried over: yes$" "$LOG"
check "the rate was at least $MIN_RATE messages/s ($rate)" test "${rate:-0}" -ge "$MIN_RATE"
check "the summary is version 2's" grep -q "^summary: $sent values, total [0-9]*, max $sent, mean " "$LOG"
check "the socket is gone" test ! -e "$XDG_RUNTIME_DIR/vial/$NODE.sock" -a ! -e "$XDG_RUNTIME_DIR/vial/$NODE.cookie"

if [ "$fails" -gt 0 ]; then echo "hotswap: $fails check(s) failed"; exit 1; fi
echo "hotswap: all checks passed"
