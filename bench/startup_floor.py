"""The start-up floor: EventMate's window and Home as plain PySide6 widgets, with no app code.

Run by ``startup.py`` beside the bare window: the same kinds and numbers of widgets as
EventMate's first screen (a six-row sidebar, a search field in a tool bar, four menus with
their actions, Home's ~65 labels and buttons in a scrolling column), built from literals:
no style sheet, no settings, no logging, no database, none of EventMate's modules. What the
app takes beyond this is what its own code costs. Prints ``shown <time>`` once the window
has painted and, with ``--home``, ``home <time>`` once Home has.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

SECTIONS = ("Home", "Events", "People", "Journal", "Follow-ups", "Insights")
MENUS = (("&File", 5), ("&Edit", 1), ("&Go", 8), ("&Help", 4))


def window() -> tuple[QMainWindow, QStackedWidget]:
    """The main window's frame: sidebar, pages, menus and the search bar."""
    main = QMainWindow()
    central = QWidget()
    row = QHBoxLayout(central)
    row.setContentsMargins(0, 0, 0, 0)
    sidebar = QListWidget()
    sidebar.addItems(list(SECTIONS))
    sidebar.setFixedWidth(180)
    pages = QStackedWidget()
    row.addWidget(sidebar)
    row.addWidget(pages, 1)
    main.setCentralWidget(central)
    for title, count in MENUS:
        menu = main.menuBar().addMenu(title)
        for number in range(count):
            action = QAction(f"Action {number}", main)
            action.setShortcuts([QKeySequence(f"Ctrl+{number + 1}")])
            menu.addAction(action)
    search = QLineEdit()
    search.setPlaceholderText("Search people, notes, events…")
    toolbar = QToolBar("Search")
    toolbar.addWidget(search)
    main.addToolBar(toolbar)
    main.resize(1000, 680)
    return main, pages


def _label(text: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    return label


def _row(column: QVBoxLayout, *widgets: QWidget) -> None:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    column.addLayout(row)


def home(pages: QStackedWidget) -> None:
    """Home as the 10k-people bench data shows it: the next event, two prompts, five
    promises, eight people met recently and five to reconnect with."""
    page = QScrollArea()
    page.setWidgetResizable(True)
    content = QWidget()
    column = QVBoxLayout(content)
    for text in ("Mon 14 Dec · 7:30 PM", "Winter Series 27", "Milton Court · London"):
        column.addWidget(_label(text))
    column.addWidget(_label("No intentions yet — one is enough."))
    _row(column, *(QPushButton(text) for text in ("Prepare", "Capture", "Open event")))
    for text in ("Reflect on Summer Reception 35…", "Names from last night…"):
        _row(column, QPushButton(text), _label("A few lines while it is fresh.", wrap=False))
    column.addWidget(_label("Promises"))
    column.addWidget(_label("I promised"))
    for number in range(5):
        promise = _label(f"Send the recording — Person {number}")
        _row(column, promise, _label("waiting since 9 Dec 2024", wrap=False), QPushButton("Done"))
    column.addWidget(_label("Met recently"))
    for number in range(8):
        _row(column, QPushButton(f"Anna Adeyemi {number}"), _label("Horn · Aurora Orchestra"))
    column.addWidget(_label("Reconnect"))
    for number in range(5):
        _row(
            column,
            QPushButton(f"Mateo Kovalenko {number}"),
            _label("Last met at Spring Reception 82, December 2024"),
            QPushButton("We were in touch"),
            QPushButton("Let it rest…"),
        )
    column.addStretch(1)
    page.setWidget(content)
    pages.addWidget(page)
    pages.setCurrentWidget(page)


def main() -> None:
    """Show the window (and Home with ``--home``) and print when each has painted."""
    with_home = "--home" in sys.argv
    app = QApplication([])
    main_window, pages = window()
    main_window.show()

    def painted(what: str) -> None:
        print(what, time.time(), flush=True)
        if what == "home" or not with_home:
            app.quit()

    # As the app does: the window paints, then a zero timer; Home is built a turn later.
    QTimer.singleShot(0, lambda: painted("shown"))
    if with_home:
        QTimer.singleShot(0, lambda: home(pages))
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: painted("home")))
    app.exec()


if __name__ == "__main__":
    main()
