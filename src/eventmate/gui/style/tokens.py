"""The design's measures: a type scale relative to the system font, spacing steps, radii.

Sizes of text are factors of the system font's point size, never pixels, so everything grows
with the font size the user chose for their desktop. Spacing is in device-independent pixels
on a 4-pixel grid.
"""

from __future__ import annotations

from enum import StrEnum


class TextStyle(StrEnum):
    """The type scale: each style is a size (× the system font) and a weight."""

    CAPTION = "caption"  # hints under inputs, timestamps
    BODY = "body"  # everything else
    STRONG = "strong"  # a name in a list, a label that leads a line
    SUBHEADING = "subheading"  # a block on a page: "Promised, due soon"
    HEADING = "heading"  # a dialog's or a section's title
    TITLE = "title"  # the page's subject: the next event, a person's name
    DISPLAY = "display"  # one per screen at most


#: Size factor and weight (CSS-like 400 regular … 700 bold) of each text style.
TYPE_SCALE: dict[TextStyle, tuple[float, int]] = {
    TextStyle.CAPTION: (0.9, 400),
    TextStyle.BODY: (1.0, 400),
    TextStyle.STRONG: (1.0, 600),
    TextStyle.SUBHEADING: (1.1, 600),
    TextStyle.HEADING: (1.3, 600),
    TextStyle.TITLE: (1.6, 600),
    TextStyle.DISPLAY: (1.9, 500),
}


class Space:
    """Spacing steps (pixels, a 4-pixel grid)."""

    XXS = 2
    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


#: Margins around a page's content (left, top, right, bottom).
PAGE_MARGINS = (Space.XXL, Space.XL, Space.XXL, Space.XL)
#: Margins inside a dialog.
DIALOG_MARGINS = (Space.XL, Space.L, Space.XL, Space.L)
#: Corner radii: controls and chips, cards and panels.
RADIUS_SMALL = 5
RADIUS_CARD = 8
#: Width of the sidebar of sections (it grows with the font, never below this).
SIDEBAR_MIN_WIDTH = 188


class DimText(StrEnum):
    """Capture mode's larger type, read at arm's length while standing in a dark hall."""

    INPUT = "input"
    NAME = "name"  # a name revealed in the name rehearsal
    CUE = "cue"  # what the rehearsal shows to recall someone by
    PREVIEW = "preview"
    HEADER = "header"
    SMALL = "small"


#: Capture mode: (minimum points, factor of the system font) — whichever is larger.
DIM_SCALE: dict[DimText, tuple[float, float]] = {
    DimText.INPUT: (22.0, 2.2),
    DimText.NAME: (30.0, 3.0),
    DimText.CUE: (20.0, 2.0),
    DimText.PREVIEW: (15.0, 1.5),
    DimText.HEADER: (14.0, 1.4),
    DimText.SMALL: (12.0, 1.2),
}
