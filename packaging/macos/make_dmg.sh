#!/usr/bin/env bash
# macOS: put build/pyinstaller/dist/EventMate.app into dist/EventMate-<version>-macos-<arch>.dmg
# beside a link to /Applications, so it installs by dragging. Run after PyInstaller
# (.github/workflows/desktop.yml).
#     bash packaging/macos/make_dmg.sh VERSION ARCH
# The app is signed ad hoc (PyInstaller does it); without a Developer ID and notarisation,
# Gatekeeper asks once: Control-click EventMate.app, Open. With the secrets set, sign with
# `codesign --deep --options runtime --sign "$IDENTITY"` and `xcrun notarytool submit` here.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$1
ARCH=$2
APP=build/pyinstaller/dist/EventMate.app
[ -d "$APP" ] || { echo "dmg: $APP missing: freeze first" >&2; exit 1; }
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE" dist
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "EventMate $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
    -ov "dist/EventMate-$VERSION-macos-$ARCH.dmg"
hdiutil verify "dist/EventMate-$VERSION-macos-$ARCH.dmg"
