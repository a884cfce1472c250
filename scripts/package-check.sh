#!/usr/bin/env bash
# Checks a visit-tracker .deb as a user would get it: control fields and Depends, the file
# list and permissions, the desktop entry and AppStream metainfo (validators), one version
# everywhere, and a headless run of the packaged binary.
# Usage: scripts/package-check.sh [--expect-version X] FILE.deb
#        scripts/package-check.sh [--expect-version X] --cpack BUILD_DIR
#          (first packages BUILD_DIR with cpack into BUILD_DIR/package-check; quick, since
#           cpack reuses the built binary)
set -euo pipefail

app_id=vn.visittracker.VisitTracker
fail() { echo "package-check: FAIL: $*" >&2; exit 1; }
note() { echo "package-check: $*"; }

expect_version=""
build_dir=""
deb=""
while (($#)); do
    case "$1" in
        --expect-version) expect_version="${2:?--expect-version needs a version}"; shift 2 ;;
        --cpack) build_dir="${2:?--cpack needs a build directory}"; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) deb="$1"; shift ;;
    esac
done

for tool in dpkg-deb desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null \
        || fail "$tool is missing: run scripts/deps.sh test (it installs desktop-file-utils and appstream)"
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -n "$build_dir" ]]; then
    command -v cpack >/dev/null || fail "cpack is missing (package cmake)"
    out="$build_dir/package-check"
    rm -rf "$out"
    cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out" >"$work/cpack.log" 2>&1 \
        || { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
    debs=("$out"/visit-tracker_*.deb)
    [[ -f "${debs[0]}" ]] || { cat "$work/cpack.log" >&2; fail "cpack wrote no visit-tracker_*.deb"; }
    deb="${debs[0]}"
fi
[[ -f "$deb" ]] || fail "no package given (FILE.deb or --cpack BUILD_DIR)"
note "checking $deb"

# --- control fields ---
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == visit-tracker ]] || fail "Package is '$(field Package)'"
[[ "$(field Architecture)" == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$(field Architecture)'"
for name in Maintainer Section Priority Description Installed-Size; do
    [[ -n "$(field "$name")" ]] || fail "the control field $name is empty"
done
depends="$(field Depends)"
note "Depends: $depends"
# Hand-added run-time pieces and what dpkg-shlibdeps must have found.
for package in libqt6sql6-sqlite fonts-liberation2 fonts-dejavu-core libqt6widgets6 libqt6sql6 libqt6core6 libc6; do
    grep -Eq "(^|[,|] *)$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

# --- file list, owners and permissions ---
dpkg-deb -x "$deb" "$work/root"
expected="$(printf '%s\n' \
    usr/bin/visit-tracker \
    "usr/share/applications/$app_id.desktop" \
    usr/share/doc/visit-tracker/CHANGELOG.md \
    usr/share/doc/visit-tracker/copyright \
    "usr/share/icons/hicolor/128x128/apps/$app_id.png" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    "usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/metainfo/$app_id.metainfo.xml" | LC_ALL=C sort)"
actual="$(cd "$work/root" && find . ! -type d | sed 's#^\./##' | LC_ALL=C sort)"
if [[ "$actual" != "$expected" ]]; then
    diff <(echo "$expected") <(echo "$actual") >&2 || true
    fail "the package's files differ from the expected list (< expected, > packaged)"
fi
dpkg-deb -c "$deb" | awk '$2 != "root/root" { bad = 1; print } END { exit bad }' >&2 \
    || fail "files not owned by root/root"
dpkg-deb -c "$deb" | awk '
    /^d/ && $1 != "drwxr-xr-x" { bad = 1; print }
    /^-/ && $6 == "./usr/bin/visit-tracker" && $1 != "-rwxr-xr-x" { bad = 1; print }
    /^-/ && $6 != "./usr/bin/visit-tracker" && $1 != "-rw-r--r--" { bad = 1; print }
    END { exit bad }' >&2 || fail "unexpected permissions (directories 755, binary 755, data 644)"
if command -v readelf >/dev/null && readelf -d "$work/root/usr/bin/visit-tracker" | grep -Eq 'RPATH|RUNPATH'; then
    fail "the packaged binary carries an RPATH"
fi
for size in 48 128 256; do
    png="$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    read -r -a ihdr < <(od -An -tu1 -j16 -N8 "$png")
    width=$(( (ihdr[0] << 24) | (ihdr[1] << 16) | (ihdr[2] << 8) | ihdr[3] ))
    height=$(( (ihdr[4] << 24) | (ihdr[5] << 16) | (ihdr[6] << 8) | ihdr[7] ))
    [[ "$width" == "$size" && "$height" == "$size" ]] || fail "$png is ${width}x${height}"
done

# --- desktop entry and metainfo ---
desktop="$work/root/usr/share/applications/$app_id.desktop"
metainfo="$work/root/usr/share/metainfo/$app_id.metainfo.xml"
validation="$(desktop-file-validate "$desktop" 2>&1)" || fail "desktop-file-validate: $validation"
[[ -z "$validation" ]] || fail "desktop-file-validate: $validation"
note "desktop-file-validate: no errors, no warnings"
grep -qx 'Name\[vi\]=Theo dõi đoàn công tác' "$desktop" || fail "the desktop entry has no Vietnamese name"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's icon is not $app_id"
grep -qx 'Exec=visit-tracker' "$desktop" || fail "the desktop entry does not run visit-tracker"
validation="$(appstreamcli validate --no-net --explain "$metainfo" 2>&1)" \
    || fail "appstreamcli validate: $validation"
note "appstreamcli validate: ${validation//$'\n'/ }"
validation="$(appstreamcli validate-tree --no-net "$work/root" 2>&1)" \
    || fail "appstreamcli validate-tree: $validation"
note "appstreamcli validate-tree: ${validation//$'\n'/ }"

# --- one version: package, --version, metainfo release (and the project's, if given) ---
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME"
binary="$work/root/usr/bin/visit-tracker"
package_version="$(field Version)"
program_version="$("$binary" --version)" || fail "visit-tracker --version failed"
metainfo_version="$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)"
note "versions: package $package_version, program '$program_version', metainfo $metainfo_version${expect_version:+, project $expect_version}"
[[ "$program_version" == "visit-tracker $package_version" ]] || fail "--version says '$program_version', the package $package_version"
[[ "$metainfo_version" == "$package_version" ]] || fail "the metainfo's newest release is $metainfo_version, the package $package_version"
[[ -z "$expect_version" || "$expect_version" == "$package_version" ]] || fail "the package is $package_version, the project $expect_version"

# --- the packaged binary runs headless ---
database="$work/visits.sqlite"
"$binary" --database "$database" demo >"$work/demo.out" 2>&1 || { cat "$work/demo.out" >&2; fail "visit-tracker demo failed"; }
"$binary" --database "$database" visits >"$work/visits.csv" 2>&1 || { cat "$work/visits.csv" >&2; fail "visit-tracker visits failed"; }
head -n1 "$work/visits.csv" | grep -qx 'id,date,host,delegation,title,status' || fail "visits printed no CSV header: $(head -n1 "$work/visits.csv")"
grep -q 'Long An' "$work/visits.csv" || fail "visits does not list the sample visit to Tỉnh ủy Long An"
note "demo and visits ran: $(($(wc -l <"$work/visits.csv") - 1)) visits listed"
note "OK $deb"
