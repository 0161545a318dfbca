"""Render the app icon (one SVG) into every size Linux, macOS and Windows ask for.

    python packaging/app_icons.py            # writes resources/icons/app/

The PNGs (16 … 512), ``eventmate.ico`` (Windows, PNG entries) and ``eventmate.icns`` (macOS)
are committed, so packaging needs no renderer; run this again whenever the SVG changes (a
test checks that every size is there and matches the SVG).
"""

from __future__ import annotations

import sys
from pathlib import Path

# The renderer and the .ico/.icns writers are the build's own (packaging/icons.py).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from icons import ICNS_TYPES, ICO_SIZES, SVG, icns_bytes, ico_bytes
from icons import render_png as render_svg

OUT = SVG.parent / "app"

#: freedesktop hicolor sizes (menus, docks, software centres) plus macOS's and Windows's own.
PNG_SIZES = (16, 20, 22, 24, 32, 40, 48, 64, 96, 128, 256, 512)


def render_png(size: int) -> bytes:
    """The app's SVG on a transparent ``size``×``size`` canvas, as PNG bytes."""
    return render_svg(SVG, size)


def main() -> None:
    """Write every size into resources/icons/app/."""
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = {*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)}
    pngs = {size: render_png(size) for size in sorted(sizes)}
    for size in PNG_SIZES:
        (OUT / f"eventmate-{size}.png").write_bytes(pngs[size])
    (OUT / "eventmate.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "eventmate.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, eventmate.ico and eventmate.icns to {OUT}")


if __name__ == "__main__":
    main()
