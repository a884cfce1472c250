#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test.
# The default `ci` preset (what CI runs) also has assertions on and runs every
# test under AddressSanitizer, LeakSanitizer and UBSan (docs/safety.md).
# Usage: scripts/test.sh [--preset ci|dev|asan]
set -euo pipefail
cd "$(dirname "$0")/.."

preset=ci
if [[ "${1:-}" == --preset ]]; then
    preset="${2:?--preset needs a name}"
fi

scripts/deps.sh test
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so a clean clone elsewhere reuses the cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi
cmake --preset "$preset" "${launcher[@]}"
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset"
