#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hookflow contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in build-fuzz/ and runs the
# template fuzzer for ${HOOKFLOW_FUZZ_SECONDS:-60} seconds over a scratch copy of the seed corpus
# (the committed corpus never grows). Exits non-zero on a crash, leak, timeout or out-of-memory and
# prints the reproducer's path. Skips (exit 0) when clang or libFuzzer's runtime is missing.
#
#   tools/fuzz.sh                       fuzz for HOOKFLOW_FUZZ_SECONDS
#   HOOKFLOW_FUZZ_SEED=0 tools/fuzz.sh  a new random path (./test uses seed 1, so CI replays
#                                       the path that was checked before a commit)
#   tools/fuzz.sh build-fuzz/fuzz-artifacts/crash-…   replay reproducers (any libFuzzer arguments)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${HOOKFLOW_FUZZ_BUILD:-$root/build-fuzz}"
seconds="${HOOKFLOW_FUZZ_SECONDS:-60}"
fuzzer="$build/tests/fuzz/template_fuzzer"
artifacts="$build/fuzz-artifacts"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang not found, skipping"
    exit 0
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/hookflow-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# libFuzzer's runtime comes with compiler-rt (Debian: libclang-rt-NN-dev), not with clang itself.
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    >"$scratch/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$scratch/probe.cpp" -o "$scratch/probe" \
    >/dev/null 2>&1; then
    echo "fuzz: clang++ cannot link libFuzzer (install libclang-rt-dev), skipping"
    exit 0
fi

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" "${generator[@]}" \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
        -DHOOKFLOW_BUILD_FUZZ=ON -DHOOKFLOW_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target template_fuzzer --parallel "$(nproc)"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

if [ $# -gt 0 ]; then
    "$fuzzer" "$@"
    exit 0
fi

mkdir -p "$artifacts"
corpus="$scratch/corpus"
cp -R "$root/tests/fuzz/corpus/template" "$corpus"
marker="$scratch/started"
touch "$marker"

echo "fuzz: template_fuzzer for ${seconds}s (log: $build/fuzz.log)"
status=0
"$fuzzer" "$corpus" \
    -dict="$root/tests/fuzz/template.dict" \
    -seed="${HOOKFLOW_FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len=4096 -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 \
    >"$build/fuzz.log" 2>&1 || status=$?

# The last status line and the final statistics.
grep -E '^#[0-9]+' "$build/fuzz.log" | tail -n 1 || true
grep -E '^stat::' "$build/fuzz.log" || true

if [ "$status" -ne 0 ]; then
    grep -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error:|template_fuzzer:' \
        "$build/fuzz.log" | head -n 5 || true
    found="$(find "$artifacts" -type f -newer "$marker" | head -n 1)"
    echo "fuzz: FAILED (exit $status); full log in $build/fuzz.log"
    if [ -n "$found" ]; then
        echo "fuzz: reproducer: $found"
        echo "fuzz: replay with: tools/fuzz.sh $found"
    fi
    exit 1
fi
echo "fuzz: no crash, leak or timeout in ${seconds}s"
