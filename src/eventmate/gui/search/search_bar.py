"""Search everywhere from one box: results as you type, grouped by kind, opened with Enter."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QListView

    from eventmate.gui.search.results_model import SearchResultsModel
    from eventmate.gui.search.results_panel import ResultsPanel
    from eventmate.services.container import Services
    from eventmate.services.search.hits import SearchHit

#: Results shown per kind while typing.
RESULTS_PER_KIND = 5
#: Wait this long after a keystroke before searching (typing bursts cost one search).
TYPING_PAUSE_MS = 40


class SearchBar(QWidget):
    """The search field; results appear in a panel under it, over the current page.

    Only the field is built with the window; the results panel is built by the first search.
    """

    result_chosen = Signal(object)
    problem = Signal(str)

    def __init__(self, services: Callable[[], Services], overlay_parent: QWidget) -> None:
        super().__init__()
        self.setObjectName("searchBar")
        self._services = services
        self._overlay_parent = overlay_parent
        self._panel: ResultsPanel | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search people, notes, events…"))
        self.field.setAccessibleName(self.tr("Search everywhere"))
        self.field.setToolTip(self.tr("Search everywhere (Ctrl+K or Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(560)
        # The magnifier's place is kept from the first paint; the SVG is drawn in later.
        from eventmate.gui.sections import placeholder_icon

        self._magnifier = self.field.addAction(
            placeholder_icon(16), QLineEdit.ActionPosition.LeadingPosition
        )
        self._dressed = False
        layout.addStretch(1)
        layout.addWidget(self.field, 4)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _text: self._timer.start())
        self.field.installEventFilter(self)

    # -- the results panel ----------------------------------------------------------------

    @property
    def panel(self) -> ResultsPanel:
        """The results panel (built on first use)."""
        if self._panel is None:
            from eventmate.gui.search.results_panel import ResultsPanel

            self._panel = ResultsPanel(self._overlay_parent)
            self._panel.chosen.connect(self._choose)
        return self._panel

    @property
    def list(self) -> QListView:
        """The list of results."""
        return self.panel.list

    @property
    def model(self) -> SearchResultsModel:
        """The results shown."""
        return self.panel.model

    @property
    def nothing(self) -> QLabel:
        """The "Nothing found" line."""
        return self.panel.nothing

    def dress(self) -> None:
        """Put the magnifier in the field (after the first paint: it is an SVG)."""
        if self._dressed:
            return
        self._dressed = True
        from eventmate.gui.style.icons import Tone, icon

        self._magnifier.setIcon(icon("search", Tone.MUTED))

    def _panel_visible(self) -> bool:
        return self._panel is not None and self._panel.isVisible()

    # -- searching ------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the field with its text selected (Ctrl+K / Ctrl+F)."""
        from PySide6.QtCore import Qt

        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Search for the field's text now and show the results."""
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self.hide_results()
            return
        results = self._services().search.search(text, RESULTS_PER_KIND)
        if results.failed:
            self.problem.emit(self.tr("That search could not run; try other words."))
        self.panel.show_results(results, text, self.field)

    def hide_results(self) -> None:
        """Close the results panel (the text stays)."""
        if self._panel is not None:
            self._panel.hide()

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            # Clicking a result arrives after focus leaves: close a moment later.
            QTimer.singleShot(150, self._hide_unless_focused)
        return False

    def _hide_unless_focused(self) -> None:
        if not self.field.hasFocus():
            self.hide_results()

    def _key(self, event: QKeyEvent) -> bool:
        from PySide6.QtCore import Qt  # not at import: Qt's enums are not needed to paint

        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self._panel_visible():
                self.run_search()
            else:
                self.panel.step(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self._panel_visible():
                self.run_search()
            hit = self.panel.current_hit()
            if hit is not None:
                self._choose(hit)
            return True
        if key == Qt.Key.Key_Escape:
            if self._panel_visible():
                self.hide_results()
            else:
                self.field.clear()
                self.field.clearFocus()
            return True
        return False

    def _choose(self, hit: SearchHit) -> None:
        self.hide_results()
        self.result_chosen.emit(hit)
