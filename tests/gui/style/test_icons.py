"""The icons: every one shipped and drawn in the look's colours; the app icon at every size."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage

from eventmate.gui.style.icons import ICON_ROOTS, ICONS, Tone, icon, icon_file
from eventmate.gui.style.palettes import DARK, LIGHT, Palette
from eventmate.gui.style.theme import ThemeChoice

ROOT = Path(__file__).resolve().parents[3]
APP = ROOT / "resources" / "icons" / "app"


def test_every_icon_is_shipped_with_its_licence() -> None:
    missing = [name for name in ICONS if icon_file(name) is None]
    assert missing == []
    assert any((root / "lucide" / "LICENSE").is_file() for root in ICON_ROOTS)
    assert icon("no-such-icon").isNull()


def _strongest(image: QImage) -> QColor:
    """The most opaque pixel: the colour the icon is drawn in."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


@pytest.mark.parametrize(("choice", "look"), [(ThemeChoice.LIGHT, LIGHT), (ThemeChoice.DARK, DARK)])
def test_icons_are_drawn_in_the_colours_of_the_look(
    apply_look: object, choice: ThemeChoice, look: Palette
) -> None:
    assert callable(apply_look)
    apply_look(choice)
    for tone, expected in ((Tone.TEXT, look.text), (Tone.MUTED, look.muted)):
        picture = icon("people", tone).pixmap(QSize(32, 32)).toImage()
        assert _strongest(picture).name() == expected, (choice, tone)
    selected = icon("home", Tone.SIDEBAR).pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage()
    assert _strongest(selected).name() == look.on_soft


def _app_icons() -> object:
    spec = importlib.util.spec_from_file_location("app_icons", ROOT / "packaging" / "app_icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_app_icon_is_there_at_every_size_and_matches_its_svg(qapp: object) -> None:
    app_icons = _app_icons()
    for size in app_icons.PNG_SIZES:  # type: ignore[attr-defined]
        image = QImage(str(APP / f"eventmate-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    fresh = QImage.fromData(app_icons.render_png(64))  # type: ignore[attr-defined]
    assert fresh == QImage(str(APP / "eventmate-64.png")).convertToFormat(fresh.format())
    ico = (APP / "eventmate.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(app_icons.ICO_SIZES))  # type: ignore[attr-defined]
    icns = (APP / "eventmate.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
