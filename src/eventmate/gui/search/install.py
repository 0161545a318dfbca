"""Puts the search bar at the top of the main window and routes chosen results to pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from eventmate.gui.search.search_bar import SearchBar

if TYPE_CHECKING:
    from eventmate.gui.main_window import MainWindow
    from eventmate.services.search.hits import SearchHit


def install_search(window: MainWindow) -> SearchBar:
    """Add the search bar (Ctrl+K, Ctrl+F) to ``window``; results open their page."""
    bar = SearchBar(lambda: window.services, window)
    toolbar = QToolBar(window.tr("Search"))
    toolbar.setObjectName("searchToolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.toggleViewAction().setEnabled(False)
    toolbar.addWidget(bar)
    window.addToolBar(toolbar)  # at the top
    action = QAction(window.tr("&Search…"), window)
    action.setObjectName("searchAction")
    shortcuts = [QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")]
    shortcuts += [
        s for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Find) if s not in shortcuts
    ]
    action.setShortcuts(shortcuts)  # the window's shortcut context is QAction's default
    action.triggered.connect(bar.focus_search)
    window.addAction(action)
    bar.result_chosen.connect(lambda hit: open_hit(window, hit))
    bar.problem.connect(lambda text: window.statusBar().showMessage(text, 5000))
    return bar


def open_hit(window: MainWindow, hit: SearchHit) -> None:
    """Show ``hit``: a person's page, an event, or the person or event it belongs to."""
    from eventmate.services.search.hits import SearchKind

    person_id = hit.person_id
    event_id = hit.event_id
    if hit.kind is SearchKind.EVENT or (person_id is None and event_id is not None):
        if event_id is not None:
            window.open_event(event_id)
        return
    if person_id is not None:
        window.open_person(person_id)
