#!/usr/bin/env bash
# Builds the Debian package from a clean Release build (build/package) into dist/, checks it
# with scripts/package-check.sh, and prints the path of the .deb.
# Install it with: apt install ./dist/visit-tracker_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh package
rm -rf build/package
cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=Release -DVT_BUILD_TESTS=OFF >/dev/null
cmake --build build/package --parallel "$(nproc)"
cpack -G DEB --config build/package/CPackConfig.cmake -B build/package/cpack

debs=(build/package/cpack/visit-tracker_*.deb)
[[ -f "${debs[0]}" ]] || { echo "cpack wrote no visit-tracker_*.deb" >&2; exit 1; }
mkdir -p dist
rm -f dist/visit-tracker_*.deb   # one package in dist/, so that ./dist/visit-tracker_*.deb is one file
cp "${debs[0]}" dist/
deb="dist/$(basename "${debs[0]}")"

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/package/CMakeCache.txt)"
scripts/package-check.sh --expect-version "$version" "$deb" >&2
echo "$deb"
