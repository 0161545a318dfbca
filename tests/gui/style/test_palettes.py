"""Contrast of every text in the three looks, computed from the palettes (WCAG AA: 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from eventmate.gui.style.dim import dim_palette
from eventmate.gui.style.palettes import DARK, DIM, LIGHT, LOOKS, Palette, contrast
from eventmate.gui.style.theme import qt_palette

AA = 4.5


@pytest.mark.parametrize("look", LOOKS, ids=lambda look: look.name)
def test_every_text_in_the_look_passes_aa(look: Palette) -> None:
    low = [
        (what, round(contrast(text, back), 2))
        for what, text, back in look.text_pairs()
        if contrast(text, back) < AA
    ]
    assert low == []


#: (text role, background role) pairs Qt paints text with.
ROLE_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


@pytest.mark.parametrize("look", [LIGHT, DARK, DIM], ids=["light", "dark", "dim"])
def test_the_qt_palette_applied_keeps_the_contrast(qapp: object, look: Palette) -> None:
    palette = dim_palette(qt_palette(DARK)) if look is DIM else qt_palette(look)
    low = []
    for text_role, back_role in ROLE_PAIRS:
        text = palette.color(text_role).name()
        back = palette.color(back_role).name()
        if contrast(text, back) < AA:
            low.append((text_role.name, back_role.name, round(contrast(text, back), 2)))
    assert low == []


def test_the_contrast_check_can_fail() -> None:
    assert contrast("#777777", "#888888") < AA
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0


def test_the_dim_look_has_no_pure_white_and_no_red() -> None:
    for name, colour in DIM.colours().items():
        red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert (red, green, blue) != (255, 255, 255), name
        assert not (red > 150 and green < 90 and blue < 90), name
