"""Puts the search bar at the top of the main window and routes chosen results to pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from eventmate.gui import messages
from eventmate.gui.search.search_bar import SearchBar

if TYPE_CHECKING:
    from eventmate.gui.navigation import Navigator
    from eventmate.services.search.hits import SearchHit


def install_search(window: QMainWindow, navigator: Navigator) -> SearchBar:
    """Add the search bar (Ctrl+K, Ctrl+F) to ``window``; results open their page."""
    bar = SearchBar(lambda: navigator.services, window)
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
    bar.result_chosen.connect(lambda hit: open_hit(navigator, hit))
    bar.problem.connect(lambda text: messages.status(text, 5000))
    return bar


def open_hit(navigator: Navigator, hit: SearchHit) -> None:
    """Show ``hit``: a person's page, an event, a reflection, or what a note belongs to."""
    from eventmate.services.search.hits import SearchKind

    if hit.kind is SearchKind.REFLECTION and hit.event_uid is not None:
        navigator.open_reflection(hit.event_uid)
        return
    if hit.kind is SearchKind.EVENT or (hit.person_uid is None and hit.event_uid is not None):
        if hit.event_uid is not None:
            navigator.open_event(hit.event_uid)
        return
    if hit.person_uid is not None:
        navigator.open_person(hit.person_uid)
