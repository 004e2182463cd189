#!/usr/bin/env bash
# Builds PlanAtlas with clang, AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer in
# build-asan/, and runs the ctest suite there. The same build carries libFuzzer's coverage hooks, so
# fuzz/run.sh builds its targets on top of it.
#   bash scripts/sanitize.sh                 the whole suite
#   bash scripts/sanitize.sh -R 'io|cli'     a subset (any ctest arguments)
#   bash scripts/sanitize.sh --build-only
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh --sanitizers
B=${PLANATLAS_ASAN_BUILD:-build-asan}
FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link"
cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$FLAGS" -DCMAKE_C_FLAGS="$FLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DPLANATLAS_FUZZ=ON -DPLANATLAS_BUILD_BENCH=OFF >/dev/null
cmake --build "$B"
[ "${1:-}" = "--build-only" ] && exit 0
# Big allocations fail as they would without ASan (readers then report no memory); leaks of the
# libraries we call (fontconfig, Mesa, Qt's plugin loader) are suppressed by name, ours are not.
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:detect_odr_violation=0:strict_string_checks=0"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
# Mesa's software driver is unloaded at exit, and LeakSanitizer could then not name the module of what
# it still held ("<unknown module>"): kept loaded, its process-lifetime allocations match lsan.supp.
for drv in /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so /usr/lib/*/dri/swrast_dri.so; do
  [ -f "$drv" ] && export LD_PRELOAD="$drv" && break
done
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$PWD/scripts/ubsan.supp"
ctest --test-dir "$B" --output-on-failure "$@"
