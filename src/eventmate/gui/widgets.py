"""Moved to :mod:`eventmate.gui.style`; this name stays only for code written before the move."""

from __future__ import annotations

from eventmate.gui.style import (
    body,
    clear_layout,
    heading,
    muted,
    muted_colour,
    name_spin_box,
    set_plain_text_format,
)

__all__ = [
    "body",
    "clear_layout",
    "heading",
    "muted",
    "muted_colour",
    "name_spin_box",
    "set_plain_text_format",
]
