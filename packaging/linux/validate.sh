#!/usr/bin/env bash
# Validate the desktop entry and AppStream metainfo, and check they agree on the app id.
# The validators come from Debian's desktop-file-utils and appstream (installed by .ci/run).
set -euo pipefail
cd "$(dirname "$0")"
app_id=$(python3 -c "import re,sys; print(re.search(r'APP_ID = \"([^\"]+)\"', open('../../src/eventmate/__init__.py').read()).group(1))")
desktop="$app_id.desktop"
metainfo="$app_id.metainfo.xml"
status=0
for f in "$desktop" "$metainfo" "../../resources/icons/$app_id.svg"; do
    [ -f "$f" ] || { echo "packaging: missing $f (named after the app id $app_id)"; status=1; }
done
grep -q "^Icon=$app_id\$" "$desktop" || { echo "packaging: $desktop Icon= is not $app_id"; status=1; }
grep -q "<id>$app_id</id>" "$metainfo" || { echo "packaging: $metainfo <id> is not $app_id"; status=1; }
grep -q "<launchable type=\"desktop-id\">$desktop</launchable>" "$metainfo" \
    || { echo "packaging: $metainfo does not launch $desktop"; status=1; }
missing=()
command -v desktop-file-validate >/dev/null && desktop-file-validate "$desktop" || {
    command -v desktop-file-validate >/dev/null && status=1 || missing+=(desktop-file-utils); }
command -v appstreamcli >/dev/null && appstreamcli validate --no-net --pedantic "$metainfo" || {
    command -v appstreamcli >/dev/null && status=1 || missing+=(appstream); }
if [ ${#missing[@]} -gt 0 ]; then
    if [ "${CI:-}" = true ]; then
        echo "packaging: validators missing in CI: ${missing[*]}"; exit 1
    fi
    echo "packaging: skipped validators (install Debian packages: ${missing[*]})"
fi
[ $status = 0 ] && echo "packaging: desktop entry and metainfo valid for $app_id"
exit $status
