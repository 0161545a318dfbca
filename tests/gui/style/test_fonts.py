"""Text scales with the system font: sizes are factors of it, followed when it changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from eventmate.gui.main_window import MainWindow, Section
from eventmate.gui.style.text import follow_system_font, styled_font
from eventmate.gui.style.tokens import TYPE_SCALE
from eventmate.services.container import Services

SOURCE = Path(__file__).resolve().parents[3] / "src" / "eventmate"


@pytest.fixture
def bigger_font(qapp: QApplication) -> object:
    """The desktop's font made 1.5 times larger for the test, then put back."""
    original = QFont(qapp.font())
    follow_system_font(qapp)
    yield lambda: qapp.setFont(_scaled(original, 1.5))
    qapp.setFont(original)


def _scaled(font: QFont, factor: float) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    return bigger


def test_styles_are_factors_of_the_system_font(qapp: QApplication) -> None:
    base = qapp.font().pointSizeF()
    for style, (factor, _weight) in TYPE_SCALE.items():
        assert styled_font(style).pointSizeF() == pytest.approx(base * factor), style


def test_a_larger_system_font_enlarges_every_text_on_screen(
    main_window: MainWindow, services: Services, qtbot: QtBot, bigger_font: object
) -> None:
    services.sample_data.add()
    home = main_window.page(Section.HOME)
    qtbot.waitUntil(lambda: home.findChild(QLabel, "nextEventTitle") is not None)
    title = home.findChild(QLabel, "nextEventTitle")
    qtbot.waitUntil(lambda: title is not None and title.isVisible())  # shown a turn later

    def sizes() -> dict[str, float]:
        title = home.findChild(QLabel, "nextEventTitle")
        quiet = next(
            label for label in home.findChildren(QLabel) if label.property("role") == "muted"
        )
        heading_label = next(
            label for label in home.findChildren(QLabel) if label.text() == "Met recently"
        )
        return {
            "title": title.font().pointSizeF(),
            "heading": heading_label.font().pointSizeF(),
            "muted": quiet.font().pointSizeF(),
            "sidebar": main_window.sidebar.font().pointSizeF(),
            "search": main_window.search_bar.field.font().pointSizeF(),
        }

    before = sizes()
    assert before["title"] > before["heading"] > before["muted"]
    assert callable(bigger_font)
    bigger_font()
    QApplication.processEvents()
    after = sizes()
    for name, size in before.items():
        assert after[name] == pytest.approx(size * 1.5, rel=0.02), name


def test_no_text_is_sized_in_pixels() -> None:
    """Pixel sizes do not follow the desktop's font size; the source must not use them."""
    pixel = re.compile(r"setPixelSize|font-size\s*:|font\s*:\s*\d+px|QFont\([^)]*\d+\s*\)")
    found = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in SOURCE.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pixel.search(line)
    ]
    assert found == []
