"""Render the app icon (one SVG) into every size Linux, macOS and Windows ask for.

    python packaging/app_icons.py            # writes resources/icons/app/

The PNGs (16 … 512), ``eventmate.ico`` (Windows, PNG entries) and ``eventmate.icns`` (macOS)
are committed, so packaging needs no renderer; run this again whenever the SVG changes (a
test checks that every size is there and matches the SVG).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "org.eventmate.eventmate.svg"
OUT = ROOT / "resources" / "icons" / "app"

#: freedesktop hicolor sizes (menus, docks, software centres) plus macOS's and Windows's own.
PNG_SIZES = (16, 20, 22, 24, 32, 40, 48, 64, 96, 128, 256, 512)
#: Windows: shell lists, taskbar, Alt+Tab, large tiles.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
#: macOS: the PNG-carrying icns types and their sizes in pixels (1x and @2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int) -> bytes:
    """The SVG on a transparent ``size``×``size`` canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG by its size (PNG entries: Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG-carrying entries."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    """Write every size into resources/icons/app/."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        (OUT / f"eventmate-{size}.png").write_bytes(pngs[size])
    (OUT / "eventmate.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "eventmate.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, eventmate.ico and eventmate.icns to {OUT}")


if __name__ == "__main__":
    main()
