"""Check boxes and radio buttons show in both looks: their frame stands out (≥ 3:1), the mark too.

The platform style framed an unchecked box in a shade of the window, which in dark drew it
nearly black on black ("All day", "Ends", Insights' "Show tables"). Read back from the pixels.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from eventmate.gui.style.palettes import DARK, LIGHT, Palette, contrast
from eventmate.gui.style.theme import ThemeChoice

#: WCAG 2.1's least contrast for the parts of a control one must see (1.4.11).
NON_TEXT = 3.0
LOOKS = [(ThemeChoice.LIGHT, LIGHT), (ThemeChoice.DARK, DARK)]


def indicator_pixels(box: QCheckBox | QRadioButton, behind: str) -> list[str]:
    """Colours (``#rrggbb``) of every pixel of ``box``'s indicator, laid on ``behind``."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(box, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = box.style().subElementRect(element, option, box)
    picture = box.grab()
    image = QImage(picture.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(behind))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, picture)
    painter.end()
    return [
        image.pixelColor(x, y).name()
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]


def strongest(pixels: list[str], against: str) -> float:
    return max(contrast(pixel, against) for pixel in pixels)


@pytest.mark.parametrize(("choice", "look"), LOOKS, ids=["light", "dark"])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton], ids=lambda kind: kind.__name__)
def test_an_unchecked_box_is_framed_visibly(
    qtbot: QtBot, apply_look: Any, choice: ThemeChoice, look: Palette, kind: type[QWidget]
) -> None:
    apply_look(choice)
    box = kind("All day")
    assert isinstance(box, QCheckBox | QRadioButton)
    qtbot.addWidget(box)
    box.show()
    assert strongest(indicator_pixels(box, look.window), look.window) >= NON_TEXT


@pytest.mark.parametrize(("choice", "look"), LOOKS, ids=["light", "dark"])
def test_a_checked_box_shows_its_mark(
    qtbot: QtBot, apply_look: Any, choice: ThemeChoice, look: Palette
) -> None:
    apply_look(choice)
    box = QCheckBox("All day")
    qtbot.addWidget(box)
    box.setChecked(True)
    box.show()
    pixels = indicator_pixels(box, look.window)
    assert strongest(pixels, look.window) >= NON_TEXT  # the filled box
    assert strongest(pixels, look.accent) >= NON_TEXT  # the mark on it
