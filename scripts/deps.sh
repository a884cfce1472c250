#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs to build, test and run.
# Only missing packages are installed; nothing is downloaded outside apt.
# Usage: scripts/deps.sh [build|test|package|fuzz|bench]
set -euo pipefail

purpose="${1:-build}"

packages=(
    build-essential cmake ninja-build pkg-config
    # Rebuilds (CI's clean clones, bench trees) reuse compiled objects; scripts/test.sh uses it.
    ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libxlsxwriter-dev
    libqt6svg6
    libxkbcommon-dev libgl-dev
    fonts-dejavu-core fonts-liberation2
)
if [[ "$purpose" == test || "$purpose" == bench ]]; then
    # Tools the tests and the checks of printed output use.
    packages+=(sqlite3 poppler-utils unzip)
fi
if [[ "$purpose" == bench ]]; then
    # scripts/bench.sh compares our PDF with LibreOffice converting the same ODT.
    packages+=(libreoffice-writer-nogui)
fi
if [[ "$purpose" == test || "$purpose" == fuzz ]]; then
    # libFuzzer and clang's sanitizer runtimes (scripts/fuzz.sh; CI runs it briefly).
    packages+=(clang-14 libclang-rt-14-dev)
fi
if [[ "$purpose" == test || "$purpose" == package ]]; then
    # Building and checking the .deb (scripts/package.sh, tests/packaging): dpkg-shlibdeps,
    # desktop-file-validate, appstreamcli.
    packages+=(dpkg-dev desktop-file-utils appstream)
fi

missing=()
for package in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    [[ "$status" == installed ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=()
if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo to install packages." >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
