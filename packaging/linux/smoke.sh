#!/usr/bin/env bash
# Smoke-test what `make dist` built, as a person would use it:
#   the tarball: unpacked anywhere, `eventmate` runs --version, `check` on a new data folder,
#   opens its window (offscreen) and quits on SIGTERM without a traceback
#   (packaging/smoke_frozen.py); shiboken's support package is in it compiled (files.dir);
#   the .deb: `apt install ./eventmate_….deb`, then the same checks on the installed command;
#   the desktop entry, metainfo and icons are in place; `apt remove` leaves no file behind.
# The .deb part needs apt and root (or sudo); elsewhere it is skipped (and fails in CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
APP_ID=$(python3 -c "import re; print(re.search(r'APP_ID = \"([^\"]+)\"', open('src/eventmate/__init__.py').read()).group(1))")
VERSION=$(python3 -c "import re; print(re.search(r'__version__ = \"([^\"]+)\"', open('src/eventmate/__init__.py').read()).group(1))")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

# --version, `check` on a new data folder, the window offscreen until Home, SIGTERM, no traceback.
check_binary() { python3 packaging/smoke_frozen.py "$1" --version "$VERSION" || fail "$1"; }

ARCH=$(uname -m)
TARBALL="dist/eventmate-$VERSION-linux-$ARCH.tar.gz"
[ -f "$TARBALL" ] || fail "$TARBALL missing: run make dist first"
tar -C "$WORK" -xzf "$TARBALL"
UNPACKED="$WORK/eventmate-$VERSION-linux-$ARCH"
check_binary "$UNPACKED/eventmate"
# shiboken's support package travels unpacked and compiled (eventmate.spec), so no start
# compiles it from source again.
ls "$UNPACKED"/_internal/shiboken6/files.dir/shibokensupport/signature/__pycache__/loader.*.pyc \
    >/dev/null 2>&1 || fail "shiboken6/files.dir (compiled) missing from the tarball"
# `desktop install` from the unpacked folder: its entry runs it, every icon size lands.
XDG_DATA_HOME="$WORK/share" "$UNPACKED/eventmate" desktop install >/dev/null
grep -qx "Exec=$UNPACKED/eventmate" "$WORK/share/applications/$APP_ID.desktop" \
    || fail "desktop install from the tarball: wrong Exec"
[ -f "$WORK/share/icons/hicolor/256x256/apps/$APP_ID.png" ] || fail "tarball icons not installed"
XDG_DATA_HOME="$WORK/share" "$UNPACKED/eventmate" desktop remove >/dev/null
[ ! -e "$WORK/share/applications/$APP_ID.desktop" ] || fail "desktop remove from the tarball"
echo "smoke: tarball ok"

DEBARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
DEB="dist/eventmate_${VERSION}_$DEBARCH.deb"
[ -f "$DEB" ] || fail "$DEB missing: run make dist first"
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
if { [ "$(id -u)" != 0 ] && [ -z "$SUDO" ]; } || ! command -v apt-get >/dev/null; then
    [ "${CI:-}" = true ] && fail "the .deb test needs apt-get and root (or sudo) in CI"
    echo "smoke: skipped the .deb install (needs apt-get and root or sudo)"
    exit 0
fi
if dpkg -s eventmate >/dev/null 2>&1; then  # left by an interrupted run: start clean
    echo "smoke: removing the eventmate package already installed here"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq eventmate >/dev/null
fi
$SUDO env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "./$DEB" >"$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log"; fail "apt install $DEB"; }
dpkg -L eventmate >"$WORK/files"
[ "$(command -v eventmate)" = /usr/bin/eventmate ] || fail "eventmate is not on the PATH"
for f in "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png" /usr/bin/eventmate-gui; do
    [ -e "$f" ] || fail "$f not installed"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
fi
check_binary /usr/bin/eventmate
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq eventmate >"$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log"; fail "apt remove"; }
left=()
while read -r path; do
    # Shared folders (hicolor/48x48/apps, …) stay for other packages; no file of ours may.
    if [ -f "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
done <"$WORK/files"
[ ${#left[@]} = 0 ] || fail "apt remove left: ${left[*]:0:5}"
for folder in /opt/eventmate /usr/share/doc/eventmate; do
    [ ! -e "$folder" ] || fail "apt remove left $folder"
done
echo "smoke: .deb installed, ran and removed cleanly"
