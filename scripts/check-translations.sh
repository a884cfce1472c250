#!/usr/bin/env bash
# Fails when a user-visible string in src/ has no Vietnamese translation yet:
# runs lupdate over the sources into a copy of the Linguist file and looks for
# unfinished or obsolete entries. Fix with:
#   cmake --build <build dir> --target update_translations   (then translate)
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=/usr/lib/qt6/bin/lupdate
[[ -x "$lupdate" ]] || lupdate="$(command -v lupdate6 || command -v lupdate)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

status=0
for language in vi en; do
    cp "resources/translations/visit-tracker_$language.ts" "$work/"
    "$lupdate" -silent -no-obsolete -locations none -recursive src -I src \
        -ts "$work/visit-tracker_$language.ts" >/dev/null 2>&1
    count="$(grep -c 'type="unfinished"' "$work/visit-tracker_$language.ts" || true)"
    if [[ "$count" != 0 ]]; then
        echo "visit-tracker_$language.ts: $count string(s) without translation:" >&2
        grep -B2 'type="unfinished"' "$work/visit-tracker_$language.ts" | grep '<source>' >&2 || true
        status=1
    fi
done
[[ $status == 0 ]] && echo "translations complete"
exit $status
