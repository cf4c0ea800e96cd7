#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang-19, ASan+UBSan) and runs
# one: FUZZ_TARGET=reader (default; the reader and printer) or compile (reader
# and compiler). The seed corpus is the project's own Elixir sources: the
# parse tests, the conformance programs and the examples; new inputs go to
# build/fuzz/corpus-TARGET.
#
# usage: [FUZZ_TARGET=reader|compile] tools/fuzz.sh [SECONDS] [extra libFuzzer flags...]   (default 60 s)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
shift || true

missing=()
for p in clang-19 libfuzzer-19-dev libclang-rt-19-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset fuzz > /dev/null
cmake --build --preset fuzz
target=${FUZZ_TARGET:-reader}
case "$target" in reader|compile) ;; *) echo "fuzz.sh: FUZZ_TARGET must be reader or compile" >&2; exit 2 ;; esac
mkdir -p "build/fuzz/corpus-$target"
exec "build/fuzz/fuzz_$target" "build/fuzz/corpus-$target" tests/parse tests/conformance examples \
  -dict=tests/fuzz/elixir.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=8192 -print_final_stats=1 "$@"
