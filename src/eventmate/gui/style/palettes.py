"""The three looks' colours (light, dark, and capture mode's dim) and their contrast ratios.

Plain data, no Qt: the application palette and style sheet are built from these, and a test
computes every text/background pair's WCAG contrast from them (≥ 4.5:1 for text).
"""

from __future__ import annotations

from typing import NamedTuple


class Palette(NamedTuple):
    """One look's colours, as ``#rrggbb`` (a named tuple: defined before the window is shown,
    where a frozen dataclass would cost ~1 ms)."""

    name: str
    dark: bool
    window: str  # the page behind everything
    surface: str  # inputs and lists
    raised: str  # cards and panels (unlike inputs in dark, so a control inside one shows)
    sidebar: str  # the sections' column
    text: str
    muted: str  # secondary text; still readable (≥ 4.5:1 on every background here)
    border: str  # hairlines and frames (decoration, not text)
    accent: str  # the primary button, focus, the chosen option
    on_accent: str  # text on the accent
    link: str  # link-like buttons and links
    selection: str  # a selected row in a list
    on_selection: str
    soft: str  # a chosen item that should not shout: the current section, chips
    on_soft: str
    tint: str  # a calm band (sample data, read-only)

    def colours(self) -> dict[str, str]:
        """Every colour by its field name."""
        skip = {"name", "dark"}
        return {name: getattr(self, name) for name in self._fields if name not in skip}

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background) for every way text is shown in this look."""
        backs = {
            "window": self.window,
            "surface": self.surface,
            "raised": self.raised,
            "sidebar": self.sidebar,
        }
        pairs = []
        for role in ("text", "muted", "link"):
            for back_name, back in backs.items():
                pairs.append((f"{role} on {back_name}", getattr(self, role), back))
        pairs += [
            ("text on tint", self.text, self.tint),
            ("muted on tint", self.muted, self.tint),
            ("on_accent on accent", self.on_accent, self.accent),
            ("on_selection on selection", self.on_selection, self.selection),
            ("on_soft on soft", self.on_soft, self.soft),
            ("muted on soft", self.muted, self.soft),
        ]
        return pairs


LIGHT = Palette(
    name="light",
    dark=False,
    window="#f5f3ef",
    surface="#fffdfa",
    raised="#fffdfa",
    sidebar="#ebe7e0",
    text="#1f2326",
    muted="#585550",
    border="#d6d0c7",
    accent="#2d5d8b",
    on_accent="#ffffff",
    link="#245a8c",
    selection="#cddbea",
    on_selection="#13263a",
    soft="#d9e3ec",
    on_soft="#1a2c3d",
    tint="#e9e1d2",
)

DARK = Palette(
    name="dark",
    dark=True,
    window="#1f2124",
    surface="#18191b",
    raised="#27292d",
    sidebar="#26292d",
    text="#e6e1da",
    muted="#b3ada5",
    border="#3a3e44",
    accent="#8db4de",
    on_accent="#10161d",
    link="#92bbe8",
    selection="#34506e",
    on_selection="#f2efe9",
    soft="#33404e",
    on_soft="#eef1f4",
    tint="#3a3428",
)

#: Capture mode, whatever the app's theme: near-black, warm off-white text, no pure white,
#: quiet chrome, and no red anywhere (a dark hall: a bright screen glares and draws looks).
DIM = Palette(
    name="dim",
    dark=True,
    window="#121110",
    surface="#1b1917",
    raised="#1b1917",
    sidebar="#121110",
    text="#d8d0c2",
    muted="#988f82",
    border="#2b2825",
    accent="#c8a46a",  # a soft amber for the suggestion: noticeable, not alarming
    on_accent="#121110",
    link="#c8a46a",
    selection="#3d362d",
    on_selection="#e2dacb",
    soft="#2a2622",
    on_soft="#d8d0c2",
    tint="#1b1917",
)

LOOKS = (LIGHT, DARK, DIM)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = []
    for start in (1, 3, 5):
        value = int(colour[start : start + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 … 21)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: str, other: str, share: float) -> str:
    """``colour`` with ``share`` (0 … 1) of ``other`` mixed in, as ``#rrggbb``."""
    out = "#"
    for start in (1, 3, 5):
        a = int(colour[start : start + 2], 16)
        b = int(other[start : start + 2], 16)
        out += f"{round(a * (1 - share) + b * share):02x}"
    return out
