"""Charts drawn with QPainter: every look keeps its contrast, every chart draws, axes are round."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from eventmate.gui.insights.look import DARK, DIM, LIGHT, ChartLook, Tone, look_for
from eventmate.gui.insights.painter import nice_top, paint_chart
from eventmate.gui.insights.specs import (
    BarSpec,
    ChartSpec,
    Layout,
    RangeRow,
    RangeSpec,
    Series,
    table_of,
)

LOOKS = (LIGHT, DARK, DIM)


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("look", LOOKS, ids=lambda look: look.name)
def test_colours_keep_their_contrast(look: ChartLook) -> None:
    assert contrast(look.text, look.background) >= 4.5
    assert contrast(look.muted, look.background) >= 4.5
    for tone in Tone:
        assert contrast(look.tone(tone), look.background) >= 3.0, tone
    for colour in look.categories:
        assert contrast(colour, look.background) >= 3.0, colour.name()


@pytest.mark.parametrize("look", LOOKS, ids=lambda look: look.name)
def test_no_red_in_any_look(look: ChartLook) -> None:
    for colour in (*look.tones.values(), *look.categories):
        hue = colour.hslHue()
        is_red = (hue < 15 or hue > 345) and colour.hslSaturation() > 90
        assert not is_red, colour.name()


def test_the_look_follows_the_palette() -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f3f1ee"))
    assert look_for(palette) is LIGHT
    palette.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    assert look_for(palette) is DARK
    palette.setColor(QPalette.ColorRole.Window, QColor("#121110"))
    assert look_for(palette) is DIM


@pytest.mark.parametrize(
    ("highest", "top", "step"),
    [(0, 1, 1), (1, 1, 1), (3, 3, 1), (7, 8, 2), (14, 15, 5), (93, 100, 50), (1234, 1500, 500)],
)
def test_axes_end_on_round_numbers(highest: float, top: float, step: float) -> None:
    assert nice_top(highest) == (top, step)


SPECS: dict[str, ChartSpec] = {
    "stacked": BarSpec(
        ("Sep", "Oct", "Nov"),
        (Series("Concert", (3, 0, 1)), Series("Reception", (1, 2, 0), category=3)),
        Layout.STACKED_COLUMNS,
        "Nothing yet",
    ),
    "grouped": BarSpec(
        ("Sep", "Oct"),
        (Series("Gave", (2, 1), Tone.GIVE), Series("Received", (0, 3), Tone.RECEIVE)),
        Layout.GROUPED_COLUMNS,
        "Nothing yet",
    ),
    "rows": BarSpec(
        ("Connect", "Learn"),
        (Series("Met", (1, 2), Tone.STRONG), Series("Partly", (2, 0), Tone.SOFT)),
        Layout.STACKED_ROWS,
        "Nothing yet",
    ),
    "ranges": RangeSpec(
        (RangeRow("Reception", 4.0, 2.5, 2), RangeRow("Masterclass", 2.0, 4.5, 3)),
        "Before",
        "After",
        "Nothing yet",
    ),
    "empty": BarSpec(("Sep",), (Series("Met", (0,)),), Layout.STACKED_COLUMNS, "Nothing yet"),
    "no-ranges": RangeSpec((), "Before", "After", "Nothing yet"),
}


@pytest.mark.parametrize("name", list(SPECS))
@pytest.mark.parametrize("look", LOOKS, ids=lambda look: look.name)
def test_every_chart_draws_in_every_look(qapp: object, name: str, look: ChartLook) -> None:
    image = QImage(480, 260, QImage.Format.Format_ARGB32)
    image.fill(look.background)
    painter = QPainter(image)
    paint_chart(painter, QRectF(8, 8, 464, 244), SPECS[name], look)
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 480, 3) for y in range(0, 260, 3)}
    assert len(colours) > 3  # more than a blank background: text, and bars unless empty
    if name not in ("empty", "no-ranges"):
        first = SPECS[name]
        colour = (
            first.series[0].colour(look) if isinstance(first, BarSpec) else look.tone(Tone.DOWN)
        )
        assert colour.rgb() in colours


def test_a_chart_reads_as_a_table() -> None:
    table = table_of(SPECS["stacked"], "Month")
    assert table.headers == ("Month", "Concert", "Reception")
    assert table.rows == (("Sep", "3", "1"), ("Oct", "0", "2"), ("Nov", "1", "0"))
    ranges = table_of(SPECS["ranges"], "Kind of event", "Reflections")
    assert ranges.rows[1] == ("Masterclass", "2.0", "4.5", "3")
