"""Building blocks pages use instead of their own style sheets: cards, bands, buttons, chips.

Each one only sets a ``role`` (and a text style where it has one); the application style
sheet (``gui.style.sheet``) gives the role its colours in the look in force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout

if TYPE_CHECKING:
    # Only for the helpers below that need them: each PySide6 class costs its first use.
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QBoxLayout,
        QWidget,
    )

from eventmate.gui.style.text import set_plain_text_format, set_role
from eventmate.gui.style.tokens import DIALOG_MARGINS, PAGE_MARGINS, Space


def card(parent: QWidget | None = None, *, spacing: int = Space.S) -> tuple[QFrame, QVBoxLayout]:
    """A raised panel (surface colour, hairline border, rounded) and its layout."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(Space.L, Space.M, Space.L, Space.M)
    layout.setSpacing(spacing)
    return frame, layout


def band(parent: QWidget | None = None) -> tuple[QFrame, QHBoxLayout]:
    """A calm tinted band across a page (sample data, read-only) and its row layout."""
    frame = QFrame(parent)
    frame.setProperty("role", "band")
    row = QHBoxLayout(frame)
    row.setContentsMargins(Space.L, Space.S, Space.S, Space.S)
    row.setSpacing(Space.M)
    return frame, row


def link_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A button that reads as a line of text (a name to open); focus shows a frame."""
    button = QPushButton(text, parent)
    button.setProperty("role", "link")
    button.setFlat(True)
    return button


def quiet_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A secondary action in muted text beside a row ("Let it rest…")."""
    button = QPushButton(text, parent)
    button.setProperty("role", "quiet")
    button.setFlat(True)
    return button


def primary(button: QPushButton) -> QPushButton:
    """Mark ``button`` as the screen's one primary action (accent colour); returns it."""
    set_role(button, "primary")
    return button


def choice_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A checkable option in a row of choices (energy 1–5): the chosen one is filled."""
    button = QPushButton(text, parent)
    button.setCheckable(True)
    button.setProperty("role", "choice")
    return button


def chip(text: str, parent: QWidget | None = None) -> QLabel:
    """A small rounded label naming a kind (connect, learn, offer, mindset)."""
    label = QLabel(parent)
    set_plain_text_format(label)
    label.setText(text)
    label.setProperty("role", "chip")
    return label


def row(*widgets: QWidget, stretch_end: bool = True, spacing: int = Space.S) -> QHBoxLayout:
    """Widgets side by side from the left (a stretch after them unless told otherwise)."""
    layout = QHBoxLayout()
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch_end:
        layout.addStretch(1)
    return layout


def page_margins(layout: QLayout) -> None:
    """The margins of a page's content."""
    layout.setContentsMargins(*PAGE_MARGINS)


def dialog_margins(layout: QLayout) -> None:
    """The margins inside a dialog."""
    layout.setContentsMargins(*DIALOG_MARGINS)


def add_gap(layout: QBoxLayout, size: int = Space.L) -> None:
    """Space between two blocks of a page."""
    layout.addSpacing(size)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every item of ``layout`` (nested layouts included)."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            # Hidden first: taken out of its window while shown, a widget becomes a window of
            # its own for a moment (a stray label on screen), and the window that has the
            # focus (capture mode, over Home as Home refreshes) can lose it.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif (child := item.layout()) is not None:
            clear_layout(child)


def name_spin_box(box: QAbstractSpinBox, name: str) -> None:
    """Give a spin or date box and its inner line edit the accessible name ``name``."""
    from PySide6.QtWidgets import QLineEdit

    box.setAccessibleName(name)
    for inner in box.findChildren(QLineEdit):
        inner.setAccessibleName(name)


def name_button(button: QAbstractButton, name: str) -> None:
    """An accessible name for a button whose text alone is ambiguous ("Open" — open what?)."""
    button.setAccessibleName(name)


def fit_list_height(view: QAbstractItemView, most_rows: int = 8) -> None:
    """Make ``view`` as tall as its rows (at most ``most_rows``; it scrolls beyond).

    A list that holds two lines should not open a screen-high empty box under them.
    """
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QListView

    model = view.model()
    rows = model.rowCount() if model is not None else 0
    shown = min(rows, most_rows)
    if isinstance(view, QListView) and view.wordWrap() and model is not None:
        # Wrapped rows are as tall as their text at the list's width, which a hidden list
        # does not know yet: measure the text (the width is fixed by the caller).
        width = max(view.minimumWidth(), view.width()) - 2 * view.frameWidth() - 8
        metrics = view.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        height = sum(
            metrics.boundingRect(
                QRect(0, 0, width, 100_000), flags, str(model.index(row, 0).data())
            ).height()
            + 4
            for row in range(shown)
        )
    else:
        height = sum(max(view.sizeHintForRow(row), 0) for row in range(shown))
    if shown == 0:
        height = view.fontMetrics().lineSpacing() * 2
    frame = 2 * view.frameWidth() + 4
    view.setFixedHeight(height + frame)
