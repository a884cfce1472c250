#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test.
# Usage: scripts/test.sh [--preset ci|dev|asan]
set -euo pipefail
cd "$(dirname "$0")/.."

preset=ci
if [[ "${1:-}" == --preset ]]; then
    preset="${2:?--preset needs a name}"
fi

scripts/deps.sh test
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset"
