"""The colours charts are drawn in, for the light, dark and dim looks; no red anywhere.

Every colour that carries meaning keeps at least 3:1 contrast with the chart's background
(WCAG 1.4.11, graphics); text keeps 4.5:1. Colour is never the only way to read a chart: each
has a table view and a legend in stacking order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QPalette


class Tone(StrEnum):
    """What a colour means, so each look can pick its own shade of it."""

    STRONG = "strong"  # met, kept on time: the main good outcome
    SOFT = "soft"  # partly, late: the good outcome, less so
    REST = "rest"  # let it rest: honourable, calm
    NEUTRAL = "neutral"  # not this time, still open, not reviewed
    QUIET = "quiet"  # the least to say
    GIVE = "give"
    RECEIVE = "receive"
    UP = "up"  # energy given
    DOWN = "down"  # energy cost (amber, not red)


@dataclass(frozen=True, slots=True)
class ChartLook:
    """Colours for one look."""

    name: str
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    tones: dict[Tone, QColor]
    #: Colours for categories without an order (kinds of event), in a fixed sequence.
    categories: tuple[QColor, ...]

    def tone(self, tone: Tone) -> QColor:
        """The colour of ``tone`` in this look."""
        return self.tones[tone]

    def category(self, index: int) -> QColor:
        """The colour of the ``index``-th category."""
        return self.categories[index % len(self.categories)]


def _look(
    name: str, background: str, text: str, muted: str, grid: str, **colours: str
) -> ChartLook:
    tones = {tone: QColor(colours[tone.value]) for tone in Tone}
    categories = tuple(QColor(value) for value in colours["categories"].split())
    return ChartLook(
        name, QColor(background), QColor(text), QColor(muted), QColor(grid), tones, categories
    )


LIGHT = _look(
    "light",
    "#ffffff",
    "#1f2326",
    "#5c5852",
    "#dedad4",
    strong="#1b6f8a",
    soft="#4d9bb5",
    rest="#7a5ea8",
    neutral="#6e6a64",
    quiet="#979189",
    give="#a0620c",
    receive="#2f5f8f",
    up="#1d7a5a",
    down="#a0620c",
    categories="#2f5f8f #a0620c #4f7a2a #7a5ea8 #a3466f #167a78 #5c6b7a #7d6a1a #8a5a3a #2b82a8",
)
DARK = _look(
    "dark",
    "#1b1d20",
    "#e6e1da",
    "#a9a39b",
    "#33373c",
    strong="#6cc0dc",
    soft="#3f8fab",
    rest="#b39ddb",
    neutral="#aaa59e",
    quiet="#6f6b66",
    give="#e0a85a",
    receive="#8fb8e8",
    up="#6fcf9f",
    down="#e0a85a",
    categories="#8fb8e8 #e0a85a #a6cf72 #b39ddb #e39ac0 #5cc8c0 #a3b1bf #d4c46a #d2a27e #6fc3ea",
)
#: Capture mode's and rehearsal's low-glare look: warm, dimmer, no pure white.
DIM = _look(
    "dim",
    "#1b1917",
    "#d8d0c2",
    "#958c7f",
    "#2b2825",
    strong="#7fb3c0",
    soft="#4f8593",
    rest="#a897c4",
    neutral="#a39a8d",
    quiet="#6e675e",
    give="#c8a46a",
    receive="#8fa9c8",
    up="#86b99a",
    down="#c8a46a",
    categories="#8fa9c8 #c8a46a #9cb878 #a897c4 #c799ad #7fb5ad #9aa3ab #bfb170 #bf9a7e #76aecb",
)


def look_for(palette: QPalette) -> ChartLook:
    """The look matching ``palette``: light on a light window, else dark (dim if warm and dark)."""
    window = palette.color(QPalette.ColorRole.Window)
    if window.lightness() >= 128:
        return LIGHT
    return DIM if window.name() == DIM.background.name() or window.name() == "#121110" else DARK
