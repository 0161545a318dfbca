"""Shared widgets: clearing a layout leaves no stray window behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from eventmate.gui.style import clear_layout, muted


def test_a_label_cleared_before_it_was_shown_never_shows_on_its_own(qtbot: QtBot) -> None:
    """A label added to a shown page is shown on a later event-loop turn; a page rebuilt
    again before that turn (Home, on two changes in a row) cleared it, and it then appeared
    as a little window of its own, taking the keyboard focus from the window in front."""
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    page.show()
    qtbot.waitExposed(page)
    label = muted("Recently met")
    layout.addWidget(label)
    clear_layout(layout)
    # The queued "show" runs before the deferred delete does.
    QCoreApplication.sendPostedEvents(label, QEvent.Type.MetaCall.value)
    assert not label.isVisible()
