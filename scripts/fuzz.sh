#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang in build/fuzz and runs each
# for a while from the committed seed corpus. Fails when a target crashes,
# hangs (-timeout) or grows past the memory limit (-rss_limit_mb); the input is
# then saved as build/fuzz/artifacts/<target>-crash-… (or timeout-, oom-).
# Usage: scripts/fuzz.sh [--seconds N] [target...]   (default: 60 s, every target)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
targets=()
while (($#)); do
    case "$1" in
        --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if ((${#targets[@]} == 0)); then
    targets=(fuzz_interchange fuzz_schedule fuzz_search)
fi

scripts/deps.sh fuzz
build=build/fuzz
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so a clean clone elsewhere reuses the cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DVT_BUILD_FUZZ=ON -DVT_BUILD_TESTS=OFF \
    "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

mkdir -p "$build/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
failed=0
summary=()
for target in "${targets[@]}"; do
    seeds="fuzz/corpus/${target#fuzz_}"
    corpus="$build/corpus/${target#fuzz_}"   # what the run discovers; not committed
    mkdir -p "$corpus"
    dictionary=()
    [[ -f "fuzz/${target#fuzz_}.dict" ]] && dictionary=(-dict="fuzz/${target#fuzz_}.dict")
    log="$build/$target.log"
    echo "== $target: $seconds s (log: $log)"
    status=0
    "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "${dictionary[@]}" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    took="$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")"
    if ((status != 0)); then
        failed=1
        tail -n 40 "$log"
        summary+=("$target: FAILED (exit $status) after ${runs:-?} runs; see $log and $build/artifacts/")
    else
        summary+=("$target: ${runs:-?} runs in ${took:-$seconds} s, no crash, no hang, no leak")
    fi
done
printf '%s\n' "${summary[@]}"
exit "$failed"
