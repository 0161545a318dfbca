"""Small shared widgets: section headings, muted text, empty states, clearing layouts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLayout, QLineEdit, QWidget


def heading(text: str, *, scale: float = 1.25, parent: QWidget | None = None) -> QLabel:
    """A bold heading label, ``scale`` times the system font size."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    """Secondary text in the palette's placeholder colour, wrapping."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_colour(palette))
    label.setPalette(palette)
    return label


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text colour: the text colour eased towards the background.

    Mixing keeps the contrast ratio above WCAG AA (4.5:1) on both light and dark palettes,
    which a platform's placeholder grey often does not.
    """
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mix = 0.68
    return QColor(
        round(text.red() * mix + back.red() * (1 - mix)),
        round(text.green() * mix + back.green() * (1 - mix)),
        round(text.blue() * mix + back.blue() * (1 - mix)),
    )


def set_plain_text_format(label: QLabel) -> None:
    """Show ``label``'s text literally, as ``setTextFormat(Qt.TextFormat.PlainText)`` would.

    Set through Qt's property system by name: touching any ``Qt.*`` enum from Python makes
    PySide6 build all ~90 of the ``Qt`` namespace's enum types (~30 ms), and Home's labels
    are painted before anything else needs them.
    """
    label.setProperty("textFormat", "PlainText")


def body(text: str, parent: QWidget | None = None) -> QLabel:
    """Plain wrapping text (never interpreted as rich text: user data may contain "<")."""
    label = QLabel(parent)
    set_plain_text_format(label)
    label.setText(text)
    label.setWordWrap(True)
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every item of ``layout`` (nested layouts included)."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            # Hidden first: a shown widget taken from its parent can become a window of its
            # own (a stray label on screen) until the deferred delete runs.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif (child := item.layout()) is not None:
            clear_layout(child)


def name_spin_box(box: QAbstractSpinBox, name: str) -> None:
    """Give a spin or date box and its inner line edit the accessible name ``name``."""
    box.setAccessibleName(name)
    for inner in box.findChildren(QLineEdit):
        inner.setAccessibleName(name)
