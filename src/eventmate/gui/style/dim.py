"""Capture mode's dim, low-glare look: near-black, warm off-white text, quiet chrome.

A dark hall makes a bright screen glare and draws looks; capture mode is therefore always dim,
whatever the app's theme, and everything in it (scroll bars included) is styled here so the
app's light theme cannot leak in. Colours come from :data:`~eventmate.gui.style.palettes.DIM`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from eventmate.gui.style.palettes import DIM, mix
from eventmate.gui.style.text import set_dim_text, set_plain_text_format
from eventmate.gui.style.tokens import RADIUS_SMALL, DimText

_FOCUS = mix(DIM.border, DIM.text, 0.25)
_HANDLE = mix(DIM.border, DIM.text, 0.12)

STYLE_SHEET = f"""
QWidget#captureWindow {{ background: {DIM.window}; color: {DIM.text}; }}
QWidget#captureWindow QLabel {{ color: {DIM.text}; background: transparent; }}
QWidget#captureWindow QLabel[role="secondary"] {{ color: {DIM.muted}; }}
QWidget#captureWindow QLabel[role="suggestion"] {{ color: {DIM.accent}; }}
QPlainTextEdit#captureInput {{
    background: {DIM.surface}; color: {DIM.text}; border: 1px solid {DIM.border};
    border-radius: {RADIUS_SMALL + 1}px; padding: 6px 10px;
    selection-background-color: {DIM.selection}; selection-color: {DIM.on_selection};
}}
QPlainTextEdit#captureInput:focus {{ border: 1px solid {_FOCUS}; }}
QComboBox#eventPicker {{
    background: {DIM.window}; color: {DIM.muted}; border: 1px solid {DIM.border};
    border-radius: {RADIUS_SMALL}px; padding: 2px 8px;
}}
QComboBox#eventPicker:focus {{ color: {DIM.text}; border: 1px solid {_FOCUS}; }}
QComboBox#eventPicker::drop-down {{ border: none; width: 18px; }}
QComboBox#eventPicker QAbstractItemView {{
    background: {DIM.surface}; color: {DIM.text}; selection-background-color: {DIM.selection};
    selection-color: {DIM.on_selection}; border: 1px solid {DIM.border}; outline: 0;
}}
QWidget#captureWindow QScrollBar:vertical, QComboBox#eventPicker QScrollBar:vertical {{
    background: {DIM.window}; width: 10px; border: none; margin: 0;
}}
QWidget#captureWindow QScrollBar:horizontal {{
    background: {DIM.window}; height: 10px; border: none; margin: 0;
}}
QWidget#captureWindow QScrollBar::handle, QComboBox#eventPicker QScrollBar::handle {{
    background: {_HANDLE}; border-radius: 4px; min-height: 24px; min-width: 24px;
}}
QWidget#captureWindow QScrollBar::add-line, QWidget#captureWindow QScrollBar::sub-line,
QComboBox#eventPicker QScrollBar::add-line, QComboBox#eventPicker QScrollBar::sub-line {{
    width: 0; height: 0; border: none; background: none;
}}
QWidget#captureWindow QScrollBar::add-page, QWidget#captureWindow QScrollBar::sub-page,
QComboBox#eventPicker QScrollBar::add-page, QComboBox#eventPicker QScrollBar::sub-page {{
    background: none;
}}
QListWidget#recentCaptures {{
    background: {DIM.window}; color: {DIM.muted}; border: none; outline: 0;
}}
QListWidget#recentCaptures::item {{ padding: 4px 0; border: none; }}
QListWidget#recentCaptures::item:selected {{ background: {DIM.window}; color: {DIM.muted}; }}
"""


def dim_palette(base: QPalette) -> QPalette:
    """``base`` with every role capture mode shows set to the dim colours."""
    palette = QPalette(base)
    for role, colour in (
        (QPalette.ColorRole.Window, DIM.window),
        (QPalette.ColorRole.WindowText, DIM.text),
        (QPalette.ColorRole.Base, DIM.surface),
        (QPalette.ColorRole.AlternateBase, DIM.surface),
        (QPalette.ColorRole.Text, DIM.text),
        (QPalette.ColorRole.PlaceholderText, DIM.muted),
        (QPalette.ColorRole.Button, DIM.window),
        (QPalette.ColorRole.ButtonText, DIM.text),
        (QPalette.ColorRole.Highlight, DIM.selection),
        (QPalette.ColorRole.HighlightedText, DIM.on_selection),
        (QPalette.ColorRole.Mid, DIM.border),
        (QPalette.ColorRole.Light, DIM.surface),
        (QPalette.ColorRole.Dark, DIM.border),
        (QPalette.ColorRole.ToolTipBase, DIM.surface),
        (QPalette.ColorRole.ToolTipText, DIM.text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def apply_dim(window: QWidget) -> None:
    """Give ``window`` and its children the dim palette and style sheet."""
    window.setPalette(dim_palette(window.palette()))
    window.setAutoFillBackground(True)
    window.setStyleSheet(STYLE_SHEET)


def dim_label(size: DimText, name: str, *, secondary: bool = False) -> QLabel:
    """A wrapping plain-text label (user text may contain "<") in capture mode's ``size``."""
    label = QLabel()
    label.setObjectName(name)
    set_plain_text_format(label)
    label.setWordWrap(True)
    set_dim_text(label, size)
    if secondary:
        label.setProperty("role", "secondary")
    return label
