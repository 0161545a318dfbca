"""The events list's view: a one-column table, every event one height, the headings their own.

Not a QListView: the headings are shorter than the events, and a list with rows of two
heights asks every row its size on each layout (5,000 events: ~45 ms more per layout); the
table keeps one height for the events and gives the (at most two) headings theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from eventmate.gui.events.event_delegate import EventDelegate
from eventmate.gui.events.event_model import EventFilterModel


class EventsView(QTableView):
    """Shows an :class:`EventFilterModel`, one event or heading a row, one selected at most.

    Call :meth:`size_rows` after rows came or went (a filter keystroke, changes applied): once
    per change, not for each of the hundreds of runs of rows a filter inserts or removes.
    """

    def __init__(self, model: EventFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it leaves any other list
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setModel(model)
        self._delegate = EventDelegate(self)
        self.setItemDelegate(self._delegate)
        #: The rows last given a heading's height.
        self._heading_rows: list[int] = []
        # Connected after the header's own connections: it has its rows when they are sized.
        model.modelReset.connect(self.size_rows)
        model.layoutChanged.connect(self.size_rows)
        self.size_rows()

    def size_rows(self) -> None:
        """Events one height, the headings their own (smaller) one."""
        heights = self._delegate.heights(self.font())
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(heights.event)
        count = self._model.rowCount()
        for row in self._heading_rows:  # a row that showed a heading may show an event now
            if row < count:
                rows.resizeSection(row, heights.event)
        self._heading_rows = self._model.heading_rows()
        for row in self._heading_rows:
            rows.resizeSection(row, heights.later_heading if row else heights.heading)

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last event, as in a list.

        A table's Home and End move along the row (one column here: nowhere); and the first
        row is a heading, which cannot be chosen.
        """
        action = QAbstractItemView.CursorAction
        if cursor_action not in (action.MoveHome, action.MoveEnd):
            return super().moveCursor(cursor_action, modifiers)
        rows = range(self._model.rowCount())
        for row in rows if cursor_action == action.MoveHome else reversed(rows):
            index = self._model.index(row, 0)
            if index.flags() & Qt.ItemFlag.ItemIsSelectable:
                return index
        return self.currentIndex()

    def changeEvent(self, event: QEvent) -> None:
        """The rows' heights follow the font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.size_rows()
