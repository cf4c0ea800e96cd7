#!/usr/bin/env bash
# Start-up benchmark: `vial run hello.exs` next to `elixir hello.exs` in the same
# hyperfine run, plus `vial` with libLLVM preloaded, which is what every start
# would cost if the JIT were linked in instead of loaded on demand.
#
# usage: tests/bench/startup.sh [VIAL]   (default build/release/vial; needs hyperfine)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
vial=$(realpath "${1:-$root/build/release/vial}")
hello="$root/tests/bench/hello.exs"
llvm=$(ls /usr/lib/llvm-19/lib/libLLVM.so.19* 2>/dev/null | head -1 || true)

command -v hyperfine >/dev/null || { echo "startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

cmds=("$vial run $hello")
names=(-n "vial")
if [[ -n "$llvm" ]]; then
  cmds+=("env LD_PRELOAD=$llvm $vial run $hello")
  names+=(-n "vial + libLLVM preloaded")
fi
if command -v elixir >/dev/null; then
  cmds+=("elixir $hello")
  names+=(-n "elixir")
fi
hyperfine -N --warmup 3 --runs "${RUNS:-30}" "${names[@]}" "${cmds[@]}"
