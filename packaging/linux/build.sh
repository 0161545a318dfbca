#!/usr/bin/env bash
# Build EventMate for Linux: the frozen app (PyInstaller), then a tarball and a .deb in dist/.
#
#     bash packaging/linux/build.sh [PYTHON]      (make dist runs it with .venv/bin/python)
#
# build/icons/         every icon size, rendered from resources/icons/<id>.svg
# build/pyinstaller/   PyInstaller's work and its output folder (dist/eventmate)
# dist/eventmate-<version>-linux-<arch>.tar.gz    the app folder plus share/ (desktop entry,
#                                                  AppStream metadata, icons)
# dist/eventmate_<version>_<debarch>.deb          the app in /opt/eventmate, `eventmate` and
#                                                  `eventmate-gui` in /usr/bin, share/ in /usr
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${1:-.venv/bin/python}
APP_ID=$("$PY" -c "import sys; sys.path.insert(0, 'src'); import eventmate; print(eventmate.APP_ID)")
VERSION=$("$PY" -c "import sys; sys.path.insert(0, 'src'); import eventmate; print(eventmate.__version__)")
ARCH=$(uname -m)
BUILD=build
mkdir -p dist "$BUILD"

echo "dist: icons"
rm -rf "$BUILD/icons"
QT_QPA_PLATFORM=offscreen "$PY" packaging/icons.py "$BUILD/icons"

echo "dist: freezing with PyInstaller"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$BUILD/pyinstaller/dist" --workpath "$BUILD/pyinstaller/work" \
    packaging/pyinstaller/eventmate.spec
FROZEN="$BUILD/pyinstaller/dist/eventmate"
"$FROZEN/eventmate" --version

# share/: what a desktop needs to list the app (both packages carry the same files).
share() {
    local dest=$1
    install -Dm644 "packaging/linux/$APP_ID.desktop" "$dest/applications/$APP_ID.desktop"
    install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$dest/metainfo/$APP_ID.metainfo.xml"
    mkdir -p "$dest/icons"
    cp -r "$BUILD/icons/hicolor" "$dest/icons/"
}

echo "dist: tarball"
NAME="eventmate-$VERSION-linux-$ARCH"
STAGE="$BUILD/stage/$NAME"
rm -rf "$BUILD/stage" && mkdir -p "$STAGE"
cp -a "$FROZEN/." "$STAGE/"
share "$STAGE/share"
install -Dm644 packaging/linux/README-tarball.txt "$STAGE/README.txt"
tar -C "$BUILD/stage" --owner=0 --group=0 -czf "dist/$NAME.tar.gz" "$NAME"

echo "dist: .deb"
DEBARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
ROOTFS="$BUILD/deb/root"
rm -rf "$BUILD/deb" && mkdir -p "$ROOTFS/opt/eventmate" "$ROOTFS/usr/bin" "$ROOTFS/DEBIAN"
cp -a "$FROZEN/." "$ROOTFS/opt/eventmate/"
ln -s /opt/eventmate/eventmate "$ROOTFS/usr/bin/eventmate"
ln -s /opt/eventmate/eventmate "$ROOTFS/usr/bin/eventmate-gui"
share "$ROOTFS/usr/share"
install -Dm644 packaging/linux/copyright "$ROOTFS/usr/share/doc/eventmate/copyright"
# The oldest C library the bundled binaries accept.
GLIBC=2.28
if command -v objdump >/dev/null; then
    GLIBC=$(find "$FROZEN" -type f \( -name '*.so*' -o -name eventmate \) -print0 \
        | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' \
        | sort -uV | tail -1)
fi
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$ROOTFS" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEBARCH/" -e "s/@GLIBC@/$GLIBC/" \
    -e "s/@INSTALLED_KB@/$INSTALLED_KB/" packaging/linux/control.in > "$ROOTFS/DEBIAN/control"
find "$ROOTFS" -type d -exec chmod 755 {} +
DEB="dist/eventmate_${VERSION}_$DEBARCH.deb"
dpkg-deb --root-owner-group -Zxz --build "$ROOTFS" "$DEB" >/dev/null

for artefact in "dist/$NAME.tar.gz" "$DEB"; do
    echo "dist: $artefact ($(du -h "$artefact" | cut -f1))"
done
