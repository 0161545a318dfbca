"""The dim, low-glare look of capture mode: near-black, warm off-white text, quiet chrome.

A dark hall makes a bright screen glare and draws looks; capture mode is therefore always dim,
whatever the app's theme. Contrast stays above WCAG AA (text ≈ 11:1, secondary ≈ 5.6:1) without
pure white, and there is no red anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

BACKGROUND = "#121110"
SURFACE = "#1b1917"
TEXT = "#d8d0c2"
SECONDARY = "#958c7f"
CHROME = "#2b2825"
ACCENT = "#c8a46a"  # a soft amber for the suggestion: noticeable, not alarming
SELECTION = "#3d362d"

#: Point sizes: the input is read at arm's length while standing.
INPUT_PT = 22
PREVIEW_PT = 15
HEADER_PT = 14
SMALL_PT = 12

STYLE_SHEET = f"""
QWidget#captureWindow {{ background: {BACKGROUND}; }}
QWidget#captureWindow QLabel {{ color: {TEXT}; background: transparent; }}
QWidget#captureWindow QLabel[role="secondary"] {{ color: {SECONDARY}; }}
QWidget#captureWindow QLabel[role="suggestion"] {{ color: {ACCENT}; }}
QPlainTextEdit#captureInput {{
    background: {SURFACE}; color: {TEXT}; border: 1px solid {CHROME}; border-radius: 6px;
    padding: 6px 10px; selection-background-color: {SELECTION}; selection-color: {TEXT};
}}
QPlainTextEdit#captureInput:focus {{ border: 1px solid #4a433a; }}
QComboBox#eventPicker {{
    background: {BACKGROUND}; color: {SECONDARY}; border: 1px solid {CHROME};
    border-radius: 4px; padding: 2px 8px;
}}
QComboBox#eventPicker:focus {{ color: {TEXT}; border: 1px solid #4a433a; }}
QComboBox#eventPicker QAbstractItemView {{
    background: {SURFACE}; color: {TEXT}; selection-background-color: {SELECTION};
    border: 1px solid {CHROME};
}}
QWidget#captureWindow QScrollBar:vertical {{
    background: {SURFACE}; width: 10px; border: none; margin: 0;
}}
QWidget#captureWindow QScrollBar::handle:vertical {{
    background: {CHROME}; border-radius: 4px; min-height: 24px;
}}
QWidget#captureWindow QScrollBar::add-line, QWidget#captureWindow QScrollBar::sub-line {{
    height: 0; border: none;
}}
QListWidget#recentCaptures {{ background: {BACKGROUND}; color: {SECONDARY}; border: none; }}
QListWidget#recentCaptures::item {{ padding: 3px 0; }}
QListWidget#recentCaptures::item:selected {{ background: {BACKGROUND}; color: {SECONDARY}; }}
"""


def apply_dim(window: QWidget) -> None:
    """Give ``window`` and its children the dim palette and style sheet."""
    palette = QPalette(window.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.PlaceholderText, SECONDARY),
        (QPalette.ColorRole.Button, BACKGROUND),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, SELECTION),
        (QPalette.ColorRole.HighlightedText, TEXT),
    ):
        palette.setColor(role, QColor(colour))
    window.setPalette(palette)
    window.setAutoFillBackground(True)
    window.setStyleSheet(STYLE_SHEET)


def sized(font: QFont, points: int) -> QFont:
    """A copy of ``font`` at ``points`` (never smaller than the system's size)."""
    copy = QFont(font)
    copy.setPointSizeF(max(float(points), font.pointSizeF()))
    return copy


def dim_label(points: int, name: str, *, secondary: bool = False) -> QLabel:
    """A wrapping plain-text label (user text may contain "<") at ``points``."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(sized(label.font(), points))
    if secondary:
        label.setProperty("role", "secondary")
    return label
