#!/usr/bin/env bash
# The README's two commands, in one place:
#   tools/dev.sh example   install dependencies, build Release, run the main example
#   tools/dev.sh test      install dependencies, build Debug+ASan+UBSan, run every test
# Both are safe to repeat: installs are skipped when present, builds are incremental.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
  example)
    tools/install-deps.sh
    cmake --preset release > /dev/null
    cmake --build --preset release -j "$jobs"
    shift
    exec build/release/vial run examples/hello.exs "$@"
    ;;
  test)
    tools/install-deps.sh
    # The whole suite runs twice: on Debug with ASan+UBSan (leak checking on),
    # and on the Release build that users and the benchmarks run (optimised,
    # mimalloc as the allocator).
    cmake --preset debug-asan > /dev/null
    cmake --build --preset debug-asan -j "$jobs"
    cmake --preset release > /dev/null
    cmake --build --preset release -j "$jobs"
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    status=0
    echo "== Debug + ASan/UBSan"
    ctest --preset debug-asan -j "$jobs" || status=1
    echo "== Release"
    ctest --preset release -j "$jobs" || status=1
    # The schedulers' shared state under ThreadSanitizer: the unit tests and
    # the process programs (docs/processes.md).
    echo "== ThreadSanitizer"
    cmake --preset tsan > /dev/null
    cmake --build --preset tsan -j "$jobs"
    TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1} ctest --preset tsan -j "$jobs" || status=1
    exit $status
    ;;
  *)
    echo "usage: tools/dev.sh example|test" >&2
    exit 2
    ;;
esac
