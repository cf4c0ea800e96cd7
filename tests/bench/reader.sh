#!/usr/bin/env bash
# Reader throughput: reads one large Elixir source (default: the parse tests and
# conformance programs that Elixir reads, concatenated and repeated to >= 5 MB)
# with `vial parse --format=none` and with Elixir's Code.string_to_quoted!/1 on
# the same file in the same run, and prints MB/s for both and their ratio.
# Elixir is timed inside the VM (:timer.tc), so its start-up is not counted;
# Vial is timed as a whole process (its start-up is ~2 ms), so the ratio
# favours Elixir slightly.
#
# usage: tests/bench/reader.sh [VIAL] [FILE]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
vial=$(realpath "${1:-$root/build/release/vial}")
file=${2:-}
runs=${RUNS:-5}

if [[ -z "$file" ]]; then
  file=$(mktemp --suffix=.exs)
  trap 'rm -f "$file"' EXIT
  parts=$(mktemp)
  # Each part is a whole valid source that still reads when more source
  # follows it (a file ending in `?\` does not), so the concatenation is one
  # valid source too; the script checks below that Vial reads the result.
  probe=$(mktemp --suffix=.exs)
  for f in "$root"/tests/parse/*.exs "$root"/tests/conformance/*/*.exs; do
    code=$(cat "${f%.exs}.exitcode" 2>/dev/null || echo 0)
    [[ "$code" == 0 ]] || continue
    { cat "$f"; echo; echo ":next_part"; } > "$probe"
    "$vial" parse --format=none "$probe" 2>/dev/null && { cat "$f"; echo; } >> "$parts"
  done
  rm -f "$probe"
  while [[ $(stat -c %s "$file") -lt 5242880 ]]; do cat "$parts" >> "$file"; done
  rm -f "$parts"
fi
"$vial" parse --format=none "$file" || { echo "reader.sh: vial cannot read $file" >&2; exit 1; }
bytes=$(stat -c %s "$file")

best_vial=""
for _ in $(seq "$runs"); do
  s=$(date +%s%N); "$vial" parse --format=none "$file"; e=$(date +%s%N)
  t=$(( (e - s) / 1000 ))
  [[ -z "$best_vial" || $t -lt $best_vial ]] && best_vial=$t
done

best_elixir=""
if command -v elixir >/dev/null; then
  best_elixir=$(elixir -e '
    [f, runs] = System.argv()
    src = File.read!(f)
    times = for _ <- 1..String.to_integer(runs), do: elem(:timer.tc(fn -> Code.string_to_quoted!(src) end), 0)
    IO.puts(Enum.min(times))' "$file" "$runs")
fi

mbps() { awk -v b="$bytes" -v us="$1" 'BEGIN { printf "%.1f", (b / 1048576) / (us / 1e6) }'; }
printf 'file: %s (%.1f MB), best of %s runs\n' "$file" "$(awk -v b="$bytes" 'BEGIN{print b/1048576}')" "$runs"
printf 'vial parse:                %8.1f ms  %7s MB/s\n' "$(awk -v t="$best_vial" 'BEGIN{print t/1000}')" "$(mbps "$best_vial")"
if [[ -n "$best_elixir" ]]; then
  printf 'Code.string_to_quoted!/1:  %8.1f ms  %7s MB/s\n' "$(awk -v t="$best_elixir" 'BEGIN{print t/1000}')" "$(mbps "$best_elixir")"
  printf 'vial is %.2fx as fast as Elixir\n' "$(awk -v a="$best_elixir" -v b="$best_vial" 'BEGIN{print a/b}')"
fi
