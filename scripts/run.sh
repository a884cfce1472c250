#!/usr/bin/env bash
# Installs what is needed, builds an optimised binary and opens the main window
# on the default database (or runs a command: scripts/run.sh --help).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh build
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)"
exec build/release/bin/visit-tracker "$@"
